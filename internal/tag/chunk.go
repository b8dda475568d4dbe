package tag

import (
	"strings"

	"sitrep/internal/doc"
)

// Chunk labels written in doc.Token.Dep by the chunker.
const (
	ChunkNP = "NP" // noun phrase: "the interim government", "Pakistan", "she"
	ChunkVP = "VP" // verb group: "had risen", "would travel", "urged"
	ChunkPP = "PP" // preposition; its Head is the head of the noun phrase after it
)

// participle reports whether w has the ending of a participle: -ed,
// -ing or -en.
func participle(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "en"))
}

// chunk groups the tokens of one sentence into base noun phrases, verb
// groups and prepositions from their UPOS tags, and records the result in
// the tokens: Dep is the chunk label, Head is the index (into the
// analysis's tokens, base + position) of the chunk's head, and -1 on the
// head itself and on tokens outside any chunk (whose Dep is "").
//
// A base noun phrase is a run of determiners, numbers, adjectives, nouns,
// proper nouns, possessive pronouns and possessive 's ending in a noun,
// proper noun, pronoun or number; its head is its last such word. A verb
// group is a run of auxiliaries, negations, adverbs and "to" with at most
// one verb, headed by the verb ("had risen" → "risen"), or by the last
// auxiliary when there is none ("is" in "the border is open"). A reader
// of who did what can take the NP before a VP as its subject and the NP
// after it as its object.
func chunk(toks []doc.Token, base int) {
	for i := range toks {
		toks[i].Head, toks[i].Dep = -1, ""
	}
	pos := func(i int) doc.Str {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].POS
	}
	for i := 0; i < len(toks); {
		switch p := pos(i); {
		case isNominal(p) || p == "DET" || p == "ADJ" || p == "NUM" || p == "PRON":
			j, head := i, -1
			for j < len(toks) {
				q := pos(j)
				switch {
				case q == "NOUN" || q == "PROPN" || q == "NUM":
					head = j
				case q == "PRON":
					if head >= 0 || j > i {
						goto doneNP // "fire that lasted": a new clause
					}
					head = j
					if j+1 < len(toks) && (isNominal(pos(j+1)) || pos(j+1) == "ADJ") {
						// A possessive: "our concerns".
						j++
						continue
					}
					j++
					goto doneNP
				case q == "DET" || q == "ADJ":
					if head >= 0 && q == "DET" {
						goto doneNP // "Tuesday the army": a new phrase
					}
				case q == "PART" && (toks[j].Text == "'s" || toks[j].Text == "'" || toks[j].Text == "’s"):
					if head < 0 {
						goto doneNP
					}
				case q == "PUNCT" && toks[j].Text == "-" && head >= 0 && j+1 < len(toks) && isNominal(pos(j+1)):
				case q == "VERB" && head < 0 && j > i && participle(toks[j].Text) && (isNominal(pos(j+1)) || pos(j+1) == "ADJ"):
					// A participle before the head is a modifier, as EWT
					// tags it a VERB: "an improvised explosive device".
				default:
					goto doneNP
				}
				j++
			}
		doneNP:
			if head < 0 || j <= i {
				i++
				continue
			}
			// Words after the head ("'s" with nothing after) stay outside.
			end := j
			for end > head+1 && !isNominal(pos(end-1)) {
				end--
			}
			mark(toks, i, end, head, base, ChunkNP)
			i = end
		case p == "AUX" || p == "VERB" || (p == "PART" && (toks[i].Text == "to" || isNegation(toks[i].Text))) || p == "ADV" && (pos(i+1) == "VERB" || pos(i+1) == "AUX"):
			j, head, verbs := i, -1, 0
			for j < len(toks) {
				q := pos(j)
				if q == "VERB" {
					if verbs == 1 {
						break
					}
					verbs++
					head = j
				} else if q == "AUX" {
					if verbs == 1 {
						break
					}
					head = j
				} else if !(q == "ADV" || q == "PART" && (toks[j].Text == "to" || isNegation(toks[j].Text))) {
					break
				}
				j++
			}
			for j > i && j-1 > head {
				j-- // trailing adverbs stay outside
			}
			if head < 0 {
				i++
				continue
			}
			mark(toks, i, j, head, base, ChunkVP)
			i = j
		case p == "ADP":
			toks[i].Dep = ChunkPP
			i++
		default:
			i++
		}
	}
	// A preposition's head is the head of the noun phrase right after it.
	for i := range toks {
		if toks[i].Dep != ChunkPP {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Dep == ChunkNP {
			h := toks[i+1].Head
			if h < 0 {
				h = base + i + 1
			}
			toks[i].Head = h
		}
	}
}

// mark labels tokens [i, j) as one chunk headed by head.
func mark(toks []doc.Token, i, j, head, base int, label string) {
	for k := i; k < j; k++ {
		toks[k].Dep = label
		if k == head {
			toks[k].Head = -1
		} else {
			toks[k].Head = base + head
		}
	}
}

func isNominal(p doc.Str) bool { return p == "NOUN" || p == "PROPN" || p == "NUM" }

func isNegation(w string) bool { return w == "not" || w == "n't" || w == "never" }
