package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"sitrep/internal/doc"
	"sitrep/internal/ingest"
)

// ContentHash is the hash by which a text is stored once: the document
// id ingest derives from it.
func ContentHash(text string) string { return ingest.ContentID(text) }

// Key returns the key a document is known by across revisions: "id:"
// and the id the input gave, else "url:" and its URL, else "hash:" and
// its ContentHash. An id equal to the content hash was derived, not
// given.
func Key(d doc.Document) string {
	h := ContentHash(d.Text)
	switch {
	case d.ID != "" && d.ID != h:
		return "id:" + d.ID
	case d.URL != "":
		return "url:" + string(d.URL)
	}
	return "hash:" + h
}

// Doc is one analysis flattened into the rows Put writes.
type Doc struct {
	Key, Hash, DocID              string
	Title, Source, URL, Published string
	Text                          string
	JSON                          []byte
	Events                        []Event
	Actors                        []doc.Actor
	Places                        []doc.Place
	Quotes                        []Quote
}

// Event is the row of one event: its queryable columns and its JSON.
type Event struct {
	ID, Type, Mode, Cameo, Status         string
	QuadClass                             int
	Goldstein, Confidence                 float64
	DateFrom, DateTo, Granularity         string
	SourceName, SourceCode, SourceCountry string
	TargetName, TargetCode, TargetCountry string
	PlaceKind, PlaceName, Admin1, Country string
	Lat, Lon                              *float64
	Fatalities, Injuries, Detained        *int
	JSON                                  []byte
	// Keys are the lookup keys the actor and place filters use (see
	// ActorKeys, PlaceKey), without repeats.
	Keys []string
}

// Quote is the row of one quote.
type Quote struct {
	ID, Text, SpeakerName, SpeakerCode, Cue string
	Direct                                  bool
}

// Flatten turns an analysis in output form into the rows Put writes.
func Flatten(a *doc.Analysis) (*Doc, error) {
	if a == nil {
		return nil, fmt.Errorf("flatten analysis: nil")
	}
	d := a.Document
	js, err := marshal(a)
	if err != nil {
		return nil, fmt.Errorf("encode analysis %s: %w", d.ID, err)
	}
	out := &Doc{
		Key: Key(d), Hash: ContentHash(d.Text), DocID: d.ID,
		Title: string(d.Title), Source: string(d.Source), URL: string(d.URL),
		Published: string(d.Published), Text: d.Text, JSON: js,
		Actors: a.Actors, Places: a.Places,
	}
	if out.DocID == "" {
		out.DocID = out.Hash
	}
	actors := make(map[string]*doc.Actor, len(a.Actors))
	for i := range a.Actors {
		actors[a.Actors[i].ID] = &a.Actors[i]
	}
	places := make(map[string]*doc.Place, len(a.Places))
	for i := range a.Places {
		places[a.Places[i].ID] = &a.Places[i]
	}
	for i := range a.Events {
		e := &a.Events[i]
		js, err := marshal(e)
		if err != nil {
			return nil, fmt.Errorf("encode event %s of %s: %w", e.ID, d.ID, err)
		}
		r := Event{
			ID: e.ID, Type: e.Type, Mode: string(e.Mode), Cameo: e.Cameo, Status: e.Status,
			QuadClass: e.QuadClass, Goldstein: e.Goldstein, Confidence: e.Confidence, JSON: js,
		}
		if e.Date != nil {
			r.Granularity = e.Date.Granularity
			if e.Date.Range != nil {
				r.DateFrom, r.DateTo = e.Date.Range[0], e.Date.Range[1]
			}
		}
		r.SourceName, r.SourceCode, r.SourceCountry = arg(e.Source, actors)
		r.TargetName, r.TargetCode, r.TargetCountry = arg(e.Target, actors)
		r.Keys = append(ActorKeys(r.SourceCode, r.SourceName), ActorKeys(r.TargetCode, r.TargetName)...)
		if p := places[string(e.Place)]; p != nil {
			r.PlaceKind, r.PlaceName, r.Admin1, r.Country = p.Kind, p.Name, string(p.Admin1), string(p.Country)
			r.Lat, r.Lon = p.Lat, p.Lon
			r.Keys = append(r.Keys, PlaceKey(p.Name), PlaceKey(string(p.Admin1)))
		}
		slices.Sort(r.Keys)
		r.Keys = slices.Compact(r.Keys)
		if len(r.Keys) > 0 && r.Keys[0] == "" {
			r.Keys = r.Keys[1:]
		}
		r.Fatalities, r.Injuries, r.Detained = best(e.Fatalities), best(e.Injuries), best(e.Detained)
		out.Events = append(out.Events, r)
	}
	for _, q := range a.Quotes {
		r := Quote{ID: q.ID, Text: q.Text, Cue: string(q.Cue), Direct: q.Direct, SpeakerName: string(q.SpeakerText)}
		if s := actors[string(q.Speaker)]; s != nil {
			r.SpeakerName, r.SpeakerCode = s.Name, string(s.Code)
		}
		out.Quotes = append(out.Quotes, r)
	}
	return out, nil
}

// arg returns the name, code and country of an event's source or target:
// its actor's when resolved, else the text as written.
func arg(a *doc.Arg, actors map[string]*doc.Actor) (name, code, country string) {
	if a == nil {
		return "", "", ""
	}
	if act := actors[string(a.Actor)]; act != nil {
		return act.Name, string(act.Code), string(act.Country)
	}
	return a.Text, "", ""
}

func best(c *doc.Count) *int {
	if c == nil {
		return nil
	}
	n := c.Best
	return &n
}

// marshal encodes v as extract prints it: no HTML escaping, no newline.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// Fold is the case folding that name comparisons use.
func Fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// Words splits a full-text query into the lower-case words, without
// diacritics, that every matching document must contain.
func Words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(Unaccent(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Unaccent removes diacritics (café → cafe), so that full-text search
// finds words however they were accented, in every backend alike.
func Unaccent(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// Lookup keys. Each event is stored with the keys of its actors and its
// place, each with the event's date, so that the actor and place filters
// read one index range in date order: "c:" and an actor code, "c:" and
// the code's first three letters (its country), "n:" and an actor's
// folded name, "p:" and the folded name of the place or its province.

// ActorKeys returns the lookup keys of an actor with this code and name.
func ActorKeys(code, name string) []string {
	var keys []string
	if code != "" {
		keys = append(keys, "c:"+code)
		if len(code) > 3 {
			keys = append(keys, "c:"+code[:3])
		}
	}
	if n := Fold(name); n != "" {
		keys = append(keys, "n:"+n)
	}
	return keys
}

// PlaceKey returns the lookup key of a place or province name, or "".
func PlaceKey(name string) string {
	if n := Fold(name); n != "" {
		return "p:" + n
	}
	return ""
}

// ActorKey returns how the actor filter s is looked up. A code (2 to 15
// capitals and digits) of 3 letters or a whole code is one key; another
// code prefix is a range of keys [key, upper); anything else is a name.
func ActorKey(s string) (key, upper string) {
	if isCode(s) {
		if len(s) == 3 || len(s) >= 5 {
			return "c:" + s, ""
		}
		return "c:" + s, "c:" + s[:len(s)-1] + string(s[len(s)-1]+1)
	}
	return "n:" + Fold(s), ""
}

func isCode(s string) bool {
	if len(s) < 2 || len(s) > 15 {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
