package server

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"sitrep/internal/doc"
	"sitrep/internal/store"
)

// docRef names the document an event, quote or mention comes from.
type docRef struct {
	ID        string  `json:"id"`
	Title     *string `json:"title"`
	Source    *string `json:"source"`
	URL       *string `json:"url"`
	Published *string `json:"published"`
}

// actorRef is an event's resolved source or target actor.
type actorRef struct {
	Name    string  `json:"name"`
	Code    *string `json:"code"`
	Country *string `json:"country"`
}

// location is where an event happened, resolved.
type location struct {
	Name    string   `json:"name"`
	Admin1  *string  `json:"admin1"`
	Country *string  `json:"country"`
	Lat     *float64 `json:"lat"`
	Lon     *float64 `json:"lon"`
}

// eventOut is an event as the API answers it: the event of output.md
// with a store-wide id ("DOCID:e1"), its document and its resolved
// actors and place.
type eventOut struct {
	ID      string `json:"id"`
	EventID string `json:"event_id"` // the id inside its document
	doc.Event
	Document    docRef    `json:"document"`
	SourceActor *actorRef `json:"source_actor"`
	TargetActor *actorRef `json:"target_actor"`
	Location    *location `json:"location"`
	// Cluster is the real-world event the report belongs to.
	Cluster *store.ClusterView `json:"cluster,omitempty"`
}

// figureOut is the count one document gives for a clustered event.
type figureOut struct {
	Document   string  `json:"document"`
	Source     *string `json:"source"`
	Fatalities *int    `json:"fatalities"`
	Injuries   *int    `json:"injuries"`
}

// mention is one report of an event: the document and the span of text
// that supports it.
type mention struct {
	Document docRef      `json:"document"`
	Evidence doc.Mention `json:"evidence"`
	Trigger  doc.Trigger `json:"trigger"`
	Rule     string      `json:"rule"`
	// Event is the reporting event's id (DOCUMENT:EVENT); Fatalities
	// and Injuries its own figures; Score and Reason how it joined the
	// cluster.
	Event      string     `json:"event,omitempty"`
	Fatalities *doc.Count `json:"fatalities,omitempty"`
	Injuries   *doc.Count `json:"injuries,omitempty"`
	Score      *float64   `json:"score,omitempty"`
	Reason     string     `json:"reason,omitempty"`
}

// eventDetail is one event with its mentions: every report of the same
// real-world event (its cluster), the event itself first, and each
// document's figures.
type eventDetail struct {
	eventOut
	Mentions []mention   `json:"mentions"`
	Figures  []figureOut `json:"figures,omitempty"`
}

// maxMentions caps the reports one event detail lists.
const maxMentions = 200

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func eventID(docID, ev string) string { return docID + ":" + ev }

// splitEventID splits "DOCID:e1" at its last colon.
func splitEventID(id string) (docID, ev string, ok bool) {
	i := strings.LastIndexByte(id, ':')
	if i <= 0 || i == len(id)-1 {
		return "", "", false
	}
	return id[:i], id[i+1:], true
}

func newEventOut(r *store.EventRow) eventOut {
	o := eventOut{
		Event:   r.Event,
		ID:      eventID(r.DocID, r.Event.ID),
		EventID: r.Event.ID,
		Document: docRef{ID: r.DocID, Title: opt(r.Title), Source: opt(r.Source),
			URL: opt(r.URL), Published: opt(r.Published)},
	}
	if o.Context == nil {
		o.Context = []string{}
	}
	if r.SourceName != "" || r.SourceCode != "" {
		o.SourceActor = &actorRef{Name: r.SourceName, Code: opt(r.SourceCode), Country: opt(r.SourceCountry)}
	}
	if r.TargetName != "" || r.TargetCode != "" {
		o.TargetActor = &actorRef{Name: r.TargetName, Code: opt(r.TargetCode), Country: opt(r.TargetCountry)}
	}
	if r.PlaceName != "" || r.Country != "" {
		o.Location = &location{Name: r.PlaceName, Admin1: opt(r.Admin1), Country: opt(r.Country), Lat: r.Lat, Lon: r.Lon}
	}
	o.Cluster = r.Cluster.View()
	return o
}

// errStop ends a store iteration early.
var errStop = errors.New("stop")

