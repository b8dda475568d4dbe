// Package pipeline wires sitrep's stages together in one place and runs
// them over many documents in parallel.
//
// In: doc.Document values (from ingest). Out: one *doc.Analysis per
// document, in input order, with byte offsets (callers convert with
// Analysis.ToCodePoints before printing). A panic inside a stage is caught
// and reported as that document's error; it never stops the others.
package pipeline

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"

	"sitrep/internal/actors"
	"sitrep/internal/doc"
	"sitrep/internal/events"
	"sitrep/internal/geo"
	"sitrep/internal/ner"
	"sitrep/internal/quotes"
	"sitrep/internal/tag"
	"sitrep/internal/text"
	"sitrep/internal/timex"
)

// Stage is one step of the analysis. It annotates a in place. A stage is
// built once, is immutable afterwards and is safe for concurrent use.
// Doubts become a.Diagnostics; an error means the document could not be
// analysed at all (cancellation, broken configuration).
type Stage interface {
	Name() string
	Annotate(ctx context.Context, a *doc.Analysis) error
}

// Options configures a Pipeline. The zero value is ready to use.
type Options struct {
	// Workers is the number of documents analysed at once; 0 means one
	// per CPU.
	Workers int
	// DictDir is a directory of dictionary overrides for the actors
	// stage (sitrep extract --dict DIR); "" uses the embedded ones.
	DictDir string
}

// Pipeline is the ordered list of stages. It is safe for concurrent use.
type Pipeline struct {
	stages  []Stage
	workers int
}

// New builds the pipeline: every stage, in the order it runs.
func New(opts Options) (*Pipeline, error) {
	// The models load side by side: start-up is the slowest load, not
	// their sum, where there is more than one core.
	var (
		tagger         *tag.Tagger
		recognizer     *ner.Recognizer
		tagErr, nerErr error
		wg             sync.WaitGroup
	)
	wg.Add(2)
	go func() { defer wg.Done(); tagger, tagErr = tag.New(tag.Options{}) }()
	go func() { defer wg.Done(); recognizer, nerErr = ner.New(ner.Options{}) }()
	resolver, err := actors.New(actors.Options{DictDir: opts.DictDir})
	wg.Wait()
	if err = cmp.Or(tagErr, nerErr, err); err != nil {
		return nil, err
	}
	coder, err := events.New(events.Options{KB: resolver.KB()})
	if err != nil {
		return nil, err
	}
	stages := []Stage{
		text.New(text.Options{}),
		tagger,
		recognizer,
		timex.New(timex.Options{}),
		geo.New(geo.Options{DictDir: opts.DictDir}), // after ner and timex; loads its gazetteer on first use
		resolver, // actors: after ner, timex and geo
		quotes.New(quotes.Options{}),
		coder, // events: last, over every stage before
	}
	return NewWith(opts, stages...), nil
}

// NewWith returns a pipeline that runs the given stages in order; tests
// use it to run part of the chain.
func NewWith(opts Options, stages ...Stage) *Pipeline {
	w := opts.Workers
	if w <= 0 {
		w = runtime.GOMAXPROCS(0)
	}
	return &Pipeline{stages: stages, workers: w}
}

// Stages returns the names of the stages in the order they run.
func (p *Pipeline) Stages() []string {
	names := make([]string, len(p.stages))
	for i, s := range p.stages {
		names[i] = s.Name()
	}
	return names
}

// Analyze runs every stage over d and returns its analysis.
func (p *Pipeline) Analyze(ctx context.Context, d doc.Document) (*doc.Analysis, error) {
	a := doc.New(d)
	if err := p.Annotate(ctx, a); err != nil {
		return nil, err
	}
	return a, nil
}

// Annotate runs the stages over an existing analysis, in order, except
// those named in skip. The scorer uses it to feed gold annotations: with
// gold tokens and sentences already in a, it skips "text".
func (p *Pipeline) Annotate(ctx context.Context, a *doc.Analysis, skip ...string) error {
stages:
	for _, s := range p.stages {
		for _, name := range skip {
			if s.Name() == name {
				continue stages
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := runStage(ctx, s, a); err != nil {
			return err
		}
	}
	return nil
}

// runStage runs one stage, turning a panic into an error so that one
// document's bad luck never ends the run.
func runStage(ctx context.Context, s Stage, a *doc.Analysis) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error in stage %s: %v", s.Name(), r)
			if debugPanics {
				err = fmt.Errorf("%w\n%s", err, debug.Stack())
			}
		}
	}()
	if err := s.Annotate(ctx, a); err != nil {
		return fmt.Errorf("%s: %w", s.Name(), err)
	}
	return nil
}

// debugPanics adds stack traces to caught panics; tests turn it on.
var debugPanics = false

// Job is one unit of work for Run: a document, or the error met reading it.
type Job struct {
	Doc doc.Document
	Err error
}

// Result is the outcome of one Job, in input order.
type Result struct {
	Doc      doc.Document // the input document (Text may be empty on error)
	Analysis *doc.Analysis
	Err      error
}

// Run analyses the jobs from in on p's workers and calls emit once per job,
// in the order the jobs arrived. It returns when in is closed and every
// result has been emitted, or when ctx is cancelled.
func (p *Pipeline) Run(ctx context.Context, in <-chan Job, emit func(Result)) {
	type slot struct{ done chan Result }
	// order carries one slot per job in arrival order; its capacity bounds
	// how far workers may run ahead of the printer.
	order := make(chan slot, 4*p.workers)
	work := make(chan struct {
		job Job
		s   slot
	})
	for i := 0; i < p.workers; i++ {
		go func() {
			for w := range work {
				r := Result{Doc: w.job.Doc, Err: w.job.Err}
				if r.Err == nil {
					r.Analysis, r.Err = p.Analyze(ctx, w.job.Doc)
				}
				w.s.done <- r
			}
		}()
	}
	go func() {
		defer close(order)
		defer close(work)
		for {
			select {
			case <-ctx.Done():
				return
			case j, ok := <-in:
				if !ok {
					return
				}
				s := slot{done: make(chan Result, 1)}
				select {
				case order <- s:
				case <-ctx.Done():
					return
				}
				select {
				case work <- struct {
					job Job
					s   slot
				}{j, s}:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	for s := range order {
		select {
		case r := <-s.done:
			emit(r)
		case <-ctx.Done():
			return
		}
	}
}
