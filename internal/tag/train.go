package tag

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"sitrep/internal/perceptron"
)

// Sentence is one training or test sentence in CoNLL-U: words with their
// UPOS tags and lemmas.
type Sentence struct {
	Words, Tags, Lemmas []string
}

// ReadCoNLLU reads the sentences of a CoNLL-U file. Multi-word token lines
// (1-2) and empty nodes (1.1) are skipped: the syntactic words are kept.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" {
			if len(cur.Words) > 0 {
				out = append(out, cur)
				cur = Sentence{}
			}
			continue
		}
		if t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < 4 {
			return nil, fmt.Errorf("read conllu: line %d: %d fields, want 10", line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		cur.Words = append(cur.Words, f[1])
		cur.Lemmas = append(cur.Lemmas, f[2])
		cur.Tags = append(cur.Tags, f[3])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conllu: %w", err)
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// TrainOptions configures Train. The zero value trains with the defaults.
type TrainOptions struct {
	// Epochs is the number of passes over the training data (default 12).
	Epochs int
	// Seed fixes the shuffling and augmentation (default 1).
	Seed uint64
	// CapsRate is the share of training sentences also presented in
	// capitals, so that headlines tag well (default 0.05; negative: none).
	CapsRate float64
	// MinQ drops quantised weights below it (default 600 of 32767: the
	// two-pass model with Brown keeps its dev accuracy with half its
	// features (about 140,000), loading and tagging faster).
	MinQ int
	// TwoPass also trains a second pass (twopass.go).
	TwoPass bool
	// Extra holds sentences from other annotated text (ReadBrown), mixed
	// into the first pass's training (and into the jackknife's models that
	// tag the second pass's training data): each epoch a share ExtraRate
	// of them (default 0.3), drawn anew. They add examples of words the
	// main data lacks; the tag dictionary, the lemmas and the second pass
	// come from train alone, so that its conventions win.
	Extra     []Sentence
	ExtraRate float64
	// Log, when set, receives progress lines.
	Log io.Writer
}

// TrainReport says what Train did.
type TrainReport struct {
	Sentences, Words int
	Extra            int     // extra sentences (TrainOptions.Extra) with known tags
	Features         int     // features kept in the model
	DevAccuracy      float64 // on the dev sentences, when given
	DevWords         int
}

// Train learns a tagger and lemma table from train, checks it on dev
// (optional) and writes the model file to out. It is deterministic: the
// same data and options give the same bytes.
func Train(ctx context.Context, train, dev []Sentence, opts TrainOptions, out io.Writer) (TrainReport, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 12
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	if opts.CapsRate == 0 {
		opts.CapsRate = 0.05
	}
	if opts.MinQ == 0 {
		opts.MinQ = 600
	}
	logf := func(format string, args ...any) {
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, format+"\n", args...)
		}
	}
	var rep TrainReport
	if len(train) == 0 {
		return rep, fmt.Errorf("train pos: no training sentences")
	}
	// Classes in sorted order, so that the model does not depend on the
	// order of the data.
	seen := map[string]bool{}
	lemmaCounts := map[lemmaExample]int{}
	for _, s := range train {
		for _, t := range s.Tags {
			seen[t] = true
		}
	}
	classes := make([]string, 0, len(seen))
	for t := range seen {
		classes = append(classes, t)
	}
	slices.Sort(classes)
	if len(classes) > 60 {
		return rep, fmt.Errorf("train pos: %d tags, at most 60 supported", len(classes))
	}
	num := map[string]int{}
	for i, c := range classes {
		num[c] = i
	}
	dictCounts := map[string][]int{}
	var nb []byte
	for _, s := range train {
		for j, w := range s.Words {
			nb = perceptron.AppendNormal(nb[:0], w)
			c := dictCounts[string(nb)]
			if c == nil {
				c = make([]int, len(classes))
				dictCounts[string(nb)] = c
			}
			c[num[s.Tags[j]]]++
		}
	}
	dict := learnDict(dictCounts)
	gold := make([][]int, len(train))
	for i, s := range train {
		rep.Sentences++
		rep.Words += len(s.Words)
		gold[i] = make([]int, len(s.Tags))
		for j, t := range s.Tags {
			gold[i][j] = num[t]
			if j < len(s.Lemmas) && s.Lemmas[j] != "_" {
				lemmaCounts[lemmaExample{lower(s.Words[j]), num[t], lower(s.Lemmas[j])}]++
			}
		}
	}

	lex, err := embeddedLexicon()
	if err != nil {
		return rep, err
	}
	x := &extractor{dict: hashDict(dict), lex: lex}
	all := make([]int, len(train))
	for i := range all {
		all[i] = i
	}
	nTrain := len(train)
	if len(opts.Extra) > 0 {
		if opts.ExtraRate == 0 {
			opts.ExtraRate = 0.3
		}
		sents := slices.Clip(train)
	extra:
		for _, s := range opts.Extra {
			g := make([]int, len(s.Tags))
			for j, t := range s.Tags {
				c, ok := num[t]
				if !ok {
					continue extra
				}
				g[j] = c
			}
			sents = append(sents, s)
			gold = append(gold, g)
		}
		rep.Extra = len(sents) - nTrain
		train = sents
	}
	x.nTrain = nTrain
	tr, err := trainPass(ctx, x, train, all, gold, nil, dictCounts, classes, opts, opts.Seed, logf)
	if err != nil {
		return rep, err
	}
	var tr2 *perceptron.Trainer
	if opts.TwoPass {
		first, err := jackknife(ctx, x, train, gold, dictCounts, classes, opts, logf)
		if err != nil {
			return rep, err
		}
		logf("second pass")
		if tr2, err = trainPass(ctx, x, train, all, gold, first, dictCounts, classes, opts, opts.Seed, logf); err != nil {
			return rep, err
		}
	}

	lem := learnLemmas(lemmaCounts)
	var buf bytes.Buffer
	zw := &buf // stored uncompressed: see perceptron.Unpack
	if err := tr.Write(zw, opts.MinQ); err != nil {
		return rep, fmt.Errorf("write pos model: %w", err)
	}
	if err := writeLemmas(zw, lem, classes); err != nil {
		return rep, fmt.Errorf("write lemma table: %w", err)
	}
	if err := writeDict(zw, dict); err != nil {
		return rep, fmt.Errorf("write tag dictionary: %w", err)
	}
	if tr2 != nil {
		if err := tr2.Write(zw, opts.MinQ); err != nil {
			return rep, fmt.Errorf("write second pos model: %w", err)
		}
	}
	// Check the written model, as it will be loaded.
	t, err := New(Options{Model: buf.Bytes()})
	if err != nil {
		return rep, err
	}
	rep.Features = t.model.Len()
	if len(dev) > 0 {
		rep.DevAccuracy, rep.DevWords = t.Accuracy(dev)
		logf("dev accuracy %.4f over %d words", rep.DevAccuracy, rep.DevWords)
	}
	if _, err := out.Write(buf.Bytes()); err != nil {
		return rep, fmt.Errorf("write pos model: %w", err)
	}
	return rep, nil
}

