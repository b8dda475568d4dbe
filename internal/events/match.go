package events

import (
	"strings"

	"sitrep/internal/doc"
)

// event is an event being coded, with what the coder knows about it
// beyond doc.Event.
type event struct {
	ev        doc.Event
	pat       *pattern
	sent      int
	para      int
	trig      int // first trigger token
	trigEnd   int // one past the last trigger token
	passive   bool
	present   bool // present tense or a headline: no past act is dated by default
	headline  bool
	tgtPeople bool // the target phrase names people ("two hawkers")
	// participle reports an -ing verb trigger that hangs on the main
	// clause ("protested, demanding …").
	participle bool
	// modifier reports a past participle that modifies the noun after it
	// ("freed abducted aid workers"): it keeps its event only when
	// nothing else in the sentence is one, and has no source.
	modifier bool
	// relative reports a verb in a relative clause ("activists who were
	// arrested last year", "equipment seized during operations"): it
	// keeps its event only when nothing else in the sentence is one.
	relative bool
	dated    bool // the date comes from a time expression
	srcActor int  // index into a.Actors, -1 for none
	tgtActor int
	// datelinePlace reports that the place is the dateline's, given
	// because nothing else applied.
	datelinePlace bool
	// placeBy names the step of the place policy that placed the event
	// (see placeOf), "" when it has no place.
	placeBy string
}

// codeSentence finds the triggers of s and codes one event per trigger
// and pair of coordinated actors.
func (c *Coder) codeSentence(s *sent) []*event {
	var out []*event
	for i := s.first; i < s.last; i++ {
		m, n := c.match(s, i)
		if m == nil || s.d.named[i] || s.d.time[i] > 0 {
			continue
		}
		out = append(out, s.code(m, i, i+n)...)
		i += n - 1
	}
	return dropModifiers(suppressEmbedded(s, out))
}

// dropModifiers removes the events of participles that modify a noun
// ("the kidnapped journalist") and of verbs in relative clauses ("freed a
// diplomat it arrested last year") when the sentence has another event:
// they describe the people or things the sentence's act concerns.
func dropModifiers(evs []*event) []*event {
	other := false
	for _, e := range evs {
		if !e.modifier && !e.relative {
			other = true
			break
		}
	}
	if !other {
		return evs
	}
	out := evs[:0]
	for _, e := range evs {
		if !e.modifier && !e.relative {
			out = append(out, e)
		}
	}
	return out
}

// inRelative reports whether the verb at i is told in a relative clause
// as background: after "who", "which", "whom" or a "that" following a
// noun, with an auxiliary between ("who was arrested last year",
// "antiquities that were seized", "activists who had led protests"); or
// after a noun and a subject pronoun ("freed a diplomat it arrested").
// A relative clause in the simple past ("a mob which attacked them")
// tells an act of the story and is not one.
func (s *sent) inRelative(i int) bool {
	aux := false
	for j := i - 1; j >= s.first && j >= i-5; j-- {
		w := s.word(j)
		switch {
		case w == "who" || w == "whom" || w == "which":
			return aux
		case w == "that":
			return aux && (s.pos(j-1) == "NOUN" || s.pos(j-1) == "PROPN")
		case relativeAux[w]:
			aux = true
			continue
		case s.pos(j) == "ADV" || s.d.time[j] > 0:
			continue
		case subjectPronouns[w]:
			return (s.pos(j-1) == "NOUN" || s.pos(j-1) == "PROPN") && s.prevVerb(j-1) >= 0
		}
		break
	}
	return false
}

// inReasonClause reports whether the verb at i is told in a clause that
// gives the reason or occasion of the sentence's act: "suspended aid
// deliveries after a convoy was attacked", "left the country because
// rebels had seized the town". The clause opens after the sentence's
// first verb.
func (s *sent) inReasonClause(i int) bool {
	for j := i - 1; j > s.first && j >= i-10; j-- {
		switch s.word(j) {
		case ",", ";", "and", "but":
			return false
		case "after", "because", "since":
			// "after attacking" is the doer's own act; "after talks
			// mediated by Egypt" names the talks, with no clause.
			return s.prevVerb(j) >= 0 && s.pos(j+1) != "VERB" && (s.word(i+1) != "by" || s.beforeIsBe(i))
		}
	}
	return false
}

var relativeAux = map[string]bool{"was": true, "were": true, "had": true, "has": true, "have": true, "been": true,
	"being": true, "is": true, "are": true, "be": true}

var subjectPronouns = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true}

// modifierParticiple reports whether token i is a past participle used
// as an adjective before a noun: after a determiner, number, adjective,
// preposition, verb or at the start of the sentence, and before a noun
// ("the abducted aid workers", "freed kidnapped workers", "Wounded
// soldiers were taken"). After a noun or pronoun it is a verb with a
// subject ("Militants abducted aid workers").
func (s *sent) modifierParticiple(i int) bool {
	w := s.word(i)
	if !participleAdj[w] && (w == s.lemma(i) || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en")) {
		return false
	}
	next := s.pos(i + 1)
	if i+1 >= s.last || !(next == "NOUN" || next == "ADJ" && s.pos(i+2) == "NOUN") {
		return false
	}
	if i == s.first {
		return true
	}
	switch s.pos(i - 1) {
	case "DET", "NUM", "ADJ", "ADP", "VERB":
		return !beForms[s.word(i-1)]
	}
	return false
}

