package quotes

// Linking a speaker phrase to an actor. The actors stage owns coreference:
// when one of its actors has a mention over the speaker phrase, that actor
// is the speaker. When it left the phrase unlinked, the phrase is resolved
// here among the actors, by salience and role rather than by nearness:
//
//   - a pronoun goes to the most recent earlier speaker whose gender (from
//     honorifics and pronoun mentions) does not clash, else to the most
//     recently mentioned person of that gender;
//   - a bare name goes to the actor whose name ends in it, preferring one
//     who has already spoken, then one whose roles share a word with the
//     phrase, then the most mentioned;
//   - a description ("the spokesperson") goes to the actor whose roles
//     hold its head noun, preferring one who has already spoken.
//
// One exception to following the actors stage: a bare surname ("Baloch
// said") shared by several people goes to the one with the most direct
// quotes so far when that is not the one the actors stage linked (which
// tends to be the nearest name): in a briefing, the spokesperson goes on
// speaking while paragraphs in between name another official of the same
// surname. A diagnostic records each such choice.

import (
	"fmt"
	"strings"
	"unicode"

	"sitrep/internal/doc"
)

// link sets q.actor for every quote with a speaker phrase and returns the
// doubts it met.
func link(a *doc.Analysis, qs []quote) []diag {
	if len(a.Actors) == 0 {
		return nil
	}
	t := a.Document.Text
	nm := &names{a: a}
	var diags []diag
	spoke := map[string]int{}  // actor id → quotes so far
	direct := map[string]int{} // actor id → direct quotes so far
	last := map[string]int{}   // actor id → offset of its latest speaker phrase
	done := map[int]string{}   // speaker phrase start → actor, for continued quotes
	for i := range qs {
		q := &qs[i]
		if !q.hasSpeaker {
			continue
		}
		if id, ok := done[q.speaker.start]; ok {
			q.actor = id
		} else {
			q.actor = byMention(a, q.speaker.start, q.speaker.end)
			if q.actor == "" {
				q.actor = resolve(a, nm, t, q.speaker, spoke, last)
			} else if alt := bySurname(a, nm, t, q.speaker, direct); alt != "" && alt != q.actor && direct[alt] > direct[q.actor] {
				diags = append(diags, diag{q.speaker.start, q.speaker.end, fmt.Sprintf(
					"speaker %q: actors linked %s, quotes chose %s, who has more direct quotes so far", t[q.speaker.start:q.speaker.end], q.actor, alt)})
				q.actor = alt
			}
			done[q.speaker.start] = q.actor
		}
		if q.actor != "" {
			spoke[q.actor]++
			if q.direct {
				direct[q.actor]++
			}
			last[q.actor] = max(last[q.actor], q.speaker.start)
		}
	}
	return diags
}

// bySurname returns, when p is a bare surname (with at most an honorific)
// shared by two or more people among the actors, the one with the most
// direct quotes so far; else "".
func bySurname(a *doc.Analysis, nm *names, t string, p phrase, direct map[string]int) string {
	if p.pronoun {
		return ""
	}
	fs := strings.Fields(t[p.start:p.end])
	if len(fs) == 2 {
		switch strings.ToLower(strings.TrimSuffix(fs[0], ".")) {
		case "mr", "mrs", "ms", "dr", "miss":
			fs = fs[1:]
		}
	}
	if len(fs) != 1 {
		return ""
	}
	sur := strings.ToLower(fs[0])
	best, n := "", 0
	for i, ac := range a.Actors {
		if ac.Kind != doc.KindPerson {
			continue
		}
		f := nm.get(i).name
		if len(f) < 2 || f[len(f)-1] != sur {
			continue
		}
		n++
		if best == "" || direct[ac.ID] > direct[best] {
			best = ac.ID
		}
	}
	if n < 2 {
		return ""
	}
	return best
}

// byMention returns the actor with a mention over the head of [s,e) (its
// last byte: "Foreign Office spokesperson Baloch" is Baloch, not the
// Foreign Office), else the actor whose mention overlaps it most.
func byMention(a *doc.Analysis, s, e int) string {
	best, bestN, bestHead := "", 0, false
	for _, ac := range a.Actors {
		for _, m := range ac.Mentions {
			lo, hi := max(s, m.Start), min(e, m.End)
			if hi <= lo {
				continue
			}
			head := m.Start < e && e <= m.End
			if head && !bestHead || head == bestHead && hi-lo > bestN {
				best, bestN, bestHead = ac.ID, hi-lo, head
			}
		}
	}
	return best
}

