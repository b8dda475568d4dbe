package geo

import (
	"fmt"
	"maps"
	"math"
	"strings"
	"unicode"

	"sitrep/internal/doc"
)

// Resolution works in four steps over one document:
//
//  1. candidates: word sequences that are gazetteer names (longest first),
//     GPE/LOC entities of the NER stage, the dateline, and demonyms before
//     "soil" or "territory"; demonyms elsewhere only add context;
//  2. vetoes: names inside a longer proper name (next or previous word
//     capitalised, inside a PERSON/ORG/LAW/… entity, before "Agreement" or
//     "Bank") and common words are dropped;
//  3. scoring, repeated until the choices settle (four passes at most):
//     each entry a name may denote gets a score from its kind, population
//     and capital status, a designator next to it ("Helmand province"),
//     the countries and divisions the rest of the document names (country
//     names and demonyms first, then every place the previous pass
//     accepted, less the name's own vote), and "Town, Province"
//     containment;
//  4. acceptance: a small town with no support (no locative preposition,
//     no entity, no context), or one abroad in a report about another
//     country, is a diagnostic, not a place.

// cand is one candidate place mention.
type cand struct {
	span      doc.Span // the mention, designator included
	nameEnd   int      // end of the name, before a designator
	entries   []int32
	desig     string // kind a designator asks for: admin1, admin2, city, region
	plural    bool   // the designator is plural ("provinces")
	supported bool   // an entity of type GPE or LOC says it is a place
	locative  bool   // after a locative preposition
	placeNoun bool   // before a noun such as "border" or "road"
	dateline  bool
	rule      string // preset reason (demonym territory)
	single    bool   // one word
	initial   bool   // sentence-initial
	vetoed    bool
	person    bool  // vetoed as exactly a PERSON entity's name
	part      bool  // a town named as part of a larger one (partsOfTowns)
	ofPart    bool  // named after "neighbourhood of", "suburb in": a town
	inName    bool  // vetoed as part of an organisation's or agreement's name
	modifier  bool  // before a capitalised word or after "a": "a Corona car", "Meena Karaoke"
	links     []int // candidates it is paired with ("Bannu, Khyber Pakhtunkhwa")
	owner     int   // 1 + the index of the candidate that holds it by a possessive ("Odisha's Keonjhar"), 0 for none

	chosen int32
	score  float64
	why    string
	ok     bool
	// voteCountry and voteAdmin1 are what this candidate added to the
	// context in the last vote.
	voteCountry, voteAdmin1 string
}

type resolution struct {
	r *Resolver
	g *Gazetteer
	a *doc.Analysis

	words    []word
	cands    []*cand
	countryW map[string]float64
	admin1W  map[string]float64
	cache    map[int32]*Entry
	// capsLines remembers, by line start, whether a line is all capitals.
	capsLines map[int]bool
	// admin1Names are the report's own spellings of provinces, by
	// "CC.admin1" code.
	admin1Names map[string]string
	// unknown are the mentions with no gazetteer entry that may be
	// unlisted places (unlisted.go).
	unknown []unknownName
	// orgW and demW weigh the countries of place names inside
	// organisations' names and of demonyms (reportCountry).
	orgW, demW map[string]float64
	// doers counts, by country, the demonyms before people who act
	// ("Indian troops", "Pakistani police"): they act at home as often as
	// not, unlike a demonym of a thing ("an Indian number plate").
	doers map[string]int
	// lows are the words in lower case (low).
	lows []string
	// outletCC is the home country (ISO2) of the report's outlet, ""
	// for none, and outletWhy what says so (outlet.go); noOutlet turns
	// its weight off in score.
	outletCC, outletWhy string
	// outletA1 is the entry of the regional outlet's province
	// (OutletProvince), -1 for none.
	outletA1 int32
	noOutlet bool
}

// entry returns gazetteer entry i, parsed once per document.
func (res *resolution) entry(i int32) *Entry {
	if e, ok := res.cache[i]; ok {
		return e
	}
	e := res.g.entry(i)
	res.cache[i] = e
	return e
}

func (res *resolution) run() {
	t := res.a.Document.Text
	res.countryW = map[string]float64{}
	res.orgW, res.demW = map[string]float64{}, map[string]float64{}
	res.doers = map[string]int{}
	res.cache = map[int32]*Entry{}
	res.capsLines = map[int]bool{}
	res.admin1W = map[string]float64{}
	res.words = scanWords(t)
	res.outletA1 = -1
	if src := strings.TrimSpace(string(res.a.Document.Source)); src != "" {
		res.outletCC, res.outletWhy = res.g.OutletCountry(src)
		res.outletA1 = res.g.OutletProvince(src, res.outletCC)
	}
	res.scanOrgs()
	res.scan()
	res.addEntities()
	res.addDateline()
	res.sortCands()
	res.shareDesignators()
	res.veto()
	res.link()
	res.townOfProvince()
	res.scanUnlisted()

	// names inside organisation names ("Multan Electric Power Company")
	// are not places, but say which country the report is about
	for _, c := range res.cands {
		if cc, w := res.nameCountry(c); w > 0 {
			res.countryW[cc] += w
			res.orgW[cc] += w
		}
	}
	// anchors: unambiguous country names ("Afghan soil" too)
	for _, c := range res.cands {
		if c.vetoed {
			continue
		}
		for _, i := range c.entries {
			if e := *res.entry(i); e.Kind == KindCountry && (len(c.entries) == 1 || c.rule != "") {
				res.countryW[e.Country] += 2
			}
		}
	}
	// resolve, let what was resolved vote, resolve again, until stable
	base := maps.Clone(res.countryW)
	for pass := 0; pass < 4; pass++ {
		changed := false
		for _, c := range res.cands {
			if !c.vetoed {
				chosen, ok := c.chosen, c.ok
				res.choose(c)
				changed = changed || c.chosen != chosen || c.ok != ok
			}
		}
		if pass > 0 && !changed {
			break
		}
		res.countryW, res.admin1W = maps.Clone(base), map[string]float64{}
		res.vote()
	}
	res.placeUnlisted()
	res.emit()
}

// nameCountry returns the country of a place name inside an
// organisation's name when all its large namesakes lie in one country,
// with a weight: 1 for a country, province, capital or city of a million,
// 0.5 for a smaller city ("Ferozepur Road" says less than "Lahore General
// Hospital").
func (res *resolution) nameCountry(c *cand) (string, float64) {
	if !c.inName {
		return "", 0
	}
	if last := res.wordAt(c.span.End - 1); last >= 0 && last+1 < len(res.words) && squareWords[res.low(last+1)] {
		return "", 0 // "Bharat Chowk of Kailali": a square is named for anywhere
	}
	cc, w := "", 0.0
	for _, i := range c.entries {
		e := res.entry(i)
		if e.Kind != KindCountry && e.Kind != KindAdmin1 && e.Pop < 100000 && e.Feature != "PPLC" && e.Feature != "PPLA" {
			continue
		}
		if cc != "" && e.Country != cc {
			return "", 0
		}
		cc, w = e.Country, 0.5
		if e.Kind == KindCountry || e.Kind == KindAdmin1 || e.Feature == "PPLC" || e.Pop >= 1000000 {
			w = 1
		}
	}
	return cc, w
}

