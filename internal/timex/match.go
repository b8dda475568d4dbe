package timex

import (
	"strconv"
	"strings"
	"time"
)

// The matchers. Each one tries to read one kind of expression starting at
// token i and returns the match (tokens [i, j)) or false. scan tries them
// all at every position and keeps the longest, left to right, so spans
// never overlap.

// scanner holds one document's tokens and its anchor day.
type scanner struct {
	text   string
	t      []tok
	anchor time.Time
	known  bool
	// order is how the text writes numeric dates, when one of them shows
	// it: -1 day first (19/11/2024), +1 month first (11/19/2024), else 0.
	order int
	// ref is the last date the text named, for "the next day" and "that
	// year" (see narrative.go).
	ref reference
}

// numericOrder finds the order of numeric dates from the first one whose
// day is over 12; two that disagree leave it unknown.
func (s *scanner) numericOrder() int {
	order := 0
	for i := 0; i+4 < len(s.t); i++ {
		a, b, c := &s.t[i], &s.t[i+2], &s.t[i+4]
		sep := s.t[i+1].low
		if !a.digits || !b.digits || !c.digits || (sep != "/" && sep != ".") || s.t[i+3].low != sep ||
			s.t[i+1].gap || s.t[i+2].gap || s.t[i+3].gap || s.t[i+4].gap || len(a.low) > 2 || len(b.low) > 2 || len(c.low) != 4 {
			continue
		}
		o := 0
		switch {
		case a.num > 12 && a.num <= 31 && b.num >= 1 && b.num <= 12:
			o = -1
		case b.num > 12 && b.num <= 31 && a.num >= 1 && a.num <= 12:
			o = 1
		}
		if o != 0 && order != 0 && o != order {
			return 0
		}
		if o != 0 {
			order = o
		}
	}
	return order
}

// match is one expression found: tokens [i, j), its resolution, and the
// rule that made it.
type match struct {
	i, j int
	r    res
	rule string
	rel  bool   // resolved against the anchor
	xval string // value when the anchor is unknown; "" means xOut(value)
	diag string // a doubt to report
}

var none = tok{w: noWord}

// tk returns token i, or an empty token out of range.
func (s *scanner) tk(i int) *tok {
	if i < 0 || i >= len(s.t) {
		return &none
	}
	return &s.t[i]
}

func (s *scanner) low(i int) string { return s.tk(i).low }

// adj reports whether token i exists and directly follows token i-1.
func (s *scanner) adj(i int) bool { return i < len(s.t) && i > 0 && !s.t[i].gap }

// starters are words that may begin an expression though the lexicon has
// nothing on them.
var starters = map[string]bool{
	"yesterday": true, "today": true, "tomorrow": true, "tonight": true, "last": true, "this": true,
	"next": true, "past": true, "the": true, "early": true, "late": true, "mid": true, "earlier": true,
	"later": true, "recently": true, "now": true, "currently": true, "coming": true, "previous": true,
	"current": true, "latest": true, "upcoming": true, "soon": true, "recent": true, "previously": true,
	"formerly": true, "nowadays": true, "present": true, "every": true, "each": true, "about": true,
	"nearly": true, "almost": true, "around": true, "roughly": true, "approximately": true, "more": true,
	"less": true, "at": true, "over": true, "noon": true, "midnight": true, "midday": true, "fiscal": true,
	"q": true, "christmas": true, "xmas": true, "new": true, "thanksgiving": true, "these": true,
	"future": true, "end": true, "beginning": true, "start": true,
	"middle": true, "half": true, "years": true, "decades": true, "centuries": true, "year": true,
	"'": true, "that": true, "those": true,
}

// scan returns the matches of the whole text, in order.
func (s *scanner) scan() []match {
	out := make([]match, 0, len(s.t)/16+4)
	for i := 0; i < len(s.t); {
		t := &s.t[i]
		if !t.digits && t.w == noWord && !starters[t.low] {
			i++
			continue
		}
		m, ok := s.best(i)
		if !ok {
			i++
			continue
		}
		out = append(out, m)
		s.ref.note(m)
		i = m.j
	}
	return s.mergeTimes(out)
}

type matcher func(s *scanner, i int) (match, bool)

// matchers are tried at every candidate token; the longest match wins,
// ties going to the one listed first. The list is read-only.
var matchers = []matcher{
	(*scanner).mNumeric, (*scanner).mMonthFirst, (*scanner).mDayFirst, (*scanner).mWeekday,
	(*scanner).mYear, (*scanner).mDecade, (*scanner).mDeictic, (*scanner).mRel, (*scanner).mAgo,
	(*scanner).mDuration, (*scanner).mSet, (*scanner).mVague, (*scanner).mTime, (*scanner).mQuarter,
	(*scanner).mSeason, (*scanner).mHoliday, (*scanner).mDayOrd, (*scanner).mMod, (*scanner).mApprox,
	(*scanner).mNarrative,
}

// best returns the longest match starting at i.
func (s *scanner) best(i int) (match, bool) {
	var b match
	found := false
	for _, f := range matchers {
		if m, ok := f(s, i); ok && (!found || m.j > b.j) {
			b, found = m, true
		}
	}
	return b, found
}

// coreMatchers read the dates that early/mid/late and earlier/later may
// wrap. The list is read-only.
var coreMatchers = []matcher{(*scanner).mMonthFirst, (*scanner).mWeekday, (*scanner).mYear, (*scanner).mDecade,
	(*scanner).mDeictic, (*scanner).mRel, (*scanner).mQuarter, (*scanner).mSeason, (*scanner).mNumeric, (*scanner).mDayFirst,
	(*scanner).mNarrative}

// core returns the longest date-like match at i, for modifiers to wrap.
func (s *scanner) core(i int) (match, bool) {
	var b match
	found := false
	for _, f := range coreMatchers {
		if m, ok := f(s, i); ok && (!found || m.j > b.j) {
			b, found = m, true
		}
	}
	return b, found
}

// tense returns +1 when the tense cue nearest before tokens [i, j) in
// the same sentence (or, failing one, the nearest after) points to the
// future, -1 when it points to the past, 0 when there is none. The verb
// that governs a date usually comes before it ("said Friday", "will meet
// on Thursday").
func (s *scanner) tense(i, j int) int {
	if s.low(i-1) == "as" && (s.low(i-2) == "soon" || s.low(i-2) == "early") && s.low(i-3) == "as" {
		return 1 // "as soon as Tuesday"
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if w := s.t[k].low; (w == "until" || w == "till") && !s.t[k].brk {
			return 1 // "postponed until Tuesday"; not "Until Tuesday, they had …"
		}
		if c := cue(s.t[k].low); c != 0 {
			return c
		}
		if s.t[k].brk {
			break
		}
	}
	for k := j; k < len(s.t) && k < j+8 && !s.t[k].brk; k++ {
		if c := cue(s.t[k].low); c != 0 {
			return c
		}
	}
	return 0
}

