package text

// The tokenizer follows the conventions of the Universal Dependencies
// English Web Treebank, because the tagger and recogniser downstream are
// trained on its tokens: clitics split ("do" "n't", "Khan" "'s"),
// hyphenated compounds split ("15" "-" "year") except after prefixes that
// stay attached ("e-mail", "non-violent"), punctuation runs kept whole
// ("...", "?!", "--"), and abbreviations, initials, numbers, URLs, e-mail
// addresses, times and dates kept as one token.
//
// It works in three steps per whitespace-separated chunk: peel opening
// punctuation off the front, peel closing punctuation off the back, then
// split the middle at dashes, ellipses and brackets. A chunk of ASCII
// letters and digits, by far the most common, skips all of that.

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// Tokenize splits t into tokens with byte offsets, ordered and
// non-overlapping, each Head set to -1. It never splits a UTF-8 sequence
// and accepts invalid UTF-8 (bad bytes become part of tokens). Unlike
// Segment it keeps the period of an abbreviation that ends a sentence
// attached ("Inc."), because only the sentence splitter knows where
// sentences end.
func Tokenize(t string) []doc.Token {
	z := tokenizer{t: t, toks: make([]doc.Token, 0, len(t)/4+16)}
	z.run()
	return z.toks
}

// tokenizer holds the text and the tokens found so far.
type tokenizer struct {
	t    string
	toks []doc.Token
	// sp, when set, splits sentences a few tokens behind the tokenizer.
	sp *splitter
}

// emit appends the token t[s:e]. It fills the fields of a fresh slot one
// by one: assigning a whole doc.Token would copy it with a bulk write
// barrier while the collector runs, which costs more than the tokenizing.
// Slots past len(z.toks) are always zero: the slice only ever grows.
func (z *tokenizer) emit(s, e int) {
	n := len(z.toks)
	if n == cap(z.toks) {
		z.toks = slices.Grow(z.toks, n/2+16)
	}
	z.toks = z.toks[:n+1]
	tk := &z.toks[n]
	tk.Start, tk.End, tk.Text, tk.Head = s, e, z.t[s:e], -1
}

