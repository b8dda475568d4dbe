package quotes

import (
	"strings"

	"sitrep/internal/doc"
)

// maxDatelineTail is the most bytes allowed between the end of the
// dateline's place and the separator that closes the dateline
// (", Nov 3", " (Reuters)", ", March 12 (AP)").
const maxDatelineTail = 48

// bodyStart returns the byte offset of a's text where the body starts
// after the document's dateline: past the place (Document.Dateline), the
// date and agency that follow it on the same line, the closing colon or
// dash and the spaces after it ("Kabul, Nov 3: " or "LONDON (Reuters) - ").
// A sentence of a.Sentences that starts the dateline and ends in its
// separator also bounds it. It returns 0 when there is no dateline or
// its span is not one of the text.
func bodyStart(a *doc.Analysis) int {
	t := a.Document.Text
	dl := a.Document.Dateline
	if dl == nil || dl.Start < 0 || dl.End > len(t) || dl.Start >= dl.End {
		return 0
	}
	lineEnd := len(t)
	if i := strings.IndexByte(t[dl.End:], '\n'); i >= 0 {
		lineEnd = dl.End + i
	}
	end := dl.End
	if e := separatorEnd(t[dl.End:min(lineEnd, dl.End+maxDatelineTail)]); e > 0 {
		end = dl.End + e
	}
	for _, s := range a.Sentences {
		if s.Start <= dl.Start && s.End > end && s.End <= lineEnd && s.End <= len(t) &&
			separatorEnd(t[dl.End:s.End]) == s.End-dl.End {
			end = s.End
		}
	}
	for end < lineEnd && (t[end] == ' ' || t[end] == '\t') {
		end++
	}
	return end
}

// separatorEnd returns the offset just past the colon or dash that closes
// a dateline tail s (", Nov 3:" gives 8), or 0 when s does not start with
// a short tail of date or agency words closed by one. A dash must stand
// between spaces or at the end of s; a colon must be followed by a space
// or end s.
func separatorEnd(s string) int {
	words := 0
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ':':
			if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t' {
				return i + 1
			}
			return 0
		case c == '-' || c == '_' || strings.HasPrefix(s[i:], "–") || strings.HasPrefix(s[i:], "—"):
			n := 1
			switch {
			case c == '-' && strings.HasPrefix(s[i:], "--"):
				n = 2
			case c != '-' && c != '_':
				n = len("—")
			}
			before := i == 0 || s[i-1] == ' '
			after := i+n == len(s) || s[i+n] == ' ' || s[i+n] == '\t'
			if before && after {
				return i + n
			}
			return 0
		case c == ' ' || c == '\t':
			inWord = false
		case c == ',' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\'':
			inWord = false
		case c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			if !inWord {
				words++
				if words > 6 {
					return 0
				}
			}
			inWord = true
		default:
			return 0
		}
	}
	return 0
}
