package eval

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"sitrep/internal/doc"
	"sitrep/internal/eval/gold"
)

// Quick-mode sizes of the NER sets, in sentences (whole documents).
const (
	quickCoNLLSentences = 500
	quickUNERSentences  = 400
)

// conllType maps sitrep entity types to the CoNLL-2003 classes.
func conllType(t string) string {
	switch t {
	case doc.Person:
		return "PER"
	case doc.Org:
		return "ORG"
	case doc.GPE, doc.Loc:
		return "LOC"
	case doc.NORP, doc.Law, doc.Evt, doc.Misc:
		return "MISC"
	}
	return ""
}

// nerSet is one NER data set.
type nerSet struct {
	key, name, path string
	read            func(*runner, string) ([]gold.TagSentence, error)
	quick           int
	types           []string // the classes the set annotates
}

func (r *runner) readTags(path string, read func(f *readerFile) ([]gold.TagSentence, error)) ([]gold.TagSentence, error) {
	f, err := r.open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return read(&readerFile{f, path})
}

// runNER scores entity mentions on gold tokens, conlleval style: a chunk
// counts when its first token, last token and class all equal a gold
// chunk's.
func runNER(ctx context.Context, r *runner) (*Result, error) {
	sets := []nerSet{
		{"conll", "CoNLL-2003 English valid", "conll2003/valid.txt", readCoNLL2003, quickCoNLLSentences, []string{"PER", "ORG", "LOC", "MISC"}},
		{"uner", "UNER English EWT dev", "uner-ewt/en_ewt-ud-dev.iob2", readUNER, quickUNERSentences, []string{"PER", "ORG", "LOC"}},
	}
	res := &Result{Notes: []string{
		"Gold tokens joined by single spaces (sentences by newlines) are given to the pipeline with the tokenizer skipped.",
		"Entity types map PERSON→PER, ORG→ORG, GPE/LOC→LOC, NORP/LAW/EVENT/MISC→MISC; for UNER (PER/ORG/LOC only) MISC-class predictions are dropped.",
		"UNER sentences are given as written (their # text line, with the gold tokens found in it), so that the recogniser sees \"al-Sadr\" as one word, as in a real document; CoNLL-2003 has no text and is written with a space between tokens.",
		"A predicted entity covers the tokens its span overlaps (overlapping predictions: the first in text order, then the longer, wins); scoring is conlleval's exact chunk match.",
	}}
	var data []string
	ran := 0
	for _, set := range sets {
		sents, err := set.read(r, set.path)
		if _, ok := err.(*missingError); ok {
			res.Notes = append(res.Notes, fmt.Sprintf("%s skipped: %v", set.name, err))
			continue
		}
		if err != nil {
			return nil, err
		}
		ran++
		if r.opts.Quick {
			sents = cutDocs(sents, set.quick)
		}
		docs := groupDocs(sents)
		ex := newExamples(r.opts.Examples, len(docs))
		total, byType, failed, err := r.scoreNER(ctx, docs, set.types, ex)
		if err != nil {
			return nil, err
		}
		for _, l := range ex.lines() {
			res.Examples = append(res.Examples, set.key+": "+l)
		}
		res.Docs += len(docs)
		res.Failed += failed
		data = append(data, fmt.Sprintf("%s: %d documents, %d sentences", set.name, len(docs), len(sents)))
		res.Metrics = append(res.Metrics, prf("ner."+set.key, set.name+": all", total))
		if slices.Contains(set.types, "MISC") {
			// The three classes every NER set shares, as the targets
			// and most papers' cross-set figures count them.
			var three PRF
			for _, t := range []string{"PER", "ORG", "LOC"} {
				three.Add(byType[t])
			}
			res.Metrics = append(res.Metrics, prf("ner."+set.key+".perorgloc", set.name+": PER/ORG/LOC", three))
		}
		for _, t := range set.types {
			res.Metrics = append(res.Metrics, prf("ner."+set.key+"."+t, set.name+": "+t, byType[t]))
		}
	}
	if ran == 0 {
		return nil, &missingError{r.opts.Data + "/{conll2003,uner-ewt}"}
	}
	res.Data = join(data)
	return res, nil
}

// cutDocs keeps whole documents up to at least n sentences.
func cutDocs(s []gold.TagSentence, n int) []gold.TagSentence {
	i := 0
	for i < len(s) && (i < n || (i > 0 && s[i].Doc == s[i-1].Doc)) {
		i++
	}
	return s[:i]
}

func groupDocs(s []gold.TagSentence) [][]gold.TagSentence {
	var out [][]gold.TagSentence
	for i := range s {
		if i == 0 || s[i].Doc != s[i-1].Doc {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], s[i])
	}
	return out
}

// chunkKey is a chunk located by document-wide token indexes.
type chunkKey struct {
	start, end int
	typ        string
}

