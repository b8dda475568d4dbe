package quotes

// Finding the speaker is finding the subject of the cue: the noun phrase
// right before it ("Foreign Office spokesperson Mumtaz Zahra Baloch
// said"), skipping adverbs, auxiliaries and an appositive ("Smith, the
// party's leader, said"), or right after it in the inverted order of news
// style ("…," said the spokesperson). A phrase counts as a speaker when
// it is a pronoun, ends in a capitalised name, or ends in a role noun from
// the list below ("the spokesperson", "officials", "the ministry").

import "strings"

// pronouns are the personal pronouns that can be a speaker, with gender:
// 'm', 'f' or 0.
var pronouns = map[string]byte{
	"he": 'm', "she": 'f', "they": 0, "we": 0, "i": 0, "it": 0,
}

// roleNouns head a description of a speaker.
var roleNouns = wordSet(`spokesperson spokesman spokeswoman spokespeople spokesmen minister ministers
ministry official officials officer officers police president secretary chief head director
governor commander general ambassador envoy adviser advisor aide aides source sources analyst
analysts expert experts leader leaders mayor senator lawmaker lawmakers legislator legislators
candidate nominee chairman chairwoman chairperson chair member members statement report witness
witnesses resident residents villagers protesters protester activist activists lawyer lawyers
attorney judge court army military office department government council committee agency
embassy campaign group party company organisation organization pollster prosecutor prosecutors
investigator investigators diplomat diplomats correspondent deputy negotiator negotiators
representative representatives administration authorities authority doctor doctors medic
medics survivor survivors eyewitness eyewitnesses farmer farmers commissioner inspector
superintendent colonel major captain sergeant lieutenant premier king queen prince cleric
militants rebels insurgents fighters soldiers troops worker workers teacher student students
researcher researchers economist economists strategist strategists manager executive founder
organiser organizer organisers organizers observer observers monitor monitors mission
tribunal bureau directorate cabinet parliament assembly speaker cell unit force forces
regulator watchdog board panel union federation alliance coalition movement front
spokesperson's father mother brother sister son daughter wife husband uncle relative relatives
official's friend neighbour neighbor owner`)

// roleModifiers may stand inside a description before its head.
var roleModifiers = wordSet(`senior top former deputy acting chief foreign interior defence defense
press security military provincial local district regional federal government police state
national international interim caretaker prime vice assistant special presidential civilian
intelligence health finance information external home affairs public two three several many
some other another anonymous unnamed opposition party campaign election electoral justice
rights human young elderly retired veteran longtime long-time communications media senior-most
army navy air border tribal religious`)

// determiners open a description.
var determiners = wordSet(`the a an his her their its our this that these those another some many
most several both all each every one two three four five six`)

// notNames are capitalised words that start sentences or clauses and are
// not part of a name.
var notNames = wordSet(`but and or so yet the a an in on at when while however also meanwhile later
earlier asked speaking separately still this that these those then after before as if although
though because last next since until with without for from by to of he she it they we i you
there here what why how where who which mr mrs ms dr monday tuesday wednesday thursday friday
saturday sunday today yesterday tonight according during following despite among under over about
into through amid across around within back now instead indeed even once again finally
first second third thus therefore besides moreover furthermore nevertheless nonetheless
otherwise perhaps maybe yes no well oh please told added`)

// skippable are the words allowed between a subject and its cue.
var skippable = wordSet(`also later again previously earlier has had have was is were are would will
then further repeatedly reportedly once recently publicly privately first has had already
separately simply just only never even still often frequently flatly strongly bluntly openly
angrily quickly firmly told`)

// adjunctStart are the words that end a subject after an inverted cue.
var adjunctStart = wordSet(`in on at during after before while when who which that as to from for
with without by about late early last this yesterday today tonight monday tuesday wednesday
thursday friday saturday sunday`)

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// phrase is a speaker noun phrase: words ws[i:j] of its window.
type phrase struct {
	i, j       int
	start, end int
	pronoun    bool
}

// npWord reports whether w can be part of a speaker phrase, and whether it
// can end one (its head).
func npWord(w word) (part, head bool) {
	l := w.lower()
	switch {
	case w.capitalised() && !notNames[l]:
		return true, true
	case w.capitalised() && (l == "mr" || l == "mrs" || l == "ms" || l == "dr"):
		return true, false
	case strings.HasSuffix(l, "'s") && w.capitalised():
		return true, false
	case roleNouns[l]:
		return true, true
	case roleModifiers[l], l == "of", l == "for", l == "and":
		return true, false
	}
	if strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "'") {
		return true, false
	}
	return false, false
}

