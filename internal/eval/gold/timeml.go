package gold

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// TimeMLDoc is one TimeML document: the text inside <TEXT> with its TIMEX3
// annotations, and the document creation time.
type TimeMLDoc struct {
	ID string
	// DCT is the value of the TIMEX3 with functionInDocument="CREATION_TIME"
	// (usually inside <DCT>), e.g. "1998-01-08".
	DCT     string
	Text    string
	Timexes []Timex
}

// Timex is one gold TIMEX3.
type Timex struct {
	Span
	ID    string // tid
	Type  string // DATE, TIME, DURATION, SET
	Value string
}

// ReadTimeML reads one TimeML document. Markup inside <TEXT> other than
// TIMEX3 (EVENT, SIGNAL …) is dropped, keeping its text; entities are
// decoded, so offsets count the decoded text.
func ReadTimeML(r io.Reader, name string) (*TimeMLDoc, error) {
	d := xml.NewDecoder(r)
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	var (
		out     TimeMLDoc
		b       strings.Builder
		inText  int
		inDocID bool
		open    []Timex // TIMEX3 elements open inside TEXT
		stack   []bool  // for each open element in TEXT: is it a TIMEX3
	)
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Local == "TEXT":
				inText++
			case t.Name.Local == "DOCID":
				inDocID = true
			case t.Name.Local == "TIMEX3":
				x := Timex{ID: attr(t, "tid"), Type: attr(t, "type"), Value: attr(t, "value")}
				if attr(t, "functionInDocument") == "CREATION_TIME" && out.DCT == "" {
					out.DCT = x.Value
				}
				if inText > 0 {
					x.Start = b.Len()
					open = append(open, x)
				}
			}
			if inText > 0 && t.Name.Local != "TEXT" {
				stack = append(stack, t.Name.Local == "TIMEX3")
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText--
				continue
			case "DOCID":
				inDocID = false
			}
			if inText > 0 && len(stack) > 0 {
				isTimex := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if isTimex && len(open) > 0 {
					x := open[len(open)-1]
					open = open[:len(open)-1]
					x.End = b.Len()
					out.Timexes = append(out.Timexes, x)
				}
			}
		case xml.CharData:
			if inText > 0 {
				b.Write(t)
			} else if inDocID {
				out.ID += strings.TrimSpace(string(t))
			}
		}
	}
	out.Text = b.String()
	// Nested TIMEX3s close inner-first; keep the list in text order.
	sortTimexes(out.Timexes)
	return &out, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func sortTimexes(x []Timex) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && (x[j].Start < x[j-1].Start || x[j].Start == x[j-1].Start && x[j].End > x[j-1].End); j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}
