package geo

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"sitrep/internal/doc"
)

// Unlisted places are the villages, neighbourhoods and sub-districts that
// news reports name and the gazetteer lacks (it keeps towns of 1,000
// people, and divisions down to districts): "a clash at Raybar village in
// Boalmari upazila", "protesters in the Trinagar area of Delhi". Dropping
// them leaves an event with no place at all, or with a guess from
// elsewhere in the report; keeping the name with the country and province
// it stands in gives the analyst the report's own answer.
//
// A mention is an unlisted place when it has no gazetteer entry and
//   - a level word follows its capitalised words ("Raybar village",
//     "Boalmari upazila", "Ashipora area"), or
//   - an earlier stage tagged it GPE or LOC and a locative preposition
//     stands before it ("at Begaritala").
//
// Its country and first-level division come from the place that contains
// it in the text ("X in Y", "X of Y", "X, Y"; rule
// geo.unlisted.contained:text), else from the report: the country that
// clearly leads the report's evidence, and the province when every place
// the report resolved in that country lies in one (rule
// geo.unlisted.document:text); with no such country, the one its own
// words (countries, organisations, demonyms) clearly point to, else its
// outlet's home (rule geo.unlisted.outlet:text). A mention that gets no country is a place
// of unknown country when a level word names it one (rule
// geo.unlisted.document.nocountry:text), else a diagnostic. Unlisted
// places have no coordinates and no GeoNames id.

// Kinds of unlisted places beyond the gazetteer's.
const (
	// KindAdmin3 is a sub-district: an upazila, tehsil, taluk, township.
	KindAdmin3 = "admin3"
	// KindLocality is a part of a town or a named area: a neighbourhood,
	// a market, "the Putkhali border area".
	KindLocality = "locality"
)

// unlistedKind maps the level words that may follow an unlisted place's
// name to its kind.
var unlistedKind = map[string]string{
	"village": KindCity, "town": KindCity, "city": KindCity, "hamlet": KindCity, "township": KindAdmin3,
	"district": KindAdmin2, "agency": KindAdmin2,
	"upazila": KindAdmin3, "upazilla": KindAdmin3, "tehsil": KindAdmin3, "taluka": KindAdmin3, "taluk": KindAdmin3,
	"mandal": KindAdmin3, "thana": KindAdmin3, "subdistrict": KindAdmin3, "sub-district": KindAdmin3,
	"area": KindLocality, "neighbourhood": KindLocality, "neighborhood": KindLocality, "locality": KindLocality,
	"ward": KindLocality, "camp": KindLocality, "bazar": KindLocality,
}

// institutions end names that are buildings or bodies, not places
// ("the Kotwali Police Station area").
var institutions = map[string]bool{"station": true, "office": true, "club": true, "school": true, "college": true,
	"university": true, "hospital": true, "court": true, "party": true, "league": true, "committee": true,
	"council": true, "association": true, "road": true, "street": true, "highway": true, "house": true,
	"bhavan": true, "bhawan": true, "complex": true, "mosque": true, "temple": true, "church": true}

// unknownName is a mention with no gazetteer entry that may be an
// unlisted place.
type unknownName struct {
	span    doc.Span // the mention, level word included
	nameEnd int      // end of the name, before the level word
	kind    string
	diag    string // the diagnostic it gets when it stays unplaced ("" for none)
	// level says a level word names it a place ("Raybar village", "the
	// town of Rashad"), which makes it one even where the report says
	// nothing of its country.
	level bool
	// owner is 1 + the index of the candidate that holds it by a
	// possessive ("Odisha's Anandpur"), 0 for none.
	owner int
}

// unknownEntity records a GPE or LOC entity with no gazetteer entry: an
// unlisted place when a level word follows it or a locative preposition
// precedes it, else a diagnostic.
func (res *resolution) unknownEntity(e doc.Entity, diag string) {
	t := res.a.Document.Text
	u := unknownName{span: e.Span(), nameEnd: e.End, kind: KindCity, diag: diag}
	first, last := res.wordAt(e.Start), res.wordAt(e.End-1)
	if first >= 0 && first == last && arabicArticle[res.low(first)] {
		return // "Al" tagged apart from the name it opens
	}
	if first > 0 && arabicArticle[res.low(first-1)] && joinable(t[res.words[first-1].end:e.Start]) &&
		(res.words[first-1].cap || t[res.words[first-1].end:e.Start] == "-") {
		first-- // the article tagged apart: "Al" "Sa'idiyah" is Al Sa'idiyah
		u.span.Start = res.words[first].start
	}
	if first < 0 || last < 0 || res.demonymOrCountry(t[e.Start:e.End]) {
		res.unknown = append(res.unknown, unknownName{span: u.span, diag: diag})
		return
	}
	ws := res.words
	if last+1 < len(ws) && t[ws[last].end:ws[last+1].start] == " " {
		if k, ok := unlistedKind[strings.ToLower(t[ws[last+1].start:ws[last+1].end])]; ok {
			u.kind, u.span.End, u.level = k, ws[last+1].end, true
		}
	}
	if u.span.End == u.nameEnd {
		if w := strings.ToLower(t[ws[last].start:ws[last].end]); unlistedKind[w] != "" && first < last {
			u.kind, u.nameEnd, u.level = unlistedKind[w], ws[last-1].end, true // the entity holds it: "Bulanting Village"
		} else if !res.atPlace(first) || res.afterName(first) {
			u.kind = "" // a name with nothing to say it is a place
		}
	}
	if u.kind != "" && !res.plausibleName(first, res.wordAt(u.nameEnd-1)) {
		u.kind = ""
	}
	res.unknown = append(res.unknown, u)
}

