package geo

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"sitrep/internal/doc"
)

// testResolver is shared by the tests: the gazetteer loads once.
var testResolver = sync.OnceValue(func() *Resolver { return New(Options{}) })

// annotate runs the stage over text. A dateline written "DATELINE|" at
// the start of text becomes Document.Dateline.
func annotate(t testing.TB, text string, ents ...doc.Entity) *doc.Analysis {
	t.Helper()
	d := doc.Document{Text: text}
	if head, _, ok := strings.Cut(text, ":"); ok && head == strings.ToUpper(head) && !strings.Contains(head, "\n") {
		place, _, _ := strings.Cut(head, " (")
		d.Dateline = &doc.Dateline{Text: place, Start: 0, End: len(head)}
	}
	a := doc.New(d)
	a.Entities = append(a.Entities, ents...)
	if err := testResolver().Annotate(context.Background(), a); err != nil {
		t.Fatalf("Annotate(%q): %v", text, err)
	}
	return a
}

// entityIn is an entity of type typ over the first sub in text, as the
// tagger would give it.
func entityIn(text, sub, typ string) doc.Entity {
	i := strings.Index(text, sub)
	return doc.Entity{ID: "n1", Type: typ, Text: sub, Start: i, End: i + len(sub)}
}

// entitiesIn is entityIn for each {sub, type} pair, numbered n1, n2, ….
func entitiesIn(text string, subs [][2]string) []doc.Entity {
	var ents []doc.Entity
	for k, e := range subs {
		x := entityIn(text, e[0], e[1])
		x.ID = "n" + strconv.Itoa(k+1)
		ents = append(ents, x)
	}
	return ents
}

// render lists every place mention in text order as "text=Name/kind/ISO3".
func render(a *doc.Analysis) []string {
	type m struct {
		start int
		s     string
	}
	var ms []m
	for _, p := range a.Places {
		for _, x := range p.Mentions {
			ms = append(ms, m{x.Start, fmt.Sprintf("%s=%s/%s/%s", x.Text, p.Name, p.Kind, p.Country)})
		}
	}
	slices.SortFunc(ms, func(a, b m) int { return a.start - b.start })
	out := []string{}
	for _, x := range ms {
		out = append(out, x.s)
	}
	return out
}

