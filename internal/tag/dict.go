package tag

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"sitrep/internal/perceptron"
)

// A tag dictionary maps a normalised word form to its ambiguity class: a
// bit set of the tags it was seen with in training. The tagger uses the
// classes of a word and its neighbours as features, which is what lets it
// look ahead ("to" before a word that can only be a verb).

// Minimum counts for the dictionary: a form needs dictMinCount tokens, and
// a tag dictMinShare of them, to be listed.
const (
	dictMinCount = 3
	dictMinShare = 0.05
)

// learnDict builds the dictionary from (normalised form → tag counts).
func learnDict(counts map[string][]int) map[string]uint64 {
	d := map[string]uint64{}
	for form, c := range counts {
		if mask, ok := ambClass(c, nil); ok {
			d[form] = mask
		}
	}
	return d
}

// ambClass returns the ambiguity class of a form with tag counts c, less
// the counts in minus when that is not nil, and whether the form is
// frequent enough to have one.
func ambClass(c, minus []int) (uint64, bool) {
	total := 0
	for t, n := range c {
		if minus != nil {
			n -= minus[t]
		}
		total += n
	}
	if total < dictMinCount {
		return 0, false
	}
	var mask uint64
	for t, n := range c {
		if minus != nil {
			n -= minus[t]
		}
		if float64(n) >= dictMinShare*float64(total) {
			mask |= 1 << t
		}
	}
	return mask, true
}

// hashDict keys a dictionary by the hash of the form, as the extractor
// looks it up, without role cache entries.
func hashDict(d map[string]uint64) map[uint64]dictEntry {
	h := make(map[uint64]dictEntry, len(d))
	for f, m := range d {
		h[perceptron.String(f)] = dictEntry{amb: m, vec: -1}
	}
	return h
}

// Dictionary section format: "tagdict\n", uvarint count, then per entry
// in form order the form (uvarint length + bytes) and uvarint mask.
const dictMagic = "tagdict\n"

func writeDict(w io.Writer, d map[string]uint64) error {
	bw := bufio.NewWriter(w)
	var buf [binary.MaxVarintLen64]byte
	putU := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	bw.WriteString(dictMagic)
	putU(uint64(len(d)))
	for _, f := range slices.Sorted(maps.Keys(d)) {
		putU(uint64(len(f)))
		bw.WriteString(f)
		putU(d[f])
	}
	return bw.Flush()
}

// readDict reads the dictionary and returns it keyed by form, in file
// order.
func readDict(r io.ByteReader) ([]string, map[string]uint64, error) {
	bad := func(err error) ([]string, map[string]uint64, error) {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, nil, fmt.Errorf("read tag dictionary: %w", err)
	}
	for i := range len(dictMagic) {
		c, err := r.ReadByte()
		if err != nil {
			return bad(err)
		}
		if c != dictMagic[i] {
			return bad(errors.New("no tag dictionary"))
		}
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return bad(err)
	}
	if n > 1<<22 {
		return bad(errors.New("too many entries"))
	}
	d := make(map[string]uint64, n)
	forms := make([]string, 0, n)
	var b []byte
	for range n {
		l, err := binary.ReadUvarint(r)
		if err != nil {
			return bad(err)
		}
		if l > 1<<12 {
			return bad(errors.New("form too long"))
		}
		b = b[:0]
		for range l {
			c, err := r.ReadByte()
			if err != nil {
				return bad(err)
			}
			b = append(b, c)
		}
		m, err := binary.ReadUvarint(r)
		if err != nil {
			return bad(err)
		}
		d[string(b)] = m
		forms = append(forms, string(b))
	}
	return forms, d, nil
}
