package events_test

import "testing"

// TestWeaponModes checks the modes an assault takes from weapon words:
// from its own sentence, else from the nearest sentence of its paragraph,
// never from another paragraph.
func TestWeaponModes(t *testing.T) {
	expectEvents(t, "Militants attacked a police post in Kandahar on Monday. They fired rockets and mortars from the hills.",
		"ASSAULT/heavy-weapons Militants>a police post date=2024-11-18 at=Kandahar")
	expectEvents(t, "Three civilians were injured in Tumaco on Monday after stepping on antipersonnel mines.",
		"ASSAULT/explosives ->Three civilians injured=3 date=2024-11-18 at=Tumaco")
	// Opening fire is gunfire unless the sentence names heavier arms.
	expectEvents(t, "Unidentified militants opened fire with mortars on a neighbourhood of Mogadishu on Monday.",
		"ASSAULT/heavy-weapons Unidentified militants>a neighbourhood date=2024-11-18 at=Mogadishu")
	expectEvents(t, "Gunmen opened fire on a bus in Eilat on Thursday.",
		"ASSAULT/firearms Gunmen>a bus date=2024-11-21 at=Eilat")
	expectEvents(t, "Militants attacked a police post in Kandahar on Monday.\n\nSeparately, a bomb exploded in Quetta on Tuesday.",
		"ASSAULT Militants>a police post date=2024-11-18 at=Kandahar",
		"ASSAULT/explosives ->- date=2024-11-19 at=Quetta")
}

// TestNonLethalArms checks that tear gas shells and rubber bullets are
// crowd control, not heavy weapons or a shelling, while artillery shells
// are.
func TestNonLethalArms(t *testing.T) {
	expectEvents(t, "Police fired tear gas shells at the protesters in Srinagar on Friday.",
		"ASSAULT/crowd-control Police>the protesters date=2024-11-22 at=Srinagar")
	expectEvents(t, "Troops fired artillery shells at the village in Poonch on Friday.",
		"ASSAULT/heavy-weapons Troops>the village date=2024-11-22 at=Poonch")
}
