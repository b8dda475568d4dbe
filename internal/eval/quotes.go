package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
	"sitrep/internal/eval/gold"
)

// quickPolNeARDocs is how many PolNeAR dev articles quick mode scores.
const quickPolNeARDocs = 15

// polnearDoc is one PolNeAR article with its annotation.
type polnearDoc struct {
	id, published string
	brat          *gold.BratDoc
}

func (r *runner) readPolNeAR() ([]polnearDoc, error) {
	texts, err := r.glob("polnear/dev/text/*.txt")
	if err != nil {
		return nil, err
	}
	anns, err := r.glob("polnear/dev/attributions/*.ann")
	if err != nil {
		return nil, err
	}
	sort.Strings(texts)
	sort.Strings(anns)
	// An article annotated by several annotators has one .ann per
	// annotator (NAME_ANNOTATOR.ann); the first in name order is used.
	annOf := map[string]string{}
	for _, a := range anns {
		base := strings.TrimSuffix(filepath.Base(a), ".ann")
		if i := strings.LastIndexByte(base, '_'); i > 0 {
			base = base[:i]
		}
		if _, ok := annOf[base]; !ok {
			annOf[base] = a
		}
	}
	if r.opts.Quick {
		texts = pick(texts, quickPolNeARDocs)
	}
	var out []polnearDoc
	for _, t := range texts {
		base := strings.TrimSuffix(filepath.Base(t), ".txt")
		ann, ok := annOf[base]
		if !ok {
			continue
		}
		text, err := os.ReadFile(t)
		if err != nil {
			return nil, fmt.Errorf("read polnear text: %w", err)
		}
		if !utf8.Valid(text) {
			return nil, fmt.Errorf("read %s: not UTF-8", t)
		}
		f, err := os.Open(ann)
		if err != nil {
			return nil, fmt.Errorf("read polnear annotation: %w", err)
		}
		b, err := gold.ReadBrat(f, string(text), ann)
		f.Close()
		if err != nil {
			return nil, err
		}
		foldRoles(b)
		out = append(out, polnearDoc{id: base, published: polnearDate(base), brat: b})
	}
	return out, nil
}

// foldRoles renames brat's numbered repeats of an event role (Content2,
// Source2: a second content argument) to the role itself, so that
// BratDoc.Attributions takes them in.
func foldRoles(b *gold.BratDoc) {
	for _, e := range b.Events {
		for k, arg := range e.Args {
			e.Args[k].Role = strings.TrimRight(arg.Role, "0123456789")
		}
	}
}

// polnearDate takes the date from a PolNeAR name (publisher_YYYY-MM-DD_slug).
func polnearDate(name string) string {
	parts := strings.SplitN(name, "_", 3)
	if len(parts) >= 2 && dayOf(parts[1]) == parts[1] {
		return parts[1]
	}
	return ""
}

// quoteCounts are the counts of one document or of the whole set.
type quoteCounts struct {
	strict, overlap             PRF // all attributions
	directStrict, directOverlap PRF // direct quotes only
	speaker, directSpeaker      Acc
	// attributed counts content and speaker both right: over gold
	// attributions with a source and system quotes with a speaker.
	attributed, directAttributed PRF
	// fragment and fragmentAttributed score direct quotes one quoted
	// fragment at a time (quotedFragments): span only, and span and
	// speaker both right.
	fragment, fragmentAttributed PRF
	// indirect counts score gold contents that are not direct against
	// system quotes not marked direct.
	indirectOverlap, indirectAttributed PRF
	indirectSpeaker                     Acc
}

func (c *quoteCounts) add(o quoteCounts) {
	c.strict.Add(o.strict)
	c.overlap.Add(o.overlap)
	c.directStrict.Add(o.directStrict)
	c.directOverlap.Add(o.directOverlap)
	c.speaker.Add(o.speaker)
	c.directSpeaker.Add(o.directSpeaker)
	c.attributed.Add(o.attributed)
	c.directAttributed.Add(o.directAttributed)
	c.fragment.Add(o.fragment)
	c.fragmentAttributed.Add(o.fragmentAttributed)
	c.indirectOverlap.Add(o.indirectOverlap)
	c.indirectAttributed.Add(o.indirectAttributed)
	c.indirectSpeaker.Add(o.indirectSpeaker)
}

