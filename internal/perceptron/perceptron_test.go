package perceptron

import (
	"bytes"
	"compress/gzip"
	"testing"
)

// toy is a small problem: the class is named by one of the features, with
// a noise feature shared by all.
var toy = []struct {
	feats []string
	class int
}{
	{[]string{"w=the", "noise"}, 0},
	{[]string{"w=dog", "noise"}, 1},
	{[]string{"w=runs", "noise"}, 2},
	{[]string{"w=a", "noise"}, 0},
	{[]string{"w=cat", "noise"}, 1},
	{[]string{"w=sleeps", "noise"}, 2},
}

func keys(fs []string) []uint64 {
	var k []uint64
	for _, f := range fs {
		k = append(k, Key1(1, String(f)))
	}
	return k
}

// train runs epochs over toy and returns the written model.
func train(t *testing.T, epochs int) []byte {
	t.Helper()
	tr := NewTrainer([]string{"DET", "NOUN", "VERB"})
	scores := make([]int32, 3)
	for range epochs {
		for _, ex := range toy {
			k := keys(ex.feats)
			tr.Score(k, scores)
			tr.Update(k, ex.class, Best(scores, nil))
		}
	}
	var b bytes.Buffer
	if err := tr.Write(&b, 0); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestTrainDecode(t *testing.T) {
	b := train(t, 5)
	m, rest, err := Decode(append(b, "tail"...))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if string(rest) != "tail" {
		t.Errorf("Decode left %q, want %q", rest, "tail")
	}
	if got, want := m.Classes(), []string{"DET", "NOUN", "VERB"}; len(got) != 3 || got[2] != want[2] {
		t.Errorf("Classes() = %v, want %v", got, want)
	}
	scores := make([]int32, 3)
	for _, ex := range toy {
		m.Score(keys(ex.feats), scores)
		if got := Best(scores, nil); got != ex.class {
			t.Errorf("Best(Score(%v)) = %d, want %d", ex.feats, got, ex.class)
		}
	}
	// An unknown feature scores nothing.
	m.Score(keys([]string{"w=unseen"}), scores)
	if scores[0] != 0 || scores[1] != 0 || scores[2] != 0 {
		t.Errorf("Score(unseen) = %v, want zeros", scores)
	}
}

// TestAddRows checks that AddRows gives each row what Add gives its
// features.
func TestAddRows(t *testing.T) {
	m, _, err := Decode(train(t, 5))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	n := len(m.Classes())
	// Enough features to fill more than one batch, rows out of order.
	var feats []uint64
	var rows []int32
	nrows := len(toy)
	for rep := range 20 {
		for r, ex := range toy {
			for _, k := range keys(ex.feats) {
				feats = append(feats, k)
				rows = append(rows, int32((r+rep)%nrows))
			}
		}
	}
	got := make([]int32, nrows*n)
	m.AddRows(feats, rows, got)
	want := make([]int32, nrows*n)
	for j, k := range feats {
		m.Add([]uint64{k}, want[int(rows[j])*n:int(rows[j]+1)*n])
	}
	nonzero := false
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("AddRows: score %d (row %d class %d) = %d, want %d", i, i/n, i%n, got[i], want[i])
		}
		nonzero = nonzero || got[i] != 0
	}
	if !nonzero {
		t.Error("AddRows added nothing")
	}
}

func TestBestAllowed(t *testing.T) {
	scores := []int32{5, 9, 7}
	if got := Best(scores, []bool{true, false, true}); got != 2 {
		t.Errorf("Best with class 1 barred = %d, want 2", got)
	}
	if got := Best([]int32{3, 3}, nil); got != 0 {
		t.Errorf("Best tie = %d, want 0", got)
	}
}

func TestDeterministic(t *testing.T) {
	a, b := train(t, 3), train(t, 3)
	if !bytes.Equal(a, b) {
		t.Error("two identical training runs wrote different models")
	}
}

func TestDecodeCorrupt(t *testing.T) {
	b := train(t, 2)
	for _, n := range []int{0, 5, len(magic), len(magic) + 3, len(b) - 1} {
		if _, _, err := Decode(b[:n]); err == nil {
			t.Errorf("Decode(first %d of %d bytes) = nil error, want one", n, len(b))
		}
	}
	if _, _, err := Decode([]byte("not a model at all, not at all")); err == nil {
		t.Error("Decode(garbage) = nil error, want one")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(magic + "\x01\x01A\x00\x00\x80\x3f\x01\x05\x01\x00\x02"))
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, _, err := Decode(b)
		if err != nil {
			return
		}
		scores := make([]int32, len(m.Classes()))
		m.Score([]uint64{1, 5, 1 << 40}, scores)
	})
}

func TestKeysNonZero(t *testing.T) {
	for i := range uint64(1000) {
		if Key1(uint8(i), i) == 0 || Key2(uint8(i), i, i*7) == 0 {
			t.Fatalf("key 0 for %d", i)
		}
	}
	if Key1(1, 5) == Key1(2, 5) || Key2(1, 5, 6) == Key2(1, 6, 5) {
		t.Error("keys collide across templates or argument order")
	}
}

func TestUnpack(t *testing.T) {
	raw := []byte("PERCEPTRON model bytes")
	got, err := Unpack(raw)
	if err != nil || string(got) != string(raw) {
		t.Fatalf("Unpack(raw) = %q, %v", got, err)
	}
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(raw)
	zw.Close()
	got, err = Unpack(b.Bytes())
	if err != nil || string(got) != string(raw) {
		t.Fatalf("Unpack(gzip) = %q, %v", got, err)
	}
	if _, err := Unpack([]byte{0x1f, 0x8b, 0}); err == nil {
		t.Errorf("Unpack(broken gzip) = nil error")
	}
}
