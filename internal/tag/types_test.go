package tag

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"

	"sitrep/internal/perceptron"
)

// tagSlow tags words as training sees them: every feature looked up one
// by one, without the role cache, the type cache or the prior, in one
// pass or two as the model has; a second pass looks again at the words
// Tagger.tag does (a first-pass margin under the gate, or a previous tag
// it changed).
func tagSlow(t *Tagger, words []string) []int {
	x := &extractor{dict: t.dict, lex: t.lex}
	x.prepare(words)
	n := len(t.model.Classes())
	scores := make([]int32, n)
	var first []int
	var margins []int32
	p1, p2 := -1, -1
	for i := range words {
		t.model.Score(x.features(i, p1, p2, false), scores)
		c := perceptron.Best(scores, nil)
		first, margins = append(first, c), append(margins, margin(scores, c))
		p1, p2 = c, p1
	}
	if t.second == nil {
		return first
	}
	var tags []int
	p1, p2 = -1, -1
	for i := range words {
		c := first[i]
		if margins[i] < t.gate || (i > 0 && p1 != first[i-1]) || (i > 1 && p2 != first[i-2]) {
			f := x.rightKeys(x.features(i, p1, p2, false), i, p1, first)
			x.feats = f
			t.second.Score(f, scores)
			c = perceptron.Best(scores, nil)
		}
		tags = append(tags, c)
		p1, p2 = c, p1
	}
	return tags
}

// TestTypeCacheSameTags checks that the cached path gives the tags of the
// uncached one, and the lemmas of the lemmatiser, on our news sentences, as written and in capitals, with
// the cache kept across sentences and emptied often.
func TestTypeCacheSameTags(t *testing.T) {
	expectSameTags(t, tagger(t))
}

// TestTwoPassSameTags does the same for a tagger with a second pass,
// trained briefly on our news sentences as the embedded model tags them.
func TestTwoPassSameTags(t *testing.T) {
	one := tagger(t)
	a := segmented(t)
	var train []Sentence
	for _, s := range a.Sentences {
		var sent Sentence
		for _, tok := range a.Tokens[s.First:s.Last] {
			sent.Words = append(sent.Words, tok.Text)
		}
		sent.Tags = one.Tag(sent.Words)
		train = append(train, sent)
	}
	var b bytes.Buffer
	if _, err := Train(context.Background(), train, nil, TrainOptions{Epochs: 3, TwoPass: true}, &b); err != nil {
		t.Fatalf("Train: %v", err)
	}
	// Every gate: the second pass everywhere, nowhere, and in between.
	for _, gate := range []float32{-1, DefaultGate, 1e-6} {
		two, err := New(Options{Model: b.Bytes(), Gate: gate})
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		if two.second == nil {
			t.Fatal("Train with TwoPass wrote no second pass")
		}
		expectSameTags(t, two)
	}
}

// expectSameTags checks that tg's cached path gives the tags of the
// uncached one, and the lemmas of the lemmatiser, on our news sentences.
func expectSameTags(t *testing.T, tg *Tagger) {
	t.Helper()
	a := segmented(t)
	var sentences [][]string
	for _, s := range a.Sentences {
		var words, upper []string
		for _, tok := range a.Tokens[s.First:s.Last] {
			words = append(words, tok.Text)
			upper = append(upper, strings.ToUpper(tok.Text))
		}
		sentences = append(sentences, words, upper)
	}
	if len(sentences) < 20 {
		t.Fatalf("only %d sentences in testdata/news.txt", len(sentences))
	}
	for _, limit := range []int{maxTypes, 40} {
		x := tg.newExtractor()
		x.types.limit = limit
		for _, words := range sentences {
			got := tg.tag(x, words, nil)
			want := tagSlow(tg, words)
			if len(got) != len(want) {
				t.Fatalf("tag(%q) gave %d tags, want %d", words, len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("limit %d: tag(%q)[%d] (%s) = %d, want %d", limit, words, i, words[i], got[i], want[i])
				}
				// Each word's lemma, then again for the next tag, so the
				// cache sees a word with more than one tag.
				for _, c := range []int{got[i], (got[i] + 1) % len(tg.model.Classes())} {
					if l, wl := x.lemma(tg.lemmas, i, words[i], c), tg.lemmas.lemma(new([]byte), words[i], c); l != wl {
						t.Errorf("lemma(%q, %d) = %q, want %q", words[i], c, l, wl)
					}
				}
			}
		}
	}
}

// TestConcurrentTag checks that goroutines sharing a Tagger, and so its
// idle extractors, get the tags of one goroutine alone.
func TestConcurrentTag(t *testing.T) {
	tg := tagger(t)
	a := segmented(t)
	var want [][]string
	for _, s := range a.Sentences {
		var words []string
		for _, tok := range a.Tokens[s.First:s.Last] {
			words = append(words, tok.Text)
		}
		want = append(want, tg.Tag(words))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Go(func() {
			for k := range len(a.Sentences) {
				si := (k + g*7) % len(a.Sentences)
				s := a.Sentences[si]
				var words []string
				for _, tok := range a.Tokens[s.First:s.Last] {
					words = append(words, tok.Text)
				}
				if got := tg.Tag(words); strings.Join(got, " ") != strings.Join(want[si], " ") {
					errs <- fmt.Sprintf("goroutine %d: Tag(%q) = %v, want %v", g, words, got, want[si])
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// margin returns how far the best score (of class c) is above the next.
func margin(scores []int32, c int) int32 {
	next := int32(math.MinInt32)
	for k, s := range scores {
		if k != c && s > next {
			next = s
		}
	}
	if next == math.MinInt32 {
		return math.MaxInt32
	}
	return scores[c] - next
}
