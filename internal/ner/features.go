package ner

import (
	"unicode"
	"unicode/utf8"

	"sitrep/internal/perceptron"
)

// Feature templates. The numbers are part of the model file format:
// renumbering them needs a retrained model.
const (
	fBias = iota
	fWord
	fForm
	fShape
	fSuf2
	fSuf3
	fSuf4
	fPre2
	fPre3
	fPOS
	fPrevPOS
	fNextPOS
	fPrevWord
	fNextWord
	fPrev2Word
	fNext2Word
	fPrevShape
	fNextShape
	fShapes3
	fPrevTag
	fPrevTags
	fPrevTagWord
	fPrevTagShape
	fPrevTagPOS
	fPrevWordWord
	fWordNextWord
	fFirstShape
	fCapsLine
	fCapsWord
	fAmb
	fPrevAmb
	fNextAmb
	fPOSs3
	fPrevForm
	fNextForm
	fLen
	fDocType
	fDocTypeShape
	fGaz
	fGazShape
	fPrevGaz
	fNextGaz
	fTitleLine
	fTitleWord
	fFirstName
	fPrevFirstName
	fNextFirstName
)

// word holds the hashed values of one token, computed once per sentence.
type word struct {
	norm, form, shape, pos uint64
	first                  uint64 // 1: a common first name (names.go)
	amb                    uint64 // entity labels the form had in training
	suf                    [3]uint64
	pre                    [2]uint64
	length                 uint64
	gaz                    uint64 // gazNone, gazBegin or gazInside
	vec                    int32  // role cache entry, or -1
	typ                    int32  // type cache entry (types.go), or -1
}

var (
	padStart = word{norm: perceptron.String("-START-"), form: perceptron.String("-START-"), shape: perceptron.String("-START-"), pos: perceptron.String("-START-"), amb: 1 << 63, vec: -1, typ: -1}
	padEnd   = word{norm: perceptron.String("-END-"), form: perceptron.String("-END-"), shape: perceptron.String("-END-"), pos: perceptron.String("-END-"), amb: 1 << 62, vec: -1, typ: -1}
)

var capsShape = perceptron.String("-CAPS-")

// titleShape replaces every shape on a title-case line ("Great Service
// And Prices"), where a capital says little more than on a caps line.
var titleShape = perceptron.String("-TITLE-")

// dictEntry is what the recogniser knows of a frequent normalised form.
type dictEntry struct {
	amb uint64
	vec int32
}

// Roles of a word around the one being labelled; see roleKeys.
const (
	roleSelf = iota
	rolePrev
	roleNext
	rolePrev2
	roleNext2
	nRoles
)

// roleKeys appends the feature keys of w in role r that depend on its
// normalised form alone: for frequent words their sums are cached at load
// time, as in package tag.
func roleKeys(f []uint64, w *word, r int) []uint64 {
	k := perceptron.Key1
	switch r {
	case roleSelf:
		return append(f,
			k(fWord, w.norm),
			k(fSuf2, w.suf[0]),
			k(fSuf3, w.suf[1]),
			k(fSuf4, w.suf[2]),
			k(fPre2, w.pre[0]),
			k(fPre3, w.pre[1]),
			k(fAmb, w.amb),
			k(fLen, w.length),
		)
	case rolePrev:
		return append(f, k(fPrevWord, w.norm), k(fPrevAmb, w.amb))
	case roleNext:
		return append(f, k(fNextWord, w.norm), k(fNextAmb, w.amb))
	case rolePrev2:
		return append(f, k(fPrev2Word, w.norm))
	case roleNext2:
		return append(f, k(fNext2Word, w.norm))
	}
	return f
}

// typeKeys appends the keys of w in role r that depend on the word (and
// its line) alone but are not in roleKeys: its exact form and shape, and
// on a caps or title line the word itself.
func typeKeys(f []uint64, w *word, r int, caps, title bool) []uint64 {
	k := perceptron.Key1
	switch r {
	case roleSelf:
		f = append(f, k(fForm, w.form), k(fShape, w.shape), k(fFirstName, w.first))
		if caps {
			f = append(f, k(fCapsWord, w.norm))
		}
		if title {
			f = append(f, k(fTitleWord, w.norm))
		}
	case rolePrev:
		f = append(f, k(fPrevShape, w.shape), k(fPrevForm, w.form), k(fPrevFirstName, w.first))
	case roleNext:
		f = append(f, k(fNextShape, w.shape), k(fNextForm, w.form), k(fNextFirstName, w.first))
	}
	return f
}

