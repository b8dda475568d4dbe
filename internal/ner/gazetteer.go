package ner

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"sitrep/internal/perceptron"
)

// A gazetteer is a list of place names (built by `sitrep train ner` from
// GeoNames: cities of 15,000 people or more, first-level divisions and
// countries). The recogniser uses it as a feature, never as a verdict: a
// word that starts or continues a listed name gets a feature saying so,
// and the model learned from CoNLL-2003 how much to trust it.
type gazetteer struct {
	names map[uint64]bool  // hashes of normalised names, words joined by one space
	first map[uint64]uint8 // hash of a name's first word → longest name in words
	// bare holds names written with an apostrophe ("Ma'rib", "Sana'a")
	// without it, as reports often write them: the rules' look-ups
	// (refiner.isPlace) accept them, the model's features do not, so
	// that the features stay the ones it was trained with.
	bare map[uint64]bool
}

// apostrophes deletes the apostrophes of a transliterated name.
var apostrophes = strings.NewReplacer("'", "", "’", "", "ʼ", "", "`", "")

// maxGazWords is the longest name matched, in words.
const maxGazWords = 4

func newGazetteer(names []string) *gazetteer {
	g := &gazetteer{names: make(map[uint64]bool, len(names)), first: map[uint64]uint8{}, bare: map[uint64]bool{}}
	var b []byte
	for _, n := range names {
		words := strings.Fields(n)
		if len(words) == 0 || len(words) > maxGazWords {
			continue
		}
		b = b[:0]
		for i, w := range words {
			if i > 0 {
				b = append(b, ' ')
			}
			b = perceptron.AppendNormal(b, w)
		}
		g.names[perceptron.Bytes(b)] = true
		if strings.ContainsAny(n, "'’ʼ`") {
			var bb []byte
			for i, w := range words {
				if i > 0 {
					bb = append(bb, ' ')
				}
				bb = perceptron.AppendNormal(bb, apostrophes.Replace(w))
			}
			g.bare[perceptron.Bytes(bb)] = true
		}
		f := perceptron.Bytes(perceptron.AppendNormal(nil, words[0]))
		g.first[f] = max(g.first[f], uint8(len(words)))
	}
	return g
}

// Gazetteer feature values.
const (
	gazNone = iota
	gazBegin
	gazInside
)

// mark sets the gaz value of each word of the sentence: the longest
// listed name starting at each word, left to right.
func (g *gazetteer) mark(x *extractor, words []string) {
	if g == nil {
		return
	}
	for i := 0; i < len(words); {
		n := int(g.first[x.words[i].norm])
		if n == 0 {
			i++
			continue
		}
		matched := 0
		for k := min(n, len(words)-i); k >= 1; k-- {
			if k == 1 {
				if g.names[x.words[i].norm] {
					matched = 1
				}
				break
			}
			b := x.buf[:0]
			for j := i; j < i+k; j++ {
				if j > i {
					b = append(b, ' ')
				}
				b = perceptron.AppendNormal(b, words[j])
			}
			x.buf = b
			if g.names[perceptron.Bytes(b)] {
				matched = k
				break
			}
		}
		if matched == 0 {
			i++
			continue
		}
		x.words[i].gaz = gazBegin
		for j := i + 1; j < i+matched; j++ {
			x.words[j].gaz = gazInside
		}
		i += matched
	}
}

// Gazetteer section format: "places\n", uvarint count, then each name
// (uvarint length + bytes), sorted.
const gazMagic = "places\n"

func writeGazetteer(w io.Writer, names []string) error {
	bw := bufio.NewWriter(w)
	var buf [binary.MaxVarintLen64]byte
	putU := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	bw.WriteString(gazMagic)
	putU(uint64(len(names)))
	for _, n := range names {
		putU(uint64(len(n)))
		bw.WriteString(n)
	}
	return bw.Flush()
}

// readGazetteer reads the gazetteer section from the front of b and
// returns the rest.
func readGazetteer(b []byte) ([]string, []byte, error) {
	r := bytes.NewReader(b)
	bad := func(err error) ([]string, []byte, error) {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, nil, fmt.Errorf("read gazetteer: %w", err)
	}
	m := make([]byte, len(gazMagic))
	if _, err := io.ReadFull(r, m); err != nil || string(m) != gazMagic {
		return bad(errors.Join(err, errors.New("no gazetteer")))
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return bad(err)
	}
	if n > uint64(len(b)) {
		return bad(errors.New("too many names"))
	}
	names := make([]string, 0, n)
	for range n {
		l, err := binary.ReadUvarint(r)
		if err != nil {
			return bad(err)
		}
		if l > 1<<10 {
			return bad(errors.New("name too long"))
		}
		s := make([]byte, l)
		if _, err := io.ReadFull(r, s); err != nil {
			return bad(err)
		}
		names = append(names, string(s))
	}
	return names, b[len(b)-r.Len():], nil
}

// cleanNames returns the distinct names of up to maxGazWords words with a
// letter, sorted.
func cleanNames(names []string) []string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		n = strings.Join(strings.Fields(n), " ")
		if n == "" || len(strings.Fields(n)) > maxGazWords || !hasLetterOrDigit(n) {
			continue
		}
		out = append(out, n)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
