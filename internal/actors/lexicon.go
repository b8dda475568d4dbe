package actors

import (
	"math/bits"
	"strings"

	"sitrep/dict"
)

// candKind says what a dictionary phrase names.
type candKind int

const (
	candEntry      candKind = iota // an actors.tsv entry (person, organisation, group, IGO)
	candCountry                    // a country name or alias
	candCapital                    // a capital or seat of government
	candDemonym                    // a demonym or adjective
	candCollective                 // a sector-lexicon noun for an unnamed group
	candTitle                      // a sector-lexicon title head word
	candHonorific                  // Mr, Ms, Dr …
)

// cand is one reading of a matched phrase.
type cand struct {
	kind  candKind
	words []word // the dictionary phrase, scanned, for the case check
	// caps has bit k set when words[k] is all capitals, and upper1 says
	// the phrase is one capitalised word: what caseFits needs, kept here
	// so that matching does not visit words (phrases of up to 64 words).
	caps    uint64
	upper1  bool
	entry   int // index into lexicon.entries
	country int // index into lexicon.countries
	sector  string
	gender  string // honorifics
	source  string // dictionary line or rule
	plural  bool   // demonym naming people ("Afghans")
}

// node is one node of the phrase trie, keyed by word keys.
type node struct {
	next  map[string]*node
	cands []cand
}

// lexicon is every dictionary phrase in one trie, built once per Resolver.
type lexicon struct {
	root      node
	entries   []dict.Entry
	countries []dict.Country
	// roles indexes people by "ISO3|role key" for "Pakistan's interior
	// minister" → the person holding that post on the day.
	roles map[string][]int
	// surnames indexes people by the key of their names' last word.
	surnames map[string][]int
	// names and lasts hold, per person entry, the keys of its names and
	// of their last words, as personActor gives them to an actor.
	names, lasts [][]string
	// vocab holds, for every word key that starts a phrase or is in a
	// word list, its trie node and its list flags: one look-up per word
	// of a text answers both.
	vocab map[string]vocab
}

// vocab is what the lexicon knows of one word key.
type vocab struct {
	root  *node // root.next[key], or nil
	flags wordFlag
}

var honorifics = map[string]string{
	"mr": "m", "mister": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "dame": "f",
	"dr": "", "prof": "", "professor": "", "engineer": "", "begum": "f", "syed": "m", "lord": "m", "lady": "f",
}

func newLexicon(kb *dict.KB) *lexicon {
	lx := &lexicon{entries: kb.Entries(), countries: kb.Countries(), roles: map[string][]int{}, surnames: map[string][]int{}}
	lx.names, lx.lasts = make([][]string, len(lx.entries)), make([][]string, len(lx.entries))
	for i, c := range lx.countries {
		for _, n := range c.Names() {
			lx.add(n, cand{kind: candCountry, country: i, source: "dict/countries " + c.ISO3})
		}
		for _, n := range c.Capitals() {
			lx.add(n, cand{kind: candCapital, country: i, source: "dict/countries " + c.ISO3 + " capital"})
		}
		for j, n := range c.Demonyms {
			plural := j > 0 && strings.HasSuffix(strings.ToLower(n), "s") && !strings.HasSuffix(strings.ToLower(c.Adjective()), "s")
			lx.add(n, cand{kind: candDemonym, country: i, plural: plural, source: "dict/countries " + c.ISO3 + " demonym"})
		}
	}
	for i, e := range lx.entries {
		src := ""
		if len(e.Periods) > 0 {
			src = e.Periods[0].Source
		}
		for _, n := range e.Names {
			lx.add(n, cand{kind: candEntry, entry: i, source: src})
		}
		if e.Kind != "person" {
			continue
		}
		seen := map[string]bool{}
		for _, n := range e.Names {
			ws := scan(n)
			if len(ws) == 0 {
				continue
			}
			k := ws[len(ws)-1].key
			lx.names[i] = append(lx.names[i], dictKeys(ws))
			lx.lasts[i] = append(lx.lasts[i], k)
			if !seen[k] {
				lx.surnames[k] = append(lx.surnames[k], i)
				seen[k] = true
			}
		}
		for _, p := range e.Periods {
			if p.Role == "" || p.Country == "" {
				continue
			}
			for _, part := range roleParts(p.Role) {
				k := p.Country + "|" + part
				lx.roles[k] = appendInt(lx.roles[k], i)
			}
		}
	}
	for _, w := range kb.SectorWords() {
		kind := candCollective
		if w.Type == "title" {
			kind = candTitle
		}
		for _, p := range w.Phrases {
			lx.add(p, cand{kind: kind, sector: w.Sector, source: w.Source})
		}
	}
	for h, g := range honorifics {
		lx.add(h, cand{kind: candHonorific, gender: g, source: "honorific"})
	}
	lx.vocab = make(map[string]vocab, len(lx.root.next))
	for k, n := range lx.root.next {
		lx.vocab[k] = vocab{root: n}
	}
	for _, wl := range wordLists {
		for k := range wl.list {
			v := lx.vocab[k]
			v.flags |= wl.flag
			lx.vocab[k] = v
		}
	}
	return lx
}

