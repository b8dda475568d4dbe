package geo

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"sitrep/dict"
)

// gazetteerGz is built by `go run ./tools/gazetteer` (see gazbuild).
//
//go:embed gazetteer.tsv.gz
var gazetteerGz []byte

// placesTSV holds the hand-written entries and aliases.
//
//go:embed places.tsv
var placesTSV string

// Kinds of places, from broad to narrow.
const (
	KindCountry = "country"
	KindRegion  = "region"
	KindAdmin1  = "admin1"
	KindAdmin2  = "admin2"
	KindCity    = "city"
)

// specificity orders kinds from broad (0) to narrow.
func specificity(kind string) int {
	switch kind {
	case KindCountry:
		return 0
	case KindRegion:
		return 1
	case KindAdmin1:
		return 2
	case KindAdmin2:
		return 3
	case KindAdmin3, KindLocality:
		return 4 // a part of a town yields to the town in events
	case KindCity:
		return 5
	}
	return 0
}

// Entry is one place of the gazetteer.
type Entry struct {
	Name     string
	Kind     string
	Country  string // ISO 3166-1 alpha-2; "" for regions spanning countries
	ISO3     string // ISO 3166-1 alpha-3, "" when the dictionary lacks the country
	Admin1   string // GeoNames admin1 code within Country
	Admin2   string // GeoNames admin2 code within Admin1
	Feature  string // GeoNames feature code (PPLC, PPLA, ADM1, …)
	Pop      int
	Lat, Lon float64
	GeoNames int // 0 when unknown
	// Source names where the entry comes from: "geonames:1138958",
	// "admin1:AF.13", "admin2:PK.03.1183459", "dict:PAK", "places.tsv:12".
	Source string
	// Curated marks hand-written entries and aliases (places.tsv), which
	// outrank namesakes of the same size.
	Curated bool
	// Alt are GeoNames' other spellings of a city's name.
	Alt []string
}

// Gazetteer is the loaded, indexed gazetteer. It is immutable and safe for
// concurrent use.
//
// Loading is cheap because little is parsed: the file carries its own
// name index (see IndexKeys), kept as a sorted slice of keys into the
// decompressed text, and a city's line is parsed only when a lookup
// returns it. Names from the dictionary and places.tsv go to a small map.
type Gazetteer struct {
	// entries are the parsed rows: countries and divisions from the file
	// (indexes 0…len(entries)-1 before the cities), then, after the
	// cities, the entries of places.tsv and dictionary-only countries.
	entries []Entry
	nfixed  int      // parsed rows before the cities
	cities  []string // raw lines of the cities, indexes nfixed…
	// keys and ids are the file's index: ids[i] lists, comma-separated,
	// the entries that bear key keys[i]. Keys of upper-case
	// abbreviations start with "^".
	keys, ids []string
	// index maps each of keys to its position: a lookup of a name that
	// is no key (most of a text's capitalised runs) costs one hash.
	index map[string]int32
	// dyn indexes the names of places.tsv and the dictionary.
	dyn    map[string][]int32
	admin1 map[string]int32 // "PK.03" → entry
	// provinces maps "PH.14.22" to the admin2 entry of a country whose
	// provinces are the first level its readers know (provinceFirst).
	provinces map[string]int32
	country   map[string]int32  // ISO2 → entry
	demonyms  map[string]string // Key(demonym) → ISO2
	// orgs maps the Key of the names of the dictionary's organisations
	// of one country to its ISO2 code ("awami league" → BD): a report
	// that names them is likely about that country.
	orgs map[string]string
	// orgFirst holds the first words of orgs' names, in lower case.
	orgFirst map[string]bool
	// kb is the dictionary the gazetteer was built with (outlets); nil
	// when none was given.
	kb       *dict.KB
	maxWords int // the most words in an indexed name
}

// Entry returns entry i.
func (g *Gazetteer) Entry(i int) Entry { return *g.entry(int32(i)) }

// entry returns entry i, parsing a city's line.
func (g *Gazetteer) entry(i int32) *Entry {
	n := int32(g.nfixed)
	switch {
	case i < n:
		return &g.entries[i]
	case i < n+int32(len(g.cities)):
		e, err := g.parseLine(g.cities[i-n])
		if err != nil {
			// a broken build: TestGazetteerLines parses every line
			panic(fmt.Sprintf("geo: gazetteer city %d: %v", i, err))
		}
		e.Source = "geonames:" + strconv.Itoa(e.GeoNames)
		return &e
	}
	return &g.entries[i-int32(len(g.cities))]
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) + len(g.cities) }

