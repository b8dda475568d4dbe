package perceptron

import (
	"io"
	"slices"
)

// Trainer learns an averaged perceptron (Collins 2002) one decision at a
// time. Averaging uses the lazy form w_avg = w - u/c, where u accumulates
// c times every update made at step c, so an update costs O(classes).
// Training is deterministic: the result depends only on the sequence of
// calls.
type Trainer struct {
	classes []string
	n       int
	index   map[uint64]int // feature key → row offset in w and u
	keys    []uint64       // row → key
	w       []int32
	u       []float64
	c       float64 // decisions seen, starting at 1
}

// NewTrainer returns a trainer for the given classes (at most 255).
func NewTrainer(classes []string) *Trainer {
	if len(classes) == 0 || len(classes) > 255 {
		panic("perceptron: need 1 to 255 classes")
	}
	return &Trainer{classes: slices.Clone(classes), n: len(classes), index: map[uint64]int{}, c: 1}
}

// Classes returns the class names.
func (t *Trainer) Classes() []string { return t.classes }

// Score sets scores to the current (not averaged) class scores of feats.
// Weights are whole numbers while training, so they fit an int32.
func (t *Trainer) Score(feats []uint64, scores []int32) {
	scores = scores[:t.n]
	clear(scores)
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for c, x := range t.w[r : r+t.n] {
			scores[c] += x
		}
	}
}

// Update moves the weights of feats towards gold and away from guess, then
// counts one decision. Call it for every decision, right or wrong.
func (t *Trainer) Update(feats []uint64, gold, guess int) {
	if gold != guess {
		for _, f := range feats {
			r, ok := t.index[f]
			if !ok {
				r = len(t.w)
				t.index[f] = r
				t.keys = append(t.keys, f)
				t.w = append(t.w, make([]int32, t.n)...)
				t.u = append(t.u, make([]float64, t.n)...)
			}
			t.w[r+gold]++
			t.u[r+gold] += t.c
			t.w[r+guess]--
			t.u[r+guess] -= t.c
		}
	}
	t.c++
}

// averaged returns the sorted keys and averaged weights.
func (t *Trainer) averaged() ([]uint64, []float32) {
	keys := slices.Clone(t.keys)
	slices.Sort(keys)
	w := make([]float32, len(keys)*t.n)
	for i, k := range keys {
		r := t.index[k]
		for c := range t.n {
			w[i*t.n+c] = float32(float64(t.w[r+c]) - t.u[r+c]/t.c)
		}
	}
	return keys, w
}

// Write writes the averaged model in the format Decode reads. Weights whose
// quantised magnitude is below minQ (of 32767 for the largest weight) are
// dropped, and features left with none; minQ 0 or 1 keeps everything.
func (t *Trainer) Write(w io.Writer, minQ int) error {
	keys, ws := t.averaged()
	return write(w, t.classes, keys, ws, minQ)
}
