package storetest

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"sitrep/internal/store"
)

// tally is a report whose events share a day with r-khyber's and with
// each other, so that keyset pages must break ties, and whose dyads
// repeat, so that counts add up.
var tally = Report{ID: "r-tally", Published: "2024-11-22",
	Text: "Police raid hideouts near Jamrud\n\nPolice raided two hideouts near Jamrud on Thursday and residents protested the arrests.",
	Events: []Ev{
		{Type: "ASSAULT", Cameo: "190", Source: "Khyber Police/PAKCOP/PAK", Target: "militants//",
			Place: "Jamrud/Khyber Pakhtunkhwa/PAK", From: "2024-11-21", To: "2024-11-21", Killed: -1},
		{Type: "ASSAULT", Cameo: "190", Source: "Khyber Police/PAKCOP/PAK", Target: "militants//",
			Place: "Jamrud/Khyber Pakhtunkhwa/PAK", From: "2024-11-21", To: "2024-11-21", Killed: -1},
		{Type: "PROTEST", Cameo: "141", Source: "residents//", Target: "Khyber Police/PAKCOP/PAK",
			Place: "Jamrud/Khyber Pakhtunkhwa/PAK", From: "2024-11-21", To: "2024-11-21", Killed: -1},
		{Type: "COERCE", Cameo: "173", Source: "Khyber Police/PAKCOP/PAK", Killed: -1},
	}}

// pagingFilters are the filters the keyset and aggregate tests try: no
// filter, each driving index (actor key, place key), an actor prefix,
// plain columns, dates and full text.
var pagingFilters = []store.Filter{
	{}, {Type: "ASSAULT"}, {Country: "PAK"}, {Actor: "PAKCOP"}, {Actor: "PAK"}, {Actor: "militants"},
	{Place: "Jamrud"}, {Place: "Khyber Pakhtunkhwa"}, {From: "2024-11-15"}, {Text: "Jamrud"},
	{Type: "SANCTION"},
}

func pos(r *store.EventRow) string { return short(r.DocID) + "/" + r.Event.ID }

func listAll(t *testing.T, s store.Store, f store.Filter) ([]string, []store.Pos) {
	t.Helper()
	var ids []string
	var ps []store.Pos
	err := s.Events(context.Background(), f, func(r *store.EventRow) error {
		ids = append(ids, pos(r))
		ps = append(ps, r.Pos)
		return nil
	})
	if err != nil {
		t.Fatalf("Events(%+v): %v", f, err)
	}
	return ids, ps
}

// testKeyset pages through events with Limit and After and checks that
// the pages, put together, are the whole listing, in order, with no
// event twice, for page sizes that split ties.
func testKeyset(t *testing.T, b Backend) {
	s := open(t, b)
	put(t, s, analyses(append(slices.Clone(reports), tally))...)
	for _, f := range pagingFilters {
		want, ps := listAll(t, s, f)
		for i := 1; i < len(ps); i++ {
			a, b := ps[i-1], ps[i]
			if cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Seq, b.Seq)) <= 0 {
				t.Errorf("Events(%+v): position %d %+v not before %d %+v", f, i-1, a, i, b)
			}
		}
		for _, size := range []int{1, 2, 3} {
			var got []string
			g := f
			g.Limit = size
			for range len(want) + 2 {
				ids, pp := listAll(t, s, g)
				got = append(got, ids...)
				if len(ids) < size {
					break
				}
				g.After = &pp[len(pp)-1]
			}
			if !slices.Equal(got, want) {
				t.Errorf("Events(%+v) in pages of %d = %v, want %v", f, size, got, want)
			}
		}
	}
	// After the last event, nothing.
	_, ps := listAll(t, s, store.Filter{})
	last := ps[len(ps)-1]
	if ids, _ := listAll(t, s, store.Filter{After: &last}); len(ids) != 0 {
		t.Errorf("Events after the last = %v, want none", ids)
	}
}

