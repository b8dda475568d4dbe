// Package overhead measures what the actors stage adds to the whole
// pipeline. It lives apart from package actors so that the stage's own
// tests do not depend on every other stage building.
package overhead_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"sitrep/internal/doc"
	"sitrep/internal/pipeline"
)

// BenchmarkPipeline runs the whole pipeline over the golden articles with
// and without the actors stage: the difference is what resolution adds
// (target: at most 20%). Later stages (quotes) do more work when there
// are actors to link, so the variants without quotes isolate the stage.
func BenchmarkPipeline(b *testing.B) {
	files, _ := filepath.Glob("../testdata/*.txt")
	var docs []doc.Document
	words := 0
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
