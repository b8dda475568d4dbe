package dict

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func load(t *testing.T, dir string) *KB {
	t.Helper()
	kb, err := Load(dir)
	if err != nil {
		t.Fatalf("Load(%q): %v", dir, err)
	}
	return kb
}

func TestCountryLookups(t *testing.T) {
	kb := load(t, "")
	if n := len(kb.Countries()); n < 240 {
		t.Errorf("len(Countries()) = %d, want >= 240", n)
	}
	tests := []struct {
		by, in, want string
	}{
		{"name", "Pakistan", "PAK"},
		{"name", "U.S.", "USA"},
		{"name", "US", "USA"},
		{"name", "the United States", "USA"},
		{"name", "America", "USA"},
		{"name", "UK", "GBR"},
		{"name", "Britain", "GBR"},
		{"name", "Turkey", "TUR"},
		{"name", "Türkiye", "TUR"},
		{"name", "Turkiye", "TUR"},
		{"name", "Burma", "MMR"},
		{"name", "Islamic Emirate of Afghanistan", "AFG"},
		{"name", "Côte d'Ivoire", "CIV"},
		{"name", "Cote d’Ivoire", "CIV"},
		{"name", "Kabul", ""},
		{"demonym", "Pakistani", "PAK"},
		{"demonym", "Pakistanis", "PAK"},
		{"demonym", "Afghan", "AFG"},
		{"demonym", "Chinese", "CHN"},
		{"demonym", "Russian", "RUS"},
		{"demonym", "British", "GBR"},
		{"demonym", "American", "USA"},
		{"demonym", "Iranian", "IRN"},
		{"demonym", "Saudi", "SAU"},
		{"demonym", "Emirati", "ARE"},
		{"demonym", "Dominican", "DOM"},
		{"demonym", "Congolese", "COD"},
		{"demonym", "French", "FRA"},
		{"demonym", "Pakistan", ""},
		{"capital", "Kabul", "AFG"},
		{"capital", "Islamabad", "PAK"},
		{"capital", "Washington", "USA"},
		{"capital", "New Delhi", "IND"},
		{"capital", "The Hague", "NLD"},
		{"capital", "Amsterdam", "NLD"},
		{"capital", "Tehran", "IRN"},
		{"capital", "Kiev", "UKR"},
		{"iso3", "pak", "PAK"},
		{"iso3", "XYZ", ""},
		{"iso2", "AF", "AFG"},
	}
	for _, tt := range tests {
		var c Country
		var ok bool
		switch tt.by {
		case "name":
			c, ok = kb.CountryByName(tt.in)
		case "demonym":
			c, ok = kb.CountryByDemonym(tt.in)
		case "capital":
			c, ok = kb.CountryByCapital(tt.in)
		case "iso3":
			c, ok = kb.CountryByISO3(tt.in)
		case "iso2":
			c, ok = kb.CountryByISO2(tt.in)
		}
		got := ""
		if ok {
			got = c.ISO3
		}
		if got != tt.want {
			t.Errorf("CountryBy%s(%q) = %q, want %q", tt.by, tt.in, got, tt.want)
		}
	}
	afg, _ := kb.CountryByISO3("AFG")
	if afg.Adjective() != "Afghan" || afg.Capital != "Kabul" || afg.ISO2 != "AF" {
		t.Errorf("CountryByISO3(AFG) = %+v, want adjective Afghan, capital Kabul, ISO2 AF", afg)
	}
}

