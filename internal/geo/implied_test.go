package geo

import (
	"strings"
	"testing"
)

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
