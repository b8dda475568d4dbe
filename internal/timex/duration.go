package timex

import (
	"strconv"
)

// Counts of time: durations ("three years", "the past two weeks") and
// sets ("every Friday", "twice a year").

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
	if t.w.unit != 0 && t.w.unit != uWeekend && s.low(i+1) == "-" && s.low(i+2) == "long" && s.adj(i+1) && s.adj(i+2) {
		// "a day-long meeting", "a decades-long battle"
		code, tp, mult := unitCode(t.w.unit)
		n, g := strconv.Itoa(mult), granOf(t.w.unit)
		if t.w.plural {
			n, g = "X", "vague"
		}
		v := "P" + n + code
		if tp {
			v = "PT" + n + code
		}
		return match{i: i, j: i + 3, r: res{typ: "DURATION", value: v, gran: g}, rule: "duration.unit-long"}, true
	}
	if the && s.tk(k).w.plural && s.tk(k).w.unit != 0 && s.tk(k).w.unit != uWeekend || the && (s.low(k) == "early" || s.low(k) == "first") && s.tk(k+1).w.plural && s.tk(k+1).w.unit != 0 && s.tk(k+1).w.unit != uWeekend {
		// "over the years", "in the years that followed", "in the early
		// years": a vague span
		kk := k
		if !s.tk(kk).w.plural {
			kk++
		}
		ord := kk > i+1 // "the first hours", "the early years"
		if s.tk(kk).w.unit == uHour && s.low(kk+1) == "of" && s.low(kk-1) != "first" {
			ord = false // "the early hours of Thursday" are a part of that day
		}
		if s.low(i-1) == "over" || s.low(kk+1) == "that" && (s.low(kk+2) == "followed" || s.low(kk+2) == "passed") || ord {
			code, tp, _ := unitCode(s.tk(kk).w.unit)
			v := "PX" + code
			if tp {
				v = "PTX" + code
			}
			return match{i: i, j: kk + 1, r: res{typ: "DURATION", value: v, gran: "vague"}, rule: "duration.the-units"}, true
		}
	}
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
	if w := s.low(kk); (w == "more" || w == "additional" || w == "extra" || w == "further" || w == "trading" || w == "business" || w == "working") && s.tk(kk+1).w.unit != 0 && s.tk(kk+1).w.unit != uWeekend {
		kk++ // "two more weeks", "an additional year", "eight trading days"
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
	half := false
	if s.low(j) == "and" && (s.low(j+1) == "a" || s.low(j+1) == "one") && s.low(j+2) == "half" && n >= 1 && !s.tk(kk).w.plural == (n == 1) {
		half, j = true, j+3 // "a minute and a half", "two years and a half"
	}
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
	if s.low(j) == "-" && s.low(j+1) == "long" || (s.low(k) == "a" || s.low(k) == "an") && kk == k+1 && s.tk(kk).w.plural {
		return match{}, false // "a day-long meeting" is the unit's; "a decades-long" no count
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
	if half || s.low(k+1) == "1" && s.low(k+2) == "/" && s.tk(k).digits {
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
