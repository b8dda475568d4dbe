package ner

import (
	"os"
	"strings"
	"testing"

	"sitrep/internal/perceptron"
)

// labelSlow labels words as training sees them: every feature looked up
// one by one, without the role cache, the type cache or the prior.
func labelSlow(r *Recognizer, x *extractor, words, pos []string) []int {
	x.prepare(words, pos)
	n := len(r.types)
	scores := make([]int32, n)
	var labels []int
	p1, p2 := -1, -1
	for i := range words {
		r.model.Score(x.features(i, p1, p2, false), scores)
		c := perceptron.Best(scores, r.allowed(p1))
		labels = append(labels, c)
		p1, p2 = c, p1
	}
	return labels
}

// TestTypeCacheSameLabels checks that the cached path gives the labels of
// the uncached one on our news sentences, as written, in capitals and in
// title case, read as one document (so the document's memory counts),
// with the cache kept across sentences and emptied often.
func TestTypeCacheSameLabels(t *testing.T) {
	r, _ := recognizer(t)
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := annotate(t, string(text))
	type sentence struct{ words, pos []string }
	var sentences []sentence
	for _, s := range a.Sentences {
		var plain, upper, title sentence
		for _, tok := range a.Tokens[s.First:s.Last] {
			p := tok.POS.String()
			plain.words = append(plain.words, tok.Text)
			upper.words = append(upper.words, strings.ToUpper(tok.Text))
			title.words = append(title.words, titleCase(tok.Text))
			plain.pos, upper.pos, title.pos = append(plain.pos, p), append(upper.pos, p), append(title.pos, p)
		}
		sentences = append(sentences, plain, upper, title)
	}
	if len(sentences) < 30 {
		t.Fatalf("only %d sentences in testdata/news.txt", len(sentences))
	}
	for _, limit := range []int{maxTypes, 40} {
		x := r.newExtractor()
		x.types.limit = limit
		slow := &extractor{dict: r.dict, gaz: r.gaz}
		for _, s := range sentences {
			got := r.label(x, s.words, s.pos, nil)
			x.remember(got, r.types)
			want := labelSlow(r, slow, s.words, s.pos)
			slow.remember(want, r.types)
			if len(got) != len(want) {
				t.Fatalf("label(%q) gave %d labels, want %d", s.words, len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("limit %d: label(%q)[%d] (%s) = %d, want %d", limit, s.words, i, s.words[i], got[i], want[i])
				}
			}
		}
	}
}
