package dict

import (
	"strings"
	"unicode"
)

// Key is the lookup form of a name: lower case, Latin diacritics folded,
// periods dropped ("U.S." → "us"), curly apostrophes straightened, runs of
// spaces and hyphens collapsed to one space, a leading "the " removed.
func Key(s string) string {
	if k, ok := asciiKey(s); ok {
		return k
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '’' || r == '‘' || r == '`':
			r = '\''
		case unicode.IsSpace(r) || r == '-' || r == '‐' || r == '–':
			space = sb.Len() > 0
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		r = unicode.ToLower(r)
		if f, ok := fold[r]; ok {
			sb.WriteString(f)
			continue
		}
		sb.WriteRune(r)
	}
	k := sb.String()
	k = strings.TrimPrefix(k, "the ")
	return k
}

// fold maps the Latin letters with diacritics met in place and people
// names to plain ASCII.
var fold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ı': "i",
	'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o",
	'ř': "r", 'ś': "s", 'š': "s", 'ș': "s", 'ş': "s", 'ß': "ss", 'ť': "t", 'ț': "t", 'ţ': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u",
	'ý': "y", 'ÿ': "y", 'ž': "z", 'ź': "z", 'ż': "z", 'æ': "ae", 'œ': "oe",
}

// asciiKey is Key for a plain ASCII word (no spaces, periods, hyphens or
// apostrophes to rewrite), the common case, without allocating when the
// word is already lower case.
func asciiKey(s string) (string, bool) {
	lower := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			lower = false
		default:
			return "", false
		}
	}
	if lower {
		return s, true
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b), true
}
