package eval

import (
	"context"
	"fmt"
	"strings"

	"sitrep/internal/doc"
	"sitrep/internal/eval/gold"
)

const (
	evlocPath  = "event-location/labeled_text.json"
	fullEvloc  = 3000 // of 9,686 sentences, spread evenly
	quickEvloc = 300
)

// placeCounts are the answers of the places suite.
type placeCounts struct{ found, place, none Acc }

// runPlaces scores the place of events on the event-location set.
func runPlaces(ctx context.Context, r *runner) (*Result, error) {
	f, err := r.open(evlocPath)
	if err != nil {
		return nil, err
	}
	all, err := gold.ReadEventLocations(f, evlocPath)
	f.Close()
	if err != nil {
		return nil, err
	}
	n := fullEvloc
	if r.opts.Quick {
		n = quickEvloc
	}
	recs := pick(all, n)
	per := make([]placeCounts, len(recs))
	ex := newExamples(r.opts.Examples, len(recs))
	failed, err := r.each(ctx, len(recs), func(ctx context.Context, i int) error {
		g := recs[i]
		a, err := r.analyze(ctx, doc.Document{ID: g.ID, Text: g.Text, PublishedFrom: doc.FromNone})
		if a == nil {
			return err
		}
		per[i] = scorePlace(g, a)
		if ex.on() && (per[i].place.Correct < per[i].place.N || per[i].none.Correct < per[i].none.N) {
			ex.add(i, "%s", placeMiss(g, a))
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	var c placeCounts
	for _, p := range per {
		c.found.Add(p.found)
		c.place.Add(p.place)
		c.none.Add(p.none)
	}
	return &Result{
		Data:     fmt.Sprintf("event-location sentences: %d of %d, spread evenly", len(recs), len(all)),
		Docs:     len(recs),
		Failed:   failed,
		Examples: ex.lines(),
		Metrics: []Metric{
			acc("places.found", "gold event verbs with a system event", c.found),
			acc("places.place", "event place correct (gold has a place)", c.place),
			acc("places.none", "no place given (gold has none; events found)", c.none),
		},
		Notes: []string{
			"Each sentence is analysed alone. The system event is the one whose trigger overlaps the gold verb (the highest-confidence one if several); \"gold event verbs with a system event\" counts those. For the place figures, when no trigger overlaps the verb, the event whose extent contains the verb with the nearest trigger stands in (merged events such as \"shot and killed\" keep one trigger).",
			"Event place correct: the event's place has a mention overlapping a gold location span, or its name equals a gold location's text; a missing event or place is wrong.",
			"No place given: over sentences whose gold event has no location and for which an event was found, the event has no place.",
		},
	}, nil
}

// eventFor returns the system event for the gold verb: the
// highest-confidence event whose trigger overlaps the verb (exact true),
// else the event whose extent contains the verb with the trigger nearest
// to it (merged events such as "shot and killed" keep one trigger), else nil.
func eventFor(g gold.Located, a *doc.Analysis) (e *doc.Event, exact bool) {
	for i := range a.Events {
		ev := &a.Events[i]
		if g.Verb.Overlaps(gold.Span{Start: ev.Trigger.Start, End: ev.Trigger.End}) && (e == nil || ev.Confidence > e.Confidence) {
			e = ev
		}
	}
	if e != nil {
		return e, true
	}
	best := -1
	for i := range a.Events {
		ev := &a.Events[i]
		if ev.Start > g.Verb.Start || ev.End < g.Verb.End {
			continue
		}
		d := ev.Trigger.Start - g.Verb.Start
		if d < 0 {
			d = g.Verb.Start - ev.Trigger.End
		}
		if best < 0 || d < best {
			e, best = ev, d
		}
	}
	return e, false
}

// scorePlace scores one sentence.
func scorePlace(g gold.Located, a *doc.Analysis) placeCounts {
	var c placeCounts
	e, exact := eventFor(g, a)
	c.found.Score(exact)
	var p *doc.Place
	if e != nil {
		p = placeOf(a, e.Place)
	}
	if len(g.Locations) == 0 {
		if e != nil {
			c.none.Score(p == nil)
		}
		return c
	}
	c.place.Score(p != nil && placeMatches(g, p))
	return c
}

func placeMatches(g gold.Located, p *doc.Place) bool {
	for _, loc := range g.Locations {
		for _, m := range p.Mentions {
			if loc.Overlaps(gold.Span{Start: m.Start, End: m.End}) {
				return true
			}
		}
		if samePlace(p.Name, g.Text[loc.Start:loc.End]) {
			return true
		}
	}
	return false
}

// placeMiss describes the system's answer on a sentence it got wrong.
func placeMiss(g gold.Located, a *doc.Analysis) string {
	var want []string
	for _, l := range g.Locations {
		want = append(want, g.Text[l.Start:l.End])
	}
	got := "no event"
	if e, exact := eventFor(g, a); e != nil {
		got = "no place"
		if p := placeOf(a, e.Place); p != nil {
			got = p.Name
		}
		if !exact {
			got += fmt.Sprintf(" (event on %q)", e.Trigger.Text)
		}
	}
	return fmt.Sprintf("%q: event %q at %s, want %q", clip(g.Text, 70), g.Text[g.Verb.Start:g.Verb.End], got, strings.Join(want, ", "))
}