// subjectBefore returns the speaker phrase that ends before ws[c], the
// first word of a cue, skipping adverbs, auxiliaries and an appositive.
func subjectBefore(ws []word, c int) (phrase, bool) {
	k := c - 1
	for k >= 0 && skippable[ws[k].lower()] && ws[k].lower() != "told" {
		k--
	}
	// "Smith on Thursday said"
	if k >= 1 && isDay(ws[k].lower()) && ws[k-1].lower() == "on" {
		k -= 2
	}
	if k < 0 {
		return phrase{}, false
	}
	if ws[k].text == "," {
		// Appositive: "Smith, the party's leader, said". Find the comma
		// that opens it and take the phrase before that.
		for m := k - 1; m >= 0 && m >= k-30; m-- {
			if ws[m].text == "," {
				if p, ok := phraseEndingAt(ws, m-1); ok {
					return p, true
				}
				break
			}
			if ws[m].text == "." || ws[m].text == ";" || ws[m].text == ":" {
				break
			}
		}
		return phrase{}, false
	}
	if ws[k].lower() == "and" {
		// "She then urges her husband to get out of the car and says":
		// the coordinated verb shares the clause's subject.
		return firstSubject(ws[:k])
	}
	p, ok := phraseEndingAt(ws, k)
	if !ok {
		return p, false
	}
	if m := p.i - 1; m >= 1 && prepositions[ws[m].lower()] {
		// The phrase is the object of a preposition. "Protesters
		// marching through the streets chanted": skip the participle;
		// "officials in the ministry said": take the whole phrase.
		if l := ws[m-1].lower(); strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed") {
			return phraseEndingAt(ws, m-2)
		}
		if q, ok := phraseEndingAt(ws, m-1); ok {
			q.j, q.end = p.j, p.end
			return q, true
		}
		return phrase{}, false
	}
	// "A shopkeeper who witnessed the raid said": the subject is the
	// phrase before the relative pronoun.
	for m := p.i - 1; m >= 1 && m >= p.i-3; m-- {
		if l := ws[m].lower(); l == "who" || l == "which" {
			if q, ok := phraseEndingAt(ws, m-1); ok {
				return q, true
			}
			break
		}
		if !ws[m].isWord() {
			break
		}
	}
	return p, plausible(ws, p)
}

// timeWords name times, which are never speakers: "the town in
// February said", "three months alone".
var timeWords = wordSet(`year years month months week weeks day days hour hours minute minutes
moment time times decade decades century night morning afternoon evening weekend
january february march april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today yesterday alone`)

// plausible reports whether p can name a speaker: its head is not a time
// word and it holds no adverb.
func plausible(ws []word, p phrase) bool {
	if p.pronoun {
		return true
	}
	if timeWords[ws[p.j-1].lower()] {
		return false
	}
	for _, w := range ws[p.i:p.j] {
		if l := w.lower(); strings.HasSuffix(l, "ly") && !w.capitalised() && !roleNouns[l] && !roleModifiers[l] {
			return false
		}
	}
	return true
}

func isDay(s string) bool {
	switch s {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday":
		return true
	}
	return false
}

// phraseEndingAt returns the speaker phrase whose last word is ws[k]. A
// bracketed aside before the cue ("Rep. Gwen Moore (D-Wis.) said") is
// skipped.
func phraseEndingAt(ws []word, k int) (phrase, bool) {
	if k >= 1 && ws[k].text == ")" {
		m := k - 1
		for m >= 0 && m > k-10 && ws[m].text != "(" {
			m--
		}
		if m >= 1 && ws[m].text == "(" {
			p, ok := phraseEndingAt(ws, m-1)
			if ok {
				p.j, p.end = k+1, ws[k].end
			}
			return p, ok
		}
		return phrase{}, false
	}
	if k < 0 {
		return phrase{}, false
	}
	if _, ok := pronouns[ws[k].lower()]; ok {
		return phrase{i: k, j: k + 1, start: ws[k].start, end: ws[k].end, pronoun: true}, true
	}
	if _, head := npWord(ws[k]); !head {
		return genericBefore(ws, k)
	}
	i := k
	for i-1 >= 0 {
		w := ws[i-1]
		if part, _ := npWord(w); part {
			i--
			continue
		}
		if determiners[w.lower()] {
			i--
			// "the head of the agency"
			if i-1 >= 0 && (ws[i-1].lower() == "of" || ws[i-1].lower() == "for") {
				i--
				continue
			}
		}
		break
	}
	// "The militant group": unknown modifiers up to a determiner.
	for m := i - 1; m >= 0 && m >= i-2; m-- {
		l := ws[m].lower()
		if determiners[l] && l != "that" && l != "this" {
			i = m
			break
		}
		if _, isCue := cueForms[l]; isCue || !ws[m].isWord() || ws[m].capitalised() || skippable[l] || adjunctStart[l] || l == "who" || l == "which" {
			break
		}
	}
	// A phrase cannot open with a connector.
	for i < k && (ws[i].lower() == "of" || ws[i].lower() == "for" || ws[i].lower() == "and") {
		i++
	}
	return phrase{i: i, j: k + 1, start: ws[i].start, end: ws[k].end}, true
}

