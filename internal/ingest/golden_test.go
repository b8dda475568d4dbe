package ingest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// TestGolden reads every input in testdata/ and compares a text rendering
// of its documents with testdata/NAME.golden. Run with -update to rewrite
// the golden files, then review the diff.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, in := range inputs {
		if strings.HasSuffix(in, ".golden") || isDir(in) {
			continue
		}
		n++
		t.Run(filepath.Base(in), func(t *testing.T) {
			got := renderItems(readAll(t, Options{}, in))
			golden := strings.TrimSuffix(in, filepath.Ext(in)) + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/ingest -run TestGolden -update)", err)
			}
			if got != string(want) {
				t.Errorf("read %s differs from %s:\n--- got\n%s\n--- want\n%s", in, golden, got, want)
			}
		})
	}
	if n < 5 {
		t.Errorf("found %d golden inputs, want at least 5", n)
	}
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// renderItems writes items as stable, reviewable text.
func renderItems(items []Item) string {
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteString("\n")
		}
		if it.Err != nil {
			fmt.Fprintf(&b, "error: %s\n", filepath.ToSlash(it.Err.Error()))
			continue
		}
		d := it.Doc
		fmt.Fprintf(&b, "input: %s\n", filepath.ToSlash(d.Input))
		fmt.Fprintf(&b, "id: %s\n", d.ID)
		fmt.Fprintf(&b, "title: %q\n", d.Title)
		fmt.Fprintf(&b, "source: %q\n", d.Source)
		fmt.Fprintf(&b, "url: %q\n", d.URL)
		fmt.Fprintf(&b, "published: %q (%s)\n", d.Published, d.PublishedFrom)
		if dl := d.Dateline; dl != nil {
			fmt.Fprintf(&b, "dateline: %q [%d,%d) covers %q\n", dl.Text, dl.Start, dl.End, d.Text[dl.Start:dl.End])
		} else {
			b.WriteString("dateline: none\n")
		}
		fmt.Fprintf(&b, "byline: %q\n", d.Byline)
		fmt.Fprintf(&b, "language: %s\n", d.Language)
		for _, n := range d.Notes {
			fmt.Fprintf(&b, "note: [%d,%d) %s\n", n.Start, n.End, n.Message)
		}
		b.WriteString("text:\n")
		for _, l := range strings.Split(d.Text, "\n") {
			fmt.Fprintf(&b, "  | %s\n", l)
		}
	}
	return b.String()
}
