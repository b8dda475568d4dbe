package events_test

import "testing"

// TestTriggerCoverage checks trigger forms the lemmatizer leaves as
// written ("beaten", "burnt") and protest and battle verbs of South Asian
// and conflict reporting, and that their look-alikes are no events.
func TestTriggerCoverage(t *testing.T) {
	expectEvents(t, "Three robbers were beaten to death by villagers in Faridpur on Sunday.",
		"ASSAULT villagers>Three robbers date=2024-11-17 at=Faridpur")
	expectEvents(t, "Party workers burnt the minister's effigy in Trichy on Sunday.",
		"PROTEST/demo Party workers>- date=2024-11-17 at=Tiruchirappalli")
	expectEvents(t, "Workers gheraoed the minister at his office in Thiruvananthapuram on Monday.",
		"PROTEST/obstruct Workers>the minister date=2024-11-18 at=Thiruvananthapuram")
	expectEvents(t, "Government troops continued battling against rebels in Laukkai on Monday.",
		"ASSAULT/firearms ->rebels date=2024-11-18 at=Laukkai")
	expectEvents(t, "Some 20 workers gathered at the embassy in Phnom Penh on Monday to ask for help.",
		"PROTEST/demo Some 20 workers>- date=2024-11-18 at=Phnom Penh")
	// Look-alikes.
	expectEvents(t, "The coach was beaten by a late goal in Lyon on Sunday.")
	expectEvents(t, "Rescuers battled the blaze in Karachi on Monday.")
}
