package events_test

import "testing"

// TestRunningTolls checks casualty counts of follow-up reports: a toll
// restated as a total that has grown gives the act its whole count, and a
// death told in a side clause of the same sentence is already in it.
func TestRunningTolls(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"toll rose, side clause", "The death toll from Saturday's bombing of a bus station in Kirkuk rose to 14 after two wounded passengers died in hospital.",
			[]string{"ASSAULT/explosives ->a bus station killed=14 date=2024-11-16 at=Kirkuk"}},
		{"number of killed has risen", "The number of villagers killed in Sunday's shelling of Marib has risen to nine, a local official said.",
			[]string{"ASSAULT/heavy-weapons ->Marib killed=9 date=2024-11-17 at=Ma'rib"}},
		{"bringing the number to", "A wounded guard died on Tuesday, bringing the number of people killed in the raid on the Herat prison to seven.",
			[]string{"ASSAULT ->the Herat prison killed=7 date=2024-11-19 at=Herat"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectEvents(t, tt.text, tt.want...) })
	}
}

// TestCountedVictims checks counts joined by "and", counts with an
// apposition, and a weapon that is not a victim.
func TestCountedVictims(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a verb before coordinated counts", "Coalition aircraft killed a rebel commander and two of his guards in Khost on Tuesday.",
			[]string{"ASSAULT ->a rebel commander killed=3 date=2024-11-19 at=Khost"}},
		{"feared dead", "Dozens of people are feared dead after jihadists attacked a town in Burkina Faso on Tuesday.",
			[]string{"ASSAULT jihadists>people killed=24(24-99) date=2024-11-19 at=Burkina Faso"}},
		{"an army loses soldiers", "The army lost ten soldiers in an ambush near Menaka on Tuesday.",
			[]string{"ASSAULT ->soldiers killed=10 date=2024-11-19 at=Menaka"}},
		{"a year's losses are no act's toll", "Gunmen killed five policemen in an attack on a police station in Bannu on Friday. Police in the province have lost more than 40 officers this year.",
			[]string{"ASSAULT/firearms Gunmen>a police station killed=5 date=2024-11-22 at=Bannu"}},
		{"a party loses seats", "The ruling party lost three seats in the election on Sunday.", nil},
		{"bodies counted later", "Rebels attacked a village near Goma on Monday. Rescuers said 23 bodies had been recovered.",
			[]string{"ASSAULT Rebels>a village killed=23 date=2024-11-18 at=Goma"}},
		{"one and four", "A police captain and four constables were killed when a bomb exploded in Quetta on Monday.",
			[]string{"ASSAULT/explosives ->four constables killed=5 date=2024-11-18 at=Quetta"}},
		{"a landmine is no victim", "A landmine killed three shepherds near Kidal on Sunday.",
			[]string{"ASSAULT/explosives ->three shepherds killed=3 date=2024-11-17 at=Kidal"}},
		{"including is part of the count", "Eight people, including two children, were killed when gunmen attacked a bus in Maiduguri on Friday.",
			[]string{"ASSAULT/firearms gunmen>people killed=8 date=2024-11-22 at=Maiduguri"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectEvents(t, tt.text, tt.want...) })
	}
}

