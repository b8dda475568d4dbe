package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// Steps of the place policy, strongest first; an event whose place came
// from step paragraph or later has ";place=STEP" appended to its rule.
const (
	placeClause    = "clause"    // the trigger's clause or the opening adverbial
	placeSentence  = "sentence"  // elsewhere in the sentence
	placeParagraph = "paragraph" // the same act told in an earlier sentence of the paragraph
	placeSource    = "source"    // a statement's speaker's seat: "the Ghazni provincial governor"
	placeDocument  = "document"  // the document's one most specific place, or its one country
	placeDateline  = "dateline"  // where the report was filed
	placeOutlet    = "outlet"    // the outlet's home country, for a report that yields no country
)

var placeRank = map[string]int{placeClause: 1, placeSentence: 2, placeParagraph: 3, placeSource: 4, placeDocument: 5,
	placeDateline: 6, placeOutlet: 7, "": 8}

// weakPlace reports whether the event's place is a guess from outside
// its own text (document or dateline): it never keeps two mentions
// apart.
func weakPlace(e *event) bool {
	return e.placeBy == placeDocument || e.placeBy == placeDateline || e.placeBy == placeOutlet
}

// placeOf sets the event's place by the first step that gives one:
//  1. the most specific place named in the trigger's clause or the
//     opening adverbial, outside its source and target phrases (for
//     verbal events, only after a locative preposition or in a chain of
//     places it opens: "met … in Islamabad", "in the Nawa district of
//     Helmand"); places chained to those ("in Johar Town, Lahore") count
//     as theirs, a town outranks its districts and its own parts
//     (localities), and a place that names a road ("the Jalalabad
//     road") yields to any other;
//  2. else elsewhere in the sentence under the same conditions (places
//     named as actors outside a locative chain, in the source's phrase or
//     after "from" are where people come from, not where they acted);
//  3. for verbal events, else the speaker's seat: the most specific place
//     named in the subject ("The Ghazni provincial governor condemned");
//  4. else the place of the event it goes on from: an event of the
//     sentence before in the same paragraph, or of the same act
//     (same type, or both material) further back in the paragraph;
//  5. else, for all but verbal events, docPlace, the document's own
//     place (see documentPlace; for a report that names no place, the
//     country the geo stage gave it, rule geo.report): a statement is not
//     made where the things it is about happened, but a demand that hangs
//     on an act ("sat on the tracks, demanding …") is made there;
//  6. else the dateline's place;
//  7. else, for all but verbal events (as in step 5), the outlet's home country that
//     the geo stage gave a report yielding no country at all (rule
//     geo.outlet), the weakest guess.
func (d *document) placeOf(e *event, before []*event, docPlace int) {
	s := d.sentence(e.sent)
	var dl doc.Span
	if x := d.a.Document.Dateline; x != nil {
		dl = doc.Span{Start: x.Start, End: x.End}
	}
	verbal := (e.ev.QuadClass == 1 || e.ev.QuadClass == 3) && e.ev.Type != "PROTEST"
	best, bestSpec := -1, -1
	cf, ct := s.clause(e.trig)
	for i := s.first; i < s.last; i++ {
		if verbal && (i < cf || i >= ct) && !d.opening(s, i) {
			continue
		}
		pi := d.place[i] - 1
		if pi < 0 || (i > s.first && d.place[i-1] == pi+1) {
			continue
		}
		tok := d.a.Tokens[i]
		if dl.Len() > 0 && dl.Contains(tok.Span()) {
			continue
		}
		prev := s.word(i - 1)
		if inArg(e.ev.Source, tok.Span()) || prev == "from" {
			continue // where the doers come from, not where they acted
		}
		if inArg(e.ev.Target, tok.Span()) && (verbal || d.actor[i] > 0) {
			continue // "a Sofia restaurant" places an attack; "the Taliban administration" is no place
		}
		if verbal && e.ev.Type != "CONSULT" && e.ev.Target != nil && (prev == "in" || prev == "of") && i >= 2 && d.a.Tokens[i-2].End == e.ev.Target.End {
			continue // "the Taliban administration in Kabul"
		}
		if verbal && (!locative[prev] && !d.inLocative(i) || s.complementBetween(e.trigEnd, i)) {
			continue // "praised Kenya for its role in South Sudan"
		}
		if d.actor[i] > 0 && !locative[prev] && !d.inLocative(i) {
			continue // a country or capital named as an actor
		}
		sp := specificity(d.a.Places[pi].Kind)
		if d.roadName(i, s.last) {
			sp -= 3 // "the Jalalabad road in eastern Kabul": the road leads there
		}
		inClause := func(k int) bool { return k >= cf && k < ct }
		if inClause(i) || d.opening(s, i) || d.chained(s, i, inClause) {
			sp += 10 // the trigger's own clause or the opening adverbial first
		}
		if sp > bestSpec {
			best, bestSpec = pi, sp
		}
	}
	if best >= 0 {
		by := placeSentence
		if bestSpec >= 10 {
			by = placeClause
		}
		d.setPlace(e, d.a.Places[best].ID, by)
		return
	}
	if verbal {
		if pi := d.speakerPlace(e, s); pi >= 0 {
			d.setPlace(e, d.a.Places[pi].ID, placeSource)
			return
		}
	}
	for i := len(before) - 1; i >= 0; i-- {
		f := before[i]
		if f.para != e.para {
			break
		}
		if f.ev.Place == "" || f.headline || weakPlace(f) {
			continue
		}
		if f.sent >= e.sent-1 || f.ev.Type == e.ev.Type || material(f) && material(e) {
			d.setPlace(e, string(f.ev.Place), placeParagraph)
			return
		}
	}
	// a demand that hangs on an act ("sat on the tracks, demanding …")
	// is made where the act was, not about a topic elsewhere
	away := verbal && !e.participle
	if docPlace >= 0 && !away {
		d.setPlace(e, d.a.Places[docPlace].ID, placeDocument)
		return
	}
	if x := d.a.Document.Dateline; x != nil && x.Place != "" {
		// the dateline says where the report was filed: what was said
		// there, but an attack or a protest the text does not place
		// may have been anywhere in the country, so it takes the
		// dateline's country (a place, but not by itself where the
		// events happened)
		id := string(x.Place)
		if material(e) {
			if ci := d.countryPlace(id); ci >= 0 {
				id = d.a.Places[ci].ID
			}
		}
		d.setPlace(e, id, placeDateline)
		return
	}
	if pi := d.outletPlace(); pi >= 0 && !away {
		d.setPlace(e, d.a.Places[pi].ID, placeOutlet)
	}
}

