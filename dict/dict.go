// Package dict holds sitrep's analyst-editable dictionaries and loads them
// into a KB, the knowledge base the actor and place stages resolve against.
//
// In: the tab-separated files embedded from this directory (countries.tsv,
// country-extra.tsv, actors.tsv, sectors.tsv, events.tsv, outlets.tsv),
// plus, optionally, an override directory given with `sitrep extract
// --dict DIR` whose files of the same names add to or replace embedded
// entries. Out: a *KB, immutable and safe
// for concurrent use. The format is documented in docs/dictionaries.md.
//
// A bad line is an error that names its file and line (file:line: what is
// wrong), never a silently skipped entry.
package dict

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed *.tsv
var embedded embed.FS

// Files returns the names of the dictionary files, in the order they are
// read. An override directory may hold any of them and nothing else
// ending in .tsv.
func Files() []string {
	return []string{"countries.tsv", "country-extra.tsv", "actors.tsv", "sectors.tsv", "events.tsv", "outlets.tsv"}
}

// Error is a bad dictionary line.
type Error struct {
	File string // the file's path, "dict/NAME" for an embedded file
	Line int    // 1-based line number, 0 for the file as a whole
	Msg  string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// KB is the loaded knowledge base. It is immutable after Load and safe for
// concurrent use; the slices inside the values it returns must not be
// modified.
type KB struct {
	countries []Country      // sorted by ISO3
	byISO3    map[string]int // index into countries
	byISO2    map[string]int
	byName    map[string]int // Key(name or alias)
	byDemonym map[string]int // Key(demonym)
	byCapital map[string]int // Key(capital, capital alias or seat)

	actors  []Entry
	actorID map[string]int
	sectors []SectorWord
	// patterns are the event patterns of events.tsv.
	patterns []Pattern
	// outlets are the news outlets of outlets.tsv; outletBy indexes them
	// by OutletKey.
	outlets  []Outlet
	outletBy map[string]int
	// Version describes what was loaded: "embedded" or "embedded+DIR".
	Version string
}

// Load reads the embedded dictionaries and then, when dir is not empty,
// the files of the same names in dir, which add entries or replace
// embedded ones with the same key (docs/dictionaries.md says how).
func Load(dir string) (*KB, error) {
	b := newBuilder()
	for _, name := range Files() {
		data, err := embedded.ReadFile(name)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			return nil, fmt.Errorf("read embedded %s: %w", name, err)
		}
		if err := b.read("dict/"+name, name, string(data), false); err != nil {
			return nil, err
		}
	}
	version := "embedded"
	if dir != "" {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("read dictionary dir: %w", err)
		}
		known := map[string]bool{}
		for _, n := range Files() {
			known[n] = true
		}
		for _, e := range entries {
			if !e.IsDir() && strings.HasSuffix(e.Name(), ".tsv") && !known[e.Name()] {
				return nil, &Error{File: filepath.Join(dir, e.Name()), Msg: fmt.Sprintf("unknown dictionary file (want one of %s)", strings.Join(Files(), ", "))}
			}
		}
		for _, name := range Files() {
			path := filepath.Join(dir, name)
			data, err := os.ReadFile(path)
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("read dictionary: %w", err)
			}
			if err := b.read(path, name, string(data), true); err != nil {
				return nil, err
			}
		}
		version = "embedded+" + dir
	}
	kb, err := b.build()
	if err != nil {
		return nil, err
	}
	kb.Version = version
	return kb, nil
}

// builder collects dictionary lines before the KB is indexed.
type builder struct {
	countries map[string]*Country
	extras    []extraLine
	actors    map[string][]Entry // by id, periods in file order
	actorSeq  []string           // ids in first-seen order
	sectors   []SectorWord
	patterns  []Pattern
	patternAt map[string]int // index into patterns by id
	outlets   []Outlet
	outletAt  map[string]int // index into outlets by id
}

