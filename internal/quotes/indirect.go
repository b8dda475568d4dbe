package quotes

// Indirect speech is found sentence by sentence, in sentences that hold no
// quoted text, by three patterns around a cue from the lexicon:
//
//	indirect.according-to   According to X, CLAUSE.  /  CLAUSE, according to X.
//	indirect.cue-before     X said (on Thursday) (that) CLAUSE.  X told reporters CLAUSE.
//	indirect.cue-after      CLAUSE, X said.  /  CLAUSE, said X.
//
// The quote's text is the reported clause, without the final full stop.

// clauseCue reports whether a cue lemma takes a reported clause.
func clauseCue(lemma string) bool {
	if evaluative[lemma] {
		return false
	}
	switch lemma {
	case "ask", "continue", "go on", "yell", "shout", "cry", "whisper", "quip", "joke", "post", "recount", "mention",
		"read", "exclaim", "retort":
		return false
	}
	return true
}

// addressees are the lower-case words that can be the object of "told".
var addressees = wordSet(`reporters journalists lawmakers parliament supporters crowd audience
assembly senate house committee council media press correspondents residents villagers
mourners delegates students workers troops soldiers officers police him her them us me`)

// findIndirect returns the indirect quotes of t, one at most per
// sentence. In a sentence with quoted text, the reported clause must not
// overlap the quotation and the cue must not be one a direct quote used
// (usedCues holds their start offsets). A sentence that holds the end of
// the dateline (lead, see bodyStart) is read from lead on.
func findIndirect(t string, paras [][2]int, segs []segment, usedCues map[int]bool, lead int) []quote {
	var qs []quote
	si := 0
	for pi, p := range paras {
		from := p[0]
		for k := p[0]; k < p[1]; k++ {
			end := k == p[1]-1
			if !end && !sentenceEnd(t, k) {
				continue
			}
			s0, s1 := from, k+1
			from = k + 1
			if s1 <= lead {
				continue
			}
			s0 = max(s0, lead)
			for si < len(segs) && segs[si].close <= s0 {
				si++
			}
			for _, q := range indirectIn(t, s0, s1) {
				if !usedCues[q.cue.start] && !overlapsSegment(segs[si:], q.start, q.end) {
					q.para, q.lastPara = pi, pi
					qs = append(qs, q)
				}
			}
		}
	}
	return qs
}

// indirectIn finds indirect speech in the sentence t[s0:s1].
func indirectIn(t string, s0, s1 int) []quote {
	ws := words(t, s0, s1)
	for len(ws) > 0 && !ws[len(ws)-1].isWord() {
		ws = ws[:len(ws)-1]
	}
	if d := skipDateline(ws); d > 0 {
		ws = ws[d:]
	}
	if len(ws) < 4 {
		return nil
	}
	// According to X, CLAUSE.
	if c, ok := cueAt(ws, 0); ok && c.lemma == "according to" {
		if p, ok := subjectAfter(ws, c.j); ok && p.j < len(ws) && ws[p.j].text == "," {
			return one(indirectQuote(ws, p.j+1, len(ws), p, c, "indirect.according-to"))
		}
		// The subject phrase may run on: "According to the ministry of the
		// interior, …": take everything up to the first comma.
		return nil
	}
	// CLAUSE, according to X. / CLAUSE, X said. / CLAUSE, said X.
	for i := len(ws) - 1; i > 2; i-- {
		if ws[i].text != "," {
			continue
		}
		if c, ok := cueAt(ws, i+1); ok {
			var p phrase
			if c.lemma == "according to" || sayLike(c.lemma) && clauseCue(c.lemma) {
				if p, ok = subjectAfter(ws, c.j); ok && tailOK(ws, p.j) {
					rule := "indirect.cue-after"
					if c.lemma == "according to" {
						rule = "indirect.according-to"
					}
					return one(indirectQuote(ws, 0, i, p, c, rule))
				}
			}
		} else if p, c, ok := subjectForward(ws, i+1); ok && clauseCue(c.lemma) && tailOK(ws, c.j) {
			return one(indirectQuote(ws, 0, i, p, c, "indirect.cue-after"))
		}
		break
	}
	// X said (that) CLAUSE. Several in one sentence when a clause
	// boundary separates them: "X told CNN that …, but he said …".
	type pair struct {
		p phrase
		c cue
	}
	var pairs []pair
	for i := 0; i < len(ws); i++ {
		c, ok := cueAt(ws, i)
		if !ok || !clauseCue(c.lemma) || c.lemma == "according to" {
			continue
		}
		p, ok := subjectBefore(ws, i)
		if !ok {
			continue
		}
		if n := len(pairs); n > 0 && (p.i < pairs[n-1].c.j || !clauseBoundary(ws, p.i)) {
			continue
		}
		pairs = append(pairs, pair{p, c})
		i = c.j - 1
	}
	var qs []quote
	for n, pr := range pairs {
		end := len(ws)
		if n+1 < len(pairs) {
			end = pairs[n+1].p.i
			for end > 0 && (!ws[end-1].isWord() || boundaryWords[ws[end-1].lower()]) {
				end--
			}
		}
		k := skipAdjuncts(ws[:end], pr.c.j, pr.c.lemma == "tell")
		if q, ok := indirectQuote(ws, k, end, pr.p, pr.c, "indirect.cue-before"); ok {
			qs = append(qs, q)
		}
	}
	return qs
}

