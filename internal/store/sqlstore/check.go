package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"

	"sitrep/internal/store"
)

// invariants are queries that count rows breaking a rule of the store;
// each must return 0.
var invariants = []struct{ rule, query string }{
	{"every document's current revision is its own",
		`SELECT COUNT(*) FROM documents d LEFT JOIN revisions r ON r.id = d.current AND r.document = d.id WHERE r.id IS NULL`},
	{"every document counts its revisions and its current one is the latest",
		`SELECT COUNT(*) FROM documents d WHERE d.revisions <> (SELECT COUNT(*) FROM revisions r WHERE r.document = d.id)
			OR d.revisions <> (SELECT r.rev FROM revisions r WHERE r.id = d.current)`},
	{"no text is stored twice",
		`SELECT COUNT(*) FROM (SELECT hash FROM revisions GROUP BY hash HAVING COUNT(*) > 1) x`},
	{"events belong to latest revisions",
		`SELECT COUNT(*) FROM events WHERE rev NOT IN (SELECT current FROM documents)`},
	{"event keys belong to stored events and carry their dates",
		`SELECT COUNT(*) FROM event_keys k LEFT JOIN events e ON e.id = k.event
			WHERE e.id IS NULL OR e.rev <> k.rev OR e.date_from <> k.date_from`},
	{"every event is a member of one cluster",
		`SELECT COUNT(*) FROM events e LEFT JOIN cluster_members cm ON cm.event = e.id WHERE cm.event IS NULL`},
	{"every cluster member is a stored event of the cluster's type",
		`SELECT COUNT(*) FROM cluster_members cm LEFT JOIN events e ON e.id = cm.event LEFT JOIN clusters c ON c.id = cm.cluster
			WHERE e.id IS NULL OR c.id IS NULL OR e.type <> c.type`},
	{"every cluster counts its members, has one, and its first event is its first member",
		`SELECT COUNT(*) FROM clusters c WHERE c.events <> (SELECT COUNT(*) FROM cluster_members cm WHERE cm.cluster = c.id)
			OR c.events = 0 OR c.first_event <> (SELECT MIN(cm.event) FROM cluster_members cm WHERE cm.cluster = c.id)`},
	{"every cluster counts its documents",
		`SELECT COUNT(*) FROM clusters c WHERE c.documents <> (SELECT COUNT(DISTINCT r.document)
			FROM cluster_members cm JOIN events e ON e.id = cm.event JOIN revisions r ON r.id = e.rev WHERE cm.cluster = c.id)`},
}

// Check verifies the database and the store's invariants, then that the
// query tables hold exactly what each latest analysis says.
func (s *DB) Check(ctx context.Context) error {
	if s.d.Check != nil {
		if err := s.d.Check(ctx, s.db); err != nil {
			return err
		}
	}
	for _, inv := range invariants {
		var n int
		if err := s.db.QueryRowContext(ctx, inv.query).Scan(&n); err != nil {
			return fmt.Errorf("check %q: %w", inv.rule, err)
		}
		if n != 0 {
			return fmt.Errorf("check store: %d rows break %q", n, inv.rule)
		}
	}
	// Event rows by revision; the actor, place and quote counts of the
	// latest revision are the document's.
	counts := map[int64]int{}
	erows, err := s.db.QueryContext(ctx, `SELECT rev, COUNT(*) FROM events GROUP BY rev`)
	if err != nil {
		return fmt.Errorf("count events: %w", err)
	}
	for erows.Next() {
		var rev int64
		var n int
		if err := erows.Scan(&rev, &n); err != nil {
			erows.Close()
			return fmt.Errorf("count events: %w", err)
		}
		counts[rev] = n
	}
	erows.Close()
	if err := erows.Err(); err != nil {
		return fmt.Errorf("count events: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT r.id, r.hash, r.analysis, d.actor_count, d.place_count, d.quote_count
		FROM documents d JOIN revisions r ON r.id = d.current`)
	if err != nil {
		return fmt.Errorf("read analyses: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var rev int64
		var hash, js string
		var got [4]int
		if err := rows.Scan(&rev, &hash, &js, &got[1], &got[2], &got[3]); err != nil {
			return fmt.Errorf("read analysis: %w", err)
		}
		var a struct {
			Document struct {
				ID   string `json:"id"`
				Text string `json:"text"`
			} `json:"document"`
			Events, Actors, Places, Quotes []json.RawMessage
		}
		if err := json.Unmarshal([]byte(js), &a); err != nil {
			return fmt.Errorf("check store: revision %d: analysis is not JSON: %w", rev, err)
		}
		if h := store.ContentHash(a.Document.Text); h != hash {
			return fmt.Errorf("check store: revision %d of %s: text hashes to %s, stored as %s", rev, a.Document.ID, h, hash)
		}
		want := [4]int{len(a.Events), len(a.Actors), len(a.Places), len(a.Quotes)}
		got[0] = counts[rev]
		delete(counts, rev)
		if got != want {
			return fmt.Errorf("check store: revision %d of %s has %v events/actors/places/quotes counted, its analysis %v",
				rev, a.Document.ID, got, want)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read analyses: %w", err)
	}
	if len(counts) > 0 {
		return fmt.Errorf("check store: %d revisions have event rows but are not current", len(counts))
	}
	return nil
}