// atPlace reports whether a preposition of position stands before word
// i, over at most three words such as "the" or "northern": "at
// Begaritala", "in the remote Khudwani", "fled to Kibeho"; "of" only
// after a level word ("the village of Garsoor", not "the month of
// Ramadan").
func (res *resolution) atPlace(i int) bool {
	t, ws := res.a.Document.Text, res.words
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if strings.ContainsAny(t[ws[k].end:ws[k+1].start], ".;:\n") {
			return false
		}
		w := strings.ToLower(t[ws[k].start:ws[k].end])
		if positions[w] {
			return true
		}
		if k == i-1 && arabicArticle[w] && joinable(t[ws[k].end:ws[i].start]) {
			continue // "in Al Sa'idiyah", the article tagged apart
		}
		if w == "of" {
			// "the village of Garsoor", not "the month of Ramadan"
			return k > 0 && unlistedKind[strings.ToLower(t[ws[k-1].start:ws[k-1].end])] != "" || k > 0 && areaWords[strings.ToLower(t[ws[k-1].start:ws[k-1].end])]
		}
		if !directions[w] && !fillers[w] {
			return false
		}
	}
	return false
}

var positions = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true,
	"around": true, "within": true, "across": true, "throughout": true, "from": true, "to": true, "into": true,
	"towards": true, "toward": true, "via": true, "through": true, "along": true, "between": true}

// afterName reports whether the locative before word i joins a name
// ("Al-Qaida in the Arabian Peninsula"): a capitalised word, not the
// first of its sentence, right before "in" or "of".
func (res *resolution) afterName(i int) bool {
	t, ws := res.a.Document.Text, res.words
	k := i - 1
	if k >= 0 && strings.EqualFold(t[ws[k].start:ws[k].end], "the") {
		k--
	}
	if k < 1 {
		return false
	}
	if w := strings.ToLower(t[ws[k].start:ws[k].end]); w != "in" && w != "of" {
		return false
	}
	p := ws[k-1]
	return p.cap && !p.initial && !p.title && t[p.end:ws[k].start] == " "
}

// demonymOrCountry reports whether name is a demonym or a country's name.
func (res *resolution) demonymOrCountry(name string) bool {
	k := Key(name)
	if _, ok := res.g.demonyms[k]; ok {
		return true
	}
	return hasKind(res.g, res.g.lookup(k), KindCountry)
}

// plausibleName reports whether words i..j may name an unlisted place:
// capitalised, none a common word, the last no institution's head.
func (res *resolution) plausibleName(i, j int) bool {
	t, ws := res.a.Document.Text, res.words
	if i < 0 || j < i || j-i > 3 {
		return false
	}
	for k := i; k <= j; k++ {
		w := strings.ToLower(t[ws[k].start:ws[k].end])
		if k > i && k < j && (connectors[w] || arabicArticle[w]) {
			continue // "Amriyat al-Fallujah"
		}
		if k == i && k < j && arabicArticle[w] {
			continue // "Al Mafriq", "al-Jeel"
		}
		// a person's name alone ("Khan"), but a town's word in a longer
		// name ("Khan Bani Saad")
		if !ws[k].cap || stopWords[w] || nameWords[w] && i == j || timeWords[w] || directions[w] || len(w) < 3 {
			return false
		}
	}
	return !institutions[strings.ToLower(t[ws[j].start:ws[j].end])]
}