func appendInt(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// roleKey is the comparable form of a role: lower case, no determiners.
func roleKey(s string) string {
	var out []string
	for _, w := range scan(s) {
		switch w.key {
		case "the", "a", "an":
			continue
		}
		out = append(out, w.key)
	}
	return strings.Join(out, " ")
}

// roleParts splits a compound role into the keys of its posts: "Deputy
// Prime Minister and Foreign Minister" → "deputy prime minister",
// "foreign minister".
func roleParts(role string) []string {
	var out []string
	for _, p := range strings.Split(roleKey(role), " and ") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// add puts phrase p in the trie with reading c.
func (lx *lexicon) add(p string, c cand) {
	ws := scan(p)
	if len(ws) == 0 {
		return
	}
	c.words = ws
	for k, w := range ws {
		if w.caps && k < 64 {
			c.caps |= 1 << k
		}
	}
	c.upper1 = len(ws) == 1 && ws[0].upper
	n := &lx.root
	step := func(k string) {
		if n.next == nil {
			n.next = map[string]*node{}
		}
		nx, ok := n.next[k]
		if !ok {
			nx = &node{}
			n.next[k] = nx
		}
		n = nx
	}
	for k, w := range ws {
		step(w.key)
		if k < len(ws)-1 && strings.Contains(w.punct, ",") {
			step(",")
		}
	}
	n.cands = append(n.cands, c)
}

// match is the longest dictionary phrase starting at a word.
type match struct {
	i, j  int    // words [i, j)
	cands []cand // read only: may be a trie node's own list
}

// has reports whether m has a reading of kind k, and returns the first.
func (m *match) has(k candKind) (cand, bool) {
	if m == nil {
		return cand{}, false
	}
	for _, c := range m.cands {
		if c.kind == k {
			return c, true
		}
	}
	return cand{}, false
}

// longest returns the longest phrase starting at ws[i] with at least one
// reading whose letter case fits the text, and whether there is one.
func (lx *lexicon) longest(ws []word, i int) (best match, found bool) {
	return lx.longestFrom(ws, i, lx.root.next[ws[i].key])
}

// longestFrom is longest given first, the trie node of ws[i] (nil when
// no phrase starts with it).
func (lx *lexicon) longestFrom(ws []word, i int, first *node) (best match, found bool) {
	if first == nil {
		return best, false
	}
	n := &lx.root
	for j := i; j < len(ws); j++ {
		if j > i && ws[j].sent != ws[i].sent {
			break
		}
		if j > i {
			switch p := ws[j-1].punct; {
			case p == "":
			case p == ",":
				nx, ok := n.next[","]
				if !ok {
					return best, found
				}
				n = nx
			case p == "." && (abbreviations[ws[j-1].key] || len(ws[j-1].key) == 1):
			default:
				return best, found
			}
		}
		if j == i {
			n = first
		} else if nx, ok := n.next[ws[j].key]; ok {
			n = nx
		} else {
			break
		}
		if len(n.cands) == 0 {
			continue
		}
		if fit := fitting(n.cands, ws[i:j+1]); len(fit) > 0 {
			best, found = match{i: i, j: j + 1, cands: fit}, true
		}
	}
	return best, found
}

// fitting returns the readings in cands whose letter case fits the text
// words tw: cands itself (capacity cut, so that no append can write into
// it) when all do, as most often, else a new list.
func fitting(cands []cand, tw []word) []cand {
	for k, c := range cands {
		if c.fits(tw) {
			continue
		}
		var fit []cand
		if k > 0 {
			fit = append(fit, cands[:k]...)
		}
		for _, c := range cands[k+1:] {
			if c.fits(tw) {
				fit = append(fit, c)
			}
		}
		return fit
	}
	return cands[:len(cands):len(cands)]
}

// fits is caseFits(c.words, tw) from what c keeps of its words' case.
func (c *cand) fits(tw []word) bool {
	if len(c.words) > 64 {
		return caseFits(c.words, tw)
	}
	if c.upper1 && !tw[0].upper {
		return false
	}
	for m := c.caps; m != 0; m &= m - 1 {
		if !tw[bits.TrailingZeros64(m)].caps {
			return false
		}
	}
	return true
}

// caseFits checks the text's letter case against the dictionary phrase:
// an all-capitals dictionary word needs capitals in the text ("US" is not
// "us"); a capitalised one-word phrase needs a capital ("China", not
// "china"), while longer phrases may be written in lower case ("the
// interior ministry").
func caseFits(dw, tw []word) bool {
	for k := range dw {
		d, t := dw[k], tw[k]
		if d.caps && !t.caps {
			return false
		}
		if d.upper && !t.upper && len(dw) == 1 {
			return false
		}
	}
	return true
}