// boundaryWords join two clauses.
var boundaryWords = wordSet(`but and while whereas although though yet`)

// clauseBoundary reports whether a new clause starts at ws[i]: a comma,
// semicolon or conjunction comes right before it.
func clauseBoundary(ws []word, i int) bool {
	if i == 0 {
		return true
	}
	l := ws[i-1].lower()
	return l == "," || l == ";" || l == "—" || boundaryWords[l]
}

// tailOK reports whether what follows ws[k] to the end of the sentence is
// a short adjunct at most ("on Thursday", "in a statement").
func tailOK(ws []word, k int) bool {
	return len(ws)-k <= 6
}

// skipAdjuncts skips, from ws[k], the addressee of "told", short
// adjuncts of time and manner, and "that".
func skipAdjuncts(ws []word, k int, tell bool) int {
	if tell && k < len(ws) {
		j := k
		if determiners[ws[j].lower()] && j+1 < len(ws) {
			j++
		}
		switch {
		case addressees[ws[j].lower()]:
			k = j + 1
		case ws[j].capitalised() && !notNames[ws[j].lower()]:
			for j < len(ws) && ws[j].capitalised() && !notNames[ws[j].lower()] {
				j++
			}
			k = j
		}
	}
	for changed := true; changed && k < len(ws); {
		changed = false
		l := ws[k].lower()
		switch {
		case isDay(l):
			k++
			changed = true
		case (l == "on" || l == "late" || l == "early") && k+1 < len(ws) && isDay(ws[k+1].lower()):
			k += 2
			changed = true
		case (l == "in" || l == "at" || l == "during") && k+2 < len(ws) && determiners[ws[k+1].lower()] &&
			adjunctNoun[ws[k+2].lower()]:
			k += 3
			for k < len(ws) && adjunctNoun[ws[k].lower()] {
				k++
			}
			changed = true
		case l == "," && k+1 < len(ws):
			k++
			changed = true
		}
	}
	if k < len(ws) && ws[k].lower() == "that" {
		return k + 1
	}
	// "told a news conference in Baghdad that …": a "that" close after
	// the cue, with no comma before it, opens the clause.
	for m := k; m < len(ws) && m < k+7; m++ {
		if ws[m].text == "," || ws[m].text == ";" {
			break
		}
		if ws[m].lower() == "that" {
			return m + 1
		}
	}
	return k
}

// adjunctNoun are the nouns of "in a statement", "at a news conference".
var adjunctNoun = wordSet(`statement interview speech news press conference briefing meeting
television radio post tweet letter message video rally hearing session address event call
phone telephone`)

// indirectQuote builds an indirect quote of the words ws[i:j].
func indirectQuote(ws []word, i, j int, p phrase, c cue, rule string) (quote, bool) {
	n := 0
	for _, w := range ws[i:j] {
		if w.isWord() {
			n++
		}
	}
	if n < 3 || i >= j {
		return quote{}, false
	}
	return quote{
		start: ws[i].start, end: ws[j-1].end,
		speaker: p, hasSpeaker: true,
		cue: c, hasCue: true,
		rule: rule,
	}, true
}

// overlapsSegment reports whether [start,end) overlaps a quoted segment;
// segs is in text order.
func overlapsSegment(segs []segment, start, end int) bool {
	for _, g := range segs {
		if g.open >= end {
			return false
		}
		if g.close > start {
			return true
		}
	}
	return false
}

// one returns q alone when ok.
func one(q quote, ok bool) []quote {
	if !ok {
		return nil
	}
	return []quote{q}
}
