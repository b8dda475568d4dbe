// Package overhead measures what the actors stage adds to the whole
// pipeline (issue #6: at most 20%). It lives apart from package actors so
// that the stage's own tests do not depend on every other stage building.
//
// On a shared, noisy machine, measure with
//
//	GOMAXPROCS=1 go test -run '^$' -bench Overhead -benchtime 5x -cpu 1 ./internal/actors/overhead
//
// several times and take the median of actors-%: it runs each document
// with and without the stage in turn, so that other load slows both
// alike. BenchmarkPipeline gives the same comparison as four separate
// runs; BenchmarkStage times the stage alone, warm and cold. The corpus
// test here (-freeze) rebuilds the input of package actors' TestCorpus.
package overhead_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"sitrep/internal/actors"
	"sitrep/internal/doc"
	"sitrep/internal/pipeline"
)

// BenchmarkPipeline runs the whole pipeline over the golden articles with
// and without the actors stage: the difference is what resolution adds
// (target: at most 20%). Later stages (quotes) do more work when there
// are actors to link, so the variants without quotes isolate the stage.
func BenchmarkPipeline(b *testing.B) {
	docs, words := benchDocs(b)
	p, err := pipeline.New(pipeline.Options{Workers: 1})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		skip []string
	}{{"all", nil}, {"without-actors", []string{"actors"}},
		{"without-quotes", []string{"quotes"}}, {"without-actors-quotes", []string{"actors", "quotes"}}} {
		b.Run(tc.name, func(b *testing.B) {
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				for _, d := range docs {
					if err := p.Annotate(ctx, doc.New(d), tc.skip...); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
			// CPU time is steadier than wall time on a shared machine.
			b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}

// BenchmarkOverhead measures what BenchmarkPipeline's "all" and
// "without-actors" compare, interleaved: each document is analysed with
// and without the actors stage in turn (which goes first alternating),
// one stage at a time, each stage timed in CPU time, so that what else
// the machine does slows both alike and the parts can be told apart.
// It reports
//
//   - actors-%: the pipeline's CPU time with the actors stage over its
//     time without it, minus one: the issue's figure ("resolution adds
//     at most 20%");
//   - stage-%: the actors stage's own time over the time without it;
//   - later-%: what the stages after it (quotes, events) spend more
//     because there are actors to link, over the time without it.
//
// Run it with GOMAXPROCS=1 so that the garbage collector's work is
// counted with the stage that made it.
func BenchmarkOverhead(b *testing.B) {
	docs, words := benchDocs(b)
	p, err := pipeline.New(pipeline.Options{Workers: 1})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, d := range docs[:1] { // the geo stage loads its gazetteer on first use
		if err := p.Annotate(ctx, doc.New(d)); err != nil {
			b.Fatal(err)
		}
	}
	names := p.Stages()
	after := false // whether a stage runs after actors
	later := make([]bool, len(names))
	for i, n := range names {
		later[i] = after
		after = after || n == "actors"
	}
	var with, without, stage, laterWith, laterWithout time.Duration
	// run analyses d one stage at a time and returns the CPU time of
	// every stage; actors is skipped unless withActors.
	times := make([]time.Duration, len(names))
	run := func(d doc.Document, withActors bool) {
		a := doc.New(d)
		for i, n := range names {
			times[i] = 0
			if n == "actors" && !withActors {
				continue
			}
			skip := make([]string, 0, len(names)-1)
			for _, o := range names {
				if o != n {
					skip = append(skip, o)
				}
			}
			t0 := cpuTime()
			if err := p.Annotate(ctx, a, skip...); err != nil {
				b.Fatal(err)
			}
			times[i] = cpuTime() - t0
		}
		for i, n := range names {
			switch {
			case withActors:
				with += times[i]
				if n == "actors" {
					stage += times[i]
				} else if later[i] {
					laterWith += times[i]
				}
			default:
				without += times[i]
				if later[i] {
					laterWithout += times[i]
				}
			}
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, d := range docs {
			first := (i+k)%2 == 0
			run(d, first)
			run(d, !first)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(with.Milliseconds())/float64(b.N), "with-cpu-ms/op")
	b.ReportMetric(float64(without.Milliseconds())/float64(b.N), "without-cpu-ms/op")
	if without > 0 {
		b.ReportMetric(100*(float64(with)/float64(without)-1), "actors-%")
		b.ReportMetric(100*float64(stage)/float64(without), "stage-%")
		b.ReportMetric(100*float64(laterWith-laterWithout)/float64(without), "later-%")
	}
}

// cpuTime returns the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchDocs is the benchmarks' fixed corpus: the actors golden articles
// (../testdata/*.txt), each one document, repeated to about 20,000 words.
func benchDocs(b *testing.B) (docs []doc.Document, words int) {
	files, err := filepath.Glob("../testdata/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no benchmark texts in ../testdata: %v", err)
	}
	for words < 20_000 {
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			text := string(raw)
			day := ""
			if rest, ok := strings.CutPrefix(text, "published: "); ok {
				day, text, _ = strings.Cut(rest, "\n")
			}
			docs = append(docs, doc.Document{Text: text, Published: doc.Str(day)})
			words += len(strings.Fields(text))
		}
	}
	return docs, words
}

// BenchmarkStage runs the actors stage alone over the same corpus, after
// the stages before it (text, tag, ner, timex, geo) have run once outside
// the timer: the stage's own cost on the input it meets in the pipeline
// (ner entities, places, datelines), which BenchmarkResolve in package
// actors, over bare text, does not show. In "warm" the documents follow
// one another, so the stage's tables stay in the processor's caches; in
// "cold" 32 MiB of other memory is written before each document, as the
// other stages of the pipeline do, and the stage meets its tables (the
// lexicon, the word lists) out of cache: its cost in the pipeline is
// nearer that one. stage-cpu-ms/op counts the stage's CPU time only.
func BenchmarkStage(b *testing.B) {
	docs, words := benchDocs(b)
	p, err := pipeline.New(pipeline.Options{Workers: 1})
	if err != nil {
		b.Fatal(err)
	}
	r, err := actors.New(actors.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	in := make([]*doc.Analysis, len(docs))
	for i, d := range docs {
		in[i] = doc.New(d)
		if err := p.Annotate(ctx, in[i], "actors", "quotes", "events"); err != nil {
			b.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name  string
		flush []byte
	}{{"warm", nil}, {"cold", make([]byte, 32<<20)}} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			var stage time.Duration
			for i := 0; i < b.N; i++ {
				for _, a := range in {
					for k := 0; k < len(tc.flush); k += 64 {
						tc.flush[k]++
					}
					c := *a
					c.Entities = slices.Clone(a.Entities)
					c.Diagnostics = slices.Clone(a.Diagnostics)
					c.Actors = nil
					t0 := cpuTime()
					if err := r.Annotate(ctx, &c); err != nil {
						b.Fatal(err)
					}
					stage += cpuTime() - t0
				}
			}
			b.ReportMetric(float64(words)*float64(b.N)/stage.Seconds(), "words/s")
			b.ReportMetric(float64(stage.Microseconds())/1000/float64(b.N), "stage-cpu-ms/op")
		})
	}
}
