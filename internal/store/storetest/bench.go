package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"sitrep/internal/doc"
	"sitrep/internal/store"
)

// Vocabulary of the generated store.
var (
	genTypes     = []string{"ASSAULT", "PROTEST", "CONSULT", "REQUEST", "COERCE", "ACCUSE", "AID", "MOBILIZE"}
	genCountries = []string{"PAK", "AFG", "IND", "IRN", "NGA", "MLI", "PHL", "SOM", "SDN", "YEM"}
	genSectors   = []string{"GOV", "MIL", "COP", "REB", "CVL", "OPP"}
	genPlaces    = []string{"Peshawar", "Quetta", "Kabul", "Kandahar", "Lahore", "Maiduguri", "Bamako", "Manila", "Mogadishu", "Aden"}
	genWords     = []string{"border", "convoy", "checkpoint", "talks", "ceasefire", "election", "drought", "strike", "curfew", "refugees", "tariff", "envoy"}
)

// GenEventsPerDoc is the number of events of each generated report.
const GenEventsPerDoc = 5

// GenReport is the i-th generated report: GenEventsPerDoc events between
// actors of ten countries, over three years of dates.
func GenReport(rng *rand.Rand, i int) *doc.Analysis {
	return genReport(rng, i, genStart.AddDate(0, 0, rng.IntN(genDays)))
}

// GenArchive is the i-th of n generated reports of an archive read in
// the order of publication, as feeds and date-sorted archives arrive:
// reports like GenReport's, their days spread evenly by i over the same
// three years.
func GenArchive(rng *rand.Rand, i, n int) *doc.Analysis {
	return genReport(rng, i, genStart.AddDate(0, 0, int(int64(i)*genDays/int64(max(n, 1)))))
}

// The generated reports' days: three years from genStart.
var genStart = time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)

const genDays = 3 * 365

func genReport(rng *rand.Rand, i int, day time.Time) *doc.Analysis {
	r := Report{ID: fmt.Sprintf("g-%07d", i), Published: day.Format("2006-01-02"),
		Text: fmt.Sprintf("Generated report %d\n\nOfficials discussed the %s and the %s on %s.", i,
			genWords[rng.IntN(len(genWords))], genWords[rng.IntN(len(genWords))], day.Format("January 2"))}
	for j := 0; j < GenEventsPerDoc; j++ {
		c1, c2 := genCountries[rng.IntN(len(genCountries))], genCountries[rng.IntN(len(genCountries))]
		s1, s2 := genSectors[rng.IntN(len(genSectors))], genSectors[rng.IntN(len(genSectors))]
		pc := rng.IntN(len(genPlaces))
		d := day.AddDate(0, 0, -rng.IntN(3)).Format("2006-01-02")
		r.Events = append(r.Events, Ev{
			Type: genTypes[rng.IntN(len(genTypes))], Cameo: fmt.Sprintf("%03d", 10+rng.IntN(190)),
			Source: fmt.Sprintf("%s %s/%s%s/%s", c1, s1, c1, s1, c1),
			Target: fmt.Sprintf("%s %s/%s%s/%s", c2, s2, c2, s2, c2),
			Place:  fmt.Sprintf("%s/%s province/%s", genPlaces[pc], genPlaces[pc], genCountries[pc]),
			From:   d, To: d, Killed: rng.IntN(4) - 1,
		})
	}
	return r.Analysis()
}

// BenchQueries runs the common queries against s, each fetching the
// first page (100 events, newest first), and reports their p95 latency.
func BenchQueries(b *testing.B, s store.Store) {
	ctx := context.Background()
	queries := []struct {
		name string
		f    store.Filter
	}{
		{"country+dates", store.Filter{Country: "PAK", From: "2023-03-01", To: "2023-05-31"}},
		{"actor-code", store.Filter{Actor: "AFGMIL"}},
		{"actor-prefix+dates", store.Filter{Actor: "IRN", From: "2024-01-01", To: "2024-01-31"}},
		{"actor-name", store.Filter{Actor: "nga reb"}},
		{"type", store.Filter{Type: "PROTEST"}},
		{"type+country", store.Filter{Type: "ASSAULT", Country: "SOM"}},
		{"place", store.Filter{Place: "Kandahar"}},
		{"text", store.Filter{Text: "ceasefire convoy"}},
		{"text+type", store.Filter{Text: "curfew", Type: "AID"}},
	}
	for _, q := range queries {
		q.f.Limit = 100
		b.Run(q.name, func(b *testing.B) {
			var lat []time.Duration
			rows := 0
			for b.Loop() {
				t0 := time.Now()
				rows = 0
				if err := s.Events(ctx, q.f, func(*store.EventRow) error { rows++; return nil }); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
			if rows == 0 {
				b.Fatalf("query %s found nothing", q.name)
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
			b.ReportMetric(float64(rows), "rows")
		})
	}
}