// match returns the pattern whose trigger starts at token i (the longest
// lemma first) and the number of tokens it covers. A past or -ing form
// whose lemma the tagger got wrong ("shelled" as "shel") still matches
// the material-conflict verbs it inflects (see matchAt).
func (c *Coder) match(s *sent, i int) (*pattern, int) {
	w := s.word(i)
	// "Clashes" opening a sentence may be tagged a name and keep its
	// plural as lemma.
	for _, key := range [4]string{s.lemma(i), w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es")} {
		if p, n := c.matchAt(s, i, c.byWord[key], false); p != nil {
			return p, n
		}
		if key == w && !strings.HasSuffix(w, "s") {
			break
		}
	}
	for _, key := range stems(w) {
		if key == s.lemma(i) {
			continue
		}
		if p, n := c.matchAt(s, i, c.byWord[key], true); p != nil {
			return p, n
		}
	}
	return nil, 0
}

// matchAt returns the first of the triggers ts that matches at token i
// and fits its pattern's part of speech, need and veto; inflected lets
// the first word match by regular inflection (see inflects), for verb
// patterns of material conflict only (QuadClass 4: the acts this coder
// must not miss; "police blamed militants" recovered this way would
// outrank the attack it is about, so verbal events wait for the
// tagger's lemma).
func (c *Coder) matchAt(s *sent, i int, ts []trigger, inflected bool) (*pattern, int) {
	for _, t := range ts {
		if i+len(t.words) > s.last {
			continue
		}
		p := &c.patterns[t.pat]
		if inflected && (p.POS != "VERB" || p.QuadClass() != 4) {
			continue
		}
		ok := true
		for k, w := range t.words {
			if s.lemma(i+k) != w && s.word(i+k) != w && !s.namedPlural(i+k, w) && !(inflected && k == 0 && inflects(s.word(i), w)) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		end := i + len(t.words)
		if !s.posFits(p, i, end) || !s.needMet(p, end) || s.vetoed(p, i, end) {
			continue
		}
		if len(p.Agent) > 0 {
			// A doer that does not fit lets the next pattern of the
			// same trigger try: "workers struck" is no missile strike
			// but may be a labour strike.
			subj, ok := s.subjectOf(i, 0)
			passive := s.passive(i)
			if !s.agentMet(p, subj, ok, passive, end) || c.doerIsAttack(s, p, subj, ok, passive, end) {
				continue
			}
		}
		return p, len(t.words)
	}
	return nil, 0
}

// doerIsAttack reports whether the doer of a destruction verb is an
// attack the sentence names with its own trigger ("a missile strike
// damaged a power plant"): the verb tells that attack's harm, not a
// second act.
func (c *Coder) doerIsAttack(s *sent, p *pattern, subj np, ok, passive bool, end int) bool {
	if p.Mode != "" || p.Cameo != "180" {
		return false
	}
	doer := subj
	if passive {
		doer, ok = s.byAgent(end), true
	}
	if !ok || !doer.ok() {
		return false
	}
	h := doer.headTok()
	for k := doer.from; k <= h; k++ {
		if q, n := c.match(s, k); q != nil && q.POS == "NOUN" && q.Type == "ASSAULT" && k+n-1 == h {
			return true
		}
	}
	return false
}

// namedPlural reports whether token i is the plural of w that the
// tagger took for a name and kept as its own lemma ("Clashes erupted",
// "Protests continued"); an acronym ("AIDS") is none.
func (s *sent) namedPlural(i int, w string) bool {
	x, t := s.word(i), s.d.a.Tokens[i].Text
	return s.pos(i) == "PROPN" && strings.ToUpper(t) != t && (x == w+"s" || x == w+"es")
}

// posFits checks the trigger's part of speech: the first token of a verb
// trigger is a verb (a participle the tagger calls an adjective counts),
// the last token of a noun trigger a noun.
func (s *sent) posFits(p *pattern, from, to int) bool {
	if p.POS == "VERB" {
		if s.pos(from) != "VERB" && s.telegraphic(p, from, to) {
			return true
		}
		switch s.pos(from) {
		case "VERB":
			return true
		case "ADJ":
			// "was set on fire", "were beaten": a participle after "be".
			// "Militants free abducted aid workers": a headline's base
			// form taken for an adjective, between a plural subject and
			// an object. "Shelling wounded five people": a weapon is a
			// subject, never the noun a participle describes.
			if s.beforeIsBe(from) {
				return true
			}
			prev, next := s.pos(from-1), s.pos(to)
			if prev == "NOUN" && weaponNouns[s.word(from-1)] && to-from == 1 && next == "NUM" && strings.HasSuffix(s.word(from), "ed") {
				return true
			}
			subject := (prev == "NOUN" || prev == "PROPN") && (strings.HasSuffix(s.word(from-1), "s") || s.d.actor[from-1] > 0)
			return subject && s.word(from) == s.lemma(from) && to-from == 1 &&
				(next == "DET" || next == "NUM" || s.modifierParticiple(to))
		case "NOUN":
			// "assailants shot at him", "troops withdrew from": a past
			// form the tagger took for a noun, between a subject and a
			// preposition, determiner or pronoun.
			// A plural subject may be irregular ("gunmen"); a trigger of
			// several words ("shot dead") has no noun reading; "shot and
			// wounded" may have its second verb tagged as an adjective.
			w := s.word(from)
			prev, next := s.pos(from-1), s.pos(to)
			plural := strings.HasSuffix(s.word(from-1), "s") || s.word(from-1) != s.lemma(from-1)
			// A singular doer counts when it names people or arms:
			// "an unidentified assailant shot dead", "a group shot
			// mortars", "a drone kills five".
			subject := (prev == "NOUN" || prev == "PROPN") && (plural || s.d.actor[from-1] > 0 || doerNoun(s.d.lower[from-1]))
			andVerb := next == "CCONJ" && (s.pos(to+1) == "VERB" || s.pos(to+1) == "ADJ" && strings.HasSuffix(s.word(to+1), "ed"))
			// A past form listed as a lemma ("shot") may take a bare
			// name or title as its object: "militants shot
			// sub-inspector Ghulam".
			return subject && to-from > 1 && (next == "NOUN" || next == "PROPN") ||
				subject && (w != s.lemma(from) || to-from > 1) && (next == "ADP" || next == "DET" || next == "PRON" || next == "NUM" || andVerb) ||
				subject && w == s.lemma(from) && w != p.Lemmas[0] && (next == "ADP" || next == "PRON" || next == "NOUN" || next == "PROPN" || andVerb)
		}
		return false
	}
	if from == to-1 && (s.pos(from) == "ADJ" || s.pos(from) == "NOUN") && s.pos(from-1) == "DET" && s.pos(from-2) == "VERB" && lightVerbs[s.lemma(from-2)] {
		// "staged a protest condemning …", "held a protest opposite
		// …": the object of a light verb after its article is a noun
		// whatever the tag, and whatever the tagger made of the next
		// word ("opposite" as a noun).
		return true
	}
	if s.pos(to) == "NOUN" && s.joined(to-1) == false && !s.d.named[to] && !s.occasionNoun(p, to) {
		return false // a modifier of another noun: "aid workers", "protest leaders"
	}
	switch s.pos(to - 1) {
	case "NOUN":
		return true
	case "ADP":
		// "staged a sit - in at": a hyphenated trigger split into
		// tokens ends with its particle; so may one written apart
		// after a light verb ("staged a sit in at").
		return to-from >= 3 && s.word(to-2) == "-" ||
			to-from == 2 && s.pos(from-1) == "DET" && s.pos(from-2) == "VERB" && lightVerbs[s.lemma(from-2)]
	case "ADJ":
		if s.pos(to) == "NOUN" && s.occasionNoun(p, to) && s.pos(from-1) == "DET" {
			return true // "set up a protest camp"
		}
		// "held protest in Patiala": an adjective tag with no noun to modify.
		n := s.pos(to)
		return n != "NOUN" && n != "PROPN" && n != "ADJ" && s.word(to-1) != s.lemma(to-1)+"ed"
	case "PROPN":
		// Headlines in capitals are tagged from context; a trigger word
		// there, one opening a sentence or one written in lower case is
		// still a noun.
		t := s.d.a.Tokens[to-1].Text
		return s.index == s.d.title || from == s.first || t == s.d.lower[to-1]
	case "VERB":
		// A plural noun the tagger read as a verb: opening a clause
		// before a preposition, with no subject ("Talks with the US go
		// on", "Clashes between …", "added that talks with the US
		// were continuing"), or after a light verb or a word that only
		// opens a noun phrase ("held talks", "the talks").
		if to-from != 1 || !strings.HasSuffix(s.d.lower[from], "s") {
			return false
		}
		prev := s.pos(from - 1)
		opens := from == s.first || prev == "PUNCT" || s.word(from-1) == "that"
		return opens && s.pos(to) == "ADP" ||
			prev == "VERB" && lightVerbs[s.lemma(from-1)] || prev == "DET" || prev == "NUM" ||
			prev == "PRON" && possessive[s.word(from-1)]
	}
	return false
}

// telegraphic reports whether a base-form trigger the tagger did not
// call a verb opens the predicate of a note written like a headline:
// the first verb of its sentence, right after a doer ("Gunmen shoot at
// two students", "SAF bomb Deribat", "Unknown gunmen abduct a
// cameraman"), before an object or preposition. Only material conflict
// and protest patterns read it so, and never in a title or a line with
// no full stop.
func (s *sent) telegraphic(p *pattern, from, to int) bool {
	if p.QuadClass() != 4 && p.Type != "PROTEST" || from <= s.first || s.index == s.d.title {
		return false // a title tells the body's act again, which dates and places it
	}
	if end := s.word(s.last - 1); end != "." && end != "!" {
		return false // a heading with no full stop is a title too
	}
	w := s.word(from)
	base := false
	for _, l := range p.Lemmas {
		if f := strings.Fields(l); len(f) > 0 && f[0] == w {
			base = true
			break
		}
	}
	if !base {
		return false
	}
	for j := s.first; j < from; j++ {
		if s.pos(j) == "VERB" || s.pos(j) == "AUX" {
			return false
		}
	}
	prev, next := s.pos(from-1), s.pos(to)
	if prev != "NOUN" && prev != "PROPN" {
		return false
	}
	pw := s.d.lower[from-1]
	t := s.d.a.Tokens[from-1].Text
	acronym := len(t) >= 2 && strings.ToUpper(t) == t
	doer := strings.HasSuffix(pw, "s") || pw != s.lemma(from-1) || s.d.actor[from-1] > 0 || doerNoun(pw) || acronym
	switch next {
	case "NOUN":
		// "the militants attack plan was foiled": a compound subject.
		after := s.pos(to + 1)
		return doer && after != "VERB" && after != "AUX"
	case "PROPN", "ADP", "NUM", "DET", "PRON":
		return doer
	}
	return false
}

// doerNoun reports whether a singular noun names a doer: a person
// ("assailant", "gunman", "attacker"), a group ("group", "mob") or a
// weapon ("drone", "missile").
func doerNoun(w string) bool {
	if peopleWords[w] || weaponNouns[w] {
		return true
	}
	for _, suf := range []string{"ant", "er", "or", "ist", "man"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// occasionNoun reports whether the noun at to, after a protest or
// assault trigger, names an occasion of the act rather than a thing the
// trigger describes: "a firing incident", "a token strike camp", "a
// protest programme". A plural protest or assault trigger is no
// modifier either ("conducted protests nation wide"): English
// modifiers are singular ("protest leaders", "attack helicopters").
func (s *sent) occasionNoun(p *pattern, to int) bool {
	if p.Type != "PROTEST" && p.Type != "ASSAULT" {
		return false
	}
	if occasionNouns[s.word(to)] {
		return true
	}
	w := s.word(to - 1)
	return p.Type == "PROTEST" && strings.HasSuffix(w, "s") && w != s.lemma(to-1) && !strings.HasSuffix(w, "ss")
}

// occasionNouns name the occasion of an act after its trigger.
var occasionNouns = map[string]bool{"incident": true, "incidents": true, "camp": true, "camps": true,
	"programme": true, "programmes": true, "program": true, "programs": true}

// beforeIsBe reports whether a form of "be" or "get" precedes token i,
// adverbs and negation aside.
func (s *sent) beforeIsBe(i int) bool {
	for j := i - 1; j >= s.first && j >= i-4; j-- {
		w := s.word(j)
		if beForms[w] {
			return true
		}
		if (w == "and" || w == ",") && s.pos(j-1) == "VERB" {
			j-- // "were arrested and tortured"
			continue
		}
		if s.pos(j) != "ADV" && w != "not" && w != "n't" {
			return false
		}
	}
	return false
}

var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "get": true, "got": true, "gets": true, "getting": true, "'s": false}

// vetoed reports whether a veto word of the pattern stands right before
// or right after the trigger [from, to), or, for a verb, heads the noun
// phrase right after it: "rejected the accusations", "signed two laws",
// "offered his condolences" (the sense of the verb is another one).
func (s *sent) vetoed(p *pattern, from, to int) bool {
	head := -1
	if p.POS == "VERB" {
		k := to
		for k < s.last && k < to+8 && (s.nominal(k) || s.pos(k) == "SYM") {
			k++
		}
		if k > to {
			head = k - 1
		}
	}
	for _, w := range p.Veto {
		if s.word(from-1) == w || s.word(to) == w && s.d.time[min(to+1, len(s.d.time)-1)] == 0 {
			return true
		}
		if head >= 0 && (s.word(head) == w || s.lemma(head) == w) {
			return true
		}
	}
	return false
}

// governedAway reports whether the noun trigger at from names an act
// that the word governing it ends, lifts or reacts to, so that the
// sentence does not report the act itself: "called off the strike",
// "lifted sanctions on", "suspended aid to" (the lifting or suspension is
// coded by its own pattern), "condemned the attack", "blamed X for the
// attack", "condolences over the attack", "in response to the attacks"
// (a reaction to an act reported elsewhere).
func (s *sent) governedAway(p *pattern, from int) bool {
	if p.POS != "NOUN" {
		return false
	}
	j := s.skipModifiers(from - 1)
	g := s.lemma(j)
	if s.word(j) == "off" || s.word(j) == "down" {
		g = s.lemma(j-1) + " " + s.word(j) // "called off", "cut down"
	}
	if governPreps[s.word(j)] {
		g = s.lemma(j - 1)
		if !reactionWords[g] && !endWords[g] {
			// "blamed the Syrian government for the attack"
			if k := s.skipModifiers(j - 1); k < j-1 {
				g = s.lemma(k)
			}
		}
	}
	if reactionWords[g] || reactionWords[s.word(j)] {
		return true
	}
	switch p.Type {
	case "PROTEST":
		// "ended their protest", "suspended the strike": it was held;
		// "called off the strike", "will not end the strike", "asked
		// them to end the boycott": no protest is reported.
		held := s.pos(j) == "VERB" && strings.HasSuffix(s.word(j), "ed")
		return notHeldWords[g] || liftWords[g] || endWords[g] && !held
	case "CONSULT", "ASSAULT":
		return endWords[g]
	case "AGREE":
		return endWords[g] || breakWords[g] // "reneged on the accord"
	case "SANCTION", "COERCE":
		return liftWords[g] || endWords[g]
	case "ACCUSE":
		return denyWords[g] // "rejected the accusations"
	case "AID":
		return cutWords[g] || endWords[g]
	}
	return false
}

// skipModifiers returns the first token at or before j that is not part
// of a noun phrase's modifiers: nominals, hyphens and participles before
// a noun ("the Taliban-allied network", "a suspected chemical attack").
func (s *sent) skipModifiers(j int) int {
	for j >= s.first {
		w := s.word(j)
		switch {
		case s.nominal(j), w == "-" || w == "–":
		case s.pos(j) == "VERB" && (s.modifierParticiple(j) || s.word(j-1) == "-" && s.joined(j-1)):
		default:
			return j
		}
		j--
	}
	return j
}

// allegedContent reports whether the trigger at from lies in the "that"
// clause of an allegation ("accusations by the US that its military
// attacked civilians", "charges that it tortured a priest"): what is
// alleged is not reported as having happened.
func (s *sent) allegedContent(from int) bool {
	for j := from - 1; j >= s.first && j >= from-12; j-- {
		w := s.word(j)
		if w == "," || w == ";" {
			return false
		}
		if w != "that" {
			continue
		}
		h := j - 1 // the head of the phrase before "that"
		if k := s.skipModifiers(j - 1); s.word(k) == "by" || s.word(k) == "from" {
			h = k - 1 // "accusations by the US that"
		}
		return s.pos(h) == "NOUN" && (allegationWords[s.lemma(h)] || allegationWords[s.word(h)])
	}
	return false
}

var allegationWords = map[string]bool{"accusation": true, "accusations": true, "allegation": true, "allegations": true,
	"charge": true, "charges": true, "claim": true, "claims": true, "rumour": true, "rumours": true, "rumor": true,
	"rumors": true, "suspicion": true, "suspicions": true, "speculation": true}

// denyWords deny an accusation (lemmas).
var denyWords = map[string]bool{"deny": true, "reject": true, "dismiss": true, "refute": true, "rebuff": true}

// governPreps introduce the act a reaction is about.
var governPreps = map[string]bool{"for": true, "over": true, "about": true, "on": true, "to": true, "of": true, "into": true, "at": true, "from": true}

// reactionWords react to an act told elsewhere (lemmas).
var reactionWords = map[string]bool{"condemn": true, "denounce": true, "deplore": true, "decry": true, "blame": true,
	"condolence": true, "condolences": true, "sympathy": true, "mourn": true, "investigate": true, "probe": true,
	"investigation": true, "inquiry": true, "criticize": true, "criticise": true, "slam": true, "condemnation": true,
	"blamed": true, "blames": true}

// endWords end or call off an act (lemmas; "call off" with its particle).
var endWords = map[string]bool{"end": true, "halt": true, "stop": true, "suspend": true, "call off": true, "cancel": true,
	"postpone": true, "abandon": true, "break off": true, "suspension": true}

// notHeldWords call off a protest before it is held (lemmas).
var notHeldWords = map[string]bool{"call off": true, "cancel": true, "postpone": true, "abandon": true, "defer": true,
	"withdraw": true, "cancellation": true, "postponement": true}

// breakWords break or leave an agreement (lemmas).
var breakWords = map[string]bool{"renege": true, "violate": true, "breach": true, "break": true, "quit": true,
	"withdraw": true, "exit": true, "scrap": true, "abandon": true, "tear up": true, "violation": true}

// liftWords lift a sanction (lemmas).
var liftWords = map[string]bool{"lift": true, "ease": true, "relax": true, "remove": true, "scrap": true, "waive": true,
	"lifting": true, "easing": true, "removal": true}

// cutWords cut aid (lemmas).
var cutWords = map[string]bool{"cut": true, "reduce": true, "freeze": true, "withhold": true, "cut off": true,
	"cut down": true, "reduction": true, "freezing": true}

// needMet checks that the word the pattern needs follows in the clause.
func (s *sent) needMet(p *pattern, end int) bool {
	if p.Need == "" {
		return true
	}
	for j := end; j < s.last && j < end+14; j++ {
		w := s.word(j)
		if w == ";" || w == "." {
			return false
		}
		for _, need := range p.needs {
			if w == need || s.lemma(j) == need {
				if need == "to" {
					return s.pos(j+1) == "VERB" || s.pos(j+1) == "AUX"
				}
				if need == "of" {
					// "warned of attacks", "warned Pakistan of
					// consequences": the complement's own "of", not one
					// in a later clause ("warned that … millions of").
					return s.onlyNominal(end, j)
				}
				return true
			}
		}
	}
	return false
}

// code builds the events of one trigger at tokens [from, to).
func (s *sent) code(p *pattern, from, to int) []*event {
	if s.background(from) || s.describesAccused(p, from, to) || s.governedAway(p, from) || s.allegedContent(from) || s.history(p, from) {
		return nil
	}
	e := &event{pat: p, sent: s.index, para: s.d.a.Sentences[s.index].Paragraph, trig: from, trigEnd: to,
		headline: s.index == s.d.title, srcActor: -1, tgtActor: -1}
	var srcs, tgts []np
	if p.POS == "VERB" {
		e.modifier = s.modifierParticiple(from) || s.word(from) == "visiting" && s.pos(from+1) == "PROPN"
		e.relative = !e.modifier && (s.inRelative(from) || s.inReasonClause(from))
		e.passive = s.passive(from)
		subj, ok := s.subjectOf(from, 0)
		if p.Type == "ASSAULT" && s.naturalCause(subj, ok, e.passive, to) || s.agreesWithView(from, to) ||
			!s.agentMet(p, subj, ok, e.passive, to) {
			return nil
		}
		if e.modifier {
			// "the abducted aid workers": the people described are the
			// target; who abducted them is not said here.
			if obj := s.objectOf(p, to); obj.ok() {
				tgts = s.coordinated(obj, false)
			}
		} else if e.passive {
			if ok {
				tgts = s.coordinated(subj, true)
			}
			if by := s.byAgent(to); by.ok() {
				srcs = s.coordinated(by, false)
			}
		} else {
			if ok {
				srcs = s.coordinated(subj, true)
			}
			if obj := s.objectOf(p, to); obj.ok() {
				tgts = s.coordinated(obj, false)
				if w := s.word(obj.from - 1); (w == "between" || w == "among") && len(srcs) == 0 {
					// "Fighting between X and Y broke out"
					if len(tgts) >= 2 {
						srcs, tgts = tgts[:1], tgts[1:]
					} else {
						srcs, tgts = tgts, nil
					}
				}
			}
		}
		e.present = s.presentTense(from)
		e.participle = s.isParticiple(from) && !s.beforeIsBe(from) && s.prevVerb(from) >= 0
	} else {
		if src, ok := s.armedModifier(from, to); ok && p.Type == "ASSAULT" {
			srcs = []np{src} // "an Israeli air strike": Israel's military
		} else if src := s.nounSource(from, to); src.ok() {
			srcs = s.coordinated(src, true)
		}
		if tgt := s.prepTarget(p, to); tgt.ok() {
			tgts = s.coordinated(tgt, false)
			if w := s.word(tgt.from - 1); (w == "between" || w == "among") && len(srcs) == 0 {
				// "a clash between X and Y" (or "among"): X is the
				// source, Y the target; "between two groups": the groups are the
				// parties, with no one on the receiving end.
				if len(tgts) >= 2 {
					srcs, tgts = tgts[:1], tgts[1:]
				} else {
					srcs, tgts = tgts, nil
				}
			}
		}
		e.present = e.headline || s.goesOn(to)
		e.relative = s.backdrop(from)
	}
	if e.headline {
		e.present = true
	}
	if p.Type == "ASSAULT" {
		for k := range srcs {
			srcs[k] = s.armedPhrase(srcs[k]) // "Russian missiles": Russia's military
		}
	}
	// Sources are actors or people ("hartal supporters"); any other
	// phrase ("a bomb") is an instrument, not a source.
	srcs = s.onlyAgents(srcs)
	e.ev = doc.Event{
		Type: p.Type, Mode: doc.Str(p.Mode), Context: []string{}, Cameo: p.Cameo,
		QuadClass: p.QuadClass(), Goldstein: p.Goldstein, Status: s.status(p, from, to),
		Sentence: s.index, Rule: p.ID,
	}
	sp := s.span(s.first, s.last)
	e.ev.Start, e.ev.End = sp.Start, sp.End
	ts := s.span(from, to)
	e.ev.Trigger = doc.Trigger{Text: s.d.a.Document.Text[ts.Start:ts.End], Start: ts.Start, End: ts.End}
	if len(srcs) == 0 {
		srcs = []np{{actor: -1}}
	}
	if len(tgts) == 0 {
		tgts = []np{{actor: -1}}
	}
	var out []*event
	for _, sr := range srcs {
		for _, tg := range tgts {
			if s.relationalActor(tg) || p.Type == "ASSAULT" && s.capitalAsPlace(tg) {
				tg.actor = -1 // "his counterpart" is someone else; "strikes on Kyiv" hit the city
			}
			if sr.ok() && tg.ok() && sr.actor >= 0 && sr.actor == tg.actor {
				switch {
				case len(srcs) > 1 || len(tgts) > 1:
					continue // "X and Y met": the pair (X, X) is none
				case s.d.actor[tg.headTok()] == 0:
					// "students protested outside the workers'
					// office": the actor only qualifies the target's
					// head, a thing; the act stands, with no target.
					tg = np{actor: -1}
				case sr.from == tg.from:
					continue
				}
				// "Men attacked three traders": two mentions of one
				// collective actor (a country's civilians) on both
				// sides are still two parties.
			}
			x := *e
			x.ev.Context = []string{}
			if sr.ok() {
				x.ev.Source, x.srcActor = s.arg(sr), sr.actor
				if sr.mil != "" {
					s.d.armed[x.ev.Source] = sr.mil
				}
			}
			if tg.ok() {
				x.ev.Target, x.tgtActor = s.arg(tg), tg.actor
				x.tgtPeople = s.people(tg)
			}
			x.ev.Confidence = confidence(&x)
			out = append(out, &x)
		}
	}
	return out
}

func (s *sent) onlyAgents(ps []np) []np {
	var out []np
	for _, p := range ps {
		if (p.actor >= 0 || p.mil != "" || s.people(p)) && !s.tollPhrase(p) {
			out = append(out, p)
		}
	}
	return out
}

// people reports whether the head of p names people: "supporters",
// "activists", "Jubo League men", "unidentified assailants".
func (s *sent) people(p np) bool {
	if !p.ok() {
		return false
	}
	h := s.d.lower[p.headTok()]
	if peopleWords[h] || titleWords[h] {
		return true
	}
	if s.pos(p.headTok()) != "NOUN" {
		return false
	}
	for _, suf := range []string{"ers", "ors", "ists", "men", "ants", "ians", "ees"} {
		if strings.HasSuffix(h, suf) && len(h) > len(suf)+2 {
			return true
		}
	}
	return false
}

var peopleWords = map[string]bool{"people": true, "mob": true, "mobs": true, "youths": true, "men": true,
	"group": true, "groups": true, "gang": true, "cadres": true, "police": true, "locals": true,
	"residents": true, "villagers": true, "miscreants": true, "members": true, "crowd": true,
	"persons": true, "militia": true, "communities": true, "tribes": true, "clans": true, "factions": true, "army": true, "troops": true, "forces": true}

// confidence is the pattern's weight, raised for each argument that
// names an actor and lowered for a headline.
func confidence(e *event) float64 {
	c := e.pat.Weight
	if e.srcActor >= 0 {
		c += 0.05
	}
	if e.tgtActor >= 0 || e.ev.Target != nil {
		c += 0.03
	}
	if e.headline {
		c -= 0.2
	}
	if e.participle {
		c -= 0.1 // a participle clause tells a secondary act: "…, demanding X"
	}
	if c > 0.99 {
		c = 0.99
	}
	return float64(int(c*100+0.5)) / 100
}

// background reports whether the trigger at i is history told as
// context: "since the 2021 takeover".
func (s *sent) background(i int) bool {
	for j := i - 1; j >= s.first && j >= i-4; j-- {
		w := s.word(j)
		if w == "since" {
			return true
		}
		if !s.nominal(j) {
			return false
		}
	}
	return false
}

// passive reports whether the verb at i is a passive participle: after a
// form of "be" or "get", or followed by a by-agent.
func (s *sent) passive(i int) bool {
	w := s.word(i)
	if strings.HasSuffix(w, "ing") {
		return false
	}
	if s.beforeIsBe(i) {
		return true
	}
	// A reduced relative or headline participle: "soldiers killed by militants".
	if s.word(i+1) == "by" && (s.nominal(i-1) || s.pos(i-1) == "PUNCT") {
		return true
	}
	// A headline's past participle with no object: "Aid workers released".
	if s.index == s.d.title && w != s.lemma(i) && strings.HasSuffix(w, "ed") && s.nominal(i-1) {
		next := s.pos(i + 1)
		return i+1 >= s.last || next == "ADP" || next == "PUNCT"
	}
	return false
}

// presentTense reports whether the verb at i reports the present (or is
// a headline): "urges", "is holding", "has met".
func (s *sent) presentTense(i int) bool {
	for j := i - 1; j >= s.first && j >= i-3; j-- {
		switch s.word(j) {
		case "is", "are", "am", "has", "have", "'s", "'re":
			return true
		case "was", "were", "had", "did", "will":
			return false
		}
		if s.pos(j) != "ADV" && s.pos(j) != "AUX" && s.pos(j) != "PART" {
			break
		}
	}
	w := s.word(i)
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && s.lemma(i) != w
}

// goesOn reports whether the noun phrase ending before token to is the
// subject of a verb saying the act goes on: "talks with the United States
// are continuing", "the strike continues", "talks … remain under way",
// "talks with the US go on";
// after "that" of reported speech, its past form too ("she added that
// talks … were continuing"). Such an act is present: it is not dated by
// the story's earlier days.
func (s *sent) goesOn(to int) bool {
	k := to
	// skip a prepositional tail: "with the United States on counter-terrorism cooperation"
	for n := 0; k < s.last && n < 10; n++ {
		w := s.word(k)
		if s.pos(k) == "VERB" || s.pos(k) == "AUX" || w == "," || w == "." {
			break
		}
		k++
	}
	reported := false
	for j := s.first; j < to; j++ {
		if s.word(j) == "that" && j > s.first && s.pos(j-1) == "VERB" {
			reported = true
		}
	}
	switch w := s.word(k); w {
	case "is", "are":
	case "was", "were":
		if !reported {
			return false
		}
	case "continues", "continue", "remain", "remains":
		return s.lemma(k) == "continue" || s.word(k+1) == "ongoing" || s.word(k+1) == "under"
	case "go", "goes":
		return s.word(k+1) == "on" // "talks with the US go on"
	case "went":
		return reported && s.word(k+1) == "on"
	default:
		return false
	}
	if s.word(k+2) == "then" || s.word(k+3) == "then" {
		return false // "were continuing then": a past story's time
	}
	switch s.word(k + 1) {
	case "continuing", "ongoing", "going":
		return s.word(k+1) != "going" || s.word(k+2) == "on"
	case "under":
		return s.word(k+2) == "way"
	}
	return false
}

// relativePassive reports whether the verb at i is the passive of a
// relative clause: "two men who were accused of", "a man that had been
// accused of".
func (s *sent) relativePassive(i int) bool {
	for j := i - 1; j >= s.first && j >= i-4; j-- {
		switch s.word(j) {
		case "who", "that", "which", "whom":
			return j < i-1
		case "is", "are", "was", "were", "be", "been", "being", "had", "has", "have", "allegedly", "reportedly", "earlier", "previously":
			continue
		}
		return false
	}
	return false
}

// describesAccused reports whether an ACCUSE verb trigger is a reduced
// relative that describes someone ("a teacher accused of abusing a
// girl", "a man accused of theft"): the noun before it is the accused,
// not an accuser, and no one is said to accuse; with a by-agent ("a
// minister accused of graft by the opposition") it is an accusation.
func (s *sent) describesAccused(p *pattern, from, to int) bool {
	if p.Type != "ACCUSE" || p.POS != "VERB" || !strings.HasSuffix(s.word(from), "ed") || s.word(to) != "of" {
		return false
	}
	if !s.nominal(from-1) && !s.relativePassive(from) {
		return false
	}
	if s.beforeIsBe(from) && !s.relativePassive(from) {
		return false
	}
	for k := to; k < s.last; k++ {
		switch s.word(k) {
		case "by":
			return false
		case ",", ";", ".":
			return true
		}
	}
	return true
}

// naturalCause reports whether an assault verb's doer is no one: a
// disease, disaster or accident ("the virus has killed six", "flames shot
// up", "were killed in a road accident", "were killed when a car jumped
// the curb"). subj is the verb's subject (ok when found), passive its
// voice, to the end of the trigger. A sentence that names a weapon
// ("when their bus struck a landmine") is never one.
func (s *sent) naturalCause(subj np, ok, passive bool, to int) bool {
	head := func(p np) string {
		if !p.ok() || p.actor >= 0 {
			return ""
		}
		if w := s.d.lower[p.headTok()]; naturalCauses[w] != 0 {
			return w
		}
		return s.lemma(p.headTok())
	}
	found := false
	if !passive {
		found = ok && naturalCauses[head(subj)] >= causeDisaster
	} else if naturalCauses[head(s.byAgent(to))] >= causeDisaster {
		found = true
	}
	if !found {
		// "killed in a road accident", "were killed when a truck
		// overturned", "a civilian killed when their plane crashed"
		for k := to; k < s.last && k < to+8 && !found; k++ {
			w := s.word(k)
			if w == "," || w == ";" || w == "by" {
				break
			}
			if w != "in" && w != "when" && w != "after" {
				continue
			}
			q := s.npRight(k + 1)
			c := naturalCauses[head(q)]
			found = w == "in" && c >= causeAccident || w != "in" && c >= causeVehicle && s.pos(q.to) == "VERB"
		}
	}
	return found && s.d.weaponOf(s.index) == ""
}

// Kinds of natural cause, by where they may stand: a vehicle only as the
// subject of a "when" clause, an accident also after "in", a disaster
// also as the subject or by-agent of the verb.
const (
	causeVehicle = 1 + iota
	causeAccident
	causeDisaster
)

// naturalCauses are heads of phrases that kill or injure without a doer.
var naturalCauses = map[string]int{"virus": causeDisaster, "coronavirus": causeDisaster, "covid": causeDisaster,
	"covid-19": causeDisaster, "disease": causeDisaster, "outbreak": causeDisaster, "pandemic": causeDisaster,
	"epidemic": causeDisaster, "flu": causeDisaster, "influenza": causeDisaster, "cholera": causeDisaster,
	"ebola": causeDisaster, "malaria": causeDisaster, "measles": causeDisaster, "infection": causeDisaster,
	"cancer": causeDisaster, "storm": causeDisaster, "flood": causeDisaster, "floods": causeDisaster,
	"flooding": causeDisaster, "earthquake": causeDisaster, "quake": causeDisaster, "landslide": causeDisaster,
	"avalanche": causeDisaster, "heatwave": causeDisaster, "tornado": causeDisaster, "cyclone": causeDisaster,
	"hurricane": causeDisaster, "typhoon": causeDisaster, "tsunami": causeDisaster, "lightning": causeDisaster,
	"drought": causeDisaster, "famine": causeDisaster, "flames": causeDisaster, "wildfire": causeDisaster,
	"compounds": causeDisaster, "chemicals": causeDisaster, "smoke": causeDisaster, "cylinder": causeDisaster,
	"cylinders": causeDisaster, "boiler": causeDisaster, "boilers": causeDisaster, "trailers": causeDisaster,
	"accident": causeAccident, "crash": causeAccident, "collision": causeAccident, "stampede": causeAccident,
	"plane": causeVehicle, "aircraft": causeVehicle, "helicopter": causeVehicle, "boat": causeVehicle, "ferry": causeVehicle,
	"car": causeVehicle, "truck": causeVehicle, "lorry": causeVehicle, "bus": causeVehicle, "train": causeVehicle,
	"vehicle": causeVehicle, "tanker": causeVehicle, "driver": causeVehicle}

// agreesWithView reports whether the trigger at [from, to) is "agree"
// with an opinion: "agreed with the Senate that …", "agree with him on
// the need for …" is a statement, not an agreement to act.
func (s *sent) agreesWithView(from, to int) bool {
	if s.lemma(from) != "agree" || s.word(to) != "with" {
		return false
	}
	k := s.skipNominalRight(to + 1)
	return s.word(k) == "that" || s.word(k) == "," && s.word(k+1) == "that"
}

// skipNominalRight returns the first token at or after j that is not
// part of a noun phrase ("the Senate", "Tantan, the Minister of Interior"
// stops at the comma).
func (s *sent) skipNominalRight(j int) int {
	for j < s.last && (s.nominal(j) || s.word(j) == "-") {
		j++
	}
	return j
}

// backdrop reports whether the noun trigger at from is the setting of the
// sentence's act: a span of time after a preposition or an ending verb
// ("resigned after weeks of protests", "ended decades of fighting") or a circumstance ("aid amid fighting",
// "despite attacks"). Like a relative clause, it keeps its event only
// when nothing else in the sentence is one. "During" and "after" alone
// are not: "two were killed during clashes", "arrested after a gun
// battle" tell the clashes and the battle.
func (s *sent) backdrop(from int) bool {
	j := s.skipModifiers(from - 1)
	if s.word(j) == "of" && timeUnits[s.word(j-1)] {
		// "after weeks of protests", "ended years of fighting"; not
		// "three days of protests took place"
		k := s.skipModifiers(j - 1)
		return backdropPreps[s.word(k)] || spanPreps[s.word(k)] || endWords[s.lemma(k)]
	}
	return backdropPreps[s.word(j)]
}

var backdropPreps = map[string]bool{"amid": true, "amidst": true, "despite": true}

// spanPreps place an act after or since a span of others.
var spanPreps = map[string]bool{"after": true, "following": true, "since": true, "over": true}

var timeUnits = map[string]bool{"hours": true, "days": true, "weeks": true, "months": true, "years": true, "decades": true}

// history reports whether the noun trigger at from names years or
// decades of acts ("after two decades of fighting", "years of attacks"):
// a history told as context, not one act.
func (s *sent) history(p *pattern, from int) bool {
	if p.POS != "NOUN" {
		return false
	}
	j := s.skipModifiers(from - 1)
	return s.word(j) == "of" && (s.word(j-1) == "years" || s.word(j-1) == "decades")
}
