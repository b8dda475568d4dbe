package perceptron

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
)

// Model is a trained classifier: sparse integer weights per feature key.
// It is immutable and safe for concurrent use.
//
// The layout is built for speed, since scoring is nearly all of a
// tagger's time and is bound by cache misses: an open-addressing table
// (linear probing) whose 8-byte slots hold a 32-bit fingerprint of the key
// (0: empty) and the position of the feature's non-zero weights, each
// packed with its class in a uint32 (last<<31 | class<<16 |
// uint16(weight)). A key absent from the model matches another's
// fingerprint in the same probe run with odds of about 1 in 2^32.
type Model struct {
	classes []string
	n       int // len(classes)
	slots   []slot
	shift   uint
	mask    uint64
	entries []uint32
	scale   float32
	nfeat   int
}

type slot struct {
	fp  uint32 // fingerprint of the key; 0 for an empty slot
	off uint32 // first entry
}

const lastEntry = 1 << 31

func fingerprint(k uint64) uint32 { return uint32(k>>32) | 1 }

// Classes returns the class names, indexed by class number.
func (m *Model) Classes() []string { return m.classes }

// Len returns the number of features with weights.
func (m *Model) Len() int { return m.nfeat }

// Scale returns the real weight of one unit of an integer score.
func (m *Model) Scale() float32 { return m.scale }

// newModel makes an empty model with room for nfeat features.
func newModel(classes []string, nfeat int, scale float32) *Model {
	size := 1 << bits.Len(uint(3*nfeat/2+1))
	return &Model{
		classes: classes,
		n:       len(classes),
		slots:   make([]slot, size),
		shift:   uint(64 - bits.Len(uint(size-1))),
		mask:    uint64(size - 1),
		scale:   scale,
	}
}

// add adds feature k with its packed entries.
func (m *Model) add(k uint64, entries []uint32) {
	i := m.slot(k)
	for m.slots[i].fp != 0 {
		i = (i + 1) & m.mask
	}
	if len(entries) == 0 {
		return
	}
	m.slots[i] = slot{fp: fingerprint(k), off: uint32(len(m.entries))}
	m.entries = append(m.entries, entries...)
	m.entries[len(m.entries)-1] |= lastEntry
	m.nfeat++
}

func (m *Model) slot(k uint64) uint64 {
	return (k * 0x9e3779b97f4a7c15) >> m.shift
}

// Score sets scores[c] to the sum of the weights of feats for class c, in
// units of Scale. scores must have one element per class.
func (m *Model) Score(feats []uint64, scores []int32) {
	clear(scores[:m.n])
	m.Add(feats, scores)
}

// Add adds the weights of feats to scores, as Score does.
//
// It works in two passes: the first finds the features' slots, the
// second adds their weights. Each slot is a likely cache miss; loading
// them in a loop of their own, with no work that waits on them, lets the
// processor fetch many at once.
func (m *Model) Add(feats []uint64, scores []int32) {
	scores = scores[:m.n]
	var found [64]uint32
	for len(feats) > 0 {
		batch := feats[:min(len(feats), len(found))]
		feats = feats[len(batch):]
		nf := 0
		for _, k := range batch {
			i, fp := m.slot(k), fingerprint(k)
			for {
				s := m.slots[i]
				if s.fp == fp {
					found[nf] = s.off
					nf++
					break
				}
				if s.fp == 0 {
					break
				}
				i = (i + 1) & m.mask
			}
		}
		for _, off := range found[:nf] {
			for _, e := range m.entries[off:] {
				scores[(e>>16)&0xff] += int32(int16(e))
				if e&lastEntry != 0 {
					break
				}
			}
		}
	}
}

// AddRows adds the weights of each feature feats[j] to row rows[j] of
// scores, a row holding one score per class (scores[rows[j]*n+c] for
// class c of n). It looks up the features of many decisions, such as
// those of every word of a sentence that do not depend on the tags
// before it, in one batch, as Add does those of one.
func (m *Model) AddRows(feats []uint64, rows []int32, scores []int32) {
	n := m.n
	var found, dst [64]uint32
	for len(feats) > 0 {
		batch := feats[:min(len(feats), len(found))]
		feats = feats[len(batch):]
		nf := 0
		for j, k := range batch {
			i, fp := m.slot(k), fingerprint(k)
			for {
				s := m.slots[i]
				if s.fp == fp {
					found[nf], dst[nf] = s.off, uint32(rows[j])*uint32(n)
					nf++
					break
				}
				if s.fp == 0 {
					break
				}
				i = (i + 1) & m.mask
			}
		}
		rows = rows[len(batch):]
		for f, off := range found[:nf] {
			row := scores[dst[f] : dst[f]+uint32(n)]
			for _, e := range m.entries[off:] {
				row[(e>>16)&0xff] += int32(int16(e))
				if e&lastEntry != 0 {
					break
				}
			}
		}
	}
}

// Best returns the highest-scoring class among those allowed (all when
// allowed is nil), given scores from Score. Ties go to the lower class.
func Best(scores []int32, allowed []bool) int {
	best, bestScore := -1, int32(0)
	for c, s := range scores {
		if allowed != nil && !allowed[c] {
			continue
		}
		if best < 0 || s > bestScore {
			best, bestScore = c, s
		}
	}
	return max(best, 0)
}

// File format, inside whatever compression the caller adds:
//
//	magic "sitrep-perceptron-1\n"
//	uvarint number of classes, then each class as uvarint length + bytes
//	float32 scale (little endian)
//	uvarint number of features, then per feature in increasing key order:
//	  uvarint key delta from the previous key, byte k (non-zero weights),
//	  k × (byte class, varint weight) where weight*scale is the real weight.
const magic = "sitrep-perceptron-1\n"

