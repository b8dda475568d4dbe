package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"sitrep/dict"
	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
	"sitrep/internal/store"
)

// runIngest analyses inputs like extract and stores the analyses: texts
// already stored are skipped before analysis, the others are written in
// batches, one transaction each, so that a killed run leaves whole
// batches only and a second run picks up where it stopped.
func runIngest(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("ingest", "[INPUT ...]   (a file, directory, http(s) URL, or - for stdin)", stderr)
	db := fs.String("db", defaultDB, "store: a SQLite file `PATH` or a postgres:// URL")
	batch := fs.Int("batch", 256, "documents per transaction")
	published := fs.String("published", "", "publication date `DATE` (YYYY-MM-DD or RFC 3339) for inputs that carry none")
	source := fs.String("source", "", "source `NAME` for inputs that carry none")
	title := fs.String("title", "", "title for inputs that carry none")
	url := fs.String("url", "", "URL for inputs that carry none")
	inFormat := fs.String("input-format", "auto", "input format: auto, text, html, json, jsonl or feed")
	allowPrivate := fs.Bool("allow-private", false, "let URL inputs reach loopback and private-network addresses")
	follow := fs.Bool("follow", false, "for feed items, fetch and analyse the linked article instead of the summary")
	dictDir := fs.String("dict", "", "directory `DIR` of dictionary overrides (see docs/dictionaries.md)")
	progress := fs.String("progress", "auto", "progress line on stderr: auto (on a terminal), always or never")
	watch := fs.Duration("watch", 0, "after each pass, wait `INTERVAL` (10m, 1h) and read the inputs again, until interrupted")
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	if *batch < 1 {
		errorf(stderr, "ingest: --batch must be at least 1")
		return exitUsage
	}
	switch *progress {
	case "auto", "always", "never":
	default:
		errorf(stderr, "ingest: unknown --progress %q (want auto, always or never)", *progress)
		return exitUsage
	}
	if *published != "" {
		if _, err := parsePublishedFlag(*published); err != nil {
			errorf(stderr, "ingest: --published: %v", err)
			return exitUsage
		}
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		errorf(stderr, "ingest: no input given (name a file, directory, URL, or - for stdin)")
		return exitUsage
	}
	rd, err := ingest.New(ingest.Options{
		Format: *inFormat, AllowPrivate: *allowPrivate, Follow: *follow,
		Published: *published, Source: *source, Title: *title, URL: *url,
	})
	if err != nil {
		errorf(stderr, "ingest: %v", err)
		return exitUsage
	}
	p, err := pipeline.New(pipeline.Options{DictDir: *dictDir})
	if err != nil {
		errorf(stderr, "ingest: %v", err)
		var bad *dict.Error
		if errors.As(err, &bad) || *dictDir != "" && errors.Is(err, os.ErrNotExist) {
			return exitUsage
		}
		return exitPartial
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		errorf(stderr, "ingest: %s: %v", redactDSN(*db), err)
		return exitPartial
	}
	defer st.Close()

	show := *progress == "always" || *progress == "auto" && isTerminal(stderr)
	r := &round{rd: rd, p: p, st: st, inputs: inputs, batch: *batch, db: *db, progress: show, stdout: stdout, stderr: stderr}
	for {
		code := r.run(ctx)
		if *watch <= 0 || ctx.Err() != nil {
			return code
		}
		select {
		case <-ctx.Done():
			return exitOK // stopped while waiting: the last round is complete
		case <-time.After(*watch):
		}
	}
}

// round is one pass of ingest over its inputs.
type round struct {
	rd             *ingest.Reader
	p              *pipeline.Pipeline
	st             store.Store
	inputs         []string
	batch          int
	db             string
	progress       bool
	stdout, stderr io.Writer
}

