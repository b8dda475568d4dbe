package events

import (
	"strings"
	"time"

	"sitrep/internal/doc"
)

// The event date policy. News says when a thing happened once, near the
// top, and tells the rest of the story without repeating it; it glosses
// relative days with explicit ones; it quotes officials who spoke on a
// later day than the act. So the date of an event is looked for in four
// places, nearest first: its own clause, the rest of its sentence, the
// story so far, and the news day of the report.

// narrativeReach is how many sentences back an undated event looks for
// the time its story has established.
const narrativeReach = 6

// dateOf sets the event's date (e.ev.Date; e.dated when a time expression
// gives it, directly or through the story). In order:
//
//  1. The time expression of its own clause nearest the trigger, or of
//     the sentence's opening adverbial ("On Friday, in Quetta, …"); a
//     noun inside another act's phrase ("arrested over the attack on
//     Monday") has only the time of its own phrase.
//  2. A time expression elsewhere in the sentence ("Police arrested 55
//     people, including four leaders, on Wednesday night"), the nearest.
//  3. For a past act (status reported or claimed, not present tense, not
//     the headline, not another act named in a phrase ("after a suicide
//     attack on a post"), not told over a span such as "since 2023" or
//     "in recent years"), the time the story established before it: the
//     latest sentence, at most narrativeReach back, with a dated event
//     (its date) or a day-or-clock time expression (that time), passing
//     over history (more than historyDays before the news day).
//  4. For a present-perfect past act that 1–3 leave undated ("Pakistan
//     has asked Kabul to …"), the first day the next sentence names
//     ("The request, made … on Monday, …"): news leads with the perfect
//     and says when in the sentence after it.
//  5. A time that dates only the report of the act ("police said on
//     Monday that …"), when 1–4 found nothing else.
//  6. No expression in reach: as output.md says, a present-tense report
//     (an ongoing act, or a headline, which news writes in the present)
//     is dated the publication day (the dateline's date when the report
//     opens with one) with granularity "vague"; anything else stays
//     undated (null), never guessed: a past act with no time in reach,
//     planned, hypothetical, negated and denied acts, background acts,
//     and every act of a document without a publication date.
//
// Before all of these, an act in a clause that "a day after", "two days
// after" opens is dated that many days before the day named ahead of it
// ("Shops stayed shut on Tuesday, a day after the government imposed a
// curfew": Monday), one that "a day before" opens that many days after
// it (also a planned act: "…, a day before elders were due to meet the
// governor"), and a past act that "two days later" introduces that many
// days after the day the story has reached.
//
// dateOf returns the step that dated e, for its rule: "interval",
// "clause", "sentence", "note", "story", "next", "report" or
// "publication"; "" when e stays undated.
//
// Expressions that cannot date the act are skipped everywhere: durations
// and sets; "since"/"until" bounds; for a past act, times after the
// publication day ("would take effect next year"); a possessive time
// away from its noun ("protested Monday's attack"); a bare year that no
// preposition introduces ("the Drugs Act 1976"); the dateline's own
// date; a clock time that the tagger put on the publication day only
// because the text named no day; a season before a noun ("the summer
// water schedule"). "Overnight" names no day of its own: any day named
// in the sentence wins over it.
func (d *document) dateOf(e *event, before []*event) string {
	pub := d.newsDay()
	past := (e.ev.Status == doc.Reported || e.ev.Status == doc.Claimed) && !d.futureClause(e)
	present := e.present && !d.perfect(e)
	if past || e.ev.Status == doc.Planned {
		if dd, ok := d.intervalTime(e, pub); ok {
			e.ev.Date, e.dated = &dd, true
			return "interval"
		}
	}
	if past {
		if dd, ok := d.laterTime(e, before, pub); ok {
			e.ev.Date, e.dated = &dd, true
			return "interval"
		}
	}
	ti, step := d.ownTime(e, pub)
	if ti >= 0 && step != "report" {
		d.setTime(e, ti)
		return step
	}
	if past && !e.headline {
		if ni := d.noteTime(e, pub); ni >= 0 {
			d.setTime(e, ni)
			return "note"
		}
	}
	if past && !present && !e.headline && !d.otherAct(e) && !d.spanned(e) {
		if dd, ok := d.storyTime(e, before, pub); ok {
			e.ev.Date, e.dated = &dd, true
			return "story"
		}
		if ni := d.leadTime(e, pub); ni >= 0 {
			d.setTime(e, ni)
			return "next"
		}
	}
	if ti >= 0 {
		d.setTime(e, ti)
		return step
	}
	if pub == "" || d.background(e) {
		return ""
	}
	if present || e.headline && past {
		e.ev.Date = &doc.EventDate{Range: &doc.DayRange{pub, pub}, Granularity: "vague"}
		return "publication"
	}
	return ""
}

