// Package ner is sitrep's named-entity recogniser.
//
// In: doc.Analysis with Tokens, Sentences and (from the tag stage) UPOS
// tags. Out: Analysis.Entities, in text order, typed PERSON, ORG, GPE,
// LOC, NORP, LAW, EVENT or MISC, each naming in Rule the model or rule
// that made it.
//
// Mentions are found by an averaged perceptron (package perceptron) that
// labels tokens B-/I-/O for the four CoNLL-2003 classes (PER, ORG, LOC,
// MISC), decoded greedily left to right with the constraint that I-X
// follows B-X or I-X. The model sees a word written with hyphens whole
// ("al-Qaida"), as CoNLL-2003 wrote it, though the tokenizer splits it
// into tokens ("al" "-" "Qaida"): a mention never starts or ends inside
// one (words.go). Features: the word, its affixes, shape and UPOS tag,
// two words either side, the previous labels, an entity dictionary
// learned from the training data and a list of common first names
// (names.go). Lines written in capitals (headlines,
// datelines) or in title case (review headings: "Great Service And
// Prices") are recognised and their words judged by lower-case form and
// context. Training also shows some CoNLL sentences in title case and
// some with their names in lower case ("flew to chicago"), as web text
// writes them.
//
// Rules then refine the model's output for news (rules.go):
//   - a hyphenated word of places or nationalities is split into them
//     ("India-Pakistan" → "India", "Pakistan"; "Pakistan-based" →
//     "Pakistan");
//   - types: LOC becomes GPE unless it names a geographic feature or a
//     region; MISC becomes NORP (nationalities, religions: "Afghan"), LAW
//     (named agreements and resolutions: "Doha Agreement", "Resolution
//     1267"), EVENT (named wars, summits, elections) or stays MISC;
//   - titles and roles are cut from person names and kept in
//     Entity.Title ("Foreign Office Spokesperson Mumtaz Zahra Baloch" →
//     PERSON "Mumtaz Zahra Baloch", title "Foreign Office Spokesperson");
//     an honorific is a title too: "Ms Baloch" → PERSON "Baloch", title
//     "Ms", so the actor stage sees both;
//   - punctuation and e-mail or web addresses are cut from the ends of a
//     mention ("Beware !!");
//   - a single capitalised common word opening a sentence ("Discussions"),
//     or one the tagger takes for an adjective, adverb or interjection
//     ("Hello") and not seen in a name elsewhere, is not a name;
//   - a place name in lower case after a place preposition is a place
//     when the gazetteer lists it ("a week in kerala"); two listed places
//     written without a comma are two ("Miramar California"); a dotless
//     country abbreviation is a place ("US troops", which CoNLL-2003,
//     writing "U.S.", taught the model to call an organisation);
//   - a compass word and the place after it are one place ("North"
//     "Waziristan" → "North Waziristan");
//   - mentions are cut at words that cannot be inside a name ("Karakoram
//     Highway near Gilgit"), joined with a following law, place or
//     organisation word ("Doha Agreement", "Indus River", "Pakistan
//     Peoples Party", "Commission of Pakistan"), and "Resolution 1267" is
//     a LAW;
//   - what a role is "of" is not a person ("the governor of Khyber
//     Pakhtunkhwa");
//   - a dateline's place is a GPE.
//
// Lists and cue words live in lexicon.go; each rule's name is in rules.go.
// Known limits: the rules are written for English news; web text (forum
// posts, reviews) scores far lower than news (see the scorecard).
//
// The model is trained by `sitrep train ner` on CoNLL-2003 English train
// and embedded in the binary (ner.model). Known limits: CoNLL is 1996
// Reuters news, so names unseen there rely on shape and context; entity
// types beyond the four CoNLL classes come from rules and word lists.
package ner

import (
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"runtime"
	"strconv"

	"sitrep/internal/doc"
	"sitrep/internal/perceptron"
)

//go:embed ner.model
var embedded []byte

// Options configures a Recognizer. The zero value uses the embedded model.
type Options struct {
	// Model, when set, is a model file to use instead of the embedded one.
	Model []byte
}

// Recognizer finds named entities. It is immutable and safe for
// concurrent use.
type Recognizer struct {
	model *perceptron.Model
	gaz   *gazetteer
	dict  map[uint64]dictEntry
	cache []int32
	// follows[p*n+c] says whether class c may follow class p; row n is
	// the sentence start.
	follows []bool
	outside int // the class of O
	// types[c] is the CoNLL type of class c ("" for O); begins[c] says
	// whether it is a B- class.
	types  []string
	begins []bool
	// prior holds, for each pair of previous labels (p1, p2), the summed
	// weights of the bias and the previous-label features: n classes at
	// ((p1+1)*(n+1) + p2+1) * n.
	prior []int32
	// idle holds up to GOMAXPROCS idle extractors, so that a word's
	// cached sums (types.go) serve later calls, on whichever goroutine.
	// (A sync.Pool would drop them at every other garbage collection.)
	idle chan *extractor
}

