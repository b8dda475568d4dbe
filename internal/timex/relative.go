package timex

import (
	"strconv"
	"time"
)

// Dates relative to the publication day: weekdays, yesterday and
// tomorrow, last/this/next units, seasons, quarters, "three days ago".

// mWeekday: "Thursday", "Thursday night", "Thursday, Nov. 21, 2024",
// "Thursday's", "Fridays" (a set).
func (s *scanner) mWeekday(i int) (match, bool) {
	t := s.tk(i)
	if t.w.wday == 0 {
		return match{}, false
	}
	wd := int(t.w.wday)
	if t.w.abbr {
		// "Thu, Nov 21": only with a date after it.
		k := i + 1
		if s.low(k) == "." {
			k++
		}
		if s.low(k) == "," {
			k++
		}
		if m, ok := s.mMonthFirst(k); ok && m.r.gran == "day" {
			m.i, m.rule = i, "date.weekday-"+m.rule[5:]
			return m, true
		}
		if m, ok := s.mDayFirst(k); ok && m.r.gran == "day" {
			m.i, m.rule = i, "date.weekday-"+m.rule[5:]
			return m, true
		}
		return match{}, false
	}
	if t.w.wdays {
		v := "XXXX-WXX-" + strconv.Itoa(wd)
		j := i + 1
		if p := s.tk(j).w.part; p != "" {
			v += "T" + p
			j++
		}
		return match{i: i, j: j, r: res{typ: "SET", value: v, gran: "day"}, rule: "set.weekdays"}, true
	}
	prev := s.tk(i - 1)
	if prev.cap && nonDayWords[prev.low] {
		return match{}, false
	}
	j := i + 1
	if (s.low(j) == "and" || s.low(j) == "or") && s.tk(j+1).w.wday != 0 && !s.tk(j+1).w.abbr {
		if p, ok := pluralParts[s.low(j+2)]; ok {
			// "Monday and Tuesday nights": both sets
			return match{i: i, j: j, r: res{typ: "SET", value: "XXXX-WXX-" + strconv.Itoa(wd) + "T" + p, gran: "day"}, rule: "set.weekday-parts"}, true
		}
	}
	if p, ok := pluralParts[s.low(j)]; ok {
		// "Tuesday nights": a set
		return match{i: i, j: j + 1, r: res{typ: "SET", value: "XXXX-WXX-" + strconv.Itoa(wd) + "T" + p, gran: "day"}, rule: "set.weekday-parts"}, true
	}
	// A date after the weekday fixes it.
	k := j
	if s.low(k) == "," {
		k++
	}
	if m, ok := s.mMonthFirst(k); ok && m.r.gran == "day" {
		m.i, m.rule = i, "date.weekday-"+m.rule[5:]
		if isoWday(m.r.lo) != wd && !m.rel {
			m.diag = "weekday does not match the date " + m.r.value
		}
		return m, true
	}
	if m, ok := s.mDayFirst(k); ok && m.r.gran == "day" {
		m.i, m.rule = i, "date.weekday-"+m.rule[5:]
		return m, true
	}
	next := s.tk(j)
	if pw := s.low(i - 1); next.cap && next.w == noWord && !next.brk && !(pw == "on" || pw == "last" || pw == "next" || pw == "this" ||
		pw == "his" || pw == "her" || pw == "their" || pw == "its" || pw == "our") {
		return match{}, false // "Sunday Times"; but "in his Sunday Mass"
	}
	dir := s.tense(i, j)
	if s.low(j) == "'" && s.low(j+1) == "s" {
		// "Wednesday's ruling" was news already, unless a cue just
		// before says otherwise ("ahead of Thursday's vote"); the verb
		// of the clause does not date the noun ("would look for ways
		// to get around Wednesday's ruling")
		dir = -1
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if c := s.cueAt(k); c != 0 {
				dir = c
				break
			}
			if s.t[k].brk {
				break
			}
		}
	}
	d := s.weekdayDay(wd, dir)
	r := dayRes(d)
	x := "XXXX-WXX-" + strconv.Itoa(wd)
	rule := "date.weekday"
	if p := next.w.part; p != "" && next.low != "overnight" {
		r.value += "T" + p
		r.typ = "TIME"
		x += "T" + p
		j++
		rule = "date.weekday-part"
	}
	return match{i: i, j: j, r: r, rule: rule, rel: true, xval: x}, true
}

