// Package geo is sitrep's place stage: it finds the places a report
// names, resolves each to one gazetteer entry with the help of the rest of
// the document, and gives each distinct place an id.
//
// In: doc.Analysis with Document.Text, and when earlier stages ran,
// Entities (GPE and LOC mentions are candidates; PERSON, ORG, LAW, … spans
// veto the place names inside them) and Document.Dateline. Out:
// Analysis.Places (p1, p2, … in order of first mention, each with its
// mentions and the rule and gazetteer entry that made it), Entity.Place on
// the entities that name a place, Dateline.Place, and diagnostics for
// names that are unknown, too weak to trust or ambiguous.
//
// The gazetteer (gazetteer.go) joins GeoNames places, divisions and
// country rows built by tools/gazetteer, the countries of sitrep/dict and
// the hand-written places.tsv. Resolution (resolve.go) scores every entry
// that bears a name by kind, population, capital status, designators
// ("Helmand province", "Bannu district"), the countries, divisions and
// dateline of the document, and "Town, Province" pairs; names inside
// organisation or agreement names ("Doha Agreement", "Kabul Bank") and
// demonyms ("Afghan") are not places, but "Afghan soil" is Afghanistan.
// The dictionary's organisations of one country ("Awami League") and
// level words one country uses ("upazila") are evidence of the report's
// country. A town named as part of a larger one ("the Sisli neighborhood
// in Istanbul", places.tsv's localities such as Sadr City) is a locality
// of it. A division's level word, or its country's name right after it,
// makes a name a place however the tagger took it ("Ninawa governorate",
// "Nalchik, Kabardino Balkariya, Russia", "Davao City"); a town's name
// before "Street" is a street's; a city's government ("the Chennai
// Corporation") names the city.
//
// Places the gazetteer lacks (unlisted.go): a capitalised name with a
// level word ("Raybar village", "Boalmari upazila", "the town of Khan
// Bani Saad"), a GPE or LOC entity after a preposition of position, a
// name written "in Town, Province", or a town whose only namesakes lie
// outside the place that holds it in the text ("Johar Town, Lahore"),
// becomes an unlisted place (kind city, admin2, admin3 or locality) with
// the country and province of that place or of the report, and no
// coordinates. A small town that holds such a place is read as its
// namesake province ("in Rusoh, Narathiwat, Thailand"). A report that names no place at all gets the country its
// organisations and demonyms clearly point to, as a place without
// mentions (rule geo.report; the province or town its organisations are
// named for when they agree: "the Kerala Assembly"); one that yields no country at all gets
// its outlet's home country (Document.Source: dict/outlets.tsv, or a
// place in the outlet's name; rule geo.outlet, outlet.go); one that names
// only places of one country, never the country, gets that country as a
// place without mentions (rule geo.implied, implied.go); and the
// outlet's home breaks ties between namesakes ("Punjab" in Dawn or The
// Hindu). "The capital" of a report about one country is its capital
// (capital.go).
//
// Every place's Rule reads "geo.WHY:SOURCE": WHY is what decided among the
// entries bearing the name (country, capital, population, unique,
// context, contained, designator, dateline, demonym.territory, report,
// outlet, implied, capital.word,
// unlisted.contained, unlisted.document, unlisted.document.nocountry;
// with ".ambiguous" when a namesake in another country came close) and
// SOURCE the gazetteer entry (geonames:ID, admin1:CC.CODE,
// admin2:CC.CODE.CODE, dict:ISO3, places.tsv:LINE, or text for an
// unlisted place).
//
// A place's name is GeoNames' name in ASCII ("Lashkar Gah"), except that a
// town or district the report spells another way keeps the report's
// spelling ("Galkayo", "Ba'quba"), and so does a province it calls by
// another name ("Ninawa"), also as its towns' admin1; divisions lose a
// leading level word ("Amphoe Nong Chik") and provinces a trailing one
// ("Sanaa Governorate", "Cauca Department"). A place's admin1 is its
// first-level division, except in the Philippines, whose regions only
// group provinces: there it is the province ("Lamitan, Basilan"; see
// provinceFirst). The rule's source identifies the place. The
// place of an event is the events stage's business (internal/events,
// place.go), from the places and mentions this stage leaves.
//
// Known limits: only English names and the spellings of GeoNames and
// places.tsv are known; a place that shares its name with a person is
// missed when no earlier stage says which it is and no province follows
// it; towns below 1,000 people (5,000 outside the focus region) are not in
// the gazetteer, nor sub-districts; divisions carry a representative
// point, not a shape, and have no geonames id; provinces are today's,
// except that a report published before Pakistan's tribal areas merged
// (2018), Nepal's provinces replaced its development regions (2018) or
// Mymensingh Division was made (2015) gets the province of its day
// (history.go).
package geo

import (
	"context"
	"fmt"
	"sync"

	"sitrep/dict"
	"sitrep/internal/doc"
)

// Options configures a Resolver. The zero value is ready to use.
type Options struct {
	// Dict is the knowledge base whose countries the gazetteer uses; nil
	// means dict.Load(DictDir), done once on first use.
	Dict *dict.KB
	// DictDir is the --dict override directory used when Dict is nil.
	DictDir string
	// Prior lists ISO2 codes of countries a report is likely to be about
	// when it does not say; they win ties against namesakes elsewhere.
	// nil means DefaultPrior.
	Prior []string
}

// DefaultPrior is the region sitrep is built to report on: South and
// Central Asia and the Middle East.
var DefaultPrior = []string{"AF", "PK", "IN", "BD", "NP", "LK", "IR", "IQ", "SY", "YE", "SA", "JO", "LB",
	"IL", "PS", "TR", "EG", "TJ", "UZ", "KG", "TM", "KZ", "QA", "AE", "KW", "BH", "OM"}

// Resolver is the geo stage. It is safe for concurrent use; the
// gazetteer is loaded once, on first use.
type Resolver struct {
	opts  Options
	prior map[string]bool
	once  sync.Once
	gaz   *Gazetteer
	err   error
}

// New returns a Resolver; it loads nothing until first used.
func New(opts Options) *Resolver {
	r := &Resolver{opts: opts, prior: map[string]bool{}}
	prior := opts.Prior
	if prior == nil {
		prior = DefaultPrior
	}
	for _, c := range prior {
		r.prior[c] = true
	}
	return r
}

// Name returns the stage name, "geo".
func (r *Resolver) Name() string { return "geo" }

// Gazetteer returns the loaded gazetteer, loading it on first call.
func (r *Resolver) Gazetteer() (*Gazetteer, error) {
	r.once.Do(func() {
		kb := r.opts.Dict
		if kb == nil {
			var err error
			if kb, err = dict.Load(r.opts.DictDir); err != nil {
				r.err = fmt.Errorf("load dictionary: %w", err)
				return
			}
		}
		r.gaz, r.err = LoadGazetteer(kb)
	})
	return r.gaz, r.err
}

// Annotate finds and resolves the places of a.
func (r *Resolver) Annotate(ctx context.Context, a *doc.Analysis) error {
	g, err := r.Gazetteer()
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	res := resolution{r: r, g: g, a: a}
	res.run()
	return nil
}
