package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// docIDs returns the sorted document ids of every stored event, from
// query --format jsonl.
func docIDs(t *testing.T, db string, args ...string) []string {
	t.Helper()
	code, out, errs := sitrep(t, append([]string{"query", "--db", db, "--format", "jsonl", "--limit", "0"}, args...)...)
	if code != exitOK {
		t.Fatalf("query: %d %s", code, errs)
	}
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var r struct{ Document struct{ ID string } }
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("query line is not JSON: %v: %s", err, l)
		}
		ids = append(ids, r.Document.ID)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

func TestRecode(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	if code, _, errs := sitrep(t, "ingest", "--db", db, filepath.Join("..", "..", "examples")); code != exitOK {
		t.Fatalf("ingest examples: %d %s", code, errs)
	}
	_, export1, _ := sitrep(t, "export", "--db", db, "--format", "jsonl", "--out", "-")
	ids := docIDs(t, db)
	if len(ids) == 0 {
		t.Fatal("no events stored from the examples")
	}

	// With unchanged dictionaries, recoding reproduces what ingest stored.
	code, out, errs := sitrep(t, "recode", "--db", db)
	if code != exitOK || !strings.HasPrefix(out, "recoded ") {
		t.Fatalf("recode: %d %q %s", code, out, errs)
	}
	if _, export2, _ := sitrep(t, "export", "--db", db, "--format", "jsonl", "--out", "-"); export2 != export1 {
		t.Errorf("recode with the same dictionaries changed the stored analyses")
	}

	// An override gives the Taliban another code; recode one document
	// selected by a filter, then all.
	if got := docIDs(t, db, "--actor", "AFGTLB"); len(got) != 0 {
		t.Fatalf("events with actor AFGTLB before the override: %v", got)
	}
	ov := t.TempDir()
	writeFile(t, ov, "actors.tsv", "af-taliban\tgroup\tAFG\tREB\t-\t-\tTaliban|Afghan Taliban\t-\tcode=AFGTLB\n")
	withTaliban := docIDs(t, db, "--actor", "Taliban")
	if len(withTaliban) == 0 {
		t.Fatal("no example event has the Taliban as an actor")
	}
	st, err := openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	stats1, err := st.Stats(ctx)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if code, out, errs := sitrep(t, "recode", "--db", db, "--dict", ov, "--doc", withTaliban[0]); code != exitOK ||
		!strings.HasPrefix(out, "recoded 1 of 1 documents") {
		t.Fatalf("recode --doc %s: %d %q %s", withTaliban[0], code, out, errs)
	}
	if got := docIDs(t, db, "--actor", "AFGTLB"); !slices.Equal(got, withTaliban[:1]) {
		t.Errorf("documents with actor AFGTLB after recoding %s = %v", withTaliban[0], got)
	}
	if code, out, errs := sitrep(t, "recode", "--db", db, "--dict", ov); code != exitOK {
		t.Fatalf("recode --dict: %d %q %s", code, out, errs)
	}
	if got := docIDs(t, db, "--actor", "AFGTLB"); !slices.Equal(got, withTaliban) {
		t.Errorf("documents with actor AFGTLB after recode = %v, want %v", got, withTaliban)
	}
	if got := docIDs(t, db); !slices.Equal(got, ids) {
		t.Errorf("document ids after recode = %v, want %v", got, ids)
	}
	st, err = openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats2, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats2.Documents != stats1.Documents || stats2.Revisions != stats1.Revisions {
		t.Errorf("Stats after recode = %+v, before %+v: documents and revisions must not change", stats2, stats1)
	}
	if err := st.Check(ctx); err != nil {
		t.Errorf("Check after recode: %v", err)
	}
}

func TestRecodeUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	for _, args := range [][]string{
		{"recode", "--db", db, "extra"},
		{"recode", "--db", db, "--batch", "0"},
		{"recode", "--db", db, "--from", "yesterday"},
		{"recode", "--db", db, "--dict", filepath.Join(t.TempDir(), "missing")},
	} {
		if code, _, errs := sitrep(t, args...); code != exitUsage || errs == "" {
			t.Errorf("%v = %d %q, want usage error", args, code, errs)
		}
	}
	// A missing store is an error, not an empty store created there.
	if code, _, errs := sitrep(t, "recode", "--db", db); code == exitOK || !strings.Contains(errs, "no store here") {
		t.Errorf("recode of a missing store = %d %q", code, errs)
	}
	// An empty store recodes nothing, successfully.
	st, err := openStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if code, out, errs := sitrep(t, "recode", "--db", db); code != exitOK || !strings.HasPrefix(out, "recoded 0 of 0") {
		t.Errorf("recode of an empty store = %d %q %s", code, out, errs)
	}
}
