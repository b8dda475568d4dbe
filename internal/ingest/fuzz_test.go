package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzRead reads b as format and checks the invariants every reader
// keeps: no panic, valid UTF-8 text, spans in bounds, and the same output
// when read twice.
func fuzzRead(t *testing.T, format string, b []byte) {
	r, err := New(Options{Format: format})
	if err != nil {
		t.Fatal(err)
	}
	read := func() []Item {
		var items []Item
		r.readBytes(context.Background(), "fuzz", b, "", func(it Item) bool {
			items = append(items, it)
			return true
		})
		return items
	}
	// A reader that hangs on some input is a bug too: fail loudly.
	timer := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("read %s took over 10s on input %q", format, clip(string(b), 2000))) })
	defer timer.Stop()
	items := read()
	for _, it := range items {
		if it.Err != nil {
			continue
		}
		d := it.Doc
		if !utf8.ValidString(d.Text) {
			t.Fatalf("text is not valid UTF-8: %q", d.Text)
		}
		if dl := d.Dateline; dl != nil {
			if dl.Start < 0 || dl.Start > dl.End || dl.End > len(d.Text) || d.Text[dl.Start:dl.End] != dl.Text {
				t.Fatalf("dateline %+v out of bounds or not covering its text in %q", dl, d.Text)
			}
		}
		for _, n := range d.Notes {
			if n.Start < 0 || n.Start > n.End || n.End > len(d.Text) {
				t.Fatalf("note %+v out of bounds (text of %d bytes)", n, len(d.Text))
			}
		}
		if d.ID == "" || d.PublishedFrom == "" {
			t.Fatalf("document without id or published_from: %+v", d)
		}
	}
	if a, b := renderItems(items), renderItems(read()); a != b {
		t.Fatalf("output differs between two reads:\n%s\n---\n%s", a, b)
	}
}

// addFiles adds every testdata and example file with one of exts as a seed.
func addFiles(f *testing.F, exts ...string) {
	for _, dir := range []string{"testdata", "../../examples"} {
		for _, ext := range exts {
			paths, _ := filepath.Glob(filepath.Join(dir, "*"+ext))
			for _, p := range paths {
				if b, err := os.ReadFile(p); err == nil {
					f.Add(b)
				}
			}
		}
	}
}

func FuzzText(f *testing.F) {
	addFiles(f, ".txt")
	for _, s := range []string{
		story, "KABUL, Afghanistan (Jan. 25, 2013) — A blast.", "Peshawar, Nov 22: Police.",
		"WASHINGTON (Reuters) - x", "NOTE: x", "By Jane Smith\n\nLONDON — x\n\nPublished in Dawn, November 22th, 2024",
		"(AP) — x", "A\n\nB, C, D, E (F) (G) — x", "\xff\xfeK\x00", "\xef\xbb\xbfX\r\nY\rZ",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "text", b) })
}

func FuzzHTML(f *testing.F) {
	addFiles(f, ".html")
	for _, s := range []string{jsonLDPage, page, "<p>KABUL: x</p>", "<html><head><script type=\"application/ld+json\">[{\"@type\":\"NewsArticle\",\"headline\":1}]</script>",
		"<meta charset=\"shift_jis\"><p>\x82\xa0</p>", "<title>a | b</title><body><div><div><p>x"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "html", b) })
}

func FuzzJSON(f *testing.F) {
	addFiles(f, ".json", ".jsonl")
	for _, s := range []string{`{"text":"KABUL: x","published":"2024-11-22"}`, `[{"text":"a"},{"text":"b"}]`,
		`{"text":"a"}{"text":"b"}`, `{"text":"x","published":"Fri, 22 Nov 2024 10:30:00 GMT"}`, `{"text":"\u0000"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzRead(t, "json", b)
		fuzzRead(t, "jsonl", b)
	})
}

func FuzzFeed(f *testing.F) {
	addFiles(f, ".xml", ".atom", ".rss")
	for _, s := range []string{rssFeed, `<feed><entry><title type="xhtml"><b>x</b></title><content type="html">&lt;p&gt;KABUL: y</content></entry></feed>`,
		`<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><item><title>caf\xe9</title></item></channel></rss>`,
		`<!DOCTYPE r [<!ENTITY a "&a;">]><rss><channel><item><title>&a;</title></item></channel></rss>`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "feed", b) })
}
