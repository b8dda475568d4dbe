package events_test

import "testing"

// TestTriggerCoverage checks trigger forms the lemmatizer leaves as
// written ("beaten", "burnt") and protest and battle verbs of South Asian
// and conflict reporting, and that their look-alikes are no events.
func TestTriggerCoverage(t *testing.T) {
	expectEvents(t, "Three robbers were beaten to death by villagers in Faridpur on Sunday.",
		"ASSAULT villagers>Three robbers date=2024-11-17 at=Faridpur")
	expectEvents(t, "Party workers burnt the minister's effigy in Trichy on Sunday.",
		"PROTEST/demo Party workers>- date=2024-11-17 at=Trichy")
	expectEvents(t, "Workers gheraoed the minister at his office in Thiruvananthapuram on Monday.",
		"PROTEST/obstruct Workers>the minister date=2024-11-18 at=Thiruvananthapuram")
	expectEvents(t, "Government troops continued battling against rebels in Laukkai on Monday.",
		"ASSAULT/firearms ->rebels date=2024-11-18 at=Laukkai")
	expectEvents(t, "Some 20 workers gathered at the embassy in Phnom Penh on Monday to ask for help.",
		"PROTEST/demo Some 20 workers>- date=2024-11-18 at=Phnom Penh")
	// Past forms the tagger takes for nouns after an irregular plural
	// ("gunmen shot and wounded"), several-word triggers ("shot dead"),
	// forms the lemmatizer misses ("bombed"), placed bombs.
	expectEvents(t, "Unknown gunmen shot and wounded a traffic policeman in Mosul on Monday.",
		"ASSAULT/firearms Unknown gunmen>- injured=1 date=2024-11-18 at=Mosul")
	expectEvents(t, "Militants with silenced pistols shot dead a police colonel in Baghdad on Friday.",
		"ASSAULT/firearms ->a police colonel killed=1 date=2024-11-22 at=Baghdad")
	expectEvents(t, "Unidentified assailants bombed a natural gas pipeline in Busayrah on Wednesday.",
		"ASSAULT/explosives Unidentified assailants>a natural gas pipeline date=2024-11-20 at=Busayrah")
	expectEvents(t, "Militants placed a bomb outside a hospital in Nazran on Saturday.",
		"ASSAULT/explosives Militants>a hospital date=2024-11-16 at=Nazran")
	// Look-alikes.
	expectEvents(t, "The minister placed the bill before parliament on Monday.")
	expectEvents(t, "The coach was beaten by a late goal in Lyon on Sunday.")
	expectEvents(t, "Rescuers battled the blaze in Karachi on Monday.")
}