// runQuotes scores quotes on PolNeAR dev.
func runQuotes(ctx context.Context, r *runner) (*Result, error) {
	docs, err := r.readPolNeAR()
	if err != nil {
		return nil, err
	}
	per := make([]quoteCounts, len(docs))
	ex := newExamples(r.opts.Examples, len(docs))
	failed, err := r.each(ctx, len(docs), func(ctx context.Context, i int) error {
		g := docs[i]
		d := doc.Document{ID: g.id, Text: g.brat.Text, PublishedFrom: doc.FromNone}
		if g.published != "" {
			d.Published, d.PublishedFrom = doc.Str(g.published), doc.FromMetadata
		}
		a, err := r.analyze(ctx, d)
		if a == nil {
			return err
		}
		per[i] = scoreQuotes(g.brat.Text, g.brat.Attributions(), a)
		if ex.on() {
			quoteMisses(ex, i, g.id, g.brat.Text, g.brat.Attributions(), a)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	var c quoteCounts
	for _, p := range per {
		c.add(p)
	}
	return &Result{
		Data:     fmt.Sprintf("PolNeAR dev: %d articles, %d attributions (%d direct, %d quoted fragments)", len(docs), c.strict.Gold, c.directStrict.Gold, c.fragment.Gold),
		Docs:     len(docs),
		Failed:   failed,
		Examples: ex.lines(),
		Metrics: []Metric{
			prf("quotes.all.strict", "content F1, all attributions, exact", c.strict),
			prf("quotes.all.overlap", "content F1, all attributions, overlap", c.overlap),
			acc("quotes.all.speaker", "speaker accuracy, all (matched contents)", c.speaker),
			prf("quotes.all.attributed", "content and speaker F1, all", c.attributed),
			prf("quotes.direct.strict", "content F1, direct quotes, exact", c.directStrict),
			prf("quotes.direct.overlap", "content F1, direct quotes, overlap", c.directOverlap),
			acc("quotes.direct.speaker", "speaker accuracy, direct (matched contents)", c.directSpeaker),
			prf("quotes.direct.attributed", "content and speaker F1, direct", c.directAttributed),
			prf("quotes.direct.fragment.strict", "direct quotes per fragment: span", c.fragment),
			prf("quotes.direct.fragment.attributed", "direct quotes per fragment: span + speaker", c.fragmentAttributed),
			prf("quotes.indirect.overlap", "content F1, indirect attributions, overlap", c.indirectOverlap),
			acc("quotes.indirect.speaker", "speaker accuracy, indirect (matched contents)", c.indirectSpeaker),
			prf("quotes.indirect.attributed", "content and speaker F1, indirect", c.indirectAttributed),
		},
		Notes: []string{
			"Gold: every PolNeAR attribution (with or without a source) with its content span; a discontinuous content (several fragments, or a second Content2 argument) is taken from its first to its last fragment. An article with several annotators uses the first annotation file in name order. The publication date comes from the file name.",
			"A gold content is direct when it contains a double quotation mark (wholly or partly quoted) or comes right after one; two apostrophes ('') or backquotes (``), as the NYT texts write them, are a double mark too. Direct scores compare gold direct contents with system quotes marked direct.",
			"Exact: the spans are equal once trimmed of space, quotation marks and final punctuation. Overlap: spans overlap, matched one to one (largest overlap first).",
			"Speaker accuracy is over gold attributions that have a source and an overlap-matched system quote: correct when the quote's speaker text span, or any mention of its speaker actor, overlaps the gold source.",
			"Content and speaker F1 (end to end): correct when the content overlap-matches and the speaker is right; recall over gold attributions with a source, precision over system quotes that name a speaker.",
			"Per fragment (the unit output.md uses: one quote per quoted stretch, so \"A,\" X said. \"B.\" is two quotes): each stretch between matching double quotation marks inside a gold content (widened to take in marks just outside it) is one gold quote, stretches separated only by a paragraph break and marks (a quote resumed in a new paragraph) are merged (quotes side by side on one line, \"A,\" \"B,\" stay two), and a stretch several attributions share is counted once with each of their sources as an acceptable speaker. A system quote marked direct hits when its span equals the stretch once both are trimmed of space, marks and final punctuation; span + speaker also needs its speaker right (as for speaker accuracy). Span + speaker recall is over stretches with a gold source; a system quote on a stretch without a gold source counts neither way; every other system direct quote counts in precision, with or without a speaker.",
			"Indirect: gold contents that are not direct against system quotes not marked direct, overlap-matched as for all attributions.",
		},
	}, nil
}

// scoreQuotes scores one document's quotes.
func scoreQuotes(text string, want []gold.Attribution, a *doc.Analysis) quoteCounts {
	var c quoteCounts
	var ws, wsDirect []gold.Span
	var wantDirect []gold.Attribution
	for _, w := range want {
		s := trimQuote(text, w.ContentExtent())
		ws = append(ws, s)
		if isDirect(text, w.ContentExtent()) {
			wsDirect = append(wsDirect, s)
			wantDirect = append(wantDirect, w)
		}
	}
	var gs, gsDirect []gold.Span
	var got, gotDirect []doc.Quote
	for _, q := range a.Quotes {
		s := trimQuote(text, gold.Span{Start: q.Start, End: q.End})
		gs = append(gs, s)
		got = append(got, q)
		if q.Direct {
			gsDirect = append(gsDirect, s)
			gotDirect = append(gotDirect, q)
		}
	}
	c.strict = ExactSpans(ws, gs)
	c.directStrict = ExactSpans(wsDirect, gsDirect)
	c.overlap, c.speaker, c.attributed = overlapAndSpeaker(ws, gs, want, got, a)
	c.directOverlap, c.directSpeaker, c.directAttributed = overlapAndSpeaker(wsDirect, gsDirect, wantDirect, gotDirect, a)

	var wsInd, gsInd []gold.Span
	var wantInd []gold.Attribution
	var gotInd []doc.Quote
	for i, w := range want {
		if !isDirect(text, w.ContentExtent()) {
			wsInd = append(wsInd, ws[i])
			wantInd = append(wantInd, w)
		}
	}
	for i, q := range got {
		if !q.Direct {
			gsInd = append(gsInd, gs[i])
			gotInd = append(gotInd, q)
		}
	}
	c.indirectOverlap, c.indirectSpeaker, c.indirectAttributed = overlapAndSpeaker(wsInd, gsInd, wantInd, gotInd, a)

	c.fragment, c.fragmentAttributed = scoreFragments(text, goldFragments(text, want), a)
	return c
}

// goldFragment is one quoted stretch of gold direct-quote content, with
// the sources of the attributions whose content holds it.
type goldFragment struct {
	span    gold.Span   // trimmed as by trimQuote
	sources []gold.Span // source extents; none when no attribution names one
}

// goldFragments returns the quoted fragments of the gold contents, each
// once, in order of first appearance.
func goldFragments(text string, want []gold.Attribution) []goldFragment {
	at := map[gold.Span]int{}
	var out []goldFragment
	for _, w := range want {
		for _, f := range quotedFragments(text, w.Content) {
			k, ok := at[f]
			if !ok {
				k = len(out)
				at[f] = k
				out = append(out, goldFragment{span: f})
			}
			if len(w.Source) > 0 {
				out[k].sources = append(out[k].sources, w.SourceExtent())
			}
		}
	}
	return out
}

func overlapsAny(s gold.Span, fs []gold.Span) bool {
	for _, f := range fs {
		if s.Overlaps(f) {
			return true
		}
	}
	return false
}

// scoreFragments scores the system's direct quotes against gold quoted
// fragments: by span alone, and by span and speaker. For span and
// speaker, fragments without a gold source are left out of recall, and a
// system quote on one is left out of precision.
func scoreFragments(text string, frags []goldFragment, a *doc.Analysis) (spanOnly, both PRF) {
	var sys []gold.Span
	var sysQ []doc.Quote
	for _, q := range a.Quotes {
		if q.Direct {
			sys = append(sys, trimQuote(text, gold.Span{Start: q.Start, End: q.End}))
			sysQ = append(sysQ, q)
		}
	}
	spans := make([]gold.Span, len(frags))
	for i, f := range frags {
		spans[i] = f.span
	}
	spanOnly = ExactSpans(spans, sys)

	both.Pred = len(sys)
	used := make([]bool, len(sys))
	// Fragments with a source first, so that a system quote is spent on
	// one it can be right about.
	for _, f := range frags {
		if len(f.sources) == 0 {
			continue
		}
		both.Gold++
		for pi := range sys {
			if used[pi] || sys[pi] != f.span || !speakerMatchesAny(f.sources, sysQ[pi], a) {
				continue
			}
			used[pi] = true
			both.Correct++
			break
		}
	}
	for _, f := range frags {
		if len(f.sources) > 0 {
			continue
		}
		for pi := range sys {
			if !used[pi] && sys[pi] == f.span {
				used[pi] = true
				both.Pred--
				break
			}
		}
	}
	return spanOnly, both
}

// speakerMatchesAny reports whether the speaker of q is one of srcs.
func speakerMatchesAny(srcs []gold.Span, q doc.Quote, a *doc.Analysis) bool {
	for _, s := range srcs {
		if speakerMatches(s, q, a) {
			return true
		}
	}
	return false
}

// quotedFragments returns the stretches of text between matching double
// quotation marks inside the extent of content fragments cs that overlap
// one of them (a quoted title in the cue between two fragments is no
// part of the content), trimmed as by trimQuote. The extent is first
// widened over an opening mark just before it and a
// closing mark just after it (gold contents often leave the marks out).
// A closing mark with no opening one before it closes a quote that began
// before the extent; an opening mark at the start of a paragraph inside
// an open quote (the quote resumed) ends the stretch and starts another,
// any other inside one opens a nested quote, closed by the next closing
// mark; a quote still open at the end runs to the end of the extent. Stretches
// separated only by a paragraph break, space and marks are merged (quotes
// side by side on one line are not); stretches with no letter
// or digit are dropped.
func quotedFragments(text string, cs []gold.Span) []gold.Span {
	if len(cs) == 0 {
		return nil
	}
	s := gold.BratSpan{Fragments: cs}.Extent()
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return nil
	}
	lo, hi := s.Start, s.End
	// An annotation may split a doubled apostrophe mark.
	if lo > 0 && text[lo-1] == '\'' && text[lo] == '\'' {
		lo--
	}
	if hi < len(text) && text[hi-1] == '\'' && text[hi] == '\'' {
		hi++
	}
	before := strings.TrimRight(text[:lo], " \t")
	if n, k := markBefore(before); n > 0 && k != markClose {
		lo = len(before) - n
	}
	after := strings.TrimLeft(text[hi:], " \t.,;:!?")
	if n, k := markAt(after, 0); n > 0 && k != markOpen {
		hi = len(text) - len(after) + n
	}
	t := text[:hi]

	var frags []gold.Span
	depth, start, closed := 0, 0, false
	for i := lo; i < hi; {
		n, kind := markAt(t, i)
		if n == 0 {
			_, size := utf8.DecodeRuneInString(t[i:])
			i += size
			continue
		}
		next := i + n
		opening := kind == markOpen
		switch {
		case kind == markEither:
			// A straight mark opens when no quote is open, or when it
			// follows space and comes before text.
			opening = depth == 0 || (spaceBefore(text, i) && !spaceAfter(text, next))
		case kind == markClose && depth == 0 && spaceBefore(text, i) && !spaceAfter(text, next):
			opening = true // a closing mark typed for an opening one
		case kind == markOpen && depth > 0 && !spaceBefore(text, i) && spaceAfter(text, next):
			opening = false // an opening mark typed for a closing one
		}
		switch {
		case opening && depth == 1 && newParagraph(text[start:i]):
			// The quote resumes in a new paragraph.
			frags = append(frags, gold.Span{Start: start, End: start + len(strings.TrimRight(text[start:i], " \t\r\n"))})
			start = next
		case opening && depth > 0:
			depth++ // a quote inside the quote
		case opening:
			depth, start = 1, next
		case depth > 1:
			depth--
		case depth == 1:
			frags = append(frags, gold.Span{Start: start, End: i})
			depth, closed = 0, true
		case !closed && len(frags) == 0:
			frags = append(frags, gold.Span{Start: lo, End: i})
			closed = true
		}
		i = next
	}
	if depth > 0 {
		frags = append(frags, gold.Span{Start: start, End: hi})
	}

	var out []gold.Span
	for _, f := range frags {
		if !overlapsAny(f, cs) {
			continue
		}
		if n := len(out); n > 0 && resumes(text[out[n-1].End:f.Start]) {
			out[n-1].End = f.End
			continue
		}
		out = append(out, f)
	}
	kept := out[:0]
	for _, f := range out {
		t := trimQuote(text, f)
		if strings.IndexFunc(text[t.Start:t.End], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			kept = append(kept, t)
		}
	}
	return kept
}

// resumes reports whether gap, the text between two quoted stretches, is
// a paragraph break with only space and quotation marks around it: the
// second stretch resumes the first.
func resumes(gap string) bool {
	return strings.Contains(gap, "\n") && strings.Trim(gap, " \t\r\n"+quoteMarks+"'`") == ""
}

// newParagraph reports whether s ends with a line break and, after it,
// white space only.
func newParagraph(s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, " \t"), "\n")
}

