package eval

import (
	"math"
	"reflect"
	"testing"

	"sitrep/internal/eval/gold"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func sp(s, e int) gold.Span { return gold.Span{Start: s, End: e} }

func TestPRF(t *testing.T) {
	tests := []struct {
		c       PRF
		p, r, f float64
	}{
		{PRF{Correct: 3, Pred: 4, Gold: 6}, 0.75, 0.5, 0.6},
		{PRF{Correct: 2, Pred: 2, Gold: 2}, 1, 1, 1},
		{PRF{Correct: 0, Pred: 0, Gold: 5}, 0, 0, 0},
		{PRF{}, 0, 0, 0},
	}
	for _, tt := range tests {
		if !near(tt.c.P(), tt.p) || !near(tt.c.R(), tt.r) || !near(tt.c.F1(), tt.f) {
			t.Errorf("%+v: P,R,F1 = %v,%v,%v, want %v,%v,%v", tt.c, tt.c.P(), tt.c.R(), tt.c.F1(), tt.p, tt.r, tt.f)
		}
	}
	var a Acc
	a.Score(true)
	a.Score(false)
	a.Score(true)
	a.Score(true)
	if a.Value() != 0.75 || (Acc{}).Value() != 0 {
		t.Errorf("Acc = %v, want 0.75", a.Value())
	}
}

func TestExactAndRelaxedSpans(t *testing.T) {
	want := []gold.Span{sp(0, 5), sp(10, 20), sp(30, 35)}
	got := []gold.Span{sp(0, 5), sp(12, 20), sp(13, 15), sp(40, 41)}
	if c := ExactSpans(want, got); c != (PRF{Correct: 1, Pred: 4, Gold: 3}) {
		t.Errorf("ExactSpans = %+v, want 1 of 4 predicted, 3 gold", c)
	}
	// (12,20) and (13,15) both overlap (10,20); only one may match it.
	if c := RelaxedSpans(want, got); c != (PRF{Correct: 2, Pred: 4, Gold: 3}) {
		t.Errorf("RelaxedSpans = %+v, want 2 of 4 predicted, 3 gold", c)
	}
	if m := MatchOverlap(want, got); !reflect.DeepEqual(m, []int{0, 1, -1}) {
		t.Errorf("MatchOverlap = %v, want [0 1 -1] (largest overlap wins)", m)
	}
	// Duplicated predictions of one gold span count once.
	if c := ExactSpans([]gold.Span{sp(1, 2)}, []gold.Span{sp(1, 2), sp(1, 2)}); c.Correct != 1 || c.P() != 0.5 {
		t.Errorf("ExactSpans with duplicates = %+v", c)
	}
}

func TestSample(t *testing.T) {
	if got := sample(10, 4); !reflect.DeepEqual(got, []int{0, 2, 5, 7}) {
		t.Errorf("sample(10, 4) = %v", got)
	}
	if got := sample(3, 0); !reflect.DeepEqual(got, []int{0, 1, 2}) {
		t.Errorf("sample(3, 0) = %v", got)
	}
	if got := sample(3, 9); len(got) != 3 {
		t.Errorf("sample(3, 9) = %v", got)
	}
}

func TestFloors(t *testing.T) {
	res := []*Result{{Metrics: []Metric{
		{Key: "a", Value: 0.80, N: 100},
		{Key: "b", Value: 0.50, N: 100},
		{Key: "e", Value: 0.50, N: 8},
		{Key: "c", Value: 0.90, N: 0},
		{Key: "d", Value: 0.90, N: 5, NoFloor: true},
	}}}
	f := Floors{"a": 0.70, "b": 0.60}
	below := Below(res, f)
	if len(below) != 1 || below[0][:1] != "b" {
		t.Errorf("Below = %q, want only b", below)
	}
	up := RaiseFloors(f, res, 0.02)
	if !near(up["a"], 0.78) || !near(up["b"], 0.60) {
		t.Errorf("RaiseFloors = %v, want a raised to 0.78, b kept at 0.60 (never lowered)", up)
	}
	// Over 40 items, two items are 5 points: more than the margin.
	small := RaiseFloors(Floors{}, []*Result{{Metrics: []Metric{{Key: "s", Value: 0.9, N: 40}}}}, 0.02)
	if !near(small["s"], 0.85) {
		t.Errorf("RaiseFloors over 40 items = %v, want 0.85", small["s"])
	}
	if _, ok := up["c"]; ok {
		t.Errorf("RaiseFloors set a floor for a metric over no gold items")
	}
	if _, ok := up["e"]; ok {
		t.Errorf("RaiseFloors set a floor for a metric over 8 gold items")
	}
	if _, ok := up["d"]; ok {
		t.Errorf("RaiseFloors set a floor for a NoFloor metric")
	}
}