// Lookup returns the indexes of the entries named name (any spelling that
// folds to the same Key).
func (g *Gazetteer) Lookup(name string) []int32 { return g.lookup(Key(name)) }

// Admin1Name returns the name of the first-level division of e, or "".
func (g *Gazetteer) Admin1Name(e Entry) string {
	if e.Kind == KindCountry || e.Admin1 == "" {
		return ""
	}
	if i, ok := g.admin1[e.Country+"."+e.Admin1]; ok {
		return g.entries[i].Name
	}
	return ""
}

// provinceFirst lists the countries whose GeoNames first-level divisions
// are regions that group provinces for administration, while the
// province is the first level of local government and the one reports,
// readers and most data sets name ("Lamitan, Basilan"): the Philippines.
// A place there shows its province as its admin1. Listed as "CC.ADMIN1",
// a region without provinces keeps its own name (Metro Manila).
var provinceFirst = map[string]bool{"PH": true, "PH.NCR": true}

// Province returns the name of the province of e when its country is one
// whose provinces come first (see provinceFirst), or "".
func (g *Gazetteer) Province(e Entry) string {
	if !provinceFirst[e.Country] || e.Kind == KindCountry || e.Kind == KindAdmin1 || e.Kind == KindRegion {
		return ""
	}
	if e.Kind == KindAdmin2 {
		if _, ok := g.provinces[e.Country+"."+e.Admin1+"."+e.Admin2]; !ok {
			return ""
		}
		return stripLevelPrefix(ASCII(e.Name))
	}
	if i, ok := g.provinces[e.Country+"."+e.Admin1+"."+e.Admin2]; ok {
		return stripLevelPrefix(ASCII(g.entry(i).Name))
	}
	return ""
}

// LoadGazetteer parses the embedded gazetteer and places.tsv, and adds the
// countries of kb with their names and aliases.
func LoadGazetteer(kb *dict.KB) (*Gazetteer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gazetteerGz))
	if err != nil {
		return nil, fmt.Errorf("open gazetteer: %w", err)
	}
	// the gzip trailer holds the size: read into one buffer of that size
	n := 0
	if len(gazetteerGz) >= 4 {
		n = int(binary.LittleEndian.Uint32(gazetteerGz[len(gazetteerGz)-4:]))
	}
	raw := make([]byte, n)
	if _, err := io.ReadFull(zr, raw); err != nil {
		return nil, fmt.Errorf("read gazetteer: %w", err)
	}
	g := &Gazetteer{
		dyn:       map[string][]int32{},
		admin1:    map[string]int32{},
		provinces: map[string]int32{},
		country:   map[string]int32{},
		demonyms:  map[string]string{},
		orgs:      map[string]string{},
		orgFirst:  map[string]bool{},
	}
	if err := g.parse(string(raw)); err != nil {
		return nil, err
	}
	g.addCountries(kb)
	g.kb = kb
	if err := g.parsePlaces("places.tsv", placesTSV); err != nil {
		return nil, err
	}
	return g, nil
}

// parse reads the gazetteer written by gazbuild.Write: place lines, then
// index lines "@KEY<TAB>ID,ID,…" sorted by key.
func (g *Gazetteer) parse(s string) error {
	lines := strings.Count(s, "\n")
	g.keys = make([]string, 0, lines*2/3)
	g.ids = make([]string, 0, lines*2/3)
	g.cities = make([]string, 0, lines/2)
	n := 0
	for s != "" {
		n++
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '@':
			k, ids, ok := strings.Cut(line[1:], "\t")
			if !ok || len(g.keys) > 0 && k <= g.keys[len(g.keys)-1] {
				return fmt.Errorf("gazetteer line %d: bad or unsorted index line", n)
			}
			g.keys = append(g.keys, k)
			g.ids = append(g.ids, ids)
			if w := strings.Count(k, " ") + 1; w > g.maxWords {
				g.maxWords = w
			}
		case strings.HasPrefix(line, "city\t"):
			if len(g.cities) == 0 {
				g.nfixed = len(g.entries)
			}
			g.cities = append(g.cities, line)
		default:
			if len(g.cities) > 0 {
				return fmt.Errorf("gazetteer line %d: divisions must come before cities", n)
			}
			e, err := g.parseLine(line)
			if err != nil {
				return fmt.Errorf("gazetteer line %d: %w", n, err)
			}
			i := int32(len(g.entries))
			switch e.Kind {
			case KindCountry:
				e.Source = "country:" + e.Country
				g.country[e.Country] = i
			case KindAdmin1:
				e.Source = "admin1:" + e.Country + "." + e.Admin1
				g.admin1[e.Country+"."+e.Admin1] = i
			case KindAdmin2:
				e.Source = "admin2:" + e.Country + "." + e.Admin1 + "." + e.Admin2
				if provinceFirst[e.Country] && !provinceFirst[e.Country+"."+e.Admin1] {
					g.provinces[e.Country+"."+e.Admin1+"."+e.Admin2] = i
				}
			}
			g.entries = append(g.entries, e)
		}
	}
	if len(g.cities) == 0 {
		g.nfixed = len(g.entries)
	}
	g.index = make(map[string]int32, len(g.keys))
	for i, k := range g.keys {
		g.index[k] = int32(i)
	}
	return nil
}

