package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/dict"
)

// word is one word of the text as the actor stage sees it. The stage scans
// the text itself rather than reading a.Tokens so that acronyms ("U.S."),
// possessives ("Pakistan's") and hyphenated names ("al-Qaeda") come out
// the same way in the text and in the dictionary phrases.
type word struct {
	start, end int    // its bytes in the text
	key        string // dict.Key of the word's text
	upper      bool   // first letter is upper case
	caps       bool   // two or more letters, all upper case ("US", "U.S.", "ISPR")
	poss       bool   // followed by 's or ’s (not part of the word)
	hyNext     bool   // joined to the next word by a hyphen
	hyPrev     bool   // joined to the previous word by a hyphen
	// flags says which word lists hold key (fNotName …); set by
	// newState for the document's words only, from lexicon.vocab.
	flags wordFlag
	sent  int // sentence index
	// punct is the punctuation between this word and the next one
	// (",", ".", ":" …; quotes and brackets count), or "".
	punct string
}

// wordFlag marks a word as being in one of the word lists, so that the
// per-word questions of the passes cost no map look-up each.
type wordFlag uint16

const (
	fNotName      wordFlag = 1 << iota // notNames
	fGroupNoun                         // groupNouns
	fBodyNoun                          // bodyNouns
	fParticle                          // particles
	fPlaceOrOrg                        // placeOrOrgWords
	fAgentVerb                         // agentVerbs
	fAbbreviation                      // abbreviations
	fConnector                         // connectors
	fTitleWord                         // titleWords
	fDeterminer                        // determiners
)

// wordLists are the lists behind the flags.
var wordLists = []struct {
	flag wordFlag
	list map[string]bool
}{
	{fNotName, notNames}, {fGroupNoun, groupNouns}, {fBodyNoun, bodyNouns}, {fParticle, particles},
	{fPlaceOrOrg, placeOrOrgWords}, {fAgentVerb, agentVerbs}, {fAbbreviation, abbreviations},
	{fConnector, connectors}, {fTitleWord, titleWords}, {fDeterminer, determiners},
}

// is reports whether w is in one of the lists flagged in f.
func (w word) is(f wordFlag) bool { return w.flags&f != 0 }

// scan splits t into words with sentence and paragraph indexes.
func scan(t string) []word { return scanInto(nil, t) }

// scanInto is scan appending to buf[:0], which it may reuse.
func scanInto(buf []word, t string) []word {
	ws := buf[:0]
	if n := len(t)/5 + 1; cap(ws) < n {
		ws = make([]word, 0, n)
	}
	// In ASCII text, the key of a word of letters and digits is that word
	// in lower case: lower the text once and slice the keys from it.
	var low string
	if isASCII(t) {
		low = lowerASCII(t)
	}
	sent := 0
	i := 0
	for i < len(t) {
		r, size := decodeRune(t, i)
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		// An acronym with periods: U.S., U.N., D.C., J.D.
		if j := acronymEnd(t, i); j > i {
			i = j
		} else {
			for i < len(t) {
				if c := t[i]; c < utf8.RuneSelf && asciiWord[c] {
					i++ // (the common case, without the general path)
					continue
				}
				r, size = decodeRune(t, i)
				if isWordRune(r) {
					i += size
					continue
				}
				if (r == '\'' || r == '’') && i+size < len(t) {
					r2, s2 := utf8.DecodeRuneInString(t[i+size:])
					if r2 == 's' || r2 == 'S' {
						after := i + size + s2
						if after >= len(t) || !isWordRune(runeAt(t, after)) {
							break // possessive
						}
					}
					if isWordRune(r2) && r2 != 0 {
						i += size
						continue
					}
				}
				break
			}
		}
		text := t[start:i]
		w := word{start: start, end: i, sent: sent}
		if low != "" && alnumASCII(text) {
			w.key = low[start:i] // what dict.Key gives for such a word
		} else {
			w.key = dict.Key(text)
		}
		first, _ := utf8.DecodeRuneInString(text)
		w.upper = unicode.IsUpper(first)
		w.caps = isCaps(text)
		if i < len(t) && (t[i] == '\'' || strings.HasPrefix(t[i:], "’")) {
			w.poss = true
		}
		if n := len(ws); n > 0 && ws[n-1].hyNext {
			w.hyPrev = true
		}
		// What lies between this word and the next.
		j := i
		if w.poss {
			j = skipPossessive(t, j)
		}
		gapStart := j
		for j < len(t) {
			if c := t[j]; c < utf8.RuneSelf && !asciiWord[c] {
				j++
				continue
			}
			r, size := decodeRune(t, j)
			if isWordRune(r) {
				break
			}
			j += size
		}
		gap := t[gapStart:j]
		if gap == "-" || gap == "‐" {
			w.hyNext = true
		}
		w.punct = dropSpace(gap)
		if w.hyNext {
			w.punct = ""
		}
		ws = append(ws, w)
		nl := strings.IndexByte(gap, '\n') >= 0
		if endsSentence(w, text, gap, t[j:]) || nl {
			sent++
		}
		i = j
	}
	return ws
}

