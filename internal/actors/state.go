package actors

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"time"

	"sitrep/dict"
	"sitrep/internal/doc"
)

// actor is an actor being built.
type actor struct {
	name     string
	kind     string
	country  string
	sector   string
	code     string
	roles    []string
	kb       string
	rule     string
	gender   string
	entry    int      // index into lexicon.entries, or -1
	names    []string // person name keys (full names) for linking
	surnames []string // person last-name keys
	mentions []doc.Mention
	mw       []int // word index of each mention (parallel to mentions), for recency
	last     int   // the largest of mw
	subject  []int // sentences in which a mention is the subject, in no order
	// starts holds the start of every mention, and subjects every
	// sentence of subject, once there are many of them; before that,
	// the lists are searched (see hasMentionAt, isSubjectIn).
	starts, subjects map[int]struct{}
}

// manyMentions is the number of mentions from which an actor indexes
// their starts in a map rather than search its mentions.
const manyMentions = 32

// hasMentionAt reports whether ac has a mention starting at byte start.
func (ac *actor) hasMentionAt(start int) bool {
	if ac.starts != nil {
		_, ok := ac.starts[start]
		return ok
	}
	for k := len(ac.mentions) - 1; k >= 0; k-- {
		if ac.mentions[k].Start == start {
			return true
		}
	}
	return false
}

// isSubjectIn reports whether ac has a subject mention in sentence sent.
func (ac *actor) isSubjectIn(sent int) bool {
	if ac.subjects != nil {
		_, ok := ac.subjects[sent]
		return ok
	}
	for _, x := range ac.subject {
		if x == sent {
			return true
		}
	}
	return false
}

// state is the resolution of one document.
type state struct {
	r       *Resolver
	lx      *lexicon
	a       *doc.Analysis
	t       string
	ws      []word
	cover   []int    // per word: index into ms of the match covering it, or -1
	ms      []*match // selected matches, in order
	used    []bool   // per word: taken into a mention or a title
	day     string   // publication day, or ""
	home    int      // country index the report is about, or -1
	homeWhy string

	actors []*actor
	byKey  map[string]*actor
	// lead is, per sentence, the first person mentioned as a subject: the
	// subject of the main clause, which a later pronoun most likely means.
	lead   []*actor
	places *spanSet            // the places' mentions, once entitySpans needs them
	roles  map[string][]string // roleWords of the roles and heads met so far
	sc     *scratch            // where the lists come from and go back to
}

// lastBefore returns the index of the last word before word i at which
// ac has a mention, or -1.
func (ac *actor) lastBefore(i int) int {
	if ac.last < i {
		if len(ac.mw) == 0 {
			return -1
		}
		return ac.last
	}
	best := -1
	for _, w := range ac.mw {
		if w < i && w > best {
			best = w
		}
	}
	return best
}

// scratch holds the per-word lists of a state for the next document, so
// that each document does not allocate (and clear) them anew.
type scratch struct {
	ws    []word
	cover []int
	used  []bool
	ms    []match
	mp    []*match
	lead  []*actor
	spans []int
	// The document's maps and lists, emptied after each document.
	byKey  map[string]*actor
	roles  map[string][]string
	refs   []mentionRef
	places []doc.Span
	// actors holds the actors, in chunks; nActors are in use.
	actors  [][]actor
	nActors int
}

// release empties what sc holds of a finished document (its actors,
// roles) so that the pool keeps no document alive.
func (sc *scratch) release() {
	clear(sc.lead)
	clear(sc.byKey)
	clear(sc.roles)
	for _, chunk := range sc.actors {
		clear(chunk)
	}
	sc.nActors = 0
}

// actorChunk is how many actors sc.actors allocates at a time.
const actorChunk = 16

// newActor returns a zero actor from sc's chunks, which stay where they
// are (the state keeps pointers to them) and serve document after
// document.
func (sc *scratch) newActor() *actor {
	c, k := sc.nActors/actorChunk, sc.nActors%actorChunk
	if c == len(sc.actors) {
		sc.actors = append(sc.actors, make([]actor, actorChunk))
	}
	sc.nActors++
	return &sc.actors[c][k]
}

