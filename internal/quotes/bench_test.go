package quotes

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// BenchmarkQuotes runs the stage over the golden articles.
func BenchmarkQuotes(b *testing.B) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no testdata: %v", err)
	}
	var texts []string
	size, nwords := 0, 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		size += len(t)
		nwords += len(strings.Fields(string(t)))
	}
	x := New(Options{})
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			a := doc.New(doc.Document{Text: t})
			if err := x.Annotate(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(nwords)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
