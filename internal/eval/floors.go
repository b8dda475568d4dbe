package eval

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
)

// Floors are the lowest acceptable quick-mode figures, by metric key.
// They only move up (RaiseFloors).
type Floors map[string]float64

// ReadFloors reads a floors file (a JSON object of key → fraction).
func ReadFloors(path string) (Floors, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read floors: %w", err)
	}
	f := Floors{}
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("read floors %s: %w", path, err)
	}
	return f, nil
}

// WriteFloors writes f to path as indented JSON with sorted keys.
func WriteFloors(path string, f Floors) error {
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("write floors: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write floors: %w", err)
	}
	return nil
}

// Below lists, one line each, the metrics of results that fall below
// their floor. Metrics without a floor, and suites that were skipped, are
// not checked.
func Below(results []*Result, f Floors) []string {
	var out []string
	for _, res := range results {
		for _, m := range res.Metrics {
			floor, ok := f[m.Key]
			if ok && m.Value < floor-1e-9 {
				out = append(out, fmt.Sprintf("%s = %.4f, below its floor %.4f", m.Key, m.Value, floor))
			}
		}
	}
	sort.Strings(out)
	return out
}

// minFloorN is the fewest gold items a figure needs to get a floor: on
// fewer, one item moves it by several points and the floor would be noise.
const minFloorN = 30

// RaiseFloors returns f with each metric's floor raised to its value
// minus margin, or minus two gold items' worth when that is more (rounded
// down to 0.001), never lowered. Metrics over
// fewer than minFloorN gold items, metrics marked NoFloor, and metrics
// whose floor would be 0 get no floor.
func RaiseFloors(f Floors, results []*Result, margin float64) Floors {
	out := Floors{}
	for k, v := range f {
		out[k] = v
	}
	for _, res := range results {
		for _, m := range res.Metrics {
			if m.N < minFloorN || m.NoFloor {
				continue
			}
			// Leave room for at least two gold items, so that one
			// changed answer on a small subset is not a failure.
			slack := math.Max(margin, 2/float64(m.N))
			v := math.Floor((m.Value-slack)*1000) / 1000
			if v < 0 {
				v = 0
			}
			if v > out[m.Key] {
				out[m.Key] = v
			}
		}
	}
	return out
}
