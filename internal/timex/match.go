package timex

import (
	"strings"
	"time"
)

// The matchers. Each one tries to read one kind of expression starting at
// token i and returns the match (tokens [i, j)) or false. scan tries them
// all at every position and keeps the longest, left to right, so spans
// never overlap.

// scanner holds one document's tokens and its anchor day.
type scanner struct {
	text   string
	t      []tok
	anchor time.Time
	known  bool
	// order is how the text writes numeric dates, when one of them shows
	// it: -1 day first (19/11/2024), +1 month first (11/19/2024), else 0.
	order int
	// ref is the last date the text named, for "the next day" and "that
	// year" (see narrative.go).
	ref reference
}

// match is one expression found: tokens [i, j), its resolution, and the
// rule that made it.
type match struct {
	i, j int
	r    res
	rule string
	rel  bool   // resolved against the anchor
	xval string // value when the anchor is unknown; "" means xOut(value)
	diag string // a doubt to report
}

var none = tok{w: noWord}

// tk returns token i, or an empty token out of range.
func (s *scanner) tk(i int) *tok {
	if i < 0 || i >= len(s.t) {
		return &none
	}
	return &s.t[i]
}

func (s *scanner) low(i int) string { return s.tk(i).low }

// adj reports whether token i exists and directly follows token i-1.
func (s *scanner) adj(i int) bool { return i < len(s.t) && i > 0 && !s.t[i].gap }

// starters are words that may begin an expression though the lexicon has
// nothing on them.
var starters = map[string]bool{
	"yesterday": true, "today": true, "tomorrow": true, "tonight": true, "last": true, "this": true,
	"next": true, "past": true, "the": true, "early": true, "late": true, "mid": true, "earlier": true,
	"later": true, "recently": true, "now": true, "currently": true, "coming": true, "previous": true,
	"current": true, "latest": true, "upcoming": true, "soon": true, "recent": true, "previously": true,
	"formerly": true, "nowadays": true, "present": true, "every": true, "each": true, "about": true,
	"nearly": true, "almost": true, "around": true, "roughly": true, "approximately": true, "more": true,
	"less": true, "at": true, "over": true, "noon": true, "midnight": true, "midday": true, "fiscal": true,
	"q": true, "christmas": true, "xmas": true, "new": true, "thanksgiving": true, "these": true,
	"future": true, "end": true, "beginning": true, "start": true,
	"middle": true, "half": true, "years": true, "decades": true, "centuries": true, "year": true,
	"'": true, "that": true, "those": true, "easter": true, "good": true, "then": true,
}

// scan returns the matches of the whole text, in order.
func (s *scanner) scan() []match {
	out := make([]match, 0, len(s.t)/16+4)
	for i := 0; i < len(s.t); {
		t := &s.t[i]
		if !t.digits && t.w == noWord && !starters[t.low] {
			i++
			continue
		}
		m, ok := s.best(i)
		if !ok {
			i++
			continue
		}
		out = append(out, m)
		s.ref.note(m)
		i = m.j
	}
	return s.mergeTimes(out)
}

type matcher func(s *scanner, i int) (match, bool)

// matchers are tried at every candidate token; the longest match wins,
// ties going to the one listed first. The list is read-only.
var matchers = []matcher{
	(*scanner).mNumeric, (*scanner).mMonthFirst, (*scanner).mDayFirst, (*scanner).mWeekday,
	(*scanner).mYear, (*scanner).mDecade, (*scanner).mDeictic, (*scanner).mRel, (*scanner).mAgo,
	(*scanner).mDuration, (*scanner).mSet, (*scanner).mVague, (*scanner).mTime, (*scanner).mQuarter,
	(*scanner).mSeason, (*scanner).mHoliday, (*scanner).mDayOrd, (*scanner).mMod, (*scanner).mApprox,
	(*scanner).mNarrative, (*scanner).mTheYear, (*scanner).mNextDayNum, (*scanner).mBracketDM,
}

// best returns the longest match starting at i.
func (s *scanner) best(i int) (match, bool) {
	var b match
	found := false
	for _, f := range matchers {
		if m, ok := f(s, i); ok && (!found || m.j > b.j) {
			b, found = m, true
		}
	}
	return b, found
}

