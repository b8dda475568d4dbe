package ner

import (
	"context"
	"testing"

	"sitrep/internal/doc"
)

// FuzzAnnotate runs the tagger and the recogniser over arbitrary text,
// its hyphens split or not: no panic, entities in bounds, in order, on
// token boundaries, and the same output twice.
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"Foreign Office Spokesperson Mumtaz Zahra Baloch said Pakistan wanted peace .",
		"Ms Baloch . Mr. Khan , Gen. Asim Munir\nISLAMABAD : UN Security Council Resolution 1267",
		"the governor of Khyber Pakhtunkhwa near Gilgit and the Indus River",
		"Mr. Mr. Mr.", "Resolution 1267 Agreement Agreement", ". . .", "Gen.\nAsim",
	} {
		f.Add(s, 0, 3, false)
	}
	for _, s := range []string{
		"Fighters of al-Qaida near Port-au-Prince and India-Pakistan talks",
		"Pakistan-based - -x x- a-b-c-d-e US-led Guinea-Bissau",
		"in kerala to miramar california US for security\nHurricane Katrina",
	} {
		f.Add(s, 0, 3, true)
	}
	f.Fuzz(func(t *testing.T, text string, dlStart, dlLen int, split bool) {
		if len(text) > 2000 {
			return
		}
		run := func() []doc.Entity {
			a := analysis(text)
			if split {
				a = hyphenated(text)
			}
			if dlStart >= 0 && dlLen > 0 && dlStart+dlLen <= len(text) {
				a.Document.Dateline = &doc.Dateline{Start: dlStart, End: dlStart + dlLen}
			}
			r, tg := recognizer(t)
			if err := tg.Annotate(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			if err := r.Annotate(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			for i, e := range a.Entities {
				if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
					t.Fatalf("entity %d span [%d,%d) out of bounds (%d bytes)", i, e.Start, e.End, len(text))
				}
				if i > 0 && e.Start < a.Entities[i-1].Start {
					t.Fatalf("entities out of order at %d", i)
				}
				if text[e.Start:e.End] != e.Text {
					t.Fatalf("entity %d text %q, span says %q", i, e.Text, text[e.Start:e.End])
				}
			}
			return a.Entities
		}
		x, y := run(), run()
		if len(x) != len(y) {
			t.Fatalf("two runs: %d and %d entities", len(x), len(y))
		}
		for i := range x {
			if x[i] != y[i] {
				t.Fatalf("two runs differ at %d: %+v, %+v", i, x[i], y[i])
			}
		}
	})
}
