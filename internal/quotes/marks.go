package quotes

// Finding quoted text is harder than pairing marks: straight marks do not
// say whether they open or close, the single mark is also the apostrophe,
// news style repeats the opening mark at each new paragraph of a long
// quote without closing the one before, and typists leave marks unclosed
// or turned the wrong way. The scanner below reads one paragraph at a
// time, decides each mark from the characters around it, tracks nesting
// only as deep as it needs to find the outermost close, and hands back the
// outermost quoted spans. Marks nested inside a quote are left in its text.

import (
	"unicode"
	"unicode/utf8"
)

// segment is one outermost quoted span.
type segment struct {
	open  int // byte offset of the opening mark
	close int // byte offset just past the closing mark, or the paragraph end when unclosed
	// start and end locate the content: inside the marks, trimmed of
	// space and of a final comma.
	start, end int
	single     bool // quoted with single marks
	para, last int  // indexes of the first and last paragraph
	unclosed   bool // the last paragraph ended with the quote still open
}

// markKind says what a quotation mark character can be.
const (
	curlyOpen = iota + 1
	curlyClose
	straightDouble
	singleOpen
	singleClose
	straightSingle
)

// markOf returns the kind of quotation mark r is, or 0.
func markOf(r rune) int {
	switch r {
	case '“', '«':
		return curlyOpen
	case '”', '»':
		return curlyClose
	case '"':
		return straightDouble
	case '‘':
		return singleOpen
	case '’':
		return singleClose
	case '\'':
		return straightSingle
	}
	return 0
}

// markAt returns the kind and size of the quotation mark at t[i] (before
// hi), or 0. Two apostrophes in a row, or two backquotes, are the
// double mark of some wire and newspaper archives.
func markAt(t string, i, hi int) (int, int) {
	if i+1 < hi && (t[i] == '\'' && t[i+1] == '\'' || t[i] == '`' && t[i+1] == '`') {
		return straightDouble, 2
	}
	r, size := utf8.DecodeRuneInString(t[i:hi])
	return markOf(r), size
}

// around returns the runes before and after the rune of size size at t[i],
// with 0 for the edges of [lo,hi).
func around(t string, i, size, lo, hi int) (prev, next rune) {
	if i > lo {
		prev, _ = utf8.DecodeLastRuneInString(t[lo:i])
	}
	if i+size < hi {
		next, _ = utf8.DecodeRuneInString(t[i+size : hi])
	}
	return prev, next
}

// opensBefore reports whether r may stand right before an opening mark:
// the edge, a space, an opening bracket or a dash.
func opensBefore(r rune) bool {
	return r == 0 || unicode.IsSpace(r) || r == '(' || r == '[' || r == '{' || r == '—' || r == '–' || r == '-' || r == '/' || r == ':'
}

// closesAfter reports whether r may stand right after a closing mark.
func closesAfter(r rune) bool {
	return r == 0 || unicode.IsSpace(r) || (unicode.IsPunct(r) && markOf(r) == 0) || r == '”' || r == '’'
}

// findSegments returns the outermost quoted spans of t in text order,
// given its paragraphs.
func findSegments(t string, paras [][2]int) []segment {
	var segs []segment
	for pi := 0; pi < len(paras); pi++ {
		lo, hi := paras[pi][0], paras[pi][1]
		for i := lo; i < hi; {
			k, size := markAt(t, i, hi)
			if k == 0 {
				i += size
				continue
			}
			prev, next := around(t, i, size, lo, hi)
			switch {
			case (k == curlyOpen && !unicode.IsSpace(next) && next != 0) ||
				(k == curlyClose && prev == 0 && (unicode.IsLetter(next) || unicode.IsDigit(next))) ||
				(k == straightDouble && opensBefore(prev) && next != 0 && !unicode.IsSpace(next)):
				s, npi, end := scanDouble(t, paras, pi, i, size, k != straightDouble)
				if s.end > s.start {
					segs = append(segs, s)
				}
				pi, lo, hi, i = npi, paras[npi][0], paras[npi][1], end
				continue
			case (k == singleOpen || k == straightSingle) && opensBefore(prev) && singleOpens(t, i+size, hi):
				if s, ok := scanSingle(t, i, size, lo, hi, pi); ok {
					if s.end > s.start {
						segs = append(segs, s)
					}
					i = s.close
					continue
				}
			}
			i += size
		}
	}
	return segs
}