// scanUnlisted finds capitalised names before a level word ("Raybar
// village", "Boalmari upazila") that no candidate or entity covers.
func (res *resolution) scanUnlisted() {
	t, ws := res.a.Document.Text, res.words
	for j := 1; j < len(ws); j++ {
		kind, ok := unlistedKind[res.low(j)]
		n := j - 1 // the name's last word
		if ok && kind == KindAdmin2 && j >= 2 && res.low(j-1) == "sub" && t[ws[j-1].end:ws[j].start] == "-" {
			kind, n = KindAdmin3, j-2 // "al-Kharda sub-district"
		}
		if !ok || t[ws[n].end:ws[n+1].start] != " " || !ws[n].cap || ws[n].title {
			continue
		}
		i := n
		for i > 0 && i > n-2 && ws[i-1].cap && joinable(t[ws[i-1].end:ws[i].start]) &&
			!stopWords[strings.ToLower(t[ws[i-1].start:ws[i-1].end])] {
			i--
		}
		if i > 0 && arabicArticle[res.low(i-1)] && t[ws[i-1].end:ws[i].start] == "-" {
			i-- // "al-Kharda"
		}
		if ws[i].initial && i == n && stopWords[strings.ToLower(t[ws[i].start:ws[i].end])] {
			continue
		}
		span := doc.Span{Start: ws[i].start, End: ws[j].end}
		name := doc.Span{Start: ws[i].start, End: ws[n].end}
		if !res.plausibleName(i, n) || res.demonymOrCountry(t[name.Start:name.End]) || res.covered(span, name) {
			continue
		}
		res.unknown = append(res.unknown, unknownName{span: span, nameEnd: name.End, kind: kind, level: true})
	}
	res.scanLevelOf()
	res.scanTownComma()
}

// scanTownComma finds capitalised names written "in Town, Province" that
// no candidate covers ("in Al Mafriq, Diyala", "near Aomar in Bouira"),
// even where an earlier stage took them for a person's: the pattern of a
// place given with its province.
func (res *resolution) scanTownComma() {
	t, ws := res.a.Document.Text, res.words
	for _, c := range res.cands {
		if c.vetoed || c.span.Start <= 0 {
			continue
		}
		j := res.wordAt(c.span.Start) - 1 // the word before the province
		if j < 0 || !ws[j].cap {
			continue
		}
		if gap := t[ws[j].end:c.span.Start]; gap != ", " && gap != " in " {
			continue
		}
		divs := false
		for _, i := range c.entries {
			if k := res.entry(i).Kind; k == KindAdmin1 || k == KindAdmin2 || k == KindRegion {
				divs = true
			}
		}
		if !divs {
			continue
		}
		i := j
		for i > 0 && i > j-3 && joinable(t[ws[i-1].end:ws[i].start]) &&
			(ws[i-1].cap || arabicArticle[strings.ToLower(t[ws[i-1].start:ws[i-1].end])]) {
			i--
		}
		if !res.atPlace(i) {
			continue
		}
		span := doc.Span{Start: ws[i].start, End: ws[j].end}
		if !res.plausibleName(i, j) || res.demonymOrCountry(t[span.Start:span.End]) {
			continue
		}
		if k := res.unknownAt(span); k >= 0 && res.unknown[k].kind == "" {
			// an entity doubted for the name before its "in" ("Lahan
			// in Saiburi, Pattani"): the province after it says it is a town
			res.unknown[k].kind = KindCity
			if res.unknown[k].nameEnd <= span.Start {
				res.unknown[k].nameEnd = span.End
			}
			continue
		}
		if res.coveredOf(span) {
			continue
		}
		res.unknown = append(res.unknown, unknownName{span: span, nameEnd: span.End, kind: KindCity})
	}
	slices.SortFunc(res.unknown, func(a, b unknownName) int { return a.span.Start - b.span.Start })
}

// scanLevelOf finds capitalised names after "the town of", "the village
// of", "the district of" that no candidate covers ("in the town of Khan
// Bani Saad"), even where an earlier stage took them for a person.
func (res *resolution) scanLevelOf() {
	t, ws := res.a.Document.Text, res.words
	for j := 0; j+2 < len(ws); j++ {
		kind, ok := unlistedKind[res.low(j)]
		if !ok || kind == KindLocality || !strings.EqualFold(t[ws[j+1].start:ws[j+1].end], "of") ||
			t[ws[j].end:ws[j+1].start] != " " || t[ws[j+1].end:ws[j+2].start] != " " || !ws[j+2].cap {
			continue
		}
		i, k := j+2, j+2
		for k+1 < len(ws) && k < i+3 && ws[k+1].cap && joinable(t[ws[k].end:ws[k+1].start]) {
			k++
		}
		span := doc.Span{Start: ws[i].start, End: ws[k].end}
		if res.unvetoPerson(span, kind) {
			continue // "the town of Khan Younis" is the town, whatever the tagger said
		}
		if !res.plausibleName(i, k) || res.demonymOrCountry(t[span.Start:span.End]) || res.coveredOf(span) {
			continue
		}
		res.unknown = append(res.unknown, unknownName{span: span, nameEnd: span.End, kind: kind, level: true})
	}
	slices.SortFunc(res.unknown, func(a, b unknownName) int { return a.span.Start - b.span.Start })
}

// unknownAt returns the index of the unknown name spanning exactly span,
// or -1.
func (res *resolution) unknownAt(span doc.Span) int {
	for k, u := range res.unknown {
		if u.span == span {
			return k
		}
	}
	return -1
}

// unvetoPerson takes back the veto of a gazetteer name at span that an
// earlier stage took for a person's, when a level word names it a place
// of kind ("the town of Khan Younis"); it reports whether it did.
func (res *resolution) unvetoPerson(span doc.Span, kind string) bool {
	for _, c := range res.cands {
		if c.person && c.span == span && hasKind(res.g, c.entries, kind) {
			c.vetoed, c.person = false, false
			c.desig = kind
			return true
		}
	}
	return false
}

