package ner

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/perceptron"
)

// Sentence is one training or test sentence: words, their UPOS tags and
// their IOB2 entity labels (O, B-PER, I-PER, …). Doc numbers the
// document it belongs to; a document's sentences are consecutive.
type Sentence struct {
	Words, POS, Labels []string
	Doc                int
}

// TrainOptions configures Train. The zero value trains with the defaults.
type TrainOptions struct {
	// Epochs is the number of passes over the training data (default 12).
	Epochs int
	// Seed fixes the shuffling (default 1).
	Seed uint64
	// CaseRate is the share of training sentences presented in lower
	// case, and again the share presented in capitals (default 0: none;
	// 0.1 cost about a point of F1 on both dev sets).
	CaseRate float64
	// TitleRate is the share of training sentences presented in title
	// case ("Talks Resume In Geneva"), so that review headings and title
	// lines are judged by their words (default 0.1; negative: none).
	TitleRate float64
	// NameCaseRate is the share of training sentences whose names are
	// presented in lower case ("flew to chicago"), as web text writes
	// them (default 0.05; negative: none).
	NameCaseRate float64
	// MinQ drops quantised weights below it (default 4 of 32767).
	MinQ int
	// Places is the gazetteer: place names the model may use as a
	// feature (see gazetteer.go); nil for none.
	Places []string
	// Log, when set, receives progress lines.
	Log io.Writer
}

// DevSet is a named set of sentences to score the trained model on, with
// the entity types it annotates (others are not counted).
type DevSet struct {
	Name      string
	Sentences []Sentence
	Types     []string
}

// TrainReport says what Train did.
type TrainReport struct {
	Sentences, Words int
	Features         int
	Dev              []DevScore
}

// DevScore is exact-span precision, recall and F1 on one dev set.
type DevScore struct {
	Name     string
	P, R, F1 float64
	Gold     int
}

