package ner

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// tiny is a hand-made training corpus for the determinism test.
func tiny() []Sentence {
	mk := func(words, pos, labels string) Sentence {
		return Sentence{Words: strings.Fields(words), POS: strings.Fields(pos), Labels: strings.Fields(labels)}
	}
	return []Sentence{
		mk("Imran Khan visited Lahore .", "PROPN PROPN VERB PROPN PUNCT", "B-PER I-PER O B-LOC O"),
		mk("The Foreign Office said Pakistan wanted peace .", "DET PROPN PROPN VERB PROPN VERB NOUN PUNCT", "O B-ORG I-ORG O B-LOC O O O"),
		mk("Afghan officials met in Kabul .", "ADJ NOUN VERB ADP PROPN PUNCT", "B-MISC O O O B-LOC O"),
		mk("Maryam Nawaz spoke in Lahore .", "PROPN PROPN VERB ADP PROPN PUNCT", "B-PER I-PER O O B-LOC O"),
	}
}

func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	dev := []DevSet{{Name: "tiny", Sentences: tiny(), Types: []string{"PER", "ORG", "LOC"}}}
	ra, err := Train(context.Background(), tiny(), dev, TrainOptions{Epochs: 4}, &a)
	if err != nil {
		t.Fatalf("Train: %v", err)
	}
	if _, err := Train(context.Background(), tiny(), nil, TrainOptions{Epochs: 4}, &b); err != nil {
		t.Fatalf("Train: %v", err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two training runs on the same data wrote different models")
	}
	if f1 := ra.Dev[0].F1; f1 < 0.9 {
		t.Errorf("F1 on the training data = %.2f, want >= 0.9", f1)
	}
}

func TestTrainBadLabel(t *testing.T) {
	s := tiny()
	s[0].Labels[0] = "PERSON"
	if _, err := Train(context.Background(), s, nil, TrainOptions{Epochs: 1}, &bytes.Buffer{}); err == nil {
		t.Error("Train with label PERSON: nil error, want one")
	}
}

func TestNewBadModel(t *testing.T) {
	for _, b := range [][]byte{[]byte("junk"), {}, embedded[:len(embedded)/2]} {
		if _, err := New(Options{Model: b}); err == nil {
			t.Errorf("New(%d bytes of junk) = nil error, want one", len(b))
		}
	}
}
