// Package doc is sitrep's document model: one Analysis per document, which
// every stage reads and annotates, and which is printed as the `sitrep/v1`
// JSON of shared/spec/output.md.
//
// Inside the program every offset (Start, End, CueStart, …) is a UTF-8 byte
// offset into Document.Text, end-exclusive, because that is what Go strings
// index by. The output format counts Unicode code points instead;
// Analysis.ToCodePoints converts every offset in place just before an
// analysis leaves the program (see offsets.go). Nothing else converts.
//
// Unknown scalars are null in the output, never "": optional strings use
// the Str type, optional numbers are pointers. Arrays are always present.
package doc

// Schema is the value of the "schema" field of every analysis.
const Schema = "sitrep/v1"

// Span is a half-open interval [Start, End) of byte offsets into the text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether t lies within s.
func (s Span) Contains(t Span) bool { return t.Start >= s.Start && t.End <= s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// Analysis is everything sitrep knows about one document.
type Analysis struct {
	Schema      string       `json:"schema"`
	Document    Document     `json:"document"`
	Sentences   []Sentence   `json:"sentences,omitempty"` // printed only with --tokens
	Tokens      []Token      `json:"tokens,omitempty"`    // printed only with --tokens
	Entities    []Entity     `json:"entities"`
	Actors      []Actor      `json:"actors"`
	Places      []Place      `json:"places"`
	Times       []Time       `json:"times"`
	Events      []Event      `json:"events"`
	Quotes      []Quote      `json:"quotes"`
	Diagnostics []Diagnostic `json:"diagnostics"`
}

// New returns an empty analysis of d with every array non-nil.
func New(d Document) *Analysis {
	return &Analysis{
		Schema:      Schema,
		Document:    d,
		Entities:    []Entity{},
		Actors:      []Actor{},
		Places:      []Place{},
		Times:       []Time{},
		Events:      []Event{},
		Quotes:      []Quote{},
		Diagnostics: append([]Diagnostic{}, d.Notes...),
	}
}

// Text returns the text covered by s.
func (a *Analysis) Text(s Span) string { return a.Document.Text[s.Start:s.End] }

// Diagnose records a doubt found by stage over span s.
func (a *Analysis) Diagnose(stage string, s Span, msg string) {
	a.Diagnostics = append(a.Diagnostics, Diagnostic{Stage: stage, Message: msg, Start: s.Start, End: s.End})
}

// Document is the input document: its metadata and the analysed body.
type Document struct {
	ID    string `json:"id"`
	Title Str    `json:"title"`
	// Source is the outlet ("Dawn", "Reuters").
	Source Str `json:"source"`
	URL    Str `json:"url"`
	// Published is a date (2024-11-22) or RFC 3339 time.
	Published Str `json:"published"`
	// PublishedFrom says where Published came from: metadata, text, flag or none.
	PublishedFrom string    `json:"published_from"`
	Dateline      *Dateline `json:"dateline"`
	Language      string    `json:"language"`
	// Text is the analysed body. It is always set inside the program and
	// printed only with --text.
	Text string `json:"text,omitempty"`
	// Byline is the author line when one was found.
	Byline Str `json:"byline,omitempty"`
	// Input names where the document came from (file path, URL,
	// "stdin:3" for a JSONL line); used in messages, not printed.
	Input string `json:"-"`
	// Notes are the doubts met while reading the input (repaired
	// encoding, a dateline date without a year); New copies them into
	// Analysis.Diagnostics. Not printed here.
	Notes []Diagnostic `json:"-"`
}

// Where Document.Published came from.
const (
	FromMetadata = "metadata"
	FromText     = "text"
	FromFlag     = "flag"
	FromNone     = "none"
)

// Dateline is the leading place line of a report ("ISLAMABAD:").
type Dateline struct {
	Text  string `json:"text"`
	Place Str    `json:"place"` // id of the place it names, or null
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Sentence is one sentence of the text.
type Sentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
	// First and Last are the indexes of the sentence's first token and one
	// past its last token in Analysis.Tokens.
	First int `json:"-"`
	Last  int `json:"-"`
	// Paragraph is the zero-based index of the paragraph the sentence is in.
	Paragraph int `json:"-"`
}

// Span returns the span of the sentence.
func (s Sentence) Span() Span { return Span{s.Start, s.End} }

// Token is one token of the text.
type Token struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	POS   Str    `json:"pos"`             // UPOS tag, null until tagged
	Lemma string `json:"lemma,omitempty"` // lower-case lemma when known
	// Head and Dep hold a dependency or chunk analysis when a stage makes
	// one: Head is the index (into Analysis.Tokens) of the token's head or
	// -1 for the root; Dep its relation label.
	Head int    `json:"-"`
	Dep  string `json:"-"`
	// Sentence is the index of the token's sentence.
	Sentence int `json:"-"`
}

// Span returns the span of the token.
func (t Token) Span() Span { return Span{t.Start, t.End} }

// Entity types.
const (
	Person = "PERSON"
	Org    = "ORG"
	GPE    = "GPE"
	Loc    = "LOC"
	NORP   = "NORP"
	Law    = "LAW"
	Evt    = "EVENT"
	Misc   = "MISC"
)

