package gold

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// BratDoc is a brat standoff annotation (.ann) over its text (.txt).
type BratDoc struct {
	Text   string
	Spans  map[string]BratSpan  // text-bound annotations by id (T1 …)
	Events map[string]BratEvent // events by id (E1 …)
	// EventOrder lists event ids in file order.
	EventOrder []string
}

// BratSpan is a text-bound annotation: a type over one or more fragments.
type BratSpan struct {
	ID, Type  string
	Fragments []Span // byte offsets into BratDoc.Text
}

// Extent returns the span from the first fragment's start to the last
// fragment's end.
func (s BratSpan) Extent() Span {
	e := Span{Start: -1}
	for _, f := range s.Fragments {
		if e.Start < 0 || f.Start < e.Start {
			e.Start = f.Start
		}
		if f.End > e.End {
			e.End = f.End
		}
	}
	if e.Start < 0 {
		e.Start = 0
	}
	return e
}

// BratEvent is an event line: a typed trigger and role:id arguments.
type BratEvent struct {
	ID, Type, Trigger string
	Args              []BratArg
}

// BratArg is one role:id argument of an event.
type BratArg struct{ Role, ID string }

// ReadBrat reads the .ann standoff r over text. brat offsets count Unicode
// code points; they are converted to byte offsets into text.
func ReadBrat(r io.Reader, text, name string) (*BratDoc, error) {
	bytesAt := codePointIndex(text)
	out := &BratDoc{Text: text, Spans: map[string]BratSpan{}, Events: map[string]BratEvent{}}
	sc := lines(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("read %s:%d: want tab-separated fields", name, n)
		}
		id := f[0]
		if id == "" {
			return nil, fmt.Errorf("read %s:%d: annotation without an id", name, n)
		}
		switch id[0] {
		case 'T':
			typ, offs, ok := strings.Cut(f[1], " ")
			if !ok {
				return nil, fmt.Errorf("read %s:%d: text-bound annotation without offsets", name, n)
			}
			s := BratSpan{ID: id, Type: typ}
			for _, frag := range strings.Split(offs, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(frag), " ")
				lo, err1 := strconv.Atoi(a)
				hi, err2 := strconv.Atoi(b)
				if !ok || err1 != nil || err2 != nil || lo < 0 || hi < lo || hi >= len(bytesAt) {
					return nil, fmt.Errorf("read %s:%d: bad offsets %q for a text of %d characters", name, n, frag, len(bytesAt)-1)
				}
				s.Fragments = append(s.Fragments, Span{bytesAt[lo], bytesAt[hi]})
			}
			out.Spans[id] = s
		case 'E':
			parts := strings.Fields(f[1])
			if len(parts) == 0 {
				return nil, fmt.Errorf("read %s:%d: empty event", name, n)
			}
			typ, trig, _ := strings.Cut(parts[0], ":")
			e := BratEvent{ID: id, Type: typ, Trigger: trig}
			for _, p := range parts[1:] {
				role, ref, ok := strings.Cut(p, ":")
				if !ok {
					return nil, fmt.Errorf("read %s:%d: bad event argument %q", name, n, p)
				}
				e.Args = append(e.Args, BratArg{role, ref})
			}
			out.Events[id] = e
			out.EventOrder = append(out.EventOrder, id)
		}
		// R (relations), A (attributes), # (notes) … are not needed.
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return out, nil
}

// codePointIndex returns, for each code point index i (and one past the
// end), the byte offset where it starts in s.
func codePointIndex(s string) []int {
	idx := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		idx = append(idx, i)
	}
	return append(idx, len(s))
}

// Attribution is one PolNeAR attribution relation.
type Attribution struct {
	Source  []Span // empty for Attribution-no-source
	Cue     []Span
	Content []Span // the fragments of the attributed content
}

// ContentExtent returns the span covering every content fragment.
func (a Attribution) ContentExtent() Span { return extent(a.Content) }

// SourceExtent returns the span covering the source, or a zero span.
func (a Attribution) SourceExtent() Span { return extent(a.Source) }

func extent(f []Span) Span {
	return BratSpan{Fragments: f}.Extent()
}

// Attributions returns the PolNeAR attribution relations of d (events of
// type Attribution or Attribution-no-source), in file order, skipping any
// without content.
func (d *BratDoc) Attributions() []Attribution {
	var out []Attribution
	for _, id := range d.EventOrder {
		e := d.Events[id]
		if !strings.HasPrefix(e.Type, "Attribution") {
			continue
		}
		var a Attribution
		for _, arg := range e.Args {
			s, ok := d.Spans[arg.ID]
			if !ok {
				continue
			}
			switch arg.Role {
			case "Source":
				a.Source = append(a.Source, s.Fragments...)
			case "Cue":
				a.Cue = append(a.Cue, s.Fragments...)
			case "Content":
				a.Content = append(a.Content, s.Fragments...)
			}
		}
		if len(a.Content) > 0 {
			out = append(out, a)
		}
	}
	return out
}