// coveredOf reports whether span overlaps a candidate that was not
// vetoed, an unknown name, or an organisation's or agreement's name.
func (res *resolution) coveredOf(span doc.Span) bool {
	for _, c := range res.cands {
		if c.span.Start >= 0 && c.span.Overlaps(span) && !c.vetoed {
			return true
		}
	}
	for _, u := range res.unknown {
		if u.span.Overlaps(span) {
			return true
		}
	}
	for _, e := range res.a.Entities {
		if e.Span().Overlaps(span) && (e.Type == doc.Org || e.Type == doc.Law || e.Type == doc.NORP) {
			return true
		}
	}
	return false
}

// covered reports whether span overlaps a candidate that was not vetoed,
// an unknown name already found, or an entity other than a GPE, LOC or MISC one that is
// more than the name (with or without its level word).
func (res *resolution) covered(span, name doc.Span) bool {
	for _, c := range res.cands {
		// a namesake vetoed as part of a longer name ("Sheen" in "Sheen
		// Ghundai village") does not cover it
		if c.span.Start >= 0 && c.span.Overlaps(span) && !c.vetoed {
			return true
		}
	}
	for _, u := range res.unknown {
		if u.span.Overlaps(span) {
			return true
		}
	}
	for _, e := range res.a.Entities {
		es := e.Span()
		if !es.Overlaps(span) {
			continue
		}
		switch e.Type {
		case doc.GPE, doc.Loc, doc.Misc:
		case doc.NORP:
			return true // "the Alawite area"
		default:
			if es != span && es != name {
				return true
			}
		}
	}
	return false
}

// placeUnlisted gives the unknown names their country and province and
// adds them as accepted candidates; the others become diagnostics.
func (res *resolution) placeUnlisted() {
	t := res.a.Document.Text
	res.namesakesAbroad()
	res.capitalMentions()
	byKey := map[string]int32{}
	placed := map[int]*cand{} // by index into res.unknown
	docCC, docA1, docA2, docWhy := "", "", "", "unlisted.document"
	docDone := false
	for ui := len(res.unknown) - 1; ui >= 0; ui-- {
		u := res.unknown[ui]
		if u.kind == "" {
			continue
		}
		cc, a1, a2, why := "", "", "", ""
		kind := u.kind
		n := res.containerAfter(u.span.End, placed)
		if n == nil && u.owner > 0 && res.cands[u.owner-1].ok {
			n = res.cands[u.owner-1]
		}
		if n != nil {
			if kind != KindLocality {
				res.provinceReading(n) // "Takbai district, Narathiwat" too
			}
			e := res.entry(n.chosen)
			cc, why = e.Country, "unlisted.contained"
			if e.Kind != KindCountry {
				a1 = e.Admin1
			}
			if e.Kind == KindAdmin2 || e.Kind == KindCity || e.Kind == KindLocality || e.Kind == KindRegion {
				a2 = e.Admin2 // a region's when it lies in one district
			}
			if (e.Kind == KindCity || e.Kind == KindLocality) && kind == KindCity {
				kind = KindLocality // a village "of" a city is a part of it
			}
		} else {
			if !docDone {
				docCC, docA1, docA2 = res.documentArea()
				if docCC == "" {
					// no resolved place leads: the country the report's own
					// words point to, else its outlet's home
					var outlet bool
					if docCC, outlet = res.reportLeader(); outlet {
						docWhy = "unlisted.outlet"
					}
				}
				docDone = true
			}
			cc, a1, a2, why = docCC, docA1, docA2, docWhy
			if a1 == "" && cc != "" && cc == res.outletCC && res.outletA1 >= 0 && !res.otherProvinces(cc, res.entry(res.outletA1).Admin1) {
				// a village of a regional outlet's report that names no
				// other province ("Kohora" in the Assam Tribune)
				a1, why = res.entry(res.outletA1).Admin1, "unlisted.outlet"
			}
		}
		if cc == "" && !u.level {
			continue
		}
		if cc == "" {
			why += ".nocountry" // a village, district or area of unknown country
		}
		name := ASCII(strings.TrimSpace(t[u.span.Start:u.nameEnd]))
		if upperLetters(name) {
			name = titleCase(name)
		}
		key := cc + "\t" + kind + "\t" + Key(name)
		idx, ok := byKey[key]
		if !ok {
			idx = int32(res.g.Len() + len(byKey))
			e := &Entry{Name: name, Kind: kind, Country: cc, Admin1: a1, Admin2: a2, Lat: math.NaN(), Lon: math.NaN(),
				Feature: "TEXT", Source: "text"}
			if ci, ok := res.g.country[cc]; ok {
				e.ISO3 = res.g.entry(ci).ISO3
			}
			res.cache[idx] = e
			byKey[key] = idx
		}
		c := &cand{span: u.span, nameEnd: u.nameEnd, entries: []int32{idx}, chosen: idx, ok: true,
			supported: true, why: why}
		placed[ui] = c
		res.cands = append(res.cands, c)
	}
	for ui, u := range res.unknown {
		if placed[ui] == nil && u.diag != "" {
			res.a.Diagnose("geo", u.span, u.diag)
		}
	}
	res.reportCountry()
	res.outletCountry()
	res.partsOfTowns()
	res.sortCands()
	res.impliedCountry() // last: a place without mentions after those named
}

