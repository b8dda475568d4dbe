package geo

import (
	"strings"

	"sitrep/internal/doc"
)

// "In the capital, a bus was torched near Nabisco point": news for
// readers of one country calls its capital "the capital" and nothing
// else. When the report says which country it is about, "the capital"
// (also "the capital city", "the national capital", "the country's
// capital", "In capital") is that country's capital, a mention of it
// (rule geo.capital.word:SOURCE); "the Afghan capital" is Kabul whatever
// the report is about. The country comes from a demonym or country name
// right before the word, else from the countries the report names, its
// organisations and demonyms (one that clearly leads), else from its
// outlet. A capital named with it ("the capital Kabul", "the capital of
// Punjab", "the provincial capital", "capital punishment") is left alone.

// capitalBlock are the words before "capital" that make it another
// capital than the country's: "the provincial capital".
var capitalBlock = map[string]bool{"state": true, "provincial": true, "province": true, "district": true,
	"regional": true, "commercial": true, "financial": true, "cultural": true, "economic": true, "winter": true,
	"summer": true, "divisional": true, "former": true, "ancient": true, "old": true, "religious": true,
	"spiritual": true, "political": true, "administrative": true, "de": true, "facto": true, "county": true,
	"tourist": true, "fashion": true, "film": true, "world": true, "business": true, "industrial": true,
	"global": true, "european": true, "venture": true, "working": true, "human": true, "share": true}

// distanceWords measure a bearing from a place: "40 km from the capital".
var distanceWords = map[string]bool{"km": true, "kms": true, "kilometres": true, "kilometers": true, "miles": true,
	"mile": true, "metres": true, "meters": true, "kilometre": true, "kilometer": true}

// capitalNext are the lower-case words that may follow "the capital"
// when it names a place ("in the capital on Monday", "the capital and
// its suburbs"); any other word makes it a noun's modifier ("capital
// punishment", "capital markets").
var capitalNext = map[string]bool{"on": true, "in": true, "at": true, "and": true, "or": true, "to": true,
	"from": true, "for": true, "since": true, "after": true, "before": true, "during": true, "where": true,
	"which": true, "that": true, "with": true, "while": true, "as": true, "was": true, "were": true, "is": true,
	"has": true, "have": true, "had": true, "today": true, "yesterday": true, "tonight": true, "this": true,
	"last": true, "late": true, "early": true, "around": true, "over": true, "against": true, "near": true,
	"by": true, "city": true, "itself": true, "too": true, "also": true, "but": true, "when": true,
	"amid": true, "following": true, "demanding": true, "protesting": true, "under": true, "till": true,
	"until": true}

// capitalMentions adds "the capital" as a mention of the capital of the
// country the report is about.
func (res *resolution) capitalMentions() {
	t, ws := res.a.Document.Text, res.words
	var reportCC string
	reportDone := false
	for i := range ws {
		if res.low(i) != "capital" {
			continue
		}
		start, end := ws[i].start, ws[i].end
		// what follows: the end, a stop, a possessive, or a word of place
		rest := t[end:]
		switch {
		case strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s"):
		case i+1 < len(ws) && res.low(i+1) == "city" && t[end:ws[i+1].start] == " ":
			end = ws[i+1].end
			if i+2 < len(ws) && !capitalFollow(res, i+2, end) {
				continue
			}
		case i+1 < len(ws) && !capitalFollow(res, i+1, end):
			continue
		}
		// what stands before: "the", "in", "the national", "the Afghan",
		// "the country's"
		cc := ""
		k := i - 1
		if k >= 0 && (res.low(k) == "national" || res.low(k) == "nation's" || res.low(k) == "country's") {
			k--
		} else if k >= 0 && res.g.demonyms[Key(t[ws[k].start:ws[k].end])] != "" && ws[k].cap {
			cc = res.g.demonyms[Key(t[ws[k].start:ws[k].end])]
			k--
		} else if k >= 0 && (res.low(k) == "country" || res.low(k) == "nation") {
			continue // "the capital" of a sentence about no country: leave it
		}
		if k < 0 || capitalBlock[res.low(k)] {
			continue
		}
		if w := res.low(k); w != "the" && !(w == "in" && k == i-1) {
			continue // "In capital, …" of a terse report; else "the" must open it
		}
		if gap := t[ws[k].end:ws[k+1].start]; gap != " " {
			continue
		}
		if k >= 2 && (res.low(k-1) == "of" || res.low(k-1) == "from") && (directions[res.low(k-2)] ||
			compass[res.low(k-2)] || distanceWords[res.low(k-2)]) {
			continue // "south of the capital", "40 km from the capital": a bearing, not the place
		}
		start = ws[k].start
		if res.low(k) == "in" {
			start = ws[i].start
		}
		if cc == "" {
			if !reportDone {
				reportCC, _ = res.reportLeader()
				reportDone = true
			}
			cc = reportCC
		}
		if cc == "" {
			continue
		}
		idx := res.capitalOf(cc)
		if idx < 0 || res.coveredSpan(doc.Span{Start: ws[i].start, End: end}) {
			continue
		}
		c := &cand{span: doc.Span{Start: start, End: end}, nameEnd: end, entries: []int32{idx}, chosen: idx,
			ok: true, supported: true, why: "capital.word", rule: "geo.capital.word"}
		res.cands = append(res.cands, c)
	}
}

// capitalFollow reports whether word j, right after "capital" (ending
// at end), lets it name a place: a word of capitalNext, or a
// stop or comma before it not followed by a capitalised name ("the
// capital, Kabul").
func capitalFollow(res *resolution, j, end int) bool {
	t, ws := res.a.Document.Text, res.words
	gap := t[end:ws[j].start]
	if strings.TrimSpace(gap) == "" {
		return capitalNext[res.low(j)]
	}
	if strings.HasPrefix(strings.TrimSpace(gap), ",") {
		return !ws[j].cap // "the capital, Kabul": the name says it
	}
	return true // a stop, a bracket, a dash
}

// reportLeader returns the country (ISO2) the report is about by its own
// words, not by the towns resolved so far (a small namesake abroad would
// mislead): the countries it names, its organisations and demonyms, when
// one clearly leads; else its outlet's home (and outlet true); "" for
// none.
func (res *resolution) reportLeader() (cc string, outlet bool) {
	w := map[string]float64{}
	for _, c := range res.cands {
		if !c.vetoed && c.ok && c.span.Start >= 0 {
			if e := res.entry(c.chosen); e.Kind == KindCountry {
				w[e.Country] += 2
			}
		}
	}
	cc, best, second := res.wordsLead(w)
	if cc != "" && best >= 1 && second*2 <= best && !res.oneDemonym(cc) {
		return cc, false
	}
	return res.outletCC, res.outletCC != ""
}

// capitalOf returns the gazetteer entry of the capital of country cc
// (ISO2), -1 when it is not known.
func (res *resolution) capitalOf(cc string) int32 {
	kb := res.g.kb
	if kb == nil {
		return -1
	}
	c, ok := kb.CountryByISO2(cc)
	if !ok || c.Capital == "" {
		return -1
	}
	for _, i := range res.g.lookup(Key(c.Capital)) {
		if e := res.entry(i); e.Kind == KindCity && e.Country == cc && e.Feature == "PPLC" {
			return i
		}
	}
	return -1
}

// coveredSpan reports whether an accepted candidate already covers s.
func (res *resolution) coveredSpan(s doc.Span) bool {
	for _, c := range res.cands {
		if !c.vetoed && c.span.Start < s.End && s.Start < c.span.End {
			return true
		}
	}
	return false
}
