package actors

import (
	"strings"
)

// References back to people: descriptions ("the spokesperson"), pronouns,
// bare surnames, and which mention is a sentence's subject.

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
		if ac.kind != "person" || !s.roleKnown(ac.roles, head) || t.country != "" && ac.country != "" && ac.country != t.country {
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
		best = s.get("description:"+t.country+"|"+roleKey(role), func(ac *actor) {
			*ac = actor{name: s.t[s.ws[start].start:s.ws[m.j-1].end], kind: "person", country: t.country, sector: t.sector,
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

// stripCountry drops a leading country word and qualifiers from a role
// ("Pakistan's interior minister" → "interior minister", "the acting
// foreign minister" → "foreign minister").
func stripCountry(role string, s *state) string {
	ws := scan(role)
	k := 0
	for k < len(ws) && (determiners[ws[k].key] || qualifiers[ws[k].key]) {
		k++
	}
	if k < len(ws) {
		if m, ok := s.lx.longest(ws, k); ok {
			if _, ok := countryCand(&m); ok {
				k = m.j
			}
		}
	}
	for k < len(ws) && qualifiers[ws[k].key] {
		k++
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
			if ac.isSubjectIn(sent - d) {
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

// isSubject reports whether the mention in words [i, j) is followed by a
// verb of saying or acting within a few words ("Baloch said", "Kabul on
// Thursday urged").
func (s *state) isSubject(i, j int) bool {
	for k := j; k < len(s.ws) && k < j+5; k++ {
		if s.ws[k].sent != s.ws[i].sent {
			return false
		}
		if s.ws[k].is(fAgentVerb) && !s.ws[k].upper {
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
