package actors

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"sitrep/internal/doc"
)

// benchDocs is the fixed corpus of the benchmarks: the golden articles,
// each one document, repeated to about 20,000 words.
func benchDocs(tb testing.TB) (docs []doc.Document, words int) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no benchmark texts in testdata/: %v", err)
	}
	var one []doc.Document
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		day, text := splitHeader(string(raw))
		one = append(one, doc.Document{Text: text, Published: doc.Str(day)})
	}
	for words < 20_000 {
		for _, d := range one {
			docs = append(docs, d)
			words += len(strings.Fields(d.Text))
		}
	}
	return docs, words
}

// BenchmarkResolve measures the stage alone (words/s of input text).
func BenchmarkResolve(b *testing.B) {
	docs, words := benchDocs(b)
	r := testResolver(b)
	ctx := context.Background()
	bytes := 0
	for _, d := range docs {
		bytes += len(d.Text)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if err := r.Annotate(ctx, doc.New(d)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// cpuTime returns the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkNew measures loading the dictionaries and building the lexicon.
func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkResolveLong runs the stage over one long document (the golden
// articles joined, 200 times over, about 140,000 words): what grows with
// the number of mentions an actor has (de-duplication, subjects,
// pronoun and surname links) shows here and not in short articles.
func BenchmarkResolveLong(b *testing.B) {
	docs, _ := benchDocs(b)
	var sb strings.Builder
	for i := 0; i < 200; i++ {
		for _, d := range docs[:5] {
			sb.WriteString(d.Text)
			sb.WriteString("\n\n")
		}
	}
	d := doc.Document{Text: sb.String(), Published: docs[0].Published}
	words := len(strings.Fields(d.Text))
	r := testResolver(b)
	ctx := context.Background()
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := r.Annotate(ctx, doc.New(d)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