// background reports whether e is told only as the background of
// another act, of no day of its own: a noun inside another act's phrase
// ("a curfew after clashes", "arrested over the attack on a church") or
// an act in a clause that a time subordinator opens ("… on Wednesday
// after talks mediated by Egypt").
func (d *document) background(e *event) bool {
	s := d.sentence(e.sent)
	if e.pat.POS == "NOUN" && s.inPP(e.trig) {
		return true
	}
	cf, _ := s.clause(e.trig)
	return cf > s.first && timeWords[s.word(cf-1)] && !s.stepClause(e.trig)
}

// otherAct reports whether e is a noun with an indefinite article inside
// another act's phrase ("the second attack in a day, after a suicide
// attack on a police post"): an act the story has not told, which does
// not take the story's day; "responsible for the attack" refers to the
// story's own act and does.
func (d *document) otherAct(e *event) bool {
	s := d.sentence(e.sent)
	if e.pat.POS != "NOUN" || !s.inPP(e.trig) {
		return false
	}
	for j := e.trig - 1; j >= s.first && j >= e.trig-4; j-- {
		switch w := s.word(j); {
		case w == "a" || w == "an":
			return true
		case referencePreps[w]:
			return false
		}
	}
	return false
}

// stepClause reports whether the verb at i opens a gerund clause after
// "after" or "before" ("overran the camp before withdrawing", "arrived on
// Monday after being extradited"): a step of the main clause's act, told
// with its subject and day, not background.
func (s *sent) stepClause(i int) bool {
	cf, _ := s.clause(i)
	if cf <= s.first || s.word(cf-1) != "after" && s.word(cf-1) != "before" || s.pos(i) != "VERB" {
		return false
	}
	switch {
	case cf == i:
		return strings.HasSuffix(s.word(i), "ing")
	case cf == i-1:
		return s.word(cf) == "being" || s.word(cf) == "having"
	}
	return false
}

// yearPreps introduce a year (or century, decade) that may date an act:
// "in 2010", "during 1994".
var yearPreps = map[string]bool{"in": true, "during": true, "throughout": true, "of": true, "from": true}

// futureWords mark a clause about what is yet to happen.
var futureWords = map[string]bool{"will": true, "shall": true, "'ll": true, "would": true, "plans": true,
	"planned": true, "plan": true, "intends": true, "threatened": true, "vowed": true, "scheduled": true}

// futureClause reports whether a future cue stands before e's trigger in
// its clause ("the group will hold another rally"): such an act is not
// a past one, whatever its status says, and neither the story's time
// nor the news day dates it.
func (d *document) futureClause(e *event) bool {
	s := d.sentence(e.sent)
	cf, _ := s.clause(e.trig)
	for k := cf; k < e.trig; k++ {
		if futureWords[s.word(k)] {
			return true
		}
	}
	return false
}

// perfect reports whether e's trigger is a past participle after
// "has"/"have" ("has reportedly been killed"): a done act, whatever the
// present-tense auxiliary says; "have been protesting" goes on, and so
// does a perfect with "since".
func (d *document) perfect(e *event) bool {
	s := d.sentence(e.sent)
	if strings.HasSuffix(s.word(e.trig), "ing") {
		return false
	}
	for k := s.first; k < s.last; k++ {
		if s.word(k) == "since" {
			return false // "since 2021, the Taliban have banned …": a state that holds
		}
	}
	for k := e.trig - 1; k >= s.first && k >= e.trig-4; k-- {
		switch w := s.word(k); {
		case w == "has" || w == "have":
			return true
		case clauseBreak[w]:
			return false
		}
	}
	return false
}

