package quotes

import "strings"

// attributeDirect turns quoted segments into direct quotes and finds the
// cue and speaker of each from the clause around it. Segments left without
// a cue are returned without a speaker; continueSpeakers may give them one.
func attributeDirect(t string, paras [][2]int, segs []segment) []quote {
	qs := make([]quote, 0, len(segs))
	for si, s := range segs {
		q := quote{start: s.start, end: s.end, direct: true, para: s.para, lastPara: s.last}
		lo := paras[s.para][0]
		if si > 0 && segs[si-1].last == s.para && segs[si-1].close > lo {
			lo = segs[si-1].close
		}
		beforeLo := lo
		for k := s.open - 1; k >= lo; k-- {
			if sentenceEnd(t, k) {
				beforeLo = k + 1
				break
			}
		}
		hi := paras[s.last][1]
		if si+1 < len(segs) && segs[si+1].para == s.last && segs[si+1].open < hi {
			hi = segs[si+1].open
		}
		afterHi := hi
		for k := s.close; k < hi; k++ {
			if sentenceEnd(t, k) {
				afterHi = k
				break
			}
		}
		before := words(t, beforeLo, s.open)
		after := words(t, s.close, afterHi)
		q.standalone = !anyWord(before) && (!anyWord(after) || s.close == afterHi)
		if !q.standalone && isTitle(t[s.start:s.end]) {
			// A title or name in quotation marks ("Face the Nation"),
			// not speech.
			continue
		}

		intro, introOK := cueBefore(before, true)
		switch {
		case introOK:
			q.set(intro)
		default:
			if m, ok := cueAfter(after, endsClause(t, s)); ok {
				q.set(m)
			} else if m, ok := cueBefore(before, false); ok {
				q.set(m)
			} else if len(before) == 0 && s.open == paras[s.para][0] && s.para > 0 {
				// A paragraph that ends with a colon introduces the quote
				// that opens the next one: "Caddell continued:".
				p := paras[s.para-1]
				if t[p[1]-1] == ':' {
					from := p[0]
					for k := p[1] - 2; k >= p[0]; k-- {
						if sentenceEnd(t, k) {
							from = k + 1
							break
						}
					}
					if m, ok := cueBefore(words(t, from, p[1]), true); ok {
						m.rule = "direct.cue-before.paragraph"
						q.set(m)
					}
				}
			}
		}
		if !q.hasSpeaker && si > 0 && len(qs) > 0 {
			// A second partial quote in the same sentence shares the
			// first one's cue: called it “reckless” and “a disgrace”.
			p := qs[len(qs)-1]
			if p.hasSpeaker && p.end <= s.open && segs[si-1].last == s.para && !endsSentence(t, segs[si-1].close, s.open) &&
				strings.HasPrefix(p.rule, "direct.partial") {
				q.speaker, q.cue, q.hasSpeaker, q.hasCue = p.speaker, p.cue, true, true
				q.rule = "direct.partial"
			}
		}
		qs = append(qs, q)
	}
	return qs
}

// endsSentence reports whether a sentence ends in t[from:to].
func endsSentence(t string, from, to int) bool {
	for k := max(from-4, 0); k < to; k++ {
		if sentenceEnd(t, k) && k+1 > from {
			return true
		}
	}
	return false
}

// match is a cue with its speaker and the rule that paired them.
type match struct {
	speaker phrase
	cue     cue
	rule    string
}

func (q *quote) set(m match) {
	q.speaker, q.cue, q.rule = m.speaker, m.cue, m.rule
	q.hasSpeaker, q.hasCue = true, true
}

// sayLike reports whether a cue may be inverted with its subject after it:
// "…," said Smith.
func sayLike(lemma string) bool {
	switch lemma {
	case "tell", "according to", "ask", "urge", "call", "describe", "dub", "brand", "label", "accuse",
		"criticise", "blast", "hail", "condemn", "promise", "threaten", "demand", "deny", "confirm",
		"charge", "make clear", "point out":
		return false
	}
	return true
}

