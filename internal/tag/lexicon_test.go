package tag

import (
	"testing"

	"sitrep/internal/perceptron"
)

const lexiconSample = `# comment
Apple	NNP NN	-	-
Beijing	NNP	-	-
apple	NN	noun	-
beijing	-	noun	-
bomb	NN VB	noun verb	-
spoke	VBD NN	noun	verb
talks	VBZ NNS	-	-
`

func TestReadLexicon(t *testing.T) {
	l, err := readLexicon(lexiconSample)
	if err != nil {
		t.Fatal(err)
	}
	set := func(tags string) uint64 { return perceptron.String(tags) }
	for _, c := range []struct {
		w          string
		caps       bool
		set, first uint64
	}{
		{"Apple", false, set("NN NNP"), set("NNP")}, // as written; the set sorted
		{"apple", false, set("NN"), set("NN")},
		{"APPLE", true, set("NN"), set("NN")},        // a caps line: lower case first
		{"BEIJING", true, set("NNP"), set("NNP")},    // then a capital first letter
		{"Talks", false, set("NNS VBZ"), set("VBZ")}, // else lower case
		{"beijing", false, noLex, noLex},             // WordNet only: no tags
		{"nowhere", false, noLex, noLex},
	} {
		s, f := l.tags(c.w, c.caps)
		if s != c.set || f != c.first {
			t.Errorf("tags(%q, %v) = %x %x, want %x %x", c.w, c.caps, s, f, c.set, c.first)
		}
	}
	if got := l.otherCase("apple"); got != set("NN NNP") {
		t.Errorf("otherCase(apple) = %x, want Apple's set", got)
	}
	if got := l.otherCase("Bomb"); got != set("NN VB") {
		t.Errorf("otherCase(Bomb) = %x, want bomb's set", got)
	}
	if l.wordNet("zzz") != 0 {
		t.Errorf("wordNet(zzz) != 0")
	}
	bombed, bombs, spoke := l.wordNet("bombed"), l.wordNet("Bombs"), l.wordNet("spoke")
	if bombed == 0 || bombs == 0 || bombed == bombs {
		t.Errorf("wordNet: bombed %x, bombs %x: want two different non-zero classes", bombed, bombs)
	}
	if spoke != uint64(wnNoun)|uint64(wnVerb)<<4 {
		t.Errorf("wordNet(spoke) = %x, want a noun lemma and an irregular verb form", spoke)
	}
	for _, bad := range []string{"a\tNN\t-\n", "b\tNN\t-\t-\na\tNN\t-\t-\n"} {
		if _, err := readLexicon(bad); err == nil {
			t.Errorf("readLexicon(%q) = nil error", bad)
		}
	}
}

func TestEmbeddedLexicon(t *testing.T) {
	l, err := embeddedLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.words) < 100000 {
		t.Errorf("embedded lexicon has %d words, want over 100,000", len(l.words))
	}
	if s, _ := l.tags("the", false); s == noLex {
		t.Errorf("no tags for \"the\"")
	}
}
