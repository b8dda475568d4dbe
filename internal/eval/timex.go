package eval

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"sitrep/internal/doc"
	"sitrep/internal/eval/gold"
)

// quickTimeMLDocs is how many TBAQ documents quick mode scores.
const quickTimeMLDocs = 40

// runTimex scores temporal expressions on TempEval-3 TBAQ-cleaned
// (TimeBank + AQUAINT) the way the TempEval-3 scorer does: strict match
// (same span), relaxed match (overlap, one to one), and value and type F1
// (relaxed matches whose normalised value / type is also right, over all
// system and all gold expressions). The document creation time is given
// as the publication date.
func runTimex(ctx context.Context, r *runner) (*Result, error) {
	files, err := r.glob("tempeval3-tbaq/*/*.tml")
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	if r.opts.Quick {
		files = pick(files, quickTimeMLDocs)
	}
	docs := make([]*gold.TimeMLDoc, len(files))
	for i, p := range files {
		f, err := r.open(relTo(r.opts.Data, p))
		if err != nil {
			return nil, err
		}
		docs[i], err = gold.ReadTimeML(f, p)
		f.Close()
		if err != nil {
			return nil, err
		}
		if docs[i].ID == "" {
			docs[i].ID = strings.TrimSuffix(filepath.Base(p), ".tml")
		}
	}
	type counts struct{ strict, relaxed, value, typ PRF }
	per := make([]counts, len(docs))
	ex := newExamples(r.opts.Examples, len(docs))
	failed, err := r.each(ctx, len(docs), func(ctx context.Context, i int) error {
		g := docs[i]
		d := doc.Document{ID: g.ID, Text: g.Text, PublishedFrom: doc.FromNone}
		if day := dayOf(g.DCT); day != "" {
			d.Published, d.PublishedFrom = doc.Str(day), doc.FromMetadata
		}
		a, err := r.analyze(ctx, d)
		if a == nil {
			return err
		}
		per[i].strict, per[i].relaxed, per[i].value, per[i].typ = scoreTimexes(g.Timexes, a.Times)
		if ex.on() {
			timexMisses(ex, i, g, a.Times)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	var c counts
	n := 0
	for i, p := range per {
		c.strict.Add(p.strict)
		c.relaxed.Add(p.relaxed)
		c.value.Add(p.value)
		c.typ.Add(p.typ)
		n += len(docs[i].Timexes)
	}
	return &Result{
		Data:     fmt.Sprintf("TempEval-3 TBAQ-cleaned (TimeBank + AQUAINT): %d documents, %d TIMEX3", len(docs), n),
		Docs:     len(docs),
		Failed:   failed,
		Examples: ex.lines(),
		Metrics: []Metric{
			prf("timex.strict", "strict match F1", c.strict),
			prf("timex.relaxed", "relaxed match F1", c.relaxed),
			prf("timex.value", "value F1", c.value),
			prf("timex.type", "type F1", c.typ),
		},
		Notes: []string{
			"Text is the content of `<TEXT>` with its markup removed; the DCT (functionInDocument=CREATION_TIME) is the publication date (metadata).",
			"Strict: identical span. Relaxed: overlapping spans, matched one to one (exact matches first, then largest overlap). Value/type F1: relaxed matches whose TIMEX3 value/type is also identical, over all system and gold expressions (TempEval-3 task A).",
		},
	}, nil
}

// scoreTimexes scores one document's system times against gold.
func scoreTimexes(want []gold.Timex, got []doc.Time) (strict, relaxed, value, typ PRF) {
	ws := make([]gold.Span, len(want))
	for i, w := range want {
		ws[i] = w.Span
	}
	gs := make([]gold.Span, len(got))
	for i, g := range got {
		gs[i] = gold.Span{Start: g.Start, End: g.End}
	}
	strict = ExactSpans(ws, gs)
	relaxed = PRF{Pred: len(gs), Gold: len(ws)}
	value, typ = relaxed, relaxed
	for wi, pi := range MatchOverlap(ws, gs) {
		if pi < 0 {
			continue
		}
		relaxed.Correct++
		if normValue(got[pi].Value) == normValue(want[wi].Value) {
			value.Correct++
		}
		if strings.EqualFold(got[pi].Type, want[wi].Type) {
			typ.Correct++
		}
	}
	return strict, relaxed, value, typ
}

// normValue canonicalises a TIMEX3 value for comparison: upper case, and
// one-digit ISO weeks padded ("2000-W7" → "2000-W07"), an inconsistency of
// some gold files.
func normValue(v string) string {
	v = strings.ToUpper(strings.TrimSpace(v))
	if len(v) == 7 && v[4:6] == "-W" && v[6] >= '0' && v[6] <= '9' {
		v = v[:6] + "0" + v[6:]
	}
	return v
}

// dayOf returns the YYYY-MM-DD day at the start of a TIMEX3 value, or "".
func dayOf(v string) string {
	if len(v) >= 10 && v[4] == '-' && v[7] == '-' {
		return v[:10]
	}
	if len(v) == 8 && strings.Trim(v, "0123456789") == "" {
		return v[:4] + "-" + v[4:6] + "-" + v[6:]
	}
	return ""
}

// pick returns n items spread evenly over s.
func pick[T any](s []T, n int) []T {
	var out []T
	for _, i := range sample(len(s), n) {
		out = append(out, s[i])
	}
	return out
}

// relTo returns p relative to dir when it lies inside it.
func relTo(dir, p string) string {
	if rel, err := filepath.Rel(dir, p); err == nil {
		return rel
	}
	return p
}

// timexMisses lists missed, spurious and wrongly valued expressions.
func timexMisses(ex *examples, i int, g *gold.TimeMLDoc, got []doc.Time) {
	ws := make([]gold.Span, len(g.Timexes))
	for k, w := range g.Timexes {
		ws[k] = w.Span
	}
	gs := make([]gold.Span, len(got))
	for k, t := range got {
		gs[k] = gold.Span{Start: t.Start, End: t.End}
	}
	used := make([]bool, len(got))
	for wi, pi := range MatchOverlap(ws, gs) {
		w := g.Timexes[wi]
		wt := g.Text[w.Start:w.End]
		if pi < 0 {
			ex.add(i, "%s (DCT %s): missed %q = %s", g.ID, g.DCT, clip(wt, 40), w.Value)
			continue
		}
		used[pi] = true
		if normValue(got[pi].Value) != normValue(w.Value) {
			ex.add(i, "%s (DCT %s): %q = %s, want %q = %s", g.ID, g.DCT, clip(got[pi].Text, 40), got[pi].Value, clip(wt, 40), w.Value)
		}
	}
	for pi, t := range got {
		if !used[pi] {
			ex.add(i, "%s: spurious %q = %s", g.ID, clip(t.Text, 40), t.Value)
		}
	}
}
