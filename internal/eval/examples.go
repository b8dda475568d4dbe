package eval

import (
	"fmt"
	"sort"
	"strings"
)

// examples collects, per document, lines describing what the system got
// wrong, so that `sitrep eval --examples N` can show where figures are
// lost. It is written by one goroutine per document index.
type examples struct {
	max   int // lines kept per document and in all; 0 keeps none
	byDoc [][]string
}

func newExamples(max, docs int) *examples {
	return &examples{max: max, byDoc: make([][]string, docs)}
}

// add records a line for document i.
func (e *examples) add(i int, format string, args ...any) {
	if e.max <= 0 || len(e.byDoc[i]) >= e.max {
		return
	}
	e.byDoc[i] = append(e.byDoc[i], fmt.Sprintf(format, args...))
}

// on reports whether examples are being kept.
func (e *examples) on() bool { return e.max > 0 }

// lines returns up to max lines, in document order, spread over documents
// (round robin) so that one bad document does not fill the list.
func (e *examples) lines() []string {
	var out []string
	for round := 0; len(out) < e.max; round++ {
		added := false
		for _, d := range e.byDoc {
			if round < len(d) && len(out) < e.max {
				out = append(out, d[round])
				added = true
			}
		}
		if !added {
			break
		}
	}
	return out
}

// clip shortens s to n runes for an example line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// confusions counts (gold, got) label pairs and lists the most frequent.
type confusions map[[2]string]int

func (c confusions) top(n int) []string {
	type kv struct {
		k [2]string
		v int
	}
	var all []kv
	for k, v := range c {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].v != all[j].v {
			return all[i].v > all[j].v
		}
		return all[i].k[0]+all[i].k[1] < all[j].k[0]+all[j].k[1]
	})
	var out []string
	for i := 0; i < len(all) && i < n; i++ {
		got := all[i].k[1]
		if got == "" {
			got = "(none)"
		}
		out = append(out, fmt.Sprintf("gold %s, system %s: %d", all[i].k[0], got, all[i].v))
	}
	return out
}