// wordsLead adds to w (weights by country, ISO2) the report's
// organisations (twice each) and demonyms, and returns the heaviest
// country (the first by code on a tie), its weight and the runner-up's.
func (res *resolution) wordsLead(w map[string]float64) (cc string, best, second float64) {
	for k, v := range res.orgW {
		w[k] += 2 * v
	}
	for k, v := range res.demW {
		w[k] += v
	}
	for k, v := range w {
		switch {
		case v > best || v == best && k < cc:
			if k != cc {
				second = best
			}
			cc, best = k, v
		case v > second:
			second = v
		}
	}
	return cc, best, second
}

// reportCountry adds, to a report that names no place at all, the
// country its other words point to (demonyms, places inside
// organisations' names: "Indian farmers", "the Manipur Pradesh Congress
// Committee") when one clearly leads, as a place without mentions (rule
// geo.report:SOURCE), so that its events have a country; the province or
// town its organisations are named for when they agree (namedSeat).
func (res *resolution) reportCountry() {
	for _, c := range res.cands {
		if !c.vetoed && c.ok && res.entry(c.chosen).Country != "" {
			return
		}
	}
	cc, best, second := res.wordsLead(map[string]float64{})
	i, ok := res.g.country[cc]
	if cc == "" || !ok || best < 2 || second*2 > best {
		return
	}
	if j := res.namedSeat(cc); j >= 0 {
		i = j
	}
	res.cands = append(res.cands, &cand{span: doc.Span{Start: -1, End: -1}, entries: []int32{i}, chosen: i, ok: true,
		why: "report"})
}

// otherProvinces reports whether the report resolved a place of country
// cc (ISO2) in a first-level division other than admin1.
func (res *resolution) otherProvinces(cc, admin1 string) bool {
	for _, c := range res.cands {
		if c.vetoed || !c.ok {
			continue
		}
		if e := res.entry(c.chosen); e.Country == cc && e.Admin1 != "" && e.Admin1 != admin1 && e.Kind != KindCountry {
			return true
		}
	}
	return false
}

// namedSeat returns the province or town of country cc (ISO2) that the
// report's organisations are named for ("the Kerala Assembly", "Khulna
// City Awami League", "Haryana State Electricity Board"), when they all
// lie in one province: the town when they name one town of 100,000
// people or a provincial seat, else the province; -1 for none. A report
// that names no place but bodies of one province is likely about it.
func (res *resolution) namedSeat(cc string) int32 {
	admin1, town := "", int32(-1)
	towns := 0
	for _, c := range res.cands {
		if !c.inName {
			continue
		}
		if occ, _ := res.nameCountry(c); occ != cc {
			continue
		}
		var a1 string
		city := int32(-1)
		for _, i := range c.entries {
			e := res.entry(i)
			switch {
			case e.Country != cc || e.Admin1 == "":
				continue
			case e.Kind == KindCity && (e.Pop >= 100000 || e.Feature == "PPLC" || e.Feature == "PPLA"):
				if city < 0 || e.Pop > res.entry(city).Pop {
					city = i
				}
			case e.Kind != KindAdmin1:
				continue
			}
			if a1 != "" && a1 != e.Admin1 {
				return -1 // a name two provinces share
			}
			a1 = e.Admin1
		}
		if a1 == "" {
			continue
		}
		if admin1 != "" && admin1 != a1 {
			return -1 // bodies of two provinces
		}
		admin1 = a1
		if city >= 0 && city != town {
			town = city
			towns++
		}
	}
	if admin1 == "" {
		return -1
	}
	if towns == 1 {
		return town
	}
	if i, ok := res.g.admin1[cc+"."+admin1]; ok {
		return i
	}
	return -1
}

