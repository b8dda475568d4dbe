package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"sitrep/internal/eval"
	"sitrep/internal/pipeline"
)

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var names []string
	for _, s := range eval.Suites() {
		names = append(names, s.Name)
	}
	fs := newFlagSet("eval", "[SUITE ...]   (suites: "+strings.Join(names, ", ")+"; default all)", stderr)
	data := fs.String("data", "", "data `DIR` (shared/data); default ../shared/data beside the repository root")
	quick := fs.Bool("quick", false, "score each suite on its small fixed subset")
	asJSON := fs.Bool("json", false, "print the results as one JSON object instead of tables")
	markdown := fs.String("markdown", "", "also write the scorecard to `FILE` (docs/SCORECARD.md)")
	workers := fs.Int("workers", 0, "documents analysed at once (0: one per CPU)")
	baseline := fs.String("baseline", "", "print each figure's change since an earlier `sitrep eval --json` run saved in `FILE`")
	examples := fs.Int("examples", 0, "list up to `N` misses per suite (text from the data sets: for your terminal, never for the repository)")
	checkFloors := fs.String("check-floors", "", "fail (exit 1) when a figure is below its floor in `FILE` (internal/eval/floors.json)")
	raiseFloors := fs.String("raise-floors", "", "raise the floors in `FILE` to the figures minus 0.02 (floors never go down)")
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	dir := *data
	if dir == "" {
		dir = defaultDataDir()
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		errorf(stderr, "eval: data directory %s not found; every suite is skipped (pass --data DIR pointing at shared/data)", dir)
	}
	var base eval.Baseline
	if *baseline != "" {
		f, err := os.Open(*baseline)
		if err != nil {
			errorf(stderr, "eval: --baseline: %v", err)
			return exitUsage
		}
		base, err = eval.ReadBaseline(f)
		f.Close()
		if err != nil {
			errorf(stderr, "eval: --baseline %s: %v", *baseline, err)
			return exitUsage
		}
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		errorf(stderr, "eval: %v", err)
		return exitPartial
	}
	var results []*eval.Result
	emit := func(r *eval.Result) {
		results = append(results, r)
		if !*asJSON {
			if err := eval.WriteTextBaseline(stdout, r, base); err != nil {
				errorf(stderr, "eval: %v", err)
			}
		}
	}
	err = eval.Run(ctx, eval.Options{Data: dir, System: p, Quick: *quick, Workers: *workers, Examples: *examples}, fs.Args(), emit)
	if errors.Is(err, eval.ErrUnknownSuite) {
		errorf(stderr, "eval: %v (suites: %s)", err, strings.Join(names, ", "))
		return exitUsage
	}
	if err != nil {
		errorf(stderr, "eval: %v", err)
		return exitPartial
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			Data    string         `json:"data"`
			Quick   bool           `json:"quick"`
			Results []*eval.Result `json:"results"`
		}{dir, *quick, results}); err != nil {
			errorf(stderr, "eval: %v", err)
			return exitPartial
		}
	}
	code := exitOK
	if *markdown != "" {
		var b bytes.Buffer
		cmd := "go run ./cmd/sitrep eval --markdown " + *markdown
		if *quick {
			cmd += " --quick"
		}
		if len(fs.Args()) > 0 {
			cmd += " " + strings.Join(fs.Args(), " ")
		}
		err := eval.WriteMarkdown(&b, results, eval.MarkdownOptions{Command: cmd, Date: time.Now().UTC().Format(time.DateOnly), Quick: *quick})
		if err == nil {
			err = os.WriteFile(*markdown, b.Bytes(), 0o644)
		}
		if err != nil {
			errorf(stderr, "eval: write scorecard: %v", err)
			code = exitPartial
		}
	}
	if *raiseFloors != "" {
		old, err := eval.ReadFloors(*raiseFloors)
		if errors.Is(err, os.ErrNotExist) {
			old, err = eval.Floors{}, nil
		}
		if err == nil {
			err = eval.WriteFloors(*raiseFloors, eval.RaiseFloors(old, results, 0.02))
		}
		if err != nil {
			errorf(stderr, "eval: %v", err)
			code = exitPartial
		}
	}
	if *checkFloors != "" {
		f, err := eval.ReadFloors(*checkFloors)
		if err != nil {
			errorf(stderr, "eval: %v", err)
			return exitPartial
		}
		for _, line := range eval.Below(results, f) {
			errorf(stderr, "eval: %s", line)
			code = exitPartial
		}
	}
	return code
}

// defaultDataDir returns ../shared/data beside the repository root (the
// nearest directory above the working directory holding sitrep's go.mod),
// or ../shared/data from the working directory when there is none.
func defaultDataDir() string {
	wd, err := os.Getwd()
	if err != nil {
		return filepath.Join("..", "shared", "data")
	}
	for d := wd; ; d = filepath.Dir(d) {
		if b, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil && bytes.HasPrefix(bytes.TrimSpace(b), []byte("module sitrep")) {
			return filepath.Join(filepath.Dir(d), "shared", "data")
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	return filepath.Join("..", "shared", "data")
}
