package storetest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/store"
)

// Places of the clustering tests, with their coordinates.
const (
	jamrud   = "Jamrud/Khyber Pakhtunkhwa/PAK/33.998/71.378"
	landiK   = "Landi Kotal/Khyber Pakhtunkhwa/PAK/34.098/71.141" // 24 km from Jamrud
	quetta   = "Quetta/Balochistan/PAK/30.19/67.01"
	khyberKP = "Khyber Pakhtunkhwa/Khyber Pakhtunkhwa/PAK/34.5/72.0"
)

// clusterReports are four reports of one attack (two outlets, figures 3,
// 4 and 5, one a day late, one in the next town), a distractor (the same
// day, another province) and an undated report.
var clusterReports = []Report{
	{ID: "k-1", Source: "Frontier Post", Published: "2024-11-22", Text: "Three police killed in Jamrud\n\nMilitants attacked a checkpoint in Jamrud on Thursday.",
		Events: []Ev{{Type: "ASSAULT", Source: "militants/PAKREB/PAK", Target: "police/PAKCOP/PAK", Place: jamrud, From: "2024-11-21", To: "2024-11-21", Killed: 3}}},
	{ID: "k-2", Source: "Frontier Post", Published: "2024-11-22", Text: "Checkpoint attack\n\nFour policemen died when a checkpoint near Landi Kotal came under fire.",
		Events: []Ev{{Type: "ASSAULT", Target: "police/PAKCOP/PAK", Place: landiK, From: "2024-11-21", To: "2024-11-21", Killed: 4}}},
	{ID: "k-3", Source: "Quetta Daily", Published: "2024-11-22", Text: "Attack in Quetta\n\nGunmen killed a shopkeeper in Quetta on Thursday.",
		Events: []Ev{{Type: "ASSAULT", Place: quetta, From: "2024-11-21", To: "2024-11-21", Killed: 1}}},
	{ID: "k-4", Source: "Wire", Published: "2024-11-23", Text: "Toll rises\n\nThe toll from the attack in Khyber rose to five.",
		Events: []Ev{{Type: "ASSAULT", Source: "militants/PAKREB/PAK", Place: khyberKP, From: "2024-11-22", To: "2024-11-22", Killed: 5}}},
	{ID: "k-5", Source: "Wire", Text: "Undated\n\nAn attack in Jamrud was reported.",
		Events: []Ev{{Type: "ASSAULT", Place: jamrud, Killed: -1}}},
}

// clusterOf returns the members of the cluster of event id, as
// "DOC:EVENT" sorted, and the cluster.
func clusterOf(t *testing.T, s store.Store, id string) ([]string, *store.Cluster) {
	t.Helper()
	c, err := s.Cluster(context.Background(), id)
	if err != nil {
		t.Fatalf("Cluster(%s): %v", id, err)
	}
	var got []string
	for _, m := range c.Members {
		got = append(got, m.DocID+":"+m.Event.ID)
	}
	slices.Sort(got)
	return got, c
}

// perCluster lists the events Events gives with Filter.Clusters.
func perCluster(t *testing.T, s store.Store) []string {
	t.Helper()
	var got []string
	err := s.Events(context.Background(), store.Filter{Clusters: true}, func(r *store.EventRow) error {
		got = append(got, fmt.Sprintf("%s:%s/%d", r.DocID, r.Event.ID, r.Cluster.Events))
		return nil
	})
	if err != nil {
		t.Fatalf("Events(Clusters): %v", err)
	}
	slices.Sort(got)
	return got
}

