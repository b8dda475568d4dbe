package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
)

// sitrep runs `sitrep args…` and returns its exit status, stdout and stderr.
func sitrep(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// Reports written for these tests.
const (
	reportV1 = `{"id":"t-kurram","published":"2024-11-22","source":"Test Wire","text":"Gunmen attack convoy in Kurram\n\nPARACHINAR: Gunmen attacked a passenger convoy in Kurram district on Thursday, killing six people, police said."}`
	reportV2 = `{"id":"t-kurram","published":"2024-11-22","source":"Test Wire","text":"Gunmen attack convoy in Kurram\n\nPARACHINAR: Gunmen attacked a passenger convoy in Kurram district on Thursday, killing eight people, police said."}`
	reportB  = `{"id":"t-talks","published":"2024-11-20","source":"Test Wire","text":"Pakistan and Afghanistan hold border talks\n\nISLAMABAD: Pakistani and Afghan officials met in Islamabad on Tuesday to discuss trade at the Torkham crossing, the Foreign Office said."}`
)

func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestIngestIdempotentAndRevisions(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	in := writeFile(t, dir, "a.jsonl", reportV1+"\n"+reportB+"\n")
	code, out, errs := sitrep(t, "ingest", "--db", db, in)
	if code != exitOK || !strings.Contains(out, "2 added, 0 revised, 0 unchanged, 0 failed") {
		t.Fatalf("first ingest = %d, %q, %q; want 2 added", code, out, errs)
	}
	code, out, _ = sitrep(t, "ingest", "--db", db, in)
	if code != exitOK || !strings.Contains(out, "0 added, 0 revised, 2 unchanged") {
		t.Errorf("second ingest = %d, %q; want 2 unchanged", code, out)
	}
	v2 := writeFile(t, dir, "b.jsonl", reportV2+"\n")
	code, out, _ = sitrep(t, "ingest", "--db", db, v2)
	if code != exitOK || !strings.Contains(out, "0 added, 1 revised") || !strings.Contains(out, "the store holds 2 documents") {
		t.Errorf("ingest of a changed text = %d, %q; want 1 revised, 2 documents", code, out)
	}
}

// TestIngestStoresWhatExtractPrints checks that the stored analysis is
// exactly what `extract --text` prints for the same input.
func TestIngestStoresWhatExtractPrints(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	in := writeFile(t, dir, "a.json", reportB)
	if code, _, errs := sitrep(t, "ingest", "--db", db, in); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	_, want, _ := sitrep(t, "extract", "--format", "jsonl", "--text", in)
	code, got, errs := sitrep(t, "export", "--db", db, "--format", "jsonl", "--out", "-")
	if code != exitOK {
		t.Fatalf("export: %d %s", code, errs)
	}
	if strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Errorf("export jsonl =\n%s\nwant extract --text output\n%s", got, want)
	}
}

func TestIngestPartialFailure(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	in := writeFile(t, dir, "a.jsonl", reportB+"\n{not json\n")
	code, out, errs := sitrep(t, "ingest", "--db", db, in)
	if code != exitPartial || !strings.Contains(out, "1 added") || !strings.Contains(out, "1 failed") {
		t.Errorf("ingest with a bad line = %d, %q, %q; want exit 1, 1 added, 1 failed", code, out, errs)
	}
	if !strings.Contains(errs, "a.jsonl:2") {
		t.Errorf("stderr = %q, want the bad line named", errs)
	}
}

