package sqlite

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
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
	docs := n / storetest.GenEventsPerDoc
	if st.Documents < docs {
		rng := rand.New(rand.NewPCG(7, 7))
		start := time.Now()
		const batch = 500
		for i := 0; i < docs; i += batch {
			var as []*doc.Analysis
			for j := i; j < min(i+batch, docs); j++ {
				as = append(as, storetest.GenArchive(rng, j, docs))
			}
			if i < st.Documents {
				continue // already stored by an earlier run
			}
			if _, err := s.Put(ctx, as); err != nil {
				b.Fatal(err)
			}
			if (i+batch)%20_000 == 0 {
				fmt.Fprintf(os.Stderr, "genStore: %d documents after %s\n", i+batch, time.Since(start).Round(time.Second))
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
	storetest.BenchQueries(b, s)
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
			as[j] = storetest.GenReport(rng, i)
			i++
		}
		if _, err := s.Put(ctx, as); err != nil {
			b.Fatal(err)
		}
		docs += len(as)
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkPutGrown measures batched writes into the store of
// BenchmarkQuery (-store.events, -store.dir): each round stores 256 new
// generated reports dated in the store's last week, as a feed adds to a
// grown archive, clustering included. The reports stay in the store.
func BenchmarkPutGrown(b *testing.B) {
	_, path := genStore(b, *benchEvents)
	ctx := context.Background()
	s, err := Open(ctx, path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	n := *benchEvents / storetest.GenEventsPerDoc
	rng := rand.New(rand.NewPCG(uint64(st.Documents), 9))
	next, docs := st.Documents, 0
	for b.Loop() {
		as := make([]*doc.Analysis, 256)
		for j := range as {
			// Numbered after every stored report, dated in the last
			// week of the archive's days.
			as[j] = storetest.GenArchive(rng, n-1-rng.IntN(max(n/150, 1)), n)
			as[j].Document.ID = fmt.Sprintf("grown-%07d", next)
			as[j].Document.Text += fmt.Sprintf(" (%d)", next)
			next++
		}
		if _, err := s.Put(ctx, as); err != nil {
			b.Fatal(err)
		}
		docs += len(as)
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}
