package eval

import (
	"context"
	"fmt"
	"sitrep/internal/plovermap"

	"strings"
	"time"

	"sitrep/internal/doc"
	"sitrep/internal/eval/gold"
)

// Sample sizes of the analyst-text suites.
const (
	fullACLED  = 2000 // of 10,194 ACLED Asia 2015 events, spread evenly
	quickACLED = 150
	fullGTD    = 1500 // of 2,929 GTD 2011 attacks, spread evenly
	quickGTD   = 150
)

// ACLED event types, as in the current ACLED codebook. The old schema's
// names are folded into them by acledType.
const (
	Battles    = "Battles"
	Explosions = "Explosions/Remote violence"
	VAC        = "Violence against civilians"
	Protests   = "Protests/Riots"
	Strategic  = "Strategic developments"
)

// acledType folds an ACLED event type of either schema into the five
// types above (protests and riots merged, as the 2015 schema had them).
func acledType(t string) string {
	l := strings.ToLower(strings.TrimSpace(t))
	switch {
	case strings.HasPrefix(l, "battle"):
		return Battles
	case strings.Contains(l, "remote violence") || strings.HasPrefix(l, "explosion"):
		return Explosions
	case strings.HasPrefix(l, "violence against civilians"):
		return VAC
	case strings.Contains(l, "protest") || strings.Contains(l, "riot"):
		return Protests
	case strings.HasPrefix(l, "strategic") || strings.Contains(l, "transfer of territory") || strings.Contains(l, "headquarters"):
		return Strategic
	}
	return ""
}

// gtdType maps a GTD attack type to an ACLED type; "" when the attack
// type does not decide it (facility attacks, unknown).
func gtdType(attack, target string) string {
	switch attack {
	case "Bombing/Explosion":
		return Explosions
	case "Assassination", "Hostage Taking (Kidnapping)", "Hostage Taking (Barricade Incident)", "Hijacking", "Unarmed Assault":
		return VAC
	case "Armed Assault":
		switch target {
		case "Military", "Police", "Terrorists/Non-State Militia":
			return Battles
		}
		return VAC
	}
	return ""
}

// eventACLEDType maps a sitrep event to the ACLED type the gold records
// use (package plovermap, taxonomy.md); the 2015 schema joins protests and
// riots into one type.
func eventACLEDType(e doc.Event, a *doc.Analysis) string {
	in := plovermap.Event{Type: e.Type, Mode: string(e.Mode), Rule: string(e.Rule), HasTarget: e.Target != nil}
	if e.Target != nil {
		in.TargetText = e.Target.Text
		if e.Target.Actor != "" {
			for _, act := range a.Actors {
				if act.ID == string(e.Target.Actor) {
					in.TargetSector = string(act.Sector)
					if in.TargetSector == "" {
						in.TargetSector = "-" // known actor, no armed sector
					}
				}
			}
		}
	}
	switch t, _ := plovermap.Type(in); t {
	case plovermap.Protests, plovermap.Riots:
		return Protests
	default:
		return t
	}
}

// primaryEvent returns the event a document's gold record is compared
// with: the highest-confidence event said to have happened (status
// reported or claimed), the earliest on ties; nil when there is none.
func primaryEvent(a *doc.Analysis) *doc.Event {
	var best *doc.Event
	for i := range a.Events {
		e := &a.Events[i]
		if e.Status != doc.Reported && e.Status != doc.Claimed && e.Status != "" {
			continue
		}
		if best == nil || e.Confidence > best.Confidence || e.Confidence == best.Confidence && e.Start < best.Start {
			best = e
		}
	}
	return best
}

// maxCount returns the largest best count among the document's happened
// events (0 when none gives one): a report's casualty sentence is often
// coded as its own event, so the primary event alone would miss it.
func maxCount(a *doc.Analysis, get func(*doc.Event) *doc.Count) int {
	n := 0
	for i := range a.Events {
		e := &a.Events[i]
		if e.Status != doc.Reported && e.Status != doc.Claimed && e.Status != "" {
			continue
		}
		if c := get(e); c != nil && c.Best > n {
			n = c.Best
		}
	}
	return n
}

func placeOf(a *doc.Analysis, id doc.Str) *doc.Place {
	if id == "" {
		return nil
	}
	for i := range a.Places {
		if a.Places[i].ID == string(id) {
			return &a.Places[i]
		}
	}
	return nil
}

// incidentCounts are the answers on one or many incidents.
type incidentCounts struct {
	typ, fatal, fatalPos, injured, injuredPos, country, admin1, location, dateExact, dateIn, actor Acc
	found                                                                                          Acc
	// typeBy is the type accuracy by gold ACLED type.
	typeBy map[string]Acc
}

