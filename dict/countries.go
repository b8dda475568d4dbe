package dict

import (
	"regexp"
	"strings"
)

// Country is one country or territory of countries.tsv with the additions
// of country-extra.tsv.
type Country struct {
	ISO3 string // ISO 3166-1 alpha-3 ("PAK")
	ISO2 string // ISO 3166-1 alpha-2 ("PK")
	Name string // common English name ("Pakistan")
	// Aliases are other names and short forms ("US", "U.S.", "America").
	Aliases []string
	// Demonyms are adjectives and names of the people ("Pakistani",
	// "Pakistanis"); the first is the adjective.
	Demonyms []string
	Capital  string
	// CapitalAliases are other names of the capital ("Washington D.C.").
	CapitalAliases []string
	// Seat is the seat of government where it differs from the capital
	// ("The Hague"), else "".
	Seat      string
	Continent string // two-letter continent code (AS, EU, AF, NA, SA, OC, AN)
}

// Adjective returns the country's adjective ("Pakistani"), or its name
// when none is known.
func (c Country) Adjective() string {
	if len(c.Demonyms) > 0 {
		return c.Demonyms[0]
	}
	return c.Name
}

// Names returns the name and every alias.
func (c Country) Names() []string {
	return append([]string{c.Name}, c.Aliases...)
}

// Capitals returns the capital, its aliases and the seat of government:
// the names that stand for the government when used as an actor
// ("Kabul urged…").
func (c Country) Capitals() []string {
	var out []string
	if c.Capital != "" {
		out = append(out, c.Capital)
	}
	out = append(out, c.CapitalAliases...)
	if c.Seat != "" {
		out = append(out, c.Seat)
	}
	return out
}

var (
	iso3RE = regexp.MustCompile(`^[A-Z]{3}$`)
	iso2RE = regexp.MustCompile(`^[A-Z]{2}$`)
)

// countryLine parses "iso3 iso2 name aliases capital continent"; a line
// for an ISO3 code already read replaces it.
func (b *builder) countryLine(l line) error {
	if err := l.want(3, 6, "iso3, iso2, name, aliases, capital, continent"); err != nil {
		return err
	}
	c := Country{
		ISO3: l.field(0), ISO2: l.field(1), Name: l.field(2),
		Aliases: list(l.field(3)), Capital: l.field(4), Continent: l.field(5),
	}
	if c.Capital == "-" {
		c.Capital = ""
	}
	if !iso3RE.MatchString(c.ISO3) {
		return l.errorf("bad ISO3 code %q (want three capital letters)", c.ISO3)
	}
	if c.ISO2 == "-" {
		c.ISO2 = ""
	}
	if c.ISO2 != "" && !iso2RE.MatchString(c.ISO2) {
		return l.errorf("bad ISO2 code %q (want two capital letters)", c.ISO2)
	}
	if c.Name == "" {
		return l.errorf("empty country name")
	}
	b.countries[c.ISO3] = &c
	return nil
}

// extraLine is one line of country-extra.tsv, applied once every country is read.
type extraLine struct {
	line   line
	iso3   string
	field  string
	values []string
}

var extraFields = map[string]bool{
	"alias": true, "demonym": true, "capital": true, "capital-alias": true, "seat": true,
	"-alias": true, "-demonym": true, "-capital-alias": true, "-capital": true,
}

// extraLine parses "iso3 field values".
func (b *builder) extraLine(l line) error {
	if err := l.want(3, 3, "iso3, field, values"); err != nil {
		return err
	}
	x := extraLine{line: l, iso3: l.field(0), field: l.field(1), values: list(l.field(2))}
	if !iso3RE.MatchString(x.iso3) {
		return l.errorf("bad ISO3 code %q (want three capital letters)", x.iso3)
	}
	if !extraFields[x.field] {
		return l.errorf("unknown field %q (want alias, demonym, capital, capital-alias or seat, or -alias, -demonym, -capital, -capital-alias to remove values)", x.field)
	}
	if len(x.values) == 0 {
		return l.errorf("no values")
	}
	if (x.field == "capital" || x.field == "seat" || x.field == "-capital") && len(x.values) != 1 {
		return l.errorf("%s takes one value, got %d", x.field, len(x.values))
	}
	b.extras = append(b.extras, x)
	return nil
}

func (x extraLine) apply(c *Country) {
	switch x.field {
	case "alias":
		c.Aliases = appendNew(c.Aliases, x.values...)
	case "demonym":
		c.Demonyms = appendNew(c.Demonyms, x.values...)
	case "capital-alias":
		c.CapitalAliases = appendNew(c.CapitalAliases, x.values...)
	case "capital":
		if c.Capital != "" && c.Capital != x.values[0] {
			c.CapitalAliases = appendNew(c.CapitalAliases, c.Capital)
		}
		c.Capital = x.values[0]
	case "seat":
		c.Seat = x.values[0]
	case "-alias":
		c.Aliases = remove(c.Aliases, x.values)
	case "-demonym":
		c.Demonyms = remove(c.Demonyms, x.values)
	case "-capital":
		if Key(c.Capital) == Key(x.values[0]) {
			c.Capital = ""
		}
	case "-capital-alias":
		c.CapitalAliases = remove(c.CapitalAliases, x.values)
	}
}

// appendNew appends the values of vs whose Key is not yet in s.
func appendNew(s []string, vs ...string) []string {
	out := append([]string(nil), s...)
next:
	for _, v := range vs {
		for _, have := range out {
			if Key(have) == Key(v) {
				continue next
			}
		}
		out = append(out, v)
	}
	return out
}

func remove(s, vs []string) []string {
	var out []string
next:
	for _, have := range s {
		for _, v := range vs {
			if Key(have) == Key(v) {
				continue next
			}
		}
		out = append(out, have)
	}
	return out
}

// Countries returns every country, sorted by ISO3.
func (kb *KB) Countries() []Country { return append([]Country(nil), kb.countries...) }

// CountryByISO3 returns the country with the alpha-3 code ("PAK").
func (kb *KB) CountryByISO3(code string) (Country, bool) {
	return kb.at(kb.byISO3, strings.ToUpper(code))
}

// CountryByISO2 returns the country with the alpha-2 code ("PK").
func (kb *KB) CountryByISO2(code string) (Country, bool) {
	return kb.at(kb.byISO2, strings.ToUpper(code))
}

// CountryByName returns the country with the name or alias s, compared by
// Key ("U.S." and "US" both give USA). It does not look at capitals or
// demonyms.
func (kb *KB) CountryByName(s string) (Country, bool) { return kb.at(kb.byName, Key(s)) }

// CountryByDemonym returns the country of the adjective or people name s
// ("Afghan", "Pakistanis").
func (kb *KB) CountryByDemonym(s string) (Country, bool) { return kb.at(kb.byDemonym, Key(s)) }

// CountryByCapital returns the country whose capital, capital alias or
// seat of government is s ("Kabul", "Washington", "The Hague").
func (kb *KB) CountryByCapital(s string) (Country, bool) { return kb.at(kb.byCapital, Key(s)) }

func (kb *KB) at(m map[string]int, k string) (Country, bool) {
	i, ok := m[k]
	if !ok {
		return Country{}, false
	}
	return kb.countries[i], true
}
