package events_test

import (
	"strings"
	"testing"
)

// TestDateOfWire checks the event date policy on the ways wire reports
// tell when a thing happened, published on Friday 2024-11-22: the day
// after a place phrase, a part of the day beside a named day, a reduced
// relative's own time, "a day after …", a present-perfect lead dated by
// the next sentence, a season that only names a thing.
func TestDateOfWire(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a day after the place phrase",
			"A roadside bomb struck a minibus in Andar district, Ghazni province, yesterday, killing five civilians.",
			[]string{"struck=2024-11-21"}},
		{"overnight names no day beside a named one",
			"Gunmen killed four guards in an overnight raid on a fuel depot in Kunduz on Wednesday.",
			[]string{"raid=2024-11-20"}},
		{"overnight alone is the news day's night",
			"Gunmen killed four guards in an overnight raid on a fuel depot in Kunduz.",
			[]string{"raid=2024-11-22"}},
		{"a possessive day after since dates its own noun",
			"Hundreds of families have left the town since Tuesday's attack on its market.",
			[]string{"attack=2024-11-19"}},
		{"a reduced relative has the time of its own phrase",
			"The country began three days of mourning on Saturday for 12 villagers killed by gunmen near the border on Thursday.",
			[]string{"killed=2024-11-21"}},
		{"a day after: the day before the main clause's",
			"Shops stayed shut in Imphal on Tuesday, a day after the government imposed a curfew on the valley.",
			[]string{"curfew=2024-11-18"}},
		{"two days after",
			"Troops patrolled the streets of the port on Wednesday, two days after the army sent reinforcements into the city.",
			[]string{"sent=2024-11-18"}},
		{"a day before: the day after the main clause's, also for a planned act",
			"Gunmen killed a tribal elder in Bajaur on Friday evening, a day before elders were due to meet the governor.",
			[]string{"killed=2024-11-22", "meet=2024-11-23"}},
		{"two days later: after the story's day",
			"Gunmen attacked a bus in Quetta on Monday. Two days later, police arrested three suspects in the city.",
			[]string{"attacked=2024-11-18", "arrested=2024-11-20"}},
		{"a day earlier: before the day named last",
			"Gunmen attacked a bus in Quetta on Thursday. A day earlier, police had arrested three suspects in the city.",
			[]string{"attacked=2024-11-21", "arrested=2024-11-20"}},
		{"a present-perfect lead dated by the next sentence",
			"The government has asked its neighbour to extradite two rebel commanders. The request was made at a briefing on Wednesday.",
			[]string{"asked=2024-11-20"}},
		{"a present-perfect lead dated by the next sentence's report",
			"The ministry has refused a request to hand over the two men. A spokesman said on Thursday that the request was political.",
			[]string{"refused=2024-11-21"}},
		{"a present-perfect lead with no day after it stays undated",
			"The government has refused a request to hand over the two men. Relations between the neighbours have been tense for years.",
			[]string{"refused=none"}},
		{"an act a day-after clause dates does not set the story's day",
			"Shops stayed shut in Imphal on Tuesday, a day after the government imposed a curfew on the valley. Rights groups condemned the internet shutdown.",
			[]string{"curfew=2024-11-18", "condemned=2024-11-19"}},
		{"an act told since a year takes no story day",
			"Police dispersed a march in Nairobi on Tuesday. Kenya has seen repeated street protests since 2023.",
			[]string{"march=2024-11-19", "protests=none"}},
		{"a background act in another sentence takes no story day",
			"Gunmen attacked a police post in Bannu on Monday. Police arrested two men in connection with a bombing at a bridge.",
			[]string{"attacked=2024-11-18", "arrested=2024-11-18", "bombing=none"}},
		{"a gerund step after the main clause shares its day",
			"A former customs chief arrived in Bishkek on Monday after being extradited by Kazakhstan.",
			[]string{"extradited=2024-11-18"}},
		{"a season before a noun dates nothing; the story's day does",
			"The foreign minister arrived in Dushanbe on Thursday. The ministers discussed the summer water schedule.",
			[]string{"discussed=2024-11-21"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := eventDates(analyze(t, tt.text))
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("dates of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
