package events

import (
	"strings"

	"sitrep/internal/doc"
)

// Violence by crowds is a riot, not an armed assault: PLOVER codes
// violent protest, mob violence and street clashes between party
// supporters as PROTEST with mode riot (CAMEO 145), and the force of
// police or troops against protesters as ASSAULT crowd-control.
//
// riots recodes an assault as a riot when the people doing it are a
// crowd ("hartal supporters torched a bus", "a clash between two groups
// of villagers"), or when the report is about a protest, strike or
// blockade and the assault is arson, vandalism, a street clash or crude
// bombs thrown by unnamed assailants. An assault by police or troops on
// a crowd becomes ASSAULT crowd-control.
func (d *document) riots(evs []*event) {
	context := d.protestContext()
	for _, e := range evs {
		if e.ev.Type != "ASSAULT" {
			continue
		}
		src, tgt := argText(e.ev.Source), argText(e.ev.Target)
		armedSrc := d.sectorOf(e.srcActor, "MIL", "COP", "REB", "SPY")
		if armedSrc && e.srcActor >= 0 && (crowd(tgt) || gathering(tgt)) && (d.sectorOf(e.srcActor, "MIL", "COP")) &&
			!heavyArms[string(e.ev.Mode)] {
			e.ev.Mode, e.ev.Cameo, e.ev.Goldstein = "crowd-control", "175", -9.0
			e.ev.Rule += ".crowd-control"
			continue
		}
		if armedSrc || named(d, e.srcActor) {
			continue
		}
		mode := string(e.ev.Mode)
		clash := strings.HasPrefix(e.pat.ID, "assault.clash") || strings.HasPrefix(e.pat.ID, "assault.shooting")
		crude := mode == "explosives" && d.crudeBombs(e.sent)
		if armedWords(src) {
			continue // "armed men", "a group of armed Maoist cadres"
		}
		if !clash && !crude && mode != "destroy" && e.ev.Target != nil && (e.tgtActor >= 0 || e.tgtPeople) && !crowd(tgt) {
			continue // a mob killing or beating a person is an attack on that person
		}
		// Arson and vandalism by unnamed people, and crude bombs (petrol
		// bombs, cocktails) thrown by them, are mob violence wherever
		// they happen: no weapon or group marks an armed attack.
		riot := crowd(src) || clash && (crowd(tgt) || d.partisan(e.srcActor) || d.partisan(e.tgtActor) || d.crowdClash(e.trig)) || mode == "destroy" || crude
		if !riot && context {
			riot = clash || mode == "" && e.ev.Source == nil && !d.sectorOf(e.tgtActor, "MIL", "COP")
		}
		if !riot {
			continue
		}
		e.ev.Type, e.ev.Mode, e.ev.Cameo, e.ev.QuadClass, e.ev.Goldstein = "PROTEST", "riot", "145", 3, -7.5
		e.ev.Rule += ".riot"
	}
}

func argText(a *doc.Arg) string {
	if a == nil {
		return ""
	}
	return strings.ToLower(a.Text)
}

// crowd reports whether a phrase names a crowd or partisans.
// heavyArms are modes of attacks that no one uses on a crowd to control
// it: "shelling killed five people" is a strike, not crowd control.
var heavyArms = map[string]bool{"explosives": true, "aerial": true, "heavy-weapons": true, "drone": true,
	"suicide-attack": true}

func crowd(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		if crowdWords[w] {
			return true
		}
	}
	return false
}

var crowdWords = map[string]bool{"mob": true, "mobs": true, "rioters": true, "activists": true, "activist": true,
	"supporters": true, "supporter": true, "protesters": true, "protestors": true, "demonstrators": true,
	"agitators": true, "picketers": true, "pickets": true, "cadres": true, "students": true, "villagers": true,
	"locals": true, "residents": true, "youths": true, "followers": true, "workers": true, "mourners": true, "crowd": true, "hartal": true, "blockade": true,
	"leaders": true, "people": true, "labourers": true, "laborers": true, "farmers": true, "traders": true,
	"women": true, "partymen": true, "youth": true, "community": true, "communities": true}

// gathering reports whether a phrase names a protest gathering ("the
// rally", "a procession of strikers").
func gathering(s string) bool {
	for _, w := range strings.Fields(s) {
		switch w {
		case "rally", "rallies", "procession", "processions", "demonstration", "demonstrations", "protest", "protests", "march", "sit-in":
			return true
		}
	}
	return false
}

// protestContext reports whether the document is about a protest,
// strike, shutdown or blockade.
func (d *document) protestContext() bool {
	for i, w := range d.lower {
		if (protestWords[w] || protestWords[d.a.Tokens[i].Lemma]) && !d.diplomaticAt(i) {
			return true
		}
	}
	return false
}

var protestWords = map[string]bool{"hartal": true, "hartals": true, "blockade": true, "protest": true,
	"protests": true, "protesters": true, "agitation": true, "demonstration": true, "demonstrators": true,
	"rally": true, "procession": true, "bandh": true, "shutdown": true, "picketing": true, "riot": true,
	"rioting": true, "strike": false}

// crowdClash reports whether the clash trigger at token i is qualified as
// one between communities, factions or groups ("a communal clash", "a
// factional clash", "group clashes"): street violence, not a battle.
func (d *document) crowdClash(i int) bool {
	if i < 1 {
		return false
	}
	switch d.lower[i-1] {
	case "communal", "factional", "group", "intra-party", "inter-party", "street", "caste", "political":
		return true
	}
	return false
}

// crudeBombs reports whether sentence si names crude home-made bombs.
func (d *document) crudeBombs(si int) bool {
	s := d.a.Sentences[si]
	for i := s.First; i < s.Last; i++ {
		switch d.lower[i] {
		case "cocktail", "cocktails", "molotov":
			return true
		case "petrol", "crude", "handmade", "hand-made", "country-made":
			// "petrol bombs", "crude bombs"; not "a petrol station", "crude oil"
			if i+1 < s.Last && strings.HasPrefix(d.lower[i+1], "bomb") {
				return true
			}
		}
	}
	return false
}

// sectorOf reports whether actor i has one of the sectors.
func (d *document) sectorOf(i int, sectors ...string) bool {
	if i < 0 {
		return false
	}
	for _, s := range sectors {
		if string(d.a.Actors[i].Sector) == s {
			return true
		}
	}
	return false
}

// named reports whether actor i is a named organisation or group (not a
// collective): its violence is an attack, not a riot.
func named(d *document, i int) bool {
	if i < 0 {
		return false
	}
	k := d.a.Actors[i].Kind
	return (k == doc.KindGroup || k == doc.KindOrganization) && !d.sectorOf(i, "PTY", "OPP", "CVL")
}

// partisan reports whether actor i is a political party or its people.
func (d *document) partisan(i int) bool {
	return d.sectorOf(i, "PTY", "OPP")
}

// armedWords reports whether a phrase names armed people.
func armedWords(s string) bool {
	for _, w := range []string{"armed", "maoist", "militant", "rebel", "insurgent", "gunm", "terrorist", "soldier", "troops", "naxal", "army"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