// run splits the whole text into whitespace-separated chunks.
func (z *tokenizer) run() {
	t := z.t
	i := 0
	for i < len(t) {
		c := t[i]
		if c < utf8.RuneSelf {
			if c <= ' ' || c == 0x7f {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(t[i:]); isSpaceRune(r) {
			i += size
			continue
		}
		start := i
		plain := true
		for i < len(t) {
			c := t[i]
			if c < utf8.RuneSelf {
				if c <= ' ' || c == 0x7f {
					break
				}
				if !isAlnum(c) {
					plain = false
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(t[i:])
			if isSpaceRune(r) {
				break
			}
			plain = false
			i += size
		}
		if plain {
			k := splitWord(t[start:i])
			if k == 0 && isDigit(t[start]) {
				k = clockSplit(t[start:i])
			}
			if k > 0 {
				z.emit(start, start+k)
				z.emit(start+k, i)
			} else {
				z.emit(start, i)
			}
		} else {
			z.chunk(start, i)
		}
		if z.sp != nil && len(z.toks)-z.sp.i >= 4*lookahead {
			z.sp.toks = z.toks
			z.sp.advance(lookahead)
			z.toks = z.sp.toks
		}
	}
}

// isSpaceRune reports whether r separates tokens: Unicode white space,
// and the invisible zero-width space and byte-order mark.
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// chunk splits one whitespace-free chunk t[s:e] that is not plain
// letters and digits.
func (z *tokenizer) chunk(s, e int) {
	if emoticon(z.t[s:e]) {
		z.emit(s, e)
		return
	}
	lo, hi := s, e
	for lo < hi {
		n := z.prefix(lo, hi)
		if n == 0 {
			break
		}
		z.emit(lo, lo+n)
		lo += n
	}
	if lo == hi {
		return
	}
	// Closing punctuation, collected right to left as cut positions.
	var cuts [16]int
	nc := 0
	for hi > lo && nc < len(cuts) {
		n := z.suffix(lo, hi)
		if n == 0 || n >= hi-lo {
			break
		}
		hi -= n
		cuts[nc] = hi
		nc++
	}
	z.core(lo, hi)
	// Emit the suffixes left to right: cuts[nc-1] < … < cuts[0] < e.
	for k := nc - 1; k >= 0; k-- {
		next := e
		if k > 0 {
			next = cuts[k-1]
		}
		z.emit(cuts[k], next)
	}
}

// byteRun returns the end of the run of byte c starting at i, before hi.
func (z *tokenizer) byteRun(i, hi int, c byte) int {
	for i < hi && z.t[i] == c {
		i++
	}
	return i
}

// termRun returns the end of the run of '.', '!' and '?' starting at i.
func (z *tokenizer) termRun(i, hi int) int {
	for i < hi {
		switch z.t[i] {
		case '.', '!', '?':
			i++
			continue
		}
		break
	}
	return i
}

// runeRun returns the end of the run of rune r (of size bytes) at i.
func (z *tokenizer) runeRun(i, hi int, r rune, size int) int {
	for i+size <= hi {
		q, n := utf8.DecodeRuneInString(z.t[i:hi])
		if q != r || n != size {
			break
		}
		i += n
	}
	return i
}

// prefix returns the length of the opening-punctuation token at t[lo:hi],
// or 0 when t[lo:] starts a word.
func (z *tokenizer) prefix(lo, hi int) int {
	t := z.t
	c := t[lo]
	if c < utf8.RuneSelf {
		if isAlnum(c) {
			return 0
		}
		switch c {
		case '\'':
			if z.apostropheWord(lo+1, hi) {
				return 0
			}
			return z.byteRun(lo, hi, c) - lo
		case '$':
			return z.byteRun(lo, hi, c) - lo
		case '#', '@':
			if lo+1 < hi && isLetter(t[lo+1]) {
				return 0 // #hashtag, @handle
			}
			return z.byteRun(lo, hi, c) - lo
		case '.':
			if lo+1 < hi && isDigit(t[lo+1]) {
				return 0 // .5
			}
			return z.termRun(lo, hi) - lo
		case '!', '?':
			return z.termRun(lo, hi) - lo
		case '-', '=':
			i := lo
			for i < hi && (t[i] == '-' || t[i] == '=') {
				i++
			}
			return i - lo
		case '_':
			if lo+1 < hi && isAlnum(t[lo+1]) {
				return 0
			}
			return z.byteRun(lo, hi, c) - lo
		}
		return z.byteRun(lo, hi, c) - lo
	}
	r, size := utf8.DecodeRuneInString(t[lo:hi])
	switch r {
	case '‘', '’':
		if z.apostropheWord(lo+size, hi) {
			return 0
		}
		return z.runeRun(lo, hi, r, size) - lo
	case '—', '–', '―', '‒', '…':
		return z.runeRun(lo, hi, r, size) - lo
	}
	if r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		return 0
	}
	if unicode.IsPunct(r) || unicode.IsSymbol(r) {
		return size
	}
	return 0
}

// apostropheWord reports whether the text at i, just after an apostrophe,
// makes the apostrophe part of a word rather than an opening quote:
// a clitic ('s, 'll), an elision ('em, 'til) or a year ('90s).
func (z *tokenizer) apostropheWord(i, hi int) bool {
	t := z.t
	if i >= hi {
		return false
	}
	if isDigit(t[i]) {
		return true
	}
	j := i
	for j < hi && isLetter(t[j]) && j-i < 6 {
		j++
	}
	if j < hi && isAlnum(t[j]) {
		return false
	}
	var b [6]byte
	for k := i; k < j; k++ {
		b[k-i] = t[k] | 0x20
	}
	switch string(b[:j-i]) {
	case "s", "m", "d", "ll", "re", "ve", "em", "n", "til", "cause", "tis", "twas":
		return true
	}
	return false
}

// suffix returns the length of the closing-punctuation token at the end
// of t[lo:hi], or 0.
func (z *tokenizer) suffix(lo, hi int) int {
	t := z.t
	c := t[hi-1]
	if c < utf8.RuneSelf {
		if isAlnum(c) {
			return 0
		}
		switch c {
		case '.', '!', '?':
			i := hi - 1
			for i > lo && (t[i-1] == '.' || t[i-1] == '!' || t[i-1] == '?') {
				i--
			}
			if hi-i == 1 && c == '.' && z.keepPeriod(lo, hi) {
				return 0
			}
			if hi-i == 2 && c == '.' && t[i] == '.' && z.keepPeriod(lo, hi-1) {
				return 1 // "Inc.." is "Inc." and a full stop
			}
			return hi - i
		case ')', '(':
			if n := emoticonEnd(t[lo:hi]); n > 0 {
				return n
			}
		case '%':
			return 1
		case '/', '_', '#', '@', '$':
			return 0
		case '-', '=':
			i := hi - 1
			for i > lo && (t[i-1] == '-' || t[i-1] == '=') {
				i--
			}
			return hi - i
		}
		i := hi - 1
		for i > lo && t[i-1] == c {
			i--
		}
		return hi - i
	}
	r, size := utf8.DecodeLastRuneInString(t[lo:hi])
	switch r {
	case '—', '–', '―', '‒', '…', '’', '‘':
		i := hi - size
		for i-size >= lo {
			q, n := utf8.DecodeLastRuneInString(t[lo:i])
			if q != r || n != size {
				break
			}
			i -= n
		}
		return hi - i
	}
	if r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		return 0
	}
	if unicode.IsPunct(r) || unicode.IsSymbol(r) {
		return size
	}
	return 0
}

// keepPeriod reports whether the final period of t[lo:hi] belongs to the
// word: an abbreviation ("Gen.", "etc."), an initial ("J.") or a
// letter-dot sequence ("U.S.", "a.m.", "Ph.D.").
func (z *tokenizer) keepPeriod(lo, hi int) bool {
	w := z.t[lo : hi-1]
	if len(w) == 0 {
		return false
	}
	if len(w) == 1 {
		return isUpper(w[0])
	}
	if abbrevClass(w) != abbrNone {
		return true
	}
	return dotted(w)
}

// dotted reports whether w is a letter-dot sequence without its final
// period: "U.S", "a.m", "Ph.D", "S.A".
func dotted(w string) bool {
	n, dots := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isLetter(c):
			n++
			if n > 2 {
				return false
			}
		case c == '.':
			if n == 0 {
				return false
			}
			n = 0
			dots++
		default:
			return false
		}
	}
	return dots > 0 && n > 0
}

