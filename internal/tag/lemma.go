package tag

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lemmatizer maps a lower-case form and a tag to a lemma: first through a
// table of pairs seen in training, then through the longest matching
// suffix rule learned for the tag, else the form itself.
type lemmatizer struct {
	// exact maps form+"\x00"+tag number to the lemma.
	exact map[string]string
	// rules maps tag number+"\x00"+suffix to a rewrite.
	rules  map[string]rewrite
	maxSuf int
	// tagSuf[t] is the longest rule suffix for tag t (0: no rules).
	tagSuf [64]uint8
	// known holds the lemmas of the exact table and the words of the tag
	// dictionary: a verb's suffix-rule lemma that is not one of them gives
	// way to a regular stem that is (see regular).
	known map[string]bool
	// verb is the VERB tag's number (-1: unknown); regular stems are
	// tried for verbs only ("the preferred course" keeps its ADJ lemma).
	verb int
}

// rewrite removes strip bytes from the end of a form and appends add.
type rewrite struct {
	strip int
	add   string
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

func key(tag int, s string) string { return string(rune('A'+tag)) + "\x00" + s }

// lemma returns the lemma of form tagged tag. buf is scratch space
// reused between calls, so that a lookup allocates nothing.
func (l *lemmatizer) lemma(buf *[]byte, form string, tag int) string {
	b := append((*buf)[:0], byte('A'+tag), 0)
	for i := 0; i < len(form); {
		c := form[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(form[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += n
	}
	*buf = b
	f := b[2:]
	same := string(f) == form
	if l != nil {
		if s, ok := l.exact[string(b)]; ok {
			return s
		}
		var kb [32]byte
		for n := min(int(l.tagSuf[tag&63]), len(f)-2); n >= 1; n-- {
			k := append(kb[:0], b[0], 0)
			k = append(k, f[len(f)-n:]...)
			if r, ok := l.rules[string(k)]; ok && r.strip <= len(f)-2 {
				lem := string(f[:len(f)-r.strip]) + r.add
				if tag == l.verb && !l.known[lem] {
					if reg := l.regular(f); reg != "" {
						return reg
					}
				}
				return lem
			}
		}
	}
	if same {
		return form
	}
	return string(f)
}

// regular returns the lemma of a regular -ed or -ing form f whose stem,
// the stem with "e" or the stem undoubled is a known lemma, in that
// order ("shelled" → "shell", "blamed" → "blame", "stopped" → "stop"),
// else "". Suffix rules learned from other words would give "shel" and
// "blam".
func (l *lemmatizer) regular(f []byte) string {
	var stem []byte
	switch {
	case len(f) > 4 && f[len(f)-2] == 'e' && f[len(f)-1] == 'd':
		stem = f[:len(f)-2]
	case len(f) > 5 && f[len(f)-3] == 'i' && f[len(f)-2] == 'n' && f[len(f)-1] == 'g':
		stem = f[:len(f)-3]
	default:
		return ""
	}
	if l.known[string(stem)] {
		return string(stem)
	}
	if e := string(stem) + "e"; l.known[e] {
		return e
	}
	if n := len(stem); n > 2 && stem[n-1] == stem[n-2] && l.known[string(stem[:n-1])] {
		return string(stem[:n-1])
	}
	return ""
}

// setTagSuf fills tagSuf from the rules, and known from the exact table.
func (l *lemmatizer) setTagSuf() {
	l.known = make(map[string]bool, len(l.exact))
	for _, lem := range l.exact {
		l.known[lem] = true
	}
	l.tagSuf = [64]uint8{}
	for k := range l.rules {
		t := int(k[0]-'A') & 63
		l.tagSuf[t] = max(l.tagSuf[t], uint8(min(len(k)-2, 255)))
	}
}

// lemmaExample is one (form, tag, lemma) type seen in training.
type lemmaExample struct {
	form  string
	tag   int
	lemma string
}

// learnLemmas builds a lemmatizer from training tokens: the most frequent
// lemma of each (form, tag), and for each tag and suffix of 1 to 5 bytes
// the rewrite most (form, tag) types with that suffix need, kept when at
// least 3 types agree and they are a majority.
func learnLemmas(counts map[lemmaExample]int) *lemmatizer {
	type ft struct {
		form string
		tag  int
	}
	best := map[ft]lemmaExample{}
	bestN := map[ft]int{}
	exs := make([]lemmaExample, 0, len(counts))
	for e := range counts {
		exs = append(exs, e)
	}
	slices.SortFunc(exs, func(a, b lemmaExample) int {
		return cmp.Or(cmp.Compare(a.form, b.form), cmp.Compare(a.tag, b.tag), cmp.Compare(a.lemma, b.lemma))
	})
	for _, e := range exs {
		k := ft{e.form, e.tag}
		if n := counts[e]; n > bestN[k] {
			best[k], bestN[k] = e, n
		}
	}
	l := &lemmatizer{exact: map[string]string{}, rules: map[string]rewrite{}, maxSuf: 5, verb: -1}
	type sufKey struct {
		tag int
		suf string
	}
	votes := map[sufKey]map[rewrite]int{}
	for _, e := range exs {
		if best[ft{e.form, e.tag}] != e {
			continue
		}
		l.exact[key(e.tag, e.form)] = e.lemma
		p := 0
		for p < len(e.form) && p < len(e.lemma) && e.form[p] == e.lemma[p] {
			p++
		}
		rw := rewrite{len(e.form) - p, e.lemma[p:]}
		for n := 1; n <= l.maxSuf && n <= len(e.form)-2; n++ {
			k := sufKey{e.tag, e.form[len(e.form)-n:]}
			if votes[k] == nil {
				votes[k] = map[rewrite]int{}
			}
			votes[k][rw]++
		}
	}
	for k, v := range votes {
		total, top, topN := 0, rewrite{}, 0
		for rw, n := range v {
			total += n
			if n > topN || n == topN && (rw.strip < top.strip || rw.strip == top.strip && rw.add < top.add) {
				top, topN = rw, n
			}
		}
		if topN >= 3 && 2*topN > total {
			l.rules[key(k.tag, k.suf)] = top
		}
	}
	// Drop rules that say what the next shorter rule already says.
	var redundant []string
	for k, rw := range l.rules {
		tag, suf := int(k[0]-'A'), k[2:]
		for n := len(suf) - 1; n >= 1; n-- {
			if short, ok := l.rules[key(tag, suf[len(suf)-n:])]; ok {
				if short == rw {
					redundant = append(redundant, k)
				}
				break
			}
		}
	}
	for _, k := range redundant {
		delete(l.rules, k)
	}
	l.setTagSuf()
	// Drop table entries the rules reproduce.
	for k, lem := range l.exact {
		tag, form := int(k[0]-'A'), k[2:]
		delete(l.exact, k)
		if l.lemma(new([]byte), form, tag) != lem {
			l.exact[k] = lem
		}
	}
	return l
}

// Lemma section format, after the perceptron model: "lemmas\n", uvarint
// counts of table entries and rules, then each entry as strings (uvarint
// length + bytes) tag name, form, lemma, and each rule as tag name,
// suffix, uvarint strip, add; both sorted.
const lemmaMagic = "lemmas\n"

func writeLemmas(w io.Writer, l *lemmatizer, classes []string) error {
	bw := bufio.NewWriter(w)
	var buf [binary.MaxVarintLen64]byte
	putU := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	putS := func(s string) { putU(uint64(len(s))); bw.WriteString(s) }
	bw.WriteString(lemmaMagic)
	ek := slices.Sorted(maps.Keys(l.exact))
	rk := slices.Sorted(maps.Keys(l.rules))
	putU(uint64(len(ek)))
	putU(uint64(len(rk)))
	for _, k := range ek {
		putS(classes[k[0]-'A'])
		putS(k[2:])
		putS(l.exact[k])
	}
	for _, k := range rk {
		putS(classes[k[0]-'A'])
		putS(k[2:])
		putU(uint64(l.rules[k].strip))
		putS(l.rules[k].add)
	}
	return bw.Flush()
}

func readLemmas(r io.ByteReader, classes []string) (*lemmatizer, error) {
	bad := func(err error) (*lemmatizer, error) {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("read lemma table: %w", err)
	}
	for i := range len(lemmaMagic) {
		c, err := r.ReadByte()
		if err != nil {
			return bad(err)
		}
		if c != lemmaMagic[i] {
			return bad(errors.New("no lemma table"))
		}
	}
	tagNum := map[string]int{}
	for i, c := range classes {
		tagNum[c] = i
	}
	getS := func() (string, error) {
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return "", err
		}
		if n > 1<<12 {
			return "", errors.New("string too long")
		}
		b := make([]byte, n)
		for i := range b {
			if b[i], err = r.ReadByte(); err != nil {
				return "", err
			}
		}
		return string(b), nil
	}
	getTag := func() (int, error) {
		s, err := getS()
		if err != nil {
			return 0, err
		}
		t, ok := tagNum[s]
		if !ok {
			return 0, fmt.Errorf("unknown tag %q", s)
		}
		return t, nil
	}
	ne, err := binary.ReadUvarint(r)
	if err != nil {
		return bad(err)
	}
	nr, err := binary.ReadUvarint(r)
	if err != nil {
		return bad(err)
	}
	if ne > 1<<22 || nr > 1<<22 {
		return bad(errors.New("table too large"))
	}
	l := &lemmatizer{exact: make(map[string]string, ne), rules: make(map[string]rewrite, nr), verb: slices.Index(classes, "VERB")}
	for range ne {
		t, err := getTag()
		if err != nil {
			return bad(err)
		}
		f, err := getS()
		if err != nil {
			return bad(err)
		}
		lem, err := getS()
		if err != nil {
			return bad(err)
		}
		l.exact[key(t, f)] = lem
	}
	for range nr {
		t, err := getTag()
		if err != nil {
			return bad(err)
		}
		suf, err := getS()
		if err != nil {
			return bad(err)
		}
		strip, err := binary.ReadUvarint(r)
		if err != nil {
			return bad(err)
		}
		add, err := getS()
		if err != nil {
			return bad(err)
		}
		l.rules[key(t, suf)] = rewrite{int(strip), add}
		l.maxSuf = max(l.maxSuf, len(suf))
	}
	l.setTagSuf()
	return l, nil
}
