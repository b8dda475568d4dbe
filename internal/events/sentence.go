package events

import (
	"sort"
	"strings"

	"sitrep/dict"
	"sitrep/internal/doc"
)

// document holds the per-document indexes the coder reads: which actor,
// place and time covers each token.
type document struct {
	a     *doc.Analysis
	lower []string // lower-case token texts
	actor []int    // per token: index into a.Actors + 1, 0 for none
	mEnd  []int    // per token in an actor mention: the token index one past the mention
	mFrom []int    // per token in an actor mention: the mention's first token
	place []int    // per token: index into a.Places + 1
	time  []int    // per token: index into a.Times + 1
	named []bool   // per token: inside a name that is not an event (LAW, ORG, PERSON entities)
	title int      // index of the headline sentence, -1 for none
	// countries resolves demonyms and country codes; nil for none.
	countries *dict.KB
	// armed maps a source argument named by a weapon's country to the
	// country (see armed.go).
	armed map[*doc.Arg]string
}

func newDocument(a *doc.Analysis) *document {
	n := len(a.Tokens)
	d := &document{a: a, lower: make([]string, n), actor: make([]int, n), mEnd: make([]int, n),
		mFrom: make([]int, n), place: make([]int, n), time: make([]int, n), named: make([]bool, n), title: -1,
		armed: map[*doc.Arg]string{}}
	for i, t := range a.Tokens {
		d.lower[i] = strings.ToLower(t.Text)
	}
	for ai, act := range a.Actors {
		for _, m := range act.Mentions {
			from, to := d.tokenRange(m.Start, m.End)
			for i := from; i < to; i++ {
				d.actor[i], d.mFrom[i], d.mEnd[i] = ai+1, from, to
			}
		}
	}
	for pi, p := range a.Places {
		for _, m := range p.Mentions {
			from, to := d.tokenRange(m.Start, m.End)
			for i := from; i < to; i++ {
				d.place[i] = pi + 1
			}
		}
	}
	for ti, t := range a.Times {
		from, to := d.tokenRange(t.Start, t.End)
		for i := from; i < to; i++ {
			d.time[i] = ti + 1
		}
	}
	for _, e := range a.Entities {
		switch e.Type {
		case doc.Law, doc.Org, doc.Person, doc.Evt, doc.Misc:
			from, to := d.tokenRange(e.Start, e.End)
			for i := from; i < to; i++ {
				d.named[i] = true
			}
		}
	}
	if title := strings.TrimSpace(string(a.Document.Title)); title != "" && len(a.Sentences) > 1 {
		s := a.Sentences[0]
		if strings.TrimSpace(a.Document.Text[s.Start:s.End]) == title {
			d.title = 0
		}
	}
	return d
}

// tokenRange returns the tokens [from, to) that lie within [start, end).
func (d *document) tokenRange(start, end int) (int, int) {
	toks := d.a.Tokens
	from := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	to := from
	for to < len(toks) && toks[to].End <= end {
		to++
	}
	return from, to
}

// sent is one sentence with its tokens [first, last) in document indexes.
type sent struct {
	d           *document
	index       int
	first, last int
}

func (d *document) sentence(i int) *sent {
	s := d.a.Sentences[i]
	return &sent{d: d, index: i, first: s.First, last: s.Last}
}

func (s *sent) pos(i int) string {
	if i < s.first || i >= s.last {
		return ""
	}
	return string(s.d.a.Tokens[i].POS)
}

func (s *sent) word(i int) string {
	if i < s.first || i >= s.last {
		return ""
	}
	return s.d.lower[i]
}

func (s *sent) lemma(i int) string {
	if i < s.first || i >= s.last {
		return ""
	}
	if l := s.d.a.Tokens[i].Lemma; l != "" {
		return l
	}
	return s.d.lower[i]
}