// scan finds gazetteer names in the text.
func (res *resolution) scan() {
	t, ws, g := res.a.Document.Text, res.words, res.g
	maxN := min(g.maxWords, 6)
	for i := 0; i < len(ws); {
		if !ws[i].cap || strings.EqualFold(t[ws[i].start:ws[i].end], "the") {
			i++
			continue
		}
		found := false
		for n := min(maxN, len(ws)-i); n >= 1 && !found; n-- {
			j := i + n - 1
			if !ws[j].cap || !res.chain(i, j) || res.longerName(i, j) {
				continue
			}
			surface := t[ws[i].start:ws[j].end]
			k := Key(surface)
			entries := g.lookup(k)
			if upperLetters(surface) {
				if n == 1 && len(k) <= 4 && !res.allCapsLine(i) {
					entries = nil // "UN", "ISI": an acronym, not the town of that name
				}
				entries = append(entries[:len(entries):len(entries)], g.lookup1("^"+k)...)
			}
			if len(entries) == 0 {
				continue
			}
			if n == 1 {
				if cc, ok := g.demonyms[k]; ok && !hasKind(g, entries, KindCountry) {
					res.demonym(i, cc)
					break
				}
			}
			if stance(t, ws[i].start) {
				i, found = j+1, true // "pro-Pakistan slogans": a side taken, not a place
				continue
			}
			if cc := res.weaponOf(entries, j); cc != "" {
				if !embassyWords[res.low(j+1)] {
					res.demonym(i, cc) // "a US drone fired": whose it was, not where
				} // "the US embassy" stands in its host country: no sign of its own
				i, found = j+1, true
				continue
			}
			res.cands = append(res.cands, &cand{span: doc.Span{Start: ws[i].start, End: ws[j].end},
				nameEnd: ws[j].end, entries: entries, single: n == 1, initial: ws[i].initial})
			if k := designatorKind[strings.ToLower(t[ws[j].start:ws[j].end])]; n > 1 && k != "" && k != KindCity {
				res.cands[len(res.cands)-1].desig = k // "Khyber Agency": the level word is in the name
			}
			res.absorbDesignator(res.cands[len(res.cands)-1], j)
			i = j + 1
			found = true
		}
		if !found {
			if cc, ok := g.demonyms[Key(t[ws[i].start:ws[i].end])]; ok {
				res.demonym(i, cc)
			}
			i++
		}
	}
}

// longerName reports whether words i to j stand inside a longer name
// joined by a hyphenated connector ("Bab-i-Khyber", "Mazar-e-Quaid"):
// "Bab" there is no Al-Bab, nor "Khyber" the district.
func (res *resolution) longerName(i, j int) bool {
	t, ws := res.a.Document.Text, res.words
	linked := func(a int) bool { // words a, a+1, a+2 read "X-i-Y"
		return a >= 0 && a+2 < len(ws) && t[ws[a].end:ws[a+1].start] == "-" && t[ws[a+1].end:ws[a+2].start] == "-" &&
			!ws[a+1].cap && connectors[res.low(a+1)] && ws[a+2].cap
	}
	return linked(j) || linked(i-2)
}

// stance reports whether the name at start follows "pro-" or "anti-"
// ("pro-Pakistan slogans", "anti-India protests") or "in favour of" ("slogans
// in favour of Pakistan"): a side taken, not a place.
func stance(t string, start int) bool {
	for _, p := range []string{"pro-", "anti-", "Pro-", "Anti-"} {
		if strings.HasSuffix(t[:start], p) {
			return true
		}
	}
	before := strings.ToLower(strings.TrimRight(t[max(0, start-20):start], " "))
	for _, p := range []string{"in favour of", "in favor of", "in support of"} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

// allCapsLine reports whether word i stands in a line written in capitals
// (a dateline such as "GAZA:" or an upper-case headline).
func (res *resolution) allCapsLine(i int) bool {
	t, ws := res.a.Document.Text, res.words
	ls := strings.LastIndexByte(t[:ws[i].start], '\n') + 1
	le := strings.IndexByte(t[ws[i].end:], '\n')
	if le < 0 {
		le = len(t)
	} else {
		le += ws[i].end
	}
	if i+1 < len(ws) && ws[i+1].start < le && strings.HasPrefix(strings.TrimSpace(t[ws[i].end:ws[i+1].start]), ":") {
		return true // "DOHA: …"
	}
	caps, ok := res.capsLines[ls]
	if !ok {
		caps = upperLetters(t[ls:le])
		res.capsLines[ls] = caps
	}
	return caps
}

// chain reports whether words i..j may form one name: joined by single
// spaces or hyphens, inner lower-case words only connectors.
func (res *resolution) chain(i, j int) bool {
	t, ws := res.a.Document.Text, res.words
	for k := i + 1; k <= j; k++ {
		if gap := t[ws[k-1].end:ws[k].start]; !joinable(gap) && gap != "'s " && gap != "’s " {
			return false // "Cox's Bazar" is one name
		}
		if k < j && !ws[k].cap && !connectors[strings.ToLower(t[ws[k].start:ws[k].end])] {
			return false
		}
	}
	return true
}

// demonym handles a demonym at word i: context for its country, and a
// place when it qualifies territory ("Afghan soil").
func (res *resolution) demonym(i int, cc string) {
	t, ws := res.a.Document.Text, res.words
	if i+1 < len(ws) && joinable(t[ws[i].end:ws[i+1].start]) && origins[strings.ToLower(t[ws[i+1].start:ws[i+1].end])] {
		return // "a Chinese-backed plant", "the British owned factory": whose it is, not where
	}
	res.countryW[cc]++
	res.demW[cc]++
	if i+1 < len(ws) && joinable(t[ws[i].end:ws[i+1].start]) && doerWords[strings.ToLower(t[ws[i+1].start:ws[i+1].end])] {
		res.doers[cc]++
	}
	if i+1 < len(ws) && joinable(t[ws[i].end:ws[i+1].start]) && territory[strings.ToLower(t[ws[i+1].start:ws[i+1].end])] {
		if ci, ok := res.g.country[cc]; ok {
			res.cands = append(res.cands, &cand{span: doc.Span{Start: ws[i].start, End: ws[i+1].end},
				entries: []int32{ci}, rule: "geo.demonym.territory"})
		}
	}
}

// peopleOf, after a name and a hyphen, make it a people's ("Naga-dominated",
// "Hazara-majority"), not a place's.
var peopleOf = map[string]bool{"dominated": true, "majority": true, "populated": true, "inhabited": true}

// origins, after a demonym, say whose a thing is or where it came from,
// not where the report is: "Chinese-owned", "Saudi-led", "Indian-made",
// "the Chinese Embassy" (which stands in its host country).
var origins = map[string]bool{"owned": true, "backed": true, "funded": true, "financed": true, "sponsored": true,
	"made": true, "built": true, "run": true, "operated": true, "led": true, "based": true, "brokered": true,
	"supplied": true, "manufactured": true, "registered": true, "flagged": true, "trained": true, "invested": true,
	"embassy": true, "consulate": true, "mission": true}

// weaponOf returns the country (ISO2) among entries when the name ending
// at word j is a country's and a weapon that strikes from afar ("a US
// drone", "a US airstrike") or a mission abroad ("the US embassy")
// follows it, "" else: the country is whose the weapon or mission was,
// not where it struck or stands.
func (res *resolution) weaponOf(entries []int32, j int) string {
	t, ws := res.a.Document.Text, res.words
	if j+1 >= len(ws) || !joinable(t[ws[j].end:ws[j+1].start]) || !weaponWords[res.low(j+1)] && !embassyWords[res.low(j+1)] {
		return ""
	}
	for _, i := range entries {
		if e := res.entry(i); e.Kind == KindCountry {
			return e.Country
		}
	}
	return ""
}

// embassyWords name a state's missions, which stand in another country.
var embassyWords = map[string]bool{"embassy": true, "consulate": true, "mission": true}

// weaponWords are weapons that strike far from their country.
var weaponWords = map[string]bool{"drone": true, "drones": true, "missile": true, "missiles": true, "airstrike": true,
	"airstrikes": true, "jets": true, "warplanes": true, "warplane": true, "bombers": true, "gunship": true,
	"gunships": true, "helicopter": true, "helicopters": true, "aircraft": true}

// doerWords, after a demonym, name people who act: "Indian troops".
var doerWords = map[string]bool{"troops": true, "forces": true, "soldiers": true, "police": true, "army": true,
	"policemen": true, "security": true, "border": true, "guards": true, "militants": true, "rebels": true,
	"people": true, "nationals": true, "citizens": true, "workers": true, "villagers": true, "farmers": true,
	"students": true, "protesters": true, "activists": true, "officials": true, "authorities": true,
	"fishermen": true, "traders": true, "residents": true, "civilians": true, "government": true}

// territory words turn a demonym into its country's land.
var territory = map[string]bool{"soil": true, "territory": true, "territories": true, "airspace": true,
	"waters": true, "land": true}

// absorbDesignator extends c over a level word after its last word j
// ("Helmand province", "Bannu District").
func (res *resolution) absorbDesignator(c *cand, j int) {
	t, ws := res.a.Document.Text, res.words
	if j+1 >= len(ws) || t[ws[j].end:ws[j+1].start] != " " {
		return
	}
	w := strings.ToLower(t[ws[j+1].start:ws[j+1].end])
	if kind := designatorKind[w]; kind == KindCity && strings.HasPrefix(t[ws[j+1].end:], " of ") {
		return // "the West Bank town of Jenin": the town is Jenin
	}
	if kind, ok := designatorKind[w]; ok {
		c.desig = kind
		c.span.End = ws[j+1].end
		c.plural = strings.HasSuffix(w, "s")
	}
}

// shareDesignators gives "Baghlan" the designator of "Baghlan and Takhar
// provinces".
func (res *resolution) shareDesignators() {
	t := res.a.Document.Text
	for i := len(res.cands) - 2; i >= 0; i-- {
		a, b := res.cands[i], res.cands[i+1]
		if a.desig != "" || !b.plural || a.span.Start < 0 || b.span.Start < a.span.End {
			continue
		}
		if gap := t[a.span.End:b.span.Start]; gap == " and " || gap == ", " || gap == " or " {
			a.desig = b.desig
		}
	}
}

// placeNouns after a name make it a place ("the Taftan border crossing").
var placeNouns = map[string]bool{"border": true, "crossing": true, "area": true, "road": true, "highway": true,
	"bazaar": true, "market": true, "airport": true, "camp": true, "checkpoint": true, "bridge": true,
	"outskirts": true, "suburb": true, "neighbourhood": true, "neighborhood": true, "region": true}

// designatorKind maps a level word to the kind of place it names.
var designatorKind = map[string]string{
	"province": KindAdmin1, "provinces": KindAdmin1, "governorate": KindAdmin1, "state": KindAdmin1,
	"region": KindRegion, "valley": KindRegion,
	"department": KindAdmin1, "departement": KindAdmin1,
	"district": KindAdmin2, "districts": KindAdmin2, "agency": KindAdmin2, "tehsil": KindAdmin2,
	"upazila": "admin3", "upazilla": "admin3", "taluka": "admin3", "taluk": "admin3", "mandal": "admin3",
	"thana": "admin3", "township": "admin3", "sub-district": "admin3", "subdistrict": "admin3",
	"city": KindCity, "town": KindCity, "village": KindCity,
}

// addEntities adds GPE and LOC entities no scanned name covers.
func (res *resolution) addEntities() {
	t := res.a.Document.Text
	for _, e := range res.a.Entities {
		if e.Type != doc.GPE && e.Type != doc.Loc || e.Start < 0 || e.End > len(t) || e.Start >= e.End {
			continue
		}
		es := e.Span()
		covered := false
		for _, c := range res.cands {
			if c.span.Overlaps(es) {
				covered = true
				break
			}
		}
		if covered || stance(t, e.Start) {
			continue
		}
		if wi, wj := res.wordAt(e.Start), res.wordAt(e.End-1); wi >= 0 && wj >= 0 && res.longerName(wi, wj) {
			continue // "Bab" of "Bab-i-Khyber"
		}
		name := t[e.Start:e.End]
		k := Key(name)
		entries := res.g.lookup(k)
		if len(entries) == 0 {
			entries = res.g.lookup(stripDesignator(k))
		}
		if len(entries) == 0 {
			if _, rest, ok := strings.Cut(k, " "); ok && directions[strings.Fields(k)[0]] {
				entries = res.g.lookup(rest)
			}
		}
		if len(entries) == 0 {
			if _, ok := res.g.demonyms[k]; !ok {
				res.unknownEntity(e, unlistedDiag(e.Type, name))
			}
			continue
		}
		res.cands = append(res.cands, &cand{span: es, nameEnd: es.End, entries: entries, supported: true,
			single: !strings.Contains(k, " ")})
	}
}

var directions = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "upper": true, "lower": true}

