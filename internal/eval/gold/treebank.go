package gold

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// UDSentence is one sentence of a CoNLL-U file.
type UDSentence struct {
	ID   string // sent_id
	Text string // the "# text =" comment: the sentence as written
	// Doc and Par are the ids of the document and paragraph the sentence
	// starts; a sentence without "# newdoc" or "# newpar" continues the
	// previous one's.
	Doc, Par string
	NewDoc   bool // the sentence opens a document
	NewPar   bool // the sentence opens a paragraph
	// Tokens are the surface tokens: a multiword token ("don't") is one
	// token whose Words are its syntactic words ("do", "n't").
	Tokens []UDToken
}

// UDToken is one surface token.
type UDToken struct {
	Form       string
	SpaceAfter bool     // false when MISC has SpaceAfter=No
	Words      []UDWord // one word, or the parts of a multiword token
}

// UDWord is one syntactic word with its annotation.
type UDWord struct {
	Form, Lemma, UPOS, XPOS string
	Head                    int // 0 for the root, -1 when unknown
	Dep                     string
}

// Words returns the sentence's syntactic words in order.
func (s *UDSentence) Words() []UDWord {
	var w []UDWord
	for _, t := range s.Tokens {
		w = append(w, t.Words...)
	}
	return w
}

// ReadCoNLLU reads a CoNLL-U file. Empty nodes (ids like 8.1) are skipped.
// name is used in error messages.
func ReadCoNLLU(r io.Reader, name string) ([]UDSentence, error) {
	var (
		out     []UDSentence
		cur     UDSentence
		started bool
		doc     string
		par     string
		mwtEnd  int // id of the last word of the open multiword token
	)
	flush := func() {
		if started && len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur, started, mwtEnd = UDSentence{}, false, 0
	}
	sc := lines(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = trimBOM(line)
		}
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if !started {
			started = true
			cur.Doc, cur.Par = doc, par
		}
		if strings.HasPrefix(line, "#") {
			key, val, _ := strings.Cut(strings.TrimSpace(line[1:]), "=")
			key, val = strings.TrimSpace(key), strings.TrimSpace(val)
			switch {
			case key == "newdoc id" || key == "newdoc":
				doc, cur.Doc, cur.NewDoc = val, val, true
				par, cur.Par = "", ""
			case key == "newpar id" || key == "newpar":
				par, cur.Par, cur.NewPar = val, val, true
			case key == "sent_id":
				cur.ID = val
			case key == "text":
				cur.Text = val
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("read %s:%d: want 10 tab-separated fields, got %d", name, n, len(f))
		}
		id := f[0]
		if strings.Contains(id, ".") {
			continue // empty node of the enhanced graph
		}
		space := !strings.Contains(f[9], "SpaceAfter=No")
		if a, b, ok := strings.Cut(id, "-"); ok {
			lo, err1 := strconv.Atoi(a)
			hi, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || hi < lo {
				return nil, fmt.Errorf("read %s:%d: bad multiword token id %q", name, n, id)
			}
			cur.Tokens = append(cur.Tokens, UDToken{Form: f[1], SpaceAfter: space})
			mwtEnd = hi
			continue
		}
		num, err := strconv.Atoi(id)
		if err != nil {
			return nil, fmt.Errorf("read %s:%d: bad word id %q", name, n, id)
		}
		head, err := strconv.Atoi(f[6])
		if err != nil {
			head = -1
		}
		w := UDWord{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Head: head, Dep: f[7]}
		if num <= mwtEnd && len(cur.Tokens) > 0 {
			t := &cur.Tokens[len(cur.Tokens)-1]
			t.Words = append(t.Words, w)
			continue
		}
		cur.Tokens = append(cur.Tokens, UDToken{Form: f[1], SpaceAfter: space, Words: []UDWord{w}})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	flush()
	return out, nil
}
