package server

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"sitrep/internal/doc"
	"sitrep/internal/store/sqlite"
)

var (
	loadEvents = flag.Int("load.events", 100_000, "events in the generated store of BenchmarkAPILoad")
	loadRate   = flag.Int("load.rate", 200, "requests per second BenchmarkAPILoad sends")
	loadFor    = flag.Duration("load.for", 10*time.Second, "how long BenchmarkAPILoad sends requests")
	loadDir    = flag.String("load.dir", "", "keep the generated store in this directory between runs")
)

// Vocabulary of the generated reports.
var (
	genTypes = []string{"ASSAULT", "ASSAULT", "ASSAULT", "PROTEST", "COERCE", "CONSULT", "REQUEST", "ACCUSE",
		"MOBILIZE", "AGREE", "THREATEN", "RETREAT", "SANCTION", "AID"}
	genCountries = []string{"PAK", "AFG", "IND", "NGA", "MLI", "PHL", "UKR", "SDN", "COL", "MMR"}
	genSectors   = []string{"GOV", "MIL", "COP", "REB", "CVL", "OPP"}
)

// genReport returns a generated analysis (output form) of one report
// with five events between generated actors at a generated place.
func genReport(rng *rand.Rand, i int) *doc.Analysis {
	c := genCountries[rng.IntN(len(genCountries))]
	day := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(730)).Format(time.DateOnly)
	text := fmt.Sprintf("Generated report %d\n\nCITY%d: Security forces and militants clashed in district %d on %s, officials said. "+
		"Protesters gathered in the capital. The ministry urged calm. Police arrested %d people.", i, rng.IntN(100), rng.IntN(500), day, rng.IntN(40))
	a := doc.New(doc.Document{ID: fmt.Sprintf("gen-%06d", i), Title: doc.Str(fmt.Sprintf("Generated report %d", i)),
		Source: doc.Str([]string{"Wire A", "Wire B", "Daily C"}[i%3]), Published: doc.Str(day), PublishedFrom: doc.FromMetadata,
		Language: "en", Text: text})
	for k := range 3 {
		sector := genSectors[rng.IntN(len(genSectors))]
		a.Actors = append(a.Actors, doc.Actor{ID: fmt.Sprintf("a%d", k+1), Name: c + " " + sector + " actor", Kind: doc.KindOrganization,
			Country: doc.Str(c), Sector: doc.Str(sector), Code: doc.Str(c + sector), Roles: []string{},
			Mentions: []doc.Mention{{Start: 0, End: 9, Text: "Generated"}}})
	}
	lat, lon := rng.Float64()*60-20, rng.Float64()*160-20
	p := rng.IntN(300)
	a.Places = append(a.Places, doc.Place{ID: "p1", Name: fmt.Sprintf("City %d", p), Kind: "city", Country: doc.Str(c),
		Admin1: doc.Str(fmt.Sprintf("Province %d", p%20)), Lat: &lat, Lon: &lon, Mentions: []doc.Mention{}})
	for k := range 5 {
		rg := doc.DayRange{day, day}
		e := doc.Event{ID: fmt.Sprintf("e%d", k+1), Type: genTypes[rng.IntN(len(genTypes))], Context: []string{},
			Cameo: "190", QuadClass: 4, Goldstein: -10, Status: doc.Reported, Sentence: 1, Start: 20, End: 80,
			Source:     &doc.Arg{Actor: doc.Str(fmt.Sprintf("a%d", 1+rng.IntN(3))), Text: "Security forces", Start: 20, End: 35},
			Target:     &doc.Arg{Actor: doc.Str(fmt.Sprintf("a%d", 1+rng.IntN(3))), Text: "militants", Start: 40, End: 49},
			Date:       &doc.EventDate{Range: &rg, Granularity: "day"},
			Place:      "p1",
			Trigger:    doc.Trigger{Text: "clashed", Start: 50, End: 57},
			Confidence: 0.8, Rule: "generated"}
		a.Events = append(a.Events, e)
	}
	a.Quotes = append(a.Quotes, doc.Quote{ID: "q1", Text: "calm", Start: 60, End: 64, Speaker: "a1", SpeakerText: "The ministry", Cue: "urged"})
	return a
}

