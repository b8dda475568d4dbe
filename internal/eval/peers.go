package eval

// Sources of peers' figures. Each names the paper or page and the split
// the figure was measured on, which is often not the split sitrep is
// scored on here. Figures marked "as quoted" were taken from the paper's
// results table as commonly cited and could not be re-read from the
// original in the session that added them; check them when you can. The
// others were read from the cited page.
const (
	srcFlair     = "Flair `ner-english` model card (huggingface.co/flair/ner-english): F1 92.98 on the CoNLL-2003 English test set (testb), not valid"
	srcRatinov   = "Ratinov & Roth 2009, Design Challenges and Misconceptions in Named Entity Recognition (CoNLL 2009), abstract: 90.8 F1 on the CoNLL-2003 test set"
	srcTE3       = "UzZaman et al. 2013, SemEval-2013 Task 1: TempEval-3, Task A, best HeidelTime run on the TE3 platinum test set (not TBAQ); as quoted"
	srcStanzaUD  = "Stanza 1.0 performance page (stanza docs, _pages/v100performance.md): UD 2.5 English EWT test set, end to end from raw text, CoNLL 2018 evaluation script"
	srcStanzaNER = "Stanza NER models page (stanza docs, _pages/ner_models.md): English CoNLL03, micro F1 on the canonical test split"
)

// peerFigures returns the published figures of other systems, by metric key.
func peerFigures() map[string][]Peer {
	return map[string][]Peer{
		"ner.conll":        {{"Flair", 0.9298, srcFlair}, {"Stanza", 0.921, srcStanzaNER}, {"Ratinov & Roth", 0.908, srcRatinov}},
		"timex.strict":     {{"HeidelTime", 0.8134, srcTE3}},
		"timex.relaxed":    {{"HeidelTime", 0.9030, srcTE3}},
		"timex.value":      {{"HeidelTime", 0.7761, srcTE3}},
		"tokens.tokens":    {{"Stanza", 0.9901, srcStanzaUD}},
		"tokens.words":     {{"Stanza", 0.9901, srcStanzaUD}},
		"tokens.sentences": {{"Stanza", 0.8113, srcStanzaUD}},
		"pos.upos":         {{"Stanza", 0.9540, srcStanzaUD}},
	}
}

// addPeers attaches the known peers' figures to res's metrics.
func addPeers(res *Result) {
	p := peerFigures()
	for i := range res.Metrics {
		res.Metrics[i].Peers = append(res.Metrics[i].Peers, p[res.Metrics[i].Key]...)
	}
}