// TestCooperativeActs checks the acts of aid, deployment, judicial
// cooperation and consultation told with everyday verbs.
func TestCooperativeActs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"flying in supplies", "Jordanian army planes flew 40 tonnes of food and medicine to El Arish on Tuesday.",
			[]string{"AID Jordanian army planes>El Arish date=2024-11-19 at=El Arish"}},
		{"a convoy carrying relief", "A Red Crescent convoy carrying food and blankets reached Taiz on Monday.",
			[]string{"AID A Red Crescent convoy>- date=2024-11-18 at=Taiz"}},
		{"delivering supplies", "Afghan soldiers delivered blankets and winter supplies to 300 families in Bamyan on Sunday.",
			[]string{"AID Afghan soldiers>300 families date=2024-11-17 at=Bamyan"}},
		{"a department sends relief", "The Sindh health department sent tents and medicine to displaced families in Dadu on Sunday.",
			[]string{"AID The Sindh health department>- date=2024-11-17 at=Dadu"}},
		{"reinforcements", "The Nigerian army sent reinforcements to Maiduguri on Sunday.",
			[]string{"MOBILIZE/troops The Nigerian army>Maiduguri date=2024-11-17 at=Maiduguri"}},
		{"extradition", "Turkey extradited two suspected smugglers to Greece on Friday.",
			[]string{"COOPERATE Turkey>two suspected smugglers date=2024-11-22 at=Greece"}},
		{"a person described by a reduced relative", "A former official accused of corruption was extradited from Almaty to Bishkek on Monday.",
			[]string{"COOPERATE ->A former official date=2024-11-18 at=Bishkek"}},
		{"wanted for murder", "A man wanted for murder was arrested in Lahore on Monday.",
			[]string{"COERCE/arrest ->A man detained=1 date=2024-11-18 at=Lahore"}},
		{"handing over suspects", "Kenyan authorities handed over three suspects wanted for murder to Ugandan police on Monday.",
			[]string{"COOPERATE Kenyan authorities>three suspects date=2024-11-18"}},
		{"talks with a counterpart", "The Pakistani interior minister held talks with his Afghan counterpart in Kabul on Monday.",
			[]string{"CONSULT The Pakistani interior minister>his Afghan counterpart date=2024-11-18 at=Kabul"}},
		{"a shura", "Police commanders held a shura with tribal elders in Khost on Sunday.",
			[]string{"CONSULT Police commanders>tribal elders date=2024-11-17 at=Khost"}},
		{"a court jails", "A court in Riga jailed three men for ten years for spying on Thursday.",
			[]string{"SANCTION/convict A court>three men date=2024-11-21 at=Riga"}},
		{"persona non grata", "Estonia declared a Russian diplomat persona non grata on Friday.",
			[]string{"SANCTION/expel Estonia>a Russian diplomat persona date=2024-11-22"}},
		{"a cache found", "Soldiers found a weapons cache in Zhari district on Monday.",
			[]string{"COERCE/seize Soldiers>a weapons cache date=2024-11-18 at=Zhari"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectEvents(t, tt.text, tt.want...) })
	}
}

// TestConflictualSenses checks words whose sense in conflict reporting is
// not the pattern's first one: a diplomatic protest is an accusation, a
// bare "strike" after a drone strike is that strike, an official's
// condemnation has the official as its source.
func TestConflictualSenses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"summoned in protest", "Egypt summoned the Israeli ambassador on Monday in protest.",
			[]string{"ACCUSE/disapprove Egypt>the Israeli ambassador date=2024-11-18"}},
		{"in protest with no envoy", "Traders in Jammu kept their shops closed on Monday in protest against the new tax.",
			[]string{"PROTEST/demo ->the new tax date=2024-11-18 at=Jammu"}},
		{"lodged a protest", "Iraq lodged a formal protest with Turkey on Monday.",
			[]string{"ACCUSE/disapprove Iraq>Turkey date=2024-11-18"}},
		{"the strike after a drone strike", "A drone strike hit a market in Gao on Sunday. The strike killed at least nine people.",
			[]string{"ASSAULT/drone ->at least nine people killed=9(9-18) date=2024-11-17 at=Gao"}},
		{"an official condemns", "The Helmand governor condemned the bombing on Monday.",
			[]string{"ACCUSE/disapprove The Helmand governor>the bombing date=2024-11-18 at=Helmand"}},
		{"threatened to retaliate", "Hezbollah threatened to retaliate against Israel on Sunday.",
			[]string{"THREATEN/violence Hezbollah>Israel date=2024-11-17"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectEvents(t, tt.text, tt.want...) })
	}
}

// TestStrikeSenses checks that a bare "strike" is a labour strike only
// where no military strike is told.
func TestStrikeSenses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"airstrikes named earlier", "Warplanes pounded villages in Idlib on Monday. Local officials said the strikes hit a school.",
			[]string{"ASSAULT/aerial ->villages date=2024-11-18 at=Idlib"}},
		{"strikes that kill", "Officials said the strikes killed four fighters near Marib on Monday.",
			[]string{"ASSAULT ->four fighters killed=4 date=2024-11-18 at=Ma'rib"}},
		{"a labour strike", "Bus drivers in Lagos began a strike on Monday over unpaid wages.",
			[]string{"PROTEST/strike Bus drivers>- date=2024-11-18 at=Lagos"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectEvents(t, tt.text, tt.want...) })
	}
}

