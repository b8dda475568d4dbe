package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestWriteCountries(t *testing.T) {
	var buf bytes.Buffer
	if err := writeCountries(&buf, "testdata/countries-list"); err != nil {
		t.Fatalf("writeCountries: %v", err)
	}
	var rows []string
	for _, l := range strings.Split(buf.String(), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			rows = append(rows, l)
		}
	}
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
