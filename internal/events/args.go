package events

import "sitrep/internal/doc"

// Arguments are found by surface rules over tags, not a parse: the
// subject is the noun phrase before the verb (auxiliaries, adverbs, time
// expressions, prepositional phrases and relative pronouns skipped), the
// object the phrase after it, the by-agent of a passive its source.

// subjectOf returns the subject of the verb at token i.
func (s *sent) subjectOf(i, depth int) (np, bool) {
	j := i - 1
	infinitive := false
	for j >= s.first {
		w, p := s.word(j), s.pos(j)
		switch {
		case s.d.time[j] > 0:
			j--
			continue
		case p == "AUX" || p == "ADV" || w == "not" || w == "n't":
			j--
			continue
		case p == "ADP" && j+1 < i && s.d.time[j+1] > 0:
			j--
			continue
		case w == ")":
			// "A union leader of the Awami League (AL) was killed": skip
			// the parenthesis.
			k := j - 1
			for k > s.first && s.word(k) != "(" && j-k < 8 {
				k--
			}
			if s.word(k) != "(" {
				break
			}
			if end := s.npLeft(k); end.ok() {
				p, ok := s.headLeft(k)
				return p, ok
			}
			j = k - 1
			continue
		case w == "," && !s.isParticiple(i):
			// "X, at Thursday's briefing, urged", "X, who spoke to
			// reporters, said", "Colonel Faisal, police chief of Hit
			// city, was killed": skip the aside between commas to the
			// phrase before it
			if k := s.asideStart(j, s.beforeIsBe(i)); k > s.first {
				j = k - 1
				continue
			}
		case w == "to" && p == "PART":
			// "X plans to visit Y": the subject of the governing verb.
			infinitive = true
			j--
			continue
		case infinitive && (p == "VERB" || p == "ADJ"):
			infinitive = false
			j--
			continue
		}
		break
	}
	if j < s.first {
		return np{actor: -1}, false
	}
	w := s.word(j)
	if relative[w] && s.pos(j) != "DET" {
		j--
		if s.word(j) == "," {
			j--
		}
		return s.headLeft(j + 1)
	}
	if depth == 0 && s.isParticiple(i) && !beForms[w] && s.pos(i) == "VERB" && s.pos(j) != "VERB" && (w == "," || s.prevVerb(i) >= 0) {
		// "…, urging the Taliban to act"; "held a protest demanding …"
		if p, ok := s.mainSubject(i); ok || w == "," {
			return p, ok
		}
	}
	if w == "and" && depth == 0 && (s.pos(j-1) == "VERB" || s.pos(j-1) == "NOUN" || s.pos(j-1) == "PROPN") {
		// "X met Y and signed Z": the first verb's subject.
		if k := s.prevVerb(j); k >= 0 {
			return s.subjectOf(k, depth+1)
		}
	}
	return s.pastReducedRelative(s.headLeft(j + 1))
}

// asideStart returns the index of the comma that opens an aside closed by
// the comma at j, or -1 for none: at most ten tokens between them, opened
// by a preposition ("at Thursday's briefing", "in a statement"), a time
// ("on Monday" too) or a relative pronoun ("who spoke to reporters"), or,
// before a passive verb, in apposition to a name ("Colonel Faisal, police
// chief of Hit city, was killed"), no verb among them unless a relative
// pronoun opens them, and a phrase before it. A noun phrase between commas after a
// place is no aside: "Iraq, an explosive device, placed on a vehicle,
// detonated" has it as subject.
func (s *sent) asideStart(j int, passive bool) int {
	verb := false
	for k := j - 1; k > s.first && j-k <= 11; k-- {
		switch w, p := s.word(k), s.pos(k); {
		case w == ",":
			first := k + 1
			rel := relative[s.word(first)] && s.pos(first) != "DET"
			// an apposition after a name, before a passive ("Colonel
			// Faisal, police chief of Hit city, was killed"); not after a
			// place, nor before an active verb, whose doer the nearest
			// name often is not ("a bomb stuck to the car of Colonel X,
			// an intelligence officer, detonated")
			appos := passive && s.pos(k-1) == "PROPN" && s.d.place[k-1] == 0
			if k == j-1 || verb && !rel || !rel && !appos && s.pos(first) != "ADP" && s.d.time[first] == 0 {
				return -1
			}
			if end := s.npLeft(k); !end.ok() {
				return -1
			}
			return k
		case w == "and" || w == "or" || w == ";" || w == ":":
			return -1 // a list or another clause, not an aside
		case p == "VERB" || p == "AUX":
			verb = true
		}
	}
	return -1
}

