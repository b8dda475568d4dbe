package geo

import (
	"context"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// fromOutlet analyses text published by source, with the entities the
// tagger found: gpe ("" for none) as a GPE entity.
func fromOutlet(t *testing.T, source, text, gpe string) *doc.Analysis {
	t.Helper()
	a := doc.New(doc.Document{Text: text, Source: doc.Str(source)})
	if gpe != "" {
		a.Entities = append(a.Entities, entityIn(text, gpe, doc.GPE))
	}
	if err := testResolver().Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a
}

// placeNames lists a's places as "Name/ISO3" joined by ";"; with
// mentioned, only those with mentions.
func placeNames(a *doc.Analysis, mentioned bool) string {
	var got []string
	for _, p := range a.Places {
		if !mentioned || len(p.Mentions) > 0 {
			got = append(got, p.Name+"/"+string(p.Country))
		}
	}
	return strings.Join(got, ";")
}

// TestImpliedCountry checks that a report naming only places of one
// country gets that country as a place without mentions, and that one
// naming the country, or places of several, does not.
func TestImpliedCountry(t *testing.T) {
	tests := []struct {
		text string
		want string // the places without mentions, as "Name/rule" joined by ";"
	}{
		{"Strikers shut shops in Sirajganj and in Feni on Sunday.", "Bangladesh/geo.implied:dict:BGD"},
		{"Two guards were killed in Quetta, Lahore and Kabul.", "Pakistan/geo.implied:dict:PAK"},
		// the country is named: nothing to add
		{"Strikers shut shops in Sirajganj, Bangladesh, on Sunday.", ""},
		// no country holds two thirds of the places
		{"Officials from Kabul met officials from Islamabad.", ""},
		// the dateline does not vote
		{"PESHAWAR: Officials met in Kabul on Monday.", "Afghanistan/geo.implied:dict:AFG"},
	}
	for _, tt := range tests {
		a := annotate(t, tt.text)
		var got []string
		for _, p := range a.Places {
			if len(p.Mentions) == 0 {
				got = append(got, p.Name+"/"+p.Rule)
			}
		}
		if strings.Join(got, ";") != tt.want {
			t.Errorf("places without mentions of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestSidesAndOwners checks that a country named as a side taken ("in
// favour of Pakistan") is no place, and that a demonym saying whose a
// thing is ("a Japanese-owned company") does not give the report its
// country: an unlisted district takes the outlet's instead.
func TestSidesAndOwners(t *testing.T) {
	tests := []struct {
		source, text string
		gpe          string // a GPE entity the tagger found, "" for none
		want         string // the places as "Name/ISO3" joined by ";"
	}{
		{"", "Protesters raised slogans in favour of Pakistan on Friday.", "Pakistan", ""},
		{"", "Students marched in support of Palestine in the old town.", "", ""},
		{"The Cambodia Daily", "Workers at a Japanese-owned factory in Tamsor district went on strike.", "",
			"Tamsor/KHM;Cambodia/KHM"},
		{"The Cambodia Daily", "Workers at a British owned factory in Tamsor district went on strike.", "",
			"Tamsor/KHM;Cambodia/KHM"},
		// a demonym of people still points to their country
		{"", "Japanese workers at a factory in Tamsor district went on strike.", "", "Tamsor/JPN;Japan/JPN"},
	}
	for _, tt := range tests {
		a := fromOutlet(t, tt.source, tt.text, tt.gpe)
		if got := placeNames(a, false); got != tt.want {
			t.Errorf("places of %q from %q = %q, want %q", tt.text, tt.source, got, tt.want)
		}
	}
}

// TestForeignThings checks that a country named as whose a weapon was
// ("a US drone") or mission ("the US embassy") is no place, and that one demonym of a foreign thing
// does not outweigh a local outlet's home for a village the gazetteer
// lacks, while a demonym of people who act does.
func TestForeignThings(t *testing.T) {
	tests := []struct {
		source, text string
		want         string // the places as "Name/ISO3" joined by ";"
	}{
		{"Dawn", "A US drone fired two missiles at a compound in Tamsor village.", "Tamsor/PAK;Pakistan/PAK"},
		{"", "A US drone fired two missiles at a compound in Tamsor village.", "Tamsor/USA;United States/USA"},
		{"Ekantipur", "Protesters torched a motorcycle bearing an Indian number plate in Tamsor village.", "Tamsor/NPL;Nepal/NPL"},
		{"Ekantipur", "Indian troops fired on smugglers in Tamsor village.", "Tamsor/IND;India/IND"},
		// a town abroad named only by another of its spellings
		// ("Saeedabad" for Sirjan) is no match for a local outlet's home
		{"Dawn", "Farmers protested in Saeedabad against power cuts.", "Pakistan/PAK"},
		// an embassy stands in its host country
		{"Dawn", "Students protested outside the US embassy on Friday.", "Pakistan/PAK"},
		{"The Irrawaddy", "Activists marched to the Chinese Embassy from Tamsor village.", "Tamsor/MMR;Myanmar/MMR"},
	}
	for _, tt := range tests {
		a := fromOutlet(t, tt.source, tt.text, "")
		if got := placeNames(a, false); got != tt.want {
			t.Errorf("places of %q from %q = %q, want %q", tt.text, tt.source, got, tt.want)
		}
	}
}

// TestLongerName checks that a name inside a longer one joined by a
// hyphenated connector ("Bab-i-Khyber") is no place of its own, whether
// the scanner or the tagger found it.
func TestLongerName(t *testing.T) {
	text := "Journalists held a rally at Bab-i-Khyber in Jamrud on Monday."
	for _, ents := range [][]doc.Entity{nil, entitiesIn(text, [][2]string{{"Bab", doc.GPE}, {"Khyber", doc.GPE}})} {
		a := annotate(t, text, ents...)
		if got, want := placeNames(a, false), "Jamrud/PAK;Pakistan/PAK"; got != want {
			t.Errorf("places of %q with entities %v = %q, want %q", text, ents, got, want)
		}
	}
}

// TestSquareOf checks that a square named for a country ("Bharat Chowk")
// is no sign of that country, and that the town after "Chowk of", inside
// what the tagger took for an organisation, is a place.
func TestSquareOf(t *testing.T) {
	text := "Cadres staged a demonstration at Bharat Chowk of Kailali on Sunday."
	a := annotate(t, text, entityIn(text, "Bharat Chowk of Kailali", doc.Org))
	if got, want := placeNames(a, false), "Kailali/NPL;Nepal/NPL"; got != want {
		t.Errorf("places of %q = %q, want %q", text, got, want)
	}
}

// TestCuratedOverAltName checks that a hand-written place outranks a
// large city that bears its name only as another spelling.
func TestCuratedOverAltName(t *testing.T) {
	text := "Four militants were killed in airstrikes in Tirah on Monday."
	a := annotate(t, text)
	var got []string
	for _, p := range a.Places {
		got = append(got, p.Name+"/"+p.Kind+"/"+string(p.Country))
	}
	if want := "Tirah/region/PAK;Pakistan/country/PAK"; strings.Join(got, ";") != want {
		t.Errorf("places of %q = %q, want %q", text, got, want)
	}
}

// TestIndianHyderabadDistrict checks that "Hyderabad District" among
// India's parties is Telangana's, which GeoNames lacks, not Sindh's.
func TestIndianHyderabadDistrict(t *testing.T) {
	text := "Activists of the Telugu Desam Party protested at the Hyderabad District office on Monday."
	a := annotate(t, text)
	if got, want := placeNames(a, true), "Hyderabad District/IND"; got != want {
		t.Errorf("places of %q = %q, want %q", text, got, want)
	}
}

// TestCountryAfterIn checks that a country's name after "in" is the
// country though the tagger took it for a nationality, and stays a
// nationality elsewhere.
func TestCountryAfterIn(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Students in Myanmar held a protest on Monday.", "Myanmar/MMR"},
		{"Myanmar students held a protest on Monday.", ""},
	}
	for _, tt := range tests {
		a := annotate(t, tt.text, entityIn(tt.text, "Myanmar", doc.NORP))
		if got := placeNames(a, true); got != tt.want {
			t.Errorf("places of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestTownAbroadInLocalReport checks that a mid-sized town abroad is no
// place in a local outlet's report whose text also points home, unless a
// hyphen pairs it with another place.
func TestTownAbroadInLocalReport(t *testing.T) {
	tests := []struct{ source, text, absent, present string }{
		{"The New Nation (Bangladesh)", "A teacher was hacked to death at Shikarpur under Wazirpur upazila of Barisal on Friday.",
			"Shikarpur/PAK", "Barisal/BGD"},
		{"Dawn", "Traders in Quetta protested against changes to the Gwadar-Kashgar trade route.", "", "Kashgar/CHN"},
	}
	for _, tt := range tests {
		got := placeNames(fromOutlet(t, tt.source, tt.text, ""), false)
		all := ";" + got + ";"
		if tt.absent != "" && strings.Contains(all, ";"+tt.absent+";") || !strings.Contains(all, ";"+tt.present+";") {
			t.Errorf("places of %q from %q = %q, want %q and not %q", tt.text, tt.source, got, tt.present, tt.absent)
		}
	}
}

// TestBigTownTakenForPerson checks that a town of 100,000 or more after a
// locative preposition is the town though the tagger took its name for a
// person's, and stays a person's name elsewhere.
func TestBigTownTakenForPerson(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Air strikes killed 14 people in Khan Younis on Monday.", "Khan Younis/PSE"},
		{"Khan Younis said the talks had failed.", ""},
	}
	for _, tt := range tests {
		a := annotate(t, tt.text, entityIn(tt.text, "Khan Younis", doc.Person))
		if got := placeNames(a, true); got != tt.want {
			t.Errorf("places of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}
