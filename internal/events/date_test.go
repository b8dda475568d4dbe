package events_test

import (
	"context"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// eventDates renders each event of a as "trigger=date": the day, the
// range lo..hi, with "~" for a vague date, or "none".
func eventDates(a *doc.Analysis) []string {
	var out []string
	for _, e := range a.Events {
		d := "none"
		if e.Date != nil && e.Date.Range != nil {
			d = e.Date.Range[0]
			if e.Date.Range[1] != e.Date.Range[0] {
				d += ".." + e.Date.Range[1]
			}
			if e.Date.Granularity == "vague" {
				d += "~"
			}
		}
		out = append(out, e.Trigger.Text+"="+d)
	}
	return out
}

// TestDateOf checks the event date policy (dateOf) on short reports
// published on Friday 2024-11-22.
func TestDateOf(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Narrative time: an undated act inherits the day the story set.
		{"narrative across a sentence without an event",
			"Militants attacked a police post in Bannu on Tuesday. The post lies near the border. Police arrested three suspects.",
			[]string{"attacked=2024-11-19", "arrested=2024-11-19"}},
		{"narrative from an opening adverbial's sentence",
			"On Wednesday night, gunmen stormed a village in Kurram. The residents fled. The gunmen torched ten houses.",
			[]string{"stormed=2024-11-20", "torched=2024-11-20"}},
		{"the following day moves the story on",
			"Gunmen attacked a bus in Quetta on Monday. The following day, police arrested two suspects. Troops killed a third suspect in a raid.",
			[]string{"attacked=2024-11-18", "arrested=2024-11-19", "raid=2024-11-19"}},
		{"the narrative does not reach a planned act",
			"Protesters blocked a highway in Karachi on Tuesday. The group will hold another rally.",
			[]string{"blocked=2024-11-19", "rally=none"}},
		// The rest of the sentence dates an act its clause leaves undated.
		{"time after a comma-delimited aside",
			"Police arrested 55 people, including four opposition leaders, in Rangpur on Wednesday night.",
			[]string{"arrested=2024-11-20"}},
		{"the day of the briefing where it was said",
			"The spokesperson, at Thursday's weekly press briefing, urged Kabul to act against militant groups.",
			[]string{"urged=2024-11-21"}},
		{"a possessive day of another act is that act's",
			"Protesters on the march condemned Monday's bombing of a market in Quetta.",
			[]string{"march=none", "condemned=none", "bombing=2024-11-18"}},
		{"time after a relative clause",
			"Militants executed a young man who had been accused of theft in Harardhere on Thursday.",
			[]string{"executed=2024-11-21"}},
		{"a background act in an after-clause has no day",
			"Authorities imposed a curfew in Imphal on Tuesday after clashes between two communities.",
			[]string{"curfew=2024-11-19", "clashes=none"}},
		// Reported speech: the report's day is not the act's.
		{"weekday of the report and of the act",
			"Police said on Thursday that protesters had torched a bus in Dhaka on Tuesday.",
			[]string{"torched=2024-11-19"}},
		{"the report's day dates an act nothing else dates",
			"Japan pledged to cooperate with the Philippines on maritime security, the ministry said on Friday.",
			[]string{"pledged=2024-11-22"}},
		{"the story's day beats the report's day",
			"Militants attacked a checkpoint in Bannu on Monday. A spokesman said on Thursday that the militants fled into the hills.",
			[]string{"attacked=2024-11-18"}},
		// Expressions that cannot date the act.
		{"a future time does not date a past act",
			"Workers protested in Karachi against a tax that takes effect next year.",
			[]string{"protested=none"}},
		{"a possessive time dates its own noun only",
			"Lawyers protested in Lahore on Thursday against Tuesday's murder of a colleague.",
			[]string{"protested=2024-11-21"}},
		{"a year in a name is no date",
			"Pharmacists protested in Lahore against changes to the Drugs Act 1976.",
			[]string{"protested=none"}},
		{"a vague time yields to a named day",
			"On Thursday, farmers began protesting in Patiala against a recently enacted land law.",
			[]string{"protesting=2024-11-21"}},
		{"a century that modifies a noun is no date",
			"On Wednesday, rioters attacked the 13th century mosque in Cizre.",
			[]string{"attacked=2024-11-20"}},
		{"a year that modifies a noun dates that noun only",
			"Activists protested in Srinagar against the release of a suspect in the 1993 Mumbai blasts.",
			[]string{"protested=none", "blasts=1993-01-01..1993-12-31"}},
		{"the story's history is not inherited",
			"A shutdown was observed in Kupwara on Thursday. Gunmen killed six civilians in the town on January 27, 1994. Youths threw stones at a police post.",
			[]string{"shutdown=2024-11-21", "killed=1994-01-27", "threw=2024-11-21"}},
		{"a clock time alone gives no day",
			"Assailants hurled a bomb at a bus in Dhaka at 9pm.",
			[]string{"hurled=none"}},
		// Bracketed dates: a gloss and a note.
		{"a bracketed date glosses a relative one",
			"Assailants this evening (20/11) hurled petrol bombs at a bus in Dhaka.",
			[]string{"hurled=2024-11-20"}},
		{"a date note dates its paragraph",
			"Assailants hurled petrol bombs at a bus in Dhaka. Five passengers were injured in the attack. (20/11)",
			[]string{"hurled=2024-11-20"}},
		// No time in reach: output.md dates present-tense reports only.
		{"past act with no time: undated",
			"Gunmen killed two policemen in Quetta.",
			[]string{"killed=none"}},
		{"present perfect act: past, undated",
			"A village head has reportedly been killed by Maoists in Dantewada.",
			[]string{"killed=none"}},
		{"present-tense act: the publication day",
			"Students are protesting outside the press club in Dhaka.",
			[]string{"protesting=2024-11-22~"}},
		{"negated act: no default",
			"The army did not attack the village.",
			[]string{"attack=none"}},
		// An act said to go on is present: the story's earlier day does
		// not date it.
		{"talks that go on, in reported speech",
			"Officials met in Islamabad on Wednesday. The spokeswoman added that talks with the United States on counter-terrorism cooperation were continuing.",
			[]string{"met=2024-11-20", "talks=2024-11-22~"}},
		{"talks that went on then, in reported speech",
			"Officials met in Islamabad on Wednesday. The spokeswoman added that talks with the United States on counter-terrorism cooperation were continuing then.",
			[]string{"met=2024-11-20", "talks=2024-11-20"}},
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

// TestDateOfDateline checks that the dateline's own date, the
// publication date, dates no event: "yesterday" does.
func TestDateOfDateline(t *testing.T) {
	text := "KABUL, Afghanistan (Jan. 25, 2013) — Coalition forces killed two insurgents in Helmand province.\n\nThe insurgents had attacked a patrol yesterday."
	analyze(t, "Warm up.") // builds pipe
	got, err := pipe.Analyze(context.Background(), doc.Document{ID: "d", Text: text, Published: "2013-01-25", PublishedFrom: doc.FromText,
		Dateline: &doc.Dateline{Text: "KABUL, Afghanistan", Start: 0, End: len("KABUL, Afghanistan")}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"killed=none", "attacked=2013-01-24"}
	if g := eventDates(got); strings.Join(g, " ") != strings.Join(want, " ") {
		t.Errorf("dates = %q, want %q", g, want)
	}
	// A republished story keeps its dateline's day.
	got, err = pipe.Analyze(context.Background(), doc.Document{ID: "d", Text: text, Published: "2013-01-28", PublishedFrom: doc.FromMetadata})
	if err != nil {
		t.Fatal(err)
	}
	if g := eventDates(got); strings.Join(g, " ") != strings.Join(want, " ") {
		t.Errorf("republished: dates = %q, want %q", g, want)
	}
	// The same text with no dateline found by a reader: its shape tells.
	got, err = pipe.Analyze(context.Background(), doc.Document{ID: "d", Text: text, Published: "2013-01-25", PublishedFrom: doc.FromMetadata})
	if err != nil {
		t.Fatal(err)
	}
	if g := eventDates(got); strings.Join(g, " ") != strings.Join(want, " ") {
		t.Errorf("without a dateline: dates = %q, want %q", g, want)
	}
}