// weekdayDay resolves weekday wd: the most recent one on or before the
// anchor, or with dir > 0 the next one on or after it.
func (s *scanner) weekdayDay(wd, dir int) time.Time {
	a := isoWday(s.anchor)
	if dir > 0 {
		return addDays(s.anchor, (wd-a+7)%7)
	}
	return addDays(s.anchor, -((a - wd + 7) % 7))
}

// partAfter reads a part of the day after a day expression ("yesterday
// morning") and returns its code and the index after it.
func (s *scanner) partAfter(j int) (string, int) {
	if p := s.tk(j).w.part; p != "" && s.low(j) != "overnight" {
		return p, j + 1
	}
	return "", j
}

// mDeictic: yesterday, today, tomorrow, tonight, "last night", "this
// morning", "the day before yesterday", with a part of day after.
func (s *scanner) mDeictic(i int) (match, bool) {
	off, j := 0, i+1
	part := ""
	rule := "rel.deictic"
	if p := s.tk(i).w.part; p != "" && s.low(i) != "overnight" {
		// "afternoon yesterday", "mid-afternoon yesterday" (with mMod)
		switch s.low(i + 1) {
		case "yesterday", "today", "tomorrow":
			off = map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1}[s.low(i+1)]
			r := dayRes(addDays(s.anchor, off))
			r.value += "T" + p
			r.typ = "TIME"
			return match{i: i, j: i + 2, r: r, rule: "rel.part-deictic", rel: true}, true
		}
	}
	switch s.low(i) {
	case "yesterday":
		off = -1
	case "today":
		if s.todayInName(i) {
			return match{}, false
		}
		off = 0
	case "tomorrow":
		off = 1
	case "tonight":
		part = "NI"
	case "overnight":
		part = "NI"
	case "the":
		if s.low(i+1) == "weekend" {
			// on a weekend, that one; on weekdays, the one just past in a
			// past sentence or early in the week, else the coming one
			d := s.anchor
			wd, dir := isoWday(d), s.tense(i, i+2)
			if wd <= 5 && (dir < 0 || dir == 0 && wd <= 3) {
				d = addDays(d, -7)
			}
			return match{i: i, j: i + 2, r: weekendRes(d), rule: "rel.the-weekend", rel: true}, true
		}
		if s.low(i+1) == "day" && (s.low(i+2) == "before" && s.low(i+3) == "yesterday" || s.low(i+2) == "after" && s.low(i+3) == "tomorrow") {
			off, j = -2, i+4
			if s.low(i+3) == "tomorrow" {
				off = 2
			}
		} else {
			return match{}, false
		}
	case "last":
		if s.low(i+1) != "night" {
			return match{}, false
		}
		off, part, j = -1, "NI", i+2
	case "this":
		p := s.tk(i + 1).w.part
		if p == "" || p == "NI" && s.low(i+1) == "overnight" {
			return match{}, false
		}
		part, j = p, i+2
	default:
		return match{}, false
	}
	if part == "" {
		part, j = s.partAfter(j)
	}
	r := dayRes(addDays(s.anchor, off))
	if part != "" {
		r.value += "T" + part
		r.typ = "TIME"
		rule = "rel.deictic-part"
	}
	return match{i: i, j: j, r: r, rule: rule, rel: true}, true
}

// todayInName reports whether a capitalised "Today" at i ends a name
// ("USA Today", "(Sahel Today)"): a capitalised word just before it in
// the same sentence, and after it a bracket, punctuation or a lower-case
// word of more than three letters, which a title-case headline ("Crowds
// Rally Today in Capital") would not have.
func (s *scanner) todayInName(i int) bool {
	t, prev := s.tk(i), s.tk(i-1)
	if !t.cap || t.brk || !prev.cap || !prev.letter || prev.w.wday != 0 || prev.w.month != 0 {
		return false
	}
	next := s.tk(i + 1)
	if !next.letter {
		return true
	}
	return !next.cap && len(next.low) > 3
}

// relWord classifies last/this/next-like words: -1, 0 or +1.
func relWord(w string) (int, bool) {
	switch w {
	case "last", "past", "previous":
		return -1, true
	case "this", "current", "present":
		return 0, true
	case "next", "coming", "upcoming":
		return 1, true
	}
	return 0, false
}