// spaceBefore reports whether byte i of text starts the text or follows
// white space.
func spaceBefore(text string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(text[:i])
	return n == 0 || unicode.IsSpace(r)
}

// spaceAfter reports whether byte i of text ends the text or starts white
// space.
func spaceAfter(text string, i int) bool {
	r, n := utf8.DecodeRuneInString(text[i:])
	return n == 0 || unicode.IsSpace(r)
}

// overlapAndSpeaker returns the overlap content counts, the speaker
// accuracy over matched contents, and the content-and-speaker counts.
func overlapAndSpeaker(ws, gs []gold.Span, want []gold.Attribution, got []doc.Quote, a *doc.Analysis) (PRF, Acc, PRF) {
	c := PRF{Pred: len(gs), Gold: len(ws)}
	var sp Acc
	var both PRF
	for _, w := range want {
		if len(w.Source) > 0 {
			both.Gold++
		}
	}
	for _, q := range got {
		if q.Speaker != "" || q.SpeakerText != "" {
			both.Pred++
		}
	}
	for wi, pi := range MatchOverlap(ws, gs) {
		if pi < 0 {
			continue
		}
		c.Correct++
		if len(want[wi].Source) > 0 {
			ok := speakerMatches(want[wi].SourceExtent(), got[pi], a)
			sp.Score(ok)
			if ok {
				both.Correct++
			}
		}
	}
	return c, sp, both
}

