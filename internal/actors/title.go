package actors

import (
	"strings"

	"sitrep/dict"
)

// title is what a title or apposition says about a person: "Chinese
// Special Envoy on Afghan Affairs" → CHN, GOV, role "Special Envoy on
// Afghan Affairs".
type title struct {
	i, j    int    // words [i, j); i == j when there is none
	country string // ISO3 or ""
	sector  string
	code    string // explicit code of an IGO in the title ("UN spokesman")
	role    string
	heads   []string // keys of the title head words ("spokesperson")
	titled  bool     // a head is a title word, not only a group noun
	gender  string
	source  string // dictionary line of the head or organisation
}

func (t title) empty() bool { return t.i == t.j }

// usableInTitle reports whether a match may be part of a title phrase.
func (s *state) usableInTitle(m *match) bool {
	for _, c := range m.cands {
		switch c.kind {
		case candTitle, candCollective, candCountry, candDemonym, candCapital, candHonorific:
			return true
		case candEntry:
			if s.lx.entries[c.entry].Kind != "person" {
				return true
			}
		}
	}
	return false
}

// isInitial reports whether w is a single capital letter (an initial).
func isInitial(w word) bool { return len(w.key) == 1 && w.upper }

// softBreak reports whether the punctuation after word k still lets a
// title run on ("Maj. Gen.", "Mr.").
func (s *state) softBreak(k int) bool {
	w := s.ws[k]
	return w.punct == "" || w.punct == "." && (w.is(fAbbreviation) || isInitial(w))
}

// titleBefore walks left from word ni over the words that can make up a
// title ("Foreign Office Spokesperson", "Pakistan's Interior Minister")
// and analyses them.
func (s *state) titleBefore(ni int) title {
	if ni == 0 || ni < len(s.ws) && s.ws[ni].sent != s.ws[ni-1].sent || s.ws[ni-1].punct == "," {
		return title{i: ni, j: ni} // a name that opens its sentence has no title
	}
	return s.titleWalk(ni, ni)
}

// titleBeforeComma reads "The spokesman of the ministry, NAME": a title
// phrase that opens the sentence and ends in a comma right before the name.
func (s *state) titleBeforeComma(ni int) title {
	none := title{i: ni, j: ni}
	if ni == 0 || s.ws[ni-1].punct != "," || ni < len(s.ws) && s.ws[ni].sent != s.ws[ni-1].sent {
		return none
	}
	t := s.titleWalk(ni, ni)
	if !t.titled {
		return none
	}
	// The phrase must open its clause: "the" or nothing before it.
	if b := t.i - 1; b >= 0 && s.ws[b].sent == s.ws[t.i].sent && s.ws[b].key != "the" && s.ws[b].punct == "" {
		return none
	}
	return t
}

// titleOf returns the title phrase that ends with the title match m
// ("Pakistan's interior minister"), for a description without a name.
func (s *state) titleOf(m *match) title { return s.titleWalk(m.j, m.i) }

// titleWalk extends a title phrase [start, ni) to the left and analyses
// words [start', ni).
func (s *state) titleWalk(ni, start int) title {
	sent := s.ws[ni-1].sent
	if w := s.ws[ni-1]; s.cover[ni-1] < 0 && w.is(fConnector) {
		return title{i: ni, j: ni} // "militants in North Waziristan": no title
	}
	for k := start - 1; k >= 0; {
		w := s.ws[k]
		if w.sent != sent || s.used[k] || !s.softBreak(k) && !(k == ni-1 && w.punct == ",") {
			// (A comma right before the name is allowed only when the
			// caller asked for "The spokesman of the ministry, NAME".)
			break
		}
		if m := s.matchEnding(k + 1); m != nil {
			if m.j != k+1 || !s.usableInTitle(m) {
				break
			}
			start, k = m.i, m.i-1
			continue
		}
		if w.is(fConnector) && !w.upper || w.upper && !w.is(fNotName) || w.is(fTitleWord) {
			start, k = k, k-1
			continue
		}
		break
	}
	// Trim plain connectors and capitalised plain words on the left: a
	// title starts with a dictionary word or a title word ("acting").
	for start < ni && s.cover[start] < 0 && !s.ws[start].is(fTitleWord) {
		start++
	}
	if start == ni {
		return title{i: ni, j: ni}
	}
	return s.analyse(start, ni, false)
}

// apposition reads ", a spokesman for the army," after a name ending
// before word nj.
func (s *state) apposition(nj int) title {
	none := title{i: nj, j: nj}
	if nj >= len(s.ws) || s.ws[nj-1].punct != "," || s.ws[nj].sent != s.ws[nj-1].sent {
		return none
	}
	first := s.ws[nj]
	if !first.is(fDeterminer) && s.cover[nj] < 0 && !first.poss {
		return none
	}
	end := -1
	for k := nj; k < len(s.ws) && k < nj+12; k++ {
		w := s.ws[k]
		if w.sent != first.sent || s.used[k] || w.key == "who" || w.key == "which" || w.key == "that" ||
			k > nj && w.is(fAgentVerb) && s.cover[k] < 0 && !w.upper {
			return none
		}
		if w.punct != "" && !s.softBreak(k) {
			end = k + 1
			break
		}
	}
	if end < 0 {
		return none
	}
	t := s.analyse(nj, end, true)
	if len(t.heads) == 0 {
		return none
	}
	return t
}

