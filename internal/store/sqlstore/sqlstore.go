// Package sqlstore is the SQL both store backends share: the schema and
// its migrations, batched writes, filters and integrity checks, over
// database/sql. A backend (store/sqlite, store/postgres) opens the
// database and passes a Dialect that says how its SQL differs: column
// types, placeholders, full-text search, extra checks.
//
// In: a *sql.DB and a Dialect. Out: a store.Store.
package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"sitrep/internal/dedup"
	"sitrep/internal/doc"
	"sitrep/internal/store"
)

// Dialect is what differs between SQL databases.
type Dialect struct {
	// Name names the backend in errors ("sqlite", "postgres").
	Name string
	// Types fills the {{ID}}, {{TEXT}}, {{REAL}} and {{CLUSTERED}} (a
	// table stored in its primary key's order) words of the schema.
	Types map[string]string
	// Placeholders numbers placeholders ($1, $2, …) instead of '?'.
	Placeholders bool
	// FTSSchema creates the full-text index of latest revisions.
	FTSSchema []string
	// FTSInsert and FTSRow index revisions: FTSInsert followed by
	// FTSRow once per revision, separated by commas, is one statement;
	// each FTSRow's arguments are the revision id, the title and the text.
	// A batch indexes its documents with one statement, because FTS5
	// writes its pending index at every statement.
	FTSInsert, FTSRow string
	// FTSDelete drops a revision from the index; its argument is the
	// revision id.
	FTSDelete string
	// FTSMatch is a subquery of the revision ids whose title or text
	// holds every word; its one argument is FTSQuery(words).
	FTSMatch string
	FTSQuery func(words []string) string
	// Lock, when set, is run first in the migration transaction to keep
	// two processes from migrating at once.
	Lock string
	// WriteLock, when set, is run first in every batch transaction so
	// that writers take turns (SQLite does this by BEGIN IMMEDIATE).
	WriteLock string
	// Check, when set, checks the database file or server itself.
	Check func(ctx context.Context, db *sql.DB) error
}

// DB is a store.Store over a SQL database.
type DB struct {
	db   *sql.DB
	d    *Dialect
	rule *dedup.Rule       // the clustering rule
	q    map[string]string // rebound statements, by their '?' form
	// prepared holds statements prepared once on the database, by their
	// '?' form, for the writes and look-ups that every batch or document
	// repeats: parsing them again each time cost more than running them.
	prepMu   sync.Mutex
	prepared map[string]*sql.Stmt
	// migrating is set while New migrates: the migration's transaction
	// sees tables that other connections do not yet, so its statements
	// are prepared in it (txPrepare), not on the database.
	migrating bool
}

// txPrepare returns query (in '?' form) as a statement of tx: prepared
// once on the database (prepare), or in tx itself during a migration.
func (s *DB) txPrepare(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	if s.migrating {
		return tx.PrepareContext(ctx, s.sql(query))
	}
	st, err := s.prepare(ctx, query)
	if err != nil {
		return nil, err
	}
	return tx.StmtContext(ctx, st), nil
}

// prepare returns query (in '?' form) prepared on the database, preparing
// it on first use. A transaction uses it through tx.StmtContext, which
// database/sql re-prepares only on a connection that lacks it.
func (s *DB) prepare(ctx context.Context, query string) (*sql.Stmt, error) {
	s.prepMu.Lock()
	defer s.prepMu.Unlock()
	if st, ok := s.prepared[query]; ok {
		return st, nil
	}
	st, err := s.db.PrepareContext(ctx, s.sql(query))
	if err != nil {
		return nil, err
	}
	if s.prepared == nil {
		s.prepared = map[string]*sql.Stmt{}
	}
	s.prepared[query] = st
	return st, nil
}

// New migrates db to the latest schema and returns the store. It takes
// ownership of db: Close closes it.
func New(ctx context.Context, db *sql.DB, d *Dialect) (*DB, error) {
	s := &DB{db: db, d: d, q: map[string]string{}, rule: dedup.New(dedup.Options{}), migrating: true}
	if err := s.migrate(ctx); err != nil {
		return nil, err
	}
	s.migrating = false
	return s, nil
}

// SchemaVersion is the version New migrates to.
func SchemaVersion() int { return len(schema) - 1 }

