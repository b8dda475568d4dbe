package ingest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/internal/doc"
)

// readAll reads inputs with opts and returns every item.
func readAll(t *testing.T, opts Options, inputs ...string) []Item {
	t.Helper()
	r, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	out := make(chan Item, 4)
	go r.Read(context.Background(), inputs, out)
	var items []Item
	for it := range out {
		items = append(items, it)
	}
	return items
}

// writeFile writes a file under dir and returns its path.
func writeFile(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// oneDoc reads one input that must give one document.
func oneDoc(t *testing.T, opts Options, input string) doc.Document {
	t.Helper()
	items := readAll(t, opts, input)
	if len(items) != 1 {
		t.Fatalf("read %s: %d items, want 1", input, len(items))
	}
	if items[0].Err != nil {
		t.Fatalf("read %s: %v", input, items[0].Err)
	}
	return items[0].Doc
}

// oneErr reads one input that must fail, and checks the error names the
// input and contains want.
func oneErr(t *testing.T, opts Options, input, want string) {
	t.Helper()
	items := readAll(t, opts, input)
	if len(items) != 1 || items[0].Err == nil {
		t.Fatalf("read %s: got %d items (%+v), want one error", input, len(items), items)
	}
	msg := items[0].Err.Error()
	name := input
	if name == "-" {
		name = "stdin"
	}
	if !strings.HasPrefix(msg, name+": ") || !strings.Contains(msg, want) {
		t.Errorf("read %s: error %q, want it to start with the input and contain %q", input, msg, want)
	}
}

const story = "Envoys meet in Doha\n\nDOHA: Envoys from both sides met on Sunday for a third round of talks.\n"

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 3, 200}, 100)...)
	tests := []struct {
		name, content, want string
	}{
		{"empty.txt", "", "empty"},
		{"blank.txt", " \n\t\r\n", "empty"},
		{"image.txt", string(png), "binary"},
		{"nul.txt", "Envoys\x00 met", "binary"},
		{"empty.json", "", "empty"},
		{"broken.json", `{"text": "unterminated`, "invalid JSON"},
		{"notext.json", `{"title": "x"}`, `no "text" field`},
		{"number.json", `{"text": 42}`, `field "text" must be a string`},
		{"emptytext.json", `{"text": "   "}`, "empty"},
		{"notfeed.rss", `<html><body>hi</body></html>`, "not an RSS or Atom feed"},
		{"noitems.rss", `<rss><channel><title>T</title></channel></rss>`, "no items"},
		{"bad.rss", `<rss><channel><item><title>a</title></channel>`, "invalid feed"},
		{"empty.html", "<html><body></body></html>", "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			oneErr(t, Options{}, writeFile(t, dir, tt.name, []byte(tt.content)), tt.want)
		})
	}
	t.Run("empty directory", func(t *testing.T) {
		sub := filepath.Join(dir, "nodocs")
		writeFile(t, sub, "logo.png", png)
		oneErr(t, Options{}, sub, "no document files")
	})
	t.Run("xml that is no feed", func(t *testing.T) {
		oneErr(t, Options{}, writeFile(t, dir, "config.xml", []byte(`<?xml version="1.0"?><config><a>1</a></config>`)), "not an RSS or Atom feed (root element <config>)")
	})
	t.Run("missing", func(t *testing.T) {
		oneErr(t, Options{}, filepath.Join(dir, "nope.txt"), "no such file")
	})
}

func TestOthersStillRead(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", []byte(story))
	items := readAll(t, Options{}, filepath.Join(dir, "missing.txt"), good, writeFile(t, dir, "e.txt", nil), good)
	var got []string
	for _, it := range items {
		if it.Err != nil {
			got = append(got, "error")
		} else {
			got = append(got, string(it.Doc.Title))
		}
	}
	want := []string{"error", "Envoys meet in Doha", "error", "Envoys meet in Doha"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Read = %q, want %q", got, want)
	}
}

func TestInvalidUTF8IsRepaired(t *testing.T) {
	// UTF-8 text ("Genève") with two broken bytes.
	p := writeFile(t, t.TempDir(), "broken.txt", []byte("Talks in Genève\n\nGENEVA: Delegates met at the caf\xe9 on Monday\xff.\n"))
	d := oneDoc(t, Options{}, p)
	if !strings.Contains(d.Text, "Genève") || !strings.Contains(d.Text, "caf\uFFFD on Monday\uFFFD.") {
		t.Errorf("text = %q, want invalid bytes as U+FFFD", d.Text)
	}
	if len(d.Notes) != 1 || !strings.Contains(d.Notes[0].Message, "2 invalid byte") {
		t.Fatalf("notes = %+v, want one about 2 invalid bytes", d.Notes)
	}
	if n := d.Notes[0]; d.Text[n.Start:n.End] != "\uFFFD" {
		t.Errorf("note span covers %q, want the first U+FFFD", d.Text[n.Start:n.End])
	}
	if d.Dateline == nil || d.Dateline.Text != "GENEVA" {
		t.Errorf("dateline = %+v, want GENEVA", d.Dateline)
	}
}