// prepositions open a phrase that cannot be a subject.
var prepositions = wordSet(`in at on from for with through across into near outside inside within by
under over around among against along behind beyond toward towards`)

// functionWords can never head a speaker phrase.
var functionWords = wordSet(`and or but nor to of as than so if then also not no yes there here
very more most less`)

// firstSubject returns the subject at the start of a clause, after a
// dateline and an opening adverbial.
func firstSubject(ws []word) (phrase, bool) {
	d := skipDateline(ws)
	ws2 := ws[d:]
	k := 0
	if len(ws2) > 0 && (adjunctStart[ws2[0].lower()] || notNames[ws2[0].lower()] && !determiners[ws2[0].lower()]) {
		if _, ok := pronouns[ws2[0].lower()]; !ok {
			for m := 1; m < len(ws2); m++ {
				if ws2[m].text == "," {
					k = m + 1
					break
				}
			}
		}
	}
	if k >= len(ws2) {
		return phrase{}, false
	}
	for tries := 0; ; tries++ {
		var p phrase
		if _, ok := pronouns[ws2[k].lower()]; ok {
			p = phrase{i: k, j: k + 1, start: ws2[k].start, end: ws2[k].end, pronoun: true}
		} else {
			var ok bool
			if p, ok = subjectAfter(ws2, k); !ok {
				return phrase{}, false
			}
		}
		// "Speaking in Salem, New Hampshire, Trump …": a phrase followed
		// by a comma still belongs to the opening adverbial.
		if k > 0 && tries < 3 && !p.pronoun && p.j+1 < len(ws2) && ws2[p.j].text == "," {
			k = p.j + 1
			continue
		}
		p.i, p.j = p.i+d, p.j+d
		return p, true
	}
}

// genericBefore accepts a description with any lower-case head when a
// determiner opens it within four words: "The New York businessman says".
func genericBefore(ws []word, k int) (phrase, bool) {
	w := ws[k]
	if _, isCue := cueForms[w.lower()]; isCue || !w.isWord() || w.capitalised() || skippable[w.lower()] || adjunctStart[w.lower()] || determiners[w.lower()] || functionWords[w.lower()] || prepositions[w.lower()] {
		return phrase{}, false
	}
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		l := ws[i].lower()
		if determiners[l] && l != "that" && l != "this" {
			return phrase{i: i, j: k + 1, start: ws[i].start, end: w.end}, true
		}
		if !ws[i].isWord() || adjunctStart[l] || skippable[l] {
			break
		}
	}
	return phrase{}, false
}

// subjectAfter returns the speaker phrase that starts at ws[k], as after an
// inverted cue ("said the spokesperson", "added Ms. Baloch", "said Rep.
// Gwen Moore (D-Wis.)", "said the businessman").
func subjectAfter(ws []word, k int) (phrase, bool) {
	if k >= len(ws) {
		return phrase{}, false
	}
	if _, ok := pronouns[ws[k].lower()]; ok && ws[k].lower() != "it" {
		return phrase{i: k, j: k + 1, start: ws[k].start, end: ws[k].end, pronoun: true}, true
	}
	j := k
	det := determiners[ws[j].lower()] && ws[j].lower() != "that" && ws[j].lower() != "this"
	if det {
		j++
	}
	last, generic := -1, -1
	for ; j < len(ws); j++ {
		w := ws[j]
		l := w.lower()
		if w.text == "(" && last == j-1 {
			// A bracketed aside after a name: (D-Wis.)
			m := j + 1
			for m < len(ws) && m < j+10 && ws[m].text != ")" {
				m++
			}
			if m < len(ws) && ws[m].text == ")" {
				last, j = m, m
				continue
			}
			break
		}
		if adjunctStart[l] && !w.capitalised() {
			break
		}
		if (l == "the" || l == "a") && j > k && (ws[j-1].lower() == "of" || ws[j-1].lower() == "for") {
			continue
		}
		part, head := npWord(w)
		if !part && !w.capitalised() && w.isWord() && j+1 < len(ws) && roleNouns[ws[j+1].lower()] && !skippable[l] && !determiners[l] {
			// "rescue officials", "militant commanders"
			if _, isCue := cueForms[l]; !isCue {
				part = true
			}
		}
		if !part {
			// A lower-case head of unknown kind ("the businessman", "The
			// New York businessman"), only right after the determiner, a
			// capitalised modifier or another such word.
			_, isCue := cueForms[l]
			follows := last < 0 || last == j-1 && ws[last].capitalised() || generic == j-1 && generic > last
			if det && follows && w.isWord() && !w.capitalised() && j-k <= 4 && !skippable[l] && !isCue &&
				!determiners[l] && !functionWords[l] && !prepositions[l] {
				generic = j
				continue
			}
			break
		}
		if head {
			last = j
		}
	}
	stopsAtCue := false
	if j < len(ws) {
		_, stopsAtCue = cueForms[ws[j].lower()]
	}
	if generic > last && (j >= len(ws) || !ws[j].isWord() || adjunctStart[ws[j].lower()] || stopsAtCue || skippable[ws[j].lower()]) {
		last = generic
	}
	if last < 0 {
		return phrase{}, false
	}
	p := phrase{i: k, j: last + 1, start: ws[k].start, end: ws[last].end}
	return p, plausible(ws, p)
}