// mRel: last/this/next week, month, year, quarter, weekend; "last
// Monday", "next March", "last summer"; "the past three years".
func (s *scanner) mRel(i int) (match, bool) {
	k := i
	the := s.low(k) == "the"
	if the {
		k++
	}
	rw := s.low(k)
	if rw == "this" && (s.low(k+1) == "past" || s.low(k+1) == "coming") {
		k++ // "this past weekend", "this coming Sunday"
		rw = s.low(k)
	}
	dir, ok := relWord(rw)
	if !ok {
		if rw == "latest" || rw == "following" {
			dir = 2
		} else {
			return match{}, false
		}
	}
	k++
	a := s.anchor
	// the past/next N units: a duration from or to the anchor
	if n, kk, ok := s.count(k); ok && (the || dir != 0) && s.low(k) != "a" && s.low(k) != "an" {
		if s.low(kk) == "to" || s.low(kk) == "or" {
			if _, k2, ok := s.count(kk + 1); ok {
				n, kk = -1, k2
			}
		}
		u := s.tk(kk).w.unit
		if u != 0 && (s.tk(kk).w.plural || n == 1) && dir != 0 && dir != 2 {
			r := s.anchoredDuration(n, u, dir)
			return match{i: i, j: kk + 1, r: r, rule: "rel.anchored-duration", rel: r.hasRange}, true
		}
		if u != 0 && s.tk(kk).w.plural && n >= 0 {
			// "the latest nine months", "the following three days"
			code, tp, mult := unitCode(u)
			v := "P" + strconv.Itoa(n*mult) + code
			if tp {
				v = "PT" + strconv.Itoa(n*mult) + code
			}
			return match{i: i, j: kk + 1, r: res{typ: "DURATION", value: v, gran: granOf(u)}, rule: "duration.count"}, true
		}
		return match{}, false
	}
	if (s.low(k) == "fiscal" || s.low(k) == "financial") && (s.low(k+1) == "year" || s.low(k+1) == "quarter") {
		k++ // "the current fiscal year": the calendar one (no fiscal arithmetic)
	}
	t := s.tk(k)
	j := k + 1
	y, mo := a.Year(), int(a.Month())
	q := (mo-1)/3 + 1
	var r res
	rule := "rel."
	switch {
	case dir == 2:
		if rw == "latest" && (t.low == "quarter" || t.low == "period") {
			r, rule = quarterRes(y, q-1), "rel.latest-quarter"
			break
		}
		return match{}, false
	case t.w.unit != 0 && !t.w.plural:
		if t.cap && s.tk(k-1).cap && !s.tk(i).brk && s.low(i-1) != "-" {
			return match{}, false // ABC's "This Week": a title in mid-sentence
		}
		if the && s.low(j) == "of" {
			return match{}, false // "the last day of the month"
		}
		if the && (rw == "past" || rw == "last") && t.w.unit != uWeekend && t.w.unit != uQuarter {
			r = s.anchoredDuration(1, t.w.unit, -1)
			return match{i: i, j: j, r: r, rule: "rel.anchored-duration", rel: true}, true
		}
		switch t.w.unit {
		case uWeek:
			r = weekRes(addDays(a, 7*dir))
		case uWeekend:
			r = weekendRes(addDays(a, 7*dir))
		case uMonth:
			r = monthRes(y, mo+dir)
		case uQuarter:
			r = quarterRes(y, q+dir)
		case uYear:
			r = yearRes(y + dir)
		case uDecade:
			r = decadeRes(y/10*10 + 10*dir)
		case uCentury:
			r = centuryRes(y/100 + 1 + dir)
		default:
			return match{}, false
		}
		rule += rw + "-" + t.low
	case t.w.unit != 0 && t.w.plural && (rw == "coming" || rw == "past" || rw == "last" || rw == "next"):
		// "the coming days", "the past weeks": vague
		if dir > 0 {
			r = vagueRes("FUTURE_REF", a, t.w.unit, 1)
		} else {
			r = vagueRes("PAST_REF", a, t.w.unit, -1)
		}
		rule = "vague." + rw + "-" + t.low
	case t.w.month != 0 && !t.w.abbr && (t.cap || t.w.month != 3 && t.w.month != 5):
		// "this march", "the last may" are no months
		m := int(t.w.month)
		switch dir {
		case -1:
			yy := y
			if m >= mo {
				yy--
			}
			r = monthRes(yy, m)
		case 0:
			r = monthRes(y, m)
		case 1:
			yy := y
			if m <= mo {
				yy++
			}
			r = monthRes(yy, m)
		}
		rule += rw + "-month"
	case t.w.wday != 0 && !t.w.abbr && !t.w.wdays:
		wd := int(t.w.wday)
		aw := isoWday(a)
		var d time.Time
		switch dir {
		case -1:
			back := (aw - wd + 7) % 7
			if back == 0 {
				back = 7
			}
			d = addDays(a, -back)
		case 0:
			d = addDays(monday(a), wd-1)
		case 1:
			fwd := (wd - aw + 7) % 7
			if fwd == 0 {
				fwd = 7
			}
			d = addDays(a, fwd)
		}
		r = dayRes(d)
		if p, jj := s.partAfter(j); p != "" {
			r.value += "T" + p
			r.typ = "TIME"
			j = jj
		}
		rule += rw + "-weekday"
	case t.w.season != "":
		r = s.relSeason(t.w.season, dir)
		rule += rw + "-season"
	default:
		return match{}, false
	}
	if the && dir != 2 && !(rw == "coming" || rw == "past" || rw == "current" || rw == "previous" || rw == "next" || rw == "last") {
		return match{}, false
	}
	return match{i: i, j: j, r: r, rule: rule, rel: true}, true
}

