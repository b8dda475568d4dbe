package tag

import (
	"strings"

	"sitrep/internal/perceptron"
)

// Why a word-type cache: looking up feature weights is nearly all of a
// tagger's time, and most features depend on one word alone (its form,
// affixes, shape and ambiguity class) in one role around the word being
// tagged. Their summed weights are the same wherever the word occurs, so
// a tagger's extractor sums them once per distinct word of a call (the
// type cache), and each token then adds five cached vectors (one per
// role), a vector for its two previous tags (Tagger.prior) and the
// weights of the few features of word pairs and tags. Integer sums do not
// depend on their order: the tags are the same as with every feature
// looked up one by one (TestTypeCacheSameTags).

// typeKey names a distinct word of one call: its text, and whether it
// stood on a caps line, which changes its shape.
type typeKey struct {
	form string
	caps bool
}

// Extractors, each with its cache, are kept by the tagger when idle (up
// to GOMAXPROCS of them), so a word's sums serve later calls too: one
// goroutine at a time, never shared.

// maxTypes bounds the words a type cache holds; past it the cache is
// emptied before the next sentence. A full cache takes about 8 MB per
// idle extractor kept. It holds twice the recogniser's: a new word costs
// the tagger more (its lexicon look-ups and features).
const maxTypes = 1 << 14

// typeCache holds, for each distinct word of one call, its hashed values
// and the summed weights of its word features in each role. It belongs
// to one extractor and is not safe for concurrent use.
type typeCache struct {
	model *perceptron.Model
	roles []int32 // the tagger's role cache of dictionary words
	n     int     // classes
	index map[typeKey]int32
	words []word
	// lemmas holds, per word, the lemma it was last given and that lemma's
	// tag plus one (0: none yet).
	lemmas   []string
	lemmaTag []uint8
	// vecs holds nRoles × n summed weights per word, role by role.
	vecs       []int32
	start, end word // the padding, as cached words
	keys       []uint64
	limit      int // maxTypes, but tests may lower it
	// second is the second pass's model, or nil; vecs2 and rows2 are
	// vecs and rows for it.
	second       *perceptron.Model
	vecs2, rows2 []int32
	has2         []bool // whether a word's vecs2 are filled
	// Scratch space for one sentence: a row of scores per word, and the
	// keys of its static features with their rows (see Tagger.tag).
	rows     []int32
	sentKeys []uint64
	keyRows  []int32
}

func newTypeCache(m, second *perceptron.Model, roles []int32) *typeCache {
	c := &typeCache{model: m, second: second, roles: roles, n: len(m.Classes()), index: make(map[typeKey]int32), limit: maxTypes}
	c.start, c.end = c.add(padStart), c.add(padEnd)
	return c
}

// reset empties the cache when it holds more than maxTypes words. It is
// called before a sentence is prepared, never while one is tagged.
func (c *typeCache) reset() {
	if len(c.words) < c.limit {
		return
	}
	clear(c.index)
	c.words, c.vecs, c.vecs2, c.has2 = c.words[:0], c.vecs[:0], c.vecs2[:0], c.has2[:0]
	c.lemmas, c.lemmaTag = c.lemmas[:0], c.lemmaTag[:0]
	c.start, c.end = c.add(padStart), c.add(padEnd)
}

// word returns the hashed values of w on the current line of x, adding
// the word to the cache when it is new.
func (c *typeCache) word(x *extractor, w string) word {
	k := typeKey{w, x.caps}
	if i, ok := c.index[k]; ok {
		return c.words[i]
	}
	v := c.add(x.hashWord(w))
	// A clone, so that a pooled cache keeps no document's text alive.
	k.form = strings.Clone(w)
	c.index[k] = v.typ
	return v
}

// add sums the word features of v in each role and returns v numbered.
func (c *typeCache) add(v word) word {
	v.typ = int32(len(c.words))
	n := c.n
	off := len(c.vecs)
	c.vecs = append(c.vecs, make([]int32, nRoles*n)...)
	for r := range nRoles {
		vec := c.vecs[off+r*n : off+(r+1)*n]
		keys := typeKeys(c.keys[:0], &v, r)
		if v.vec >= 0 {
			copy(vec, c.roles[(int(v.vec)*nRoles+r)*n:])
		} else {
			keys = roleKeys(keys, &v, r)
		}
		c.model.Add(keys, vec)
		c.keys = keys
	}
	if c.second != nil {
		// The second pass's sums are filled when a word near one the
		// second pass looks at needs them (sums2).
		c.vecs2 = append(c.vecs2, make([]int32, nRoles*n)...)
		c.has2 = append(c.has2, false)
	}
	c.words = append(c.words, v)
	c.lemmas, c.lemmaTag = append(c.lemmas, ""), append(c.lemmaTag, 0)
	return v
}

