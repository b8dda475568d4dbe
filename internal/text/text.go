// Package text splits a document's text into sentences and tokens with
// byte offsets.
//
// In: doc.Analysis with Document.Text set. Out: Analysis.Tokens and
// Analysis.Sentences, ordered, non-overlapping and within the text;
// every token lies inside exactly one sentence, Token.Sentence names it,
// Token.Head is -1, Sentence.First/Last index its tokens and
// Sentence.Paragraph counts blank-line separated paragraphs from zero.
// Any string is accepted, invalid UTF-8 included; no rune is ever split.
//
// Tokens follow Universal Dependencies English (EWT) conventions, the
// ones the tagger and recogniser are trained on: clitics split ("do"
// "n't", "Khan" "'s"), hyphenated compounds split except after prefixes
// ("15" "-" "year", "e-mail"), abbreviations, initials, numbers, URLs and
// e-mail addresses whole, and the period of an abbreviation that ends a
// sentence split off ("U.S" "."). See tokenize.go. Sentence rules
// (terminal punctuation, abbreviations, quotes, headlines, datelines,
// bullets, hard-wrapped lines) are described in sentence.go; the word
// lists are in abbrev.go.
//
// Known limits: rules and word lists, no model. An abbreviation missing
// from abbrev.go that ends a sentence splits like a word ("Bhd." becomes
// "Bhd" "."); a sentence that follows an abbreviation which can also end
// one ("Inc.", "U.S.") is split only before a typical opener ("The",
// "He"); text without punctuation or line breaks stays one sentence;
// paragraphs are found only by blank lines, not by indentation.
package text

import (
	"context"
	"fmt"
	"unicode/utf8"

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

// LongSentence is the token count above which Annotate reports a
// sentence as probably missing boundaries.
const LongSentence = 150

// Annotate fills a.Tokens and a.Sentences from a.Document.Text. It adds a
// diagnostic for text that is not valid UTF-8 (the bytes are kept) and
// for each sentence longer than LongSentence tokens, which usually means
// punctuation or line breaks were lost.
func (s *Segmenter) Annotate(ctx context.Context, a *doc.Analysis) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("segment text: %w", err)
	}
	t := a.Document.Text
	a.Tokens, a.Sentences = s.Segment(t)
	if !utf8.ValidString(t) {
		for i, r := range t {
			if r == utf8.RuneError {
				if _, size := utf8.DecodeRuneInString(t[i:]); size == 1 {
					a.Diagnose(s.Name(), doc.Span{Start: i, End: i + 1},
						fmt.Sprintf("text is not valid UTF-8 (first bad byte at %d); bad bytes kept as they are", i))
					break
				}
			}
		}
	}
	for _, se := range a.Sentences {
		if n := se.Last - se.First; n > LongSentence {
			a.Diagnose(s.Name(), se.Span(),
				fmt.Sprintf("sentence of %d tokens: boundaries may be missing (text without punctuation or line breaks?)", n))
		}
	}
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
