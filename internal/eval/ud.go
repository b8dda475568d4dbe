package eval

import (
	"context"
	"fmt"
	"strings"

	"sitrep/internal/doc"
	"sitrep/internal/eval/gold"
)

const udDev = "ud-ewt/en_ewt-ud-dev.conllu"

// quickUDSentences is how many sentences of UD EWT dev quick mode reads
// (whole documents up to that count).
const quickUDSentences = 400

// readUD reads UD EWT dev, cut to whole documents for quick mode.
func (r *runner) readUD() ([]gold.UDSentence, error) {
	f, err := r.open(udDev)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := gold.ReadCoNLLU(f, udDev)
	if err != nil {
		return nil, err
	}
	if r.opts.Quick {
		n := 0
		for n < len(sents) && (n < quickUDSentences || !sents[n].NewDoc) {
			n++
		}
		sents = sents[:n]
	}
	return sents, nil
}

// runTokens scores the tokenizer and sentence splitter on UD EWT dev: the
// documents are rebuilt as text from the "# text" comments and analysed
// whole; a predicted token or sentence counts when its span equals a gold
// one exactly (CoNLL 2018 shared task "Tokens", "Words" and "Sentences").
func runTokens(ctx context.Context, r *runner) (*Result, error) {
	sents, err := r.readUD()
	if err != nil {
		return nil, err
	}
	docs := gold.AssembleUD(sents)
	type counts struct{ tok, word, sent PRF }
	per := make([]counts, len(docs))
	ex := newExamples(r.opts.Examples, len(docs))
	failed, err := r.each(ctx, len(docs), func(ctx context.Context, i int) error {
		d := docs[i]
		a, err := r.analyze(ctx, doc.Document{ID: d.ID, Text: d.Text, PublishedFrom: doc.FromNone})
		if a == nil {
			return err
		}
		var toks, sen []gold.Span
		for _, t := range a.Tokens {
			toks = append(toks, gold.Span{Start: t.Start, End: t.End})
		}
		for _, s := range a.Sentences {
			sen = append(sen, trimSpan(d.Text, gold.Span{Start: s.Start, End: s.End}))
		}
		per[i] = counts{ExactSpans(d.Tokens, toks), ExactSpans(d.Words, toks), ExactSpans(d.Sentences, sen)}
		if ex.on() {
			got := map[gold.Span]bool{}
			for _, s := range sen {
				got[s] = true
			}
			for _, s := range d.Sentences {
				if !got[s] {
					ex.add(i, "%s: sentence not found: %q", d.ID, clip(d.Text[s.Start:s.End], 80))
				}
			}
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	var c counts
	for _, p := range per {
		c.tok.Add(p.tok)
		c.word.Add(p.word)
		c.sent.Add(p.sent)
	}
	return &Result{
		Data:     fmt.Sprintf("UD English EWT dev: %d documents, %d sentences", len(docs), len(sents)),
		Docs:     len(docs),
		Failed:   failed,
		Examples: ex.lines(),
		Metrics: []Metric{
			prf("tokens.tokens", "tokens F1", c.tok),
			prf("tokens.words", "words F1 (multiword tokens split)", c.word),
			prf("tokens.sentences", "sentences F1", c.sent),
		},
		Notes: []string{
			"Documents are rebuilt from the `# text` comments: sentences of a paragraph joined by a space, paragraphs by a blank line.",
			"A token, word or sentence is correct when its byte span equals the gold span exactly (CoNLL 2018 shared-task definitions); sentence spans are trimmed of surrounding space.",
		},
	}, nil
}

// trimSpan shrinks s to exclude leading and trailing white space of text.
func trimSpan(text string, s gold.Span) gold.Span {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return s
	}
	t := text[s.Start:s.End]
	l := len(t) - len(strings.TrimLeft(t, " \t\r\n"))
	rt := len(t) - len(strings.TrimRight(t, " \t\r\n"))
	if l+rt >= len(t) {
		return s
	}
	return gold.Span{Start: s.Start + l, End: s.End - rt}
}

// goldTokenized builds an analysis over gold tokens: text is the tokens
// joined by single spaces, sentences joined by "\n", as the tagger and
// recogniser see them with the tokenizer skipped. paras[i] is the
// paragraph index of sentence i (nil: one paragraph per sentence).
func goldTokenized(id string, sents [][]string, paras []int) *doc.Analysis {
	return goldTokenizedText(id, sents, nil, paras)
}

// goldTokenizedText is goldTokenized where texts (when not nil) holds
// each sentence as written: a sentence whose tokens are found in its text
// in order keeps the text's spacing ("al-Sadr", "Bryngelson@AZURIX"), as
// the pipeline would see it; another is written with a space between
// tokens.
func goldTokenizedText(id string, sents [][]string, texts []string, paras []int) *doc.Analysis {
	var b strings.Builder
	var toks []doc.Token
	var ss []doc.Sentence
	for si, words := range sents {
		if si > 0 {
			b.WriteByte('\n')
		}
		first := len(toks)
		var offs []int
		if texts != nil {
			offs = alignTokens(texts[si], words)
		}
		if offs != nil {
			base := b.Len()
			b.WriteString(texts[si])
			for wi, w := range words {
				toks = append(toks, doc.Token{Start: base + offs[wi], End: base + offs[wi] + len(w), Text: w, Head: -1, Sentence: si})
			}
		} else {
			for wi, w := range words {
				if wi > 0 {
					b.WriteByte(' ')
				}
				start := b.Len()
				b.WriteString(w)
				toks = append(toks, doc.Token{Start: start, End: b.Len(), Text: w, Head: -1, Sentence: si})
			}
		}
		if len(words) == 0 {
			continue
		}
		p := si
		if paras != nil {
			p = paras[si]
		}
		ss = append(ss, doc.Sentence{Start: toks[first].Start, End: toks[len(toks)-1].End, First: first, Last: len(toks), Paragraph: p})
	}
	a := doc.New(doc.Document{ID: id, Text: b.String(), PublishedFrom: doc.FromNone, Language: "en"})
	a.Tokens, a.Sentences = toks, ss
	return a
}

// alignTokens returns the byte offset of each word in text, found in
// order with only white space between them, or nil when they are not
// (or the text holds a line break, which would end a paragraph).
func alignTokens(text string, words []string) []int {
	if text == "" || strings.ContainsAny(text, "\n\r") {
		return nil
	}
	offs := make([]int, len(words))
	pos := 0
	for i, w := range words {
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t') {
			pos++
		}
		if w == "" || !strings.HasPrefix(text[pos:], w) {
			return nil
		}
		offs[i] = pos
		pos += len(w)
	}
	if strings.TrimSpace(text[pos:]) != "" {
		return nil
	}
	return offs
}

// runPOS scores UPOS tags on UD EWT dev with gold tokens (syntactic words).
func runPOS(ctx context.Context, r *runner) (*Result, error) {
	sents, err := r.readUD()
	if err != nil {
		return nil, err
	}
	type udDoc struct {
		id    string
		words [][]string
		tags  []string
		paras []int
	}
	var docs []udDoc
	for _, s := range sents {
		if len(docs) == 0 || s.NewDoc {
			docs = append(docs, udDoc{id: s.Doc})
		}
		d := &docs[len(docs)-1]
		p := 0
		if n := len(d.paras); n > 0 {
			p = d.paras[n-1]
			if s.NewPar {
				p++
			}
		}
		var forms []string
		for _, w := range s.Words() {
			forms = append(forms, strings.ReplaceAll(w.Form, " ", "_"))
			d.tags = append(d.tags, w.UPOS)
		}
		d.words = append(d.words, forms)
		d.paras = append(d.paras, p)
	}
	per := make([]Acc, len(docs))
	conf := make([]confusions, len(docs))
	failed, err := r.each(ctx, len(docs), func(ctx context.Context, i int) error {
		d := docs[i]
		conf[i] = confusions{}
		a := goldTokenized(d.id, d.words, d.paras)
		starts := make([]int, len(a.Tokens))
		for j, t := range a.Tokens {
			starts[j] = t.Start
		}
		err := r.annotate(ctx, a)
		if err != nil && !isDocFailure(err) {
			return err
		}
		// Tags are read by span, in case a stage rebuilt the token list.
		pos := make(map[int]string, len(a.Tokens))
		for _, t := range a.Tokens {
			pos[t.Start] = string(t.POS)
		}
		for j, want := range d.tags {
			got := pos[starts[j]]
			per[i].Score(got == want)
			if got != want {
				conf[i][[2]string{want, got}]++
			}
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	var c Acc
	all := confusions{}
	for i, p := range per {
		c.Add(p)
		for k, v := range conf[i] {
			all[k] += v
		}
	}
	return &Result{
		Data:     fmt.Sprintf("UD English EWT dev: %d documents, %d sentences, %d words", len(docs), len(sents), c.N),
		Docs:     len(docs),
		Failed:   failed,
		Metrics:  []Metric{acc("pos.upos", "UPOS accuracy", c)},
		Examples: all.top(r.opts.Examples),
		Notes:    []string{"Gold syntactic words joined by single spaces (sentences by newlines) are given to the pipeline with the tokenizer skipped; each word's tag is compared with gold UPOS."},
	}, nil
}

func isDocFailure(err error) bool {
	_, ok := err.(*docFailure)
	return ok
}
