package events

// Running tolls. Follow-up reports restate a casualty figure as a total
// that has grown: "the death toll rose to 14", "the number of people
// killed in the strikes has risen to 18", "…, bringing the number of
// soldiers killed in the attack to five". The figure is the act's whole
// count: it replaces what the act had, and the deaths a side clause
// tells in the same sentence ("after a wounded woman died") are already
// in it.

// tollBefore reads a running total before the count at token i: the
// count follows "to" (with "at least", "more than" … between), and
// before it, in the same clause chain, a toll noun ("toll", "number",
// "tally", "count") whose people are killed, dead or hurt, with a verb of
// growth ("rise", "climb", "bring", "take") between the noun and the
// count. It returns the kind of count and whether it found one.
func (s *sent) tollBefore(i int) (string, bool) {
	j := i - 1
	for j >= s.first && tollHedges[s.word(j)] {
		j--
	}
	if s.word(j) != "to" {
		return "", false
	}
	grows := false
	for k := j - 1; k >= s.first && k >= j-30; k-- {
		w := s.word(k)
		if w == ";" || w == ":" {
			return "", false
		}
		if tollGrowth[s.lemma(k)] || tollGrowth[w] {
			grows = true
			continue
		}
		if !tollNouns[w] {
			continue
		}
		if !grows && !s.tollObject(k) {
			continue
		}
		if w == "toll" {
			switch s.word(k - 1) {
			case "injury", "injured", "casualty":
				if s.word(k-1) == "casualty" {
					return "fatalities", true
				}
				return "injuries", true
			}
			return "fatalities", true
		}
		// "the number of people killed", "the number of dead": the kind is
		// the harm word that follows within a few words.
		for m := k + 1; m < j && m <= k+6; m++ {
			if kind := casualtyWord[s.lemma(m)]; kind != "" && s.lemma(m) != "held" {
				return kind, true
			}
			if kind := casualtyWord[s.word(m)]; kind != "" {
				return kind, true
			}
			if s.word(m) == "deaths" || s.word(m) == "fatalities" {
				return "fatalities", true
			}
		}
	}
	return "", false
}

// tollObject reports whether the toll noun at k is the object of a verb
// that takes it up: "bringing the death toll to 14", "took the number of
// dead to 30".
func (s *sent) tollObject(k int) bool {
	for j := k - 1; j >= s.first && j >= k-3; j-- {
		if l := s.lemma(j); l == "bring" || l == "take" || l == "push" || l == "raise" {
			return true
		}
		if s.pos(j) != "DET" && s.pos(j) != "ADJ" && s.pos(j) != "NOUN" {
			return false
		}
	}
	return false
}

// tollHedges may stand between "to" and the count: "rose to at least 15".
var tollHedges = map[string]bool{"at": true, "least": true, "more": true, "than": true, "over": true,
	"about": true, "nearly": true, "almost": true, "some": true, "around": true, "roughly": true}

// tollNouns name a running count of people.
var tollNouns = map[string]bool{"toll": true, "number": true, "tally": true, "count": true}

// tollGrowth are the verbs (lemmas and forms the lemmatizer may leave)
// that take a toll up to a figure.
var tollGrowth = map[string]bool{"rise": true, "rose": true, "risen": true, "climb": true, "jump": true,
	"increase": true, "mount": true, "grow": true, "swell": true, "soar": true, "bring": true, "take": true,
	"push": true, "raise": true}

// coordinatedHarm reads the harm of a count joined by "and" to the next
// one ("An officer and three soldiers were killed", "a woman and her two
// children died"): k is the token after the first count's phrase. It
// returns "" when no count follows "and" or no harm follows it.
func (s *sent) coordinatedHarm(k int) string {
	if s.word(k) != "and" {
		return ""
	}
	j := k + 1
	if possessive[s.word(j)] {
		j++
	}
	q, ok := ParseQuantity(s.d.lower[j:s.last])
	if !ok {
		if w := s.word(j); w != "a" && w != "an" && w != "one" {
			return ""
		}
		q = Quantity{Low: 1, Best: 1, High: 1, Len: 1}
	}
	m := j + q.Len
	for m < s.last && m < j+q.Len+5 && s.nominal(m) && s.pos(m) != "DET" && casualtyWord[s.word(m)] == "" {
		m++
	}
	if m == j+q.Len || nonPeople[s.word(m-1)] || s.nonPerson(s.word(m-1)) {
		return ""
	}
	kind, _ := s.harmAfter(m)
	return kind
}

// withinTolls drops the counts of a sentence that its running total of
// the same kind already holds: "has risen to six after a wounded woman
// died" is six deaths, not seven.
func withinTolls(cas []casualty) []casualty {
	toll := map[string]bool{}
	for _, c := range cas {
		if c.toll {
			toll[c.kind] = true
		}
	}
	if len(toll) == 0 {
		return cas
	}
	var out []casualty
	for _, c := range cas {
		if c.toll || !toll[c.kind] {
			out = append(out, c)
		}
	}
	return out
}

// hedgeVerbs stand between a count and "dead" in reports not yet
// confirmed: "dozens are feared dead", "six were presumed dead".
var hedgeVerbs = map[string]bool{"feared": true, "believed": true, "presumed": true, "confirmed": true,
	"reported": true, "declared": true}

// peopleWords reports whether tokens [from, to) are a phrase whose head
// names people ("ten soldiers", "two of its fighters"), not things
// ("three seats").
func (s *sent) peopleWords(from, to int) bool {
	if to <= from {
		return false
	}
	return s.people(np{from: from, to: to, actor: -1})
}
