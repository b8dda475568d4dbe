package geo

import (
	"fmt"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// TestUnlisted checks places the gazetteer lacks: named before a level
// word or, when an entity says so, after a preposition of position; with
// the country and province of the place that contains them or of the
// report.
func TestUnlisted(t *testing.T) {
	tests := []struct {
		text string
		ents []string // "TYPE:text" entities
		want []string // unlisted places as "text=Name/kind/ISO3/admin1/rule"
	}{
		// a village in an upazila of a known district
		{"Two people were killed in a clash at Raybar village in Boalmari upazila of Faridpur district.", nil,
			[]string{"Raybar village=Raybar/city/BGD/Dhaka/geo.unlisted.contained:text",
				"Boalmari upazila=Boalmari/admin3/BGD/Dhaka/geo.unlisted.contained:text"}},
		// a GPE after "at", inside a known town
		{"Assailants torched a bus at Begaritala in Jessore on Tuesday.", []string{"GPE:Begaritala"},
			[]string{"Begaritala=Begaritala/locality/BGD/Khulna/geo.unlisted.contained:text"}},
		// a neighbourhood of a city yields a locality of it
		{"A bomb exploded in the Zayouna neighbourhood of Baghdad, Iraq.", nil,
			[]string{"Zayouna neighbourhood=Zayouna/locality/IRQ/Baghdad/geo.unlisted.contained:text"}},
		// a town named in another province of its country than its only
		// namesake's is a town of that province the gazetteer lacks
		{"Villagers clashed with police in Anandpur in Odisha's Keonjhar district.", []string{"GPE:Anandpur", "GPE:Odisha"},
			[]string{"Anandpur=Anandpur/city/IND/Odisha/geo.unlisted.contained:text",
				"Keonjhar district=Keonjhar/admin2/IND/Odisha/geo.unlisted.document:text"}},
		// so does one held by a possessive
		{"Villagers clashed with police in Odisha's Anandpur on Tuesday.", []string{"GPE:Odisha", "GPE:Anandpur"},
			[]string{"Anandpur=Anandpur/city/IND/Odisha/geo.unlisted.contained:text"}},
		// a province abroad inside a named division is a region of it
		{"Farmers protested in five towns in the Cauvery Delta region in Tamil Nadu.", []string{"LOC:Delta", "GPE:Tamil Nadu"},
			[]string{"Delta region=Delta/region/IND/Tamil Nadu/geo.unlisted.contained:text"}},
		// but a city named with a province it was split from stays itself
		{"Police clashed with protesters in Hyderabad, Andhra Pradesh.", []string{"GPE:Hyderabad", "GPE:Andhra Pradesh"}, []string{}},
		// no container: the report's one country and province
		{"Police in Helmand said fighters attacked a post at Sheen Ghundai village. Helmand police confirmed it.", nil,
			[]string{"Sheen Ghundai village=Sheen Ghundai/city/AFG/Helmand/geo.unlisted.document:text"}},
		// no country in the report: a village still, of unknown country
		{"Fighters attacked a post at Sheen Ghundai village.", nil,
			[]string{"Sheen Ghundai village=Sheen Ghundai/city///geo.unlisted.document.nocountry:text"}},
		// but a bare name after a preposition needs a country to be a place
		{"Fighters attacked a post at Sheen Ghundai.", []string{"GPE:Sheen Ghundai"}, []string{}},
		// names that are no places
		{"Al-Qaida in the Arabian Peninsula claimed the attack in Yemen.", []string{"LOC:Arabian Peninsula"}, []string{}},
		{"Gunmen attacked a cafe in the Alawite area of Tripoli, Lebanon.", []string{"NORP:Alawite"}, []string{}},
		{"The attack marked the month of Ramadan in Iraq.", []string{"GPE:Ramadan"}, []string{}},
		{"Protesters rallied outside the Kotwali Police Station area in Dhaka.", nil, []string{}},
	}
	for _, tt := range tests {
		var ents []doc.Entity
		for i, e := range tt.ents {
			typ, sub, _ := strings.Cut(e, ":")
			at := strings.Index(tt.text, sub)
			ents = append(ents, doc.Entity{ID: fmt.Sprintf("n%d", i+1), Type: typ, Text: sub, Start: at, End: at + len(sub)})
		}
		a := annotate(t, tt.text, ents...)
		got := []string{}
		for _, p := range a.Places {
			if !strings.Contains(p.Rule, "unlisted") {
				continue
			}
			if p.Lat != nil || p.GeoNames != nil {
				t.Errorf("unlisted place %q of %q has coordinates or a GeoNames id", p.Name, tt.text)
			}
			for _, m := range p.Mentions {
				got = append(got, fmt.Sprintf("%s=%s/%s/%s/%s/%s", m.Text, p.Name, p.Kind, p.Country, p.Admin1, p.Rule))
			}
		}
		if strings.Join(got, ";") != strings.Join(tt.want, ";") {
			t.Errorf("unlisted places of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestReportCountry checks the country given to a report that names no
// place: from places inside organisations' names and demonyms, when one
// country clearly leads.
func TestReportCountry(t *testing.T) {
	tests := []struct {
		text string
		orgs []string // ORG entities
		want string   // the report place as "Name/ISO3/rule", "" for none
	}{
		{"Activists of the Bangladesh Nationalist Party enforced a hartal.", []string{"Bangladesh Nationalist Party"},
			"Bangladesh/BGD/geo.report:dict:BGD"},
		{"Members of the Communist Party of India protested against the price rise. Indian farmers joined them.",
			[]string{"Communist Party of India"}, "India/IND/geo.report:dict:IND"},
		// bodies of one province: the province, or the one town they name
		{"Fishworkers laid siege to the office of the Kerala State Coastal Development Corporation. The Kerala Fishworkers Union joined them.",
			[]string{"Kerala State Coastal Development Corporation", "Kerala Fishworkers Union"}, "Kerala/IND/geo.report:admin1:IN.13"},
		{"The Khulna City Awami League brought out a procession against the hartal.", []string{"Khulna City Awami League"},
			"Khulna/BGD/geo.report:geonames:1336135"},
		// bodies of two provinces: the country
		{"The Kerala State Electricity Board and the Karnataka Power Corporation signed a deal. Indian officials welcomed it.",
			[]string{"Kerala State Electricity Board", "Karnataka Power Corporation"}, "India/IND/geo.report:dict:IND"},
		// one demonym is too little
		{"Indian farmers protested against the price rise.", nil, ""},
		// a report that names a place gets none
		{"Activists of the Bangladesh Nationalist Party rallied in Dhaka.", []string{"Bangladesh Nationalist Party"}, ""},
		// two countries tie
		{"Officials of the Pakistan Cricket Board met the Afghanistan Football Federation.",
			[]string{"Pakistan Cricket Board", "Afghanistan Football Federation"}, ""},
	}
	for _, tt := range tests {
		var ents []doc.Entity
		for i, org := range tt.orgs {
			at := strings.Index(tt.text, org)
			ents = append(ents, doc.Entity{ID: fmt.Sprintf("n%d", i+1), Type: doc.Org, Text: org, Start: at, End: at + len(org)})
		}
		a := annotate(t, tt.text, ents...)
		got := ""
		for _, p := range a.Places {
			if strings.HasPrefix(p.Rule, "geo.report") {
				if len(p.Mentions) != 0 {
					t.Errorf("report place of %q has mentions %v", tt.text, p.Mentions)
				}
				got = fmt.Sprintf("%s/%s/%s", p.Name, p.Country, p.Rule)
			}
		}
		if got != tt.want {
			t.Errorf("report place of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestCountryCues checks the country evidence of the dictionary's
// organisations and of level words one country uses.
func TestCountryCues(t *testing.T) {
	tests := []struct {
		text string
		want []string // unlisted and report places as "text=Name/kind/ISO3"
	}{
		// a party of one country names the report's country
		{"BNP activists enforced a hartal across the country.", []string{"=Bangladesh/country/BGD"}},
		// parties, unions and movements of one country
		{"AAP members were detained by the police while protesting against the fare hike.", []string{"=India/country/IND"}},
		{"CPI(M) members took out a protest march against the price rise.", []string{"=India/country/IND"}},
		{"CPN-UML cadres blocked the highway for three hours.", []string{"=Nepal/country/NPL"}},
		{"NLD supporters gathered outside the election commission office.", []string{"=Myanmar/country/MMR"}},
		// an upazila lies in Bangladesh
		{"A man was killed at Chotodesh village in Kanaighat upazila on Friday.",
			[]string{"Chotodesh village=Chotodesh/city/BGD", "Kanaighat upazila=Kanaighat/admin3/BGD", "=Bangladesh/country/BGD"}},
	}
	for _, tt := range tests {
		a := annotate(t, tt.text)
		got := []string{}
		for _, p := range a.Places {
			if len(p.Mentions) == 0 {
				got = append(got, fmt.Sprintf("=%s/%s/%s", p.Name, p.Kind, p.Country))
			}
			for _, m := range p.Mentions {
				got = append(got, fmt.Sprintf("%s=%s/%s/%s", m.Text, p.Name, p.Kind, p.Country))
			}
		}
		if strings.Join(got, ";") != strings.Join(tt.want, ";") {
			t.Errorf("places of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestEntityOverlap checks that entities starting inside a place name,
// or around it, neither panic nor lose the place.
func TestEntityOverlap(t *testing.T) {
	text := "Gunmen raided the Severnyy Market in Makhachkala and offices of Dera Ismail Khan Trading Company."
	ent := func(sub, typ string) doc.Entity {
		i := strings.Index(text, sub)
		return doc.Entity{ID: "n", Type: typ, Text: sub, Start: i, End: i + len(sub)}
	}
	a := annotate(t, text, ent("Severnyy Market in Makhachkala", doc.Org), ent("Khan Trading Company", doc.Org))
	got := render(a)
	if len(got) == 0 || !strings.HasPrefix(got[0], "Makhachkala=Makhachkala/city/RUS") {
		t.Errorf("places of %q = %q, want Makhachkala first (the place an organisation is in)", text, got)
	}
}

// TestPartsOfTowns checks that a town named as part of a larger one is a
// locality of it, and the larger one the town.
func TestPartsOfTowns(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"A bomb went off in the Sisli neighborhood in Istanbul, Turkey.",
			[]string{"Sisli=Sisli/locality/TUR", "Istanbul=Istanbul/city/TUR", "Turkey=Turkiye/country/TUR"}},
		// two towns of a list stay towns
		{"Protests were held in Lahore and Sialkot on Friday.",
			[]string{"Lahore=Lahore/city/PAK", "Sialkot=Sialkot/city/PAK"}},
	}
	for _, tt := range tests {
		if got := render(annotate(t, tt.text)); strings.Join(got, ";") != strings.Join(tt.want, ";") {
			t.Errorf("places of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestFormerAdmin1 checks that a place in a province that has since
// changed gets, in a report of before the change, the province it then
// lay in.
func TestFormerAdmin1(t *testing.T) {
	tests := []struct {
		text, published, name, want string
	}{
		{"Militants attacked a checkpoint in Jamrud.", "2015-03-01", "Jamrud", "Federally Administered Tribal Areas"},
		{"Militants attacked a checkpoint in Landi Kotal.", "2015-03-01", "Landi Kotal", "Federally Administered Tribal Areas"},
		{"Militants attacked a checkpoint in Jamrud.", "2024-11-22", "Jamrud", "Khyber Pakhtunkhwa"},
		{"Militants attacked a checkpoint in Jamrud.", "", "Jamrud", "Khyber Pakhtunkhwa"},
		// settled districts of the province never were tribal
		{"Militants attacked a checkpoint in Bannu.", "2015-03-01", "Bannu", "Khyber Pakhtunkhwa"},
		{"Pickets blasted crude bombs in Mymensingh town.", "2015-02-10", "Mymensingh", "Dhaka"},
		{"Pickets blasted crude bombs in Mymensingh town.", "2016-02-10", "Mymensingh", "Mymensingh"},
		{"Bandh enforcers torched a bus in Birgunj.", "2015-10-01", "Birgunj", "Central"},
		{"Bandh enforcers torched a bus in Rajbiraj.", "2015-10-01", "Rajbiraj", "Eastern"},
		{"Bandh enforcers torched a bus in Butwal.", "2015-10-01", "Butwal", "Western"},
		{"Bandh enforcers torched a bus in Nepalgunj.", "2015-10-01", "Nepalgunj", "Mid-Western"},
		{"Bandh enforcers torched a bus in Birgunj.", "2024-10-01", "Birgunj", "Madhesh"},
		// a region of one district (places.tsv region:CODE)
		{"A drone strike hit a compound in the Shawal valley.", "2015-03-01", "Shawal", "Federally Administered Tribal Areas"},
		{"A drone strike hit a compound in the Shawal valley.", "2020-03-01", "Shawal", "Khyber Pakhtunkhwa"},
		// unlisted places take the district of the report's places
		{"Teachers from all over Khyber Agency gathered at Zakha Khel village.", "2015-03-01", "Zakha Khel", "Federally Administered Tribal Areas"},
		{"Police opened fire in Rautahat district. The scuffle began at Garuda village.", "2015-09-21", "Garuda", "Central"},
		{"Police opened fire in Rautahat district. The scuffle began at Garuda village.", "2019-09-21", "Garuda", "Madhesh"},
	}
	for _, tt := range tests {
		a := doc.New(doc.Document{Text: tt.text, Published: doc.Str(tt.published)})
		if err := testResolver().Annotate(t.Context(), a); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, p := range a.Places {
			if p.Name == tt.name {
				got = string(p.Admin1)
			}
		}
		if got != tt.want {
			t.Errorf("admin1 of %q in %q published %q = %q, want %q", tt.name, tt.text, tt.published, got, tt.want)
		}
	}
}
