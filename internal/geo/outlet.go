package geo

import (
	"fmt"
	"strings"

	"sitrep/internal/doc"
)

// A local outlet writes for readers who know where they live: "AAP
// members were detained while protesting" in The Hindu names no country
// because it needs none. A report that yields no country at all (no
// place, no dateline, no country its organisations and demonyms point
// to) gets its outlet's home country, as a place without mentions (rule
// geo.outlet:SOURCE) and a diagnostic naming the outlet and the evidence.
// The home country comes from
//   - the dictionary's outlets (dict/outlets.tsv), for outlets whose name
//     names no place ("The Hindu", "Dawn"); an international outlet there
//     (Reuters, Al Jazeera, Voice of America) gives none, whatever place
//     its name holds;
//   - else a country, demonym, province or large city named in the
//     outlet's name ("Bangkok Post", "The Financial Express
//     (Bangladesh)", "Times of India"), when all such names agree.
//
// Elsewhere the outlet's home weighs about as much as one named sign of
// its country (resolve.go): it breaks ties between namesakes ("Punjab", "Hyderabad"),
// keeps out small namesakes abroad that nothing else supports, lets its
// own small places stand beside a country the text names as an actor,
// and gives a village the gazetteer lacks its country when the text
// gives none (rule geo.unlisted.outlet). Two signs of another country in
// the text outweigh it.

// outletMinPop is the least population of a city that names an outlet's
// home ("Bangkok Post"): a small namesake elsewhere ("Post", "Star") is
// no outlet's home.
const outletMinPop = 100000

// outletCountry adds the outlet's home country to a report that yields no
// country at all.
func (res *resolution) outletCountry() {
	src := strings.TrimSpace(string(res.a.Document.Source))
	if src == "" {
		return
	}
	for _, c := range res.cands {
		if !c.vetoed && c.ok && res.entry(c.chosen).Country != "" {
			return
		}
	}
	cc, why := res.outletCC, res.outletWhy
	i, ok := res.g.country[cc]
	if cc == "" || !ok {
		return
	}
	if j := res.namedSeat(cc); j >= 0 {
		// the province or town of the home country that the report's
		// bodies are named for ("Haryana State Electricity Board")
		i = j
	} else if res.outletA1 >= 0 {
		i = res.outletA1 // a regional outlet's province ("Assam Tribune")
	}
	res.cands = append(res.cands, &cand{span: doc.Span{Start: -1, End: -1}, entries: []int32{i}, chosen: i, ok: true,
		why: "outlet"})
	res.a.Diagnose("geo", doc.Span{}, fmt.Sprintf("no place named: country %s from the outlet %q (%s)",
		res.entry(i).ISO3, src, why))
}

// OutletCountry returns the home country (ISO2) of the outlet named
// name and what says so (the dictionary line, or the place in its name);
// "" when the outlet is international or its home is unknown.
func (g *Gazetteer) OutletCountry(name string) (cc, why string) {
	if g.kb != nil {
		if o, ok := g.kb.Outlet(name); ok {
			if o.International() {
				return "", ""
			}
			if c, ok := g.kb.CountryByISO3(o.Country); ok {
				return c.ISO2, o.Source
			}
			return "", ""
		}
	}
	if parts := strings.FieldsFunc(name, func(r rune) bool { return r == ';' || r == '/' || r == ',' }); len(parts) > 1 {
		// several outlets, each taken alone, that must agree:
		// "EKantipur.com; Himalayan Times", "Xinhua, DVB"
		for _, p := range parts {
			c, w := g.OutletCountry(p)
			if c == "" {
				continue
			}
			if cc != "" && c != cc {
				return "", ""
			}
			cc, why = c, w
		}
		return cc, why
	}
	t := name
	ws := scanWords(t)
	for i := 0; i < len(ws); i++ {
		for n := min(3, len(ws)-i); n >= 1; n-- {
			j := i + n - 1
			if !ws[i].cap || !ws[j].cap {
				continue
			}
			ok := true
			for k := i + 1; k <= j; k++ {
				if !joinable(t[ws[k-1].end:ws[k].start]) {
					ok = false
				}
			}
			if !ok {
				continue
			}
			common := true
			for k := i; k <= j; k++ {
				common = common && outletWords[strings.ToLower(t[ws[k].start:ws[k].end])]
			}
			if common {
				continue // "Free Press" is no Free State
			}
			c := g.homeOf(Key(t[ws[i].start:ws[j].end]))
			if c == "" {
				continue
			}
			if cc != "" && c != cc {
				return "", "" // "Indo-Pakistan Times": no one home
			}
			cc, why = c, fmt.Sprintf("%q in its name", t[ws[i].start:ws[j].end])
			i = j
			break
		}
	}
	return cc, why
}