// setTime dates e by the time expression ti.
func (d *document) setTime(e *event, ti int) {
	t := d.a.Times[ti]
	r := *t.Range
	e.ev.Date = &doc.EventDate{Range: &r, Granularity: t.Granularity, Time: doc.Str(t.ID)}
	e.dated = true
}

// ownTime returns the index into a.Times of the expression that dates e
// within its sentence (steps 1, 2 and 5 of dateOf), -1 for none, and the
// step: "clause" (its clause or the sentence's opening adverbial),
// "sentence" (another clause) or "report" (it dates only the report of
// the act).
func (d *document) ownTime(e *event, pub string) (best int, step string) {
	s := d.sentence(e.sent)
	cf, ct := s.clause(e.trig)
	if e.participle || s.stepClause(e.trig) {
		cf = s.first // "…, accusing Kabul of …", "… before withdrawing" happen when the main clause does
	}
	if s.reducedRelative(e.trig) {
		cf = e.trig // "mourning on Saturday for 12 villagers killed … on Thursday"
	}
	inPP := e.pat.POS == "NOUN" && s.inPP(e.trig)
	if inPP {
		// "arrested … in connection with the attack on November 19": a
		// noun inside another act's phrase has only the time of its own
		// phrase ("the attack on November 19").
		cf, ct = e.trig, e.trig
		for ct < s.last && ct < e.trig+6 && s.pos(ct) != "VERB" && !clauseBreak[s.word(ct)] {
			ct++
		}
	}
	// A planned or hypothetical act has only the time of its own clause:
	// the rest of the sentence tells when it was announced.
	sure := e.ev.Status != doc.Planned && e.ev.Status != doc.Hypothetical
	bg := d.background(e)
	best, bestDist, bestOwn := -1, 1<<30, false
	for i := s.first; i < s.last; i++ {
		ti := d.time[i] - 1
		if ti < 0 || (i > s.first && d.time[i-1] == ti+1) {
			continue
		}
		inClause := i >= cf && i < ct
		opening := !inClause && s.initial(i)
		if !inClause && !opening && (bg || !sure) {
			continue
		}
		if !d.canDate(e, s, i, ti, pub) {
			continue
		}
		dist := i - e.trig
		if dist < 0 {
			dist = -dist
		}
		switch {
		case opening:
			// The opening adverbial scopes over the sentence, but the
			// clause's own time wins; within the adverbial the first
			// expression is its head ("On Sunday night shortly after
			// 2300").
			dist = 2000 + i - s.first
		case !inClause:
			dist += 4000 // another clause of the sentence
		}
		switch d.a.Times[ti].Granularity {
		case "time":
			dist += 500 // a bare clock time is weaker than a day ("on Monday at 1220 noon")
		case "vague":
			dist += 3000 // "recently enacted", "in recent days": any day named wins
		}
		if strings.EqualFold(d.a.Times[ti].Text, "overnight") {
			dist += 3000 // "an overnight raid … on Wednesday": the day named wins
		}
		if k := s.sayVerbBefore(i); k >= 0 && (k < e.trig || k >= e.trigEnd) {
			dist += 10000 // "police said on Monday that …": the report's day
		}
		if dist < bestDist {
			best, bestDist, bestOwn = ti, dist, inClause || opening
		}
	}
	switch {
	case best < 0:
		return -1, ""
	case bestDist >= 10000:
		return best, "report"
	case !bestOwn:
		return best, "sentence"
	}
	return best, "clause"
}

