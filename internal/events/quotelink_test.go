package events

import (
	"testing"

	"sitrep/internal/doc"
)

func TestLinkQuotes(t *testing.T) {
	cue := func(s, e int) (*int, *int) { return &s, &e }
	cs, ce := cue(9, 14)
	a := &doc.Analysis{
		Events: []doc.Event{
			{ID: "e1", Trigger: doc.Trigger{Start: 9, End: 14}, Source: &doc.Arg{Actor: "a1"}},    // at the cue
			{ID: "e2", Trigger: doc.Trigger{Start: 60, End: 66}, Source: &doc.Arg{Actor: "a1"}},   // inside q2
			{ID: "e3", Trigger: doc.Trigger{Start: 110, End: 116}, Source: &doc.Arg{Actor: "a9"}}, // inside q3, another source
			{ID: "e4", Trigger: doc.Trigger{Start: 200, End: 205}},                                // outside every quote
		},
		Quotes: []doc.Quote{
			{ID: "q1", Start: 15, End: 40, Speaker: "a1", CueStart: cs, CueEnd: ce},
			{ID: "q2", Start: 50, End: 90, Speaker: "a1"},
			{ID: "q3", Start: 100, End: 130, Speaker: "a1"},
			{ID: "q4", Start: 150, End: 190, Speaker: "a2"},
		},
	}
	linkQuotes(a)
	want := []doc.Str{"e1", "e2", "", ""}
	for i, q := range a.Quotes {
		if q.Event != want[i] {
			t.Errorf("linkQuotes: quote %s event = %q, want %q", q.ID, q.Event, want[i])
		}
	}
}
