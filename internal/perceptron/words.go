package perceptron

import (
	"unicode"
	"unicode/utf8"
)

// Word features shared by the models built on this package (the tagger
// and the entity recogniser). Changing either function changes every
// feature key and so invalidates the committed models: retrain them.

// AppendNormal appends the normalised form of w to b: lower case, with
// every digit written 0 ("Nov-2024" → "nov-0000").
func AppendNormal(b []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				c = '0'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if unicode.IsDigit(r) {
			b = append(b, '0')
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
		i += n
	}
	return b
}

// ShapeKey returns the hashed word shape of w: X for upper-case letters,
// x for lower-case, d for digits, ASCII punctuation as itself, * for
// anything else, runs longer than two cut to two, at most 16 symbols
// ("Waziristan" → "Xxx", "F-16" → "X-dd").
func ShapeKey(w string) uint64 {
	var s [16]byte
	n := 0
	var last byte
	run := 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
			last = c
		}
		if n == len(s) {
			break
		}
		s[n] = c
		n++
	}
	return Bytes(s[:n])
}
