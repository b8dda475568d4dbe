package events

import (
	"strings"

	"sitrep/internal/doc"
)

// casualty is one people count found in a sentence: "12 soldiers were
// killed", "killing at least five", "claimed 12 lives".
type casualty struct {
	kind     string // fatalities, injuries or detained
	q        Quantity
	who      string
	from, to int  // tokens of the quantity and its noun
	toll     bool // a running total ("the death toll rose to 15"): replaces, never adds
}

// casualtyWord maps lemmas and words that report harm to people to the
// count they feed.
var casualtyWord = map[string]string{
	"kill": "fatalities", "killed": "fatalities", "die": "fatalities", "dead": "fatalities", "death": "fatalities",
	"slay": "fatalities", "murder": "fatalities", "behead": "fatalities", "assassinate": "fatalities",
	"massacre": "fatalities", "execute": "fatalities", "perish": "fatalities", "lynch": "fatalities",
	"injure": "injuries", "injured": "injuries", "wound": "injuries", "wounded": "injuries", "hurt": "injuries",
	"arrest": "detained", "detain": "detained", "abduct": "detained", "kidnap": "detained", "capture": "detained",
	"apprehend": "detained", "nab": "detained", "held": "detained",
}

// nonPeople are nouns after a number that do not count people.
var nonPeople = map[string]bool{"km": true, "kilometres": true, "kilometers": true, "kilometre": true, "kilometer": true,
	"miles": true, "mile": true, "metres": true, "meters": true, "hours": true, "hour": true, "minutes": true,
	"days": true, "day": true, "weeks": true, "months": true, "years": true, "year": true, "percent": true,
	"%": true, "kg": true, "kilograms": true, "rupees": true, "dollars": true, "times": true, "vehicles": true,
	"houses": true, "shops": true, "rounds": true, "bombs": true, "rockets": true, "shells": true,
	"mortars": true, "cars": true, "buildings": true, "am": true, "pm": true, "a.m.": true, "p.m.": true,
	"o'clock": true, "districts": true, "villages": true, "homes": true, "weapons": true, "guns": true,
}

// casualties finds the people counts of the sentence.
func (s *sent) casualties() []casualty {
	var out []casualty
	words := s.d.lower[s.first:s.last]
	for i := s.first; i < s.last; i++ {
		if s.d.time[i] > 0 {
			continue
		}
		q, ok := ParseQuantity(words[i-s.first:])
		if !ok {
			w := s.word(i)
			if (w == "a" || w == "an" || w == "one") && s.pos(i+1) != "" {
				q, ok = Quantity{Low: 1, Best: 1, High: 1, Len: 1}, true
			}
		}
		if !ok || q.Len == 0 {
			continue
		}
		// The quantity's own tokens must be numbers or number words.
		end := i + q.Len
		if end > s.last {
			continue
		}
		// the victims: the nominal phrase after the number
		k := end
		if s.word(k) == "of" && (s.word(k+1) == "them" || s.word(k+1) == "whom" || s.word(k+1) == "those" || s.word(k+1) == "the") {
			k += 2
			for k < s.last && s.nominal(k) {
				k++
			}
		} else if s.word(k) == "of" {
			k++
		}
		if w := s.word(k); (w == "wounded" || w == "injured") && s.pos(k+1) == "NOUN" {
			k++ // "two wounded passengers died": the participle describes them
		}
		whoFrom := k
		for k < s.last && k < whoFrom+5 && (s.nominal(k) && s.pos(k) != "DET") && casualtyWord[s.word(k)] == "" {
			if s.d.time[k] > 0 {
				break
			}
			k++
		}
		whoTo := k
		if whoTo > whoFrom && (nonPeople[s.word(whoTo-1)] || s.nonPerson(s.word(whoTo-1))) {
			i = end - 1
			continue
		}
		single := (s.word(i) == "a" || s.word(i) == "an" || s.word(i) == "one") && q.Best == 1 && q.Len == 1
		who := ""
		if whoTo > whoFrom {
			sp := s.span(whoFrom, whoTo)
			who = s.d.a.Document.Text[sp.Start:sp.End]
		}
		kind, toll := s.harmAfter(whoTo)
		if kind == "" && (!single || whoTo > whoFrom) {
			kind, toll = s.harmBefore(i)
		}
		if kind == "" && !single {
			if k, ok := s.tollBefore(i); ok {
				kind, toll = k, true
			}
		}
		if kind == "" {
			// "An officer and three soldiers were killed": the harm told
			// after the last of coordinated counts is each one's.
			kind = s.coordinatedHarm(whoTo)
		}
		if kind == "" && len(out) > 0 && s.word(i-1) == "and" && out[len(out)-1].to == i-1 {
			// "killed a commander and two of his guards": the harm told
			// before the first of coordinated counts is each one's.
			kind = out[len(out)-1].kind
		}
		if kind == "" && !single && s.word(whoTo) == "lives" && s.lemma(i-1) == "claim" {
			kind = "fatalities"
		}
		if kind == "" && !single && s.lemma(i-1) == "lose" && s.peopleWords(whoFrom, whoTo) && (s.word(whoTo) == "in" || s.word(whoTo) == "to") {
			kind = "fatalities" // "the army lost ten soldiers"
		}
		if kind == "" && !single && (s.word(whoTo) == "bodies" || s.word(whoTo-1) == "bodies" && whoTo > whoFrom || s.word(i-1) == "of" && s.word(i-2) == "bodies") {
			kind = "fatalities"
		}
		if kind == "" {
			continue
		}
		if single && whoTo == whoFrom {
			continue
		}
		out = append(out, casualty{kind: kind, q: q, who: who, from: i, to: max(whoTo, end), toll: toll})
		i = max(whoTo, end) - 1
	}
	return s.deaths(out)
}

