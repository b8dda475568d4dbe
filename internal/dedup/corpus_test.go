package dedup_test

// The corpus test measures deduplication end to end: the articles of
// testdata/corpus (written for sitrep: each real-world event reported 1–4
// times in differently worded articles, with distractors of the same type,
// place or day) go through the real pipeline into a temporary SQLite
// store, which clusters them; each gold row (document, event key, type,
// date) is mapped to that document's extracted event of that type with
// the nearest date, and the store's clusters are scored against the gold
// event keys: pairwise merge precision and recall, and B-cubed.
//
// Gold rows with no extracted event of their type are the event coder's
// misses, not deduplication's: they are counted and listed apart.
//
//	go test ./internal/dedup -run Corpus -v            figures
//	go test ./internal/dedup -run Corpus -v -misses    and every wrong or missed merge, with reasons

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
	"sitrep/internal/store"
	"sitrep/internal/store/sqlite"
)

var misses = flag.Bool("misses", false, "list the corpus test's wrong and missed merges")

// Floors of the corpus test: a little under the figures reached, so that
// a change that makes deduplication worse fails.
// The whole corpus counts the event coder's errors too (a wrong date,
// town or country keeps reports apart); the coded floors hold on the
// mentions whose extracted date and country are right.
const (
	floorPrecision      = 0.96
	floorRecall         = 0.88
	floorCodedPrecision = 0.99
	floorCodedRecall    = 0.94
)

// goldRow is one real-world event a document reports.
type goldRow struct {
	doc, event, typ, date, country string
	killed                         int // -1: not given
}

// mention is a gold row mapped to an extracted event.
type mention struct {
	gold    goldRow
	id      string // DOCID:EVENT
	cluster int64
	reason  string
	// coded reports whether the event coder got the gold row's date
	// (within a day) and country right, the facts the rule reads first.
	coded bool
}

