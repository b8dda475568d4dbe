package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// extract runs `sitrep extract args…` and returns its exit status, stdout
// and stderr.
func extract(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"extract"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

// outDoc is the part of an analysis these tests look at.
type outDoc struct {
	Schema   string `json:"schema"`
	Document struct {
		ID            string  `json:"id"`
		Title         *string `json:"title"`
		Source        *string `json:"source"`
		URL           *string `json:"url"`
		Published     *string `json:"published"`
		PublishedFrom string  `json:"published_from"`
		Dateline      *struct {
			Text  string  `json:"text"`
			Place *string `json:"place"`
			Start int     `json:"start"`
			End   int     `json:"end"`
		} `json:"dateline"`
		Text   string  `json:"text"`
		Byline *string `json:"byline"`
	} `json:"document"`
	Diagnostics []struct {
		Stage   string `json:"stage"`
		Message string `json:"message"`
	} `json:"diagnostics"`
}

// lines decodes the output: one pretty object or JSONL.
func lines(t *testing.T, out string) []outDoc {
	t.Helper()
	var docs []outDoc
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var d outDoc
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("output is not JSON: %v\n%s", err, out)
		}
		docs = append(docs, d)
	}
	return docs
}

func s(p *string) string {
	if p == nil {
		return "<null>"
	}
	return *p
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExtractPlainText(t *testing.T) {
	code, out, errs := extract(t, "--text", "../../examples/islamabad-briefing.txt")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var d outDoc
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("output is not one JSON object: %v", err)
	}
	doc := d.Document
	got := fmt.Sprintf("%s|%s|%s|%s|%s", d.Schema, s(doc.Title), s(doc.Source), s(doc.Published), doc.PublishedFrom)
	want := "sitrep/v1|Pakistan urges Kabul to act against militants after border post attack|Dawn|2024-11-22|text"
	if got != want {
		t.Errorf("document = %s, want %s", got, want)
	}
	if doc.Dateline == nil || doc.Dateline.Text != "ISLAMABAD" || doc.Dateline.Place == nil ||
		string([]rune(doc.Text)[doc.Dateline.Start:doc.Dateline.End]) != "ISLAMABAD" {
		t.Errorf("dateline = %+v", doc.Dateline)
	}
	if !strings.HasPrefix(doc.Text, "Pakistan urges Kabul") || !strings.HasSuffix(strings.TrimSpace(doc.Text), "November 22nd, 2024") {
		t.Errorf("text is not the whole input: %q…", doc.Text[:40])
	}
}

func TestExtractCodePointOffsets(t *testing.T) {
	p := write(t, t.TempDir(), "geneve.txt", "Pourparlers à Genève reprennent\n\nGENÈVE: Les délégations se sont réunies lundi.\n")
	code, out, errs := extract(t, "--text", p)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	d := lines(t, out)[0].Document
	if d.Dateline == nil || d.Dateline.Start != 33 || d.Dateline.End != 39 ||
		string([]rune(d.Text)[d.Dateline.Start:d.Dateline.End]) != "GENÈVE" {
		t.Errorf("dateline = %+v, want GENÈVE at code points [33,39)", d.Dateline)
	}
}

func TestExtractJSONLBadLine(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "in.jsonl", `{"id":"a","text":"KABUL: One."}`+"\n\n"+`{"id":"b","text":`+"\n"+`{"id":"c","text":"Three."}`+"\n"+`{"id":"d"}`+"\n")
	code, out, errs := extract(t, "--format", "jsonl", p)
	if code != exitPartial {
		t.Errorf("exit %d, want %d", code, exitPartial)
	}
	var ids []string
	for _, d := range lines(t, out) {
		ids = append(ids, d.Document.ID)
	}
	if strings.Join(ids, ",") != "a,c" {
		t.Errorf("ids = %v, want a,c", ids)
	}
	for _, want := range []string{"sitrep: " + p + ":3: invalid JSON", "sitrep: " + p + `:5: no "text" field`} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr %q lacks %q", errs, want)
		}
	}
}

func TestExtractSomeInputsFail(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", "Talks resume\n\nDOHA: Talks resumed on Sunday.\n")
	empty := write(t, dir, "empty.txt", "")
	bin := write(t, dir, "blob.txt", "\x00\x01\x02binary")
	missing := filepath.Join(dir, "missing.txt")
	code, out, errs := extract(t, missing, good, empty, bin)
	if code != exitPartial {
		t.Errorf("exit %d, want %d", code, exitPartial)
	}
	if docs := lines(t, out); len(docs) != 1 || s(docs[0].Document.Title) != "Talks resume" {
		t.Errorf("output = %q, want the one good document", out)
	}
	for _, want := range []string{
		"sitrep: " + missing + ": no such file or directory",
		"sitrep: " + empty + ": empty: no text to analyse",
		"sitrep: " + bin + ": binary data, not text",
	} {
		if !strings.Contains(errs, want+"\n") {
			t.Errorf("stderr %q lacks line %q", errs, want)
		}
	}
}

