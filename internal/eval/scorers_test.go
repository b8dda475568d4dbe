package eval

import (
	"strings"
	"testing"
	"time"

	"sitrep/internal/doc"
	"sitrep/internal/eval/gold"
)

func TestScoreTimexes(t *testing.T) {
	want := []gold.Timex{
		{Span: sp(0, 8), Type: "DATE", Value: "2024-11-21"}, // Thursday
		{Span: sp(20, 30), Type: "DURATION", Value: "P3D"},  // three days
		{Span: sp(40, 49), Type: "DATE", Value: "2024-W46"}, // last week
	}
	got := []doc.Time{
		{Start: 0, End: 8, Type: "DATE", Value: "2024-11-21"},
		{Start: 14, End: 30, Type: "DURATION", Value: "P2D"},
		{Start: 60, End: 65, Type: "DATE", Value: "2024"},
	}
	strict, relaxed, value, typ := scoreTimexes(want, got)
	if strict != (PRF{1, 3, 3}) || relaxed != (PRF{2, 3, 3}) || value != (PRF{1, 3, 3}) || typ != (PRF{2, 3, 3}) {
		t.Errorf("scoreTimexes = strict %v relaxed %v value %v type %v", strict, relaxed, value, typ)
	}
	if relaxed.F1() >= 1 || value.F1() >= relaxed.F1() {
		t.Errorf("value F1 %v must be below relaxed F1 %v, below 1", value.F1(), relaxed.F1())
	}
}

func TestEntityChunks(t *testing.T) {
	// "Imran Khan visited Kabul and the UN"
	a := goldTokenized("x", [][]string{{"Imran", "Khan", "visited", "Kabul", "and", "the", "UN"}}, nil)
	ents := []doc.Entity{
		{Type: doc.Person, Start: a.Tokens[0].Start, End: a.Tokens[1].End},
		{Type: doc.GPE, Start: a.Tokens[3].Start, End: a.Tokens[3].End},
		{Type: doc.NORP, Start: a.Tokens[3].Start, End: a.Tokens[3].End}, // overlaps: dropped
		{Type: doc.Org, Start: a.Tokens[5].Start, End: a.Tokens[6].End},  // "the UN": wrong boundary
		{Type: doc.Misc, Start: a.Tokens[4].Start, End: a.Tokens[4].End},
	}
	all := map[string]bool{"PER": true, "ORG": true, "LOC": true, "MISC": true}
	got := entityChunks(a.Tokens, ents, all)
	want := []chunkKey{{0, 2, "PER"}, {3, 4, "LOC"}, {4, 5, "MISC"}, {5, 7, "ORG"}}
	if len(got) != len(want) {
		t.Fatalf("entityChunks = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entityChunks[%d] = %v, want %v", i, got[i], want[i])
		}
	}
	gold := []chunkKey{{0, 2, "PER"}, {3, 4, "LOC"}, {6, 7, "ORG"}}
	c := matchChunks(gold, got)
	if c != (PRF{Correct: 2, Pred: 4, Gold: 3}) {
		t.Errorf("matchChunks = %+v, want 2 of 4 predicted, 3 gold", c)
	}
	// UNER drops MISC-class predictions.
	noMisc := entityChunks(a.Tokens, ents, map[string]bool{"PER": true, "ORG": true, "LOC": true})
	if c := matchChunks(gold, noMisc); c != (PRF{Correct: 2, Pred: 3, Gold: 3}) {
		t.Errorf("matchChunks without MISC = %+v", c)
	}
}