func TestStoreCommandsUsage(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	tests := [][]string{
		{"ingest", "--db", db},
		{"ingest", "--db", db, "--batch", "0", "x"},
		{"ingest", "--db", db, "--progress", "sometimes", "x"},
		{"query", "--db", db, "--format", "xml"},
		{"query", "--db", db, "--from", "2024-11-31"},
		{"query", "--db", db, "--from", "2024-11-02", "--to", "2024-11-01"},
		{"query", "--db", db, "--country", "Pakistan"},
		{"query", "--db", db, "stray"},
		{"export", "--db", db, "--out", "x"},
		{"export", "--db", db, "--format", "csv"},
		{"export", "--db", db, "--format", "xlsx", "--out", "x"},
	}
	for _, args := range tests {
		code, _, errs := sitrep(t, args...)
		if code != exitUsage || !strings.HasPrefix(errs, "sitrep: ") {
			t.Errorf("sitrep %v = %d, %q; want exit 2 and a sitrep: message", args, code, errs)
		}
	}
	// A store that cannot be opened is not a usage error.
	code, _, errs := sitrep(t, "query", "--db", filepath.Join(dir, "no", "such", "dir", "s.db"))
	if code != exitPartial || !strings.Contains(errs, "sitrep: query:") {
		t.Errorf("query of an unopenable store = %d, %q; want exit 1", code, errs)
	}
}

func TestQueryAndExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	in := writeFile(t, dir, "a.jsonl", reportV1+"\n"+reportB+"\n")
	if code, _, errs := sitrep(t, "ingest", "--db", db, in); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	// Every event of the store, as JSONL, to compare filtered queries with.
	_, all, _ := sitrep(t, "query", "--db", db, "--format", "jsonl", "--limit", "0")
	type row struct {
		Document struct{ ID string }
		Event    struct {
			ID, Type string
			Date     *struct{ Range *[2]string }
		}
		Place *struct{ Country string }
	}
	var rows []row
	for _, l := range strings.Split(strings.TrimSpace(all), "\n") {
		var r row
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("query jsonl line is not JSON: %v: %s", err, l)
		}
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		t.Fatal("no events stored from the test reports")
	}
	// --type selects exactly the rows of that type.
	typ := rows[0].Event.Type
	_, got, _ := sitrep(t, "query", "--db", db, "--format", "jsonl", "--type", typ)
	want := 0
	for _, r := range rows {
		if r.Event.Type == typ {
			want++
		}
	}
	if n := strings.Count(got, "\n"); n != want {
		t.Errorf("query --type %s printed %d rows, want %d", typ, n, want)
	}
	// --text selects documents by their words.
	_, got, _ = sitrep(t, "query", "--db", db, "--format", "jsonl", "--text", "convoy passenger")
	for _, l := range strings.Split(strings.TrimSpace(got), "\n") {
		if l != "" && !strings.Contains(l, `"id":"t-kurram"`) {
			t.Errorf("query --text convoy printed an event of another document: %s", l)
		}
	}
	// CSV exports have a header and one record per event.
	for _, f := range []string{"csv", "gdelt", "acled"} {
		path := filepath.Join(dir, "out."+f)
		code, out, errs := sitrep(t, "export", "--db", db, "--format", f, "--out", path)
		if code != exitOK || !strings.Contains(out, "exported") {
			t.Fatalf("export --format %s = %d %q %q", f, code, out, errs)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatalf("export --format %s is not CSV: %v", f, err)
		}
		if len(recs) != len(rows)+1 {
			t.Errorf("export --format %s has %d records, want a header and %d events", f, len(recs), len(rows))
		}
		if f == "acled" {
			checkACLEDTypes(t, recs)
		}
	}
	// The table ends with a count.
	_, got, _ = sitrep(t, "query", "--db", db)
	if !strings.Contains(got, "DATE") || !strings.HasSuffix(got, "events)\n") {
		t.Errorf("query table = %q", got)
	}
	// JSONL export of a document selected by text.
	_, got, _ = sitrep(t, "export", "--db", db, "--format", "jsonl", "--out", "-", "--text", "Torkham")
	if strings.Count(got, "\n") != 1 || !strings.Contains(got, `"id":"t-talks"`) {
		t.Errorf("export jsonl --text Torkham = %q, want the t-talks analysis", got)
	}
}