func TestResolve(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// capitals, not their namesakes
		{"Pakistan urged the Taliban administration in Kabul to act.",
			[]string{"Pakistan=Pakistan/country/PAK", "Kabul=Kabul/city/AFG"}},
		{"Talks resumed in Tripoli on Monday.", []string{"Tripoli=Tripoli/city/LBY"}},
		{"Clashes erupted in Tripoli, Lebanon, overnight.",
			[]string{"Tripoli=Tripoli/city/LBN", "Lebanon=Lebanon/country/LBN"}},
		{"The minister flew from Paris to Islamabad.",
			[]string{"Paris=Paris/city/FRA", "Islamabad=Islamabad/city/PAK"}},
		{"Protesters gathered in Hyderabad, Sindh, demanding water.",
			[]string{"Hyderabad=Hyderabad/city/PAK", "Sindh=Sindh/admin1/PAK"}},
		{"Police in Hyderabad, Telangana, detained 12 students.",
			[]string{"Hyderabad=Hyderabad/city/IND", "Telangana=Telangana/admin1/IND"}},
		{"Hundreds marched in Hyderabad after the Karachi attack.",
			[]string{"Hyderabad=Hyderabad/city/PAK", "Karachi=Karachi/city/PAK"}},
		{"A delegation arrived in Damascus from Moscow.",
			[]string{"Damascus=Damascus/city/SYR", "Moscow=Moscow/city/RUS"}},
		// a people before "-dominated": no town of its name
		{"Three cadres were killed in a Naga-dominated district of Manipur.", []string{"Manipur=Manipur/admin1/IND"}},
		// provinces and districts
		{"Fighting continued in Helmand province.", []string{"Helmand province=Helmand/admin1/AFG"}},
		{"An attack in Kabul province killed four.", []string{"Kabul province=Kabul/admin1/AFG"}},
		{"Militants attacked a checkpoint in Bannu district.",
			[]string{"Bannu district=Bannu District/admin2/PAK"}},
		{"Twelve soldiers were killed in North Waziristan.",
			[]string{"North Waziristan=North Waziristan District/admin2/PAK"}},
		{"Troops were deployed across Balochistan and Khyber Pakhtunkhwa.",
			[]string{"Balochistan=Balochistan/admin1/PAK", "Khyber Pakhtunkhwa=Khyber Pakhtunkhwa/admin1/PAK"}},
		{"Schools reopened in Baluchistan on Monday.", []string{"Baluchistan=Baluchistan/admin1/PAK"}}, // the report's spelling
		{"Police said the attack in KP was the third this week.",
			[]string{"KP=Khyber Pakhtunkhwa/admin1/PAK"}},
		{"Shelling hit villages in the Kurram district.", []string{"Kurram district=Kurram District/admin2/PAK"}},
		{"Floods swept through Punjab, Pakistan's most populous province.",
			[]string{"Punjab=Punjab/admin1/PAK", "Pakistan=Pakistan/country/PAK"}},
		{"Farmers in Punjab protested outside the assembly in Chandigarh.",
			[]string{"Punjab=Punjab/admin1/IND", "Chandigarh=Chandigarh/city/IND"}},
		{"The governor of Kandahar said the airport was shelled.",
			[]string{"Kandahar=Kandahar/city/AFG"}},
		// names inside other names are not places
		{"We expect the interim government to honour the Doha Agreement.", []string{}},
		{"Kabul Bank depositors protested.", []string{}},
		{"A petition was filed in the Islamabad High Court.", []string{}},
		{"The Doha agreement set a withdrawal date.", []string{}},
		{"Delegates met in Doha on Tuesday.", []string{"Doha=Doha/city/QAT"}},
		// demonyms are not places, but their land is
		{"Afghan officials denied the claim.", []string{}},
		{"Pakistani officials met Chinese envoys.", []string{}},
		{"Militants operating from Afghan soil crossed the border.",
			[]string{"Afghan soil=Afghanistan/country/AFG"}},
		// people named like places
		{"Ms Baloch said the talks were useful.", []string{}},
		{"Imran Khan addressed the rally.", []string{}},
		{"Zamir Kabulov met officials.", []string{}},
		{"Washington said it would review aid.", []string{}},
		{"The envoy travelled to Washington last week.", []string{"Washington=Washington/city/USA"}},
		// common words that are also towns
		{"Police said five suspects were arrested.", []string{}},
		{"Union leaders called a strike in Lahore.", []string{"Lahore=Lahore/city/PAK"}},
		{"UN officials visited the camp.", []string{}},
		// countries and their aliases
		{"The U.S. and the UK condemned the attack.",
			[]string{"U.S.=United States/country/USA", "UK=United Kingdom/country/GBR"}},
		{"Talks with the United States continued.", []string{"United States=United States/country/USA"}},
		{"Iran and Iraq signed a border deal.", []string{"Iran=Iran/country/IRN", "Iraq=Iraq/country/IRQ"}},
		// datelines
		{"ISLAMABAD: The Foreign Office said talks would resume.", []string{"ISLAMABAD=Islamabad/city/PAK"}},
		{"PESHAWAR: Five people were hurt in a blast in Bannu.",
			[]string{"PESHAWAR=Peshawar/city/PAK", "Bannu=Bannu/city/PAK"}},
		{"KABUL (Reuters): A bomb went off near the ministry.", []string{"KABUL=Kabul/city/AFG"}},
		// containment picks the namesake
		{"Gunmen attacked a bus near Quetta, Balochistan.",
			[]string{"Quetta=Quetta/city/PAK", "Balochistan=Balochistan/admin1/PAK"}},
		{"A car bomb exploded in Ramadi, Anbar province, Iraq.",
			[]string{"Ramadi=Ramadi/city/IRQ", "Anbar province=Anbar/admin1/IRQ", "Iraq=Iraq/country/IRQ"}},
		{"The attack occurred in Al Anbar.", []string{"Al Anbar=Al Anbar/admin1/IRQ"}},
		{"Two soldiers died in Mazar-i-Sharif.", []string{"Mazar-i-Sharif=Mazar-i-Sharif/city/AFG"}},
		{"A headline In Capitals: Kabul Says Talks Will Resume", []string{"Kabul=Kabul/city/AFG"}},
		// districts of press releases resolve to their province
		{"Forces cleared villages in Nad Ali district, Helmand province.",
			[]string{"Nad Ali district=Nad 'Ali/admin2/AFG", "Helmand province=Helmand/admin1/AFG"}},
		{"An IED struck a vehicle in Musa Qala district of Helmand.",
			[]string{"Musa Qala district=Musa Qal'ah/admin2/AFG", "Helmand=Helmand/admin1/AFG"}},
		{"Two civilians were killed in Arghandab district of Kandahar province.",
			[]string{"Arghandab district=Arghandab/admin2/AFG", "Kandahar province=Kandahar/admin1/AFG"}},
		{"Gunmen attacked a post in Sayed Abad district of Wardak province.",
			[]string{"Sayed Abad district=Sayed Abad/admin2/AFG", "Wardak province=Wardak/admin1/AFG"}},
		{"In Pul-i-Alam, the capital of Logar province, a suicide bomber struck.",
			[]string{"Pul-i-Alam=Pul-i-Alam/city/AFG", "Logar province=Logar/admin1/AFG"}},
		{"Police said the attack happened in Nahr-e Saraj district.",
			[]string{"Nahr-e Saraj district=Nahr-e Saraj/admin2/AFG"}},
	}
	for _, tt := range tests {
		got := render(annotate(t, tt.text))
		if !slices.Equal(got, tt.want) {
			t.Errorf("places of %q\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}