// priorKeys appends the keys of the bias and the features of the
// previous labels alone.
func priorKeys(f []uint64, p1, p2 int) []uint64 {
	t1, t2 := labelHash(p1), labelHash(p2)
	return append(f, perceptron.Key1(fBias, 0), perceptron.Key1(fPrevTag, t1), perceptron.Key2(fPrevTags, t1, t2))
}

// staticKeys appends the keys for word i that neither the type cache nor
// the prior covers and that do not depend on the labels before it: UPOS
// tags, word pairs and triples, the line, the gazetteer and the
// document's memory.
func (x *extractor) staticKeys(f []uint64, i int) []uint64 {
	w, prev, next := x.at(i), x.at(i-1), x.at(i+1)
	k, k2 := perceptron.Key1, perceptron.Key2
	f = append(f,
		k(fPOS, w.pos),
		k(fPrevPOS, prev.pos),
		k(fNextPOS, next.pos),
		k2(fShapes3, k2(0, prev.shape, w.shape), next.shape),
		k2(fPOSs3, k2(0, prev.pos, w.pos), next.pos),
		k2(fPrevWordWord, prev.norm, w.norm),
		k2(fWordNextWord, w.norm, next.norm),
	)
	if i == 0 {
		f = append(f, k(fFirstShape, w.shape))
	}
	if x.caps {
		f = append(f, k(fCapsLine, 0))
	}
	if x.title {
		f = append(f, k(fTitleLine, 0))
	}
	if w.gaz != gazNone || prev.gaz != gazNone || next.gaz != gazNone {
		f = append(f, k(fGaz, w.gaz), k2(fGazShape, w.gaz, w.shape), k(fPrevGaz, prev.gaz), k(fNextGaz, next.gaz))
	}
	if t, ok := x.memory[w.norm]; ok {
		f = append(f, k(fDocType, t), k2(fDocTypeShape, t, w.shape))
	}
	return f
}

// labelKeys returns the keys of the features of the previous label p1
// with word i. The slice is reused by the next call.
func (x *extractor) labelKeys(i, p1 int) []uint64 {
	w := x.at(i)
	t1 := labelHash(p1)
	k2 := perceptron.Key2
	x.feats = append(x.feats[:0],
		k2(fPrevTagWord, t1, w.norm),
		k2(fPrevTagShape, t1, w.shape),
		k2(fPrevTagPOS, t1, w.pos),
	)
	return x.feats
}

// extractor computes features for one sentence at a time; not safe for
// concurrent use.
type extractor struct {
	dict map[uint64]dictEntry
	gaz  *gazetteer
	// memory holds, for the current document, the entity type bit (see
	// typeBit) last given to each normalised form: a name labelled once
	// helps label its later mentions ("Lebed , Chechens sign …").
	memory map[uint64]uint64
	words  []word
	buf    []byte
	caps   bool
	title  bool // a title-case line (isTitleLine)
	feats  []uint64
	// types is the word-type cache of a recogniser's extractor; nil when
	// training (see types.go).
	types *typeCache
}

// isCapsLine reports whether a sentence is written in capitals: at least
// two words of two or more letters and no lower-case letter.
func isCapsLine(words []string) bool {
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

// isTitleLine reports whether a sentence is written in title case, as
// review headings and some headlines are: at least two capitalised words
// with lower-case letters, no word of four or more letters starting in
// lower case, and not a caps line.
func isTitleLine(words []string) bool {
	capital := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case !unicode.IsLetter(r):
		case unicode.IsUpper(r):
			if hasLower(w) {
				capital++
			}
		case utf8.RuneCountInString(w) >= 4:
			return false
		}
	}
	return capital >= 2
}