// testClusters: reports of one event cluster across documents with
// their counts and figures; a distractor stays apart; Split, Unsplit and
// Recluster change and restore the clusters.
func testClusters(t *testing.T, b Backend) {
	s := open(t, b)
	ctx := context.Background()
	// Two batches, so that clustering spans transactions.
	put(t, s, analyses(clusterReports[:2])...)
	put(t, s, analyses(clusterReports[2:])...)
	check(t, s)
	one := []string{"k-1:e1", "k-2:e1", "k-4:e1"}
	got, c := clusterOf(t, s, "k-2:e1")
	if !slices.Equal(got, one) {
		t.Fatalf("Cluster(k-2:e1) members = %v, want %v", got, one)
	}
	if c.Events != 3 || c.Documents != 3 || c.Sources != 2 || c.First != "k-1:e1" {
		t.Errorf("Cluster(k-2:e1) = %d events, %d documents, %d sources, first %s; want 3, 3, 2, k-1:e1",
			c.Events, c.Documents, c.Sources, c.First)
	}
	if f := c.Fatalities; f == nil || *f != (store.Spread{Low: 3, Best: 4, High: 5}) {
		t.Errorf("Cluster(k-2:e1).Fatalities = %v, want {3 4 5}", f)
	}
	if len(c.Figures) != 3 || c.Figures[1].DocID != "k-2" || c.Figures[1].Fatalities == nil || *c.Figures[1].Fatalities != 4 {
		t.Errorf("Cluster(k-2:e1).Figures = %+v, want k-1 3, k-2 4, k-4 5", c.Figures)
	}
	for _, m := range c.Members {
		r := m.Cluster
		switch {
		case m.DocID == "k-1" && (r.Score != 0 || !strings.HasPrefix(r.Reason, "first report")):
			t.Errorf("k-1 joined with %v %q, want the first report", r.Score, r.Reason)
		case m.DocID == "k-2" && !strings.Contains(r.Reason, "matches k-1:e1") && !strings.Contains(r.Reason, "km"):
			t.Errorf("k-2 joined with %q, want a match with k-1:e1 by distance", r.Reason)
		case m.DocID == "k-4" && !strings.Contains(r.Reason, "province"):
			t.Errorf("k-4 joined with %q, want a match by province", r.Reason)
		}
	}
	if got, _ := clusterOf(t, s, "k-3:e1"); !slices.Equal(got, []string{"k-3:e1"}) {
		t.Errorf("Cluster(k-3:e1) = %v, want the distractor alone", got)
	}
	if got, _ := clusterOf(t, s, "k-5:e1"); !slices.Equal(got, []string{"k-5:e1"}) {
		t.Errorf("Cluster(k-5:e1) = %v, want the undated report alone", got)
	}
	want := []string{"k-1:e1/3", "k-3:e1/1", "k-5:e1/1"}
	if got := perCluster(t, s); !slices.Equal(got, want) {
		t.Errorf("Events(Clusters) = %v, want %v", got, want)
	}
	if st := stats(t, s); st.Clusters != 3 || st.Events != 5 {
		t.Errorf("Stats() = %+v, want 5 events in 3 clusters", st)
	}
	// Every event row carries its cluster.
	err := s.Events(ctx, store.Filter{}, func(r *store.EventRow) error {
		if r.Cluster == nil || r.Cluster.Events < 1 {
			t.Errorf("event %s:%s has cluster %+v", r.DocID, r.Event.ID, r.Cluster)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	// Split k-1 (the first report): the rest stay together.
	if err := s.Split(ctx, "k-1:e1"); err != nil {
		t.Fatalf("Split(k-1:e1): %v", err)
	}
	check(t, s)
	got, c = clusterOf(t, s, "k-1:e1")
	if !slices.Equal(got, []string{"k-1:e1"}) || !c.Members[0].Cluster.Held {
		t.Errorf("after Split, Cluster(k-1:e1) = %v held %v, want it alone and held", got, c.Members[0].Cluster.Held)
	}
	got, c = clusterOf(t, s, "k-4:e1")
	if !slices.Equal(got, []string{"k-2:e1", "k-4:e1"}) || c.First != "k-2:e1" || *c.Fatalities != (store.Spread{Low: 4, Best: 4, High: 5}) {
		t.Errorf("after Split, Cluster(k-4:e1) = %v first %s fatalities %v, want k-2 and k-4, first k-2, {4 4 5}", got, c.First, c.Fatalities)
	}
	// A rebuild keeps the hold; new reports do not join a held event.
	if n, err := s.Recluster(ctx); err != nil || n != 4 {
		t.Errorf("Recluster() = %d, %v; want 4 clusters", n, err)
	}
	check(t, s)
	again := clusterReports[0]
	again.ID, again.Text = "k-6", "Same attack\n\nMilitants attacked police in Jamrud on Thursday, killing three."
	put(t, s, again.Analysis())
	if got, _ := clusterOf(t, s, "k-6:e1"); !slices.Contains(got, "k-2:e1") || slices.Contains(got, "k-1:e1") {
		t.Errorf("Cluster(k-6:e1) = %v, want it with k-2, not the held k-1", got)
	}
	// Unsplit brings k-1 back.
	if err := s.Unsplit(ctx, "k-1:e1"); err != nil {
		t.Fatalf("Unsplit(k-1:e1): %v", err)
	}
	check(t, s)
	if got, _ := clusterOf(t, s, "k-1:e1"); !slices.Equal(got, []string{"k-1:e1", "k-2:e1", "k-4:e1", "k-6:e1"}) {
		t.Errorf("after Unsplit, Cluster(k-1:e1) = %v, want all four reports", got)
	}
	if n, err := s.Recluster(ctx); err != nil || n != 3 {
		t.Errorf("Recluster() after Unsplit = %d, %v; want 3 clusters", n, err)
	}
	check(t, s)
	for _, id := range []string{"k-9:e1", "k-1:e7", "nonsense", "k-1:"} {
		if _, err := s.Cluster(ctx, id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Cluster(%q) = %v, want ErrNotFound", id, err)
		}
		if err := s.Split(ctx, id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Split(%q) = %v, want ErrNotFound", id, err)
		}
	}
}

// testClusterRevisions: a new revision or a recode takes the old events
// out of their clusters and clusters the new ones; empty clusters go.
func testClusterRevisions(t *testing.T, b Backend) {
	s := open(t, b)
	ctx := context.Background()
	put(t, s, analyses(clusterReports[:4])...)
	// k-4 is revised: now it tells of the Quetta attack.
	k4 := clusterReports[3]
	k4.Text += "\n\nCorrection: the attack was in Quetta."
	k4.Events = []Ev{{Type: "ASSAULT", Place: quetta, From: "2024-11-21", To: "2024-11-21", Killed: 2}}
	put(t, s, k4.Analysis())
	check(t, s)
	if got, c := clusterOf(t, s, "k-4:e1"); !slices.Equal(got, []string{"k-3:e1", "k-4:e1"}) || *c.Fatalities != (store.Spread{Low: 1, Best: 1, High: 2}) {
		t.Errorf("after the revision, Cluster(k-4:e1) = %v %v, want k-3 and k-4, {1 1 2}", got, c.Fatalities)
	}
	if got, c := clusterOf(t, s, "k-1:e1"); !slices.Equal(got, []string{"k-1:e1", "k-2:e1"}) || c.Events != 2 {
		t.Errorf("after the revision, Cluster(k-1:e1) = %v, want k-1 and k-2", got)
	}
	// Recoding k-2 without events leaves k-1 alone; recoding k-1 as a
	// protest empties and deletes its cluster.
	k2 := clusterReports[1]
	k2.Events = nil
	k1 := clusterReports[0]
	k1.Events = []Ev{{Type: "PROTEST", Place: jamrud, From: "2024-11-21", To: "2024-11-21", Killed: -1}}
	if err := s.Replace(ctx, []*doc.Analysis{k2.Analysis(), k1.Analysis()}); err != nil {
		t.Fatalf("Replace: %v", err)
	}
	check(t, s)
	if got := perCluster(t, s); !slices.Equal(got, []string{"k-1:e1/1", "k-3:e1/2"}) {
		t.Errorf("after Replace, Events(Clusters) = %v, want k-1 (protest) and k-3 with k-4", got)
	}
	if st := stats(t, s); st.Clusters != 2 {
		t.Errorf("after Replace, Stats().Clusters = %d, want 2", st.Clusters)
	}
}

// testMigrateClusters: a store made before clustering (schema 2) gets its
// clusters when opened: migration 3 adds the tables and clusters the
// stored events in its transaction. The old store is made by opening a
// new one, storing reports, and taking migration 3 back out by hand.
func testMigrateClusters(t *testing.T, b Backend) {
	ctx := context.Background()
	loc := b.Fresh(t)
	s, err := b.Open(ctx, loc)
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, analyses(clusterReports)...)
	want := perCluster(t, s)
	raw, ok := s.(interface{ DB() *sql.DB })
	if !ok {
		s.Close()
		t.Skip("the backend does not expose its database")
	}
	for _, q := range []string{
		// Before migration 7: the actors, places and quotes tables (with
		// the columns migration 6 and 7 read), no counts on documents.
		// As many rows as the revisions count (migration 7 counts them);
		// migration 3 gives events their place's kind from places.
		`CREATE TABLE nums AS SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
			UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8`,
		`CREATE TABLE actors AS SELECT d.current AS rev, '' AS code, '' AS name_lc FROM documents d JOIN nums ON nums.n <= d.actor_count`,
		`CREATE TABLE places AS SELECT DISTINCT rev, place_name AS name, LOWER(place_name) AS name_lc, place_kind AS kind
			FROM events WHERE place_name <> ''`,
		`CREATE TABLE quotes AS SELECT d.current AS rev, '' AS speaker_code FROM documents d JOIN nums ON nums.n <= d.quote_count`,
		`DROP TABLE nums`,
		`ALTER TABLE documents DROP COLUMN actor_count`, `ALTER TABLE documents DROP COLUMN place_count`,
		`ALTER TABLE documents DROP COLUMN quote_count`,
		`CREATE INDEX actors_code ON actors (code)`, `CREATE INDEX actors_name ON actors (name_lc)`,
		`CREATE INDEX places_name ON places (name_lc)`, `CREATE INDEX quotes_speaker ON quotes (speaker_code)`,
		`DROP INDEX event_keys_event`, `CREATE INDEX event_keys_rev ON event_keys (rev)`, `DROP INDEX events_type_country_dates`, `CREATE INDEX events_type_date ON events (type, date_from)`, `DROP INDEX events_type_dates`, `DROP TABLE cluster_holds`, `DROP TABLE cluster_members`, `DROP TABLE clusters`,
		`ALTER TABLE events DROP COLUMN place_kind`, `DELETE FROM schema_migrations WHERE version >= 3`} {
		if _, err := raw.DB().ExecContext(ctx, q); err != nil {
			s.Close()
			t.Fatalf("make a schema 2 store: %s: %v", q, err)
		}
	}
	s.Close()
	s, err = b.Open(ctx, loc)
	if err != nil {
		t.Fatalf("open a schema 2 store: %v", err)
	}
	defer s.Close()
	check(t, s)
	if st := stats(t, s); st.Schema < 3 || st.Clusters != len(want) {
		t.Errorf("after migration Stats() = %+v, want schema 3 and %d clusters", st, len(want))
	}
	if got := perCluster(t, s); !slices.Equal(got, want) {
		t.Errorf("after migration Events(Clusters) = %v, want %v", got, want)
	}
}

// testClusterTies: a report that matches two clusters equally well joins
// the one that holds a report of its own document (an article telling one
// event in two sentences), not merely the older one.
func testClusterTies(t *testing.T, b Backend) {
	s := open(t, b)
	const baghdad = "Baghdad/Baghdad/IRQ/33.31/44.36"
	reports := []Report{
		{ID: "t-1", Published: "2025-09-09", Text: "Iraq condemns Iran\n\nIraq condemned Iran on Tuesday.",
			Events: []Ev{{Type: "ACCUSE", Source: "Iraq/IRQGOV/IRQ", Target: "Iran/IRNGOV/IRN", Place: baghdad, From: "2025-09-09", To: "2025-09-09", Killed: -1}}},
		{ID: "t-2", Published: "2025-09-09", Text: "US criticises China\n\nThe US envoy criticised China in Baghdad on Tuesday.",
			Events: []Ev{{Type: "ACCUSE", Source: "US/USAGOV/USA", Target: "China/CHNGOV/CHN", Place: baghdad, From: "2025-09-09", To: "2025-09-09", Killed: -1}}},
		// e1 is t-2's event; e2, with no actors, scores alike with t-1
		// and t-2, and joins its own document's cluster.
		{ID: "t-3", Published: "2025-09-10", Text: "Envoy's remarks\n\nThe US envoy criticised China. The remarks drew a reply.",
			Events: []Ev{
				{Type: "ACCUSE", Source: "US/USAGOV/USA", Target: "China/CHNGOV/CHN", Place: baghdad, From: "2025-09-09", To: "2025-09-09", Killed: -1},
				{Type: "ACCUSE", Place: baghdad, From: "2025-09-09", To: "2025-09-09", Killed: -1}}},
	}
	put(t, s, analyses(reports[:2])...)
	put(t, s, analyses(reports[2:])...)
	check(t, s)
	if got, _ := clusterOf(t, s, "t-1:e1"); !slices.Equal(got, []string{"t-1:e1"}) {
		t.Errorf("Cluster(t-1:e1) = %v, want t-1 alone", got)
	}
	want := []string{"t-2:e1", "t-3:e1", "t-3:e2"}
	if got, _ := clusterOf(t, s, "t-3:e2"); !slices.Equal(got, want) {
		t.Errorf("Cluster(t-3:e2) = %v, want %v", got, want)
	}
}
