package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one token of a window of text: a word (letters, digits and the
// apostrophes, hyphens and dots inside them) or one punctuation character.
type word struct {
	start, end int
	text       string
	low        string // text in lower case, curly apostrophes made straight
}

// isWord reports whether w starts with a letter or digit.
func (w word) isWord() bool {
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// capitalised reports whether w starts with an upper-case letter.
func (w word) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsUpper(r)
}

// lower returns w's text in lower case with a curly apostrophe made straight.
func (w word) lower() string { return w.low }

// lowerText returns s in lower case with curly apostrophes made straight.
func lowerText(s string) string {
	if !isASCII(s) && strings.Contains(s, "’") {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return strings.ToLower(s)
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

// words splits t[from:to] into words with byte offsets into t.
func words(t string, from, to int) []word {
	ws := make([]word, 0, (to-from)/5+1)
	// In ASCII text lower-casing keeps every byte in place: lower the
	// window once and slice each word's lower case out of it.
	var low string
	if isASCII(t[from:to]) {
		low = strings.ToLower(t[from:to])
	}
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(t[i:to])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			i += size
			for i < to {
				r, size = utf8.DecodeRuneInString(t[i:to])
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					i += size
					continue
				}
				// Keep inner apostrophes, hyphens and dots (don't, R-Ky,
				// U.S) when a letter or digit follows.
				if r == '\'' || r == '’' || r == '-' || r == '.' {
					n, _ := utf8.DecodeRuneInString(t[i+size : to])
					if i+size < to && (unicode.IsLetter(n) || unicode.IsDigit(n)) {
						i += size
						continue
					}
				}
				break
			}
			// An abbreviation keeps its final dot: Mr. Sen. U.S. J.
			if i < to && t[i] == '.' && isAbbrev(t[start:i]) {
				i++
			}
		} else {
			i += size
		}
		w := word{start: start, end: i, text: t[start:i]}
		if low != "" {
			w.low = low[start-from : i-from]
		} else {
			w.low = lowerText(w.text)
		}
		ws = append(ws, w)
	}
	return ws
}

// abbrevs are words written with a final dot that does not end a sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "maj": true, "capt": true, "cmdr": true,
	"sgt": true, "adm": true, "st": true, "jr": true, "sr": true, "rev": true, "hon": true,
	"amb": true, "pres": true, "supt": true, "insp": true, "brig": true, "messrs": true,
	"no": true, "vs": true, "u.s": true, "u.n": true, "u.k": true, "e.g": true, "i.e": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true,
}

// isAbbrev reports whether s (a word without its final dot) is written
// with a dot that does not end a sentence: a known abbreviation or a
// single capital initial.
func isAbbrev(s string) bool {
	if abbrevs[strings.ToLower(s)] {
		return true
	}
	r, size := utf8.DecodeRuneInString(s)
	if size == len(s) && unicode.IsUpper(r) {
		return true
	}
	// Initialisms: U.S, S.E.C, D.C
	for i, part := range strings.Split(s, ".") {
		if len(part) != 1 || i > 5 {
			return false
		}
	}
	return strings.Contains(s, ".")
}

// paragraphs returns the byte spans of t's paragraphs. A newline ends a
// paragraph when a blank line follows or the next line is indented. In
// text that is not hard-wrapped, it also ends one when the line before
// ends a sentence or is a headline (short, ending in a capitalised word).
func paragraphs(t string) [][2]int {
	wrapped := hardWrapped(t)
	var ps [][2]int
	start := 0
	lineStart := 0
	for i := 0; i < len(t); i++ {
		if t[i] != '\n' {
			continue
		}
		if paraBreak(t, lineStart, i, wrapped) {
			ps = appendPara(ps, t, start, i)
			start = i + 1
		}
		lineStart = i + 1
	}
	return appendPara(ps, t, start, len(t))
}

// hardWrapped reports whether t is wrapped at a fixed width: at least a
// quarter of its lines (and three) run 50 to 90 bytes and end inside a
// sentence.
func hardWrapped(t string) bool {
	lines, mid := 0, 0
	for _, l := range strings.Split(t, "\n") {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if l == "" {
			continue
		}
		lines++
		r, _ := utf8.DecodeLastRuneInString(l)
		if len(l) >= 50 && len(l) <= 90 && (unicode.IsLower(r) || r == ',') {
			mid++
		}
	}
	return mid >= 3 && mid*4 >= lines
}

// paraBreak reports whether the newline at t[nl], which ends the line
// starting at lineStart, ends a paragraph.
func paraBreak(t string, lineStart, nl int, wrapped bool) bool {
	j := nl + 1
	if j < len(t) && (t[j] == ' ' || t[j] == '\t') {
		return true // indented or blank next line
	}
	for j < len(t) && t[j] == '\r' {
		j++
	}
	if j >= len(t) || t[j] == '\n' {
		return true
	}
	if wrapped {
		return false
	}
	line := strings.TrimRightFunc(t[lineStart:nl], unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(line)
	switch r {
	case '.', '!', '?', ':', '"', '”', '’', ')', '\'':
		return true
	}
	// A short line that ends in a capitalised word or a number is a
	// headline; a wrapped line mostly ends in a lower-case word.
	if len(line) < 60 {
		k := strings.LastIndexFunc(line, unicode.IsSpace) + 1
		f, _ := utf8.DecodeRuneInString(line[k:])
		return unicode.IsUpper(f) || unicode.IsDigit(f)
	}
	return false
}

// appendPara appends the trimmed span [start,end) of t unless it is blank.
func appendPara(ps [][2]int, t string, start, end int) [][2]int {
	for start < end {
		r, size := utf8.DecodeRuneInString(t[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(t[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if start < end {
		ps = append(ps, [2]int{start, end})
	}
	return ps
}

// sentenceEnd reports whether the character at t[i] (one of . ! ?) ends
// a sentence: it must be followed by space and then an upper-case letter,
// a digit or an opening mark, or by the end of the text, and must not end
// an abbreviation.
func sentenceEnd(t string, i int) bool {
	c := t[i]
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	if c == '.' {
		// Word before the dot.
		j := i
		for j > 0 {
			r, size := utf8.DecodeLastRuneInString(t[:j])
			if !unicode.IsLetter(r) && r != '.' {
				break
			}
			j -= size
		}
		if j < i && isAbbrev(t[j:i]) {
			return false
		}
	}
	k := i + 1
	// Closing marks and brackets may follow the terminator.
	for k < len(t) {
		r, size := utf8.DecodeRuneInString(t[k:])
		if r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' {
			k += size
			continue
		}
		break
	}
	if k >= len(t) {
		return true
	}
	r, size := utf8.DecodeRuneInString(t[k:])
	if !unicode.IsSpace(r) {
		return false
	}
	k += size
	for k < len(t) {
		r, size = utf8.DecodeRuneInString(t[k:])
		if !unicode.IsSpace(r) {
			break
		}
		k += size
	}
	if k >= len(t) {
		return true
	}
	r, _ = utf8.DecodeRuneInString(t[k:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '‘' || r == '(' || r == '\''
}
