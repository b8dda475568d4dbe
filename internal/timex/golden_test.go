package timex

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/internal/doc"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestGolden tags the news-like texts in testdata/*.txt (written for these
// tests; a first line "published: DATE" gives the anchor) and compares a
// text rendering of the times and diagnostics with testdata/*.golden.
// go test ./internal/timex -update rewrites the golden files.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text, anchor, known := splitPublished(string(b))
			times, diags := Find(text, anchor, known)
			got := renderGolden(text, times, diags)
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden: %v (run with -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n%s", f, golden, lineDiff(string(want), got))
			}
		})
	}
}

// splitPublished takes an optional "published: DATE" first line off s.
func splitPublished(s string) (string, time.Time, bool) {
	const p = "published: "
	if !strings.HasPrefix(s, p) {
		return s, time.Time{}, false
	}
	line, rest, _ := strings.Cut(s, "\n")
	d, err := time.Parse("2006-01-02", strings.TrimSpace(line[len(p):]))
	if err != nil {
		return s, time.Time{}, false
	}
	return strings.TrimLeft(rest, "\n"), d, true
}

func renderGolden(text string, times []doc.Time, diags []doc.Diagnostic) string {
	var b strings.Builder
	for _, tm := range times {
		rng := "-"
		if tm.Range != nil {
			rng = tm.Range[0] + ".." + tm.Range[1]
		}
		fmt.Fprintf(&b, "%s\t%d-%d\t%q\t%s\t%s\t%s\t%s\t%s\n", tm.ID, tm.Start, tm.End, tm.Text, tm.Type, tm.Value, rng, tm.Granularity, tm.Rule)
	}
	for _, d := range diags {
		fmt.Fprintf(&b, "diagnostic\t%d-%d\t%q\t%s\n", d.Start, d.End, text[d.Start:d.End], d.Message)
	}
	return b.String()
}

func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			fmt.Fprintf(&b, "line %d\n- %s\n+ %s\n", i+1, a, c)
		}
	}
	return b.String()
}
