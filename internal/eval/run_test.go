package eval

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// fakeSystem is a stand-in pipeline with known answers: it splits on
// spaces (one sentence per line), tags every word NOUN, calls every
// capitalised word after the first of a sentence a PERSON, finds
// "Thursday" as 1998-01-08, and fails on any text containing "BOOM".
type fakeSystem struct{}

func (fakeSystem) Analyze(ctx context.Context, d doc.Document) (*doc.Analysis, error) {
	if strings.Contains(d.Text, "BOOM") {
		return nil, errors.New("boom")
	}
	a := doc.New(d)
	at := 0
	for _, line := range strings.SplitAfter(d.Text, "\n") {
		first := len(a.Tokens)
		for _, f := range strings.Fields(line) {
			i := strings.Index(d.Text[at:], f) + at
			a.Tokens = append(a.Tokens, doc.Token{Start: i, End: i + len(f), Text: f, Sentence: len(a.Sentences)})
			at = i + len(f)
		}
		if len(a.Tokens) > first {
			a.Sentences = append(a.Sentences, doc.Sentence{Start: a.Tokens[first].Start, End: a.Tokens[len(a.Tokens)-1].End, First: first, Last: len(a.Tokens)})
		}
	}
	return a, fakeSystem{}.Annotate(ctx, a, "text")
}

func (fakeSystem) Annotate(ctx context.Context, a *doc.Analysis, skip ...string) error {
	if strings.Contains(a.Document.Text, "BOOM") {
		return errors.New("boom")
	}
	for i := range a.Tokens {
		t := &a.Tokens[i]
		t.POS = "NOUN"
		first := i == 0 || a.Tokens[i-1].Sentence != t.Sentence
		if !first && t.Text[0] >= 'A' && t.Text[0] <= 'Z' {
			a.Entities = append(a.Entities, doc.Entity{Type: doc.Person, Start: t.Start, End: t.End, Text: t.Text})
		}
		if t.Text == "Thursday" {
			a.Times = append(a.Times, doc.Time{Start: t.Start, End: t.End, Text: t.Text, Type: "DATE", Value: "1998-01-08"})
		}
	}
	return nil
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func metricsOf(t *testing.T, data string, suites ...string) map[string]*Result {
	t.Helper()
	out := map[string]*Result{}
	err := Run(context.Background(), Options{Data: data, System: fakeSystem{}, Workers: 2}, suites, func(r *Result) { out[r.Suite] = r })
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func value(t *testing.T, r *Result, key string) float64 {
	t.Helper()
	for _, m := range r.Metrics {
		if m.Key == key {
			return m.Value
		}
	}
	t.Fatalf("%s: no metric %s in %+v", r.Suite, key, r.Metrics)
	return 0
}

func TestRunSuitesWithFakeSystem(t *testing.T) {
	ud := "# newdoc id = a\n# text = Rain fell in Kabul\n" +
		"1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n2\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
		"3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n4\tKabul\tKabul\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n" +
		"# newdoc id = b\n# text = BOOM now\n1\tBOOM\tboom\tNOUN\tNN\t_\t0\troot\t_\t_\n2\tnow\tnow\tADV\tRB\t_\t1\tadvmod\t_\t_\n"
	conll := "-DOCSTART- -X- -X- O\n\nTalks NNS B-NP O\nwith IN B-PP O\nImran NNP B-NP B-PER\nKhan NNP I-NP I-PER\nin IN B-PP O\nDoha NNP B-NP B-LOC\n"
	tml := `<TimeML><DOCID>X1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-09" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Talks ended <TIMEX3 tid="t1" type="DATE" value="1998-01-08">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT></TimeML>`
	data := writeFiles(t, map[string]string{
		"ud-ewt/en_ewt-ud-dev.conllu":   ud,
		"conll2003/valid.txt":           conll,
		"tempeval3-tbaq/TimeBank/x.tml": tml,
	})
	res := metricsOf(t, data, "tokens", "pos", "ner", "timex", "quotes")

	// pos: 4 words in document a (NOUN right once), document b failed:
	// its 2 words count as wrong.
	if got := value(t, res["pos"], "pos.upos"); !near(got, 1.0/6) {
		t.Errorf("pos.upos = %v, want 1/6", got)
	}
	if res["pos"].Failed != 1 {
		t.Errorf("pos: %d failed documents, want 1", res["pos"].Failed)
	}
	// tokens: a is tokenized right (4 of 4); b failed and predicts none.
	if got := value(t, res["tokens"], "tokens.tokens"); !near(got, PRF{4, 4, 6}.F1()) {
		t.Errorf("tokens.tokens = %v, want %v", got, PRF{4, 4, 6}.F1())
	}
	// ner: Imran and Khan are two PER chunks, Doha PER not LOC: 0 of 3
	// predicted right, 2 gold.
	if got := value(t, res["ner"], "ner.conll"); got != 0 {
		t.Errorf("ner.conll = %v, want 0", got)
	}
	if got := value(t, res["ner"], "ner.conll.PER"); got != 0 {
		t.Errorf("ner.conll.PER = %v, want 0", got)
	}
	// timex: Thursday found with its value; three days missed.
	if got := value(t, res["timex"], "timex.value"); !near(got, PRF{1, 1, 2}.F1()) {
		t.Errorf("timex.value = %v, want %v", got, PRF{1, 1, 2}.F1())
	}
	if res["quotes"].Skipped == "" || !strings.Contains(res["quotes"].Skipped, "polnear") {
		t.Errorf("quotes without data: skipped = %q", res["quotes"].Skipped)
	}
}

func TestRunUnknownSuite(t *testing.T) {
	err := Run(context.Background(), Options{Data: t.TempDir(), System: fakeSystem{}}, []string{"nosuch"}, func(*Result) {})
	if !errors.Is(err, ErrUnknownSuite) {
		t.Errorf("Run(nosuch) = %v, want ErrUnknownSuite", err)
	}
}

func TestRunCancelled(t *testing.T) {
	data := writeFiles(t, map[string]string{"conll2003/valid.txt": "-DOCSTART- -X- -X- O\n\nA NN B-NP O\n"})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := Run(ctx, Options{Data: data, System: fakeSystem{}}, []string{"ner"}, func(*Result) {})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run with a cancelled context = %v, want context.Canceled", err)
	}
}
