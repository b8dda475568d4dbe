package events_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/geo"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
)

// pressProvinceFloor is the least share of the press-afg acts whose
// event the coder must place in the right province: a little under what
// it reaches, so that a change that loses places fails here.
const pressProvinceFloor = 0.95

// pressAct is one row of testdata/press-afg/gold.tsv; day is "" when the
// act has no date.
type pressAct struct {
	file, act, typ, province, district, day string
}

// readPressGold reads gold.tsv: file, act, type, province, district,
// date, killed, detained; a header line first.
func readPressGold(t *testing.T, path string) []pressAct {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open press gold: %v", err)
	}
	defer f.Close()
	var acts []pressAct
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 || strings.TrimSpace(line) == "" {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 5 {
			t.Fatalf("%s:%d: want at least 5 tab-separated fields, got %d", path, n, len(c))
		}
		a := pressAct{file: c[0], act: c[1], typ: c[2], province: c[3], district: c[4]}
		if len(c) > 5 && strings.TrimSpace(c[5]) != "-" {
			a.day = strings.TrimSpace(c[5])
		}
		acts = append(acts, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read press gold: %v", err)
	}
	return acts
}

// readPress reads one release as sitrep extract does: headline,
// dateline and publication date from the text's conventions.
func readPress(t *testing.T, path string) doc.Document {
	t.Helper()
	r, err := ingest.New(ingest.Options{Format: "text"})
	if err != nil {
		t.Fatal(err)
	}
	out := make(chan ingest.Item, 1)
	go r.Read(context.Background(), []string{path}, out)
	var d doc.Document
	n := 0
	for it := range out {
		if it.Err != nil {
			t.Fatalf("read %s: %v", path, it.Err)
		}
		d, n = it.Doc, n+1
	}
	if n != 1 {
		t.Fatalf("read %s: %d documents, want 1", path, n)
	}
	return d
}

// TestPressAfghanistanProvinces analyses the ISAF-style releases of
// testdata/press-afg with the whole pipeline and scores the province of
// the event that stands for each gold act: the first event of the act's
// type not taken by an earlier act of the same file. A place's province
// is its admin1 (its name for a province); spellings are compared
// through the gazetteer, so "Paktia" is "Paktiya".
func TestPressAfghanistanProvinces(t *testing.T) {
	dir := filepath.Join("testdata", "press-afg")
	acts := readPressGold(t, filepath.Join(dir, "gold.tsv"))
	if len(acts) == 0 {
		t.Fatal("no gold acts")
	}
	g, err := geo.New(geo.Options{}).Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	analyses := map[string]*doc.Analysis{}
	used := map[string]map[int]bool{}
	var withEvent, right int
	for _, act := range acts {
		a, ok := analyses[act.file]
		if !ok {
			d := readPress(t, filepath.Join(dir, act.file))
			pipeOnce.Do(func() { pipe, pipeErr = pipeline.New(pipeline.Options{Workers: 1}) })
			if pipeErr != nil {
				t.Fatalf("pipeline.New: %v", pipeErr)
			}
			if a, err = pipe.Analyze(context.Background(), d); err != nil {
				t.Fatalf("Analyze(%s): %v", act.file, err)
			}
			analyses[act.file], used[act.file] = a, map[int]bool{}
		}
		ei := -1
		for i, e := range a.Events {
			if e.Type == act.typ && !used[act.file][i] {
				ei = i
				break
			}
		}
		if ei < 0 {
			t.Logf("%s act %s: no %s event (province %s)", act.file, act.act, act.typ, act.province)
			continue
		}
		used[act.file][ei] = true
		withEvent++
		got := eventProvince(a, a.Events[ei])
		if sameProvince(g, got, act.province) {
			right++
			continue
		}
		t.Logf("%s act %s: %s %q placed in province %q, want %q (rule %s)", act.file, act.act, act.typ,
			a.Events[ei].Trigger.Text, got, act.province, a.Events[ei].Rule)
	}
	share := float64(right) / float64(len(acts))
	t.Logf("press-afg: province right for %d of %d gold acts (%.1f%%); %d acts have an event of their type, %.1f%% of them placed right",
		right, len(acts), 100*share, withEvent, 100*float64(right)/float64(max(withEvent, 1)))
	if share < pressProvinceFloor {
		t.Errorf("press-afg province accuracy %.3f, below its floor %.2f", share, pressProvinceFloor)
	}
}

// eventProvince returns the first-level division of the event's place.
func eventProvince(a *doc.Analysis, e doc.Event) string {
	for _, p := range a.Places {
		if doc.Str(p.ID) != e.Place {
			continue
		}
		if p.Kind == geo.KindAdmin1 {
			return p.Name
		}
		return string(p.Admin1)
	}
	return ""
}

// sameProvince reports whether two province names name one province:
// the same key without the level word, or names of one Afghan admin1
// entry of the gazetteer.
func sameProvince(g *geo.Gazetteer, got, want string) bool {
	k := func(s string) string { return strings.TrimSuffix(geo.Key(s), " province") }
	if got == "" {
		return false
	}
	if k(got) == k(want) {
		return true
	}
	ids := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, i := range g.Lookup(s) {
			if e := g.Entry(int(i)); e.Kind == geo.KindAdmin1 && e.Country == "AF" {
				m[fmt.Sprintf("%s.%s", e.Country, e.Admin1)] = true
			}
		}
		return m
	}
	w := ids(want)
	for id := range ids(got) {
		if w[id] {
			return true
		}
	}
	return false
}
