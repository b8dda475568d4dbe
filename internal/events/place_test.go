package events_test

import (
	"context"
	"strings"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/pipeline"
)

// placeOfTrigger returns the name of the place of the event whose trigger
// is trig and the step its rule names ("" for steps 1 and 2).
func placeOfTrigger(a *doc.Analysis, trig string) (name, step string, found bool) {
	for _, e := range a.Events {
		if e.Trigger.Text != trig {
			continue
		}
		if _, s, ok := strings.Cut(e.Rule, ";place="); ok {
			step = s
		}
		for _, p := range a.Places {
			if doc.Str(p.ID) == e.Place {
				name = p.Name
			}
		}
		return name, step, true
	}
	return "", "", false
}

// TestPlaceSteps checks each step of the place fallback chain.
func TestPlaceSteps(t *testing.T) {
	tests := []struct {
		name, text, trig string
		wantPlace        string
		wantStep         string
	}{
		{"1 clause", "Gunmen killed two guards in Quetta on Monday, police in Karachi said.",
			"killed", "Quetta", ""},
		{"2 sentence", "In Peshawar, police said gunmen killed two guards on Monday.",
			"killed", "Peshawar", ""},
		{"3 paragraph, sentence before", "Gunmen attacked a checkpoint in Bannu on Monday. Police arrested three suspects later.",
			"arrested", "Bannu", "paragraph"},
		{"3 paragraph, same act further back", "Militants attacked a checkpoint in Bannu on Monday. The district has seen unrest for months. Police later arrested three suspects.",
			"arrested", "Bannu", "paragraph"},
		{"4 document place", "Police in Lahore said the search went on.\n\nGunmen killed two guards on Monday.",
			"killed", "Lahore", "document"},
		{"4 document country on a tie", "Syria's army reported fighting in Homs and in Aleppo.\n\nGunmen killed two soldiers on Monday.",
			"killed", "Syria", "document"},
		{"4 majority country", "Police in Lahore, Pakistan, said a man from Kabul was held.\n\nGunmen killed two guards on Monday.",
			"killed", "Lahore", "document"},
		{"4 document country the text never names", "Villagers from Memot district marched to the provincial hall.\n\nPolice blocked the marchers on Monday.",
			"blocked", "Cambodia", "document"},
		{"4 document country of towns tied", "Strikers shut shops in Sirajganj and in Feni.\n\nPolice clashed with the strikers on Sunday.",
			"clashed", "Bangladesh", "document"},
		{"4 document town of towns of one province tied", "Strikers shut shops in Bannu and in Kohat.\n\nPolice clashed with the strikers on Sunday.",
			"clashed", "Bannu", "document"},
		{"4 one sentence: an organisation named for its country", "Activists of the Bangladesh Chhatra League clashed over control of a hostel.",
			"clashed", "Bangladesh", "document"},
		{"4 one sentence: a place after a verb and \"from\"", "A trader was abducted from Kohat by armed men.",
			"abducted", "Pakistan", "document"},
		{"4 one sentence: a state named as an actor", "U.S. forces captured four suspects in a night raid.",
			"captured", "", ""},
		{"4 one sentence: where the doers come from", "Two men from Lahore were killed on Monday.",
			"killed", "", ""},
		{"4 none when countries differ", "Officials in Kabul and in Islamabad met.\n\nGunmen killed two guards on Monday.",
			"killed", "", ""},
		{"verbal events take no document place", "Shelling hit Kharkiv on Monday.\n\nThe United Nations condemned the attacks on Tuesday.",
			"condemned", "", ""},
	}
	for _, tt := range tests {
		a := analyze(t, tt.text)
		place, step, ok := placeOfTrigger(a, tt.trig)
		if !ok {
			t.Errorf("%s: no event on %q in %q", tt.name, tt.trig, tt.text)
			continue
		}
		if place != tt.wantPlace || step != tt.wantStep {
			t.Errorf("%s: place of %q = %q (step %q), want %q (step %q)", tt.name, tt.trig, place, step, tt.wantPlace, tt.wantStep)
		}
	}
}