// addDateline resolves the dateline's place part ("ISLAMABAD",
// "PESHAWAR, Pakistan"): the part before a comma is the place, later
// parts are context.
func (res *resolution) addDateline() {
	dl := res.a.Document.Dateline
	t := res.a.Document.Text
	if dl == nil || dl.Text == "" {
		return
	}
	start, end := dl.Start, dl.End
	if start < 0 || end > len(t) || start >= end || !strings.Contains(t[start:end], dl.Text) {
		start, end = -1, -1
	} else {
		start += strings.Index(t[start:end], dl.Text)
		end = start + len(dl.Text)
	}
	head, tail, _ := strings.Cut(dl.Text, ",")
	for _, part := range strings.Split(tail, ",") {
		if k := Key(part); k != "" {
			for _, i := range res.g.lookup(k) {
				if e := *res.entry(i); e.Kind == KindCountry || e.Kind == KindAdmin1 {
					res.countryW[e.Country] += 2
				}
			}
		}
	}
	head = strings.TrimSpace(head)
	entries := res.g.lookup(Key(head))
	if len(entries) == 0 {
		res.a.Diagnose("geo", doc.Span{Start: max(start, 0), End: max(end, 0)}, fmt.Sprintf("no gazetteer entry for dateline %q", head))
		return
	}
	if start >= 0 {
		start += strings.Index(t[start:end], head)
		end = start + len(head)
		for _, c := range res.cands {
			if c.span.Overlaps(doc.Span{Start: start, End: end}) {
				c.dateline, c.supported = true, true
				return
			}
		}
	}
	res.cands = append(res.cands, &cand{span: doc.Span{Start: start, End: end}, nameEnd: end, entries: entries,
		dateline: true, supported: true})
}