// relSeason resolves "last/this/next summer".
func (s *scanner) relSeason(name string, dir int) res {
	cy, cs := seasonOf(s.anchor)
	switch dir {
	case 0:
		if cs == name {
			return seasonRes(cy, name)
		}
		y := s.anchor.Year()
		if name == "WI" && s.anchor.Month() < 3 {
			y--
		}
		return seasonRes(y, name)
	case -1:
		for y := s.anchor.Year(); ; y-- {
			r := seasonRes(y, name)
			if r.hi.Before(s.anchor) {
				return r
			}
		}
	}
	for y := s.anchor.Year() - 1; ; y++ {
		r := seasonRes(y, name)
		if r.lo.After(s.anchor) {
			return r
		}
	}
}

// mAgo: "three days ago", "a year earlier", "two weeks from now",
// "several years ago".
func (s *scanner) mAgo(i int) (match, bool) {
	if t := s.tk(i); t.w.unit != 0 && t.w.plural && s.low(i+1) == "ago" {
		// "years ago": some time before
		return match{i: i, j: i + 2, r: res{typ: "DATE", value: "PAST_REF", gran: "vague"}, rule: "rel.ago-vague"}, true
	}
	n, k, ok := s.count(i)
	if !ok {
		return match{}, false
	}
	u := s.tk(k).w.unit
	if u == 0 || u == uWeekend {
		return match{}, false
	}
	j := k + 1
	if s.low(j) == "or" && s.low(j+1) == "so" {
		j += 2 // "a week or so ago"
	}
	dir := 0
	// "two days earlier" counts from the day the text has just named,
	// when it has named one ("Gunmen attacked a bus on Thursday. A day
	// earlier, …"); "ago" counts from the anchor. ("Two days later" is a
	// duration, as TimeML marks it; the events stage dates from it.)
	narrative := u == uDay && n > 0 && s.ref.hasDay
	switch s.low(j) {
	case "ago", "earlier", "before":
		dir = -1
		if s.low(j) == "before" && !(s.tk(j+1).brk || s.tk(j+1).low == "," || s.tk(j+1).low == "." || j+1 >= len(s.t)) {
			return match{}, false // "two days before the vote" hangs on the vote
		}
		narrative = narrative && s.low(j) != "ago"
	case "from", "hence":
		if s.low(j) == "from" && s.low(j+1) != "now" {
			return match{}, false
		}
		dir, narrative = 1, false
		if s.low(j) == "from" {
			j++
		}
	default:
		return match{}, false
	}
	j++
	a := s.anchor
	if n < 0 {
		v := "PAST_REF"
		if dir > 0 {
			v = "FUTURE_REF"
		}
		return match{i: i, j: j, r: res{typ: "DATE", value: v, gran: "vague"}, rule: "rel.ago-vague"}, true
	}
	nd := n * dir
	if narrative {
		return match{i: i, j: j, r: dayRes(addDays(s.ref.day, nd)), rule: "narrative.days-" + s.low(j-1), rel: s.ref.dayRel}, true
	}
	var r res
	switch u {
	case uDay:
		r = dayRes(addDays(a, nd))
	case uWeek:
		r = weekRes(addDays(a, 7*nd))
	case uFortn:
		r = weekRes(addDays(a, 14*nd))
	case uMonth:
		r = monthRes(a.Year(), int(a.Month())+nd)
	case uQuarter:
		r = quarterRes(a.Year(), (int(a.Month())-1)/3+1+nd)
	case uYear:
		r = yearRes(a.Year() + nd)
		if s.quarterTalk(i) {
			// "profit rose from $3 million a year ago": the same quarter
			// of an earlier year, in a sentence about quarters
			r = quarterRes(a.Year()+nd, (int(a.Month())-1)/3)
		}
	case uDecade:
		r = yearRes(a.Year() + 10*nd)
	case uCentury:
		r = yearRes(a.Year() + 100*nd)
	case uHour, uMinute, uSecond:
		r = dayRes(a)
		r.typ, r.gran = "TIME", "time"
	}
	return match{i: i, j: j, r: r, rule: "rel.ago", rel: true}, true
}

