package actors

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"sitrep/internal/doc"
)

// people is the first pass: every named person, by dictionary name,
// honorific, title, apposition or ner entity, and every reference back to
// a person (surname, description, pronoun), left to right so that a later
// "Ms Baloch" or "she" links to an earlier "Mumtaz Zahra Baloch".
func (s *state) people() {
	ner := s.entitySpans(doc.Person)
	defer func() { s.sc.spans = ner }()
	for i := 0; i < len(s.ws); i++ {
		if s.used[i] {
			continue
		}
		if m := s.matchAt(i); m != nil {
			if c, ok := m.has(candEntry); ok && s.lx.entries[c.entry].Kind == "person" {
				s.person(m.i, m.i, m.j, c.entry, "", "kb "+c.source)
				i = m.j - 1
				continue
			}
			if c, ok := m.has(candHonorific); ok && s.softBreak(m.j-1) {
				if j := s.nameRun(m.j); j > m.j {
					s.person(m.i, m.j, j, -1, c.gender, "honorific")
					i = j - 1
					continue
				}
			}
			if s.titleHead(m) && s.softBreak(m.j-1) {
				if j := s.nameRun(m.j); j > m.j {
					s.person(m.j, m.j, j, -1, "", "title")
					i = j - 1
					continue
				}
			}
			if has(m, candTitle) && !has(m, candCollective) && !s.isOrg(m) && !s.leadsToName(m.j) {
				s.description(m)
			}
			i = m.j - 1
			continue
		}
		if j := ner[i]; j > 0 {
			s.person(i, i, j, -1, "", "ner.person")
			i = j - 1
			continue
		}
		w := s.ws[i]
		if g, ok := pronounOf(s.t[w.start:w.end]); ok {
			s.pronoun(i, g)
			continue
		}
		if w.upper && !w.is(fNotName) {
			j := s.nameRun(i)
			switch {
			case j > i+1 && !s.apposition(j).empty():
				// "Ahmed Raza, a spokesman for the army,"
				s.person(i, i, j, -1, "", "apposition")
			case j > i+1 && (s.titleBefore(i).titled || s.titleBeforeComma(i).titled):
				// "Ambassador to Afghanistan Ubaid Nizamani"
				s.person(i, i, j, -1, "", "title")
			case j > i:
				s.surname(i, j) // "Baloch said"
			}
			if j > i {
				i = j - 1
			}
		}
	}
}