func readGold(t *testing.T, path string) []goldRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldRow
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 || strings.TrimSpace(line) == "" {
			continue // header
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			t.Fatalf("%s:%d: want doc_id, event, type, date, …; got %q", path, n, line)
		}
		g := goldRow{doc: f[0], event: f[1], typ: f[2], date: f[3], killed: -1}
		if len(f) > 4 {
			g.country = f[4]
		}
		if len(f) > 5 {
			fmt.Sscan(f[5], &g.killed)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// corpus returns the article files that have gold files, and the gold rows.
func corpus(t *testing.T) ([]string, []goldRow) {
	t.Helper()
	arts, _ := filepath.Glob(filepath.Join("testdata", "corpus", "articles-*.jsonl"))
	var inputs []string
	var gold []goldRow
	for _, a := range arts {
		g := strings.Replace(a, "articles-", "gold-", 1)
		g = strings.TrimSuffix(g, ".jsonl") + ".tsv"
		if _, err := os.Stat(g); err != nil {
			t.Logf("%s has no gold file %s: left out", a, g)
			continue
		}
		inputs = append(inputs, a)
		gold = append(gold, readGold(t, g)...)
	}
	if len(inputs) == 0 {
		t.Skip("no corpus in testdata/corpus")
	}
	return inputs, gold
}

// ingestCorpus analyses the inputs and stores them in batches of 16, as
// sitrep ingest does.
func ingestCorpus(t *testing.T, inputs []string) store.Store {
	t.Helper()
	ctx := context.Background()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := ingest.New(ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "dedup.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	items := make(chan ingest.Item)
	go r.Read(ctx, inputs, items)
	var batch []*doc.Analysis
	flush := func() {
		if _, err := st.Put(ctx, batch); err != nil {
			t.Fatalf("Put: %v", err)
		}
		batch = batch[:0]
	}
	for it := range items {
		if it.Err != nil {
			t.Fatalf("read corpus: %v", it.Err)
		}
		a, err := p.Analyze(ctx, it.Doc)
		if err != nil {
			t.Fatalf("analyse %s: %v", it.Doc.ID, err)
		}
		a.Sentences, a.Tokens = nil, nil
		a.ToCodePoints()
		if batch = append(batch, a); len(batch) == 16 {
			flush()
		}
	}
	flush()
	if err := st.Check(ctx); err != nil {
		t.Fatal(err)
	}
	return st
}

func dayNumber(s string) int {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return math.MinInt32
	}
	return int(d.Unix() / 86400)
}

// mapGold maps each gold row to an extracted event of its document and
// type, the one whose date range lies nearest the gold date (the first
// in the text among equals), each event at most once; rows with none are
// returned apart.
func mapGold(gold []goldRow, events map[string][]*store.EventRow) (mapped []mention, unmapped []goldRow) {
	used := map[string]bool{}
	for _, g := range gold {
		var best *store.EventRow
		bestGap := math.MaxInt
		gd := dayNumber(g.date)
		for _, r := range events[g.doc] {
			id := r.DocID + ":" + r.Event.ID
			if r.Event.Type != g.typ || used[id] {
				continue
			}
			gap := math.MaxInt / 2 // undated
			if d := r.Event.Date; d != nil && d.Range != nil {
				from, to := dayNumber(d.Range[0]), dayNumber(d.Range[1])
				// Days away, then the range's length: a day beats
				// the week that holds it.
				gap = max(0, from-gd, gd-to)*10000 + min(to-from, 999)*10
			}
			// Then the event that gives the gold toll; ties go to the
			// event met first in the text (the headline's or the
			// lead's), the report's fullest telling.
			if g.killed >= 0 && (r.Event.Fatalities == nil || r.Event.Fatalities.Best != g.killed) {
				gap++
			}
			if gap < bestGap || gap == bestGap && r.Pos.Seq < best.Pos.Seq {
				best, bestGap = r, gap
			}
		}
		if best == nil {
			unmapped = append(unmapped, g)
			continue
		}
		id := best.DocID + ":" + best.Event.ID
		used[id] = true
		m := mention{gold: g, id: id, coded: best.Country == g.country}
		if d := best.Event.Date; d != nil && d.Range != nil {
			from, to := dayNumber(d.Range[0]), dayNumber(d.Range[1])
			m.coded = m.coded && from >= gd-1 && to <= gd+1
		} else {
			m.coded = false
		}
		if best.Cluster != nil {
			m.cluster, m.reason = best.Cluster.ID, best.Cluster.Reason
		}
		mapped = append(mapped, m)
	}
	return mapped, unmapped
}

// scores are pairwise and B-cubed precision and recall.
type scores struct {
	pairP, pairR, pairF float64
	bcP, bcR, bcF       float64
	tp, fp, fn          int
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func score(ms []mention) scores {
	var s scores
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			gold := ms[i].gold.event == ms[j].gold.event
			sys := ms[i].cluster == ms[j].cluster
			switch {
			case gold && sys:
				s.tp++
			case sys:
				s.fp++
			case gold:
				s.fn++
			}
		}
	}
	s.pairP, s.pairR = 1, 1
	if s.tp+s.fp > 0 {
		s.pairP = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		s.pairR = float64(s.tp) / float64(s.tp+s.fn)
	}
	s.pairF = f1(s.pairP, s.pairR)
	for i := range ms {
		var both, sys, gold int
		for j := range ms {
			sc, gc := ms[i].cluster == ms[j].cluster, ms[i].gold.event == ms[j].gold.event
			if sc && gc {
				both++
			}
			if sc {
				sys++
			}
			if gc {
				gold++
			}
		}
		s.bcP += float64(both) / float64(sys)
		s.bcR += float64(both) / float64(gold)
	}
	if n := float64(len(ms)); n > 0 {
		s.bcP, s.bcR = s.bcP/n, s.bcR/n
	}
	s.bcF = f1(s.bcP, s.bcR)
	return s
}