// cueAfter finds the cue and speaker at the start of the words that follow
// a closing mark: "said Smith", "Smith said", "according to Smith".
func cueAfter(ws []word, clauseEnd bool) (match, bool) {
	if len(ws) > 1 && isDash(ws[0].text) {
		// “…” ― Pamela Padilla
		if p, ok := subjectAfter(ws, 1); ok && (!anyWord(ws[p.j:]) || ws[p.j].text == ",") {
			return match{p, cue{start: ws[0].start, end: ws[0].end, lemma: "dash", i: 0, j: 1}, "direct.dash"}, true
		}
	}
	k := 0
	for k < len(ws) && k < 2 && (ws[k].text == "," || ws[k].text == "—" || ws[k].text == "–" || ws[k].text == "-") {
		k++
	}
	if k >= len(ws) {
		return match{}, false
	}
	if c, ok := cueAt(ws, k); ok {
		if c.lemma == "according to" {
			if p, ok := subjectAfter(ws, c.j); ok {
				return match{p, c, "direct.according-to"}, true
			}
			return match{}, false
		}
		if sayLike(c.lemma) && !evaluative[c.lemma] {
			if p, ok := subjectAfter(ws, c.j); ok {
				return match{p, c, "direct.cue-after.inverted"}, true
			}
		}
		return match{}, false
	}
	if p, c, ok := subjectForward(ws, k); ok && !evaluative[c.lemma] {
		return match{p, c, "direct.cue-after"}, true
	}
	// A subject the forward reading cuts short ("CBS This Morning
	// co-anchor DeMarco Morgan said"): find the cue within a few words and
	// read its subject backwards. Only after a quote that ends its clause
	// ("…,"), not after a phrase quoted inside a sentence.
	for i := k + 1; clauseEnd && i < len(ws) && i <= k+14; i++ {
		if !ws[i].isWord() && ws[i].text != "," && ws[i].text != "(" && ws[i].text != ")" {
			break
		}
		c, ok := cueAt(ws, i)
		if !ok {
			continue
		}
		if c.lemma == "according to" || evaluative[c.lemma] {
			break
		}
		if p, ok := subjectBefore(ws, i); ok && p.i >= k {
			return match{p, c, "direct.cue-after"}, true
		}
		break
	}
	return match{}, false
}

// cueBefore finds the last cue in the words of the clause before an
// opening mark, with its subject. With intro, the cue must introduce the
// quote directly: only a colon, comma, "that" or the addressee of "told"
// may come between them.
func cueBefore(ws []word, intro bool) (match, bool) {
	var participle *cue
	for i := len(ws) - 1; i >= 0; i-- {
		c, ok := cueAt(ws, i)
		if !ok {
			continue
		}
		direct := introduces(ws, c)
		if i == 0 && sayLike(c.lemma) && !evaluative[c.lemma] {
			// "Said Ellis Morgan, an analyst at the institute: “…”"
			if last := ws[len(ws)-1].text; last == ":" || last == "," {
				if p, ok := subjectAfter(ws, c.j); ok {
					return match{p, c, "direct.cue-before.inverted"}, true
				}
			}
		}
		if intro && !direct {
			return match{}, false
		}
		rule := "direct.cue-before"
		if !direct {
			rule = "direct.partial"
		}
		if c.lemma == "according to" {
			if p, ok := subjectAfter(ws, c.j); ok {
				return match{p, c, "direct.according-to"}, true
			}
			continue
		}
		ing := strings.HasSuffix(c.text(ws), "ing")
		if p, ok := subjectBefore(ws, i); ok && !(ing && i > 0 && ws[i-1].text == ",") {
			if participle != nil {
				return match{p, *participle, rule + ".participle"}, true
			}
			return match{p, c, rule}, true
		}
		if participle == nil && ing {
			// "…, adding: “…”": the subject is the clause's.
			cc := c
			participle = &cc
			if p, ok := clauseSubject(ws, i); ok {
				return match{p, cc, rule + ".participle"}, true
			}
		}
		if intro {
			return match{}, false
		}
	}
	return match{}, false
}

// text returns the cue's words joined.
func (c cue) text(ws []word) string {
	parts := make([]string, 0, c.j-c.i)
	for _, w := range ws[c.i:c.j] {
		parts = append(parts, w.lower())
	}
	return strings.Join(parts, " ")
}