// coreMatchers read the dates that early/mid/late and earlier/later may
// wrap. The list is read-only.
var coreMatchers = []matcher{(*scanner).mMonthFirst, (*scanner).mWeekday, (*scanner).mYear, (*scanner).mDecade,
	(*scanner).mDeictic, (*scanner).mRel, (*scanner).mQuarter, (*scanner).mSeason, (*scanner).mNumeric, (*scanner).mDayFirst,
	(*scanner).mNarrative}

// core returns the longest date-like match at i, for modifiers to wrap.
func (s *scanner) core(i int) (match, bool) {
	var b match
	found := false
	for _, f := range coreMatchers {
		if m, ok := f(s, i); ok && (!found || m.j > b.j) {
			b, found = m, true
		}
	}
	return b, found
}

// tense returns the cue of a verb right after tokens [i, j) ("on Monday
// banned"), else +1 when the tense cue nearest before them in
// the same sentence, up to 12 tokens back (or, failing one and when
// j > i, the nearest after, up to 12 tokens on: "On Tuesday, the
// national abortion rights league plans …") points to the future, -1
// when it points to the past, 0 when there is none. The verb that governs a date usually comes before it ("said
// Friday", "will meet on Thursday").
func (s *scanner) tense(i, j int) int {
	if s.low(i-1) == "as" && (s.low(i-2) == "soon" || s.low(i-2) == "early") && s.low(i-3) == "as" {
		return 1 // "as soon as Tuesday"
	}
	if j > i && j < len(s.t) && !s.t[j].brk && s.t[j].letter {
		// "The government, which will hold elections next year, on
		// Monday banned …": a verb right after, not an adverb ("on
		// Monday ahead of the vote")
		switch c, w := s.cueAt(j), s.t[j].low; {
		case c < 0 && !adverbCues[w], c > 0 && (w == "will" || w == "would" || w == "shall"):
			return c
		}
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if w := s.t[k].low; (w == "until" || w == "till") && !s.t[k].brk {
			return 1 // "postponed until Tuesday"; not "Until Tuesday, they had …"
		}
		if c := s.cueAt(k); c != 0 {
			return c
		}
		if s.t[k].brk {
			break
		}
	}
	for k := j; k > i && k < len(s.t) && k < j+12 && !s.t[k].brk; k++ {
		if c := s.cueAt(k); c != 0 {
			return c
		}
	}
	return 0
}

// cueAt returns the tense cue of token k (see cue) read in its context:
// "is to" and "to be" + participle look ahead ("is to resume trading
// Tuesday", "guidelines to be published in early November");
// after a determiner a past form is an adjective and "plan" a noun, no
// tense ("a still unspecified date", "the plan"; but "the scheduled
// vote" lies ahead), a participle after "be" takes its
// tense from the auxiliary before it ("will be named"), and a future
// participle in the past perfect looks back ("had been scheduled to
// expire Friday"; but "was planned for March" may still lie ahead).
func (s *scanner) cueAt(k int) int {
	w := s.t[k].low
	if w == "to" && (s.low(k-1) == "is" || s.low(k-1) == "are") && s.tk(k+1).letter {
		return 1 // "is to resume trading Tuesday"
	}
	c := cue(w)
	if c < 0 && s.low(k-1) == "be" && s.low(k-2) == "to" {
		return 1 // "guidelines to be published in early November"
	}
	if c == 0 || fixedCues[w] {
		return c
	}
	if w == "set" && s.low(k+1) != "to" && s.low(k+1) != "for" {
		return 0 // "a record set on Aug. 6"; but "set to meet", "set for Monday"
	}
	p := k - 1
	for p >= 0 && (s.t[p].low == "still" || s.t[p].low == "not" || s.t[p].low == "also" || s.t[p].low == "previously" && c > 0) {
		p--
	}
	if p < 0 || s.t[k].brk {
		return c
	}
	switch pw := s.t[p].low; {
	case determiners[pw] && (c < 0 || w == "plan" || w == "plans" || w == "set"):
		return 0
	case c < 0 && !pastCues[w] && (pw == "be" || pw == "being"):
		return 0
	case c > 0 && !strings.HasSuffix(w, "ing") && (pw == "had" || pw == "been" && s.low(p-1) == "had"):
		return -1
	}
	return c
}

