// Package eval scores sitrep against annotated data sets: the scorers
// behind `sitrep eval` and the accuracy floors that CI enforces.
//
// In: a data directory laid out like shared/data (read through
// internal/eval/gold) and a pipeline to test. Out: one Result per suite,
// each a list of Metrics with the field's standard definitions (span F1,
// conlleval chunk F1, TempEval-3 strict/relaxed/value F1, accuracies),
// printed as text, JSON or the markdown of docs/SCORECARD.md.
//
// Every suite runs the pipeline exactly as a user would, and scores only
// what it emits: a stage that does not exist yet scores 0. A suite whose
// files are missing is skipped with a message, never failed. Quick mode
// runs each suite on a small fixed subset, for the floors test.
//
// Limits: suites over large sets use a fixed, documented sample (see
// each suite's Note); peers' figures come from their papers and were
// often measured on other splits, which the scorecard says.
package eval

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"sitrep/internal/doc"
)

// Analyzer is the system under test: internal/pipeline's Pipeline.
type Analyzer interface {
	Analyze(ctx context.Context, d doc.Document) (*doc.Analysis, error)
	Annotate(ctx context.Context, a *doc.Analysis, skip ...string) error
}

// Options configures a Run. Data and System are required.
type Options struct {
	// Data is the data directory (shared/data).
	Data string
	// System is the pipeline to score.
	System Analyzer
	// Quick scores every suite on its small fixed subset.
	Quick bool
	// Workers is the number of documents analysed at once; 0 means one per CPU.
	Workers int
	// Examples is how many misses (or confusions) each suite lists in
	// Result.Examples; 0 lists none.
	Examples int
}

// Suite is one capability scored on one or more data sets.
type Suite struct {
	Name  string // command-line name: tokens, pos, ner …
	Title string // what it measures
	run   func(ctx context.Context, r *runner) (*Result, error)
}

// Result is the outcome of one suite.
type Result struct {
	Suite string `json:"suite"`
	Title string `json:"title"`
	// Data names the data set and the part scored.
	Data string `json:"data"`
	// Skipped says why the suite did not run; Metrics is then empty.
	Skipped string   `json:"skipped,omitempty"`
	Metrics []Metric `json:"metrics"`
	// Docs is the number of documents analysed; Failed how many of them
	// the pipeline returned an error for (scored as empty analyses).
	Docs    int     `json:"docs"`
	Failed  int     `json:"failed"`
	Seconds float64 `json:"seconds"`
	// Notes says how the suite matched system output to gold (for the scorecard).
	Notes []string `json:"notes,omitempty"`
	// Examples lists some of the system's misses, when Options.Examples asks.
	Examples []string `json:"examples,omitempty"`
}

// Metric is one figure. Values are fractions in [0, 1].
type Metric struct {
	// Key identifies the metric across runs ("ner.conll.f1"); floors use it.
	Key  string `json:"key"`
	Name string `json:"name"`
	// Value is the headline figure: F1 or accuracy.
	Value float64 `json:"value"`
	// P and R are set for precision/recall metrics.
	P *float64 `json:"p,omitempty"`
	R *float64 `json:"r,omitempty"`
	// N is the number of gold items the figure is over.
	N     int    `json:"n"`
	Peers []Peer `json:"peers,omitempty"`
	// NoFloor marks a figure that doing nothing already scores well on
	// (exact counts where most gold counts are 0); RaiseFloors gives it
	// no floor, so that a new stage is not held to a do-nothing baseline.
	NoFloor bool `json:"no_floor,omitempty"`
}

// Peer is a published figure of another system on the same task.
type Peer struct {
	System string  `json:"system"`
	Value  float64 `json:"value"`
	// Source cites where the figure comes from, and on which split.
	Source string `json:"source"`
}

// Suites returns every suite in the order they run.
func Suites() []Suite {
	return []Suite{
		{"tokens", "tokens and sentences: span F1", runTokens},
		{"pos", "part of speech: UPOS accuracy on gold tokens", runPOS},
		{"ner", "named entities: exact-span P/R/F1 (conlleval) on gold tokens", runNER},
		{"timex", "temporal expressions: TempEval-3 strict/relaxed/value F1", runTimex},
		{"quotes", "quotes: content P/R/F1 and speaker attribution", runQuotes},
		{"acled", "events from ACLED analyst notes", runACLED},
		{"gtd", "events from GTD attack summaries", runGTD},
		{"places", "event places: accuracy of the event's place", runPlaces},
		{"sentences", "events on coded news sentences: event precision, relevance, type", runSentences},
	}
}

// ErrUnknownSuite is returned by Run for a suite name it does not know.
var ErrUnknownSuite = errors.New("unknown suite")

