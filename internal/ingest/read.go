package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"sitrep/internal/doc"
)

// sender delivers one Item and reports false when reading must stop.
type sender func(Item) bool

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
	switch {
	case in == "-":
		stdin := r.opts.Stdin
		if stdin == nil {
			stdin = os.Stdin
		}
		b, err := io.ReadAll(io.LimitReader(stdin, r.opts.MaxBytes+1))
		if err != nil {
			send(Item{Err: fmt.Errorf("stdin: %w", err)})
			return
		}
		if int64(len(b)) > r.opts.MaxBytes {
			send(Item{Err: fmt.Errorf("stdin: %w", r.tooBig())})
			return
		}
		r.readBytes(ctx, "stdin", b, "", send)
	case isURL(in):
		r.readURL(ctx, in, send)
	default:
		fi, err := os.Stat(in)
		if err != nil {
			send(Item{Err: fileErr(in, err)})
			return
		}
		if fi.IsDir() {
			r.readDir(ctx, in, send)
			return
		}
		r.readFile(ctx, in, send)
	}
}

// readURL fetches a URL input and reads what came back.
func (r *Reader) readURL(ctx context.Context, in string, send sender) {
	f, err := r.fetch.fetch(ctx, in)
	if err != nil {
		send(Item{Err: fmt.Errorf("%s: %w", in, err)})
		return
	}
	r.readBytes(ctx, in, f.body, f.contentType, func(it Item) bool {
		if it.Err == nil && it.Doc.URL == "" {
			it.Doc.URL = doc.Str(f.finalURL)
		}
		return send(it)
	})
}

// readFile reads one file.
func (r *Reader) readFile(ctx context.Context, path string, send sender) {
	f, err := os.Open(path)
	if err != nil {
		send(Item{Err: fileErr(path, err)})
		return
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > r.opts.MaxBytes {
		send(Item{Err: fmt.Errorf("%s: %w", path, r.tooBig())})
		return
	}
	b, err := io.ReadAll(io.LimitReader(f, r.opts.MaxBytes+1))
	if err != nil {
		send(Item{Err: fileErr(path, err)})
		return
	}
	if int64(len(b)) > r.opts.MaxBytes {
		send(Item{Err: fmt.Errorf("%s: %w", path, r.tooBig())})
		return
	}
	r.readBytes(ctx, path, b, "", send)
}

func (r *Reader) tooBig() error {
	if r.opts.MaxBytes >= 1<<20 {
		return fmt.Errorf("larger than the %d-byte (%d MiB) input limit", r.opts.MaxBytes, r.opts.MaxBytes>>20)
	}
	return fmt.Errorf("larger than the %d-byte input limit", r.opts.MaxBytes)
}

// fileErr words a file system error for a user: the path once, the reason.
func fileErr(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no such file or directory", path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%s: permission denied", path)
	}
	return fmt.Errorf("%s: %w", path, err)
}

// docExts are the file name extensions read when walking a directory;
// files without an extension are read too. Anything else in a directory
// (images, archives, editor backups) is skipped. A file named on the
// command line is always read, whatever its name.
var docExts = map[string]bool{
	".txt": true, ".text": true, ".md": true,
	".html": true, ".htm": true, ".xhtml": true,
	".json": true, ".jsonl": true, ".ndjson": true,
	".xml": true, ".rss": true, ".atom": true,
}

// docExtList lists docExts for a message.
func docExtList() string {
	exts := make([]string, 0, len(docExts))
	for e := range docExts {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	return strings.Join(exts, " ") + " and names without an extension"
}

// readDir reads every document file under dir, recursively, in lexical
// path order, skipping hidden files and directories.
func (r *Reader) readDir(ctx context.Context, dir string, send sender) {
	files := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			if !send(Item{Err: fileErr(path, err)}) {
				return ctx.Err()
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if path != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		ext := strings.ToLower(filepath.Ext(name))
		if ext != "" && !docExts[ext] || strings.HasSuffix(name, "~") || strings.HasPrefix(name, "#") {
			return nil // not a document, or an editor's backup
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
				return nil // a link to a directory or nothing: skip
			}
		}
		files++
		r.readFile(ctx, path, send)
		return nil
	})
	if err != nil && ctx.Err() == nil {
		send(Item{Err: fileErr(dir, err)})
		return
	}
	if files == 0 && ctx.Err() == nil {
		send(Item{Err: fmt.Errorf("%s: no document files in the directory (looked for %s)", dir, docExtList())})
	}
}

// readBytes parses the content b of the input called name. contentType
// is the Content-Type header a server gave, or "".
func (r *Reader) readBytes(ctx context.Context, name string, b []byte, contentType string, send sender) {
	format := r.opts.Format
	if format == "" || format == "auto" {
		format = detectFormat(name, contentType, b)
	}
	switch format {
	case "html":
		r.readHTML(name, b, contentType, send)
	case "json":
		r.readJSON(name, b, send)
	case "jsonl":
		r.readJSONL(name, b, send)
	case "feed":
		r.readFeed(ctx, name, b, send)
	default:
		text, notes, err := decodeText(b)
		if err != nil {
			send(Item{Err: fmt.Errorf("%s: %w", name, err)})
			return
		}
		d := doc.Document{Input: name, Text: text, Notes: notes}
		send(Item{Doc: r.finish(d)})
	}
}

// finish fills what a reader left empty: metadata from the text's news
// conventions, then from flags; language; id.
func (r *Reader) finish(d doc.Document) doc.Document {
	d.Notes = append(d.Notes, applyConventions(&d)...)
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
	return d
}

// ContentID derives a document id from its text, so that the same content
// always gets the same id.
func ContentID(text string) string {
	h := sha256.Sum256([]byte(strings.TrimSpace(text)))
	return "d-" + hex.EncodeToString(h[:8])
}
