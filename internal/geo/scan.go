package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of the text as the place scanner sees it.
type word struct {
	start, end int
	cap        bool // starts with an upper-case letter
	upper      bool // every letter upper case
	initial    bool // first word of a sentence, line or quotation
	title      bool // on a line written in title case (a headline)
}

// scanWords splits t into words: runs of letters and digits, with
// apostrophes inside a name ("Sana'a") but not a possessive "'s", and
// dotted initials ("U.S.", "D.I.") as one word.
func scanWords(t string) []word {
	ws := make([]word, 0, len(t)/6+1)
	initial := true
	for i := 0; i < len(t); {
		if t[i] == ' ' {
			i++ // the commonest gap, in short
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if (r == '\'' || r == '’') && i > 0 && i+size < len(t) && (t[i+size] == 's' || t[i+size] == 'S') &&
			!isLetterAt(t, i+size+1) && isLetterBefore(t, i) {
			i += size + 1 // a possessive 's is no word
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			switch r {
			case '.', '!', '?', ':', ';', '\n', '"', '“', '(', '[', '—':
				initial = true
			}
			i += size
			continue
		}
		start := i
		for i < len(t) {
			if asciiAlnum(t[i]) {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(t[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				i += size
				continue
			}
			if r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʿ' || r == 'ʼ' {
				next, n := utf8.DecodeRuneInString(t[i+size:])
				if !unicode.IsLetter(next) {
					break
				}
				// a possessive 's ends the word
				if (next == 's' || next == 'S') && !isLetterAt(t, i+size+n) {
					break
				}
				i += size
				continue
			}
			// dotted initials: "U.S.", "D.I."
			if r == '.' && isInitials(t[start:i]) {
				if i+1 < len(t) && 'A' <= t[i+1] && t[i+1] <= 'Z' && (i+2 == len(t) || t[i+2] == '.') {
					i++
					continue
				}
				if strings.Contains(t[start:i], ".") {
					i++
				}
			}
			break
		}
		w := word{start: start, end: i, initial: initial}
		first, _ := utf8.DecodeRuneInString(t[start:])
		w.cap = unicode.IsUpper(first)
		w.upper = w.cap && isUpper(t[start:i])
		ws = append(ws, w)
		initial = false
	}
	markTitleLines(t, ws)
	return ws
}

// isInitials reports whether s looks like "U.S" or "D.I": letters joined
// by periods, each a single upper-case letter.
func isInitials(s string) bool {
	for _, part := range strings.Split(s, ".") {
		if len(part) != 1 || part[0] < 'A' || part[0] > 'Z' {
			return false
		}
	}
	return true
}

func isLetterBefore(t string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return unicode.IsLetter(r)
}

func isLetterAt(t string, i int) bool {
	if i >= len(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLetter(r)
}

// markTitleLines flags the words of lines in title case, where a
// capital letter says nothing about a name.
func markTitleLines(t string, ws []word) {
	for i := 0; i < len(ws); {
		j := i
		for j < len(ws) && (j == i || !strings.Contains(t[ws[j-1].end:ws[j].start], "\n")) {
			j++
		}
		long, caps := 0, 0
		for _, w := range ws[i:j] {
			if w.end-w.start > 3 {
				long++
				if w.cap {
					caps++
				}
			}
		}
		if long >= 3 && caps*10 >= long*7 {
			for k := i; k < j; k++ {
				ws[k].title = true
			}
		}
		i = j
	}
}

// joinable reports whether the gap between two words may lie inside one
// place name: one space or one hyphen, or a space and an ayn mark.
func joinable(gap string) bool {
	switch gap {
	case " ", "-", "- ", " - ", "‐", " '", " ‘", " ’", " `", " ʿ":
		return true // " '" before a transliterated ayn: "Tall 'Afar"
	}
	return false
}

// connectors may stand in lower case inside a place name ("Mazar-i-Sharif",
// "Dera Ghazi Khan", "Bosnia and Herzegovina").
var connectors = map[string]bool{
	"i": true, "e": true, "ye": true, "va": true, "al": true, "el": true, "ul": true, "ud": true, "ad": true, "as": true, "ash": true,
	"az": true, "ar": true, "an": true, "at": true, "ath": true, "adh": true, "ibn": true, "bin": true,
	"of": true, "and": true, "de": true, "du": true, "da": true, "do": true, "la": true, "le": true, "les": true,
	"del": true, "der": true, "di": true, "y": true, "on": true, "upon": true, "ez": true, "es": true, "ed": true,
}

// isUpper reports whether strings.ToUpper(s) == s, without building the
// upper-case copy: every rune is its own upper case and no byte is
// invalid UTF-8 (which ToUpper would replace).
func isUpper(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return false
			}
			continue
		}
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// asciiAlnum reports whether c is an ASCII letter or digit.
func asciiAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
