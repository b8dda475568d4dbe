package eval

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"sitrep/internal/doc"
)

// The sentences suite scores event precision on single news sentences
// coded by people: the CAMEO ConfliBERT annotations (up to five
// annotators per sentence, relevance and CAMEO roots), the PETRARCH2 unit
// test records (expected CAMEO events) and the QuadClass-labelled UN
// sentences. Each sentence is analysed alone, as a one-sentence document.

// Sample sizes of the sentence suite.
const (
	quickCAMEO     = 100  // of 200 distinct sentences, spread evenly
	fullQuadClass  = 1500 // of 5,979 single-label UN sentences, spread evenly
	quickQuadClass = 150
	quickPETR      = 80
	quickPenta     = 200 // of 1,349 sentences, spread evenly
)

// statementRoot is CAMEO 01, "make public statement": no event in PLOVER
// (taxonomy.md), where sitrep records a quote instead.
const statementRoot = "01"

// ploverOfRoot maps a CAMEO root to the PLOVER types that code it
// (taxonomy.md). 01 has none.
var ploverOfRoot = map[string][]string{
	"02": {"REQUEST"}, "03": {"AGREE"}, "04": {"CONSULT"}, "05": {"SUPPORT"},
	"06": {"COOPERATE"}, "07": {"AID"}, "08": {"CONCEDE", "RETREAT"}, "09": {"ACCUSE"},
	"10": {"REQUEST"}, "11": {"ACCUSE"}, "12": {"REJECT"}, "13": {"THREATEN"},
	"14": {"PROTEST"}, "15": {"MOBILIZE"}, "16": {"SANCTION"}, "17": {"COERCE"},
	"18": {"ASSAULT"}, "19": {"ASSAULT"}, "20": {"ASSAULT"},
}

// codedSentence is one gold sentence: its text and what its coders said.
type codedSentence struct {
	ID   string
	Text string
	// Date is the publication date (YYYY-MM-DD) when the set has one.
	Date string
	// Roots counts, per CAMEO root (two digits, 01 included), the
	// annotators who coded it (each annotator at most once per root).
	Roots map[string]int
	// Yes and No count the annotators who called the sentence relevant
	// or not.
	Yes, No int
}

// relevant reports whether at least half of the annotators who answered
// called the sentence relevant.
func (s codedSentence) relevant() bool { return s.Yes > 0 && s.Yes >= s.No }

// goldTypes returns the PLOVER types of the sentence's roots other than 01.
func (s codedSentence) goldTypes() map[string]bool {
	out := map[string]bool{}
	for r := range s.Roots {
		for _, t := range ploverOfRoot[r] {
			out[t] = true
		}
	}
	return out
}

// majorityType returns the PLOVER types of the roots (01 left out) coded
// by the most annotators: one type, or several on a tie; nil when none.
func (s codedSentence) majorityTypes() map[string]bool {
	votes := map[string]int{}
	for r, n := range s.Roots {
		for _, t := range ploverOfRoot[r] {
			votes[t] += n
		}
	}
	best := 0
	for _, n := range votes {
		best = max(best, n)
	}
	if best == 0 {
		return nil
	}
	out := map[string]bool{}
	for t, n := range votes {
		if n == best {
			out[t] = true
		}
	}
	return out
}

// cameoRoot returns the two-digit root of a CAMEO code ("1831" → "18").
func cameoRoot(code string) string {
	if len(code) < 2 {
		return ""
	}
	return code[:2]
}

// happened reports whether an event's status says it took place
// (reported, claimed or unset), as the ACLED and GTD suites count them.
func happened(e *doc.Event) bool {
	return e.Status == doc.Reported || e.Status == doc.Claimed || e.Status == ""
}

// sentenceCounts are the answers over a set of coded sentences.
type sentenceCounts struct {
	precType, precRoot, precAll Acc // our events matching a gold type / root
	relevance                   PRF
	typ                         Acc
	// bad counts false events (happened ones) by PLOVER type.
	bad map[string]int
}