// core splits the middle of a chunk, with its opening and closing
// punctuation removed, at dashes, ellipses, brackets and quotes.
func (z *tokenizer) core(lo, hi int) {
	t := z.t
	if isURL(t[lo:hi]) || isEmail(t[lo:hi]) {
		z.emit(lo, hi)
		return
	}
	seg, i := lo, lo
	for i < hi {
		c := t[i]
		if c < utf8.RuneSelf {
			if isAlnum(c) {
				i++
				continue
			}
			switch c {
			case '-':
				if j := z.phone(seg, hi); j > i {
					i = j
					continue
				}
				j := z.byteRun(i, hi, '-')
				if j-i == 1 && z.keepHyphen(seg, i, j, hi) {
					i = j
					continue
				}
				z.flush(seg, i)
				z.emit(i, j)
				seg, i = j, j
			case ',', ':':
				if i > seg && isDigit(t[i-1]) && i+1 < hi && isDigit(t[i+1]) {
					i++
					continue
				}
				j := z.byteRun(i, hi, c)
				z.flush(seg, i)
				z.emit(i, j)
				seg, i = j, j
			case '/':
				if z.splitSlash(seg, i, hi) {
					z.flush(seg, i)
					z.emit(i, i+1)
					seg = i + 1
				}
				i++
			case '.':
				j := z.byteRun(i, hi, '.')
				if j-i == 1 && !z.missingSpace(seg, i, hi) {
					i = j
					continue
				}
				z.flush(seg, i)
				z.emit(i, j)
				seg, i = j, j
			case '$':
				if i+1 < hi && isDigit(t[i+1]) && i > seg {
					z.flush(seg, i+1) // "US$5": "US$" "5"
					seg = i + 1
				}
				i++
			case '!', '?':
				j := z.termRun(i, hi)
				z.flush(seg, i)
				z.emit(i, j)
				seg, i = j, j
			case ';', '"', '(', ')', '[', ']', '{', '}':
				j := z.byteRun(i, hi, c)
				z.flush(seg, i)
				z.emit(i, j)
				seg, i = j, j
			default:
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:hi])
		switch r {
		case '’', '‘':
			i += size
			continue
		case '‐', '‑':
			if i > seg && i+size < hi && z.keepHyphen(seg, i, i+size, hi) {
				i += size
				continue
			}
			z.flush(seg, i)
			z.emit(i, i+size)
			i += size
			seg = i
			continue
		case '—', '–', '―', '‒', '…':
			j := z.runeRun(i, hi, r, size)
			z.flush(seg, i)
			z.emit(i, j)
			seg, i = j, j
			continue
		}
		if r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) ||
			!(unicode.IsPunct(r) || unicode.IsSymbol(r)) {
			i += size
			continue
		}
		z.flush(seg, i)
		z.emit(i, i+size)
		i += size
		seg = i
	}
	z.flush(seg, hi)
}