// lemma returns the lemma of word i of the prepared sentence, whose text
// is form, tagged tag: the one it was last given when the tag is the
// same, else the lemmatiser's.
func (x *extractor) lemma(l *lemmatizer, i int, form string, tag int) string {
	c := x.types
	typ := x.words[i].typ
	if c.lemmaTag[typ] == uint8(tag+1) {
		return c.lemmas[typ]
	}
	s := l.lemma(&x.lemmaBuf, form, tag)
	// A clone, so that a pooled cache keeps no document's text alive.
	s = strings.Clone(s)
	c.lemmas[typ], c.lemmaTag[typ] = s, uint8(tag+1)
	return s
}

// staticScores returns a row of n scores per word of the prepared
// sentence: the sums of the words around it from the cache and the
// weights of its static features (staticKeys), all looked up in one
// batch. The rows are reused by the next call.
func (x *extractor) staticScores() []int32 {
	c := x.types
	n := c.n
	c.rows = append(c.rows[:0], make([]int32, len(x.words)*n)...)
	keys, rows := c.sentKeys[:0], c.keyRows[:0]
	for i := range x.words {
		x.addTypes(c.vecs, i, c.rows[i*n:(i+1)*n])
		before := len(keys)
		keys = x.staticKeys(keys, i)
		for range len(keys) - before {
			rows = append(rows, int32(i))
		}
	}
	c.model.AddRows(keys, rows, c.rows)
	c.sentKeys, c.keyRows = keys, rows
	return c.rows
}

// staticScores2 is staticScores for the second pass, given the first
// pass's tags, for the words sel marks (the other rows are left zero).
func (x *extractor) staticScores2(first []int, sel []bool) []int32 {
	c := x.types
	n := c.n
	c.rows2 = append(c.rows2[:0], make([]int32, len(x.words)*n)...)
	keys, rows := c.sentKeys[:0], c.keyRows[:0]
	for i := range x.words {
		if !sel[i] {
			continue
		}
		x.sums2(i)
		x.addTypes(c.vecs2, i, c.rows2[i*n:(i+1)*n])
		before := len(keys)
		keys = x.rightStaticKeys(x.staticKeys(keys, i), i, first)
		for range len(keys) - before {
			rows = append(rows, int32(i))
		}
	}
	c.second.AddRows(keys, rows, c.rows2)
	c.sentKeys, c.keyRows = keys, rows
	return c.rows2
}

// staticScores2At fills the second pass's static row of word i, which
// staticScores2 skipped, and returns the rows.
func (x *extractor) staticScores2At(first []int, i int) []int32 {
	c := x.types
	n := c.n
	row := c.rows2[i*n : (i+1)*n]
	x.sums2(i)
	x.addTypes(c.vecs2, i, row)
	keys := x.rightStaticKeys(x.staticKeys(c.sentKeys[:0], i), i, first)
	c.second.Add(keys, row)
	c.sentKeys = keys
	return c.rows2
}

// sums2 fills the second pass's cached sums of the words around i where
// they are not yet.
func (x *extractor) sums2(i int) {
	c := x.types
	n := c.n
	for _, v := range [nRoles]*word{x.at(i), x.at(i - 1), x.at(i + 1), x.at(i - 2), x.at(i + 2)} {
		if c.has2[v.typ] {
			continue
		}
		c.has2[v.typ] = true
		off := int(v.typ) * nRoles * n
		for r := range nRoles {
			keys := roleKeys(typeKeys(c.keys[:0], v, r), v, r)
			c.second.Add(keys, c.vecs2[off+r*n:off+(r+1)*n])
			c.keys = keys
		}
	}
}

// addTypes adds to scores the cached sums (from vecs or vecs2) of the
// words around i, each in its role.
func (x *extractor) addTypes(vecs []int32, i int, scores []int32) {
	n := x.types.n
	for r, v := range [nRoles]*word{x.at(i), x.at(i - 1), x.at(i + 1), x.at(i - 2), x.at(i + 2)} {
		off := (int(v.typ)*nRoles + r) * n
		vec := vecs[off : off+n]
		for k, s := range vec {
			scores[k] += s
		}
	}
}