func (c *sentenceCounts) add(o sentenceCounts) {
	c.precType.Add(o.precType)
	c.precRoot.Add(o.precRoot)
	c.precAll.Add(o.precAll)
	c.relevance.Add(o.relevance)
	c.typ.Add(o.typ)
	for t, n := range o.bad {
		if c.bad == nil {
			c.bad = map[string]int{}
		}
		c.bad[t] += n
	}
}

// scoreSentence compares the events of one analysed sentence with its
// gold codes, and describes the false events in miss (nil when none).
func scoreSentence(s codedSentence, a *doc.Analysis) (c sentenceCounts, miss []string) {
	types := s.goldTypes()
	var primary *doc.Event
	for i := range a.Events {
		e := &a.Events[i]
		ok := types[e.Type]
		c.precAll.Score(ok)
		if !happened(e) {
			continue
		}
		c.precType.Score(ok)
		c.precRoot.Score(s.Roots[cameoRoot(e.Cameo)] > 0 && cameoRoot(e.Cameo) != statementRoot)
		if !ok {
			if c.bad == nil {
				c.bad = map[string]int{}
			}
			c.bad[e.Type]++
			miss = append(miss, fmt.Sprintf("%s %s/%s %q (%s)", e.Type, string(e.Mode), e.Cameo, e.Trigger.Text, e.Rule))
		}
		if primary == nil || e.Confidence > primary.Confidence {
			primary = e
		}
	}
	rel := s.relevant()
	if rel {
		c.relevance.Gold++
	}
	if primary != nil {
		c.relevance.Pred++
		if rel {
			c.relevance.Correct++
		}
	}
	if maj := s.majorityTypes(); rel && maj != nil && primary != nil {
		c.typ.Score(maj[primary.Type])
		if !maj[primary.Type] && types[primary.Type] {
			miss = append(miss, fmt.Sprintf("type %s, most annotators %s", primary.Type, strings.Join(sortedKeys(maj), "|")))
		}
	}
	return c, miss
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// goldCodes renders a sentence's roots for an example line: "18×3 01×2".
func goldCodes(s codedSentence) string {
	var rs []string
	for r := range s.Roots {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool {
		return s.Roots[rs[i]] > s.Roots[rs[j]] || s.Roots[rs[i]] == s.Roots[rs[j]] && rs[i] < rs[j]
	})
	var b strings.Builder
	for i, r := range rs {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s×%d", r, s.Roots[r])
	}
	if b.Len() == 0 {
		return "none"
	}
	return b.String()
}

// scoreSentences analyses each sentence alone and scores it.
func (r *runner) scoreSentences(ctx context.Context, ss []codedSentence) (sentenceCounts, []string, int, error) {
	per := make([]sentenceCounts, len(ss))
	ex := newExamples(r.opts.Examples, len(ss))
	failed, err := r.each(ctx, len(ss), func(ctx context.Context, i int) error {
		s := ss[i]
		d := doc.Document{ID: s.ID, Text: s.Text, PublishedFrom: doc.FromNone}
		if s.Date != "" {
			d.Published, d.PublishedFrom = doc.Str(s.Date), doc.FromMetadata
		}
		a, err := r.analyze(ctx, d)
		if a == nil {
			return err
		}
		var miss []string
		per[i], miss = scoreSentence(s, a)
		if ex.on() && len(miss) > 0 {
			ex.add(i, "%s [gold %s; relevant %d/%d]: %s — %s", s.ID, goldCodes(s), s.Yes, s.Yes+s.No, strings.Join(miss, "; "), clip(s.Text, 160))
		}
		return err
	})
	var c sentenceCounts
	for _, p := range per {
		c.add(p)
	}
	return c, ex.lines(), failed, err
}

// sentenceMetrics names the figures of one coded set; set labels them
// ("CAMEO", "PETRARCH2").
func sentenceMetrics(prefix, set string, c sentenceCounts) []Metric {
	return []Metric{
		acc(prefix+".event_precision", set+": event precision (PLOVER type), n = our events", c.precType),
		acc(prefix+".event_precision_root", set+": event precision (CAMEO root)", c.precRoot),
		acc(prefix+".event_precision_all", set+": event precision, events of every status", c.precAll),
		prf(prefix+".relevance", set+": relevance (sentence has an event)", c.relevance),
		acc(prefix+".type", set+": type of the primary event vs most coders", c.typ),
	}
}

// badSummary lists the false events by type, most first.
func badSummary(bad map[string]int) string {
	var ts []string
	for t := range bad {
		ts = append(ts, t)
	}
	sort.Slice(ts, func(i, j int) bool { return bad[ts[i]] > bad[ts[j]] || bad[ts[i]] == bad[ts[j]] && ts[i] < ts[j] })
	var parts []string
	for _, t := range ts {
		parts = append(parts, fmt.Sprintf("%s %d", t, bad[t]))
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

var sentenceNotes = []string{
	"The CAMEO annotations hold 200 distinct sentences, annotated again in rounds (1–7 and 8–10) as the annotators were trained; each sentence is scored against its latest round (up to 5 annotators). Each sentence is analysed alone as a one-sentence document (no publication date for the CAMEO annotations; the record's date for PETRARCH2).",
	"Event precision: of the system's events with status reported, claimed or unset, the share whose PLOVER type is one that a gold CAMEO root of the sentence maps to (taxonomy.md: 02 and 10 REQUEST, 08 CONCEDE or RETREAT, 09 and 11 ACCUSE, 18–20 ASSAULT …), whichever annotator coded it. The CAMEO-root variant asks for the event's own root. CAMEO 01 \"make public statement\" is no event in PLOVER (sitrep makes it a quote): it never matches, so an event on a sentence coded only 01 is false. The \"every status\" variant also counts planned, hypothetical, negated and denied events.",
	"Relevance: a sentence is relevant when at least half of the annotators who answered said so (PETRARCH2: when it has an expected event); the system calls it relevant when it codes a happened event in it.",
	"Type accuracy: over relevant sentences with a non-01 gold root and a system event, whether the system's highest-confidence happened event has the PLOVER type coded by the most annotators (any of them on a tie).",
}

// runSentences scores event precision on coded news sentences.
func runSentences(ctx context.Context, r *runner) (*Result, error) {
	res := &Result{Notes: append([]string(nil), sentenceNotes...)}
	var data []string
	var seen int
	cameo, total, err := r.readCAMEO()
	switch err.(type) {
	case nil:
		c, misses, failed, err := r.scoreSentences(ctx, cameo)
		if err != nil {
			return nil, err
		}
		res.Metrics = append(res.Metrics, sentenceMetrics("sentences.cameo", "CAMEO", c)...)
		res.Examples = append(res.Examples, misses...)
		res.Docs += len(cameo)
		res.Failed += failed
		data = append(data, fmt.Sprintf("CAMEO ConfliBERT annotations: %d of %d sentences", len(cameo), total))
		res.Notes = append(res.Notes, "CAMEO annotations, false events by type: "+badSummary(c.bad))
		seen++
	case *missingError:
		res.Notes = append(res.Notes, "CAMEO annotations skipped: "+err.Error())
	default:
		return nil, err
	}
	petr, total, err := r.readPETR()
	switch err.(type) {
	case nil:
		c, misses, failed, err := r.scoreSentences(ctx, petr)
		if err != nil {
			return nil, err
		}
		res.Metrics = append(res.Metrics, sentenceMetrics("sentences.petrarch", "PETRARCH2", c)...)
		res.Examples = append(res.Examples, misses...)
		res.Docs += len(petr)
		res.Failed += failed
		data = append(data, fmt.Sprintf("PETRARCH2 unit-test records: %d of %d with CAMEO codes or no events", len(petr), total))
		res.Notes = append(res.Notes, "PETRARCH2 unit-test records are stylised sentences about fictional actors, coded with PETRARCH's own validation dictionary (some codes test the program, not CAMEO usage): a weak check, kept to see changes. False events by type: "+badSummary(c.bad))
		seen++
	case *missingError:
		res.Notes = append(res.Notes, "PETRARCH2 records skipped: "+err.Error())
	default:
		return nil, err
	}
	pc, total, err := r.readPenta()
	switch err.(type) {
	case nil:
		c, misses, failed, err := r.scorePenta(ctx, pc)
		if err != nil {
			return nil, err
		}
		res.Metrics = append(res.Metrics,
			acc("sentences.penta.event_precision", "ConfliBERT: event precision (PentaClass), n = our events", c.prec),
			prf("sentences.penta.relevance", "ConfliBERT: relevance (class 1–4 has an event)", c.relevance),
			acc("sentences.penta.class", "ConfliBERT: PentaClass of the primary event", c.typ))
		res.Examples = append(res.Examples, misses...)
		res.Docs += len(pc)
		res.Failed += failed
		data = append(data, fmt.Sprintf("ConfliBERT CAMEO class sentences: %d of %d", len(pc), total))
		res.Notes = append(res.Notes, "ConfliBERT CAMEO class sentences (one PentaClass per sentence: 0 statements and appeals, CAMEO roots 01–02; 1 verbal cooperation, 03–05; 2 material cooperation, 06–08; 3 verbal conflict, 09–13 and 16; 4 material conflict, 14–15 and 17–20): a happened event is right when the PentaClass of its CAMEO code is the sentence's class; relevance counts class 1–4 sentences as relevant; class accuracy is over sentences where the system codes a happened event, for its highest-confidence one. False events by type: "+badSummary(c.bad))
		seen++
	case *missingError:
		res.Notes = append(res.Notes, "ConfliBERT CAMEO class sentences skipped: "+err.Error())
	default:
		return nil, err
	}
	qc, total, err := r.readQuadClass()
	switch err.(type) {
	case nil:
		all, relevant, confused, failed, err := r.scoreQuadClass(ctx, qc)
		if err != nil {
			return nil, err
		}
		res.Metrics = append(res.Metrics,
			acc("sentences.quadclass", "UN: QuadClass accuracy (0 = no event)", all),
			acc("sentences.quadclass.relevant", "UN: QuadClass accuracy, gold relevant", relevant))
		res.Docs += len(qc)
		res.Failed += failed
		data = append(data, fmt.Sprintf("QuadClass UN sentences: %d of %d single-label sentences, spread evenly", len(qc), total))
		res.Notes = append(res.Notes, "QuadClass: the system's label is the QuadClass of its highest-confidence happened event, 0 when it codes none; the data's labels (1 verbal conflict, 2 material conflict, 3 verbal cooperation, 4 material cooperation) are mapped to CAMEO's 3, 4, 1, 2.")
		if r.opts.Examples > 0 {
			res.Examples = append(res.Examples, confused.top(r.opts.Examples)...)
		}
		seen++
	case *missingError:
		res.Notes = append(res.Notes, "QuadClass skipped: "+err.Error())
	default:
		return nil, err
	}
	if seen == 0 {
		return nil, &missingError{r.opts.Data + "/{cameo-annotations,petrarch2,quadclass-un}"}
	}
	if len(res.Examples) > r.opts.Examples {
		res.Examples = res.Examples[:r.opts.Examples]
	}
	res.Data = strings.Join(data, "; ")
	return res, nil
}

// scoreQuadClass labels each UN sentence with the QuadClass of its
// primary event (0 for none) and counts the right answers.
func (r *runner) scoreQuadClass(ctx context.Context, ss []quadSentence) (all, relevant Acc, conf confusions, failed int, err error) {
	got := make([]int, len(ss))
	failed, err = r.each(ctx, len(ss), func(ctx context.Context, i int) error {
		a, err := r.analyze(ctx, doc.Document{ID: ss[i].ID, Text: ss[i].Text, PublishedFrom: doc.FromNone})
		if a == nil {
			return err
		}
		var best *doc.Event
		for j := range a.Events {
			e := &a.Events[j]
			if happened(e) && (best == nil || e.Confidence > best.Confidence) {
				best = e
			}
		}
		if best != nil {
			got[i] = best.QuadClass
		}
		return err
	})
	conf = confusions{}
	names := []string{"none", "verbal coop", "material coop", "verbal conflict", "material conflict"}
	name := func(q int) string {
		if q >= 0 && q < len(names) {
			return names[q]
		}
		return fmt.Sprint(q)
	}
	for i, s := range ss {
		all.Score(got[i] == s.Quad)
		if s.Quad != 0 {
			relevant.Score(got[i] == s.Quad)
		}
		if got[i] != s.Quad {
			conf[[2]string{name(s.Quad), name(got[i])}]++
		}
	}
	return all, relevant, conf, failed, err
}

// dateOf turns a YYYYMMDD date into YYYY-MM-DD; "" when it is not one.
func dateOf(s string) string {
	t, err := time.Parse("20060102", s)
	if err != nil {
		return ""
	}
	return t.Format(time.DateOnly)
}

// pentaClass returns the PentaClass of a CAMEO code, as the ConfliBERT
// annotators used it: 0 for roots 01–02 (statements, appeals), 1 for
// 03–05, 2 for 06–08, 3 for 09–13 and 16, 4 for 14, 15 and 17–20; -1 for
// a code with no root.
func pentaClass(cameo string) int {
	n, err := strconv.Atoi(cameoRoot(cameo))
	switch {
	case err != nil || n < 1 || n > 20:
		return -1
	case n <= 2:
		return 0
	case n <= 5:
		return 1
	case n <= 8:
		return 2
	case n <= 13 || n == 16:
		return 3
	}
	return 4
}

// pentaCounts are the answers over the ConfliBERT class sentences.
type pentaCounts struct {
	prec, typ Acc
	relevance PRF
	bad       map[string]int
}

// scorePenta analyses each class sentence alone and compares the
// QuadClass of its happened events with the sentence's class.
func (r *runner) scorePenta(ctx context.Context, ss []quadSentence) (pentaCounts, []string, int, error) {
	per := make([]pentaCounts, len(ss))
	ex := newExamples(r.opts.Examples, len(ss))
	failed, err := r.each(ctx, len(ss), func(ctx context.Context, i int) error {
		s := ss[i]
		a, err := r.analyze(ctx, doc.Document{ID: s.ID, Text: s.Text, PublishedFrom: doc.FromNone})
		if a == nil {
			return err
		}
		c := &per[i]
		var primary *doc.Event
		var miss []string
		for j := range a.Events {
			e := &a.Events[j]
			if !happened(e) {
				continue
			}
			pc := pentaClass(e.Cameo)
			ok := pc == s.Quad
			c.prec.Score(ok)
			if !ok {
				if c.bad == nil {
					c.bad = map[string]int{}
				}
				c.bad[e.Type]++
				miss = append(miss, fmt.Sprintf("%s %s/%s class %d %q (%s)", e.Type, string(e.Mode), e.Cameo, pc, e.Trigger.Text, e.Rule))
			}
			if primary == nil || e.Confidence > primary.Confidence {
				primary = e
			}
		}
		if s.Quad != 0 {
			c.relevance.Gold++
		}
		if primary != nil {
			c.relevance.Pred++
			if s.Quad != 0 {
				c.relevance.Correct++
			}
			c.typ.Score(pentaClass(primary.Cameo) == s.Quad)
		}
		if ex.on() && len(miss) > 0 {
			ex.add(i, "%s [class %d]: %s — %s", s.ID, s.Quad, strings.Join(miss, "; "), clip(s.Text, 160))
		}
		return err
	})
	var c pentaCounts
	for _, p := range per {
		c.prec.Add(p.prec)
		c.typ.Add(p.typ)
		c.relevance.Add(p.relevance)
		for t, n := range p.bad {
			if c.bad == nil {
				c.bad = map[string]int{}
			}
			c.bad[t] += n
		}
	}
	return c, ex.lines(), failed, err
}