// deaths finds the deaths of one person told with "die" or "succumb":
// "The chairman died from his wounds", "which he later died from".
func (s *sent) deaths(found []casualty) []casualty {
	for j := s.first; j < s.last; j++ {
		if l := s.lemma(j); l != "die" && l != "succumb" || s.pos(j) != "VERB" {
			continue
		}
		counted := false
		for _, c := range found {
			if c.kind == "fatalities" && c.from < j && j-c.to < 6 {
				counted = true
			}
		}
		if counted {
			continue
		}
		subj, ok := s.subjectOf(j, 0)
		if !ok {
			continue
		}
		w := s.d.lower[subj.from]
		h := s.d.lower[subj.headTok()]
		if _, isQ := ParseQuantity(s.d.lower[subj.from:subj.to]); isQ && w != "a" && w != "an" {
			continue
		}
		single := w == "he" || w == "she" || (w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || s.pos(subj.from) == "PROPN") && !strings.HasSuffix(h, "s")
		if !single || s.nonPerson(h) {
			continue
		}
		found = append(found, casualty{kind: "fatalities", q: Quantity{Low: 1, Best: 1, High: 1, Len: 1}, from: subj.from, to: subj.to})
	}
	return found
}

// nonPerson reports words that cannot die: "the bomb", "the attack".
func (s *sent) nonPerson(w string) bool {
	return weaponWords[w] != "" || w == "attack" || w == "vehicle" || w == "car" || w == "building" || w == "it" || w == "they"
}

// harmAfter reads the words after a count: "… were killed", "… dead",
// "… injured", "… died", "… of them were wounded".
func (s *sent) harmAfter(k int) (string, bool) {
	if s.word(k) == "," {
		// An apposition: "One policeman, identified as X, was killed".
		for j := k + 1; j < s.last && j < k+12; j++ {
			if s.word(j) == "," {
				k = j + 1
				break
			}
			if s.pos(j) == "VERB" && s.word(j) != "identified" && s.word(j) != "named" && s.word(j) != "aged" && s.word(j) != "including" {
				break
			}
		}
	}
	for j := k; j < s.last && j < k+5; j++ {
		w, l := s.word(j), s.lemma(j)
		if kind := casualtyWord[l]; kind != "" && (l != "held" || s.word(j+1) == "hostage") {
			return kind, false
		}
		if kind := casualtyWord[w]; kind != "" {
			return kind, false
		}
		if (l == "shoot" || l == "gun" || l == "hack" || l == "beat" || l == "stab" || l == "burn") && (s.word(j+1) == "dead" || s.word(j+1) == "down" || s.word(j+2) == "death") {
			return "fatalities", false
		}
		if w == "lost" && s.word(j+1) == "their" && s.word(j+2) == "lives" {
			return "fatalities", false
		}
		switch s.pos(j) {
		case "AUX", "ADV", "PART":
			continue
		}
		if beForms[w] || w == "have" || w == "had" || w == "has" || w == "reportedly" || w == "also" || hedgeVerbs[w] && s.word(j+1) == "dead" {
			continue
		}
		break
	}
	return "", false
}

