package timex

import (
	"strconv"
	"time"
)

// Calendar arithmetic on days. Every time.Time here is midnight UTC of a
// civil day; time.Date normalises overflow (day 0 is the last day of the
// previous month), which the helpers rely on.

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func addDays(t time.Time, n int) time.Time { return t.AddDate(0, 0, n) }

// monday returns the Monday of t's ISO week.
func monday(t time.Time) time.Time { return addDays(t, -((int(t.Weekday()) + 6) % 7)) }

// isoWday returns t's ISO weekday: Monday 1 … Sunday 7.
func isoWday(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

// lastOfMonth returns the last day of month m of year y.
func lastOfMonth(y, m int) time.Time { return date(y, m+1, 0) }

// validDate reports whether y-m-d is a real calendar day.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return date(y, m, d).Day() == d
}

// pad formats n with at least w digits.
func pad(n, w int) string {
	var b [24]byte
	return string(appendPad(b[:0], n, w))
}

func appendPad(b []byte, n, w int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [20]byte
	i := len(d)
	for n > 0 || i == len(d) {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
	}
	for k := len(d) - i; k < w; k++ {
		b = append(b, '0')
	}
	return append(b, d[i:]...)
}

// fmtDay formats t as 2006-01-02.
func fmtDay(t time.Time) string {
	var b [16]byte
	y, m, d := t.Date()
	out := appendPad(b[:0], y, 4)
	out = append(out, '-')
	out = appendPad(out, int(m), 2)
	out = append(out, '-')
	out = appendPad(out, d, 2)
	return string(out)
}

// res is a resolved expression: its TIMEX3 value, type, granularity and
// inclusive day range.
type res struct {
	typ, value, gran string
	lo, hi           time.Time
	hasRange         bool
}

func dayRes(t time.Time) res {
	return res{typ: "DATE", value: fmtDay(t), gran: "day", lo: t, hi: t, hasRange: true}
}

func weekRes(t time.Time) res {
	m := monday(t)
	y, w := m.ISOWeek()
	return res{typ: "DATE", value: pad(y, 4) + "-W" + pad(w, 2), gran: "week", lo: m, hi: addDays(m, 6), hasRange: true}
}

// weekendRes is the Saturday and Sunday of t's ISO week.
func weekendRes(t time.Time) res {
	m := monday(t)
	y, w := m.ISOWeek()
	return res{typ: "DATE", value: pad(y, 4) + "-W" + pad(w, 2) + "-WE", gran: "week", lo: addDays(m, 5), hi: addDays(m, 6), hasRange: true}
}

func monthRes(y, m int) res {
	f := date(y, m, 1)
	y, m = f.Year(), int(f.Month())
	return res{typ: "DATE", value: pad(y, 4) + "-" + pad(m, 2), gran: "month", lo: f, hi: lastOfMonth(y, m), hasRange: true}
}

func quarterRes(y, q int) res {
	for q < 1 {
		q += 4
		y--
	}
	for q > 4 {
		q -= 4
		y++
	}
	return res{typ: "DATE", value: pad(y, 4) + "-Q" + strconv.Itoa(q), gran: "quarter", lo: date(y, 3*q-2, 1), hi: lastOfMonth(y, 3*q), hasRange: true}
}

func halfRes(y, h int) res {
	return res{typ: "DATE", value: pad(y, 4) + "-H" + strconv.Itoa(h), gran: "quarter", lo: date(y, 6*h-5, 1), hi: lastOfMonth(y, 6*h), hasRange: true}
}

func yearRes(y int) res {
	return res{typ: "DATE", value: pad(y, 4), gran: "year", lo: date(y, 1, 1), hi: date(y, 12, 31), hasRange: true}
}

// decadeRes is the decade starting in year y (a multiple of ten): value
// "199" for the 1990s.
func decadeRes(y int) res {
	return res{typ: "DATE", value: pad(y/10, 3), gran: "year", lo: date(y, 1, 1), hi: date(y+9, 12, 31), hasRange: true}
}

// centuryRes is the century numbered c (the 20th century is 1901–2000 by
// the calendar, but news means the 1900s; we follow the news).
func centuryRes(c int) res {
	y := (c - 1) * 100
	return res{typ: "DATE", value: pad(c-1, 2), gran: "year", lo: date(y, 1, 1), hi: date(y+99, 12, 31), hasRange: true}
}

// Seasons are meteorological, northern hemisphere: spring is March–May,
// summer June–August, autumn September–November, winter December of the
// year through February of the next.
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

func seasonRes(y int, s string) res {
	m := seasonStart[s]
	return res{typ: "DATE", value: pad(y, 4) + "-" + s, gran: "month", lo: date(y, m, 1), hi: lastOfMonth(y, m+2), hasRange: true}
}

// seasonOf returns the season t falls in and the year it is named by.
func seasonOf(t time.Time) (int, string) {
	y, m := t.Year(), int(t.Month())
	switch {
	case m >= 3 && m <= 5:
		return y, "SP"
	case m >= 6 && m <= 8:
		return y, "SU"
	case m >= 9 && m <= 11:
		return y, "FA"
	case m == 12:
		return y, "WI"
	}
	return y - 1, "WI"
}

// narrow shrinks r's range to its early, middle or late third, or to the
// part before or after the anchor (mod "earlier"/"later"); the value is
// left alone, as TIMEX3 does.
func (r res) narrow(mod string, anchor time.Time, known bool) res {
	if !r.hasRange {
		return r
	}
	n := int(r.hi.Sub(r.lo).Hours()/24) + 1
	third := n / 3
	if third < 1 {
		third = 1
	}
	switch mod {
	case "early", "start":
		r.hi = addDays(r.lo, third-1)
	case "late", "end":
		r.lo = addDays(r.hi, -(third - 1))
	case "mid":
		if n >= 3 {
			r.lo, r.hi = addDays(r.lo, third), addDays(r.hi, -third)
		}
	case "earlier":
		if known && !anchor.Before(r.lo) && !anchor.After(r.hi) {
			r.hi = anchor
		}
	case "later":
		if known && !anchor.Before(r.lo) && !anchor.After(r.hi) {
			r.lo = anchor
		}
	}
	return r
}
