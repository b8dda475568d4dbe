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
		if ex.on() && (per[i].place.Correct < per[i].place.N || per[i].none.Correct < per[i].none.N || per[i].found.Correct == 0) {
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
			"Each sentence is analysed alone. The system event is the one whose trigger overlaps the gold verb (the highest-confidence one if several).",
			"Event place correct: the event's place has a mention overlapping a gold location span, or its name equals a gold location's text; a missing event or place is wrong.",
			"No place given: over sentences whose gold event has no location and for which an event was found, the event has no place.",
		},
	}, nil
}

// scorePlace scores one sentence.
func scorePlace(g gold.Located, a *doc.Analysis) placeCounts {
	var c placeCounts
	var e *doc.Event
	for i := range a.Events {
		ev := &a.Events[i]
		if !g.Verb.Overlaps(gold.Span{Start: ev.Trigger.Start, End: ev.Trigger.End}) {
			continue
		}
		if e == nil || ev.Confidence > e.Confidence {
			e = ev
		}
	}
	c.found.Score(e != nil)
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
	for _, e := range a.Events {
		if g.Verb.Overlaps(gold.Span{Start: e.Trigger.Start, End: e.Trigger.End}) {
			got = "no place"
			if p := placeOf(a, e.Place); p != nil {
				got = p.Name
			}
			break
		}
	}
	return fmt.Sprintf("%q: event %q at %s, want %q", clip(g.Text, 70), g.Text[g.Verb.Start:g.Verb.End], got, strings.Join(want, ", "))
}