// speakerMatches reports whether the system's speaker of q is the gold source.
func speakerMatches(src gold.Span, q doc.Quote, a *doc.Analysis) bool {
	if q.SpeakerStart != nil && q.SpeakerEnd != nil && src.Overlaps(gold.Span{Start: *q.SpeakerStart, End: *q.SpeakerEnd}) {
		return true
	}
	if q.Speaker == "" {
		return false
	}
	for _, act := range a.Actors {
		if act.ID != string(q.Speaker) {
			continue
		}
		for _, m := range act.Mentions {
			if src.Overlaps(gold.Span{Start: m.Start, End: m.End}) {
				return true
			}
		}
	}
	return false
}

const (
	quoteMarks    = "\"“”„«»"
	openingQuotes = "\"“„«"
)

// markKind says whether a double quotation mark opens a quote, closes
// one, or may do either (straight marks).
type markKind int

const (
	markEither markKind = iota
	markOpen
	markClose
)

// markAt returns the length in bytes of the double quotation mark at
// byte i of t (0 for none) and its kind. Besides the marks in quoteMarks,
// two apostrophes (”) and two backquotes (“), as some newspapers and
// treebanks write them, are double marks.
func markAt(t string, i int) (int, markKind) {
	switch {
	case strings.HasPrefix(t[i:], "''"):
		return 2, markEither
	case strings.HasPrefix(t[i:], "``"):
		return 2, markOpen
	}
	r, n := utf8.DecodeRuneInString(t[i:])
	switch {
	case n == 0 || !strings.ContainsRune(quoteMarks, r):
		return 0, markEither
	case r == '"':
		return n, markEither
	case strings.ContainsRune(openingQuotes, r):
		return n, markOpen
	}
	return n, markClose
}

