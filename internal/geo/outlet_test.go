package geo

import (
	"context"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// TestOutletCountry checks the home country of an outlet: from the
// dictionary, else from a place or demonym in its name when they agree;
// none for international outlets and names that name no home.
func TestOutletCountry(t *testing.T) {
	g, err := testResolver().Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, want string }{
		{"The Hindu", "IN"},
		{"Dawn", "PK"},
		{"Daily Regional Times", "PK"},
		{"EKantipur.com", "NP"},
		{"Bangkok Post", "TH"},
		{"Phnom Penh Post", "KH"},
		{"The Financial Express (Bangladesh)", "BD"},
		{"The Telegraph (India)", "IN"},
		{"Times of India", "IN"},
		{"Pakistan Today", "PK"},
		{"Assam Tribune", "IN"},
		{"Imphal Free Press", "IN"},
		// several outlets that agree, or do not
		{"EKantipur.com; Himalayan Times", "NP"},
		{"Xinhua News Agency, The Nation, DVB", "MM"},
		{"Dawn / The Hindu", ""},
		// words of outlets' names are no places ("Free" is no Free State)
		{"Middle East North Africa Financial Network", ""},
		{"Free Press", ""},
		// international, listed so: no prior, whatever its name holds
		{"Voice of America", ""},
		{"Al Jazeera", ""},
		{"Reuters", ""},
		// nothing in the name, or two countries
		{"The Morning Courier", ""},
		{"The Telegraph", ""},
		{"India Pakistan Review", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got, why := g.OutletCountry(tt.name); got != tt.want || got != "" && why == "" {
			t.Errorf("OutletCountry(%q) = %q (%q), want %q", tt.name, got, why, tt.want)
		}
	}
}

// TestOutletPlace checks that a report gets its outlet's country only
// when it yields no country at all, with a diagnostic that says so.
func TestOutletPlace(t *testing.T) {
	tests := []struct {
		source, text string
		want         string // the outlet place as "Name/ISO3/rule", "" for none
	}{
		{"The Hindu", "Farmers staged a protest outside the collectorate.", "India/IND/geo.outlet:dict:IND"},
		{"Bangkok Post", "Militants burned tyres on the road.", "Thailand/THA/geo.outlet:dict:THA"},
		// the text names a place, or its parties name a country
		{"The Hindu", "Farmers staged a protest in Lahore.", ""},
		{"The Hindu", "BNP activists enforced a hartal across the country.", ""},
		// a dateline
		{"The Hindu", "QUETTA: Gunmen killed two guards.", ""},
		{"Reuters", "Farmers staged a protest outside the collectorate.", ""},
	}
	for _, tt := range tests {
		d := doc.Document{Text: tt.text, Source: doc.Str(tt.source)}
		if head, _, ok := strings.Cut(tt.text, ":"); ok && head == strings.ToUpper(head) {
			d.Dateline = &doc.Dateline{Text: head, Start: 0, End: len(head)}
		}
		a := doc.New(d)
		if err := testResolver().Annotate(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, p := range a.Places {
			if strings.HasPrefix(p.Rule, "geo.outlet") {
				got = p.Name + "/" + string(p.Country) + "/" + p.Rule
			}
		}
		if got != tt.want {
			t.Errorf("outlet place of %q from %q = %q, want %q", tt.text, tt.source, got, tt.want)
		}
		diag := false
		for _, x := range a.Diagnostics {
			diag = diag || strings.Contains(x.Message, "from the outlet")
		}
		if diag != (tt.want != "") {
			t.Errorf("outlet diagnostic of %q from %q = %v, want %v (%v)", tt.text, tt.source, diag, tt.want != "", a.Diagnostics)
		}
	}
}

// TestOutletNamedSeat checks that a report that names no place but a
// body named for a province or a town of its outlet's home country gets
// that province or town, not the bare country.
func TestOutletNamedSeat(t *testing.T) {
	tests := []struct {
		source, text, org, want string
	}{
		{"Hindustan Times", "Students of the Ajmer Institute of Technology staged a protest outside the collectorate.",
			"Ajmer Institute of Technology", "Ajmer/IND/Rajasthan"},
		{"Hindustan Times", "Students of the Institute of Technology staged a protest outside the collectorate.",
			"Institute of Technology", "India/IND/"},
	}
	for _, tt := range tests {
		a := doc.New(doc.Document{Text: tt.text, Source: doc.Str(tt.source)})
		at := strings.Index(tt.text, tt.org)
		a.Entities = append(a.Entities, doc.Entity{ID: "n1", Type: doc.Org, Text: tt.org, Start: at, End: at + len(tt.org)})
		if err := testResolver().Annotate(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, p := range a.Places {
			if strings.HasPrefix(p.Rule, "geo.outlet") {
				got = p.Name + "/" + string(p.Country) + "/" + string(p.Admin1)
			}
		}
		if got != tt.want {
			t.Errorf("outlet place of %q from %q = %q, want %q", tt.text, tt.source, got, tt.want)
		}
	}
}

// TestOutletProvince checks the province of a regional outlet: a
// division or a town that is no national capital in its name.
func TestOutletProvince(t *testing.T) {
	g, err := testResolver().Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, cc, want string }{
		{"Assam Tribune (India)", "IN", "Assam"},
		{"Imphal Free Press", "IN", "Manipur"},
		{"Shan Herald Agency for News", "MM", "Shan"},
		{"The Balochistan Times", "PK", "Balochistan"},
		{"Bangkok Post", "TH", ""},
		{"Dhaka Tribune", "BD", ""},
		{"The Hindu", "IN", ""},
	} {
		got := ""
		if i := g.OutletProvince(tt.name, tt.cc); i >= 0 {
			got = stripLevelSuffix(g.entry(i).Name)
		}
		if got != tt.want {
			t.Errorf("OutletProvince(%q, %s) = %q, want %q", tt.name, tt.cc, got, tt.want)
		}
	}
}

// TestOutletTieBreak checks that the outlet's home decides between
// namesakes in two countries, and says so, but not against the text.
func TestOutletTieBreak(t *testing.T) {
	tests := []struct {
		source, text, name string
		want               string // "ISO3 rule-prefix"
	}{
		{"The Hindu", "Teachers staged a protest against the Punjab government.", "Punjab", "IND geo.outlet"},
		{"Dawn", "Teachers staged a protest against the Punjab government.", "Punjab", "PAK "},
		{"Hindustan Times", "Over 1000 residents of Mansa blocked traffic.", "Mansa", "IND geo.outlet"},
		{"The Balochistan Times", "Traders protested in Hyderabad.", "Hyderabad", "PAK geo.outlet"},
		{"", "Traders protested in Hyderabad.", "Hyderabad", "IND "},
		// the text's own evidence wins over the outlet
		{"The Hindu", "Teachers protested in Lahore and elsewhere in Punjab.", "Punjab", "PAK "},
	}
	for _, tt := range tests {
		a := doc.New(doc.Document{Text: tt.text, Source: doc.Str(tt.source)})
		if err := testResolver().Annotate(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, p := range a.Places {
			if p.Name == tt.name {
				got = string(p.Country) + " " + p.Rule
			}
		}
		cc, rule, _ := strings.Cut(tt.want, " ")
		if !strings.HasPrefix(got, cc+" "+rule) || rule == "" && strings.Contains(got, "outlet") {
			t.Errorf("%s: %q in %q = %q, want %q", tt.source, tt.name, tt.text, got, tt.want)
		}
	}
}

// TestOutletNamesakeAbroad checks that a local outlet's report does not
// take a small namesake abroad that nothing in it supports, and that a
// country after "pro-" or "anti-" is a side taken, not a place.
func TestOutletNamesakeAbroad(t *testing.T) {
	tests := []struct {
		source, text, gpe string
		want              string // the places as "Name/ISO3" (or "Name/ISO3/rule") joined by ";"
	}{
		// Badda is a thana of Dhaka (places.tsv) and a village in Russia:
		// a Bangladeshi outlet's report means Dhaka's; with nothing to
		// say which, neither the neighbourhood abroad nor the village
		{"United News of Bangladesh", "Assailants torched a bus at Badda on Monday.", "Badda", "Badda/BGD;Bangladesh/BGD"},
		{"", "Assailants torched a bus at Badda on Monday.", "Badda", ""},
		{"Dawn", "Police raided a house in Gulshan on Sunday.", "Gulshan", "Pakistan/PAK"},
		{"The Daily Star (Bangladesh)", "Police raided a house in Gulshan on Sunday.", "Gulshan", "Gulshan/BGD;Bangladesh/BGD"},
		// the outlet's home supports its own small places against a
		// country the text names as an actor
		{"Ekantipur", "People staged protests against India's blockade in Jumla and Kaski.", "", "India/IND;Jumla/NPL;Kaski/NPL;Nepal/NPL"},
		{"", "People staged protests against India's blockade in Jumla and Kaski.", "", "India/IND"},
		// a village or area the gazetteer lacks takes the report's country,
		// else its outlet's home; a report that names only places of one
		// country is about it (rule geo.implied)
		{"The New Nation (Bangladesh)", "Assailants hurled cocktails at a shop in Raybar area.", "", "Raybar/BGD/geo.unlisted.outlet;Bangladesh/BGD/geo.implied"},
		{"The Hindu", "Awami League men hurled cocktails at a shop in Raybar area.", "", "Raybar/BGD/geo.unlisted.document;Bangladesh/BGD/geo.implied"},
		{"", "Assailants hurled cocktails at a shop in Raybar area.", "", "Raybar//geo.unlisted.document.nocountry"},
		// (a regional outlet's report that names no place: its province)
		{"Kashmir Times", "Protesters raised pro-Pakistan slogans in the old town.", "", "Jammu and Kashmir/IND"},
		{"", "Protesters raised anti-India slogans in the old town.", "", ""},
	}
	for _, tt := range tests {
		a := doc.New(doc.Document{Text: tt.text, Source: doc.Str(tt.source)})
		if tt.gpe != "" {
			at := strings.Index(tt.text, tt.gpe)
			a.Entities = append(a.Entities, doc.Entity{ID: "n1", Type: doc.GPE, Text: tt.gpe, Start: at, End: at + len(tt.gpe)})
		}
		if err := testResolver().Annotate(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range a.Places {
			if k, _, _ := strings.Cut(p.Rule, ":"); strings.Count(strings.Split(tt.want, ";")[0], "/") == 2 {
				got = append(got, p.Name+"/"+string(p.Country)+"/"+k)
			} else {
				got = append(got, p.Name+"/"+string(p.Country))
			}
		}
		if strings.Join(got, ";") != tt.want {
			t.Errorf("places of %q from %q = %q, want %q", tt.text, tt.source, got, tt.want)
		}
	}
}

// FuzzOutlet checks that any outlet name, a record's untrusted metadata,
// neither panics nor changes between runs, and that a report with no
// place gets at most one outlet place, without mentions.
func FuzzOutlet(f *testing.F) {
	for _, s := range []string{"The Hindu", "EKantipur.com; Himalayan Times", "The Telegraph (India)", "(", "a/b,c;",
		"Dawn (", ".com", "Xinhua, DVB", "Times of India", "Assam Tribune (India)", "Bangkok Post", "Shan Herald Agency for News"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		g, err := testResolver().Gazetteer()
		if err != nil {
			t.Fatal(err)
		}
		if a, _ := g.OutletCountry(src); a != "" {
			if b, _ := g.OutletCountry(src); a != b {
				t.Fatalf("OutletCountry(%q) = %q, then %q", src, a, b)
			}
		}
		a := doc.New(doc.Document{Text: "Farmers staged a protest outside the collectorate.", Source: doc.Str(src)})
		if err := testResolver().Annotate(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, p := range a.Places {
			if strings.HasPrefix(p.Rule, "geo.outlet:") {
				n++
				if len(p.Mentions) != 0 {
					t.Fatalf("outlet place of %q has mentions", src)
				}
			}
		}
		if n > 1 {
			t.Fatalf("%d outlet places for %q", n, src)
		}
	})
}
