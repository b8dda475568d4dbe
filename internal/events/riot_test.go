package events_test

import "testing"

// TestRiots checks which acts of violence are coded as riots: arson and
// crude bombs by unnamed people are mob violence wherever they happen;
// bombs, armed doers and words that merely contain "petrol" or "crude"
// are not.
func TestRiots(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string // type/mode of the first event
	}{
		{"Unidentified assailants hurled petrol bombs at a bus in Dhaka on Sunday.", "PROTEST/riot"},
		{"Assailants hurled two cocktails at a police van in Sylhet on Monday, injuring three constables.", "PROTEST/riot"},
		{"Assailants torched two trucks at a bus stand in Khulna on Monday night.", "PROTEST/riot"},
		{"A roadside bomb exploded near a petrol station in Baghdad on Monday, wounding eight people.", "ASSAULT/explosives"},
		{"Gunmen blew up a crude oil pipeline near Homs on Friday.", "ASSAULT/explosives"},
		{"Armed militants hurled petrol bombs at a police post in Kandahar on Monday.", "ASSAULT/explosives"},
		{"Hartal supporters torched a bus in Dhaka on Sunday.", "PROTEST/riot"},
		// Communal and factional clashes are street violence; troops and
		// rebels fight battles.
		{"Two factions of the student wing fought a factional clash on the campus in Sylhet on Tuesday.", "PROTEST/riot"},
		{"Troops and rebels clashed near Myawaddy on Monday.", "ASSAULT/firearms"},
	} {
		a := analyze(t, tt.text)
		got := "none"
		if len(a.Events) > 0 {
			got = a.Events[0].Type + "/" + string(a.Events[0].Mode)
		}
		if got != tt.want {
			t.Errorf("first event of %q = %s, want %s (events %q)", tt.text, got, tt.want, lines(a))
		}
	}
}
