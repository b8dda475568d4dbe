package dict

import (
	"regexp"
	"sort"
	"strings"
	"time"
)

// Actor kinds an entry may have (doc.Actor kinds less "collective", which
// only unnamed groups get).
var actorKinds = map[string]bool{
	"person": true, "organization": true, "country": true, "group": true, "igo": true,
}

// IsSector reports whether s is one of the PLOVER/CAMEO-style sector codes
// of output.md (GOV, MIL, COP, JUD, LEG, REB, OPP, PTY, IGO, NGO, MED, BUS,
// CVL, REL, UAF, SPY).
func IsSector(s string) bool {
	switch s {
	case "GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "PTY", "IGO", "NGO", "MED", "BUS", "CVL", "REL", "UAF", "SPY":
		return true
	}
	return false
}

// Context is the country value of an entry that takes its country from
// the text around the mention ("the Foreign Office" in a report about
// Pakistan).
const Context = "*"

// Entry is one actor of actors.tsv: a person, organisation, group or IGO
// with its names and its status over time.
type Entry struct {
	ID     string // stable id ("pk-mofa-spokesperson-baloch")
	Kind   string // person, organization, country, group or igo
	Names  []string
	Gender string // "m", "f" or "" (people only)
	// Periods are the entry's statuses, in file order; at most one should
	// cover a given day.
	Periods []Period
}

// Period is what an entry is between two days.
type Period struct {
	From, To string // inclusive YYYY-MM-DD days; "" is open
	// Country is an ISO3 code, "" for none or Context ("*").
	Country string
	Sector  string // GOV, MIL, … or ""
	Code    string // explicit CAMEO-style code ("IGOUNO"), else ""
	Role    string // for people, the post ("Foreign Minister")
	Source  string // "file:line" of the line that defined it
}

// Covers reports whether day (YYYY-MM-DD) lies within p.
func (p Period) Covers(day string) bool {
	return (p.From == "" || day >= p.From) && (p.To == "" || day <= p.To)
}

// On returns the period of e covering day (YYYY-MM-DD). With no day, or
// none covering it, it returns the period nearest to day (the latest when
// day is empty) and false.
func (e Entry) On(day string) (Period, bool) {
	if len(e.Periods) == 0 {
		return Period{}, false
	}
	if day != "" {
		for _, p := range e.Periods {
			if p.Covers(day) {
				return p, true
			}
		}
	}
	best, dist := e.Periods[len(e.Periods)-1], -1
	for _, p := range e.Periods {
		d := 0
		switch {
		case day == "":
			d = daysBetween(p.To, "9999-12-31")
		case p.To != "" && day > p.To:
			d = daysBetween(p.To, day)
		case p.From != "" && day < p.From:
			d = daysBetween(day, p.From)
		}
		if dist < 0 || d < dist {
			best, dist = p, d
		}
	}
	return best, false
}

func daysBetween(a, b string) int {
	if a == "" {
		return 0
	}
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil {
		return 1 << 30
	}
	return int(tb.Sub(ta).Hours() / 24)
}

var (
	idRE   = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	codeRE = regexp.MustCompile(`^[A-Z]{3,12}$`)
)

const actorColumns = "id, kind, country, sector, from, to, names, role, attributes"

