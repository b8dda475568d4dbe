package text

import (
	"context"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

func TestAnnotate(t *testing.T) {
	a := doc.New(doc.Document{Text: "Troops withdrew. Talks resumed."})
	if err := New(Options{}).Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Sentences) != 2 || len(a.Tokens) != 6 || len(a.Diagnostics) != 0 {
		t.Errorf("Annotate: %d sentences, %d tokens, %d diagnostics; want 2, 6, 0",
			len(a.Sentences), len(a.Tokens), len(a.Diagnostics))
	}
}

func TestAnnotateDiagnostics(t *testing.T) {
	long := strings.Repeat("word ", LongSentence+1)
	for _, tc := range []struct {
		text, want string
		start      int
	}{
		{"Fine \xff text.", "not valid UTF-8", 5},
		{long, "sentence of 151 tokens", 0},
	} {
		a := doc.New(doc.Document{Text: tc.text})
		if err := New(Options{}).Annotate(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		if len(a.Diagnostics) != 1 || !strings.Contains(a.Diagnostics[0].Message, tc.want) ||
			a.Diagnostics[0].Start != tc.start || a.Diagnostics[0].Stage != "text" {
			t.Errorf("Annotate(%.20q) diagnostics = %+v, want one from text at %d containing %q", tc.text, a.Diagnostics, tc.start, tc.want)
		}
	}
}

func TestAnnotateCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a := doc.New(doc.Document{Text: "Text."})
	if err := New(Options{}).Annotate(ctx, a); err == nil {
		t.Error("Annotate with a cancelled context: no error")
	}
}