func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline over the corpus")
	}
	inputs, gold := corpus(t)
	st := ingestCorpus(t, inputs)
	events := map[string][]*store.EventRow{}
	err := st.Events(context.Background(), store.Filter{}, func(r *store.EventRow) error {
		events[r.DocID] = append(events[r.DocID], r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ms, unmapped := mapGold(gold, events)
	s := score(ms)
	keys := map[string]bool{}
	for _, g := range gold {
		keys[g.event] = true
	}
	t.Logf("corpus: %d documents, %d gold rows of %d events; %d rows mapped to extracted events, %d without one (event coder misses)",
		len(events), len(gold), len(keys), len(ms), len(unmapped))
	t.Logf("pairwise: precision %.3f recall %.3f F1 %.3f (%d right merges, %d wrong, %d missed)",
		s.pairP, s.pairR, s.pairF, s.tp, s.fp, s.fn)
	t.Logf("B-cubed:  precision %.3f recall %.3f F1 %.3f", s.bcP, s.bcR, s.bcF)
	var coded []mention
	for _, m := range ms {
		if m.coded {
			coded = append(coded, m)
		}
	}
	c := score(coded)
	t.Logf("on the %d mentions whose extracted date (±1 day) and country match the gold row: pairwise precision %.3f recall %.3f; B-cubed %.3f %.3f",
		len(coded), c.pairP, c.pairR, c.bcP, c.bcR)
	if *misses {
		for _, g := range unmapped {
			t.Logf("no %s event in %s for %s (%s)", g.typ, g.doc, g.event, g.date)
		}
		byID := map[string]*store.EventRow{}
		for _, rs := range events {
			for _, r := range rs {
				byID[r.DocID+":"+r.Event.ID] = r
			}
		}
		for i := range ms {
			for j := i + 1; j < len(ms); j++ {
				a, b := ms[i], ms[j]
				gold, sys := a.gold.event == b.gold.event, a.cluster == b.cluster
				if gold == sys {
					continue
				}
				what := "wrong merge"
				if gold {
					what = "missed merge"
				}
				t.Logf("%s %s: %s (%s) / %s (%s)\n\t%s: %s\n\t%s: %s", what, a.gold.event+"~"+b.gold.event,
					a.id, describe(byID[a.id]), b.id, describe(byID[b.id]), a.id, a.reason, b.id, b.reason)
			}
		}
	}
	if c.pairP < floorCodedPrecision || c.pairR < floorCodedRecall {
		t.Errorf("on correctly coded mentions, pairwise merge precision %.3f, recall %.3f: want at least %.2f and %.2f",
			c.pairP, c.pairR, floorCodedPrecision, floorCodedRecall)
	}
	if s.pairP < floorPrecision || s.pairR < floorRecall {
		t.Errorf("pairwise merge precision %.3f, recall %.3f: want at least %.2f and %.2f",
			s.pairP, s.pairR, floorPrecision, floorRecall)
	}
	if len(ms) < len(gold)*3/4 {
		t.Errorf("only %d of %d gold rows map to an extracted event", len(ms), len(gold))
	}
}

// describe renders an event's fields that the rule reads.
func describe(r *store.EventRow) string {
	if r == nil {
		return "?"
	}
	e := r.Event
	date := "undated"
	if e.Date != nil && e.Date.Range != nil {
		date = e.Date.Range[0] + ".." + e.Date.Range[1] + "/" + e.Date.Granularity
	}
	return fmt.Sprintf("%s/%s %s %s %q %s/%s src=%s tgt=%s killed=%s", e.Type, e.Mode, e.Status, date,
		e.Trigger.Text, r.PlaceName, r.Country, r.SourceCode, r.TargetCode, killed(e.Fatalities))
}

func killed(c *doc.Count) string {
	if c == nil {
		return "-"
	}
	return fmt.Sprint(c.Best)
}