// listEvents answers GET /api/events: the filtered events, newest first.
func (s *Server) listEvents(r *http.Request) (any, error) {
	f, err := eventFilter(r)
	if err != nil {
		return nil, err
	}
	p, err := parseEventPage(r.URL.Query())
	if err != nil {
		return nil, err
	}
	f.After = p.After
	f.Limit = p.Limit + 1
	switch v := r.URL.Query().Get("clusters"); v {
	case "", "0", "false":
	case "1", "true":
		f.Clusters = true
	default:
		return nil, errorf(KindBadRequest, "clusters %q: want true or false", v)
	}
	out := []eventOut{}
	var last store.Pos
	more := false
	err = s.opts.Store.Events(r.Context(), f, func(row *store.EventRow) error {
		if len(out) == p.Limit {
			more = true
			return errStop
		}
		out = append(out, newEventOut(row))
		last = row.Pos
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return nil, fmt.Errorf("list events: %w", err)
	}
	return list{Data: out, Next: p.nextAfter(last, more)}, nil
}

// getEvent answers GET /api/events/{id}: one event with its mentions.
func (s *Server) getEvent(r *http.Request) (any, error) {
	id := r.PathValue("id")
	docID, ev, ok := splitEventID(id)
	if !ok {
		return nil, errorf(KindBadRequest, "event id %q: want DOCUMENT:EVENT, as /api/events gives", id)
	}
	var found *eventOut
	err := s.opts.Store.Events(r.Context(), store.Filter{Document: docID}, func(row *store.EventRow) error {
		if row.Event.ID == ev && row.DocID == docID {
			o := newEventOut(row)
			found = &o
			return errStop
		}
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return nil, fmt.Errorf("find event %s: %w", id, err)
	}
	if found == nil {
		return nil, errorf(KindNotFound, "no event %q", id)
	}
	c, err := s.opts.Store.Cluster(r.Context(), id)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("read cluster of %s: %w", id, err)
	}
	members := []*store.EventRow{}
	if c != nil {
		// The event asked for first, then the others as stored.
		members = append(members, c.Members...)
		slices.SortStableFunc(members, func(a, b *store.EventRow) int {
			return cmp.Compare(boolInt(a.DocID != docID || a.Event.ID != ev), boolInt(b.DocID != docID || b.Event.ID != ev))
		})
		members = members[:min(len(members), maxMentions)]
	}
	if len(members) == 0 || members[0].DocID != docID || members[0].Event.ID != ev {
		members = nil // a store being rebuilt: the event alone
	}
	d := eventDetail{eventOut: *found, Mentions: []mention{}}
	if members == nil {
		a, err := s.analysis(r, docID)
		if err != nil {
			return nil, err
		}
		e := found.Event
		d.Mentions = append(d.Mentions, mention{Document: found.Document, Trigger: e.Trigger, Rule: e.Rule,
			Evidence: doc.Mention{Start: e.Start, End: e.End, Text: runeSlice([]rune(a.Document.Text), e.Start, e.End)}})
		return one{Data: d}, nil
	}
	texts := map[string][]rune{}
	for _, m := range members {
		text, ok := texts[m.DocID]
		if !ok {
			a, err := s.analysis(r, m.DocID)
			if err != nil {
				return nil, err
			}
			text = []rune(a.Document.Text)
			texts[m.DocID] = text
		}
		o := newEventOut(m)
		e := m.Event
		mt := mention{Document: o.Document, Trigger: e.Trigger, Rule: e.Rule, Event: o.ID,
			Evidence:   doc.Mention{Start: e.Start, End: e.End, Text: runeSlice(text, e.Start, e.End)},
			Fatalities: e.Fatalities, Injuries: e.Injuries}
		if m.Cluster != nil {
			sc := m.Cluster.Score
			mt.Score, mt.Reason = &sc, m.Cluster.Reason
		}
		d.Mentions = append(d.Mentions, mt)
	}
	for _, f := range c.Figures {
		d.Figures = append(d.Figures, figureOut{Document: f.DocID, Source: opt(f.Source), Fatalities: f.Fatalities, Injuries: f.Injuries})
	}
	return one{Data: d}, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// analysis reads and decodes the stored analysis of a document.
func (s *Server) analysis(r *http.Request, id string) (*doc.Analysis, error) {
	b, err := s.opts.Store.Analysis(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errorf(KindNotFound, "no document %q", id)
	}
	if err != nil {
		return nil, fmt.Errorf("read analysis %s: %w", id, err)
	}
	var a doc.Analysis
	if err := json.Unmarshal(b, &a); err != nil {
		return nil, fmt.Errorf("decode analysis %s: %w", id, err)
	}
	return &a, nil
}

// runeSlice returns text[start:end] in code points, clamped to the text.
func runeSlice(text []rune, start, end int) string {
	start = max(0, min(start, len(text)))
	end = max(start, min(end, len(text)))
	return string(text[start:end])
}

func errorsIsNotFound(err error) bool { return errors.Is(err, store.ErrNotFound) }
