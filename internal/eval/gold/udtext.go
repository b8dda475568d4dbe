package gold

import "strings"

// UDDoc is a CoNLL-U document rebuilt as running text, with the gold
// spans of its sentences, surface tokens and syntactic words.
type UDDoc struct {
	ID        string
	Text      string
	Sentences []Span
	Tokens    []Span
	// Words holds one span per syntactic word; the words of a multiword
	// token get their part of the token when the parts spell it ("do" +
	// "n't"), else the whole token.
	Words []Span
}

// AssembleUD rebuilds the documents of a CoNLL-U file as text: sentences
// of a paragraph joined by one space, paragraphs by a blank line. Each
// sentence's text is its "# text" comment, or its tokens joined by their
// SpaceAfter when that comment is missing or does not contain the tokens.
func AssembleUD(sents []UDSentence) []UDDoc {
	var (
		out []UDDoc
		b   strings.Builder
		cur *UDDoc
	)
	finish := func() {
		if cur != nil {
			cur.Text = b.String()
			out = append(out, *cur)
		}
		b.Reset()
	}
	for i := range sents {
		s := &sents[i]
		if cur == nil || s.NewDoc {
			finish()
			cur = &UDDoc{ID: s.Doc}
		} else if s.NewPar {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
		text := s.Text
		toks, ok := alignTokens(text, s.Tokens)
		if !ok {
			text = joinTokens(s.Tokens)
			toks, _ = alignTokens(text, s.Tokens)
		}
		base := b.Len()
		b.WriteString(text)
		if len(toks) == 0 {
			continue
		}
		cur.Sentences = append(cur.Sentences, Span{base + toks[0].Start, base + toks[len(toks)-1].End})
		for j, t := range toks {
			t = Span{base + t.Start, base + t.End}
			cur.Tokens = append(cur.Tokens, t)
			cur.Words = append(cur.Words, splitWords(b.String()[t.Start:t.End], t, s.Tokens[j].Words)...)
		}
	}
	finish()
	return out
}

// alignTokens finds each token's form in text, in order, skipping
// whitespace between them.
func alignTokens(text string, toks []UDToken) ([]Span, bool) {
	spans := make([]Span, 0, len(toks))
	at := 0
	for _, t := range toks {
		for at < len(text) && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n') {
			at++
		}
		if !strings.HasPrefix(text[at:], t.Form) {
			return nil, false
		}
		spans = append(spans, Span{at, at + len(t.Form)})
		at += len(t.Form)
	}
	return spans, true
}

func joinTokens(toks []UDToken) string {
	var b strings.Builder
	for i, t := range toks {
		b.WriteString(t.Form)
		if t.SpaceAfter && i < len(toks)-1 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// splitWords gives the words of token t (whose text is surface) their spans.
func splitWords(surface string, t Span, words []UDWord) []Span {
	if len(words) <= 1 {
		return []Span{t}
	}
	out := make([]Span, 0, len(words))
	at := 0
	for _, w := range words {
		if at+len(w.Form) > len(surface) || !strings.EqualFold(surface[at:at+len(w.Form)], w.Form) {
			out = out[:0]
			for range words {
				out = append(out, t)
			}
			return out
		}
		out = append(out, Span{t.Start + at, t.Start + at + len(w.Form)})
		at += len(w.Form)
	}
	if at != len(surface) {
		for i := range out {
			out[i] = t
		}
	}
	return out
}
