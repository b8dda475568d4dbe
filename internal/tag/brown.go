package tag

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ReadBrown reads one file of the Brown corpus (word/tag tokens, one
// sentence per line, blank lines between) and returns its sentences in UD
// EWT's tokenization and UPOS tags, for use as extra training text.
//
// The Brown tags are mapped to UPOS the way EWT annotates: possessive
// "'s" and the "n't" of a negated verb are their own words (PART), the two
// halves of a contraction ("it's": pps+bez) are split at the apostrophe,
// "be" and modals are AUX, "have" and "do" are AUX before a verb, a
// capitalised noun in a title (nn-tl) is PROPN, particles are ADP.
// Sentences with a token it cannot map (a contraction with no apostrophe,
// an unknown tag) are dropped whole, so that no guessed tag is trained on;
// the second result counts them.
func ReadBrown(r io.Reader) ([]Sentence, int, error) {
	var out []Sentence
	dropped := 0
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var words, tags []string
		for _, tok := range strings.Fields(line) {
			i := strings.LastIndexByte(tok, '/')
			if i <= 0 || i == len(tok)-1 {
				words = nil
				break
			}
			words = append(words, tok[:i])
			tags = append(tags, tok[i+1:])
		}
		if len(words) == 0 {
			continue
		}
		s, ok := brownSentence(words, tags)
		if !ok {
			dropped++
			continue
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, 0, fmt.Errorf("read brown: %w", err)
	}
	return out, dropped, nil
}

// brownBase strips the title, headline and citation suffixes from a Brown
// tag ("nn-tl" → "nn") and says whether it marked a foreign word.
func brownBase(tag string) (string, bool) {
	foreign := strings.HasPrefix(tag, "fw-")
	tag = strings.TrimPrefix(tag, "fw-")
	for _, suf := range []string{"-tl", "-hl", "-nc"} {
		tag = strings.ReplaceAll(tag, suf, "")
	}
	return tag, foreign
}

// brownSentence maps one Brown sentence; ok is false when a token cannot
// be mapped.
func brownSentence(words, tags []string) (Sentence, bool) {
	type part struct{ w, t string }
	var parts []part
	title := make([]bool, 0, len(words))
	for i, w := range words {
		raw := tags[i]
		base, foreign := brownBase(raw)
		if w == "``" || w == "''" {
			w = "\""
		}
		if foreign {
			parts = append(parts, part{w, "fw"})
			title = append(title, false)
			continue
		}
		isTitle := strings.Contains(raw, "-tl")
		pieces := strings.Split(base, "+")
		switch {
		case len(pieces) == 2:
			k := strings.LastIndexByte(w, '\'')
			if k <= 0 {
				return Sentence{}, false
			}
			parts = append(parts, part{w[:k], pieces[0]}, part{w[k:], pieces[1]})
			title = append(title, isTitle, false)
		case len(pieces) > 2:
			return Sentence{}, false
		case strings.HasSuffix(base, "*") && base != "*":
			// A negated verb: "didn't", "can't" (EWT: "ca" + "n't"), "cannot".
			lw := strings.ToLower(w)
			var k int
			switch {
			case strings.HasSuffix(lw, "n't"):
				k = len(w) - 3
			case strings.HasSuffix(lw, "not"):
				k = len(w) - 3
			default:
				return Sentence{}, false
			}
			if k <= 0 {
				return Sentence{}, false
			}
			parts = append(parts, part{w[:k], strings.TrimSuffix(base, "*")}, part{w[k:], "*"})
			title = append(title, isTitle, false)
		case strings.HasSuffix(base, "$") && base != "pp$" && base != "pp$$" && base != "wp$":
			k := strings.LastIndexByte(w, '\'')
			if k <= 0 {
				return Sentence{}, false
			}
			parts = append(parts, part{w[:k], strings.TrimSuffix(base, "$")}, part{w[k:], "pos"})
			title = append(title, isTitle, false)
		default:
			parts = append(parts, part{w, base})
			title = append(title, isTitle)
		}
	}
	s := Sentence{Words: make([]string, len(parts)), Tags: make([]string, len(parts)), Lemmas: make([]string, len(parts))}
	for i, p := range parts {
		s.Words[i] = p.w
		s.Lemmas[i] = "_"
		next := func(skip func(string) bool) string {
			for j := i + 1; j < len(parts); j++ {
				if !skip(parts[j].t) {
					return parts[j].t
				}
			}
			return ""
		}
		u := brownUPOS(p.w, p.t, title[i], next)
		lw := strings.ToLower(p.w)
		switch {
		case u == "SCONJ" && (lw == "as" || lw == "than" || lw == "like" || lw == "before" || lw == "after" || lw == "since" || lw == "until" || lw == "till"):
			// EWT: a preposition unless a clause with a verb follows.
			u = "ADP"
			for j := i + 1; j < len(parts); j++ {
				if brownFinite(parts[j].t) || parts[j].t == "vbg" && j == i+1 {
					u = "SCONJ"
					break
				}
				if brownClauseEnd(parts[j].t) {
					break
				}
			}
		case u == "ADP" && p.t == "in":
			// EWT: a preposition before a gerund clause is SCONJ.
			for j := i + 1; j < len(parts); j++ {
				if parts[j].t == "vbg" {
					u = "SCONJ"
				}
				if parts[j].t != "*" && parts[j].t != "rb" {
					break
				}
			}
		case p.t == "abx" && lw == "both":
			// "both … and …" is a conjunction.
			for j := i + 1; j < len(parts) && j < i+10; j++ {
				if parts[j].t == "cc" && strings.EqualFold(parts[j].w, "and") {
					u = "CCONJ"
					break
				}
			}
		case p.t == "rp":
			switch lw {
			case "up", "down", "off", "out", "in", "on", "over":
			default:
				u = "ADV"
			}
		case p.t == "cs" && lw == "that" && i > 0 && brownNominal(parts[i-1].t) && i+1 < len(parts) && (brownFinite(parts[i+1].t) || parts[i+1].t == "md"):
			// Brown writes a relative "that" as a conjunction; with no
			// subject after it ("the post that was attacked") it is the
			// relative pronoun EWT has.
			u = "PRON"
		case p.t == "nr" && lw == "home":
			u = "ADV"
		case u == "PRON" && (p.t == "dti" || p.t == "dt" || p.t == "dts") && lw != "this" && lw != "that" && lw != "these" && lw != "those":
			// EWT: quantifiers ("each", "some", "any") are DET alone too.
			u = "DET"
		case u == "AUX" && strings.HasPrefix(p.t, "be") && i > 0 && parts[i-1].t == "ex":
			// Existential "there is" is a verb.
			u = "VERB"
		}
		if u == "" {
			return Sentence{}, false
		}
		s.Tags[i] = u
	}
	return s, true
}

// brownUPOS maps one Brown base tag to UPOS; next finds the next tag that
// skip does not pass over. It returns "" for a tag it does not know.
func brownUPOS(w, t string, title bool, next func(func(string) bool) string) string {
	between := func(t string) bool {
		switch t {
		case "rb", "*", "ql", "pps", "ppss", "ppo", "ex", "at", "pn", "rbr", "rn", "abn":
			return true
		}
		return false
	}
	nominal := func() bool {
		switch next(func(string) bool { return false }) {
		case "nn", "nns", "np", "nps", "jj", "jjr", "jjs", "jjt", "cd", "od", "ap", "nr", "vbg", "vbn", "nn$", "np$":
			return true
		}
		return false
	}
	capital := func() bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	switch t {
	case "fw", "nil":
		return "X"
	case "pos", "*", "to":
		return "PART"
	case "at", "abn", "abx", "dtx":
		return "DET"
	case "dt", "dti", "dts", "wdt":
		if nominal() {
			return "DET"
		}
		return "PRON"
	case "abl":
		if strings.EqualFold(w, "such") {
			return "ADJ"
		}
		return "ADV"
	case "ap", "jj", "jjr", "jjs", "jjt", "od":
		return "ADJ"
	case "cc":
		return "CCONJ"
	case "cs":
		return "SCONJ"
	case "cd":
		return "NUM"
	case "ex", "pn", "pps", "ppss", "ppo", "ppl", "ppls", "pp$", "pp$$", "wps", "wpo", "wp$":
		return "PRON"
	case "in":
		return "ADP"
	case "rp":
		return "ADP"
	case "md":
		return "AUX"
	case "nn", "nns":
		if title && capital() {
			return "PROPN"
		}
		return "NOUN"
	case "np", "nps":
		return "PROPN"
	case "nr", "nrs":
		if capital() {
			return "PROPN"
		}
		return "NOUN"
	case "ql", "qlp", "rb", "rbr", "rbt", "rn", "wql", "wrb":
		return "ADV"
	case "uh":
		return "INTJ"
	case "vb", "vbd", "vbg", "vbn", "vbz":
		return "VERB"
	case "be", "bed", "bedz", "beg", "bem", "ben", "ber", "bez":
		return "AUX"
	case "hv", "hvd", "hvg", "hvn", "hvz":
		switch next(between) {
		case "vbn", "ben", "hvn", "vbd":
			return "AUX"
		}
		return "VERB"
	case "do", "dod", "doz":
		switch next(between) {
		case "vb", "be", "hv", "do":
			return "AUX"
		}
		return "VERB"
	case ".", ",", ":", "(", ")", "--", "'", "``", "''":
		return "PUNCT"
	}
	return ""
}

// brownFinite says whether a Brown tag is a finite verb (or a modal).
func brownFinite(t string) bool {
	switch t {
	case "vbd", "vbz", "vb", "md", "bez", "bedz", "bed", "ber", "bem", "hvd", "hvz", "hv", "dod", "doz", "do":
		return true
	}
	return false
}

// brownClauseEnd says whether a Brown tag ends the clause a conjunction
// may open.
func brownClauseEnd(t string) bool {
	switch t {
	case ".", ",", ":", "(", ")", "--", "cc", "cs", "wdt", "wps":
		return true
	}
	return false
}

// brownNominal says whether a Brown tag ends a noun phrase.
func brownNominal(t string) bool {
	switch t {
	case "nn", "nns", "np", "nps", "nr", "pn", "cd":
		return true
	}
	return false
}