// singleOpens reports whether the text from j reads like the start of a
// single-quoted span rather than an elision ('em, '90s).
func singleOpens(t string, j, hi int) bool {
	if j >= hi {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[j:hi])
	if unicode.IsDigit(r) {
		// '90s, '16
		k := j
		for k < hi && t[k] >= '0' && t[k] <= '9' {
			k++
		}
		if k-j == 2 {
			return false
		}
	}
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && markOf(r) != curlyOpen && r != '"' {
		return false
	}
	switch w := lowerWordAt(t, j, hi); w {
	case "em", "cause", "til", "n", "tis", "twas":
		return false
	}
	return true
}

// lowerWordAt returns the lower-cased letters starting at t[j].
func lowerWordAt(t string, j, hi int) string {
	k := j
	for k < hi {
		r, size := utf8.DecodeRuneInString(t[k:hi])
		if !unicode.IsLetter(r) {
			break
		}
		k += size
	}
	b := []rune{}
	for _, r := range t[j:k] {
		b = append(b, unicode.ToLower(r))
	}
	return string(b)
}

// scanDouble reads a double-quoted span whose opening mark (of size size)
// is at t[open] in paragraph pi. It returns the segment, the paragraph
// where scanning stopped and the offset to resume at.
func scanDouble(t string, paras [][2]int, pi, open, size int, curly bool) (segment, int, int) {
	s := segment{open: open, para: pi}
	start := open + size
	lo, hi := paras[pi][0], paras[pi][1]
	depth := 0 // nested marks of the other style (or curly inside curly)
	inner := false
	for i := start; ; {
		if i >= hi {
			// Paragraph ended inside the quote. A long quote goes on when
			// the next paragraph opens with a mark again.
			if pi+1 < len(paras) {
				n := paras[pi+1][0]
				k, rs := markAt(t, n, paras[pi+1][1])
				// The next paragraph must open with the same style of mark:
				// a block of paragraphs that each open with a straight mark
				// and hold curly quotes inside is not one long quote.
				if (k == curlyOpen) == curly && (k == curlyOpen || k == straightDouble) {
					pi++
					lo, hi = paras[pi][0], paras[pi][1]
					i = n + rs
					depth, inner = 0, false
					continue
				}
			}
			s.close, s.unclosed = hi, true
			s.start, s.end = trimContent(t, start, hi)
			s.last = pi
			return s, pi, hi
		}
		k, rs := markAt(t, i, hi)
		if k == 0 || k == singleOpen || k == singleClose || k == straightSingle {
			i += rs
			continue
		}
		prev, next := around(t, i, rs, lo, hi)
		closed := false
		switch {
		case curly && k == curlyClose:
			if depth > 0 {
				depth--
			} else {
				closed = true
			}
		case curly && k == curlyOpen:
			if next == 0 || unicode.IsSpace(next) || unicode.IsPunct(next) && markOf(next) == 0 && next != '.' {
				// A closing mark typed the wrong way round.
				closed = depth == 0
				if depth > 0 {
					depth--
				}
			} else {
				depth++
			}
		case curly && k == straightDouble:
			if inner {
				inner = false
			} else if opensBefore(prev) && next != 0 && !unicode.IsSpace(next) {
				inner = true
			} else if depth == 0 {
				closed = true
			}
		case !curly && k == curlyOpen:
			depth++
		case !curly && k == curlyClose:
			if depth > 0 {
				depth--
			} else if closesAfter(next) {
				closed = true // "mixed marks”
			}
		case !curly && k == straightDouble:
			closed = true
		}
		if closed {
			s.start, s.end = trimContent(t, start, i)
			s.close = i + rs
			s.last = pi
			return s, pi, i + rs
		}
		i += rs
	}
}

// scanSingle reads a single-quoted span opening at t[open] within the
// paragraph [lo,hi). It reports false when no closing mark follows in the
// paragraph.
func scanSingle(t string, open, size, lo, hi, pi int) (segment, bool) {
	// A single-quoted span longer than this is an apostrophe mistaken
	// for a mark; the bound also keeps the scan linear.
	const maxSingle = 1000
	hi = min(hi, open+maxSingle)
	for i := open + size; i < hi; {
		r, rs := utf8.DecodeRuneInString(t[i:hi])
		if k := markOf(r); k == singleClose || k == straightSingle {
			prev, next := around(t, i, rs, lo, hi)
			if !unicode.IsSpace(prev) && closesAfter(next) && !(unicode.IsLetter(next) || unicode.IsDigit(next)) {
				s := segment{open: open, close: i + rs, single: true, para: pi, last: pi}
				s.start, s.end = trimContent(t, open+size, i)
				return s, true
			}
		}
		i += rs
	}
	return segment{}, false
}

// trimContent trims space and a final comma from [start,end) of t.
func trimContent(t string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(t[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(t[start:end])
		if !unicode.IsSpace(r) && r != ',' {
			break
		}
		end -= size
	}
	return start, end
}