// speakerPlace returns the index in a.Places of the most specific place
// named in a verbal event's subject, from its source to its trigger ("The
// Ghazni provincial governor condemned", "Elders from across Deh Rawud
// district met"): a statement or meeting is made where its speakers sit.
// -1 for none.
func (d *document) speakerPlace(e *event, s *sent) int {
	from := d.a.Tokens[s.first].Start // no source found: the subject is what comes before
	if src := e.ev.Source; src != nil {
		from = src.Start
	}
	if from >= e.ev.Trigger.Start {
		return -1
	}
	best, bestSpec := -1, -1
	for i := s.first; i < s.last; i++ {
		tok := d.a.Tokens[i]
		pi := d.place[i] - 1
		if pi < 0 || tok.Start < from || tok.End > e.ev.Trigger.Start || i > s.first && d.place[i-1] == pi+1 {
			continue
		}
		if sp := specificity(d.a.Places[pi].Kind); sp > bestSpec && d.a.Places[pi].Kind != "country" {
			best, bestSpec = pi, sp
		}
	}
	return best
}

// roadName reports whether the place mention at token i names a road
// ("the Jalalabad road", "Ferozepur Road"), which runs elsewhere.
func (d *document) roadName(i, last int) bool {
	j := i
	for j+1 < last && d.place[j+1] == d.place[i] {
		j++
	}
	// "the Pattani-Had Yai Road": the road's other end may stand between
	for k := j + 1; k < last && k <= j+4; k++ {
		if roadWords[d.lower[k]] {
			return true
		}
		if (k > j+1 || d.lower[k] != "-") && (k == j+1 || !upperFirst(d.a.Tokens[k].Text)) {
			return false
		}
	}
	return false
}

