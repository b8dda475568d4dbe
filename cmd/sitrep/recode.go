package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"sitrep/dict"
	"sitrep/internal/doc"
	"sitrep/internal/pipeline"
	"sitrep/internal/store"
)

// runRecode re-analyses stored documents with the current pipeline
// (after dictionaries or models change) and replaces the analyses of
// their latest revisions in place, keeping keys, ids and revisions.
//
// In: a store and a filter (the flags of query). Out: the store's
// analyses and query tables rewritten in batched transactions, and a
// summary line on stdout.
//
// The selected documents (metadata and text) are read into memory
// first, because SQLite cannot be written while a read is open on the
// same store; recode a very large store in parts (--from/--to, --doc).
func runRecode(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("recode", "", stderr)
	db := fs.String("db", defaultDB, "store: a SQLite file `PATH` or a postgres:// URL")
	filter := filterFlags(fs)
	dictDir := fs.String("dict", "", "directory `DIR` of dictionary overrides (see docs/dictionaries.md)")
	batch := fs.Int("batch", 64, "documents per transaction")
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() > 0 {
		errorf(stderr, "recode: unexpected argument %q (filters are flags; see sitrep recode -h)", fs.Arg(0))
		return exitUsage
	}
	if *batch < 1 {
		errorf(stderr, "recode: --batch must be at least 1")
		return exitUsage
	}
	f, err := filter()
	if err != nil {
		errorf(stderr, "recode: %v", err)
		return exitUsage
	}
	p, err := pipeline.New(pipeline.Options{DictDir: *dictDir})
	if err != nil {
		errorf(stderr, "recode: %v", err)
		var bad *dict.Error
		if errors.As(err, &bad) || *dictDir != "" && errors.Is(err, os.ErrNotExist) {
			return exitUsage
		}
		return exitPartial
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		errorf(stderr, "recode: %s: %v", redactDSN(*db), err)
		return exitPartial
	}
	defer st.Close()

	var docs []doc.Document
	had := map[string]int{} // events of each document before, by id
	err = st.Analyses(ctx, f, func(js []byte) error {
		d, n, err := storedDocument(js)
		if err != nil {
			return err
		}
		docs = append(docs, d)
		had[d.ID] = n
		return nil
	})
	if err != nil {
		errorf(stderr, "recode: read stored analyses: %v", err)
		return exitPartial
	}

	jobs := make(chan pipeline.Job)
	go func() {
		defer close(jobs)
		for _, d := range docs {
			select {
			case jobs <- pipeline.Job{Doc: d}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var (
		pending                []*doc.Analysis
		recoded, fail, skipped int
		before, after          int
		storeErr               error
	)
	done := func(as ...*doc.Analysis) {
		recoded += len(as)
		for _, a := range as {
			before += had[a.Document.ID]
			after += len(a.Events)
		}
	}
	flush := func() {
		if len(pending) == 0 || storeErr != nil {
			return
		}
		wctx := context.WithoutCancel(ctx) // a batch begun is finished
		err := st.Replace(wctx, pending)
		if errors.Is(err, store.ErrNotFound) {
			// A document was revised (or removed) since it was read: its
			// latest revision is no longer the text recoded. Replace the
			// others one by one and leave it be.
			err = nil
			for _, a := range pending {
				switch e := st.Replace(wctx, []*doc.Analysis{a}); {
				case errors.Is(e, store.ErrNotFound):
					skipped++
					errorf(stderr, "recode: %s: revised since it was read; not recoded", a.Document.ID)
				case e != nil:
					err = e
				default:
					done(a)
				}
				if err != nil {
					break
				}
			}
		} else if err == nil {
			done(pending...)
		}
		if err != nil {
			storeErr = err
		}
		pending = pending[:0]
	}
	p.Run(ctx, jobs, func(res pipeline.Result) {
		if res.Err != nil {
			fail++
			errorf(stderr, "recode: %s: %v", res.Doc.ID, res.Err)
			return
		}
		a := res.Analysis
		a.Sentences, a.Tokens = nil, nil
		a.ToCodePoints() // stored as extract --text prints it
		pending = append(pending, a)
		if len(pending) >= *batch {
			flush()
		}
	})
	flush()
	switch {
	case storeErr != nil:
		errorf(stderr, "recode: %s: %v", redactDSN(*db), storeErr)
	case ctx.Err() != nil:
		errorf(stderr, "recode: interrupted; the batches recoded so far are kept")
	}
	fmt.Fprintf(stdout, "recoded %d of %d documents (%d failed, %d revised meanwhile); their events: %d before, %d after\n",
		recoded, len(docs), fail, skipped, before, after)
	if storeErr != nil || ctx.Err() != nil || fail > 0 {
		return exitPartial
	}
	return exitOK
}

// storedDocument returns the document of a stored analysis (sitrep/v1,
// code point offsets, text included) as the pipeline takes it (byte
// offsets; ingest's notes back in Notes), and its number of events.
func storedDocument(js []byte) (doc.Document, int, error) {
	var a doc.Analysis
	if err := json.Unmarshal(js, &a); err != nil {
		return doc.Document{}, 0, fmt.Errorf("decode stored analysis: %w", err)
	}
	d := a.Document
	if d.Text == "" {
		return d, 0, fmt.Errorf("stored analysis %s has no text to recode", d.ID)
	}
	toByte := byteOffsets(d.Text)
	if dl := d.Dateline; dl != nil {
		dl.Start, dl.End = toByte(dl.Start), toByte(dl.End)
		dl.Place = "" // the geo stage resolves it again
	}
	for _, n := range a.Diagnostics {
		if n.Stage == "ingest" { // doubts met reading the input, not by a stage
			n.Start, n.End = toByte(n.Start), toByte(n.End)
			d.Notes = append(d.Notes, n)
		}
	}
	return d, len(a.Events), nil
}

// byteOffsets returns a function from code point offsets in text to byte
// offsets, clamped to the text.
func byteOffsets(text string) func(int) int {
	idx := make([]int, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		idx = append(idx, i)
	}
	idx = append(idx, len(text))
	return func(cp int) int {
		return idx[max(0, min(cp, len(idx)-1))]
	}
}