// BenchmarkAPILoad sends -load.rate requests per second for -load.for
// (open loop: a slow answer does not slow the sender) to a server over a
// generated SQLite store of -load.events events, and reports the latency
// percentiles. The requests mix what the dashboard and scripts ask:
// event pages with and without filters, the next page, one event, one
// document, the document, actor and quote lists, the timeline and the
// network. Run it once: go test ./internal/server -run '^$' -bench APILoad -benchtime 1x
func BenchmarkAPILoad(b *testing.B) {
	ctx := context.Background()
	dir := *loadDir
	if dir == "" {
		dir = b.TempDir()
	}
	st, err := sqlite.Open(ctx, filepath.Join(dir, fmt.Sprintf("load-%d.db", *loadEvents)), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	docs := *loadEvents / 5
	if stats, _ := st.Stats(ctx); stats.Documents < docs {
		start := time.Now()
		rng := rand.New(rand.NewPCG(1, 2))
		for i := 0; i < docs; i += 500 {
			var batch []*doc.Analysis
			for j := i; j < min(i+500, docs); j++ {
				batch = append(batch, genReport(rng, j))
			}
			if i < stats.Documents {
				continue
			}
			if _, err := st.Put(ctx, batch); err != nil {
				b.Fatal(err)
			}
		}
		b.Logf("generated %d documents in %v", docs, time.Since(start).Round(time.Millisecond))
	}
	stats, _ := st.Stats(ctx)
	b.Logf("store: %d documents, %d events", stats.Documents, stats.Events)
	srv := New(Options{Store: st})
	t0 := time.Now()
	if err := srv.Warm(ctx); err != nil {
		b.Fatal(err)
	}
	b.Logf("Warm (catalog, unfiltered timeline and network, as serve does at start) took %v", time.Since(t0).Round(time.Millisecond))
	ts := httptest.NewServer(srv)
	defer ts.Close()

	var next string
	{
		res, err := http.Get(ts.URL + "/api/events?limit=50")
		if err != nil {
			b.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		_, after, _ := strings.Cut(string(body), `"next":"`)
		next, _, _ = strings.Cut(after, `"`)
	}
	targets := []string{
		"/api/events?limit=50",
		"/api/events?limit=50&cursor=" + next,
		"/api/events?type=PROTEST&limit=50",
		"/api/events?country=NGA&limit=50",
		"/api/events?actor=PAKGOV&limit=50",
		"/api/events?from=2024-03-01&to=2024-03-31&limit=50",
		"/api/events?place=City+17&limit=50",
		"/api/events/gen-000123:e2",
		"/api/documents/gen-004321",
		"/api/documents?limit=50",
		"/api/actors?q=pak",
		"/api/quotes?speaker=ministry&limit=50",
		"/api/timeline?interval=week",
		"/api/network",
		"/api/timeline?interval=day&country=PAK",
		"/api/network?type=ASSAULT&country=AFG",
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}, Timeout: 30 * time.Second}
	b.ResetTimer()
	var (
		mu     sync.Mutex
		lat    []time.Duration
		byPath = map[string][]time.Duration{}
		errs   int
		wg     sync.WaitGroup
	)
	n := int(loadFor.Seconds() * float64(*loadRate))
	tick := time.NewTicker(time.Second / time.Duration(*loadRate))
	for i := range n {
		<-tick.C
		target := targets[i%len(targets)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			t0 := time.Now()
			res, err := client.Get(ts.URL + target)
			ok := err == nil && res.StatusCode == 200
			if err == nil {
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
			}
			d := time.Since(t0)
			mu.Lock()
			lat = append(lat, d)
			byPath[target] = append(byPath[target], d)
			if !ok {
				errs++
			}
			mu.Unlock()
		}()
	}
	tick.Stop()
	wg.Wait()
	b.StopTimer()
	pct := func(ds []time.Duration, p float64) time.Duration {
		s := slices.Clone(ds)
		slices.Sort(s)
		return s[min(len(s)-1, int(p*float64(len(s))))]
	}
	for _, t := range targets {
		b.Logf("%-55s p50 %7.1f ms  p99 %7.1f ms", t, ms(pct(byPath[t], .5)), ms(pct(byPath[t], .99)))
	}
	if errs > 0 {
		b.Errorf("%d of %d requests failed", errs, len(lat))
	}
	b.ReportMetric(ms(pct(lat, .5)), "p50-ms")
	b.ReportMetric(ms(pct(lat, .99)), "p99-ms")
	b.ReportMetric(float64(len(lat))/loadFor.Seconds(), "req/s")
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