func (c *incidentCounts) add(o incidentCounts) {
	for _, p := range []struct{ a, b *Acc }{
		{&c.typ, &o.typ}, {&c.fatal, &o.fatal}, {&c.fatalPos, &o.fatalPos}, {&c.injured, &o.injured},
		{&c.injuredPos, &o.injuredPos}, {&c.country, &o.country}, {&c.admin1, &o.admin1},
		{&c.location, &o.location}, {&c.dateExact, &o.dateExact}, {&c.dateIn, &o.dateIn},
		{&c.actor, &o.actor}, {&c.found, &o.found},
	} {
		p.a.Add(*p.b)
	}
	for t, a := range o.typeBy {
		if c.typeBy == nil {
			c.typeBy = map[string]Acc{}
		}
		x := c.typeBy[t]
		x.Add(a)
		c.typeBy[t] = x
	}
}

// scoreIncident compares a document's analysis with its gold record.
// wantType is the gold ACLED type ("" to leave type unscored).
func scoreIncident(in gold.Incident, wantType string, a *doc.Analysis, countries map[string]string) incidentCounts {
	var c incidentCounts
	e := primaryEvent(a)
	c.found.Score(e != nil)
	if wantType != "" {
		got := ""
		if e != nil {
			got = eventACLEDType(*e, a)
		}
		c.typ.Score(got == wantType)
		c.typeBy = map[string]Acc{wantType: {}}
		x := c.typeBy[wantType]
		x.Score(got == wantType)
		c.typeBy[wantType] = x
	}
	if in.Fatalities != nil {
		n := maxCount(a, func(e *doc.Event) *doc.Count { return e.Fatalities })
		c.fatal.Score(n == *in.Fatalities)
		if *in.Fatalities > 0 {
			c.fatalPos.Score(n == *in.Fatalities)
		}
	}
	if in.Injuries != nil {
		n := maxCount(a, func(e *doc.Event) *doc.Count { return e.Injuries })
		c.injured.Score(n == *in.Injuries)
		if *in.Injuries > 0 {
			c.injuredPos.Score(n == *in.Injuries)
		}
	}
	var p *doc.Place
	if e != nil {
		p = placeOf(a, e.Place)
	}
	if code := countries[normName(in.Country)]; code != "" {
		c.country.Score(p != nil && string(p.Country) == code)
	}
	if in.Admin1 != "" {
		ok := p != nil && (samePlace(string(p.Admin1), in.Admin1) || p.Kind == "admin1" && samePlace(p.Name, in.Admin1))
		c.admin1.Score(ok)
	}
	if in.Location != "" && !strings.EqualFold(in.Location, "unknown") {
		c.location.Score(p != nil && samePlace(p.Name, in.Location))
	}
	if in.Precise && !in.Date.IsZero() {
		day := in.Date.Format(time.DateOnly)
		var r *doc.DayRange
		if e != nil && e.Date != nil {
			r = e.Date.Range
		}
		c.dateExact.Score(r != nil && r[0] == day && r[1] == day)
		c.dateIn.Score(r != nil && r[0] <= day && day <= r[1])
	}
	if in.Actor != "" {
		c.actor.Score(e != nil && sameActor(in, e, a))
	}
	return c
}

// sameActor reports whether the source of e is the gold perpetrator: for
// an unidentified gold perpetrator, when the system names none (or an
// unidentified one); else when an identifying word of the gold name
// appears in the source's text, actor name or roles.
func sameActor(in gold.Incident, e *doc.Event, a *doc.Analysis) bool {
	var text []string
	if e.Source != nil {
		text = append(text, e.Source.Text)
		for _, act := range a.Actors {
			if e.Source.Actor != "" && act.ID == string(e.Source.Actor) {
				text = append(text, act.Name)
				text = append(text, act.Roles...)
				if unknownActor(in.Actor) && act.Sector == "UAF" {
					return true
				}
			}
		}
	}
	got := actorWords(strings.Join(text, " "), "")
	if unknownActor(in.Actor) {
		if e.Source == nil || strings.TrimSpace(e.Source.Text) == "" {
			return true
		}
		for w := range got {
			if anonymousWords[w] {
				return true
			}
		}
		return false
	}
	for w := range actorWords(in.Actor, in.Country) {
		if got[w] {
			return true
		}
	}
	return false
}

