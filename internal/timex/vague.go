package timex

import (
	"time"
)

// Vague references: PAST_REF, PRESENT_REF, FUTURE_REF.

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
		if s.low(i-1) == "as" && s.low(i+1) == "as" && s.low(i+2) == "possible" && !s.tk(i-1).brk {
			// "as soon as possible"
			r := res{typ: "DATE", value: "FUTURE_REF", gran: "vague", lo: addDays(a, 1), hi: addDays(a, 30), hasRange: true}
			return match{i: i - 1, j: i + 3, r: r, rule: "vague.as-soon-as-possible", rel: true, xval: "FUTURE_REF"}, true
		}
		if s.low(i+1) == "after" || s.low(i+1) == "as" || s.low(i-1) == "as" || i > 0 && s.cueAt(i-1) < 0 || i+1 < len(s.t) && s.cueAt(i+1) < 0 {
			return match{}, false // "he was soon released": shortly after, in a past story
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
		case "near", "short", "long":
			// "in the near term", "the short term"; not "the long-term
			// debt" nor "the short term debt"
			if s.low(i+2) == "term" && s.tk(i+2).gap {
				if nx := s.tk(i + 3); !(nx.letter && !nx.cap && !notCurrent[nx.low]) || nx.brk {
					return match{i: i, j: i + 3, r: res{typ: "DATE", value: "FUTURE_REF", gran: "vague"}, rule: "vague.the-" + s.low(i+1) + "-term"}, true
				}
			}
			if s.low(i+1) == "near" && s.low(i+2) == "future" {
				r := res{typ: "DATE", value: "FUTURE_REF", gran: "vague", lo: addDays(a, 1), hi: addDays(a, 183), hasRange: true}
				return match{i: i, j: i + 3, r: r, rule: "vague.near-future", rel: true, xval: "FUTURE_REF"}, true
			}
		}
	case "a", "an":
		// "at a later date", "an earlier date"
		if s.low(i+2) == "date" && !s.tk(i+2).cap {
			switch s.low(i + 1) {
			case "later", "future":
				return match{i: i, j: i + 3, r: res{typ: "DATE", value: "FUTURE_REF", gran: "vague"}, rule: "vague.a-later-date"}, true
			case "earlier":
				return match{i: i, j: i + 3, r: res{typ: "DATE", value: "PAST_REF", gran: "vague"}, rule: "vague.an-earlier-date"}, true
			}
		}
	case "current", "then":
		// "the current weakness", "current market conditions": the
		// present, without a range (it qualifies a thing, it does not
		// date an event); "the then current price" is the past. "The
		// current year" and other units are mRel's.
		j := i + 1
		v := "PRESENT_REF"
		if t.low == "then" {
			if s.low(j) != "current" || s.tk(j).brk {
				return match{}, false
			}
			j++
			v = "PAST_REF"
		}
		nx := s.tk(j)
		if !nx.letter || nx.cap || !nx.gap || nx.brk || nx.w.unit != 0 || notCurrent[nx.low] {
			return match{}, false
		}
		return match{i: i, j: j, r: res{typ: "DATE", value: v, gran: "vague"}, rule: "vague." + t.low}, true
	case "future":
		if s.low(i-1) == "in" || s.low(i-1) == "near" {
			return match{i: i, j: i + 1, r: res{typ: "DATE", value: "FUTURE_REF", gran: "vague"}, rule: "vague.future"}, true
		}
	}
	return match{}, false
}

// notCurrent are words after which "current" is no time: the flow of
// water or electricity, and accounting terms.
var notCurrent = map[string]bool{
	"account": true, "accounts": true, "assets": true, "liabilities": true, "ratio": true, "of": true,
	"and": true, "or": true, "in": true, "is": true, "was": true, "flows": true, "flow": true,
	"swept": true, "carried": true, "to": true, "from": true, "that": true, "which": true,
}
