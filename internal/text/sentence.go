package text

// Sentence boundaries are decided token by token, looking only at the
// token, its neighbours and the white space between them:
//
//   - a blank line (a paragraph break) always ends a sentence;
//   - ".", "!", "?" and runs of them end one unless the next word starts
//     in lower case or the period belongs to a list marker ("1." at the
//     start of a line); closing quotes and brackets right after the mark
//     stay with the sentence it ends;
//   - an ellipsis ends one only before a capitalised word;
//   - an abbreviation that can end a sentence ("Inc.", "U.S.", "etc.")
//     or an initial ("vitamin D.") ends one before a typical sentence
//     opener ("The", "He", "But"); a title or month ("Gen.", "Nov.")
//     never does;
//   - a single line break ends one when the next line starts with a
//     capital, digit, quote or bullet and the line did not stop on a
//     comma or a function word: that is how headlines, bylines and
//     bullet items end; in hard-wrapped text (most lines run on without
//     punctuation) only a line shorter than 3/5 of the usual width ends
//     a sentence this way;
//   - a period glued to a capitalised word ("killed.The") ends one;
//   - a leading "ISLAMABAD:" or "LONDON, Nov 22 (Reuters) -" dateline
//     is a sentence of its own.
//
// When a sentence ends on an abbreviation, its period is split off as a
// token of its own, as in UD English ("U.S.A" ".").

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// Token kinds that matter for sentence ends.
const (
	kOther    = iota
	kTerm     // . ! ? and runs with ! or ?
	kEllipsis // ... … ..
	kTitle    // Mr. Gen. No. Jan.
	kInitial  // J. (a capital and a period)
	kAbbr     // Inc. etc. U.S. a.m.
)

// kind classifies a token for sentence splitting.
func kind(w string) int {
	if len(w) == 0 {
		return kOther
	}
	last := w[len(w)-1]
	switch last {
	case '.', '!', '?':
	default:
		if isRun(w, "…") {
			return kEllipsis
		}
		return kOther
	}
	dots, marks := 0, 0
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '.':
			dots++
		case '!', '?':
			marks++
		}
	}
	if dots+marks == len(w) {
		if marks > 0 || dots == 1 {
			return kTerm
		}
		return kEllipsis
	}
	if last != '.' {
		return kOther
	}
	a := w[:len(w)-1]
	if len(a) == 1 && isUpper(a[0]) {
		return kInitial
	}
	switch abbrevClass(a) {
	case abbrTitle:
		return kTitle
	case abbrGeneral:
		return kAbbr
	}
	if dotted(a) {
		return kAbbr
	}
	return kOther
}

// isRun reports whether w is made only of copies of r.
func isRun(w, r string) bool {
	for len(w) >= len(r) && w[:len(r)] == r {
		w = w[len(r):]
	}
	return w == ""
}

// isCloser reports whether w closes a quotation or bracket.
func isCloser(w string) bool {
	switch w {
	case `"`, "'", "”", "’", ")", "]", "}", "»", "''", "›":
		return true
	}
	return false
}

// isOpener reports whether w opens a quotation or bracket.
func isOpener(w string) bool {
	switch w {
	case `"`, "'", "“", "‘", "(", "[", "{", "«", "``", "‹", "„":
		return true
	}
	return false
}

// isBullet reports whether w marks a list item at the start of a line.
func isBullet(w string) bool {
	switch w {
	case "•", "*", "-", "–", "—", "·", "▪", "◦", "‣", "●", "■", "►", "▸", "○", "□", "✓", "✔", ">", "+":
		return true
	}
	return false
}

// startsUpper reports whether w starts with an upper-case letter.
func startsUpper(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return isUpper(c)
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// startsLower reports whether w starts with a lower-case letter.
func startsLower(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// allCaps reports whether w has at least two letters and no lower-case one.
func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		case r == '-' || r == '\'' || r == '’' || r == '.':
		default:
			return false
		}
	}
	return letters >= 2
}