// sql returns query with its placeholders in the dialect's form.
func (s *DB) sql(query string) string {
	if !s.d.Placeholders {
		return query
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

func (s *DB) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, applied TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin migration: %w", err)
	}
	defer tx.Rollback()
	if s.d.Lock != "" {
		if _, err := tx.ExecContext(ctx, s.d.Lock); err != nil {
			return fmt.Errorf("lock for migration: %w", err)
		}
	}
	var have int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	ms := migrations(s.d)
	if have > len(ms) {
		return fmt.Errorf("schema version %d is newer than this sitrep knows (%d): upgrade sitrep", have, len(ms))
	}
	for v := have + 1; v <= len(ms); v++ {
		for _, stmt := range ms[v-1] {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("migrate to schema %d: %w", v, err)
			}
		}
		if _, err := tx.ExecContext(ctx, s.sql(`INSERT INTO schema_migrations (version, applied) VALUES (?, ?)`),
			v, now()); err != nil {
			return fmt.Errorf("record schema %d: %w", v, err)
		}
		if v == 3 && have > 0 {
			// A store made before clustering: its events are clustered
			// in the migration's transaction.
			if _, err := s.recluster(ctx, tx); err != nil {
				return fmt.Errorf("migrate to schema 3: cluster stored events: %w", err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit migration: %w", err)
	}
	return nil
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }

// Close closes the prepared statements and the database.
func (s *DB) Close() error {
	s.prepMu.Lock()
	for _, st := range s.prepared {
		st.Close()
	}
	s.prepared = nil
	s.prepMu.Unlock()
	return s.db.Close()
}

// DB returns the underlying database, for backend tests.
func (s *DB) DB() *sql.DB { return s.db }

// Put stores a batch in one transaction. Per document it looks the text
// and key up in one statement (and updates a revised document's row);
// the rows of new documents, of revisions and of the query tables of the
// whole batch are then written with multi-row INSERTs, numbered by the
// writer, so that a batch costs one or two statements per document, not
// one per row.
func (s *DB) Put(ctx context.Context, batch []*doc.Analysis) ([]store.Result, error) {
	docs := make([]*store.Doc, len(batch))
	for i, a := range batch {
		d, err := store.Flatten(a)
		if err != nil {
			return nil, err
		}
		docs[i] = d
	}
	tx, err := s.beginBatch(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	w, err := s.newWriter(ctx, tx)
	if err != nil {
		return nil, err
	}
	defer w.close()
	res := make([]store.Result, len(docs))
	for i, d := range docs {
		r, err := w.put(ctx, d)
		if err != nil {
			return nil, fmt.Errorf("store %s: %w", d.DocID, err)
		}
		res[i] = r
	}
	if err := w.flush(ctx); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit batch: %w", err)
	}
	return res, nil
}

// Columns of the tables written in bulk, in the order writer rows hold them.
var (
	docCols   = []string{"id", "key", "current", "revisions", "first_seen", "last_seen", "actor_count", "place_count", "quote_count"}
	revCols   = []string{"id", "document", "rev", "hash", "doc_id", "title", "source", "url", "published", "ingested", "analysis"}
	eventCols = []string{"id", "rev", "event_id", "type", "mode", "cameo", "status", "quad_class", "goldstein",
		"confidence", "date_from", "date_to", "granularity", "source_name", "source_code", "source_country",
		"target_name", "target_code", "target_country", "place_name", "admin1", "country", "lat", "lon",
		"fatalities", "injuries", "detained", "event", "place_kind"}
	keyCols = []string{"key", "date_from", "event", "rev"}
)

// table is the pending rows of one table and the revision each belongs
// to. head and one, when set, replace the INSERT built from name and cols.
type table struct {
	name, head, one string
	cols            []string
	rows            [][]any
	revs            []int64
}

func (t *table) add(rev int64, row ...any) {
	t.rows = append(t.rows, row)
	t.revs = append(t.revs, rev)
}

// drop forgets the pending rows of a revision that a later document of
// the same batch replaces.
func (t *table) drop(rev int64) {
	j := 0
	for i := range t.rows {
		if t.revs[i] != rev {
			t.rows[j], t.revs[j] = t.rows[i], t.revs[i]
			j++
		}
	}
	t.rows, t.revs = t.rows[:j], t.revs[:j]
}

// addedDoc is a document that the batch adds: its id, current revision,
// revision count and first day, and its pending documents row, which a
// later document of the batch revising it rewrites in place.
type addedDoc struct {
	id, current int64
	revs        int
	first       string
	row         []any
}

// documentRow is the documents row (in docCols order) of document id, whose
// latest revision, current, is the revs-th and holds d.
func documentRow(id int64, key string, current int64, revs int, first, last string, d *store.Doc) []any {
	return []any{id, key, current, revs, first, last, len(d.Actors), len(d.Places), len(d.Quotes)}
}

// writer writes one batch: the per-document statements, prepared, and
// the pending rows of the bulk tables.
type writer struct {
	s                       *DB
	tx                      *sql.Tx
	stmts                   []*sql.Stmt
	look, setDoc, setCounts *sql.Stmt
	findCurrent, setRev     *sql.Stmt
	delEvents, delEventKeys *sql.Stmt
	ftsDel                  *sql.Stmt
	// nextDoc, nextRev and nextEvent are the ids last given to a
	// document, a revision and an event: writers take turns, so the
	// batch can number its rows itself and insert them in bulk.
	nextDoc, nextRev, nextEvent   int64
	docs, revs, events, keys, fts table
	// added holds the documents this batch adds, by key, and stored
	// the hashes of the texts it stores: the look-ups of later documents
	// of the batch see them before they are written.
	added  map[string]*addedDoc
	stored map[string]bool
	// clustering: the events written by this batch, to cluster after
	// they are flushed, and the clusters whose members changed.
	clu   *clusterer
	fresh []freshEvent
}

func (s *DB) newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{s: s, tx: tx, added: map[string]*addedDoc{}, stored: map[string]bool{},
		docs: table{name: "documents", cols: docCols}, revs: table{name: "revisions", cols: revCols},
		events: table{name: "events", cols: eventCols}, keys: table{name: "event_keys", cols: keyCols},
		fts: table{head: s.d.FTSInsert, one: s.d.FTSRow, cols: []string{"rev", "title", "text"}}}
	var err error
	prep := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = s.txPrepare(ctx, tx, q)
		if err != nil {
			err = fmt.Errorf("prepare %.40q: %w", q, err)
			return nil
		}
		w.stmts = append(w.stmts, st)
		return st
	}
	// Whether the text is stored, and the document of the key.
	w.look = prep(`SELECT (SELECT 1 FROM revisions WHERE hash = ?), d.id, d.current, d.revisions
		FROM (SELECT 1 AS one) x LEFT JOIN documents d ON d.key = ?`)
	w.setDoc = prep(`UPDATE documents SET current = ?, revisions = ?, last_seen = ?, actor_count = ?, place_count = ?, quote_count = ?
		WHERE id = ?`)
	w.findCurrent = prep(`SELECT d.current FROM documents d JOIN revisions r ON r.id = d.current WHERE d.key = ? AND r.hash = ?`)
	w.setRev = prep(`UPDATE revisions SET doc_id = ?, title = ?, source = ?, url = ?, published = ?, analysis = ? WHERE id = ?`)
	w.setCounts = prep(`UPDATE documents SET actor_count = ?, place_count = ?, quote_count = ?
		WHERE id = (SELECT document FROM revisions WHERE id = ?)`)
	w.delEventKeys = prep(`DELETE FROM event_keys WHERE event IN (SELECT id FROM events WHERE rev = ?)`)
	w.delEvents = prep(`DELETE FROM events WHERE rev = ?`)
	w.ftsDel = prep(s.d.FTSDelete)
	if err == nil {
		if err = tx.QueryRowContext(ctx, `SELECT (SELECT COALESCE(MAX(id), 0) FROM documents),
			(SELECT COALESCE(MAX(id), 0) FROM revisions), (SELECT COALESCE(MAX(id), 0) FROM events)`).Scan(
			&w.nextDoc, &w.nextRev, &w.nextEvent); err != nil {
			err = fmt.Errorf("number rows: %w", err)
		}
	}
	if err == nil {
		w.clu, err = s.newClusterer(ctx, tx)
	}
	if err != nil {
		w.close()
		return nil, err
	}
	return w, nil
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
	if w.clu != nil {
		w.clu.close()
	}
}