// pronounOf returns pronounGender(strings.ToLower(text)) without lowering
// (and allocating) for the plain ASCII words that make most of a text.
func pronounOf(text string) (string, bool) {
	var buf [len("herself")]byte
	if !alnumASCII(text) {
		return pronounGender(strings.ToLower(text))
	}
	if len(text) > len(buf) {
		return "", false
	}
	for k := 0; k < len(text); k++ {
		c := text[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return pronounGender(string(buf[:len(text)]))
}

// leadsToName reports whether the title words from word k on run into a
// name ("Chinese Special Envoy on Afghan Affairs Yue Xiaoyong"): then the
// title belongs to that name and is no description.
func (s *state) leadsToName(k int) bool {
	comma := false // one comma may stand before the name: "The spokesman of the ministry, NAME"
	for k < len(s.ws) && k > 0 && s.ws[k].sent == s.ws[k-1].sent && (s.softBreak(k-1) || !comma && s.ws[k-1].punct == ",") {
		if s.ws[k-1].punct == "," {
			comma = true
		}
		if m := s.matchAt(k); m != nil {
			if c, ok := m.has(candEntry); ok && s.lx.entries[c.entry].Kind == "person" {
				return true
			}
			if !s.usableInTitle(m) {
				return false
			}
			k = m.j
			continue
		}
		w := s.ws[k]
		switch {
		case w.is(fConnector) && !w.upper || w.is(fTitleWord):
			k++
		case w.upper && !w.is(fNotName):
			return true
		default:
			return false
		}
	}
	return false
}

// entitySpans maps the first word of each entity of type typ to one past
// its last word, for entities that fall on word boundaries: out[i] is 0
// where no entity starts at word i. It fills s.sc.spans, which the
// caller gives back when done with it.
func (s *state) entitySpans(typ string) []int {
	out := grow(s.sc.spans, len(s.ws))
	clear(out)
	if len(s.a.Entities) == 0 {
		return out
	}
	if s.places == nil {
		s.places = newSpanSet(s.a.Places, s.sc.places[:0])
		s.sc.places = s.places.spans
	}
	for _, e := range s.a.Entities {
		if e.Type != typ || s.places.overlaps(e.Span()) {
			continue // not typ, or the geo stage made it a place
		}
		i, ok1 := s.wordStarting(e.Start)
		j, ok2 := s.wordEnding(e.End)
		if ok1 && ok2 && j > i {
			out[i] = j
		}
	}
	return out
}

// spanSet is a set of spans that answers "does any overlap this one?"
// without looking at them all.
type spanSet struct {
	spans  []doc.Span // by start
	maxLen int
}

// newSpanSet returns the set of the places' mentions, appended to buf.
func newSpanSet(places []doc.Place, buf []doc.Span) *spanSet {
	ss := &spanSet{spans: buf}
	for _, p := range places {
		for _, m := range p.Mentions {
			ss.spans = append(ss.spans, doc.Span{Start: m.Start, End: m.End})
			ss.maxLen = max(ss.maxLen, m.End-m.Start)
		}
	}
	slices.SortFunc(ss.spans, func(x, y doc.Span) int { return cmp.Compare(x.Start, y.Start) })
	return ss
}

// overlaps reports whether a span of the set overlaps sp.
func (ss *spanSet) overlaps(sp doc.Span) bool {
	// One that does starts after sp.Start-maxLen and before sp.End.
	k, _ := slices.BinarySearchFunc(ss.spans, sp.Start-ss.maxLen+1, func(x doc.Span, off int) int { return cmp.Compare(x.Start, off) })
	for ; k < len(ss.spans) && ss.spans[k].Start < sp.End; k++ {
		if ss.spans[k].Overlaps(sp) {
			return true
		}
	}
	return false
}

// wordStarting returns the index of the word that starts at byte off.
// Words are in text order and never overlap, so both their starts and
// their ends increase strictly and a binary search finds them.
func (s *state) wordStarting(off int) (int, bool) {
	k := sort.Search(len(s.ws), func(k int) bool { return s.ws[k].start >= off })
	return k, k < len(s.ws) && s.ws[k].start == off
}

// wordEnding returns one past the index of the word that ends at byte off.
func (s *state) wordEnding(off int) (int, bool) {
	k := sort.Search(len(s.ws), func(k int) bool { return s.ws[k].end >= off })
	return k + 1, k < len(s.ws) && s.ws[k].end == off
}

// nameRun returns the end of a run of capitalised words starting at word
// k that can be a person's name ("Ahmed Khan", "Mohammed bin Salman"), or
// k when there is none. A run that a dictionary entry covers is left to
// that entry.
func (s *state) nameRun(k int) int {
	if k >= len(s.ws) {
		return k
	}
	sent := s.ws[k].sent
	j := k
	for j < len(s.ws) && j < k+5 {
		w := s.ws[j]
		if w.sent != sent || s.used[j] {
			break
		}
		if s.cover[j] >= 0 {
			break
		}
		if w.upper && !w.caps && !w.is(fNotName) || j > k && w.is(fParticle) && j+1 < len(s.ws) && s.ws[j+1].upper || isInitial(w) {
			j++
			if w.poss || !s.softBreak(j-1) {
				break
			}
			continue
		}
		break
	}
	// Do not end on a particle or an initial.
	for j > k && (s.ws[j-1].is(fParticle) && !s.ws[j-1].upper || isInitial(s.ws[j-1])) {
		j--
	}
	// "Sir Ganga Ram Hospital" is a building, not a person.
	for x := k; x < j; x++ {
		if s.ws[x].is(fPlaceOrOrg) {
			return k
		}
	}
	return j
}

// person resolves the name in words [ni, nj), with a mention from word
// ms (which may include an honorific), and records the mention.
func (s *state) person(ms, ni, nj, entry int, gender, rule string) {
	ti := s.titleBefore(ms)
	if ti.empty() {
		ti = s.titleBeforeComma(ms)
	}
	if gender == "" {
		gender = ti.gender
	}
	ap := s.apposition(nj)
	nameKey := s.keys(ni, nj)
	last := s.ws[nj-1].key
	var ac *actor
	if entry < 0 {
		ac = s.linkPerson(nameKey, last, nj-ni, gender, ti, ap, ms)
		if ac != nil {
			rule = ""
		}
	}
	if entry < 0 && (nj-ni == 1 || gender != "" || !ti.empty()) && (ac == nil || !s.fits(ac.roles, ti, ap)) {
		if e := s.kbBySurname(last, nj-ni, ti, ap); e >= 0 && (ac == nil || s.entryFits(e, ti, ap)) {
			entry, ac = e, nil
			rule = "kb.surname+" + rule
		}
	}
	switch {
	case ac != nil:
	case entry >= 0:
		ac = s.personActor(entry, rule)
	default:
		name := s.t[s.ws[ni].start:s.ws[nj-1].end]
		ac = s.get("person:"+nameKey, func(ac *actor) {
			*ac = actor{name: name, kind: "person", entry: -1, rule: rule,
				names: []string{nameKey}, surnames: []string{last}}
		})
	}
	if ac.gender == "" {
		ac.gender = gender
	}
	s.applyTitle(ac, ti)
	s.applyTitle(ac, ap)
	for k := ti.i; k < ti.j; k++ {
		s.used[k] = true
	}
	for k := ap.i; k < ap.j; k++ {
		s.used[k] = true
	}
	from := ms
	if !ti.empty() && ti.i < from {
		from = ti.i
	}
	s.mentionFrom(ac, ms, nj, from)
}

// personActor returns the actor of a dictionary person, coded for the day.
func (s *state) personActor(ei int, rule string) *actor {
	e := s.lx.entries[ei]
	return s.get("kb:"+e.ID, func(ac *actor) {
		p, ok := e.On(s.day)
		*ac = actor{name: e.Names[0], kind: "person", kb: e.ID, entry: ei, gender: e.Gender, country: p.Country,
			rule: strings.TrimSpace(rule)}
		if !strings.Contains(ac.rule, p.Source) {
			ac.rule += " " + p.Source
		}
		// (Capacities cut: an append to the actor's lists copies them.)
		if ns := s.lx.names[ei]; len(ns) > 0 {
			ac.names = ns[:len(ns):len(ns)]
		}
		if ls := s.lx.lasts[ei]; len(ls) > 0 {
			ac.surnames = ls[:len(ls):len(ls)]
		}
		if ok || s.day == "" {
			ac.sector = p.Sector
			if p.Role != "" {
				ac.roles = []string{p.Role}
			}
		} else {
			s.a.Diagnose("actors", doc.Span{}, e.Names[0]+" ("+e.ID+") holds no post in the dictionary on "+s.day+"; country from the nearest period, sector from the text if any")
		}
		ac.code = p.Code
		if ac.code == "" {
			ac.code = code(ac.country, ac.sector)
		}
	})
}

func dictKeys(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.key
	}
	return strings.Join(parts, " ")
}

// applyTitle adds what a title says to a person: the role always (unless
// a role already says it), country and sector only when the dictionary
// did not give them for the day.
func (s *state) applyTitle(ac *actor, t title) {
	if t.empty() {
		return
	}
	if t.gender != "" && ac.gender == "" {
		ac.gender = t.gender
	}
	if len(t.heads) == 0 && t.country == "" && t.sector == "" {
		return
	}
	if t.role != "" && !s.roleKnown(ac.roles, t.role) && !(ac.kb != "" && len(ac.roles) > 0 && (s.covers(t.role, ac.roles) || t.sector != ac.sector)) {
		// A dictionary person's role stands; a title adds a role only
		// when it says more in the same sector ("Lt Gen" after the
		// post, or "Sheikh", adds nothing).
		ac.roles = append(ac.roles, t.role)
	}
	changed := false
	if ac.country == "" && ac.code == "" {
		switch {
		case t.country != "":
			ac.country = t.country
			changed = true
		case t.code == "" && s.home >= 0 && len(t.heads) > 0:
			ac.country = s.lx.countries[s.home].ISO3
			ac.rule += "+context"
			changed = true
		}
	}
	if ac.sector == "" && t.sector != "" {
		ac.sector = t.sector
		changed = true
		if t.source != "" && !strings.Contains(ac.rule, t.source) {
			ac.rule += " " + t.source
		}
	}
	if t.code != "" && ac.code == "" {
		ac.code = t.code
		return
	}
	if changed && (ac.kb == "" || ac.code == "" || ac.code == ac.country) {
		ac.code = code(ac.country, ac.sector)
	}
}

// headFit returns the number of words of the longest head that roles
// hold, or 0: "Prime Minister" fits a prime minister better than a chief
// minister.
func (s *state) headFit(roles, heads []string) int {
	best := 0
	for _, h := range heads {
		if n := countFields(h); n > best && s.roleKnown(roles, h) {
			best = n
		}
	}
	return best
}

// fits reports whether a title or apposition head is in roles.
func (s *state) fits(roles []string, ts ...title) bool {
	for _, t := range ts {
		for _, h := range t.heads {
			if s.roleKnown(roles, h) {
				return true
			}
		}
	}
	return false
}

// entryFits reports whether the dictionary person's role on the day fits
// a title or apposition head.
func (s *state) entryFits(ei int, ts ...title) bool {
	p, ok := s.lx.entries[ei].On(s.day)
	return ok && p.Role != "" && s.fits([]string{p.Role}, ts...)
}

// covers reports whether role holds every word of one of roles.
func (s *state) covers(role string, roles []string) bool {
	for _, r := range roles {
		if s.roleKnown([]string{role}, r) {
			return true
		}
	}
	return false
}

// roleKnown reports whether every word of role is in one of roles.
func (s *state) roleKnown(roles []string, role string) bool {
	words := s.roleWords(role)
	for _, r := range roles {
		have := s.roleWords(r)
		all := true
		for _, w := range words {
			found := false
			for _, h := range have {
				if h == w {
					found = true
					break
				}
			}
			if !found {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// roleWords is the package roleWords, remembered for the document: the
// same few roles and heads are compared again and again.
func (s *state) roleWords(role string) []string {
	if ws, ok := s.roles[role]; ok {
		return ws
	}
	if s.roles == nil {
		s.roles = map[string][]string{}
		s.sc.roles = s.roles
	}
	ws := roleWords(role)
	s.roles[role] = ws
	return ws
}

// countFields returns len(strings.Fields(s)) without making the list.
func countFields(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// roleWords splits a role into lower-case words, without determiners and
// connectors ("spokesman of the ministry" → spokesman, ministry).
func roleWords(s string) []string {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := ws[:0]
	for _, w := range ws {
		if w != "the" && w != "a" && w != "an" && !connectors[w] {
			out = append(out, w)
		}
	}
	return out
}

// linkPerson finds the person of the document that a name refers to:
// the same full name, or the same surname when the name is one word,
// preferring a person whose role fits the title, whose gender fits the
// honorific, then the most recently mentioned.
func (s *state) linkPerson(nameKey, last string, n int, gender string, ti, ap title, at int) *actor {
	var best *actor
	bestScore := -1.0
	for _, ac := range s.actors {
		if ac.kind != "person" || len(ac.mentions) == 0 {
			continue
		}
		score := 0.0
		switch {
		case contains(ac.names, nameKey):
			score = 10
		case n == 1 && contains(ac.surnames, last):
			score = 5
		case n == 1 && anyWord(ac.names, last):
			score = 3
		default:
			continue
		}
		if gender != "" && ac.gender != "" {
			if gender != ac.gender {
				continue
			}
			score += 2
		}
		for _, t := range []title{ti, ap} {
			if t.country != "" && ac.country != "" && t.country != ac.country {
				score -= 4
			}
			score += 3 * float64(s.headFit(ac.roles, t.heads))
		}
		lastAt := max(ac.lastBefore(at), 0)
		score += float64(lastAt) / float64(len(s.ws)+1)
		if score > bestScore {
			best, bestScore = ac, score
		}
	}
	if bestScore < 3 {
		return nil
	}
	return best
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func anyWord(names []string, w string) bool {
	for _, n := range names {
		for f := range strings.FieldsSeq(n) {
			if f == w {
				return true
			}
		}
	}
	return false
}

// kbBySurname finds the dictionary person a surname with a title or
// honorific refers to ("Mr Jaishankar", "Foreign Minister Dar"): among the
// people with that last name in office on the day, the one whose role and
// country fit; -1 unless exactly one fits best.
func (s *state) kbBySurname(last string, n int, ti, ap title) int {
	if n != 1 {
		return -1
	}
	best, bestScore, tie := -1, -1, false
	for _, ei := range s.lx.surnames[last] {
		e := s.lx.entries[ei]
		p, ok := e.On(s.day)
		if !ok && s.day != "" {
			continue
		}
		score := 0
		for _, t := range []title{ti, ap} {
			if t.country != "" && p.Country != "" && t.country != p.Country {
				score -= 10
			}
			score += 3 * s.headFit([]string{p.Role}, t.heads)
		}
		switch {
		case score > bestScore:
			best, bestScore, tie = ei, score, false
		case score == bestScore:
			tie = true
		}
	}
	if tie || bestScore < 0 {
		return -1
	}
	return best
}