func (z *tokenizer) flush(s, e int) {
	if s < e {
		z.word(s, e)
	}
}

// word emits t[s:e], splitting off a clitic ("n't", "'s") and the two
// halves of "cannot"-type words.
func (z *tokenizer) word(s, e int) {
	k := splitWord(z.t[s:e])
	if k == 0 && isDigit(z.t[s]) {
		k = clockSplit(z.t[s:e])
	}
	if k > 0 {
		z.emit(s, s+k)
		z.emit(s+k, e)
		return
	}
	if n := clitic(z.t[s:e]); n > 0 {
		z.emit(s, e-n)
		z.emit(e-n, e)
		return
	}
	z.emit(s, e)
}

// clitic returns the length of the clitic that ends w ("n't", "'s",
// "’ll"), or 0. Something must precede it: "'s" alone is no split.
func clitic(w string) int {
	n := len(w)
	if n < 3 {
		return 0
	}
	// Find the apostrophe: straight (1 byte) or right single quote (3 bytes).
	tail := func(k int) (apos int, ok bool) {
		// k: number of letters after the apostrophe.
		if n-k-1 >= 1 && w[n-k-1] == '\'' {
			return 1, true
		}
		if n-k-3 >= 1 && w[n-k-3:n-k] == "’" {
			return 3, true
		}
		return 0, false
	}
	last := w[n-1] | 0x20
	switch last {
	case 't':
		if a, ok := tail(1); ok {
			i := n - 1 - a - 1 // the 'n'
			if i >= 1 && w[i]|0x20 == 'n' {
				return 1 + a + 1
			}
		}
	case 's', 'm', 'd':
		if a, ok := tail(1); ok {
			if p := w[n-1-a-1]; isLetter(p) || p >= utf8.RuneSelf || p == '.' && last == 's' {
				return 1 + a
			}
		}
	case 'l', 'e':
		if a, ok := tail(2); ok {
			pair := string([]byte{w[n-2] | 0x20, last})
			if pair == "ll" || pair == "re" || pair == "ve" {
				if p := w[n-2-a-1]; isLetter(p) || p >= utf8.RuneSelf {
					return 2 + a
				}
			}
		}
	}
	return 0
}

// keepHyphen reports whether the single hyphen t[i:j] joins the word
// t[seg:i] to the word that follows, as in "e-mail" or "anti-war".
func (z *tokenizer) keepHyphen(seg, i, j, hi int) bool {
	t := z.t
	if i == seg || j >= hi || !isAlnum(t[j]) && t[j] < utf8.RuneSelf {
		return false
	}
	if seg > 0 && t[seg-1] == '-' {
		return false // "Tehreek-e-Taliban": the hyphen before was split
	}
	left := t[seg:i]
	if len(left) == 1 && isLetter(left[0]) {
		return !isDigit(t[j]) // "X-ray", "e-mail"; but "F" "-" "16"
	}
	return hyphenPrefix(left)
}

// phone returns the end of a telephone or ZIP+4 number starting at seg
// (555-1234, 212-555-1234, 20500-0001), or 0.
func (z *tokenizer) phone(seg, hi int) int {
	t := z.t
	var groups [4]int
	ng := 0
	i := seg
	for i < hi && ng < len(groups) {
		j := i
		for j < hi && isDigit(t[j]) {
			j++
		}
		if j == i {
			return 0
		}
		groups[ng] = j - i
		ng++
		i = j
		if i < hi && t[i] == '-' && i+1 < hi && isDigit(t[i+1]) {
			i++
			continue
		}
		break
	}
	if i < hi && isAlnum(t[i]) {
		return 0
	}
	switch {
	case ng == 2 && groups[1] == 4 && (groups[0] == 1 || groups[0] == 3 || groups[0] == 5):
	case ng == 3 && groups[0] == 3 && groups[1] == 3 && groups[2] == 4:
	case ng == 4 && groups[0] == 1 && groups[1] == 3 && groups[2] == 3 && groups[3] == 4:
	default:
		return 0
	}
	return i
}

