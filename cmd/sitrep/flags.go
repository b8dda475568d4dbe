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
	fs.SetOutput(flagOutput{w: stderr, prefix: "sitrep: " + name + ": "})
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

// flagOutput is a flag set's output: the flag package writes a parse
// error as one line ("flag provided but not defined: -bogus"), which gets
// cli.md's "sitrep: WHERE: " prefix, and the flag list line by line, each
// indented, which passes as it is.
type flagOutput struct {
	w      io.Writer
	prefix string
}

func (o flagOutput) Write(p []byte) (int, error) {
	if len(p) == 0 || p[0] == ' ' || p[0] == '\t' {
		return o.w.Write(p)
	}
	if _, err := io.WriteString(o.w, o.prefix); err != nil {
		return 0, err
	}
	return o.w.Write(p)
}
