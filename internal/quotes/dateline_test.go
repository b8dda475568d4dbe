package quotes

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// withDateline returns an analysis of text whose dateline is the place
// word at its start, as the ingest stage sets it.
func withDateline(text, place string) *doc.Analysis {
	a := doc.New(doc.Document{Text: text})
	if i := strings.Index(text, place); i >= 0 {
		a.Document.Dateline = &doc.Dateline{Text: place, Start: i, End: i + len(place)}
	}
	return a
}

func TestBodyStart(t *testing.T) {
	tests := []struct {
		name, text, place string
		want              string // the text from the body start on
	}{
		{"title case with date", "Kabul, Nov 3: Gunmen killed two policemen.", "Kabul", "Gunmen killed two policemen."},
		{"caps colon", "KHAR: Two soldiers were wounded.", "KHAR", "Two soldiers were wounded."},
		{"agency and dash", "LONDON (Reuters) - Talks resumed on Monday.", "LONDON", "Talks resumed on Monday."},
		{"date and agency, em dash", "BAGHDAD, March 12 (AP) — A car bomb exploded.", "BAGHDAD", "A car bomb exploded."},
		{"abbreviated month", "Peshawar, Nov. 22: Police said the road was closed.", "Peshawar", "Police said the road was closed."},
		{"double hyphen", "NEW DELHI -- The minister arrived.", "NEW DELHI", "The minister arrived."},
		{"ends its line", "GAZA, Jan 5 -\nShelling continued overnight.", "GAZA", "\nShelling continued overnight."},
		{"no separator: place only", "Kabul officials said the road was closed.", "Kabul", "officials said the road was closed."},
		{"colon too far", "Kabul police said on Sunday after a long night of fighting in the west: calm returned.", "Kabul",
			"police said on Sunday after a long night of fighting in the west: calm returned."},
		{"hyphen inside a word", "Kabul-based officials said: the road was closed.", "Kabul", "-based officials said: the road was closed."},
		{"no dateline", "Gunmen killed two policemen.", "", "Gunmen killed two policemen."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := withDateline(tt.text, tt.place)
			if tt.place == "" {
				a.Document.Dateline = nil
			}
			got := bodyStart(a)
			if tt.text[got:] != tt.want {
				t.Errorf("bodyStart(%q) = %d, rest %q, want rest %q", tt.text, got, tt.text[got:], tt.want)
			}
		})
	}
}

func TestBodyStartBadSpan(t *testing.T) {
	a := doc.New(doc.Document{Text: "Kabul: Calm."})
	for _, dl := range []doc.Dateline{{Start: -1, End: 3}, {Start: 0, End: 99}, {Start: 4, End: 2}} {
		a.Document.Dateline = &dl
		if got := bodyStart(a); got != 0 {
			t.Errorf("bodyStart with span [%d,%d) = %d, want 0", dl.Start, dl.End, got)
		}
	}
}

// TestBodyStartSentences checks that a dateline sentence from the text
// stage ending in its separator bounds the dateline.
func TestBodyStartSentences(t *testing.T) {
	text := "KABUL, AFGHANISTAN, Nov 3 (AFP) - Gunmen attacked a checkpoint."
	a := withDateline(text, "KABUL")
	sep := strings.Index(text, " - ") + 2
	a.Sentences = []doc.Sentence{{Start: 0, End: sep}, {Start: sep + 1, End: len(text)}}
	if got, want := text[bodyStart(a):], "Gunmen attacked a checkpoint."; got != want {
		t.Errorf("body = %q, want %q", got, want)
	}
}

func TestQuotesSkipDateline(t *testing.T) {
	tests := []struct {
		text, place string
		want        []want
	}{
		{"Kabul, Nov 3: Gunmen killed two policemen in an attack on a checkpoint on Sunday, officials said.", "Kabul",
			[]want{{"Gunmen killed two policemen in an attack on a checkpoint on Sunday", "officials", "said", false}}},
		{"Herat, May 9 - Police said the attackers fled towards the border on foot.", "Herat",
			[]want{{"the attackers fled towards the border on foot", "Police", "said", false}}},
		{"Mosul (Reuters) - According to the governor, the bridge will reopen next week.", "Mosul",
			[]want{{"the bridge will reopen next week", "the governor", "According to", false}}},
		{"Quetta, June 2: “The road is open again,” a police officer said.", "Quetta",
			[]want{{"The road is open again", "a police officer", "said", true}}},
		// The dateline is in the first paragraph only.
		{"Kandahar, Aug 14: Fighting stopped at dawn.\n\nThe governor said the curfew would end on Friday.", "Kandahar",
			[]want{{"the curfew would end on Friday", "The governor", "said", false}}},
	}
	for _, tt := range tests {
		a := withDateline(tt.text, tt.place)
		if err := New(Options{}).Annotate(context.Background(), a); err != nil {
			t.Fatalf("Annotate(%q) error: %v", tt.text, err)
		}
		var got []want
		for _, q := range a.Quotes {
			got = append(got, want{q.Text, string(q.SpeakerText), string(q.Cue), q.Direct})
			if q.Start < bodyStart(a) {
				t.Errorf("quote %q of %q starts at %d, inside the dateline", q.Text, tt.text, q.Start)
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("quotes of %q:\n got %+v\nwant %+v", tt.text, got, tt.want)
			continue
		}
		for i := range tt.want {
			if got[i] != tt.want[i] {
				t.Errorf("quote %d of %q = %+v, want %+v", i+1, tt.text, got[i], tt.want[i])
			}
		}
	}
}

// FuzzBodyStart checks that any text and dateline span give a body start
// in bounds, past the dateline when its span is valid, and quotes that
// start there or later.
func FuzzBodyStart(f *testing.F) {
	f.Add("Kabul, Nov 3: Gunmen killed two, officials said.", 0, 5)
	f.Add("LONDON (Reuters) — x", 0, 6)
	f.Add("A -", 0, 1)
	f.Add("Z:", 1, 2)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		a := doc.New(doc.Document{Text: text})
		a.Document.Dateline = &doc.Dateline{Start: start, End: end}
		got := bodyStart(a)
		if got < 0 || got > len(text) {
			t.Fatalf("bodyStart = %d, out of [0,%d]", got, len(text))
		}
		valid := start >= 0 && end <= len(text) && start < end
		if valid && got < end || !valid && got != 0 {
			t.Fatalf("bodyStart = %d for dateline [%d,%d) of %d bytes", got, start, end, len(text))
		}
		if !utf8.ValidString(text) {
			return
		}
		if err := New(Options{}).Annotate(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, q := range a.Quotes {
			if q.Start < got || q.Start > q.End || q.End > len(text) || q.Text != text[q.Start:q.End] {
				t.Fatalf("quote [%d,%d) %q with body start %d", q.Start, q.End, q.Text, got)
			}
		}
	})
}
