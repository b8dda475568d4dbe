package events_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/pipeline"
)

// pressDateFloor is the least share of the dated press-afg acts that must
// have an event of their type dated exactly that day: a little under what
// the coder reaches, so that a change that loses dates fails here.
const pressDateFloor = 0.90

// TestPressAfghanistanDates analyses the ISAF-style releases of
// testdata/press-afg with the whole pipeline and scores event dates: a
// gold act is dated right when some event of its type has exactly the
// act's day as its range. Misses are logged as undated (every event of
// the type has no date), wrong (one has another date) or without an
// event of the type.
func TestPressAfghanistanDates(t *testing.T) {
	dir := filepath.Join("testdata", "press-afg")
	var acts []pressAct
	for _, a := range readPressGold(t, filepath.Join(dir, "gold.tsv")) {
		if a.day != "" {
			acts = append(acts, a)
		}
	}
	if len(acts) == 0 {
		t.Fatal("no dated gold acts")
	}
	pipeOnce.Do(func() { pipe, pipeErr = pipeline.New(pipeline.Options{Workers: 1}) })
	if pipeErr != nil {
		t.Fatalf("pipeline.New: %v", pipeErr)
	}
	analyses := map[string]*doc.Analysis{}
	var right, undated, wrong, none int
	for _, act := range acts {
		a, ok := analyses[act.file]
		if !ok {
			var err error
			if a, err = pipe.Analyze(context.Background(), readPress(t, filepath.Join(dir, act.file))); err != nil {
				t.Fatalf("Analyze(%s): %v", act.file, err)
			}
			analyses[act.file] = a
		}
		var got []string
		hit, dated := false, false
		for _, e := range a.Events {
			if e.Type != act.typ {
				continue
			}
			d := "none"
			if e.Date != nil && e.Date.Range != nil {
				dated = true
				d = e.Date.Range[0] + ".." + e.Date.Range[1]
				hit = hit || e.Date.Range[0] == act.day && e.Date.Range[1] == act.day
			}
			got = append(got, e.Trigger.Text+"="+d+" ("+e.Rule+")")
		}
		switch {
		case hit:
			right++
			continue
		case len(got) == 0:
			none++
		case !dated:
			undated++
		default:
			wrong++
		}
		t.Logf("%s act %s: %s on %s; events of the type: %s", act.file, act.act, act.typ, act.day, strings.Join(got, "; "))
	}
	share := float64(right) / float64(len(acts))
	t.Logf("press-afg: date exact for %d of %d dated gold acts (%.1f%%); misses: %d undated, %d wrong day, %d with no event of the type",
		right, len(acts), 100*share, undated, wrong, none)
	if share < pressDateFloor {
		t.Errorf("press-afg date accuracy %.3f, below its floor %.2f", share, pressDateFloor)
	}
}