// testAggregates checks Timeline and Dyads against counts made from the
// Events listing, and a few counts written out.
func testAggregates(t *testing.T, b Backend) {
	ctx := context.Background()
	s := open(t, b)
	put(t, s, analyses(append(slices.Clone(reports), tally))...)
	for _, f := range pagingFilters {
		days, weeks := map[[2]string]int{}, map[[2]string]int{}
		dyads := map[store.DyadCount]int{}
		err := s.Events(ctx, f, func(r *store.EventRow) error {
			dyads[store.DyadCount{SourceName: r.SourceName, SourceCode: r.SourceCode,
				TargetName: r.TargetName, TargetCode: r.TargetCode, Type: r.Event.Type}]++
			if r.Event.Date == nil || r.Event.Date.Range == nil {
				return nil
			}
			d := r.Event.Date.Range[0]
			days[[2]string{d, r.Event.Type}]++
			day, err := time.Parse(time.DateOnly, d)
			if err != nil {
				return err
			}
			monday := day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7)).Format(time.DateOnly)
			weeks[[2]string{monday, r.Event.Type}]++
			return nil
		})
		if err != nil {
			t.Fatalf("Events(%+v): %v", f, err)
		}
		for interval, want := range map[string]map[[2]string]int{"day": days, "week": weeks} {
			got, err := s.Timeline(ctx, f, interval)
			if err != nil {
				t.Errorf("Timeline(%+v, %s): %v", f, interval, err)
				continue
			}
			if w := sortedPeriods(want); !slices.Equal(got, w) {
				t.Errorf("Timeline(%+v, %s) = %v, want %v", f, interval, got, w)
			}
		}
		got, err := s.Dyads(ctx, f)
		if err != nil {
			t.Errorf("Dyads(%+v): %v", f, err)
			continue
		}
		var want []store.DyadCount
		for d, n := range dyads {
			d.Count = n
			want = append(want, d)
		}
		byKey := func(a, b store.DyadCount) int { return cmp.Compare(fmt.Sprint(a), fmt.Sprint(b)) }
		slices.SortFunc(got, byKey)
		slices.SortFunc(want, byKey)
		if !slices.Equal(got, want) {
			t.Errorf("Dyads(%+v) = %v, want %v", f, got, want)
		}
	}
	// Written out: three assaults on Thursday 2024-11-21, in the week of
	// Monday 2024-11-18; the undated one is left out.
	for interval, period := range map[string]string{"day": "2024-11-21", "week": "2024-11-18"} {
		got, err := s.Timeline(ctx, store.Filter{Type: "ASSAULT"}, interval)
		want := []store.PeriodCount{{Period: period, Type: "ASSAULT", Count: 3}}
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("Timeline(ASSAULT, %s) = %v, %v; want %v", interval, got, err, want)
		}
	}
	got, err := s.Dyads(ctx, store.Filter{Actor: "PAKCOP", Type: "ASSAULT"})
	want := []store.DyadCount{
		{SourceName: "Khyber Police", SourceCode: "PAKCOP", TargetName: "militants", Type: "ASSAULT", Count: 2},
		{SourceName: "militants", TargetName: "Khyber Police", TargetCode: "PAKCOP", Type: "ASSAULT", Count: 1},
	}
	slices.SortFunc(got, func(a, b store.DyadCount) int { return cmp.Compare(a.SourceName, b.SourceName) })
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("Dyads(PAKCOP ASSAULT) = %v, %v; want %v", got, err, want)
	}
	if _, err := s.Timeline(ctx, store.Filter{}, "year"); err == nil {
		t.Error("Timeline(year) gave no error")
	}
}

func sortedPeriods(m map[[2]string]int) []store.PeriodCount {
	out := []store.PeriodCount{}
	for k, n := range m {
		out = append(out, store.PeriodCount{Period: k[0], Type: k[1], Count: n})
	}
	slices.SortFunc(out, func(a, b store.PeriodCount) int {
		return cmp.Or(cmp.Compare(a.Period, b.Period), cmp.Compare(a.Type, b.Type))
	})
	return out
}
