package events

// News names the doer of many strikes only by the arms' country: "Russian
// missiles hit Kharkiv", "an Israeli air strike on Khan Younis", "a US
// drone strike", "Pakistani shelling". The demonym or country name on a
// weapon or attack noun names the attacker, the country's military
// (XXXMIL), and not the victims: the people such a strike kills belong
// to the place it hit. This file reads those phrases, gives the events
// their military source actor (made here when the actors stage has none)
// and keeps the victims from taking the attacker's country.

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"sitrep/internal/doc"
)

// ruleArmed names the rule behind a source actor made from a weapon's
// country (actors[].rule).
const ruleArmed = "events.armed-country dict/countries.tsv"

// weaponNouns head phrases that name arms or an attack by arms; a
// country's name or demonym before one of them names the attacker.
var weaponNouns = map[string]bool{"missile": true, "missiles": true, "rocket": true, "rockets": true,
	"shell": true, "shells": true, "shelling": true, "mortar": true, "mortars": true, "artillery": true,
	"drone": true, "drones": true, "strike": true, "strikes": true, "airstrike": true, "airstrikes": true,
	"bombardment": true, "bombardments": true, "bomb": true, "bombs": true, "bombing": true, "bombings": true,
	"jet": true, "jets": true, "warplane": true, "warplanes": true, "aircraft": true, "helicopter": true,
	"helicopters": true, "gunship": true, "gunships": true, "warship": true, "warships": true, "tank": true,
	"tanks": true, "fire": true, "gunfire": true, "firing": true, "barrage": true, "salvo": true,
	"projectile": true, "projectiles": true, "munitions": true, "raid": true, "raids": true, "attack": true,
	"attacks": true, "offensive": true, "incursion": true, "incursions": true, "snipers": true}

// inflects reports whether word is a regular inflection of the verb or
// noun base: base+s/es/ed/d/ing, a doubled last consonant ("shelled",
// "stabbing"), a dropped e ("firing") or y to i ("bullied"). It stands
// in for the tagger's lemma when that one is wrong ("shelled" → "shel").
func inflects(word, base string) bool {
	if len(base) < 3 || !strings.HasPrefix(word, base[:len(base)-1]) {
		return false
	}
	rest, ok := strings.CutPrefix(word, base)
	if ok {
		switch rest {
		case "s", "es", "ed", "d", "ing":
			return true
		}
		last := base[len(base)-1:]
		return rest == last+"ed" || rest == last+"ing"
	}
	stem := base[:len(base)-1]
	rest = word[len(stem):]
	switch base[len(base)-1] {
	case 'e':
		return rest == "ing"
	case 'y':
		return rest == "ied" || rest == "ies"
	}
	return false
}

// stems returns the bases a past or -ing form may inflect ("shelled" →
// "shell", "shel"), for looking up triggers when the tagger's lemma is
// wrong; nil for other words.
func stems(w string) []string {
	var out []string
	for _, suf := range []string{"ing", "ed"} {
		x, ok := strings.CutSuffix(w, suf)
		if !ok || len(x) < 3 {
			continue
		}
		out = append(out, x, x+"e")
		if n := len(x); x[n-1] == x[n-2] {
			out = append(out, x[:n-1])
		}
	}
	return out
}

// agentMet reports whether the doer of a verb trigger heads with one of
// the pattern's agent words ("missiles hit"), or whose head's modifier is
// one ("a missile strike hit", "artillery fire hit"; "air strike" is
// read as "airstrike"); "@armed" stands for any
// country, armed force or armed group actor ("Russia pounded Kharkiv").
// subj is the subject (ok when found), by the by-agent.
func (s *sent) agentMet(p *pattern, subj np, ok, passive bool, to int) bool {
	if len(p.Agent) == 0 {
		return true
	}
	doer := subj
	if passive {
		doer, ok = s.byAgent(to), true
	}
	if !ok || !doer.ok() {
		return false
	}
	h := doer.headTok()
	for _, w := range p.Agent {
		if w == "@armed" && doer.actor >= 0 {
			act := s.d.a.Actors[doer.actor]
			switch {
			case act.Kind == doc.KindCountry, act.Kind == doc.KindGroup:
				return true
			case act.Sector == "MIL" || act.Sector == "REB" || act.Sector == "UAF":
				return true
			}
		}
		if s.word(h) == w || s.lemma(h) == w || s.word(h-1) == w && h-1 >= doer.from || s.word(h-1)+s.word(h) == w {
			return true
		}
	}
	return false
}

