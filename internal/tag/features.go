package tag

import (
	"unicode"

	"sitrep/internal/perceptron"
)

// Feature templates. The numbers are part of the model file format:
// renumbering them needs a retrained model.
const (
	fBias = iota
	fWord
	fForm
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fShape
	fPrevWord
	fPrev2Word
	fNextWord
	fNext2Word
	fPrevSuf3
	fNextSuf3
	fPrevShape
	fNextShape
	fPrevTag
	fPrev2Tag
	fPrevTags
	fPrevTagWord
	fPrevWordWord
	fWordNextWord
	fFirstShape
	fCapsLine
	fNextSuf2
	fPrevTagNextWord
	fAmb
	fNextAmb
	fNext2Amb
	fPrevAmb
	fAmbNextAmb
	fPrevTagAmb
	fAmbSuf3
	// Second pass (see twopass.go): the first pass's tags of the next two
	// words.
	fNextTag
	fNext2Tag
	fNextTags
	fPrevTagNextTag
	fNextTagWord
	fFirstTag
	// The word lexicon (lexicon.go).
	fLex
	fLexFirst
	fPrevLex
	fNextLex
	fLexSuf3
	fLexOtherCase
	fWordNet
	fPrevWordNet
	fNextWordNet
)

// word holds the hashed values of one token, computed once per sentence.
type word struct {
	norm, form, shape uint64
	amb               uint64 // the word's ambiguity class: tags seen with it
	// What the word lexicon says: its tag set and most frequent tag as
	// written, its tag set with the first letter's case switched, its
	// WordNet class (see lexicon.go).
	lex, lexFirst, lexOther, wordNet uint64
	suf                              [4]uint64
	pre                              [3]uint64
	// vec is the word's entry in the tagger's role cache, or -1.
	vec int32
	// typ is the word's entry in the extractor's word-type cache (see
	// types.go), or -1.
	typ int32
}

// Hashes of the padding beyond either end of a sentence.
var (
	padStart = word{norm: perceptron.String("-START-"), form: perceptron.String("-START-"), shape: perceptron.String("-START-"), amb: 1 << 63, vec: -1, typ: -1}
	padEnd   = word{norm: perceptron.String("-END-"), form: perceptron.String("-END-"), shape: perceptron.String("-END-"), amb: 1 << 62, vec: -1, typ: -1}
)

// capsShape replaces every shape on an all-caps line, where letter case
// says nothing.
var capsShape = perceptron.String("-CAPS-")

// dictEntry is what the tagger knows of a frequent normalised form.
type dictEntry struct {
	amb uint64 // ambiguity class
	vec int32  // role cache entry, or -1
}

// Roles of a word relative to the word being tagged. The features of a
// frequent word in each role depend on its normalised form alone, so the
// tagger sums their weights once at load time (the role cache) and adds
// the sum instead of looking up each feature: most of a tagger's time is
// spent in those lookups.
const (
	roleSelf = iota
	rolePrev
	roleNext
	rolePrev2
	roleNext2
	nRoles
)

// roleKeys appends the case-independent feature keys of w in role r.
func roleKeys(f []uint64, w *word, r int) []uint64 {
	k := perceptron.Key1
	switch r {
	case roleSelf:
		return append(f,
			k(fWord, w.norm),
			k(fSuf1, w.suf[0]),
			k(fSuf2, w.suf[1]),
			k(fSuf3, w.suf[2]),
			k(fSuf4, w.suf[3]),
			k(fPre1, w.pre[0]),
			k(fPre2, w.pre[1]),
			k(fPre3, w.pre[2]),
			k(fAmb, w.amb),
			perceptron.Key2(fAmbSuf3, w.amb, w.suf[2]),
		)
	case rolePrev:
		return append(f, k(fPrevWord, w.norm), k(fPrevSuf3, w.suf[2]), k(fPrevAmb, w.amb))
	case roleNext:
		return append(f, k(fNextWord, w.norm), k(fNextSuf3, w.suf[2]), k(fNextSuf2, w.suf[1]), k(fNextAmb, w.amb))
	case rolePrev2:
		return append(f, k(fPrev2Word, w.norm))
	case roleNext2:
		return append(f, k(fNext2Word, w.norm), k(fNext2Amb, w.amb))
	}
	return f
}