// headLeft returns the noun phrase ending at end-1 and, past the
// prepositional phrases that modify it ("police in Peshawar", "an attack
// on a post in X"), its head.
func (s *sent) headLeft(end int) (np, bool) {
	p := s.npLeft(end)
	if !p.ok() {
		return p, false
	}
	for k := 0; k < 3; k++ {
		j := p.from - 1
		if !pp[s.word(j)] || s.pos(j) != "ADP" {
			break
		}
		h := s.npLeft(j)
		if !h.ok() {
			break
		}
		if h.actor < 0 && p.actor >= 0 && s.d.place[p.from] == 0 && ownerPreps[s.word(j)] && !weaponNouns[s.word(h.headTok())] {
			// "officials of the ministry": the ministry names the
			// actor; "an air strike on Khan Younis" does not name who
			// struck.
			h.actor = p.actor
		}
		if s.word(j) == "of" {
			h.head = h.to // the head is h's last token (stored + 1)
			h.to = p.to   // "thousands of farmers" is one phrase
		}
		p = h
	}
	return p, true
}

// ownerPreps introduce a phrase that can name the body a noun before
// them belongs to ("officials of the ministry", "police in X", "a
// spokesman at the embassy", "fighters from the TTP").
var ownerPreps = map[string]bool{"of": true, "in": true, "at": true, "from": true}

// pp are prepositions whose phrase modifies the noun before it.
var pp = map[string]bool{"in": true, "of": true, "from": true, "at": true, "near": true, "on": true, "inside": true, "outside": true}

// isParticiple reports whether the verb at i is an -ing participle.
func (s *sent) isParticiple(i int) bool {
	w := s.word(i)
	return len(w) > 4 && w[len(w)-3:] == "ing"
}

// prevVerb returns the verb before token j in the sentence, -1 for none.
func (s *sent) prevVerb(j int) int {
	for k := j - 1; k >= s.first; k-- {
		if s.pos(k) == "VERB" {
			return k
		}
	}
	return -1
}

// mainSubject returns the subject of the sentence's first verb before i:
// the source of a participle clause ("…, urging the Taliban to act").
func (s *sent) mainSubject(i int) (np, bool) {
	for k := s.first; k < i; k++ {
		if s.pos(k) == "VERB" && !s.isParticiple(k) {
			return s.subjectOf(k, 1)
		}
	}
	return np{actor: -1}, false
}

// objectOf returns the target of an active verb ending at token to: its
// direct object, or the phrase after one of the pattern's prepositions.
func (s *sent) objectOf(p *pattern, to int) np {
	k := to
	for s.pos(k) == "ADV" || s.pos(k) == "ADP" && (s.word(k) == "up" || s.word(k) == "down" || s.word(k) == "out") {
		k++
	}
	from := k
	if q, ok := ParseQuantity(s.d.lower[k:s.last]); ok && !q.Vague || ok && q.Len > 1 {
		k += q.Len - 1 // "at least five people": the phrase keeps its modifier
		for j := from; j < k; j++ {
			if s.pos(j) == "PUNCT" {
				k = from
			}
		}
	}
	if p.targetObj && (s.nominal(k) || s.pos(k) == "PRON") && s.d.time[k] == 0 {
		if o := s.npRight(k); o.ok() {
			o.from = from
			return s.instrumentAway(p, o)
		}
	}
	k = from
	if p.targetObj && (s.nominal(k) || s.pos(k) == "PRON") && s.d.time[k] == 0 {
		if o := s.npRight(k); o.ok() {
			return s.instrumentAway(p, o)
		}
	}
	return s.prepTarget(p, to)
}

