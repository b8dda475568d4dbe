package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
)

// reutersDir holds Reuters-21578 (shared/data, never committed).
const reutersDir = "../../../shared/data/corpora/reuters21578"

var (
	benchDocs = flag.Int("reuters.docs", 400, "Reuters stories in the ingest and extract benchmarks")
	oneDay    = flag.Bool("reuters.oneday", false, "date every Reuters story 1987-03-01, not by its <DATE>")
)

var (
	reutersDocRE = regexp.MustCompile(`(?s)<REUTERS.*?</REUTERS>`)
	reutersTitle = regexp.MustCompile(`(?s)<TITLE>(.*?)</TITLE>`)
	reutersBody  = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)
	reutersDate  = regexp.MustCompile(`<DATE>\s*(\d{1,2}-[A-Z]{3}-\d{4})`)
)

// reutersJSONL writes the first n Reuters-21578 stories with a body as a
// JSONL file (title, blank line, body, and the story's date as its
// publication date: the corpus runs from February to October 1987) and
// returns its path, the number of stories and their word count. With
// -reuters.oneday every story is dated 1987-03-01 instead, as the
// benchmarks did before 2026-11-30 (every story then falls in every
// other's dedup window).
func reutersJSONL(b *testing.B, n int) (string, int, int) {
	files, _ := filepath.Glob(filepath.Join(reutersDir, "reut2-*.sgm"))
	if len(files) == 0 {
		b.Skipf("Reuters-21578 not found in %s", reutersDir)
	}
	path := filepath.Join(b.TempDir(), "reuters.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	docs, words := 0, 0
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		for _, m := range reutersDocRE.FindAll(raw, -1) {
			body := reutersBody.FindSubmatch(m)
			if body == nil {
				continue
			}
			text := html.UnescapeString(string(body[1]))
			if t := reutersTitle.FindSubmatch(m); t != nil {
				text = html.UnescapeString(string(t[1])) + "\n\n" + text
			}
			published := "1987-03-01"
			if d := reutersDate.FindSubmatch(m); d != nil && !*oneDay {
				if t, err := time.Parse("2-Jan-2006", string(d[1])); err == nil {
					published = t.Format(time.DateOnly)
				}
			}
			enc.Encode(map[string]string{"text": text, "published": published, "source": "Reuters"})
			words += len(strings.Fields(text))
			if docs++; docs == n {
				return path, docs, words
			}
		}
	}
	return path, docs, words
}

// BenchmarkExtractReuters and BenchmarkIngestReuters run the two
// commands over the same Reuters stories (ingest into a new SQLite store
// each time); ingest should keep >= 80% of extract's words/s.
func BenchmarkExtractReuters(b *testing.B) {
	path, docs, words := reutersJSONL(b, *benchDocs)
	for b.Loop() {
		if code := run(context.Background(), []string{"extract", "--format", "jsonl", path}, io.Discard, io.Discard); code != exitOK {
			b.Fatalf("extract exit %d", code)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(docs*b.N)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkIngestReuters(b *testing.B) {
	path, docs, words := reutersJSONL(b, *benchDocs)
	dir := b.TempDir()
	i := 0
	for b.Loop() {
		i++
		db := filepath.Join(dir, fmt.Sprintf("s%d.db", i))
		if code := run(context.Background(), []string{"ingest", "--db", db, path}, io.Discard, io.Discard); code != exitOK {
			b.Fatalf("ingest exit %d", code)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(docs*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkStoreReuters measures the store's share of ingest alone: the
// Reuters stories are analysed once, as ingest analyses them, and each
// round stores them in a new SQLite store in ingest's batches.
func BenchmarkStoreReuters(b *testing.B) {
	path, _, words := reutersJSONL(b, *benchDocs)
	ctx := context.Background()
	rd, err := ingest.New(ingest.Options{})
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	items := make(chan ingest.Item)
	jobs := make(chan pipeline.Job)
	go rd.Read(ctx, []string{path}, items)
	go func() {
		defer close(jobs)
		for it := range items {
			jobs <- pipeline.Job{Doc: it.Doc, Err: it.Err}
		}
	}()
	var as []*doc.Analysis
	p.Run(ctx, jobs, func(res pipeline.Result) {
		if res.Err != nil {
			b.Fatal(res.Err)
		}
		a := res.Analysis
		a.Sentences, a.Tokens = nil, nil
		a.ToCodePoints()
		as = append(as, a)
	})
	batch := 256
	dir := b.TempDir()
	i := 0
	for b.Loop() {
		i++
		st, err := openStore(ctx, filepath.Join(dir, fmt.Sprintf("s%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		for j := 0; j < len(as); j += batch {
			if _, err := st.Put(ctx, as[j:min(j+batch, len(as))]); err != nil {
				b.Fatal(err)
			}
		}
		st.Close()
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(len(as)*b.N)/b.Elapsed().Seconds(), "docs/s")
}
