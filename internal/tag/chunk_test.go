package tag

import (
	"context"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// chunks renders the chunks of a tagged sentence as [NP the army] [VP
// killed] …, with the head word starred.
func chunks(a *doc.Analysis) string {
	var b strings.Builder
	toks := a.Tokens
	for i := 0; i < len(toks); {
		if toks[i].Dep == "" {
			b.WriteString(toks[i].Text + " ")
			i++
			continue
		}
		head := toks[i].Head
		if head < 0 {
			head = i
		}
		if toks[i].Dep == ChunkPP {
			b.WriteString("[PP " + toks[i].Text + "] ")
			i++
			continue
		}
		b.WriteString("[" + toks[i].Dep)
		j := i
		for j < len(toks) && toks[j].Dep == toks[i].Dep && (toks[j].Head == head || j == head) {
			w := toks[j].Text
			if j == head {
				w += "*"
			}
			b.WriteString(" " + w)
			j++
		}
		b.WriteString("] ")
		i = j
	}
	return strings.TrimSpace(b.String())
}

func TestChunk(t *testing.T) {
	tg := tagger(t)
	for _, c := range []struct{ in, want string }{
		{"The army killed three militants in North Waziristan .",
			"[NP The army*] [VP killed*] [NP three militants*] [PP in] [NP North Waziristan*] ."},
		{"Pakistan has repeatedly urged the interim government to act .",
			"[NP Pakistan*] [VP has repeatedly urged*] [NP the interim government*] [VP to act*] ."},
		{"She said our concerns had not been addressed .",
			"[NP She*] [VP said*] [NP our concerns*] [VP had not been addressed*] ."},
	} {
		a := doc.New(doc.Document{Text: c.in})
		off := 0
		for _, w := range strings.Fields(c.in) {
			a.Tokens = append(a.Tokens, doc.Token{Start: off, End: off + len(w), Text: w, Head: -1})
			off += len(w) + 1
		}
		a.Sentences = []doc.Sentence{{Start: 0, End: len(c.in), First: 0, Last: len(a.Tokens)}}
		if err := tg.Annotate(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		if got := chunks(a); got != c.want {
			t.Errorf("chunks(%q)\n got %s\nwant %s", c.in, got, c.want)
		}
		// A preposition points at the head of the phrase after it.
		for i, tk := range a.Tokens {
			if tk.Dep == ChunkPP && tk.Head >= 0 && a.Tokens[tk.Head].Dep != ChunkNP {
				t.Errorf("%q: PP %d points at a %s", c.in, i, a.Tokens[tk.Head].Dep)
			}
		}
	}
}
