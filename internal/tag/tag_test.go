package tag

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"sitrep/internal/doc"
)

var update = flag.Bool("update", false, "rewrite golden files")

var shared struct {
	once sync.Once
	t    *Tagger
	err  error
}

// tagger returns the embedded model, loaded once for all tests.
func tagger(t *testing.T) *Tagger {
	t.Helper()
	shared.once.Do(func() { shared.t, shared.err = New(Options{}) })
	if shared.err != nil {
		t.Fatalf("New: %v", shared.err)
	}
	return shared.t
}

// expectTags checks the tags of a space-separated sentence; want lists
// word/TAG pairs for the words to check.
func expectTags(t *testing.T, sentence string, want ...string) {
	t.Helper()
	words := strings.Fields(sentence)
	got := tagger(t).Tag(words)
	for _, w := range want {
		word, tag, _ := strings.Cut(w, "/")
		found := false
		for i := range words {
			if words[i] == word {
				found = true
				if got[i] != tag {
					t.Errorf("Tag(%q): %s = %s, want %s", sentence, word, got[i], tag)
				}
				break
			}
		}
		if !found {
			t.Fatalf("bad test: %q not in %q", word, sentence)
		}
	}
}

func TestTag(t *testing.T) {
	expectTags(t, "The Foreign Office urged Kabul to act against militant groups .",
		"The/DET", "Office/PROPN", "urged/VERB", "Kabul/PROPN", "to/PART", "act/VERB", "against/ADP", "militant/ADJ", "groups/NOUN", "./PUNCT")
	expectTags(t, "She said the envoy would travel to Beijing next week .",
		"She/PRON", "said/VERB", "would/AUX", "travel/VERB", "Beijing/PROPN", "next/ADJ", "week/NOUN")
	expectTags(t, "Three soldiers were killed and five others injured in the attack .",
		"Three/NUM", "soldiers/NOUN", "were/AUX", "killed/VERB", "and/CCONJ", "five/NUM", "attack/NOUN")
	// A headline in capitals is tagged from lower-case forms and context.
	expectTags(t, "TALIBAN DENY ATTACKS AS TENSIONS RISE WITH ISLAMABAD",
		"DENY/VERB", "ATTACKS/NOUN", "TENSIONS/NOUN", "WITH/ADP")
	// Sentence-initial capital on a common word.
	expectTags(t, "Discussions would also cover trade .", "Discussions/NOUN", "cover/VERB")
}

func TestLemma(t *testing.T) {
	tg := tagger(t)
	for _, c := range []struct{ word, pos, want string }{
		{"urged", "VERB", "urge"},
		{"killed", "VERB", "kill"},
		{"met", "VERB", "meet"},
		{"said", "VERB", "say"},
		{"was", "AUX", "be"},
		{"soldiers", "NOUN", "soldier"},
		{"casualties", "NOUN", "casualty"},
		{"Militants", "NOUN", "militant"},
		{"Islamabad", "PROPN", "islamabad"},
		// Unseen in training: the suffix rules apply.
		{"stonewalled", "VERB", "stonewall"},
		{"checkposts", "NOUN", "checkpost"},
		{"bombarding", "VERB", "bombard"},
		// A rule's lemma that is no known word gives way to a regular stem
		// that is (rules learned from "travelled" and "robbed" would give
		// "shel" and "bom").
		{"shelled", "VERB", "shell"},
		{"bombed", "VERB", "bomb"},
		{"blamed", "VERB", "blame"},
		{"stopped", "VERB", "stop"},
		{"preferred", "ADJ", "preferred"},
	} {
		if got := tg.Lemma(c.word, c.pos); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.word, c.pos, got, c.want)
		}
	}
}

func TestIsCapsLine(t *testing.T) {
	for _, c := range []struct {
		words string
		want  bool
	}{
		{"TALIBAN DENY ATTACKS", true},
		{"ISLAMABAD :", false},
		{"UN Security Council", false},
		{"PESHAWAR : 12 KILLED", true},
	} {
		if got := IsCapsLine(strings.Fields(c.words)); got != c.want {
			t.Errorf("IsCapsLine(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}

// tiny is a hand-made training corpus for the determinism test.
var tiny = []Sentence{
	{Words: strings.Fields("Police arrested two men ."), Tags: strings.Fields("NOUN VERB NUM NOUN PUNCT"), Lemmas: strings.Fields("police arrest two man .")},
	{Words: strings.Fields("The army killed three militants ."), Tags: strings.Fields("DET NOUN VERB NUM NOUN PUNCT"), Lemmas: strings.Fields("the army kill three militant .")},
	{Words: strings.Fields("Officials met in Doha ."), Tags: strings.Fields("NOUN VERB ADP PROPN PUNCT"), Lemmas: strings.Fields("official meet in Doha .")},
}

func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	opts := TrainOptions{Epochs: 3, CapsRate: 0.3}
	ra, err := Train(context.Background(), tiny, tiny, opts, &a)
	if err != nil {
		t.Fatalf("Train: %v", err)
	}
	if _, err := Train(context.Background(), tiny, nil, opts, &b); err != nil {
		t.Fatalf("Train: %v", err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two training runs on the same data wrote different models")
	}
	if ra.DevAccuracy < 0.9 {
		t.Errorf("accuracy on the training data = %.2f, want >= 0.9", ra.DevAccuracy)
	}
	tg, err := New(Options{Model: a.Bytes()})
	if err != nil {
		t.Fatalf("New(trained model): %v", err)
	}
	if got := tg.Lemma("arrested", "VERB"); got != "arrest" {
		t.Errorf("Lemma(arrested) = %q, want arrest", got)
	}
}

func TestNewBadModel(t *testing.T) {
	for _, b := range [][]byte{[]byte("junk"), {}, embedded[:len(embedded)/2]} {
		if _, err := New(Options{Model: b}); err == nil {
			t.Errorf("New(%d bytes of junk) = nil error, want one", len(b))
		}
	}
}

// TestGolden tags testdata/news.txt as the pipeline does and compares the
// word/TAG/lemma rendering with testdata/news.golden.
func TestGolden(t *testing.T) {
	tg := tagger(t)
	a := segmented(t)
	if err := tg.Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for _, s := range a.Sentences {
		for i, tok := range a.Tokens[s.First:s.Last] {
			if i > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%s/%s/%s", tok.Text, tok.POS, tok.Lemma)
		}
		b.WriteByte('\n')
	}
	b.WriteString("\n# chunks\n")
	for _, s := range a.Sentences {
		sub := &doc.Analysis{Tokens: a.Tokens[s.First:s.Last]}
		// Heads index the whole analysis; shift them to the sentence.
		toks := make([]doc.Token, len(sub.Tokens))
		copy(toks, sub.Tokens)
		for i := range toks {
			if toks[i].Head >= 0 {
				toks[i].Head -= s.First
			}
		}
		sub.Tokens = toks
		b.WriteString(chunks(sub) + "\n")
	}
	const golden = "testdata/news.golden"
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/tag -update)", err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("tags of testdata/news.txt differ from %s; review with -update and git diff", golden)
	}
}

func TestModelVersion(t *testing.T) {
	v := ModelVersion()
	if !strings.HasPrefix(v, "ud-ewt-") || len(v) != len("ud-ewt-")+12 {
		t.Errorf("ModelVersion() = %q, want ud-ewt- and 12 hex digits", v)
	}
}
