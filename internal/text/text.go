// Package text splits a document's text into sentences and tokens with
// byte offsets.
//
// In: doc.Analysis with Document.Text set. Out: Analysis.Tokens and
// Analysis.Sentences, ordered, non-overlapping and within the text;
// every token lies inside exactly one sentence, Token.Sentence names it,
// Sentence.First/Last index its tokens and Sentence.Paragraph counts
// blank-line separated paragraphs from zero.
//
// Tokens follow Universal Dependencies English (EWT) conventions, the
// ones the tagger and recogniser are trained on: see tokenize.go.
// Sentence rules are in sentence.go.
//
// Known limits: rules only, no model. An abbreviation missing from
// abbrev.go ending a sentence splits like an ordinary word ("Bhd."
// becomes "Bhd" "."), a sentence after an unknown abbreviation is missed
// when the next word is a name, and hard-wrapped text whose line
// continues with a capitalised name is split at the line break.
package text

import (
	"context"
	"fmt"

	"sitrep/internal/doc"
)

// Options configures a Segmenter. The zero value is ready to use.
type Options struct{}

// Segmenter splits text into sentences and tokens. It holds no state and
// is safe for concurrent use.
type Segmenter struct{}

// New returns a Segmenter.
func New(opts Options) *Segmenter { return &Segmenter{} }

// Name returns the stage name used in diagnostics.
func (s *Segmenter) Name() string { return "text" }

// Annotate fills a.Tokens and a.Sentences from a.Document.Text.
func (s *Segmenter) Annotate(ctx context.Context, a *doc.Analysis) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("segment text: %w", err)
	}
	a.Tokens, a.Sentences = s.Segment(a.Document.Text)
	return nil
}

// Segment returns the tokens and sentences of t. Token offsets are byte
// offsets into t.
func (s *Segmenter) Segment(t string) ([]doc.Token, []doc.Sentence) {
	sp := &splitter{t: t, ends: make([]sentEnd, 0, len(t)/100+1), wrap: wrapWidth(t)}
	z := tokenizer{t: t, toks: make([]doc.Token, 0, len(t)/4+16), sp: sp}
	z.run()
	sp.toks = z.toks
	sp.advance(0)
	return sp.toks, sp.sentences()
}
