package ner

import (
	"strings"

	"sitrep/internal/perceptron"
)

// Why a word-type cache: as in package tag, looking up feature weights is
// nearly all of the recogniser's time, and many features depend on one
// word (and its line's case) alone, in one role around the word being
// labelled. A recogniser's extractor sums their weights once per distinct
// word (the type cache); each token then adds five cached vectors, a
// vector for its two previous labels (Recognizer.prior) and the weights of
// the features of UPOS tags, word pairs, labels, the gazetteer and the
// document's memory. Integer sums do not depend on their order: the
// labels are the same as with every feature looked up one by one
// (TestTypeCacheSameLabels).
//
// Extractors, each with its cache, are kept by the recogniser when idle
// (up to GOMAXPROCS of them), so a word's sums serve later calls too: one
// goroutine at a time, never shared.

// Line kinds, which change a word's shape and features.
const (
	lineNormal = iota
	lineCaps
	lineTitle
)

// typeKey names a distinct word: its text and the kind of its line.
type typeKey struct {
	form string
	line uint8
}

// maxTypes bounds the words a type cache holds; past it the cache is
// emptied before the next sentence. A full cache takes about 4 MB in the
// tagger and 3 MB in the recogniser, per idle extractor kept.
const maxTypes = 1 << 13

// typeCache holds, for each distinct word, its hashed values and the
// summed weights of its word features in each role. It belongs to one
// extractor and is not safe for concurrent use.
type typeCache struct {
	model *perceptron.Model
	roles []int32 // the recogniser's role cache of dictionary words
	n     int     // classes
	index map[typeKey]int32
	words []word
	// vecs holds nRoles × n summed weights per word, role by role.
	vecs       []int32
	start, end word // the padding, as cached words
	keys       []uint64
	limit      int // maxTypes, but tests may lower it
	// Scratch space for one sentence: a row of scores per word, and the
	// keys of its static features with their rows (see Recognizer.label).
	rows     []int32
	sentKeys []uint64
	keyRows  []int32
}

func newTypeCache(m *perceptron.Model, roles []int32) *typeCache {
	c := &typeCache{model: m, roles: roles, n: len(m.Classes()), index: make(map[typeKey]int32), limit: maxTypes}
	c.start, c.end = c.add(padStart, false, false), c.add(padEnd, false, false)
	return c
}

// reset empties the cache when it holds more than its limit of words. It
// is called before a sentence is prepared, never while one is labelled.
func (c *typeCache) reset() {
	if len(c.words) < c.limit {
		return
	}
	clear(c.index)
	c.words, c.vecs = c.words[:0], c.vecs[:0]
	c.start, c.end = c.add(padStart, false, false), c.add(padEnd, false, false)
}

// word returns the hashed values of w on the current line of x (with no
// UPOS tag or gazetteer mark), adding the word to the cache when it is
// new.
func (c *typeCache) word(x *extractor, w string) word {
	k := typeKey{w, lineNormal}
	switch {
	case x.caps:
		k.line = lineCaps
	case x.title:
		k.line = lineTitle
	}
	if i, ok := c.index[k]; ok {
		return c.words[i]
	}
	v := c.add(x.hashWord(w), x.caps, x.title)
	// A clone, so that a pooled cache keeps no document's text alive.
	k.form = strings.Clone(w)
	c.index[k] = v.typ
	return v
}

// add sums the word features of v in each role and returns v numbered.
func (c *typeCache) add(v word, caps, title bool) word {
	v.typ = int32(len(c.words))
	n := c.n
	off := len(c.vecs)
	c.vecs = append(c.vecs, make([]int32, nRoles*n)...)
	for r := range nRoles {
		vec := c.vecs[off+r*n : off+(r+1)*n]
		keys := typeKeys(c.keys[:0], &v, r, caps, title)
		if v.vec >= 0 {
			copy(vec, c.roles[(int(v.vec)*nRoles+r)*n:])
		} else {
			keys = roleKeys(keys, &v, r)
		}
		c.model.Add(keys, vec)
		c.keys = keys
	}
	c.words = append(c.words, v)
	return v
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
		x.addTypes(i, c.rows[i*n:(i+1)*n])
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

// addTypes adds to scores the cached sums of the words around i, each in
// its role.
func (x *extractor) addTypes(i int, scores []int32) {
	c := x.types
	n := c.n
	for r, v := range [nRoles]*word{x.at(i), x.at(i - 1), x.at(i + 1), x.at(i - 2), x.at(i + 2)} {
		off := (int(v.typ)*nRoles + r) * n
		vec := c.vecs[off : off+n]
		for k, s := range vec {
			scores[k] += s
		}
	}
}