// TestEmbeddedUnambiguous checks that no two countries share a name,
// alias, demonym or capital key: the first-wins rule must never decide.
func TestEmbeddedUnambiguous(t *testing.T) {
	kb := load(t, "")
	for _, idx := range []struct {
		what  string
		names func(Country) []string
	}{
		{"name", Country.Names},
		{"demonym", func(c Country) []string { return c.Demonyms }},
		{"capital", Country.Capitals},
	} {
		seen := map[string]string{}
		for _, c := range kb.Countries() {
			for _, n := range idx.names(c) {
				k := Key(n)
				if prev, ok := seen[k]; ok && prev != c.ISO3 {
					t.Errorf("%s %q is used by %s and %s", idx.what, n, prev, c.ISO3)
				}
				seen[k] = c.ISO3
			}
		}
	}
	for _, c := range kb.Countries() {
		if len(c.Demonyms) == 0 && c.Capital != "" && c.ISO3 != "UMI" && c.ISO3 != "ATF" && c.ISO3 != "IOT" && c.ISO3 != "ASC" && c.ISO3 != "COG" && c.ISO3 != "DMA" && c.ISO3 != "JEY" {
			t.Errorf("country %s (%s) has no demonym", c.ISO3, c.Name)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S.", "us"},
		{"The  White House", "white house"},
		{"Türkiye", "turkiye"},
		{"Cote d’Ivoire", "cote d'ivoire"},
		{"Guinea-Bissau", "guinea bissau"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestOverride(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"countries.tsv":     "# a new state and a renamed one\nXAA\t-\tAtlantis\tSunken Kingdom\tPoseidonia\tEU\nPAK\tPK\tPakistan\tIslamic Republic of Pakistan\tIslamabad\tAS\n",
		"country-extra.tsv": "XAA\tdemonym\tAtlantean|Atlanteans\nAFG\t-demonym\tAfghans\nAFG\talias\tAfghanland\n",
	})
	kb := load(t, dir)
	if c, ok := kb.CountryByName("Sunken Kingdom"); !ok || c.ISO3 != "XAA" {
		t.Errorf("CountryByName(Sunken Kingdom) = %v, %v, want XAA", c.ISO3, ok)
	}
	if c, ok := kb.CountryByDemonym("Atlantean"); !ok || c.ISO3 != "XAA" {
		t.Errorf("CountryByDemonym(Atlantean) = %v, %v, want XAA", c.ISO3, ok)
	}
	if c, ok := kb.CountryByCapital("Poseidonia"); !ok || c.ISO3 != "XAA" {
		t.Errorf("CountryByCapital(Poseidonia) = %v, %v, want XAA", c.ISO3, ok)
	}
	if _, ok := kb.CountryByDemonym("Afghans"); ok {
		t.Errorf("CountryByDemonym(Afghans) found a country after -demonym")
	}
	if c, ok := kb.CountryByName("Afghanland"); !ok || c.ISO3 != "AFG" {
		t.Errorf("CountryByName(Afghanland) = %v, %v, want AFG", c.ISO3, ok)
	}
	if c, _ := kb.CountryByISO3("PAK"); c.Adjective() != "Pakistani" {
		t.Errorf("PAK adjective after override = %q, want Pakistani (extras still apply)", c.Adjective())
	}
	if !strings.HasPrefix(kb.Version, "embedded+") {
		t.Errorf("Version = %q, want embedded+DIR", kb.Version)
	}
}

func TestBadLines(t *testing.T) {
	tests := []struct {
		file, body string
		line       int
		want       string
	}{
		{"countries.tsv", "PAK\tPK\n", 1, "want 6 tab-separated fields"},
		{"countries.tsv", "# comment\n\npak\tPK\tPakistan\t\tIslamabad\tAS\n", 3, `bad ISO3 code "pak"`},
		{"countries.tsv", "PAK\tPAK\tPakistan\t\tIslamabad\tAS\n", 1, "bad ISO2 code"},
		{"country-extra.tsv", "PAK\tnickname\tPak\n", 1, `unknown field "nickname"`},
		{"country-extra.tsv", "ZZZ\talias\tNowhere\n", 1, `unknown country "ZZZ"`},
		{"country-extra.tsv", "PAK\tseat\tA|B\n", 1, "seat takes one value"},
		{"actors.tsv", "x\tperson\tPAK\tGOV\t-\t-\n", 1, "want 9 tab-separated fields"},
		{"actors.tsv", "X Y\tperson\tPAK\tGOV\t-\t-\tX Y\t-\t\n", 1, `bad id "X Y"`},
		{"actors.tsv", "x\twizard\tPAK\tGOV\t-\t-\tX\t-\t\n", 1, `unknown kind "wizard"`},
		{"actors.tsv", "x\tperson\tPK\tGOV\t-\t-\tX\t-\t\n", 1, `bad country "PK"`},
		{"actors.tsv", "x\tperson\tPAK\tBOSS\t-\t-\tX\t-\t\n", 1, `unknown sector "BOSS"`},
		{"actors.tsv", "x\tperson\tPAK\tGOV\t2024-13-01\t-\tX\t-\t\n", 1, `bad date "2024-13-01"`},
		{"actors.tsv", "x\tperson\tPAK\tGOV\t2024-02-01\t2023-01-01\tX\t-\t\n", 1, "ends (2023-01-01) before it starts"},
		{"actors.tsv", "x\tperson\tPAK\tGOV\t-\t-\t\t-\t\n", 1, "has no names"},
		{"actors.tsv", "x\tperson\tPAK\tGOV\t-\t-\tX\t-\tgender=x\n", 1, `bad gender "x"`},
		{"actors.tsv", "x\tperson\tPAK\tGOV\t-\t-\tX\t-\tcolour=red\n", 1, `unknown attribute "colour"`},
		{"actors.tsv", "x\tigo\t-\tIGO\t-\t-\tX\tcode=IGOX\n", 1, "looks like an attribute"},
		{"actors.tsv", "x\tperson\tPAK\tGOV\t-\t-\tX\t-\n-nobody-here\n", 2, `cannot remove unknown actor "nobody-here"`},
		{"actors.tsv", "x\tperson\tPAK\tGOV\t-\t-\tX\t-\nx\tgroup\tPAK\tREB\t-\t-\tX\t-\n", 2, "is a person on an earlier line"},
		{"actors.tsv", "x\tperson\tPAK\tGOV\t2020-01-01\t2022-01-01\tX\t-\nx\tperson\tPAK\tOPP\t2021-06-01\t-\tX\t-\n", 2, "overlaps the one at"},
		{"sectors.tsv", "noun\tMIL\tsoldiers\n", 1, `unknown type "noun"`},
		{"sectors.tsv", "collective\tARMY\tsoldiers\n", 1, `unknown sector "ARMY"`},
	}
	for _, tt := range tests {
		dir := writeFiles(t, map[string]string{tt.file: tt.body})
		_, err := Load(dir)
		if err == nil {
			t.Errorf("Load(%s %q) = nil error, want %q", tt.file, tt.body, tt.want)
			continue
		}
		var de *Error
		if !errors.As(err, &de) {
			t.Errorf("Load(%s %q) error %v is not a *dict.Error", tt.file, tt.body, err)
			continue
		}
		wantPrefix := filepath.Join(dir, tt.file) + ":" + itoa(tt.line) + ": "
		if !strings.HasPrefix(err.Error(), wantPrefix) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Load(%s %q) = %q, want %q…%q", tt.file, tt.body, err, wantPrefix, tt.want)
		}
	}
}

func TestUnknownOverrideFile(t *testing.T) {
	dir := writeFiles(t, map[string]string{"actor.tsv": "x\n"})
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "unknown dictionary file") {
		t.Errorf("Load(dir with actor.tsv) = %v, want unknown dictionary file", err)
	}
	if _, err := Load(filepath.Join(dir, "missing")); err == nil {
		t.Errorf("Load(missing dir) = nil error")
	}
}