func (r *runner) readIncidents(path string, read func(*readerFile) ([]gold.Incident, error), full, quick int) ([]gold.Incident, int, error) {
	f, err := r.open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	all, err := read(&readerFile{f, path})
	if err != nil {
		return nil, 0, err
	}
	n := full
	if r.opts.Quick {
		n = quick
	}
	return pick(all, n), len(all), nil
}

// scoreIncidents analyses each incident's text, published the day after
// the event, and scores it.
func (r *runner) scoreIncidents(ctx context.Context, ins []gold.Incident, wantType func(gold.Incident) string) (incidentCounts, []string, int, error) {
	countries, err := r.countryCodes()
	if err != nil {
		return incidentCounts{}, nil, 0, fmt.Errorf("read country names: %w", err)
	}
	per := make([]incidentCounts, len(ins))
	ex := newExamples(r.opts.Examples, len(ins))
	failed, err := r.each(ctx, len(ins), func(ctx context.Context, i int) error {
		in := ins[i]
		// the outlet is a news record's metadata (ACLED's source column)
		d := doc.Document{ID: in.ID, Text: in.Text, Source: doc.Str(in.Source), PublishedFrom: doc.FromNone}
		if !in.Date.IsZero() {
			d.Published = doc.Str(in.Date.AddDate(0, 0, 1).Format(time.DateOnly))
			d.PublishedFrom = doc.FromMetadata
		}
		a, err := r.analyze(ctx, d)
		if a == nil {
			return err
		}
		per[i] = scoreIncident(in, wantType(in), a, countries)
		if ex.on() {
			if line := incidentMiss(in, wantType(in), a, per[i]); line != "" {
				ex.add(i, "%s", line)
			}
		}
		return err
	})
	var c incidentCounts
	for _, p := range per {
		c.add(p)
	}
	return c, ex.lines(), failed, err
}

var incidentNotes = []string{
	"Each record's text is analysed alone, published the day after the gold event date (a next-day report), so relative dates (\"on Thursday\") must be resolved; its outlet (ACLED's source column; none for GTD) is the document's source, as a news record's metadata.",
	"The system event compared with the record is the highest-confidence event with status reported or claimed (earliest on ties). Its type is mapped to ACLED's five types (taxonomy.md; ASSAULT by mode; firearms and other modes → Battles when the target is an armed actor, there is none or the event is a clash, else Violence against civilians); old ACLED names are folded into the new ones, protests and riots merged.",
	"Fatalities and injuries: the largest best count over the document's reported/claimed events (0 when none), compared exactly; also over records whose gold count is above 0.",
	"Country: ISO alpha-3 of the event's place (GeoNames names). Admin1 and location: the event place's admin1 (or name, for an admin1 place) and name, compared after lower-casing, folding accents and dropping generic words (province, district, development …) and folding a direction's adjective into its noun (Eastern → East); a gold name's parenthesised or slashed alternatives also count, and so does a division's other official name (Azad Jammu and Kashmir = Azad Kashmir, Orissa = Odisha, Uttaranchal = Uttarakhand, Pondicherry = Puducherry).",
	"Date: over records dated to the day; exact when the event's date range is that one day, within when the range contains it.",
	"Perpetrator: correct when an identifying word of the gold actor (minus generic words and the country's name, singularised) appears in the event source's text, actor name or roles; for an unidentified gold actor, when the system names no source or an unidentified one.",
}

func incidentMetrics(prefix string, c incidentCounts, withInjuries bool) []Metric {
	noFloor := func(m Metric) Metric { m.NoFloor = true; return m }
	m := []Metric{
		acc(prefix+".found", "records with an event", c.found),
		acc(prefix+".type", "event type (ACLED)", c.typ),
	}
	for _, t := range []struct{ key, name string }{
		{"battles", Battles}, {"explosions", Explosions}, {"vac", VAC}, {"protests", Protests}, {"strategic", Strategic},
	} {
		if a, ok := c.typeBy[t.name]; ok {
			m = append(m, acc(prefix+".type."+t.key, "event type, gold "+t.name, a))
		}
	}
	m = append(m,
		noFloor(acc(prefix+".fatalities", "fatalities exact", c.fatal)),
		acc(prefix+".fatalities_pos", "fatalities exact, gold > 0", c.fatalPos),
	)
	if withInjuries {
		m = append(m, noFloor(acc(prefix+".injuries", "injuries exact", c.injured)), acc(prefix+".injuries_pos", "injuries exact, gold > 0", c.injuredPos))
	}
	return append(m,
		acc(prefix+".country", "country", c.country),
		acc(prefix+".admin1", "admin1", c.admin1),
		acc(prefix+".location", "location (city)", c.location),
		acc(prefix+".date", "date exact", c.dateExact),
		acc(prefix+".date_within", "date within range", c.dateIn),
		acc(prefix+".perpetrator", "perpetrator", c.actor),
	)
}

