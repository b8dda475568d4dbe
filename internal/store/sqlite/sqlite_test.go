package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"sitrep/internal/store"
	"sitrep/internal/store/storetest"
)

func backend() storetest.Backend {
	return storetest.Backend{
		Fresh: func(t *testing.T) string { return filepath.Join(t.TempDir(), "sitrep.db") },
		Open: func(ctx context.Context, loc string) (store.Store, error) {
			return Open(ctx, loc, Options{})
		},
	}
}

func TestConformance(t *testing.T) { storetest.Run(t, backend()) }

func TestOpenRefusesNonFiles(t *testing.T) {
	for _, p := range []string{"", ":memory:", "file:x.db?mode=memory"} {
		if s, err := Open(context.Background(), p, Options{}); err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded, want an error", p)
		}
	}
}

// TestForeignKeysIndexed checks that every foreign key's column leads an
// index of its table: deleting a referenced row (a document's new
// revision retires its events) has SQLite look up the rows that point at
// it, which without such an index reads the whole referencing table once
// per deleted row.
func TestForeignKeysIndexed(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "fk.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	db := s.DB()
	tables, err := db.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%REFERENCES%'`)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for tables.Next() {
		var n string
		if err := tables.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	tables.Close()
	if len(names) == 0 {
		t.Fatal("no table with a foreign key: the query is wrong")
	}
	for _, tb := range names {
		// the leading column of every index, the primary key included
		lead := map[string]bool{}
		idx, err := db.QueryContext(ctx, `SELECT il.name, ii.name FROM pragma_index_list(?) il
			JOIN pragma_index_info(il.name) ii ON ii.seqno = 0`, tb)
		if err != nil {
			t.Fatal(err)
		}
		for idx.Next() {
			var iname, col string
			if err := idx.Scan(&iname, &col); err != nil {
				t.Fatal(err)
			}
			lead[col] = true
		}
		idx.Close()
		// an INTEGER PRIMARY KEY column is the rowid: indexed
		pk, err := db.QueryContext(ctx, `SELECT name, type FROM pragma_table_info(?) WHERE pk = 1`, tb)
		if err != nil {
			t.Fatal(err)
		}
		for pk.Next() {
			var col, typ string
			if err := pk.Scan(&col, &typ); err != nil {
				t.Fatal(err)
			}
			lead[col] = true
		}
		pk.Close()
		fks, err := db.QueryContext(ctx, `SELECT "from", "table" FROM pragma_foreign_key_list(?)`, tb)
		if err != nil {
			t.Fatal(err)
		}
		for fks.Next() {
			var from, to string
			if err := fks.Scan(&from, &to); err != nil {
				t.Fatal(err)
			}
			if !lead[from] {
				t.Errorf("%s.%s references %s but leads no index of %s", tb, from, to, tb)
			}
		}
		fks.Close()
	}
}