// canDate reports whether the time expression ti, starting at token i of
// s, may date event e (see dateOf for what it skips).
func (d *document) canDate(e *event, s *sent, i, ti int, pub string) bool {
	t := d.a.Times[ti]
	if t.Range == nil || t.Type == "DURATION" || t.Type == "SET" {
		return false
	}
	end := d.timeEnd(s, i, ti)
	ownNoun := e.trig >= end && e.trig <= end+4
	poss := s.word(end) == "'s" || s.word(end) == "’s"
	if w := s.word(i - 1); (w == "since" || w == "until" || w == "till") && !(poss && ownNoun) {
		return false // but "fled since Tuesday's attack" dates the attack
	}
	if t.Rule == "time.clock.publication-day" || d.datelineTime(t) {
		return false
	}
	if pub != "" && e.ev.Status != doc.Planned && e.ev.Status != doc.Hypothetical && t.Range[0] > pub {
		return false // a done act is not dated after its report
	}
	if poss && !ownNoun && !speechOccasion[s.word(s.possHead(end))] {
		// "protested Monday's attack": the attack's day; but "at
		// Thursday's weekly press briefing, urged": the day it was said
		return false
	}
	if strings.HasPrefix(t.Rule, "date.season") && s.nominalCore(end) {
		return ownNoun // "the summer water schedule" names a thing, not a time
	}
	if t.Granularity == "year" && strings.HasPrefix(t.Rule, "date.") {
		if s.nominalCore(end) {
			return ownNoun // "the 1993 Mumbai blasts" dates the blasts, "the 13th century madrassa" nothing
		}
		return yearPreps[s.word(i-1)] // "in 2010", not "the Drugs Act 1976"
	}
	return true
}

// speechOccasion are nouns for the occasion of what was said: a day's
// "briefing" or "news conference" is the day of the words said there.
var speechOccasion = map[string]bool{"briefing": true, "conference": true, "meeting": true, "session": true,
	"speech": true, "address": true, "statement": true, "interview": true, "remarks": true, "summit": true}

// possHead returns the head noun of the phrase after a possessive ending
// at token end ("Thursday's weekly press briefing": briefing), end+1
// when there is none.
func (s *sent) possHead(end int) int {
	h := end + 1
	for k := end + 1; k < s.last && k <= end+4; k++ {
		if p := s.pos(k); p != "NOUN" && p != "ADJ" && p != "PROPN" {
			break
		}
		h = k
	}
	return h
}

// noteTime returns the index into a.Times of the date note that dates
// e's paragraph, -1 for none: a day in brackets standing alone after a
// sentence ("… leaving seven injured. (14/02)", "… (Tuesday)" at the end
// of a paragraph) is the writer's date for the paragraph's acts before
// it. The first note after the start of e's sentence in its paragraph
// counts.
func (d *document) noteTime(e *event, pub string) int {
	text := d.a.Document.Text
	from := d.a.Sentences[e.sent].Start
	para := d.a.Sentences[e.sent].Paragraph
	for ti, t := range d.a.Times {
		if t.Start < from || t.Range == nil || t.Type != "DATE" && t.Type != "TIME" {
			continue
		}
		if p := d.paragraphAt(t.Start); p != para && p >= 0 {
			break
		}
		if t.Granularity != "day" || pub != "" && t.Range[0] > pub {
			continue
		}
		open := strings.TrimRight(text[:t.Start], " \t")
		if !strings.HasSuffix(open, "(") && !strings.HasSuffix(open, "[") {
			continue
		}
		prev := strings.TrimRight(open[:len(open)-1], " \t\r\n")
		if prev != "" && !strings.HasSuffix(prev, ".") && !strings.HasSuffix(prev, "!") && !strings.HasSuffix(prev, "?") {
			continue
		}
		rest := text[t.End:]
		if !strings.HasPrefix(rest, ")") && !strings.HasPrefix(rest, "]") {
			continue
		}
		if line, _, _ := strings.Cut(rest[1:], "\n"); strings.Trim(line, " .\t\r") != "" && !startsSentence(line) {
			continue
		}
		return ti
	}
	return -1
}

