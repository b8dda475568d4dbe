// Package gold reads the annotated data sets sitrep is scored on, each in
// its own published format, into plain Go values.
//
// In: files from shared/data (CoNLL-U, CoNLL-2003 columns, IOB2, TimeML,
// brat standoff, ACLED and GTD CSV, the event-location JSON). Out: sentences
// of tokens with tags, documents with annotation spans, and event records.
// Every span is a UTF-8 byte offset into the text the reader returns,
// end-exclusive, like internal/doc. Readers never panic on bad input; a
// malformed file gives an error naming the file and line.
//
// The package knows formats, not metrics: internal/eval scores.
package gold

import (
	"bufio"
	"io"
	"strings"
)

// Span is a half-open interval [Start, End) of byte offsets.
type Span struct {
	Start, End int
}

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// lines returns a scanner over r that accepts long lines.
func lines(r io.Reader) *bufio.Scanner {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	return sc
}

// trimBOM removes a leading byte-order mark.
func trimBOM(s string) string { return strings.TrimPrefix(s, "\ufeff") }
