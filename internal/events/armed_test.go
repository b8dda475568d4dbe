package events_test

import (
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// armedLine renders an event with its actors' codes: TYPE/mode
// source[CODE]>target[CODE], "-" for a missing argument or code.
func armedLine(a *doc.Analysis, e doc.Event) string {
	arg := func(x *doc.Arg) string {
		if x == nil {
			return "-"
		}
		code := "-"
		for _, act := range a.Actors {
			if act.ID == string(x.Actor) && act.Code != "" {
				code = string(act.Code)
			}
		}
		return x.Text + "[" + code + "]"
	}
	t := e.Type
	if e.Mode != "" {
		t += "/" + string(e.Mode)
	}
	return t + " " + arg(e.Source) + ">" + arg(e.Target)
}

// TestArmedCountry checks that a country's name or demonym on a weapon or
// attack noun names its military as the source, and that the victims do
// not take the attacker's country. A want ending in "[!CODE]" asks only
// that the target's code is not CODE (the victims' own country depends
// on the gazetteer).
func TestArmedCountry(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"shelled, troops", "Pakistani troops shelled positions across the border on Sunday.",
			"ASSAULT/heavy-weapons Pakistani troops[PAKMIL]>positions[-]"},
		{"shelled, posts", "Pakistani troops shelled Afghan border posts on Sunday.",
			"ASSAULT/heavy-weapons Pakistani troops[PAKMIL]>Afghan border posts[-]"},
		{"shelled, forces", "Pakistani forces shelled villages in Kunar province on Sunday.",
			"ASSAULT/heavy-weapons Pakistani forces[PAKMIL]>villages[-]"},
		{"missiles hit", "Russian missiles hit Kharkiv on Sunday, killing three people.",
			"ASSAULT/heavy-weapons Russian missiles[RUSMIL]>three people[UKRCVL]"},
		{"air strikes killed", "Israeli air strikes killed 14 people in Khan Younis on Monday.",
			"ASSAULT/aerial Israeli[ISRMIL]>14 people[!ISRCVL]"},
		{"air strike on a town", "An Israeli air strike on Khan Younis killed 14 people on Monday.",
			"ASSAULT/aerial Israeli[ISRMIL]>14 people[!ISRCVL]"},
		{"passive, missile strike", "Three people were killed in a Russian missile strike on Odesa on Tuesday.",
			"ASSAULT/aerial Russian[RUSMIL]>Three people[UKRCVL]"},
		{"drone strike by forces", "Two children were killed in a drone strike by US forces in Somalia on Friday.",
			"ASSAULT/drone US forces[USAMIL]>Two children[SOMCVL]"},
		{"a US drone strike", "A US drone strike killed four militants in Somalia on Friday.",
			"ASSAULT/drone US[USAMIL]>four militants[SOMREB]"},
		{"artillery fire", "Pakistani artillery fire killed two civilians in Kupwara on Saturday.",
			"ASSAULT/heavy-weapons Pakistani[PAKMIL]>two civilians[INDCVL]"},
		{"jets bombed", "Israeli jets bombed a house in Rafah on Monday.",
			"ASSAULT/explosives Israeli jets[ISRMIL]>a house[-]"},
		{"forces pounded", "Russian forces pounded Kharkiv with rockets overnight.",
			"ASSAULT/heavy-weapons Russian forces[RUSMIL]>Kharkiv[UKRCVL]"},
		{"strikes on a capital", "Russian strikes on Kyiv killed two people on Sunday.",
			"ASSAULT/aerial Russian[RUSMIL]>two people[UKRCVL]"},
		{"a capital's people", "A Russian missile strike on Kyiv on Sunday damaged a power plant.",
			"ASSAULT/aerial Russian[RUSMIL]>Kyiv[UKRCVL]"},
		{"rocketed", "Hamas militants rocketed Israeli towns near the Gaza border on Monday.",
			"ASSAULT/heavy-weapons Hamas militants[PSEREB]>Israeli towns[-]"},
		{"mortared", "Insurgents mortared an army base in Kunduz overnight.",
			"ASSAULT/heavy-weapons Insurgents[AFGREB]>an army base[AFGMIL]"},
		{"strafed", "Israeli helicopters strafed a convoy near Rafah on Tuesday.",
			"ASSAULT/aerial Israeli helicopters[ISRMIL]>a convoy[-]"},
		{"shelling wounded", "Pakistani shelling wounded five people in Kunar on Sunday.",
			"ASSAULT/heavy-weapons Pakistani[PAKMIL]>five people[AFGCVL]"},
		{"a state attacked", "Israel struck Iran on Friday.", "ASSAULT Israel[ISR]>Iran[IRN]"},
		{"warplanes struck", "Turkish warplanes struck Kurdish positions in northern Iraq on Friday.",
			"ASSAULT/aerial Turkish warplanes[TURMIL]>Kurdish positions[-]"},
		{"hit by shelling", "A school in Kharkiv was hit by Russian shelling on Sunday.",
			"ASSAULT/heavy-weapons Russian shelling[RUSMIL]>A school[-]"},
		{"a weapon's own name between", "A Russian glide bomb struck an apartment block in Zaporizhzhia on Friday, killing six people.",
			"ASSAULT/explosives A Russian glide bomb[RUSMIL]>six people[UKRCVL]"},
		{"drones struck", "Ukrainian drones struck a fuel depot near Belgorod on Wednesday.",
			"ASSAULT/drone Ukrainian drones[UKRMIL]>a fuel depot[-]"},
		{"troops' own country kept", "Pakistani troops killed five militants in North Waziristan on Sunday.",
			"ASSAULT Pakistani troops[PAKMIL]>five militants[PAKREB]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text)
			var got []string
			for _, e := range a.Events {
				got = append(got, armedLine(a, e))
			}
			g := strings.Join(got, "\n")
			want, not, neg := tt.want, "", false
			if i := strings.LastIndex(want, "[!"); i >= 0 {
				want, not, neg = want[:i], strings.TrimSuffix(want[i+2:], "]"), true
			}
			ok := g == tt.want
			if neg {
				ok = strings.HasPrefix(g, want+"[") && !strings.HasSuffix(g, "["+not+"]") && len(got) == 1
			}
			if !ok {
				t.Errorf("events of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestNotArmed checks words that name an attack only with arms as the
// doer: prices, storms and labour strikes hit and pound with no assault,
// and arms made in a country do not name it as the attacker.
func TestNotArmed(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"prices hit", "Rising fuel prices hit households across Kenya on Monday.", ""},
		{"storms pounded", "Heavy storms pounded the coast of Sri Lanka on Sunday.", ""},
		{"settlers' attacks", "Israeli settler attacks on Palestinian villages near Nablus wounded three people on Friday.",
			"ASSAULT ->three people[PSECVL]"},
		{"a jihadist attack", "A Nigerian jihadist attack killed 12 villagers in Borno on Sunday.",
			"ASSAULT ->12 villagers[NGACVL]"},
		{"prices rocketed", "Fuel prices rocketed across Kenya last year.", ""},
		{"struck a deal", "Kenya and Uganda struck a deal on fuel imports on Monday.", ""},
		{"made in", "US-made missiles hit a school in Kharkiv on Sunday.", "ASSAULT/heavy-weapons ->a school[-]"},
		{"a possessive owns the attack", "Three guards died in their Chinese employer's attack on a mine near Kolwezi on Monday.",
			"ASSAULT ->a mine[-]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text)
			var got []string
			for _, e := range a.Events {
				if e.Type == "ASSAULT" {
					got = append(got, armedLine(a, e))
				}
			}
			if g := strings.Join(got, "\n"); g != tt.want {
				t.Errorf("assaults of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
