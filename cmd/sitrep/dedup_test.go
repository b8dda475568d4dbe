package main

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/store"
)

// Two reports of one attack from two outlets, written for this test.
const (
	dedupA = `{"id":"t-kurram-a","published":"2024-11-22","source":"Test Wire","text":"Gunmen attack convoy in Kurram\n\nPARACHINAR: Gunmen attacked a passenger convoy in Kurram district on Thursday, killing six people, police said."}`
	dedupB = `{"id":"t-kurram-b","published":"2024-11-22","source":"Frontier Daily","text":"Convoy ambushed near Parachinar\n\nAt least eight passengers were killed on Thursday when gunmen opened fire on a convoy in Kurram district, officials said."}`
)

// clusterOfFirst returns the cluster object query prints for the first
// event of a document.
func clusterOfFirst(t *testing.T, db, docID string) *store.ClusterView {
	t.Helper()
	_, out, errs := sitrep(t, "query", "--db", db, "--format", "jsonl", "--doc", docID, "--type", "ASSAULT")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) == 0 || lines[0] == "" {
		t.Fatalf("query --doc %s: no ASSAULT event (%s)", docID, errs)
	}
	var row jsonRow
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &row); err != nil {
		t.Fatal(err)
	}
	if row.Cluster == nil {
		t.Fatalf("query --doc %s: event %s has no cluster", docID, row.Event.ID)
	}
	return row.Cluster
}

func TestDedupCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	in := writeFile(t, dir, "a.jsonl", dedupA+"\n"+dedupB+"\n")
	if code, _, errs := sitrep(t, "ingest", "--db", db, in); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	c := clusterOfFirst(t, db, "t-kurram-b")
	if c.Documents != 2 || c.Sources != 2 || c.Fatalities == nil || c.Fatalities.Low != 6 || c.Fatalities.High != 8 {
		t.Fatalf("cluster of t-kurram-b = %+v, want 2 documents, 2 sources, killed 6 to 8", c)
	}
	id := c.ID
	code, out, errs := sitrep(t, "dedup", "--db", db, "--show", id)
	if code != exitOK || !strings.Contains(out, "2 documents from 2 sources") || !strings.Contains(out, "matches ") {
		t.Errorf("dedup --show %s = %d, %q, %q; want the cluster with its reasons", id, code, out, errs)
	}
	// The GDELT export counts the cluster; --clusters gives one row.
	_, out, _ = sitrep(t, "export", "--db", db, "--format", "gdelt", "--clusters", "--type", "ASSAULT", "--out", "-")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 2 {
		t.Fatalf("export gdelt --clusters = %d rows, %v; want a header and one event:\n%s", len(recs), err, out)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	if got := recs[1][col["NumArticles"]] + "/" + recs[1][col["NumSources"]]; got != "2/2" {
		t.Errorf("export gdelt NumArticles/NumSources = %s, want 2/2", got)
	}
	// Split the second report off, then rebuild: it stays apart.
	var second string
	_, out, _ = sitrep(t, "query", "--db", db, "--format", "jsonl", "--doc", "t-kurram-b", "--type", "ASSAULT")
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var row jsonRow
		if json.Unmarshal([]byte(l), &row) == nil && row.Cluster.Score > 0 {
			second = row.Document.ID + ":" + row.Event.ID
		}
	}
	if second == "" {
		t.Fatalf("no event of t-kurram-b joined the cluster by a match:\n%s", out)
	}
	if code, out, errs := sitrep(t, "dedup", "--db", db, "--split", second); code != exitOK || !strings.Contains(out, "held apart") {
		t.Fatalf("dedup --split %s = %d, %q, %q", second, code, out, errs)
	}
	if code, out, _ := sitrep(t, "dedup", "--db", db, "--rebuild"); code != exitOK || !strings.Contains(out, "rebuilt") {
		t.Errorf("dedup --rebuild = %d, %q", code, out)
	}
	code, out, _ = sitrep(t, "dedup", "--db", db, "--show", second)
	if code != exitOK || !strings.Contains(out, "[held apart]") || !strings.Contains(out, "1 reports in 1 documents") {
		t.Errorf("dedup --show %s after split and rebuild = %d, %q; want it alone, held", second, code, out)
	}
	if code, _, _ := sitrep(t, "dedup", "--db", db, "--unsplit", second); code != exitOK {
		t.Errorf("dedup --unsplit %s = %d", second, code)
	}
	if code, _, errs := sitrep(t, "dedup", "--db", db, "--show", "t-none:e1"); code != exitUsage || !strings.Contains(errs, "not found") {
		t.Errorf("dedup --show of an unknown event = %d, %q; want a usage error", code, errs)
	}
	if code, _, _ := sitrep(t, "dedup", "--db", db, "--split", "x:e1", "--rebuild"); code != exitUsage {
		t.Errorf("dedup with two actions = %d, want %d", code, exitUsage)
	}
}