func (w *writer) put(ctx context.Context, d *store.Doc) (store.Result, error) {
	r := store.Result{Key: d.Key, Hash: d.Hash, Outcome: store.Unchanged}
	var known, docRow, current, revs sql.NullInt64
	if err := w.look.QueryRowContext(ctx, d.Hash, d.Key).Scan(&known, &docRow, &current, &revs); err != nil {
		return r, fmt.Errorf("look up document: %w", err)
	}
	if known.Valid || w.stored[d.Hash] {
		return r, nil
	}
	t := now()
	w.nextRev++
	rev := w.nextRev
	var doc int64
	if a := w.added[d.Key]; a != nil {
		// Added earlier in this batch and revised now.
		r.Outcome = store.Revised
		if err := w.retire(ctx, a.current); err != nil {
			return r, err
		}
		doc, r.Rev = a.id, a.revs+1
		a.current, a.revs = rev, r.Rev
		copy(a.row, documentRow(a.id, d.Key, rev, r.Rev, a.first, t, d))
	} else if docRow.Valid {
		r.Outcome = store.Revised
		// The query tables describe the latest revision only.
		if err := w.retire(ctx, current.Int64); err != nil {
			return r, err
		}
		doc, r.Rev = docRow.Int64, int(revs.Int64)+1
		if _, err := w.setDoc.ExecContext(ctx, rev, r.Rev, t, len(d.Actors), len(d.Places), len(d.Quotes), doc); err != nil {
			return r, fmt.Errorf("update document: %w", err)
		}
	} else {
		r.Outcome = store.Added
		w.nextDoc++
		doc, r.Rev = w.nextDoc, 1
		row := documentRow(doc, d.Key, rev, r.Rev, t, t, d)
		w.docs.add(rev, row...)
		w.added[d.Key] = &addedDoc{id: doc, current: rev, revs: r.Rev, first: t, row: row}
	}
	w.revs.add(rev, rev, doc, r.Rev, d.Hash, d.DocID, d.Title, d.Source, d.URL, d.Published, t, string(d.JSON))
	w.stored[d.Hash] = true
	w.rows(rev, d)
	return r, nil
}