// New loads the model and returns a Recognizer.
func New(opts Options) (*Recognizer, error) {
	b := opts.Model
	if b == nil {
		b = embedded
	}
	r, err := readModel(b)
	if err != nil {
		return nil, fmt.Errorf("load ner model: %w", err)
	}
	return r, nil
}

func readModel(b []byte) (*Recognizer, error) {
	data, err := perceptron.Unpack(b)
	if err != nil {
		return nil, err
	}
	m, rest, err := perceptron.Decode(data)
	if err != nil {
		return nil, err
	}
	places, rest, err := readGazetteer(rest)
	if err != nil {
		return nil, err
	}
	forms, d, err := readDict(rest)
	if err != nil {
		return nil, err
	}
	r := &Recognizer{model: m, gaz: newGazetteer(places), idle: make(chan *extractor, runtime.GOMAXPROCS(0))}
	if err := r.setClasses(); err != nil {
		return nil, err
	}
	r.buildCache(forms, d)
	r.buildPrior()
	return r, nil
}

// buildPrior fills r.prior.
func (r *Recognizer) buildPrior() {
	n := len(r.model.Classes())
	r.prior = make([]int32, (n+1)*(n+1)*n)
	var keys []uint64
	for p1 := -1; p1 < n; p1++ {
		for p2 := -1; p2 < n; p2++ {
			keys = priorKeys(keys[:0], p1, p2)
			off := ((p1+1)*(n+1) + p2 + 1) * n
			r.model.Add(keys, r.prior[off:off+n])
		}
	}
}

// setClasses reads the label set: O and B-/I- pairs.
func (r *Recognizer) setClasses() error {
	classes := r.model.Classes()
	n := len(classes)
	r.types = make([]string, n)
	r.begins = make([]bool, n)
	r.outside = -1
	for c, name := range classes {
		switch {
		case name == "O":
			r.outside = c
		case len(name) > 2 && (name[:2] == "B-" || name[:2] == "I-"):
			r.types[c] = name[2:]
			r.begins[c] = name[0] == 'B'
		default:
			return fmt.Errorf("bad label %q", name)
		}
	}
	if r.outside < 0 {
		return fmt.Errorf("no O label")
	}
	r.follows = make([]bool, (n+1)*n)
	for p := 0; p <= n; p++ {
		for c := range n {
			ok := r.begins[c] || c == r.outside
			if !ok && p < n {
				ok = r.types[p] == r.types[c] && p != r.outside
			}
			r.follows[p*n+c] = ok
		}
	}
	return nil
}

func (r *Recognizer) buildCache(forms []string, d map[string]uint64) {
	n := len(r.model.Classes())
	r.dict = make(map[uint64]dictEntry, len(forms))
	r.cache = make([]int32, len(forms)*nRoles*n)
	x := &extractor{}
	var keys []uint64
	for i, f := range forms {
		w := x.hashWord(f)
		w.amb = d[f]
		for role := range nRoles {
			keys = roleKeys(keys[:0], &w, role)
			off := (i*nRoles + role) * n
			r.model.Add(keys, r.cache[off:off+n])
		}
		r.dict[w.norm] = dictEntry{amb: w.amb, vec: int32(i)}
	}
}

// newExtractor returns an extractor for one call.
func (r *Recognizer) newExtractor() *extractor {
	return &extractor{dict: r.dict, gaz: r.gaz, types: newTypeCache(r.model, r.cache)}
}

// getExtractor returns an idle extractor, or a new one, with no memory of
// an earlier document; putExtractor gives it back after the call.
func (r *Recognizer) getExtractor() *extractor {
	select {
	case x := <-r.idle:
		x.forget()
		return x
	default:
		return r.newExtractor()
	}
}

func (r *Recognizer) putExtractor(x *extractor) {
	select {
	case r.idle <- x:
	default:
	}
}

// allowed returns the classes that may follow class p (-1: the start).
func (r *Recognizer) allowed(p int) []bool {
	n := len(r.types)
	if p < 0 {
		p = n
	}
	return r.follows[p*n : (p+1)*n]
}

// Name returns the stage name, "ner".
func (r *Recognizer) Name() string { return "ner" }