const acledPath = "acled/asia-2015/acled.csv"

// runACLED scores event coding on ACLED Asia 2015 analyst notes.
func runACLED(ctx context.Context, r *runner) (*Result, error) {
	ins, total, err := r.readIncidents(acledPath, func(f *readerFile) ([]gold.Incident, error) { return gold.ReadACLED(f, f.path) }, fullACLED, quickACLED)
	if err != nil {
		return nil, err
	}
	c, misses, failed, err := r.scoreIncidents(ctx, ins, func(in gold.Incident) string { return acledType(in.Type) })
	if err != nil {
		return nil, err
	}
	return &Result{
		Examples: misses,
		Data:     fmt.Sprintf("ACLED Asia 2015 notes: %d of %d events, spread evenly over the file", len(ins), total),
		Docs:     len(ins),
		Failed:   failed,
		Metrics:  incidentMetrics("acled", c, false),
		Notes:    incidentNotes,
	}, nil
}

const gtdPath = "gtd-2011/gtd_2011.csv"

// runGTD scores event coding on GTD 2011 attack summaries.
func runGTD(ctx context.Context, r *runner) (*Result, error) {
	ins, total, err := r.readIncidents(gtdPath, func(f *readerFile) ([]gold.Incident, error) { return gold.ReadGTD(f, f.path) }, fullGTD, quickGTD)
	if err != nil {
		return nil, err
	}
	c, misses, failed, err := r.scoreIncidents(ctx, ins, func(in gold.Incident) string { return gtdType(in.Type, in.TargetType) })
	if err != nil {
		return nil, err
	}
	notes := append([]string{
		"The summary's leading \"MM/DD/YYYY:\" is removed. GTD attack types map to ACLED types: bombing → Explosions/Remote violence; assassination, hostage taking, hijacking, unarmed assault → Violence against civilians; armed assault → Battles against military, police or militia targets, else Violence against civilians; facility attacks and unknown are not scored for type.",
	}, incidentNotes...)
	return &Result{
		Examples: misses,
		Data:     fmt.Sprintf("GTD 2011 (all regions but South Asia) summaries: %d of %d attacks, spread evenly over the file", len(ins), total),
		Docs:     len(ins),
		Failed:   failed,
		Metrics:  incidentMetrics("gtd", c, true),
		Notes:    notes,
	}, nil
}

// incidentMiss describes the fields the system got wrong on one record,
// or returns "" when it got them all.
func incidentMiss(in gold.Incident, wantType string, a *doc.Analysis, c incidentCounts) string {
	wrong := func(x Acc) bool { return x.N > 0 && x.Correct < x.N }
	e := primaryEvent(a)
	var parts []string
	if e == nil {
		parts = append(parts, "no event")
	} else {
		if wrong(c.typ) {
			parts = append(parts, fmt.Sprintf("type %s %s → %s, want %s", e.Type, string(e.Mode), eventACLEDType(*e, a), wantType))
		}
		if p := placeOf(a, e.Place); wrong(c.country) || wrong(c.admin1) || wrong(c.location) {
			got := "no place"
			if p != nil {
				got = fmt.Sprintf("%s/%s/%s", p.Name, string(p.Admin1), string(p.Country))
			}
			parts = append(parts, fmt.Sprintf("place %s, want %s/%s/%s", got, in.Location, in.Admin1, in.Country))
		}
		if wrong(c.dateExact) {
			got := "none"
			if e.Date != nil && e.Date.Range != nil {
				got = e.Date.Range[0] + ".." + e.Date.Range[1]
			}
			parts = append(parts, fmt.Sprintf("date %s, want %s", got, in.Date.Format(time.DateOnly)))
		}
		if wrong(c.actor) {
			got := "none"
			if e.Source != nil {
				got = e.Source.Text
			}
			parts = append(parts, fmt.Sprintf("perpetrator %q, want %q", clip(got, 40), in.Actor))
		}
	}
	if wrong(c.fatal) {
		parts = append(parts, fmt.Sprintf("killed %d, want %d", maxCount(a, func(e *doc.Event) *doc.Count { return e.Fatalities }), *in.Fatalities))
	}
	if wrong(c.injured) {
		parts = append(parts, fmt.Sprintf("injured %d, want %d", maxCount(a, func(e *doc.Event) *doc.Count { return e.Injuries }), *in.Injuries))
	}
	if len(parts) == 0 {
		return ""
	}
	return in.ID + ": " + strings.Join(parts, "; ")
}