// upperFirst reports whether s starts with an upper-case letter.
func upperFirst(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// roadWords end a road's name.
var roadWords = map[string]bool{"road": true, "highway": true, "street": true, "avenue": true, "expressway": true,
	"motorway": true}

// countryPlace returns the index in a.Places of the country of the place
// with this id, when the analysis holds it as a place, -1 otherwise.
func (d *document) countryPlace(id string) int {
	cc := ""
	for _, p := range d.a.Places {
		if p.ID == id {
			cc = string(p.Country)
		}
	}
	for i, p := range d.a.Places {
		if cc != "" && p.Kind == "country" && string(p.Country) == cc {
			return i
		}
	}
	return -1
}

// setPlace gives e the place id, placed by step by.
func (d *document) setPlace(e *event, id, by string) {
	e.ev.Place, e.placeBy, e.datelinePlace = doc.Str(id), by, by == placeDateline
}

// documentPlace returns the index in a.Places of the place a document
// is about, -1 for none. Its country is the one that at least two thirds
// of its place mentions outside the dateline lie in (all of them in a
// text that names one country); its place is the most specific place of
// that country it names as a location (not after "from", not a country
// or capital named as an actor, unless after a locative preposition), or
// the country itself when two such places of different provinces tie
// for most specific ("clashes in Homs and Hama" tell of Syria; of towns
// of one province, the first the gazetteer lists) or when it names the
// country's places only as actors or origins ("Afghan police",
// "villagers from Memot district"): the country's place the text names,
// else the one the geo stage implies (rule geo.implied). In a text of one
// sentence, whose steps 1 and 2 weighed its actors already, only an
// organisation or seat named for the place (namedFor) or a place after a
// verb and "from" ("abducted from Kohat") gives it the country. A text
// whose places span countries with no clear majority gets none.
func (d *document) documentPlace() int {
	var dl doc.Span
	if x := d.a.Document.Dateline; x != nil {
		dl = doc.Span{Start: x.Start, End: x.End}
	}
	// mention opens a place mention outside the dateline at token i.
	mention := func(i int) int {
		pi := d.place[i] - 1
		if pi < 0 || i > 0 && d.place[i-1] == pi+1 || dl.Len() > 0 && dl.Contains(d.a.Tokens[i].Span()) {
			return -1
		}
		return pi
	}
	votes, total := map[string]int{}, 0
	for i := range d.a.Tokens {
		if pi := mention(i); pi >= 0 && d.a.Places[pi].Country != "" {
			votes[string(d.a.Places[pi].Country)]++
			total++
		}
	}
	if total == 0 {
		return d.reportPlace()
	}
	country := ""
	for c, n := range votes {
		if 3*n >= 2*total {
			country = c
		}
	}
	if country == "" {
		return -1 // its places span countries
	}
	spec, best, tie := -1, -1, false
	var tied []int // the places of the most specific level, in text order
	said := false  // the country is said by more than a state named as an actor
	for i := range d.a.Tokens {
		pi := mention(i)
		if pi < 0 || string(d.a.Places[pi].Country) != country {
			continue
		}
		prev := ""
		if i > 0 {
			prev = d.lower[i-1]
		}
		if prev == "from" || d.actor[i] > 0 && !locative[prev] && !d.inLocative(i) {
			said = said || prev == "from" && d.afterVerb(i-1) || d.namedFor(i)
			continue // where people come from, or a state named as an actor
		}
		switch sp := specificity(d.a.Places[pi].Kind); {
		case sp > spec:
			spec, best, tie, tied = sp, pi, false, append(tied[:0], pi)
		case sp == spec && pi != best:
			tie = true
			tied = append(tied, pi)
		}
	}
	if tie {
		if pi := oneProvince(d.a.Places, tied); pi >= 0 {
			// towns of one province ("near Hisar", "at Mayyar village"):
			// the province is sure, and the listed town the likelier
			best, tie = pi, false
		}
	}
	if best >= 0 && !tie || best < 0 && len(d.a.Sentences) < 2 && !said {
		return best // one sentence: steps 1 and 2 weighed its actors already
	}
	for pi, p := range d.a.Places {
		if p.Kind == "country" && string(p.Country) == country {
			return pi
		}
	}
	return -1
}

// oneProvince returns, when the places ps (indexes into places, in text
// order) all lie in one first-level division of one country, the first
// of them that the gazetteer lists (it has coordinates), else the first;
// -1 when they do not, or when any is a division itself.
func oneProvince(places []doc.Place, ps []int) int {
	first, listed := -1, -1
	for _, pi := range ps {
		p := places[pi]
		if p.Admin1 == "" || p.Kind == "admin1" || p.Kind == "country" || p.Kind == "region" ||
			p.Country != places[ps[0]].Country || p.Admin1 != places[ps[0]].Admin1 {
			return -1
		}
		if first < 0 {
			first = pi
		}
		if listed < 0 && p.Lat != nil {
			listed = pi
		}
	}
	if listed >= 0 {
		return listed
	}
	return first
}

// namedFor reports whether the place mention at token i names the home
// of the actor whose mention holds it: an organisation of the place's
// own people named for it ("the Bangladesh Chhatra League", "the
// Democratic Youth Federation of India"; not a state's government, army,
// police or spies, which act abroad too: "U.S. forces", "the U.S.
// Army"), or an official's seat below a country ("the Delhi Chief
// Minister", "Patiala's MP").
func (d *document) namedFor(i int) bool {
	ai := d.actor[i] - 1
	if ai < 0 {
		return false
	}
	longer := false
	for k := d.mFrom[i]; k < d.mEnd[i]; k++ {
		longer = longer || d.place[k] != d.place[i] && d.lower[k] != "the"
	}
	act := d.a.Actors[ai]
	switch {
	case !longer:
		return false
	case act.Kind == doc.KindPerson:
		return d.a.Places[d.place[i]-1].Kind != "country"
	case act.Kind != doc.KindOrganization && act.Kind != doc.KindGroup:
		return false
	}
	switch act.Sector {
	case "GOV", "MIL", "COP", "SPY":
		return false
	}
	return true
}

// afterVerb reports whether token i, "from", follows a verb: "abducted
// from Pinjodi village", "reported from Kurichy" name where the act
// began, not where its doers come from ("villagers from Memot").
func (d *document) afterVerb(i int) bool {
	return i > 0 && d.a.Tokens[i-1].POS == "VERB"
}

// inLocative reports whether the place mention at token i ends a chain
// of places that a locative preposition opens: "in the Waziriya
// sub-district of Baghdad", "in Karrada, central Baghdad". A capital
// there is where something happened, not its government.
func (d *document) inLocative(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		w := d.lower[k]
		switch {
		case locative[w]:
			return true
		case d.place[k] > 0, chainWords[w], w == ",":
		default:
			return false
		}
	}
	return false
}