// typeKeys appends the keys of w in role r that depend on the word alone
// but not on its normalised form (so are not in roleKeys): its exact form
// and shape, and what the word lexicon says of it.
func typeKeys(f []uint64, w *word, r int) []uint64 {
	k := perceptron.Key1
	switch r {
	case roleSelf:
		return append(f, k(fForm, w.form), k(fShape, w.shape),
			k(fLex, w.lex), k(fLexFirst, w.lexFirst), perceptron.Key2(fLexSuf3, w.lex, w.suf[2]),
			perceptron.Key2(fLexOtherCase, w.lex, w.lexOther), k(fWordNet, w.wordNet))
	case rolePrev:
		return append(f, k(fPrevShape, w.shape), k(fPrevLex, w.lex), k(fPrevWordNet, w.wordNet))
	case roleNext:
		return append(f, k(fNextShape, w.shape), k(fNextLex, w.lex), k(fNextWordNet, w.wordNet))
	}
	return f
}

// priorKeys appends the keys of the features of the two previous tags
// alone, and the bias.
func priorKeys(f []uint64, p1, p2 int) []uint64 {
	t1, t2 := tagHash(p1), tagHash(p2)
	k := perceptron.Key1
	return append(f, k(fBias, 0), k(fPrevTag, t1), k(fPrev2Tag, t2), perceptron.Key2(fPrevTags, t1, t2))
}

// staticKeys appends the keys for word i that neither the type cache nor
// the prior covers and that do not depend on the tags before it: those of
// word pairs and of the line.
func (x *extractor) staticKeys(f []uint64, i int) []uint64 {
	w, prev, next := x.at(i), x.at(i-1), x.at(i+1)
	k2 := perceptron.Key2
	f = append(f,
		k2(fPrevWordWord, prev.norm, w.norm),
		k2(fWordNextWord, w.norm, next.norm),
		k2(fAmbNextAmb, w.amb, next.amb),
	)
	if i == 0 {
		f = append(f, perceptron.Key1(fFirstShape, w.shape))
	}
	if x.caps {
		f = append(f, perceptron.Key1(fCapsLine, 0))
	}
	return f
}

// tagKeys returns the keys of the features of the previous tag p1 with
// word i and the next. The slice is reused by the next call.
func (x *extractor) tagKeys(i, p1 int) []uint64 {
	w, next := x.at(i), x.at(i+1)
	t1 := tagHash(p1)
	k2 := perceptron.Key2
	x.feats = append(x.feats[:0],
		k2(fPrevTagWord, t1, w.norm),
		k2(fPrevTagNextWord, t1, next.norm),
		k2(fPrevTagAmb, t1, w.amb),
	)
	return x.feats
}

// extractor computes features for one sentence at a time. It is not safe
// for concurrent use; each call of Tag makes its own.
type extractor struct {
	dict  map[uint64]dictEntry
	lex   *lexicon // the word lexicon; nil: none
	words []word
	buf   []byte
	caps  bool
	feats []uint64
	// lemmaBuf is the lemmatiser's scratch space.
	lemmaBuf []byte
	// first holds the first pass's tags of a sentence (twopass.go).
	first []int
	// margins and sel are the second pass's scratch space: the first
	// pass's margins, and the words the second pass scores again.
	margins []int32
	sel     []bool
	// nTrain, when training with extra sentences, is the number of
	// sentences of the main data; those after it are extra.
	nTrain int
	// types is the word-type cache of a tagger's extractor; nil when
	// training (see types.go).
	types *typeCache
}

// IsCapsLine reports whether words look like an all-caps headline or
// dateline: at least two words of two or more letters, and no lower-case
// letter anywhere.
func IsCapsLine(words []string) bool {
	long := 0
	for _, w := range words {
		letters := 0
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 2 {
			long++
		}
	}
	return long >= 2
}