// countryWord returns the ISO 3166 alpha-3 code of the country that token
// i names as a modifier: a capitalised demonym ("Israeli") or the mention
// of a country actor ("US", "Russia's"). A word joined to a hyphen
// ("US-made", "Iranian-built") names where arms were made, not who fired
// them.
func (s *sent) countryWord(i int) string {
	if s.d.countries == nil || s.word(i+1) == "-" && s.joined(i) {
		return ""
	}
	if k := s.d.actor[i] - 1; k >= 0 {
		act := s.d.a.Actors[k]
		if act.Kind == doc.KindCountry && act.Country != "" {
			return string(act.Country)
		}
		return ""
	}
	t := s.d.a.Tokens[i].Text
	if t == "" || !unicode.IsUpper([]rune(t)[0]) {
		return ""
	}
	if c, ok := s.d.countries.CountryByDemonym(t); ok {
		return c.ISO3
	}
	return ""
}

// armedModifier returns the source named by a country on a noun trigger
// at [from, to) or on the nouns before it ("an Israeli air strike", "a
// US drone strike", "the Russian missile attack"): the country's word,
// marked with its country. Another actor in the phrase ("a Taliban
// attack") is the source by the usual rule, so none is returned; so is a
// country that modifies another noun ("their Chinese boss's attack").
func (s *sent) armedModifier(from, to int) (np, bool) {
	for j := to - 1; j >= s.first && (j >= from || s.nominal(j)); j-- {
		if j < from && !s.armsModifier(j) && s.countryWord(j) == "" {
			break
		}
		if iso := s.countryWord(j); iso != "" {
			m := np{from: j, to: j + 1, actor: -1, mil: iso}
			if s.d.actor[j] > 0 {
				m.from, m.to = s.d.mFrom[j], s.d.mEnd[j]
			}
			return m, true
		}
		if s.d.actor[j] > 0 {
			return np{actor: -1}, false
		}
	}
	return np{actor: -1}, false
}

// armedPhrase marks a doer phrase headed by a weapon noun with the
// country named before its head ("Russian missiles", "Pakistani
// shelling", "Israeli jets"); other phrases are returned as they are. A
// weapon names no person: a person actor there ("Warplanes" read as a
// name) is dropped.
func (s *sent) armedPhrase(p np) np {
	if !p.ok() || p.mil != "" {
		return p
	}
	h := p.headTok()
	if !weaponNouns[s.word(h)] && !weaponNouns[s.lemma(h)] {
		return p
	}
	if p.actor >= 0 && s.d.a.Actors[p.actor].Kind == doc.KindPerson && s.d.actor[h] > 0 {
		p.actor = -1
	}
	if p.actor >= 0 && s.d.a.Actors[p.actor].Kind != doc.KindCountry {
		return p
	}
	for j := h - 1; j >= p.from; j-- {
		if iso := s.countryWord(j); iso != "" {
			p.mil, p.actor = iso, -1
			return p
		}
		if !s.armsModifier(j) {
			break
		}
	}
	return p
}

// armsModifier reports whether token i can stand between a country's
// word and the weapon it fires: an adjective or hyphen ("long-range"), a
// weapon's model name ("Kinzhal missiles"), a weapon noun or a word of a
// weapon's name ("air", "cruise", "glide", "tank", "border" in
// "cross-border shelling"). Any other noun names who attacked ("Israeli
// settler attacks", "an Indian mob attack" are not the army's), and a
// possessive or an actor owns the weapon ("their Chinese boss's
// attack").
func (s *sent) armsModifier(i int) bool {
	w := s.word(i)
	switch {
	case s.d.actor[i] > 0 || w == "'s" || w == "’s" || w == "'" || s.word(i+1) == "'s" || s.word(i+1) == "’s" ||
		nonStateDoers[w]:
		return false
	case weaponNouns[w] || armsWords[w] || w == "-":
		return true
	}
	switch s.pos(i) {
	case "ADJ", "PROPN":
		return true
	}
	return false
}

