package plovermap

import "testing"

func TestType(t *testing.T) {
	tests := []struct {
		name     string
		e        Event
		typ, sub string
	}{
		{"no type", Event{}, "", ""},
		{"demonstration", Event{Type: "PROTEST", Mode: "demo"}, Protests, "Peaceful protest"},
		{"strike", Event{Type: "PROTEST", Mode: "strike"}, Protests, "Peaceful protest"},
		{"riot", Event{Type: "PROTEST", Mode: "riot"}, Riots, "Violent demonstration"},
		{"roadside bomb", Event{Type: "ASSAULT", Mode: "explosives", HasTarget: true, TargetText: "a bus"}, Explosions, "Remote explosive/landmine/IED"},
		{"suicide bomber", Event{Type: "ASSAULT", Mode: "suicide-attack"}, Explosions, "Suicide bomb"},
		{"drone strike", Event{Type: "ASSAULT", Mode: "drone"}, Explosions, "Air/drone strike"},
		{"shelling", Event{Type: "ASSAULT", Mode: "heavy-weapons"}, Explosions, "Shelling/artillery/missile attack"},
		{"abduction", Event{Type: "ASSAULT", Mode: "abduct"}, VAC, "Abduction/forced disappearance"},
		{"execution", Event{Type: "ASSAULT", Mode: "execute"}, VAC, "Attack"},
		{"police fire on marchers", Event{Type: "ASSAULT", Mode: "crowd-control"}, Protests, "Excessive force against protesters"},
		{"shooting with no target", Event{Type: "ASSAULT", Mode: "firearms"}, Battles, "Armed clash"},
		{"shooting at soldiers (sector)", Event{Type: "ASSAULT", Mode: "firearms", HasTarget: true, TargetSector: "MIL", TargetText: "them"}, Battles, "Armed clash"},
		{"shooting at soldiers (words)", Event{Type: "ASSAULT", Mode: "firearms", HasTarget: true, TargetText: "two soldiers'"}, Battles, "Armed clash"},
		{"shooting at a checkpoint", Event{Type: "ASSAULT", HasTarget: true, TargetText: "a police checkpoint"}, Battles, "Armed clash"},
		{"shooting at villagers", Event{Type: "ASSAULT", Mode: "firearms", HasTarget: true, TargetText: "villagers"}, VAC, "Attack"},
		{"civilian sector wins over words", Event{Type: "ASSAULT", HasTarget: true, TargetSector: "CVL", TargetText: "a retired army officer"}, VAC, "Attack"},
		{"clash rule", Event{Type: "ASSAULT", Rule: "assault.clash.verb", HasTarget: true, TargetText: "villagers"}, Battles, "Armed clash"},
		{"arrest", Event{Type: "COERCE", Mode: "arrest"}, Strategic, "Arrests"},
		{"weapons seized", Event{Type: "COERCE", Mode: "seize"}, Strategic, "Disrupted weapons use"},
		{"curfew", Event{Type: "COERCE", Mode: "curfew"}, Strategic, "Other"},
		{"agreement", Event{Type: "AGREE"}, Strategic, "Agreement"},
		{"ceasefire", Event{Type: "RETREAT", Mode: "ceasefire"}, Strategic, "Agreement"},
		{"release", Event{Type: "RETREAT", Mode: "release"}, Strategic, "Change to group/activity"},
		{"deployment", Event{Type: "MOBILIZE", Mode: "troops"}, Strategic, "Change to group/activity"},
		{"meeting", Event{Type: "CONSULT"}, Strategic, "Other"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			typ, sub := Type(tt.e)
			if typ != tt.typ || sub != tt.sub {
				t.Errorf("Type(%+v) = %q, %q; want %q, %q", tt.e, typ, sub, tt.typ, tt.sub)
			}
		})
	}
}

func TestSector(t *testing.T) {
	for code, want := range map[string]string{"PAKMIL": "MIL", "AFGGOV": "GOV", "USA": "", "": "", "PAKCOPPOL": "COP"} {
		if got := Sector(code); got != want {
			t.Errorf("Sector(%q) = %q, want %q", code, got, want)
		}
	}
}
