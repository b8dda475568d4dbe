package eval

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"sitrep/internal/pipeline"
)

// TestQuickFloors runs every suite in quick mode on ../shared/data (beside
// the repository root) and fails when a figure falls below its floor in
// floors.json. Raise floors with
//
//	go run ./cmd/sitrep eval --quick --raise-floors internal/eval/floors.json
func TestQuickFloors(t *testing.T) {
	data := filepath.Join("..", "..", "..", "shared", "data")
	if st, err := os.Stat(data); err != nil || !st.IsDir() {
		t.Skipf("skipping the accuracy floors: %s not found (check out the repository beside shared/)", data)
	}
	floors, err := ReadFloors("floors.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var results []*Result
	start := time.Now()
	err = Run(ctx, Options{Data: data, System: p, Quick: true}, nil, func(r *Result) {
		results = append(results, r)
		if r.Skipped != "" {
			t.Logf("%s skipped: %s", r.Suite, r.Skipped)
		}
		for _, m := range r.Metrics {
			t.Logf("%-28s %6.2f%%  (floor %.1f%%, n=%d)", m.Key, 100*m.Value, 100*floors[m.Key], m.N)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range Below(results, floors) {
		t.Error(line)
	}
	for k := range floors {
		if !hasMetric(results, k) && !skipped(results, k) {
			t.Errorf("floors.json names %s, which no suite reports", k)
		}
	}
	t.Logf("quick mode took %v", time.Since(start))
}

func hasMetric(rs []*Result, key string) bool {
	for _, r := range rs {
		for _, m := range r.Metrics {
			if m.Key == key {
				return true
			}
		}
	}
	return false
}

// skipped reports whether the suite a key belongs to was skipped.
func skipped(rs []*Result, key string) bool {
	for _, r := range rs {
		if r.Skipped != "" && len(key) > len(r.Suite) && key[:len(r.Suite)+1] == r.Suite+"." {
			return true
		}
	}
	return false
}