func cue(w string) int {
	if futureCues[w] {
		return 1
	}
	if pastCues[w] {
		return -1
	}
	if len(w) > 4 && w[len(w)-2:] == "ed" && !notPast[w] && (w[len(w)-3] != 'e' || w == "agreed" || w == "freed") {
		return -1 // a past tense or participle: "attacked"; not "succeed"
	}
	return 0
}

// ---- absolute dates ----

// dayNum reads a day of the month at i: digits 1–31 with an optional
// ordinal suffix of any spelling ("22nd", "22th"). It returns the day and
// the index after it.
func (s *scanner) dayNum(i int) (int, int, bool) {
	t := s.tk(i)
	if !t.digits || len(t.low) > 2 || t.num < 1 || t.num > 31 {
		return 0, 0, false
	}
	j := i + 1
	switch s.low(j) {
	case "st", "nd", "rd", "th", "d":
		if s.adj(j) {
			j++
		}
	}
	// "19:30", "19.5", "19-year" are not days.
	if s.adj(j) && ((s.low(j) == ":" || s.low(j) == ".") && s.tk(j+1).digits && s.adj(j+1) || s.low(j) == "-" && s.adj(j+1)) {
		return 0, 0, false
	}
	if s.adj(j) && s.tk(j).letter {
		return 0, 0, false
	}
	return t.num, j, true
}

// yearAt reads a year at i, in digits or in words, and returns it and
// the index after it.
func (s *scanner) yearAt(i int) (int, int, bool) {
	if y, ok := s.yearNum(i); ok {
		return y, i + 1, true
	}
	if y, j, ok := s.spelledYear(i); ok && y >= 1000 {
		return y, j, true
	}
	return 0, 0, false
}

// yearNum reads a four-digit year 1000–2999 at i.
func (s *scanner) yearNum(i int) (int, bool) {
	t := s.tk(i)
	if !t.digits || len(t.low) != 4 || t.num < 1000 || t.num > 2999 {
		return 0, false
	}
	if s.adj(i+1) && (s.low(i+1) == ":" || s.tk(i+1).digits || s.tk(i+1).letter) ||
		s.adj(i+1) && (s.low(i+1) == "." || s.low(i+1) == ",") && s.adj(i+2) && s.tk(i+2).digits {
		return 0, false // "20:00", "2082.1"
	}
	return t.num, true
}

// monthAt reads a month name at i (an abbreviation may carry a period)
// and returns its number and the index after it.
func (s *scanner) monthAt(i int) (int, int, bool) {
	t := s.tk(i)
	if t.w.month == 0 {
		return 0, 0, false
	}
	j := i + 1
	if t.w.abbr && s.low(j) == "." && s.adj(j) {
		j++
	}
	return int(t.w.month), j, true
}

// nearYear resolves a day or month given without a year: the year that
// puts it nearest the anchor. With a past (future) tense cue, dir, a month
// must not lie after (before) the anchor's month; for a day the cue is a
// hint only: against it, a day may lie at most 60 days off the anchor.
func (s *scanner) nearYear(m, d, dir int) int {
	y := s.anchor.Year()
	best, bestDist := y, -1
	for _, cy := range []int{y - 1, y, y + 1} {
		dd := d
		if dd == 0 {
			dd = 15
		}
		if !validDate(cy, m, dd) {
			continue
		}
		c := date(cy, m, dd)
		diff := int(c.Sub(s.anchor).Hours() / 24)
		if d == 0 {
			// a month: the anchor's own month is the nearest
			diff = (cy*12 + m) - (s.anchor.Year()*12 + int(s.anchor.Month()))
			if dir < 0 && diff > 0 || dir > 0 && diff < 0 {
				continue
			}
		} else if dir < 0 && diff > 60 || dir > 0 && diff < -60 {
			// a tense cue is only a hint for a day: a date a few weeks
			// away is still the nearest one
			continue
		}
		if diff < 0 {
			diff = -diff
		}
		if bestDist < 0 || diff < bestDist {
			best, bestDist = cy, diff
		}
	}
	return best
}

// mMonthFirst: "Nov 19", "Nov. 19, 2024", "November 22th, 2024",
// "November 2024", "November of 2024", a bare "November".
func (s *scanner) mMonthFirst(i int) (match, bool) {
	m, j, ok := s.monthAt(i)
	if !ok {
		return match{}, false
	}
	t := s.tk(i)
	if d, k, ok := s.dayNum(j); ok && !(s.low(k) == "," && s.tk(k+1).digits && len(s.low(k+1)) < 4) {
		if s.low(k) == "," {
			if y, ok := s.yearNum(k + 1); ok && validDate(y, m, d) {
				return match{i: i, j: k + 2, r: dayRes(date(y, m, d)), rule: "date.month-day-year"}, true
			}
		}
		if y, ok := s.yearNum(k); ok && validDate(y, m, d) {
			return match{i: i, j: k + 1, r: dayRes(date(y, m, d)), rule: "date.month-day-year"}, true
		}
		if (m == 5 || m == 3) && !t.cap {
			return match{}, false
		}
		y := s.nearYear(m, d, s.tense(i, k))
		if !validDate(y, m, d) {
			return match{}, false
		}
		return match{i: i, j: k, r: dayRes(date(y, m, d)), rule: "date.month-day", rel: true,
			xval: "XXXX-" + pad(m, 2) + "-" + pad(d, 2)}, true
	}
	k := j
	if s.low(k) == "," || s.low(k) == "of" {
		k++
	}
	if y, kk, ok := s.yearAt(k); ok {
		return match{i: i, j: kk, r: monthRes(y, m), rule: "date.month-year"}, true
	}
	// "February this year", "October last year"
	if rd, ok := relWord(s.low(k)); ok && s.low(k+1) == "year" && s.low(k) != "past" && s.low(k) != "coming" {
		return match{i: i, j: k + 2, r: monthRes(s.anchor.Year()+rd, m), rule: "date.month-rel-year", rel: true, xval: "XXXX-" + pad(m, 2)}, true
	}
	// A bare month: full names only; "May" and "March" need a cue before.
	if t.w.abbr {
		return match{}, false
	}
	prev := s.low(i - 1)
	if !t.cap {
		return match{}, false
	}
	cued := yearCues[prev] || prev == "last" || prev == "next" || prev == "this" || prev == "-" || prev == "early" || prev == "mid"
	if (m == 5 || m == 3) && (!cued || prev == "the" || prev == "and" || prev == "or" || prev == "to") {
		return match{}, false
	}
	if !cued && s.tk(j).cap && s.tk(j).w.month == 0 && !s.tk(j).brk {
		return match{}, false // "August Wilson", "June Carter"
	}
	y := s.nearYear(m, 0, s.tense(i, j))
	return match{i: i, j: j, r: monthRes(y, m), rule: "date.month", rel: true, xval: "XXXX-" + pad(m, 2)}, true
}

