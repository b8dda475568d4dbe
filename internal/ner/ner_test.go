package ner

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
	"sitrep/internal/tag"
)

var update = flag.Bool("update", false, "rewrite golden files")

var shared struct {
	once sync.Once
	r    *Recognizer
	tg   *tag.Tagger
	err  error
}

// recognizer returns the embedded model and the embedded tagger, whose
// UPOS tags the recogniser reads, loaded once for all tests.
func recognizer(t testing.TB) (*Recognizer, *tag.Tagger) {
	t.Helper()
	shared.once.Do(func() {
		shared.r, shared.err = New(Options{})
		if shared.err == nil {
			shared.tg, shared.err = tag.New(tag.Options{})
		}
	})
	if shared.err != nil {
		t.Fatalf("New: %v", shared.err)
	}
	return shared.r, shared.tg
}

// annotate tags and recognises the entities of text, split as analysis
// splits it.
func annotate(t testing.TB, text string) *doc.Analysis {
	t.Helper()
	r, tg := recognizer(t)
	a := analysis(text)
	if err := tg.Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if err := r.Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a
}

// analysis splits text into one sentence per line and tokens at spaces
// and around punctuation ("Mr.", "Gen." and initials keep their stop). The tests
// split text themselves so that their expectations do not move with the
// text stage.
func analysis(text string) *doc.Analysis {
	a := doc.New(doc.Document{Text: text})
	t := a.Document.Text
	start := 0
	for start <= len(t) {
		end := strings.IndexByte(t[start:], '\n')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		first := len(a.Tokens)
		for i := start; i < end; {
			r, n := utf8.DecodeRuneInString(t[i:])
			switch {
			case r == ' ':
				i += n
				continue
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				j := i
				for j < end {
					r, n := utf8.DecodeRuneInString(t[j:])
					if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '.' && j+1 < end && t[j+1] != ' ') {
						break
					}
					j += n
				}
				if j < end && t[j] == '.' && (t[i:j] == "Mr" || t[i:j] == "Gen" || t[i:j] == "Dr" || j == i+1 && t[i] >= 'A' && t[i] <= 'Z') {
					j++
				}
				a.Tokens = append(a.Tokens, doc.Token{Start: i, End: j, Text: t[i:j], Head: -1})
				i = j
			default:
				a.Tokens = append(a.Tokens, doc.Token{Start: i, End: i + n, Text: t[i : i+n], Head: -1})
				i += n
			}
		}
		if len(a.Tokens) > first {
			for k := first; k < len(a.Tokens); k++ {
				a.Tokens[k].Sentence = len(a.Sentences)
			}
			a.Sentences = append(a.Sentences, doc.Sentence{Start: a.Tokens[first].Start, End: a.Tokens[len(a.Tokens)-1].End, First: first, Last: len(a.Tokens)})
		}
		start = end + 1
	}
	return a
}

// render writes entities as TYPE[text] (title) rule, one per line.
func render(a *doc.Analysis) string {
	var b strings.Builder
	for _, e := range a.Entities {
		fmt.Fprintf(&b, "%s[%s]", e.Type, e.Text)
		if e.Title != "" {
			fmt.Fprintf(&b, " title=%q", string(e.Title))
		}
		fmt.Fprintf(&b, " %s\n", e.Rule)
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := annotate(t, string(b))
	got := []byte(render(a))
	const golden = "testdata/news.golden"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/ner -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("entities of testdata/news.txt differ from %s; review with -update and git diff", golden)
	}
}
