package events_test

import (
	"context"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/events"
)

var reutersBody = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)

// reuters returns up to n story bodies of the Reuters-21578 corpus, or
// skips the benchmark when the shared data folder is absent.
func reuters(b *testing.B, n int) []string {
	files, _ := filepath.Glob("../../../shared/data/corpora/reuters21578/reut2-*.sgm")
	if len(files) == 0 {
		b.Skip("Reuters-21578 corpus not found under ../shared/data; skipping")
	}
	var out []string
	for _, f := range files {
		in, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, m := range reutersBody.FindAllSubmatch(in, -1) {
			out = append(out, html.UnescapeString(strings.TrimSuffix(strings.TrimSpace(string(m[1])), "Reuter\n&#3;")))
			if len(out) == n {
				return out
			}
		}
	}
	return out
}

func countWords(texts []string) int {
	n := 0
	for _, t := range texts {
		n += len(strings.Fields(t))
	}
	return n
}

// BenchmarkReutersPipeline runs the whole extract pipeline, events
// included, over 1,000 Reuters stories (run with GOMAXPROCS=1 for the
// one-core figure).
func BenchmarkReutersPipeline(b *testing.B) {
	texts := reuters(b, 1000)
	words := countWords(texts)
	analyze(b, "warm up.")
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if _, err := pipe.Analyze(context.Background(), doc.Document{Text: t, Published: "1987-03-01"}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkCoder runs the events stage alone over Reuters stories the
// other stages have already analysed.
func BenchmarkCoder(b *testing.B) {
	texts := reuters(b, 1000)
	words := countWords(texts)
	var as []*doc.Analysis
	for _, t := range texts {
		as = append(as, analyze(b, t))
	}
	c, err := events.New(events.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range as {
			if err := c.Annotate(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