// markBefore is markAt for the mark that ends t.
func markBefore(t string) (int, markKind) {
	for _, n := range []int{2, 3, 1} {
		if n <= len(t) {
			if m, k := markAt(t, len(t)-n); m == n {
				return m, k
			}
		}
	}
	return 0, markEither
}

// trimQuote shrinks s to exclude surrounding space, double quotation marks
// and sentence punctuation.
func trimQuote(text string, s gold.Span) gold.Span {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return s
	}
	t := text[s.Start:s.End]
	cut := " \t\r\n" + quoteMarks + "'`.,;:!?"
	l := len(t) - len(strings.TrimLeft(t, cut))
	rt := len(t) - len(strings.TrimRight(t, cut))
	if l+rt >= len(t) {
		return s
	}
	return gold.Span{Start: s.Start + l, End: s.End - rt}
}

// isDirect reports whether content s is a direct quote: it contains a
// double quotation mark (wholly or partly quoted), or one comes right
// before it.
func isDirect(text string, s gold.Span) bool {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return false
	}
	c := text[s.Start:s.End]
	if strings.ContainsAny(c, quoteMarks) || strings.Contains(c, "''") || strings.Contains(c, "``") {
		return true
	}
	n, k := markBefore(strings.TrimRight(text[:s.Start], " \t"))
	return n > 0 && k != markClose
}

