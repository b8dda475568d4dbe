package dict

import (
	"regexp"
	"strings"
)

// Outlet is one line of outlets.tsv: a news outlet whose name names no
// place ("The Hindu", "Dawn"), with the country it reports from for its
// readers. Local news leaves its country unsaid because its readers know
// it; the place stage uses the outlet's country as a last, weak guess for
// a report that names no place at all.
type Outlet struct {
	ID string // stable id ("in-the-hindu")
	// Country is the outlet's home country (ISO3), "" for an international
	// outlet (Reuters, Al Jazeera), which reports from everywhere and
	// gives no prior.
	Country string
	Names   []string
	Source  string // "file:line"
}

// International reports whether o reports from everywhere.
func (o Outlet) International() bool { return o.Country == "" }

const outletColumns = "id, country, names"

// outletLine parses "id country names"; a line whose id was read before
// replaces it (an override file's correction).
func (b *builder) outletLine(l line) error {
	if err := l.want(3, 3, outletColumns); err != nil {
		return err
	}
	o := Outlet{ID: l.field(0), Country: dash(l.field(1)), Names: list(l.field(2)), Source: sourceOf(l)}
	if !idRE.MatchString(o.ID) {
		return l.errorf("bad id %q (want lower-case letters, digits and hyphens)", o.ID)
	}
	if o.Country != "" {
		if _, ok := b.countries[o.Country]; !ok {
			return l.errorf("unknown country %q (want an ISO3 code of countries.tsv, or - for an international outlet)", o.Country)
		}
	}
	if len(o.Names) == 0 {
		return l.errorf("no names")
	}
	if i, ok := b.outletAt[o.ID]; ok {
		b.outlets[i] = o
		return nil
	}
	if b.outletAt == nil {
		b.outletAt = map[string]int{}
	}
	b.outletAt[o.ID] = len(b.outlets)
	b.outlets = append(b.outlets, o)
	return nil
}

// buildOutlets indexes the outlets by the OutletKey of each name; a name
// two outlets share stays with the first.
func (b *builder) buildOutlets(kb *KB) {
	kb.outlets = b.outlets
	kb.outletBy = map[string]int{}
	for i, o := range b.outlets {
		for _, n := range o.Names {
			if k := OutletKey(n); k != "" {
				if _, ok := kb.outletBy[k]; !ok {
					kb.outletBy[k] = i
				}
			}
		}
	}
}

// domainRE is a web address's ending: "EKantipur.com", "Dawn.com.pk".
var domainRE = regexp.MustCompile(`(?i)\.(com|net|org|co|[a-z]{2})(\.[a-z]{2})?$`)

// bracketRE is a parenthesised qualifier: "The Telegraph (India)".
var bracketRE = regexp.MustCompile(`\s*\([^()]*\)\s*$`)

// OutletKey is the lookup form of an outlet's name: Key without a web
// address's ending ("ekantipur.com" is Ekantipur) or a leading "the".
func OutletKey(name string) string {
	return Key(domainRE.ReplaceAllString(strings.TrimSpace(name), ""))
}

// Outlet returns the outlet named name, in any case, with or without a
// leading "The" or a web address's ending; a name with a bracketed
// qualifier that is not listed as such ("Dawn (Pakistan)") is looked up
// without it.
func (kb *KB) Outlet(name string) (Outlet, bool) {
	if i, ok := kb.outletBy[OutletKey(name)]; ok {
		return kb.outlets[i], true
	}
	if s := bracketRE.ReplaceAllString(name, ""); s != name {
		if i, ok := kb.outletBy[OutletKey(s)]; ok {
			return kb.outlets[i], true
		}
	}
	return Outlet{}, false
}

// Outlets returns the outlets in file order.
func (kb *KB) Outlets() []Outlet { return append([]Outlet(nil), kb.outlets...) }
