package ner

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"sitrep/internal/perceptron"
)

// The entity dictionary lists the normalised forms seen at least
// dictMinCount times in training with their ambiguity class: a bit set of
// the entity types (and O) they carried at least dictMinShare of the
// time. It is a gazetteer learned from the training data, and it names
// the frequent words whose role features are cached.
const (
	dictMinCount = 2
	dictMinShare = 0.1
)

// typeBit returns the bit of a BIO label's type: O is bit 0.
func typeBit(label string) int {
	switch {
	case len(label) > 2 && label[2:] == "PER":
		return 1
	case len(label) > 2 && label[2:] == "ORG":
		return 2
	case len(label) > 2 && label[2:] == "LOC":
		return 3
	case len(label) > 2 && label[2:] == "MISC":
		return 4
	}
	return 0
}

// ambClass returns the class of a form with type counts c less minus (may
// be nil), and whether the form is frequent enough to have one.
func ambClass(c, minus *[5]int) (uint64, bool) {
	total := 0
	var n [5]int
	for t := range n {
		n[t] = c[t]
		if minus != nil {
			n[t] -= minus[t]
		}
		total += n[t]
	}
	if total < dictMinCount {
		return 0, false
	}
	var mask uint64
	for t, k := range n {
		if float64(k) >= dictMinShare*float64(total) {
			mask |= 1 << t
		}
	}
	return mask, true
}

// Dictionary section format: "nerdict\n", uvarint count, then per entry in
// form order the form (uvarint length + bytes) and uvarint class.
const dictMagic = "nerdict\n"

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

// readDict reads the dictionary, returning its forms in file order.
func readDict(b []byte) ([]string, map[string]uint64, error) {
	r := bytes.NewReader(b)
	bad := func(err error) ([]string, map[string]uint64, error) {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, nil, fmt.Errorf("read entity dictionary: %w", err)
	}
	m := make([]byte, len(dictMagic))
	if _, err := io.ReadFull(r, m); err != nil || string(m) != dictMagic {
		return bad(errors.Join(err, errors.New("no entity dictionary")))
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return bad(err)
	}
	if n > uint64(len(b)) {
		return bad(errors.New("too many entries"))
	}
	forms := make([]string, 0, n)
	d := make(map[string]uint64, n)
	for range n {
		l, err := binary.ReadUvarint(r)
		if err != nil {
			return bad(err)
		}
		if l > 1<<12 {
			return bad(errors.New("form too long"))
		}
		f := make([]byte, l)
		if _, err := io.ReadFull(r, f); err != nil {
			return bad(err)
		}
		c, err := binary.ReadUvarint(r)
		if err != nil {
			return bad(err)
		}
		forms = append(forms, string(f))
		d[string(f)] = c
	}
	return forms, d, nil
}

// hashDict keys a dictionary by hashed form, without cache entries.
func hashDict(d map[string]uint64) map[uint64]dictEntry {
	h := make(map[uint64]dictEntry, len(d))
	for f, m := range d {
		h[perceptron.String(f)] = dictEntry{amb: m, vec: -1}
	}
	return h
}