// trainPass trains a model on the sentences idx of train, in an order
// that seed shuffles each epoch. With first set (first-pass tags by
// sentence), it trains a second pass.
func trainPass(ctx context.Context, x *extractor, train []Sentence, idx []int, gold, first [][]int, counts map[string][]int, classes []string, opts TrainOptions, seed uint64, logf func(string, ...any)) (*perceptron.Trainer, error) {
	tr := perceptron.NewTrainer(classes)
	scores := make([]int32, len(classes))
	order := slices.Clone(idx)
	for epoch := range opts.Epochs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng := rand.New(rand.NewPCG(seed, uint64(epoch)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		epochOrder := order
		if first == nil && x.nTrain > 0 && len(train) > x.nTrain {
			// Draw this epoch's extra sentences and mix them in.
			epochOrder = slices.Clone(order)
			for i := x.nTrain; i < len(train); i++ {
				if rng.Float64() < opts.ExtraRate {
					epochOrder = append(epochOrder, i)
				}
			}
			rng.Shuffle(len(epochOrder), func(i, j int) { epochOrder[i], epochOrder[j] = epochOrder[j], epochOrder[i] })
		}
		right, total := 0, 0
		for _, si := range epochOrder {
			words := train[si].Words
			if opts.CapsRate > 0 && rng.Float64() < opts.CapsRate {
				words = upper(words)
			}
			x.prepare(words)
			if x.nTrain == 0 || si < x.nTrain {
				// An extra sentence is not in the counts: prepare's
				// dictionary classes are already the held-out ones.
				leaveOneOut(x, train[si].Words, gold[si], counts, len(classes))
			}
			p1, p2 := -1, -1
			for i := range words {
				f := x.features(i, p1, p2, false)
				if first != nil {
					f = x.rightKeys(f, i, p1, first[si])
					x.feats = f
				}
				tr.Score(f, scores)
				guess := perceptron.Best(scores, nil)
				g := gold[si][i]
				tr.Update(f, g, guess)
				if guess == g {
					right++
				}
				total++
				p1, p2 = guess, p1
			}
		}
		logf("epoch %d: train accuracy %.4f", epoch+1, float64(right)/float64(total))
	}
	return tr, nil
}

// folds is the number of parts jackknife splits the training data into.
const folds = 4

// jackknife returns first-pass tags for every sentence of the main
// training data, each from a model trained on the other parts of it (and
// on extra sentences, drawn as for the first pass).
func jackknife(ctx context.Context, x *extractor, train []Sentence, gold [][]int, counts map[string][]int, classes []string, opts TrainOptions, logf func(string, ...any)) ([][]int, error) {
	n := len(train)
	if x.nTrain > 0 {
		n = min(n, x.nTrain)
	}
	first := make([][]int, n)
	quiet := func(string, ...any) {}
	for k := range folds {
		var in []int
		for i := range n {
			if i%folds != k {
				in = append(in, i)
			}
		}
		tr, err := trainPass(ctx, x, train, in, gold, nil, counts, classes, opts, opts.Seed+1+uint64(k), quiet)
		if err != nil {
			return nil, err
		}
		var b bytes.Buffer
		if err := tr.Write(&b, opts.MinQ); err != nil {
			return nil, fmt.Errorf("write fold model: %w", err)
		}
		m, _, err := perceptron.Decode(b.Bytes())
		if err != nil {
			return nil, err
		}
		right, total := 0, 0
		for i := k; i < n; i += folds {
			x.prepare(train[i].Words)
			leaveOneOut(x, train[i].Words, gold[i], counts, len(classes))
			first[i] = tagWith(m, x, nil, nil)
			for j, c := range first[i] {
				if c == gold[i][j] {
					right++
				}
				total++
			}
		}
		logf("fold %d: held-out accuracy %.4f", k+1, float64(right)/float64(total))
	}
	return first, nil
}

// Accuracy returns the share of words of sents that t tags as they are
// tagged, and the number of words.
func (t *Tagger) Accuracy(sents []Sentence) (float64, int) {
	right, total := 0, 0
	for _, s := range sents {
		got := t.Tag(s.Words)
		for i := range got {
			if got[i] == s.Tags[i] {
				right++
			}
			total++
		}
	}
	if total == 0 {
		return 0, 0
	}
	return float64(right) / float64(total), total
}

func upper(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.ToUpper(w)
	}
	return out
}

// leaveOneOut replaces the ambiguity classes of a training sentence's
// words by those the dictionary would give without this sentence, so that
// training sees the dictionary as unreliable as it is on new text.
func leaveOneOut(x *extractor, words []string, gold []int, counts map[string][]int, n int) {
	own := map[string][]int{}
	var b []byte
	for i, w := range words {
		b = perceptron.AppendNormal(b[:0], w)
		c := own[string(b)]
		if c == nil {
			c = make([]int, n)
			own[string(b)] = c
		}
		c[gold[i]]++
	}
	for i, w := range words {
		b = perceptron.AppendNormal(b[:0], w)
		m, _ := ambClass(counts[string(b)], own[string(b)])
		x.words[i].amb = m
	}
}