// nonStateDoers are modifiers that name who attacked as no state's forces
// ("a Nigerian jihadist attack", "Indian Maoist violence"), whatever
// their tag.
var nonStateDoers = map[string]bool{"jihadist": true, "islamist": true, "separatist": true, "militant": true,
	"insurgent": true, "rebel": true, "terrorist": true, "maoist": true, "naxal": true, "extremist": true,
	"settler": true, "vigilante": true, "tribal": true, "communal": true, "sectarian": true, "gang": true,
	"mob": true, "student": true, "opposition": true, "guerrilla": true}

// armsWords are words that name a kind of weapon or strike before its
// head, whatever their tag ("air strike", "cruise missile",
// "cross-border shelling").
var armsWords = map[string]bool{"air": true, "cruise": true, "ballistic": true, "cross": true, "border": true,
	"naval": true, "ground": true, "military": true, "tank": true, "sniper": true, "range": true,
	"retaliatory": true, "overnight": true, "hypersonic": true, "guided": true, "precision": true, "glide": true,
	"fighter": true, "cluster": true, "barrel": true, "phosphorus": true, "navy": true, "artillery": true}

// armedSources gives events whose source is a weapon's country their
// source actor: the document's actor of that country's military when
// there is one, else one made here (rule events.armed-country). It then
// keeps the victims of every attack by a state's forces from taking the
// attacker's country (see victims). Run on the merged events, so that
// only events kept get actors.
func (d *document) armedSources(evs []*event) {
	for _, e := range evs {
		if e.ev.Type == "ASSAULT" {
			d.placePeople(e)
		}
		if e.ev.Type != "ASSAULT" || e.ev.Source == nil {
			continue
		}
		if iso, ok := d.armed[e.ev.Source]; ok && e.srcActor < 0 {
			k := d.militaryActor(iso, e.ev.Source)
			e.srcActor = k
			e.ev.Source.Actor = doc.Str(d.a.Actors[k].ID)
			d.victims(e, iso, true)
			continue
		}
		if e.srcActor < 0 {
			continue
		}
		act := d.a.Actors[e.srcActor]
		if act.Country != "" && (act.Sector == "MIL" || act.Kind == doc.KindCountry) {
			d.victims(e, string(act.Country), false)
		}
	}
}

// capitalAsPlace reports whether the phrase p is a capital that the
// actors stage read as its government ("Kyiv" in "strikes on Kyiv"): an
// attack on a capital hits the city and its people, while "sanctions on
// Moscow" or "Kabul urged" name the government.
func (s *sent) capitalAsPlace(p np) bool {
	if !p.ok() || p.actor < 0 || s.d.place[p.headTok()] == 0 {
		return false
	}
	return strings.HasPrefix(s.d.a.Actors[p.actor].Rule, "capital.metonymy")
}

// placePeople gives an attack whose target is only a place's name
// ("an air strike on Khan Younis", "pounded Kharkiv") the people of
// that place as target actor: the civilians of its country, the
// document's actor with that code when there is one, else one made here
// (rule events.place-people). A country's name is no such target ("Israel
// struck Iran" targets the state).
func (d *document) placePeople(e *event) {
	if e.ev.Target == nil || e.tgtActor >= 0 || d.countries == nil {
		return
	}
	for _, p := range d.a.Places {
		if p.Kind == "country" || p.Country == "" {
			continue
		}
		for _, m := range p.Mentions {
			if m.Start != e.ev.Target.Start || m.End != e.ev.Target.End {
				continue
			}
			k := d.collectiveActor(string(p.Country), "CVL", "civilians", e.ev.Target, rulePlacePeople)
			e.tgtActor = k
			e.ev.Target.Actor = doc.Str(d.a.Actors[k].ID)
			return
		}
	}
}

// rulePlacePeople names the rule behind a target actor made from the
// place an attack hit (actors[].rule).
const rulePlacePeople = "events.place-people dict/countries.tsv"

