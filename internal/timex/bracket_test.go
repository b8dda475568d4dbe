package timex

import (
	"context"
	"testing"

	"sitrep/internal/doc"
)

// TestBracketDates checks day-month dates in brackets and the relative
// expressions they gloss. Values worked out on a calendar.
func TestBracketDates(t *testing.T) {
	for _, c := range []tc{
		// day first when the numbers show it
		{"Assailants hurled a bomb at a bus ([23/01]).", "2015-01-24", "DATE", "2015-01-23", "2015-01-23", "2015-01-23"},
		// both orders possible: the reading nearer the publication day
		{"A bomb went off at a market ([03/02]).", "2015-02-04", "DATE", "2015-02-03", "2015-02-03", "2015-02-03"},
		{"A bomb went off at a market ([02/03]).", "2015-02-04", "DATE", "2015-02-03", "2015-02-03", "2015-02-03"},
		// the order of another numeric date in the text wins
		{"On 19/11/2024 talks began; a bomb went off ([03/02]).", "2025-02-04", "DATE", "2025-02-03", "2025-02-03", "2025-02-03"},
		{"On 11/19/2024 talks began; a bomb went off ([03/02]).", "2025-02-04", "DATE", "2025-03-02", "2025-03-02", "2025-03-02"},
		// the year nearest the anchor, across new year
		{"The clash took place ([30/12]).", "2015-01-02", "DATE", "2014-12-30", "2014-12-30", "2014-12-30"},
		// after "on"
		{"Bombs went off in Dhaka on [23/02].Police said.", "2015-02-24", "DATE", "2015-02-23", "2015-02-23", "2015-02-23"},
		// a gloss gives a relative expression its day
		{"Assailants [this evening] (18/01) hurled a bomb.", "2015-01-19", "TIME", "2015-01-18TEV", "2015-01-18", "2015-01-18"},
		{"Police fired at [9:30pm] (23/01).", "2015-01-24", "TIME", "2015-01-23T21:30", "2015-01-23", "2015-01-23"},
		{"Troops raided the village in the wee hours [today] (3 July).", "2015-07-04", "DATE", "2015-07-03", "2015-07-03", "2015-07-03"},
		{"Protesters marched on [Monday] (31 August).", "2015-09-01", "DATE", "2015-08-31", "2015-08-31", "2015-08-31"},
	} {
		expect(t, c)
	}
	// Not a date: no brackets, or numbers no day and month make.
	for _, text := range []string{"The vote was 3/2 in favour.", "Open 24/7 (24/7).", "A ratio of (13/14) was set.", "The vote on 3/4ths of seats."} {
		if got := find(t, text, "2015-02-04"); len(got) != 0 {
			t.Errorf("Find(%q) = %s, want nothing", text, render(got))
		}
	}
}

// TestClockRules checks that a clock time says whether its day is the
// text's or only the publication day.
func TestClockRules(t *testing.T) {
	for _, c := range []struct{ text, rule string }{
		{"The blast went off at 9pm.", "time.clock.publication-day"},
		{"On Monday, a blast went off. It came at 9pm.", "time.clock"},
	} {
		times := find(t, c.text, "2024-11-22")
		if len(times) == 0 || times[len(times)-1].Rule != c.rule {
			t.Errorf("Find(%q) = %s, want the last with rule %s", c.text, render(times), c.rule)
		}
	}
}

// TestDatelineAnchor checks that a dateline's date anchors relative
// expressions, whatever the publication date says.
func TestDatelineAnchor(t *testing.T) {
	tests := []struct {
		text, published, want string // want: the value of the last expression
	}{
		{"KABUL, Afghanistan (Jan. 25, 2013) — Troops arrested two men yesterday.", "2013-01-27", "2013-01-24"},
		{"KABUL, Afghanistan (Jan. 25, 2013) — Troops arrested two men yesterday.", "", "2013-01-24"},
		{"KABUL, Afghanistan (Jan. 25, 2013) — Troops arrested two men today.", "2013-01-26", "2013-01-25"},
		// no dateline: the publication date
		{"Troops arrested two men (Jan. 25, 2013) yesterday.", "2013-01-27", "2013-01-26"},
		{"Kabul (Jan. 25, 2013) — Troops arrested two men yesterday.", "2013-01-27", "2013-01-26"},
	}
	for _, tt := range tests {
		a := doc.New(doc.Document{Text: tt.text, Published: doc.Str(tt.published)})
		if err := New(Options{}).Annotate(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		if n := len(a.Times); n == 0 || a.Times[n-1].Value != tt.want {
			t.Errorf("Annotate(%q, published %q): times %s, want the last %s", tt.text, tt.published, render(a.Times), tt.want)
		}
	}
}
