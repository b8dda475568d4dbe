package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tagger scans the text with its own fine tokenizer rather than the
// segmenter's tokens: dates need digits split from letters ("22nd",
// "10am", "1990s") and punctuation kept apart ("2024-11-19", "a.m."),
// whatever the segmenter decides for other stages. Offsets are bytes into
// the document text, so the spans line up with every other stage.

// tok is one token of the tagger's own tokenization.
type tok struct {
	start, end int
	low        string // lower-cased text
	w          *word  // lexicon entry, noWord if none
	digits     bool   // all ASCII digits
	num        int    // value when digits (capped)
	letter     bool   // starts with a letter
	cap        bool   // starts with an upper-case letter
	gap        bool   // whitespace (or text start) before it
	brk        bool   // a sentence or paragraph break before it
}

// tokenize splits text into runs of letters, runs of digits and single
// other characters.
func tokenize(text string, toks []tok) []tok {
	toks = toks[:0]
	gap, brk := true, true
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r':
				gap = true
				i++
				continue
			case c == '\n':
				if i+1 < len(text) && (text[i+1] == '\n' || text[i+1] == '\r') {
					brk = true
				}
				gap = true
				i++
				continue
			case c >= '0' && c <= '9':
				j, n := i, 0
				for j < len(text) && text[j] >= '0' && text[j] <= '9' {
					if n < 1e8 {
						n = n*10 + int(text[j]-'0')
					}
					j++
				}
				toks = append(toks, tok{start: i, end: j, low: text[i:j], w: noWord, digits: true, num: n, gap: gap, brk: brk})
				gap, brk = false, false
				i = j
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				j, upper := i, false
				for j < len(text) {
					d := text[j]
					if d >= 'a' && d <= 'z' {
						j++
					} else if d >= 'A' && d <= 'Z' {
						upper = true
						j++
					} else if d >= utf8.RuneSelf {
						r, size := utf8.DecodeRuneInString(text[j:])
						if !unicode.IsLetter(r) {
							break
						}
						upper = true // let ToLower sort it out
						j += size
					} else {
						break
					}
				}
				low := text[i:j]
				if upper {
					low = strings.ToLower(low)
				}
				toks = append(toks, tok{start: i, end: j, low: low, w: lookup(low), letter: true,
					cap: c >= 'A' && c <= 'Z', gap: gap, brk: brk})
				gap, brk = false, false
				i = j
				continue
			}
			toks = append(toks, tok{start: i, end: i + 1, low: text[i : i+1], w: noWord, gap: gap, brk: brk})
			gap, brk = false, false
			if (c == '.' || c == '!' || c == '?' || c == ';') && endsSentence(text, i, toks) {
				brk = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			gap = true
			i += size
			continue
		}
		if unicode.IsLetter(r) {
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && !(r2 < utf8.RuneSelf && (r2 >= 'a' && r2 <= 'z' || r2 >= 'A' && r2 <= 'Z')) {
					break
				}
				j += s2
			}
			low := strings.ToLower(text[i:j])
			toks = append(toks, tok{start: i, end: j, low: low, w: lookup(low), letter: true,
				cap: unicode.IsUpper(r), gap: gap, brk: brk})
			gap, brk = false, false
			i = j
			continue
		}
		// Curly quotes and dashes: keep the common ones comparable to ASCII.
		low := text[i : i+size]
		switch r {
		case '’', '‘':
			low = "'"
		case '–', '—':
			low = "-"
		}
		toks = append(toks, tok{start: i, end: i + size, low: low, w: noWord, gap: gap, brk: brk})
		gap, brk = false, false
		i += size
	}
	return toks
}

// endsSentence reports whether the punctuation at text[i] (the last token
// of toks) ends a sentence: it must be followed by a space, a quote or the
// end of the text, and a period must not close an abbreviation ("Nov.",
// "U.S.", "Mr.").
func endsSentence(text string, i int, toks []tok) bool {
	if i+1 < len(text) {
		switch text[i+1] {
		case ' ', '\n', '\t', '\r', '"', '\'', ')':
		default:
			return false
		}
	}
	if text[i] != '.' || len(toks) < 2 {
		return true
	}
	p := toks[len(toks)-2]
	if p.end != i || !p.letter {
		return true
	}
	return !(len(p.low) == 1 || p.w.abbr || abbrevs[p.low])
}

// abbrevs are words written with a period that does not end a sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "col": true, "lt": true,
	"sgt": true, "gov": true, "sen": true, "rep": true, "inc": true, "corp": true, "co": true, "ltd": true,
	"no": true, "vs": true, "jr": true, "sr": true, "prof": true, "capt": true, "maj": true, "adm": true,
	"mt": true, "ft": true, "cmdr": true, "messrs": true, "gens": true, "brig": true, "pres": true,
}

// lookup returns the lexicon entry of a lower-cased word, or noWord.
func lookup(low string) *word {
	if w := lexicon[low]; w != nil {
		return w
	}
	return noWord
}