// quarterTalk reports whether token i stands in a report of quarterly
// results: its sentence names a quarter or a period, or the sentence
// before names a quarter.
func (s *scanner) quarterTalk(i int) bool {
	return s.sentenceHas(i, "quarter", "period") || s.prevSentenceHas(i, "quarter")
}

// sentenceHas reports whether the sentence of token i holds one of words.
func (s *scanner) sentenceHas(i int, words ...string) bool {
	for k := i; k >= 0; k-- {
		for _, w := range words {
			if s.t[k].low == w {
				return true
			}
		}
		if s.t[k].brk {
			break
		}
	}
	for k := i + 1; k < len(s.t) && !s.t[k].brk; k++ {
		for _, w := range words {
			if s.t[k].low == w {
				return true
			}
		}
	}
	return false
}

// prevSentenceHas reports whether the sentence before that of token i
// holds one of words.
func (s *scanner) prevSentenceHas(i int, words ...string) bool {
	k := i
	for k > 0 && !s.t[k].brk {
		k--
	}
	for k--; k >= 0; k-- {
		for _, w := range words {
			if s.t[k].low == w {
				return true
			}
		}
		if s.t[k].brk {
			break
		}
	}
	return false
}

// yearAgo reads "year-earlier" or "year-ago" at i and returns the index
// after it.
func (s *scanner) yearAgo(i int) (int, bool) {
	if s.low(i) == "year" && s.low(i+1) == "-" && (s.low(i+2) == "earlier" || s.low(i+2) == "ago") && s.adj(i+1) && s.adj(i+2) {
		return i + 3, true
	}
	return i, false
}

