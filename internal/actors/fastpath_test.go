package actors

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// The stage's fast paths (ASCII shortcuts, bit masks, binary searches)
// must answer exactly as the plain code they stand for: these tests
// compare the two on awkward input.

// awkward are words and texts where ASCII shortcuts could go wrong.
var awkward = []string{
	"", "a", "A", "he", "He", "HE", "hE", "his", "HIS", "Himself", "herself", "HERSELF", "hers", "she's",
	"hİs", "\u212Ae", "she\u0301", "Şhe", "ß", "ſhe", "US", "U.S.", "ISPR", "Ab", "AB1", "A1", "É", "ÉU", "Éu",
	"NATO's", "al-Qaeda", "x\xffy", "\xff", "ǅa", "ǄA", "ⅩⅠ", "Σ", "ΣΑ", "i\u0307", "Kabul’s",
	"J.D. Vance", "U.S.-led", "A. B.", "Å.B.", "e.g.", "1.2.", "a.b", "Mr. X", "é.è.",
}

func TestPronounOf(t *testing.T) {
	for _, w := range awkward {
		g, ok := pronounOf(w)
		wg, wok := pronounGender(strings.ToLower(w))
		if g != wg || ok != wok {
			t.Errorf("pronounOf(%q) = %q, %v, want %q, %v", w, g, ok, wg, wok)
		}
	}
}

func TestIsCaps(t *testing.T) {
	for _, w := range awkward {
		if got, want := isCaps(w), isCapsRunes(w); got != want {
			t.Errorf("isCaps(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLowerASCII(t *testing.T) {
	for _, s := range []string{"", "abc", "ABC", "Pakistan's Foreign Office, said: \"No.\"\n", "A", "zZ9-@[`{"} {
		if got, want := lowerASCII(s), strings.ToLower(s); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestIsWordRune(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
	for _, s := range awkward {
		for i := 0; i < len(s); i++ {
			r, n := decodeRune(s, i)
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Errorf("decodeRune(%q, %d) = %U, %d, want %U, %d", s, i, r, n, wr, wn)
			}
		}
	}
}

// acronymEndPlain is acronymEnd without its fast path.
func acronymEndPlain(t string, i int) int {
	j, n := i, 0
	for j < len(t) {
		r, size := utf8.DecodeRuneInString(t[j:])
		if !unicode.IsLetter(r) || j+size >= len(t) || t[j+size] != '.' {
			break
		}
		j += size + 1
		n++
	}
	if n >= 2 {
		return j
	}
	return i
}

func TestAcronymEnd(t *testing.T) {
	for _, s := range awkward {
		for i := 0; i < len(s); i++ {
			if got, want := acronymEnd(s, i), acronymEndPlain(s, i); got != want {
				t.Errorf("acronymEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestScanReuse checks that scanning into a used buffer gives what a
// fresh scan gives.
func TestScanReuse(t *testing.T) {
	buf := scan(strings.Repeat("Old words, LONG gone. ", 40))
	for _, s := range append(awkward, fixtures[0].text, "") {
		want := scan(s)
		got := scanInto(buf, s)
		if len(got) != len(want) {
			t.Fatalf("scanInto(used, %q): %d words, want %d", s, len(got), len(want))
		}
		for k := range want {
			if got[k] != want[k] {
				t.Errorf("scanInto(used, %q) word %d = %+v, want %+v", s, k, got[k], want[k])
			}
		}
		buf = got
	}
}

// TestCandFits checks every reading of the lexicon against every window
// of a text with words in all cases.
func TestCandFits(t *testing.T) {
	lx := testResolver(t).lex
	tw := scan("US us Us U.S. u.s. ISPR Ispr ispr Foreign Office foreign office FOREIGN OFFICE")
	n, checked := 0, 0
	var walk func(nd *node, depth int)
	walk = func(nd *node, depth int) {
		for _, c := range nd.cands {
			n++
			if len(c.words) > len(tw) {
				continue
			}
			for i := 0; i+len(c.words) <= len(tw); i++ {
				w := tw[i : i+len(c.words)]
				if got, want := c.fits(w), caseFits(c.words, w); got != want {
					t.Fatalf("fits(%v, %v) = %v, want %v", c.words, w, got, want)
				}
				checked++
			}
		}
		for _, nx := range nd.next {
			walk(nx, depth+1)
		}
	}
	walk(&lx.root, 0)
	if n == 0 || checked == 0 {
		t.Fatalf("checked %d windows of %d readings", checked, n)
	}
}

func TestSpanSetOverlaps(t *testing.T) {
	places := []doc.Place{
		{Mentions: []doc.Mention{{Start: 30, End: 40}, {Start: 5, End: 9}}},
		{Mentions: []doc.Mention{{Start: 10, End: 60}, {Start: 70, End: 70}}},
		{Mentions: []doc.Mention{{Start: 100, End: 101}}},
	}
	ss := newSpanSet(places, nil)
	for start := 0; start < 110; start++ {
		for end := start; end < 112; end++ {
			sp := doc.Span{Start: start, End: end}
			want := false
			for _, p := range places {
				for _, m := range p.Mentions {
					want = want || (doc.Span{Start: m.Start, End: m.End}).Overlaps(sp)
				}
			}
			if got := ss.overlaps(sp); got != want {
				t.Errorf("overlaps(%v) = %v, want %v", sp, got, want)
			}
		}
	}
}

// TestLinkEntities compares linkEntities with the plain search over every
// actor and mention, ties included.
func TestLinkEntities(t *testing.T) {
	out := []doc.Actor{
		{ID: "a1", Mentions: []doc.Mention{{Start: 0, End: 5}, {Start: 20, End: 30}}},
		{ID: "a2", Mentions: []doc.Mention{{Start: 3, End: 8}, {Start: 22, End: 28}, {Start: 40, End: 41}}},
		{ID: "a3", Mentions: []doc.Mention{{Start: 20, End: 30}, {Start: 50, End: 90}}},
	}
	var ents []doc.Entity
	for start := 0; start < 95; start++ {
		for end := start; end < 96; end += 3 {
			ents = append(ents, doc.Entity{Start: start, End: end})
		}
	}
	s := &state{a: &doc.Analysis{Entities: ents}, sc: &scratch{}}
	s.linkEntities(out)
	for _, e := range s.a.Entities {
		want, bestN := "", 0
		for _, ac := range out {
			for _, m := range ac.Mentions {
				if n := min(e.End, m.End) - max(e.Start, m.Start); n > bestN {
					want, bestN = ac.ID, n
				}
			}
		}
		if string(e.Actor) != want {
			t.Errorf("entity %d-%d linked to %q, want %q", e.Start, e.End, e.Actor, want)
		}
	}
}
