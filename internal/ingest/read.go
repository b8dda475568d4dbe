package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// readInput reads one command-line input (a path, a directory, "-" or a
// URL) and sends its documents to out.
func (r *Reader) readInput(ctx context.Context, in string, out chan<- Item) {
	send := func(it Item) bool {
		select {
		case out <- it:
			return true
		case <-ctx.Done():
			return false
		}
	}
	if in == "-" {
		b, err := io.ReadAll(io.LimitReader(os.Stdin, r.opts.MaxBytes+1))
		if err != nil {
			send(Item{Err: fmt.Errorf("stdin: %w", err)})
			return
		}
		r.readBytes(ctx, "stdin", b, send)
		return
	}
	b, err := os.ReadFile(in)
	if err != nil {
		send(Item{Err: fmt.Errorf("%s: %w", in, err)})
		return
	}
	r.readBytes(ctx, in, b, send)
}

// readBytes parses the content b of the input called name.
func (r *Reader) readBytes(ctx context.Context, name string, b []byte, send func(Item) bool) {
	if int64(len(b)) > r.opts.MaxBytes {
		send(Item{Err: fmt.Errorf("%s: larger than %d bytes", name, r.opts.MaxBytes)})
		return
	}
	if !utf8.Valid(b) {
		send(Item{Err: fmt.Errorf("%s: not valid UTF-8 text", name)})
		return
	}
	d := doc.Document{Input: name, Text: string(b)}
	r.finish(&d)
	send(Item{Doc: d})
}

// finish fills defaults: flag metadata, language, id.
func (r *Reader) finish(d *doc.Document) {
	if d.Title == "" && r.opts.Title != "" {
		d.Title = doc.Str(r.opts.Title)
	}
	if d.Source == "" && r.opts.Source != "" {
		d.Source = doc.Str(r.opts.Source)
	}
	if d.URL == "" && r.opts.URL != "" {
		d.URL = doc.Str(r.opts.URL)
	}
	if d.Published == "" && r.opts.Published != "" {
		d.Published = doc.Str(r.opts.Published)
		d.PublishedFrom = doc.FromFlag
	}
	if d.Published == "" {
		d.PublishedFrom = doc.FromNone
	}
	if d.Language == "" {
		d.Language = "en"
	}
	if d.ID == "" {
		d.ID = ContentID(d.Text)
	}
}

// ContentID derives a document id from its text, so that the same content
// always gets the same id.
func ContentID(text string) string {
	h := sha256.Sum256([]byte(strings.TrimSpace(text)))
	return "d-" + hex.EncodeToString(h[:8])
}
