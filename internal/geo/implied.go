package geo

import "sitrep/internal/doc"

// A report that names only towns and districts of one country ("clashes
// in Sirajganj and Feni", "villagers from Memot district") is about that
// country though it never names it. The events stage places an act that
// no nearby town takes in the report's country (its step "document"),
// and needs a place to point to; impliedCountry gives it one.

// impliedCountry adds, to a report whose place mentions outside the
// dateline lie at least two thirds in one country that it never names
// as a place, that country as a place without mentions (rule
// geo.implied:SOURCE). The dateline, the report's and the outlet's
// places (which have no mention) do not vote.
func (res *resolution) impliedCountry() {
	votes, total := map[string]int{}, 0
	named := map[string]bool{}
	for _, c := range res.cands {
		if c.vetoed || !c.ok || c.dateline || c.span.Start < 0 {
			continue
		}
		e := res.entry(c.chosen)
		if e.Country == "" {
			continue
		}
		if e.Kind == KindCountry {
			named[e.Country] = true
		}
		votes[e.Country]++
		total++
	}
	for cc, n := range votes {
		if 3*n < 2*total || named[cc] {
			continue
		}
		i, ok := res.g.country[cc]
		if !ok {
			return
		}
		res.cands = append(res.cands, &cand{span: doc.Span{Start: -1, End: -1}, entries: []int32{i}, chosen: i, ok: true,
			why: "implied"})
		return
	}
}