// TestThreats checks that a warning of force is a threat and that the
// attack it announces is no event.
func TestThreats(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a warning of attack", "The Houthis issued a warning to shipping firms on Tuesday, saying their ships would be targeted.",
			[]string{"THREATEN/violence The Houthis>- date=2024-11-19"}},
		{"a subject with a relative clause", "The Houthi group that controls much of northern Yemen issued a warning to shipping companies on Tuesday, saying their vessels would be targeted.",
			[]string{"THREATEN/violence The Houthi group>- date=2024-11-19"}},
		{"warned it would respond", "Iran warned Israel on Sunday that it would respond to any attack on its nuclear sites.",
			[]string{"THREATEN/violence Iran>Israel date=2024-11-17"}},
		{"a warning of no force", "Aid agencies warned on Monday that the camps would run out of water.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectEvents(t, tt.text, tt.want...) })
	}
}

// TestOtherWordSenses checks verbs whose object or clause shows a sense
// that is no act: engaging in activities, a banned group named, a list
// released, a warning of no force; and that their acts stay acts.
func TestOtherWordSenses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"engaged in activities", "The envoy had engaged in activities incompatible with his status, the ministry said on Monday.", nil},
		{"engaged the enemy", "Troops engaged the militants near Kunduz on Monday.",
			[]string{"ASSAULT/firearms Troops>- date=2024-11-18 at=Kunduz"}},
		{"engaged in battle", "Police and rebels engaged in a gun battle near Imphal on Monday.",
			[]string{"ASSAULT/firearms rebels>- date=2024-11-18 at=Imphal", "ASSAULT/firearms Police>- date=2024-11-18 at=Imphal"}},
		{"a banned group", "A spokesman for the banned Jaish group spoke to reporters in Quetta on Monday.", nil},
		{"a ban", "The government banned the group on Monday.",
			[]string{"COERCE/ban The government>the group date=2024-11-18"}},
		{"sanctions not adopted", "Serbia is the only candidate country that has not adopted EU sanctions against Russia.", nil},
		{"refusal to join sanctions", "Serbia's refusal to join sanctions on Russia has frustrated several governments, diplomats said on Friday.", nil},
		{"sanctions slapped", "Japan slapped new sanctions on North Korea on Friday.",
			[]string{"SANCTION ->North Korea date=2024-11-22"}},
		{"a statement sent", "The group claimed the attack in a statement sent to journalists, saying it had targeted occupying forces.",
			[]string{"ASSAULT ->-"}},
		{"a list released", "Police released a list of the dead on Monday.", nil},
		{"hostages released", "Militants released two hostages in Mosul on Monday.",
			[]string{"RETREAT/release Militants>two hostages date=2024-11-18 at=Mosul"}},
		{"a warning with a far 'of'", "UN agencies had warned that the closure was cutting off food supplies for thousands of families.", nil},
		{"warned of attacks", "Officials warned of more attacks on Monday.",
			[]string{"THREATEN Officials>- date=2024-11-18"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectEvents(t, tt.text, tt.want...) })
	}
}

// TestBackgroundActs checks that what someone habitually does, is
// believed or suspected to do, or plans is no act of the story, while a
// suspected doer of the story's act keeps it.
func TestBackgroundActs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"who plant", "Police detained a man in Gardez on Monday who leads fighters who plant bombs on the highway.",
			[]string{"COERCE/arrest Police>a man detained=1 date=2024-11-18 at=Gardez"}},
		{"believed to plant", "Soldiers arrested a tailor in Gereshk on Sunday who is believed to plant roadside bombs.",
			[]string{"COERCE/arrest Soldiers>a tailor detained=1 date=2024-11-17 at=Gereshk"}},
		{"suspected of attacking", "Police arrested two men in Kunduz on Monday. They are suspected of attacking a bus last year.",
			[]string{"COERCE/arrest Police>two men detained=2 date=2024-11-18 at=Kunduz"}},
		{"responsible for several attacks", "Troops captured a commander in Zabul on Monday who is believed responsible for several rocket attacks on the airfield.",
			[]string{"COERCE/arrest Troops>a commander detained=1 date=2024-11-18 at=Zabul"}},
		{"weapons for attacks", "Police detained a smuggler in Herat on Sunday who buys explosives for attacks on army posts.",
			[]string{"COERCE/arrest Police>a smuggler detained=1 date=2024-11-17 at=Herat"}},
		{"a town captured", "Rebels captured the town of Kidal on Sunday.", nil},
		{"suspected of the story's act", "A bomb was found under a bus in Derry on Monday. Dissident militants are suspected of planting the device.",
			[]string{"ASSAULT/explosives Dissident militants>- date=2024-11-18 at=Derry"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectEvents(t, tt.text, tt.want...) })
	}
}