// opening reports whether token i lies in the sentence's opening
// adverbial: before the subject, or in a chain of places that starts
// there ("On Monday, in the Waziriya sub-district of Baghdad city, …").
func (d *document) opening(s *sent, i int) bool {
	return s.initial(i) || d.chained(s, i, func(k int) bool { return s.initial(k) })
}

// chained reports whether the place mention at token i continues a chain
// of places ("Johar Town, Lahore", "Karrada, central Baghdad", "the
// Pattani-Yala Road in Muang") from an
// earlier place mention at a token k for which ok(k) holds.
func (d *document) chained(s *sent, i int, ok func(k int) bool) bool {
	for k := i - 1; k >= s.first && k >= i-12; k-- {
		switch {
		case d.place[k] > 0:
			if ok(k) {
				return true
			}
		case roadWords[d.lower[k]]:
			// a road's name links too: "on the Pattani-Had Yai Road in
			// Nong Chik": its capitalised words lead to the place it is named for
			for k > s.first && d.place[k-1] == 0 && (d.lower[k-1] == "-" || upperFirst(d.a.Tokens[k-1].Text)) {
				k--
			}
		case chainWords[d.lower[k]], d.lower[k] == ",", d.lower[k] == "in":
		default:
			return false
		}
	}
	return false
}

// chainWords may stand between the places of a locative chain.
var chainWords = map[string]bool{"of": true, "the": true, "city": true, "town": true, "village": true,
	"province": true, "district": true, "sub-district": true, "subdistrict": true, "sub": true, "-": true, "area": true,
	"neighborhood": true, "neighbourhood": true, "suburb": true, "outskirts": true, "upazila": true,
	"tehsil": true, "governorate": true, "state": true, "region": true, "central": true, "north": true,
	"south": true, "east": true, "west": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "northwest": true, "northeast": true, "southwest": true, "southeast": true,
	"northwestern": true, "northeastern": true, "southwestern": true, "southeastern": true, "downtown": true}

// reportPlace returns the index of the place the geo stage gave a report
// that names none (rule geo.report: the country its demonyms and
// organisations point to), -1 for none.
func (d *document) reportPlace() int {
	for pi, p := range d.a.Places {
		if len(p.Mentions) == 0 && strings.HasPrefix(p.Rule, "geo.report:") {
			return pi
		}
	}
	return -1
}

// outletPlace returns the index of the place the geo stage gave a
// report that yields no country at all from its outlet (rule
// geo.outlet), -1 for none.
func (d *document) outletPlace() int {
	for pi, p := range d.a.Places {
		if len(p.Mentions) == 0 && strings.HasPrefix(p.Rule, "geo.outlet:") {
			return pi
		}
	}
	return -1
}

var locative = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true,
	"across": true, "from": false, "on": false, "into": true, "around": true, "within": true}

func inArg(a *doc.Arg, s doc.Span) bool {
	return a != nil && a.Start <= s.Start && s.End <= a.End
}

func specificity(kind string) int {
	switch kind {
	case "country":
		return 0
	case "region":
		return 1
	case "admin1":
		return 2
	case "admin2":
		return 3
	case "admin3", "locality":
		return 4 // a sub-district, or a part of a town: the town first
	}
	return 5 // a city, town or village
}