// fixedCues are cue words whose tense does not depend on the words
// before them.
var fixedCues = map[string]bool{
	"will": true, "shall": true, "ll": true, "wo": true, "next": true, "upcoming": true, "tomorrow": true,
	"coming": true, "soon": true, "ahead": true, "would": true, "might": true, "said": true, "was": true,
	"were": true, "had": true, "did": true, "ago": true, "last": true, "told": true, "yesterday": true,
	"earlier": true, "since": true, "been": true, "previously": true,
}

// adverbCues are tense cues that are no verb.
var adverbCues = map[string]bool{"ago": true, "last": true, "earlier": true, "since": true, "previously": true,
	"yesterday": true, "next": true, "upcoming": true, "coming": true, "soon": true, "ahead": true, "tomorrow": true}

// determiners before a word make it a noun or an adjective.
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "his": true, "her": true, "their": true, "our": true,
	"this": true, "that": true, "these": true, "those": true, "my": true, "your": true,
}

func cue(w string) int {
	if futureCues[w] {
		return 1
	}
	if pastCues[w] || irregularPast[w] {
		return -1
	}
	if len(w) > 4 && w[len(w)-2:] == "ed" && !notPast[w] && (w[len(w)-3] != 'e' || w == "agreed" || w == "freed") {
		return -1 // a past tense or participle: "attacked"; not "succeed"
	}
	return 0
}

// ---- absolute dates ----

// ---- relative dates ----

// mMod: early/mid/late/earlier/later before a date, and "the end of",
// "the beginning of", "the middle of": the span grows, the value stays
// and the range narrows.
func (s *scanner) mMod(i int) (match, bool) {
	k := i
	mod := ""
	lead := s.low(k) == "the"
	if lead {
		k++
	}
	switch s.low(k) {
	case "early", "late", "mid":
		mod = s.low(k)
		k++
		if s.low(k) == "-" && s.adj(k) {
			k++
		}
		if s.low(k) == "in" && s.low(k+1) == "the" {
			k += 2
		}
		if s.low(k) == "on" && s.tk(k+1).w.wday != 0 {
			k++ // "late on Wednesday"
		}
	case "earlier", "later":
		if lead {
			return match{}, false
		}
		mod = s.low(k)
		k++
		if s.low(k) == "in" && s.low(k+1) == "the" {
			k += 2
		}
		if s.low(k) == "on" && s.tk(k+1).w.wday != 0 {
			k++ // "earlier on Friday"
		}
	case "week":
		// "the week of March 6": that day's week
		if !lead || s.low(k+1) != "of" {
			return match{}, false
		}
		m, ok := s.core(k + 2)
		if !ok || m.r.gran != "day" || !m.r.hasRange {
			return match{}, false
		}
		m.r = weekRes(m.r.lo)
		m.i, m.rule, m.xval = i, "mod.week-of+"+m.rule, "XXXX-WXX"
		return m, true
	case "end", "beginning", "start", "middle":
		if !(lead || s.low(k+1) == "of") {
			return match{}, false
		}
		mod = map[string]string{"end": "end", "beginning": "start", "start": "start", "middle": "mid"}[s.low(k)]
		k++
		if s.low(k) != "of" {
			return match{}, false
		}
		k++
	default:
		return match{}, false
	}
	m, ok := s.core(k)
	if !ok {
		// "earlier in the year", "later in the week"
		if s.low(k) == "the" {
			k++
		}
		if s.low(k-1) == "the" && !s.tk(k).w.plural {
			u := s.tk(k).w.unit
			var r res
			switch u {
			case uWeek:
				r = weekRes(s.anchor)
			case uMonth:
				r = monthRes(s.anchor.Year(), int(s.anchor.Month()))
			case uYear:
				r = yearRes(s.anchor.Year())
			case uDay:
				if s.ref.hasDay {
					// "Police arrested two men on Saturday. Earlier in the
					// day, …": the day the text named last
					r = dayRes(s.ref.day)
					return match{i: i, j: k + 1, r: r, rule: "narrative." + mod + "-the-day", rel: s.ref.dayRel}, true
				}
				r = dayRes(s.anchor)
			default:
				return match{}, false
			}
			r = r.narrow(mod, s.anchor, true)
			return match{i: i, j: k + 1, r: r, rule: "rel." + mod + "-the-" + s.low(k), rel: true}, true
		}
		return match{}, false
	}
	if m.r.typ != "DATE" && m.r.typ != "TIME" || m.r.value == "PAST_REF" || m.r.value == "FUTURE_REF" {
		return match{}, false
	}
	if (mod == "earlier" || mod == "later") && !m.rel && !strings.HasPrefix(m.rule, "narrative.") {
		return match{}, false
	}
	m.r = m.r.narrow(mod, s.anchor, s.known)
	m.i = i
	m.rule = "mod." + mod + "+" + m.rule
	return m, true
}

