// Package text splits a document's text into sentences and tokens with
// byte offsets.
//
// In: doc.Analysis with Document.Text set. Out: Analysis.Sentences and
// Analysis.Tokens, ordered, non-overlapping and within the text; every
// token lies inside exactly one sentence.
package text

import (
	"context"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// Options configures a Segmenter. The zero value is ready to use.
type Options struct{}

// Segmenter splits text into sentences and tokens. It is safe for
// concurrent use.
type Segmenter struct{}

// New returns a Segmenter.
func New(opts Options) *Segmenter { return &Segmenter{} }

// Name returns the stage name used in diagnostics.
func (s *Segmenter) Name() string { return "text" }

// Annotate fills a.Sentences and a.Tokens.
func (s *Segmenter) Annotate(ctx context.Context, a *doc.Analysis) error {
	a.Tokens, a.Sentences = s.Segment(a.Document.Text)
	return nil
}

// Segment returns the tokens and sentences of t.
func (s *Segmenter) Segment(t string) ([]doc.Token, []doc.Sentence) {
	toks := Tokenize(t)
	var sents []doc.Sentence
	first := 0
	for i := range toks {
		end := i == len(toks)-1
		if !end {
			txt := toks[i].Text
			if txt == "." || txt == "!" || txt == "?" {
				end = true
			}
		}
		if end {
			n := len(sents)
			for j := first; j <= i; j++ {
				toks[j].Sentence = n
			}
			sents = append(sents, doc.Sentence{Start: toks[first].Start, End: toks[i].End, First: first, Last: i + 1})
			first = i + 1
		}
	}
	return toks, sents
}

// Tokenize splits t into word and punctuation tokens.
func Tokenize(t string) []doc.Token {
	var toks []doc.Token
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			for i < len(t) {
				r, size = utf8.DecodeRuneInString(t[i:])
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					break
				}
				i += size
			}
		} else {
			i += size
		}
		toks = append(toks, doc.Token{Start: start, End: i, Text: t[start:i], Head: -1})
	}
	return toks
}