// startsSentence reports whether s (text after a date note) begins a new
// sentence: a capital letter after optional spaces.
func startsSentence(s string) bool {
	s = strings.TrimLeft(s, " .\t")
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// paragraphAt returns the paragraph of the sentence holding byte offset
// off, -1 when none does.
func (d *document) paragraphAt(off int) int {
	for _, s := range d.a.Sentences {
		if off >= s.Start && off < s.End {
			return s.Paragraph
		}
	}
	return -1
}

// timeEnd returns the token after the time expression ti that starts at
// token i of s.
func (d *document) timeEnd(s *sent, i, ti int) int {
	for i < s.last && d.time[i] == ti+1 {
		i++
	}
	return i
}

// storyTime returns the time the story established before e (step 3 of
// dateOf): walking back from the sentence before e's, at most
// narrativeReach sentences and never into the headline, the first
// sentence with a past event dated to a day gives that event's date, or one with
// a day-or-clock expression that could date a past act gives that time.
func (d *document) storyTime(e *event, before []*event, pub string) (doc.EventDate, bool) {
	for k := e.sent - 1; k >= 0 && k >= e.sent-narrativeReach && k != d.title; k-- {
		var last *event
		for _, f := range before {
			if f.sent != k {
				continue
			}
			if _, bg := d.intervalTime(f, pub); bg {
				continue // "…, a day after the army sent troops": not the story's day
			}
			if f.dated && !f.headline && f.ev.Date != nil && f.ev.Date.Range != nil &&
				(f.ev.Date.Granularity == "day" || f.ev.Date.Granularity == "time") && // "the third this month" sets no day
				(f.ev.Status == doc.Reported || f.ev.Status == doc.Claimed) && (last == nil || f.trig > last.trig) {
				last = f
			}
		}
		if last != nil && !history(last.ev.Date.Range[1], pub) {
			return *last.ev.Date, true
		}
		s := d.sentence(k)
		for i := s.last - 1; i >= s.first; i-- {
			ti := d.time[i] - 1
			if ti < 0 || (i > s.first && d.time[i-1] == ti+1) {
				continue
			}
			t := d.a.Times[ti]
			if (t.Granularity == "day" || t.Granularity == "time") && d.canDate(e, s, i, ti, pub) && s.sayVerbBefore(i) < 0 && s.word(i-1) != "by" && !history(t.Range[1], pub) {
				r := *t.Range
				return doc.EventDate{Range: &r, Granularity: t.Granularity, Time: doc.Str(t.ID)}, true
			}
		}
	}
	return doc.EventDate{}, false
}

// historyDays is how long before the news day a story's time is history
// ("Twenty seven civilians were killed here on January 27, 1994"), which
// the story's later acts do not inherit.
const historyDays = 31

// history reports whether day lies more than historyDays before the
// news day pub.
func history(day, pub string) bool {
	if pub == "" {
		return false
	}
	p, err1 := time.Parse(time.DateOnly, pub)
	t, err2 := time.Parse(time.DateOnly, day)
	return err1 == nil && err2 == nil && p.Sub(t) > historyDays*24*time.Hour
}

// timeWords subordinate a clause whose time differs from the main one's.
var timeWords = map[string]bool{"after": true, "before": true, "since": true, "following": true,
	"until": true, "till": true, "once": true, "prior": true, "ahead": true}

// sayWords are the verbs of reporting whose time is the report's.
var sayWords = map[string]bool{"said": true, "says": true, "told": true, "announced": true, "added": true,
	"stated": true, "confirmed": true, "reported": true, "disclosed": true, "revealed": true, "claimed": true, "warned": true}

// sayVerbBefore returns the token of a reporting verb whose time the
// expression at token i gives ("said on Monday", "told reporters on
// Monday", "said Monday"), -1 for none.
func (s *sent) sayVerbBefore(i int) int {
	j := i - 1
	if s.word(j) == "on" {
		j--
	}
	for k := j; k >= s.first && k >= j-2; k-- {
		if sayWords[s.word(k)] {
			return k
		}
		if k < j && s.word(k+1) != "reporters" && s.word(k+1) != "journalists" {
			break
		}
	}
	return -1
}

// datelineTime reports whether t is the date of the document's dateline
// ("KABUL, Afghanistan (Jan. 25, 2013) —"): the publication date, not an
// event's.
func (d *document) datelineTime(t doc.Time) bool {
	text := d.a.Document.Text
	if dl := d.a.Document.Dateline; dl != nil {
		return t.Start >= dl.End && strings.Trim(text[dl.End:t.Start], " ,(\t") == ""
	}
	// Without the reader's dateline (text given straight to the
	// pipeline), its shape: an upper-case place opening the text, the
	// date in brackets, a dash or colon.
	if t.Start > 80 {
		return false
	}
	head := strings.TrimRight(text[:t.Start], " \t")
	if !strings.HasSuffix(head, "(") {
		return false
	}
	place, _, _ := strings.Cut(head, ",")
	place = strings.TrimSpace(strings.TrimSuffix(place, "("))
	if len(place) < 3 || strings.ToUpper(place) != place || strings.ContainsAny(place, ".!?") {
		return false
	}
	rest := strings.TrimLeft(strings.TrimPrefix(text[t.End:], ")"), " \t")
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ":")
}

