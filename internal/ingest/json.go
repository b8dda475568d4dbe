package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"sitrep/internal/doc"
)

// jsonDoc is a document as JSON: only text is required.
type jsonDoc struct {
	ID        *string `json:"id"`
	Text      *string `json:"text"`
	Title     *string `json:"title"`
	Published *string `json:"published"`
	Source    *string `json:"source"`
	URL       *string `json:"url"`
}

// readJSON reads a JSON document, an array of them, or several documents
// one after another.
func (r *Reader) readJSON(name string, b []byte, send sender) {
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	dec := json.NewDecoder(bytes.NewReader(b))
	n := 0
	for {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) {
			if n == 0 {
				send(Item{Err: fmt.Errorf("%s: %w", name, errEmpty)})
			}
			return
		}
		if err != nil {
			send(Item{Err: fmt.Errorf("%s: invalid JSON: %w", name, err)})
			return
		}
		trim := bytes.TrimSpace(raw)
		if len(trim) > 0 && trim[0] == '[' {
			var items []json.RawMessage
			if err := json.Unmarshal(raw, &items); err != nil {
				send(Item{Err: fmt.Errorf("%s: invalid JSON: %w", name, err)})
				return
			}
			for _, it := range items {
				n++
				in := fmt.Sprintf("%s#%d", name, n)
				if !send(r.jsonItem(in, it)) {
					return
				}
			}
			continue
		}
		n++
		in := name
		if n > 1 || dec.More() {
			in = fmt.Sprintf("%s#%d", name, n)
		}
		if !send(r.jsonItem(in, raw)) {
			return
		}
	}
}

// readJSONL reads one JSON document per line. Every non-blank line gives
// exactly one Item, a document or an error naming FILE:LINE.
func (r *Reader) readJSONL(name string, b []byte, send sender) {
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	lineNo := 0
	sent := false
	for len(b) > 0 {
		lineNo++
		var ln []byte
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			ln, b = b[:i], b[i+1:]
		} else {
			ln, b = b, nil
		}
		ln = bytes.TrimSpace(ln)
		if len(ln) == 0 {
			continue
		}
		sent = true
		if !send(r.jsonItem(fmt.Sprintf("%s:%d", name, lineNo), ln)) {
			return
		}
	}
	if !sent {
		send(Item{Err: fmt.Errorf("%s: %w", name, errEmpty)})
	}
}

// jsonItem turns one JSON value into a document or an error naming in.
func (r *Reader) jsonItem(in string, raw []byte) Item {
	d, err := r.jsonDocument(in, raw)
	if err != nil {
		return Item{Err: fmt.Errorf("%s: %w", in, err)}
	}
	return Item{Doc: d}
}

func (r *Reader) jsonDocument(in string, raw []byte) (doc.Document, error) {
	var j jsonDoc
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&j); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			if te.Field != "" {
				return doc.Document{}, fmt.Errorf("field %q must be a string, not a JSON %s", te.Field, te.Value)
			}
			return doc.Document{}, fmt.Errorf("want a JSON object, not a JSON %s", te.Value)
		}
		return doc.Document{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if dec.More() {
		return doc.Document{}, errors.New("invalid JSON: more than one value")
	}
	if j.Text == nil {
		return doc.Document{}, errors.New(`no "text" field`)
	}
	text, notes, err := normalizeText(*j.Text)
	if err != nil {
		return doc.Document{}, fmt.Errorf(`"text": %w`, err)
	}
	d := doc.Document{Input: in, Text: text, Notes: notes}
	get := func(p *string) string {
		if p == nil {
			return ""
		}
		return strings.TrimSpace(*p)
	}
	d.ID = get(j.ID)
	d.Title = doc.Str(oneLine(get(j.Title)))
	d.Source = doc.Str(get(j.Source))
	d.URL = doc.Str(get(j.URL))
	if p := get(j.Published); p != "" {
		if v, ok := normalizeDate(p); ok {
			d.Published, d.PublishedFrom = doc.Str(v), doc.FromMetadata
		} else {
			d.Notes = append(d.Notes, doc.Diagnostic{Stage: stage,
				Message: fmt.Sprintf("published %q is not a date sitrep understands; ignored", clip(p, 40))})
		}
	}
	return r.finish(d), nil
}

// oneLine collapses runs of white space in s into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// clip shortens s to at most n bytes for a message.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
