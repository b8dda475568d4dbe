package doc

import "unicode/utf8"

// ToCodePoints converts every offset in a from UTF-8 bytes into Unicode
// code points, as the output format requires. Call it once, on an analysis
// that no stage will touch again.
func (a *Analysis) ToCodePoints() {
	idx := newRuneIndex(a.Document.Text)
	c := idx.convert
	if d := a.Document.Dateline; d != nil {
		d.Start, d.End = c(d.Start), c(d.End)
	}
	for i := range a.Sentences {
		s := &a.Sentences[i]
		s.Start, s.End = c(s.Start), c(s.End)
	}
	for i := range a.Tokens {
		t := &a.Tokens[i]
		t.Start, t.End = c(t.Start), c(t.End)
	}
	for i := range a.Entities {
		e := &a.Entities[i]
		e.Start, e.End = c(e.Start), c(e.End)
	}
	for i := range a.Actors {
		convertMentions(a.Actors[i].Mentions, c)
	}
	for i := range a.Places {
		convertMentions(a.Places[i].Mentions, c)
	}
	for i := range a.Times {
		t := &a.Times[i]
		t.Start, t.End = c(t.Start), c(t.End)
	}
	for i := range a.Events {
		e := &a.Events[i]
		e.Start, e.End = c(e.Start), c(e.End)
		e.Trigger.Start, e.Trigger.End = c(e.Trigger.Start), c(e.Trigger.End)
		for _, arg := range []*Arg{e.Source, e.Target} {
			if arg != nil {
				arg.Start, arg.End = c(arg.Start), c(arg.End)
			}
		}
	}
	for i := range a.Quotes {
		q := &a.Quotes[i]
		q.Start, q.End = c(q.Start), c(q.End)
		for _, p := range []*int{q.CueStart, q.CueEnd, q.SpeakerStart, q.SpeakerEnd} {
			if p != nil {
				*p = c(*p)
			}
		}
	}
	for i := range a.Diagnostics {
		d := &a.Diagnostics[i]
		d.Start, d.End = c(d.Start), c(d.End)
	}
}

func convertMentions(ms []Mention, c func(int) int) {
	for i := range ms {
		ms[i].Start, ms[i].End = c(ms[i].Start), c(ms[i].End)
	}
}

// runeIndex maps byte offsets to code point offsets. For ASCII text (the
// common case) it is the identity and costs nothing.
type runeIndex struct {
	ascii bool
	// at[i] is the code point offset of byte offset i, for i in [0, len].
	at []int32
}

func newRuneIndex(s string) runeIndex {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return runeIndex{ascii: true}
	}
	at := make([]int32, len(s)+1)
	n := int32(0)
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		for j := 0; j < size; j++ {
			at[i+j] = n // an offset inside a rune maps to that rune
		}
		i += size
		n++
	}
	at[len(s)] = n
	return runeIndex{at: at}
}

func (r runeIndex) convert(b int) int {
	if r.ascii {
		return b
	}
	if b < 0 {
		return 0
	}
	if b >= len(r.at) {
		return int(r.at[len(r.at)-1])
	}
	return int(r.at[b])
}

// CodePointOffset returns the code point offset of byte offset b in s.
func CodePointOffset(s string, b int) int {
	if b > len(s) {
		b = len(s)
	}
	return utf8.RuneCountInString(s[:b])
}