func hasLower(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// prepare hashes the words and UPOS tags of a sentence.
func (x *extractor) prepare(words, pos []string) {
	x.caps = isCapsLine(words)
	x.title = !x.caps && isTitleLine(words)
	x.words = x.words[:0]
	if x.types != nil {
		x.types.reset()
	}
	for i, w := range words {
		var v word
		if x.types != nil {
			v = x.types.word(x, w)
		} else {
			v = x.hashWord(w)
		}
		if i < len(pos) {
			v.pos = perceptron.String(pos[i])
		}
		x.words = append(x.words, v)
	}
	x.gaz.mark(x, words)
}

func (x *extractor) hashWord(w string) word {
	b := perceptron.AppendNormal(x.buf[:0], w)
	x.buf = b
	v := word{norm: perceptron.Bytes(b), form: perceptron.String(w), vec: -1, typ: -1}
	if e, ok := x.dict[v.norm]; ok {
		v.amb, v.vec = e.amb, e.vec
	}
	for k := range v.suf {
		if len(b) > k+2 {
			v.suf[k] = perceptron.Bytes(b[len(b)-k-2:])
		} else {
			v.suf[k] = v.norm
		}
	}
	for k := range v.pre {
		if len(b) > k+2 {
			v.pre[k] = perceptron.Bytes(b[:k+2])
		} else {
			v.pre[k] = v.norm
		}
	}
	v.length = uint64(min(utf8.RuneCount(b), 8))
	if isFirstName(w) {
		v.first = 1
	}
	if x.caps {
		v.shape = capsShape
	} else if x.title {
		v.shape = titleShape
	} else {
		v.shape = perceptron.ShapeKey(w)
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

func labelHash(t int) uint64 { return uint64(t + 2) }

// features returns the keys for word i given the two previous labels (-1
// before the start). With cached set, role features of words in the role
// cache are left out (see addCached).
func (x *extractor) features(i, p1, p2 int, cached bool) []uint64 {
	w, prev, prev2, next, next2 := x.at(i), x.at(i-1), x.at(i-2), x.at(i+1), x.at(i+2)
	t1, t2 := labelHash(p1), labelHash(p2)
	k, k2 := perceptron.Key1, perceptron.Key2
	f := append(x.feats[:0],
		k(fBias, 0),
		k(fForm, w.form),
		k(fShape, w.shape),
		k(fPOS, w.pos),
		k(fPrevPOS, prev.pos),
		k(fNextPOS, next.pos),
		k(fPrevShape, prev.shape),
		k(fNextShape, next.shape),
		k(fPrevForm, prev.form),
		k(fNextForm, next.form),
		k2(fShapes3, k2(0, prev.shape, w.shape), next.shape),
		k2(fPOSs3, k2(0, prev.pos, w.pos), next.pos),
		k(fPrevTag, t1),
		k2(fPrevTags, t1, t2),
		k2(fPrevTagWord, t1, w.norm),
		k2(fPrevTagShape, t1, w.shape),
		k2(fPrevTagPOS, t1, w.pos),
		k2(fPrevWordWord, prev.norm, w.norm),
		k2(fWordNextWord, w.norm, next.norm),
		k(fFirstName, w.first),
		k(fPrevFirstName, prev.first),
		k(fNextFirstName, next.first),
	)
	for r, v := range [nRoles]*word{w, prev, next, prev2, next2} {
		if !cached || v.vec < 0 {
			f = roleKeys(f, v, r)
		}
	}
	if i == 0 {
		f = append(f, k(fFirstShape, w.shape))
	}
	if x.caps {
		f = append(f, k(fCapsLine, 0), k(fCapsWord, w.norm))
	}
	if x.title {
		f = append(f, k(fTitleLine, 0), k(fTitleWord, w.norm))
	}
	if w.gaz != gazNone || prev.gaz != gazNone || next.gaz != gazNone {
		f = append(f, k(fGaz, w.gaz), k2(fGazShape, w.gaz, w.shape), k(fPrevGaz, prev.gaz), k(fNextGaz, next.gaz))
	}
	if t, ok := x.memory[w.norm]; ok {
		f = append(f, k(fDocType, t), k2(fDocTypeShape, t, w.shape))
	}
	x.feats = f
	return f
}

// remember records the types the labels of the current sentence gave its
// words, for the rest of the document.
func (x *extractor) remember(labels []int, types []string) {
	if x.memory == nil {
		x.memory = map[uint64]uint64{}
	}
	for i, c := range labels {
		if t := types[c]; t != "" {
			x.memory[x.words[i].norm] = uint64(typeBit("B-" + t))
		}
	}
}

// forget starts a new document.
func (x *extractor) forget() { clear(x.memory) }
