package overhead_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
)

var freeze = flag.Bool("freeze", false, "rewrite ../testdata/corpus/input.jsonl from our own texts")

// corpusDay is the publication date of corpus texts that carry none.
const corpusDay = "2024-06-15"

// corpusFiles are the texts, all written for this project, that the
// actors corpus golden test (package actors, TestCorpus) runs over.
var corpusFiles = []string{
	"../../../examples/*",
	"../testdata/*.txt",
	"../../text/testdata/*.txt",
	"../../events/testdata/*.txt",
	"../../quotes/testdata/*.txt",
}

// TestFreezeCorpus writes what the actors stage reads (the document, ner
// entities, geo places) for every corpus text, after the stages before
// it have run, to ../testdata/corpus/input.jsonl. Package actors' golden
// test reads that file, so its figures do not move when an earlier stage
// changes: rerun with -freeze (then go test ../ -update) to take such
// changes in, and review both diffs.
func TestFreezeCorpus(t *testing.T) {
	if !*freeze {
		t.Skip("rewrites ../testdata/corpus/input.jsonl only with -freeze")
	}
	p, err := pipeline.New(pipeline.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var out bytes.Buffer
	for _, pat := range corpusFiles {
		files, err := filepath.Glob(pat)
		if err != nil || len(files) == 0 {
			t.Fatalf("no corpus texts match %s: %v", pat, err)
		}
		for _, f := range files {
			for n, d := range readCorpusFile(t, f) {
				a := doc.New(d)
				if err := p.Annotate(ctx, a, "actors", "quotes", "events"); err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				in := doc.Analysis{Document: a.Document, Entities: a.Entities, Places: a.Places}
				in.Document.ID = strings.TrimPrefix(filepath.ToSlash(f), "../../../")
				if n > 0 {
					in.Document.ID += "#" + itoa(n)
				}
				line, err := json.Marshal(in)
				if err != nil {
					t.Fatal(err)
				}
				out.Write(line)
				out.WriteByte('\n')
			}
		}
	}
	if err := os.MkdirAll("../testdata/corpus", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("../testdata/corpus/input.jsonl", out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// readCorpusFile reads the documents of one corpus file through ingest,
// as sitrep extract would; a leading "published: DAY" line (the actors
// golden texts) gives the date.
func readCorpusFile(t *testing.T, name string) []doc.Document {
	raw, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	opts := ingest.Options{Published: corpusDay}
	input := name
	if rest, ok := strings.CutPrefix(string(raw), "published: "); ok {
		day, text, _ := strings.Cut(rest, "\n")
		opts.Published, opts.Format, opts.Stdin = strings.TrimSpace(day), "text", strings.NewReader(text)
		input = "-"
	}
	r, err := ingest.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	items := make(chan ingest.Item)
	go r.Read(context.Background(), []string{input}, items)
	var docs []doc.Document
	for it := range items {
		if it.Err != nil {
			t.Fatalf("read %s: %v", name, it.Err)
		}
		docs = append(docs, it.Doc)
	}
	return docs
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
