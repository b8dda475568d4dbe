package actors

import (
	"strings"

	"sitrep/dict"
	"sitrep/internal/doc"
)

// The second pass: organisations, groups and IGOs from the dictionary or
// from ner ORG entities, and what sits next to them.

// nonPersons is the second pass, left to right over the words no person took:
// organisations and groups, countries, capitals as governments and
// unnamed groups.
func (s *state) nonPersons() {
	orgs := s.entitySpans(doc.Org)
	defer func() { s.sc.spans = orgs }()
	for i := 0; i < len(s.ws); i++ {
		if s.used[i] {
			continue
		}
		if j := orgs[i]; j > 0 && s.unknownOrg(i, j) {
			s.nerOrg(i, j)
			i = j - 1
			continue
		}
		m := s.matchAt(i)
		if m == nil {
			if s.ws[i].is(fGroupNoun | fBodyNoun) {
				s.theGroup(i)
			}
			continue
		}
		switch {
		case s.isOrg(m):
			s.entry(m)
		case has(m, candCountry):
			s.country(m)
		case has(m, candCapital):
			s.capital(m)
		case has(m, candCollective):
			s.collective(m)
		case has(m, candDemonym):
			s.demonym(m)
		}
		if j := m.j - 1; j > i {
			i = j
		}
	}
}

func has(m *match, k candKind) bool { _, ok := m.has(k); return ok }

// isOrg reports whether m names a dictionary organisation, group or IGO.
func (s *state) isOrg(m *match) bool {
	if m == nil {
		return false
	}
	c, ok := m.has(candEntry)
	return ok && s.lx.entries[c.entry].Kind != "person"
}

// adjacent reports whether nothing but spaces (or a possessive) separates
// word k from the next.
func (s *state) adjacent(k int) bool {
	return k+1 < len(s.ws) && s.ws[k].punct == "" && !s.ws[k].hyNext && s.ws[k+1].sent == s.ws[k].sent
}

// next returns the match right after word k-1 when adjacent, or nil.
func (s *state) nextMatch(j int) *match {
	if j <= 0 || !s.adjacent(j-1) {
		return nil
	}
	return s.matchAt(j)
}

// modifierBefore returns the country named right before word i
// ("Pakistani soldiers", "Pakistan's Foreign Office") and where it starts.
func (s *state) modifierBefore(i int) (iso string, start int, ok bool) {
	if i == 0 || !s.adjacent(i-1) || s.used[i-1] {
		return "", i, false
	}
	m := s.matchEnding(i)
	if m == nil || m.j != i {
		return "", i, false
	}
	c, ok := countryCand(m)
	if !ok {
		return "", i, false
	}
	if _, cap := m.has(candCapital); cap && !has(m, candCountry) && !has(m, candDemonym) && !s.ws[i-1].poss {
		return "", i, false // "Kabul police" is the city's police, not a country's
	}
	return s.lx.countries[c.country].ISO3, m.i, true
}

// entry resolves a dictionary organisation, group or IGO, with the
// country of a generic one ("Foreign Office") from a modifier, an "of"
// phrase or the report's country.
func (s *state) entry(m *match) {
	c, _ := m.has(candEntry)
	e := s.lx.entries[c.entry]
	p, _ := e.On(s.day)
	start, end := m.i, m.j
	iso, rule := "", "kb"
	if p.Country == dict.Context {
		if mod, st, ok := s.modifierBefore(m.i); ok {
			iso, start, rule = mod, st, "kb+modifier"
		} else if m.j+1 < len(s.ws) && s.ws[m.j].key == "of" && s.adjacent(m.j-1) && s.adjacent(m.j) {
			k := m.j + 1
			if s.ws[k].key == "the" && s.adjacent(k) {
				k++
			}
			if n := s.matchAt(k); n != nil && has(n, candCountry) {
				cc, _ := n.has(candCountry)
				iso, end, rule = s.lx.countries[cc.country].ISO3, n.j, "kb+of"
			}
		}
		if in, ok := s.seatAfter(m.j); ok && iso == "" && p.Sector == "GOV" {
			// "the government in Dhaka": the government seated there.
			iso, rule = in, "kb+seat"
		}
		if iso == "" && s.home >= 0 {
			iso, rule = s.lx.countries[s.home].ISO3, "kb+context"
		}
	}
	ac := s.entryActor(c.entry, iso, rule)
	if n := s.nextMatch(end); n != nil && has(n, candCollective) && !s.isOrg(n) {
		end = n.j // "Taliban fighters", "Foreign Office officials"
	}
	s.mention(ac, start, end)
}

