package timex

import (
	"strconv"
	"time"
)

// Absolute dates: month and day names, numeric dates, years, decades,
// holidays, and "the 19th". A date without a year takes the year nearest
// the anchor (nearYear).

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

// mBracketDM: a day and month in digits without a year, in brackets, as
// South Asian reports gloss a relative date: "this evening (18/01)",
// "around 9pm [6/02]", or after "on" ("on 23/02"). Brackets or "on" are
// required: a bare "3/4" is as often a fraction or a score. Day and month follow the order the text
// writes other numeric dates in; else the order a number over 12 shows;
// else the reading nearer the anchor wins (dmy on a tie), with a
// diagnostic. The year is the one that puts the day nearest the anchor.
func (s *scanner) mBracketDM(i int) (match, bool) {
	o := s.low(i - 1)
	if o != "(" && o != "[" && o != "on" {
		return match{}, false
	}
	a, b := s.tk(i), s.tk(i+2)
	if !a.digits || !b.digits || len(a.low) > 2 || len(b.low) > 2 || s.low(i+1) != "/" || !s.adj(i+1) || !s.adj(i+2) {
		return match{}, false
	}
	switch c := s.low(i + 3); {
	case o == "on":
		if s.adj(i+3) && (c == "/" || c == "-" || s.tk(i+3).digits || s.tk(i+3).letter) {
			return match{}, false // "on 23/02/2015" is mNumeric's; "on 3/4ths"
		}
	case c != ")" && c != "]":
		return match{}, false
	}
	p, q := a.num, b.num // p/q
	if p == 24 && q == 7 {
		return match{}, false // "24/7", round the clock
	}
	dmyOK, mdyOK := p >= 1 && p <= 31 && q >= 1 && q <= 12, q >= 1 && q <= 31 && p >= 1 && p <= 12
	if !dmyOK && !mdyOK {
		return match{}, false
	}
	reading := func(d, m int) (time.Time, bool) {
		y := s.nearYear(m, d, 0)
		return date(y, m, d), validDate(y, m, d)
	}
	dmy, okD := reading(p, q)
	mdy, okM := reading(q, p)
	okD, okM = okD && dmyOK, okM && mdyOK
	diag := ""
	var d time.Time
	switch {
	case okD && !okM:
		d = dmy
	case okM && !okD:
		d = mdy
	case !okD && !okM:
		return match{}, false
	case p == q:
		d = dmy
	case s.order < 0:
		d = dmy
	case s.order > 0:
		d = mdy
	default:
		d = dmy
		if absDays(mdy, s.anchor) < absDays(dmy, s.anchor) {
			d = mdy
		}
		diag = "day and month order of " + strconv.Quote(s.text[a.start:b.end]) + " taken as the reading nearer the publication date"
	}
	rule := "date.bracket-day-month"
	if o == "on" {
		rule = "date.on-day-month"
	}
	m := match{i: i, j: i + 3, r: dayRes(d), rule: rule, rel: true, diag: diag,
		xval: "XXXX-" + pad(int(d.Month()), 2) + "-" + pad(d.Day(), 2)}
	if diag != "" {
		m.xval = "XXXX-XX-XX" // without an anchor the order stays open
	}
	return m, true
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
	start := i
	if prev.low == "-" && !prev.gap && !s.tk(i).gap && (s.low(i-2) == "post" || s.low(i-2) == "pre") && k == i {
		start = i - 2 // "the post-1959 politics"
	}
	if next.letter && !next.cap && !yearFollowers[next.low] && next.w.month == 0 {
		// A year before a singular noun is a modifier ("the 1995
		// bombing"); before a plural one it is a count ("2000 soldiers").
		strong := start < i || fiscal || prev.low == "in" || prev.low == "since" || prev.low == "during" || prev.low == "until" || prev.low == "before" || prev.low == "after" || prev.low == "by"
		if next.low[len(next.low)-1] == 's' && !strong || pluralNouns[next.low] {
			return match{}, false
		}
	}
	rule := "date.year"
	if fiscal {
		rule = "date.fiscal-year"
	}
	return match{i: start, j: k + 1, r: yearRes(y), rule: rule}, true
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
	}
	{
		// "the 20th century", "the twenty-first century", "a 20th
		// century democrat", "the fabled 11th century temple"
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
	case "easter", "good":
		// Easter Sunday and Good Friday, two days before it
		off := 0
		if s.low(i) == "good" {
			if s.low(j) != "friday" || !s.tk(j).cap {
				return match{}, false
			}
			off, j = -2, j+1
		} else if s.low(j) == "sunday" || s.low(j) == "day" {
			j++
		}
		if !s.tk(i).cap || s.low(j) == "island" || s.low(j) == "agreement" {
			return match{}, false // "Easter Island", "the Good Friday Agreement"
		}
		// the nearest one, or the last (next) one in a past (future) sentence
		a, dir := s.anchor, s.tense(i, j)
		var best time.Time
		for y := a.Year() - 1; y <= a.Year()+1; y++ {
			e := addDays(easter(y), off)
			if dir < 0 && e.After(a) || dir > 0 && e.Before(a) {
				continue
			}
			if best.IsZero() || absDays(e, a) < absDays(best, a) {
				best = e
			}
		}
		return match{i: i, j: j, r: dayRes(best), rule: rule + "-" + s.low(i), rel: true}, true
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

// easter returns Easter Sunday of year y in the Gregorian calendar (the
// anonymous algorithm of Meeus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

// absDays is the number of days between a and b.
func absDays(a, b time.Time) int {
	d := int(a.Sub(b).Hours() / 24)
	if d < 0 {
		return -d
	}
	return d
}
