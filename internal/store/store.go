// Package store keeps analyses in a database so that a dataset can grow
// over months of feeds and archives and still answer queries fast.
//
// In: batches of *doc.Analysis in output form (sitrep/v1: code point
// offsets, Document.Text set), as `sitrep extract --text` prints them.
// Out: the stored analyses again (exactly the JSON that was put), and
// events, flattened with their actors and places, selected by a Filter.
//
// One interface, Store, has one backend per subpackage (sqlite, postgres);
// the conformance suite in storetest runs against each. The SQL both
// backends share lives in sqlstore.
//
// Identity. A document is known by its key (Key): the id the input gave,
// else its URL, else the hash of its text (ContentHash, the same hash
// ingest.ContentID derives document ids from). Each distinct text is
// stored once: putting a text whose hash is already stored changes
// nothing (Unchanged). A new text under a known key is a new revision of
// that document (Revised); every revision's analysis is kept, and the
// query tables (events, actors, places, quotes, full text) describe the
// latest revision only.
//
// Safety. Put writes one batch in one transaction: after a crash the
// store holds every batch that was committed and nothing of the others.
// Check verifies the invariants that crash tests rely on.
//
// Limits: reverting a document to an earlier text is Unchanged (the
// text is already stored), so the latest revision stays current. The
// same text under two keys (a wire story on two sites) is stored once,
// under the first key.
package store

import (
	"context"
	"errors"

	"sitrep/internal/doc"
)

// Store is a database of analyses. Implementations are safe for
// concurrent use.
type Store interface {
	// Put stores a batch of analyses in one transaction and returns one
	// Result per analysis, in order. On error nothing of the batch is
	// stored.
	Put(ctx context.Context, batch []*doc.Analysis) ([]Result, error)
	// Replace overwrites, in one transaction, the analysis of the latest
	// revision of each document of the batch (found by its key and text,
	// which must be those of a stored latest revision: ErrNotFound
	// otherwise) and its query-table rows, keeping keys and revisions:
	// recoding after dictionaries or models change. On error nothing of
	// the batch is written.
	Replace(ctx context.Context, batch []*doc.Analysis) error
	// Known reports whether a text with this ContentHash is stored.
	Known(ctx context.Context, hash string) (bool, error)
	// KnownSet returns which of these ContentHashes are stored, in one
	// look-up for many (ingest checks the texts it reads in groups).
	KnownSet(ctx context.Context, hashes []string) (map[string]bool, error)
	// Analysis returns the latest stored analysis of the document with
	// this key or document id, as the JSON that was put; ErrNotFound if
	// there is none.
	Analysis(ctx context.Context, id string) ([]byte, error)
	// Revisions lists the revisions of the document with this key or
	// document id, oldest first; ErrNotFound if there is none.
	Revisions(ctx context.Context, id string) ([]Revision, error)
	// Events calls fn for every event of a latest revision that f
	// selects, newest event date first (undated events last), until fn
	// returns an error, which Events returns.
	Events(ctx context.Context, f Filter, fn func(*EventRow) error) error
	// Timeline counts the events f selects (f.Limit and f.After aside)
	// by period and type: a period is the first day of the event's date
	// range (interval "day") or the Monday of its ISO week ("week").
	// Undated events and malformed dates are left out. Oldest period
	// first, then by type.
	Timeline(ctx context.Context, f Filter, interval string) ([]PeriodCount, error)
	// Dyads counts the events f selects (f.Limit and f.After aside) by
	// source actor, target actor and type, as stored (names and codes
	// empty when unknown), in no particular order.
	Dyads(ctx context.Context, f Filter) ([]DyadCount, error)
	// Analyses calls fn with the JSON of the latest analysis of every
	// document that f selects (a document is selected when one of its
	// events is, or, for a filter with only Text and Document set, when
	// its text matches), in the order documents were first stored.
	Analyses(ctx context.Context, f Filter, fn func(json []byte) error) error
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Cluster returns the cluster of the event with this API id
	// (DOCID:EVENT, the document id of a latest revision and the event's
	// id in it): every report of the same real-world event, with the
	// reason each joined. ErrNotFound if there is no such event.
	Cluster(ctx context.Context, id string) (*Cluster, error)
	// Split detaches the event with this API id from its cluster into a
	// cluster of its own and holds it apart: no other report joins it,
	// now or when clustering is rebuilt, until Unsplit. ErrNotFound if
	// there is no such event.
	Split(ctx context.Context, id string) error
	// Unsplit lifts the hold Split put on an event and clusters it again
	// with the reports it matches.
	Unsplit(ctx context.Context, id string) error
	// Recluster rebuilds every cluster from scratch, in the order events
	// were stored, by the rule of internal/dedup (holds are kept), in one
	// transaction, and returns the number of clusters.
	Recluster(ctx context.Context) (int, error)
	// Check verifies the store's integrity and invariants: every
	// document has a latest revision, the query tables hold exactly the
	// events of latest revisions, no text is stored twice.
	Check(ctx context.Context) error
	// Close releases the database.
	Close() error
}

