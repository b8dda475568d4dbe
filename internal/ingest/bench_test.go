package ingest

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// benchRead reads b as format b.N times and reports bytes/s and words/s.
func benchRead(b *testing.B, format string, in []byte) {
	r, err := New(Options{Format: format})
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	r.readBytes(context.Background(), "bench", in, "", func(it Item) bool {
		if it.Err != nil {
			b.Fatal(it.Err)
		}
		words += len(strings.Fields(it.Doc.Text))
		return true
	})
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	for range b.N {
		r.readBytes(context.Background(), "bench", in, "", func(Item) bool { return true })
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// benchStory is a news-like text of about 600 words.
func benchStory() string {
	var sb strings.Builder
	sb.WriteString("Security forces clear highway after protest\n\nBy Omar Farooq, Staff Correspondent\n\n")
	sb.WriteString("QUETTA, Nov 21 (APP): Security forces on Thursday cleared a section of the national highway.\n\n")
	for i := range 20 {
		fmt.Fprintf(&sb, "Officials said %d people were detained after the protest, which had blocked traffic for three days.\n\n", i)
	}
	sb.WriteString("Published in Dawn, November 22nd, 2024\n")
	return sb.String()
}

func BenchmarkReadText(b *testing.B) { benchRead(b, "text", []byte(benchStory())) }

func BenchmarkReadHTML(b *testing.B) { benchRead(b, "html", []byte(jsonLDPage)) }

func BenchmarkReadJSONL(b *testing.B) {
	var sb strings.Builder
	for i := range 100 {
		fmt.Fprintf(&sb, "{\"id\":\"n%d\",\"text\":%q,\"published\":\"2024-11-22\"}\n", i, benchStory())
	}
	benchRead(b, "jsonl", []byte(sb.String()))
}

func BenchmarkReadFeed(b *testing.B) {
	benchRead(b, "feed", []byte(strings.Replace(rssFeed, "<item><title></title><description></description></item>", "", 1)))
}
