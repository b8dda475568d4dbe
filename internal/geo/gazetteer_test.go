package geo

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"sitrep/dict"
)

func loadTestGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := testResolver().Gazetteer()
	if err != nil {
		t.Fatalf("Gazetteer: %v", err)
	}
	return g
}

func TestLookup(t *testing.T) {
	g := loadTestGazetteer(t)
	tests := []struct {
		name, kind, iso3, admin1 string
	}{
		{"Kabul", KindCity, "AFG", "Kabul"},
		{"KABUL", KindCity, "AFG", "Kabul"},
		{"Peshawar", KindCity, "PAK", "Khyber Pakhtunkhwa"},
		{"Khyber Pakhtunkhwa", KindAdmin1, "PAK", "Khyber Pakhtunkhwa"},
		{"Khyber-Pakhtunkhwa", KindAdmin1, "PAK", "Khyber Pakhtunkhwa"},
		{"Helmand", KindAdmin1, "AFG", "Helmand"},
		{"Bannu District", KindAdmin2, "PAK", "Khyber Pakhtunkhwa"},
		{"North Waziristan", KindAdmin2, "PAK", "Khyber Pakhtunkhwa"},
		{"Pakistan", KindCountry, "PAK", ""},
		{"Lashkar Gah", KindCity, "AFG", "Helmand"},
		{"Mosul", KindCity, "IRQ", "Nineveh"},
		{"Federally Administered Tribal Areas", KindRegion, "PAK", "Khyber Pakhtunkhwa"},
	}
	for _, tt := range tests {
		found := false
		for _, i := range g.Lookup(tt.name) {
			e := g.Entry(int(i))
			if e.Kind == tt.kind && e.ISO3 == tt.iso3 && g.Admin1Name(e) == tt.admin1 {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q) has no %s in %s (%s)", tt.name, tt.kind, tt.iso3, tt.admin1)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mazār-e Sharīf", "mazar sharif"},
		{"MAZAR-I-SHARIF", "mazar sharif"},
		{"Ba'quba", "baquba"},
		{"Baqubah", "baquba"},
		{"Mūsá Qal‘ah", "musa qala"},
		{"Qala-i-Naw", "qala naw"},
		{"Panjwaee", "panjwai"},
		{"al-Nassiriya", "al nasiriya"},
		{"Abbottabad", "abotabad"},
		{"Qaḑā’ Sāmarrā’", "qada samara"},
		{"the  Hague", "hague"},
		{"D.I. Khan", "di khan"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParsePlacesErrors(t *testing.T) {
	g := loadTestGazetteer(t)
	tests := []struct{ line, want string }{
		{"alias\tPK\tcity\tNowhere Town\tX", "x.tsv:2: alias: no city named \"Nowhere Town\" in PK"},
		{"alias\tPK\tcity", "x.tsv:2: alias line wants 5 fields"},
		{"place\tcity\tPK\t-\tNew Town\t91\t70", "x.tsv:2: place: bad coordinates"},
		{"place\tvillage\tPK\t-\tNew Town\t33\t70\tnote", "x.tsv:2: place: unknown kind \"village\""},
		{"place\tcity\tZZ\t-\tNew Town\t33\t70\tnote", "x.tsv:2: place: unknown country \"ZZ\""},
		{"place\tcity\tPK\tAtlantis\tNew Town\t33\t70\tnote", "x.tsv:2: place: no admin1 named \"Atlantis\" in PK"},
		{"place\tadmin1:56\tPK\t-\tNew Area\t33\t70\tnote", "x.tsv:2: place: only an admin2, a city or a region takes a code"},
		{"town\tPK", "x.tsv:2: unknown line kind \"town\""},
	}
	for _, tt := range tests {
		// parse into a copy so the shared gazetteer stays as loaded
		c := *g
		c.entries = append([]Entry(nil), g.entries...)
		c.dyn = map[string][]int32{}
		err := c.parsePlaces("x.tsv", "# comment\n"+tt.line+"\n")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("parsePlaces(%q) = %v, want %q…", tt.line, err, tt.want)
		}
	}
}

// TestGazetteerLines parses every line of the embedded gazetteer, which
// loading leaves for lookups to do, and checks every index entry.
func TestGazetteerLines(t *testing.T) {
	g := loadTestGazetteer(t)
	for i := range g.Len() {
		e := g.Entry(i)
		if e.Name == "" || e.Kind == "" || e.Kind != KindCountry && e.Country != "" && e.ISO3 == "" && e.Country != "XK" {
			t.Errorf("entry %d = %+v: missing name, kind or ISO3", i, e)
		}
	}
	for j, ids := range g.ids {
		for _, id := range strings.Split(ids, ",") {
			if n, err := strconv.Atoi(id); err != nil || n < 0 || n >= g.Len() {
				t.Errorf("index key %q: bad row %q", g.keys[j], id)
			}
		}
	}
}

// TestAgainstGeoNames checks the gazetteer against the GeoNames dump in
// ../shared/data/geonames: the cities of 15,000 people are in it with
// their country, division and coordinates, and divisions carry GeoNames'
// names.
func TestAgainstGeoNames(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "geonames")
	f, err := os.Open(filepath.Join(dir, "cities15000.txt"))
	if err != nil {
		t.Skipf("GeoNames check skipped: %v", err)
	}
	defer f.Close()
	g := loadTestGazetteer(t)
	byID := map[int]Entry{}
	for i := range g.Len() {
		if e := g.Entry(i); e.GeoNames != 0 {
			byID[e.GeoNames] = e
		}
	}
	var n, found, same int
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 15 || c[6] != "P" || c[7] == "PPLX" || c[7] == "PPLH" || c[7] == "PPLQ" || c[7] == "PPLW" {
			continue
		}
		id, _ := strconv.Atoi(c[0])
		lat, _ := strconv.ParseFloat(c[4], 64)
		lon, _ := strconv.ParseFloat(c[5], 64)
		n++
		e, ok := byID[id]
		if !ok {
			continue
		}
		found++
		if e.Country == c[8] && e.Admin1 == c[10] && abs(e.Lat-lat) < 0.01 && abs(e.Lon-lon) < 0.01 {
			same++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	// The packages carry GeoNames dumps of 2019 and 2023; places have
	// been added, merged and renumbered since, so not all are there.
	if r := float64(found) / float64(n); r < 0.8 {
		t.Errorf("gazetteer holds %d of %d GeoNames cities15000 places (%.3f), want >= 0.8", found, n, r)
	}
	if r := float64(same) / float64(found); r < 0.95 {
		t.Errorf("%d of %d places agree on country, admin1 and coordinates (%.3f), want >= 0.95", same, found, r)
	}
	t.Logf("cities15000: %d places, %d in the gazetteer, %d agree", n, found, same)

	a1, err := os.ReadFile(filepath.Join(dir, "admin1CodesASCII.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var na, sa int
	for _, line := range strings.Split(string(a1), "\n") {
		c := strings.Split(line, "\t")
		if len(c) < 3 {
			continue
		}
		i, ok := g.admin1[c[0]]
		if !ok {
			continue
		}
		na++
		norm := func(s string) string { return stripArticle(stripDesignator(Key(s))) }
		if got := norm(g.entries[i].Name); got == norm(c[1]) || got == norm(c[2]) {
			sa++
		}
	}
	if r := float64(sa) / float64(na); na == 0 || r < 0.8 {
		t.Errorf("%d of %d admin1 names agree with GeoNames (%.3f), want >= 0.8", sa, na, r)
	}
	t.Logf("admin1: %d codes, %d names agree", na, sa)
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// BenchmarkLoad measures parsing and indexing the embedded gazetteer,
// done once per process.
func BenchmarkLoad(b *testing.B) {
	kb, err := dict.Load("")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(gazetteerGz)))
	for b.Loop() {
		if _, err := LoadGazetteer(kb); err != nil {
			b.Fatal(err)
		}
	}
}