func TestEntryOn(t *testing.T) {
	kb := load(t, "")
	tests := []struct {
		id, day     string
		wantOK      bool
		wantCountry string
		wantSector  string
		wantCode    string
	}{
		{"af-taliban", "2020-02-29", true, "AFG", "REB", ""},
		{"af-taliban", "2021-08-14", true, "AFG", "REB", ""},
		{"af-taliban", "2021-08-15", true, "AFG", "GOV", ""},
		{"af-taliban", "2024-11-22", true, "AFG", "GOV", ""},
		{"af-taliban", "", false, "AFG", "GOV", ""},
		{"sy-hts", "2024-12-01", true, "SYR", "REB", ""},
		{"sy-hts", "2025-01-10", true, "SYR", "GOV", ""},
		{"pk-shehbaz-sharif", "2023-10-01", true, "PAK", "PTY", ""},
		{"pk-shehbaz-sharif", "2024-11-22", true, "PAK", "GOV", ""},
		{"pk-imran-khan", "2024-11-22", true, "PAK", "OPP", ""},
		{"af-ana", "2024-11-22", false, "AFG", "MIL", ""},
		{"igo-un", "2024-11-22", true, "", "IGO", "IGOUNO"},
		{"gov-foreign-ministry", "2024-11-22", true, Context, "GOV", ""},
	}
	for _, tt := range tests {
		e, ok := kb.Entry(tt.id)
		if !ok {
			t.Errorf("Entry(%q) not found", tt.id)
			continue
		}
		p, ok := e.On(tt.day)
		if ok != tt.wantOK || p.Country != tt.wantCountry || p.Sector != tt.wantSector || p.Code != tt.wantCode {
			t.Errorf("Entry(%q).On(%q) = %s/%s/%s, %v, want %s/%s/%s, %v", tt.id, tt.day,
				p.Country, p.Sector, p.Code, ok, tt.wantCountry, tt.wantSector, tt.wantCode, tt.wantOK)
		}
	}
	if e, _ := kb.Entry("pk-mofa-spokesperson-baloch"); e.Gender != "f" || e.Kind != "person" {
		t.Errorf("Entry(pk-mofa-spokesperson-baloch) = %+v, want a female person", e)
	}
	if n := len(kb.Entries()); n < 300 {
		t.Errorf("len(Entries()) = %d, want >= 300", n)
	}
	if n := len(kb.SectorWords()); n < 10 {
		t.Errorf("len(SectorWords()) = %d, want >= 10", n)
	}
}

