package eval

import (
	"sort"

	"sitrep/internal/eval/gold"
)

// PRF counts matches for precision, recall and F1: Correct predictions
// out of Pred predicted and Gold expected items.
type PRF struct {
	Correct, Pred, Gold int
}

// Add accumulates o into c.
func (c *PRF) Add(o PRF) {
	c.Correct += o.Correct
	c.Pred += o.Pred
	c.Gold += o.Gold
}

// P returns the precision, 0 when nothing was predicted.
func (c PRF) P() float64 { return ratio(c.Correct, c.Pred) }

// R returns the recall, 0 when nothing was expected.
func (c PRF) R() float64 { return ratio(c.Correct, c.Gold) }

// F1 returns the harmonic mean of P and R, 0 when both are 0.
func (c PRF) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Acc counts Correct answers out of N.
type Acc struct {
	Correct, N int
}

// Add accumulates o into a.
func (a *Acc) Add(o Acc) {
	a.Correct += o.Correct
	a.N += o.N
}

// Score records one answer.
func (a *Acc) Score(ok bool) {
	a.N++
	if ok {
		a.Correct++
	}
}

// Value returns the accuracy, 0 when there were no answers.
func (a Acc) Value() float64 { return ratio(a.Correct, a.N) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ExactSpans scores predicted spans against gold spans by exact boundary
// match, each gold span matching at most one prediction.
func ExactSpans(goldSpans, pred []gold.Span) PRF {
	want := map[gold.Span]int{}
	for _, s := range goldSpans {
		want[s]++
	}
	c := PRF{Pred: len(pred), Gold: len(goldSpans)}
	for _, s := range pred {
		if want[s] > 0 {
			want[s]--
			c.Correct++
		}
	}
	return c
}

// MatchOverlap pairs predictions with gold spans that overlap them, one to
// one, preferring exact matches and then the largest overlap. It returns,
// for each gold span, the index of its prediction or -1.
func MatchOverlap(goldSpans, pred []gold.Span) []int {
	type pair struct{ g, p, ov int }
	var pairs []pair
	for gi, g := range goldSpans {
		for pi, p := range pred {
			if !g.Overlaps(p) {
				continue
			}
			ov := min(g.End, p.End) - max(g.Start, p.Start)
			if g == p {
				ov = 1 << 30
			}
			pairs = append(pairs, pair{gi, pi, ov})
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].ov > pairs[j].ov })
	match := make([]int, len(goldSpans))
	for i := range match {
		match[i] = -1
	}
	used := make([]bool, len(pred))
	for _, pr := range pairs {
		if match[pr.g] < 0 && !used[pr.p] {
			match[pr.g] = pr.p
			used[pr.p] = true
		}
	}
	return match
}

// RelaxedSpans scores by one-to-one overlap (the TempEval-3 "relaxed"
// match).
func RelaxedSpans(goldSpans, pred []gold.Span) PRF {
	c := PRF{Pred: len(pred), Gold: len(goldSpans)}
	for _, m := range MatchOverlap(goldSpans, pred) {
		if m >= 0 {
			c.Correct++
		}
	}
	return c
}