// write writes the model's named weights, quantised to int16 and with
// entries whose quantised value is below minQ dropped.
func write(w io.Writer, classes []string, keys []uint64, weights []float32, minQ int) error {
	bw := bufio.NewWriter(w)
	var buf [binary.MaxVarintLen64]byte
	putU := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	putI := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	bw.WriteString(magic)
	putU(uint64(len(classes)))
	for _, c := range classes {
		putU(uint64(len(c)))
		bw.WriteString(c)
	}
	var maxAbs float64
	for _, x := range weights {
		maxAbs = max(maxAbs, math.Abs(float64(x)))
	}
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	binary.Write(bw, binary.LittleEndian, scale)
	n := len(classes)
	q := make([]int64, n)
	type row struct {
		key uint64
		q   []int64
	}
	var kept []row
	for i, k := range keys {
		nz := 0
		for c := range n {
			v := int64(math.Round(float64(weights[i*n+c] / scale)))
			if v > -int64(minQ) && v < int64(minQ) {
				v = 0
			}
			q[c] = v
			if v != 0 {
				nz++
			}
		}
		if nz > 0 {
			kept = append(kept, row{k, slices.Clone(q)})
		}
	}
	putU(uint64(len(kept)))
	var prev uint64
	for _, r := range kept {
		putU(r.key - prev)
		prev = r.key
		nz := 0
		for _, v := range r.q {
			if v != 0 {
				nz++
			}
		}
		bw.WriteByte(byte(nz))
		for c, v := range r.q {
			if v != 0 {
				bw.WriteByte(byte(c))
				putI(v)
			}
		}
	}
	return bw.Flush()
}

// Decode reads a model written by Trainer.Write from the start of b and
// returns it with the bytes that follow it, so that a caller may store
// more after the model.
func Decode(b []byte) (*Model, []byte, error) {
	c := &cursor{b: b}
	bad := func(what string, err error) (*Model, []byte, error) {
		return nil, nil, fmt.Errorf("read perceptron model: %s: %w", what, err)
	}
	if string(c.bytes(len(magic))) != magic {
		return bad("magic", errors.New("not a perceptron model"))
	}
	nc := c.uvarint()
	if c.err == nil && (nc == 0 || nc > 255) {
		return bad("classes", fmt.Errorf("bad class count %d", nc))
	}
	classes := make([]string, nc)
	for i := range classes {
		l := c.uvarint()
		classes[i] = string(c.bytes(int(min(l, 1<<10))))
	}
	var sb [4]byte
	copy(sb[:], c.bytes(4))
	scale := math.Float32frombits(binary.LittleEndian.Uint32(sb[:]))
	nf := c.uvarint()
	if c.err != nil {
		return bad("header", c.err)
	}
	if nf > uint64(len(c.b)) {
		return bad("feature count", fmt.Errorf("%d features in %d bytes", nf, len(c.b)))
	}
	n := int(nc)
	m := newModel(classes, int(nf), scale)
	// Models hold about 2.8 weights per feature: room for 3 saves the
	// slice's regrowth and copies.
	m.entries = make([]uint32, 0, 3*int(nf))
	var prev uint64
	var entries []uint32
	for i := range int(nf) {
		d := c.uvarint()
		if c.err == nil && (d == 0 && i > 0 || prev+d == 0) {
			return bad("feature key", errors.New("keys not increasing"))
		}
		prev += d
		entries = entries[:0]
		k := c.byte()
		for range k {
			cl := c.byte()
			v := c.varint()
			if c.err != nil {
				break
			}
			if int(cl) >= n {
				return bad("feature weights", fmt.Errorf("class %d out of range", cl))
			}
			if v < math.MinInt16 || v > math.MaxInt16 {
				return bad("feature weights", fmt.Errorf("weight %d out of range", v))
			}
			entries = append(entries, uint32(cl)<<16|uint32(uint16(int16(v))))
		}
		if c.err != nil {
			return bad("features", c.err)
		}
		m.add(prev, entries)
	}
	return m, c.b, nil
}

// cursor reads values from the front of b; after the first failure err
// is set and every read returns zero.
type cursor struct {
	b   []byte
	err error
}

func (c *cursor) fail() {
	if c.err == nil {
		c.err = io.ErrUnexpectedEOF
	}
	c.b = nil
}

func (c *cursor) uvarint() uint64 {
	v, n := binary.Uvarint(c.b)
	if n <= 0 {
		c.fail()
		return 0
	}
	c.b = c.b[n:]
	return v
}

func (c *cursor) varint() int64 {
	v, n := binary.Varint(c.b)
	if n <= 0 {
		c.fail()
		return 0
	}
	c.b = c.b[n:]
	return v
}

func (c *cursor) byte() byte {
	if len(c.b) == 0 {
		c.fail()
		return 0
	}
	v := c.b[0]
	c.b = c.b[1:]
	return v
}

func (c *cursor) bytes(n int) []byte {
	if n < 0 || n > len(c.b) {
		c.fail()
		return nil
	}
	v := c.b[:n]
	c.b = c.b[n:]
	return v
}

// Unpack returns a model file's bytes: b itself, or b decompressed when it
// is gzip-compressed (as model files written before 2026-11-30 were).
// Models are stored uncompressed: their varint weights barely compress,
// and decompressing took a quarter of the load time.
func Unpack(b []byte) ([]byte, error) {
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		return b, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