// run reads, analyses and stores every input once and returns the exit
// status of the pass.
func (r *round) run(ctx context.Context) int {
	st, stdout, stderr, inputs, db, batch := r.st, r.stdout, r.stderr, r.inputs, &r.db, &r.batch
	rd, p := r.rd, r.p
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	prog := newProgress(inputs, r.progress)
	var mu sync.Mutex // guards stderr between the stages
	fail := func(format string, args ...any) {
		mu.Lock()
		prog.clear(stderr)
		errorf(stderr, format, args...)
		mu.Unlock()
	}

	// Read, skip known texts, analyse, batch, store.
	items := make(chan ingest.Item, 16)
	jobs := make(chan pipeline.Job, 16)
	toStore := make(chan *doc.Analysis, 2**batch)
	go rd.Read(ctx, inputs, items)
	go func() {
		defer close(jobs)
		// The texts read so far (up to 64, never waiting for more) are
		// looked up together; known ones are not analysed again.
		group := make([]ingest.Item, 0, 64)
		hashes := make([]string, 0, 64)
		for it := range items {
			group, hashes = append(group[:0], it), hashes[:0]
		more:
			for len(group) < cap(group) {
				select {
				case x, ok := <-items:
					if !ok {
						break more
					}
					group = append(group, x)
				default:
					break more
				}
			}
			for _, x := range group {
				h := ""
				if x.Err == nil {
					h = store.ContentHash(x.Doc.Text)
				}
				hashes = append(hashes, h)
			}
			known, err := st.KnownSet(ctx, hashes)
			if err != nil {
				cancel(err)
				continue
			}
			for i, x := range group {
				if x.Err == nil && known[hashes[i]] {
					prog.done(x.Doc, store.Unchanged)
					continue
				}
				select {
				case jobs <- pipeline.Job{Doc: x.Doc, Err: x.Err}:
				case <-ctx.Done():
				}
			}
		}
	}()
	var stored sync.WaitGroup
	stored.Add(1)
	go func() {
		defer stored.Done()
		var b []*doc.Analysis
		flush := func() {
			if len(b) == 0 {
				return
			}
			res, err := st.Put(context.WithoutCancel(ctx), b)
			if err != nil {
				cancel(fmt.Errorf("%s: %w", redactDSN(*db), err))
				b = nil
				return
			}
			for i, x := range res {
				prog.done(b[i].Document, x.Outcome)
			}
			b = b[:0]
		}
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case a, ok := <-toStore:
				if !ok {
					flush()
					return
				}
				if ctx.Err() != nil {
					continue // drain; nothing more is stored
				}
				b = append(b, a)
				if len(b) >= *batch {
					flush()
				}
			case <-tick.C:
				flush() // a slow input still commits every second
			}
		}
	}()
	stopDraw := prog.draw(stderr, &mu)
	p.Run(ctx, jobs, func(res pipeline.Result) {
		if res.Err != nil {
			prog.failed(res.Doc)
			fail("%v", res.Err)
			return
		}
		a := res.Analysis
		a.Sentences, a.Tokens = nil, nil
		a.ToCodePoints() // stored as extract --text prints it
		toStore <- a
	})
	close(toStore)
	stored.Wait()
	stopDraw()

	s := prog.summary()
	if err := context.Cause(ctx); err != nil && ctx.Err() != nil {
		if errors.Is(err, context.Canceled) {
			errorf(stderr, "ingest: interrupted; the batches stored so far are kept")
		} else {
			errorf(stderr, "ingest: store: %v", err)
		}
		fmt.Fprintln(stdout, s)
		return exitPartial
	}
	if totals, err := st.Stats(ctx); err == nil {
		s += fmt.Sprintf("; the store holds %d documents, %d events", totals.Documents, totals.Events)
	}
	fmt.Fprintln(stdout, s)
	if prog.nFailed > 0 {
		return exitPartial
	}
	return exitOK
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progress counts what ingest did and estimates the time left from the
// bytes of the local input files read so far: whole files once the
// reader has moved past them, and the text of documents of the current
// one (an underestimate for HTML, exact enough for text and JSONL).
type progress struct {
	mu                                    sync.Mutex
	on                                    bool
	start                                 time.Time
	sizes                                 map[string]int64 // local input files
	total, doneBytes, curBytes            int64
	cur                                   string
	nAdded, nRevised, nUnchanged, nFailed int
	width                                 int
}

