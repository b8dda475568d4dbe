package events

import (
	"sort"
	"strings"

	"sitrep/internal/doc"
)

// Senses a pattern's trigger word alone misreads, decided from the words
// around it or from the rest of the document: a diplomatic protest is a
// complaint, not a demonstration; "the strike" in a report of a drone
// strike is that strike, not a labour strike; "his counterpart" is
// another person than the one "his" refers to; a toll phrase ("the
// number of people killed") names no one who acts; an official's title
// ("the provincial governor") names a person.

// diplomaticProtest reports whether the protest noun at token i is a
// government's complaint rather than a demonstration: "summoned the
// ambassador in protest", "lodged a formal protest with Iran", "handed
// him a protest note". The complaint, when told, is coded by its verb
// (accuse.protest.verb, accuse.summon.verb).
func (s *sent) diplomaticProtest(i int) bool {
	if w := s.word(i); w != "protest" && w != "protests" || s.pos(i) == "VERB" {
		return false
	}
	if n := s.word(i + 1); n == "note" || n == "notes" {
		return true
	}
	j := i - 1
	for j >= s.first && (s.pos(j) == "ADJ" || s.pos(j) == "DET") {
		j--
	}
	if s.word(j) == "in" && j == i-1 {
		// "summoned the ambassador in protest": the act is the envoy's
		// summons; "shut their shops in protest" is a protest.
		for k := s.first; k < s.last; k++ {
			if envoyVerbs[s.lemma(k)] && s.pos(k) == "VERB" {
				return true
			}
		}
		return false
	}
	switch s.lemma(j) {
	case "lodge", "register", "deliver", "file", "send", "convey", "hand", "issue":
		return true
	}
	return false
}

// envoyVerbs are acts of diplomatic protest told with an envoy (lemmas).
var envoyVerbs = map[string]bool{"summon": true, "recall": true, "expel": true}

