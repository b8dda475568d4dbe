// Package timex finds temporal expressions in a document and resolves them
// against its publication date.
//
// In: doc.Analysis with Document.Text and, when known, Document.Published
// (a date or RFC 3339 time; only its calendar day is used). Out:
// Analysis.Times, one doc.Time per expression in text order with ids
// t1, t2, …: the span, a TIMEX3-style type and value, the inclusive day
// range it denotes and its granularity, and Rule naming the pattern that
// made it. Doubts (ambiguous 05/06/2024, no publication date) become
// diagnostics.
//
// Resolution:
//   - Weeks are ISO weeks (Monday–Sunday): "last week" is the week before
//     the week of publication, value 2024-W46; "the week of March 6" is
//     that day's week.
//   - A numeric date whose day and month could be swapped (05/06/2024)
//     follows the order of an unambiguous numeric date elsewhere in the
//     text (19/11/2024); without one only its year is kept. Either way a
//     diagnostic says so.
//   - A bare weekday takes the direction of the tense cue nearest before
//     it in its sentence (else nearest after): "will meet on Thursday" is
//     the next Thursday on or after the publication day; by default news
//     report the past, so "on Thursday" is the most recent one on or
//     before it. A bare month is the nearest one, never after the
//     publication month in a past sentence nor before it in a future one;
//     a month-day without a year is the nearest one, a tense cue moving it
//     only when it lies more than 60 days the other way. "The weekend" is
//     the one of the publication week on a weekend, the one before in a
//     past sentence or early in the week, else the coming one.
//   - Vague references get documented ranges ending or starting at the
//     publication day: "recently" 30 days, "in recent days" 7 days, "in
//     recent weeks" 42 days, "in recent months" 183 days, "in recent
//     years" 5 years; "in the coming days" 14 days, "weeks" 42 days,
//     "months" 183 days, "years" 5 years; "soon" 30 days; "now",
//     "currently" the publication day. "the past" and "the future" have no
//     range, nor have "the near term", "the short term", "a later date"
//     (FUTURE_REF) and "current" qualifying a thing ("current market
//     conditions", PRESENT_REF; "the then current price", PAST_REF),
//     which do not date an event. "soon" next to a past verb ("he was
//     soon released") is the story's, not the future: untagged.
//   - Tense cues are read in context: a past form after a determiner is
//     an adjective ("a still unspecified date"), "plan" a noun and "set"
//     a cue only in "set to"/"set for"; a participle after "be" takes
//     the auxiliary's tense ("will be named"); "is to", "to be
//     published", "expects", "effective", "slated", "supposed" look
//     ahead; a future participle in the past perfect looks back ("had
//     been scheduled to expire Friday"). A possessive weekday
//     ("Wednesday's ruling") heeds only a cue in the four tokens before
//     it.
//   - In reports of results, "the year", "the full year", "the fiscal
//     year" are the publication year and "the year ended March 31" a
//     year-long period (P1Y); "year-end" is 31 December (of the year
//     before after "since"); "the 1988 quarter" and "the 1988 period"
//     are the quarter being reported (the last full one) of 1988, as is
//     "a year ago" in a sentence about a quarter; "the last half of
//     1989" and "the first two quarters of 1990" are halves.
//   - Seasons are meteorological, northern hemisphere; the range of an
//     "early"/"mid"/"late" expression is the first, middle or last third
//     of the unmodified one; "earlier this week" ends on the publication
//     day, "later this week" starts on it.
//   - Durations anchored on the publication date ("the past three years")
//     get the range they cover; other durations and sets have none.
//   - "The next day", "that night", "the following year" resolve against
//     the last day or year the text named before them (narrative.go), and
//     are not tagged when it has named none. A clock time alone ("at 10:35
//     a.m.") falls on the day named within the 40 tokens before it, else
//     on the publication day; with its conversion in parentheses right
//     before a day ("10:35 a.m. (0735 GMT) Friday"), on that day. "In
//     the morning" in a past clause is the morning of the day just
//     named; "April 24 and 25" takes the first date's month and year.
//
// A dateline's date ("KABUL, Afghanistan (Jan. 25, 2013) — …") is the
// writer's today: relative expressions resolve against it, also when the
// publication date differs (a story republished later), with a
// diagnostic, or is unknown.
//
// Without a publication date, relative expressions get values with an
// unknown anchor (XXXX-WXX, XXXX-XX-XX, PAST_REF), no range, and a
// diagnostic each: the tagger never guesses today's date.
//
// Known limits: English only; no fiscal-year arithmetic; times of day
// keep no time zone; "two days later" stays a duration and "the following
// week" is untagged (only days, months and years follow the narrative);
// tense comes from cue words, not from the tagger's POS tags, which the
// stage does not need. It reads the text with its own fine tokenizer
// (scan.go), so it works with or without the segmenter's tokens.
package timex

import (
	"context"
	"strconv"
	"strings"
	"time"

	"sitrep/internal/doc"
)

// Options configures a Tagger. The zero value is ready to use.
type Options struct{}

// Tagger is the temporal-expression stage. It is immutable and safe for
// concurrent use.
type Tagger struct{}

// New returns a Tagger.
func New(opts Options) *Tagger { return &Tagger{} }

// Name returns the stage name, "timex".
func (t *Tagger) Name() string { return "timex" }

