// Package sqlite is the embedded store backend: one SQLite file, through
// the pure-Go modernc.org/sqlite driver (no cgo).
//
// In: a file path. Out: a store.Store (the shared SQL of store/sqlstore).
//
// The file runs in WAL mode, so readers never wait for the writer and a
// crash leaves every committed batch and nothing of the others; writers
// take the lock when they begin (BEGIN IMMEDIATE) and wait up to
// Options.BusyTimeout for another writer. synchronous=NORMAL: a killed
// process loses nothing committed; a power cut may lose the last batches,
// never corrupt the file. Full-text search is an FTS5 index of each
// latest revision's title and text (contentless: the text is stored once,
// in the analysis), tokenised by unicode61 with diacritics removed.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"sitrep/internal/store/sqlstore"
)

// Options configures Open. The zero value is ready to use.
type Options struct {
	// BusyTimeout is how long a writer waits for another; 0 means 10 s.
	BusyTimeout time.Duration
}

// Open opens (creating it if needed) the store in the SQLite file at
// path and migrates it to the latest schema.
func Open(ctx context.Context, path string, opts Options) (*sqlstore.DB, error) {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil, fmt.Errorf("open sqlite store: want a file path, got %q", path)
	}
	bt := opts.BusyTimeout
	if bt <= 0 {
		bt = 10 * time.Second
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.FormatInt(bt.Milliseconds(), 10)+")")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(ON)")
	// 64 MiB of page cache per connection (SQLite's default is 2 MiB):
	// a store of millions of events keeps its index pages in memory
	// instead of reading them back from the file on every insert.
	q.Add("_pragma", "cache_size(-65536)")
	q.Add("_pragma", "wal_autocheckpoint(8192)")
	q.Add("_txlock", "immediate")
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	s, err := sqlstore.New(ctx, db, dialect())
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	return s, nil
}

func dialect() *sqlstore.Dialect {
	return &sqlstore.Dialect{
		Name:  "sqlite",
		Types: map[string]string{"ID": "INTEGER PRIMARY KEY", "TEXT": "TEXT", "REAL": "REAL", "CLUSTERED": " WITHOUT ROWID"},
		FTSSchema: []string{`CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='',
			contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`},
		FTSInsert: `INSERT INTO docs_fts (rowid, title, body) VALUES `,
		FTSRow:    `(?, ?, ?)`,
		FTSDelete: `DELETE FROM docs_fts WHERE rowid = ?`,
		FTSMatch:  `SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?`,
		FTSQuery: func(words []string) string {
			// Each word quoted: a phrase of one word, so that FTS5
			// operators typed by a user are plain words.
			q := make([]string, len(words))
			for i, w := range words {
				q[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
			}
			return strings.Join(q, " ")
		},
		Check: func(ctx context.Context, db *sql.DB) error {
			var res string
			if err := db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil {
				return fmt.Errorf("check sqlite file: %w", err)
			}
			if res != "ok" {
				return fmt.Errorf("check sqlite file: %s", res)
			}
			var n int
			if err := db.QueryRowContext(ctx, `PRAGMA foreign_key_check`).Scan(&n); err == nil {
				return fmt.Errorf("check sqlite file: foreign keys broken")
			}
			return nil
		},
	}
}