func (res *resolution) sortCands() {
	cs := res.cands
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].span.Start < cs[j-1].span.Start; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// veto drops names that are parts of longer names or common words, and
// marks the locative ones.
func (res *resolution) veto() {
	t := res.a.Document.Text
	for _, c := range res.cands {
		if c.span.Start < 0 {
			continue // a dateline outside the text
		}
		first, last := res.wordAt(c.span.Start), res.wordAt(c.span.End-1)
		c.locative = res.locativeBefore(first)
		if first >= 2 {
			w1, w2 := res.low(first-2), res.low(first-1)
			c.ofPart = partWords[w1] && (w2 == "of" || w2 == "in") // "the Sisli neighborhood in Istanbul"
		}
		if last >= 0 && last+1 < len(res.words) && t[res.words[last].end:res.words[last+1].start] == " " {
			c.placeNoun = placeNouns[t[res.words[last+1].start:res.words[last+1].end]]
			next := res.words[last+1]
			c.modifier = next.cap && !next.title && !connectors[res.low(last+1)] && !timeWords[res.low(last+1)]
		}
		if first > 0 && (res.low(first-1) == "a" || res.low(first-1) == "an") {
			c.modifier = true
		}
		if c.rule != "" {
			continue
		}
		for _, e := range res.a.Entities {
			es := e.Span()
			if !es.Overlaps(c.span) {
				continue
			}
			switch e.Type {
			case doc.GPE, doc.Loc:
				if es != c.span && es.Contains(c.span) && (!res.qualifiers(es, c.span) || generic(t[c.span.Start:c.span.End])) {
					// part of a longer place name the gazetteer lacks:
					// "East" in "Middle East"
					if !c.supported {
						c.vetoed = true
					}
					continue
				}
				c.supported = true
			case doc.Person, doc.NORP:
				// a capital's name alone is more often a tagging slip
				// ("said Muscat was ready") than a person's name
				if !c.supported && !(e.Type == doc.Person && es == c.span && (res.hasFeature(c.entries, "PPLC") || c.locative && res.bigTown(c.entries))) &&
					!res.divisionNamed(c) && !(e.Type == doc.NORP && c.locative && hasKind(res.g, c.entries, KindCountry)) {
					// ("students in Myanmar": a country's name after "in" is the
					// country, whatever the tagger took it for)
					c.vetoed = true
					c.person = e.Type == doc.Person && es == c.span
				}
			default: // ORG, LAW, EVENT, MISC: a name inside theirs is not a place
				// but one after "in" is where it is: "the Severnyy Market
				// in Makhachkala"
				if es != c.span && es.Contains(c.span) && !c.supported && !(es.Start == c.span.Start && res.civic(c)) &&
					!(es.End == c.span.End && (strings.HasSuffix(t[es.Start:c.span.Start], " in ") || levelOf(t[es.Start:c.span.Start]) ||
						squareOf(t[es.Start:c.span.Start]))) {
					c.vetoed, c.inName = true, true
				}
			}
		}
		if last >= 0 && last+1 < len(res.words) && t[res.words[last].end:res.words[last+1].start] == "-" && peopleOf[res.low(last+1)] &&
			!c.dateline && !hasKind(res.g, c.entries, KindCountry) {
			// "a Naga-dominated district", "Pashtun-majority areas": a
			// people, not the town of that name
			c.vetoed = true
			continue
		}
		if continents[Key(t[c.span.Start:c.span.End])] && !hasKind(res.g, c.entries, KindCountry) && !hasKind(res.g, c.entries, KindRegion) {
			c.vetoed = true // "Asia Energy", not a town called Asia
			continue
		}
		if !c.vetoed && !c.dateline && res.streetName(last) {
			c.vetoed, c.inName = true, true // "Lenina Street", "Lenina and Tlostanova Streets"
			continue
		}
		if c.vetoed || c.supported || c.dateline {
			continue
		}
		if nonPlaces[Key(t[c.span.Start:c.span.End])] {
			c.vetoed = true
			continue
		}
		if lw := strings.ToLower(t[c.span.Start:c.span.End]); c.single && (stopWords[lw] || nameWords[lw] && !c.locative) {
			c.vetoed = true
			continue
		}
		if first < 0 || last < 0 {
			continue
		}
		ws := res.words
		// a capitalised word right after the name makes it part of a longer one
		if gap := ""; c.desig == "" && last+1 < len(ws) && !res.civic(c) {
			gap = t[ws[last].end:ws[last+1].start]
			next := ws[last+1]
			nw := strings.ToLower(t[next.start:next.end])
			// "Tal-Hamad" continues a name, "Quetta-Chaman" pairs two
			hyphen := gap == "-" && !res.candAt(next.start)
			if (gap == " " || hyphen) && (next.cap && !next.title && !connectors[nw] && !timeWords[nw] || nameHeads[nw]) {
				c.vetoed, c.inName = true, true
				continue
			}
			// so does "al-X" after it: "Bab al-Sharji" is not Al Bab
			if (gap == " " || gap == "-") && arabicArticle[nw] && last+2 < len(ws) && ws[last+2].cap &&
				(t[next.end:ws[last+2].start] == "-" || t[next.end:ws[last+2].start] == " ") {
				c.vetoed = true
				continue
			}
		}
		// so does one right before it, unless it starts the sentence
		// ("Quetta-Chaman road" names two places)
		if first > 0 && t[ws[first-1].end:ws[first].start] == " " {
			prev := ws[first-1]
			pw := strings.ToLower(t[prev.start:prev.end])
			// a capitalised direction may qualify a large place ("Northern
			// Afghanistan") but names a group with a small one ("Northern
			// Alliance")
			dir := directions[pw] && res.large(c)
			if prev.cap && !prev.title && (!prev.initial || honorifics[pw]) && !dir && !locatives[pw] {
				c.vetoed = true
			}
		}
	}
}

// civic reports whether candidate c names a city's own government
// ("the Chennai Corporation", "Kolkata Municipal Corporation"), which acts
// in that city, or its press club: the city is a place of the report, as
// "Kabul" is in "Kabul rejected the claim".
func (res *resolution) civic(c *cand) bool {
	last := res.wordAt(c.span.End - 1)
	if last < 0 || last+1 >= len(res.words) || res.a.Document.Text[res.words[last].end:res.words[last+1].start] != " " {
		return false
	}
	// a town's press club, where its protests are held: "outside the
	// Hyderabad Press Club"
	club := res.low(last+1) == "press" && last+2 < len(res.words) && res.low(last+2) == "club"
	if !civicHeads[res.low(last+1)] && !club {
		return false
	}
	return hasKind(res.g, c.entries, KindCity)
}

// civicHeads after a city's name make the name its government's.
var civicHeads = map[string]bool{"municipal": true, "municipality": true, "corporation": true, "mayor": true}

// streetName reports whether the name ending at word last names a street
// ("Lenina Street", "Haifa Street", "Lenina and Tlostanova Streets"): a
// street named after a town is no mention of the town.
func (res *resolution) streetName(last int) bool {
	t, ws := res.a.Document.Text, res.words
	if last < 0 || last+1 >= len(ws) || t[ws[last].end:ws[last+1].start] != " " {
		return false
	}
	if streetWords[res.low(last+1)] {
		return true
	}
	return last+3 < len(ws) && res.low(last+1) == "and" && ws[last+2].cap && res.low(last+3) == "streets" &&
		t[ws[last+1].end:ws[last+2].start] == " " && t[ws[last+2].end:ws[last+3].start] == " "
}

// squareWords end the name of a square or market inside a town ("Bharat
// Chowk", "Azadi Square"), which may be named for a place anywhere.
var squareWords = map[string]bool{"chowk": true, "square": true, "circle": true, "bazaar": true, "bazar": true,
	"roundabout": true}

// squareOf reports whether s, the start of a name up to a place in it,
// ends with a square's name and "of" ("Bharat Chowk of "): the place
// after it holds the square, and is where things happen there.
func squareOf(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) >= 2 && f[len(f)-1] == "of" && squareWords[f[len(f)-2]]
}

// streetWords end a street's name.
var streetWords = map[string]bool{"street": true, "streets": true, "avenue": true, "boulevard": true, "lane": true}

// levelOf reports whether s ends with a level word and "of": the
// tagger's organisation "Chegemskiy District of Kabardino Balkariya" is
// a district of a province.
func levelOf(s string) bool {
	s, ok := strings.CutSuffix(s, " of ")
	if !ok {
		return false
	}
	w := strings.ToLower(s[strings.LastIndexByte(s, ' ')+1:])
	return designatorKind[w] != "" || unlistedKind[w] != ""
}

