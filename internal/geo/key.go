package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key is the lookup form of a place name: lower case, Latin diacritics
// folded, periods and apostrophes dropped, runs of spaces, hyphens and
// dashes collapsed to one space, a leading "the " removed, and common
// transliteration variants evened out (see spelling). "Mazār-e Sharīf",
// "MAZAR-I-SHARIF" and "Mazar Sharif" share one key.
func Key(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '.' || r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʼ' || r == 'ʿ' || r == 'ʾ' || r == 'ʻ':
			continue
		case unicode.IsSpace(r) || r == '-' || r == '‐' || r == '–' || r == '—' || r == '_':
			space = sb.Len() > 0
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		if r < 0x80 {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			sb.WriteByte(byte(r))
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := fold[r]; ok {
			sb.WriteString(f)
			continue
		}
		sb.WriteRune(r)
	}
	return spelling(strings.TrimPrefix(sb.String(), "the "))
}

// spelling evens out the transliteration choices that vary most between
// writers of Persian, Pashto and Arabic names: the izafe ("Mazar-i-Sharif",
// "Mazār-e Sharīf"), a final h after a ("Qal‘ah", "Qala"; "Baqubah",
// "Baquba"), doubled vowels ("Panjwaee", "Kaboul") and doubled letters
// ("Nassiriya", "Abbottabad"). Both the index and the text go through it,
// so it only has to be consistent.
func spelling(k string) string {
	if oneASCIIWord(k) {
		return spellWord(k) // the common case, without splitting
	}
	return spellFields(k)
}

// spellFields is spelling for any k, word by word.
func spellFields(k string) string {
	f := strings.Fields(k)
	out := f[:0]
	for i, w := range f {
		if (w == "e" || w == "i" || w == "ye") && i > 0 && i < len(f)-1 {
			continue
		}
		out = append(out, spellWord(w))
	}
	return strings.Join(out, " ")
}

// spellWord applies spelling's rules for a single word.
func spellWord(w string) string {
	if len(w) >= 4 && strings.HasSuffix(w, "ah") {
		w = w[:len(w)-1]
	}
	if strings.Contains(w, "ee") || strings.Contains(w, "oo") || strings.Contains(w, "ou") {
		w = vowels.Replace(w)
	}
	return undouble(w)
}

// oneASCIIWord reports whether k is non-empty, all ASCII and free of
// white space: one field for strings.Fields.
func oneASCIIWord(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		switch c := k[i]; {
		case c >= utf8.RuneSelf, c == ' ', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		}
	}
	return true
}

// undouble collapses doubled ASCII letters: "nassiriya" → "nasiriya".
func undouble(w string) string {
	double := false
	for i := 1; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] >= 'a' && w[i] <= 'z' {
			double = true
			break
		}
	}
	if !double {
		return w
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] && w[i] >= 'a' && w[i] <= 'z' {
			continue
		}
		b = append(b, w[i])
	}
	return string(b)
}

var vowels = strings.NewReplacer("ee", "i", "oo", "u", "ou", "u")

// ASCII returns name with Latin diacritics folded and the letters of
// transliteration marks turned into an apostrophe, keeping case:
// "Tall ‘Afar" → "Tall 'Afar", "Lashkar Gāh" → "Lashkar Gah". Letters it
// cannot fold are kept.
func ASCII(name string) string {
	ascii := true
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return name
	}
	var sb strings.Builder
	for _, r := range name {
		switch r {
		case '’', '‘', 'ʼ', 'ʿ', 'ʾ', 'ʻ', '`':
			sb.WriteByte('\'')
			continue
		}
		lower := unicode.ToLower(r)
		f, ok := fold[lower]
		switch {
		case !ok:
			sb.WriteRune(r)
		case lower != r:
			sb.WriteString(strings.ToUpper(f[:1]) + f[1:])
		default:
			sb.WriteString(f)
		}
	}
	return sb.String()
}

// fold maps Latin letters with diacritics, as GeoNames writes
// transliterated Arabic, Persian, Turkish and European names, to ASCII.
var fold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a", 'ạ': "a", 'ả': "a", 'ấ': "a", 'ầ': "a", 'ậ': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'ĉ': "c", 'ċ': "c",
	'ď': "d", 'đ': "d", 'ḍ': "d", 'ḑ': "d", 'ḏ': "d", 'ð': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e", 'ĕ': "e", 'ẹ': "e", 'ế': "e", 'ề': "e", 'ệ': "e", 'ə': "a",
	'ğ': "g", 'ġ': "g", 'ǧ': "g", 'ĝ': "g", 'ģ': "g",
	'ḥ': "h", 'ḩ': "h", 'ħ': "h", 'ĥ': "h", 'ḫ': "h", 'ẖ': "h",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ı': "i", 'ĭ': "i", 'į': "i", 'ị': "i", 'ǐ': "i",
	'ĵ': "j", 'ķ': "k", 'ḳ': "k", 'ĺ': "l", 'ļ': "l", 'ľ': "l", 'ł': "l", 'ḷ': "l",
	'ñ': "n", 'ń': "n", 'ň': "n", 'ņ': "n", 'ṇ': "n", 'ṅ': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'ŏ': "o", 'ọ': "o", 'ồ': "o", 'ố': "o", 'ơ': "o", 'ǒ': "o",
	'ř': "r", 'ŕ': "r", 'ṛ': "r",
	'ś': "s", 'š': "s", 'ș': "s", 'ş': "s", 'ṣ': "s", 'ŝ': "s", 'ß': "ss",
	'ť': "t", 'ț': "t", 'ţ': "t", 'ṭ': "t", 'ṯ': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u", 'ŭ': "u", 'ų': "u", 'ụ': "u", 'ư': "u", 'ǔ': "u",
	'ý': "y", 'ÿ': "y", 'ŷ': "y", 'ỳ': "y",
	'ž': "z", 'ź': "z", 'ż': "z", 'ẓ': "z", 'ẕ': "z",
	'æ': "ae", 'œ': "oe", 'þ': "th",
}
