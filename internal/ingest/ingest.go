// Package ingest reads news documents from files, directories, stdin and
// URLs in the formats sitrep accepts (plain text, HTML, JSON, JSONL, RSS
// and Atom) and turns each into a doc.Document with its metadata: title,
// source, URL, publication date (and where it came from), dateline, byline.
//
// In: input names as given on the command line. Out: a stream of Items, in
// input order; an input that cannot be read becomes one Item whose Err names
// it (file, URL, FILE:LINE for JSONL, FILE#N for a feed item or JSON array
// element) and says why, and reading goes on with the next.
//
// Formats are chosen by Options.Format, else a server's Content-Type, else
// the file extension, else the content (read.go, detect.go). Every
// document's Text is the whole text, normalised (normalize.go): for HTML
// and feed items it is the headline, a blank line and the article text, so
// that the headline is sentence 0 as in plain text. Metadata from the input
// wins; then the news conventions found in the text (conventions.go:
// headline, byline, dateline, "Published in …" footer); then the Options
// flags. Doubts (repaired encoding, a dateline date without a year, an
// unreadable date) become Document.Notes, which doc.New turns into
// diagnostics of stage "ingest".
//
// Limits: one input is at most Options.MaxBytes (64 MiB by default); URL
// fetches refuse non-public addresses unless AllowPrivate (fetch.go); HTML
// nested deeper than 512 elements, or with more than 60,000 elements, is
// read as its visible text without article extraction. Language is taken
// from <html lang> or else assumed to be English.
package ingest

import (
	"context"
	"fmt"
	"io"
	"time"

	"sitrep/internal/doc"
)

// Options configures a Reader. The zero value reads local inputs with
// format detection and refuses private network addresses.
type Options struct {
	// Format forces an input format: auto (or ""), text, html, json, jsonl, feed.
	Format string
	// AllowPrivate lets URL inputs reach loopback and private addresses.
	AllowPrivate bool
	// Follow makes feed items fetch and analyse their linked article.
	Follow bool
	// Published, Source, Title and URL fill metadata for inputs that carry none.
	Published string
	Source    string
	Title     string
	URL       string
	// MaxBytes caps the size of one input; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Timeout caps one URL fetch, from connecting to the last byte of
	// the body; 0 means DefaultTimeout.
	Timeout time.Duration
	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
}

// Defaults for Options.
const (
	DefaultMaxBytes = 64 << 20
	DefaultTimeout  = 20 * time.Second
)

// Item is one document read from an input, or the error met reading it.
type Item struct {
	Doc doc.Document
	// Err, when set, says which input (file, URL or JSONL line) failed and why.
	Err error
}

// Reader reads inputs. It is safe for concurrent use.
type Reader struct {
	opts  Options
	fetch *fetcher
}

// New returns a Reader.
func New(opts Options) (*Reader, error) {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	switch opts.Format {
	case "", "auto", "text", "html", "json", "jsonl", "feed":
	default:
		return nil, fmt.Errorf("unknown input format %q (want auto, text, html, json, jsonl or feed)", opts.Format)
	}
	return &Reader{opts: opts, fetch: newFetcher(opts)}, nil
}

// Read reads every input in order, sends one Item per document to out, and
// closes out when done or when ctx is cancelled.
func (r *Reader) Read(ctx context.Context, inputs []string, out chan<- Item) {
	defer close(out)
	for _, in := range inputs {
		if ctx.Err() != nil {
			return
		}
		r.readInput(ctx, in, out)
	}
}