func TestScoreQuotes(t *testing.T) {
	text := `“We will not yield,” the minister said. Officials said talks would resume.`
	q1 := strings.Index(text, "We will")
	q1e := strings.Index(text, "yield") + len("yield")
	src := strings.Index(text, "the minister")
	ind := strings.Index(text, "talks would resume")
	want := []gold.Attribution{
		{Source: []gold.Span{sp(src, src+len("the minister"))}, Content: []gold.Span{sp(q1, q1e+1)}}, // includes the comma
		{Source: []gold.Span{sp(0, 0)}, Content: []gold.Span{sp(ind, ind+len("talks would resume"))}},
	}
	want[1].Source = []gold.Span{sp(strings.Index(text, "Officials"), strings.Index(text, "Officials")+9)}
	a := doc.New(doc.Document{Text: text})
	a.Actors = []doc.Actor{{ID: "a1", Mentions: []doc.Mention{{Start: src + 4, End: src + 12}}}}
	a.Quotes = []doc.Quote{
		{Start: q1, End: q1e, Direct: true, Speaker: "a1"},                      // exact once trimmed; right speaker
		{Start: ind, End: ind + len("talks would"), Direct: false, Speaker: ""}, // overlap only; no speaker
	}
	c := scoreQuotes(text, want, a)
	if c.strict != (PRF{1, 2, 2}) || c.overlap != (PRF{2, 2, 2}) {
		t.Errorf("all: strict %v overlap %v", c.strict, c.overlap)
	}
	if c.directStrict != (PRF{1, 1, 1}) {
		t.Errorf("direct strict = %v, want 1/1/1", c.directStrict)
	}
	if c.speaker != (Acc{1, 2}) || c.directSpeaker != (Acc{1, 1}) {
		t.Errorf("speaker = %v direct %v, want 1 of 2 and 1 of 1", c.speaker, c.directSpeaker)
	}
	// Content and speaker: one of two gold sources found, by the one
	// system quote that names a speaker.
	if c.attributed != (PRF{Correct: 1, Pred: 1, Gold: 2}) {
		t.Errorf("attributed = %+v, want 1 right of 1 predicted, 2 gold", c.attributed)
	}
}

func TestIsDirect(t *testing.T) {
	text := `He said "no deal" and that talks were over.`
	if !isDirect(text, sp(strings.Index(text, "no deal"), strings.Index(text, "no deal")+7)) {
		t.Error("isDirect: quoted content not direct")
	}
	if isDirect(text, sp(strings.Index(text, "talks"), len(text))) {
		t.Error("isDirect: reported speech marked direct")
	}
}

func TestScoreIncident(t *testing.T) {
	day := time.Date(2015, 3, 3, 0, 0, 0, 0, time.UTC)
	two, zero := 2, 0
	in := gold.Incident{
		Text: "x", Date: day, Precise: true, Type: "Remote violence", Fatalities: &two, Injuries: &zero,
		Country: "Pakistan", Admin1: "Balochistan", Location: "Quetta", Actor: "Unidentified Armed Group (Pakistan)",
	}
	countries := map[string]string{"pakistan": "PAK"}
	a := doc.New(doc.Document{Text: "x"})
	r := doc.DayRange{"2015-03-03", "2015-03-03"}
	a.Places = []doc.Place{{ID: "p1", Name: "Quetta", Country: "PAK", Admin1: "Balochistan Province"}}
	a.Events = []doc.Event{
		{Type: "ASSAULT", Mode: "explosives", Status: doc.Reported, Confidence: 0.9, Place: "p1",
			Date: &doc.EventDate{Range: &r}, Fatalities: &doc.Count{Low: 2, Best: 2, High: 2},
			Source: &doc.Arg{Text: "unidentified attackers"}},
		{Type: "ASSAULT", Status: doc.Negated, Confidence: 0.99, Fatalities: &doc.Count{Best: 9}},
	}
	c := scoreIncident(in, acledType(in.Type), a, countries)
	for name, got := range map[string]Acc{"type": c.typ, "fatal": c.fatal, "injured": c.injured, "country": c.country,
		"admin1": c.admin1, "location": c.location, "date": c.dateExact, "actor": c.actor} {
		if got != (Acc{1, 1}) {
			t.Errorf("%s = %v, want right", name, got)
		}
	}
	// Wrong answers must score below 1.
	a.Events[0].Mode = "firearms"
	a.Events[0].Fatalities.Best = 3
	wide := doc.DayRange{"2015-03-01", "2015-03-07"}
	a.Events[0].Date.Range = &wide
	a.Places[0] = doc.Place{ID: "p1", Name: "Karachi", Country: "PAK"}
	a.Events[0].Source = &doc.Arg{Text: "the Taliban"}
	c = scoreIncident(in, acledType(in.Type), a, countries)
	for name, got := range map[string]Acc{"type": c.typ, "fatal": c.fatal, "admin1": c.admin1, "location": c.location,
		"date exact": c.dateExact, "actor": c.actor} {
		if got != (Acc{0, 1}) {
			t.Errorf("%s = %v, want wrong", name, got)
		}
	}
	if c.dateIn != (Acc{1, 1}) || c.country != (Acc{1, 1}) {
		t.Errorf("date within %v, country %v: want right", c.dateIn, c.country)
	}
	// No events at all: nothing right but the zero counts.
	c = scoreIncident(in, acledType(in.Type), doc.New(doc.Document{}), countries)
	if c.found != (Acc{0, 1}) || c.typ != (Acc{0, 1}) || c.injured != (Acc{1, 1}) || c.fatal != (Acc{0, 1}) {
		t.Errorf("empty analysis: %+v", c)
	}
}