// parseLine parses one place line of the gazetteer file.
func (g *Gazetteer) parseLine(line string) (Entry, error) {
	var f [11]string
	for i := range f {
		if i == len(f)-1 {
			f[i] = line
			break
		}
		var ok bool
		if f[i], line, ok = strings.Cut(line, "\t"); !ok {
			return Entry{}, errors.New("want 11 fields")
		}
	}
	e := Entry{Kind: f[0], Country: f[2], Admin1: f[3], Admin2: f[4], Feature: f[8], Name: f[9]}
	if f[10] != "" {
		e.Alt = strings.Split(f[10], "|")
	}
	switch e.Kind {
	case KindCountry, KindAdmin1, KindAdmin2, KindCity:
	default:
		return e, fmt.Errorf("unknown kind %q", e.Kind)
	}
	var err error
	if f[1] != "" {
		if e.GeoNames, err = strconv.Atoi(f[1]); err != nil {
			return e, fmt.Errorf("bad geonames id %q", f[1])
		}
	}
	if f[5] != "" {
		if e.Pop, err = strconv.Atoi(f[5]); err != nil {
			return e, fmt.Errorf("bad population %q", f[5])
		}
	}
	if e.Lat, err = strconv.ParseFloat(f[6], 64); err != nil {
		return e, fmt.Errorf("bad latitude %q", f[6])
	}
	if e.Lon, err = strconv.ParseFloat(f[7], 64); err != nil {
		return e, fmt.Errorf("bad longitude %q", f[7])
	}
	if c, ok := g.country[e.Country]; ok && e.Kind != KindCountry {
		e.ISO3 = g.entries[c].ISO3
	}
	return e, nil
}

// addCountries names the country rows after the dictionary and indexes
// every name, alias and demonym. A dictionary country the gazetteer lacks
// (no town of 1,000 people) gets an entry without coordinates.
func (g *Gazetteer) addCountries(kb *dict.KB) {
	if kb == nil {
		return
	}
	for _, c := range kb.Countries() {
		i, ok := g.country[c.ISO2]
		if !ok {
			i = g.appendEntry(Entry{Kind: KindCountry, Country: c.ISO2, Feature: "PCL", Lat: math.NaN(), Lon: math.NaN()})
			g.country[c.ISO2] = i
		}
		e := g.entry(i)
		e.Name, e.ISO3, e.Source = c.Name, c.ISO3, "dict:"+c.ISO3
		for _, n := range c.Names() {
			g.addName(n, i)
		}
		for _, d := range c.Demonyms {
			g.demonyms[Key(d)] = c.ISO2
		}
	}
	for _, en := range kb.Entries() {
		if en.Kind != "organization" {
			continue // armed groups fight abroad: Hezbollah in Syria
		}
		cc := ""
		for _, p := range en.Periods {
			if c, ok := kb.CountryByISO3(p.Country); ok && (cc == "" || cc == c.ISO2) {
				cc = c.ISO2
			} else {
				cc = "-" // no country, or several
				break
			}
		}
		if cc == "" || cc == "-" {
			continue
		}
		for _, n := range en.Names {
			// the first word as the place scanner splits it
			if f := strings.FieldsFunc(strings.ToLower(n), func(r rune) bool { return r == ' ' || r == '-' }); len(f) > 0 {
				g.orgFirst[f[0]] = true
			}
			k := Key(n)
			if isAbbrev(n) {
				k = "^" + k
			}
			if old, ok := g.orgs[k]; ok && old != cc {
				g.orgs[k] = "-" // a name two countries' bodies share
				continue
			}
			g.orgs[k] = cc
		}
	}
	for i := range g.entries {
		e := &g.entries[i]
		if e.ISO3 == "" && e.Country != "" {
			if c, ok := g.country[e.Country]; ok {
				e.ISO3 = g.entry(c).ISO3
			}
		}
	}
}

// appendEntry adds an entry after the cities and returns its index.
func (g *Gazetteer) appendEntry(e Entry) int32 {
	g.entries = append(g.entries, e)
	return int32(len(g.entries) - 1 + len(g.cities))
}