func newBuilder() *builder {
	return &builder{
		countries: map[string]*Country{},
		actors:    map[string][]Entry{},
	}
}

// read parses one file; override is true for a file from the --dict directory.
func (b *builder) read(path, name, data string, override bool) error {
	var parse func(ln line) error
	switch name {
	case "countries.tsv":
		parse = b.countryLine
	case "country-extra.tsv":
		parse = b.extraLine
	case "actors.tsv":
		seen := map[string]bool{} // ids this file has replaced already
		parse = func(ln line) error { return b.actorLine(ln, override, seen) }
	case "sectors.tsv":
		parse = b.sectorLine
	case "events.tsv":
		parse = b.patternLine
	case "outlets.tsv":
		parse = b.outletLine
	default:
		return &Error{File: path, Msg: "unknown dictionary file"}
	}
	for i, raw := range strings.Split(data, "\n") {
		raw = strings.TrimRight(raw, "\r")
		if strings.TrimSpace(raw) == "" || strings.HasPrefix(strings.TrimSpace(raw), "#") {
			continue
		}
		ln := line{file: path, num: i + 1, fields: strings.Split(raw, "\t")}
		for j := range ln.fields {
			ln.fields[j] = strings.TrimSpace(ln.fields[j])
		}
		if err := parse(ln); err != nil {
			return err
		}
	}
	return nil
}

// line is one non-comment dictionary line split at tabs.
type line struct {
	file   string
	num    int
	fields []string
}

func (l line) errorf(format string, args ...any) error {
	return &Error{File: l.file, Line: l.num, Msg: fmt.Sprintf(format, args...)}
}

// want checks that l has between min and max fields.
func (l line) want(min, max int, columns string) error {
	if n := len(l.fields); n < min || n > max {
		return l.errorf("want %d tab-separated fields (%s), got %d", max, columns, n)
	}
	return nil
}

// field returns field i, or "" past the end.
func (l line) field(i int) string {
	if i < len(l.fields) {
		return l.fields[i]
	}
	return ""
}

// list splits a |-separated field, dropping empty values.
func list(s string) []string {
	if s == "" || s == "-" {
		return nil
	}
	var out []string
	for _, v := range strings.Split(s, "|") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

func (b *builder) build() (*KB, error) {
	kb := &KB{
		byISO3: map[string]int{}, byISO2: map[string]int{}, byName: map[string]int{},
		byDemonym: map[string]int{}, byCapital: map[string]int{}, actorID: map[string]int{},
	}
	for _, x := range b.extras {
		c, ok := b.countries[x.iso3]
		if !ok {
			return nil, x.line.errorf("unknown country %q (not in countries.tsv)", x.iso3)
		}
		x.apply(c)
	}
	codes := make([]string, 0, len(b.countries))
	for code := range b.countries {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	for _, code := range codes {
		kb.countries = append(kb.countries, *b.countries[code])
	}
	for i, c := range kb.countries {
		kb.byISO3[c.ISO3] = i
		if c.ISO2 != "" {
			kb.byISO2[c.ISO2] = i
		}
		addKey(kb.byName, c.Name, i)
		for _, s := range c.Aliases {
			addKey(kb.byName, s, i)
		}
		for _, s := range c.Demonyms {
			addKey(kb.byDemonym, s, i)
		}
		for _, s := range c.Capitals() {
			addKey(kb.byCapital, s, i)
		}
	}
	if err := b.buildActors(kb); err != nil {
		return nil, err
	}
	b.buildSectors(kb)
	b.buildOutlets(kb)
	kb.patterns = b.patterns
	return kb, nil
}

// addKey indexes s for country i unless an earlier country has the key:
// the first country in ISO3 order keeps an ambiguous name.
func addKey(m map[string]int, s string, i int) {
	k := Key(s)
	if k == "" {
		return
	}
	if _, ok := m[k]; !ok {
		m[k] = i
	}
}