// divisionNamed reports whether candidate c names a division or a city
// however an earlier stage tagged it: a level word follows its name
// ("Ninawa governorate", "Yobe state", "Davao City"), or it is a province or district
// of the country named right after it ("in Nalchik, Kabardino Balkariya,
// Russia"). No person is written that way.
func (res *resolution) divisionNamed(c *cand) bool {
	if c.desig == KindAdmin1 || c.desig == KindAdmin2 || c.desig == KindRegion {
		for _, i := range c.entries {
			if k := res.entry(i).Kind; k != KindCity && k != KindCountry {
				return true
			}
		}
		return false
	}
	if c.desig == KindCity && strings.EqualFold(strings.TrimSpace(res.a.Document.Text[c.nameEnd:c.span.End]), "city") {
		return hasKind(res.g, c.entries, KindCity) // "Davao City"
	}
	t := res.a.Document.Text
	if !strings.HasPrefix(t[c.span.End:], ", ") {
		return false
	}
	var next *cand
	for _, d := range res.cands {
		if d.span.Start > c.span.End && (next == nil || d.span.Start < next.span.Start) {
			next = d
		}
	}
	if next == nil || next.span.Start != c.span.End+2 {
		return false
	}
	for _, i := range c.entries {
		e := res.entry(i)
		if e.Kind != KindAdmin1 && e.Kind != KindAdmin2 {
			continue
		}
		for _, j := range next.entries {
			if f := res.entry(j); f.Kind == KindCountry && f.Country == e.Country {
				return true
			}
		}
	}
	return false
}

// qualifiers reports whether the words of entity span es before the
// candidate's span c only qualify it ("northern Helmand", "Old Dhaka",
// "the Swat Valley"); a name before it makes another place ("Middle
// East"). Words after it name things at the place ("Delhi University").
func (res *resolution) qualifiers(es, c doc.Span) bool {
	t := res.a.Document.Text
	before := t[es.Start:c.Start]
	if strings.ContainsAny(before, ",;(") || strings.Contains(before, " and ") || strings.Contains(before, " in ") ||
		strings.Contains(before, " of ") {
		return true // an entity that lists places: "Khalis, Diyala, Iraq"
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(before), func(r rune) bool { return r == ' ' || r == '-' }) {
		if !directions[w] && !compass[w] && !fillers[w] && designatorKind[w] == "" && unlistedKind[w] == "" && w != "of" &&
			w != "old" && w != "greater" && w != "inner" && w != "outer" && w != "downtown" {
			return false
		}
	}
	return true
}

// candAt reports whether a candidate starts at byte offset off.
func (res *resolution) candAt(off int) bool {
	for _, c := range res.cands {
		if c.span.Start == off {
			return true
		}
	}
	return false
}

// large reports whether one of c's entries is a country, region, first-level
// division or city of 100,000 people.
func (res *resolution) large(c *cand) bool {
	for _, i := range c.entries {
		if e := res.entry(i); e.Kind == KindCountry || e.Kind == KindRegion || e.Kind == KindAdmin1 || e.Pop >= 100000 {
			return true
		}
	}
	return false
}

// wordAt returns the index of the word containing byte offset off, or -1.
func (res *resolution) wordAt(off int) int {
	ws := res.words
	lo, hi := 0, len(ws)
	for lo < hi {
		m := (lo + hi) / 2
		if ws[m].end <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ws) && ws[lo].start <= off {
		return lo
	}
	return -1
}

// locativeBefore reports whether a locative preposition stands before
// word i, over at most three words such as "the", "northern", "restive".
func (res *resolution) locativeBefore(i int) bool {
	t, ws := res.a.Document.Text, res.words
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if strings.ContainsAny(t[ws[k].end:ws[k+1].start], ".;:\n") {
			return false
		}
		w := strings.ToLower(t[ws[k].start:ws[k].end])
		if locatives[w] {
			return true
		}
		if !directions[w] && !fillers[w] {
			return false
		}
	}
	return false
}

var locatives = map[string]bool{"in": true, "at": true, "near": true, "from": true, "to": true, "outside": true,
	"inside": true, "across": true, "into": true, "throughout": true, "around": true, "towards": true,
	"toward": true, "between": true, "via": true, "through": true, "off": true, "along": true, "within": true,
	"of": true, "over": true, "beyond": true, "visited": true, "visit": true, "entered": true, "left": true, "reached": true, "hit": true,
	"struck": true, "province": true, "district": true, "city": true, "town": true, "village": true}

var fillers = map[string]bool{"the": true, "nearby": true, "restive": true, "remote": true, "neighbouring": true,
	"neighboring": true, "capital": true, "southwestern": true, "and": true, "border": true, "tribal": true,
	"troubled": true, "volatile": true, "parts": true, "part": true, "areas": true, "area": true}

// arabicArticle are the forms of the article that join names.
var arabicArticle = map[string]bool{"al": true, "el": true, "ul": true, "ad": true, "an": true, "ar": true,
	"as": true, "ash": true, "at": true, "az": true, "adh": true, "ath": true, "ez": true, "es": true, "ed": true}

// timeWords may follow a place name in capitals without joining it
// ("in Savar Tuesday").
var timeWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// nameHeads after a place name make it part of an organisation's or an
// agreement's name even in lower case ("the Doha agreement").
var nameHeads = map[string]bool{"agreement": true, "accord": true, "accords": true, "declaration": true,
	"protocol": true, "treaty": true, "pact": true, "format": true, "bank": true, "university": true,
	"court": true, "club": true, "process": true, "charter": true, "convention": true, "communique": true,
	"syndrome": true, "stock": true}

// honorifics before a name make it a person's name even at the start of a
// sentence ("Mr Khan").
var honorifics = map[string]bool{"mr": true, "ms": true, "mrs": true, "dr": true, "gen": true, "general": true,
	"president": true, "minister": true, "prince": true, "king": true, "queen": true, "sheikh": true,
	"mullah": true, "maulana": true, "imam": true, "saint": true, "st": true, "sir": true, "lord": true,
	"col": true, "colonel": true, "maj": true, "major": true, "capt": true, "captain": true, "lt": true,
	"senator": true, "judge": true, "justice": true, "mount": true, "lake": true, "fort": true, "port": true,
	"cape": true, "camp": true}

// link pairs "A, B", "A of B" and "A in B" candidates, where B may
// contain A.
func (res *resolution) link() {
	t := res.a.Document.Text
	for i := 0; i+1 < len(res.cands); i++ {
		a, b := res.cands[i], res.cands[i+1]
		if a.vetoed || b.vetoed || a.span.Start < 0 || b.span.Start < a.span.End {
			continue
		}
		gap := strings.TrimSpace(t[a.span.End:b.span.Start])
		if gap == "'s" || gap == "’s" {
			b.owner = i + 1 // "north Kashmir's Pattan area": the earlier holds the later
			continue
		}
		gap = strings.TrimSpace(strings.TrimPrefix(gap, ","))
		if w, rest, ok := strings.Cut(gap, " "); ok && (designatorKind[strings.ToLower(w)] != "" || areaWords[strings.ToLower(w)]) {
			gap = rest // "Mendhar tehsil of Poonch", "Yarmouk neighbourhood of Baghdad"
		} else if w := strings.ToLower(strings.TrimSuffix(gap, ",")); w != gap && (designatorKind[w] != "" || areaWords[w]) {
			gap = "" // "Kharda sub-district, Baghdad"
		}
		if gap != "" && gap != "of" && gap != "in" {
			continue
		}
		if gap == "" && !strings.Contains(t[a.span.End:b.span.Start], ",") {
			continue
		}
		a.links = append(a.links, i+1)
		b.links = append(b.links, i)
	}
}

