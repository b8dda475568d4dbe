package geo

import (
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// TestDivisionCues checks the cues that make a name a division or a
// street whatever an earlier stage tagged it.
func TestDivisionCues(t *testing.T) {
	tests := []struct {
		text string
		ents [][2]string // entity text, type
		want []string
	}{
		// a level word after the name: no person is called "X governorate"
		{"A roadside bomb went off in Mosul city, Ninawa governorate, Iraq.",
			[][2]string{{"Ninawa governorate", doc.Person}},
			[]string{"Mosul city=Mosul/city/IRQ", "Ninawa governorate=Ninawa/admin1/IRQ", "Iraq=Iraq/country/IRQ"}},
		// a province of the country named right after it
		{"Gunmen fired on a police post in Nalchik, Kabardino Balkariya, Russia.",
			[][2]string{{"Kabardino Balkariya", doc.Person}},
			[]string{"Nalchik=Nalchik/city/RUS", "Kabardino Balkariya=Kabardino-Balkariya/admin1/RUS", "Russia=Russia/country/RUS"}},
		// a district of the country named right after it
		{"Gunmen opened fire on a van in Datu Unsay, Maguindanao, Philippines.",
			[][2]string{{"Datu Unsay", doc.Person}, {"Maguindanao", doc.Person}},
			[]string{"Datu Unsay=Datu Unsay/city/PHL", "Maguindanao=Maguindanao/admin2/PHL", "Philippines=Philippines/country/PHL"}},
		// a city named with "City"; an island group
		{"Gunmen shot an official in Davao City, Mindanao, Philippines.",
			[][2]string{{"Davao City", doc.Person}},
			[]string{"Davao City=Davao/city/PHL", "Mindanao=Mindanao/region/PHL", "Philippines=Philippines/country/PHL"}},
		// a city's own government acts in the city
		{"Residents protested against the Chennai Corporation's eviction plan.",
			[][2]string{{"Chennai Corporation", doc.Org}}, []string{"Chennai=Chennai/city/IND"}},
		{"Workers of the Kolkata Municipal Corporation went on strike.",
			nil, []string{"Kolkata=Kolkata/city/IND"}},
		// a town's press club stands in it
		{"Farmers protested outside the Larkana Press Club on Monday.",
			[][2]string{{"Larkana Press Club", doc.Org}}, []string{"Larkana=Larkana/city/PAK"}},
		{"The Larkana Press team won the match.",
			[][2]string{{"Larkana Press", doc.Org}}, []string{}},
		// but a company named after a town is no place
		{"Shares of the Karachi Electric Supply Company fell.",
			[][2]string{{"Karachi Electric Supply Company", doc.Org}}, []string{}},
		// a person's name stays a person's name
		{"Officials said Jordan Balkariya had left.",
			[][2]string{{"Jordan Balkariya", doc.Person}}, []string{}},
		// an organisation named "District of Province": the province is a place
		{"Militants attacked a traffic post in the Chegemskiy District of Kabardino Balkariya, Russia.",
			[][2]string{{"Chegemskiy District of Kabardino Balkariya", doc.Org}},
			[]string{"Kabardino Balkariya=Kabardino-Balkariya/admin1/RUS", "Russia=Russia/country/RUS"}},
		// but not one named "Ministry of …"
		{"The Ministry of Kabul said nothing.",
			[][2]string{{"Ministry of Kabul", doc.Org}}, []string{}},
		// a street named after a town is no mention of the town
		{"A bomb went off on Lenina Street in Buinaksk, Dagestan.",
			[][2]string{{"Lenina Street", doc.GPE}},
			[]string{"Buinaksk=Buinaksk/city/RUS", "Dagestan=Dagestan/admin1/RUS"}},
		{"A bomb was planted at the corner of Lenina and Tlostanova Streets in Nalchik.",
			nil, []string{"Nalchik=Nalchik/city/RUS"}},
	}
	for _, tt := range tests {
		if got := render(annotate(t, tt.text, entitiesIn(tt.text, tt.ents)...)); strings.Join(got, ";") != strings.Join(tt.want, ";") {
			t.Errorf("places of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestContainers checks which place holds an unlisted or foreign-named
// town.
func TestContainers(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// a small town's namesake province holds the village
		{"Gunmen shot a ranger in Rusoh, Narathiwat, Thailand.",
			[]string{"Rusoh=Rusoh/city/THA", "Narathiwat=Narathiwat/admin1/THA", "Thailand=Thailand/country/THA"}},
		// a hand-written part of a city
		{"A roadside bomb exploded in Sadr City, Baghdad, Iraq.",
			[]string{"Sadr City=Sadr City/locality/IRQ", "Baghdad=Baghdad/city/IRQ", "Iraq=Iraq/country/IRQ"}},
		// a city abroad paired with a province: a town of the province
		{"Rebels shot a police officer in Barcelona, Sorsogon, Philippines.",
			[]string{"Barcelona=Barcelona/city/PHL", "Sorsogon=Sorsogon/admin2/PHL", "Philippines=Philippines/country/PHL"}},
		// a town abroad's name that modifies another is no place
		{"In Shirqat, Salah ad Din, Iraq, a bomb detonated inside a Corona civilian car.",
			[]string{"Shirqat=Al-Shirqat District/admin2/IRQ", "Salah ad Din=Salah ad Din/admin1/IRQ", "Iraq=Iraq/country/IRQ"}},
		// but a town of the report's country is one
		{"In Baghdad, Iraq, a bomb hit a Ramadi police convoy.",
			[]string{"Baghdad=Baghdad/city/IRQ", "Iraq=Iraq/country/IRQ", "Ramadi=Ramadi/city/IRQ"}},
		// a large city holds its parts
		{"A car bomb exploded in Ghazaliya, Baghdad, on Monday.",
			[]string{"Ghazaliya=Ghazaliya/locality/IRQ", "Baghdad=Baghdad/city/IRQ"}},
		// a neighbourhood named after a city abroad is a part of the town it is in
		{"A church in the Christian neighborhood of Jerusalem in Damaturu, Yobe state, Nigeria was bombed.",
			[]string{"Jerusalem=Jerusalem/locality/NGA", "Damaturu=Damaturu/city/NGA", "Yobe state=Yobe/admin1/NGA", "Nigeria=Nigeria/country/NGA"}},
		// a generic province name abroad is not taken in a report about another country
		{"Militants attacked a patrol near Liboi town, North Eastern province, Kenya.",
			[]string{"Liboi town=Liboi/city/KEN", "Kenya=Kenya/country/KEN"}},
	}
	for _, tt := range tests {
		if got := render(annotate(t, tt.text)); strings.Join(got, ";") != strings.Join(tt.want, ";") {
			t.Errorf("places of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestProvinceFirst checks that a place in the Philippines shows its
// province as its admin1, and a place elsewhere its first-level division.
func TestProvinceFirst(t *testing.T) {
	tests := []struct {
		text, place, want string // place name → its admin1
	}{
		{"A councilor was shot in Isabela, Basilan, Philippines.", "Isabela", "Basilan"},
		{"An engineer was abducted in Lamitan, Basilan on Friday.", "Lamitan", "Basilan"},
		{"Gunmen killed a teacher in Dimasalang, Masbate, Philippines.", "Dimasalang", "Masbate"},
		{"Rebels torched trucks in Surigao City, Surigao del Norte.", "Surigao", "Surigao del Norte"},
		// a province GeoNames split, whose towns still carry its code
		{"A roadside bomb exploded in Buluan, Maguindanao, Philippines.", "Buluan", "Maguindanao"},
		{"A bus was bombed in Tagum City, Davao del Norte, Philippines.", "Davao del Norte", "Davao del Norte"},
		// Metro Manila has no provinces
		{"A bus exploded in Makati, Manila, Philippines.", "Makati", "National Capital Region"},
		{"A bomb exploded in Mosul, Iraq.", "Mosul", "Nineveh"},
		// a trailing level word goes: "Cauca Department" is Cauca
		{"Rebels attacked a police station in Corinto, Cauca, Colombia.", "Corinto", "Cauca"},
	}
	for _, tt := range tests {
		a := annotate(t, tt.text)
		got := "(none)"
		for _, p := range a.Places {
			if p.Name == tt.place {
				got = string(p.Admin1)
			}
		}
		if got != tt.want {
			t.Errorf("admin1 of %s in %q = %q, want %q", tt.place, tt.text, got, tt.want)
		}
	}
}

// TestUnlistedNames checks unlisted towns written with an Arabic article
// or a word that is also a person's name.
func TestUnlistedNames(t *testing.T) {
	tests := []struct {
		text string
		ents [][2]string
		want []string
	}{
		{"A bomb exploded in Al Hadid, Diyala, Iraq.", nil,
			[]string{"Al Hadid=Al Hadid/city/IRQ", "Diyala=Diyala/admin1/IRQ", "Iraq=Iraq/country/IRQ"}},
		{"Gunmen broke into three houses in al-Jeel, Diyala, Iraq.", [][2]string{{"al-Jeel", doc.GPE}},
			[]string{"al-Jeel=al-Jeel/city/IRQ", "Diyala=Diyala/admin1/IRQ", "Iraq=Iraq/country/IRQ"}},
		// the tagger split the article from the name
		{"Gunmen attacked an office in Al Sa'idiyah, Diyala, Iraq.", [][2]string{{"Al", doc.GPE}, {"Sa'idiyah", doc.GPE}},
			[]string{"Al Sa'idiyah=Al Sa'idiyah/city/IRQ", "Diyala=Diyala/admin1/IRQ", "Iraq=Iraq/country/IRQ"}},
		// a town's name with a word that is also a person's
		{"A suicide bomber struck in Khan Bani Saad, Diyala, Iraq.", [][2]string{{"Khan Bani Saad", doc.Person}},
			[]string{"Khan Bani Saad=Khan Bani Saad/city/IRQ", "Diyala=Diyala/admin1/IRQ", "Iraq=Iraq/country/IRQ"}},
		// a person's name alone stays one
		{"Police questioned Khan, Diyala officials said.", [][2]string{{"Khan", doc.Person}},
			[]string{"Diyala=Diyala/admin1/IRQ"}},
		// a sub-district of a city, named like a town abroad
		{"Assailants stormed a house in the al-Kharda sub-district, Baghdad, Iraq.", nil,
			[]string{"Kharda=Kharda/locality/IRQ", "Baghdad=Baghdad/city/IRQ", "Iraq=Iraq/country/IRQ"}},
		// a sub-district written with its article, as the tagger finds it
		{"Assailants stormed a house in the al-Kharda sub-district, Baghdad, Iraq.", [][2]string{{"al-Kharda", doc.Misc}},
			[]string{"al-Kharda sub-district=al-Kharda/admin3/IRQ", "Baghdad=Baghdad/city/IRQ", "Iraq=Iraq/country/IRQ"}},
		// a neighbourhood of a city named like a town abroad
		{"A roadside bomb exploded in the Ilaam neighborhood of Baghdad, Iraq.", nil,
			[]string{"Ilaam=Ilaam/locality/IRQ", "Baghdad=Baghdad/city/IRQ", "Iraq=Iraq/country/IRQ"}},
	}
	for _, tt := range tests {
		if got := render(annotate(t, tt.text, entitiesIn(tt.text, tt.ents)...)); strings.Join(got, ";") != strings.Join(tt.want, ";") {
			t.Errorf("places of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestLevelOfPerson checks that "the town of X" takes back a tagger's
// person reading of a town the gazetteer knows.
func TestLevelOfPerson(t *testing.T) {
	text := "Air strikes on the town of Khan Younis killed 22 people."
	a := annotate(t, text, entityIn(text, "Khan Younis", doc.Person))
	want := []string{"Khan Younis=Khan Younis/city/PSE"}
	if got := render(a); strings.Join(got, ";") != strings.Join(want, ";") {
		t.Errorf("places of %q = %q, want %q", text, got, want)
	}
}