// newState starts the resolution of a, in the lists of sc.
func newState(r *Resolver, a *doc.Analysis, sc *scratch) *state {
	if sc.byKey == nil {
		sc.byKey = map[string]*actor{}
	}
	s := &state{r: r, lx: r.lex, a: a, t: a.Document.Text, home: -1, byKey: sc.byKey, roles: sc.roles, sc: sc}
	s.ws = scanInto(sc.ws, s.t)
	if n := len(s.ws); n > 0 {
		s.lead = grow(sc.lead, s.ws[n-1].sent+1)
		clear(s.lead)
	}
	s.cover = grow(sc.cover, len(s.ws))
	s.used = grow(sc.used, len(s.ws))
	clear(s.used)
	for i := range s.cover {
		s.cover[i] = -1
	}
	ms := sc.ms[:0]
	next := 0 // the first word no match covers
	for i := range s.ws {
		v := s.lx.vocab[s.ws[i].key]
		s.ws[i].flags = v.flags
		if i < next {
			continue
		}
		m, ok := s.lx.longestFrom(s.ws, i, v.root)
		if !ok {
			next = i + 1
			continue
		}
		for k := m.i; k < m.j; k++ {
			s.cover[k] = len(ms)
		}
		ms = append(ms, m)
		next = m.j
	}
	s.ms = grow(sc.mp, len(ms))
	for k := range ms {
		s.ms[k] = &ms[k]
	}
	sc.ws, sc.cover, sc.used, sc.ms, sc.mp, sc.lead = s.ws, s.cover, s.used, ms, s.ms, s.lead
	s.day = publishedDay(a.Document.Published.String())
	return s
}

// grow returns buf with length n, reusing its array when large enough
// (the old contents stay: callers set what they need).
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}

// publishedDay returns the YYYY-MM-DD day of a date or RFC 3339 time, or "".
func publishedDay(p string) string {
	if len(p) < 10 {
		return ""
	}
	if _, err := time.Parse("2006-01-02", p[:10]); err != nil {
		return ""
	}
	return p[:10]
}

// matchAt returns the match starting at word i, or nil.
func (s *state) matchAt(i int) *match {
	if i < 0 || i >= len(s.ws) || s.cover[i] < 0 {
		return nil
	}
	m := s.ms[s.cover[i]]
	if m.i != i {
		return nil
	}
	return m
}

// matchEnding returns the match ending just before word j, or nil.
func (s *state) matchEnding(j int) *match {
	if j <= 0 || j > len(s.ws) || s.cover[j-1] < 0 {
		return nil
	}
	return s.ms[s.cover[j-1]]
}

func (s *state) run() {
	s.findHome()
	s.people()
	s.nonPersons()
	if s.day == "" && len(s.actors) > 0 {
		s.a.Diagnose("actors", doc.Span{}, "publication date unknown: dictionary entries that change over time use their latest period")
	}
}

// findHome picks the country the report is about: the dateline's, else
// the most mentioned one.
func (s *state) findHome() {
	if dl := s.a.Document.Dateline; dl != nil {
		if dl.Place != "" {
			for _, p := range s.a.Places {
				if p.ID == dl.Place.String() && p.Country != "" {
					if c, ok := s.r.kb.CountryByISO3(p.Country.String()); ok {
						s.home, s.homeWhy = s.countryIndex(c), "dateline"
						return
					}
				}
			}
		}
		for _, look := range []func(string) (dict.Country, bool){s.r.kb.CountryByCapital, s.r.kb.CountryByName} {
			if c, ok := look(dl.Text); ok {
				s.home, s.homeWhy = s.countryIndex(c), "dateline"
				return
			}
		}
	}
	count := map[int]int{}
	first := map[int]int{}
	for _, m := range s.ms {
		for _, c := range m.cands {
			if c.kind == candCountry || c.kind == candDemonym || c.kind == candCapital {
				if c.kind == candDemonym && s.armsAfter(m.j) {
					// "Israeli air strikes", "Russian missiles": the
					// attacker's country, not the report's ("Israeli air
					// strikes killed 14 people" does not make the dead
					// Israeli)
					break
				}
				if _, ok := first[c.country]; !ok {
					first[c.country] = m.i
				}
				count[c.country]++
				break
			}
		}
	}
	// Places the geo stage resolved count too ("Peshawar" → Pakistan).
	for _, p := range s.a.Places {
		c, ok := s.r.kb.CountryByISO3(p.Country.String())
		if !ok || len(p.Mentions) == 0 || strings.Contains(p.Rule, "ambiguous") {
			continue // the geo stage doubted it ("Gora" → Poland?)
		}
		ci := s.countryIndex(c)
		count[ci] += 2 * len(p.Mentions) // where things happen weighs more than who is named
		if f, ok := first[ci]; !ok || p.Mentions[0].Start < s.ws[min(f, len(s.ws)-1)].start {
			first[ci] = s.wordAt(p.Mentions[0].Start)
		}
	}
	best := -1
	for c, n := range count {
		if best < 0 || n > count[best] || n == count[best] && first[c] < first[best] {
			best = c
		}
	}
	if best >= 0 {
		s.home, s.homeWhy = best, "most mentioned"
	}
}

