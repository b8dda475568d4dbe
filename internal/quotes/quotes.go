// Package quotes finds quotations and reported speech in a document and
// ties each to the person who said it.
//
// In: a doc.Analysis with Document.Text set; Actors, when the actors stage
// ran before, are used to name the speaker; Document.Dateline, when set,
// is never part of a quote's content (see bodyStart). Out: Analysis.Quotes in text
// order, with ids q1, q2, …, and Diagnostics for quoted text whose
// speaker could not be found or whose closing mark is missing.
//
// A direct quote is text between quotation marks (curly or straight,
// double or single, nested marks kept in the text, a long quote running
// over paragraphs that each open with a mark, those inner marks kept in
// its text). Its speaker comes from a
// cue, a reporting verb from the lexicon in cues.go, found after the
// quote ("…," said X / "…," X said), inside it ("…," she said, "…"),
// before it (X said: "…" / X said the plan was "…"), or "according to X";
// a quote with no cue takes the speaker of the quote before it in the same
// or the previous paragraph (continuation). Indirect speech ("X said
// that …", "…, X told reporters", "according to X, …") gives quotes with
// Direct false whose text is the reported clause.
//
// Quote.Text is the text of the span [Start,End) (byte offsets; the CLI
// converts), inside the marks, without a trailing comma. SpeakerText and
// SpeakerStart/SpeakerEnd are the subject of the cue as written ("she",
// "the spokesperson"); Speaker is the id of the actor with a mention over
// that span, else (pronouns, bare surnames, descriptions the actors stage
// left unlinked) the actor chosen from the earlier speakers by gender,
// surname or role. Rule names the pattern that made the quote.
//
// Rules (Quote.Rule):
//
//	direct.cue-after            "…," X said. / "…," she told reporters.
//	direct.cue-after.inverted   "…," said X.
//	direct.cue-before           X said: "…" / X said, "…" / X said that "…"
//	direct.cue-before.inverted  Said X: "…"
//	direct.cue-before.paragraph X continued:¶"…" (a paragraph ending in a colon)
//	direct.partial              X called the plan "a disaster" (cue earlier in the sentence)
//	direct.according-to         "…," according to X.
//	direct.dash                 "…" ― X (vox-pop style)
//	direct.continuation         no cue: the speaker of the quote before, in the
//	                            same or the previous paragraph (speaker and cue
//	                            fields point at that quote's)
//	direct.continuation.forward "…" "…," she said: the cued quote right after
//	direct.unattributed         a sentence-like quote with no speaker (with a diagnostic)
//	indirect.cue-before         X said (on Thursday) (that) CLAUSE.
//	indirect.cue-after          CLAUSE, X said. / CLAUSE, said X.
//	indirect.according-to       According to X, CLAUSE. / CLAUSE, according to X.
//
// A ".participle" suffix marks a cue in -ing form whose subject is the
// clause's ("…, saying: “…”").
//
// Known limits: the speaker phrase is found by surface patterns, not a
// parse, so long or unusual subjects can be cut short; single straight
// marks are only taken as quotes when a closing mark follows in the same
// paragraph; indirect speech is found only around the cue verbs of the
// lexicon and one per sentence.
package quotes

import (
	"context"
	"fmt"
	"sort"

	"sitrep/internal/doc"
)

// Options configures an Extractor. The zero value is ready to use.
type Options struct {
	// NoIndirect turns off indirect speech: only quoted text is reported.
	NoIndirect bool
	// MinUnattributedWords is the least number of words a quoted span
	// with no speaker must have to be reported (shorter ones are scare
	// quotes and titles); 0 means 5.
	MinUnattributedWords int
}

// Extractor is the "quotes" stage. It is immutable and safe for
// concurrent use.
type Extractor struct {
	noIndirect bool
	minWords   int
}

// New returns an Extractor.
func New(opts Options) *Extractor {
	m := opts.MinUnattributedWords
	if m <= 0 {
		m = 5
	}
	return &Extractor{noIndirect: opts.NoIndirect, minWords: m}
}

// Name returns the stage name used in diagnostics.
func (x *Extractor) Name() string { return "quotes" }

// Annotate fills a.Quotes and adds diagnostics for doubts.
func (x *Extractor) Annotate(ctx context.Context, a *doc.Analysis) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("find quotes: %w", err)
	}
	qs, diags := x.extract(a.Document.Text, bodyStart(a))
	diags = append(diags, link(a, qs)...)
	a.Quotes = a.Quotes[:0]
	for i := range qs {
		q := qs[i].toDoc(a.Document.Text)
		q.ID = fmt.Sprintf("q%d", i+1)
		a.Quotes = append(a.Quotes, q)
	}
	for _, d := range diags {
		a.Diagnose(x.Name(), doc.Span{Start: d.start, End: d.end}, d.msg)
	}
	return nil
}

// quote is a quote while it is being built.
type quote struct {
	start, end int
	direct     bool
	para       int // paragraph of the content start
	lastPara   int // paragraph of the content end
	// standalone is set for a quote that is a sentence of its own: no
	// words of the same sentence before or after it but its cue.
	standalone bool
	speaker    phrase
	hasSpeaker bool
	cue        cue
	hasCue     bool
	rule       string
	actor      string // filled by link
}

type diag struct {
	start, end int
	msg        string
}

func (q quote) toDoc(t string) doc.Quote {
	d := doc.Quote{
		Text:   t[q.start:q.end],
		Start:  q.start,
		End:    q.end,
		Direct: q.direct,
		Rule:   q.rule,
	}
	if q.actor != "" {
		d.Speaker = doc.Str(q.actor)
	}
	if q.hasSpeaker {
		s, e := q.speaker.start, q.speaker.end
		d.SpeakerText = doc.Str(t[s:e])
		d.SpeakerStart, d.SpeakerEnd = &s, &e
	}
	if q.hasCue {
		s, e := q.cue.start, q.cue.end
		d.Cue = doc.Str(t[s:e])
		d.CueStart, d.CueEnd = &s, &e
	}
	return d
}

// extract finds the quotes of t in text order. The text before lead
// (the dateline, see bodyStart) is never part of a quote's content.
func (x *Extractor) extract(t string, lead int) ([]quote, []diag) {
	paras := paragraphs(t)
	segs := findSegments(t, paras)
	var diags []diag
	for _, s := range segs {
		if s.unclosed {
			diags = append(diags, diag{s.open, s.close, "quotation mark not closed before the paragraph ends"})
		}
	}
	direct := attributeDirect(t, paras, segs)
	var qs []quote
	qs = append(qs, direct...)
	if !x.noIndirect {
		used := map[int]bool{}
		for _, q := range direct {
			if q.hasCue {
				used[q.cue.start] = true
			}
		}
		qs = append(qs, findIndirect(t, paras, segs, used, lead)...)
	}
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].start < qs[j].start })
	qs = continueSpeakers(t, qs)
	out := qs[:0]
	for _, q := range qs {
		if q.end <= lead {
			continue
		}
		q.start = max(q.start, lead)
		if !q.hasSpeaker {
			if !q.direct || !q.standalone || countWords(t[q.start:q.end]) < x.minWords {
				continue
			}
			q.rule = "direct.unattributed"
			diags = append(diags, diag{q.start, q.end, "no speaker found for quotation"})
		}
		out = append(out, q)
	}
	return out, diags
}

// countWords counts the words of s.
func countWords(s string) int {
	n := 0
	for _, w := range words(s, 0, len(s)) {
		if w.isWord() {
			n++
		}
	}
	return n
}
