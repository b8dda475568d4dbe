package timex

import "time"

// Narrative references: "the next day", "that year", "later that day"
// name no date of their own but one the text has just named ("Gunmen
// attacked the post on Monday; the next day …"). They are resolved
// against the last expression before them that fixes a day (for day
// references) or a year (for year and month references), never against
// the publication date, and are left untagged when the text has named
// none.

// reference is the last day, month and year the text has named.
type reference struct {
	day, month, year          time.Time
	hasDay, hasMonth, hasYear bool
	dayRel, monthRel, yearRel bool // found by a relative expression
	dayEnd                    int  // token index after the day's expression
}

// clockDay returns the day a bare clock time at token i belongs to: the
// day named within the 40 tokens before it ("the bomb went off on Friday
// … at 10:35 a.m."), else none.
func (r *reference) clockDay(i int) (time.Time, bool, bool) {
	if !r.hasDay || i-r.dayEnd > 40 {
		return time.Time{}, false, false
	}
	return r.day, r.dayRel, true
}

// note records what match m fixes.
func (r *reference) note(m match) {
	if !m.r.hasRange || m.r.typ == "DURATION" || m.r.typ == "SET" || m.r.gran == "vague" {
		return
	}
	lo, hi := m.r.lo, m.r.hi
	if lo.Equal(hi) {
		r.day, r.hasDay, r.dayRel, r.dayEnd = lo, true, m.rel, m.j
	}
	if lo.Year() == hi.Year() && lo.Month() == hi.Month() {
		r.month, r.hasMonth, r.monthRel = lo, true, m.rel
	}
	if lo.Year() == hi.Year() {
		r.year, r.hasYear, r.yearRel = lo, true, m.rel
	}
}

// mNarrative: "the next day", "the following day", "the day before",
// "that day", "the same day", "that night", "the next morning", "that
// year", "the following year", "that month".
func (s *scanner) mNarrative(i int) (match, bool) {
	k := i
	w0, w1 := s.low(k), s.low(k+1)
	off, unit := 0, byte(0)
	j := 0
	part := ""
	switch {
	case w0 == "that" || w0 == "the" && w1 == "same":
		if w0 == "the" {
			k++
		}
		t := s.tk(k + 1)
		switch {
		case t.w.unit == uDay && !t.w.plural:
			unit = uDay
		case t.w.part != "" && t.low != "overnight":
			unit, part = uDay, t.w.part
		case (t.w.unit == uYear || t.w.unit == uMonth) && !t.w.plural:
			unit = t.w.unit
		default:
			return match{}, false
		}
		j = k + 2
	case w0 == "the" && (w1 == "next" || w1 == "following" || w1 == "previous" || w1 == "preceding"):
		t := s.tk(k + 2)
		off = 1
		if w1 == "previous" || w1 == "preceding" {
			off = -1
		}
		switch {
		case t.w.unit == uDay && !t.w.plural:
			unit = uDay
		case t.w.part != "" && t.low != "overnight" && off > 0:
			unit, part = uDay, t.w.part
		case (t.w.unit == uYear || t.w.unit == uMonth) && !t.w.plural && w1 != "next":
			// "the next year" is the calendar's (mRel); "the following
			// year" the narrative's
			unit = t.w.unit
		default:
			return match{}, false
		}
		j = k + 3
	case w0 == "the" && s.tk(k+1).w.part != "" && w1 != "overnight" && (s.low(i-1) == "in" || s.low(i-1) == "during") && !s.tk(i-2).digits:
		// "dealers placed orders in the morning": in a past clause, the
		// morning of the day just named (within 40 tokens), else
		// untagged; not "4 in the morning", nor a habit ("I run in the
		// morning")
		if _, _, ok := s.ref.clockDay(i); !ok || s.tense(i, k+2) >= 0 {
			return match{}, false
		}
		unit, part, j = uDay, s.tk(k+1).w.part, k+2
	case w0 == "the" && w1 == "day" && (s.low(k+2) == "before" || s.low(k+2) == "after"):
		// "the day after": not "the day after the vote"
		if nx := s.tk(k + 3); nx.letter && nx.low != "and" && nx.low != "but" {
			return match{}, false
		}
		unit, off, j = uDay, 1, k+3
		if s.low(k+2) == "before" {
			off = -1
		}
	default:
		return match{}, false
	}
	if nx := s.tk(j); nx.low == "of" || nx.low == "'" || (unit != uDay && nx.letter && !nx.cap && !yearFollowers[nx.low]) {
		return match{}, false // "that day of reckoning", "the following year's budget"
	}
	var r res
	rel := false
	switch unit {
	case uDay:
		if !s.ref.hasDay {
			return match{}, false
		}
		r, rel = dayRes(addDays(s.ref.day, off)), s.ref.dayRel
		if part != "" {
			r.value += "T" + part
			r.typ = "TIME"
		}
	case uMonth:
		if !s.ref.hasMonth {
			return match{}, false
		}
		d := s.ref.month
		r, rel = monthRes(d.Year(), int(d.Month())+off), s.ref.monthRel
	case uYear:
		if !s.ref.hasYear {
			return match{}, false
		}
		r, rel = yearRes(s.ref.year.Year()+off), s.ref.yearRel
	}
	rule := "narrative"
	for k := i; k < j; k++ {
		rule += "." + s.t[k].low
	}
	return match{i: i, j: j, r: r, rule: rule, rel: rel}, true
}

// mNextDayNum: the second day of "April 24 and 25", "on March 3 or 4":
// a day number right after a date that fixed a day and a conjunction
// takes that date's month and year.
func (s *scanner) mNextDayNum(i int) (match, bool) {
	t := s.tk(i)
	if !t.digits || len(t.low) > 2 || t.num < 1 || t.num > 31 || !s.ref.hasDay || s.ref.dayEnd != i-1 {
		return match{}, false
	}
	switch s.low(i - 1) {
	case "and", "or", "to", "through":
	default:
		return match{}, false
	}
	nx := s.tk(i + 1)
	if nx.w.unit != 0 || nx.w.month != 0 || nx.digits || nx.low == "%" || nx.low == "percent" || nx.low == "," && s.tk(i+2).digits ||
		nx.letter && !nx.cap && !yearFollowers[nx.low] || nx.low == ":" || nx.low == "." && s.tk(i+2).digits {
		return match{}, false // "March 3 and 4 percent", "May 5 and 6 a.m.", "June 1 and 2,000 troops"
	}
	d := s.ref.day
	if t.num <= d.Day() || !validDate(d.Year(), int(d.Month()), t.num) {
		return match{}, false
	}
	day := date(d.Year(), int(d.Month()), t.num)
	return match{i: i, j: i + 1, r: dayRes(day), rule: "narrative.next-day-number", rel: s.ref.dayRel}, true
}