// gender returns 'm', 'f' or 0 for an actor, from honorifics in its name
// and pronouns among its mentions.
func gender(ac doc.Actor) byte {
	var g byte
	check := func(s string) {
		switch strings.ToLower(strings.TrimSuffix(s, ".")) {
		case "he", "him", "his", "mr", "himself":
			g = 'm'
		case "she", "her", "hers", "ms", "mrs", "herself", "miss":
			g = 'f'
		}
	}
	for _, f := range strings.Fields(ac.Name) {
		check(f)
	}
	for _, m := range ac.Mentions {
		for _, f := range strings.Fields(m.Text) {
			check(f)
		}
	}
	return g
}

// resolve picks the actor for a speaker phrase no actor mention covers.
func resolve(a *doc.Analysis, nm *names, t string, p phrase, spoke, last map[string]int) string {
	text := t[p.start:p.end]
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) == 0 {
		return ""
	}
	head := strings.Trim(ws[len(ws)-1], ".,")
	if p.pronoun {
		return resolvePronoun(a, nm, head, p.start, last)
	}
	best, bestScore := "", -1
	for i, ac := range a.Actors {
		w := nm.get(i)
		score := 0
		switch {
		case w.last == head:
			score = 100
		case w.hasRole(head):
			score = 50
		default:
			continue
		}
		if spoke[ac.ID] > 0 {
			score += 20 + min(spoke[ac.ID], 10)
		}
		for _, v := range ws[:len(ws)-1] {
			if w.hasRole(v) && !determiners[v] {
				score += 5
			}
		}
		score += min(len(ac.Mentions), 5)
		if score > bestScore {
			best, bestScore = ac.ID, score
		}
	}
	return best
}

// names holds, per actor of a document (by index into a.Actors), the
// lower-case words the linking rules compare, each worked out once per
// document on first use rather than once per speaker phrase.
type names struct {
	a    *doc.Analysis
	ws   []actorWords
	done []bool
}

// actorWords are the words of one actor's name and roles, in lower case.
type actorWords struct {
	name   []string // the words of the name
	last   string   // the last word of the name without trailing non-letters, or ""
	roles  []string // the words of every role
	gender byte     // gender(ac), once known is set
	known  bool
}

// get returns the words of actor i.
func (nm *names) get(i int) *actorWords {
	if nm.ws == nil {
		nm.ws = make([]actorWords, len(nm.a.Actors))
		nm.done = make([]bool, len(nm.a.Actors))
	}
	w := &nm.ws[i]
	if nm.done[i] {
		return w
	}
	nm.done[i] = true
	ac := nm.a.Actors[i]
	w.name = strings.Fields(strings.ToLower(ac.Name))
	if len(w.name) > 0 {
		w.last = strings.TrimRightFunc(w.name[len(w.name)-1], func(r rune) bool { return !unicode.IsLetter(r) })
	}
	for _, r := range ac.Roles {
		w.roles = append(w.roles, strings.Fields(strings.ToLower(r))...)
	}
	return w
}

// gender returns gender(a.Actors[i]), worked out once.
func (nm *names) gender(i int) byte {
	w := nm.get(i)
	if !w.known {
		w.gender, w.known = gender(nm.a.Actors[i]), true
	}
	return w.gender
}

// hasRole reports whether one of the actor's roles holds the word v.
func (w *actorWords) hasRole(v string) bool {
	for _, f := range w.roles {
		if f == v {
			return true
		}
	}
	return false
}

// resolvePronoun picks the actor a pronoun speaker at offset at refers to.
func resolvePronoun(a *doc.Analysis, nm *names, pro string, at int, last map[string]int) string {
	want := pronouns[pro]
	person := pro == "he" || pro == "she" || pro == "i"
	ok := func(i int) bool {
		if person != (a.Actors[i].Kind == doc.KindPerson) {
			return false
		}
		g := nm.gender(i)
		return want == 0 || g == 0 || g == want
	}
	// The most recent earlier speaker.
	best, bestAt := "", -1
	for i, ac := range a.Actors {
		if off, spoke := last[ac.ID]; spoke && off < at && off > bestAt && ok(i) {
			best, bestAt = ac.ID, off
		}
	}
	if best != "" {
		return best
	}
	// Else the most recently mentioned matching actor.
	for i, ac := range a.Actors {
		if !ok(i) {
			continue
		}
		for _, m := range ac.Mentions {
			if m.End <= at && m.Start > bestAt {
				best, bestAt = ac.ID, m.Start
			}
		}
	}
	return best
}