// prepare hashes the words of a sentence.
func (x *extractor) prepare(words []string) {
	x.caps = IsCapsLine(words)
	x.words = x.words[:0]
	if x.types != nil {
		x.types.reset()
		for _, w := range words {
			x.words = append(x.words, x.types.word(x, w))
		}
		return
	}
	for _, w := range words {
		x.words = append(x.words, x.hashWord(w))
	}
}

// hashWord computes the values of w: its normalised form (lower case,
// digits as 0), exact form, shape, suffixes and prefixes.
func (x *extractor) hashWord(w string) word {
	b := perceptron.AppendNormal(x.buf[:0], w)
	x.buf = b
	v := word{norm: perceptron.Bytes(b), form: perceptron.String(w), vec: -1, typ: -1}
	if e, ok := x.dict[v.norm]; ok {
		v.amb, v.vec = e.amb, e.vec
	}
	for k := range v.suf {
		if len(b) > k+1 {
			v.suf[k] = perceptron.Bytes(b[len(b)-k-1:])
		} else {
			v.suf[k] = v.norm
		}
	}
	for k := range v.pre {
		if len(b) > k+1 {
			v.pre[k] = perceptron.Bytes(b[:k+1])
		} else {
			v.pre[k] = v.norm
		}
	}
	if x.caps {
		v.shape = capsShape
	} else {
		v.shape = perceptron.ShapeKey(w)
	}
	// A word in capitals ("PESHAWAR", a caps line's words) is looked up
	// in lower case and with a capital first letter; WordNet, which
	// writes every lemma in lower case, names too ("beijing"), would make
	// it a noun, so it is not asked.
	caps := x.caps || isUpperWord(w)
	v.lex, v.lexFirst = x.lex.tags(w, caps)
	v.lexOther = x.lex.otherCase(w)
	if !caps {
		v.wordNet = x.lex.wordNet(w)
	}
	return v
}

func (x *extractor) at(i int) *word {
	switch {
	case i < 0:
		if x.types != nil {
			return &x.types.start
		}
		return &padStart
	case i >= len(x.words):
		if x.types != nil {
			return &x.types.end
		}
		return &padEnd
	}
	return &x.words[i]
}

// tagHash returns the value for a previous tag; -1 is the sentence start.
func tagHash(t int) uint64 { return uint64(t + 2) }

// features returns the feature keys for word i given the two previous
// tags (-1 before the sentence start). With cached set, the keys of words
// in roles the role cache covers are left out (see addCached). The slice
// is reused by the next call.
func (x *extractor) features(i, p1, p2 int, cached bool) []uint64 {
	w, prev, prev2, next, next2 := x.at(i), x.at(i-1), x.at(i-2), x.at(i+1), x.at(i+2)
	t1, t2 := tagHash(p1), tagHash(p2)
	k := perceptron.Key1
	f := append(x.feats[:0],
		k(fBias, 0),
		k(fPrevTag, t1),
		k(fPrev2Tag, t2),
		perceptron.Key2(fPrevTags, t1, t2),
		perceptron.Key2(fPrevTagWord, t1, w.norm),
		perceptron.Key2(fPrevWordWord, prev.norm, w.norm),
		perceptron.Key2(fWordNextWord, w.norm, next.norm),
		perceptron.Key2(fPrevTagNextWord, t1, next.norm),
		perceptron.Key2(fAmbNextAmb, w.amb, next.amb),
		perceptron.Key2(fPrevTagAmb, t1, w.amb),
	)
	f = typeKeys(f, w, roleSelf)
	f = typeKeys(f, prev, rolePrev)
	f = typeKeys(f, next, roleNext)
	for r, v := range [nRoles]*word{w, prev, next, prev2, next2} {
		if !cached || v.vec < 0 {
			f = roleKeys(f, v, r)
		}
	}
	if i == 0 {
		f = append(f, k(fFirstShape, w.shape))
	}
	if x.caps {
		f = append(f, k(fCapsLine, 0))
	}
	x.feats = f
	return f
}

// isUpperWord reports whether w has two or more letters, all capitals.
func isUpperWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