// ErrNotFound is returned for a document that is not stored.
var ErrNotFound = errors.New("not found")

// Outcome says what Put did with one analysis.
type Outcome int

// Outcomes of Put.
const (
	Added     Outcome = iota // a document not seen before
	Revised                  // a new text of a known document: a new revision
	Unchanged                // the text is already stored: nothing written
)

func (o Outcome) String() string {
	switch o {
	case Added:
		return "added"
	case Revised:
		return "revised"
	case Unchanged:
		return "unchanged"
	}
	return "unknown"
}

// Result is what Put did with one analysis.
type Result struct {
	Key     string
	Hash    string
	Rev     int // revision number of the document, from 1; 0 when Unchanged
	Outcome Outcome
}

// Revision is one stored text of a document.
type Revision struct {
	Rev      int
	Hash     string
	DocID    string
	Ingested string // RFC 3339 time it was stored
}

// Stats counts the contents of a store. Events, Actors, Places and
// Quotes count latest revisions only.
type Stats struct {
	Schema    int // schema version (migrations applied)
	Documents int
	Revisions int
	Events    int
	Actors    int
	Places    int
	Quotes    int
	// Clusters counts the real-world events: clusters of event reports.
	Clusters int
}

// Filter selects events. The zero value selects everything. Text
// comparisons are case-insensitive except codes, which are upper case.
type Filter struct {
	// Type is a PLOVER event type (ASSAULT); Mode one of its modes.
	Type, Mode string
	// Cameo selects CAMEO codes starting with it ("19" selects 190-196).
	Cameo string
	// Actor is an actor code or code prefix ("PAK" selects PAKGOV and
	// PAKMIL), or an actor's name; it matches the source or the target.
	Actor string
	// Country is the ISO 3166-1 alpha-3 code of the country where the
	// event happened (its place's country).
	Country string
	// Place is the name of the place where the event happened, or of its
	// first-level administrative division.
	Place string
	// From and To (YYYY-MM-DD, inclusive, either may be empty) select
	// events whose date range overlaps them; undated events never match.
	From, To string
	// Text selects documents containing every word of it.
	Text string
	// Document selects one document by key or document id.
	Document string
	// Clusters selects one event per cluster of reports of the same
	// real-world event: the first one stored (its representative).
	Clusters bool
	// Limit caps the number of events (0: no limit).
	Limit int
	// After, when set, selects only the events after this position in
	// the newest-first order of Events (the Pos of the last event of
	// the previous page): a keyset cursor, stable while events are added.
	After *Pos
}

// Pos is an event's position in the newest-first order of Events: its
// date (the first day of its range, "" when undated) and its store-wide
// sequence number, which breaks ties.
type Pos struct {
	Date string
	Seq  int64
}

// PeriodCount is the number of events of one type in one period.
type PeriodCount struct {
	Period, Type string
	Count        int
}