// introduces reports whether only a colon, comma, "that", an addressee
// ("told reporters", "told Reuters") or a short adjunct ("in a statement",
// "on Thursday") stands between the cue and the end of the window.
func introduces(ws []word, c cue) bool {
	rest := ws[c.j:]
	if len(rest) == 0 {
		return true
	}
	last := rest[len(rest)-1].text
	if last == "that" && len(rest) <= 6 {
		return true
	}
	if last != ":" && last != "," && last != "—" {
		return false
	}
	// The words between must not hold another clause.
	return len(rest) <= 8
}

// clauseSubject returns the subject at the start of the clause that ends
// with a participle cue at ws[c]: "The minister visited the site,
// saying …".
func clauseSubject(ws []word, c int) (phrase, bool) {
	p, ok := firstSubject(ws[:c])
	if !ok || p.j > c {
		return phrase{}, false
	}
	return p, true
}

// continueSpeakers gives a direct quote that has no cue the speaker of
// the quote right after it in the same sentence run ("“…” “…,” she
// said"), else the speaker of the quote before it when that one ends in
// the previous paragraph or at most two sentences before it in the same
// paragraph (text without paragraph breaks would otherwise chain one
// speaker through it).
func continueSpeakers(t string, qs []quote) []quote {
	last := -1 // the latest quote with a speaker before qs[i]
	for i := range qs {
		if i > 0 && qs[i-1].hasSpeaker {
			last = i - 1
		}
		q := &qs[i]
		if q.hasSpeaker || !q.direct || !q.standalone {
			continue
		}
		if i+1 < len(qs) {
			n := qs[i+1]
			if n.direct && n.hasSpeaker && n.para == q.lastPara && strings.Trim(t[q.end:n.start], " \t.!?,;“”\"") == "" {
				q.speaker, q.cue, q.hasSpeaker, q.hasCue = n.speaker, n.cue, true, n.hasCue
				q.rule = "direct.continuation.forward"
				continue
			}
		}
		if last >= 0 && qs[last].lastPara >= q.para-1 && !(qs[last].lastPara == q.para && sentencesBetween(t, qs[last].end, q.start) > 2) {
			p := qs[last]
			q.speaker, q.cue, q.hasSpeaker, q.hasCue = p.speaker, p.cue, true, p.hasCue
			q.rule = "direct.continuation"
		}
	}
	return qs
}

// anyWord reports whether ws holds a word (not only punctuation).
func anyWord(ws []word) bool {
	for _, w := range ws {
		if w.isWord() {
			return true
		}
	}
	return false
}

// minorWords stay lower case inside a title.
var minorWords = wordSet(`a an the of and or in on at to for with from by as vs`)

// isTitle reports whether s reads like a title: at most six words, each
// capitalised but the minor ones, and no sentence punctuation inside.
func isTitle(s string) bool {
	ws := words(s, 0, len(s))
	n := 0
	for _, w := range ws {
		if !w.isWord() {
			continue
		}
		n++
		if !w.capitalised() && !minorWords[w.lower()] && !(w.text[0] >= '0' && w.text[0] <= '9') {
			return false
		}
	}
	return n > 0 && n <= 6
}

// isDash reports whether s is a dash that can attribute a quote.
func isDash(s string) bool { return s == "―" || s == "—" || s == "–" || s == "-" }

// sentencesBetween counts the sentence ends in t[from:to], stopping at 3.
func sentencesBetween(t string, from, to int) int {
	n := 0
	for k := from; k < to && n < 3; k++ {
		if sentenceEnd(t, k) {
			n++
		}
	}
	return n
}

// endsClause reports whether the quoted segment s ends a clause: a comma,
// question or exclamation mark or dash closes its content, or a comma
// follows its closing mark.
func endsClause(t string, s segment) bool {
	inside := strings.TrimRightFunc(t[s.start:s.close], func(r rune) bool {
		return markOf(r) != 0 || r == ' '
	})
	if strings.HasSuffix(inside, ",") || strings.HasSuffix(inside, "?") || strings.HasSuffix(inside, "!") || strings.HasSuffix(inside, "—") {
		return true
	}
	return strings.HasPrefix(strings.TrimLeft(t[s.close:], " "), ",")
}
