package gold

import (
	"fmt"
	"io"
	"strings"
)

// TagSentence is one sentence of a column file: tokens with one tag each.
type TagSentence struct {
	Doc    int // index of the document (CoNLL-2003 -DOCSTART-, CoNLL-U-style "# newdoc")
	Tokens []string
	Tags   []string // IOB1 or IOB2 tags as written: O, B-PER, I-LOC …
	// Text is the sentence as written ("# text = " in IOB2 files), or "".
	Text string
}

// ReadCoNLL2003 reads the CoNLL-2003 column format ("word POS chunk NE",
// space-separated, blank line between sentences, -DOCSTART- lines between
// documents). The last column is the tag.
func ReadCoNLL2003(r io.Reader, name string) ([]TagSentence, error) {
	return readColumns(r, name, " ", -1, 0)
}

// ReadIOB2 reads the Universal NER IOB2 files: CoNLL-U-like lines
// "id<TAB>form<TAB>tag<TAB>…", comment lines starting with "#", blank line
// between sentences, "# newdoc" between documents.
func ReadIOB2(r io.Reader, name string) ([]TagSentence, error) {
	return readColumns(r, name, "\t", 2, 1)
}

// readColumns reads one token per line split by sep, taking the tag from
// column tagCol (-1: the last) and the form from formCol.
func readColumns(r io.Reader, name, sep string, tagCol, formCol int) ([]TagSentence, error) {
	var (
		out []TagSentence
		cur TagSentence
		doc int
	)
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = TagSentence{Doc: doc}
	}
	sc := lines(r)
	n := 0
	seenDoc := false
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = trimBOM(line)
		}
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "-DOCSTART-") || strings.HasPrefix(line, "# newdoc") {
			flush()
			if seenDoc || len(out) > 0 {
				doc++
			}
			seenDoc = true
			cur.Doc = doc
			continue
		}
		if strings.HasPrefix(line, "#") && sep == "\t" {
			if t, ok := strings.CutPrefix(line, "# text = "); ok {
				cur.Text = t
			}
			continue
		}
		var f []string
		if sep == " " {
			f = strings.Fields(line)
		} else {
			f = strings.Split(line, sep)
		}
		col := tagCol
		if col < 0 {
			col = len(f) - 1
		}
		if len(f) < 2 || col >= len(f) || formCol >= len(f) {
			return nil, fmt.Errorf("read %s:%d: want a form and a tag column, got %d fields", name, n, len(f))
		}
		tag := f[col]
		if tag != "O" && !(len(tag) > 2 && (tag[:2] == "B-" || tag[:2] == "I-" || tag[:2] == "E-" || tag[:2] == "S-")) {
			return nil, fmt.Errorf("read %s:%d: bad tag %q", name, n, tag)
		}
		cur.Tokens = append(cur.Tokens, f[formCol])
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	flush()
	return out, nil
}

// Chunk is a labelled run of tokens [Start, End) in a sentence.
type Chunk struct {
	Start, End int
	Type       string
}

// Chunks returns the chunks of a tag sequence the way conlleval reads
// them: a chunk starts at B-X, at I-X after a tag of another type or O
// (IOB1), and ends before any tag that does not continue it.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	start, typ := -1, ""
	for i := 0; i <= len(tags); i++ {
		prefix, t := "O", ""
		if i < len(tags) && tags[i] != "O" && len(tags[i]) > 2 {
			prefix, t = tags[i][:1], tags[i][2:]
		}
		if start >= 0 && (prefix == "O" || prefix == "B" || prefix == "S" || t != typ) {
			out = append(out, Chunk{start, i, typ})
			start = -1
		}
		if prefix != "O" && start < 0 {
			start, typ = i, t
		}
		if start >= 0 && (prefix == "E" || prefix == "S") {
			out = append(out, Chunk{start, i + 1, typ})
			start = -1
		}
	}
	return out
}