// instrumentAway returns the phrase after a pattern preposition instead
// of the object o when o's head is a word the pattern needs, the
// instrument or the thing sent: "hurled a bomb at a bus" targets the
// bus, "sent troops to the border" the border. With no such phrase the
// object stays.
func (s *sent) instrumentAway(p *pattern, o np) np {
	h := s.d.lower[o.headTok()]
	for _, w := range p.needs {
		if w == h {
			if t := s.prepTarget(p, o.to); t.ok() {
				return t
			}
			break
		}
	}
	return o
}

// prepTarget returns the phrase after the first of the pattern's
// prepositions within a few words of token to.
func (s *sent) prepTarget(p *pattern, to int) np {
	if len(p.preps) == 0 {
		return np{actor: -1}
	}
	first := np{actor: -1}
	for k := to; k < s.last && k < to+8; k++ {
		w := s.word(k)
		if w == "to" && s.pos(k+1) == "VERB" {
			k++ // "pledged to cooperate with X"
			continue
		}
		if p.POS == "NOUN" && k == to && s.pos(k) == "VERB" && eruptVerbs[s.lemma(k)] {
			// "clashes broke out between X and Y", "a clash erupted between …"
			if w := s.word(k + 1); w == "out" || w == "place" {
				k++
			}
			continue
		}
		if p.preps[w] && (k+1 >= s.last || s.d.time[k+1] == 0) {
			// The first phrase that names an actor wins ("agreed to a
			// ceasefire with Israel"), else the first phrase.
			q := s.npRight(k + 1)
			if q.actor >= 0 {
				return q
			}
			if !first.ok() {
				first = q
			}
			if q.ok() {
				k = q.to - 1
			}
			continue
		}
		if w == "to" && s.pos(k+1) == "VERB" {
			k++ // "pledged to cooperate with X"
			continue
		}
		if s.pos(k) == "VERB" || w == "," || w == ";" || w == "." {
			break
		}
	}
	return first
}

// byAgent returns the by-phrase after a passive verb ending at to.
func (s *sent) byAgent(to int) np {
	for k := to; k < s.last && k < to+8; k++ {
		w := s.word(k)
		if w == "by" {
			return s.npRight(k + 1)
		}
		if w == "," || w == ";" || s.pos(k) == "VERB" {
			break
		}
	}
	return np{actor: -1}
}

// nounSource returns the source of a noun trigger at [from, to): an
// actor inside its phrase ("a Taliban attack", "militants' attack"), its
// by-phrase ("the attack by militants"), or the subject of a light verb
// before it ("militants carried out an attack").
func (s *sent) nounSource(from, to int) np {
	for j := from - 1; j >= s.first && s.nominal(j); j-- {
		if s.d.actor[j] > 0 {
			q := np{from: s.d.mFrom[j], to: j + 1, actor: s.d.actor[j] - 1}
			if q.from < s.first {
				q.from = s.first
			}
			return q
		}
	}
	if by := s.byAgent(to); by.ok() && by.actor >= 0 {
		return by
	}
	// "the attack on November 19 had been carried out by militants"
	for k := to; k < s.last && k < to+10; k++ {
		if s.pos(k) == "VERB" {
			if lightVerbs[s.lemma(k)] && s.passive(k) {
				if by := s.byAgent(k + 1); by.ok() && by.actor >= 0 {
					return by
				}
			}
			break
		}
		if clauseBreak[s.word(k)] {
			break
		}
	}
	j := from - 1
	for j >= s.first && s.nominal(j) {
		j--
	}
	for j >= s.first && (s.pos(j) == "ADP" || s.pos(j) == "ADV") && (s.word(j) == "out" || s.word(j) == "up") {
		j--
	}
	if j >= s.first && s.pos(j) == "VERB" && lightVerbs[s.lemma(j)] {
		if p, ok := s.subjectOf(j, 0); ok && !s.passive(j) {
			return p
		}
		if s.passive(j) {
			return s.byAgent(j + 1)
		}
	}
	return np{actor: -1}
}

