package actors

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"testing"

	"sitrep/internal/doc"
)

// corpusOut is what the golden file holds for one corpus document: every
// field the stage writes.
type corpusOut struct {
	ID          string           `json:"id"`
	Actors      []doc.Actor      `json:"actors"`
	Entities    []corpusEntity   `json:"entities"`
	Diagnostics []doc.Diagnostic `json:"diagnostics"`
}

// corpusEntity is an entity and the actor the stage linked it to.
type corpusEntity struct {
	ID    string  `json:"id"`
	Actor doc.Str `json:"actor"`
}

// TestCorpus runs the stage over testdata/corpus/input.jsonl (our own
// texts with the ner entities and geo places the earlier stages gave
// them, frozen by go test ./internal/actors/overhead -freeze) and
// compares every actor, mention, entity link and diagnostic, as JSON,
// with testdata/corpus/output.golden. A change that is meant to be only
// faster must leave it byte for byte the same.
func TestCorpus(t *testing.T) {
	f, err := os.Open("testdata/corpus/input.jsonl")
	if err != nil {
		t.Fatalf("%v (go test ./internal/actors/overhead -freeze writes it)", err)
	}
	defer f.Close()
	r := testResolver(t)
	var outs []corpusOut
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var in doc.Analysis
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			t.Fatalf("read corpus input: %v", err)
		}
		a := doc.New(in.Document)
		a.Entities, a.Places = in.Entities, in.Places
		if err := r.Annotate(context.Background(), a); err != nil {
			t.Fatalf("Annotate(%s): %v", in.Document.ID, err)
		}
		o := corpusOut{ID: in.Document.ID, Actors: a.Actors, Entities: []corpusEntity{}, Diagnostics: a.Diagnostics}
		for _, e := range a.Entities {
			o.Entities = append(o.Entities, corpusEntity{ID: e.ID, Actor: e.Actor})
		}
		outs = append(outs, o)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read corpus input: %v", err)
	}
	if len(outs) < 20 {
		t.Fatalf("corpus has %d documents, want at least 20", len(outs))
	}
	got, err := json.MarshalIndent(outs, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	const golden = "testdata/corpus/output.golden"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/actors -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("actors of testdata/corpus/input.jsonl differ from %s:\n%s", golden, diff(string(want), string(got)))
	}
}