// namesakesAbroad turns a town paired with a place that cannot contain
// it ("Johar Town, Lahore", "Tirah, Khyber Agency", where the gazetteer
// knows only a Johar in Somalia and a Tirah in Iran) into an unknown name
// of that place: the pair says where it lies, and the namesake abroad is
// not it. A province of the town's own country that is not the town's
// counts too ("Anandpur in Odisha", where the gazetteer knows only
// Punjab's Anandpur).
func (res *resolution) namesakesAbroad() {
	t := res.a.Document.Text
	for ci, c := range res.cands {
		if c.vetoed || !c.ok || c.dateline || c.rule != "" || c.why == "contained" || c.span.Start < 0 {
			continue
		}
		e := res.entry(c.chosen)
		// a level word of one country's administration: "Karimganj
		// upazila" is in Bangladesh, whatever namesake India has
		if c.nameEnd < c.span.End {
			if cc, ok := levelCountry[strings.ToLower(strings.TrimSpace(t[c.nameEnd:c.span.End]))]; ok && e.Country != cc {
				res.unvote(c)
				res.unknown = append(res.unknown, unknownName{span: c.span, nameEnd: c.nameEnd, kind: cmp.Or(c.desig, KindCity)})
				continue
			}
		}
		province := e.Kind == KindAdmin1 // "the Delta region in Tamil Nadu" is no Delta State of Nigeria
		if e.Kind != KindCity && e.Kind != KindAdmin2 && !province || e.Curated {
			continue
		}
		moved := false
		for _, l := range c.links {
			o := res.cands[l]
			if l < ci || o.vetoed || !o.ok {
				continue
			}
			f := res.entry(o.chosen)
			// (a town, not a city: a city named with another province is
			// one whose province was split or renamed, "Hyderabad, Andhra
			// Pradesh" before 2014)
			otherProvince := (f.Kind == KindAdmin1 || f.Kind == KindAdmin2 && e.Kind == KindCity) && inOtherProvince(f, e, 100_000)
			if f.Country == "" || f.Country == e.Country && !otherProvince {
				continue
			}
			if province && !(strings.Contains(res.a.Document.Text[c.span.End:o.span.Start], " in ") &&
				(f.Kind == KindAdmin1 || f.Kind == KindCountry)) {
				continue // a province abroad only inside a named division: "X region in Y"
			}
			if f.Kind == KindCity && strings.TrimSpace(res.a.Document.Text[c.span.End:o.span.Start]) == "," && res.provinceReading(o) {
				// "Barcelona, Sorsogon, Philippines": the later name is the
				// province, which holds a town the gazetteer lacks
				f = res.entry(o.chosen)
			}
			// a division holds it; a city only a town named as such
			// ("Johar Town, Lahore"), not another city of a list
			division := f.Kind == KindCountry || f.Kind == KindRegion || f.Kind == KindAdmin1 || f.Kind == KindAdmin2 && e.Kind == KindCity
			gap := strings.Fields(strings.ToLower(strings.ReplaceAll(res.a.Document.Text[c.span.End:o.span.Start], ",", " , ")))
			in := strings.Contains(res.a.Document.Text[c.span.End:o.span.Start], " in ")
			// "the Ilaam neighborhood of Baghdad", "al-Kharda sub-district,
			// Baghdad": a part of the city
			part := len(gap) == 2 && partWords[gap[0]] && (gap[1] == "of" || gap[1] == "in" || gap[1] == ",")
			// a city holds a town named as such, or a part of it ("the
			// Christian neighborhood of Jerusalem in Damaturu")
			if !division && !(f.Kind == KindCity && ((c.desig == KindCity || in) && f.Pop > e.Pop || (c.ofPart || part) && (in || part))) {
				continue // a city joined by a comma may be another city of a list
			}
			kind := KindCity
			if province {
				kind = KindRegion
			} else if c.desig == KindAdmin2 || c.desig == KindAdmin3 {
				kind = c.desig
			} else if c.ofPart || part {
				kind = KindLocality
			}
			res.unvote(c)
			res.unknown = append(res.unknown, unknownName{span: c.span, nameEnd: c.nameEnd, kind: kind})
			moved = true
			break
		}
		if moved || c.owner == 0 || province {
			continue
		}
		// a division that holds it by a possessive: "Odisha's Anandpur",
		// "north Kashmir's Pattan area"
		o := res.cands[c.owner-1]
		if o.vetoed || !o.ok {
			continue
		}
		f := res.entry(o.chosen)
		// (a possessive says it outright: only a city of a million may be
		// named with a province it has left, "Andhra Pradesh's Hyderabad")
		if f.Country == "" || f.Kind == KindCountry && f.Country == e.Country ||
			f.Kind != KindCountry && f.Kind != KindRegion && f.Kind != KindAdmin1 ||
			f.Country == e.Country && !inOtherProvince(f, e, 1_000_000) {
			continue
		}
		kind := KindCity
		if c.desig == KindAdmin2 || c.desig == KindAdmin3 {
			kind = c.desig
		}
		res.unvote(c)
		res.unknown = append(res.unknown, unknownName{span: c.span, nameEnd: c.nameEnd, kind: kind, owner: c.owner})
	}
	slices.SortFunc(res.unknown, func(a, b unknownName) int { return a.span.Start - b.span.Start })
}

// inOtherProvince reports whether place f of e's own country lies in
// another first-level division than e, a town of under maxPop people.
func inOtherProvince(f, e *Entry, maxPop int) bool {
	return f.Country == e.Country && f.Admin1 != "" && e.Admin1 != "" && f.Admin1 != e.Admin1 && e.Pop < maxPop
}