// strikeVictims reports whether the victims of casualty verb f ("killed
// 14 people") should be the target of the attack it is folded into
// ("an air strike on Khan Younis"): the attack's target names no people
// and is a place, a phrase that names no actor, or a name the
// recogniser read as a person that no dictionary knows (a town it did
// not know), while f's target names people.
func (d *document) strikeVictims(host, f *event) bool {
	if host.tgtPeople || !f.tgtPeople || f.ev.Target == nil || host.ev.Target == nil || host.pat.POS != "NOUN" {
		return false
	}
	if host.tgtActor < 0 {
		return true
	}
	act := d.a.Actors[host.tgtActor]
	return act.Kind == doc.KindPerson && act.KB == "" && len(act.Roles) == 0 && act.Rule == "ner.person"
}

// militaryActor returns the index of the actor for country iso's
// military, adding arg's span to its mentions; an actor is made when the
// document has none.
func (d *document) militaryActor(iso string, arg *doc.Arg) int {
	return d.collectiveActor(iso, "MIL", "security forces", arg, ruleArmed)
}

// collectiveActor returns the index of the document's actor coded iso +
// sector, adding arg's span to its mentions; when there is none, a
// collective named by the country's adjective and noun ("Ukrainian
// civilians") is made, with the rule.
func (d *document) collectiveActor(iso, sector, noun string, arg *doc.Arg, rule string) int {
	m := doc.Mention{Start: arg.Start, End: arg.End, Text: arg.Text}
	code := iso + sector
	for k := range d.a.Actors {
		act := &d.a.Actors[k]
		if string(act.Code) != code {
			continue
		}
		for _, x := range act.Mentions {
			if x.Start == m.Start && x.End == m.End {
				return k
			}
		}
		act.Mentions = append(act.Mentions, m)
		return k
	}
	name := iso
	if c, ok := d.countries.CountryByISO3(iso); ok {
		name = c.Adjective()
	}
	d.a.Actors = append(d.a.Actors, doc.Actor{ID: d.nextActorID(), Name: name + " " + noun,
		Kind: doc.KindCollective, Country: doc.Str(iso), Sector: doc.Str(sector), Code: doc.Str(code),
		Roles: []string{}, Mentions: []doc.Mention{m}, Rule: rule})
	return len(d.a.Actors) - 1
}

// nextActorID returns an actor id ("a7") one past the highest in use.
func (d *document) nextActorID() string {
	n := 0
	for _, act := range d.a.Actors {
		if k, err := strconv.Atoi(strings.TrimPrefix(act.ID, "a")); err == nil && k > n {
			n = k
		}
	}
	return fmt.Sprintf("a%d", n+1)
}

// victims gives the unnamed victims of an attack by country iso's arms
// their own country when the actors stage gave them the attacker's from
// the sentence's words ("Israeli air strikes killed 14 people": the
// people are not Israeli): the country of the event's place when it is
// another, else (when armed: the attacker was named only by its arms'
// country) none. Only a victims' actor named nowhere else is changed.
func (d *document) victims(e *event, iso string, armed bool) {
	t := e.tgtActor
	if t < 0 || e.ev.Target == nil || d.countries == nil {
		return
	}
	act := &d.a.Actors[t]
	if string(act.Country) != iso || !strings.HasPrefix(act.Rule, "collective+context") {
		return
	}
	for _, m := range act.Mentions {
		if m.Start < e.ev.Target.Start || m.End > e.ev.Target.End {
			return
		}
	}
	base := act.Name
	if c, ok := d.countries.CountryByISO3(iso); ok {
		base = strings.TrimPrefix(base, c.Adjective()+" ")
	}
	where := ""
	for _, p := range d.a.Places {
		if p.ID == string(e.ev.Place) && string(p.Country) != iso {
			where = string(p.Country)
		}
	}
	if where == "" && !armed {
		return // "Pakistani troops killed militants": in doubt, as the actors stage said
	}
	rest := strings.TrimPrefix(act.Rule, "collective+context")
	if where == "" {
		act.Name, act.Country, act.Code = base, "", ""
		act.Rule = "collective" + rest + " events.victims"
		return
	}
	name := where
	if c, ok := d.countries.CountryByISO3(where); ok {
		name = c.Adjective()
	}
	act.Name, act.Country = name+" "+base, doc.Str(where)
	act.Code = doc.Str(where + string(act.Sector))
	act.Rule = "collective+place" + rest + " events.victims"
}