// dropSpace returns s without white space.
func dropSpace(s string) string {
	if s == " " {
		return "" // (most gaps)
	}
	s = strings.TrimSpace(s)
	if !strings.ContainsFunc(s, unicode.IsSpace) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if !unicode.IsSpace(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func runeAt(t string, i int) rune {
	r, _ := utf8.DecodeRuneInString(t[i:])
	return r
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiWord marks the ASCII letters and digits: isWordRune's answer for
// ASCII, without the unicode tables.
var asciiWord = [utf8.RuneSelf]bool{
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true, 'I': true, 'J': true,
	'K': true, 'L': true, 'M': true, 'N': true, 'O': true, 'P': true, 'Q': true, 'R': true, 'S': true, 'T': true,
	'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true, 'j': true,
	'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true, 's': true, 't': true,
	'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true,
}

// decodeRune is utf8.DecodeRuneInString(t[i:]) with a fast path for ASCII.
func decodeRune(t string, i int) (rune, int) {
	if c := t[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(t[i:])
}

// lowerASCII is strings.ToLower for an ASCII text: one allocation, and
// the runs between capitals copied whole.
func lowerASCII(t string) string {
	var b strings.Builder
	b.Grow(len(t))
	from := 0
	for k := 0; k < len(t); k++ {
		if c := t[k]; 'A' <= c && c <= 'Z' {
			b.WriteString(t[from:k])
			b.WriteByte(c + 'a' - 'A')
			from = k + 1
		}
	}
	b.WriteString(t[from:])
	return b.String()
}

// acronymEnd returns the end of an acronym with periods starting at i
// ("U.S." → i+4), or i when there is none.
func acronymEnd(t string, i int) int {
	if t[i] < utf8.RuneSelf && (i+1 >= len(t) || t[i+1] != '.') {
		return i // not even one letter and a period: the common case
	}
	j, n := i, 0
	for j < len(t) {
		r, size := utf8.DecodeRuneInString(t[j:])
		if !unicode.IsLetter(r) || j+size >= len(t) || t[j+size] != '.' {
			break
		}
		j += size + 1
		n++
	}
	if n >= 2 {
		return j
	}
	return i
}

func skipPossessive(t string, j int) int {
	if strings.HasPrefix(t[j:], "’") {
		j += len("’")
	} else {
		j++
	}
	if j < len(t) && (t[j] == 's' || t[j] == 'S') {
		j++
	}
	return j
}

func isCaps(s string) bool {
	n := 0
	for k := 0; k < len(s); k++ {
		switch c := s[k]; {
		case c >= utf8.RuneSelf:
			return isCapsRunes(s)
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			n++
		}
	}
	return n >= 2
}

// isCapsRunes is isCaps for any text.
func isCapsRunes(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// abbreviations end in a period without ending the sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true, "maj": true,
	"capt": true, "brig": true, "sgt": true, "st": true, "no": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "jr": true, "sr": true, "adm": true, "cmdr": true, "insp": true, "supt": true, "vs": true,
	"mt": true, "ft": true, "messrs": true, "rev": true, "hon": true, "jan": true, "feb": true, "aug": true,
	"sept": true, "sep": true, "oct": true, "nov": true, "dec": true,
}

// endsSentence reports whether the gap after w (whose text is text), and
// what follows it, end a sentence.
func endsSentence(w word, text, gap, rest string) bool {
	i := 0
	for i < len(gap) && gap[i] != '.' && gap[i] != '!' && gap[i] != '?' {
		i++ // (the gap is short: faster than strings.IndexAny)
	}
	if i == len(gap) {
		return false
	}
	if gap[i] == '.' && i == 0 {
		initial := utf8.RuneCountInString(text) == 1 && w.upper
		if abbreviations[w.key] || initial {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsAny(gap[i:], "\"”’'")
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// alnumASCII reports whether s is one or more ASCII letters and digits.
func alnumASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return s != ""
}
