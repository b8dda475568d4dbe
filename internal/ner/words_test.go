package ner

import (
	"context"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// hyphenated is analysis with each hyphen inside a token made a token of
// its own, as sitrep's tokenizer splits them ("al" "-" "Qaida").
func hyphenated(text string) *doc.Analysis {
	a := analysis(text)
	var toks []doc.Token
	for si := range a.Sentences {
		s := &a.Sentences[si]
		first := len(toks)
		for _, t := range a.Tokens[s.First:s.Last] {
			start := t.Start
			for i := t.Start + 1; i < t.End-1; i++ {
				if text[i] == '-' {
					toks = append(toks, doc.Token{Start: start, End: i, Text: text[start:i], Head: -1, Sentence: si},
						doc.Token{Start: i, End: i + 1, Text: "-", Head: -1, Sentence: si})
					start = i + 1
				}
			}
			toks = append(toks, doc.Token{Start: start, End: t.End, Text: text[start:t.End], Head: -1, Sentence: si})
		}
		s.First, s.Last = first, len(toks)
	}
	a.Tokens = toks
	return a
}

// expectWords checks that text, its hyphens split, yields each wanted
// entity (TYPE[text]) and no entity whose text is in not.
func expectWords(t *testing.T, text string, want []string, not ...string) {
	t.Helper()
	r, tg := recognizer(t)
	a := hyphenated(text)
	if err := tg.Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if err := r.Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	var all []string
	for _, e := range a.Entities {
		got[e.Type+"["+e.Text+"]"], got[e.Text] = true, true
		all = append(all, e.Type+"["+e.Text+"]")
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("entities of %q: no %s; got %s", text, w, strings.Join(all, " "))
		}
	}
	for _, n := range not {
		if got[n] {
			t.Errorf("entities of %q: got %q, want no such mention; got %s", text, n, strings.Join(all, " "))
		}
	}
}

func TestHyphenatedNames(t *testing.T) {
	// A name written with hyphens is one mention, never its parts.
	expectWords(t, "Fighters of al-Qaida attacked a base near Port-au-Prince on Sunday.",
		[]string{"al-Qaida", "GPE[Port-au-Prince]"}, "al", "Qaida", "Port", "Prince")
	expectWords(t, "Muqtada al-Sadr spoke in Kufa on Friday.",
		[]string{"PERSON[Muqtada al-Sadr]", "GPE[Kufa]"}, "Sadr", "Muqtada al")
	expectWords(t, "Tehreek-e-Taliban Pakistan claimed the attack.",
		[]string{"ORG[Tehreek-e-Taliban Pakistan]"}, "Tehreek", "Taliban")
	// Places and nationalities joined by a hyphen stay apart.
	expectWords(t, "India-Pakistan talks resumed in Geneva on Monday.",
		[]string{"GPE[India]", "GPE[Pakistan]"}, "India-Pakistan")
	expectWords(t, "Police arrested two Pakistan-based traders.",
		[]string{"GPE[Pakistan]"}, "Pakistan-based")
	// A place written with hyphens stays whole.
	expectWords(t, "Voters in Guinea-Bissau elected a president.",
		[]string{"GPE[Guinea-Bissau]"}, "Guinea", "Bissau")
}

func TestHyphenWord(t *testing.T) {
	for _, tc := range []struct {
		text   string
		i      int
		f, e   int
		nUnits int
	}{
		{"al-Qaida fighters", 0, 0, 3, 2},
		{"al-Qaida fighters", 2, 0, 3, 2},
		{"al-Qaida fighters", 3, 3, 4, 2},
		{"Port-au-Prince", 2, 0, 5, 1},
		{"two - three", 0, 0, 1, 3}, // spaced: not one word
		{"Ali --", 0, 0, 1, 3},
	} {
		a := hyphenated(tc.text)
		if tc.text == "two - three" || tc.text == "Ali --" {
			a = analysis(tc.text)
		}
		f, e := hyphenWord(a.Tokens, tc.i)
		if f != tc.f || e != tc.e {
			t.Errorf("hyphenWord(%q, %d) = %d, %d, want %d, %d", tc.text, tc.i, f, e, tc.f, tc.e)
		}
		if got := len(appendUnits(nil, a.Tokens, 0, len(a.Tokens))); got != tc.nUnits {
			t.Errorf("appendUnits(%q) made %d units, want %d", tc.text, got, tc.nUnits)
		}
	}
}
