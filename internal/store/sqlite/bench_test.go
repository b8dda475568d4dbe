package sqlite

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"sitrep/internal/doc"
	"sitrep/internal/store"
	"sitrep/internal/store/storetest"
)

var (
	benchEvents = flag.Int("store.events", 100_000, "events in the generated store of BenchmarkQuery")
	benchDir    = flag.String("store.dir", "", "keep the generated store in this directory between runs")
)

// Vocabulary of the generated store.
var (
	genTypes     = []string{"ASSAULT", "PROTEST", "CONSULT", "REQUEST", "COERCE", "ACCUSE", "AID", "MOBILIZE"}
	genCountries = []string{"PAK", "AFG", "IND", "IRN", "NGA", "MLI", "PHL", "SOM", "SDN", "YEM"}
	genSectors   = []string{"GOV", "MIL", "COP", "REB", "CVL", "OPP"}
	genPlaces    = []string{"Peshawar", "Quetta", "Kabul", "Kandahar", "Lahore", "Maiduguri", "Bamako", "Manila", "Mogadishu", "Aden"}
	genWords     = []string{"border", "convoy", "checkpoint", "talks", "ceasefire", "election", "drought", "strike", "curfew", "refugees", "tariff", "envoy"}
)

const genEventsPerDoc = 5

// genReport is the i-th generated report: genEventsPerDoc events between
// actors of ten countries, over three years of dates.
func genReport(rng *rand.Rand, i int) *doc.Analysis {
	day := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(3*365))
	r := storetest.Report{ID: fmt.Sprintf("g-%07d", i), Published: day.Format("2006-01-02"),
		Text: fmt.Sprintf("Generated report %d\n\nOfficials discussed the %s and the %s on %s.", i,
			genWords[rng.IntN(len(genWords))], genWords[rng.IntN(len(genWords))], day.Format("January 2"))}
	for j := 0; j < genEventsPerDoc; j++ {
		c1, c2 := genCountries[rng.IntN(len(genCountries))], genCountries[rng.IntN(len(genCountries))]
		s1, s2 := genSectors[rng.IntN(len(genSectors))], genSectors[rng.IntN(len(genSectors))]
		pc := rng.IntN(len(genPlaces))
		d := day.AddDate(0, 0, -rng.IntN(3)).Format("2006-01-02")
		r.Events = append(r.Events, storetest.Ev{
			Type: genTypes[rng.IntN(len(genTypes))], Cameo: fmt.Sprintf("%03d", 10+rng.IntN(190)),
			Source: fmt.Sprintf("%s %s/%s%s/%s", c1, s1, c1, s1, c1),
			Target: fmt.Sprintf("%s %s/%s%s/%s", c2, s2, c2, s2, c2),
			Place:  fmt.Sprintf("%s/%s province/%s", genPlaces[pc], genPlaces[pc], genCountries[pc]),
			From:   d, To: d, Killed: rng.IntN(4) - 1,
		})
	}
	return r.Analysis()
}

// genStore builds (or reuses, with -store.dir) a store of about n events.
func genStore(b *testing.B, n int) (*store.Stats, string) {
	dir := *benchDir
	if dir == "" {
		dir = b.TempDir()
	}
	path := filepath.Join(dir, fmt.Sprintf("bench-%d.db", n))
	ctx := context.Background()
	s, err := Open(ctx, path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	st, _ := s.Stats(ctx)
	docs := n / genEventsPerDoc
	if st.Documents < docs {
		rng := rand.New(rand.NewPCG(7, 7))
		start := time.Now()
		const batch = 500
		for i := 0; i < docs; i += batch {
			var as []*doc.Analysis
			for j := i; j < min(i+batch, docs); j++ {
				as = append(as, genReport(rng, j))
			}
			if i < st.Documents {
				continue // already stored by an earlier run
			}
			if _, err := s.Put(ctx, as); err != nil {
				b.Fatal(err)
			}
		}
		b.Logf("generated %d documents in %s", docs, time.Since(start).Round(time.Millisecond))
		st, _ = s.Stats(ctx)
	}
	return &st, path
}

// BenchmarkQuery measures the common queries over a generated store of
// -store.events events (default 100,000), each fetching the first page
// (100 events, newest first), and reports their p95 latency.
func BenchmarkQuery(b *testing.B) {
	st, path := genStore(b, *benchEvents)
	b.Logf("store: %d documents, %d events, %d actors, %d places", st.Documents, st.Events, st.Actors, st.Places)
	if fi, err := os.Stat(path); err == nil {
		b.Logf("store file: %.1f MB", float64(fi.Size())/1e6)
	}
	ctx := context.Background()
	s, err := Open(ctx, path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	queries := []struct {
		name string
		f    store.Filter
	}{
		{"country+dates", store.Filter{Country: "PAK", From: "2023-03-01", To: "2023-05-31"}},
		{"actor-code", store.Filter{Actor: "AFGMIL"}},
		{"actor-prefix+dates", store.Filter{Actor: "IRN", From: "2024-01-01", To: "2024-01-31"}},
		{"actor-name", store.Filter{Actor: "nga reb"}},
		{"type", store.Filter{Type: "PROTEST"}},
		{"type+country", store.Filter{Type: "ASSAULT", Country: "SOM"}},
		{"place", store.Filter{Place: "Kandahar"}},
		{"text", store.Filter{Text: "ceasefire convoy"}},
		{"text+type", store.Filter{Text: "curfew", Type: "AID"}},
	}
	for _, q := range queries {
		q.f.Limit = 100
		b.Run(q.name, func(b *testing.B) {
			var lat []time.Duration
			rows := 0
			for b.Loop() {
				t0 := time.Now()
				rows = 0
				if err := s.Events(ctx, q.f, func(*store.EventRow) error { rows++; return nil }); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
			if rows == 0 {
				b.Fatalf("query %s found nothing", q.name)
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
			b.ReportMetric(float64(rows), "rows")
		})
	}
}

// BenchmarkPut measures batched writes of generated reports
// (5 events each, batches of 64).
func BenchmarkPut(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "put.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	i := 0
	docs := 0
	for b.Loop() {
		as := make([]*doc.Analysis, 64)
		for j := range as {
			as[j] = genReport(rng, i)
			i++
		}
		if _, err := s.Put(ctx, as); err != nil {
			b.Fatal(err)
		}
		docs += len(as)
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}
