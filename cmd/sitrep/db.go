package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"sitrep/internal/store"
	"sitrep/internal/store/postgres"
	"sitrep/internal/store/sqlite"
)

// defaultDB is the store --db names when not given (cli.md).
const defaultDB = "./sitrep.db"

// openStore opens the store a --db value names: a postgres:// URL, else
// a SQLite file path, which ingest and serve create when missing.
func openStore(ctx context.Context, dsn string) (store.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return postgres.Open(ctx, dsn)
	}
	if scheme, _, ok := strings.Cut(dsn, "://"); ok {
		return nil, fmt.Errorf("unsupported store %q: want a SQLite file path or a postgres:// URL", scheme+"://")
	}
	return sqlite.Open(ctx, dsn, sqlite.Options{})
}

// openExisting opens a store that must already exist: commands that read
// a store (query, export, dedup, recode) refuse a SQLite path with no
// file instead of creating an empty store there.
func openExisting(ctx context.Context, dsn string) (store.Store, error) {
	if !strings.Contains(dsn, "://") {
		if _, err := os.Stat(dsn); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no store here (sitrep ingest creates one)")
		}
	}
	return openStore(ctx, dsn)
}

// redactDSN hides the password of a postgres:// URL in messages.
func redactDSN(dsn string) string {
	if i := strings.Index(dsn, "://"); i >= 0 {
		rest := dsn[i+3:]
		if at := strings.LastIndex(rest, "@"); at >= 0 {
			if c := strings.Index(rest[:at], ":"); c >= 0 {
				return dsn[:i+3] + rest[:c] + ":***" + rest[at:]
			}
		}
	}
	return dsn
}
