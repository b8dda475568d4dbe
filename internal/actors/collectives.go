package actors

import (
	"strings"
)

// Unnamed groups of people ("Pakistani soldiers", "police", "gunmen").

// collective resolves an unnamed group ("soldiers", "Pakistani police")
// with its country from a modifier or from the report.
func (s *state) collective(m *match) {
	c, _ := m.has(candCollective)
	start := m.i
	iso, rule := "", "collective"
	if mod, st, ok := s.modifierBefore(m.i); ok {
		iso, start, rule = mod, st, "collective+modifier"
	} else if m.i > 0 && s.adjacent(m.i-1) && foreignWords[s.ws[m.i-1].key] {
		// "foreign troops", "international forces": not the report's country.
		start, rule = m.i-1, "collective+foreign"
	} else if in, ok := s.seatAfter(m.j); ok && c.sector == "GOV" {
		// "the government in Dhaka": the government seated there.
		iso, rule = in, "collective+seat"
	} else if s.home >= 0 {
		iso, rule = s.lx.countries[s.home].ISO3, "collective+context"
	}
	head := strings.ToLower(s.t[s.ws[m.i].start:s.ws[m.j-1].end])
	ac := s.group(iso, c.sector, head, rule+" "+c.source)
	if iso == "" && rule == "collective" {
		s.a.Diagnose("actors", s.span(m.i, m.j), "no country for "+head+": the report names none")
	}
	if rule == "collective+foreign" {
		ac.name = s.t[s.ws[start].start:s.ws[m.j-1].end]
	}
	s.mention(ac, start, m.j)
	if rule == "collective+modifier" {
		s.coordinatedModifiers(start, c.sector, c.source, head)
	}
}

// seatAfter returns the ISO3 code of the country named, or whose capital
// is named, right after "in" at word j ("… in Dhaka", "… in Bangladesh").
// Only a word for a whole government counts: an embassy, office or
// official "in Damascus" is one of the report's country posted there.
func (s *state) seatAfter(j int) (string, bool) {
	if j <= 0 || j+1 >= len(s.ws) || s.ws[j].key != "in" || !s.adjacent(j-1) || !s.adjacent(j) || !seatedBodies[s.ws[j-1].key] {
		return "", false
	}
	m := s.matchAt(j + 1)
	if m == nil {
		return "", false
	}
	for _, k := range []candKind{candCountry, candCapital} {
		if c, ok := m.has(k); ok {
			return s.lx.countries[c.country].ISO3, true
		}
	}
	return "", false
}

// seatedBodies are the words for a government as a whole, which "in" a
// capital names the government seated there.
var seatedBodies = set("government", "administration", "authorities", "regime", "leadership", "cabinet")

// group returns the report's unnamed group of country iso (ISO3, "" for
// none) and sector, named after the sector ("Pakistani officials") or,
// for a sector with no name, the head noun, made by rule the first time.
func (s *state) group(iso, sector, head, rule string) *actor {
	return s.get("collective:"+iso+"|"+sector, func(ac *actor) {
		name := head
		if n, ok := collectiveNames[sector]; ok {
			name = n
		}
		if co, ok := s.r.kb.CountryByISO3(iso); ok {
			name = co.Adjective() + " " + name
		}
		*ac = actor{name: name, kind: "collective", country: iso, sector: sector, code: code(iso, sector),
			entry: -1, rule: rule}
	})
}

// coordinatedModifiers makes, for "Chinese and Russian envoys" (the
// group's own modifier starting at word start), the groups of the other
// countries joined to it ("Chinese", "A, B and C envoys"): one group per
// country, each mentioned by its own modifier.
func (s *state) coordinatedModifiers(start int, sector, source, head string) {
	k := start - 1
	if k < 1 || s.ws[k].key != "and" && s.ws[k].key != "or" || !s.adjacent(k) {
		return
	}
	for k >= 1 {
		m := s.matchEnding(k)
		if m == nil || m.j != k || s.used[m.i] {
			return
		}
		c, ok := countryCand(m)
		if !ok {
			return
		}
		if _, cap := m.has(candCapital); cap && !has(m, candCountry) && !has(m, candDemonym) {
			return
		}
		ac := s.group(s.lx.countries[c.country].ISO3, sector, head, "collective+coordinated "+source)
		s.mention(ac, m.i, m.j)
		// "A, B and C": go on past a comma before this one
		if m.i < 1 || s.ws[m.i-1].punct != "," || s.ws[m.i-1].sent != s.ws[m.i].sent {
			return
		}
		k = m.i
	}
}
