package geo

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
)

// parsePlaces reads the hand-written file places.tsv. Two kinds of line,
// tab-separated, with | between names:
//
//	place	KIND	CC	ADMIN1	NAMES	LAT	LON	NOTE
//	alias	CC	KIND	NAME	NAMES
//
// A place line adds an entry (KIND region, admin1, admin2, city or
// locality, a part of a town that yields to it in events, or
// admin2:CODE for a province whose GeoNames admin2 code towns are still
// filed under though GeoNames dropped the division, or for a district
// whose GeoNames code it shares; city:CODE for a town of the district
// of that GeoNames admin2 code; CC an
// ISO2 code or "-" for a region across borders; ADMIN1 the name of its
// first-level division or "-"; the first of NAMES is the entry's name). An
// alias line gives more names to the existing entry of that country and
// kind named NAME. A bad line is an error naming file:line.
func (g *Gazetteer) parsePlaces(file, s string) error {
	for n, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		errf := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: %s", file, n+1, fmt.Sprintf(format, args...))
		}
		switch f[0] {
		case "alias":
			if len(f) != 5 {
				return errf("alias line wants 5 fields (alias, country, kind, name, names), got %d", len(f))
			}
			i, ok := g.find(f[1], f[2], f[3])
			if !ok {
				return errf("alias: no %s named %q in %s", f[2], f[3], f[1])
			}
			for _, name := range strings.Split(f[4], "|") {
				if name = strings.TrimSpace(name); name != "" {
					g.addName(name, i)
				}
			}
		case "place":
			if len(f) < 7 || len(f) > 8 {
				return errf("place line wants 8 fields (place, kind, country, admin1, names, lat, lon, note), got %d", len(f))
			}
			kind, code, _ := strings.Cut(f[1], ":")
			if code != "" && kind != KindAdmin2 && kind != KindCity && kind != KindRegion {
				return errf("place: only an admin2, a city or a region takes a code, got %q", f[1])
			}
			switch kind {
			case KindRegion, KindAdmin1, KindAdmin2, KindCity, KindLocality:
			default:
				return errf("place: unknown kind %q (want region, admin1, admin2, city or locality)", kind)
			}
			lat, err1 := strconv.ParseFloat(f[5], 64)
			lon, err2 := strconv.ParseFloat(f[6], 64)
			if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
				return errf("place: bad coordinates %q %q", f[5], f[6])
			}
			names := strings.Split(f[4], "|")
			e := Entry{Kind: kind, Name: strings.TrimSpace(names[0]), Lat: lat, Lon: lon, Feature: "HAND",
				Source: fmt.Sprintf("%s:%d", file, n+1), Curated: true}
			if e.Name == "" {
				return errf("place: empty name")
			}
			if f[2] != "-" {
				ci, ok := g.country[f[2]]
				if !ok {
					return errf("place: unknown country %q", f[2])
				}
				e.Country, e.ISO3 = f[2], g.entry(ci).ISO3
			}
			if f[3] != "-" {
				ai, ok := g.find(f[2], KindAdmin1, f[3])
				if !ok {
					return errf("place: no admin1 named %q in %s", f[3], f[2])
				}
				e.Admin1 = g.entry(ai).Admin1
			}
			province := kind == KindAdmin2 && provinceFirst[e.Country] && !provinceFirst[e.Country+"."+e.Admin1]
			if province {
				// its own code, so that its places name it; a GeoNames code
				// it once had when towns are still filed under it
				e.Admin2 = cmp.Or(code, e.Source)
			}
			if !province && code != "" {
				e.Admin2 = code // its district: "Jamrud" in Khyber
			}
			i := g.appendEntry(e)
			if province {
				g.provinces[e.Country+"."+e.Admin1+"."+e.Admin2] = i
			}
			for _, name := range names {
				if name = strings.TrimSpace(name); name != "" {
					g.addName(name, i)
				}
			}
		default:
			return errf("unknown line kind %q (want place or alias)", f[0])
		}
	}
	return nil
}

// find returns the entry of country cc and kind named name; among several
// it picks the most populous, which for cities is the one meant.
func (g *Gazetteer) find(cc, kind, name string) (int32, bool) {
	k := Key(name)
	best, found := int32(0), false
	bestPop := 0
	for _, idx := range [][]int32{g.lookup1(k), g.lookup1("^" + k)} {
		for _, i := range idx {
			e := g.entry(i)
			if e.Kind != kind || (cc != "-" && e.Country != cc) {
				continue
			}
			if !found || e.Pop > bestPop {
				best, bestPop, found = i, e.Pop, true
			}
		}
	}
	return best, found
}