// mQuarter: "the third quarter", "third-quarter", "Q3 2024", "the first
// quarter of 2024", "the first half of 2024", "the latest quarter".
func (s *scanner) mQuarter(i int) (match, bool) {
	k := i
	the := s.low(k) == "the" || s.low(k) == "its"
	if the {
		k++
	}
	if the && (s.low(k) == "comparable" || s.low(k) == "corresponding" || s.low(k) == "same") {
		k++
	}
	a := s.anchor
	last := func() res { return quarterRes(a.Year(), (int(a.Month())-1)/3) } // the last full quarter
	yoff := 0
	if kk, ok := s.yearAgo(k); ok {
		yoff, k = -1, kk
		if s.tk(k).w.ord == 0 && !(s.low(k) == "q" && s.adj(k+1)) {
			// "the year-ago quarter", a bare "year-earlier"
			if s.low(k) == "quarter" || s.low(k) == "period" {
				return match{i: i, j: k + 1, r: quarterRes(a.Year()-1, (int(a.Month())-1)/3), rule: "rel.year-ago-quarter", rel: true}, true
			}
			if s.sentenceHas(i, "quarter") {
				return match{i: i, j: k, r: quarterRes(a.Year()-1, (int(a.Month())-1)/3), rule: "rel.year-ago-quarter", rel: true}, true
			}
			return match{i: i, j: k, r: yearRes(a.Year() - 1), rule: "rel.year-ago", rel: true}, true
		}
	}
	if the {
		kk := k
		if s.low(kk) == "latest" {
			kk++
		}
		if s.low(kk) == "quarter" && s.low(kk+1) != "of" && s.low(kk+1) != "-" && s.low(kk+1) != "century" || s.low(kk) == "period" && kk > k {
			if n, k2, ok := s.count(kk + 1); ok && n == 1 && s.low(k2) == "year" && (s.low(k2+1) == "ago" || s.low(k2+1) == "earlier") {
				// "the quarter a year ago"
				return match{i: i, j: k2 + 2, r: quarterRes(a.Year()-1, (int(a.Month())-1)/3), rule: "rel.quarter-a-year-ago", rel: true}, true
			}
			return match{i: i, j: kk + 1, r: last(), rule: "rel.latest-quarter", rel: true}, true
		}
	}
	if yy, ok := s.yearNum(k); ok && the && (s.low(k+1) == "quarter" || s.low(k+1) == "period") {
		// "the 1988 quarter", "the 1989 period": the quarter being
		// reported (the last full one) in that year
		lq := (int(a.Month())+8)/3%4 + 1
		return match{i: i, j: k + 2, r: quarterRes(yy, lq), rule: "date.year-quarter"}, true
	}
	y := 0
	if yy, ok := s.yearNum(k); ok && s.tk(k+1).w.ord != 0 {
		y = yy
		k++
	} else if rd, ok := relWord(s.low(k)); ok && s.low(k+1) == "year" && s.low(k+2) == "'" && s.low(k+3) == "s" && (s.tk(k+4).w.ord != 0 || s.low(k+4) == "q") {
		// "this year's third quarter"
		y = a.Year() + rd
		k += 4
	}
	if s.low(k) == "fiscal" {
		k++
	}
	q, half := 0, false
	switch {
	case s.low(k) == "q" && s.adj(k+1) && s.tk(k+1).digits && s.tk(k+1).num >= 1 && s.tk(k+1).num <= 4:
		q = s.tk(k + 1).num
		k += 2
	case (s.low(k) == "last" || s.low(k) == "latter") && s.low(k+1) == "half" && s.low(k+2) == "of" && s.isYear(k+3):
		q, half, k = 2, true, k+2 // "the last half of 1989"
	case (s.low(k) == "first" || s.low(k) == "last") && s.low(k+1) == "two" && s.low(k+2) == "quarters" && s.low(k+3) == "of" && s.isYear(k+4):
		q, half, k = 1, true, k+3 // "the first two quarters of 1990"
		if s.low(k-3) == "last" {
			q = 2
		}
	case s.tk(k).w.ord >= 1 && s.tk(k).w.ord <= 4:
		q = int(s.tk(k).w.ord)
		k++
		if s.low(k) == "-" && s.adj(k) {
			k++
		}
		switch s.low(k) {
		case "quarter":
		case "half":
			if q > 2 {
				return match{}, false
			}
			half = true
		default:
			return match{}, false
		}
		k++
	default:
		return match{}, false
	}
	kk := k
	if s.low(kk) == "of" || s.low(kk) == "in" {
		kk++
	}
	if s.low(kk) == "fiscal" {
		kk++
	}
	if yy, ok := s.yearNum(kk); ok && y == 0 {
		y, k = yy, kk+1
	} else if rd, ok := relWord(s.low(kk)); ok && y == 0 && kk > k && s.low(kk+1) == "year" && s.low(kk) != "past" && s.low(kk) != "coming" {
		// "the second half of this year"
		y, k = a.Year()+rd, kk+2
		rel := true
		if half {
			return match{i: i, j: k, r: halfRes(y, q), rule: "date.half", rel: rel, xval: "XXXX-H" + strconv.Itoa(q)}, true
		}
		return match{i: i, j: k, r: quarterRes(y, q), rule: "date.quarter", rel: rel, xval: "XXXX-Q" + strconv.Itoa(q)}, true
	}
	rel := false
	if y == 0 {
		rel = true
		y = s.anchor.Year()
		start := date(y, 3*q-2, 1)
		if half {
			start = date(y, 6*q-5, 1)
		}
		if start.After(s.anchor) && s.tense(i, k) <= 0 {
			y--
		}
		y += yoff
	}
	if half {
		return match{i: i, j: k, r: halfRes(y, q), rule: "date.half", rel: rel, xval: "XXXX-H" + strconv.Itoa(q)}, true
	}
	return match{i: i, j: k, r: quarterRes(y, q), rule: "date.quarter", rel: rel, xval: "XXXX-Q" + strconv.Itoa(q)}, true
}

// isYear reports whether a year number stands at token k.
func (s *scanner) isYear(k int) bool {
	_, ok := s.yearNum(k)
	return ok
}

