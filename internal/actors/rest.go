package actors

import (
	"strings"

	"sitrep/dict"
	"sitrep/internal/doc"
)

// rest is the second pass, left to right over the words no person took:
// organisations and groups, countries, capitals as governments and
// unnamed groups.
func (s *state) rest() {
	orgs := s.entitySpans(doc.Org)
	for i := 0; i < len(s.ws); i++ {
		if s.used[i] {
			continue
		}
		if j, ok := orgs[i]; ok && s.unknownOrg(i, j) {
			s.nerOrg(i, j)
			i = j - 1
			continue
		}
		m := s.matchAt(i)
		if m == nil {
			if groupNouns[s.ws[i].key] {
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

// country resolves a country name used as an actor ("Pakistan urged"),
// leaving places ("in Pakistan", "Pakistan's territory") and modifiers.
func (s *state) country(m *match) {
	c, _ := m.has(candCountry)
	if s.modifies(m) || s.placeUse(m) {
		return
	}
	co := s.lx.countries[c.country]
	ac := s.get("country:"+co.ISO3, func() *actor {
		return &actor{name: co.Name, kind: "country", country: co.ISO3, code: co.ISO3, kb: co.ISO3, entry: -1,
			rule: "country dict/countries.tsv"}
	})
	s.mention(ac, m.i, m.j)
}

// modifies reports whether m modifies the next dictionary phrase
// ("Pakistani soldiers", "Afghan Foreign Ministry"), which will take it.
func (s *state) modifies(m *match) bool {
	n := s.nextMatch(m.j)
	if n == nil {
		return false
	}
	if s.isOrg(n) || has(n, candCollective) || has(n, candTitle) {
		return true
	}
	return false
}

// placeUse reports whether a country or capital is used as a place: after
// a locative ("in Kabul"), before a place noun ("Afghan soil"), or in a
// hyphenated compound ("Pakistan-Afghanistan border").
func (s *state) placeUse(m *match) bool {
	if s.ws[m.i].hyPrev || s.ws[m.j-1].hyNext {
		return true
	}
	if m.i > 0 && s.adjacent(m.i-1) && locatives[s.ws[m.i-1].key] {
		// "the government of Pakistan" is handled by the entry; "of" alone is a place.
		return true
	}
	if m.j < len(s.ws) && s.adjacent(m.j-1) && placeNouns[s.ws[m.j].key] {
		return true
	}
	return false
}

// capital resolves a capital or seat of government used as a speaker,
// agent or addressee ("Kabul urged", "urged Kabul to", "Kabul's
// assurances") to that country's government; anything else is a place.
func (s *state) capital(m *match) {
	c, _ := m.has(candCapital)
	if s.ws[m.i].hyPrev || s.ws[m.j-1].hyNext {
		return
	}
	var prev, next *word
	if m.i > 0 && s.adjacent(m.i-1) {
		prev = &s.ws[m.i-1]
	}
	if m.j < len(s.ws) && s.ws[m.j].sent == s.ws[m.j-1].sent && !s.ws[m.j-1].hyNext {
		next = &s.ws[m.j]
	}
	isActor := false
	switch {
	case prev != nil && locatives[prev.key]:
		isActor = false
	case next != nil && s.ws[m.j-1].poss:
		isActor = !placeNouns[next.key] && s.cover[m.j] < 0
	case next != nil && s.ws[m.j-1].punct == "" && agentVerbs[next.key]:
		isActor = true
	case next != nil && s.ws[m.j-1].punct == "" && skippable[next.key] && s.verbAfterSkips(m.j):
		isActor = true
	case prev != nil && addresseeVerbs[prev.key]:
		isActor = true
	case prev != nil && prev.key == "on" && m.i > 1 && (strings.HasPrefix(s.ws[m.i-2].key, "call")):
		isActor = true
	case prev != nil && (prev.key == "and" || prev.key == "or") && m.i > 1 && s.endsGov(m.i-2):
		isActor = true
	}
	if !isActor {
		return
	}
	co := s.lx.countries[c.country]
	var ac *actor
	if s.r.gov >= 0 {
		ac = s.entryActor(s.r.gov, co.ISO3, "capital.metonymy")
	} else {
		ac = s.get("gov:"+co.ISO3, func() *actor {
			return &actor{name: co.Adjective() + " government", kind: "organization", country: co.ISO3,
				sector: "GOV", code: co.ISO3 + "GOV", entry: -1, rule: "capital.metonymy"}
		})
	}
	s.mention(ac, m.i, m.j)
}

// verbAfterSkips reports whether an agent verb follows word k after at
// most three skippable words ("on Friday", "has also").
func (s *state) verbAfterSkips(k int) bool {
	for j := k; j < len(s.ws) && j < k+4; j++ {
		if s.ws[j].sent != s.ws[k].sent {
			return false
		}
		if skippable[s.ws[j].key] && s.ws[j-1].punct == "" {
			continue
		}
		return agentVerbs[s.ws[j].key] && !s.ws[j].upper
	}
	return false
}

// endsGov reports whether word k ends a mention of a government actor.
func (s *state) endsGov(k int) bool {
	if k < 0 || !s.used[k] {
		return false
	}
	for _, ac := range s.actors {
		if ac.kind == "person" || ac.kind == "collective" {
			continue
		}
		for _, mt := range ac.mentions {
			if mt.End == s.ws[k].end {
				return true
			}
		}
	}
	return false
}

// demonym makes a people demonym ("Afghans") a collective of civilians;
// an adjective is left to what it modifies.
func (s *state) demonym(m *match) {
	c, _ := m.has(candDemonym)
	if !c.plural || s.modifies(m) || s.placeUse(m) {
		return
	}
	co := s.lx.countries[c.country]
	ac := s.get("collective:"+co.ISO3+"|CVL", func() *actor {
		return &actor{name: s.t[s.ws[m.i].start:s.ws[m.j-1].end], kind: "collective", country: co.ISO3, sector: "CVL",
			code: co.ISO3 + "CVL", entry: -1, rule: "demonym.people " + c.source}
	})
	s.mention(ac, m.i, m.j)
}

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
	} else if s.home >= 0 {
		iso, rule = s.lx.countries[s.home].ISO3, "collective+context"
	}
	head := strings.ToLower(s.t[s.ws[m.i].start:s.ws[m.j-1].end])
	ac := s.get("collective:"+iso+"|"+c.sector, func() *actor {
		name := head
		if n, ok := collectiveNames[c.sector]; ok {
			name = n
		}
		if co, ok := s.r.kb.CountryByISO3(iso); ok {
			name = co.Adjective() + " " + name
		}
		return &actor{name: name, kind: "collective", country: iso, sector: c.sector, code: code(iso, c.sector),
			entry: -1, rule: rule + " " + c.source}
	})
	if iso == "" && rule == "collective" {
		s.a.Diagnose("actors", s.span(m.i, m.j), "no country for "+head+": the report names none")
	}
	if rule == "collective+foreign" {
		ac.name = s.t[s.ws[start].start:s.ws[m.j-1].end]
	}
	s.mention(ac, start, m.j)
}

// description resolves a title used without a name ("the spokesperson",
// "Pakistan's interior minister"): to the person of the document whose
// role fits, else to the dictionary person holding that post on the day,
// else to a person known only by the description.
func (s *state) description(m *match) {
	t := s.titleOf(m)
	if t.empty() || len(t.heads) == 0 {
		return
	}
	start := t.i
	det := ""
	if start > 0 && s.adjacent(start-1) {
		det = s.ws[start-1].key
	}
	if det != "the" && t.country == "" {
		return // "a spokesman said": nobody in particular
	}
	head := t.heads[len(t.heads)-1]
	var best *actor
	bestAt := -1
	for _, ac := range s.actors {
		if ac.kind != "person" || !roleKnown(ac.roles, head) || t.country != "" && ac.country != "" && ac.country != t.country {
			continue
		}
		if w := ac.lastBefore(m.i); w > bestAt {
			best, bestAt = ac, w
		}
	}
	if best == nil && t.role != "" {
		iso := t.country
		if iso == "" && s.home >= 0 {
			iso = s.lx.countries[s.home].ISO3
		}
		want := roleKey(stripCountry(t.role, s))
		if ids := s.lx.roles[iso+"|"+want]; len(ids) > 0 {
			var holders []int
			for _, ei := range ids {
				e := s.lx.entries[ei]
				if p, ok := e.On(s.day); ok && p.Country == iso && contains(roleParts(p.Role), want) {
					holders = append(holders, ei)
				}
			}
			if len(holders) == 1 {
				best = s.personActor(holders[0], "kb.role")
			}
		}
	}
	if best == nil && t.country != "" {
		role := t.role
		best = s.get("description:"+t.country+"|"+roleKey(role), func() *actor {
			return &actor{name: s.t[s.ws[start].start:s.ws[m.j-1].end], kind: "person", country: t.country, sector: t.sector,
				code: code(t.country, t.sector), roles: []string{role}, entry: -1, rule: "description " + t.source}
		})
	}
	if best == nil {
		s.a.Diagnose("actors", s.span(start, m.j), "no person found for \""+s.t[s.ws[start].start:s.ws[m.j-1].end]+"\"")
		return
	}
	for k := t.i; k < t.j; k++ {
		s.used[k] = true
	}
	s.mention(best, start, m.j)
}

// stripCountry drops a leading country word from a role ("Pakistan's
// interior minister" → "interior minister").
func stripCountry(role string, s *state) string {
	ws := scan(role)
	k := 0
	for k < len(ws) && (determiners[ws[k].key]) {
		k++
	}
	if k < len(ws) {
		if m := s.lx.longest(ws, k); m != nil {
			if _, ok := countryCand(m); ok {
				k = m.j
			}
		}
	}
	if k >= len(ws) {
		return role
	}
	return role[ws[k].start:]
}

// pronoun links he/she/his/her to the person it most likely refers to:
// gender first, then the subject of a recent sentence, then recency.
func (s *state) pronoun(i int, g string) {
	sent := s.ws[i].sent
	var best *actor
	bestScore := -1e9
	for _, ac := range s.actors {
		if ac.kind != "person" {
			continue
		}
		if ac.gender != "" && ac.gender != g {
			continue
		}
		lastW := ac.lastBefore(i)
		if lastW < 0 {
			continue
		}
		dist := sent - s.ws[lastW].sent
		if dist > 4 {
			continue
		}
		score := -float64(dist)
		if ac.gender == g {
			score += 1.5
		}
		for d := 0; d <= dist; d++ {
			if s.lead[sent-d] == ac {
				score += 2.5
				break
			}
			if ac.subject[sent-d] {
				score += 0.5
				break
			}
		}
		score += float64(lastW) / float64(len(s.ws)+1)
		if score > bestScore {
			best, bestScore = ac, score
		}
	}
	if best == nil {
		return
	}
	if best.gender == "" {
		best.gender = g
	}
	s.mention(best, i, i+1)
}

// surname links a capitalised name run to a person the document already
// named ("Baloch said", "Ahmed Khan").
func (s *state) surname(i, j int) {
	key := s.keys(i, j)
	last := s.ws[j-1].key
	var best *actor
	bestAt := -1
	for _, ac := range s.actors {
		if ac.kind != "person" {
			continue
		}
		if !contains(ac.names, key) && !(j-i == 1 && contains(ac.surnames, last)) {
			continue
		}
		if w := ac.lastBefore(i); w > bestAt {
			best, bestAt = ac, w
		}
	}
	if best != nil {
		s.mention(best, i, j)
	}
}

// theGroup links "the group", "the banned outfit" to the armed or
// political group the text named last, within five sentences.
func (s *state) theGroup(i int) {
	start := i
	for start > 0 && s.adjacent(start-1) && groupAdjectives[s.ws[start-1].key] && s.cover[start-1] < 0 {
		start--
	}
	if start == 0 || !s.adjacent(start-1) || s.ws[start-1].key != "the" {
		return
	}
	var best *actor
	bestAt := -1
	for _, ac := range s.actors {
		if ac.kind != "group" {
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

// isSubject reports whether the mention in words [i, j) is followed by a
// verb of saying or acting within a few words ("Baloch said", "Kabul on
// Thursday urged").
func (s *state) isSubject(i, j int) bool {
	for k := j; k < len(s.ws) && k < j+5; k++ {
		if s.ws[k].sent != s.ws[i].sent {
			return false
		}
		if agentVerbs[s.ws[k].key] && !s.ws[k].upper {
			return true
		}
		if k == j && !s.ws[k].upper && s.cover[k] < 0 && strings.HasSuffix(s.ws[k].key, "ed") && s.ws[j-1].punct == "" {
			return true // "Naqvi praised …"
		}
		if strings.ContainsAny(s.ws[k].punct, ".;:") {
			return false
		}
	}
	return false
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
	ac := s.get("org:"+s.keys(i, j), func() *actor {
		ac := &actor{name: name, kind: "organization", country: iso, sector: sector, entry: -1, rule: "ner.org"}
		if iso != "" && sector != "" {
			ac.code = iso + sector
		}
		return ac
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
