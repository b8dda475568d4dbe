package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A two-sentence treebank written for this test.
const evalTestUD = `# newdoc id = t1
# sent_id = t1-1
# text = Talks resumed in Doha.
1	Talks	talk	NOUN	NNS	_	2	nsubj	_	_
2	resumed	resume	VERB	VBD	_	0	root	_	_
3	in	in	ADP	IN	_	4	case	_	_
4	Doha	Doha	PROPN	NNP	_	2	obl	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t1-2
# text = Both sides agreed.
1	Both	both	DET	DT	_	2	det	_	_
2	sides	side	NOUN	NNS	_	3	nsubj	_	_
3	agreed	agree	VERB	VBD	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_
`

func evalData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "ud-ewt"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ud-ewt", "en_ewt-ud-dev.conllu"), []byte(evalTestUD), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func runCmd(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestEvalJSON(t *testing.T) {
	data := evalData(t)
	code, out, errs := runCmd("eval", "--data", data, "--json", "tokens", "timex")
	if code != exitOK {
		t.Fatalf("eval exit %d, stderr %s", code, errs)
	}
	var got struct {
		Results []struct {
			Suite   string
			Skipped string
			Metrics []struct {
				Key   string
				Value float64
				N     int
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("eval --json printed bad JSON: %v\n%s", err, out)
	}
	if len(got.Results) != 2 || got.Results[0].Suite != "tokens" || got.Results[1].Suite != "timex" {
		t.Fatalf("results = %+v", got.Results)
	}
	if got.Results[1].Skipped == "" {
		t.Errorf("timex without its data should be skipped: %+v", got.Results[1])
	}
	for _, m := range got.Results[0].Metrics {
		if m.Key == "tokens.tokens" && (m.N != 9 || m.Value <= 0.5) {
			t.Errorf("tokens.tokens = %v over %d tokens, want > 0.5 over 9", m.Value, m.N)
		}
	}
}

func TestEvalMarkdownAndFloors(t *testing.T) {
	data := evalData(t)
	dir := t.TempDir()
	md := filepath.Join(dir, "SCORECARD.md")
	floors := filepath.Join(dir, "floors.json")
	if err := os.WriteFile(floors, []byte(`{"tokens.tokens": 1.01}`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd("eval", "--data", data, "--markdown", md, "--check-floors", floors, "tokens")
	if code != exitPartial || !strings.Contains(errs, "below its floor") {
		t.Errorf("a figure below its floor: exit %d, stderr %q; want exit 1 naming the floor", code, errs)
	}
	if !strings.Contains(out, "tokens F1") {
		t.Errorf("table output lacks the metric: %s", out)
	}
	b, err := os.ReadFile(md)
	if err != nil || !bytes.Contains(b, []byte("# sitrep scorecard")) || !bytes.Contains(b, []byte("| tokens F1 |")) {
		t.Errorf("scorecard not written: %v\n%s", err, b)
	}
	// Raising floors never lowers one.
	if err := os.WriteFile(floors, []byte(`{"tokens.tokens": 0.999, "tokens.sentences": 0.1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCmd("eval", "--data", data, "--raise-floors", floors, "tokens"); code != exitOK {
		t.Fatalf("--raise-floors: exit %d: %s", code, errs)
	}
	b, _ = os.ReadFile(floors)
	var f map[string]float64
	if err := json.Unmarshal(b, &f); err != nil || f["tokens.tokens"] != 0.999 {
		t.Errorf("floors after raise = %s (%v); tokens.tokens must stay 0.999", b, err)
	}
}

func TestEvalBaseline(t *testing.T) {
	data := evalData(t)
	base := filepath.Join(t.TempDir(), "before.json")
	if err := os.WriteFile(base, []byte(`{"results":[{"suite":"tokens","metrics":[{"key":"tokens.tokens","value":0.5}]}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd("eval", "--data", data, "--baseline", base, "tokens")
	if code != exitOK || !strings.Contains(out, "change") || !strings.Contains(out, "new") {
		t.Errorf("--baseline: exit %d, stderr %q, out:\n%s", code, errs, out)
	}
	if code, _, _ := runCmd("eval", "--data", data, "--baseline", filepath.Join(t.TempDir(), "absent.json")); code != exitUsage {
		t.Errorf("--baseline with a missing file: exit %d, want %d", code, exitUsage)
	}
}

func TestEvalUsage(t *testing.T) {
	if code, _, errs := runCmd("eval", "--data", t.TempDir(), "nosuch"); code != exitUsage || !strings.Contains(errs, "unknown suite") {
		t.Errorf("unknown suite: exit %d, stderr %q", code, errs)
	}
	code, out, _ := runCmd("eval", "--data", filepath.Join(t.TempDir(), "absent"), "pos")
	if code != exitOK || !strings.Contains(out, "skipped: data not found") {
		t.Errorf("missing data: exit %d, out %q; want exit 0 and a skip message", code, out)
	}
}
