package geo_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/pipeline"
)

// BenchmarkPipeline runs the whole pipeline over the testdata reports,
// to set BenchmarkAnnotate (the geo stage alone) against it.
func BenchmarkPipeline(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	var texts []string
	words, size := 0, 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		words += len(strings.Fields(string(t)))
		size += len(t)
	}
	p, err := pipeline.New(pipeline.Options{Workers: 1})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, t := range texts { // load every model once
		if _, err := p.Analyze(ctx, doc.Document{Text: t}); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if _, err := p.Analyze(ctx, doc.Document{Text: t}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