// partsOfTowns marks the towns a report names as parts of a larger town
// ("the Sadr City district of Baghdad", "the Sisli neighborhood in
// Istanbul", "Kadhimiyah district, Baghdad"): they become localities,
// which yield to the town in events.
func (res *resolution) partsOfTowns() {
	t := res.a.Document.Text
	for i, c := range res.cands {
		if c.vetoed || !c.ok || c.span.Start < 0 || res.entry(c.chosen).Kind != KindCity {
			continue
		}
		var n *cand
		for _, d := range res.cands[i+1:] {
			if !d.vetoed && d.ok && d.span.Start >= c.span.End {
				n = d
				break
			}
		}
		if n == nil || n.span.Start-c.span.End > 30 {
			continue
		}
		e, f := res.entry(c.chosen), res.entry(n.chosen)
		if f.Kind != KindCity || f.Country != e.Country || f.Pop <= e.Pop || dist(e, f) > 40 {
			continue
		}
		// the name's own level word counts: "the Sadr City district of Baghdad"
		end := c.nameEnd
		if end <= c.span.Start {
			end = c.span.End
		}
		words := strings.Fields(strings.ToLower(strings.ReplaceAll(t[end:n.span.Start], ",", " , ")))
		if len(words) < 2 || !partWords[words[0]] {
			continue
		}
		if w := words[1]; w == "of" || w == "in" || w == "," {
			c.part = true
		}
	}
}

// partWords name a part of a town.
var partWords = map[string]bool{"neighborhood": true, "neighbourhood": true, "area": true, "district": true,
	"sub-district": true, "subdistrict": true, "suburb": true, "quarter": true, "township": true, "locality": true}

// unvote drops candidate c and takes back what it added to the context.
func (res *resolution) unvote(c *cand) {
	c.vetoed = true
	if c.voteCountry != "" {
		res.countryW[c.voteCountry]--
	}
	if c.voteAdmin1 != "" {
		res.admin1W[c.voteAdmin1]--
	}
	c.voteCountry, c.voteAdmin1 = "", ""
}

// containerAfter returns the place that contains the unknown name ending
// at end: the accepted candidate or placed unknown name right after it,
// joined by "in", "of" or a comma, perhaps with a level word and a
// direction between ("Boalmari upazila of Faridpur", "in south Kashmir").
func (res *resolution) containerAfter(end int, placed map[int]*cand) *cand {
	t := res.a.Document.Text
	var next *cand
	for _, c := range res.cands {
		if c.span.Start >= end && !c.vetoed && c.ok && (next == nil || c.span.Start < next.span.Start) {
			next = c
		}
	}
	for _, c := range placed {
		if c.span.Start >= end && (next == nil || c.span.Start < next.span.Start) {
			next = c
		}
	}
	if next == nil || next.span.Start-end > 40 {
		return nil
	}
	// unknown names between are links of the chain: "Garvagh, County
	// Derry, Northern Ireland"
	gap := []byte(t[end:next.span.Start])
	for _, u := range res.unknown {
		if u.span.Start >= end && u.span.End <= next.span.Start {
			for k := u.span.Start; k < u.span.End; k++ {
				gap[k-end] = ' '
			}
		}
	}
	comma := strings.Contains(string(gap), ",")
	link := false
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(string(gap), ",", " "))) {
		switch {
		case w == "in" || w == "of" || w == "under" || w == "near" || w == "outside" || w == "from":
			link = true
		case w == "a" || w == "an" || w == "the" || w == "on" || w == "just" || w == "km" || w == "kilometres" ||
			w == "kilometers" || w == "miles" || w == "about" || w == "some" || unlistedKind[w] != "" || areaWords[w] ||
			directions[w] || compass[w] || w == "suburbs" || w == "outskirts" || w == "suburb" || isNumber(w):
		default:
			return nil // "Raybar and Faridpur", "Awa, which borders Tumaco"
		}
	}
	if !link && !comma {
		return nil
	}
	return next
}

// provinceReading reads a small town that holds an unlisted town as its
// namesake province or district, and reports whether it did: in "in Rusoh, Narathiwat, Thailand" or
// "Dimasalang, Masbate", the village lies in the province, not in the
// province's seat. A city of 200,000 or a capital keeps its reading
// ("Ghazaliya, Baghdad" is a part of the city).
func (res *resolution) provinceReading(n *cand) bool {
	e := res.entry(n.chosen)
	if e.Kind != KindCity || e.Pop >= 200000 || e.Feature == "PPLC" || n.dateline || n.rule != "" {
		return false
	}
	for _, i := range n.entries {
		if f := res.entry(i); (f.Kind == KindAdmin1 || f.Kind == KindAdmin2) && contains(f, e) {
			n.chosen, n.why = i, "contained"
			return true
		}
	}
	return false
}