// theGroup links "the group", "the banned outfit" to the armed or
// political group the text named last, and "the ministry" to the ministry
// named last, within five sentences.
func (s *state) theGroup(i int) {
	start := i
	for start > 0 && s.adjacent(start-1) && groupAdjectives[s.ws[start-1].key] && s.cover[start-1] < 0 {
		start--
	}
	if start == 0 || !s.adjacent(start-1) || s.ws[start-1].key != "the" {
		return
	}
	noun := s.ws[i].key
	var best *actor
	bestAt := -1
	for _, ac := range s.actors {
		switch {
		case groupNouns[noun] && ac.kind == "group":
		case bodyNouns[noun] && ac.kind == "organization" && strings.Contains(strings.ToLower(ac.name), noun):
		default:
			continue
		}
		if w := ac.lastBefore(start); w > bestAt {
			best, bestAt = ac, w
		}
	}
	if best == nil || s.ws[start].sent-s.ws[bestAt].sent > 5 {
		return
	}
	s.mention(best, start, i+1)
}

// unknownOrg reports whether the ner ORG entity over words [i, j) is
// free and holds no dictionary organisation (which would win).
func (s *state) unknownOrg(i, j int) bool {
	for k := i; k < j; k++ {
		if s.used[k] {
			return false
		}
		if c := s.cover[k]; c >= 0 && (s.isOrg(s.ms[c]) || s.ms[c].i <= i && s.ms[c].j >= j) {
			return false // a dictionary phrase holds it ("FC personnel")
		}
	}
	last := s.ws[j-1].key
	if notOrgs[last] || placeTypes[last] {
		return false // "IED", "Safi Tehsil": ner noise
	}
	return true
}

// nerOrg makes a ner ORG entity that no dictionary entry covers an
// organisation, with a country and sector when its words give them
// ("Balochistan Levies" → sector MIL from "levies").
func (s *state) nerOrg(i, j int) {
	iso, sector := "", ""
	for k := i; k < j; k++ {
		if m := s.matchAt(k); m != nil {
			if c, ok := countryCand(m); ok && iso == "" {
				iso = s.lx.countries[c.country].ISO3
			}
		}
		if sec, ok := orgWords[s.ws[k].key]; ok && sector == "" {
			sector = sec
		}
	}
	name := s.t[s.ws[i].start:s.ws[j-1].end]
	ac := s.get("org:"+s.keys(i, j), func(ac *actor) {
		*ac = actor{name: name, kind: "organization", country: iso, sector: sector, entry: -1, rule: "ner.org"}
		if iso != "" && sector != "" {
			ac.code = iso + sector
		}
	})
	s.a.Diagnose("actors", s.span(i, j), "no dictionary entry for organisation \""+name+"\"")
	s.mention(ac, i, j)
}

// orgWords give an unknown organisation its sector.
var orgWords = map[string]string{
	"ministry": "GOV", "government": "GOV", "cabinet": "GOV", "department": "GOV", "commission": "GOV",
	"authority": "GOV", "council": "GOV", "office": "GOV", "directorate": "GOV", "administration": "GOV",
	"army": "MIL", "military": "MIL", "forces": "MIL", "corps": "MIL", "regiment": "MIL", "brigade": "MIL",
	"navy": "MIL", "levies": "MIL", "police": "COP", "constabulary": "COP", "court": "JUD", "tribunal": "JUD",
	"party": "PTY", "league": "PTY", "assembly": "LEG", "parliament": "LEG", "senate": "LEG",
	"bank": "BUS", "company": "BUS", "corporation": "BUS", "group": "", "foundation": "NGO", "trust": "NGO",
	"society": "NGO", "university": "", "front": "REB", "army's": "MIL", "lashkar": "REB", "jaish": "REB",
	"tehreek": "", "movement": "", "newspaper": "MED", "television": "MED", "tv": "MED", "news": "MED",
}
