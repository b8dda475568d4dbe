package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestWriteCountries(t *testing.T) {
	var buf bytes.Buffer
	if err := writeCountries(&buf, "testdata/countries-list"); err != nil {
		t.Fatalf("writeCountries: %v", err)
	}
	rows := dataRows(buf.String())
	want := []string{
		"AFG\tAF\tAfghanistan\t\tKabul\tAS",
		"PAK\tPK\tPakistan\t\tIslamabad\tAS",
		"USA\tUS\tUnited States\tUS|America\tWashington D.C.\tNA",
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("writeCountries rows =\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	if err := writeCountries(&buf, "testdata/missing"); err == nil {
		t.Errorf("writeCountries(missing dir) = nil error")
	}
}

func TestWriteLexicon(t *testing.T) {
	d := &lexiconDump{
		Brill:   map[string][]string{"talks": {"VBZ", "NNS"}, "Apple": {"NNP"}, "that": {"IN", "DT|WDT"}, "bad\tword": {"NN"}},
		WordNet: map[string][]string{"talk": {"verb.communication", "noun.act", "noun.communication"}, "apple": {"noun.food"}, "ice_cream": {"noun.food"}},
		Exceptions: map[string]map[string]string{
			"verb": {"spoke": "speak"},
			"noun": {"geese": "goose"},
		},
	}
	var buf bytes.Buffer
	if err := writeLexicon(&buf, d); err != nil {
		t.Fatal(err)
	}
	rows := dataRows(buf.String())
	// Byte order, as the tagger's binary search needs; "bad\tword" and
	// WordNet's multi-word lemma are left out; "DT|WDT" gives both tags.
	want := []string{
		"Apple\tNNP\t-\t-",
		"apple\t-\tnoun\t-",
		"geese\t-\t-\tnoun",
		"spoke\t-\t-\tverb",
		"talk\t-\tnoun verb\t-",
		"talks\tVBZ NNS\t-\t-",
		"that\tIN DT WDT\t-\t-",
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("writeLexicon rows =\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
}

func TestBuildNames(t *testing.T) {
	out := t.TempDir() + "/names.txt"
	var log bytes.Buffer
	if err := buildNames("testdata/names", out, &log); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	rows := dataRows(string(b))
	if got, want := strings.Join(rows, " "), "Holly Rod Sharon"; got != want {
		t.Errorf("names = %q, want %q", got, want)
	}
	if err := buildNames("testdata/missing", out, &log); err == nil {
		t.Errorf("buildNames(missing dir) = nil error")
	}
}

// dataRows returns the lines of a generated table that are not comments.
func dataRows(s string) []string {
	var rows []string
	for _, l := range strings.Split(s, "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			rows = append(rows, l)
		}
	}
	return rows
}
