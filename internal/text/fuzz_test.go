package text

import (
	"fmt"
	"os"
	"reflect"
	"testing"
	"time"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// fuzzSeeds adds the one-line cases of the table tests and the golden
// corpus to f.
func fuzzSeeds(f *testing.F) {
	for _, s := range []string{
		"", " ", "Mr. Khan's car", "They don't know.", "U.S.-led forces",
		"He lives in the U.S.", "it was CCNG, Inc.. Then", `He said: "We will fight. We will win."`,
		"Key points:\n- Border reopens\n• Aid flows", "ISLAMABAD: Pakistan agreed.",
		"call 555-1234", "https://example.org/a?b=1.", "a@b.co", "family:)", "(retd.)",
		"wait…now —", "\xff\xfe", "é\u0301", "'90s ’s n’t", "1. 2. 3.", "\r\n\r\n\u2029x",
	} {
		f.Add(s)
	}
	if b, err := os.ReadFile("testdata/news.txt"); err == nil {
		f.Add(string(b[:600])) // short: long seeds make minimisation crawl
	}
}

// watchdog panics, naming the input, when the returned stop is not called
// within a generous limit: a fuzz worker that loops forever is otherwise
// reported only as "context deadline exceeded", with no input to replay.
func watchdog(in string) (stop func() bool) {
	return time.AfterFunc(5*time.Second, func() {
		panic(fmt.Sprintf("no result after 5s for input %q", in))
	}).Stop
}

// runeStarts returns the byte offsets where t's runes start, as ranging
// over the string sees them, plus len(t).
func runeStarts(t string) []bool {
	m := make([]bool, len(t)+1)
	m[len(t)] = true
	for i := range t {
		m[i] = true
	}
	return m
}

// checkTokens checks the invariants every token list must hold.
func checkTokens(t *testing.T, in string, toks []doc.Token) {
	t.Helper()
	starts := runeStarts(in)
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(in) {
			t.Fatalf("token %d [%d,%d) out of order or bounds (prev end %d, len %d)", i, tk.Start, tk.End, prev, len(in))
		}
		if !starts[tk.Start] || !starts[tk.End] {
			t.Fatalf("token %d [%d,%d) splits a UTF-8 sequence in %q", i, tk.Start, tk.End, in)
		}
		if tk.Text != in[tk.Start:tk.End] {
			t.Fatalf("token %d text %q, span text %q", i, tk.Text, in[tk.Start:tk.End])
		}
		if tk.Head != -1 {
			t.Fatalf("token %d Head = %d, want -1", i, tk.Head)
		}
		for _, r := range tk.Text {
			if r != utf8.RuneError && isSpaceRune(r) {
				t.Fatalf("token %d %q contains white space", i, tk.Text)
			}
		}
		prev = tk.End
	}
}

func FuzzTokenize(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, in string) {
		defer watchdog(in)()
		toks := Tokenize(in)
		checkTokens(t, in, toks)
		if again := Tokenize(in); !reflect.DeepEqual(toks, again) {
			t.Fatalf("Tokenize(%q) is not deterministic", in)
		}
	})
}

func FuzzSegment(f *testing.F) {
	fuzzSeeds(f)
	s := New(Options{})
	f.Fuzz(func(t *testing.T, in string) {
		defer watchdog(in)()
		toks, sents := s.Segment(in)
		checkTokens(t, in, toks)
		if len(toks) > 0 && len(sents) == 0 {
			t.Fatalf("Segment(%q): %d tokens, no sentences", in, len(toks))
		}
		next, prevEnd, para := 0, 0, 0
		for i, se := range sents {
			if se.First != next || se.Last <= se.First || se.Last > len(toks) {
				t.Fatalf("sentence %d tokens %d..%d, want to start at %d", i, se.First, se.Last, next)
			}
			if se.Start < prevEnd || se.Start != toks[se.First].Start || se.End != toks[se.Last-1].End {
				t.Fatalf("sentence %d [%d,%d) does not match its tokens", i, se.Start, se.End)
			}
			if se.Paragraph < para || se.Paragraph > para+1 {
				t.Fatalf("sentence %d paragraph %d after %d", i, se.Paragraph, para)
			}
			for j := se.First; j < se.Last; j++ {
				if toks[j].Sentence != i {
					t.Fatalf("token %d Sentence = %d, want %d", j, toks[j].Sentence, i)
				}
			}
			next, prevEnd, para = se.Last, se.End, se.Paragraph
		}
		if next != len(toks) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
		}
		toks2, sents2 := s.Segment(in)
		if !reflect.DeepEqual(toks, toks2) || !reflect.DeepEqual(sents, sents2) {
			t.Fatalf("Segment(%q) is not deterministic", in)
		}
	})
}
