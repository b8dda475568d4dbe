package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchCorpus returns testdata/news.txt repeated to about 1 MB and its
// word count (white-space separated fields).
func benchCorpus(b *testing.B) (string, int) {
	b.Helper()
	in, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.Write(in)
		sb.WriteString("\n\n")
	}
	t := sb.String()
	return t, len(strings.Fields(t))
}

func BenchmarkSegment(b *testing.B) {
	t, words := benchCorpus(b)
	s := New(Options{})
	b.SetBytes(int64(len(t)))
	b.ResetTimer()
	for b.Loop() {
		s.Segment(t)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkTokenize(b *testing.B) {
	t, words := benchCorpus(b)
	b.SetBytes(int64(len(t)))
	b.ResetTimer()
	for b.Loop() {
		Tokenize(t)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkReuters segments the Reuters-21578 SGML files as they are
// (markup included) when the shared data folder is present.
func BenchmarkReuters(b *testing.B) {
	files, _ := filepath.Glob("../../../shared/data/corpora/reuters21578/reut2-*.sgm")
	if len(files) == 0 {
		b.Skip("Reuters-21578 corpus not found under ../shared/data; skipping")
	}
	var sb strings.Builder
	for _, f := range files[:4] {
		in, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(in)
	}
	t := sb.String()
	words := len(strings.Fields(t))
	s := New(Options{})
	b.SetBytes(int64(len(t)))
	b.ResetTimer()
	for b.Loop() {
		s.Segment(t)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