// splitter finds the sentences of one text. It runs behind the
// tokenizer, deciding each token once enough tokens after it exist, so
// that splitting an abbreviation's period moves only a few tokens.
type splitter struct {
	t     string
	toks  []doc.Token
	ends  []sentEnd
	i     int // next token to decide
	first int // first token of the current sentence
	// wrap is the typical line width of hard-wrapped text, 0 otherwise.
	wrap int
}

// wrapWidth returns the average width of t's lines if t looks
// hard-wrapped: at least three lines run on to the next line, and at
// least half of those stop without closing punctuation. Otherwise 0.
func wrapWidth(t string) int {
	lines, open, sum := 0, 0, 0
	for start := 0; start < len(t); {
		k := strings.IndexByte(t[start:], '\n')
		if k < 0 {
			break
		}
		end := start + k
		next := end + 1
		if next < len(t) && t[next] == '\n' || strings.TrimSpace(t[start:end]) == "" {
			start = next
			continue
		}
		line := strings.TrimRight(t[start:end], " \t\r")
		lines++
		sum += len(line)
		switch line[len(line)-1] {
		case '.', '!', '?', ':', '"', ')':
		default:
			open++
		}
		start = next
	}
	if lines < 3 || 2*open < lines || sum/lines < 40 {
		return 0
	}
	return sum / lines
}

// lineWidth returns the width in bytes of the line that token i ends.
func (sp *splitter) lineWidth(i int) int {
	end := sp.toks[i].End
	start := strings.LastIndexByte(sp.t[:end], '\n') + 1
	return end - start
}

// lookahead is how many tokens after a token the rules may inspect: a
// dateline (12), capped closing quotes (8) and the two words after them.
const lookahead = 16

// newlines counts the line breaks between token i and token i+1; a
// Unicode paragraph separator counts as a blank line.
func (sp *splitter) newlines(i int) int {
	a, b := sp.toks[i].End, sp.toks[i+1].Start
	if b-a <= 1 && (a == b || sp.t[a] == ' ') {
		return 0
	}
	return countNewlines(sp.t[a:b])
}

// countNewlines counts the line breaks in the white space gap.
func countNewlines(gap string) int {
	n := 0
	for k := 0; k < len(gap); k++ {
		switch c := gap[k]; {
		case c == '\n':
			n++
		case c == '\r':
			if k+1 == len(gap) || gap[k+1] != '\n' {
				n++
			}
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(gap[k:])
			switch r {
			case '\u2029':
				n += 2
			case '\u2028', '\u0085':
				n++
			}
			k += size - 1
		}
	}
	return n
}

// lineStart reports whether token i is the first on its line.
func (sp *splitter) lineStart(i int) bool {
	return i == 0 || sp.newlines(i-1) > 0
}

// sentEnd is a decided sentence: its last token and whether that token
// is an abbreviation whose period must become a token of its own.
type sentEnd struct {
	last  int // index of the last token
	abbr  int // index of an abbreviation to split, or -1
	paraB bool
}

// advance decides the sentence ends of the tokens that have at least
// look tokens after them; look 0 finishes the text. Sentence-final
// abbreviations get their period split off on the spot.
func (sp *splitter) advance(look int) {
	for sp.i < len(sp.toks)-look {
		i := sp.i
		k := len(sp.ends)
		if i == sp.first && sp.lineStart(i) {
			if q := sp.dateline(i); q >= 0 {
				for m := i; m <= q; m++ {
					sp.toks[m].Sentence = k
				}
				sp.close(q)
				continue
			}
		}
		sp.toks[i].Sentence = k
		if j, ok := sp.boundary(i); ok {
			for m := i + 1; m <= j; m++ {
				sp.toks[m].Sentence = k
			}
			sp.close(j)
			continue
		}
		sp.i++
	}
}