// Entity is one named-entity mention.
type Entity struct {
	ID    string `json:"id"`
	Type  string `json:"type"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Actor Str    `json:"actor"`
	Place Str    `json:"place"`
	// Title is a title or role word sequence written before a PERSON
	// ("Foreign Office Spokesperson"), kept out of the name for the actor stage.
	Title Str `json:"title,omitempty"`
	// Rule names the model or rule that found the mention.
	Rule string `json:"rule,omitempty"`
}

// Span returns the span of the entity.
func (e Entity) Span() Span { return Span{e.Start, e.End} }

// Mention is one place in the text where an actor or place is named or referred to.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Actor kinds.
const (
	KindPerson       = "person"
	KindOrganization = "organization"
	KindCountry      = "country"
	KindGroup        = "group"
	KindIGO          = "igo"
	KindCollective   = "collective"
)

// Actor is one distinct real-world actor with all its mentions.
type Actor struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Kind     string    `json:"kind"`
	Country  Str       `json:"country"`
	Sector   Str       `json:"sector"`
	Code     Str       `json:"code"`
	Roles    []string  `json:"roles"`
	KB       Str       `json:"kb"`
	Mentions []Mention `json:"mentions"`
	// Rule names the dictionary entry or rule that resolved the actor.
	Rule string `json:"rule,omitempty"`
}

// Place is one distinct place with all its mentions.
type Place struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Kind     string    `json:"kind"` // country, admin1, city, region, …
	Country  Str       `json:"country"`
	Admin1   Str       `json:"admin1"`
	Lat      *float64  `json:"lat"`
	Lon      *float64  `json:"lon"`
	GeoNames *int      `json:"geonames"`
	Mentions []Mention `json:"mentions"`
	Rule     string    `json:"rule,omitempty"`
}

// Time is one temporal expression, normalised.
type Time struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"` // DATE, TIME, DURATION, SET
	// Value is a TIMEX3-style value: 2024-11-21, 2024-W46, PAST_REF, P3D…
	Value string `json:"value"`
	// Range is the inclusive day interval the expression denotes, or nil.
	Range       *DayRange `json:"range"`
	Granularity string    `json:"granularity"`
	Rule        string    `json:"rule,omitempty"`
}

// Span returns the span of the time expression.
func (t Time) Span() Span { return Span{t.Start, t.End} }

// DayRange is an inclusive pair of ISO 8601 days, printed as a two-element array.
type DayRange [2]string

// Event is one coded event.
type Event struct {
	ID         string     `json:"id"`
	Type       string     `json:"type"`
	Mode       Str        `json:"mode"`
	Context    []string   `json:"context"`
	Cameo      string     `json:"cameo"`
	QuadClass  int        `json:"quad_class"`
	Goldstein  float64    `json:"goldstein"`
	Source     *Arg       `json:"source"`
	Target     *Arg       `json:"target"`
	Date       *EventDate `json:"date"`
	Place      Str        `json:"place"`
	Fatalities *Count     `json:"fatalities"`
	Injuries   *Count     `json:"injuries"`
	Detained   *Count     `json:"detained"`
	Status     string     `json:"status"`
	Sentence   int        `json:"sentence"`
	Start      int        `json:"start"`
	End        int        `json:"end"`
	Trigger    Trigger    `json:"trigger"`
	Confidence float64    `json:"confidence"`
	Rule       string     `json:"rule"`
}

// Event statuses.
const (
	Reported     = "reported"
	Claimed      = "claimed"
	Denied       = "denied"
	Planned      = "planned"
	Hypothetical = "hypothetical"
	Negated      = "negated"
)

// Arg is an event's source or target.
type Arg struct {
	Actor Str    `json:"actor"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// EventDate is when an event happened.
type EventDate struct {
	Range       *DayRange `json:"range"`
	Granularity string    `json:"granularity"`
	Time        Str       `json:"time"` // id of the governing Time, or null
}

// Count is a number of people with its uncertainty.
type Count struct {
	Low  int `json:"low"`
	Best int `json:"best"`
	High int `json:"high"`
	Who  Str `json:"who"`
}

// Trigger is the word or phrase that signals an event.
type Trigger struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Quote is one quotation or attributed statement.
type Quote struct {
	ID          string `json:"id"`
	Text        string `json:"text"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Direct      bool   `json:"direct"`
	Speaker     Str    `json:"speaker"`
	SpeakerText Str    `json:"speaker_text"`
	Cue         Str    `json:"cue"`
	CueStart    *int   `json:"cue_start"`
	CueEnd      *int   `json:"cue_end"`
	// SpeakerStart and SpeakerEnd locate SpeakerText when it is set.
	SpeakerStart *int   `json:"speaker_start,omitempty"`
	SpeakerEnd   *int   `json:"speaker_end,omitempty"`
	Event        Str    `json:"event,omitempty"` // id of an event the quote carries
	Rule         string `json:"rule,omitempty"`
}

// Diagnostic is a doubt a stage had about part of the text.
type Diagnostic struct {
	Stage   string `json:"stage"`
	Message string `json:"message"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}