// mDayFirst: "19 November 2024", "19th of November", "the 19th of November".
func (s *scanner) mDayFirst(i int) (match, bool) {
	k := i
	if s.low(k) == "the" {
		k++
	}
	d, k, ok := s.dayNum(k)
	if !ok {
		return match{}, false
	}
	if s.low(k) == "of" {
		k++
	}
	m, k, ok := s.monthAt(k)
	if !ok {
		return match{}, false
	}
	if (m == 5 || m == 3) && !s.tk(k-1).cap {
		return match{}, false
	}
	kk := k
	if s.low(kk) == "," {
		kk++
	}
	if y, ok := s.yearNum(kk); ok && validDate(y, m, d) {
		return match{i: i, j: kk + 1, r: dayRes(date(y, m, d)), rule: "date.day-month-year"}, true
	}
	y := s.nearYear(m, d, s.tense(i, k))
	if !validDate(y, m, d) {
		return match{}, false
	}
	return match{i: i, j: k, r: dayRes(date(y, m, d)), rule: "date.day-month", rel: true, xval: "XXXX-" + pad(m, 2) + "-" + pad(d, 2)}, true
}

// mNumeric: 2024-11-19, 2024/11/19, 19/11/2024, 11/19/2024, 19.11.2024.
// When day and month could be swapped (05/06/2024) only the year is
// kept, with a diagnostic.
func (s *scanner) mNumeric(i int) (match, bool) {
	a := s.tk(i)
	if !a.digits {
		return match{}, false
	}
	sep := s.low(i + 1)
	if (sep != "-" && sep != "/" && sep != ".") || !s.adj(i+1) || !s.adj(i+2) || !s.tk(i+2).digits ||
		s.low(i+3) != sep || !s.adj(i+3) || !s.adj(i+4) || !s.tk(i+4).digits {
		return match{}, false
	}
	b, c := s.tk(i+2), s.tk(i+4)
	if s.adj(i+5) && (s.tk(i+5).digits || s.low(i+5) == sep && s.tk(i+6).digits) {
		return match{}, false
	}
	if len(a.low) == 4 && len(b.low) <= 2 && len(c.low) <= 2 {
		if !validDate(a.num, b.num, c.num) {
			return match{}, false
		}
		return match{i: i, j: i + 5, r: dayRes(date(a.num, b.num, c.num)), rule: "date.iso"}, true
	}
	if len(a.low) > 2 || len(b.low) > 2 || (len(c.low) != 4 && len(c.low) != 2) {
		return match{}, false
	}
	y := c.num
	if len(c.low) == 2 {
		if sep != "/" {
			return match{}, false
		}
		y += 1900
		if y < 1950 {
			y += 100
		}
	}
	p, q := a.num, b.num
	switch {
	case p > 12 && q <= 12 && validDate(y, q, p):
		return match{i: i, j: i + 5, r: dayRes(date(y, q, p)), rule: "date.numeric-dmy"}, true
	case q > 12 && p <= 12 && validDate(y, p, q):
		return match{i: i, j: i + 5, r: dayRes(date(y, p, q)), rule: "date.numeric-mdy"}, true
	case p == q && validDate(y, p, q):
		return match{i: i, j: i + 5, r: dayRes(date(y, p, q)), rule: "date.numeric"}, true
	case p <= 12 && q <= 12 && p > 0 && q > 0 && validDate(y, p, q) && validDate(y, q, p) && s.weekdayPicks(i, date(y, q, p), date(y, p, q)) != 0:
		// A weekday next to it agrees with one reading only.
		d := date(y, q, p)
		if s.weekdayPicks(i, date(y, q, p), date(y, p, q)) > 0 {
			d = date(y, p, q)
		}
		return match{i: i, j: i + 5, r: dayRes(d), rule: "date.numeric-weekday",
			diag: "day and month order of " + strconv.Quote(s.text[a.start:c.end]) + " taken from the weekday beside it"}, true
	case p <= 12 && q <= 12 && p > 0 && q > 0 && s.order != 0:
		// The text writes another date unambiguously: follow its order.
		if s.order > 0 {
			p, q = q, p
		}
		return match{i: i, j: i + 5, r: dayRes(date(y, q, p)), rule: "date.numeric-order-of-text",
			diag: "day and month order of " + strconv.Quote(s.text[a.start:c.end]) + " taken from another date in the text"}, true
	case p <= 12 && q <= 12 && p > 0 && q > 0:
		return match{i: i, j: i + 5, r: yearRes(y), rule: "date.numeric-ambiguous",
			diag: "day and month order of " + strconv.Quote(s.text[a.start:c.end]) + " is ambiguous; kept the year only"}, true
	}
	return match{}, false
}