// np is a noun phrase: tokens [from, to) and the actor it names (index
// into a.Actors, -1 for none).
type np struct {
	from, to int
	actor    int
	head     int // the head noun's token + 1, 0 for the last one
	// mil is the country whose arms the phrase names as the doer
	// ("Russian missiles"), "" for none (see armed.go).
	mil string
}

// headTok returns the token of the phrase's head noun.
func (p np) headTok() int {
	if p.head > 0 {
		return p.head - 1
	}
	return p.to - 1
}

func (p np) ok() bool { return p.to > p.from }

// nominal reports whether token i can be part of a noun phrase.
func (s *sent) nominal(i int) bool {
	if i < s.first || i >= s.last {
		return false
	}
	if s.d.actor[i] > 0 {
		return true
	}
	if s.d.time[i] > 0 {
		return false
	}
	if participleAdj[s.d.lower[i]] {
		return true
	}
	if s.pos(i) == "VERB" && s.d.a.Tokens[i].Dep == "NP" {
		// A participle the tagger's chunker put inside a noun phrase
		// (Dep "NP"), as EWT tags it: "an improvised explosive device".
		return true
	}
	switch s.pos(i) {
	case "NOUN", "PROPN", "NUM", "ADJ", "DET":
		return !stopNominal[s.d.lower[i]]
	case "PART", "PUNCT":
		w := s.d.lower[i]
		if w == "'s" || w == "’s" {
			return true
		}
		if w == "'" || w == "’" {
			// "the United Nations' demand"
			return i > s.first && strings.HasSuffix(s.d.lower[i-1], "s") && s.joined(i-1) && s.nominalCore(i+1)
		}
		return w == "-" && s.joined(i-1) && s.joined(i)
	case "PRON":
		return possessive[s.d.lower[i]]
	}
	// The first word of a hyphenated compound ("off-duty").
	return s.word(i+1) == "-" && s.joined(i) && s.joined(i+1)
}

// joined reports whether tokens i and i+1 touch (no space between).
func (s *sent) joined(i int) bool {
	if i < s.first || i+1 >= s.last {
		return false
	}
	return s.d.a.Tokens[i].End == s.d.a.Tokens[i+1].Start
}

func (s *sent) nominalCore(i int) bool {
	p := s.pos(i)
	return p == "NOUN" || p == "PROPN" || p == "ADJ" || p == "NUM"
}

// stopNominal are words the tagger may tag as nominal that never belong
// to an argument phrase.
var stopNominal = map[string]bool{"which": true, "that": true, "this": true, "what": true, "whose": true, "last": false}

var possessive = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// npLeft returns the noun phrase that ends at token end-1, or an empty
// one.
func (s *sent) npLeft(end int) np {
	from := end
	for from > s.first && s.nominal(from-1) {
		from--
		if m := s.d.actor[from]; m > 0 && s.d.mFrom[from] < from && s.d.mFrom[from] >= s.first {
			from = s.d.mFrom[from]
		}
	}
	if from == end && end-1 >= s.first && s.pos(end-1) == "PRON" && !possessive[s.d.lower[end-1]] {
		from = end - 1
	}
	return s.finishNP(from, end)
}

// npRight returns the noun phrase that starts at token start, or an empty
// one.
func (s *sent) npRight(start int) np {
	to := start
	for to < s.last && s.nominal(to) {
		if s.d.actor[to] > 0 && s.d.mEnd[to] > to+1 && s.d.mEnd[to] <= s.last {
			to = s.d.mEnd[to]
			continue
		}
		to++
	}
	if to == start && start < s.last && s.pos(start) == "PRON" && !relative[s.d.lower[start]] {
		to = start + 1
	}
	// A phrase that is only determiners or adjectives names nothing.
	head := false
	for i := start; i < to; i++ {
		if p := s.pos(i); p == "NOUN" || p == "PROPN" || p == "NUM" || p == "PRON" || s.d.actor[i] > 0 {
			head = true
		}
	}
	if !head {
		return np{actor: -1}
	}
	return s.finishNP(start, to)
}