// close ends the current sentence at token j, splitting the period off
// a final abbreviation ("U.S." → "U.S" ".").
func (sp *splitter) close(j int) {
	e := sp.end(sp.first, j)
	if a := e.abbr; a >= 0 {
		w := sp.toks[a]
		k := len(sp.ends)
		sp.toks = append(sp.toks, doc.Token{})
		copy(sp.toks[a+2:], sp.toks[a+1:])
		sp.toks[a] = doc.Token{Start: w.Start, End: w.End - 1, Text: w.Text[:len(w.Text)-1], Head: -1, Sentence: k}
		sp.toks[a+1] = doc.Token{Start: w.End - 1, End: w.End, Text: ".", Head: -1, Sentence: k}
		j++
		e.last = j
	}
	sp.ends = append(sp.ends, e)
	sp.first = j + 1
	sp.i = j + 1
}

// end builds the sentEnd for the sentence of tokens first..j.
func (sp *splitter) end(first, j int) sentEnd {
	e := sentEnd{last: j, abbr: -1}
	if j+1 < len(sp.toks) && sp.newlines(j) >= 2 {
		e.paraB = true
	}
	m := j
	for m > first && isCloser(sp.toks[m].Text) {
		m--
	}
	if k := kind(sp.toks[m].Text); k == kTitle || k == kInitial || k == kAbbr {
		e.abbr = m
	}
	return e
}

// boundary reports whether a sentence ends at or just after token i,
// and the index of its last token.
func (sp *splitter) boundary(i int) (int, bool) {
	toks := sp.toks
	n := len(toks)
	if i == n-1 {
		return i, true
	}
	nl := sp.newlines(i)
	if nl >= 2 {
		return i, true
	}
	k := kind(toks[i].Text)
	if k == kOther {
		return i, nl > 0 && sp.lineBreak(i)
	}
	j := i
	for j+1 < n && j-i < 8 && toks[j+1].Start == toks[j].End && isCloser(toks[j+1].Text) {
		j++
	}
	if j == n-1 || sp.newlines(j) >= 2 {
		return j, true
	}
	nxt := toks[j+1].Text
	if (toks[j+1].Start > toks[j].End || k == kTerm && j == i && i > 0 && glued(toks[i-1:i+2])) && !sp.shortParen(i, j) {
		switch k {
		case kTerm:
			if !sp.listMarker(i) && !continues(nxt) && (j == i || !startsLower(nxt)) {
				return j, true
			}
		case kEllipsis:
			if startsUpper(nxt) || isOpener(nxt) && j+2 < n && startsUpper(toks[j+2].Text) {
				return j, true
			}
		case kAbbr:
			// "… analyst with Acme Inc. Mr. Doe said": an honorific opens
			// a new sentence after a company name.
			if sentenceStarter(nxt) || honorific(nxt) || isOpener(nxt) && j+2 < n && sentenceStarter(toks[j+2].Text) {
				return j, true
			}
		case kInitial:
			// "vitamin D. The study": a name goes on after an initial,
			// a function word does not.
			if len(nxt) > 1 && sentenceStarter(nxt) {
				return j, true
			}
		}
	}
	// The line rule applies after any absorbed closers.
	return j, sp.lineBreak(j)
}