func TestLatin1IsDecoded(t *testing.T) {
	p := writeFile(t, t.TempDir(), "latin1.txt", []byte("Talks in Gen\xe8ve\n\nGENEVA: Delegates met at the caf\xe9 \x96 again.\n"))
	d := oneDoc(t, Options{}, p)
	if d.Title != "Talks in Genève" || !strings.Contains(d.Text, "café – again") {
		t.Errorf("Latin-1 text = %q", d.Text)
	}
	if len(d.Notes) != 1 || !strings.Contains(d.Notes[0].Message, "Windows-1252") {
		t.Errorf("notes = %+v, want one about the Windows-1252 guess", d.Notes)
	}
}

func TestNULAfterSniffWindowIsReplaced(t *testing.T) {
	text := story + strings.Repeat("More text follows here. ", sniffLen/20) + "a\x00b\x1bc\n"
	d := oneDoc(t, Options{}, writeFile(t, t.TempDir(), "late-nul.txt", []byte(text)))
	if len(d.Text) != len(text) || strings.ContainsAny(d.Text, "\x00\x1b") {
		t.Errorf("NUL and ESC not replaced one for one")
	}
	if len(d.Notes) != 1 || !strings.Contains(d.Notes[0].Message, "2 control") {
		t.Errorf("notes = %+v, want one about 2 control characters", d.Notes)
	}
}

func TestBOMAndUTF16(t *testing.T) {
	dir := t.TempDir()
	d := oneDoc(t, Options{}, writeFile(t, dir, "bom.txt", []byte("\xEF\xBB\xBF"+story)))
	if d.Title != "Envoys meet in Doha" || strings.HasPrefix(d.Text, "\uFEFF") {
		t.Errorf("BOM not removed: title %q", d.Title)
	}
	var u16 []byte
	u16 = append(u16, 0xFF, 0xFE)
	for _, r := range story {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	d = oneDoc(t, Options{}, writeFile(t, dir, "utf16.txt", u16))
	if d.Text != story {
		t.Errorf("UTF-16 text = %q, want %q", d.Text, story)
	}
}

func TestSizeCap(t *testing.T) {
	dir := t.TempDir()
	base := []byte(story)
	pad := func(n int) []byte {
		return append(append([]byte{}, base...), bytes.Repeat([]byte("x"), n-len(base))...)
	}
	opts := Options{MaxBytes: 1000}
	oneDoc(t, opts, writeFile(t, dir, "at.txt", pad(1000)))
	oneErr(t, opts, writeFile(t, dir, "over.txt", pad(1001)), "larger than the 1000-byte")
	// Stdin and JSONL go through the same cap.
	opts.Stdin = bytes.NewReader(pad(1001))
	oneErr(t, opts, "-", "larger than")
	// A sparse file over the default cap is refused without being read.
	p := filepath.Join(dir, "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(DefaultMaxBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	oneErr(t, Options{}, p, "larger than the 67108864-byte (64 MiB) input limit")
}

func TestSixtyMegabyteText(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 60 MB file")
	}
	para := "KARACHI: Police said on Friday that they had arrested two men after a raid on a warehouse.\n\n"
	var b bytes.Buffer
	b.WriteString("Sixty megabytes of police reports\n\n")
	for b.Len() < 60<<20 {
		b.WriteString(para)
	}
	b.WriteString("Published in Dawn, November 22nd, 2024\n")
	p := writeFile(t, t.TempDir(), "big.txt", b.Bytes())
	start := time.Now()
	d := oneDoc(t, Options{}, p)
	if len(d.Text) != b.Len() || d.Title != "Sixty megabytes of police reports" || d.Published != "2024-11-22" {
		t.Errorf("big text: len %d title %q published %q", len(d.Text), d.Title, d.Published)
	}
	t.Logf("read %d MB in %v", b.Len()>>20, time.Since(start))
}

func TestLongLineWithoutSpaces(t *testing.T) {
	line := strings.Repeat("A", 5<<20)
	start := time.Now()
	d := oneDoc(t, Options{}, writeFile(t, t.TempDir(), "line.txt", []byte(line)))
	if d.Text != line || d.Title != "" || d.Dateline != nil {
		t.Errorf("5 MB line: title %q dateline %+v", d.Title, d.Dateline)
	}
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("5 MB line took %v", el)
	}
	// The same as a JSONL line.
	jl := `{"text":"` + line + `"}` + "\n"
	d = oneDoc(t, Options{}, writeFile(t, t.TempDir(), "line.jsonl", []byte(jl)))
	if len(d.Text) != len(line) {
		t.Errorf("JSONL 5 MB line: text of %d bytes", len(d.Text))
	}
}

