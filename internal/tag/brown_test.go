package tag

import (
	"slices"
	"strings"
	"testing"
)

// Sentences in the Brown corpus's format, written for this test (BQ
// stands for a backquote, which a raw string cannot hold).
var brownSample = strings.ReplaceAll(`

	The/at envoy's/nn$ convoy/nn didn't/dod* stop/vb at/in the/at Border/nn-tl Post/nn-tl ./.


	It's/pps+bez the/at report/nn that/cs was/bedz filed/vbn before/cs the/at talks/nns ,/, and/cc they/ppss have/hv left/vbn ./.


	Both/abx sides/nns ,/, as/cs officials/nns said/vbd ,/, agreed/vbd on/in ending/vbg the/at siege/nn ./.


	There/ex were/bed BQBQ/BQBQ talks/nns ''/'' in/in Ankara/np ./.


	Bad/jj token/nn withoutslash ./.


	She/pps said/vbd it's+odd/pps+bez+jj ./.
`, "BQ", "`")

func TestReadBrown(t *testing.T) {
	sents, dropped, err := ReadBrown(strings.NewReader(brownSample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 4 || dropped != 1 {
		t.Fatalf("got %d sentences, %d dropped; want 4 and 1 (the bad token line is skipped, the triple contraction dropped)", len(sents), dropped)
	}
	want := []struct{ words, tags string }{
		{"The envoy 's convoy did n't stop at the Border Post .", "DET NOUN PART NOUN AUX PART VERB ADP DET PROPN PROPN PUNCT"},
		{"It 's the report that was filed before the talks , and they have left .", "PRON AUX DET NOUN PRON AUX VERB ADP DET NOUN PUNCT CCONJ PRON AUX VERB PUNCT"},
		{"Both sides , as officials said , agreed on ending the siege .", "DET NOUN PUNCT SCONJ NOUN VERB PUNCT VERB SCONJ VERB DET NOUN PUNCT"},
		{`There were " talks " in Ankara .`, "PRON VERB PUNCT NOUN PUNCT ADP PROPN PUNCT"},
	}
	for i, w := range want {
		if got := strings.Join(sents[i].Words, " "); got != w.words {
			t.Errorf("sentence %d words = %q, want %q", i, got, w.words)
		}
		if got := strings.Join(sents[i].Tags, " "); got != w.tags {
			t.Errorf("sentence %d tags = %q, want %q", i, got, w.tags)
		}
	}
}

// TestBrownBothAnd checks that "both … and" is a conjunction.
func TestBrownBothAnd(t *testing.T) {
	sents, _, err := ReadBrown(strings.NewReader("Both/abx Kabul/np and/cc Delhi/np agreed/vbd ./.\n"))
	if err != nil || len(sents) != 1 {
		t.Fatalf("ReadBrown = %v, %v", sents, err)
	}
	if !slices.Equal(sents[0].Tags, []string{"CCONJ", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"}) {
		t.Errorf("tags = %v", sents[0].Tags)
	}
}

func FuzzReadBrown(f *testing.F) {
	f.Add(brownSample)
	f.Add("a/b+c+d e'/np$ /x x/ n't/*\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, _, err := ReadBrown(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range sents {
			if len(s.Words) != len(s.Tags) || len(s.Words) == 0 {
				t.Fatalf("sentence %+v", s)
			}
			for i, w := range s.Words {
				if w == "" || s.Tags[i] == "" {
					t.Fatalf("empty word or tag in %+v", s)
				}
			}
		}
	})
}