// TestPlaceDateline checks step 5: an event with no place in its text
// takes the dateline's place, and says so; a material act the dateline's
// country when the report names it.
func TestPlaceDateline(t *testing.T) {
	pipeOnce.Do(func() { pipe, pipeErr = pipeline.New(pipeline.Options{Workers: 1}) })
	if pipeErr != nil {
		t.Fatalf("pipeline.New: %v", pipeErr)
	}
	for _, tt := range []struct{ text, trig, want string }{
		{"QUETTA: Gunmen killed two guards on Monday, police said.", "killed", "Quetta"},
		// an act the text does not place, in a report that names the
		// dateline's country among others: the country, not the town it
		// was filed in; what was said there stays there
		{"ISLAMABAD: Pakistan urged Afghanistan to act. Gunmen killed two guards on Monday, officials said.",
			"killed", "Pakistan"},
		{"ISLAMABAD: Pakistan urged Afghanistan to act. Gunmen killed two guards on Monday, officials said.",
			"urged", "Islamabad"},
	} {
		d := doc.Document{ID: "t", Text: tt.text, Published: "2024-11-22", PublishedFrom: doc.FromFlag}
		head, _, _ := strings.Cut(tt.text, ":")
		d.Dateline = &doc.Dateline{Text: head, Start: 0, End: len(head)}
		a, err := pipe.Analyze(context.Background(), d)
		if err != nil {
			t.Fatalf("Analyze(%q): %v", tt.text, err)
		}
		place, step, ok := placeOfTrigger(a, tt.trig)
		if !ok || place != tt.want || step != "dateline" {
			t.Errorf("place of %q in %q = %q (step %q, event %v), want %q (step dateline)", tt.trig, tt.text, place, step, ok, tt.want)
		}
	}
}

// TestPlaceOutlet checks step 7: a report that yields no country at all
// takes its outlet's home country, and says so; any country the text
// gives wins over it, and an international outlet gives none.
func TestPlaceOutlet(t *testing.T) {
	pipeOnce.Do(func() { pipe, pipeErr = pipeline.New(pipeline.Options{Workers: 1}) })
	if pipeErr != nil {
		t.Fatalf("pipeline.New: %v", pipeErr)
	}
	tests := []struct {
		source, text, trig  string
		wantPlace, wantStep string
	}{
		{"The Hindu", "Farmers staged a protest outside the collectorate on Monday demanding higher prices.",
			"protest", "India", "outlet"},
		{"Bangkok Post", "Militants detonated a bomb near a school on Monday.", "detonated", "Thailand", "outlet"},
		{"The Financial Express (Bangladesh)", "Police clashed with protesters blocking the highway on Monday.",
			"clashed", "Bangladesh", "outlet"},
		// a demand that hangs on an act is made where the act was
		{"The Hindu", "Farmers sat on the rail tracks on Monday, demanding higher prices.", "demanding", "India", "outlet"},
		{"The Hindu", "The minister on Monday demanded higher prices for farmers.", "demanded", "", ""},
		// the text's own country wins
		{"The Hindu", "Farmers staged a protest in Lahore on Monday.", "protest", "Lahore", ""},
		{"Dawn", "BJP activists staged a protest on Monday against the fare hike.", "protest", "India", "document"},
		// an international outlet, or none, gives no country
		{"Reuters", "Farmers staged a protest outside the collectorate on Monday.", "protest", "", ""},
		{"", "Farmers staged a protest outside the collectorate on Monday.", "protest", "", ""},
	}
	for _, tt := range tests {
		d := doc.Document{ID: "t", Text: tt.text, Source: doc.Str(tt.source), Published: "2024-11-22", PublishedFrom: doc.FromFlag}
		a, err := pipe.Analyze(context.Background(), d)
		if err != nil {
			t.Fatalf("Analyze(%q): %v", tt.text, err)
		}
		place, step, ok := placeOfTrigger(a, tt.trig)
		if !ok {
			t.Errorf("no event on %q in %q", tt.trig, tt.text)
			continue
		}
		if place != tt.wantPlace || step != tt.wantStep {
			t.Errorf("%s: place of %q in %q = %q (step %q), want %q (step %q)", tt.source, tt.trig, tt.text, place, step, tt.wantPlace, tt.wantStep)
		}
	}
}