// actorLine parses "id kind country sector from to names role attrs", or
// "-id" to remove an entry. In an override file the first line of an id
// replaces all the embedded periods of that id.
func (b *builder) actorLine(l line, override bool, replaced map[string]bool) error {
	id := l.field(0)
	if strings.HasPrefix(id, "-") && len(l.fields) == 1 {
		id = id[1:]
		if _, ok := b.actors[id]; !ok {
			return l.errorf("cannot remove unknown actor %q", id)
		}
		delete(b.actors, id)
		return nil
	}
	if err := l.want(7, 9, actorColumns); err != nil {
		return err
	}
	if !idRE.MatchString(id) {
		return l.errorf("bad id %q (want lower-case letters, digits and hyphens)", id)
	}
	kind := l.field(1)
	if !actorKinds[kind] {
		return l.errorf("unknown kind %q (want person, organization, country, group or igo)", kind)
	}
	p := Period{Country: dash(l.field(2)), Sector: dash(l.field(3)), From: dash(l.field(4)), To: dash(l.field(5)),
		Role: dash(l.field(7)), Source: sourceOf(l)}
	if strings.Contains(p.Role, "=") && !strings.Contains(p.Role, " ") {
		return l.errorf("role %q looks like an attribute: put - in the role column before attributes", p.Role)
	}
	if p.Country != "" && p.Country != Context && !iso3RE.MatchString(p.Country) {
		return l.errorf("bad country %q (want an ISO3 code, - or *)", p.Country)
	}
	if p.Sector != "" && !IsSector(p.Sector) {
		return l.errorf("unknown sector %q", p.Sector)
	}
	for _, d := range []string{p.From, p.To} {
		if d == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", d); err != nil {
			return l.errorf("bad date %q (want YYYY-MM-DD or -)", d)
		}
	}
	if p.From != "" && p.To != "" && p.To < p.From {
		return l.errorf("period ends (%s) before it starts (%s)", p.To, p.From)
	}
	names := list(l.field(6))
	if len(names) == 0 {
		return l.errorf("actor %q has no names", id)
	}
	gender := ""
	attrs := l.field(8)
	if attrs == "-" {
		attrs = "" // "-" stands for none, as in every field
	}
	for _, a := range strings.Fields(attrs) {
		k, v, ok := strings.Cut(a, "=")
		if !ok {
			return l.errorf("bad attribute %q (want key=value)", a)
		}
		switch k {
		case "code":
			if !codeRE.MatchString(v) {
				return l.errorf("bad code %q (want 3 to 12 capital letters)", v)
			}
			p.Code = v
		case "gender":
			if v != "m" && v != "f" {
				return l.errorf("bad gender %q (want m or f)", v)
			}
			gender = v
		default:
			return l.errorf("unknown attribute %q (want code or gender)", k)
		}
	}
	if override && !replaced[id] {
		delete(b.actors, id)
		replaced[id] = true
	}
	periods, seen := b.actors[id]
	if !seen {
		b.actorSeq = append(b.actorSeq, id)
	}
	if len(periods) > 0 && periods[0].Kind != kind {
		return l.errorf("actor %q is a %s on an earlier line, %s here", id, periods[0].Kind, kind)
	}
	b.actors[id] = append(periods, Entry{ID: id, Kind: kind, Names: names, Gender: gender, Periods: []Period{p}})
	return nil
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

func sourceOf(l line) string {
	return l.file + ":" + itoa(l.num)
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// buildActors merges the lines of each id into one Entry and checks that
// its periods do not overlap.
func (b *builder) buildActors(kb *KB) error {
	for _, id := range b.actorSeq {
		lines, ok := b.actors[id]
		if !ok {
			continue // removed
		}
		e := Entry{ID: id, Kind: lines[0].Kind}
		for _, l := range lines {
			e.Names = appendNew(e.Names, l.Names...)
			if l.Gender != "" {
				e.Gender = l.Gender
			}
			e.Periods = append(e.Periods, l.Periods...)
		}
		ps := append([]Period(nil), e.Periods...)
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].From < ps[j].From })
		for i := 1; i < len(ps); i++ {
			if ps[i-1].To == "" || ps[i].From == "" || ps[i].From <= ps[i-1].To {
				return &Error{File: ps[i].Source, Msg: "period of " + id + " overlaps the one at " + ps[i-1].Source}
			}
		}
		kb.actorID[id] = len(kb.actors)
		kb.actors = append(kb.actors, e)
	}
	return nil
}

// Entries returns every actor entry, in file order.
func (kb *KB) Entries() []Entry { return append([]Entry(nil), kb.actors...) }

// Entry returns the actor entry with the id.
func (kb *KB) Entry(id string) (Entry, bool) {
	i, ok := kb.actorID[id]
	if !ok {
		return Entry{}, false
	}
	return kb.actors[i], true
}
