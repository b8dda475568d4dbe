package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"sitrep/dict"
	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
)

func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("extract", "[INPUT ...]   (a file, directory, http(s) URL, or - for stdin)", stderr)
	format := fs.String("format", "", "output format: json (default for one document), jsonl (default for several) or table")
	published := fs.String("published", "", "publication date `DATE` (YYYY-MM-DD or RFC 3339) for inputs that carry none")
	source := fs.String("source", "", "source `NAME` for inputs that carry none")
	title := fs.String("title", "", "title for inputs that carry none")
	url := fs.String("url", "", "URL for inputs that carry none")
	withText := fs.Bool("text", false, "include document.text")
	withTokens := fs.Bool("tokens", false, "include sentences and tokens with UPOS tags")
	inFormat := fs.String("input-format", "auto", "input format: auto, text, html, json, jsonl or feed")
	allowPrivate := fs.Bool("allow-private", false, "let URL inputs reach loopback and private-network addresses")
	follow := fs.Bool("follow", false, "for feed items, fetch and analyse the linked article instead of the summary")
	dictDir := fs.String("dict", "", "directory `DIR` of dictionary overrides (see docs/dictionaries.md)")
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	switch *format {
	case "", "json", "jsonl", "table":
	default:
		errorf(stderr, "extract: unknown --format %q (want json, jsonl or table)", *format)
		return exitUsage
	}
	switch *inFormat {
	case "auto", "text", "html", "json", "jsonl", "feed":
	default:
		errorf(stderr, "extract: unknown --input-format %q", *inFormat)
		return exitUsage
	}
	if *published != "" {
		if _, err := parsePublishedFlag(*published); err != nil {
			errorf(stderr, "extract: --published: %v", err)
			return exitUsage
		}
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		errorf(stderr, "extract: no input given (name a file, directory, URL, or - for stdin)")
		return exitUsage
	}

	rd, err := ingest.New(ingest.Options{
		Format: *inFormat, AllowPrivate: *allowPrivate, Follow: *follow,
		Published: *published, Source: *source, Title: *title, URL: *url,
	})
	if err != nil {
		errorf(stderr, "extract: %v", err)
		return exitUsage
	}
	p, err := pipeline.New(pipeline.Options{DictDir: *dictDir})
	if err != nil {
		errorf(stderr, "extract: %v", err)
		var bad *dict.Error
		if errors.As(err, &bad) || *dictDir != "" && errors.Is(err, os.ErrNotExist) {
			return exitUsage // a bad --dict is a usage error
		}
		return exitPartial
	}

	items := make(chan ingest.Item, 16)
	jobs := make(chan pipeline.Job, 16)
	go rd.Read(ctx, inputs, items)
	go func() {
		defer close(jobs)
		for it := range items {
			jobs <- pipeline.Job{Doc: it.Doc, Err: it.Err}
		}
	}()

	w := bufio.NewWriter(stdout)
	defer w.Flush()
	out := newPrinter(w, *format, *withText, *withTokens)
	failed := false
	p.Run(ctx, jobs, func(r pipeline.Result) {
		if r.Err != nil {
			failed = true
			w.Flush()
			errorf(stderr, "%v", r.Err)
			return
		}
		if err := out.print(r.Analysis); err != nil {
			failed = true
			errorf(stderr, "%s: write output: %v", r.Doc.Input, err)
		}
	})
	if err := out.close(); err != nil {
		errorf(stderr, "write output: %v", err)
		return exitPartial
	}
	if ctx.Err() != nil {
		errorf(stderr, "extract: interrupted")
		return exitPartial
	}
	if failed {
		return exitPartial
	}
	return exitOK
}

// parsePublishedFlag checks a --published value: a day or an RFC 3339 time.
func parsePublishedFlag(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q is not a date (YYYY-MM-DD) or RFC 3339 time", s)
}

// printer writes analyses in one output format. With no format chosen it
// holds the first analysis back until it knows whether a second follows:
// one document prints as pretty JSON, several as JSONL. With --format json
// it does the same, and several documents print as one pretty JSON array
// (one document stays one object, as cli.md has it).
type printer struct {
	w          *bufio.Writer
	format     string
	chosen     bool // the format was asked for
	text, toks bool
	held       *doc.Analysis
	n          int
}

func newPrinter(w *bufio.Writer, format string, text, toks bool) *printer {
	return &printer{w: w, format: format, chosen: format != "", text: text, toks: toks}
}

func (p *printer) print(a *doc.Analysis) error {
	p.prepare(a)
	p.n++
	if p.format == "json" && p.chosen {
		switch p.n {
		case 1:
			p.held = a
			return nil
		case 2:
			if _, err := p.w.WriteString("[\n"); err != nil {
				return err
			}
			if err := p.element(p.held); err != nil {
				return err
			}
			p.held = nil
		}
		if _, err := p.w.WriteString(",\n"); err != nil {
			return err
		}
		return p.element(a)
	}
	if p.format == "" {
		if p.n == 1 {
			p.held = a
			return nil
		}
		p.format = "jsonl"
		if err := p.write(p.held); err != nil {
			return err
		}
		p.held = nil
	}
	return p.write(a)
}

func (p *printer) close() error {
	if p.held != nil {
		p.format = "json"
		if err := p.write(p.held); err != nil {
			return err
		}
	} else if p.format == "json" && p.chosen && p.n > 1 {
		if _, err := p.w.WriteString("\n]\n"); err != nil {
			return err
		}
	}
	return p.w.Flush()
}

// element writes a as an element of the pretty JSON array, indented, with
// no newline after it.
func (p *printer) element(a *doc.Analysis) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(a); err != nil {
		return err
	}
	if _, err := p.w.WriteString("  "); err != nil {
		return err
	}
	_, err := p.w.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
	return err
}

// prepare readies a for output: drops what was not asked for and converts
// offsets to code points.
func (p *printer) prepare(a *doc.Analysis) {
	if !p.toks {
		a.Sentences, a.Tokens = nil, nil
	} else {
		if a.Sentences == nil {
			a.Sentences = []doc.Sentence{}
		}
		if a.Tokens == nil {
			a.Tokens = []doc.Token{}
		}
	}
	a.ToCodePoints()
	if !p.text {
		a.Document.Text = ""
	}
}

func (p *printer) write(a *doc.Analysis) error {
	switch p.format {
	case "table":
		return writeTable(p.w, a)
	case "json":
		enc := json.NewEncoder(p.w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(a)
	default:
		enc := json.NewEncoder(p.w)
		enc.SetEscapeHTML(false)
		return enc.Encode(a)
	}
}
