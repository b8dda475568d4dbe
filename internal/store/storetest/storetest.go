// Package storetest is the conformance suite every store backend runs:
// identity and revisions, idempotence, atomic batches, filters, full
// text, keyset pages, aggregates (Timeline, Dyads), migrations and
// concurrent writers. A backend's test calls Run
// with a Backend that makes empty stores.
//
// The analyses here are written for the suite (short invented reports),
// in output form, as `sitrep extract --text` prints them.
package storetest

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/store"
)

// Backend makes stores for the suite.
type Backend struct {
	// Fresh returns the location (file path, DSN) of a new, empty store
	// that the test owns.
	Fresh func(t *testing.T) string
	// Open opens the store at a location, creating it if needed.
	Open func(ctx context.Context, loc string) (store.Store, error)
}

// Run runs the conformance suite against b.
func Run(t *testing.T, b Backend) {
	tests := []struct {
		name string
		fn   func(t *testing.T, b Backend)
	}{
		{"Idempotent", testIdempotent},
		{"Revisions", testRevisions},
		{"RoundTrip", testRoundTrip},
		{"AtomicBatch", testAtomicBatch},
		{"Filters", testFilters},
		{"Keyset", testKeyset},
		{"Aggregates", testAggregates},
		{"Analyses", testAnalyses},
		{"Reopen", testReopen},
		{"ConcurrentWriters", testConcurrent},
		{"NotFound", testNotFound},
		{"Replace", testReplace},
		{"Clusters", testClusters},
		{"ClusterRevisions", testClusterRevisions},
		{"MigrateClusters", testMigrateClusters},
		{"ClusterTies", testClusterTies},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, b) })
	}
}

