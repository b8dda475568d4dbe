package quotes

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"
)

// FuzzQuotes checks that any text gives no panic, spans in bounds that
// match their text fields, quotes in order, and the same output twice.
func FuzzQuotes(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		`"`, `“`, `”x`, `'a`, `‘’`, "\"a\n\n\"b", "“a\n\n“b\n\n", `“a,” said`, `said: “`, `― `,
		`"x," he said, "y`, "According to", `, according to`, `( ) said`, "said Mr.", "\xff\"\xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		a := annotate(t, text)
		prev := -1
		for _, q := range a.Quotes {
			checkQuote(t, text, q)
			if q.Start < prev {
				t.Fatalf("quotes out of order: %d after %d", q.Start, prev)
			}
			prev = q.Start
		}
		for _, d := range a.Diagnostics {
			if d.Start < 0 || d.Start > d.End || d.End > len(text) {
				t.Fatalf("diagnostic %+v out of bounds", d)
			}
		}
		b := annotate(t, text)
		if !reflect.DeepEqual(a.Quotes, b.Quotes) || !reflect.DeepEqual(a.Diagnostics, b.Diagnostics) {
			t.Fatalf("two runs over %q differ", text)
		}
	})
}