func TestTypeMaps(t *testing.T) {
	for in, want := range map[string]string{
		"Battle-No change of territory": Battles, "Remote violence": Explosions, "Violence Against Civilians": VAC,
		"Riots/Protests": Protests, "Strategic development": Strategic, "Non-violent transfer of territory": Strategic,
		"Explosions/Remote violence": Explosions, "Protests": Protests, "Something else": "",
	} {
		if got := acledType(in); got != want {
			t.Errorf("acledType(%q) = %q, want %q", in, got, want)
		}
	}
	if gtdType("Armed Assault", "Police") != Battles || gtdType("Armed Assault", "Private Citizens & Property") != VAC ||
		gtdType("Bombing/Explosion", "") != Explosions || gtdType("Unknown", "") != "" {
		t.Error("gtdType mapping wrong")
	}
	a := doc.New(doc.Document{})
	a.Actors = []doc.Actor{{ID: "a1", Sector: "CVL"}, {ID: "a2", Sector: "MIL"}}
	for _, tt := range []struct {
		target *doc.Arg
		want   string
	}{
		{&doc.Arg{Actor: "a1"}, VAC},
		{&doc.Arg{Actor: "a2"}, Battles},
		{&doc.Arg{Text: "two police officers"}, Battles},
		{&doc.Arg{Text: "a shopkeeper"}, VAC},
		{nil, Battles},
	} {
		e := doc.Event{Type: "ASSAULT", Mode: "firearms", Target: tt.target}
		if got := eventACLEDType(e, a); got != tt.want {
			t.Errorf("firearms on %+v = %q, want %q", tt.target, got, tt.want)
		}
	}
	// Shelling, artillery and missile fire are remote violence in ACLED,
	// whoever the target is.
	if got := eventACLEDType(doc.Event{Type: "ASSAULT", Mode: "heavy-weapons", Target: &doc.Arg{Actor: "a2"}}, a); got != Explosions {
		t.Errorf("heavy-weapons = %q, want %q", got, Explosions)
	}
	// Both sides of a clash fight: a battle whatever the target's words.
	if got := eventACLEDType(doc.Event{Type: "ASSAULT", Mode: "firearms", Rule: "assault.clash.noun", Target: &doc.Arg{Text: "two rival groups"}}, a); got != Battles {
		t.Errorf("clash = %q, want %q", got, Battles)
	}
	if got := eventACLEDType(doc.Event{Type: "COERCE", Mode: "arrest"}, a); got != Strategic {
		t.Errorf("arrest = %q, want %q", got, Strategic)
	}
}

func TestSamePlaceAndActor(t *testing.T) {
	for _, tt := range []struct {
		got, want string
		ok        bool
	}{
		{"Alexandria", "Al Iskandariyah (Alexandria)", true},
		{"Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa Province", true},
		{"Peshawar", "Khyber Pakhtunkhwa", false},
		{"Sanaa", "Sana'a", true},
		{"Sanaa", "Aden", false},
		{"", "Kabul", false},
		{"Bogotá", "Bogota", true},
		{"Mid-Western Development Region", "Mid-West", true},
		{"Eastern", "East", true},
		{"Azad Kashmir", "Azad Jammu and Kashmir", true},
		{"Odisha", "Orissa", true},
		{"Azad Kashmir", "Jammu and Kashmir", false},
		{"Eastern", "West", false},
		{"North Sinai", "South Sinai", false},
	} {
		if got := samePlace(tt.got, tt.want); got != tt.ok {
			t.Errorf("samePlace(%q, %q) = %v, want %v", tt.got, tt.want, got, tt.ok)
		}
	}
	in := gold.Incident{Actor: "Protesters (Bangladesh)", Country: "Bangladesh"}
	a := doc.New(doc.Document{})
	if !sameActor(in, &doc.Event{Source: &doc.Arg{Text: "hundreds of protesters"}}, a) {
		t.Error("sameActor: protesters not matched")
	}
	if sameActor(in, &doc.Event{Source: &doc.Arg{Text: "Bangladesh police"}}, a) {
		t.Error("sameActor: matched on the country name alone")
	}
}