// armsWords are weapons and attacks that a demonym before them names the
// user of ("Israeli air strikes", "a Russian drone", "Pakistani shelling").
var armsWords = map[string]bool{
	"strike": true, "strikes": true, "airstrike": true, "airstrikes": true, "missile": true,
	"missiles": true, "drone": true, "drones": true, "rocket": true, "rockets": true,
	"shelling": true, "shells": true, "artillery": true, "jets": true, "warplanes": true,
	"warplane": true, "bombs": true, "bombing": true, "bombings": true, "bombardment": true,
	"raid": true, "raids": true, "fire": true, "gunfire": true, "mortar": true, "mortars": true,
}

// armsAfter reports whether the words from j (after a demonym) name
// weapons or an attack: at most two words ("air", "cruise", "ballistic")
// before one of armsWords, in the same sentence.
func (s *state) armsAfter(j int) bool {
	for k := j; k < len(s.ws) && k < j+3; k++ {
		if s.ws[k].sent != s.ws[j-1].sent {
			return false
		}
		if armsWords[s.ws[k].key] {
			return true
		}
		if s.ws[k].punct != "" {
			return false
		}
	}
	return false
}

// wordAt returns the index of the first word starting at or after byte off.
func (s *state) wordAt(off int) int {
	return sort.Search(len(s.ws), func(i int) bool { return s.ws[i].start >= off })
}

func (s *state) countryIndex(c dict.Country) int {
	i := sort.Search(len(s.lx.countries), func(i int) bool { return s.lx.countries[i].ISO3 >= c.ISO3 })
	if i < len(s.lx.countries) && s.lx.countries[i].ISO3 == c.ISO3 {
		return i
	}
	return -1
}

// span returns the byte span of words [i, j).
func (s *state) span(i, j int) doc.Span { return doc.Span{Start: s.ws[i].start, End: s.ws[j-1].end} }

// mention adds words [i, j) as a mention of ac and marks them used.
func (s *state) mention(ac *actor, i, j int) { s.mentionFrom(ac, i, j, i) }

// mentionFrom is mention for a mention whose phrase (title included)
// starts at word from: a phrase that opens its sentence is its subject.
func (s *state) mentionFrom(ac *actor, i, j, from int) {
	sp := s.span(i, j)
	for k := i; k < j; k++ {
		s.used[k] = true
	}
	if ac.hasMentionAt(sp.Start) {
		return // no mention is made twice
	}
	if ac.mentions == nil {
		ac.mentions, ac.mw = make([]doc.Mention, 0, 4), make([]int, 0, 4)
	}
	ac.mentions = append(ac.mentions, doc.Mention{Start: sp.Start, End: sp.End, Text: s.t[sp.Start:sp.End]})
	switch n := len(ac.mentions); {
	case n > manyMentions:
		ac.starts[sp.Start] = struct{}{}
	case n == manyMentions:
		ac.starts = make(map[int]struct{}, 2*manyMentions)
		for _, m := range ac.mentions {
			ac.starts[m.Start] = struct{}{}
		}
	}
	ac.mw = append(ac.mw, i)
	if i > ac.last {
		ac.last = i
	}
	if s.isSubject(i, j) || from == 0 || s.ws[from-1].sent != s.ws[from].sent {
		if sent := s.ws[i].sent; !ac.isSubjectIn(sent) {
			ac.subject = append(ac.subject, sent)
			switch n := len(ac.subject); {
			case n > manyMentions:
				ac.subjects[sent] = struct{}{}
			case n == manyMentions:
				ac.subjects = make(map[int]struct{}, 2*manyMentions)
				for _, x := range ac.subject {
					ac.subjects[x] = struct{}{}
				}
			}
		}
		if s.lead[s.ws[i].sent] == nil && ac.kind == "person" {
			s.lead[s.ws[i].sent] = ac
		}
	}
}

// get returns the actor with key, creating it with mk (which fills a
// zero actor) when new.
func (s *state) get(key string, mk func(*actor)) *actor {
	if ac, ok := s.byKey[key]; ok {
		return ac
	}
	ac := s.sc.newActor()
	mk(ac)
	s.byKey[strings.Clone(key)] = ac // (cloned: a caller's key may live on its stack)
	s.actors = append(s.actors, ac)
	return ac
}

// code builds a CAMEO-style code from a country and a sector.
func code(country, sector string) string {
	if country == "" {
		return ""
	}
	return country + sector
}