func (r *runner) scoreNER(ctx context.Context, docs [][]gold.TagSentence, types []string, ex *examples) (PRF, map[string]PRF, int, error) {
	allowed := map[string]bool{}
	for _, t := range types {
		allowed[t] = true
	}
	type counts struct {
		total  PRF
		byType map[string]PRF
	}
	per := make([]counts, len(docs))
	failed, err := r.each(ctx, len(docs), func(ctx context.Context, i int) error {
		sents := docs[i]
		words := make([][]string, len(sents))
		texts := make([]string, len(sents))
		var want []chunkKey
		base := 0
		for j, s := range sents {
			words[j], texts[j] = s.Tokens, s.Text
			for _, c := range gold.Chunks(s.Tags) {
				want = append(want, chunkKey{base + c.Start, base + c.End, c.Type})
			}
			base += len(s.Tokens)
		}
		a := goldTokenizedText(fmt.Sprint("ner-", i), words, texts, nil)
		toks := append([]doc.Token(nil), a.Tokens...)
		err := r.annotate(ctx, a)
		if err != nil && !isDocFailure(err) {
			return err
		}
		got := entityChunks(toks, a.Entities, allowed)
		c := counts{byType: map[string]PRF{}}
		c.total = matchChunks(want, got)
		for _, t := range types {
			c.byType[t] = matchChunks(filterType(want, t), filterType(got, t))
		}
		per[i] = c
		if ex.on() {
			chunkMisses(ex, i, toks, a.Text, want, got)
		}
		return err
	})
	if err != nil {
		return PRF{}, nil, 0, err
	}
	var total PRF
	byType := map[string]PRF{}
	for _, c := range per {
		total.Add(c.total)
		for t, v := range c.byType {
			x := byType[t]
			x.Add(v)
			byType[t] = x
		}
	}
	return total, byType, failed, nil
}

// entityChunks turns entity mentions into token chunks: each covers the
// tokens its span overlaps; a mention overlapping an earlier one is dropped.
func entityChunks(toks []doc.Token, ents []doc.Entity, allowed map[string]bool) []chunkKey {
	es := append([]doc.Entity(nil), ents...)
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Start != es[j].Start {
			return es[i].Start < es[j].Start
		}
		return es[i].End > es[j].End
	})
	taken := make([]bool, len(toks))
	var out []chunkKey
	for _, e := range es {
		t := conllType(e.Type)
		if !allowed[t] {
			continue
		}
		lo, hi := -1, -1
		for k, tok := range toks {
			if tok.Start < e.End && e.Start < tok.End {
				if lo < 0 {
					lo = k
				}
				hi = k + 1
			}
		}
		if lo < 0 {
			continue
		}
		free := true
		for k := lo; k < hi; k++ {
			free = free && !taken[k]
		}
		if !free {
			continue
		}
		for k := lo; k < hi; k++ {
			taken[k] = true
		}
		out = append(out, chunkKey{lo, hi, t})
	}
	return out
}

func filterType(c []chunkKey, t string) []chunkKey {
	var out []chunkKey
	for _, x := range c {
		if x.typ == t {
			out = append(out, x)
		}
	}
	return out
}

// matchChunks counts exact chunk matches.
func matchChunks(want, got []chunkKey) PRF {
	set := map[chunkKey]bool{}
	for _, w := range want {
		set[w] = true
	}
	c := PRF{Pred: len(got), Gold: len(want)}
	for _, g := range got {
		if set[g] {
			c.Correct++
			delete(set, g)
		}
	}
	return c
}

// chunkMisses lists gold chunks the system missed or mislabelled and
// system chunks that match none.
func chunkMisses(ex *examples, i int, toks []doc.Token, text func(doc.Span) string, want, got []chunkKey) {
	say := func(c chunkKey) string {
		if c.start < 0 || c.end > len(toks) || c.start >= c.end {
			return "?"
		}
		return text(doc.Span{Start: toks[c.start].Start, End: toks[c.end-1].End})
	}
	gotSet := map[chunkKey]bool{}
	bySpan := map[[2]int]string{}
	for _, g := range got {
		gotSet[g] = true
		bySpan[[2]int{g.start, g.end}] = g.typ
	}
	wantSpan := map[[2]int]bool{}
	for _, w := range want {
		wantSpan[[2]int{w.start, w.end}] = true
		if gotSet[w] {
			continue
		}
		if t, ok := bySpan[[2]int{w.start, w.end}]; ok {
			ex.add(i, "%q: %s, want %s", say(w), t, w.typ)
		} else {
			ex.add(i, "missed %s %q", w.typ, say(w))
		}
	}
	for _, g := range got {
		if !wantSpan[[2]int{g.start, g.end}] {
			ex.add(i, "spurious or wrong span %s %q", g.typ, say(g))
		}
	}
}