// subjectForward returns the speaker phrase that starts at ws[k] and is
// followed by its cue ("she said", "Smith, the leader, told"), with the
// cue.
func subjectForward(ws []word, k int) (phrase, cue, bool) {
	if k >= len(ws) {
		return phrase{}, cue{}, false
	}
	var p phrase
	if _, ok := pronouns[ws[k].lower()]; ok {
		p = phrase{i: k, j: k + 1, start: ws[k].start, end: ws[k].end, pronoun: true}
	} else {
		var ok bool
		if p, ok = subjectAfter(ws, k); !ok {
			return phrase{}, cue{}, false
		}
	}
	j := p.j
	if j < len(ws) && ws[j].text == "," {
		// Appositive up to the next comma.
		m := j + 1
		for m < len(ws) && m < j+30 && ws[m].text != "," && ws[m].text != ";" {
			m++
		}
		if m < len(ws) && ws[m].text == "," {
			// "another witness, Gul Bibi, said": the name is the speaker.
			if !p.pronoun && !ws[p.j-1].capitalised() && isName(ws[j+1:m]) {
				p = phrase{i: j + 1, j: m, start: ws[j+1].start, end: ws[m-1].end}
			}
			j = m + 1
			// An appositive with commas of its own: "Mr. Daniloff, now
			// 81 and retired in Cambridge, Mass., said".
			if _, ok := cueAt(ws, skipSkippable(ws, j)); !ok {
				for n := j; n < len(ws) && n < m+20 && ws[n].text != ";"; n++ {
					if ws[n].text != "," {
						continue
					}
					if _, ok := cueAt(ws, skipSkippable(ws, n+1)); ok && n+1 < len(ws) {
						j = n + 1
						break
					}
				}
			}
		}
	}
	for j < len(ws) && skippable[ws[j].lower()] && ws[j].lower() != "told" {
		j++
	}
	if j+1 < len(ws) && ws[j].lower() == "on" && isDay(ws[j+1].lower()) {
		j += 2
	}
	if j >= len(ws) {
		return phrase{}, cue{}, false
	}
	c, ok := cueAt(ws, j)
	if !ok || c.lemma == "according to" {
		return phrase{}, cue{}, false
	}
	return p, c, true
}

// isName reports whether ws is a short run of capitalised words.
func isName(ws []word) bool {
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	for _, w := range ws {
		if !w.capitalised() || notNames[w.lower()] {
			return false
		}
	}
	return true
}

// skipDateline returns the index of the first word after a dateline
// ("KHAR:", "NEW YORK —") at the start of ws, or 0.
func skipDateline(ws []word) int {
	if len(ws) == 0 || !ws[0].isWord() || strings.ToUpper(ws[0].text) != ws[0].text || len(ws[0].text) < 2 {
		return 0
	}
	// "KHAR:", "NEW YORK —", "WASHINGTON (AP) —", "LONDON, Dec 7 -"
	for i := 1; i < len(ws) && i < 9; i++ {
		if ws[i].text == ":" || isDash(ws[i].text) {
			return i + 1
		}
		if ws[i].text == "." {
			break
		}
	}
	return 0
}

// skipSkippable returns the index of the first word from j that is not an
// adverb or auxiliary allowed between a subject and its cue.
func skipSkippable(ws []word, j int) int {
	for j < len(ws) && skippable[ws[j].lower()] && ws[j].lower() != "told" {
		j++
	}
	return min(j, len(ws)-1)
}