// Train learns an entity model from train, scores it on the dev sets and
// writes the model file to out. It is deterministic.
func Train(ctx context.Context, train []Sentence, dev []DevSet, opts TrainOptions, out io.Writer) (TrainReport, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 12
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	if opts.MinQ == 0 {
		opts.MinQ = 4
	}
	if opts.TitleRate == 0 {
		opts.TitleRate = 0.1
	}
	if opts.NameCaseRate == 0 {
		opts.NameCaseRate = 0.05
	}
	logf := func(format string, args ...any) {
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, format+"\n", args...)
		}
	}
	var rep TrainReport
	if len(train) == 0 {
		return rep, fmt.Errorf("train ner: no training sentences")
	}
	seen := map[string]bool{"O": true}
	for _, s := range train {
		if len(s.Labels) != len(s.Words) {
			return rep, fmt.Errorf("train ner: sentence with %d words and %d labels", len(s.Words), len(s.Labels))
		}
		for _, l := range s.Labels {
			if l != "O" && !strings.HasPrefix(l, "B-") && !strings.HasPrefix(l, "I-") {
				return rep, fmt.Errorf("train ner: bad label %q", l)
			}
			seen[l] = true
			if l != "O" {
				seen["B-"+l[2:]], seen["I-"+l[2:]] = true, true
			}
		}
	}
	classes := make([]string, 0, len(seen))
	for l := range seen {
		classes = append(classes, l)
	}
	slices.Sort(classes)
	num := map[string]int{}
	for i, c := range classes {
		num[c] = i
	}
	// The dictionary, and per-sentence counts for leave-one-out.
	counts := map[string]*[5]int{}
	var nb []byte
	gold := make([][]int, len(train))
	for i, s := range train {
		rep.Sentences++
		rep.Words += len(s.Words)
		gold[i] = make([]int, len(s.Labels))
		for j, w := range s.Words {
			gold[i][j] = num[s.Labels[j]]
			nb = perceptron.AppendNormal(nb[:0], w)
			c := counts[string(nb)]
			if c == nil {
				c = new([5]int)
				counts[string(nb)] = c
			}
			c[typeBit(s.Labels[j])]++
		}
	}
	dict := map[string]uint64{}
	for f, c := range counts {
		if m, ok := ambClass(c, nil); ok {
			dict[f] = m
		}
	}

	// A recogniser shell gives the label constraints while training.
	shell := &Recognizer{model: &perceptron.Model{}}
	shell.types, shell.begins, shell.outside = make([]string, len(classes)), make([]bool, len(classes)), num["O"]
	for c, name := range classes {
		if name != "O" {
			shell.types[c], shell.begins[c] = name[2:], name[0] == 'B'
		}
	}
	shell.follows = make([]bool, (len(classes)+1)*len(classes))
	for p := 0; p <= len(classes); p++ {
		for c := range classes {
			ok := shell.begins[c] || c == shell.outside
			if !ok && p < len(classes) {
				ok = shell.types[p] == shell.types[c] && p != shell.outside
			}
			shell.follows[p*len(classes)+c] = ok
		}
	}

	tr := perceptron.NewTrainer(classes)
	places := cleanNames(opts.Places)
	x := &extractor{dict: hashDict(dict), gaz: newGazetteer(places)}
	scores := make([]int32, len(classes))
	// Documents, as runs of sentences: training visits documents in a
	// shuffled order and each document's sentences in order, so that the
	// document memory sees what it will see when labelling.
	var docs [][2]int
	for i := range train {
		if i == 0 || train[i].Doc != train[i-1].Doc {
			docs = append(docs, [2]int{i, i})
		}
		docs[len(docs)-1][1] = i + 1
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	for epoch := range opts.Epochs {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		rng := rand.New(rand.NewPCG(opts.Seed, uint64(epoch)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		var guesses []int
		for _, di := range order {
			x.forget()
			for si := docs[di][0]; si < docs[di][1]; si++ {
				s := train[si]
				if opts.CaseRate > 0 {
					switch p := rng.Float64(); {
					case p < opts.CaseRate:
						s.Words = mapWords(s.Words, strings.ToLower)
					case p < 2*opts.CaseRate:
						s.Words = mapWords(s.Words, strings.ToUpper)
					}
				}
				if opts.TitleRate > 0 && rng.Float64() < opts.TitleRate {
					s.Words = mapWords(s.Words, titleCase)
				}
				if opts.NameCaseRate > 0 && rng.Float64() < opts.NameCaseRate {
					s.Words = lowerNames(s.Words, s.Labels)
				}
				x.prepare(s.Words, s.POS)
				leaveOneOut(x, s, counts)
				p1, p2 := -1, -1
				guesses = guesses[:0]
				for i := range s.Words {
					f := x.features(i, p1, p2, false)
					tr.Score(f, scores)
					guess := perceptron.Best(scores, shell.allowed(p1))
					g := gold[si][i]
					tr.Update(f, g, guess)
					if guess == g {
						right++
					}
					total++
					guesses = append(guesses, guess)
					p1, p2 = guess, p1
				}
				x.remember(guesses, shell.types)
			}
		}
		logf("epoch %d: train label accuracy %.4f", epoch+1, float64(right)/float64(total))
	}

	var buf bytes.Buffer
	zw := &buf // stored uncompressed: see perceptron.Unpack
	if err := tr.Write(zw, opts.MinQ); err != nil {
		return rep, fmt.Errorf("write ner model: %w", err)
	}
	if err := writeGazetteer(zw, places); err != nil {
		return rep, fmt.Errorf("write gazetteer: %w", err)
	}
	if err := writeDict(zw, dict); err != nil {
		return rep, fmt.Errorf("write entity dictionary: %w", err)
	}
	r, err := New(Options{Model: buf.Bytes()})
	if err != nil {
		return rep, err
	}
	rep.Features = r.model.Len()
	for _, d := range dev {
		sc := r.Evaluate(d)
		rep.Dev = append(rep.Dev, sc)
		logf("%s: P %.4f R %.4f F1 %.4f (%d gold)", d.Name, sc.P, sc.R, sc.F1, sc.Gold)
	}
	if _, err := out.Write(buf.Bytes()); err != nil {
		return rep, fmt.Errorf("write ner model: %w", err)
	}
	return rep, nil
}

// leaveOneOut sets the dictionary classes of a training sentence's words
// to what the dictionary would say without this sentence.
func leaveOneOut(x *extractor, s Sentence, counts map[string]*[5]int) {
	own := map[string]*[5]int{}
	var b []byte
	for i, w := range s.Words {
		b = perceptron.AppendNormal(b[:0], w)
		c := own[string(b)]
		if c == nil {
			c = new([5]int)
			own[string(b)] = c
		}
		c[typeBit(s.Labels[i])]++
	}
	for i, w := range s.Words {
		b = perceptron.AppendNormal(b[:0], w)
		m, _ := ambClass(counts[string(b)], own[string(b)])
		x.words[i].amb = m
	}
}

// Evaluate scores the model's labels (before rules) on a dev set:
// conlleval exact-span matching, counting only the set's types.
func (r *Recognizer) Evaluate(d DevSet) DevScore {
	keep := map[string]bool{}
	for _, t := range d.Types {
		keep[t] = true
	}
	var tp, fp, fn int
	x := r.newExtractor()
	var labels []int
	for i, s := range d.Sentences {
		if i == 0 || s.Doc != d.Sentences[i-1].Doc {
			x.forget()
		}
		labels = r.label(x, s.Words, s.POS, labels[:0])
		x.remember(labels, r.types)
		names := make([]string, len(labels))
		for j, c := range labels {
			names[j] = r.model.Classes()[c]
		}
		want := spans(s.Labels, keep)
		got := spans(names, keep)
		for k := range got {
			if want[k] {
				tp++
			} else {
				fp++
			}
		}
		for k := range want {
			if !got[k] {
				fn++
			}
		}
	}
	sc := DevScore{Name: d.Name, Gold: tp + fn}
	if tp+fp > 0 {
		sc.P = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		sc.R = float64(tp) / float64(tp+fn)
	}
	if sc.P+sc.R > 0 {
		sc.F1 = 2 * sc.P * sc.R / (sc.P + sc.R)
	}
	return sc
}

// spans returns the IOB2 chunks of labels as "start end type" keys.
func spans(labels []string, keep map[string]bool) map[string]bool {
	out := map[string]bool{}
	for i := 0; i < len(labels); {
		l := labels[i]
		if l == "O" || len(l) < 3 {
			i++
			continue
		}
		t := l[2:]
		j := i + 1
		for j < len(labels) && labels[j] == "I-"+t {
			j++
		}
		if keep[t] {
			out[fmt.Sprint(i, j, t)] = true
		}
		i = j
	}
	return out
}

func mapWords(words []string, f func(string) string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = f(w)
	}
	return out
}

// titleCase writes w with a capital first letter, except the short words
// title case leaves alone (of, and, the, …: three letters or fewer in
// lower case).
func titleCase(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) || (utf8.RuneCountInString(w) <= 3 && !hasUpper(w)) {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

// lowerNames returns words with the words of names (labels other than O)
// in lower case.
func lowerNames(words, labels []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		if labels[i] != "O" {
			w = strings.ToLower(w)
		}
		out[i] = w
	}
	return out
}
