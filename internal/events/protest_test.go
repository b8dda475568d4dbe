package events_test

import "testing"

// TestProtestDemands checks that a protest's demands are its content,
// not a second event, and that sit-ins and gatherings to demand are
// protests.
func TestProtestDemands(t *testing.T) {
	expectEvents(t, "Over 300 students protested on the campus in Rajshahi on Saturday demanding the arrest of a local MP.",
		"PROTEST/demo 300 students>- date=2024-11-16 at=Rajshahi")
	expectEvents(t, "Traders observed a sit-in programme in Sylhet on Sunday demanding security for businessmen.",
		"PROTEST/demo Traders>- date=2024-11-17 at=Sylhet")
	expectEvents(t, "About 500 workers gathered outside the collectorate in Guntur on Monday to demand higher wages.",
		"PROTEST/demo 500 workers>the collectorate date=2024-11-18 at=Guntur")
	// A gathering with no demand or protest is no event.
	expectEvents(t, "Officials gathered in Delhi on Monday for talks.")
	// A demand by someone else than the protesters stays an event.
	expectEvents(t, "Students protested in Dhaka on Monday, and Bangladesh demanded an apology from India.",
		"PROTEST/demo Students>- date=2024-11-18 at=Dhaka",
		"REQUEST/change Bangladesh>an apology date=2024-11-18 at=Dhaka")
}

// TestAccusedDescription checks that "a man accused of theft" describes
// the accused and is no accusation.
func TestAccusedDescription(t *testing.T) {
	expectEvents(t, "A mob beat a teacher accused of abusing a girl in Patna on Friday.",
		"ASSAULT/beat A mob>a teacher date=2024-11-22 at=Patna")
	// An attempt is an assault with no one counted dead; the accused
	// man is its target, not an accusation.
	expectEvents(t, "Villagers tried to lynch a man accused of theft in Kolasib on Sunday.",
		"ASSAULT/beat Villagers>a man date=2024-11-17 at=Kolasib")
	expectEvents(t, "Community members clashed with police in Pune on Saturday.",
		"PROTEST/riot Community members>police date=2024-11-16 at=Pune")
}

// TestTargetedGatherings checks that a procession or rally an assault
// hits is its target, not a protest, and that force on one is crowd
// control.
func TestTargetedGatherings(t *testing.T) {
	expectEvents(t, "A roadside bomb exploded near a procession of pilgrims in Kanan on Thursday, killing a child.",
		"ASSAULT/explosives ->a child killed=1 date=2024-11-21")
	expectEvents(t, "Police opened fire on a procession in Sylhet on Monday.",
		"ASSAULT/crowd-control Police>a procession date=2024-11-18 at=Sylhet")
	expectEvents(t, "Militants executed a young man who had been accused of murder in Harardhere on Thursday.",
		"ASSAULT/execute Militants>a young man killed=1 date=2024-11-21")
}

// TestSameActorTarget checks that an actor who only qualifies the
// target's head (a building) leaves the act standing with no target,
// and that two mentions of one collective actor are two parties.
func TestSameActorTarget(t *testing.T) {
	expectEvents(t, "Around 200 students protested outside the students' union office in Delhi on Monday.",
		"PROTEST/demo 200 students>- date=2024-11-18 at=Delhi")
	expectEvents(t, "Some men attacked three traders in Patna on Monday.",
		"ASSAULT Some men>three traders date=2024-11-18 at=Patna")
	expectEvents(t, "Youths threatened to kill a shopkeeper in Patna on Monday.",
		"THREATEN Youths>- date=2024-11-18")
}
