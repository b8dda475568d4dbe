package geo

import "slices"

// Provinces change: Pakistan merged its Federally Administered Tribal
// Areas into Khyber Pakhtunkhwa on 31 May 2018; Bangladesh carved
// Mymensingh Division out of Dhaka Division on 14 September 2015; Nepal's
// seven provinces took office in February 2018 in place of its five
// development regions (Eastern, Central, Western, Mid-Western,
// Far-Western; named here, like every province, without the level word).
// The
// gazetteer knows today's provinces, but a report speaks of its own day:
// a place in a changed province, in a report published before the
// change, gets the province it then lay in as its admin1. The report's
// day is Document.Published; a report without one gets today's.

// formerAdmin1 is a first-level division as it was until a day.
type formerAdmin1 struct {
	country, admin1 string   // today's division (ISO2, GeoNames admin1 code)
	admin2          []string // its GeoNames admin2 codes that lay in the former one; nil for all, anyDistrict for any known one
	until           string   // the last day it stood (YYYY-MM-DD)
	name            string   // the former division's name
}

// formerAdmin1s are the changes sitrep knows.
var formerAdmin1s = []formerAdmin1{
	// the tribal agencies: Khyber, North and South Waziristan, Kurram,
	// Bajaur, Mohmand, Orakzai
	{"PK", "03", []string{"1173641", "1168875", "1164536", "1172574", "1183781", "1170122", "1168705"}, "2018-05-30",
		"Federally Administered Tribal Areas"},
	{"BD", "H", nil, "2015-09-13", "Dhaka"},
	// Nepal: the first rule that fits wins. Koshi was Eastern; Madhesh
	// Eastern (Saptari, Siraha) and Central; Bagmati Central; Gandaki
	// Western; Lumbini Western (Gulmi, Palpa, Parasi, Rupandehi,
	// Kapilvastu, Arghakhanchi) and Mid-Western; Karnali Mid-Western;
	// Sudurpashchim Far-Western.
	{"NP", "1", nil, nepalRegionsUntil, "Eastern"},
	{"NP", "2", []string{"12095518", "12095522"}, nepalRegionsUntil, "Eastern"},
	{"NP", "2", anyDistrict, nepalRegionsUntil, "Central"},
	{"NP", "3", nil, nepalRegionsUntil, "Central"},
	{"NP", "4", nil, nepalRegionsUntil, "Western"},
	{"NP", "5", []string{"12095473", "12095499", "12095531", "12095515", "12095482", "12095506"}, nepalRegionsUntil, "Western"},
	{"NP", "5", anyDistrict, nepalRegionsUntil, "Mid-Western"},
	{"NP", "6", nil, nepalRegionsUntil, "Mid-Western"},
	{"NP", "7", nil, nepalRegionsUntil, "Far-Western"},
}

// nepalRegionsUntil is the last day of Nepal's development regions, the
// day before its provincial assemblies first met.
const nepalRegionsUntil = "2018-02-03"

// anyDistrict matches a place of any known district.
var anyDistrict = []string{"*"}

// formerAdmin1Name returns the name of the first-level division e lay in
// on day (YYYY-MM-DD), when it differs from today's; "" otherwise. A
// region counts when it lies in one district (places.tsv region:CODE).
func formerAdmin1Name(e *Entry, day string) string {
	if day == "" || e.Kind == KindCountry || e.Kind == KindAdmin1 || e.Kind == KindRegion && e.Admin2 == "" {
		return ""
	}
	for _, f := range formerAdmin1s {
		if e.Country == f.country && e.Admin1 == f.admin1 && day <= f.until &&
			(f.admin2 == nil || slices.Contains(f.admin2, e.Admin2) || f.admin2[0] == "*" && e.Admin2 != "") {
			return f.name
		}
	}
	return ""
}
