// Package tag is sitrep's part-of-speech tagger and lemmatiser.
//
// In: doc.Analysis with Tokens and Sentences (from the text stage, or gold
// ones from the scorer). Out: every token's POS (a Universal Dependencies
// UPOS tag: NOUN, VERB, PROPN, …) and Lemma (lower case: "urged" → "urge",
// "met" → "meet").
//
// Tags come from an averaged perceptron (package perceptron) decoded
// greedily left to right, with features of the word, its affixes and
// shape, two words either side, the two previous tags and what a word
// lexicon says of the word and its neighbours (lexicon.go: the Brill
// tagger's lexicon and WordNet, for words the treebank has few or no
// examples of). A line written
// in capitals (a headline or dateline) is recognised and its words are
// tagged from their lower-case forms and context only. Lemmas come from a
// table of (form, tag) pairs seen in training, then from suffix rules
// learned from the same data ("-ied" → "-y"), then the form itself.
//
// The model is trained by `sitrep train pos` on UD English EWT (CC BY-SA
// 4.0) and embedded in the binary (pos.model). Known limits: trained on
// web text with UD tokenisation, so clitics the text stage splits
// differently ("don" "'" "t") get weaker tags.
package tag

import (
	"bytes"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"math"
	"runtime"
	"slices"

	"sitrep/internal/doc"
	"sitrep/internal/perceptron"
)

//go:embed pos.model
var embedded []byte

// Options configures a Tagger. The zero value uses the embedded model.
type Options struct {
	// Model, when set, is a model file to use instead of the embedded one
	// (as written by Train).
	Model []byte
	// Gate is the first pass's margin (best score less the next, in the
	// model's weight units) at or above which a model with a second pass
	// keeps the first pass's tag (0: DefaultGate; negative: the second
	// pass looks at every word).
	Gate float32
}

// DefaultGate is the margin under which the second pass looks again at a
// word: about one word in ten of UD EWT dev, with the same accuracy
// there as looking at every word (the others are nearly always right
// already).
const DefaultGate = 40

// Tagger assigns UPOS tags and lemmas. It is immutable and safe for
// concurrent use.
type Tagger struct {
	model *perceptron.Model
	// second, when set, is the second pass's model (twopass.go).
	second *perceptron.Model
	lemmas *lemmatizer
	dict   map[uint64]dictEntry
	lex    *lexicon // the word lexicon (lexicon.go), shared by all taggers
	// cache holds, for each dictionary word and role, the summed weights
	// of its role features (see roleKeys): nRoles × classes int32s per
	// word.
	cache []int32
	// prior holds, for each pair of previous tags (p1, p2), the summed
	// weights of the bias and the previous-tag features: n classes at
	// ((p1+1)*(n+1) + p2+1) * n.
	prior []int32
	// prior2 is prior for the second pass's model.
	prior2 []int32
	// gate is Options.Gate in the model's quantised units.
	gate int32
	// idle holds up to GOMAXPROCS idle extractors, so that a word's
	// cached sums (types.go) serve later calls, on whichever goroutine.
	// (A sync.Pool would drop them at every other garbage collection.)
	idle chan *extractor
}

// New loads the model and returns a Tagger.
func New(opts Options) (*Tagger, error) {
	b := opts.Model
	if b == nil {
		b = embedded
	}
	t, err := readModel(b)
	if err != nil {
		return nil, fmt.Errorf("load pos model: %w", err)
	}
	switch gate := opts.Gate; {
	case gate < 0:
		t.gate = math.MaxInt32
	default:
		if gate == 0 {
			gate = DefaultGate
		}
		t.gate = int32(min(float64(gate)/float64(t.model.Scale()), math.MaxInt32))
	}
	return t, nil
}