// harmBefore reads the words before a count: "killing 12", "left 3 …
// dead" (read by harmAfter), "claimed 12 lives", "the death toll rose to
// 15", "arrested five suspects".
func (s *sent) harmBefore(i int) (string, bool) {
	for j := i - 1; j >= s.first && j >= i-5; j-- {
		w, l := s.word(j), s.lemma(j)
		if w == "toll" {
			if s.word(j-1) == "injury" || s.word(j-1) == "injured" {
				return "injuries", true
			}
			return "fatalities", true
		}
		verb := s.pos(j) == "VERB" || j == i-1 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
		if verb && s.attempted(j) {
			return "", false // "tried to lynch a man": no one was harmed
		}
		if kind := casualtyWord[l]; kind == "" && verb {
			kind = casualtyWord[strings.TrimSuffix(strings.TrimSuffix(w, "ing"), "ed")]
			if kind != "" && !s.beforeIsBe(j) {
				return kind, false
			}
		}
		if kind := casualtyWord[l]; kind != "" && verb && !s.beforeIsBe(j) {
			return kind, false
		}
		switch w {
		case "to", "at", "rose", "risen", "climbed", "reached", "stood", "stands", "is", "was", "has", "had",
			"now", "jumped", "increased", "the", "least", "more", "than", "over", "up", "about", "around", "nearly", "some":
			continue
		}
		if s.pos(j) == "ADV" {
			continue
		}
		break
	}
	return "", false
}

// attempted reports whether the verb at j is the complement of an
// attempt, threat or plan ("tried to lynch", "threatened to kill"): the
// harm it names did not happen.
func (s *sent) attempted(j int) bool {
	return s.word(j-1) == "to" && attemptVerbs[s.lemma(j-2)]
}

var attemptVerbs = map[string]bool{"try": true, "attempt": true, "seek": true, "threaten": true, "plan": true,
	"want": true, "vow": true, "intend": true}

// attachCasualties gives each count of the sentence to its event: the
// nearest event of the sentence that can have it (an assault or riot for
// the killed and injured; an arrest or abduction for the detained), else
// the last such event of the document (the text goes on about the same
// act). Counts of one event in one sentence add up ("3 soldiers and 2
// civilians were killed"); a later sentence's count replaces a smaller
// one, so a restated toll is never counted twice.
func attachCasualties(s *sent, evs []*event, cas []casualty, before []*event) []*event {
	added := map[*event]map[string]bool{}
	for _, c := range withinTolls(cas) {
		var best *event
		bestDist := 1 << 30
		for _, e := range evs {
			if !canHave(e, c.kind) {
				continue
			}
			d := e.trig - c.from
			if d < 0 {
				d = -d
			}
			if d < bestDist {
				best, bestDist = e, d
			}
		}
		if best == nil {
			for i := len(before) - 1; i >= 0; i-- {
				if canHave(before[i], c.kind) && before[i].ev.Status != doc.Negated {
					best = before[i]
					break
				}
			}
		}
		if best == nil {
			continue
		}
		cur := countOf(&best.ev, c.kind)
		who := doc.Str(c.who)
		n := &doc.Count{Low: c.q.Low, Best: c.q.Best, High: c.q.High, Who: who}
		switch {
		case *cur == nil:
			*cur = n
		case c.toll && (added[best][c.kind] || n.Best >= (*cur).Best):
			*cur = n
		case added[best][c.kind] && !c.toll && best.sent == s.index:
			(*cur).Low += n.Low
			(*cur).Best += n.Best
			(*cur).High += n.High
			if (*cur).Who != who {
				(*cur).Who = ""
			}
		case n.Best > (*cur).Best:
			*cur = n
		}
		if best.sent == s.index {
			s.victimsTarget(best, c)
		}
		if added[best] == nil {
			added[best] = map[string]bool{}
		}
		added[best][c.kind] = best.sent == s.index
	}
	return evs
}

func canHave(e *event, kind string) bool {
	switch kind {
	case "detained":
		return e.ev.Type == "COERCE" || e.ev.Type == "ASSAULT" && string(e.ev.Mode) == "abduct"
	}
	return e.ev.Type == "ASSAULT" || e.ev.Type == "PROTEST" && string(e.ev.Mode) == "riot"
}

func countOf(e *doc.Event, kind string) **doc.Count {
	switch kind {
	case "fatalities":
		return &e.Fatalities
	case "injuries":
		return &e.Injuries
	}
	return &e.Detained
}

// victimsTarget makes the people an attack killed or wounded its target
// when its target names no actor ("an attack on a security post killed
// 12 soldiers": the soldiers, not the post): the actor whose mention holds
// the count's noun.
func (s *sent) victimsTarget(e *event, c casualty) {
	if e.ev.Type != "ASSAULT" || c.kind == "detained" || e.tgtActor >= 0 || c.to <= c.from+1 {
		return
	}
	noun := s.span(c.to-1, c.to)
	for k := range s.d.a.Actors {
		act := &s.d.a.Actors[k]
		for _, m := range act.Mentions {
			if m.Start <= noun.Start && noun.End <= m.End {
				e.ev.Target = &doc.Arg{Actor: doc.Str(act.ID), Text: m.Text, Start: m.Start, End: m.End}
				e.tgtActor = k
				return
			}
		}
	}
}