// retire deletes the query-table rows of revision rev, written or pending.
func (w *writer) retire(ctx context.Context, rev int64) error {
	if err := w.clu.leave(ctx, rev); err != nil {
		return fmt.Errorf("retire revision %d: %w", rev, err)
	}
	j := 0
	for _, f := range w.fresh {
		if f.rev != rev {
			w.fresh[j] = f
			j++
		}
	}
	w.fresh = w.fresh[:j]
	for _, st := range []*sql.Stmt{w.delEventKeys, w.delEvents, w.ftsDel} {
		if _, err := st.ExecContext(ctx, rev); err != nil {
			return fmt.Errorf("retire revision %d: %w", rev, err)
		}
	}
	for _, tb := range []*table{&w.events, &w.keys, &w.fts} {
		tb.drop(rev)
	}
	return nil
}

// rows adds the query-table rows of d, stored as revision rev, to the
// pending rows.
func (w *writer) rows(rev int64, d *store.Doc) {
	w.fts.add(rev, rev, store.Unaccent(d.Title), store.Unaccent(d.Text))
	for _, e := range d.Events {
		w.nextEvent++
		id := w.nextEvent
		w.events.add(rev, id, rev, e.ID, e.Type, e.Mode, e.Cameo, e.Status, e.QuadClass,
			e.Goldstein, e.Confidence, e.DateFrom, e.DateTo, e.Granularity,
			e.SourceName, e.SourceCode, e.SourceCountry, e.TargetName, e.TargetCode, e.TargetCountry,
			e.PlaceName, e.Admin1, e.Country, e.Lat, e.Lon, e.Fatalities, e.Injuries, e.Detained, string(e.JSON), e.PlaceKind)
		w.fresh = append(w.fresh, freshEvent{id: id, rev: rev, key: d.Key, docID: d.DocID, ev: e})
		for _, k := range e.Keys {
			w.keys.add(rev, k, e.DateFrom, id, rev)
		}
	}
}

// replace overwrites the analysis of d's latest revision, found by key
// and text hash, and its query-table rows.
func (w *writer) replace(ctx context.Context, d *store.Doc) error {
	var rev int64
	switch err := w.findCurrent.QueryRowContext(ctx, d.Key, d.Hash).Scan(&rev); {
	case errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("find latest revision of %s with this text: %w", d.Key, store.ErrNotFound)
	case err != nil:
		return fmt.Errorf("find latest revision: %w", err)
	}
	if err := w.retire(ctx, rev); err != nil {
		return err
	}
	if _, err := w.setRev.ExecContext(ctx, d.DocID, d.Title, d.Source, d.URL, d.Published, string(d.JSON), rev); err != nil {
		return fmt.Errorf("update revision: %w", err)
	}
	if _, err := w.setCounts.ExecContext(ctx, len(d.Actors), len(d.Places), len(d.Quotes), rev); err != nil {
		return fmt.Errorf("update document: %w", err)
	}
	w.rows(rev, d)
	return nil
}

