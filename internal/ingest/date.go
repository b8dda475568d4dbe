package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// metaLayouts are the timestamp layouts seen in <meta>, JSON-LD, feeds and
// JSON documents, tried in order.
var metaLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	time.RFC850,
	time.ANSIC,
}

// normalizeDate turns a publication date from metadata into the output
// form: "YYYY-MM-DD" for a bare day, RFC 3339 for a time. ok is false
// when s is not a date sitrep understands.
func normalizeDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return "", false
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.Format("2006-01-02"), true
	}
	for _, l := range metaLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1 || t.Year() > 9999 {
				return "", false
			}
			// A named zone Go does not know parses with offset 0 and
			// its name; RFC 3339 then writes it as Z, which is what
			// "GMT"/"UTC" mean and the best guess for the rest.
			return t.Format(time.RFC3339), true
		}
	}
	if d, ok := parseTextDate(s); ok && d.year > 0 {
		return d.String(), true
	}
	return "", false
}

// textDate is a calendar day written in prose; year is 0 when the text
// gives none.
type textDate struct{ year, month, day int }

func (d textDate) String() string {
	return time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}

// valid reports whether the day exists (any year for a date without one).
func (d textDate) valid() bool {
	y := d.year
	if y == 0 {
		y = 2000 // a leap year, so 29 February is allowed
	}
	if d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31 {
		return false
	}
	t := time.Date(y, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
	return t.Day() == d.day
}

var months = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
	"nov": 11, "november": 11, "dec": 12, "december": 12,
}

// Text date patterns. Ordinal suffixes are accepted with any letters
// (22nd, and the common typos 22th, 1th, 3st).
const (
	monthRE = `(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	dayRE   = `(\d{1,2})(?i:st|nd|rd|th)?`
	yearRE  = `(\d{4})`
)

var (
	// "November 22nd, 2024", "Nov. 22 2024", "Nov 22"
	mdyRE = regexp.MustCompile(`^(` + monthRE + `)\s+` + dayRE + `(?:,?\s+` + yearRE + `)?\b`)
	// "22 November 2024", "22nd Nov, 2024", "22 November"
	dmyRE = regexp.MustCompile(`^` + dayRE + `\s+(?:of\s+)?(` + monthRE + `)(?:,?\s+` + yearRE + `)?\b`)
	// "2024-11-22"
	isoRE = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})\b`)
	// An optional weekday before any of them: "Friday, November 22, 2024".
	weekdayRE = regexp.MustCompile(`^(?i:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?i:day)?\.?,?\s+`)
)

// parseTextDate parses a date written in prose at the start of s and
// reports whether s was only that date (trailing punctuation and space
// aside).
func parseTextDate(s string) (textDate, bool) {
	d, n := matchTextDate(s)
	if n == 0 {
		return textDate{}, false
	}
	rest := strings.TrimRight(s[n:], " .,;")
	return d, rest == ""
}

// matchTextDate matches a date written in prose at the start of s and
// returns it with the number of bytes it covers, or n == 0.
func matchTextDate(s string) (d textDate, n int) {
	skip := 0
	if m := weekdayRE.FindStringIndex(s); m != nil {
		skip = m[1]
	}
	t := s[skip:]
	num := func(x string) int { v, _ := strconv.Atoi(x); return v }
	mon := func(x string) int {
		return months[strings.ToLower(strings.TrimSuffix(x, "."))]
	}
	if m := isoRE.FindStringSubmatchIndex(t); m != nil {
		d = textDate{num(t[m[2]:m[3]]), num(t[m[4]:m[5]]), num(t[m[6]:m[7]])}
		n = m[1]
	} else if m := mdyRE.FindStringSubmatchIndex(t); m != nil {
		d = textDate{month: mon(t[m[2]:m[3]]), day: num(t[m[4]:m[5]])}
		if m[6] >= 0 {
			d.year = num(t[m[6]:m[7]])
		}
		n = m[1]
	} else if m := dmyRE.FindStringSubmatchIndex(t); m != nil {
		d = textDate{day: num(t[m[2]:m[3]]), month: mon(t[m[4]:m[5]])}
		if m[6] >= 0 {
			d.year = num(t[m[6]:m[7]])
		}
		n = m[1]
	}
	if n == 0 || !d.valid() {
		return textDate{}, 0
	}
	return d, skip + n
}