func TestActorOverride(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"actors.tsv": "# replace one, remove one, add one\n" +
			"af-taliban\tgroup\tAFG\tREB\t-\t-\tTaliban\t-\n" +
			"-igo-un\n" +
			"xx-new-front\tgroup\tPAK\tREB\t2025-01-01\t-\tNew Front|NF\t-\n",
		"sectors.tsv": "collective\tCVL\tmilitants\n",
	})
	kb := load(t, dir)
	e, _ := kb.Entry("af-taliban")
	if p, ok := e.On("2024-11-22"); !ok || p.Sector != "REB" || len(e.Periods) != 1 {
		t.Errorf("overridden af-taliban on 2024-11-22 = %+v (%d periods), want REB, one period", p, len(e.Periods))
	}
	if _, ok := kb.Entry("igo-un"); ok {
		t.Errorf("Entry(igo-un) found after -igo-un")
	}
	if e, ok := kb.Entry("xx-new-front"); !ok || e.Names[1] != "NF" {
		t.Errorf("Entry(xx-new-front) = %+v, %v", e, ok)
	}
	for _, w := range kb.SectorWords() {
		for _, p := range w.Phrases {
			if p == "militants" && w.Sector != "CVL" {
				t.Errorf("militants kept sector %s from %s, want CVL from the override", w.Sector, w.Source)
			}
		}
	}
}

// TestEntryNamesUnique checks that no two actor entries share a name: the
// text could not tell them apart.
func TestEntryNamesUnique(t *testing.T) {
	kb := load(t, "")
	seen := map[string]string{}
	for _, e := range kb.Entries() {
		for _, n := range e.Names {
			k := Key(n)
			if prev, ok := seen[k]; ok && prev != e.ID {
				t.Errorf("name %q is used by %s and %s", n, prev, e.ID)
			}
			seen[k] = e.ID
		}
	}
}

func TestEmbeddedVersion(t *testing.T) {
	v := EmbeddedVersion()
	if len(v) != len("dict-")+12 || v[:5] != "dict-" {
		t.Errorf("EmbeddedVersion() = %q, want dict- and 12 hex digits", v)
	}
	if again := EmbeddedVersion(); again != v {
		t.Errorf("EmbeddedVersion() = %q then %q, want the same", v, again)
	}
}

// TestDashMeansNone checks that "-" in the attributes column, as in any
// field, stands for none.
func TestDashMeansNone(t *testing.T) {
	dir := writeFiles(t, map[string]string{"actors.tsv": "x-envoy\tperson\tPAK\tGOV\t-\t-\tXavier Envoy\t-\t-\n"})
	if _, err := Load(dir); err != nil {
		t.Errorf("Load(actors.tsv with - attributes) = %v", err)
	}
}