var relative = map[string]bool{"who": true, "which": true, "that": true, "whom": true, "it": false}

func (s *sent) finishNP(from, to int) np {
	p := np{from: from, to: to, actor: -1}
	if to <= from {
		return p
	}
	// The actor of the phrase: the last actor mention in it (the head of
	// "Pakistani police" and "Pakistan's army" alike).
	for i := to - 1; i >= from; i-- {
		if s.d.actor[i] > 0 {
			p.actor = s.d.actor[i] - 1
			break
		}
	}
	return p
}

// arg turns a noun phrase into an event argument.
func (s *sent) arg(p np) *doc.Arg {
	toks := s.d.a.Tokens
	ar := &doc.Arg{Start: toks[p.from].Start, End: toks[p.to-1].End}
	ar.Text = s.d.a.Document.Text[ar.Start:ar.End]
	if p.actor >= 0 {
		ar.Actor = doc.Str(s.d.a.Actors[p.actor].ID)
	}
	return ar
}

// span returns the byte span of tokens [from, to).
func (s *sent) span(from, to int) doc.Span {
	toks := s.d.a.Tokens
	return doc.Span{Start: toks[from].Start, End: toks[to-1].End}
}

// clause returns the tokens [from, to) of the clause around token i:
// bounded by commas, semicolons and subordinators ("after", "when",
// "which").
func (s *sent) clause(i int) (int, int) {
	from := i
	for from > s.first && !clauseBreak[s.word(from-1)] {
		from--
	}
	to := i + 1
	for to < s.last && !clauseBreak[s.word(to)] {
		to++
	}
	return from, to
}

var clauseBreak = map[string]bool{",": true, ";": true, ":": true, "after": true, "before": true, "when": true,
	"while": true, "following": true, "since": true, "because": true, "—": true, "–": true, "which": true,
	"who": true, "whereas": true, "although": true, "though": true, "but": true}

// initial reports whether token i lies in the sentence's opening
// adverbial ("On Thursday, …", "In Bannu on Friday, …"): only
// prepositions, determiners, numbers, punctuation, times and places come
// before it.
func (s *sent) initial(i int) bool {
	for j := s.first; j < i; j++ {
		if s.d.actor[j] > 0 {
			return false
		}
		if s.d.time[j] > 0 || s.d.place[j] > 0 {
			continue
		}
		switch s.pos(j) {
		case "ADP", "DET", "ADV", "PUNCT", "NUM":
			continue
		}
		return false
	}
	return true
}

// participleAdj are participles that modify people in noun phrases:
// "three suspected al Qaeda fighters", "unidentified armed men".
var participleAdj = map[string]bool{"suspected": true, "alleged": true, "unidentified": true, "armed": true,
	"masked": true, "wounded": true, "injured": true, "detained": true, "arrested": true, "abducted": true,
	"kidnapped": true, "retired": true, "unarmed": true}

// inPP reports whether the noun at i heads the object of a preposition
// ("in connection with the attack", "for the bombing").
func (s *sent) inPP(i int) bool {
	j := i - 1
	for j >= s.first && s.nominal(j) {
		j--
	}
	return j >= s.first && referencePreps[s.word(j)]
}

// referencePreps introduce a noun that refers to another act.
var referencePreps = map[string]bool{"with": true, "for": true, "over": true, "against": true, "after": true,
	"following": true, "before": true, "since": true, "about": true}

// complementBetween reports whether a complement word ("for", "of",
// "over", "that" …) stands between tokens from and to: a place after it
// belongs to what is said, not to where it was said.
func (s *sent) complementBetween(from, to int) bool {
	for k := from; k < to; k++ {
		switch s.word(k) {
		case "for", "of", "over", "about", "that", "to", "against", "on":
			return true
		}
	}
	return false
}