// quoteMisses lists, first per quoted fragment (direct quotes) and then
// per attribution, missed contents, spurious quotes and wrong speakers.
func quoteMisses(ex *examples, i int, id, text string, want []gold.Attribution, a *doc.Analysis) {
	fragmentMisses(ex, i, id, text, goldFragments(text, want), a)
	ws := make([]gold.Span, len(want))
	for k, w := range want {
		ws[k] = trimQuote(text, w.ContentExtent())
	}
	gs := make([]gold.Span, len(a.Quotes))
	for k, q := range a.Quotes {
		gs[k] = trimQuote(text, gold.Span{Start: q.Start, End: q.End})
	}
	used := make([]bool, len(gs))
	for wi, pi := range MatchOverlap(ws, gs) {
		w := want[wi]
		content := clip(text[ws[wi].Start:ws[wi].End], 60)
		if pi < 0 {
			ex.add(i, "%s: missed %q", id, content)
			continue
		}
		used[pi] = true
		if len(w.Source) > 0 && !speakerMatches(w.SourceExtent(), a.Quotes[pi], a) {
			src := w.SourceExtent()
			ex.add(i, "%s: %q: speaker %q, want %q", id, content, string(a.Quotes[pi].SpeakerText), clip(text[src.Start:src.End], 40))
		}
	}
	for pi, q := range a.Quotes {
		if !used[pi] {
			ex.add(i, "%s: spurious %q", id, clip(q.Text, 60))
		}
	}
}

// fragmentMisses lists quoted fragments the system's direct quotes miss,
// bound wrongly or give the wrong speaker, and direct quotes that are no
// gold fragment.
func fragmentMisses(ex *examples, i int, id, text string, frags []goldFragment, a *doc.Analysis) {
	var sys []gold.Span
	var sysQ []doc.Quote
	for _, q := range a.Quotes {
		if q.Direct {
			sys = append(sys, trimQuote(text, gold.Span{Start: q.Start, End: q.End}))
			sysQ = append(sysQ, q)
		}
	}
	hit := make([]bool, len(sys))
	for _, f := range frags {
		content := clip(text[f.span.Start:f.span.End], 60)
		exact, near := -1, -1
		for pi, s := range sys {
			if s == f.span {
				exact = pi
				break
			}
			if near < 0 && s.Overlaps(f.span) {
				near = pi
			}
		}
		switch {
		case exact >= 0:
			hit[exact] = true
			if len(f.sources) > 0 && !speakerMatchesAny(f.sources, sysQ[exact], a) {
				src := f.sources[0]
				ex.add(i, "%s: fragment %q: speaker %q, want %q", id, content, string(sysQ[exact].SpeakerText), clip(text[src.Start:src.End], 40))
			}
		case near >= 0:
			hit[near] = true
			ex.add(i, "%s: fragment %q: bounds %q", id, content, clip(text[sys[near].Start:sys[near].End], 60))
		default:
			ex.add(i, "%s: fragment missed %q", id, content)
		}
	}
	for pi, s := range sys {
		if !hit[pi] {
			ex.add(i, "%s: fragment spurious %q", id, clip(text[s.Start:s.End], 60))
		}
	}
}
