// Command sitrep reads news reports about conflict, security and diplomacy
// and turns them into a sourced, structured event dataset.
//
// Usage: sitrep COMMAND [flags] [args]; see shared/spec/cli.md and
// `sitrep help`.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Exit statuses (cli.md).
const (
	exitOK      = 0
	exitPartial = 1 // some inputs failed; the others were done
	exitUsage   = 2
)

// command is one subcommand: its name, a one-line summary, and its body.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"extract", "analyse documents and print their analyses", runExtract},
		{"ingest", "analyse documents and store them, once each, in a database", runIngest},
		{"query", "list stored events by type, actor, country, place, date or text", runQuery},
		{"export", "write stored analyses or events as JSONL, CSV, GDELT- or ACLED-style CSV", runExport},
		{"recode", "re-analyse stored documents after dictionaries or models change, keeping their ids", runRecode},
		{"dedup", "show, split or rebuild the clusters of reports of the same real-world event", runDedup},
		{"serve", "serve the HTTP JSON API and the dashboard (--demo: over the example articles)", runServe},
		{"eval", "score the pipeline on annotated data sets and print a scorecard", runEval},
		{"train", "train the tagger or entity model from ../shared/data", runTrain},
		{"version", "print version, model and dictionary versions", runVersion},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run dispatches to a subcommand and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		// A broken invariant must not print a stack trace at a user.
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "sitrep: internal error: %v\n", r)
			code = exitPartial
		}
	}()
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" {
		usage(stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "sitrep: unknown command %q\n", name)
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: sitrep COMMAND [flags] [args]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'sitrep COMMAND -h' for a command's flags.")
}

// errorf prints one error line in the `sitrep: WHERE: what` form.
func errorf(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, "sitrep: "+format+"\n", args...)
}

// isHelp reports whether a flag.Parse error was a request for help.
func isHelp(err error) bool { return errors.Is(err, errHelp) }