// newsDay returns the day the report was written: its dateline's date
// when it opens with one (a story republished later keeps it), else the
// publication day; "" when neither is known.
func (d *document) newsDay() string {
	for _, t := range d.a.Times {
		if t.Start > 120 {
			break
		}
		if t.Range != nil && t.Range[0] == t.Range[1] && d.datelineTime(t) {
			return t.Range[0]
		}
	}
	return published(d.a)
}

// published returns the publication day, "" when unknown.
func published(a *doc.Analysis) string {
	p := string(a.Document.Published)
	if len(p) < 10 {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, p[:10]); err != nil {
		return ""
	}
	return p[:10]
}

// spanned reports whether e's sentence tells of a span reaching the news
// day rather than a day: a time after "since" ("protests have flared
// regularly since 2023") or a vague recent past ("in recent years").
// Its acts take neither the story's day nor the next sentence's.
func (d *document) spanned(e *event) bool {
	s := d.sentence(e.sent)
	for i := s.first; i < s.last; i++ {
		ti := d.time[i] - 1
		if ti < 0 || (i > s.first && d.time[i-1] == ti+1) {
			continue
		}
		if s.word(i-1) == "since" || d.a.Times[ti].Value == "PAST_REF" {
			return true
		}
	}
	return false
}

// reducedRelative reports whether the verb at i is a past participle
// that follows and describes a noun after another verb ("began mourning
// for 12 villagers killed by gunmen on Thursday"): its own phrase, not
// the clause it sits in, tells its time.
func (s *sent) reducedRelative(i int) bool {
	w := s.word(i)
	if s.pos(i) != "VERB" || w == s.lemma(i) || strings.HasSuffix(w, "ing") || !s.nominal(i-1) || s.beforeIsBe(i) {
		return false
	}
	if s.word(i+1) != "by" && s.pos(i+1) != "ADP" {
		return false // "gunmen killed five people": a verb with its subject
	}
	for k := i - 2; k >= s.first; k-- {
		if clauseBreak[s.word(k)] {
			return false
		}
		if s.pos(k) == "VERB" {
			return true
		}
	}
	return false
}

// intervalTime dates an act in a clause that "a day after" or "N days
// after" opens by the day named before it in the sentence, less that
// many days: "Shops stayed shut on Tuesday, a day after the government
// imposed a curfew" puts the curfew on Monday; "a day before" adds them.
// The nearest day before the interval anchors it, also a report's
// ("residents said on Tuesday, a day after the army dispatched a
// convoy"). A done act is never put after the news day pub.
func (d *document) intervalTime(e *event, pub string) (doc.EventDate, bool) {
	s := d.sentence(e.sent)
	cf, _ := s.clause(e.trig)
	if cf <= s.first+1 || s.word(cf-1) != "after" && s.word(cf-1) != "before" {
		return doc.EventDate{}, false
	}
	sign := -1
	if s.word(cf-1) == "before" {
		sign = 1
	}
	di := d.time[cf-2] - 1
	if di < 0 {
		return doc.EventDate{}, false
	}
	dur := d.a.Times[di]
	n, ok := dayCount(dur.Value)
	if !ok || dur.Type != "DURATION" {
		return doc.EventDate{}, false
	}
	k := cf - 2
	for k > s.first && d.time[k-1] == di+1 {
		k--
	}
	for i := k - 1; i >= s.first; i-- {
		ti := d.time[i] - 1
		if ti < 0 || ti == di {
			continue
		}
		t := d.a.Times[ti]
		if t.Range == nil || t.Range[0] != t.Range[1] || t.Type != "DATE" && t.Type != "TIME" || d.datelineTime(t) {
			continue
		}
		day, err := time.Parse(time.DateOnly, t.Range[0])
		if err != nil {
			return doc.EventDate{}, false
		}
		x := day.AddDate(0, 0, sign*n).Format(time.DateOnly)
		if pub != "" && x > pub && e.ev.Status != doc.Planned {
			return doc.EventDate{}, false
		}
		return doc.EventDate{Range: &doc.DayRange{x, x}, Granularity: "day", Time: doc.Str(t.ID)}, true
	}
	return doc.EventDate{}, false
}