// analyse reads the title phrase in words [i, j). In an apposition an
// organisation anywhere names the employer ("a spokesman for the army");
// in a title before a name only modifiers before the head give the
// country ("Chinese Special Envoy on Afghan Affairs").
func (s *state) analyse(i, j int, appos bool) title {
	t := title{i: i, j: j}
	roleStart := -1
	headSeen := false
	orgCountry, orgSector, orgCode, postCountry := "", "", "", ""
	lastCountry, lastCountryEnd := "", -1
	for k := i; k < j; {
		m := s.matchAt(k)
		prev := ""
		if k > i {
			prev = s.ws[k-1].key
		}
		if m == nil {
			if roleStart < 0 && !s.ws[k].is(fDeterminer|fConnector) {
				roleStart = k
			}
			k++
			continue
		}
		modifier := false
		if c, ok := m.has(candHonorific); ok {
			t.gender = c.gender
			modifier = true
		} else if c, ok := s.headCand(m); ok && headSeen && c.sector != "CVL" && s.employer(i, m.i) {
			// "a spokesman for the provincial police": the employer.
			orgSector, t.source = c.sector, c.source
			if lastCountryEnd == m.i {
				orgCountry = lastCountry
			}
		} else if c, ok := s.headCand(m); ok {
			if !headSeen || t.sector == "" {
				t.sector = c.sector
				t.source = c.source
			}
			headSeen = true
			t.titled = t.titled || has(m, candTitle)
			t.heads = append(t.heads, s.keys(m.i, m.j))
			if w := s.ws[m.j-1].key; w != t.heads[len(t.heads)-1] {
				t.heads = append(t.heads, w)
			}
		} else if c, ok := m.has(candEntry); ok && prev != "to" {
			e := s.lx.entries[c.entry]
			p, _ := e.On(s.day)
			if orgSector == "" || appos {
				orgSector, orgCode, t.source = p.Sector, p.Code, p.Source
				if p.Country != dict.Context {
					orgCountry = p.Country
				} else if lastCountryEnd == m.i {
					orgCountry = lastCountry
				}
			}
			if e.Kind == "igo" || p.Sector == "IGO" {
				orgCountry = ""
			}
		} else if c, ok := countryCand(m); ok {
			iso := s.lx.countries[c.country].ISO3
			lastCountry, lastCountryEnd = iso, m.j
			switch {
			case !headSeen && t.country == "":
				t.country = iso
				modifier = roleStart < 0
			case headSeen && (prev == "of" || appos && prev == "for") && postCountry == "":
				postCountry = iso
			}
		}
		if roleStart < 0 && !modifier {
			roleStart = m.i
		}
		k = m.j
	}
	if t.country == "" {
		t.country = orgCountry
	}
	if t.country == "" {
		t.country = postCountry
	}
	if orgSector != "" {
		t.sector = orgSector
		t.code = orgCode
	}
	if roleStart >= 0 && roleStart < j {
		last := j - 1
		t.role = strings.TrimRight(s.t[s.ws[roleStart].start:s.ws[last].end], ".,;: ")
	}
	return t
}

// employer reports whether the phrase before word k (back to word i)
// ends in "for", "of" or "with", give or take determiners and adjectives:
// what follows employs the person ("a spokesman for the army").
func (s *state) employer(i, k int) bool {
	for b := k - 1; b >= i && b >= k-4; b-- {
		switch w := s.ws[b]; {
		case w.key == "for" || w.key == "of" || w.key == "with":
			return true
		case w.is(fDeterminer|fTitleWord) || s.cover[b] >= 0 && !has(s.ms[s.cover[b]], candTitle) && !has(s.ms[s.cover[b]], candCollective):
			continue
		default:
			return false
		}
	}
	return false
}

// titleHead reports whether m can stand right before a person's name: a
// title, or a collective noun in the singular ("police official Ahmed
// Khan", not "traders Union").
func (s *state) titleHead(m *match) bool {
	if has(m, candTitle) {
		return true
	}
	if !has(m, candCollective) {
		return false
	}
	last := s.ws[m.j-1].key
	return !strings.HasSuffix(last, "s") && last != "police" && last != "people" && last != "personnel" && last != "military"
}

// headCand returns the title or collective reading of m, if any.
func (s *state) headCand(m *match) (cand, bool) {
	if c, ok := m.has(candTitle); ok {
		return c, true
	}
	return m.has(candCollective)
}

// countryCand returns the country, demonym or capital reading of m.
func countryCand(m *match) (cand, bool) {
	for _, k := range []candKind{candCountry, candDemonym, candCapital} {
		if c, ok := m.has(k); ok {
			return c, true
		}
	}
	return cand{}, false
}

// keys joins the keys of words [i, j).
func (s *state) keys(i, j int) string {
	parts := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		parts = append(parts, s.ws[k].key)
	}
	return strings.Join(parts, " ")
}