// addName indexes name for entry i in the dynamic index.
func (g *Gazetteer) addName(name string, i int32) {
	for _, k := range IndexKeys(g.entry(i).Kind, name) {
		g.dyn[k] = appendUniq(g.dyn[k], i)
		if n := strings.Count(k, " ") + 1; n > g.maxWords {
			g.maxWords = n
		}
	}
}

// IndexKeys returns the index keys of a name of a place of the given
// kind: its Key, the Key without an Arabic article ("Al Anbar" → also
// "anbar"), a division's name without its level word ("Bannu District" →
// also "bannu"), and for "Washington, D.C." also "washington dc" and
// "washington". An upper-case abbreviation ("KP", "U.S.") has the single
// key "^"+Key, matched only by upper-case text.
func IndexKeys(kind, name string) []string {
	if isAbbrev(name) {
		return []string{"^" + Key(name)}
	}
	var keys []string
	add := func(k string) {
		if k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	names := []string{name}
	if head, _, ok := strings.Cut(name, ","); ok {
		names = []string{strings.ReplaceAll(name, ",", ""), head}
	}
	for _, n := range names {
		k := Key(n)
		add(k)
		add(stripArticle(k))
		if kind == KindCity {
			// "Lamitan City", "Cotabato City" are called "Lamitan", "Cotabato",
			// and "City of Isabela" "Isabela"
			if s, ok := strings.CutSuffix(k, " city"); ok && !stopWords[s] {
				add(s)
			}
			if s, ok := strings.CutPrefix(k, "city of "); ok && !stopWords[s] {
				add(s)
			}
		}
		if kind == KindAdmin1 || kind == KindAdmin2 || kind == KindRegion {
			// "Capital Region" is not "Capital", nor "Central Province" "Central"
			if s := stripDesignator(k); !stopWords[s] {
				add(s)
				add(stripArticle(s))
			}
		}
	}
	return keys
}

// lookup returns the entries with key k ("^"-prefixed for an
// abbreviation), trying k without an Arabic article ("Al Anbar" →
// "Anbar") when k itself is unknown.
func (g *Gazetteer) lookup(k string) []int32 {
	if e := g.lookup1(k); len(e) > 0 {
		return e
	}
	if s := stripArticle(k); s != k {
		return g.lookup1(s)
	}
	return nil
}

// lookup1 merges the file's index and the dynamic one for key k.
func (g *Gazetteer) lookup1(k string) []int32 {
	var out []int32
	if j, ok := g.index[k]; ok {
		for id := range strings.SplitSeq(g.ids[j], ",") {
			n, err := strconv.Atoi(id)
			if err != nil {
				continue // checked by the gazetteer tests
			}
			out = append(out, int32(n))
		}
	}
	for _, i := range g.dyn[k] {
		out = appendUniq(out, i)
	}
	return out
}

// stripArticle removes a leading Arabic article from a key.
func stripArticle(k string) string {
	for _, a := range []string{"al ", "el ", "ad ", "adh ", "an ", "ar ", "as ", "ash ", "at ", "az "} {
		if s, ok := strings.CutPrefix(k, a); ok && len(s) >= 3 {
			return s
		}
	}
	return k
}

func appendUniq(s []int32, i int32) []int32 {
	for _, j := range s {
		if j == i {
			return s
		}
	}
	return append(s, i)
}

// isAbbrev reports whether name is an upper-case abbreviation of at most
// four letters ("KP", "U.S.", "UAE"), which must not match lower-case words.
func isAbbrev(name string) bool {
	letters := 0
	for _, r := range name {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters > 0 && letters <= 4
}

// designators are the words that name a division's level; a division is
// indexed with and without them.
var designators = []string{"province", "district", "agency", "governorate", "region", "division",
	"state", "tehsil", "municipality", "prefecture", "county", "oblast", "wilayah", "wilaya", "republic",
	"krai", "kray", "department", "departement", "parish", "emirate", "canton", "voivodeship"}

var designatorPrefixes = []string{"province of ", "district of ", "qada ", "qadaa ", "muhafazat ", "mohafazat ",
	"wilayat ", "state of ", "district ", "velayat e ", "ostan e ", "amphoe ", "king amphoe ", "khet ", "srok ",
	"kabupaten ", "kota ", "city of "}

// stripDesignator removes a level word from a division's key.
func stripDesignator(k string) string {
	for _, d := range designators {
		if s, ok := strings.CutSuffix(k, " "+d); ok {
			return s
		}
	}
	for _, p := range designatorPrefixes {
		if s, ok := strings.CutPrefix(k, p); ok {
			return s
		}
	}
	return k
}