// readModel reads a model file: the perceptron, the lemma
// table and the tag dictionary.
func readModel(b []byte) (*Tagger, error) {
	// The word lexicon loads (once per process) while the model decodes;
	// the channel is buffered, so the goroutine ends whatever happens.
	type lexResult struct {
		lex *lexicon
		err error
	}
	lexc := make(chan lexResult, 1)
	go func() {
		l, err := embeddedLexicon()
		lexc <- lexResult{l, err}
	}()
	data, err := perceptron.Unpack(b)
	if err != nil {
		return nil, err
	}
	t := &Tagger{idle: make(chan *extractor, runtime.GOMAXPROCS(0))}
	var rest []byte
	if t.model, rest, err = perceptron.Decode(data); err != nil {
		return nil, err
	}
	br := bytes.NewReader(rest)
	if t.lemmas, err = readLemmas(br, t.model.Classes()); err != nil {
		return nil, err
	}
	forms, d, err := readDict(br)
	if err != nil {
		return nil, err
	}
	// Words of the tag dictionary are known stems too ("bomb" for
	// "bombed", which a suffix rule would make "bom").
	for _, f := range forms {
		t.lemmas.known[lower(f)] = true
	}
	if br.Len() > 0 {
		if t.second, _, err = perceptron.Decode(rest[len(rest)-br.Len():]); err != nil {
			return nil, err
		}
		if !slices.Equal(t.second.Classes(), t.model.Classes()) {
			return nil, fmt.Errorf("second pass has other tags")
		}
	}
	t.buildCache(forms, d)
	t.buildPrior()
	lr := <-lexc
	if lr.err != nil {
		return nil, lr.err
	}
	t.lex = lr.lex
	return t, nil
}

// buildPrior fills t.prior (and t.prior2).
func (t *Tagger) buildPrior() {
	t.prior = prior(t.model)
	if t.second != nil {
		t.prior2 = prior(t.second)
	}
}

// prior returns the prior vectors of m (see Tagger.prior).
func prior(m *perceptron.Model) []int32 {
	n := len(m.Classes())
	out := make([]int32, (n+1)*(n+1)*n)
	var keys []uint64
	for p1 := -1; p1 < n; p1++ {
		for p2 := -1; p2 < n; p2++ {
			keys = priorKeys(keys[:0], p1, p2)
			off := ((p1+1)*(n+1) + p2 + 1) * n
			m.Add(keys, out[off:off+n])
		}
	}
	return out
}

// buildCache fills t.dict and the role cache from the dictionary.
func (t *Tagger) buildCache(forms []string, d map[string]uint64) {
	n := len(t.model.Classes())
	t.dict = make(map[uint64]dictEntry, len(forms))
	t.cache = make([]int32, len(forms)*nRoles*n)
	x := &extractor{}
	var keys []uint64
	for i, f := range forms {
		w := x.hashWord(f)
		w.amb = d[f]
		for r := range nRoles {
			keys = roleKeys(keys[:0], &w, r)
			off := (i*nRoles + r) * n
			t.model.Add(keys, t.cache[off:off+n])
		}
		t.dict[w.norm] = dictEntry{amb: w.amb, vec: int32(i)}
	}
}

// newExtractor returns an extractor for one call.
func (t *Tagger) newExtractor() *extractor {
	return &extractor{dict: t.dict, lex: t.lex, types: newTypeCache(t.model, t.second, t.cache)}
}

// getExtractor returns an idle extractor, or a new one; putExtractor
// gives it back after the call.
func (t *Tagger) getExtractor() *extractor {
	select {
	case x := <-t.idle:
		return x
	default:
		return t.newExtractor()
	}
}

func (t *Tagger) putExtractor(x *extractor) {
	select {
	case t.idle <- x:
	default:
	}
}

// Name returns the stage name, "tag".
func (t *Tagger) Name() string { return "tag" }

// Annotate sets POS and Lemma on every token of a, sentence by sentence.
func (t *Tagger) Annotate(ctx context.Context, a *doc.Analysis) error {
	x := t.getExtractor()
	defer t.putExtractor(x)
	var words []string
	var tags []int
	classes := t.model.Classes()
	for si, s := range a.Sentences {
		if si%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if s.First < 0 || s.Last > len(a.Tokens) || s.First > s.Last {
			return fmt.Errorf("tag: sentence %d has bad token range [%d,%d)", si, s.First, s.Last)
		}
		toks := a.Tokens[s.First:s.Last]
		words = words[:0]
		for _, tok := range toks {
			words = append(words, tok.Text)
		}
		tags = t.tag(x, words, tags[:0])
		for i := range toks {
			toks[i].POS = doc.Str(classes[tags[i]])
			toks[i].Lemma = x.lemma(t.lemmas, i, toks[i].Text, tags[i])
		}
		chunk(toks, s.First)
	}
	return nil
}