// Annotate finds the entities of a and appends them to a.Entities,
// numbering them n1, n2, … in text order.
func (r *Recognizer) Annotate(ctx context.Context, a *doc.Analysis) error {
	x := r.getExtractor()
	defer r.putExtractor(x)
	var words, pos []string
	var labels []int
	var units []unit
	var found []doc.Entity
	for si, s := range a.Sentences {
		if si%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if s.First < 0 || s.Last > len(a.Tokens) || s.First > s.Last {
			return fmt.Errorf("ner: sentence %d has bad token range [%d,%d)", si, s.First, s.Last)
		}
		// The model sees each hyphenated word whole (see words.go).
		units = appendUnits(units[:0], a.Tokens, s.First, s.Last)
		words, pos = words[:0], pos[:0]
		for _, u := range units {
			words = append(words, a.Document.Text[a.Tokens[u.first].Start:a.Tokens[u.end-1].End])
			pos = append(pos, unitPOS(a.Tokens, u))
		}
		labels = r.label(x, words, pos, labels[:0])
		x.remember(labels, r.types)
		for _, c := range r.chunks(labels) {
			first, last := units[c.start].first, units[c.end-1].end-1
			found = append(found, doc.Entity{
				Type:  c.typ,
				Start: a.Tokens[first].Start,
				End:   a.Tokens[last].End,
				Rule:  "ner.model",
			})
		}
	}
	found = refine(a, found, r.dict, r.gaz)
	for i := range found {
		e := &found[i]
		e.Text = a.Document.Text[e.Start:e.End]
		e.ID = "n" + strconv.Itoa(len(a.Entities)+1)
		a.Entities = append(a.Entities, *e)
	}
	return nil
}

// Label returns the BIO labels (B-PER, I-ORG, O, …) of one sentence given
// its words and their UPOS tags (pos may be nil), as the first sentence
// of a document.
func (r *Recognizer) Label(words, pos []string) []string {
	return r.LabelDoc([][]string{words}, [][]string{pos})[0]
}

// LabelDoc returns the BIO labels of the sentences of one document; pos
// may be nil or hold nil entries.
func (r *Recognizer) LabelDoc(words, pos [][]string) [][]string {
	x := r.getExtractor()
	defer r.putExtractor(x)
	out := make([][]string, len(words))
	var labels []int
	for si, w := range words {
		var p []string
		if si < len(pos) {
			p = pos[si]
		}
		labels = r.label(x, w, p, labels[:0])
		x.remember(labels, r.types)
		out[si] = make([]string, len(labels))
		for i, c := range labels {
			out[si][i] = r.model.Classes()[c]
		}
	}
	return out
}

func (r *Recognizer) label(x *extractor, words, pos []string, labels []int) []int {
	x.prepare(words, pos)
	var buf [256]int32
	n := len(r.types)
	scores := buf[:n]
	p1, p2 := -1, -1
	static := x.staticScores()
	for i := range words {
		off := ((p1+1)*(n+1) + p2 + 1) * n
		copy(scores, static[i*n:(i+1)*n])
		for c, v := range r.prior[off : off+n] {
			scores[c] += v
		}
		r.model.Add(x.labelKeys(i, p1), scores)
		c := perceptron.Best(scores, r.allowed(p1))
		labels = append(labels, c)
		p1, p2 = c, p1
	}
	return labels
}

// chunk is a labelled run of tokens [start, end) of one sentence.
type chunk struct {
	start, end int
	typ        string // CoNLL type: PER, ORG, LOC, MISC
}

// chunks reads the mentions off a label sequence, mapping CoNLL types to
// sitrep's (LOC and MISC are refined later by rules).
func (r *Recognizer) chunks(labels []int) []chunk {
	var out []chunk
	for i := 0; i < len(labels); {
		c := labels[i]
		if c == r.outside {
			i++
			continue
		}
		j := i + 1
		for j < len(labels) && !r.begins[labels[j]] && labels[j] != r.outside && r.types[labels[j]] == r.types[c] {
			j++
		}
		out = append(out, chunk{i, j, conllToType(r.types[c])})
		i = j
	}
	return out
}

// conllToType maps a CoNLL class to the sitrep type it starts as.
func conllToType(t string) string {
	switch t {
	case "PER":
		return doc.Person
	case "ORG":
		return doc.Org
	case "LOC":
		return doc.Loc
	}
	return doc.Misc
}

// ModelVersion identifies the embedded model: "conll2003-" and the first
// 12 hex digits of its SHA-256.
func ModelVersion() string {
	sum := sha256.Sum256(embedded)
	return "conll2003-" + hex.EncodeToString(sum[:6])
}