// townOfProvince takes back the veto of a name an earlier stage took for
// a person's when a place right after it contains one of its entries:
// "in Khok Pho, Pattani" names a district of Pattani, not a man.
func (res *resolution) townOfProvince() {
	t := res.a.Document.Text
	for i := 0; i+1 < len(res.cands); i++ {
		a, b := res.cands[i], res.cands[i+1]
		if !a.person || b.vetoed || b.span.Start < a.span.End {
			continue
		}
		if gap := t[a.span.End:b.span.Start]; gap != ", " && gap != " in " && gap != " of " {
			continue
		}
		for _, x := range a.entries {
			for _, y := range b.entries {
				if ex, ey := res.entry(x), res.entry(y); ey.Kind == KindAdmin1 && contains(ey, ex) {
					a.vetoed, a.person = false, false
				}
			}
		}
		if !a.vetoed {
			a.links = append(a.links, i+1)
			b.links = append(b.links, i)
		}
	}
}

// areaWords name parts of a place ("the Yarmouk neighbourhood of Baghdad").
var areaWords = map[string]bool{"area": true, "neighbourhood": true, "neighborhood": true, "sub-district": true,
	"subdistrict": true, "suburb": true, "outskirts": true, "sector": true, "county": true, "division": true}

// contains reports whether place outer contains place inner.
func contains(outer, inner *Entry) bool {
	if outer.Kind == KindCity && inner.Kind == KindCity && outer.Country != "" && outer.Country == inner.Country {
		// a city holds a much smaller town close by: Sisli in Istanbul
		return outer.Admin1 == inner.Admin1 && outer.Pop > 5*inner.Pop && dist(outer, inner) < 25
	}
	if outer.Country == "" || outer.Country != inner.Country || specificity(outer.Kind) >= specificity(inner.Kind) {
		return false
	}
	switch outer.Kind {
	case KindCountry:
		return true
	case KindAdmin1:
		return outer.Admin1 == inner.Admin1
	case KindAdmin2:
		return outer.Admin1 == inner.Admin1 && (inner.Admin2 == outer.Admin2 ||
			inner.Admin2 == "" && dist(outer, inner) < 60)
	}
	return false
}

// dist returns the rough distance in km between two entries.
func dist(a, b *Entry) float64 {
	dy := (a.Lat - b.Lat) * 111
	dx := (a.Lon - b.Lon) * 111 * math.Cos((a.Lat+b.Lat)/2*math.Pi/180)
	return math.Hypot(dx, dy)
}

// score rates entry i as the meaning of c; ctx says whether document
// context is used.
func (res *resolution) score(c *cand, i int32, ctx bool) (float64, string) {
	e := &*res.entry(i)
	var s float64
	why := "population"
	switch e.Kind {
	case KindCountry:
		s, why = 16, "country" // a country's name nearly always means the country
	case KindRegion:
		s = 9 // hand-written, and named as often as a province
	case KindAdmin1:
		s = 8 // above a town of 100,000 of the same name, below a city
		if e.Pop > 0 {
			s += 0.02 * math.Log10(float64(e.Pop)) // breaks ties: the larger of two Punjabs
		}
	case KindAdmin2:
		s = 5
	case KindLocality:
		s = 6 // a hand-written part of a city: above a village of the name
	case KindCity:
		pop := max(e.Pop, 1000)
		s = 2 + math.Log10(float64(pop))
		switch e.Feature {
		case "PPLC":
			s += 6
			why = "capital"
		case "PPLA":
			s += 1.5
		case "PPLA2":
			s += 0.5
		}
		if c.dateline {
			s += 2
		}
	}
	if e.Curated {
		s += 1
	} else if e.Kind == KindCity && res.curatedAmong(c.entries) && res.otherName(c, e) {
		// a city that bears the name only as one of its other spellings
		// yields to a hand-written place of that name: "Tirah" is the
		// valley in Khyber, not an old name of Tehran
		s -= 8
	}
	if c.ofPart && e.Kind == KindCity {
		s += 3 // "a suburb of Maiduguri" is the town, not its province
	}
	if c.desig != "" {
		switch {
		case c.desig == e.Kind:
			s += 8
			why = "designator"
		case c.desig == KindAdmin2 && e.Kind == KindCity && (e.Feature == "PPLA2" || e.Feature == "PPLA"):
			s += 5 // the district's seat stands for a district the gazetteer lacks
			why = "designator"
		case c.desig == KindRegion && e.Kind == KindAdmin1:
			s += 4
		}
	}
	if res.r.prior[e.Country] {
		s += 1
	}
	if ctx {
		if res.outletCC != "" && e.Country == res.outletCC && !res.noOutlet && e.Kind != KindCountry {
			// the outlet's home weighs about as much as a named sign of
			// its country: Dawn's "Punjab" and "Hyderabad" are Pakistan's
			s += 2
			if res.outletA1 >= 0 && e.Admin1 == res.entry(res.outletA1).Admin1 && e.Kind != KindAdmin1 {
				s += 1.5 // and a regional outlet's, its province's towns: the Assam Tribune's Sonapur
			}
		}
		if w := res.countryW[e.Country] - vote(c.voteCountry, e.Country); w > 0 && e.Kind != KindCountry {
			s += 1.5 * math.Min(w, 3)
		}
		if e.Kind == KindCity || e.Kind == KindAdmin2 || e.Kind == KindAdmin1 {
			// other places of the same province: "Mazar-i-Sharif … Balkh"
			if w := res.admin1W[e.Country+"."+e.Admin1] - vote(c.voteAdmin1, e.Country+"."+e.Admin1); w > 0 {
				s += 3
			}
		}
		if c.owner > 0 {
			for _, j := range res.cands[c.owner-1].entries {
				if contains(res.entry(j), e) {
					s += 6
					why = "contained"
					break
				}
			}
		}
		for _, l := range c.links {
			// in "Town, Province" the later name holds the earlier
			after := res.cands[l].span.Start > c.span.Start
			for _, j := range res.cands[l].entries {
				f := res.entry(j)
				if after && contains(f, e) || !after && contains(e, f) {
					s += 6
					why = "contained"
					break
				}
			}
		}
	}
	if c.dateline {
		why = "dateline"
	}
	if c.rule != "" {
		why = strings.TrimPrefix(c.rule, "geo.")
	}
	return s, why
}

func vote(v, key string) float64 {
	if v == key {
		return 1
	}
	return 0
}

// choose picks c's entry and decides whether to accept it.
func (res *resolution) choose(c *cand) {
	best, second := int32(-1), int32(-1)
	var bs, ss float64
	why := ""
	for _, i := range c.entries {
		s, w := res.score(c, i, true)
		switch {
		case best < 0 || s > bs:
			best, second, bs, ss, why = i, best, s, bs, w
		case second < 0 || s > ss:
			second, ss = i, s
		}
	}
	c.chosen, c.score, c.why = best, bs, why
	if len(c.entries) > 1 && why == "population" || why == "capital" {
		// did the context decide?
		nb, nbs := int32(-1), 0.0
		for _, i := range c.entries {
			if s, _ := res.score(c, i, false); nb < 0 || s > nbs {
				nb, nbs = i, s
			}
		}
		if nb != best {
			c.why = "context"
			if res.outletCC != "" && res.entry(best).Country == res.outletCC {
				// did the outlet's home decide?
				res.noOutlet = true
				if ob := res.best(c); ob != best {
					c.why = "outlet"
				}
				res.noOutlet = false
			}
		}
	}
	if len(c.entries) == 1 && c.why == "population" {
		c.why = "unique"
	}
	c.ok = res.strong(c, res.entry(best))
	if second >= 0 && bs-ss < 1 && res.entry(second).Country != res.entry(best).Country {
		c.why += ".ambiguous"
	}
}