func open(t *testing.T, b Backend) store.Store {
	t.Helper()
	loc := b.Fresh(t)
	s, err := b.Open(context.Background(), loc)
	if err != nil {
		t.Fatalf("Open(%q): %v", loc, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Report is an invented report for the suite: a document with events.
type Report struct {
	ID, URL, Text, Published string
	// Source is the outlet; "" means "Suite Times".
	Source string
	Events []Ev
}

// Ev is one event of a Report.
type Ev struct {
	Type, Mode, Cameo string
	Source, Target    string // actor "Name/CODE/CTY" or "" for none
	Place             string // place "Name/Admin1/CTY" or "Name/Admin1/CTY/LAT/LON" or ""
	From, To          string // date range or ""
	Killed            int    // -1: no count
}

// Analysis builds the output-form analysis of r, with one actor per
// distinct source or target and one place per distinct place.
func (r Report) Analysis() *doc.Analysis {
	id := r.ID
	if id == "" {
		id = store.ContentHash(r.Text)
	}
	a := doc.New(doc.Document{ID: id, URL: doc.Str(r.URL), Text: r.Text, Published: doc.Str(r.Published),
		PublishedFrom: doc.FromMetadata, Language: "en", Source: doc.Str(cmp.Or(r.Source, "Suite Times")), Title: doc.Str(firstLine(r.Text))})
	a.Diagnostics = []doc.Diagnostic{}
	actor := func(spec string) *doc.Arg {
		if spec == "" {
			return nil
		}
		f := strings.Split(spec, "/")
		for _, x := range a.Actors {
			if x.Name == f[0] {
				return &doc.Arg{Actor: doc.Str(x.ID), Text: f[0], Start: 0, End: 1}
			}
		}
		x := doc.Actor{ID: fmt.Sprintf("a%d", len(a.Actors)+1), Name: f[0], Kind: doc.KindOrganization,
			Code: doc.Str(f[1]), Country: doc.Str(f[2]), Roles: []string{}, Mentions: []doc.Mention{{Start: 0, End: 1, Text: "x"}}}
		a.Actors = append(a.Actors, x)
		return &doc.Arg{Actor: doc.Str(x.ID), Text: f[0], Start: 0, End: 1}
	}
	place := func(spec string) doc.Str {
		if spec == "" {
			return ""
		}
		f := strings.Split(spec, "/")
		for _, p := range a.Places {
			if p.Name == f[0] {
				return doc.Str(p.ID)
			}
		}
		lat, lon := 34.0+float64(len(a.Places)), 71.5
		if len(f) == 5 {
			fmt.Sscan(f[3], &lat)
			fmt.Sscan(f[4], &lon)
		}
		kind := "city" // a province's name is its Admin1, a country has none
		switch {
		case f[1] == "":
			kind = "country"
		case f[1] == f[0]:
			kind = "admin1"
		}
		p := doc.Place{ID: fmt.Sprintf("p%d", len(a.Places)+1), Name: f[0], Kind: kind, Admin1: doc.Str(f[1]),
			Country: doc.Str(f[2]), Lat: &lat, Lon: &lon, Mentions: []doc.Mention{}}
		a.Places = append(a.Places, p)
		return doc.Str(p.ID)
	}
	for i, e := range r.Events {
		ev := doc.Event{ID: fmt.Sprintf("e%d", i+1), Type: e.Type, Mode: doc.Str(e.Mode), Context: []string{},
			Cameo: e.Cameo, QuadClass: 4, Goldstein: -10, Source: actor(e.Source), Target: actor(e.Target),
			Place: place(e.Place), Status: doc.Reported, Start: 0, End: len([]rune(r.Text)),
			Trigger: doc.Trigger{Text: "x", Start: 0, End: 1}, Confidence: 0.8, Rule: "suite"}
		if e.From != "" {
			ev.Date = &doc.EventDate{Range: &doc.DayRange{e.From, e.To}, Granularity: "day"}
		}
		if e.Killed >= 0 {
			ev.Fatalities = &doc.Count{Low: e.Killed, Best: e.Killed, High: e.Killed}
		}
		a.Events = append(a.Events, ev)
	}
	a.Quotes = append(a.Quotes, doc.Quote{ID: "q1", Text: "We will respond.", Start: 0, End: 1, Direct: true})
	return a
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// reports is the suite's small dataset.
var reports = []Report{
	{ID: "r-khyber", Published: "2024-11-22", Text: "Militants attack checkpoint in Khyber\n\nMilitants attacked a police checkpoint in Jamrud on Thursday, killing three officers, police said.",
		Events: []Ev{{Type: "ASSAULT", Mode: "aerial", Cameo: "190", Source: "militants//", Target: "Khyber Police/PAKCOP/PAK",
			Place: "Jamrud/Khyber Pakhtunkhwa/PAK", From: "2024-11-21", To: "2024-11-21", Killed: 3}}},
	{ID: "r-talks", Published: "2024-11-20", Text: "Envoys meet in Doha\n\nAfghan and Pakistani envoys met in Doha on Tuesday to discuss border trade.",
		Events: []Ev{
			{Type: "CONSULT", Cameo: "040", Source: "Pakistan/PAKGOV/PAK", Target: "Afghanistan/AFGGOV/AFG",
				Place: "Doha/Doha/QAT", From: "2024-11-19", To: "2024-11-19", Killed: -1},
			{Type: "REQUEST", Cameo: "020", Source: "Pakistan/PAKGOV/PAK", Target: "Afghanistan/AFGGOV/AFG",
				From: "2024-11-11", To: "2024-11-17", Killed: -1}}},
	{URL: "https://news.example/quetta-protest", Published: "2024-10-02", Text: "Traders protest in Quetta\n\nShopkeepers in Quetta shut their shops on Monday to protest new taxes.",
		Events: []Ev{{Type: "PROTEST", Mode: "demonstrate", Cameo: "141", Source: "traders//", Target: "Balochistan government/PAKGOV/PAK",
			Place: "Quetta/Balochistan/PAK", From: "2024-09-30", To: "2024-09-30", Killed: -1}}},
	{Published: "2024-11-23", Text: "Ministry statement\n\nThe ministry said it was monitoring the situation; no event is reported here.\n\nCafé owners in Zürich took note."},
	{ID: "r-undated", Text: "Clashes reported\n\nClashes between tribes were reported in Kurram.",
		Events: []Ev{{Type: "ASSAULT", Cameo: "190", Source: "tribesmen//", Place: "Kurram/Khyber Pakhtunkhwa/PAK", Killed: 0}}},
}

func analyses(rs []Report) []*doc.Analysis {
	out := make([]*doc.Analysis, len(rs))
	for i, r := range rs {
		out[i] = r.Analysis()
	}
	return out
}

func put(t *testing.T, s store.Store, as ...*doc.Analysis) []store.Outcome {
	t.Helper()
	res, err := s.Put(context.Background(), as)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	if len(res) != len(as) {
		t.Fatalf("Put returned %d results for %d analyses", len(res), len(as))
	}
	out := make([]store.Outcome, len(res))
	for i, r := range res {
		out[i] = r.Outcome
	}
	return out
}

func stats(t *testing.T, s store.Store) store.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func check(t *testing.T, s store.Store) {
	t.Helper()
	if err := s.Check(context.Background()); err != nil {
		t.Fatalf("Check: %v", err)
	}
}

func testIdempotent(t *testing.T, b Backend) {
	s := open(t, b)
	all := analyses(reports)
	got := put(t, s, all...)
	for i, o := range got {
		if o != store.Added {
			t.Errorf("first Put of report %d = %v, want added", i, o)
		}
	}
	// Again, and again inside one batch: nothing new.
	again := analyses(append(slices.Clone(reports), reports[0]))
	for i, o := range put(t, s, again...) {
		if o != store.Unchanged {
			t.Errorf("second Put of report %d = %v, want unchanged", i, o)
		}
	}
	// The same text under another id is the same content.
	dup := reports[1]
	dup.ID = "r-talks-copy"
	if got := put(t, s, dup.Analysis()); got[0] != store.Unchanged {
		t.Errorf("Put of the same text under another id = %v, want unchanged", got[0])
	}
	// A new text twice in one batch is stored once.
	n := Report{ID: "r-new", Text: "A new report\n\nNothing happened in Peshawar today."}
	if got := put(t, s, n.Analysis(), n.Analysis()); got[0] != store.Added || got[1] != store.Unchanged {
		t.Errorf("Put of one new text twice = %v, want [added unchanged]", got)
	}
	st := stats(t, s)
	want := store.Stats{Schema: st.Schema, Documents: 6, Revisions: 6, Events: 5, Actors: 7, Places: 4, Quotes: 6, Clusters: 5}
	if st != want {
		t.Errorf("Stats() = %+v, want %+v", st, want)
	}
	for _, a := range all {
		ok, err := s.Known(context.Background(), store.ContentHash(a.Document.Text))
		if err != nil || !ok {
			t.Errorf("Known(%s) = %v, %v, want true", a.Document.ID, ok, err)
		}
	}
	if ok, err := s.Known(context.Background(), store.ContentHash("never stored")); err != nil || ok {
		t.Errorf("Known(never stored) = %v, %v, want false", ok, err)
	}
	// KnownSet, over more hashes than one statement takes, with
	// unknown ones and repeats among them.
	var hashes []string
	wantKnown := map[string]bool{}
	for i := 0; i < 90; i++ {
		h := store.ContentHash(fmt.Sprintf("never stored %d", i))
		if a := all[i%len(all)]; i%3 == 0 {
			h = store.ContentHash(a.Document.Text)
			wantKnown[h] = true
		}
		hashes = append(hashes, h)
	}
	known, err := s.KnownSet(context.Background(), hashes)
	if err != nil || !maps.Equal(known, wantKnown) {
		t.Errorf("KnownSet = %v, %v, want %v", known, err, wantKnown)
	}
	if got, err := s.KnownSet(context.Background(), nil); err != nil || len(got) != 0 {
		t.Errorf("KnownSet(nil) = %v, %v, want none", got, err)
	}
	check(t, s)
}

func testRevisions(t *testing.T, b Backend) {
	s := open(t, b)
	ctx := context.Background()
	v1 := reports[0]
	v2 := v1
	v2.Text = strings.Replace(v1.Text, "three officers", "four officers", 1)
	v2.Events = []Ev{v1.Events[0], v1.Events[0]}
	v2.Events[0].Killed, v2.Events[1].Type, v2.Events[1].Cameo = 4, "MOBILIZE", "150"
	if got := put(t, s, v1.Analysis()); got[0] != store.Added {
		t.Fatalf("Put(v1) = %v, want added", got[0])
	}
	res, err := s.Put(ctx, []*doc.Analysis{v2.Analysis()})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Outcome != store.Revised || res[0].Rev != 2 || res[0].Key != "id:r-khyber" {
		t.Errorf("Put(v2) = %+v, want revised, rev 2, key id:r-khyber", res[0])
	}
	// A changed page under one URL is a revision too.
	u1 := reports[2]
	u2 := u1
	u2.Text += "\n\nThe strike ended in the evening."
	put(t, s, u1.Analysis())
	if got := put(t, s, u2.Analysis()); got[0] != store.Revised {
		t.Errorf("Put of a changed page at the same URL = %v, want revised", got[0])
	}
	revs, err := s.Revisions(ctx, "r-khyber")
	if err != nil {
		t.Fatal(err)
	}
	if len(revs) != 2 || revs[0].Rev != 1 || revs[1].Rev != 2 || revs[0].Hash == revs[1].Hash {
		t.Errorf("Revisions(r-khyber) = %+v, want revisions 1 and 2 with different hashes", revs)
	}
	js, err := s.Analysis(ctx, "r-khyber")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), "four officers") {
		t.Errorf("Analysis(r-khyber) is not the latest revision: %.120s", js)
	}
	var ids []string
	err = s.Events(ctx, store.Filter{Document: "r-khyber"}, func(r *store.EventRow) error {
		ids = append(ids, fmt.Sprintf("%s/%d/%s", r.Event.ID, r.Rev, r.Event.Type))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(ids)
	if want := []string{"e1/2/ASSAULT", "e2/2/MOBILIZE"}; !slices.Equal(ids, want) {
		t.Errorf("events of r-khyber = %v, want %v (latest revision only)", ids, want)
	}
	if st := stats(t, s); st.Documents != 2 || st.Revisions != 4 || st.Events != 3 {
		t.Errorf("Stats() = %+v, want 2 documents, 4 revisions, 3 events", st)
	}
	// Two versions of a new document in one batch: the second replaces
	// the rows of the first before they are written.
	w1 := Report{ID: "r-batch", Text: "First text\n\nOne.", Events: []Ev{{Type: "AID", Cameo: "070", Killed: -1}}}
	w2 := Report{ID: "r-batch", Text: "Second text\n\nTwo.", Events: []Ev{{Type: "YIELD", Cameo: "080", Killed: -1},
		{Type: "AID", Cameo: "071", Killed: -1}}}
	if got := put(t, s, w1.Analysis(), w2.Analysis()); got[0] != store.Added || got[1] != store.Revised {
		t.Errorf("Put of two versions in one batch = %v, want [added revised]", got)
	}
	var batchEvents []string
	s.Events(ctx, store.Filter{Document: "r-batch"}, func(r *store.EventRow) error {
		batchEvents = append(batchEvents, r.Event.Type)
		return nil
	})
	slices.Sort(batchEvents)
	if want := []string{"AID", "YIELD"}; !slices.Equal(batchEvents, want) {
		t.Errorf("events of r-batch = %v, want %v", batchEvents, want)
	}
	check(t, s)
	// The old text is still known: putting it again changes nothing.
	if got := put(t, s, v1.Analysis()); got[0] != store.Unchanged {
		t.Errorf("Put(v1) after v2 = %v, want unchanged", got[0])
	}
	if got := put(t, s, v2.Analysis()); got[0] != store.Unchanged {
		t.Errorf("Put(v2) again = %v, want unchanged", got[0])
	}
	check(t, s)
}

func testRoundTrip(t *testing.T, b Backend) {
	s := open(t, b)
	ctx := context.Background()
	for _, a := range analyses(reports) {
		put(t, s, a)
		want, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Analysis(ctx, a.Document.ID)
		if err != nil {
			t.Fatalf("Analysis(%s): %v", a.Document.ID, err)
		}
		if !jsonEqual(got, want) {
			t.Errorf("Analysis(%s) =\n%s\nwant\n%s", a.Document.ID, got, want)
		}
	}
	// Keys find documents too.
	if _, err := s.Analysis(ctx, "url:https://news.example/quetta-protest"); err != nil {
		t.Errorf("Analysis(url key): %v", err)
	}
}

func jsonEqual(a, b []byte) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	xa, _ := json.Marshal(x)
	ya, _ := json.Marshal(y)
	return string(xa) == string(ya)
}

func testAtomicBatch(t *testing.T, b Backend) {
	s := open(t, b)
	ctx := context.Background()
	put(t, s, reports[0].Analysis())
	good := reports[1].Analysis()
	bad := reports[2].Analysis()
	// Two events with one id break a store constraint half way through
	// the batch, after good has been written inside the transaction.
	bad.Events = append(bad.Events, bad.Events[0])
	if _, err := s.Put(ctx, []*doc.Analysis{good, bad}); err == nil {
		t.Fatalf("Put of a batch with a broken analysis succeeded, want an error")
	}
	if ok, err := s.Known(ctx, store.ContentHash(good.Document.Text)); err != nil || ok {
		t.Errorf("after a failed batch Known(good) = %v, %v, want false: the batch must be all or nothing", ok, err)
	}
	if st := stats(t, s); st.Documents != 1 || st.Events != 1 {
		t.Errorf("after a failed batch Stats() = %+v, want only the first document", st)
	}
	check(t, s)
	if got := put(t, s, good); got[0] != store.Added {
		t.Errorf("Put(good) after the failed batch = %v, want added", got[0])
	}
}

func testFilters(t *testing.T, b Backend) {
	s := open(t, b)
	put(t, s, analyses(reports)...)
	tests := []struct {
		f    store.Filter
		want []string // doc/event, in result order
	}{
		{store.Filter{}, []string{"r-khyber/e1", "r-talks/e1", "r-talks/e2", "quetta/e1", "r-undated/e1"}},
		{store.Filter{Limit: 2}, []string{"r-khyber/e1", "r-talks/e1"}},
		{store.Filter{Type: "ASSAULT"}, []string{"r-khyber/e1", "r-undated/e1"}},
		{store.Filter{Type: "assault", Mode: "aerial"}, []string{"r-khyber/e1"}},
		{store.Filter{Cameo: "14"}, []string{"quetta/e1"}},
		{store.Filter{Cameo: "0"}, []string{"r-talks/e1", "r-talks/e2"}},
		{store.Filter{Country: "PAK"}, []string{"r-khyber/e1", "quetta/e1", "r-undated/e1"}},
		{store.Filter{Country: "qat"}, []string{"r-talks/e1"}},
		{store.Filter{Actor: "PAK"}, []string{"r-khyber/e1", "r-talks/e1", "r-talks/e2", "quetta/e1"}},
		{store.Filter{Actor: "PAKCOP"}, []string{"r-khyber/e1"}},
		{store.Filter{Actor: "AFGGOV"}, []string{"r-talks/e1", "r-talks/e2"}},
		{store.Filter{Actor: "khyber  police"}, []string{"r-khyber/e1"}},
		{store.Filter{Actor: "Traders"}, []string{"quetta/e1"}},
		{store.Filter{Actor: "PAKG"}, []string{"r-talks/e1", "r-talks/e2", "quetta/e1"}},
		{store.Filter{Place: "jamrud"}, []string{"r-khyber/e1"}},
		{store.Filter{Place: "Khyber Pakhtunkhwa"}, []string{"r-khyber/e1", "r-undated/e1"}},
		{store.Filter{From: "2024-11-15"}, []string{"r-khyber/e1", "r-talks/e1", "r-talks/e2"}},
		{store.Filter{From: "2024-11-01", To: "2024-11-12"}, []string{"r-talks/e2"}},
		{store.Filter{To: "2024-10-31"}, []string{"quetta/e1"}},
		{store.Filter{Country: "PAK", From: "2024-11-01", To: "2024-11-30"}, []string{"r-khyber/e1"}},
		{store.Filter{Text: "checkpoint"}, []string{"r-khyber/e1"}},
		{store.Filter{Text: "CHECKPOINT Jamrud"}, []string{"r-khyber/e1"}},
		{store.Filter{Text: "checkpoint Doha"}, nil},
		{store.Filter{Text: `envoys OR zebra`}, nil}, // OR is a word, not an operator
		{store.Filter{Text: "Doha", Type: "REQUEST"}, []string{"r-talks/e2"}},
		{store.Filter{Document: "r-talks", Type: "CONSULT"}, []string{"r-talks/e1"}},
		{store.Filter{Type: "SANCTION"}, nil},
	}
	for _, tc := range tests {
		var got []string
		err := s.Events(context.Background(), tc.f, func(r *store.EventRow) error {
			got = append(got, short(r.DocID)+"/"+r.Event.ID)
			return nil
		})
		if err != nil {
			t.Errorf("Events(%+v): %v", tc.f, err)
			continue
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Events(%+v) = %v, want %v", tc.f, got, tc.want)
		}
	}
	// The flattened fields of one row.
	var row *store.EventRow
	s.Events(context.Background(), store.Filter{Mode: "aerial"}, func(r *store.EventRow) error { row = r; return nil })
	if row == nil {
		t.Fatal("no row for mode aerial")
	}
	got := fmt.Sprintf("%s|%s|%s|%s|%s|%s|%s|%s|%s|%v|%s", row.Key, row.Published, row.SourceName, row.SourceCode,
		row.TargetName, row.TargetCode, row.TargetCountry, row.PlaceName, row.Admin1, row.Lat != nil, row.Country)
	want := "id:r-khyber|2024-11-22|militants||Khyber Police|PAKCOP|PAK|Jamrud|Khyber Pakhtunkhwa|true|PAK"
	if got != want {
		t.Errorf("row = %s, want %s", got, want)
	}
	if row.Event.Fatalities == nil || row.Event.Fatalities.Best != 3 {
		t.Errorf("row.Event.Fatalities = %+v, want best 3", row.Event.Fatalities)
	}
	// An error from fn stops the listing and comes back.
	stop := errors.New("stop")
	n := 0
	err := s.Events(context.Background(), store.Filter{}, func(*store.EventRow) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Events with a failing fn = %v after %d rows, want stop after 1", err, n)
	}
}

// short names a document of the suite by its id, or "quetta" for the
// one known by URL.
func short(id string) string {
	if strings.HasPrefix(id, "d-") {
		return "quetta"
	}
	return id
}

func testAnalyses(t *testing.T, b Backend) {
	s := open(t, b)
	all := analyses(reports)
	put(t, s, all...)
	tests := []struct {
		f    store.Filter
		want []string
	}{
		{store.Filter{}, []string{"r-khyber", "r-talks", "quetta", "ministry", "r-undated"}},
		{store.Filter{Type: "ASSAULT"}, []string{"r-khyber", "r-undated"}},
		{store.Filter{Actor: "PAKGOV"}, []string{"r-talks", "quetta"}},
		{store.Filter{Text: "zurich"}, []string{"ministry"}}, // no events, diacritics folded
		{store.Filter{Text: "café"}, []string{"ministry"}},
		{store.Filter{Document: "r-talks"}, []string{"r-talks"}},
		{store.Filter{Limit: 1}, []string{"r-khyber"}},
	}
	names := map[string]string{}
	for _, a := range all {
		n := short(a.Document.ID)
		if a.Document.URL == "" && strings.HasPrefix(a.Document.ID, "d-") {
			n = "ministry"
		}
		names[a.Document.ID] = n
	}
	for _, tc := range tests {
		var got []string
		err := s.Analyses(context.Background(), tc.f, func(js []byte) error {
			var a doc.Analysis
			if err := json.Unmarshal(js, &a); err != nil {
				return err
			}
			got = append(got, names[a.Document.ID])
			return nil
		})
		if err != nil {
			t.Errorf("Analyses(%+v): %v", tc.f, err)
			continue
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Analyses(%+v) = %v, want %v", tc.f, got, tc.want)
		}
	}
}

func testReopen(t *testing.T, b Backend) {
	ctx := context.Background()
	loc := b.Fresh(t)
	s, err := b.Open(ctx, loc)
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, analyses(reports)...)
	before := stats(t, s)
	if before.Schema < 1 {
		t.Errorf("Stats().Schema = %d, want >= 1", before.Schema)
	}
	s.Close()
	s, err = b.Open(ctx, loc)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if after := stats(t, s); after != before {
		t.Errorf("Stats() after reopening = %+v, want %+v", after, before)
	}
	check(t, s)
}

func testConcurrent(t *testing.T, b Backend) {
	ctx := context.Background()
	loc := b.Fresh(t)
	const writers = 4
	var stores []store.Store
	for i := 0; i < writers; i++ {
		s, err := b.Open(ctx, loc)
		if err != nil {
			t.Fatalf("Open #%d: %v", i, err)
		}
		defer s.Close()
		stores = append(stores, s)
	}
	// Every writer puts every report, in batches of two, in its own order.
	var wg sync.WaitGroup
	errs := make([]error, writers)
	for i, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			as := analyses(reports)
			for j := range as {
				k := (i + j) % len(as)
				if _, err := s.Put(ctx, []*doc.Analysis{as[k], as[(k+1)%len(as)]}); err != nil {
					errs[i] = err
					return
				}
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("writer %d: %v", i, err)
		}
	}
	if st := stats(t, stores[0]); st.Documents != len(reports) || st.Revisions != len(reports) {
		t.Errorf("after concurrent writers Stats() = %+v, want %d documents and revisions", st, len(reports))
	}
	check(t, stores[0])
}

func testNotFound(t *testing.T, b Backend) {
	s := open(t, b)
	ctx := context.Background()
	if _, err := s.Analysis(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Analysis(nope) error = %v, want ErrNotFound", err)
	}
	if _, err := s.Revisions(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Revisions(nope) error = %v, want ErrNotFound", err)
	}
	if st := stats(t, s); st.Documents != 0 {
		t.Errorf("empty store Stats() = %+v", st)
	}
	check(t, s)
}

// testReplace recodes stored documents: the latest revision's analysis
// and query rows change, keys and revisions do not; a text that is not
// a stored latest revision is ErrNotFound and leaves the batch unwritten.
func testReplace(t *testing.T, b Backend) {
	s := open(t, b)
	ctx := context.Background()
	v1 := reports[0]
	v2 := v1
	v2.Text = strings.Replace(v1.Text, "three officers", "four officers", 1)
	put(t, s, v1.Analysis(), v2.Analysis(), reports[1].Analysis())
	before := stats(t, s)
	r2 := v2
	r2.Events = []Ev{{Type: "COERCE", Cameo: "173", Source: "Border Police/PAKCOP/PAK", Killed: -1},
		{Type: "PROTEST", Cameo: "141", Killed: -1}, {Type: "AID", Cameo: "070", Killed: 2}}
	other := reports[1]
	other.Events = nil
	if err := s.Replace(ctx, []*doc.Analysis{r2.Analysis(), other.Analysis()}); err != nil {
		t.Fatalf("Replace: %v", err)
	}
	js, err := s.Analysis(ctx, "r-khyber")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(r2.Analysis())
	if !jsonEqual(js, want) {
		t.Errorf("Analysis(r-khyber) after Replace = %.200s, want the new analysis", js)
	}
	var got []string
	err = s.Events(ctx, store.Filter{Document: "r-khyber"}, func(r *store.EventRow) error {
		got = append(got, fmt.Sprintf("%s/%d/%s/%s", r.Event.ID, r.Rev, r.Event.Type, r.SourceCode))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	if w := []string{"e1/2/COERCE/PAKCOP", "e2/2/PROTEST/", "e3/2/AID/"}; !slices.Equal(got, w) {
		t.Errorf("events of r-khyber after Replace = %v, want %v", got, w)
	}
	n := 0
	s.Events(ctx, store.Filter{Actor: "PAKCOP"}, func(*store.EventRow) error { n++; return nil })
	if n != 1 {
		t.Errorf("events of actor PAKCOP after Replace = %d, want 1", n)
	}
	after := stats(t, s)
	wantEvents := before.Events - len(v2.Events) - len(reports[1].Events) + 3
	if after.Documents != before.Documents || after.Revisions != before.Revisions || after.Events != wantEvents {
		t.Errorf("Stats() after Replace = %+v, before %+v; want the same documents and revisions, %d events",
			after, before, wantEvents)
	}
	revs, err := s.Revisions(ctx, "r-khyber")
	if err != nil || len(revs) != 2 {
		t.Errorf("Revisions(r-khyber) after Replace = %+v, %v; want 2", revs, err)
	}
	check(t, s)
	// An older revision's text, or an unknown document, is not found,
	// and the batch it is in is not written.
	r3 := r2
	r3.Events = nil
	for _, bad := range []Report{v1, {ID: "r-none", Text: "Nothing here\n\nAt all."}} {
		err := s.Replace(ctx, []*doc.Analysis{r3.Analysis(), bad.Analysis()})
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Replace with %s = %v, want ErrNotFound", bad.ID, err)
		}
	}
	if st := stats(t, s); st != after {
		t.Errorf("Stats() after failed Replace = %+v, want %+v", st, after)
	}
	check(t, s)
}