// Run runs the named suites (all when names is empty) in order and calls
// emit with each result as it completes.
func Run(ctx context.Context, opts Options, names []string, emit func(*Result)) error {
	if opts.System == nil {
		return errors.New("run eval: no system to score")
	}
	all := Suites()
	var chosen []Suite
	if len(names) == 0 {
		chosen = all
	}
	for _, n := range names {
		found := false
		for _, s := range all {
			if s.Name == n {
				chosen = append(chosen, s)
				found = true
			}
		}
		if !found {
			return fmt.Errorf("run eval: %w %q", ErrUnknownSuite, n)
		}
	}
	r := &runner{opts: opts}
	if r.opts.Workers <= 0 {
		r.opts.Workers = runtime.GOMAXPROCS(0)
	}
	for _, s := range chosen {
		start := time.Now()
		res, err := s.run(ctx, r)
		var missing *missingError
		switch {
		case errors.As(err, &missing):
			res = &Result{Skipped: missing.Error()}
		case err != nil:
			return fmt.Errorf("run suite %s: %w", s.Name, err)
		}
		res.Suite, res.Title = s.Name, s.Title
		if res.Metrics == nil {
			res.Metrics = []Metric{}
		}
		res.Seconds = time.Since(start).Seconds()
		addPeers(res)
		emit(res)
	}
	return nil
}

// runner carries what every suite needs.
type runner struct {
	opts Options
}

// missingError says that a suite's data is not there.
type missingError struct{ path string }

func (e *missingError) Error() string {
	return fmt.Sprintf("data not found: %s (pass --data DIR pointing at shared/data)", e.path)
}

// open opens a file of the data directory; a missing file is a
// *missingError, which makes the suite skip.
func (r *runner) open(rel string) (*os.File, error) {
	p := filepath.Join(r.opts.Data, rel)
	f, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &missingError{p}
	}
	if err != nil {
		return nil, fmt.Errorf("open data: %w", err)
	}
	return f, nil
}

// glob lists the files of the data directory matching pattern; none is a
// *missingError.
func (r *runner) glob(pattern string) ([]string, error) {
	p := filepath.Join(r.opts.Data, pattern)
	m, err := filepath.Glob(p)
	if err != nil {
		return nil, fmt.Errorf("list data: %w", err)
	}
	if len(m) == 0 {
		return nil, &missingError{p}
	}
	return m, nil
}

// each calls fn(i) for i in [0, n) on the runner's workers and returns the
// number of calls whose document the system failed on. It stops at the
// first error other than a document failure, or when ctx ends.
func (r *runner) each(ctx context.Context, n int, fn func(ctx context.Context, i int) error) (failed int, err error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		mu    sync.Mutex
		first error
		wg    sync.WaitGroup
		next  = make(chan int)
	)
	for w := 0; w < r.opts.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				err := fn(ctx, i)
				var df *docFailure
				mu.Lock()
				switch {
				case errors.As(err, &df):
					failed++
				case err != nil && first == nil:
					first = err
					cancel()
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for i := 0; i < n; i++ {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if first != nil {
		return failed, first
	}
	return failed, context.Cause(ctx)
}

// docFailure is a document the system returned an error for; it is
// counted and scored as an empty analysis, not fatal.
type docFailure struct{ err error }

func (e *docFailure) Error() string { return e.err.Error() }

// analyze runs the system on d. When the system fails on d it returns an
// empty analysis and a *docFailure; a cancelled context is returned as is.
func (r *runner) analyze(ctx context.Context, d doc.Document) (*doc.Analysis, error) {
	if d.Language == "" {
		d.Language = "en"
	}
	a, err := r.opts.System.Analyze(ctx, d)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return doc.New(d), &docFailure{err}
	}
	return a, nil
}

// annotate runs the system over a, which already holds gold tokens and
// sentences, skipping the tokenizer; like analyze on failure.
func (r *runner) annotate(ctx context.Context, a *doc.Analysis) error {
	err := r.opts.System.Annotate(ctx, a, "text")
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return &docFailure{err}
	}
	return nil
}

// prf returns a metric from counts.
func prf(key, name string, c PRF) Metric {
	p, rec := c.P(), c.R()
	return Metric{Key: key, Name: name, Value: c.F1(), P: &p, R: &rec, N: c.Gold}
}

// acc returns a metric from an accuracy count.
func acc(key, name string, a Acc) Metric {
	return Metric{Key: key, Name: name, Value: a.Value(), N: a.N}
}

// sample returns up to n indexes spread evenly over [0, total): a fixed,
// reproducible subset that keeps the set's mix (total, when n <= 0 or n >= total).
func sample(total, n int) []int {
	if n <= 0 || n >= total {
		n = total
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = int(int64(i) * int64(total) / int64(n))
	}
	return idx
}