// mSeason: "summer", "the summer", "summer 2024", "the summer of 2024",
// "winter" in a past or future sentence.
func (s *scanner) mSeason(i int) (match, bool) {
	k := i
	if s.low(k) == "the" {
		k++
	}
	t := s.tk(k)
	if t.w.season == "" {
		return match{}, false
	}
	if t.low == "fall" && !(s.low(k-1) == "the" || s.low(k-1) == "in" || s.low(k-1) == "this") {
		return match{}, false
	}
	k++
	kk := k
	if s.low(kk) == "of" {
		kk++
	}
	if y, kk, ok := s.yearAt(kk); ok {
		return match{i: i, j: kk, r: seasonRes(y, t.w.season), rule: "date.season-year"}, true
	}
	if rd, ok := relWord(s.low(kk)); ok && kk > k && s.low(kk+1) == "year" && s.low(kk) != "past" && s.low(kk) != "coming" {
		// "the spring of next year"
		return match{i: i, j: kk + 2, r: seasonRes(s.anchor.Year()+rd, t.w.season), rule: "date.season-rel-year", rel: true, xval: "XXXX-" + t.w.season}, true
	}
	if s.low(i) != "the" && !(s.low(i-1) == "in" || s.low(i-1) == "during" || s.low(i-1) == "by" || s.low(i-1) == "since" ||
		(s.low(i-1) == "early" || s.low(i-1) == "late" || s.low(i-1) == "mid" || s.low(i-1) == "-" && s.low(i-2) == "mid")) {
		return match{}, false
	}
	// The nearest one in the direction of the tense; the current season
	// when it is this one.
	dir := s.tense(i, k)
	var r res
	if _, cs := seasonOf(s.anchor); cs == t.w.season {
		r = s.relSeason(t.w.season, 0)
	} else if dir > 0 {
		r = s.relSeason(t.w.season, 1)
	} else {
		r = s.relSeason(t.w.season, -1)
	}
	return match{i: i, j: k, r: r, rule: "date.season", rel: true, xval: "XXXX-" + t.w.season}, true
}

// mTheYear: "the year", "the full year", "the fiscal year" in a report
// are the publication year ("a record for the year"); one that "ended"
// or "ends" on a day is a year-long period, P1Y ("revenue for the year
// ended March 31"). "Year-end", "year's end" are the last day of the
// publication year, or of the one before after "since".
func (s *scanner) mTheYear(i int) (match, bool) {
	a := s.anchor
	switch s.low(i) {
	case "year":
		// "year-end", "year end", "year's end"
		j := i + 1
		if s.low(j) == "-" && s.adj(j) {
			j++
		} else if s.low(j) == "'" && s.low(j+1) == "s" && s.adj(j) {
			j += 2
		}
		if s.low(j) != "end" || s.tk(i).cap && !s.tk(i).brk || s.low(i-1) == "the" || s.low(j+1) == "-" {
			return match{}, false // "Year End Review"; "the year end" is mRel's or mMod's
		}
		y := a.Year()
		if s.low(i-1) == "since" && !(a.Month() == 12 && a.Day() == 31) {
			y--
		}
		return match{i: i, j: j + 1, r: dayRes(date(y, 12, 31)), rule: "rel.year-end", rel: true, xval: "XXXX-12-31"}, true
	case "the":
	default:
		return match{}, false
	}
	k := i + 1
	if w := s.low(k); w == "full" || w == "fiscal" || w == "financial" || w == "calendar" {
		k++
	}
	if s.low(k) != "year" || s.tk(k).cap {
		return match{}, false
	}
	j := k + 1
	switch s.low(j) {
	case "ended", "ending", "ends", "that", "to":
		if s.low(j) == "that" && s.low(j+1) != "ended" && s.low(j+1) != "ends" {
			return match{}, false
		}
		return match{i: i, j: j, r: res{typ: "DURATION", value: "P1Y", gran: "year"}, rule: "duration.the-year-ended"}, true
	case "-", "'", "before", "after", "earlier", "later", "in", "when", "of", "two", "since", "he", "she", "they", "it", "we":
		return match{}, false // "the year-ago quarter", "the year before", "the year of the dragon", "the year he left"
	}
	if nx := s.tk(j); nx.digits || nx.w.num != 0 {
		return match{}, false // "the year 2000", "the year two thousand"
	}
	return match{i: i, j: j, r: yearRes(a.Year()), rule: "rel.the-year", rel: true, xval: "XXXX"}, true
}