// entryActor returns the actor of a non-person entry, with country iso3
// for a generic ("*") entry.
func (s *state) entryActor(ei int, iso3, rule string) *actor {
	e := s.lx.entries[ei]
	p, ok := e.On(s.day)
	key := "kb:" + e.ID
	if p.Country == dict.Context {
		key += "|" + iso3
	}
	return s.get(key, func(ac *actor) {
		*ac = actor{name: e.Names[0], kind: e.Kind, kb: e.ID, entry: ei, rule: rule + " " + p.Source}
		ac.country = p.Country
		if p.Country == dict.Context {
			ac.country = iso3
			if c, ok := s.r.kb.CountryByISO3(iso3); ok {
				ac.name = c.Adjective() + " " + e.Names[0]
			}
		}
		if ok || p.Country == "" || s.day == "" {
			ac.sector = p.Sector
		}
		ac.code = p.Code
		if ac.code == "" {
			ac.code = code(ac.country, ac.sector)
		}
		if !ok && s.day != "" {
			s.a.Diagnose("actors", doc.Span{}, "dictionary entry "+e.ID+" has no period covering "+s.day+"; its nearest period gives the country only")
		}
	})
}

// output writes the actors into the analysis and links entities.
func (s *state) output() {
	var list []*actor
	for _, ac := range s.actors {
		if len(ac.mentions) > 0 {
			// No two mentions of an actor start at the same byte, so
			// the order is total.
			slices.SortFunc(ac.mentions, func(x, y doc.Mention) int { return cmp.Compare(x.Start, y.Start) })
			list = append(list, ac)
		}
	}
	slices.SortStableFunc(list, func(x, y *actor) int { return cmp.Compare(x.mentions[0].Start, y.mentions[0].Start) })
	out := make([]doc.Actor, 0, len(list))
	for i, ac := range list {
		id := actorID(i + 1)
		roles := ac.roles
		if roles == nil {
			roles = []string{}
		}
		out = append(out, doc.Actor{
			ID: id, Name: ac.name, Kind: ac.kind, Country: doc.Str(ac.country), Sector: doc.Str(ac.sector),
			Code: doc.Str(ac.code), Roles: roles, KB: doc.Str(ac.kb), Mentions: ac.mentions, Rule: strings.TrimSpace(ac.rule),
		})
	}
	if len(s.a.Actors) == 0 {
		s.a.Actors = out
	} else {
		s.a.Actors = append(s.a.Actors, out...)
	}
	s.linkEntities(out)
}

// mentionRef is a mention of an output actor, for linkEntities: its
// span, the actor's rank and its own rank in that actor's list.
type mentionRef struct{ start, end, actor, nth int }

// linkEntities sets Entity.Actor to the actor with the mention that
// overlaps the entity most; of equal overlaps, the first actor's, and of
// its mentions the first.
func (s *state) linkEntities(out []doc.Actor) {
	if len(s.a.Entities) == 0 || len(out) == 0 {
		return
	}
	// Every mention, by start, each with its actor's rank and its own
	// rank in that actor's list (which the tie rule needs).
	refs := s.sc.refs[:0]
	defer func() { s.sc.refs = refs }()
	maxLen := 0
	for i, ac := range out {
		for k, m := range ac.Mentions {
			refs = append(refs, mentionRef{m.Start, m.End, i, k})
			maxLen = max(maxLen, m.End-m.Start)
		}
	}
	slices.SortFunc(refs, func(x, y mentionRef) int { return cmp.Compare(x.start, y.start) })
	for ei := range s.a.Entities {
		e := &s.a.Entities[ei]
		// A mention overlapping e starts after e.Start-maxLen and before e.End.
		k, _ := slices.BinarySearchFunc(refs, e.Start-maxLen+1, func(r mentionRef, off int) int { return cmp.Compare(r.start, off) })
		best := mentionRef{actor: -1}
		bestN := 0
		for ; k < len(refs) && refs[k].start < e.End; k++ {
			r := refs[k]
			n := min(e.End, r.end) - max(e.Start, r.start)
			if n > bestN || n == bestN && n > 0 && (r.actor < best.actor || r.actor == best.actor && r.nth < best.nth) {
				best, bestN = r, n
			}
		}
		if best.actor >= 0 {
			e.Actor = doc.Str(out[best.actor].ID)
		}
	}
}

// actorIDs are the first actor ids, made once: most documents need no
// other.
var actorIDs = func() []string {
	ids := make([]string, 100)
	for i := range ids {
		ids[i] = "a" + itoa(i)
	}
	return ids
}()

// actorID returns "a" and n.
func actorID(n int) string {
	if n < len(actorIDs) {
		return actorIDs[n]
	}
	return "a" + itoa(n)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
