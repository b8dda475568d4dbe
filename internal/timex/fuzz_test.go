package timex

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFind checks, for any text and anchor, that Find does not panic, that
// every span lies in the text on rune boundaries, in order and without
// overlap, that Text is the text of the span, and that two runs agree.
func FuzzFind(f *testing.F) {
	for _, c := range cases {
		text, _, _ := unbracket(c.text)
		f.Add(text, int64(20000))
	}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b), int64(20049))
		}
	}
	f.Add("on 31/02/2024 at 25:99 pm, the 0th, 99-99-9999", int64(-1))
	f.Add("Nov.\u00a019,\u20092024 – ‘90s — “Thursday” night", int64(0))
	f.Add("this evening (18/01) at 9pm (03/02), today [31/12] (24/7) (0/13)", int64(5500))
	f.Fuzz(func(t *testing.T, text string, days int64) {
		known := days >= 0
		anchor := date(2000, 1, 1).AddDate(0, 0, int(days%400000))
		t1, d1 := Find(text, anchor, known)
		t2, d2 := Find(text, anchor, known)
		if !reflect.DeepEqual(t1, t2) || !reflect.DeepEqual(d1, d2) {
			t.Fatalf("Find(%q) differs between two runs", text)
		}
		end := 0
		for _, tm := range t1 {
			if tm.Start < end || tm.End <= tm.Start || tm.End > len(text) {
				t.Fatalf("Find(%q): span %d-%d out of order or bounds (previous end %d)", text, tm.Start, tm.End, end)
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[tm.Start]) || tm.End < len(text) && !utf8.RuneStart(text[tm.End])) {
				t.Fatalf("Find(%q): span %d-%d splits a character", text, tm.Start, tm.End)
			}
			if text[tm.Start:tm.End] != tm.Text {
				t.Fatalf("Find(%q): text %q, span has %q", text, tm.Text, text[tm.Start:tm.End])
			}
			if tm.Value == "" || tm.Type == "" || tm.Granularity == "" || tm.Rule == "" {
				t.Fatalf("Find(%q): %+v has an empty field", text, tm)
			}
			if tm.Range != nil && tm.Range[0] > tm.Range[1] {
				t.Fatalf("Find(%q): %s range %v is reversed", text, tm.Text, *tm.Range)
			}
			if !known && tm.Range != nil && strings.Contains(tm.Value, "X") {
				t.Fatalf("Find(%q): unresolved %s has a range", text, tm.Value)
			}
			end = tm.End
		}
		for _, d := range d1 {
			if d.Start < 0 || d.End < d.Start || d.End > len(text) {
				t.Fatalf("Find(%q): diagnostic span %d-%d out of bounds", text, d.Start, d.End)
			}
		}
	})
}
