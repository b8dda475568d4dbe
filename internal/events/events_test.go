package events_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/pipeline"
)

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
	pipeErr  error
)

// analyze runs the whole pipeline over text published on 2024-11-22.
func analyze(t testing.TB, text string) *doc.Analysis {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = pipeline.New(pipeline.Options{Workers: 1}) })
	if pipeErr != nil {
		t.Fatalf("pipeline.New: %v", pipeErr)
	}
	a, err := pipe.Analyze(context.Background(), doc.Document{ID: "t", Text: text, Published: "2024-11-22", PublishedFrom: doc.FromFlag})
	if err != nil {
		t.Fatalf("Analyze(%q): %v", text, err)
	}
	return a
}

// line renders an event in one line: TYPE[/mode] source>target key=value…
func line(a *doc.Analysis, e doc.Event) string {
	var b strings.Builder
	b.WriteString(e.Type)
	if e.Mode != "" {
		b.WriteString("/" + string(e.Mode))
	}
	arg := func(x *doc.Arg) string {
		if x == nil {
			return "-"
		}
		return x.Text
	}
	fmt.Fprintf(&b, " %s>%s", arg(e.Source), arg(e.Target))
	count := func(k string, c *doc.Count) {
		if c != nil {
			fmt.Fprintf(&b, " %s=%d", k, c.Best)
			if c.Low != c.Best || c.High != c.Best {
				fmt.Fprintf(&b, "(%d-%d)", c.Low, c.High)
			}
		}
	}
	count("killed", e.Fatalities)
	count("injured", e.Injuries)
	count("detained", e.Detained)
	if e.Status != doc.Reported {
		b.WriteString(" " + e.Status)
	}
	if e.Date != nil && e.Date.Range != nil {
		if e.Date.Range[0] == e.Date.Range[1] {
			fmt.Fprintf(&b, " date=%s", e.Date.Range[0])
		} else {
			fmt.Fprintf(&b, " date=%s..%s", e.Date.Range[0], e.Date.Range[1])
		}
		if e.Date.Granularity == "vague" {
			b.WriteString("~")
		}
	}
	if e.Place != "" {
		for _, p := range a.Places {
			if p.ID == string(e.Place) {
				b.WriteString(" at=" + p.Name)
			}
		}
	}
	return b.String()
}

func lines(a *doc.Analysis) []string {
	var out []string
	for _, e := range a.Events {
		out = append(out, line(a, e))
	}
	return out
}

// expectEvents checks the events of text, each rendered by line.
func expectEvents(t *testing.T, text string, want ...string) {
	t.Helper()
	got := lines(analyze(t, text))
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events of %q:\n got %q\nwant %q", text, got, want)
	}
}