// laterTime dates an act that "a day later" or "N days later" introduces,
// in its clause or the sentence's opening ("Gunmen attacked a bus on
// Monday. Two days later, police arrested two men": Wednesday): that many
// days after the day named before it in the sentence, else after the
// day the story established before it (see storyTime).
func (d *document) laterTime(e *event, before []*event, pub string) (doc.EventDate, bool) {
	s := d.sentence(e.sent)
	cf, ct := s.clause(e.trig)
	for i := s.first; i < s.last; i++ {
		di := d.time[i] - 1
		if di < 0 || (i > s.first && d.time[i-1] == di+1) {
			continue
		}
		dur := d.a.Times[di]
		n, ok := dayCount(dur.Value)
		end := d.timeEnd(s, i, di)
		if !ok || dur.Type != "DURATION" || s.word(end) != "later" || !(i >= cf && i < ct || s.initial(i)) {
			continue
		}
		var base doc.EventDate
		found := false
		for k := i - 1; k >= s.first && !found; k-- {
			ti := d.time[k] - 1
			if ti < 0 || (k > s.first && d.time[k-1] == ti+1) {
				continue
			}
			if t := d.a.Times[ti]; t.Range != nil && t.Range[0] == t.Range[1] && (t.Granularity == "day" || t.Granularity == "time") && !d.datelineTime(t) {
				r := *t.Range
				base, found = doc.EventDate{Range: &r, Granularity: "day", Time: doc.Str(t.ID)}, true
			}
		}
		if !found {
			base, found = d.storyTime(e, before, pub)
		}
		if !found || base.Range == nil || base.Range[0] != base.Range[1] {
			return doc.EventDate{}, false
		}
		day, err := time.Parse(time.DateOnly, base.Range[0])
		if err != nil {
			return doc.EventDate{}, false
		}
		x := day.AddDate(0, 0, n).Format(time.DateOnly)
		if pub != "" && x > pub {
			return doc.EventDate{}, false
		}
		return doc.EventDate{Range: &doc.DayRange{x, x}, Granularity: "day", Time: doc.Str(dur.ID)}, true
	}
	return doc.EventDate{}, false
}

// dayCount reads a TIMEX3 duration of whole days ("P1D", "P2D"); ok is
// false for any other.
func dayCount(v string) (int, bool) {
	if len(v) < 3 || v[0] != 'P' || v[len(v)-1] != 'D' {
		return 0, false
	}
	n := 0
	for _, c := range v[1 : len(v)-1] {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, n > 0 && n <= 31
}

// leadTime returns the index into a.Times of the day that dates a
// present-perfect past act from the next sentence (step 4 of dateOf), -1
// for none: "Pakistan has asked Kabul to extradite … . The request, made
// at the weekly briefing on Monday, …". The first day or clock time of
// the next sentence that could date a past act counts, a report's day
// too ("A spokesman said on Thursday that …").
func (d *document) leadTime(e *event, pub string) int {
	if !d.perfect(e) || d.background(e) || d.spanned(e) || e.sent+1 >= len(d.a.Sentences) || e.sent+1 == d.title {
		return -1
	}
	s := d.sentence(e.sent + 1)
	for i := s.first; i < s.last; i++ {
		ti := d.time[i] - 1
		if ti < 0 || (i > s.first && d.time[i-1] == ti+1) {
			continue
		}
		t := d.a.Times[ti]
		if (t.Granularity == "day" || t.Granularity == "time") && d.canDate(e, s, i, ti, pub) && !history(t.Range[1], pub) {
			return ti
		}
	}
	return -1
}