// weekdayPicks looks for a weekday name within the sentence around token
// i (a numeric date) and returns -1 when it agrees only with dmy, +1 when
// only with mdy, else 0.
func (s *scanner) weekdayPicks(i int, dmy, mdy time.Time) int {
	for k := i - 8; k < i+14 && k < len(s.t); k++ {
		if k < 0 || k >= i && k < i+5 {
			continue
		}
		if wd := int(s.t[k].w.wday); wd != 0 && !s.t[k].w.wdays {
			a, b := isoWday(dmy) == wd, isoWday(mdy) == wd
			switch {
			case a && !b:
				return -1
			case b && !a:
				return 1
			}
			return 0
		}
	}
	return 0
}

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
	if next.cap && next.w == noWord && !next.brk && !(s.low(i-1) == "on" || s.low(i-1) == "last" || s.low(i-1) == "next" || s.low(i-1) == "this") {
		return match{}, false // "Sunday Times"
	}
	dir := s.tense(i, j)
	if s.low(j) == "'" && s.low(j+1) == "s" {
		dir = -1 // "Wednesday's ruling" was news already
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

// spelledYear reads a year in words at i, as broadcast transcripts write
// them: "nineteen ninety-six", "nineteen eighty", "two thousand (and) one".
func (s *scanner) spelledYear(i int) (int, int, bool) {
	t := s.tk(i)
	if t.low == "two" && s.low(i+1) == "thousand" {
		j := i + 2
		k := j
		if s.low(k) == "and" {
			k++
		}
		if n, kk, ok := s.count(k); ok && n > 0 && n < 100 && !s.tk(k).digits && s.low(k) != "a" && s.low(k) != "an" {
			return 2000 + n, kk, true
		}
		return 2000, j, true
	}
	if t.w.num < 10 || t.w.num > 20 || t.w.ord != 0 {
		return 0, 0, false
	}
	c := t.w.num
	nx := s.tk(i + 1)
	if nx.low == "hundred" {
		return c * 100, i + 2, true
	}
	if nx.w.num < 20 || nx.w.num%10 != 0 || nx.w.num > 90 {
		return 0, 0, false
	}
	n, j, ok := s.count(i + 1)
	if !ok {
		return 0, 0, false
	}
	return c*100 + n, j, true
}

// mYear: "2024", "fiscal 2024", "the 2024 election" — not "2000 soldiers".
func (s *scanner) mYear(i int) (match, bool) {
	if s.low(i) == "the" && s.low(i+1) == "year" {
		// "the year 2000", "the year two thousand"
		if y, j, ok := s.yearAt(i + 2); ok {
			return match{i: i, j: j, r: yearRes(y), rule: "date.the-year"}, true
		}
		return match{}, false
	}
	if y, j, ok := s.spelledYear(i); ok && (y >= 1900 && y <= 2099) {
		if nx := s.tk(j); !(nx.letter && !nx.cap && !yearFollowers[nx.low]) {
			return match{i: i, j: j, r: yearRes(y), rule: "date.year-words"}, true
		}
	}
	k := i
	fiscal := false
	if s.low(k) == "fiscal" {
		fiscal = true
		k++
	}
	y, ok := s.yearNum(k)
	if !ok {
		return match{}, false
	}
	prev, next := s.tk(i-1), s.tk(k+1)
	if prev.low == "$" || prev.low == "#" || prev.low == "no" || prev.low == "number" || prev.low == "," && !s.tk(i).gap && s.tk(i-2).digits ||
		(prev.low == "." || prev.low == ":") && !prev.gap {
		return match{}, false
	}
	switch next.low {
	case "%", "+":
		return match{}, false
	case "-":
		if !next.gap && !s.tk(k+2).digits {
			return match{}, false // "a 2000-strong force"
		}
	}
	cued := fiscal || yearCues[prev.low]
	if y > 2100 || clockPrep(prev.low) && t4clock(s.tk(k)) && s.partNear(i) {
		return match{}, false // "on Friday evening at 2000" is a clock time
	}
	if y < 1900 || y > 2099 {
		if !cued || prev.low == "the" || prev.low == "and" || prev.low == "or" || prev.low == "to" {
			return match{}, false
		}
	}
	if next.letter && !next.cap && !yearFollowers[next.low] && next.w.month == 0 {
		// A year before a singular noun is a modifier ("the 1995
		// bombing"); before a plural one it is a count ("2000 soldiers").
		strong := fiscal || prev.low == "in" || prev.low == "since" || prev.low == "during" || prev.low == "until" || prev.low == "before" || prev.low == "after" || prev.low == "by"
		if next.low[len(next.low)-1] == 's' && !strong || pluralNouns[next.low] {
			return match{}, false
		}
	}
	rule := "date.year"
	if fiscal {
		rule = "date.fiscal-year"
	}
	return match{i: i, j: k + 1, r: yearRes(y), rule: rule}, true
}

// mDecade: "the 1990s", "1990s", "the '90s", "the 90s".
func (s *scanner) mDecade(i int) (match, bool) {
	k := i
	if s.low(k) == "the" {
		k++
		if d, ok := decadeWords[s.low(k)]; ok {
			// "the nineties": of the twentieth century
			return match{i: i, j: k + 1, r: decadeRes(1900 + d), rule: "date.decade-words"}, true
		}
		// "the 20th century", "the twenty-first century"
		c, kk := 0, k
		if t := s.tk(k); t.digits && len(t.low) <= 2 && (s.low(k+1) == "st" || s.low(k+1) == "nd" || s.low(k+1) == "rd" || s.low(k+1) == "th") && s.adj(k+1) {
			c, kk = t.num, k+2
		} else if s.low(k) == "twentieth" || s.low(k) == "nineteenth" {
			c, kk = map[string]int{"twentieth": 20, "nineteenth": 19}[s.low(k)], k+1
		} else if s.low(k) == "twenty" && s.low(k+1) == "-" && s.low(k+2) == "first" {
			c, kk = 21, k+3
		}
		if c >= 1 && c <= 30 && s.low(kk) == "century" {
			return match{i: i, j: kk + 1, r: centuryRes(c), rule: "date.century"}, true
		}
	}
	if s.low(k) == "'" && s.adj(k+1) {
		k++
	}
	t := s.tk(k)
	if !t.digits || s.low(k+1) != "s" || !s.adj(k+1) || t.num%10 != 0 {
		return match{}, false
	}
	y := t.num
	switch len(t.low) {
	case 4:
		if y < 1000 || y > 2990 {
			return match{}, false
		}
	case 2:
		if k == i || s.low(i) == "the" && k == i+1 && s.low(i-1) == "his" {
			return match{}, false // "in his 30s": an age
		}
		if y < 30 {
			y += 2000
		} else {
			y += 1900
		}
	default:
		return match{}, false
	}
	return match{i: i, j: k + 2, r: decadeRes(y), rule: "date.decade"}, true
}

// ---- relative dates ----

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
	switch s.low(i) {
	case "yesterday":
		off = -1
	case "today":
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

// count reads a count at i: digits, number words ("twenty-five"), "a",
// "a few", "a couple of", "several". It returns the number (-1 for a
// vague amount) and the index after it.
func (s *scanner) count(i int) (int, int, bool) {
	t := s.tk(i)
	if t.digits {
		if s.adj(i+1) && (s.low(i+1) == "." || s.low(i+1) == ",") && s.tk(i+2).digits && s.adj(i+2) {
			return 0, 0, false // decimals, thousands
		}
		if len(t.low) > 6 {
			return 0, 0, false
		}
		if s.low(i+1) == "1" && s.low(i+2) == "/" && s.low(i+3) == "2" && s.adj(i+2) && s.adj(i+3) {
			return t.num, i + 4, true // "2 1/2": the half is dropped by count and added by half
		}
		return t.num, i + 1, true
	}
	if t.w.num == 0 && t.low != "zero" {
		return 0, 0, false
	}
	n, j := t.w.num, i+1
	switch t.low {
	case "a", "an":
		switch s.low(j) {
		case "few", "couple":
			n, j = -1, j+1
			if s.low(i+1) == "couple" {
				n = 2
			}
			if s.low(j) == "of" {
				j++
			}
		case "dozen":
			n, j = 12, j+1
		case "half":
			return 0, 0, false
		}
		return n, j, true
	case "couple":
		n = 2
		if s.low(j) == "of" {
			j++
		}
		return n, j, true
	case "some", "many":
		return -1, j, true
	}
	if n >= 20 && n < 100 && n%10 == 0 {
		if s.low(j) == "-" && s.adj(j) && s.tk(j+1).w.num > 0 && s.tk(j+1).w.num < 10 {
			n, j = n+s.tk(j+1).w.num, j+2
		} else if u := s.tk(j).w.num; u > 0 && u < 10 && s.tk(j).letter && s.low(j) != "a" && s.low(j) != "an" {
			n, j = n+u, j+1 // "twenty four"
		}
	}
	if s.low(j) == "hundred" {
		n, j = n*100, j+1
	}
	return n, j, true
}

// anchoredDuration is a duration ending (dir < 0) or starting (dir > 0)
// at the anchor: "the past three years".
func (s *scanner) anchoredDuration(n int, u byte, dir int) res {
	code, tp, mult := unitCode(u)
	r := res{typ: "DURATION", gran: "vague"}
	num := "X"
	if n >= 0 {
		num = strconv.Itoa(n * mult)
	}
	if tp {
		r.value = "PT" + num + code
	} else {
		r.value = "P" + num + code
	}
	if n <= 0 || tp {
		return r
	}
	var y, m, d int
	switch u {
	case uDay:
		d = n
	case uWeek, uWeekend:
		d = 7 * n
	case uFortn:
		d = 14 * n
	case uMonth:
		m = n
	case uQuarter:
		m = 3 * n
	case uYear:
		y = n
	case uDecade:
		y = 10 * n
	case uCentury:
		y = 100 * n
	}
	r.gran = granOf(u)
	if dir < 0 {
		r.lo, r.hi = addDays(s.anchor.AddDate(-y, -m, -d), 1), s.anchor
	} else {
		r.lo, r.hi = addDays(s.anchor, 1), s.anchor.AddDate(y, m, d)
	}
	r.hasRange = true
	return r
}

func granOf(u byte) string {
	switch u {
	case uDay:
		return "day"
	case uWeek, uWeekend, uFortn:
		return "week"
	case uMonth:
		return "month"
	case uQuarter:
		return "quarter"
	case uYear, uDecade, uCentury:
		return "year"
	case uHour, uMinute, uSecond:
		return "time"
	}
	return "vague"
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
	case t.w.month != 0 && !t.w.abbr:
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

// vagueRes is a PAST_REF or FUTURE_REF with the documented range for
// unit u (see the package comment).
func vagueRes(v string, a time.Time, u byte, dir int) res {
	var days, years int
	switch u {
	case uDay, 0:
		days = 7
		if dir > 0 {
			days = 14
		}
	case uWeek, uWeekend, uFortn:
		days = 42
	case uMonth, uQuarter:
		days = 183
	case uYear:
		years = 5
	default:
		return res{typ: "DATE", value: v, gran: "vague"}
	}
	r := res{typ: "DATE", value: v, gran: "vague", hasRange: true}
	if dir < 0 {
		r.lo, r.hi = a.AddDate(-years, 0, -days), a
	} else {
		r.lo, r.hi = addDays(a, 1), a.AddDate(years, 0, days)
	}
	return r
}

// mAgo: "three days ago", "a year earlier", "two weeks from now",
// "several years ago".
func (s *scanner) mAgo(i int) (match, bool) {
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
	switch s.low(j) {
	case "ago", "earlier", "before":
		dir = -1
		if s.low(j) == "before" && !(s.tk(j+1).brk || s.tk(j+1).low == "," || s.tk(j+1).low == "." || j+1 >= len(s.t)) {
			return match{}, false // "two days before the vote" hangs on the vote
		}
	case "from", "hence":
		if s.low(j) == "from" && s.low(j+1) != "now" {
			return match{}, false
		}
		dir = 1
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
		if s.sentenceHas(i, "quarter", "period") || s.prevSentenceHas(i, "quarter") {
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

// mApprox: "about three years", "nearly two weeks ago", "more than a
// decade", "at least the past 18 months".
func (s *scanner) mApprox(i int) (match, bool) {
	k := i
	switch s.low(k) {
	case "about", "nearly", "almost", "around", "roughly", "approximately", "some":
		k++
	case "more", "less":
		if s.low(k+1) != "than" {
			return match{}, false
		}
		k += 2
	case "at":
		if s.low(k+1) != "least" && s.low(k+1) != "most" {
			return match{}, false
		}
		k += 2
	default:
		return match{}, false
	}
	var b match
	found := false
	for _, f := range []matcher{(*scanner).mAgo, (*scanner).mDuration, (*scanner).mRel} {
		if m, ok := f(s, k); ok && (!found || m.j > b.j) {
			b, found = m, true
		}
	}
	if !found || b.r.typ == "DATE" && b.rule != "rel.ago" && b.rule != "rel.ago-vague" {
		return match{}, false
	}
	b.i = i
	return b, true
}

// mDuration: "three years", "14 days", "two-year", "a week", "for years".
func (s *scanner) mDuration(i int) (match, bool) {
	k := i
	the := s.low(k) == "the"
	if the {
		k++
		if s.tk(k).w.ord == 1 || s.low(k) == "last" && s.tk(k+1).w.num != 0 {
			k++
		}
	}
	t := s.tk(i)
	// bare plural unit after for/over/within: "for years"
	if t.w.unit != 0 && t.w.plural && t.w.unit != uWeekend {
		switch s.low(i - 1) {
		case "for", "over", "within", "in", "after", "took", "last", "lasted", "lasting":
			if s.low(i+1) == "ago" || s.low(i+1) == "of" && s.tk(i-2).low != "for" {
				return match{}, false
			}
			code, tp, _ := unitCode(t.w.unit)
			v := "PX" + code
			if tp {
				v = "PTX" + code
			}
			return match{i: i, j: i + 1, r: res{typ: "DURATION", value: v, gran: "vague"}, rule: "duration.bare"}, true
		}
		return match{}, false
	}
	n, kk, ok := s.count(k)
	if !ok {
		return match{}, false
	}
	if p := s.low(i - 1); s.tk(k).digits && len(s.low(k)) == 4 && (p == "at" || p == "around" || p == "about" || p == "by" || p == "until") {
		return match{}, false // "at 1400 hours" is a clock time
	}
	hyphen := false
	if s.low(kk) == "-" && s.adj(kk) && s.adj(kk+1) {
		hyphen = true
		kk++
	}
	u := s.tk(kk).w.unit
	if u == 0 || u == uWeekend {
		return match{}, false
	}
	if hyphen && s.tk(kk).w.plural {
		return match{}, false
	}
	if !hyphen && n != 1 && !s.tk(kk).w.plural && n >= 0 {
		// "a two day visit": a singular unit before a noun
		if nx := s.tk(kk + 1); !nx.letter || nx.cap || nx.low == "ago" || nx.low == "earlier" || nx.low == "later" || s.tk(k).digits && len(s.low(k)) >= 4 {
			return match{}, false
		}
	}
	j := kk + 1
	if s.low(j) == "-" && (s.low(j+1) == "earlier" || s.low(j+1) == "ago") {
		return match{}, false // "a year-earlier quarter" is mQuarter's
	}
	if u == uQuarter && (s.low(k) == "a" || s.low(k) == "one") && s.tk(j).letter && !quarterFollowers[s.low(j)] {
		return match{}, false // "a quarter percentage point", "a quarter century"
	}
	if u == uQuarter && s.low(j) == "of" || u == uSecond && (s.low(k) == "a" || s.low(k) == "an") {
		return match{}, false // "a quarter of the town", "a second time"
	}
	// ages: "45-year-old", "45 years old"
	if s.low(j) == "old" || s.low(j) == "-" && s.low(j+1) == "old" {
		return match{}, false
	}
	if s.low(k) == "a" || s.low(k) == "an" {
		if the {
			return match{}, false
		}
		// "twice a year", "$5 million a year": a set
		p := s.tk(i - 1)
		if p.digits || p.low == "times" || p.low == "twice" || p.low == "once" || p.low == "thrice" ||
			p.low == "million" || p.low == "billion" || p.low == "%" || p.low == "per" {
			code, tp, mult := unitCode(u)
			v := "P" + strconv.Itoa(mult) + code
			if tp {
				v = "PT1" + code
			}
			return match{i: i, j: j, r: res{typ: "SET", value: v, gran: granOf(u)}, rule: "set.per-unit"}, true
		}
	}
	code, tp, mult := unitCode(u)
	num := "X"
	if n >= 0 {
		num = strconv.Itoa(n * mult)
	}
	v := "P" + num + code
	if tp {
		v = "PT" + num + code
	}
	if s.low(k+1) == "1" && s.low(k+2) == "/" && s.tk(k).digits {
		// "2 1/2 years": the half in the next smaller unit
		switch u {
		case uYear:
			v += "6M"
		case uDay:
			v += "T12H"
		case uHour:
			v += "30M"
		case uMinute:
			v += "30S"
		}
	}
	return match{i: i, j: j, r: res{typ: "DURATION", value: v, gran: granOf(u)}, rule: "duration.count"}, true
}

// mSet: "daily", "weekly", "every day", "every Friday", "each week".
func (s *scanner) mSet(i int) (match, bool) {
	t := s.tk(i)
	if t.w.set != "" {
		if t.low == "quarterly" && s.tk(i+1).letter && !s.tk(i+1).cap {
			return match{}, false // "a quarterly dividend": an adjective
		}
		return match{i: i, j: i + 1, r: res{typ: "SET", value: t.w.set, gran: "vague"}, rule: "set.adverb"}, true
	}
	if t.low != "every" && t.low != "each" {
		return match{}, false
	}
	k := i + 1
	n := 1
	if c, kk, ok := s.count(k); ok && c > 0 && s.low(k) != "a" {
		n, k = c, kk
	} else if s.low(k) == "other" {
		n, k = 2, k+1
	}
	nx := s.tk(k)
	switch {
	case nx.w.unit != 0 && nx.w.unit != uWeekend:
		code, tp, mult := unitCode(nx.w.unit)
		v := "P" + strconv.Itoa(n*mult) + code
		if tp {
			v = "PT" + strconv.Itoa(n*mult) + code
		}
		return match{i: i, j: k + 1, r: res{typ: "SET", value: v, gran: granOf(nx.w.unit)}, rule: "set.every-unit"}, true
	case nx.w.unit == uWeekend:
		return match{i: i, j: k + 1, r: res{typ: "SET", value: "XXXX-WXX-WE", gran: "week"}, rule: "set.every-weekend"}, true
	case nx.w.wday != 0 && !nx.w.abbr:
		v := "XXXX-WXX-" + strconv.Itoa(int(nx.w.wday))
		j := k + 1
		if p, jj := s.partAfter(j); p != "" {
			v += "T" + p
			j = jj
		}
		return match{i: i, j: j, r: res{typ: "SET", value: v, gran: "day"}, rule: "set.every-weekday"}, true
	case nx.w.month != 0 && !nx.w.abbr:
		return match{i: i, j: k + 1, r: res{typ: "SET", value: "XXXX-" + pad(int(nx.w.month), 2), gran: "month"}, rule: "set.every-month"}, true
	case nx.w.part != "":
		return match{i: i, j: k + 1, r: res{typ: "SET", value: "XXXX-XX-XXT" + nx.w.part, gran: "day"}, rule: "set.every-part"}, true
	}
	return match{}, false
}

// mVague: PAST_REF, PRESENT_REF and FUTURE_REF words ("recently",
// "now", "in recent weeks", "soon", "the future") with the ranges the
// package comment documents.
func (s *scanner) mVague(i int) (match, bool) {
	a := s.anchor
	t := s.tk(i)
	present := res{typ: "DATE", value: "PRESENT_REF", gran: "vague", lo: a, hi: a, hasRange: true}
	switch t.low {
	case "now":
		if s.low(i+1) == "-" {
			return match{}, false
		}
		return match{i: i, j: i + 1, r: present, rule: "vague.now", rel: true, xval: "PRESENT_REF"}, true
	case "currently", "nowadays":
		return match{i: i, j: i + 1, r: present, rule: "vague." + t.low, rel: true, xval: "PRESENT_REF"}, true
	case "these":
		if s.low(i+1) == "days" {
			return match{i: i, j: i + 2, r: present, rule: "vague.these-days", rel: true, xval: "PRESENT_REF"}, true
		}
	case "present":
		if nx := s.tk(i + 1); s.low(i-1) == "at" && !(nx.letter && !nx.cap && nx.low != "and" && nx.low != "or" && nx.low != "but") {
			return match{i: i, j: i + 1, r: present, rule: "vague.at-present", rel: true, xval: "PRESENT_REF"}, true
		}
	case "recently":
		r := res{typ: "DATE", value: "PAST_REF", gran: "vague", lo: addDays(a, -30), hi: a, hasRange: true}
		return match{i: i, j: i + 1, r: r, rule: "vague.recently", rel: true, xval: "PAST_REF"}, true
	case "soon":
		if s.low(i+1) == "after" || s.low(i+1) == "as" || s.low(i-1) == "as" {
			return match{}, false
		}
		r := res{typ: "DATE", value: "FUTURE_REF", gran: "vague", lo: addDays(a, 1), hi: addDays(a, 30), hasRange: true}
		return match{i: i, j: i + 1, r: r, rule: "vague.soon", rel: true, xval: "FUTURE_REF"}, true
	case "recent":
		u := s.tk(i + 1).w.unit
		if u != 0 && s.tk(i+1).w.plural {
			r := vagueRes("PAST_REF", a, u, -1)
			return match{i: i, j: i + 2, r: r, rule: "vague.recent-" + s.low(i+1), rel: r.hasRange, xval: "PAST_REF"}, true
		}
	case "the":
		switch s.low(i + 1) {
		case "past":
			nx := s.tk(i + 2)
			if nx.w.unit != 0 || nx.w.num != 0 || nx.digits || nx.low == "few" || nx.low == "several" {
				return match{}, false
			}
			return match{i: i, j: i + 2, r: res{typ: "DATE", value: "PAST_REF", gran: "vague"}, rule: "vague.the-past"}, true
		case "future":
			return match{i: i, j: i + 2, r: res{typ: "DATE", value: "FUTURE_REF", gran: "vague"}, rule: "vague.the-future"}, true
		case "near":
			if s.low(i+2) == "future" {
				r := res{typ: "DATE", value: "FUTURE_REF", gran: "vague", lo: addDays(a, 1), hi: addDays(a, 183), hasRange: true}
				return match{i: i, j: i + 3, r: r, rule: "vague.near-future", rel: true, xval: "FUTURE_REF"}, true
			}
		}
	case "future":
		if s.low(i-1) == "in" || s.low(i-1) == "near" {
			return match{i: i, j: i + 1, r: res{typ: "DATE", value: "FUTURE_REF", gran: "vague"}, rule: "vague.future"}, true
		}
	}
	return match{}, false
}

// mTime: "10am", "10:30 a.m.", "10.30pm", "noon", "midnight", "1400 GMT",
// "10 o'clock", with "local time" or a zone name.
func (s *scanner) mTime(i int) (match, bool) {
	t := s.tk(i)
	h, mi := -1, 0
	j := i + 1
	mil := false // a four-digit clock, "0945"
	switch {
	case t.low == "noon" || t.low == "midday":
		h = 12
	case t.low == "midnight":
		h = 24
	case t.digits && len(t.low) <= 2 && t.num <= 24:
		h = t.num
		if (s.low(j) == ":" || s.low(j) == ".") && s.adj(j) && s.adj(j+1) && s.tk(j+1).digits && len(s.low(j+1)) == 2 && s.tk(j+1).num < 60 {
			mi = s.tk(j + 1).num
			j += 2
			if s.low(j-2) == "." && !isAmPm(s, j) {
				return match{}, false // "2.46 billion": a decimal
			}
		}
	case t4clock(t):
		// "1400 GMT"; "at 0945", "around 2230", "at 1400 hours": a
		// four-digit clock needs a zone, "hours", a leading zero or a
		// clock-like place for one
		clock := clockPrep(s.low(i - 1))
		switch {
		case zone(s.low(j)):
		case s.low(j) == "hours" || s.low(j) == "hrs" || s.low(j) == "h":
			j++
		case clock && (t.low[0] == '0' || t.num > 2100 || s.partNear(i)):
			if nx := s.tk(j); nx.letter && !nx.cap && (nx.low[len(nx.low)-1] == 's' || pluralNouns[nx.low]) {
				return match{}, false // "at 2230 points"
			}
		default:
			return match{}, false
		}
		h, mi = t.num/100, t.num%100
		mil = true
	default:
		return match{}, false
	}
	ampm := ""
	switch s.low(j) {
	case "am", "pm":
		ampm = s.low(j)
		j++
	case "a", "p":
		if s.low(j+1) == "." && s.low(j+2) == "m" && s.adj(j+1) && s.adj(j+2) {
			ampm = s.low(j) + "m"
			j += 3
			if s.low(j) == "." && s.adj(j) {
				j++
			}
		}
	case "o":
		if s.low(j+1) == "'" && s.low(j+2) == "clock" {
			j += 3
			ampm = "oc"
		}
	}
	if !mil && t.digits && ampm == "" && j == i+1 && !zone(s.low(j)) {
		return match{}, false
	}
	if !mil && t.digits && ampm == "" && !zone(s.low(j)) && !(s.low(i-1) == "at" || s.low(i-1) == "by") {
		return match{}, false
	}
	if ampm == "pm" && h < 12 {
		h += 12
	}
	if ampm == "am" && h == 12 {
		h = 0
	}
	if ampm != "" && ampm != "oc" && (t.num == 0 || t.num > 12) && t.digits {
		return match{}, false
	}
	if zone(s.low(j)) {
		j++
		if s.low(j-1) == "local" {
			j++
		}
	}
	if h > 24 {
		return match{}, false
	}
	r := dayRes(s.anchor)
	r.typ, r.gran = "TIME", "time"
	r.value += "T" + pad(h, 2) + ":" + pad(mi, 2)
	return match{i: i, j: j, r: r, rule: "time.clock", rel: true}, true
}

// clockPrep reports whether w may stand before a four-digit clock time.
func clockPrep(w string) bool {
	switch w {
	case "at", "around", "about", "approximately", "by", "until", "after", "before":
		return true
	}
	return false
}

// t4clock reports whether t reads as a four-digit clock time, 0000–2400.
func t4clock(t *tok) bool {
	return t.digits && len(t.low) == 4 && t.num%100 < 60 && (t.num/100 < 24 || t.num == 2400)
}

// partNear reports whether a weekday or part of the day comes just before
// token i ("on Friday night around 2230").
func (s *scanner) partNear(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if w := s.t[k].w; w.part != "" || w.wday != 0 || s.t[k].low == "midnight" || s.t[k].low == "noon" {
			return true
		}
	}
	return false
}

// isAmPm reports whether an am/pm marker starts at token j.
func isAmPm(s *scanner, j int) bool {
	switch s.low(j) {
	case "am", "pm":
		return true
	case "a", "p":
		return s.low(j+1) == "." && s.low(j+2) == "m"
	}
	return false
}

func zone(w string) bool {
	switch w {
	case "gmt", "utc", "local", "est", "edt", "pst", "pdt", "cet", "cest", "pkt", "ist", "bst":
		return true
	}
	return false
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
			return match{i: i, j: kk + 1, r: last(), rule: "rel.latest-quarter", rel: true}, true
		}
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
	if s.low(i) != "the" && !(s.low(i-1) == "in" || s.low(i-1) == "during" || s.low(i-1) == "by" || s.low(i-1) == "since") {
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

// mHoliday: "Christmas", "Christmas Eve", "New Year's Day", "New Year's
// Eve", "Thanksgiving".
func (s *scanner) mHoliday(i int) (match, bool) {
	m, d, j := 0, 0, i+1
	rule := "date.holiday"
	switch s.low(i) {
	case "christmas", "xmas":
		m, d = 12, 25
		if s.low(j) == "eve" {
			d, j = 24, j+1
		} else if s.low(j) == "day" {
			j++
		}
	case "new":
		if s.low(i+1) != "year" || s.low(i+2) != "'" || s.low(i+3) != "s" {
			return match{}, false
		}
		switch s.low(i + 4) {
		case "day":
			m, d, j = 1, 1, i+5
		case "eve":
			m, d, j = 12, 31, i+5
		default:
			return match{}, false
		}
	case "thanksgiving":
		if s.low(j) == "day" {
			j++
		}
		y := s.nearYear(11, 25, s.tense(i, j))
		first := date(y, 11, 1)
		off := (4 - isoWday(first) + 7) % 7
		r := dayRes(addDays(first, off+21))
		return match{i: i, j: j, r: r, rule: rule + "-thanksgiving", rel: true, xval: "XXXX-11-XX"}, true
	default:
		return match{}, false
	}
	if !s.tk(i).cap {
		return match{}, false
	}
	y := s.nearYear(m, d, s.tense(i, j))
	return match{i: i, j: j, r: dayRes(date(y, m, d)), rule: rule, rel: true, xval: "XXXX-" + pad(m, 2) + "-" + pad(d, 2)}, true
}

// mDayOrd: "the 19th" alone, as a day of the publication month (or the
// month before, when the day is still to come and nothing says future).
func (s *scanner) mDayOrd(i int) (match, bool) {
	if s.low(i) != "the" {
		return match{}, false
	}
	t := s.tk(i + 1)
	if !t.digits || len(t.low) > 2 || t.num < 1 || t.num > 31 {
		return match{}, false
	}
	switch s.low(i + 2) {
	case "st", "nd", "rd", "th":
		if !s.adj(i + 2) {
			return match{}, false
		}
	default:
		return match{}, false
	}
	nx := s.tk(i + 3)
	if nx.letter && !(nx.low == "and" || nx.low == "or" || nx.low == "at" || nx.low == "when" || nx.low == "after" ||
		nx.low == "before" || nx.low == "but" || nx.low == "while" || nx.low == "as" || nx.low == "in" && !s.tk(i+4).letter) {
		return match{}, false // "the 19th century", "the 5th floor"
	}
	if nx.digits {
		return match{}, false
	}
	a := s.anchor
	y, m, d := a.Year(), int(a.Month()), t.num
	dir := s.tense(i, i+3)
	if dir > 0 && d < a.Day() {
		m++
	} else if dir <= 0 && d > a.Day() {
		m--
	}
	c := date(y, m, 1)
	y, m = c.Year(), int(c.Month())
	if !validDate(y, m, d) {
		return match{}, false
	}
	return match{i: i, j: i + 3, r: dayRes(date(y, m, d)), rule: "date.day-of-month", rel: true, xval: "XXXX-XX-" + pad(d, 2)}, true
}

// mMod: early/mid/late/earlier/later before a date, and "the end of",
// "the beginning of", "the middle of": the span grows, the value stays
// and the range narrows.
func (s *scanner) mMod(i int) (match, bool) {
	k := i
	mod := ""
	lead := s.low(k) == "the"
	if lead {
		k++
	}
	switch s.low(k) {
	case "early", "late", "mid":
		mod = s.low(k)
		k++
		if s.low(k) == "-" && s.adj(k) {
			k++
		}
		if s.low(k) == "in" && s.low(k+1) == "the" {
			k += 2
		}
		if s.low(k) == "on" && s.tk(k+1).w.wday != 0 {
			k++ // "late on Wednesday"
		}
	case "earlier", "later":
		if lead {
			return match{}, false
		}
		mod = s.low(k)
		k++
		if s.low(k) == "in" && s.low(k+1) == "the" {
			k += 2
		}
		if s.low(k) == "on" && s.tk(k+1).w.wday != 0 {
			k++ // "earlier on Friday"
		}
	case "end", "beginning", "start", "middle":
		if !(lead || s.low(k+1) == "of") {
			return match{}, false
		}
		mod = map[string]string{"end": "end", "beginning": "start", "start": "start", "middle": "mid"}[s.low(k)]
		k++
		if s.low(k) != "of" {
			return match{}, false
		}
		k++
	default:
		return match{}, false
	}
	m, ok := s.core(k)
	if !ok {
		// "earlier in the year", "later in the week"
		if s.low(k) == "the" {
			k++
		}
		if s.low(k-1) == "the" && !s.tk(k).w.plural {
			u := s.tk(k).w.unit
			var r res
			switch u {
			case uWeek:
				r = weekRes(s.anchor)
			case uMonth:
				r = monthRes(s.anchor.Year(), int(s.anchor.Month()))
			case uYear:
				r = yearRes(s.anchor.Year())
			case uDay:
				r = dayRes(s.anchor)
			default:
				return match{}, false
			}
			r = r.narrow(mod, s.anchor, true)
			return match{i: i, j: k + 1, r: r, rule: "rel." + mod + "-the-" + s.low(k), rel: true}, true
		}
		return match{}, false
	}
	if m.r.typ != "DATE" && m.r.typ != "TIME" || m.r.value == "PAST_REF" || m.r.value == "FUTURE_REF" {
		return match{}, false
	}
	if (mod == "earlier" || mod == "later") && !m.rel && !strings.HasPrefix(m.rule, "narrative.") {
		return match{}, false
	}
	m.r = m.r.narrow(mod, s.anchor, s.known)
	m.i = i
	m.rule = "mod." + mod + "+" + m.rule
	return m, true
}

// mergeTimes joins a clock time with a day right next to it ("10am
// Thursday", "Thursday at 10am") into one expression.
func (s *scanner) mergeTimes(ms []match) []match {
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if k+1 < len(ms) {
			n := ms[k+1]
			gap := n.i - m.j
			var clock, day *match
			if m.rule == "time.clock" && n.r.gran == "day" && n.r.typ == "DATE" && (gap == 0 || gap == 1 && (s.low(m.j) == "on" || s.low(m.j) == ",")) {
				clock, day = &m, &n
			} else if n.rule == "time.clock" && m.r.gran == "day" && m.r.typ != "SET" && (gap == 0 || gap == 1 && (s.low(m.j) == "at" || s.low(m.j) == "," || s.low(m.j) == "around" || s.low(m.j) == "about")) {
				clock, day = &n, &m // "Thursday at 10am", "Friday night around 2230"
			}
			if clock != nil && len(day.r.value) >= 10 && day.r.value[4] == '-' {
				r := day.r
				r.typ, r.gran = "TIME", "time"
				tv := clock.r.value[10:]
				r.value = r.value[:10] + tv // the clock replaces a part of day
				x := day.xval
				if len(x) >= 10 && x[4] == '-' {
					x = x[:10] + tv
				} else {
					x = ""
				}
				out = append(out, match{i: m.i, j: n.j, r: r, rule: day.rule + "+time", rel: day.rel, xval: x, diag: day.diag})
				k++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}
