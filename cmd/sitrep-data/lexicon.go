package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// Versions of the npm packages the word lexicon is built from.
const (
	brillVersion       = "3.1.0" // brill: Brill tagger lexicon, word → Penn Treebank tags (MIT)
	winkLexiconVersion = "2.2.0" // wink-lexicon: WordNet 3.x words and senses (MIT; WordNet licence)
)

// lexiconDump is what dumpLexicon's node script prints.
type lexiconDump struct {
	// Brill maps a word, as cased in the lexicon, to its Penn Treebank
	// tags, most frequent first.
	Brill map[string][]string `json:"brill"`
	// WordNet maps a lower-case lemma to its lexicographer files
	// ("noun.person", "verb.motion").
	WordNet map[string][]string `json:"wordnet"`
	// Exceptions maps noun, verb and adj to WordNet's irregular
	// inflections: form → lemma.
	Exceptions map[string]map[string]string `json:"exceptions"`
}

// dumpScript prints the two packages' data as one JSON object. brill is an
// ES module; wink-lexicon's files are CommonJS.
const dumpScript = `
import {createRequire} from 'node:module';
const [brillDir, winkDir] = process.argv.slice(1);
const {brill} = await import(brillDir + '/index.js');
const require = createRequire(winkDir + '/');
const words = require(winkDir + '/src/wn-words.js');
const wordSenses = require(winkDir + '/src/wn-word-senses.js');
const senses = require(winkDir + '/src/wn-senses.js');
const wordnet = {};
for (const w in words) wordnet[w] = wordSenses[words[w]].map(i => senses[i]);
const exceptions = {
  noun: require(winkDir + '/src/wn-noun-exceptions.js'),
  verb: require(winkDir + '/src/wn-verb-exceptions.js'),
  adj: require(winkDir + '/src/wn-adjective-exceptions.js'),
};
process.stdout.write(JSON.stringify({brill, wordnet, exceptions}));
`

// buildLexicon fetches the packages (or reads them from from/brill and
// from/wink-lexicon) and writes the gzipped lexicon table to out.
func buildLexicon(from, out string, stdout io.Writer) error {
	dirs, cleanup, err := packageDirs(from, []string{"brill", "wink-lexicon"},
		[]string{"brill@" + brillVersion, "wink-lexicon@" + winkLexiconVersion})
	if err != nil {
		return err
	}
	defer cleanup()
	d, err := dumpLexicon(dirs[0], dirs[1])
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err := writeLexicon(zw, d); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write lexicon: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %s\n", out)
	return nil
}

// dumpLexicon runs node over the unpacked packages.
func dumpLexicon(brillDir, winkDir string) (*lexiconDump, error) {
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			return p
		}
		return a
	}
	cmd := exec.Command("node", "--input-type=module", "-e", dumpScript, abs(brillDir), abs(winkDir))
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("read lexicon packages with node: %w", err)
	}
	var d lexiconDump
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("read lexicon packages: %w", err)
	}
	if len(d.Brill) == 0 || len(d.WordNet) == 0 {
		return nil, fmt.Errorf("read lexicon packages: empty lexicon")
	}
	return &d, nil
}

// writeLexicon writes one line per word, sorted: the word; its Penn
// Treebank tags from the Brill lexicon, most frequent first ("-": none);
// the parts of speech WordNet has the word as a lemma in (adj, adv, noun,
// verb; "-": none); and those it is an irregular inflection in ("-":
// none). Brill's words keep their case; WordNet's are lower case.
func writeLexicon(w io.Writer, d *lexiconDump) error {
	type row struct{ ptb, wn, exc []string }
	rows := map[string]*row{}
	get := func(word string) *row {
		r := rows[word]
		if r == nil {
			r = &row{}
			rows[word] = r
		}
		return r
	}
	for word, tags := range d.Brill {
		if clean(word) != word || word == "" {
			continue
		}
		var ptb []string
		for _, t := range tags {
			// "JJ|IN" marks a word whose tag the corpus left open: both count.
			for _, p := range strings.Split(t, "|") {
				if p != "" && !slices.Contains(ptb, p) {
					ptb = append(ptb, p)
				}
			}
		}
		get(word).ptb = ptb
	}
	for word, files := range d.WordNet {
		if clean(word) != word || word == "" || strings.ContainsAny(word, " _") {
			continue
		}
		r := get(word)
		for _, f := range files {
			pos, _, _ := strings.Cut(f, ".")
			if !slices.Contains(r.wn, pos) {
				r.wn = append(r.wn, pos)
			}
		}
		slices.Sort(r.wn)
	}
	for pos, forms := range d.Exceptions {
		for form := range forms {
			if clean(form) != form || form == "" || strings.ContainsAny(form, " _") {
				continue
			}
			r := get(form)
			if !slices.Contains(r.exc, pos) {
				r.exc = append(r.exc, pos)
				slices.Sort(r.exc)
			}
		}
	}
	words := make([]string, 0, len(rows))
	for word := range rows {
		words = append(words, word)
	}
	slices.Sort(words)
	field := func(s []string) string {
		if len(s) == 0 {
			return "-"
		}
		return strings.Join(s, " ")
	}
	fmt.Fprintf(w, "# Generated by `go run ./cmd/sitrep-data lexicon` from the npm packages brill %s\n", brillVersion)
	fmt.Fprintf(w, "# (MIT; Brill tagger lexicon) and wink-lexicon %s (MIT; WordNet 3 data, WordNet licence,\n", winkLexiconVersion)
	fmt.Fprintf(w, "# Princeton University). Do not edit.\n")
	fmt.Fprintf(w, "# word\tptb tags\twordnet lemma pos\twordnet irregular inflection pos\n")
	for _, word := range words {
		r := rows[word]
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", word, field(r.ptb), field(r.wn), field(r.exc)); err != nil {
			return err
		}
	}
	return nil
}
