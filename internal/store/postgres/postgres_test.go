package postgres

import (
	"context"
	crand "crypto/rand"
	"database/sql"
	"encoding/hex"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"testing"
	"time"

	"sitrep/internal/doc"
	"sitrep/internal/store"
	"sitrep/internal/store/storetest"
)

// testDSN returns the server the tests use, from SITREP_TEST_POSTGRES
// (a postgres:// URL), or skips the test.
func testDSN(t *testing.T) string {
	dsn := os.Getenv("SITREP_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("PostgreSQL tests skipped: set SITREP_TEST_POSTGRES to a postgres:// URL of a database the tests may create schemas in")
	}
	db, err := sql.Open("pgx", dsn)
	if err == nil {
		err = db.Ping()
		db.Close()
	}
	if err != nil {
		t.Skipf("PostgreSQL tests skipped: no server at SITREP_TEST_POSTGRES: %v", err)
	}
	return dsn
}

// freshSchema creates an empty schema for one test, drops it when the
// test ends, and returns a DSN whose search_path is that schema.
func freshSchema(t *testing.T, dsn string) string {
	b := make([]byte, 6)
	crand.Read(b)
	name := "sitrep_test_" + hex.EncodeToString(b)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE SCHEMA ` + name); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			return
		}
		defer db.Close()
		db.Exec(`DROP SCHEMA ` + name + ` CASCADE`)
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("SITREP_TEST_POSTGRES is not a URL: %v", err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}

func TestConformance(t *testing.T) {
	dsn := testDSN(t)
	storetest.Run(t, storetest.Backend{
		Fresh: func(t *testing.T) string { return freshSchema(t, dsn) },
		Open: func(ctx context.Context, loc string) (store.Store, error) {
			return Open(ctx, loc)
		},
	})
}

var benchEvents = flag.Int("store.events", 100_000, "events in the generated store of BenchmarkQuery")

// BenchmarkQuery measures the common queries over a generated store of
// -store.events events in schema sitrep_bench_N, which it fills on the
// first run and keeps for the next.
func BenchmarkQuery(b *testing.B) {
	dsn := os.Getenv("SITREP_TEST_POSTGRES")
	if dsn == "" {
		b.Skip("set SITREP_TEST_POSTGRES to a postgres:// URL")
	}
	ctx := context.Background()
	name := fmt.Sprintf("sitrep_bench_%d", *benchEvents)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := db.Exec(`CREATE SCHEMA IF NOT EXISTS ` + name); err != nil {
		b.Skipf("no server at SITREP_TEST_POSTGRES: %v", err)
	}
	db.Close()
	u, _ := url.Parse(dsn)
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	s, err := Open(ctx, u.String())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	st, _ := s.Stats(ctx)
	docs := *benchEvents / storetest.GenEventsPerDoc
	if st.Documents < docs {
		rng := rand.New(rand.NewPCG(7, 7))
		start := time.Now()
		for i := 0; i < docs; i += 500 {
			var as []*doc.Analysis
			for j := i; j < min(i+500, docs); j++ {
				as = append(as, storetest.GenArchive(rng, j, docs))
			}
			if i < st.Documents {
				continue
			}
			if _, err := s.Put(ctx, as); err != nil {
				b.Fatal(err)
			}
		}
		b.Logf("generated %d documents in %s", docs, time.Since(start).Round(time.Millisecond))
		if _, err := s.DB().Exec(`ANALYZE`); err != nil {
			b.Fatal(err)
		}
		st, _ = s.Stats(ctx)
	}
	b.Logf("store: %d documents, %d events", st.Documents, st.Events)
	storetest.BenchQueries(b, s)
}