// Annotate replaces a.Times with the temporal expressions of the
// document text, resolved against a.Document.Published.
func (t *Tagger) Annotate(ctx context.Context, a *doc.Analysis) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	anchor, known := time.Time{}, false
	if p := string(a.Document.Published); p != "" {
		var ok bool
		anchor, ok = parsePublished(p)
		if ok {
			known = true
		} else {
			a.Diagnose(t.Name(), doc.Span{}, "publication date "+strconv.Quote(p)+" is not a date; relative dates left unresolved")
		}
	}
	if day, ok := datelineDay(a.Document.Text, anchor, known); ok && (!known || !day.Equal(anchor)) {
		if known {
			a.Diagnose(t.Name(), doc.Span{}, "relative dates resolved against the dateline's date "+day.Format("2006-01-02")+", not the publication date "+anchor.Format("2006-01-02"))
		}
		anchor, known = day, true
	}
	times, diags := Find(a.Document.Text, anchor, known)
	a.Times = times
	for _, d := range diags {
		a.Diagnostics = append(a.Diagnostics, d)
	}
	return nil
}

// datelineDay returns the date of a dateline that opens text, "KABUL,
// Afghanistan (Jan. 25, 2013) — …": an upper-case place, a day in
// brackets, a dash or colon. The writer's "today" is that day, whenever
// the story was (re)published, so relative expressions resolve against
// it. A date without a year takes the one nearest the anchor, and needs
// one.
func datelineDay(text string, anchor time.Time, known bool) (time.Time, bool) {
	open := strings.IndexByte(text, '(')
	if open < 3 || open > 80 || strings.ContainsAny(text[:open], "\n.!?") {
		return time.Time{}, false
	}
	place, _, _ := strings.Cut(text[:open], ",")
	place = strings.TrimSpace(place)
	if len(place) < 3 || strings.ToUpper(place) != place || strings.ToLower(place) == place {
		return time.Time{}, false
	}
	end := strings.IndexByte(text[open:], ')')
	if end < 0 || end > 40 {
		return time.Time{}, false
	}
	end += open
	rest := strings.TrimLeft(text[end+1:], " \t")
	if !strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, ":") {
		return time.Time{}, false
	}
	inner := strings.TrimSpace(text[open+1 : end])
	ts, _ := Find(inner, anchor, known)
	if len(ts) != 1 || ts[0].Text != inner || ts[0].Range == nil || ts[0].Granularity != "day" || ts[0].Range[0] != ts[0].Range[1] {
		return time.Time{}, false
	}
	d, err := time.Parse("2006-01-02", ts[0].Range[0])
	if err != nil {
		return time.Time{}, false
	}
	return d, true
}

// parsePublished reads the calendar day of a date or RFC 3339 time
// (also "2006-01-02T15:04:05" without a zone, and "2006-01-02 15:04").
func parsePublished(p string) (time.Time, bool) {
	if len(p) < 10 {
		return time.Time{}, false
	}
	if len(p) > 10 && p[10] != 'T' && p[10] != 't' && p[10] != ' ' {
		return time.Time{}, false
	}
	d, err := time.Parse("2006-01-02", p[:10])
	if err != nil {
		return time.Time{}, false
	}
	return d, true
}

// Find returns the temporal expressions of text resolved against the day
// anchor (when known is false, anchor is ignored and relative expressions
// stay unresolved) and the diagnostics met on the way. Spans are byte
// offsets into text, ordered and non-overlapping.
func Find(text string, anchor time.Time, known bool) ([]doc.Time, []doc.Diagnostic) {
	s := scanner{text: text, anchor: anchor, known: known}
	if known {
		s.anchor = date(anchor.Year(), int(anchor.Month()), anchor.Day())
	} else {
		// Relative expressions are computed against a fixed day and then
		// rewritten to unknown-anchor values; nothing of this day leaks.
		s.anchor = date(2000, 1, 5)
	}
	s.t = tokenize(text, make([]tok, 0, len(text)/4+16))
	s.order = s.numericOrder()
	ms := s.scan()
	times := make([]doc.Time, 0, len(ms))
	var diags []doc.Diagnostic
	for _, m := range ms {
		start, end := s.t[m.i].start, s.t[m.j-1].end
		r := m.r
		if m.rel && !known {
			if m.xval != "" {
				r.value = m.xval
			} else {
				r.value = xOut(r.value)
			}
			r.hasRange = false
			diags = append(diags, doc.Diagnostic{Stage: "timex", Start: start, End: end,
				Message: "no publication date: " + strconv.Quote(text[start:end]) + " left relative to an unknown anchor"})
		}
		if m.diag != "" {
			diags = append(diags, doc.Diagnostic{Stage: "timex", Start: start, End: end, Message: m.diag})
		}
		tm := doc.Time{
			ID:          "t" + strconv.Itoa(len(times)+1),
			Text:        text[start:end],
			Start:       start,
			End:         end,
			Type:        r.typ,
			Value:       r.value,
			Granularity: r.gran,
			Rule:        m.rule,
		}
		if r.hasRange {
			tm.Range = &doc.DayRange{fmtDay(r.lo), fmtDay(r.hi)}
		}
		times = append(times, tm)
	}
	return times, diags
}

// xOut replaces the digits of the date part of a value with X:
// 2024-W46 → XXXX-WXX, 2024-11-21TNI → XXXX-XX-XXTNI.
func xOut(v string) string {
	b := []byte(v)
	for i, c := range b {
		if c == 'T' {
			break
		}
		if c >= '0' && c <= '9' {
			b[i] = 'X'
		}
	}
	return string(b)
}