// shortParen reports whether the closers i+1..j include a ")" whose
// "(" opened at most three tokens before i, and the word before the
// period is short and lower case, as in "(approx.)": the mark ends an
// abbreviation inside a short aside, not the sentence.
func (sp *splitter) shortParen(i, j int) bool {
	if i == 0 || !startsLower(sp.toks[i-1].Text) || len(sp.toks[i-1].Text) > 5 {
		return false
	}
	for k := i + 1; k <= j; k++ {
		if sp.toks[k].Text == ")" {
			for m := i - 1; m >= 0 && m >= i-3; m-- {
				if sp.toks[m].Text == "(" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// glued reports whether three adjacent tokens are a word, a period and
// a capitalised word written without a space ("killed.The").
func glued(w []doc.Token) bool {
	return len(w) == 3 && w[0].End == w[1].Start && w[1].End == w[2].Start &&
		w[1].Text == "." && len(w[2].Text) >= 3 && startsUpper(w[2].Text)
}

// continues reports whether w cannot start a sentence because it
// continues the one before: a comma, a closing bracket, and the like.
func continues(w string) bool {
	switch w {
	case ",", ";", ":", ")", "]", "}", "%", "-", "–", "—", ".", "…":
		return true // "." and "…": a spaced ellipsis ". . ." goes on
	}
	return false
}

// listMarker reports whether the period token i closes a number or
// letter that opens its line ("1. The first point").
func (sp *splitter) listMarker(i int) bool {
	if i == 0 || sp.toks[i].Text != "." {
		return false
	}
	p := sp.toks[i-1]
	if p.End != sp.toks[i].Start || !sp.lineStart(i-1) || len(p.Text) > 3 {
		return false
	}
	for k := 0; k < len(p.Text); k++ {
		if !isAlnum(p.Text[k]) {
			return false
		}
	}
	return true
}

// lineBreak reports whether the single line break after token i ends a
// sentence: the next line starts like a new sentence or a bullet, and
// this one did not stop mid-phrase.
func (sp *splitter) lineBreak(i int) bool {
	if sp.newlines(i) == 0 {
		return false
	}
	toks := sp.toks
	w := toks[i].Text
	nxt := toks[i+1].Text
	if isBullet(nxt) {
		return true
	}
	switch w {
	case ",", ";", "-", "(", "[", "“", "‘", "&", "/":
		return false
	}
	if k := kind(w); k == kTitle || k == kInitial {
		return false
	}
	if functionWord(w) {
		return false
	}
	if sp.wrap > 0 && 5*sp.lineWidth(i) > 3*sp.wrap {
		return false // a full line of wrapped text runs on
	}
	if startsUpper(nxt) || nxt[0] >= '0' && nxt[0] <= '9' {
		return true
	}
	if isOpener(nxt) && i+2 < len(toks) && toks[i+2].Start == toks[i+1].End {
		return !startsLower(toks[i+2].Text)
	}
	return false
}

// dateline returns the index of the colon or dash that closes a dateline
// starting at token i ("ISLAMABAD:", "NEW DELHI, Nov 22 (Reuters) -"),
// or -1.
func (sp *splitter) dateline(i int) int {
	toks := sp.toks
	if !allCaps(toks[i].Text) {
		return -1
	}
	for q := i + 1; q < len(toks) && q <= i+12; q++ {
		w := toks[q].Text
		if sp.newlines(q-1) > 0 {
			return -1
		}
		switch w {
		case ":", "-", "--", "–", "—", "_":
			if q+1 >= len(toks) || toks[q+1].Start == toks[q].End || sp.newlines(q) > 0 {
				return -1
			}
			if w == ":" && q != i+1 && !allCaps(toks[q-1].Text) {
				return -1
			}
			if !startsUpper(toks[q+1].Text) && !isOpener(toks[q+1].Text) {
				return -1
			}
			return q
		case ",", "(", ")", ".":
			continue
		}
		c := w[0]
		if !startsUpper(w) && !isDigit(c) {
			return -1
		}
	}
	return -1
}

// sentences returns the sentences decided so far, with paragraph
// numbers.
func (sp *splitter) sentences() []doc.Sentence {
	if len(sp.ends) == 0 {
		return nil
	}
	sents := make([]doc.Sentence, len(sp.ends))
	first, para := 0, 0
	for k, e := range sp.ends {
		sents[k] = doc.Sentence{
			Start: sp.toks[first].Start, End: sp.toks[e.last].End,
			First: first, Last: e.last + 1, Paragraph: para,
		}
		if e.paraB {
			para++
		}
		first = e.last + 1
	}
	return sents
}