func newProgress(inputs []string, on bool) *progress {
	p := &progress{on: on, start: time.Now(), sizes: map[string]int64{}}
	if !on {
		return p
	}
	for _, in := range inputs {
		filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			if fi, err := d.Info(); err == nil && fi.Mode().IsRegular() {
				p.sizes[path] = fi.Size()
				p.total += fi.Size()
			}
			return nil
		})
	}
	return p
}

// fileOf returns the input file a document came from: its Input without
// a ":LINE" or "#ITEM" suffix.
func (p *progress) fileOf(in string) string {
	if _, ok := p.sizes[in]; ok {
		return in
	}
	if i := strings.LastIndexAny(in, ":#"); i > 0 {
		return in[:i]
	}
	return in
}

func (p *progress) advance(d doc.Document) {
	if !p.on {
		return
	}
	f := p.fileOf(d.Input)
	if f != p.cur {
		p.doneBytes += p.sizes[p.cur]
		p.cur, p.curBytes = f, 0
	}
	p.curBytes = min(p.curBytes+int64(len(d.Text)), p.sizes[f])
}

func (p *progress) done(d doc.Document, o store.Outcome) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch o {
	case store.Added:
		p.nAdded++
	case store.Revised:
		p.nRevised++
	default:
		p.nUnchanged++
	}
	p.advance(d)
}

func (p *progress) failed(d doc.Document) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.nFailed++
	p.advance(d)
}

// line renders the progress line.
func (p *progress) line() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := p.nAdded + p.nRevised + p.nUnchanged + p.nFailed
	el := time.Since(p.start)
	rate := float64(n) / el.Seconds()
	s := fmt.Sprintf("ingest: %d documents, %.1f/s", n, rate)
	if read := p.doneBytes + p.curBytes; p.total > 0 && read > 0 {
		frac := float64(read) / float64(p.total)
		left := time.Duration(float64(el) * (1 - frac) / frac).Round(time.Second)
		s += fmt.Sprintf(", %3.0f%%, ETA %s", 100*frac, left)
	}
	return s + fmt.Sprintf(" (%d added, %d revised, %d unchanged, %d failed)", p.nAdded, p.nRevised, p.nUnchanged, p.nFailed)
}

// draw redraws the progress line on w five times a second until the
// returned function is called.
func (p *progress) draw(w io.Writer, mu *sync.Mutex) (stop func()) {
	if !p.on {
		return func() {}
	}
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-quit:
				return
			case <-t.C:
				l := p.line()
				mu.Lock()
				fmt.Fprintf(w, "\r%-*s", p.width, l)
				p.width = len(l)
				mu.Unlock()
			}
		}
	}()
	return func() {
		close(quit)
		<-done
		mu.Lock()
		p.clear(w)
		mu.Unlock()
	}
}

// clear blanks the progress line; the caller holds the stderr lock.
func (p *progress) clear(w io.Writer) {
	if p.on && p.width > 0 {
		fmt.Fprintf(w, "\r%*s\r", p.width, "")
		p.width = 0
	}
}

// summary is the line printed at the end.
func (p *progress) summary() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := p.nAdded + p.nRevised + p.nUnchanged + p.nFailed
	el := time.Since(p.start)
	return fmt.Sprintf("ingested %d documents in %s (%.1f/s): %d added, %d revised, %d unchanged, %d failed",
		n, el.Round(time.Millisecond), float64(n)/el.Seconds(), p.nAdded, p.nRevised, p.nUnchanged, p.nFailed)
}