// isURL reports whether w starts like a web address.
func isURL(w string) bool {
	if len(w) < 8 {
		return false
	}
	switch w[0] | 0x20 {
	case 'h', 'f', 'w':
	default:
		return false
	}
	var b [8]byte
	for i := 0; i < 8; i++ {
		b[i] = w[i] | 0x20
	}
	p := string(b[:])
	return p[:7] == "http://" || p == "https://" || p[:6] == "ftp://" || p[:4] == "www."
}

// isEmail reports whether w looks like an e-mail address: local part,
// "@", and a domain with a dot.
func isEmail(w string) bool {
	at := -1
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isAlnum(c), c == '.', c == '_', c == '-', c == '+', c == '%':
		case c == '@' && at < 0:
			at = i
		default:
			return false
		}
	}
	if at <= 0 || at == len(w)-1 {
		return false
	}
	dom := w[at+1:]
	for i := 1; i < len(dom)-1; i++ {
		if dom[i] == '.' {
			return isAlnum(dom[len(dom)-1])
		}
	}
	return false
}

// splitSlash reports whether the slash at i separates two words that UD
// English keeps apart ("and/or", "owner/baker") rather than forming one
// token ("9/11", "b/c", "w/o", "km/h").
func (z *tokenizer) splitSlash(seg, i, hi int) bool {
	t := z.t
	left := 0
	for k := i - 1; k >= seg && isLetter(t[k]); k-- {
		left++
	}
	if left != i-seg {
		return false
	}
	right := 0
	for k := i + 1; k < hi && isLetter(t[k]); k++ {
		right++
	}
	if i+1+right < hi && t[i+1+right] != '/' && t[i+1+right] != '-' {
		return false
	}
	return left >= 2 && right >= 2
}

// emoticonEnd returns the length of an emoticon that ends w after a
// word ("family:)"), or 0.
func emoticonEnd(w string) int {
	for _, n := range [...]int{3, 2} {
		if len(w) > n && emoticon(w[len(w)-n:]) && isAlnum(w[len(w)-n-1]) {
			return n
		}
	}
	return 0
}

// missingSpace reports whether the period at i ends a sentence whose
// following space was lost ("killed.The"): a lower-case letter or digit
// before it, a capitalised word of three or more letters after it that
// is not a domain ending, and no other period or "/" in the word so far.
func (z *tokenizer) missingSpace(seg, i, hi int) bool {
	t := z.t
	if i == seg || i+4 > hi {
		return false
	}
	if c := t[i-1]; !('a' <= c && c <= 'z' || isDigit(c)) {
		return false
	}
	for k := seg; k < i; k++ {
		if c := t[k]; c == '.' || c == '/' || c == '@' {
			return false
		}
	}
	if !isUpper(t[i+1]) {
		return false
	}
	k := i + 2
	for k < hi && 'a' <= t[k] && t[k] <= 'z' {
		k++
	}
	if k-(i+2) < 2 || k < hi && isAlnum(t[k]) {
		return false
	}
	switch t[i+1 : k] {
	case "Com", "Net", "Org", "Gov", "Edu", "Info", "Biz":
		return false
	}
	return true
}

// clockSplit returns the length of the time in a clock time glued to
// "am" or "pm" ("10pm", "7:30AM" → "7:30" "AM"), or 0.
func clockSplit(w string) int {
	n := len(w)
	if n < 3 || n > 7 || w[n-1]|0x20 != 'm' || w[n-2]|0x20 != 'a' && w[n-2]|0x20 != 'p' {
		return 0
	}
	colon := false
	for i := 0; i < n-2; i++ {
		switch c := w[i]; {
		case isDigit(c):
		case c == ':' && i > 0 && !colon:
			colon = true
		default:
			return 0
		}
	}
	if w[n-3] == ':' {
		return 0
	}
	return n - 2
}
