// Package overhead measures what the actors stage adds to the whole
// pipeline. It lives apart from package actors so that the stage's own
// tests do not depend on every other stage building.
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
// actors, over bare text, does not show.
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
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, a := range in {
			c := *a
			c.Entities = slices.Clone(a.Entities)
			c.Diagnostics = slices.Clone(a.Diagnostics)
			c.Actors = nil
			if err := r.Annotate(ctx, &c); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
}