// Replace overwrites, in one transaction, the stored analysis of the
// latest revision of each document of the batch and its query-table
// rows. Each analysis must have the key and text of a stored latest
// revision (ErrNotFound otherwise); revisions and keys are unchanged.
func (s *DB) Replace(ctx context.Context, batch []*doc.Analysis) error {
	docs := make([]*store.Doc, len(batch))
	for i, a := range batch {
		d, err := store.Flatten(a)
		if err != nil {
			return err
		}
		docs[i] = d
	}
	tx, err := s.beginBatch(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w, err := s.newWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	for _, d := range docs {
		if err := w.replace(ctx, d); err != nil {
			return fmt.Errorf("replace %s: %w", d.DocID, err)
		}
	}
	if err := w.flush(ctx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit batch: %w", err)
	}
	return nil
}

// flush writes the pending rows, events before the keys that refer to them.
// Then it clusters the batch's events, in the order they were numbered,
// and brings the changed clusters' counts up to date.
func (w *writer) flush(ctx context.Context) error {
	for _, tb := range []*table{&w.docs, &w.revs, &w.events, &w.keys, &w.fts} {
		if err := w.insert(ctx, tb); err != nil {
			return err
		}
	}
	for _, f := range w.fresh {
		if err := w.clu.assign(ctx, f.member(), f.id); err != nil {
			return fmt.Errorf("cluster event %s:%s: %w", f.docID, f.ev.ID, err)
		}
	}
	w.fresh = w.fresh[:0]
	return w.clu.refresh(ctx)
}

// bulkRows are the row counts of the multi-row INSERTs the query tables
// are written with, largest first: any number of rows is a few runs of
// statements prepared once per database (parsing a statement of hundreds
// of rows for every batch cost more than running it).
var bulkRows = [...]int{64, 16, 4, 1}

// insert writes the pending rows of tb. The full-text index takes the
// batch in one statement of at most 500 rows (FTS5 writes its pending
// index at the end of every statement); the other tables are written
// with prepared statements of bulkRows rows.
func (w *writer) insert(ctx context.Context, tb *table) error {
	if tb.head != "" {
		return w.insertOnce(ctx, tb)
	}
	return w.s.insertRows(ctx, w.tx, tb.name, tb.cols, tb.rows)
}

// bulkRun returns the size of the next statement's run for left values
// still to send: the largest of bulkRows that fits.
func bulkRun(left int) int {
	for _, k := range bulkRows {
		if k <= left {
			return k
		}
	}
	return bulkRows[len(bulkRows)-1]
}

// insertRows writes rows (values in the order of cols) to the table
// name with the prepared statements of bulkRows rows.
func (s *DB) insertRows(ctx context.Context, tx *sql.Tx, name string, cols []string, rows [][]any) error {
	one := "(" + strings.Repeat("?, ", len(cols)-1) + "?)"
	head := "INSERT INTO " + name + " (" + strings.Join(cols, ", ") + ") VALUES "
	args := make([]any, 0, bulkRows[0]*len(cols))
	for i := 0; i < len(rows); {
		n := bulkRun(len(rows) - i)
		st, err := s.txPrepare(ctx, tx, head+strings.TrimSuffix(strings.Repeat(one+", ", n), ", "))
		if err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
		args = args[:0]
		for _, row := range rows[i : i+n] {
			args = append(args, row...)
		}
		if _, err := st.ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
		i += n
	}
	return nil
}

// insertOnce writes the rows of tb with statements of at most 500 rows
// and 30,000 values (under both databases' limits on parameters), built
// from tb.head and tb.one.
func (w *writer) insertOnce(ctx context.Context, tb *table) error {
	per := min(500, 30000/len(tb.cols))
	for i := 0; i < len(tb.rows); i += per {
		rows := tb.rows[i:min(i+per, len(tb.rows))]
		var q strings.Builder
		q.WriteString(tb.head)
		args := make([]any, 0, len(rows)*len(tb.cols))
		for j, row := range rows {
			if j > 0 {
				q.WriteString(", ")
			}
			q.WriteString(tb.one)
			args = append(args, row...)
		}
		if _, err := w.tx.ExecContext(ctx, w.s.sql(q.String()), args...); err != nil {
			return fmt.Errorf("write full-text index: %w", err)
		}
	}
	return nil
}

// Known reports whether a text with this hash is stored.
func (s *DB) Known(ctx context.Context, hash string) (bool, error) {
	st, err := s.prepare(ctx, `SELECT 1 FROM revisions WHERE hash = ?`)
	if err != nil {
		return false, fmt.Errorf("look up hash: %w", err)
	}
	var one int
	err = st.QueryRowContext(ctx, hash).Scan(&one)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("look up hash: %w", err)
	}
	return true, nil
}

// KnownSet returns which of these hashes are stored, with statements of
// bulkRows hashes.
func (s *DB) KnownSet(ctx context.Context, hashes []string) (map[string]bool, error) {
	known := map[string]bool{}
	args := make([]any, 0, bulkRows[0])
	for i := 0; i < len(hashes); {
		n := bulkRun(len(hashes) - i)
		st, err := s.prepare(ctx, `SELECT hash FROM revisions WHERE hash IN (`+strings.TrimSuffix(strings.Repeat("?, ", n), ", ")+`)`)
		if err != nil {
			return nil, fmt.Errorf("look up hashes: %w", err)
		}
		args = args[:0]
		for _, h := range hashes[i : i+n] {
			args = append(args, h)
		}
		rows, err := st.QueryContext(ctx, args...)
		if err != nil {
			return nil, fmt.Errorf("look up hashes: %w", err)
		}
		for rows.Next() {
			var h string
			if err := rows.Scan(&h); err != nil {
				rows.Close()
				return nil, fmt.Errorf("look up hashes: %w", err)
			}
			known[h] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("look up hashes: %w", err)
		}
		i += n
	}
	return known, nil
}

// docRow finds the document with this key or document id.
func (s *DB) docRow(ctx context.Context, id string) (int64, error) {
	var row int64
	err := s.db.QueryRowContext(ctx, s.sql(`SELECT id FROM documents WHERE key = ?
		UNION SELECT document FROM revisions WHERE doc_id = ? ORDER BY 1 LIMIT 1`), id, id).Scan(&row)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("document %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("look up document %q: %w", id, err)
	}
	return row, nil
}

