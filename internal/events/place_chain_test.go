package events_test

import "testing"

// TestPlaceChain checks places named in a chain ("X sub-district of Y
// city, Z province"), places the gazetteer lacks, and capitals inside a
// locative chain, which are places, not governments.
func TestPlaceChain(t *testing.T) {
	tests := []struct {
		text, trig, want string
	}{
		// the opening adverbial's chain: the city before its sub-district
		{"On Monday, in the Waziriya sub-district of Baghdad city, Baghdad province, Iraq, gunmen detonated a bomb.",
			"detonated", "Baghdad"},
		// a capital after "of" in a locative chain is a place
		{"People in the Trinagar area of northwest Delhi protested against the removal of a police post.",
			"protested", "Delhi"},
		// a village the gazetteer lacks, in a known district
		{"Two people were killed in a clash at Raybar village in Boalmari upazila of Faridpur district on Tuesday.",
			"clash", "Raybar"},
		{"On Thursday, on Pattani-Had Yai Road in Nong Chik, Pattani, Thailand, militants killed a ranger.",
			"killed", "Nong Chik"},
		// a part of a city yields to the city
		{"On Monday, in Sadr City, Baghdad, Iraq, gunmen detonated a roadside bomb.",
			"detonated", "Baghdad"},
		// a road named for the towns at its ends runs elsewhere
		{"On Saturday, on the Pattani-Yala Road in Muang, Pattani, Thailand, militants fired on a headman.",
			"fired on", "Muang"},
		// a district of a province named like its seat
		{"On Sunday, in the Takbai district, Narathiwat, Thailand, assailants detonated a bomb near a school.",
			"detonated", "Takbai"},
		// a village in a district of a province named like its seat
		{"On Sunday, in Rusoh, Narathiwat, Thailand, militants shot and killed a rubber tapper.",
			"shot", "Rusoh"},
	}
	for _, tt := range tests {
		a := analyze(t, tt.text)
		place, _, ok := placeOfTrigger(a, tt.trig)
		if !ok {
			t.Errorf("no event on %q in %q", tt.trig, tt.text)
			continue
		}
		if place != tt.want {
			t.Errorf("place of %q in %q = %q, want %q", tt.trig, tt.text, place, tt.want)
		}
	}
}
