package geo

import (
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// TestCapitalWord checks "the capital" as a mention of the capital of
// the country the report is about, and the uses of the word that name
// no place or another one.
func TestCapitalWord(t *testing.T) {
	tests := []struct {
		source, text string
		want         string // the capital's mentions as "text=Name/ISO3", "" for none
	}{
		{"", "BNP activists torched a bus in the capital on Monday.", "the capital=Dhaka/BGD"},
		{"", "Awami League supporters clashed with police in the capital city.", "the capital city=Dhaka/BGD"},
		{"", "A bomb went off in the Afghan capital on Monday.", "the Afghan capital=Kabul/AFG"},
		{"The Hindu", "AAP members blocked roads in the national capital.", "the national capital=New Delhi/IND"},
		{"The Financial Express (Bangladesh)", "In the capital, a bus was torched near the bus stand.", "the capital=Dhaka/BGD"},
		{"The Financial Express (Bangladesh)", "Two people were hurt in blasts in the capital's Hazaribagh area.", "the capital=Dhaka/BGD"},
		// no country, or another capital, or no place
		{"", "Protesters marched through the capital on Monday.", ""},
		{"", "Indian farmers marched to the state capital on Monday.", ""},
		{"", "Pakistani lawyers called for an end to capital punishment.", ""},
		{"", "Afghan officials said the capital of Helmand was calm.", ""},
		{"", "Pakistani officials said the capital, Islamabad, was calm.", ""},
		{"", "In Iskandiriyah, south of the capital, Iraqi soldiers clashed with gunmen.", ""},
		{"", "Afghan police said a bomb went off 40 km from the capital.", ""},
	}
	for _, tt := range tests {
		a := doc.New(doc.Document{Text: tt.text, Source: doc.Str(tt.source)})
		if err := testResolver().Annotate(t.Context(), a); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range a.Places {
			if !strings.HasPrefix(p.Rule, "geo.capital.word:") {
				continue
			}
			for _, m := range p.Mentions {
				got = append(got, m.Text+"="+p.Name+"/"+string(p.Country))
			}
		}
		if strings.Join(got, ";") != tt.want {
			t.Errorf("capital of %q (outlet %q) = %q, want %q", tt.text, tt.source, got, tt.want)
		}
	}
}
