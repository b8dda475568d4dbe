package timex

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// benchText is the fixed corpus of the benchmark: the news-like golden
// texts, repeated to about 100,000 words.
func benchText(b *testing.B) string {
	var parts []string
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		b.Fatal("no testdata/*.txt to benchmark on")
	}
	for _, p := range files {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(t))
	}
	one := strings.Join(parts, "\n\n")
	var sb strings.Builder
	for sb.Len() < 600_000 {
		sb.WriteString(one)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BenchmarkTagger measures the stage alone (words/s of input text).
func BenchmarkTagger(b *testing.B) {
	text := benchText(b)
	words := len(strings.Fields(text))
	tg := New(Options{})
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := doc.New(doc.Document{Text: text, Published: "2024-11-22"})
		if err := tg.Annotate(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
