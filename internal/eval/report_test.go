package eval

import (
	"bytes"
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