// OutletProvince returns the entry of the first-level division of
// country cc (ISO2) that the outlet named name is at home in, -1 for
// none: a division in its name ("Assam Tribune", "Shan Herald Agency",
// "Kashmir Times") or a town that is no national capital ("Imphal Free
// Press"). A regional outlet reports its own province most; an outlet
// of the capital ("Bangkok Post") reports the whole country, so it has
// no province here.
func (g *Gazetteer) OutletProvince(name, cc string) int32 {
	if cc == "" {
		return -1
	}
	t := name
	ws := scanWords(t)
	found := int32(-1)
	for i := 0; i < len(ws); i++ {
		w := strings.ToLower(t[ws[i].start:ws[i].end])
		if !ws[i].cap || outletWords[w] {
			continue
		}
		a1 := ""
		entries := g.lookup(Key(t[ws[i].start:ws[i].end]))
		capital := false
		for _, k := range entries {
			if e := g.entry(k); e.Country == cc && e.Feature == "PPLC" {
				capital = true // "Bangkok Post", "Dhaka Tribune": the capital's, the nation's
			}
		}
		if capital {
			continue
		}
		for _, k := range entries {
			e := g.entry(k)
			if e.Country != cc || e.Admin1 == "" {
				continue
			}
			switch {
			case e.Kind == KindAdmin1, e.Kind == KindRegion:
			case e.Kind == KindCity && e.Feature != "PPLC" && e.Pop >= 100_000:
			default:
				continue
			}
			if a1 != "" && a1 != e.Admin1 {
				a1 = "-" // two provinces of the name
				break
			}
			a1 = e.Admin1
		}
		if a1 == "" || a1 == "-" {
			continue
		}
		j, ok := g.admin1[cc+"."+a1]
		if !ok || found >= 0 && found != j {
			return -1
		}
		found = j
	}
	return found
}

// outletWords are the words of outlets' names; alone or together they
// name no home ("Free" is not the Free State, "Star" no town).
var outletWords = map[string]bool{"the": true, "daily": true, "weekly": true, "sunday": true, "morning": true,
	"evening": true, "news": true, "times": true, "post": true, "star": true, "sun": true, "herald": true,
	"tribune": true, "express": true, "mirror": true, "observer": true, "monitor": true, "chronicle": true,
	"standard": true, "journal": true, "gazette": true, "nation": true, "independent": true, "new": true,
	"age": true, "today": true, "voice": true, "world": true, "global": true, "national": true,
	"international": true, "free": true, "press": true, "review": true, "telegraph": true, "guardian": true,
	"pioneer": true, "statesman": true, "leader": true, "patriot": true, "frontier": true, "online": true,
	"north": true, "south": true, "east": true, "west": true, "central": true, "middle": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "financial": true, "business": true,
	"economic": true, "political": true, "regional": true, "government": true, "early": true, "afternoon": true,
	"radio": true, "tv": true, "television": true, "agency": true, "service": true, "network": true,
	"bulletin": true, "record": true, "dispatch": true, "courier": true, "reporter": true}

// homeOf returns the country (ISO2) that the name k, read as an outlet's
// home, stands for: a country, demonym or province of one country, or the
// largest city of that name when it has 100,000 people and is at least
// twice any namesake; "" otherwise.
func (g *Gazetteer) homeOf(k string) string {
	if cc, ok := g.demonyms[k]; ok {
		return cc
	}
	cc, best, second := "", 0, 0
	admin1 := ""
	for _, i := range g.lookup(k) {
		e := g.entry(i)
		switch e.Kind {
		case KindCountry:
			return e.Country
		case KindAdmin1:
			if admin1 != "" && admin1 != e.Country {
				admin1 = "-" // "Punjab": two countries' provinces
			} else if admin1 == "" {
				admin1 = e.Country
			}
		case KindCity:
			switch {
			case e.Pop > best:
				cc, best, second = e.Country, e.Pop, best
			case e.Pop > second:
				second = e.Pop
			}
		}
	}
	if admin1 != "" {
		if admin1 == "-" {
			return ""
		}
		return admin1
	}
	if best >= outletMinPop && best >= 2*second {
		return cc
	}
	return ""
}