// dropDiplomaticProtests removes the PROTEST events whose trigger is a
// diplomatic protest (see diplomaticProtest).
func (d *document) dropDiplomaticProtests(evs []*event) []*event {
	out := evs[:0]
	for _, e := range evs {
		if e.ev.Type == "PROTEST" && e.trigEnd-e.trig == 1 && d.sentence(e.sent).diplomaticProtest(e.trig) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// recodeStrikes recodes as air strikes the labour strikes whose trigger
// is a bare "strike" or "strikes" when the document reports an air,
// drone or missile strike (military, see militaryStrikes): "The strike
// hit a camp", "the strikes destroyed a school" refer back to it. The
// rule gains ".military".
func recodeStrikes(evs []*event, military bool) {
	if !military {
		return
	}
	for _, e := range evs {
		if e.ev.Type != "PROTEST" || string(e.ev.Mode) != "strike" {
			continue
		}
		if t := strings.ToLower(e.ev.Trigger.Text); t != "strike" && t != "strikes" {
			continue
		}
		e.ev.Type, e.ev.Mode, e.ev.Cameo, e.ev.QuadClass, e.ev.Goldstein = "ASSAULT", "aerial", "195", 4, -10
		e.ev.Rule += ".military"
		e.ev.Source, e.srcActor = nil, -1
	}
}

// militaryStrikes reports whether the document names an air, drone or
// missile strike or a drone anywhere: "Pakistani airstrikes", "a precision
// strike", "a drone struck a compound".
func (d *document) militaryStrikes() bool {
	for i, w := range d.lower {
		switch w {
		case "airstrike", "airstrikes", "drone", "drones", "warplane", "warplanes":
			return true
		case "strike", "strikes":
			if i > 0 && strikeKinds[d.lower[i-1]] {
				return true
			}
		}
	}
	return false
}

// strikeKinds qualify a strike as a military one.
var strikeKinds = map[string]bool{"air": true, "missile": true, "military": true, "precision": true, "aerial": true,
	"naval": true, "retaliatory": true, "rocket": true, "artillery": true, "cross-border": true, "drone": true,
	"israeli": true, "russian": true, "american": true}

// relationalNouns name someone by their relation to another person:
// "his Uzbek counterpart" is not the person "his" refers to.
var relationalNouns = map[string]bool{"counterpart": true, "counterparts": true, "rival": true, "rivals": true,
	"opponent": true, "opponents": true, "successor": true, "predecessor": true, "host": true, "hosts": true}

// relationalActor reports whether the phrase p takes its actor only from
// a possessive pronoun before a relational head ("his counterpart"): the
// phrase names someone else.
func (s *sent) relationalActor(p np) bool {
	if !p.ok() || p.actor < 0 || !possessive[s.word(p.from)] {
		return false
	}
	if !relationalNouns[s.word(p.headTok())] {
		return false
	}
	for i := p.from + 1; i < p.to; i++ {
		if s.d.actor[i]-1 == p.actor {
			return false
		}
	}
	return true
}

// tollPhrase reports whether p is a running count ("the number of people
// killed", "the death toll"), which names no one who acts.
func (s *sent) tollPhrase(p np) bool {
	if !p.ok() {
		return false
	}
	for i := p.from; i < p.to && i < p.from+3; i++ {
		if tollNouns[s.word(i)] {
			return true
		}
	}
	return false
}

// titleWords are singular nouns that name one person by office or role,
// or a body of people by its function: "the provincial governor
// condemned the attack", "the governor's office condemned", "the health
// department delivered supplies".
var titleWords = map[string]bool{"governor": true, "commander": true, "minister": true, "president": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "chief": true,
	"leader": true, "ambassador": true, "envoy": true, "mayor": true, "premier": true, "chancellor": true,
	"prosecutor": true, "general": true, "secretary-general": true, "king": true, "emir": true, "sheikh": true,
	"office": true, "department": true, "ministry": true, "team": true, "council": true, "commission": true,
	"committee": true, "agency": true, "authority": true, "authorities": true, "government": true, "administration": true,
	"court": true, "tribunal": true, "embassy": true, "mission": true, "delegation": true}

// diplomaticAt reports whether token i is a diplomatic protest noun (see
// diplomaticProtest).
func (d *document) diplomaticAt(i int) bool {
	ss := d.a.Sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].Last > i })
	if k == len(ss) || ss[k].First > i {
		return false
	}
	return d.sentence(k).diplomaticProtest(i)
}