// Tag returns the UPOS tag of each word of one sentence.
func (t *Tagger) Tag(words []string) []string {
	x := t.getExtractor()
	defer t.putExtractor(x)
	tags := t.tag(x, words, nil)
	out := make([]string, len(tags))
	for i, c := range tags {
		out[i] = t.model.Classes()[c]
	}
	return out
}

// Lemma returns the lemma of word tagged with UPOS tag pos.
func (t *Tagger) Lemma(word, pos string) string {
	for c, name := range t.model.Classes() {
		if name == pos {
			return t.lemmas.lemma(new([]byte), word, c)
		}
	}
	return lower(word)
}

// tag appends the class numbers of words to tags, decoding greedily.
func (t *Tagger) tag(x *extractor, words []string, tags []int) []int {
	x.prepare(words)
	start := len(tags)
	var buf [256]int32
	p1, p2 := -1, -1
	n := len(t.model.Classes())
	scores := buf[:n]
	static := x.staticScores()
	margins := x.margins[:0]
	for i := range words {
		off := ((p1+1)*(n+1) + p2 + 1) * n
		copy(scores, static[i*n:(i+1)*n])
		for c, v := range t.prior[off : off+n] {
			scores[c] += v
		}
		t.model.Add(x.tagKeys(i, p1), scores)
		var c int
		if t.second != nil {
			var m int32
			c, m = bestMargin(scores)
			margins = append(margins, m)
		} else {
			c = perceptron.Best(scores, nil)
		}
		tags = append(tags, c)
		p1, p2 = c, p1
	}
	x.margins = margins
	if t.second != nil {
		first := append(x.first[:0], tags[start:]...)
		x.first = first
		tags = tags[:start]
		// The second pass looks again only at the words the first was
		// unsure of (margin below t.gate) and at those whose previous tag
		// it changed; the others keep their first tag.
		sel := x.sel[:0]
		for i := range words {
			sel = append(sel, margins[i] < t.gate)
		}
		x.sel = sel
		static := x.staticScores2(first, sel)
		p1, p2 = -1, -1
		for i := range words {
			if !sel[i] && (i == 0 || p1 == first[i-1]) && (i < 2 || p2 == first[i-2]) {
				c := first[i]
				tags = append(tags, c)
				p1, p2 = c, p1
				continue
			}
			if !sel[i] {
				// A changed previous tag: this word's static scores are
				// needed after all.
				static = x.staticScores2At(first, i)
			}
			off := ((p1+1)*(n+1) + p2 + 1) * n
			copy(scores, static[i*n:(i+1)*n])
			for c, v := range t.prior2[off : off+n] {
				scores[c] += v
			}
			f := x.rightTagKeys(x.tagKeys(i, p1), i, p1, first)
			x.feats = f
			t.second.Add(f, scores)
			c := perceptron.Best(scores, nil)
			tags = append(tags, c)
			p1, p2 = c, p1
		}
	}
	return tags
}

// bestMargin returns the class of the best score, as perceptron.Best
// picks it (the first of equal scores), and how far it is above the next.
func bestMargin(scores []int32) (int, int32) {
	best := 0
	for c := 1; c < len(scores); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	second := int32(math.MinInt32)
	for c, s := range scores {
		if c != best {
			second = max(second, s)
		}
	}
	if second == math.MinInt32 {
		return best, math.MaxInt32
	}
	return best, scores[best] - second
}

// ModelVersion identifies the embedded model: "ud-ewt-" and the first 12
// hex digits of its SHA-256.
func ModelVersion() string {
	sum := sha256.Sum256(embedded)
	return "ud-ewt-" + hex.EncodeToString(sum[:6])
}