// checkACLEDTypes checks that an ACLED-style export names ACLED's types
// (taxonomy.md), with the PLOVER type kept in plover_type.
func checkACLEDTypes(t *testing.T, recs [][]string) {
	t.Helper()
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	typ, ok1 := col["event_type"]
	plover, ok2 := col["plover_type"]
	if !ok1 || !ok2 {
		t.Fatalf("acled export header %q lacks event_type or plover_type", recs[0])
	}
	acledTypes := map[string]bool{"Battles": true, "Explosions/Remote violence": true, "Violence against civilians": true,
		"Protests": true, "Riots": true, "Strategic developments": true}
	for _, r := range recs[1:] {
		if !acledTypes[r[typ]] {
			t.Errorf("acled export event_type %q (PLOVER %s) is not an ACLED type", r[typ], r[plover])
		}
		if r[plover] == "PROTEST" && r[typ] != "Protests" && r[typ] != "Riots" {
			t.Errorf("a PROTEST exported as %q", r[typ])
		}
	}
}

func TestRedactDSN(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://u:secret@host:5432/db", "postgres://u:***@host:5432/db"},
		{"postgres://host/db", "postgres://host/db"},
		{"./sitrep.db", "./sitrep.db"},
	}
	for _, tc := range tests {
		if got := redactDSN(tc.in); got != tc.want {
			t.Errorf("redactDSN(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestExportParquet(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	in := writeFile(t, dir, "a.jsonl", reportV1+"\n"+reportB+"\n")
	if code, _, errs := sitrep(t, "ingest", "--db", db, in); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	path := filepath.Join(dir, "events.parquet")
	if code, _, errs := sitrep(t, "export", "--db", db, "--format", "parquet", "--out", path); code != exitOK {
		t.Fatalf("export parquet: %d %s", code, errs)
	}
	rows, err := parquet.ReadFile[parquetEvent](path)
	if err != nil {
		t.Fatalf("read back %s: %v", path, err)
	}
	// The same events, in the same order, as the CSV export.
	_, csvOut, _ := sitrep(t, "export", "--db", db, "--format", "csv", "--out", "-")
	recs, err := csv.NewReader(strings.NewReader(csvOut)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 || len(rows) != len(recs)-1 {
		t.Fatalf("parquet has %d rows, CSV %d events", len(rows), len(recs)-1)
	}
	for i, r := range rows {
		c := recs[i+1]
		got := r.DocumentID + "/" + r.EventID + "/" + r.Type + "/" + r.Cameo
		want := c[0] + "/" + c[1] + "/" + c[5] + "/" + c[7]
		if got != want {
			t.Errorf("parquet row %d = %s, want %s", i, got, want)
		}
		if (r.DateFrom == nil) != (c[2] == "") {
			t.Errorf("parquet row %d date_from = %v, CSV %q", i, r.DateFrom, c[2])
		}
	}
	if code, _, _ := sitrep(t, "export", "--db", db, "--format", "parquet", "--out", "-"); code != exitUsage {
		t.Errorf("export parquet to stdout = %d, want a usage error", code)
	}
}

// TestStoreErrors checks that reading commands refuse a missing store, an
// unknown DSN scheme and an unknown event type instead of answering with
// nothing, and that flag errors carry cli.md's prefix.
func TestStoreErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.db")
	for _, args := range [][]string{
		{"query", "--db", missing},
		{"export", "--db", missing, "--format", "jsonl", "--out", "-"},
	} {
		code, _, errs := sitrep(t, args...)
		if code == exitOK || !strings.Contains(errs, "no store here") {
			t.Errorf("%q = %d %q, want a no-store error", args, code, errs)
		}
		if _, err := os.Stat(missing); err == nil {
			t.Fatalf("%q created %s", args, missing)
		}
	}
	if code, _, errs := sitrep(t, "query", "--db", "mysql://h/db"); code == exitOK || !strings.Contains(errs, `unsupported store "mysql://"`) {
		t.Errorf("query --db mysql:// = %d %q", code, errs)
	}
	if code, _, errs := sitrep(t, "query", "--db", missing, "--type", "BATTLE"); code != exitUsage || !strings.Contains(errs, "not a PLOVER type") {
		t.Errorf("query --type BATTLE = %d %q, want a usage error", code, errs)
	}
	if code, _, errs := sitrep(t, "extract", "--bogus"); code != exitUsage || !strings.HasPrefix(errs, "sitrep: extract: flag provided but not defined") {
		t.Errorf("extract --bogus = %d %q, want a prefixed usage error", code, errs)
	}
}
