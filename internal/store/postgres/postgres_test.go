package postgres

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

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
	rand.Read(b)
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
