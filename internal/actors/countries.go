package actors

import (
	"strings"
)

// Countries, capitals and demonyms: actors when they speak, act or are
// addressed; places or modifiers otherwise.

// country resolves a country name used as an actor ("Pakistan urged"),
// leaving places ("in Pakistan", "Pakistan's territory") and modifiers.
func (s *state) country(m *match) {
	c, _ := m.has(candCountry)
	if s.modifies(m) || s.placeUse(m) {
		return
	}
	co := s.lx.countries[c.country]
	ac := s.get("country:"+co.ISO3, func(ac *actor) {
		*ac = actor{name: co.Name, kind: "country", country: co.ISO3, code: co.ISO3, kb: co.ISO3, entry: -1,
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
	case next != nil && s.ws[m.j-1].punct == "" && next.is(fAgentVerb):
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
		ac = s.get("gov:"+co.ISO3, func(ac *actor) {
			*ac = actor{name: co.Adjective() + " government", kind: "organization", country: co.ISO3,
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
		return s.ws[j].is(fAgentVerb) && !s.ws[j].upper
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
	ac := s.get("collective:"+co.ISO3+"|CVL", func(ac *actor) {
		*ac = actor{name: s.t[s.ws[m.i].start:s.ws[m.j-1].end], kind: "collective", country: co.ISO3, sector: "CVL",
			code: co.ISO3 + "CVL", entry: -1, rule: "demonym.people " + c.source}
	})
	s.mention(ac, m.i, m.j)
}
