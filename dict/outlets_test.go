package dict

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutlet checks the outlet lookup: any case, with or without "The",
// a web address's ending or a bracketed qualifier; international outlets
// have no country; unknown and shared names are not found.
func TestOutlet(t *testing.T) {
	kb, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		want string // country, "-" for international, "" for not found
	}{
		{"The Hindu", "IND"},
		{"the hindu", "IND"},
		{"Hindustan Times", "IND"},
		{"Dawn", "PAK"},
		{"Dawn (Pakistan)", "PAK"},
		{"EKantipur.com", "NPL"},
		{"Ekantipur", "NPL"},
		{"The Irrawaddy", "MMR"},
		{"TOLOnews", "AFG"},
		{"Reuters", "-"},
		{"Al Jazeera", "-"},
		{"Voice of America", "-"},
		{"Xinhua", "-"},
		// shared by outlets of several countries: not listed
		{"The Telegraph", ""},
		{"The Nation", ""},
		{"Bangkok Post", ""}, // its name holds its place
		{"", ""},
	}
	for _, tt := range tests {
		got := ""
		if o, ok := kb.Outlet(tt.name); ok {
			got = o.Country
			if o.International() {
				got = "-"
			}
		}
		if got != tt.want {
			t.Errorf("Outlet(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestOutletOverride checks that an override file adds outlets and
// replaces an embedded one by id.
func TestOutletOverride(t *testing.T) {
	dir := writeFiles(t, map[string]string{"outlets.tsv": "pk-dawn\t-\tDawn\nxx-gazette\tNPL\tValley Gazette\n"})
	kb, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if o, ok := kb.Outlet("Dawn"); !ok || !o.International() {
		t.Errorf("Outlet(Dawn) = %+v, %v, want the override's international outlet", o, ok)
	}
	if o, ok := kb.Outlet("The Valley Gazette"); !ok || o.Country != "NPL" {
		t.Errorf("Outlet(The Valley Gazette) = %+v, %v, want NPL", o, ok)
	}
}

// TestOutletErrors checks that bad outlet lines name their file and line.
func TestOutletErrors(t *testing.T) {
	tests := []struct{ body, want string }{
		{"x\tIND\n", "want 3 tab-separated fields"},
		{"X Y\tIND\tX\n", `bad id "X Y"`},
		{"x\tXYZ\tX\n", `unknown country "XYZ"`},
		{"x\tIND\t-\n", "no names"},
	}
	for _, tt := range tests {
		dir := writeFiles(t, map[string]string{"outlets.tsv": tt.body})
		_, err := Load(dir)
		var de *Error
		if !errors.As(err, &de) {
			t.Errorf("Load(outlets.tsv %q) = %v, want a *dict.Error", tt.body, err)
			continue
		}
		if prefix := filepath.Join(dir, "outlets.tsv") + ":1: "; !strings.HasPrefix(err.Error(), prefix) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Load(outlets.tsv %q) = %q, want %q…%q", tt.body, err, prefix, tt.want)
		}
	}
}