func TestStdin(t *testing.T) {
	d := oneDoc(t, Options{Stdin: strings.NewReader(story)}, "-")
	if d.Input != "stdin" || d.Title != "Envoys meet in Doha" {
		t.Errorf("stdin doc: input %q title %q", d.Input, d.Title)
	}
	// Content sniffing: JSONL on stdin.
	items := readAll(t, Options{Stdin: strings.NewReader(`{"text":"One."}` + "\n" + `{"text":"Two."}` + "\n")}, "-")
	if len(items) != 2 || items[1].Err != nil || items[1].Doc.Input != "stdin:2" {
		t.Errorf("stdin JSONL: %+v", items)
	}
}

func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	const n = 2000
	for i := range n {
		writeFile(t, dir, fmt.Sprintf("batch%d/doc%04d.txt", i%3, i), fmt.Appendf(nil, "Report %d\n\nKABUL: Item number %d.\n", i, i))
	}
	writeFile(t, dir, ".hidden.txt", []byte(story))
	writeFile(t, dir, ".git/config.txt", []byte(story))
	writeFile(t, dir, "photo.jpg", []byte("\xff\xd8\xff\xe0 not text"))
	writeFile(t, dir, "notes~", []byte(story))
	writeFile(t, dir, "README", []byte(story))
	start := time.Now()
	items := readAll(t, Options{}, dir)
	if len(items) != n+1 {
		t.Fatalf("read %d items from the directory, want %d", len(items), n+1)
	}
	prev := ""
	for _, it := range items {
		if it.Err != nil {
			t.Fatalf("unexpected error: %v", it.Err)
		}
		if it.Doc.Input <= prev {
			t.Fatalf("inputs out of order: %s after %s", it.Doc.Input, prev)
		}
		prev = it.Doc.Input
		if strings.Contains(it.Doc.Input, "/.") || strings.HasSuffix(it.Doc.Input, ".jpg") {
			t.Errorf("read %s, which should be skipped", it.Doc.Input)
		}
	}
	if items[0].Doc.Input != filepath.Join(dir, "README") {
		t.Errorf("first = %s, want README", items[0].Doc.Input)
	}
	t.Logf("read %d files in %v", len(items), time.Since(start))
}

func TestCancel(t *testing.T) {
	dir := t.TempDir()
	for i := range 50 {
		writeFile(t, dir, fmt.Sprintf("d%02d.txt", i), []byte(story))
	}
	r, _ := New(Options{})
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan Item)
	go r.Read(ctx, []string{dir}, out)
	<-out
	cancel()
	n := 0
	for range out {
		n++
	}
	if n > 1 {
		t.Errorf("read %d more items after cancel, want at most 1", n)
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct{ name, ctype, content, want string }{
		{"a.txt", "", "<html>", "text"},
		{"a.html", "", "plain", "html"},
		{"a.json", "", `{"text":"x"}`, "json"},
		{"a.json", "", "{\"text\":\"x\"}\n{\"text\":\"y\"}\n", "jsonl"},
		{"a.jsonl", "", `{"text":"x"}`, "jsonl"},
		{"a.xml", "", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "feed"},
		{"a.xml", "", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", "feed"},
		{"a", "", "<!DOCTYPE html><html>", "html"},
		{"a", "", "  <div>hi</div>", "html"},
		{"a", "", "[{\"text\":\"x\"}]", "json"},
		{"a", "", "ISLAMABAD: text", "text"},
		{"a", "", "{not json at all", "json"},
		{"http://x/feed", "application/rss+xml", "", "feed"},
		{"http://x/a.txt", "text/html", "", "html"},
		{"http://x/a", "application/octet-stream", "<rss>", "feed"},
	}
	for _, tt := range tests {
		if got := detectFormat(tt.name, tt.ctype, []byte(tt.content)); got != tt.want {
			t.Errorf("detectFormat(%q, %q, %q) = %q, want %q", tt.name, tt.ctype, tt.content, got, tt.want)
		}
	}
}

func TestInputFormatOverride(t *testing.T) {
	p := writeFile(t, t.TempDir(), "page.txt", []byte("<html><head><title>Envoys meet</title></head><body><p>DOHA: Envoys met on Sunday.</p></body></html>"))
	if d := oneDoc(t, Options{}, p); !strings.HasPrefix(d.Text, "<html>") {
		t.Errorf("auto: .txt read as %q, want raw text", d.Text)
	}
	if d := oneDoc(t, Options{Format: "html"}, p); d.Title != "Envoys meet" || strings.Contains(d.Text, "<") {
		t.Errorf("--input-format html: title %q text %q", d.Title, d.Text)
	}
	if _, err := New(Options{Format: "pdf"}); err == nil {
		t.Error("New(Format: pdf) succeeded, want an error")
	}
}