// mergeTimes joins a clock time with a day right next to it ("10am
// Thursday", "Thursday at 10am") into one expression.
func (s *scanner) mergeTimes(ms []match) []match {
	// "at 10:35 a.m. (0735 GMT) Friday": the clock and its conversion
	// in parentheses fall on the day right after them.
	for k := 0; k+2 < len(ms); k++ {
		c, z, d := &ms[k], &ms[k+1], &ms[k+2]
		if !isClock(c.rule) || !isClock(z.rule) || s.low(c.j) != "(" || z.i != c.j+1 || s.low(z.j) != ")" ||
			d.i != z.j+1 || d.r.gran != "day" || d.r.typ != "DATE" || len(d.r.value) != 10 {
			continue
		}
		for _, m := range []*match{c, z} {
			m.r.value = d.r.value + m.r.value[10:]
			m.r.lo, m.r.hi, m.rel, m.rule = d.r.lo, d.r.hi, d.rel, "time.clock"
		}
	}
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if k+1 < len(ms) {
			n := ms[k+1]
			gap := n.i - m.j
			var clock, day *match
			if isClock(m.rule) && n.r.gran == "day" && n.r.typ == "DATE" && (gap == 0 || gap == 1 && (s.low(m.j) == "on" || s.low(m.j) == ",")) {
				clock, day = &m, &n
			} else if isClock(n.rule) && m.r.gran == "day" && m.r.typ != "SET" && (gap == 0 || gap == 1 && (s.low(m.j) == "at" || s.low(m.j) == "," || s.low(m.j) == "around" || s.low(m.j) == "about")) {
				clock, day = &n, &m // "Thursday at 10am", "Friday night around 2230"
			}
			if clock != nil && len(day.r.value) >= 10 && day.r.value[4] == '-' {
				r := day.r
				r.typ, r.gran = "TIME", "time"
				tv := clock.r.value[10:]
				r.value = r.value[:10] + tv // the clock replaces a part of day
				x := day.xval
				if len(x) >= 10 && x[4] == '-' {
					x = x[:10] + tv
				} else {
					x = ""
				}
				out = append(out, match{i: m.i, j: n.j, r: r, rule: day.rule + "+time", rel: day.rel, xval: x, diag: day.diag})
				k++
				continue
			}
		}
		out = append(out, m)
	}
	s.glosses(out)
	return out
}

// glosses gives a relative day or clock time the day of an explicit date
// in brackets right after it: in "this evening (18/01)" and "today [3
// July]" the writer's day, which a report filed later need not share
// with its publication date, is the bracketed one. The rule gets
// "+gloss".
func (s *scanner) glosses(ms []match) {
	for k := 0; k+1 < len(ms); k++ {
		m, n := &ms[k], &ms[k+1]
		if o := s.low(m.j); (o != "(" && o != "[") || n.i != m.j+1 {
			continue
		}
		if c := s.low(n.j); c != ")" && c != "]" {
			continue
		}
		if !m.rel || (m.r.gran != "day" && m.r.gran != "time") || len(m.r.value) < 10 || m.r.value[4] != '-' ||
			n.r.typ != "DATE" || n.r.gran != "day" || len(n.r.value) != 10 || m.r.value[:10] == n.r.value {
			continue
		}
		m.r.value = n.r.value + m.r.value[10:]
		m.r.lo, m.r.hi = n.r.lo, n.r.hi
		if len(n.xval) == 10 {
			m.xval = n.xval + m.r.value[10:]
		} else {
			m.xval = ""
		}
		m.rule += "+gloss"
	}
}
