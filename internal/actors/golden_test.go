package actors

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

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// newTest returns a Resolver over the embedded dictionaries, built once.
var testResolver = func() func(t testing.TB) *Resolver {
	var r *Resolver
	var err error
	return func(t testing.TB) *Resolver {
		if r == nil && err == nil {
			r, err = New(Options{})
		}
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		return r
	}
}()

// analyse runs the stage over text published on day, with the dateline
// (if any) taken from a leading "PLACE:" as ingest does.
func analyse(t testing.TB, text, day string) *doc.Analysis {
	t.Helper()
	a := doc.New(doc.Document{Text: text, Published: doc.Str(day)})
	// A dateline opens one of the first paragraphs: "ISLAMABAD:" or "ISLAMABAD, Nov 21:".
	off := 0
	for n, line := range strings.SplitAfter(text, "\n") {
		if n > 3 {
			break
		}
		if i := strings.IndexAny(line, ":,"); i > 0 && i < 30 && strings.ToUpper(line[:i]) == line[:i] && strings.TrimSpace(line[:i]) != "" {
			a.Document.Dateline = &doc.Dateline{Text: line[:i], Start: off, End: off + i}
			break
		}
		off += len(line)
	}
	if err := testResolver(t).Annotate(context.Background(), a); err != nil {
		t.Fatalf("Annotate: %v", err)
	}
	return a
}

// render prints the actors and diagnostics of a in a stable text form.
func render(a *doc.Analysis) string {
	var b strings.Builder
	for _, ac := range a.Actors {
		fmt.Fprintf(&b, "%s %s [%s] country=%s sector=%s code=%s kb=%s\n", ac.ID, ac.Name, ac.Kind,
			nul(ac.Country), nul(ac.Sector), nul(ac.Code), nul(ac.KB))
		if len(ac.Roles) > 0 {
			fmt.Fprintf(&b, "    roles: %s\n", strings.Join(ac.Roles, "; "))
		}
		fmt.Fprintf(&b, "    rule: %s\n", ac.Rule)
		for _, m := range ac.Mentions {
			fmt.Fprintf(&b, "    %d-%d %q\n", m.Start, m.End, m.Text)
		}
	}
	for _, d := range a.Diagnostics {
		fmt.Fprintf(&b, "diagnostic %d-%d: %s\n", d.Start, d.End, d.Message)
	}
	return b.String()
}

func nul(s doc.Str) string {
	if s == "" {
		return "null"
	}
	return string(s)
}

// TestGolden runs the stage over testdata/*.txt. The first line of each
// file is "published: YYYY-MM-DD"; the rest is the report.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs in testdata/: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			day, text := splitHeader(string(raw))
			got := render(analyse(t, text, day))
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/actors -update)", err)
			}
			if got != string(want) {
				t.Errorf("actors of %s differ from %s:\n%s", f, golden, diff(string(want), got))
			}
		})
	}
}

func splitHeader(raw string) (day, text string) {
	sc := bufio.NewScanner(strings.NewReader(raw))
	if sc.Scan() {
		if d, ok := strings.CutPrefix(sc.Text(), "published: "); ok {
			return strings.TrimSpace(d), raw[len(sc.Text())+1:]
		}
	}
	return "", raw
}

// diff shows the first lines where want and got differ.
func diff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	n := 0
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			fmt.Fprintf(&b, "line %d:\n  want %s\n  got  %s\n", i+1, w, g)
			if n++; n == 10 {
				break
			}
		}
	}
	return b.String()
}