// lightVerbs carry a noun trigger: "carried out an attack", "staged a protest".
var lightVerbs = map[string]bool{"carry": true, "launch": true, "stage": true, "conduct": true, "mount": true,
	"hold": true, "take": true, "issue": true, "organise": true, "organize": true, "lead": true, "perpetrate": true,
	"commit": true, "execute": true, "make": true, "impose": true, "declare": true, "stage.": false, "begin": true, "start": true, "call": true, "observe": true, "hold.": false}

// coordinated returns p and the phrases coordinated with it ("X and Y",
// "X, Y and Z"), before it (left) or after it.
func (s *sent) coordinated(p np, left bool) []np {
	out := []np{p}
	if p.actor < 0 {
		return out
	}
	and := false // a comma joins actors only in a list that ends "… and X"
	for k := 0; k < 4; k++ {
		if left {
			j := p.from - 1
			if s.word(j) == "and" {
				and = true
			} else if s.word(j) != "," || !and {
				break
			}
			q := s.npLeft(j)
			if !q.ok() || q.actor < 0 {
				break
			}
			out = append(out, q)
			p = q
		} else {
			j := p.to
			if s.word(j) != "and" && !(s.word(j) == "," && s.listEndsWithAnd(j)) {
				break
			}
			q := s.npRight(j + 1)
			if !q.ok() || q.actor < 0 {
				break
			}
			out = append(out, q)
			p = q
		}
	}
	return out
}

// status returns the status of the trigger at [from, to).
func (s *sent) status(p *pattern, from, to int) string {
	st := doc.Reported
	for j := from - 1; j >= s.first && j >= from-6; j-- {
		w := s.word(j)
		switch w {
		case "not", "n't", "never":
			if p.POS == "VERB" || s.word(j+1) == "a" {
				return doc.Negated
			}
		case "will", "'ll", "shall":
			st = doc.Planned
		case "if", "unless", "could", "would", "might", "may", "should":
			return doc.Hypothetical
		case "plan", "plans", "planned", "planning", "scheduled", "intends", "intend", "expected", "due", "set", "going", "upcoming", "proposed", "planned.":
			// "set to", "set for"; not "set up a protest camp"
			if st == doc.Reported && (w != "set" || s.word(j+1) == "to" || s.word(j+1) == "for") {
				st = doc.Planned
			}
		case "willing", "ready", "prepared", "eager", "keen", "wants", "want", "wanted", "seeks", "seek", "sought", "hopes", "hope", "hoped", "aims", "aim", "decided", "decides":
			// "is willing to withdraw", "decided to resume"; not "aims
			// his weapon at"
			if st == doc.Reported && s.word(j+1) == "to" {
				st = doc.Planned
			}
		case "failed", "fails", "fail", "refused", "refuses", "declined", "unable":
			// "failed to reach agreement", "refused to release"; a failed
			// attack is still an attack ("the bomb failed to explode").
			if j+1 < from && s.word(j+1) == "to" && p.Type != "ASSAULT" {
				return doc.Negated
			}
		}
		if s.lemma(j) == "deny" && s.isParticiple(from) {
			return doc.Negated
		}
		if w == "," || w == ";" || (s.pos(j) == "VERB" && !infinitiveGap(s, j, from)) {
			break
		}
	}
	if p.POS == "VERB" && st == doc.Reported && s.word(from-1) == "to" && planNouns[s.word(from-2)] {
		// "a campaign to seize the capital", "a plan to blow up the
		// airport": what a plan is for ("used a hammer to beat him"
		// and "an attempt to storm" tell acts).
		return doc.Planned
	}
	if p.POS == "NOUN" && st == doc.Reported {
		// "will retaliate against any attack"
		for j := from - 1; j >= s.first && j >= from-3 && (s.pos(j) == "ADJ" || s.pos(j) == "DET"); j-- {
			if s.word(j) == "any" {
				return doc.Hypothetical
			}
		}
	}
	if p.POS == "NOUN" && st == doc.Reported {
		// "talks will be held next week", "talks are scheduled for …"
		for j := to; j < s.last && j < to+5; j++ {
			w := s.word(j)
			if w == "will" || w == "scheduled" || w == "planned" || w == "due" {
				return doc.Planned
			}
			if w == "," || s.pos(j) == "VERB" {
				break
			}
		}
	}
	return st
}

