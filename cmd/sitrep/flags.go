package main

import (
	"flag"
	"fmt"
	"io"
)

var errHelp = flag.ErrHelp

// newFlagSet returns a flag set for a subcommand that writes its usage to
// stderr and returns errors instead of exiting.
func newFlagSet(name, args string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: sitrep %s [flags] %s\n\nflags:\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args and returns the exit status to stop with, or -1
// to go on.
func parseFlags(fs *flag.FlagSet, args []string) int {
	if err := fs.Parse(args); err != nil {
		if isHelp(err) {
			return exitOK
		}
		return exitUsage
	}
	return -1
}
