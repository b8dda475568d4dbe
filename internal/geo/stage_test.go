package geo

import (
	"context"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"sitrep/internal/doc"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// datelineRE finds a dateline at the start of a line, as ingest does.
var datelineRE = regexp.MustCompile(`(?m)^([A-Z][A-Z .'-]+[A-Z])(?: \([A-Za-z]+\))?:`)

// analysis builds an analysis of text with its dateline set.
func analysis(text string) *doc.Analysis {
	d := doc.Document{Text: text}
	if m := datelineRE.FindStringSubmatchIndex(text); m != nil {
		d.Dateline = &doc.Dateline{Text: text[m[2]:m[3]], Start: m[2], End: m[3]}
	}
	return doc.New(d)
}

// golden renders the places, dateline and diagnostics of a.
func golden(a *doc.Analysis) string {
	var b strings.Builder
	str := func(f *float64) string {
		if f == nil {
			return "null"
		}
		return fmt.Sprintf("%.4f", *f)
	}
	for _, p := range a.Places {
		gn := "null"
		if p.GeoNames != nil {
			gn = fmt.Sprint(*p.GeoNames)
		}
		fmt.Fprintf(&b, "%s %s %q country=%s admin1=%q lat=%s lon=%s geonames=%s\n    rule %s\n", p.ID, p.Kind, p.Name,
			p.Country, p.Admin1, str(p.Lat), str(p.Lon), gn, p.Rule)
		for _, m := range p.Mentions {
			fmt.Fprintf(&b, "    %d-%d %q\n", m.Start, m.End, m.Text)
		}
	}
	if dl := a.Document.Dateline; dl != nil {
		fmt.Fprintf(&b, "dateline %q place=%s\n", dl.Text, dl.Place)
	}
	for _, d := range a.Diagnostics {
		fmt.Fprintf(&b, "diagnostic %d-%d %s: %s\n", d.Start, d.End, d.Stage, d.Message)
	}
	return b.String()
}

// TestGolden compares the places of testdata/NAME.txt with
// testdata/NAME.golden; -update rewrites the golden files.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := analysis(string(b))
		if err := testResolver().Annotate(context.Background(), a); err != nil {
			t.Fatalf("Annotate(%s): %v", f, err)
		}
		got := golden(a)
		gf := strings.TrimSuffix(f, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(gf, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(gf)
		if err != nil {
			t.Fatalf("%v (run go test ./internal/geo -update)", err)
		}
		if got != string(want) {
			t.Errorf("places of %s differ from %s:\n%s", f, gf, got)
		}
	}
}

// TestEntities checks how entities of the NER stage steer resolution.
func TestEntities(t *testing.T) {
	tests := []struct {
		text, sub, typ string
		want           []string
		place          bool // whether the entity gets the place
	}{
		// an organisation around a place name: not a place
		{"Depositors of Kabul Bank protested.", "Kabul Bank", doc.Org, []string{}, false},
		// an agreement named after a city: not a place
		{"They discussed the Doha accord terms.", "Doha accord", doc.Law, []string{}, false},
		// a GPE the scanner would not trust alone (sentence start, small town)
		{"Mir Ali was calm on Friday.", "Mir Ali", doc.GPE, []string{"Mir Ali=Mir Ali/city/PAK"}, true},
		// a person named like a place
		{"Jordan said he would stay.", "Jordan", doc.Person, []string{}, false},
		// a capital tagged as a person is still the capital
		{"An official said Muscat was ready.", "Muscat", doc.Person, []string{"Muscat=Muscat/city/OMN"}, false},
		// a city used for its government (metonymy) stays a place
		{"Kabul rejected the claim.", "Kabul", doc.Org, []string{"Kabul=Kabul/city/AFG"}, true},
		// a LOC with a direction word the gazetteer lacks
		{"Clashes spread in northern Helmand.", "northern Helmand", doc.Loc, []string{"Helmand=Helmand/admin1/AFG"}, true},
	}
	for _, tt := range tests {
		e := entityIn(tt.text, tt.sub, tt.typ)
		a := annotate(t, tt.text, e)
		got := render(a)
		if strings.Join(got, ";") != strings.Join(tt.want, ";") {
			t.Errorf("places of %q with %s %q = %q, want %q", tt.text, tt.typ, tt.sub, got, tt.want)
		}
		if has := a.Entities[0].Place != ""; has != tt.place {
			t.Errorf("entity %q of %q: place %q, want a place: %v", tt.sub, tt.text, a.Entities[0].Place, tt.place)
		}
	}
}

func TestUnknownEntity(t *testing.T) {
	text := "Fighting reached Zqxville overnight."
	a := annotate(t, text, doc.Entity{Type: doc.GPE, Text: "Zqxville", Start: 17, End: 25})
	if len(a.Places) != 0 || len(a.Diagnostics) != 1 || !strings.Contains(a.Diagnostics[0].Message, `no gazetteer entry for GPE "Zqxville"`) {
		t.Errorf("places %v, diagnostics %v; want none and one about Zqxville", a.Places, a.Diagnostics)
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		text, dateline, want string
	}{
		{"ISLAMABAD: Talks resumed.", "ISLAMABAD", "Islamabad/city/PAK"},
		{"HYDERABAD, Sindh: Farmers protested.", "HYDERABAD, Sindh", "Hyderabad/city/PAK"},
		{"HYDERABAD: Farmers protested in Telangana.", "HYDERABAD", "Hyderabad/city/IND"},
		{"TRIPOLI, Lebanon: Shops closed.", "TRIPOLI, Lebanon", "Tripoli/city/LBN"},
		{"KANDAHAR: Officials met elders.", "KANDAHAR", "Kandahar/city/AFG"},
		{"QWERTYTOWN: Nothing here.", "QWERTYTOWN", ""},
	}
	for _, tt := range tests {
		a := doc.New(doc.Document{Text: tt.text, Dateline: &doc.Dateline{Text: tt.dateline, Start: 0, End: len(tt.dateline)}})
		if err := testResolver().Annotate(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, p := range a.Places {
			if doc.Str(p.ID) == a.Document.Dateline.Place {
				got = fmt.Sprintf("%s/%s/%s", p.Name, p.Kind, p.Country)
			}
		}
		if got != tt.want {
			t.Errorf("dateline %q of %q = %q, want %q", tt.dateline, tt.text, got, tt.want)
		}
	}
}

// FuzzAnnotate: no panic, spans in bounds and ordered, ids resolve, and
// the same output twice.
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{"ISLAMABAD: Pakistan urged Kabul.", "in Bannu district, Khyber Pakhtunkhwa", "U.S. and UK",
		"Afghan soil", "Tall ‘Afar, Ninawa", "MAZAR-I-SHARIF", "D.I. Khan's", "A\n\nB", "’s", "Al-", "Sana'a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		run := func() string {
			a := analysis(s)
			if err := testResolver().Annotate(context.Background(), a); err != nil {
				t.Fatalf("Annotate: %v", err)
			}
			ids := map[string]bool{}
			for _, p := range a.Places {
				ids[p.ID] = true
				for _, m := range p.Mentions {
					if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
						t.Fatalf("mention %+v out of bounds or wrong text in %q", m, s)
					}
				}
			}
			if dl := a.Document.Dateline; dl != nil && dl.Place != "" && !ids[string(dl.Place)] {
				t.Fatalf("dateline place %q is no place", dl.Place)
			}
			for _, d := range a.Diagnostics {
				if d.Start < 0 || d.End > len(s) || d.Start > d.End {
					t.Fatalf("diagnostic %+v out of bounds", d)
				}
			}
			return golden(a)
		}
		if a, b := run(), run(); a != b {
			t.Fatalf("two runs differ:\n%s\n%s", a, b)
		}
	})
}

// BenchmarkAnnotate measures resolution over the testdata reports, the
// gazetteer already loaded.
func BenchmarkAnnotate(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	var texts []string
	words, size := 0, 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		words += len(strings.Fields(string(t)))
		size += len(t)
	}
	r := testResolver()
	if _, err := r.Gazetteer(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if err := r.Annotate(context.Background(), analysis(t)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestAdmin1Spelling: a province the report spells its own way keeps that
// spelling, also as the admin1 of its towns; the rule keeps its code.
func TestAdmin1Spelling(t *testing.T) {
	a := annotate(t, "A bomb exploded in Mosul, Ninawa, Iraq, and another in Tikrit.")
	got := map[string]string{}
	for _, p := range a.Places {
		got[p.Name] = string(p.Admin1) + " " + p.Rule
	}
	want := map[string]string{
		"Mosul":  "Ninawa geo.contained:geonames:99072",
		"Ninawa": "Ninawa geo.contained:admin1:IQ.15",
		"Iraq":   " geo.contained:dict:IRQ",
		"Tikrit": "Salah ad Din geo.population:geonames:90150",
	}
	if !maps.Equal(got, want) {
		t.Errorf("places = %q, want %q", got, want)
	}
}
