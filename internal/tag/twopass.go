package tag

import "sitrep/internal/perceptron"

// A second pass: a greedy tagger sees the tags of the words before a word
// but not those after it. When the model file holds a second model, the
// tagger tags each sentence twice, and the second model sees, with the
// first pass's features, the first pass's tags of the word and of the next
// two words.
// Training gives the second model first-pass tags of sentences the
// first-pass model did not see (jackknifing), as it will meet them.

// endTag is the hash of the tag beyond the end of a sentence.
const endTag = 0

// nextTags returns the hashes of the first pass's tags of the two words
// after i.
func nextTags(i int, first []int) (n1, n2 uint64) {
	n1, n2 = endTag, endTag
	if i+1 < len(first) {
		n1 = tagHash(first[i+1])
	}
	if i+2 < len(first) {
		n2 = tagHash(first[i+2])
	}
	return n1, n2
}

// rightKeys appends the keys of the second pass's features of word i:
// the first pass's tag of the word, and its tags of the next two words
// (first), alone, together, with the previous tag p1 and with the word.
func (x *extractor) rightKeys(f []uint64, i, p1 int, first []int) []uint64 {
	return x.rightTagKeys(x.rightStaticKeys(f, i, first), i, p1, first)
}

// rightStaticKeys appends the keys of rightKeys that do not depend on the
// previous tag.
func (x *extractor) rightStaticKeys(f []uint64, i int, first []int) []uint64 {
	n1, n2 := nextTags(i, first)
	k, k2 := perceptron.Key1, perceptron.Key2
	return append(f,
		k(fFirstTag, tagHash(first[i])),
		k(fNextTag, n1),
		k(fNext2Tag, n2),
		k2(fNextTags, n1, n2),
		k2(fNextTagWord, n1, x.at(i).norm),
	)
}

// rightTagKeys appends the key of rightKeys that depends on the previous
// tag p1.
func (x *extractor) rightTagKeys(f []uint64, i, p1 int, first []int) []uint64 {
	n1, _ := nextTags(i, first)
	return append(f, perceptron.Key2(fPrevTagNextTag, tagHash(p1), n1))
}

// tagWith tags the prepared sentence of x with m, looking up every
// feature, given first-pass tags (first; nil for a first pass).
func tagWith(m *perceptron.Model, x *extractor, first []int, tags []int) []int {
	scores := make([]int32, len(m.Classes()))
	p1, p2 := -1, -1
	for i := range x.words {
		f := x.features(i, p1, p2, false)
		if first != nil {
			f = x.rightKeys(f, i, p1, first)
			x.feats = f
		}
		m.Score(f, scores)
		c := perceptron.Best(scores, nil)
		tags = append(tags, c)
		p1, p2 = c, p1
	}
	return tags
}
