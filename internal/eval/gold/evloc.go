package gold

import (
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"
)

// Located is one sentence of the event-location set: an event verb and
// the spans naming where that event happened (none when the sentence does
// not say).
type Located struct {
	ID        string
	Text      string
	Verb      Span
	Locations []Span
}

// ReadEventLocations reads the event-location set (one JSON array of
// records with "text" and "spans" labelled VERB or LOCATION). Records with
// no VERB span or with answer "reject"/"ignore" are skipped. Offsets are
// converted from code points to bytes.
func ReadEventLocations(r io.Reader, name string) ([]Located, error) {
	var recs []struct {
		ID     json.RawMessage `json:"_id"`
		Text   string          `json:"text"`
		Answer string          `json:"answer"`
		Spans  []struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Label string `json:"label"`
		} `json:"spans"`
	}
	if err := json.NewDecoder(r).Decode(&recs); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	var out []Located
	for i, rec := range recs {
		if rec.Answer == "reject" || rec.Answer == "ignore" {
			continue
		}
		at := rec.Text
		idx := codePointIndex(at)
		conv := func(s, e int) (Span, bool) {
			if s < 0 || e < s || e >= len(idx) {
				return Span{}, false
			}
			return Span{idx[s], idx[e]}, true
		}
		if !utf8.ValidString(at) {
			continue
		}
		l := Located{ID: string(rec.ID), Text: rec.Text, Verb: Span{-1, -1}}
		if l.ID == "" {
			l.ID = fmt.Sprint(i)
		}
		for _, s := range rec.Spans {
			sp, ok := conv(s.Start, s.End)
			if !ok {
				return nil, fmt.Errorf("read %s: record %d: span %d-%d outside a text of %d characters", name, i, s.Start, s.End, len(idx)-1)
			}
			switch s.Label {
			case "VERB":
				if l.Verb.Start < 0 {
					l.Verb = sp
				}
			case "LOCATION":
				l.Locations = append(l.Locations, sp)
			}
		}
		if l.Verb.Start < 0 {
			continue
		}
		out = append(out, l)
	}
	return out, nil
}
