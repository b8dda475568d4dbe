package quotes

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestGolden runs the stage over every testdata/NAME.txt and compares a
// text rendering of its quotes and diagnostics with testdata/NAME.golden.
// An optional testdata/NAME.actors stands in for the actors stage: one
// actor a line, tab-separated: id, kind, name, roles (;-separated),
// mention strings (|-separated; every occurrence in the text becomes a
// mention).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 20 {
		t.Fatalf("golden set has %d articles, want at least 20", len(files))
	}
	x := New(Options{})
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a := doc.New(doc.Document{Text: string(b)})
			a.Actors, err = readActors(strings.TrimSuffix(f, ".txt")+".actors", a.Document.Text)
			if err != nil {
				t.Fatal(err)
			}
			if err := x.Annotate(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			got := render(a)
			gf := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(gf, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("read golden (run with -update to create): %v", err)
			}
			if got != string(want) {
				t.Errorf("quotes of %s differ from %s:\n--- got\n%s--- want\n%s", f, gf, got, want)
			}
		})
	}
}

// render is the stable text form of a's quotes and diagnostics.
func render(a *doc.Analysis) string {
	var b strings.Builder
	t := a.Document.Text
	for _, q := range a.Quotes {
		kind := "indirect"
		if q.Direct {
			kind = "direct"
		}
		fmt.Fprintf(&b, "%s %s %s [%d,%d)\n  text    %q\n", q.ID, kind, q.Rule, q.Start, q.End, q.Text)
		if q.Text != t[q.Start:q.End] {
			fmt.Fprintf(&b, "  MISMATCH text is not the span\n")
		}
		if q.SpeakerStart != nil {
			fmt.Fprintf(&b, "  speaker %q [%d,%d)", q.SpeakerText, *q.SpeakerStart, *q.SpeakerEnd)
		} else {
			fmt.Fprintf(&b, "  speaker -")
		}
		if q.Speaker != "" {
			fmt.Fprintf(&b, " -> %s", q.Speaker)
		}
		b.WriteString("\n")
		if q.CueStart != nil {
			fmt.Fprintf(&b, "  cue     %q [%d,%d)\n", q.Cue, *q.CueStart, *q.CueEnd)
		}
	}
	for _, d := range a.Diagnostics {
		fmt.Fprintf(&b, "diagnostic %s [%d,%d) %s\n", d.Stage, d.Start, d.End, d.Message)
	}
	if b.Len() == 0 {
		b.WriteString("no quotes\n")
	}
	return b.String()
}

// readActors reads a NAME.actors file; a missing file means no actors.
func readActors(path, text string) ([]doc.Actor, error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return []doc.Actor{}, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []doc.Actor
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) != 5 {
			return nil, fmt.Errorf("read %s:%d: want 5 tab-separated fields, got %d", path, n, len(fs))
		}
		ac := doc.Actor{ID: fs[0], Kind: fs[1], Name: fs[2], Roles: []string{}, Mentions: []doc.Mention{}}
		if fs[3] != "" {
			ac.Roles = strings.Split(fs[3], ";")
		}
		for _, m := range strings.Split(fs[4], "|") {
			for i := 0; ; {
				j := strings.Index(text[i:], m)
				if j < 0 {
					break
				}
				ac.Mentions = append(ac.Mentions, doc.Mention{Start: i + j, End: i + j + len(m), Text: m})
				i += j + len(m)
			}
		}
		out = append(out, ac)
	}
	return out, sc.Err()
}