// dropThreatened removes the assaults a threat of the same sentence
// announces: "warned that their vessels would be targeted", "threatened
// to strike their bases" tell no attack, only the threat of one (an
// assault after the threat's trigger whose status is hypothetical or
// planned).
func dropThreatened(evs []*event) []*event {
	threat := -1
	for _, e := range evs {
		if e.ev.Type == "THREATEN" && (threat < 0 || e.trig < threat) {
			threat = e.trig
		}
	}
	if threat < 0 {
		return evs
	}
	out := evs[:0]
	for _, e := range evs {
		if e.ev.Type == "ASSAULT" && e.trig > threat && (e.ev.Status == doc.Hypothetical || e.ev.Status == doc.Planned) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// onlyNominal reports whether tokens [from, to) can all be part of a noun
// phrase (true for none).
func (s *sent) onlyNominal(from, to int) bool {
	for k := from; k < to; k++ {
		if !s.nominal(k) {
			return false
		}
	}
	return true
}

// dropStatusModifiers removes the bans told by a participle before a
// name or noun ("the banned BLA", "an outlawed group"): the participle
// states what the group is, not an act of the story.
func (d *document) dropStatusModifiers(evs []*event) []*event {
	out := evs[:0]
	for _, e := range evs {
		if string(e.ev.Mode) == "ban" && e.trigEnd-e.trig == 1 {
			s := d.sentence(e.sent)
			w, prev := s.word(e.trig), s.pos(e.trig-1)
			if e.modifier || strings.HasSuffix(w, "ed") && (prev == "DET" || prev == "ADJ") && s.nominal(e.trig+1) {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// dropBackground removes the violent and coercive acts a sentence tells
// as what someone habitually does, is believed or suspected to do, or is
// responsible for, not as an act of the story: "fighters who plant
// roadside bombs", "is believed to plant bombs", "cells that attack
// outposts", "suspected of attacking a convoy", "believed responsible for
// several bomb attacks", "buys weapons for attacks on police posts",
// "fighters planning attacks". Headlines, whose present tense reports,
// keep theirs.
func (d *document) dropBackground(evs []*event) []*event {
	out := evs[:0]
	for _, e := range evs {
		if (e.ev.Type == "ASSAULT" || e.ev.Type == "COERCE") && !e.headline && d.sentence(e.sent).backgroundAct(e) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// backgroundAct reports whether the trigger of e is told as background
// (see dropBackground).
func (s *sent) backgroundAct(e *event) bool {
	i := e.trig
	w, l := s.word(i), s.lemma(i)
	if e.pat.POS == "VERB" {
		// An infinitive or gerund after a verb of belief or suspicion:
		// "is believed to plant", "suspected of attacking".
		// "suspected of planting the device" names the doer of the
		// story's act: a definite object refers back to it.
		if p := s.word(i - 1); (p == "to" || p == "of") && suspicionWords[s.word(i-2)] && !definite[s.word(e.trigEnd)] {
			return true
		}
		// A simple present in a relative clause: "who plant", "that
		// attack" (not "who planted", "who were arrested").
		if r := s.word(i - 1); (r == "who" || r == "that" || r == "which") && (w == l || w == l+"s" || w == l+"es") {
			return true
		}
		return false
	}
	// A plural noun with no determiner after "for", "responsible for" or a
	// verb of planning: generic attacks, not one.
	if !strings.HasSuffix(s.word(e.trigEnd-1), "s") {
		return false
	}
	j := i - 1
	for j >= s.first && s.nominal(j) && s.pos(j) != "DET" && !s.d.named[j] {
		j--
	}
	if s.pos(j) == "DET" || s.pos(j) == "NUM" {
		// "believed responsible for several attacks"
		return s.word(j-1) == "for" && s.word(j-2) == "responsible"
	}
	switch s.lemma(j) {
	case "for":
		return true
	case "plan", "plot", "prepare", "planning", "plotting":
		return true
	}
	return false
}

// suspicionWords govern an act someone is believed or said to commit.
var suspicionWords = map[string]bool{"believed": true, "suspected": true, "thought": true, "alleged": true,
	"accused": true, "known": true, "said": true, "charged": true, "reported": true, "used": true}

// definite determiners refer back to something already told.
var definite = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// dropSanctionObjects removes the sanctions a sentence names as the
// object of another act rather than imposed: "refusal to join sanctions on
// Russia", "has not adopted EU sanctions", "to evade sanctions". Sanctions
// imposed, adopted or extended stay, unless the imposing is negated or
// refused. "EU sanctions" the tagger reads as a verb after its modifier
// is the noun.
func (d *document) dropSanctionObjects(evs []*event) []*event {
	out := evs[:0]
	for _, e := range evs {
		if e.ev.Type == "SANCTION" && d.sentence(e.sent).sanctionObject(e) {
			continue
		}
		out = append(out, e)
	}
	return out
}

func (s *sent) sanctionObject(e *event) bool {
	i := e.trig
	if w := s.word(i); w != "sanctions" && w != "embargo" {
		return false
	}
	j := i - 1
	for j >= s.first && s.nominal(j) {
		j--
	}
	if j == i-1 && e.pat.POS == "VERB" {
		return false // "the EU sanctions Russia": a verb with its subject
	}
	if s.pos(j) != "VERB" {
		return false
	}
	if !imposeVerbs[s.lemma(j)] {
		return true
	}
	for k := j - 1; k >= s.first && k >= j-4; k-- {
		switch s.word(k) {
		case "not", "n't", "never", "refused", "refuses", "refusal", "declined", "failed":
			return true
		}
	}
	return false
}

// imposeVerbs put sanctions in place (lemmas).
var imposeVerbs = map[string]bool{"impose": true, "slap": true, "adopt": true, "approve": true, "announce": true,
	"extend": true, "expand": true, "tighten": true, "introduce": true, "unveil": true, "levy": true, "reimpose": true}

// dropReducedNeeds removes the events of a pattern that needs a word
// after its verb ("sent … reinforcements", "delivered … supplies") when
// the verb is a reduced relative on the noun before it: in "claimed the
// attack in a statement sent to journalists, saying it had targeted
// occupying forces" what was sent is the statement, and the needed word
// is looked for in that noun phrase instead.
func (d *document) dropReducedNeeds(evs []*event) []*event {
	out := evs[:0]
	for _, e := range evs {
		if len(e.pat.needs) > 0 && e.pat.POS == "VERB" && d.sentence(e.sent).reducedNeedMissing(e) {
			continue
		}
		out = append(out, e)
	}
	return out
}

func (s *sent) reducedNeedMissing(e *event) bool {
	i := e.trig
	w := s.word(i)
	if w == s.lemma(i) || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") || s.beforeIsBe(i) {
		return false
	}
	if n := s.pos(e.trigEnd); n != "ADP" && n != "PUNCT" {
		return false
	}
	if s.pos(i-1) != "NOUN" || s.prevVerb(i) < 0 {
		return false
	}
	p := s.npLeft(i)
	if !p.ok() || s.pos(p.from) != "DET" {
		return false
	}
	if b := s.pos(p.from - 1); b != "ADP" && b != "VERB" {
		return false
	}
	for k := p.from; k < p.to; k++ {
		for _, need := range e.pat.needs {
			if s.word(k) == need || s.lemma(k) == need {
				return false
			}
		}
	}
	return true
}

// pastReducedRelative returns the noun phrase a reduced relative clause
// ending in p modifies, when p is the object of that clause: in "a man
// wanted for murder was arrested" the subject is "a man", not "murder".
// Otherwise it returns p and ok as given.
func (s *sent) pastReducedRelative(p np, ok bool) (np, bool) {
	if !ok {
		return p, ok
	}
	k := p.from - 1
	if q, ok2 := s.pastRelativeClause(p); ok2 {
		return q, true
	}
	switch s.word(k) {
	case "for", "of", "in", "with", "over":
	default:
		return p, ok
	}
	if !reducedParticiples[s.word(k-1)] {
		return p, ok
	}
	if q, ok2 := s.headLeft(k - 1); ok2 {
		return q, true
	}
	return p, ok
}

// reducedParticiples open reduced relative clauses that describe a
// person: "a man wanted for murder", "an official accused of graft".
var reducedParticiples = map[string]bool{"wanted": true, "accused": true, "suspected": true, "charged": true,
	"convicted": true, "jailed": true, "sentenced": true, "indicted": true, "implicated": true, "involved": true}

// pastRelativeClause returns the noun phrase a relative clause ending in
// p modifies, when p ends that clause: in "The Houthi group that controls
// much of northern Yemen issued a warning" the subject is "The Houthi
// group". The clause is a relative pronoun after a noun, one verb, and
// noun and prepositional phrases, with no comma.
func (s *sent) pastRelativeClause(p np) (np, bool) {
	verbs := 0
	for k := p.from - 1; k > s.first && k >= p.from-8; k-- {
		w := s.word(k)
		switch {
		case w == "that" || w == "which" || w == "who":
			if verbs != 1 || s.pos(k+1) != "VERB" && s.pos(k+1) != "AUX" && s.pos(k+1) != "ADV" {
				return p, false
			}
			if n := s.pos(k - 1); n != "NOUN" && n != "PROPN" {
				return p, false
			}
			return s.headLeft(k)
		case s.pos(k) == "VERB":
			verbs++
		case s.nominal(k) || s.pos(k) == "ADP" || s.pos(k) == "ADV" || s.pos(k) == "AUX":
		default:
			return p, false
		}
	}
	return p, false
}