// planNouns name plans, proposals and intentions whose "to" infinitive
// is not yet an act.
var planNouns = map[string]bool{"choice": true, "option": true, "risk": true, "danger": true, "plan": true, "plans": true, "plot": true, "plots": true, "campaign": true,
	"effort": true, "efforts": true, "decision": true, "proposal": true, "proposals": true, "threat": true,
	"threats": true, "call": true, "calls": true, "intention": true, "intent": true, "move": true, "pledge": true,
	"promise": true, "promises": true, "offer": true, "offers": true, "vote": true, "motion": true,
	"resolution": true, "mandate": true, "readiness": true, "willingness": true, "bill": true, "initiative": true,
	"strategy": true, "conspiracy": true, "scheme": true, "order": true, "orders": true, "ultimatum": true,
	"deadline": true, "demand": true, "demands": true, "request": true, "appeal": true}

// infinitiveGap reports whether the verb at j governs the trigger at
// from through "to" ("plans to visit").
func infinitiveGap(s *sent, j, from int) bool {
	for k := j + 1; k < from; k++ {
		if s.word(k) == "to" {
			return true
		}
	}
	return false
}

// suppressEmbedded drops events whose trigger lies in the complement of
// a demand, threat, promise, refusal or accusation in the same sentence
// ("urged Kabul to stop attacks", "accused X of attacking Y"), or in the
// offence of an arrest or sentence ("arrested for collaborating with"):
// the complement is what was asked or alleged, not an act that happened.
func suppressEmbedded(s *sent, evs []*event) []*event {
	out := evs[:0]
	for _, f := range evs {
		drop := false
		for _, e := range evs {
			if e == f || e.trigEnd > f.trig || !governs[e.pat.Type] && !punishes[e.pat.Type] {
				continue
			}
			comp := false
			for k := e.trigEnd; k < f.trig; k++ {
				w := s.word(k)
				if boundary[w] {
					comp = false
					break
				}
				if governs[e.pat.Type] && (w == "to" || w == "of" || w == "for" || w == "against") ||
					punishes[e.pat.Type] && (w == "for" || w == "of" || w == "over") {
					comp = true
				}
			}
			if comp {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, f)
		}
	}
	return out
}

var governs = map[string]bool{"REQUEST": true, "THREATEN": true, "AGREE": true, "REJECT": true, "ACCUSE": true}

// punishes are the types whose "for", "of" or "over" phrase names the
// offence, alleged or judged, not an act the sentence reports ("arrested
// for collaborating with", "convicted of killing", "jailed over the
// attack").
var punishes = map[string]bool{"COERCE": true, "SANCTION": true}

var boundary = map[string]bool{",": true, ";": true, "after": true, "before": true, "when": true, "while": true,
	"following": true, "since": true, "as": true, "because": true, "—": true, "–": true, "and": false}

// listEndsWithAnd reports whether the comma at j starts a list item that
// is followed, within the next few words, by "and" ("X, Y and Z").
func (s *sent) listEndsWithAnd(j int) bool {
	for k := j + 1; k < s.last && k < j+8; k++ {
		switch s.word(k) {
		case "and":
			return true
		case ",", ";", ".":
			continue
		}
		if !s.nominal(k) {
			return false
		}
	}
	return false
}

// eruptVerbs tell that a noun's event happened: "clashes broke out
// between …", "a clash erupted between …".
var eruptVerbs = map[string]bool{"break": true, "erupt": true, "take": true, "occur": true, "ensue": true,
	"flare": true, "happen": true}
