package events_test

import (
	"context"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// TestParticipleModifiers checks that a past participle before a noun
// ("the kidnapped journalist") describes the people an act concerns and
// is no event of its own when the sentence has another one, and that
// "free", "freed" and "release" code the release by their subject.
func TestParticipleModifiers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"headline base form tagged as adjective", "Militants free abducted aid workers",
			[]string{"RETREAT/release Militants>abducted aid workers"}},
		{"freed with a modified object", "Gunmen on Monday freed the kidnapped journalist in Goma.",
			[]string{"RETREAT/release Gunmen>the kidnapped journalist date=2024-11-18 at=Goma"}},
		{"released with a modified object", "Rebels released the abducted workers in Goma on Monday.",
			[]string{"RETREAT/release Rebels>the abducted workers date=2024-11-18 at=Goma"}},
		{"modifier after a number", "Rebels freed two kidnapped nurses in Goma on Monday.",
			[]string{"RETREAT/release Rebels>two kidnapped nurses date=2024-11-18 at=Goma"}},
		{"participle with a subject is the act", "Militants abducted four aid workers in Goma on Monday.",
			[]string{"ASSAULT/abduct Militants>four aid workers detained=4 date=2024-11-18 at=Goma"}},
		{"passive participle is the act", "Four aid workers were abducted in Goma on Monday.",
			[]string{"ASSAULT/abduct ->Four aid workers detained=4 date=2024-11-18 at=Goma"}},
		{"modifier kept when alone", "Police rescued kidnapped children in Lagos on Monday.",
			[]string{"ASSAULT/abduct ->children date=2024-11-18 at=Lagos"}},
		{"wounded modifier is no event", "Wounded soldiers were taken to hospital in Kabul on Monday.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lines(analyze(t, tt.text))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("events of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestHeadlineParticiple checks headlines, where a participle with no
// object is passive and one before a noun is a modifier.
func TestHeadlineParticiple(t *testing.T) {
	tests := []struct {
		title, body string
		want        []string
	}{
		{"Abducted aid workers released", "The workers arrived in Goma on Monday.",
			[]string{"RETREAT/release ->Abducted aid workers date=2024-11-22~ at=Goma"}},
		{"Militants free abducted aid workers", "The release came in Goma on Monday.",
			[]string{"RETREAT/release Militants>abducted aid workers date=2024-11-22~ at=Goma"}},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			text := tt.title + "\n\n" + tt.body
			a := analyzeTitled(t, tt.title, text)
			got := lines(a)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("events of %q:\n got %q\nwant %q", text, got, tt.want)
			}
		})
	}
}

// analyzeTitled runs the pipeline over text whose first line is its title.
func analyzeTitled(t *testing.T, title, text string) *doc.Analysis {
	t.Helper()
	analyze(t, "") // builds the shared pipeline
	a, err := pipe.Analyze(context.Background(), doc.Document{ID: "t", Title: doc.Str(title), Text: text,
		Published: "2024-11-22", PublishedFrom: doc.FromFlag})
	if err != nil {
		t.Fatalf("Analyze(%q): %v", text, err)
	}
	return a
}
