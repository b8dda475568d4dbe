package eval

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteReports(t *testing.T) {
	p, r := 0.5, 0.25
	res := []*Result{
		{Suite: "timex", Title: "t", Data: "d", Metrics: []Metric{
			{Key: "timex.relaxed", Name: "relaxed match F1", Value: 1.0 / 3, P: &p, R: &r, N: 8, Peers: []Peer{{"HeidelTime", 0.903, "paper X"}}},
		}, Notes: []string{"how it matches"}, Examples: []string{"a line quoting the data set"}},
		{Suite: "quotes", Title: "q", Skipped: "data not found: somewhere"},
	}
	var md bytes.Buffer
	if err := WriteMarkdown(&md, res, MarkdownOptions{Command: "cmd", Date: "2026-01-01"}); err != nil {
		t.Fatal(err)
	}
	out := md.String()
	for _, want := range []string{
		"| timex | relaxed match F1 | 8 | **33.3** | HeidelTime 90.3 [1] |",
		"| relaxed match F1 | 8 | 50.0 | 25.0 | **33.3** | HeidelTime 90.3 [1] |",
		"1. paper X",
		"- how it matches",
		"Skipped: data not found: somewhere",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "quoting the data set") {
		t.Error("markdown contains an example line: data set text must never reach the scorecard")
	}
	var txt bytes.Buffer
	if err := WriteText(&txt, res[0]); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(txt.String(), "quoting the data set") || !strings.Contains(txt.String(), "33.3") {
		t.Errorf("text report lacks the figure or the examples:\n%s", txt.String())
	}
}

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestReportGolden renders a fixed set of results as text and markdown and
// compares them with testdata/report.golden; -update rewrites it.
func TestReportGolden(t *testing.T) {
	p, r := 0.8, 0.6
	res := []*Result{
		{Suite: "ner", Title: "named entities", Data: "a made-up set: 2 documents", Docs: 2, Failed: 1, Seconds: 1.25,
			Metrics: []Metric{
				{Key: "ner.x", Name: "all", Value: PRF{6, 8, 10}.F1(), P: &p, R: &r, N: 10, Peers: []Peer{{"Tagger A", 0.9, "Paper A, test split"}}},
				{Key: "ner.x.PER", Name: "PER", Value: 0.5, N: 4},
			},
			Notes: []string{"Chunks are matched exactly."}},
		{Suite: "places", Title: "event places", Skipped: "data not found: /nowhere"},
	}
	var b bytes.Buffer
	for _, x := range res {
		if err := WriteText(&b, x); err != nil {
			t.Fatal(err)
		}
	}
	b.WriteString("----\n")
	if err := WriteMarkdown(&b, res, MarkdownOptions{Command: "sitrep eval --markdown X", Date: "2026-01-02"}); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "report.golden")
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/eval -run TestReportGolden -update)", err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("report differs from %s (rerun with -update and review the diff):\n%s", golden, b.String())
	}
}

func TestBaseline(t *testing.T) {
	base, err := ReadBaseline(strings.NewReader(`{"results":[{"suite":"x","metrics":[{"key":"x.a","value":0.5},{"key":"x.b","value":0.9}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	res := &Result{Suite: "x", Metrics: []Metric{{Key: "x.a", Name: "a", Value: 0.625}, {Key: "x.b", Name: "b", Value: 0.9}, {Key: "x.c", Name: "c", Value: 0.1}}}
	var b bytes.Buffer
	if err := WriteTextBaseline(&b, res, base); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"62.5  +12.5", "90.0      =", "10.0    new"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if _, err := ReadBaseline(strings.NewReader("not json")); err == nil {
		t.Error("ReadBaseline accepted bad JSON")
	}
}