// day returns the report's publication day (YYYY-MM-DD), "" for none.
func (res *resolution) day() string {
	d := string(res.a.Document.Published)
	if len(d) < 10 || d[4] != '-' || d[7] != '-' {
		return ""
	}
	return d[:10]
}

// best returns c's best-scoring entry in context.
func (res *resolution) best(c *cand) int32 {
	best, bs := int32(-1), 0.0
	for _, i := range c.entries {
		if s, _ := res.score(c, i, true); best < 0 || s > bs {
			best, bs = i, s
		}
	}
	return best
}

// strong reports whether the evidence for c meaning e is enough.
func (res *resolution) strong(c *cand, e *Entry) bool {
	own := res.countryW[e.Country] - vote(c.voteCountry, e.Country)
	if res.outletCC != "" && e.Country == res.outletCC && !res.noOutlet {
		own = max(own, 2) // a local outlet's home needs no other word for it
	}
	if e.Kind == KindAdmin1 && generic(e.Name) && !c.dateline && c.rule == "" && own <= 0 && res.otherCountry(e.Country) >= 2 {
		// "North Eastern province, Kenya" is no Eastern Region of Ghana
		return false
	}
	if c.dateline || c.rule != "" || c.why == "contained" || c.why == "designator" && e.Kind != KindCity {
		return true // "Khyber Agency": the level word confirms the division
	}
	small := (e.Kind == KindCity || e.Kind == KindAdmin2) && e.Pop < 100000 || e.Kind == KindAdmin1 && generic(e.Name)
	if e.Kind == KindCity && c.modifier && e.Feature != "PPLC" && e.Pop < 1000000 && own <= 0 && res.otherCountry(e.Country) >= 2 {
		// "a Corona civilian car", "Meena Karaoke Restaurant" in a report
		// about Iraq or Thailand: a name that modifies another, not a town abroad
		return false
	}
	if e.Kind == KindCity && !e.Curated && e.Feature != "PPLC" && e.Pop < 1000000 && res.otherName(c, e) {
		// a town below a million named by one of its other spellings
		// ("Saeedabad" for Sirjan) is as weak as a small one
		small = true
	}
	if e.Kind == KindCity && e.Pop < 1000000 && e.Feature != "PPLC" && e.Feature != "PPLA" && res.outletCC != "" &&
		res.outletCC != e.Country && !res.noOutlet && res.countryW[res.outletCC] >= 1 && !res.hyphenPaired(c) {
		// a town abroad below a million and no provincial seat, in a local
		// outlet's report whose text also points home ("Shikarpur under
		// Wazirpur upazila" in a Bangladeshi daily), is as weak as a small
		// one; not one paired with another ("the Gwadar-Kashgar route")
		small = true
	}
	if small && own <= 0 && res.otherCountry(e.Country) >= 2 {
		// a small place abroad in a report about somewhere else: a
		// namesake the gazetteer lacks ("Yarmouk, Baghdad")
		return false
	}
	if e.Kind == KindLocality && e.Curated && own <= 0 && c.why != "contained" {
		// a part of a city (Dhaka's Gulshan, Karachi's Lyari) is named
		// so by its own country's reports: with no word of that country
		// and an outlet from elsewhere, a namesake ("Gulshan" in Lahore)
		return false
	}
	if c.supported || c.locative || c.desig != "" || e.Curated || c.placeNoun && own > 0 {
		return true
	}
	switch e.Kind {
	case KindCountry, KindRegion, KindAdmin1:
		return true
	}
	if e.Pop >= 100000 || e.Feature == "PPLC" {
		return true
	}
	return own > 0 && (e.Pop >= 20000 || e.Kind == KindAdmin2 || e.Feature == "PPLA" || e.Feature == "PPLA2") && !c.initial
}

// otherName reports whether c names e by another name altogether, one of
// its other spellings that shares no word with its own name ("Saeedabad"
// for Sirjan, "Tirah" for Tehran; not "Fallujah" for Al Fallujah).
func (res *resolution) otherName(c *cand, e *Entry) bool {
	if c.span.Start < 0 || c.nameEnd <= c.span.Start {
		return false
	}
	own := map[string]bool{}
	for _, w := range strings.Fields(Key(e.Name)) {
		own[w] = true
	}
	for _, w := range strings.Fields(Key(res.a.Document.Text[c.span.Start:c.nameEnd])) {
		if own[w] {
			return false
		}
	}
	return true
}

// hyphenPaired reports whether c is joined by a hyphen to a name next
// to it ("the Gwadar-Kashgar route", "Quetta-Chaman"), which pairs two
// places, often at home and abroad.
func (res *resolution) hyphenPaired(c *cand) bool {
	t := res.a.Document.Text
	return c.span.Start > 0 && t[c.span.Start-1] == '-' || c.span.End >= 0 && c.span.End < len(t) && t[c.span.End] == '-'
}

// curatedAmong reports whether any of entries is hand-written
// (places.tsv).
func (res *resolution) curatedAmong(entries []int32) bool {
	for _, i := range entries {
		if res.entry(i).Curated {
			return true
		}
	}
	return false
}

// generic reports whether a division's name is made of common words
// ("Central Region", "Eastern Province") that many countries use.
func generic(name string) bool {
	for _, w := range strings.Fields(Key(name)) {
		if directions[w] || w == "capital" || w == "centre" || w == "center" || w == "coast" {
			return true
		}
	}
	return false
}

// otherCountry returns the largest context weight of a country other
// than cc.
func (res *resolution) otherCountry(cc string) float64 {
	var m float64
	for k, w := range res.countryW {
		if k != cc && w > m {
			m = w
		}
	}
	if res.outletCC != "" && res.outletCC != cc && !res.noOutlet {
		// a local outlet's report is about home unless it says otherwise:
		// a small namesake abroad with no word for its country is not it
		m = max(m, 2)
	}
	return m
}

// vote adds the places resolved in pass one to the context.
func (res *resolution) vote() {
	for _, c := range res.cands {
		c.voteCountry, c.voteAdmin1 = "", ""
		if c.vetoed || !c.ok {
			continue
		}
		e := res.entry(c.chosen)
		if e.Kind != KindCountry && e.Country != "" {
			res.countryW[e.Country]++
			c.voteCountry = e.Country
		}
		if (e.Kind == KindAdmin1 || e.Kind == KindAdmin2 || e.Kind == KindCity) && e.Admin1 != "" {
			res.admin1W[e.Country+"."+e.Admin1]++
			c.voteAdmin1 = e.Country + "." + e.Admin1
		}
	}
}