// DyadCount is the number of events of one type from one source actor
// to one target actor.
type DyadCount struct {
	SourceName, SourceCode string
	TargetName, TargetCode string
	Type                   string
	Count                  int
}

// HasEventTerms reports whether f selects by event fields, not only by
// document (Text, Document).
func (f Filter) HasEventTerms() bool {
	return f.Type != "" || f.Mode != "" || f.Cameo != "" || f.Actor != "" || f.Country != "" ||
		f.Place != "" || f.From != "" || f.To != ""
}

// EventRow is one stored event with its document and the actors and
// place it refers to, flattened for tables and CSV.
type EventRow struct {
	Key       string // document key
	Pos       Pos    // position in the newest-first order, for Filter.After
	DocID     string
	Rev       int
	Title     string
	Source    string // outlet
	URL       string
	Published string
	// Event is the event as stored (code point offsets).
	Event doc.Event
	// Actor and place fields, empty when unknown.
	SourceName, SourceCode, SourceCountry string
	TargetName, TargetCode, TargetCountry string
	PlaceName, Admin1, Country            string
	Lat, Lon                              *float64
	// Cluster summarises the reports of the same real-world event that
	// the event belongs to; nil only in a store being rebuilt.
	Cluster *ClusterInfo
}

// ClusterInfo summarises a cluster of event reports and says how one
// event joined it.
type ClusterInfo struct {
	// ID numbers the cluster in this store; it changes when clustering
	// is rebuilt. First is the API id (DOCID:EVENT) of the cluster's
	// first-stored event, which stays while that event does.
	ID    int64
	First string
	// Events counts the reports (event mentions), Documents the
	// documents and Sources the distinct outlets that carry them
	// (documents without an outlet count one each).
	Events, Documents, Sources int
	// Fatalities and Injuries spread the documents' figures (each
	// document's largest best figure): nil when no report gives one.
	Fatalities, Injuries *Spread
	// Score and Reason say how this event joined the cluster: the score
	// and the explanation of its best match (internal/dedup), or why it
	// started the cluster (score 0).
	Score  float64
	Reason string
	// Held reports that an analyst split this event off (Store.Split).
	Held bool
}

// Spread is the range of the figures that several reports give: Low the
// least, High the greatest, Best their median (dedup.Spread).
type Spread struct {
	Low  int `json:"low"`
	Best int `json:"best"`
	High int `json:"high"`
}

// Cluster is one real-world event: the summary and every report of it.
type Cluster struct {
	ClusterInfo
	// Members are the reports, in the order they were stored, each with
	// its own Cluster summary saying how it joined.
	Members []*EventRow
	// Figures are each document's figures, in the order of Members.
	Figures []Figure
}

// Figure is the count one document gives for a clustered event: the
// largest best figure among its reports of it, nil when it gives none.
type Figure struct {
	DocID, Source        string
	Fatalities, Injuries *int
}

// ClusterView is a cluster as query, export and the API print it: its id
// (the first report's event id), the numbers of reports, documents and
// sources that tell of the event, the spread of their figures, and how
// this event joined it (internal/dedup).
type ClusterView struct {
	ID         string  `json:"id"`
	Reports    int     `json:"reports"`
	Documents  int     `json:"documents"`
	Sources    int     `json:"sources"`
	Fatalities *Spread `json:"fatalities"`
	Injuries   *Spread `json:"injuries"`
	Score      float64 `json:"score"`
	Reason     string  `json:"reason"`
	Held       bool    `json:"held,omitempty"`
}

// View returns c as printed, nil for nil.
func (c *ClusterInfo) View() *ClusterView {
	if c == nil {
		return nil
	}
	return &ClusterView{ID: c.First, Reports: c.Events, Documents: c.Documents, Sources: c.Sources,
		Fatalities: c.Fatalities, Injuries: c.Injuries, Score: c.Score, Reason: c.Reason, Held: c.Held}
}