func TestScorePlace(t *testing.T) {
	text := "Gunmen attacked a checkpoint in Quetta on Monday."
	v := strings.Index(text, "attacked")
	q := strings.Index(text, "Quetta")
	g := gold.Located{Text: text, Verb: sp(v, v+8), Locations: []gold.Span{sp(q, q+6)}}
	a := doc.New(doc.Document{Text: text})
	a.Places = []doc.Place{{ID: "p1", Name: "Quetta", Mentions: []doc.Mention{{Start: q, End: q + 6}}}, {ID: "p2", Name: "Karachi"}}
	a.Events = []doc.Event{{Trigger: doc.Trigger{Start: v, End: v + 8}, Place: "p1"}}
	if c := scorePlace(g, a); c.found != (Acc{1, 1}) || c.place != (Acc{1, 1}) {
		t.Errorf("right place scored %+v", c)
	}
	a.Events[0].Place = "p2"
	if c := scorePlace(g, a); c.place != (Acc{0, 1}) {
		t.Errorf("wrong place scored %+v", c)
	}
	a.Events[0].Trigger = doc.Trigger{Start: 0, End: 6}
	if c := scorePlace(g, a); c.found != (Acc{0, 1}) || c.place != (Acc{0, 1}) {
		t.Errorf("event on another verb scored %+v", c)
	}
	// A merged event whose extent covers the verb stands in for the
	// place, but does not count as found.
	a.Events[0] = doc.Event{Start: 0, End: len(text), Trigger: doc.Trigger{Start: 0, End: 6}, Place: "p1"}
	if c := scorePlace(g, a); c.found != (Acc{0, 1}) || c.place != (Acc{1, 1}) {
		t.Errorf("merged event scored %+v, want place right, not found", c)
	}
	g.Locations = nil
	a.Events[0] = doc.Event{Trigger: doc.Trigger{Start: v, End: v + 8}}
	if c := scorePlace(g, a); c.none != (Acc{1, 1}) {
		t.Errorf("no place, none given: %+v", c)
	}
}

func TestNormValue(t *testing.T) {
	for in, want := range map[string]string{"2000-W7": "2000-W07", "2000-w07": "2000-W07", " p3d ": "P3D", "2000-W": "2000-W", "1998-10": "1998-10"} {
		if got := normValue(in); got != want {
			t.Errorf("normValue(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestExamples(t *testing.T) {
	e := newExamples(3, 2)
	e.add(0, "a%d", 1)
	e.add(0, "a%d", 2)
	e.add(0, "a%d", 3)
	e.add(0, "a%d", 4) // over the per-document cap
	e.add(1, "b%d", 1)
	if got, want := strings.Join(e.lines(), " "), "a1 b1 a2"; got != want {
		t.Errorf("lines = %q, want %q (round robin over documents)", got, want)
	}
	if off := newExamples(0, 1); off.on() || len(off.lines()) != 0 {
		t.Error("examples kept with max 0")
	}
	if got := clip("a  b\nc", 10); got != "a b c" {
		t.Errorf("clip = %q", got)
	}
	if got := clip("abcdefgh", 4); got != "abc…" {
		t.Errorf("clip = %q", got)
	}
	c := confusions{{"NOUN", "PROPN"}: 3, {"VERB", ""}: 5}
	if got := c.top(1); len(got) != 1 || got[0] != "gold VERB, system (none): 5" {
		t.Errorf("top = %q", got)
	}
}

// TestGoldTokenizedText checks that a sentence's written text keeps its
// spacing when the gold tokens are found in it, and that one whose tokens
// are not is written with spaces.
func TestGoldTokenizedText(t *testing.T) {
	sents := [][]string{{"Muqtada", "al", "-", "Sadr", "spoke", "."}, {"a", "b"}, {"x", "y"}}
	texts := []string{"Muqtada al-Sadr spoke.", "a c", ""}
	a := goldTokenizedText("x", sents, texts, nil)
	want := "Muqtada al-Sadr spoke.\na b\nx y"
	if a.Document.Text != want {
		t.Fatalf("text = %q, want %q", a.Document.Text, want)
	}
	for _, tok := range a.Tokens {
		if got := a.Document.Text[tok.Start:tok.End]; got != tok.Text {
			t.Errorf("token %q at [%d,%d) reads %q", tok.Text, tok.Start, tok.End, got)
		}
	}
	if a.Tokens[2].Start != a.Tokens[1].End || a.Tokens[4].Start != a.Tokens[3].End+1 {
		t.Errorf("spacing lost: %+v", a.Tokens[:5])
	}
	if len(a.Sentences) != 3 || a.Sentences[1].Start != len("Muqtada al-Sadr spoke.\n") {
		t.Errorf("sentences = %+v", a.Sentences)
	}
	if alignTokens("a b extra", []string{"a", "b"}) != nil {
		t.Error("alignTokens accepted text left over")
	}
}
