package text

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden files")

// render prints a segmentation as text: one sentence a line with its
// paragraph and byte span, tokens separated by " | ".
func render(t string) string {
	toks, sents := New(Options{}).Segment(t)
	var b strings.Builder
	for i, s := range sents {
		fmt.Fprintf(&b, "s%d p%d [%d,%d)", i, s.Paragraph, s.Start, s.End)
		for j := s.First; j < s.Last; j++ {
			if j == s.First {
				b.WriteString(" ")
			} else {
				b.WriteString(" | ")
			}
			b.WriteString(toks[j].Text)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestGolden segments every testdata/*.txt file and compares the
// rendering with testdata/*.golden; -update rewrites the golden files.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt files")
	}
	for _, f := range files {
		in, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got := render(string(in))
		golden := strings.TrimSuffix(f, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("read golden file: %v (run go test -update)", err)
		}
		if got != string(want) {
			t.Errorf("Segment(%s) differs from %s:\n%s", f, golden, diff(string(want), got))
		}
	}
}

// diff returns the first lines where want and got differ.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	n := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			fmt.Fprintf(&b, "line %d:\n- %s\n+ %s\n", i+1, a, c)
			if n++; n == 5 {
				break
			}
		}
	}
	return b.String()
}