// emit writes the places, entity links, dateline place and diagnostics.
func (res *resolution) emit() {
	a, t := res.a, res.a.Document.Text
	// provinces the report spells its own way ("Ninawa" for Nineveh) keep
	// that spelling, as a place and as the admin1 of their towns
	res.admin1Names = map[string]string{}
	for _, c := range res.cands {
		if e := res.entry(c.chosen); !c.vetoed && c.ok && c.rule == "" && e.Kind == KindAdmin1 && c.span.Start >= 0 {
			key := e.Country + "." + e.Admin1
			if _, seen := res.admin1Names[key]; !seen {
				res.admin1Names[key] = displayName(e, t[c.span.Start:c.nameEnd])
			}
		}
	}
	byEntry := map[int32]int{}
	for _, c := range res.cands {
		if c.vetoed {
			continue
		}
		e := res.entry(c.chosen)
		name := ""
		if c.span.Start >= 0 {
			name = t[c.span.Start:c.span.End]
		}
		if !c.ok {
			if !c.initial {
				a.Diagnose("geo", c.span, fmt.Sprintf("%q may name %s, but nothing else in the report supports it; not taken as a place", name, describe(e)))
			}
			continue
		}
		if strings.HasSuffix(c.why, ".ambiguous") {
			a.Diagnose("geo", c.span, fmt.Sprintf("ambiguous place %q: chose %s", name, describe(e)))
		}
		pi, ok := byEntry[c.chosen]
		if !ok {
			pi = len(a.Places)
			byEntry[c.chosen] = pi
			a.Places = append(a.Places, res.place(e, fmt.Sprintf("p%d", pi+1), c.why))
			if c.part {
				a.Places[pi].Kind = KindLocality
			}
			if c.span.Start >= 0 && c.rule == "" && c.nameEnd > c.span.Start {
				a.Places[pi].Name = displayName(e, t[c.span.Start:c.nameEnd])
			}
		}
		p := &a.Places[pi]
		if c.span.Start >= 0 {
			p.Mentions = append(p.Mentions, doc.Mention{Start: c.span.Start, End: c.span.End, Text: name})
		}
		if c.dateline && a.Document.Dateline != nil {
			a.Document.Dateline.Place = doc.Str(p.ID)
		}
		for k := range a.Entities {
			en := &a.Entities[k]
			es := en.Span()
			switch {
			case en.Place != "":
			case (en.Type == doc.GPE || en.Type == doc.Loc) && (c.span.Contains(es) || es.Contains(c.span)):
				en.Place = doc.Str(p.ID)
			case (en.Type == doc.Org || en.Type == doc.NORP) && c.span.Contains(es):
				en.Place = doc.Str(p.ID)
			}
		}
	}
}

// describe names an entry for a diagnostic: "Tripoli (city, LBY)".
func describe(e *Entry) string {
	if e.ISO3 == "" {
		return fmt.Sprintf("%s (%s)", ASCII(e.Name), e.Kind)
	}
	return fmt.Sprintf("%s (%s, %s)", ASCII(e.Name), e.Kind, e.ISO3)
}

// displayName is the name a place is shown by: GeoNames' name in ASCII,
// or the report's spelling when the report names the place by another of
// its names: for a city, any other spelling ("Galkayo" for Gaalkacyo,
// "Fallujah" for Al Fallūjah, "Ba'quba" for Baqubah); for a province or
// region, any other name ("Ninawa" for Nineveh, "Wardak" for Maidan
// Wardak Province), which is how reports and their readers write it.
// Divisions lose a leading level word ("Amphoe Nong Chik") and provinces
// a trailing one ("Sanaa Governorate"). The rule's source (geonames id
// or division code) stays the place's identity.
func displayName(e *Entry, mention string) string {
	name := ASCII(e.Name)
	if e.Kind == KindAdmin2 || e.Kind == KindAdmin1 {
		name = stripLevelPrefix(name) // "Amphoe Nong Chik" is Nong Chik
	}
	if e.Kind == KindAdmin1 {
		name = stripLevelSuffix(name) // "Kabardino-Balkariya Republic"
	}
	if isAbbrev(mention) || e.Kind == KindCountry {
		return name
	}
	mk, nk := Key(mention), Key(e.Name)
	if e.Kind == KindAdmin2 && (mk == stripDesignator(nk) || mk == stripDesignator(stripArticle(nk))) {
		return name // "Kech" for Kech District
	}
	if (e.Kind == KindCity || e.Kind == KindAdmin2) && mk != "" && !strings.EqualFold(ASCII(strings.TrimSpace(mention)), name) {
		mk = "" // any other spelling of a town is the report's: "Ba'quba" for Baqubah
	} else if mk == nk || mk == "" {
		return name
	}
	switch e.Kind {
	case KindAdmin1, KindRegion:
		if mk == stripDesignator(nk) || stripDesignator(mk) == stripDesignator(nk) {
			return name // "Helmand province", "Sar-e Pol"
		}
		mention = strings.TrimSpace(mention)
	}
	if upperLetters(mention) {
		// "FALLUJAH" → "Fallujah"
		var b strings.Builder
		for i, w := range strings.Fields(strings.ToLower(mention)) {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
		mention = b.String()
	}
	return ASCII(mention)
}

// stripLevelPrefix removes a level word that opens a division's name in
// GeoNames ("Amphoe Nong Chik", "Province of Basilan", "Qada Balad Ruz").
func stripLevelPrefix(name string) string {
	low := strings.ToLower(name)
	for _, p := range designatorPrefixes {
		if strings.HasPrefix(low, p) && len(name) > len(p) {
			return name[len(p):]
		}
	}
	return name
}

// stripLevelSuffix removes the level word that ends a province's name in
// GeoNames ("Kabardino-Balkariya Republic", "Sanaa Governorate", "Borno
// State", "Cauca Department") unless what is left is a generic word
// ("Eastern Province").
func stripLevelSuffix(name string) string {
	for _, d := range []string{" Republic", " Governorate", " Province", " Division", " State", " Region", " County",
		" Oblast", " Krai", " Kray", " Department"} {
		if s, ok := strings.CutSuffix(name, d); ok && s != "" && !generic(s) && !stopWords[strings.ToLower(s)] {
			return s
		}
	}
	return name
}

// place renders entry e as a doc.Place.
func (res *resolution) place(e *Entry, id, why string) doc.Place {
	p := doc.Place{ID: id, Name: ASCII(e.Name), Kind: e.Kind, Country: doc.Str(e.ISO3), Mentions: []doc.Mention{},
		Rule: "geo." + why + ":" + e.Source}
	if name, ok := res.admin1Names[e.Country+"."+e.Admin1]; ok && e.Kind != KindCountry && e.Admin1 != "" {
		p.Admin1 = doc.Str(name)
	} else if e.Kind == KindAdmin1 {
		p.Admin1 = doc.Str(stripLevelSuffix(stripLevelPrefix(ASCII(e.Name))))
	} else {
		p.Admin1 = doc.Str(stripLevelSuffix(stripLevelPrefix(ASCII(res.g.Admin1Name(*e)))))
	}
	if prov := res.g.Province(*e); prov != "" {
		p.Admin1 = doc.Str(prov) // "Lamitan, Basilan": the province, not the region
	}
	if name := formerAdmin1Name(e, res.day()); name != "" {
		p.Admin1 = doc.Str(name) // "Jamrud" in 2015 lay in the tribal areas
	}
	if !math.IsNaN(e.Lat) && !math.IsNaN(e.Lon) {
		lat, lon := math.Round(e.Lat*1e4)/1e4, math.Round(e.Lon*1e4)/1e4
		p.Lat, p.Lon = &lat, &lon
	}
	if e.GeoNames != 0 {
		id := e.GeoNames
		p.GeoNames = &id
	}
	return p
}

// bigTown reports whether one of entries is a town of 100,000 people or
// more: after a locative preposition its name alone is that town more
// often than a person ("killed 14 people in Khan Younis", where the
// tagger saw a person's name).
func (res *resolution) bigTown(entries []int32) bool {
	for _, i := range entries {
		if e := res.entry(i); e.Kind == KindCity && e.Pop >= 100_000 {
			return true
		}
	}
	return false
}

func (res *resolution) hasFeature(entries []int32, feature string) bool {
	for _, i := range entries {
		if res.entry(i).Feature == feature {
			return true
		}
	}
	return false
}

func hasKind(g *Gazetteer, entries []int32, kind string) bool {
	for _, i := range entries {
		if g.entry(i).Kind == kind {
			return true
		}
	}
	return false
}

// upperLetters reports whether s has letters and all are upper case.
func upperLetters(s string) bool {
	letter := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letter = letter || unicode.IsUpper(r)
	}
	return letter
}