// isNumber reports whether w is written in digits ("15").
func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// oneDemonym reports whether all that points to country cc (ISO2) is
// one demonym of a thing ("an Indian number plate", "a Chinese mining
// firm") and the report's outlet is at home elsewhere: one word of a
// foreign thing does not outweigh a local outlet's home. A demonym of
// people who act ("Indian troops") does.
func (res *resolution) oneDemonym(cc string) bool {
	return res.outletCC != "" && res.outletCC != cc && res.countryW[cc] <= 1 && res.demW[cc] >= res.countryW[cc] &&
		res.doers[cc] == 0
}

// documentArea returns the country that clearly leads the report's
// evidence (at least one named sign, twice the next country's), and the
// province and district of all the places the report resolved in it when
// they share one (the district says which province a place lay in before
// a province changed: "Landikotal" in a 2015 report on Khyber Agency lay
// in the tribal areas).
func (res *resolution) documentArea() (cc, admin1, admin2 string) {
	best, second := 0.0, 0.0
	for k, w := range res.countryW {
		switch {
		case w > best:
			best, second, cc = w, best, k
		case w > second:
			second = w
		}
	}
	if cc == "" || best < 1 || second*2 > best || res.oneDemonym(cc) {
		return "", "", ""
	}
	districts := true
	for _, c := range res.cands {
		if c.vetoed || !c.ok {
			continue
		}
		e := res.entry(c.chosen)
		if e.Country != cc || e.Kind == KindCountry {
			continue
		}
		if e.Admin1 == "" || admin1 != "" && e.Admin1 != admin1 {
			return cc, "", ""
		}
		admin1 = e.Admin1
		if e.Kind == KindAdmin1 || e.Kind == KindRegion {
			continue // a province says nothing of the district
		}
		if e.Admin2 == "" || admin2 != "" && e.Admin2 != admin2 {
			districts = false
		}
		admin2 = e.Admin2
	}
	if !districts {
		admin2 = ""
	}
	return cc, admin1, admin2
}

// compass are the directions written as one word ("northwest Delhi").
var compass = map[string]bool{"northwest": true, "northeast": true, "southwest": true, "southeast": true,
	"north-west": true, "north-east": true, "south-west": true, "south-east": true}

// levelCountry are level words used by one country's administration
// only: "Kaliakoir upazila" lies in Bangladesh.
var levelCountry = map[string]string{"upazila": "BD", "upazilla": "BD", "upozila": "BD", "zila": "BD",
	"amphoe": "TH", "tambon": "TH", "barangay": "PH", "taluk": "IN", "taluka": "IN", "mandal": "IN", "pradesh": "IN"}

// scanOrgs weighs the countries of the dictionary's organisations (not
// its armed groups, which fight abroad) named in the text ("the BNP", "Awami League activists")
// and of level words used by one country only ("upazila"), as evidence
// of the country a report is about: each counts as much as a country
// named inside an organisation's name.
func (res *resolution) scanOrgs() {
	t, ws, g := res.a.Document.Text, res.words, res.g
	for i := 0; i < len(ws); i++ {
		if cc, ok := levelCountry[res.low(i)]; ok {
			res.countryW[cc]++
			res.orgW[cc] += 0.5
			continue
		}
		if !ws[i].cap || !g.orgFirst[res.low(i)] {
			continue
		}
		// an abbreviation with its wing in brackets: "CPI(M)", "JD(U)"
		if i+1 < len(ws) && ws[i].upper && ws[i+1].upper && t[ws[i].end:ws[i+1].start] == "(" &&
			ws[i+1].end < len(t) && t[ws[i+1].end] == ')' {
			if cc, ok := g.orgs[Key(t[ws[i].start:ws[i+1].end+1])]; ok && cc != "-" {
				res.countryW[cc]++
				res.orgW[cc]++
				i++
				continue
			}
		}
		for n := min(4, len(ws)-i); n >= 1; n-- {
			j := i + n - 1
			if !ws[j].cap || !res.chain(i, j) {
				continue
			}
			surface := t[ws[i].start:ws[j].end]
			k := Key(surface)
			if upperLetters(surface) && n == 1 {
				k = "^" + k
			}
			if n == 1 && !upperLetters(surface) {
				continue // "Congress", "Assembly": every country has one
			}
			if cc, ok := g.orgs[k]; ok && cc != "-" {
				res.countryW[cc]++
				res.orgW[cc]++
				i = j
				break
			}
		}
	}
}

// low returns word i in lower case, computed once per document.
func (res *resolution) low(i int) string {
	if res.lows == nil {
		res.lows = make([]string, len(res.words))
		for k, w := range res.words {
			res.lows[k] = strings.ToLower(res.a.Document.Text[w.start:w.end])
		}
	}
	return res.lows[i]
}

// titleCase turns "RAYBAR" into "Raybar".
func titleCase(s string) string {
	var b strings.Builder
	for i, w := range strings.Fields(strings.ToLower(s)) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

// unlistedDiag is the diagnostic of an entity with no gazetteer entry.
func unlistedDiag(typ, name string) string {
	return fmt.Sprintf("no gazetteer entry for %s %q", typ, name)
}
