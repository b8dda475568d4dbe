package ner

import (
	"unicode"

	"sitrep/internal/doc"
	"sitrep/internal/perceptron"
)

// A word written with hyphens ("al-Qaida", "Port-au-Prince",
// "Jean-Pierre") reaches the recogniser as several tokens, since the
// tokenizer splits hyphens as UD English does ("al" "-" "Qaida"), while
// the model learned from CoNLL-2003, whose tokens keep such words whole.
// Shown the parts, the model labels them as separate mentions ("al" GPE,
// "Qaida" ORG) or labels one part only ("Port" ORG). So the recogniser
// shows the model each hyphenated word whole, as written, and maps the
// labels back to the tokens (Annotate); a mention then never starts or
// ends inside a written word. A word that joins places or nationalities
// ("India-Pakistan talks", "Afghan-Pakistan border") is then split into
// its parts by a rule (apart), since the stages after this one want each
// place.

// ruleApart names the rule in Entity.Rule.
const ruleApart = "ner.word.apart" // "India-Pakistan" → "India", "Pakistan"

// unit is a run of tokens [first, end) shown to the model as one word.
type unit struct{ first, end int }

// hyphenWord returns the tokens [first, end) of the hyphenated word that
// token i is part of: the longest run of tokens of one sentence with no
// space between them, joined by hyphen tokens ("al" "-" "Qaida"). end ==
// i+1 and first == i when token i is not in one.
func hyphenWord(toks []doc.Token, i int) (int, int) {
	joined := func(j int) bool { // tokens j and j+1 touch
		return toks[j].End == toks[j+1].Start && toks[j].Sentence == toks[j+1].Sentence
	}
	first := i
	for first >= 2 && toks[first-1].Text == "-" && joined(first-1) && joined(first-2) && hasLetterOrDigit(toks[first-2].Text) {
		first -= 2
	}
	end := i + 1
	for end+1 < len(toks) && toks[end].Text == "-" && joined(end-1) && joined(end) && hasLetterOrDigit(toks[end+1].Text) {
		end += 2
	}
	return first, end
}

// appendUnits appends to us the units of tokens [first, last): each
// hyphenated word is one, every other token one of its own.
func appendUnits(us []unit, toks []doc.Token, first, last int) []unit {
	for i := first; i < last; {
		e := i + 1
		if hasLetterOrDigit(toks[i].Text) {
			_, e = hyphenWord(toks, i)
			e = min(e, last)
		}
		us = append(us, unit{i, e})
		i = e
	}
	return us
}

// unitPOS returns the UPOS tag shown for a unit: PROPN when one of its
// tokens has it, else its last token's.
func unitPOS(toks []doc.Token, u unit) string {
	for j := u.first; j < u.end; j++ {
		if toks[j].POS == "PROPN" {
			return "PROPN"
		}
	}
	return string(toks[u.end-1].POS)
}

// apart mends a mention that is one hyphenated word of places or
// nationalities, which CoNLL-2003 labels as one MISC word:
//   - every part capitalised and a place in the gazetteer or a
//     nationality, and the whole word not a place ("Guinea-Bissau" stays
//     whole): one mention per part ("India-Pakistan talks");
//   - capitalised parts naming a place or a nationality, then lower-case
//     parts: a mention of the name alone ("Pakistan-based", "Afghan-led").
//
// A place becomes a LOC, a nationality a MISC; retype refines both.
func (r *refiner) apart(spans []span) []span {
	out := spans[:0:0]
	for _, s := range spans {
		f, e := hyphenWord(r.a.Tokens, s.first)
		if f != s.first || e != s.end || e-f < 3 || r.isPlaceText(f, e) {
			out = append(out, s)
			continue
		}
		n := f // the end of the capitalised parts
		for n < e && isCapitalized(r.tok(n).Text) {
			n += 2
		}
		n = min(n, e)
		var parts []span
		if n == e {
			parts = r.placeParts(s, f, e)
		} else if n > f && r.lowerParts(n, e) {
			if t := r.placeType(f, n-1); t != "" {
				p := s
				p.end, p.e.Type, p.e.Rule = n-1, t, ruleApart
				parts = []span{p}
			}
		}
		if parts == nil {
			out = append(out, s)
			continue
		}
		out = append(out, parts...)
	}
	return out
}

// placeParts returns a mention per part of the word [f, e) of s when each
// part is a place or a nationality, else nil.
func (r *refiner) placeParts(s span, f, e int) []span {
	var parts []span
	for j := f; j < e; j += 2 {
		t := r.placeType(j, j+1)
		if t == "" {
			return nil
		}
		p := s
		p.first, p.end, p.e.Type, p.e.Rule = j, j+1, t, ruleApart
		parts = append(parts, p)
	}
	return parts
}

// placeType returns LOC when tokens [first, end) as written are a place
// in the gazetteer, MISC when they are one nationality word, else "".
func (r *refiner) placeType(first, end int) string {
	switch {
	case r.isPlaceText(first, end):
		return doc.Loc
	case end == first+1 && isNationality(r.low(first)):
		return doc.Misc
	}
	return ""
}

// lowerParts reports whether the parts of a hyphenated word from token
// first to end, hyphen first, are lower-case words ("-based").
func (r *refiner) lowerParts(first, end int) bool {
	for j := first + 1; j < end; j += 2 {
		if !isLowerWord(r.tok(j).Text) {
			return false
		}
	}
	return true
}

func isLowerWord(w string) bool {
	for _, c := range w {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return w != ""
}

// isPlaceText reports whether the text of tokens [first, end), as
// written, is a name in the gazetteer.
func (r *refiner) isPlaceText(first, end int) bool {
	if r.gaz == nil {
		return false
	}
	text := r.a.Document.Text[r.tok(first).Start:r.tok(end-1).End]
	return r.gaz.names[perceptron.Bytes(perceptron.AppendNormal(nil, text))]
}
