package actors

import (
	"context"
	"fmt"
	"testing"

	"sitrep/internal/doc"
)

// FuzzAnnotate checks the stage on any text: no panic, mentions inside
// the text and in order, ids a1… in order, and the same output twice.
func FuzzAnnotate(f *testing.F) {
	for _, fx := range fixtures[:40] {
		f.Add(fx.text, fx.day)
	}
	f.Add("Ms", "")
	f.Add("U.S. -Kabul's 's ’s -- Mr. . , she", "2024-02-30")
	f.Add("ISLAMABAD:\n\nthe spokesperson, a spokesman for the , said", "2024-11-22T10:00:00Z")
	r := testResolver(f)
	f.Fuzz(func(t *testing.T, text, day string) {
		run := func() *doc.Analysis {
			a := doc.New(doc.Document{Text: text, Published: doc.Str(day)})
			a.Entities = append(a.Entities, doc.Entity{ID: "n1", Type: doc.Person, Start: 0, End: min(len(text), 5)})
			if err := r.Annotate(context.Background(), a); err != nil {
				t.Fatalf("Annotate: %v", err)
			}
			return a
		}
		a := run()
		for i, ac := range a.Actors {
			if want := fmt.Sprintf("a%d", i+1); ac.ID != want {
				t.Errorf("actor %d id = %s, want %s", i, ac.ID, want)
			}
			if len(ac.Mentions) == 0 {
				t.Errorf("actor %s has no mentions", ac.ID)
			}
			prev := -1
			for _, m := range ac.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End || m.Start < prev {
					t.Fatalf("actor %s mention %d-%d out of order or bounds (text %d bytes)", ac.ID, m.Start, m.End, len(text))
				}
				if text[m.Start:m.End] != m.Text {
					t.Errorf("actor %s mention text %q, text has %q", ac.ID, m.Text, text[m.Start:m.End])
				}
				prev = m.Start
			}
		}
		if got, want := render(run()), render(a); got != want {
			t.Errorf("second run differs:\n%s", diff(want, got))
		}
	})
}