// Analysis returns the latest analysis of a document.
func (s *DB) Analysis(ctx context.Context, id string) ([]byte, error) {
	row, err := s.docRow(ctx, id)
	if err != nil {
		return nil, err
	}
	var js string
	if err := s.db.QueryRowContext(ctx, s.sql(`SELECT r.analysis FROM documents d JOIN revisions r ON r.id = d.current
		WHERE d.id = ?`), row).Scan(&js); err != nil {
		return nil, fmt.Errorf("read analysis of %q: %w", id, err)
	}
	return []byte(js), nil
}

// Revisions lists a document's revisions, oldest first.
func (s *DB) Revisions(ctx context.Context, id string) ([]store.Revision, error) {
	row, err := s.docRow(ctx, id)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, s.sql(`SELECT rev, hash, doc_id, ingested FROM revisions
		WHERE document = ? ORDER BY rev`), row)
	if err != nil {
		return nil, fmt.Errorf("list revisions of %q: %w", id, err)
	}
	defer rows.Close()
	var out []store.Revision
	for rows.Next() {
		var r store.Revision
		if err := rows.Scan(&r.Rev, &r.Hash, &r.DocID, &r.Ingested); err != nil {
			return nil, fmt.Errorf("read revision of %q: %w", id, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list revisions of %q: %w", id, err)
	}
	return out, nil
}

// selection is the SQL that selects the events of a filter: a FROM
// clause over events e (and, when an actor or place filter drives the
// query, the lookup keys k), conditions and their arguments, and the
// newest-first order, written so that the driving index delivers rows
// in that order and a LIMIT stops the scan early.
type selection struct {
	from  string
	conds []string
	args  []any
	order string
	// date and seq are the columns of the order, for a keyset position.
	date, seq string
}

func (sel *selection) add(cond string, args ...any) {
	sel.conds = append(sel.conds, cond)
	sel.args = append(sel.args, args...)
}

func (sel *selection) where() string {
	if len(sel.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(sel.conds, " AND ")
}

// selectEvents builds the selection of f. With events false only the
// document terms (Text, Document) count.
func (s *DB) selectEvents(f store.Filter, events bool) *selection {
	sel := &selection{from: `events e`, order: `e.date_from DESC, e.id DESC`, date: "e.date_from", seq: "e.id"}
	var actorKey, actorUpper, placeKey string
	if events && f.Actor != "" {
		actorKey, actorUpper = store.ActorKey(f.Actor)
	}
	if events && f.Place != "" {
		placeKey = store.PlaceKey(f.Place)
	}
	driver := ""
	switch {
	case actorKey != "" && actorUpper == "":
		driver, actorKey = actorKey, ""
	case placeKey != "":
		driver, placeKey = placeKey, ""
	}
	dateFrom := "e.date_from"
	if driver != "" {
		// CROSS JOIN keeps SQLite from reordering: the keys drive.
		sel.from = `event_keys k CROSS JOIN events e`
		sel.order = `k.date_from DESC, k.event DESC`
		sel.add(`k.key = ? AND e.id = k.event`, driver)
		dateFrom = "k.date_from"
		sel.date, sel.seq = "k.date_from", "k.event"
	}
	if events {
		if f.Type != "" {
			sel.add(`e.type = ?`, strings.ToUpper(f.Type))
		}
		if f.Mode != "" {
			sel.add(`e.mode = ?`, strings.ToLower(f.Mode))
		}
		if f.Cameo != "" {
			sel.add(`e.cameo >= ? AND e.cameo < ?`, f.Cameo, f.Cameo+"\x7f")
		}
		if f.Country != "" {
			sel.add(`e.country = ?`, strings.ToUpper(f.Country))
		}
		if f.From != "" || f.To != "" {
			sel.add(dateFrom + ` <> ''`)
		}
		if f.From != "" {
			sel.add(`e.date_to >= ?`, f.From)
		}
		if f.To != "" {
			sel.add(dateFrom+` <= ?`, f.To)
		}
		switch {
		case actorKey != "" && actorUpper != "":
			sel.add(`e.id IN (SELECT event FROM event_keys WHERE key >= ? AND key < ?)`, actorKey, actorUpper)
		case actorKey != "":
			sel.add(`e.id IN (SELECT event FROM event_keys WHERE key = ?)`, actorKey)
		}
		if placeKey != "" {
			sel.add(`e.id IN (SELECT event FROM event_keys WHERE key = ?)`, placeKey)
		}
	}
	if words := store.Words(f.Text); len(words) > 0 {
		sel.add(`e.rev IN (`+s.d.FTSMatch+`)`, s.d.FTSQuery(words))
	}
	if f.Document != "" {
		sel.add(`e.rev IN (SELECT current FROM documents WHERE key = ?
			UNION SELECT d.current FROM documents d JOIN revisions r ON r.document = d.id WHERE r.doc_id = ?)`,
			f.Document, f.Document)
	}
	return sel
}

// Events calls fn for each selected event, newest first. The ids are
// selected and ordered first, then joined with their columns, so that
// sorting never carries the events' JSON.
func (s *DB) Events(ctx context.Context, f store.Filter, fn func(*store.EventRow) error) error {
	sel := s.selectEvents(f, true)
	if f.After != nil {
		// Both columns are NOT NULL, so the row-value comparison is the
		// newest-first order exactly, and it bounds the driving index.
		sel.add(`(`+sel.date+`, `+sel.seq+`) < (?, ?)`, f.After.Date, f.After.Seq)
	}
	if f.Clusters {
		sel.add(`e.id IN (SELECT first_event FROM clusters)`)
	}
	inner := `SELECT e.id AS id, e.date_from AS df FROM ` + sel.from + sel.where() + ` ORDER BY ` + sel.order
	if f.Limit > 0 {
		inner += ` LIMIT ` + strconv.Itoa(f.Limit)
	}
	return s.eventRows(ctx, inner, sel.args, fn)
}

// eventRows calls fn for each event of inner, a query of event ids (id)
// and first days (df), newest first, with its document, actors, place
// and cluster.
func (s *DB) eventRows(ctx context.Context, inner string, args []any, fn func(*store.EventRow) error) error {
	q := `SELECT t.df, t.id, d.key, r.doc_id, r.rev, r.title, r.source, r.url, r.published, e.event,
		e.source_name, e.source_code, e.source_country, e.target_name, e.target_code, e.target_country,
		e.place_name, e.admin1, e.country, e.lat, e.lon,
		cm.cluster, cm.score, cm.reason, cm.held, c.events, c.documents, c.sources,
		c.fatalities_low, c.fatalities_best, c.fatalities_high, c.injuries_low, c.injuries_best, c.injuries_high,
		fr.doc_id, fe.event_id
		FROM (` + inner + `) t JOIN events e ON e.id = t.id JOIN revisions r ON r.id = e.rev JOIN documents d ON d.id = r.document
		LEFT JOIN cluster_members cm ON cm.event = e.id LEFT JOIN clusters c ON c.id = cm.cluster
		LEFT JOIN events fe ON fe.id = c.first_event LEFT JOIN revisions fr ON fr.id = fe.rev
		ORDER BY t.df DESC, t.id DESC`
	rows, err := s.db.QueryContext(ctx, s.sql(q), args...)
	if err != nil {
		return fmt.Errorf("query events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r store.EventRow
		var js string
		var lat, lon sql.NullFloat64
		var cl, events, docs, sources sql.NullInt64
		var score sql.NullFloat64
		var reason, firstDoc, firstEv sql.NullString
		var held sql.NullBool
		var counts [6]sql.NullInt64
		if err := rows.Scan(&r.Pos.Date, &r.Pos.Seq, &r.Key, &r.DocID, &r.Rev, &r.Title, &r.Source, &r.URL, &r.Published, &js,
			&r.SourceName, &r.SourceCode, &r.SourceCountry, &r.TargetName, &r.TargetCode, &r.TargetCountry,
			&r.PlaceName, &r.Admin1, &r.Country, &lat, &lon,
			&cl, &score, &reason, &held, &events, &docs, &sources,
			&counts[0], &counts[1], &counts[2], &counts[3], &counts[4], &counts[5], &firstDoc, &firstEv); err != nil {
			return fmt.Errorf("read event: %w", err)
		}
		if err := json.Unmarshal([]byte(js), &r.Event); err != nil {
			return fmt.Errorf("decode event of %s: %w", r.DocID, err)
		}
		if lat.Valid && lon.Valid {
			r.Lat, r.Lon = &lat.Float64, &lon.Float64
		}
		if cl.Valid && events.Valid {
			r.Cluster = &store.ClusterInfo{ID: cl.Int64, First: firstDoc.String + ":" + firstEv.String,
				Events: int(events.Int64), Documents: int(docs.Int64), Sources: int(sources.Int64),
				Fatalities: spreadOf(counts[0:3]), Injuries: spreadOf(counts[3:6]),
				Score: score.Float64, Reason: reason.String, Held: held.Bool}
		}
		if err := fn(&r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("query events: %w", err)
	}
	return nil
}

// spreadOf reads low, best and high columns; nil when any is NULL.
func spreadOf(c []sql.NullInt64) *store.Spread {
	if !c[0].Valid || !c[1].Valid || !c[2].Valid {
		return nil
	}
	return &store.Spread{Low: int(c[0].Int64), Best: int(c[1].Int64), High: int(c[2].Int64)}
}

// Timeline counts the selected events by period and type. The database
// counts by day and type; weeks are folded from the days here, the same
// way in every dialect.
func (s *DB) Timeline(ctx context.Context, f store.Filter, interval string) ([]store.PeriodCount, error) {
	if interval != "day" && interval != "week" {
		return nil, fmt.Errorf("count events: interval %q: want day or week", interval)
	}
	sel := s.selectEvents(f, true)
	sel.add(`e.date_from <> ''`)
	q := `SELECT e.date_from, e.type, COUNT(*) FROM ` + sel.from + sel.where() + ` GROUP BY e.date_from, e.type`
	rows, err := s.db.QueryContext(ctx, s.sql(q), sel.args...)
	if err != nil {
		return nil, fmt.Errorf("count events by day: %w", err)
	}
	defer rows.Close()
	counts := map[[2]string]int{}
	for rows.Next() {
		var day, typ string
		var n int
		if err := rows.Scan(&day, &typ, &n); err != nil {
			return nil, fmt.Errorf("read day count: %w", err)
		}
		period := day
		if interval == "week" {
			t, err := time.Parse(time.DateOnly, day)
			if err != nil {
				continue // a malformed stored date is left out, not fatal
			}
			wd := (int(t.Weekday()) + 6) % 7 // Monday 0
			period = t.AddDate(0, 0, -wd).Format(time.DateOnly)
		}
		counts[[2]string{period, typ}] += n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count events by day: %w", err)
	}
	out := make([]store.PeriodCount, 0, len(counts))
	for k, n := range counts {
		out = append(out, store.PeriodCount{Period: k[0], Type: k[1], Count: n})
	}
	slices.SortFunc(out, func(a, b store.PeriodCount) int {
		return cmp.Or(cmp.Compare(a.Period, b.Period), cmp.Compare(a.Type, b.Type))
	})
	return out, nil
}

// Dyads counts the selected events by source actor, target actor and type.
func (s *DB) Dyads(ctx context.Context, f store.Filter) ([]store.DyadCount, error) {
	sel := s.selectEvents(f, true)
	q := `SELECT e.source_name, e.source_code, e.target_name, e.target_code, e.type, COUNT(*) FROM ` +
		sel.from + sel.where() + ` GROUP BY e.source_code, e.source_name, e.target_code, e.target_name, e.type`
	rows, err := s.db.QueryContext(ctx, s.sql(q), sel.args...)
	if err != nil {
		return nil, fmt.Errorf("count dyads: %w", err)
	}
	defer rows.Close()
	var out []store.DyadCount
	for rows.Next() {
		var d store.DyadCount
		if err := rows.Scan(&d.SourceName, &d.SourceCode, &d.TargetName, &d.TargetCode, &d.Type, &d.Count); err != nil {
			return nil, fmt.Errorf("read dyad count: %w", err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count dyads: %w", err)
	}
	return out, nil
}

// Analyses calls fn with the latest analysis of each selected document.
func (s *DB) Analyses(ctx context.Context, f store.Filter, fn func([]byte) error) error {
	q := `SELECT r.analysis FROM documents d JOIN revisions r ON r.id = d.current`
	var args []any
	if f.HasEventTerms() {
		sel := s.selectEvents(f, true)
		q += ` WHERE r.id IN (SELECT e.rev FROM ` + sel.from + sel.where() + `)`
		args = sel.args
	} else {
		// Text and Document select documents, with or without events.
		sel := s.selectEvents(f, false)
		q += strings.ReplaceAll(sel.where(), "e.rev", "r.id")
		args = sel.args
	}
	q += ` ORDER BY d.id`
	if f.Limit > 0 {
		q += ` LIMIT ` + strconv.Itoa(f.Limit)
	}
	rows, err := s.db.QueryContext(ctx, s.sql(q), args...)
	if err != nil {
		return fmt.Errorf("query analyses: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var js string
		if err := rows.Scan(&js); err != nil {
			return fmt.Errorf("read analysis: %w", err)
		}
		if err := fn([]byte(js)); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("query analyses: %w", err)
	}
	return nil
}

// Stats counts what is stored.
func (s *DB) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COALESCE(MAX(version), 0) FROM schema_migrations),
		(SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM revisions),
		(SELECT COUNT(*) FROM events), x.actors, x.places, x.quotes, (SELECT COUNT(*) FROM clusters)
		FROM (SELECT COALESCE(SUM(actor_count), 0) AS actors, COALESCE(SUM(place_count), 0) AS places,
			COALESCE(SUM(quote_count), 0) AS quotes FROM documents) x`).Scan(
		&st.Schema, &st.Documents, &st.Revisions, &st.Events, &st.Actors, &st.Places, &st.Quotes, &st.Clusters)
	if err != nil {
		return st, fmt.Errorf("count store: %w", err)
	}
	return st, nil
}

// beginBatch opens a write transaction and takes the dialect's write lock
// (WriteLock: writers take turns); the caller commits or rolls it back.
func (s *DB) beginBatch(ctx context.Context) (*sql.Tx, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin batch: %w", err)
	}
	if s.d.WriteLock != "" {
		if _, err := tx.ExecContext(ctx, s.d.WriteLock); err != nil {
			tx.Rollback()
			return nil, fmt.Errorf("lock for batch: %w", err)
		}
	}
	return tx, nil
}