func TestExtractFlagsFillMissingMetadata(t *testing.T) {
	dir := t.TempDir()
	bare := write(t, dir, "a.txt", "Aid convoy reaches town\n\nAid trucks reached the town on Monday.\n")
	dated := write(t, dir, "b.json", `{"text":"Aid trucks arrived.","published":"2024-05-01","source":"Desk"}`)
	code, out, errs := extract(t, "--published", "2024-05-06", "--source", "Flag Wire", "--url", "https://flag.example/x", bare, dated)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	docs := lines(t, out)
	if len(docs) != 2 {
		t.Fatalf("%d documents", len(docs))
	}
	a, b := docs[0].Document, docs[1].Document
	if s(a.Published) != "2024-05-06" || a.PublishedFrom != "flag" || s(a.Source) != "Flag Wire" || s(a.URL) != "https://flag.example/x" {
		t.Errorf("flags not applied: %+v", a)
	}
	if s(b.Published) != "2024-05-01" || b.PublishedFrom != "metadata" || s(b.Source) != "Desk" {
		t.Errorf("metadata did not win: %+v", b)
	}
	if a.Title == nil || b.Title != nil {
		t.Errorf("title: headline %q, none %q (want headline, null)", s(a.Title), s(b.Title))
	}
}

func TestExtractUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--input-format", "pdf", "x"},
		{"--published", "yesterday", "x"},
		{},
	} {
		if code, _, _ := extract(t, args...); code != exitUsage {
			t.Errorf("extract %q: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// TestExtractJSONSeveral: --format json prints one document as one
// pretty object and several as one pretty JSON array, in input order.
func TestExtractJSONSeveral(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "First\n\nAMMAN: One.\n")
	code, out, errs := extract(t, "--format", "json", dir)
	var one outDoc
	if err := json.Unmarshal([]byte(out), &one); code != exitOK || err != nil || s(one.Document.Title) != "First" {
		t.Fatalf("one document: exit %d, %v, %s\n%s", code, err, errs, out)
	}
	write(t, dir, "b.txt", "Second\n\nBEIRUT: Two.\n")
	write(t, dir, "c.txt", "Third\n\nKABUL: Three.\n")
	code, out, errs = extract(t, "--format", "json", dir)
	var all []outDoc
	if err := json.Unmarshal([]byte(out), &all); code != exitOK || err != nil || len(all) != 3 {
		t.Fatalf("three documents: exit %d, %v, %s\n%s", code, err, errs, out)
	}
	for i, want := range []string{"First", "Second", "Third"} {
		if s(all[i].Document.Title) != want {
			t.Errorf("element %d title %q, want %q", i, s(all[i].Document.Title), want)
		}
	}
	if !strings.HasPrefix(out, "[\n  {\n    \"schema\"") || !strings.HasSuffix(out, "  }\n]\n") {
		t.Errorf("array not pretty-printed:\n%.200s … %s", out, out[max(0, len(out)-40):])
	}
}

func TestExtractInputFormatAndDirectory(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b.txt", "Second\n\nBEIRUT: Two.\n")
	write(t, dir, "a.txt", "First\n\nAMMAN: One.\n")
	write(t, dir, ".hidden.txt", "Hidden\n\nX: no.\n")
	code, out, errs := extract(t, dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	docs := lines(t, out)
	if len(docs) != 2 || s(docs[0].Document.Title) != "First" || s(docs[1].Document.Title) != "Second" {
		t.Errorf("directory output = %q", out)
	}
	page := write(t, dir, "page.data", "<html><head><title>Page title</title></head><body><p>AMMAN: Text.</p></body></html>")
	code, out, _ = extract(t, "--input-format", "html", "--text", page)
	if d := lines(t, out); code != exitOK || s(d[0].Document.Title) != "Page title" || strings.Contains(d[0].Document.Text, "<") {
		t.Errorf("--input-format html: exit %d, %q", code, out)
	}
}

func TestExtractURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "Envoys meet\n\nDOHA: Envoys met on Sunday.\n")
	}))
	defer srv.Close()
	code, out, errs := extract(t, srv.URL+"/story")
	if code != exitPartial || out != "" || !strings.Contains(errs, "sitrep: "+srv.URL+"/story: refusing to connect") {
		t.Errorf("without --allow-private: exit %d, out %q, err %q", code, out, errs)
	}
	code, out, errs = extract(t, "--allow-private", srv.URL+"/story")
	if code != exitOK {
		t.Fatalf("with --allow-private: exit %d, err %q", code, errs)
	}
	if d := lines(t, out)[0].Document; s(d.Title) != "Envoys meet" || s(d.URL) != srv.URL+"/story" {
		t.Errorf("fetched document: %+v", d)
	}
}

func TestExtractFeed(t *testing.T) {
	code, out, errs := extract(t, "../../examples/border-monitor.xml")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	docs := lines(t, out)
	if len(docs) != 3 || s(docs[0].Document.Source) != "Border Monitor" || docs[1].Document.Dateline == nil {
		t.Errorf("feed output: %d docs: %q", len(docs), out)
	}
}
