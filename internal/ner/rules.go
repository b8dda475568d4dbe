package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
	"sitrep/internal/perceptron"
)

// Rule names, as written in Entity.Rule.
const (
	ruleModel     = "ner.model"
	ruleHonorific = "ner.honorific"  // honorific + name → PERSON
	ruleTitle     = "ner.title"      // title cut from a PERSON
	ruleGPE       = "ner.type.gpe"   // LOC → GPE
	ruleLoc       = "ner.type.loc"   // LOC kept: a geographic feature or region
	ruleNORP      = "ner.type.norp"  // MISC → NORP
	ruleLaw       = "ner.type.law"   // → LAW by a cue word
	ruleLawNumber = "ner.law.number" // "Resolution 1267"
	ruleEvent     = "ner.type.event" // → EVENT by a cue word
	ruleDateline  = "ner.dateline"   // the dateline's place
	ruleJoinLaw   = "ner.law.extend" // name + "Agreement" → LAW
	ruleGroup     = "ner.type.group" // MISC "Taliban" → ORG
	ruleRoleOf    = "ner.role-of"    // "governor of X": X is a place
	ruleSplit     = "ner.split"      // a mention cut at a lower-case word
	rulePlace     = "ner.type.place" // "Indus River", "Karakoram Highway"
	ruleInPlace   = "ner.place-context"
	ruleOrgExtend = "ner.org.extend" // "Pakistan Peoples Party", "… Commission of Pakistan"
)

// span is an entity under refinement, located by token indexes.
type span struct {
	e          doc.Entity
	first, end int // tokens [first, end)
	drop       bool
}

// refiner holds what the rules need of one analysis.
type refiner struct {
	a     *doc.Analysis
	lower []string     // lower-case token texts, filled as needed by low
	caps  map[int]bool // capsSentence by sentence
	gaz   *gazetteer
	dict  map[uint64]dictEntry
}

// neverName reports whether token i's form was seen often in training and
// never inside a name.
func (r *refiner) neverName(i int) bool {
	e, ok := r.dict[perceptron.Bytes(perceptron.AppendNormal(nil, r.tok(i).Text))]
	return ok && e.amb == 1
}

func (r *refiner) tok(i int) *doc.Token { return &r.a.Tokens[i] }

// isPlace reports whether tokens [first, end) are a name in the
// gazetteer.
func (r *refiner) isPlace(first, end int) bool {
	if r.gaz == nil {
		return false
	}
	var b []byte
	for i := first; i < end; i++ {
		if i > first {
			b = append(b, ' ')
		}
		b = perceptron.AppendNormal(b, r.tok(i).Text)
	}
	k := perceptron.Bytes(b)
	return r.gaz.names[k] || r.gaz.bare[k]
}

// low returns token i's text in lower case.
func (r *refiner) low(i int) string {
	if r.lower[i] == "" {
		r.lower[i] = strings.ToLower(r.tok(i).Text)
	}
	return r.lower[i]
}

// lows returns the lower-case texts of tokens [first, end).
func (r *refiner) lows(first, end int) []string {
	for i := first; i < end; i++ {
		r.low(i)
	}
	return r.lower[first:end]
}

// refine applies the news rules to the model's mentions, which must be in
// text order, and returns the entities in text order.
func refine(a *doc.Analysis, found []doc.Entity, dict map[uint64]dictEntry, gaz *gazetteer) []doc.Entity {
	r := &refiner{a: a, lower: make([]string, len(a.Tokens)), dict: dict, gaz: gaz}
	spans := make([]span, 0, len(found))
	for _, e := range found {
		first, end := r.tokenRange(e.Start, e.End)
		if first < 0 {
			continue
		}
		spans = append(spans, span{e: e, first: first, end: end})
	}
	spans = r.apart(spans)
	spans = r.lowerPlaces(spans)
	spans = r.countryAbbrevs(spans)
	spans = r.split(spans)
	spans = r.placePairs(spans)
	spans = r.joinCompass(spans)
	spans = r.joinFeatureOf(spans)
	spans = r.joinInitials(spans)
	spans = r.joinInstitutions(spans)
	spans = r.dropJunk(spans)
	spans = r.honorifics(spans)
	spans = r.numberedLaws(spans)
	spans = r.extendLaws(spans)
	r.extendPlaces(spans)
	spans = r.extendOrgs(spans)
	spans = r.corporateSuffixes(spans)
	spans = r.roleSplit(spans)
	r.titles(spans)
	spans = r.splitIn(spans)
	r.eventPrefixes(spans)
	for i := range spans {
		r.retype(&spans[i])
	}
	spans = r.nationalityWords(spans)
	spans = r.groupWords(spans)
	r.companyNames(spans)
	r.surnames(spans)
	spans = r.acronyms(spans)
	spans = r.dateline(spans)
	out := make([]doc.Entity, 0, len(spans))
	for _, s := range spans {
		if !s.drop {
			s.e.Start, s.e.End = r.tok(s.first).Start, r.tok(s.end-1).End
			out = append(out, s.e)
		}
	}
	slices.SortStableFunc(out, func(x, y doc.Entity) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return y.End - x.End
	})
	return out
}

// tokenRange returns the tokens covered by the byte span [start, end), or
// -1 when it does not start and end on token boundaries.
func (r *refiner) tokenRange(start, end int) (int, int) {
	toks := r.a.Tokens
	first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	if first == len(toks) || toks[first].Start != start {
		return -1, -1
	}
	last := first
	for last < len(toks) && toks[last].End < end {
		last++
	}
	if last == len(toks) || toks[last].End != end {
		return -1, -1
	}
	return first, last + 1
}

func hasLetterOrDigit(s string) bool {
	for _, c := range s {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return true
		}
	}
	return false
}

func isCapitalized(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(c)
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !unicode.IsDigit(c) && c != '/' && c != '-' {
			return false
		}
	}
	return true
}

// sentenceStart reports whether token i opens its sentence, ignoring
// opening quotes and brackets.
func (r *refiner) sentenceStart(i int) bool {
	s := r.a.Sentences[r.tok(i).Sentence]
	for j := s.First; j < i; j++ {
		if hasLetterOrDigit(r.tok(j).Text) {
			return false
		}
	}
	return true
}

// capsSentence reports whether the sentence of token i is written in
// capitals (a headline or dateline line).
func (r *refiner) capsSentence(i int) bool {
	si := r.tok(i).Sentence
	if c, ok := r.caps[si]; ok {
		return c
	}
	if r.caps == nil {
		r.caps = map[int]bool{}
	}
	s := r.a.Sentences[si]
	words := make([]string, 0, s.Last-s.First)
	for j := s.First; j < s.Last; j++ {
		words = append(words, r.tok(j).Text)
	}
	r.caps[si] = isCapsLine(words)
	return r.caps[si]
}

// dropJunk trims from both ends of a mention the tokens that cannot be
// part of a name (punctuation, e-mail addresses, web addresses, greetings:
// "Beware !!", "Michael Bell mbell@example.com", "Dear Nina"), drops what is left with no
// letter or digit, and drops a lone capitalised word opening a sentence
// that is a common word ("Discussions would…") or that the tagger does
// not take for a noun or verb ("Cozy !", "Hello") unless the word is in
// a name elsewhere in the text or a nationality ("Pashtun"); the model
// takes such words for names
// because of their capital. A transcript's note in brackets
// ("(Laughter.)") is no name either.
func (r *refiner) dropJunk(spans []span) []span {
	// Words the model found inside a name away from a sentence start:
	// a lone sentence-initial mention of one of them is kept.
	named := map[string]bool{}
	for _, s := range spans {
		for i := s.first; i < s.end; i++ {
			if !r.sentenceStart(i) {
				named[r.tok(i).Text] = true
			}
		}
	}
	out := spans[:0]
	for _, s := range spans {
		for s.first < s.end && (r.junkToken(s.first) || isGreeting(r.low(s.first))) {
			s.first++
		}
		cutDay := false
		for s.end > s.first && (r.junkToken(s.end-1) || isGreeting(r.low(s.end-1)) || isWeekday(r.low(s.end-1))) {
			cutDay = cutDay || isWeekday(r.low(s.end-1))
			s.end-- // "Fallujah Wednesday": a day is never the end of a name
		}
		if cutDay && s.end > s.first && s.e.Type == doc.Org && (r.isPlace(s.first, s.end) || s.first > 0 && isPlacePrep(r.low(s.first-1))) {
			// What the model read as one name was a place and a day.
			s.e.Type, s.e.Rule = doc.Loc, ruleInPlace
		}
		if s.first == s.end || s.end-s.first == 1 && isStageDirection(r.low(s.first)) && s.first > 0 && isOpenBracket(r.tok(s.first-1).Text) {
			continue
		}
		s.e.Start, s.e.End = r.tok(s.first).Start, r.tok(s.end-1).End
		text := r.a.Document.Text[s.e.Start:s.e.End]
		if s.e.Rule == ruleModel && !hasUpper(text) && !r.anyPOS(s.first, s.end, "PROPN") && !r.isPlace(s.first, s.end) {
			continue // "my boyfriend", "the park": lower case, no listed place, and the tagger sees no name
		}
		if s.end-s.first == 1 && s.e.Type != doc.Misc && r.sentenceStart(s.first) && !r.capsSentence(s.first) {
			pos := string(r.tok(s.first).POS)
			if !isUpperWord(text) && (notNamePOS(pos) && !named[text] && !r.nationality(&s) || pos != "" && pos != "PROPN" && pos != "X" && r.neverName(s.first)) {
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// anyPOS reports whether a token of [first, end) is tagged pos.
func (r *refiner) anyPOS(first, end int, pos doc.Str) bool {
	for i := first; i < end; i++ {
		if r.tok(i).POS == pos {
			return true
		}
	}
	return false
}

// junkToken reports whether token i cannot be part of a name: it has no
// letter or digit, or is (part of) an e-mail or web address, which the
// tokenizer may have cut at "@".
func (r *refiner) junkToken(i int) bool {
	t := r.tok(i).Text
	if !hasLetterOrDigit(t) || isAddress(t) || isCommonAcronym(t) {
		return true
	}
	for j := i - 1; j >= 0 && r.tok(j).End == r.tok(j+1).Start; j-- {
		if isAddress(r.tok(j).Text) {
			return true
		}
	}
	for j := i + 1; j < len(r.a.Tokens) && r.tok(j-1).End == r.tok(j).Start; j++ {
		if isAddress(r.tok(j).Text) {
			return true
		}
	}
	return false
}

func isAddress(t string) bool {
	return strings.Contains(t, "@") || strings.Contains(t, "://") || len(t) >= 4 && strings.EqualFold(t[:4], "www.") || dottedName(t)
}

// dottedName reports whether t is a lower-case name made of parts joined
// by dots, as host names and newsgroups are ("dresscod.com",
// "alt.animals.dolphins"); abbreviations ("U.S.", "e.g.") have a letter
// or none between their dots.
func dottedName(t string) bool {
	if !strings.Contains(t, ".") {
		return false
	}
	for p := range strings.SplitSeq(t, ".") {
		if len(p) < 2 {
			return false
		}
		for _, c := range p {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// notNamePOS reports whether a word tagged p is not a name even when
// capitalised: an adjective, adverb, interjection, auxiliary, pronoun,
// determiner or conjunction.
func notNamePOS(p string) bool {
	switch p {
	case "ADJ", "ADV", "INTJ", "AUX", "PRON", "DET", "SCONJ", "CCONJ":
		return true
	}
	return false
}

func hasUpper(s string) bool {
	for _, c := range s {
		if unicode.IsUpper(c) {
			return true
		}
	}
	return false
}

// isFunctionPOS reports whether a UPOS tag marks a word that cannot be
// inside a name.
func isFunctionPOS(p doc.Str) bool {
	switch p {
	case "ADP", "VERB", "AUX", "PRON", "SCONJ", "ADV", "PART", "DET", "CCONJ":
		return true
	}
	return false
}

func isUpperWord(s string) bool {
	for _, c := range s {
		if unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// honorifics makes an honorific followed by capitalised words a PERSON
// ("Ms Baloch", "Gen. Asim Munir"), the honorific kept out of the name
// and put in the title. A mention the model made of those words is
// retyped; one that swallowed the honorific is cut.
func (r *refiner) honorifics(spans []span) []span {
	covered := func(i int) int {
		for k := range spans {
			if !spans[k].drop && spans[k].first <= i && i < spans[k].end {
				return k
			}
		}
		return -1
	}
	for i := 0; i < len(r.a.Tokens)-1; i++ {
		if !isCapitalized(r.tok(i).Text) || !isHonorific(r.low(i)) {
			continue
		}
		nameStart := i + 1
		if r.tok(nameStart).Text == "." && nameStart+1 < len(r.a.Tokens) {
			nameStart++
		}
		if r.tok(nameStart).Sentence != r.tok(i).Sentence {
			continue
		}
		// The name: capitalised words not themselves roles, at most four.
		end := nameStart
		for end < len(r.a.Tokens) && end-nameStart < 4 && r.tok(end).Sentence == r.tok(i).Sentence &&
			isCapitalized(r.tok(end).Text) && !isRole(r.low(end)) && hasLetterOrDigit(r.tok(end).Text) {
			end++
		}
		if end == nameStart {
			continue
		}
		// An honorific inside a mention of another type is part of a
		// name ("Major League").
		if h := covered(i); h >= 0 && spans[h].e.Type != doc.Person && !isShortHonorific(r.low(i)) {
			continue
		}
		// A longer-running honorific such as "President" needs a name
		// the model saw, or a short honorific ("Mr", "Gen.").
		k := covered(nameStart)
		if k < 0 && !isShortHonorific(r.low(i)) {
			continue
		}
		if k >= 0 {
			s := &spans[k]
			if s.e.Type != doc.Person && s.end-s.first > end-nameStart && s.first >= nameStart {
				// The model's mention runs on past the name: leave it.
				continue
			}
			if s.first != nameStart || s.end < end || s.e.Type != doc.Person {
				s.first = nameStart
				s.end = max(s.end, end)
				s.e.Type = doc.Person
				s.e.Rule = ruleHonorific
			}
		} else {
			spans = append(spans, span{e: doc.Entity{Type: doc.Person, Rule: ruleHonorific}, first: nameStart, end: end})
		}
		// Mentions overlapping the new name are absorbed.
		for j := range spans {
			o := &spans[j]
			if o.drop || (k >= 0 && j == k) || (k < 0 && j == len(spans)-1) {
				continue
			}
			if o.first < end && nameStart < o.end {
				o.drop = true
			}
		}
		i = end - 1
	}
	sortSpans(spans)
	return spans
}

func sortSpans(spans []span) {
	slices.SortStableFunc(spans, func(x, y span) int {
		if x.first != y.first {
			return x.first - y.first
		}
		return y.end - x.end
	})
}

// numberedLaws makes "Resolution 1267" and "Article 370" LAW mentions,
// cutting them from a mention that ran into them ("UN Security Council
// Resolution" → ORG "UN Security Council" + LAW "Resolution 1267").
func (r *refiner) numberedLaws(spans []span) []span {
	for i := 0; i+1 < len(r.a.Tokens); i++ {
		if !isCapitalized(r.tok(i).Text) || !isNumber(r.tok(i+1).Text) || !lawNumbered(r.low(i)) ||
			r.tok(i+1).Sentence != r.tok(i).Sentence {
			continue
		}
		for k := range spans {
			s := &spans[k]
			if s.drop || s.end <= i || s.first > i+1 {
				continue
			}
			if s.first < i {
				s.end = i
			} else {
				s.drop = true
			}
		}
		spans = append(spans, span{e: doc.Entity{Type: doc.Law, Rule: ruleLawNumber}, first: i, end: i + 2})
	}
	sortSpans(spans)
	return spans
}

// extendLaws joins a mention and the capitalised law word right after it
// ("Doha" + "Agreement" → LAW "Doha Agreement").
func (r *refiner) extendLaws(spans []span) []span {
	for k := range spans {
		s := &spans[k]
		if s.drop || s.e.Type == doc.Person || s.end >= len(r.a.Tokens) {
			continue
		}
		j := s.end
		if r.tok(j).Sentence != r.tok(s.first).Sentence || !isCapitalized(r.tok(j).Text) || !lawCue(r.low(j)) {
			continue
		}
		if k+1 < len(spans) && spans[k+1].first == j && !spans[k+1].drop {
			if spans[k+1].e.Type == doc.Law {
				continue
			}
			spans[k+1].drop = true
		}
		s.end = j + 1
		s.e.Type = doc.Law
		s.e.Rule = ruleJoinLaw
	}
	return spans
}

// titles cuts titles and roles from PERSON mentions and records them in
// Entity.Title: the run of words before the name, inside or outside the
// mention, made of capitalised words, role words and connectors, when it
// holds at least one role word ("Chinese Special Envoy on Afghan Affairs
// Yue Xiaoyong"). Other mentions inside the title (ORG "Foreign Office")
// are kept; one straddling title and name is dropped.
func (r *refiner) titles(spans []span) {
	for k := range spans {
		s := &spans[k]
		if s.drop || s.e.Type != doc.Person {
			continue
		}
		// Inside the mention: cut up to the last role word, if a name is
		// left.
		nameStart := s.first
		for i := s.first; i < s.end-1; i++ {
			if isRole(r.low(i)) || r.tok(i).Text == "." && i > s.first && isHonorific(r.low(i-1)) {
				nameStart = i + 1
			}
		}
		// "Secretary of State Antony Blinken": portfolio words after a
		// role and a connector end the title.
		if nameStart == s.first && s.first >= 2 && isTitleConnector(r.low(s.first-1)) && isRole(r.low(s.first-2)) {
			p := s.first
			for p < s.end-1 && isPortfolio(r.low(p)) {
				p++
			}
			nameStart = p
		}
		// Outside: walk left over the title.
		start := nameStart
		hasRole := nameStart > s.first
		sent := r.tok(s.first).Sentence
		for j := start - 1; j >= 0 && r.tok(j).Sentence == sent; j-- {
			w, lw := r.tok(j).Text, r.low(j)
			switch {
			case isRole(lw):
				hasRole = true
			case w == "." && j > 0 && isHonorific(r.low(j-1)):
			case isCapitalized(w) && hasLetterOrDigit(w) && r.titleWordPOS(j) && !isDateWord(lw):
			case r.tok(j).POS == "NOUN" && isRole(r.low(j+1)):
			case isTitleConnector(lw) && j > 0 && (isCapitalized(r.tok(j-1).Text) || isRole(r.low(j-1))):
			default:
				j = -1 // stop
				continue
			}
			start = j
		}
		for start < nameStart && isTitleConnector(r.low(start)) {
			start++
		}
		// "the governor of Khyber Pakhtunkhwa": a mention right after a
		// role and a connector is what the role is of, not a person.
		if nameStart == s.first && nameStart > 0 && isTitleConnector(r.low(nameStart-1)) {
			if nameStart > 1 && isRole(r.low(nameStart-2)) {
				s.e.Type = doc.GPE
				s.e.Rule = ruleRoleOf
			}
			continue
		}
		if nameStart == s.first && nameStart > 2 && r.low(nameStart-1) == "the" &&
			isTitleConnector(r.low(nameStart-2)) && isRole(r.low(nameStart-3)) {
			// "the chief of the Jamiat …": an organisation.
			s.e.Type = doc.Org
			s.e.Rule = ruleRoleOf
			continue
		}
		// Proper nouns after the last role word belong to the name
		// ("Spokesperson Mumtaz" + "Zahra Baloch").
		lastRole := -1
		for j := start; j < nameStart; j++ {
			if isRole(r.low(j)) {
				lastRole = j
			}
		}
		if lastRole >= 0 && lastRole+1 < nameStart {
			ok := true
			for j := lastRole + 1; j < nameStart; j++ {
				if r.tok(j).POS != "PROPN" || !isCapitalized(r.tok(j).Text) || isNationality(r.low(j)) || isOrgWord(r.low(j)) {
					ok = false
				}
			}
			if ok {
				nameStart = lastRole + 1
				s.first = min(s.first, nameStart)
			}
		}
		if !hasRole || start == nameStart || nameStart >= s.end {
			if s.e.Rule == ruleModel && nameStart != s.first && nameStart < s.end {
				s.first = nameStart
			}
			continue
		}
		title := r.a.Document.Text[r.tok(start).Start:r.tok(nameStart-1).End]
		s.e.Title = doc.Str(title)
		if s.first != nameStart {
			s.first = nameStart
			s.e.Rule = ruleTitle
		}
		for j := range spans {
			o := &spans[j]
			if j == k || o.drop || o.end <= start || o.first >= s.end {
				continue
			}
			if o.end > nameStart {
				o.drop = true
				continue
			}
			// A mention inside the title loses its role words
			// ("Foreign Office Spokesperson" → "Foreign Office").
			for o.end > o.first && (isRole(r.low(o.end-1)) || r.tok(o.end-1).Text == ".") {
				o.end--
			}
			if o.end == o.first {
				o.drop = true
			}
		}
	}
}

// corporateSuffixes extends an organisation over the legal-form words
// written after a comma ("CCNG, Inc.", "Daewoo Co., Ltd."), dropping a
// mention the model made of a suffix alone.
func (r *refiner) corporateSuffixes(spans []span) []span {
	for k := range spans {
		s := &spans[k]
		if s.drop || s.e.Type == doc.Law || s.e.Type == doc.Evt {
			continue
		}
		sent := r.tok(s.first).Sentence
		// An abbreviation's stop may be a token of its own ("Co" ".").
		stop := func(j int) int {
			if j < len(r.a.Tokens) && r.tok(j).Text == "." && r.tok(j-1).End == r.tok(j).Start && !strings.HasSuffix(r.tok(j-1).Text, ".") {
				return j + 1
			}
			return j
		}
		if isLegalForm(r.low(s.end - 1)) {
			s.end = stop(s.end) // the model's "Google , Inc" without its "."
		}
		for j := stop(s.end); j+1 < len(r.a.Tokens) && r.tok(j).Text == "," && r.tok(j+1).Sentence == sent && isLegalForm(r.low(j+1)); {
			end := stop(j + 2)
			for n := range spans {
				if n != k && spans[n].first >= s.end && spans[n].end <= end {
					spans[n].drop = true
				}
			}
			// A legal form makes a company of whatever the model saw.
			s.end, s.e.Type, s.e.Rule = end, doc.Org, ruleOrgExtend
			j = stop(end)
		}
	}
	return kept(spans)
}

// extendOrgs joins a mention and the capitalised words after it that end
// in an organisation word ("Pakistan" + "Peoples Party", "Kabul" +
// "University"), and an organisation and "of" + the place after it
// ("Human Rights Commission" + "of Pakistan").
func (r *refiner) extendOrgs(spans []span) []span {
	for k := range spans {
		s := &spans[k]
		if s.drop || s.e.Type == doc.Person || s.e.Type == doc.Law {
			continue
		}
		sent := r.tok(s.first).Sentence
		next := func(j int) *span {
			for n := k + 1; n < len(spans) && spans[n].first <= j; n++ {
				if !spans[n].drop && spans[n].first == j {
					return &spans[n]
				}
			}
			return nil
		}
		// "Pakistan Peoples Party": up to three capitalised words, the
		// last an organisation word, none in another mention.
		end := -1
		for j := s.end; j < len(r.a.Tokens) && j < s.end+3 && r.tok(j).Sentence == sent; j++ {
			w := r.tok(j).Text
			if !isCapitalized(w) || next(j) != nil || isUpperWord(w) && len(w) > 1 && !r.capsSentence(j) {
				break
			}
			if isOrgHead(r.low(j)) {
				end = j + 1
			}
		}
		if end > 0 && (s.e.Type == doc.Loc || s.e.Type == doc.GPE || s.e.Type == doc.Org) {
			s.end = end
			s.e.Type = doc.Org
			s.e.Rule = ruleOrgExtend
		}
		// A place the model cut from the organisation after it: "Pakistan"
		// + "Peoples Party".
		if o := next(s.end); end < 0 && o != nil && o.e.Type == doc.Org && (s.e.Type == doc.Loc || s.e.Type == doc.GPE) &&
			r.a.Tokens[s.end-1].End < r.a.Tokens[s.end].Start && isOrgHead(r.low(o.end-1)) {
			s.end = o.end
			s.e.Type = doc.Org
			s.e.Rule = ruleOrgExtend
			o.drop = true
		}
		// "Human Rights Commission of Pakistan".
		if s.e.Type == doc.Org && s.end+1 < len(r.a.Tokens) && r.low(s.end) == "of" && r.tok(s.end+1).Sentence == sent {
			if o := next(s.end + 1); o != nil && (o.e.Type == doc.Loc || o.e.Type == doc.GPE) {
				s.end = o.end
				o.drop = true
				s.e.Rule = ruleOrgExtend
			}
		}
	}
	return kept(spans)
}

// roleSplit turns a mention that runs from a title into a name
// ("Foreign Office Spokesperson Mumtaz Zahra Baloch" labelled ORG as a
// whole) into a PERSON for the name; titles then records the title.
func (r *refiner) roleSplit(spans []span) []span {
	for k := range len(spans) {
		s := &spans[k]
		if s.drop || s.e.Type == doc.Person || s.e.Type == doc.Law || s.end-s.first < 2 {
			continue
		}
		lastRole := -1
		for i := s.first; i < s.end-1; i++ {
			if isRole(r.low(i)) {
				lastRole = i
			}
		}
		// "Secretary of State Antony Blinken" labelled ORG from "State":
		// the portfolio words are the end of a title.
		if lastRole < 0 && s.first >= 2 && isTitleConnector(r.low(s.first-1)) && isRole(r.low(s.first-2)) {
			p := s.first
			for p < s.end-1 && isPortfolio(r.low(p)) {
				p++
			}
			if p > s.first {
				lastRole = p - 1
			}
		}
		if lastRole < 0 {
			continue
		}
		ok := true
		for i := lastRole + 1; i < s.end; i++ {
			if r.tok(i).POS != "PROPN" || !isCapitalized(r.tok(i).Text) || i == lastRole+1 && isNationality(r.low(i)) || isOrgWord(r.low(i)) || isRole(r.low(i)) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		// Words before the run of role words name an organisation
		// ("Foreign Office" in "Foreign Office Spokesperson …").
		rs := lastRole
		for rs > s.first && isRole(r.low(rs-1)) {
			rs--
		}
		org := span{e: s.e, first: s.first, end: rs}
		org.e.Rule = ruleTitle
		if r.isPlace(s.first, rs) {
			org.e.Type = doc.GPE
		}
		s.e.Type = doc.Person
		s.e.Rule = ruleTitle
		if rs > s.first {
			spans = append(spans, org) // s is stale from here
		}
	}
	sortSpans(spans)
	return spans
}

// split cuts a mention at a lower-case word that cannot be inside a name
// ("Karakoram Highway near Gilgit"); the part after a place preposition
// becomes a LOC.
func (r *refiner) split(spans []span) []span {
	n := len(spans)
	for k := 0; k < n; k++ {
		s := &spans[k]
		for i := s.first; i < s.end; i++ {
			w := r.tok(i).Text
			if hasUpper(w) || !hasLetterOrDigit(w) || isNameConnector(r.low(i)) || isNumber(w) || !isFunctionPOS(r.tok(i).POS) {
				continue
			}
			rest := span{e: s.e, first: i + 1, end: s.end}
			s.end = i
			if s.end == s.first {
				s.drop = true
			}
			if rest.first < rest.end {
				rest.e.Rule = ruleSplit
				if isPlacePrep(r.low(i)) {
					rest.e.Type = doc.Loc
				}
				spans = append(spans, rest) // s is stale from here
			}
			break
		}
	}
	sortSpans(spans)
	out := spans[:0]
	for _, s := range spans {
		if !s.drop && s.end > s.first {
			out = append(out, s)
		}
	}
	return out
}

// joinCompass joins a place mention of one compass word and the place
// mention right after it, which the model sometimes labels as two
// ("North" "Waziristan" → "North Waziristan").
func (r *refiner) joinCompass(spans []span) []span {
	out := spans[:0]
	for k := 0; k < len(spans); k++ {
		s := spans[k]
		if k+1 < len(spans) && s.end-s.first == 1 && s.e.Type == doc.Loc && isCompass(r.low(s.first)) {
			if next := spans[k+1]; next.first == s.end && next.e.Type == doc.Loc {
				s.end = next.end
				s.e.Rule = rulePlace
				k++
			}
		}
		out = append(out, s)
	}
	return out
}

// extendPlaces joins a mention and the capitalised geographic word right
// after it ("Karakoram" + "Highway"), and makes a mention ending in one a
// LOC ("Indus River" labelled PER).
func (r *refiner) extendPlaces(spans []span) {
	for k := range spans {
		s := &spans[k]
		if s.drop || s.e.Type == doc.Law {
			continue
		}
		if j := s.end; j < len(r.a.Tokens) && r.tok(j).Sentence == r.tok(s.first).Sentence &&
			isCapitalized(r.tok(j).Text) && strongGeoFeature(r.low(j)) &&
			(k+1 == len(spans) || spans[k+1].first != j || spans[k+1].drop) {
			s.end = j + 1
			s.e.Type = doc.Loc
			s.e.Rule = rulePlace
			continue
		}
		if s.end-s.first > 1 && strongGeoFeature(r.low(s.end-1)) && s.e.Type != doc.Loc {
			s.e.Type = doc.Loc
			s.e.Rule = rulePlace
		}
	}
}

// titleWordPOS reports whether token j's tag lets it be part of a title:
// a noun, proper noun or adjective (or untagged).
func (r *refiner) titleWordPOS(j int) bool {
	switch r.tok(j).POS {
	case "", "PROPN", "NOUN", "ADJ", "X":
		return true
	}
	return false
}

// retype maps the CoNLL classes to sitrep's types by cue words and lists.
func (r *refiner) retype(s *span) {
	if s.drop {
		return
	}
	words := r.lows(s.first, s.end)
	first, last := words[0], words[len(words)-1]
	joined := strings.Join(words, " ")
	set := func(t, rule string) {
		if s.e.Type != t {
			s.e.Type = t
			s.e.Rule = rule
		}
	}
	// A known armed or political group is an organisation, whatever the
	// model took it for ("Islamic Jihad" after "Hamas and").
	if groupStart(first) && s.e.Title == "" && isGroupName(strings.ToLower(r.a.Document.Text[r.tok(s.first).Start:r.tok(s.end-1).End])) {
		set(doc.Org, ruleGroup)
		return
	}
	// A name ending in a legal form or a company word is a company
	// ("Exxon Mobil Corporation", "the Mozilla Foundation").
	if len(words) > 1 && (isLegalForm(last) || isCompanyWord(last) && last != "group") && s.e.Title == "" {
		set(doc.Org, ruleCompany)
		return
	}
	// A name right before a word that only places take ("Torkham
	// crossing", "Swat valley", "Chaman bazaar") is that place.
	if s.e.Title == "" && (s.e.Type == doc.Person || s.e.Type == doc.Misc && !r.nationality(s)) && s.end < len(r.a.Tokens) &&
		r.tok(s.end).Sentence == r.tok(s.first).Sentence && !isCapitalized(r.tok(s.end).Text) && isPlaceHead(r.low(s.end)) {
		set(doc.GPE, ruleInPlace)
		return
	}
	// A name ending in an institution's word is an organisation, which
	// the model, seeing a place's name first, can take for the place
	// ("Georgetown University", "Pakistan Army", "Jerusalem Post").
	if len(words) > 1 && isInstitution(last) && (s.e.Type == doc.Loc || s.e.Type == doc.GPE || s.e.Type == doc.Person) && s.e.Title == "" {
		set(doc.Org, ruleInstitution)
		return
	}
	// A sea, bay, strait or the like "of" a name is a geographic feature
	// ("Bay of Bengal", "Strait of Hormuz", "Line of Control").
	if len(words) > 2 && geoFeature(first) && words[1] == "of" && s.e.Title == "" {
		if s.e.Type != doc.Loc {
			s.e.Type, s.e.Rule = doc.Loc, ruleLoc
		}
		return
	}
	// A name ending in a building's or site's word is a place: a
	// facility, where events happen ("the Serena Hotel", "Bagram
	// Airport", "Lal Masjid").
	if len(words) > 1 && isFacility(last) && s.e.Type != doc.Loc && s.e.Type != doc.GPE && s.e.Title == "" {
		set(doc.Loc, ruleFacility)
		return
	}
	// A holiday or a named era of history is an event ("Christmas",
	// "Eid al-Adha", "the Holocaust"); a currency is no name ("5,000
	// Euros", "rupees").
	if isHoliday(first) && len(words) <= 3 && s.e.Title == "" {
		set(doc.Evt, ruleEvent)
		return
	}
	if len(words) == 1 && isCurrency(first) && (strings.HasSuffix(first, "s") || s.first > 0 && r.tok(s.first-1).POS == "NUM") {
		s.drop = true
		return
	}
	// A nationality, religion or group word, or a run of them ("Sunni
	// Arab", "Shiite Muslim"), is NORP whatever the model took it for.
	allNationality := true
	for _, w := range words {
		allNationality = allNationality && isNationality(w) && !isGroupName(w)
	}
	if allNationality && s.e.Rule != ruleHonorific && s.e.Title == "" && s.e.Type != doc.Misc && s.e.Type != doc.NORP && !r.capsSentence(s.first) {
		set(doc.NORP, ruleNORP)
		return
	}
	if (s.e.Type == doc.Person || s.e.Type == doc.Org && !isUpperWord(r.tok(s.first).Text) && !isOrgWord(first) && first != "congress") && len(words) == 1 && s.e.Title == "" && s.first > 0 && (isPlacePrep(r.low(s.first-1)) && r.low(s.first-1) != "from" ||
		// "the shelling of Marib": a listed place that is no first name.
		s.e.Type == doc.Person && r.low(s.first-1) == "of" && r.isPlace(s.first, s.end) && !isFirstName(first)) {
		set(doc.GPE, ruleInPlace)
		return
	}
	if s.e.Type == doc.Loc && lawCue(last) && len(words) > 1 {
		set(doc.Law, ruleLaw)
		return
	}
	switch s.e.Type {
	case doc.Loc:
		if geoFeature(last) || geoFeature(first) || isRegion(joined) || isRegion(strings.TrimPrefix(joined, "the ")) {
			s.e.Rule = ruleLoc
			return
		}
		set(doc.GPE, ruleGPE)
	case doc.Misc:
		switch {
		case lawCue(last) && len(words) > 1:
			set(doc.Law, ruleLaw)
		case (eventCue(last) && len(words) > 1) || eventFirst(first) && len(words) > 1:
			set(doc.Evt, ruleEvent)
		case isGroupName(joined):
			set(doc.Org, ruleGroup)
		case r.nationality(s):
			set(doc.NORP, ruleNORP)
		}
	case doc.Org:
		switch {
		case lawCue(last) && len(words) > 1 && last != "code":
			set(doc.Law, ruleLaw)
		case (eventCue(last) && last != "movement" && last != "forum" && last != "conference") && len(words) > 1:
			set(doc.Evt, ruleEvent)
		}
	}
	// A name opened by "Hurricane" or "Operation" is an event, whatever
	// the model took it for.
	if s.e.Type != doc.Law && eventFirst(first) && len(words) > 1 && isCapitalized(r.tok(s.first).Text) && s.e.Title == "" {
		set(doc.Evt, ruleEvent)
	}
}

// nationality reports whether a MISC mention is a nationality, religion
// or group adjective: every word is in the list, or a single word
// tagged ADJ ends like a demonym (-an, -ian, -ese, -ish, -i).
func (r *refiner) nationality(s *span) bool {
	all := true
	for _, w := range r.lows(s.first, s.end) {
		if !isNationality(w) && !isNationality(strings.TrimSuffix(w, "s")) {
			all = false
			break
		}
	}
	if all {
		return true
	}
	if s.end-s.first != 1 || r.tok(s.first).POS != "ADJ" {
		return false
	}
	w := r.low(s.first)
	for _, suf := range []string{"an", "ese", "ish", "i"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// dateline makes the dateline's place a GPE mention, retyping a mention
// that covers it or adding one.
func (r *refiner) dateline(spans []span) []span {
	if dl := r.a.Document.Dateline; dl != nil && dl.End > dl.Start && dl.End <= len(r.a.Document.Text) {
		if first, end := r.tokenRange(dl.Start, dl.End); first >= 0 {
			spans = r.datelinePlace(spans, first, end)
		}
	}
	// A digest's later stories open paragraphs (or lines) with datelines
	// of their own ("PESHAWAR: Three soldiers …"): up to three words in
	// capitals and a colon, that the gazetteer lists as a place.
	text := r.a.Document.Text
	for si, sent := range r.a.Sentences {
		if si == 0 || sent.Last-sent.First < 2 || sent.First >= len(r.a.Tokens) {
			continue
		}
		// The sentence opens a paragraph or at least a line.
		if start := r.tok(sent.First).Start; sent.Paragraph == r.a.Sentences[si-1].Paragraph && (start == 0 || start > len(text) || text[start-1] != '\n') {
			continue
		}
		end := sent.First
		for end < sent.Last && end-sent.First < 3 && isUpperWord(r.tok(end).Text) && hasLetterOrDigit(r.tok(end).Text) {
			end++
		}
		if end > sent.First && end < sent.Last && r.tok(end).Text == ":" && r.isPlace(sent.First, end) {
			spans = r.datelinePlace(spans, sent.First, end)
		}
	}
	return spans
}

// datelinePlace makes the tokens [first, end) of a dateline one GPE
// mention, dropping mentions that overlap it otherwise.
func (r *refiner) datelinePlace(spans []span, first, end int) []span {
	for k := range spans {
		s := &spans[k]
		if s.drop || s.end <= first || s.first >= end {
			continue
		}
		if s.first == first && s.end == end {
			if s.e.Type != doc.GPE && s.e.Type != doc.Loc {
				s.e.Type = doc.GPE
				s.e.Rule = ruleDateline
			}
			return spans
		}
		s.drop = true
	}
	spans = append(spans, span{e: doc.Entity{Type: doc.GPE, Rule: ruleDateline}, first: first, end: end})
	sortSpans(spans)
	return spans
}

// ruleLowerPlace names the rule in Entity.Rule.
const ruleLowerPlace = "ner.place.lower" // "flew to chicago"

// lowerPlaces adds a LOC mention for a place name written in lower case,
// as web text writes them ("a week in kerala"), that the model, which
// learned names from their capitals, leaves out: up to three lower-case
// words after a place preposition (or "to"), tagged as nouns or proper
// nouns, that the gazetteer lists, and none of them a word the training
// data often shows outside names ("north", "centre": names of regions
// too). spans must be in text order; the result is.
func (r *refiner) lowerPlaces(spans []span) []span {
	covered := r.coverage(spans)
	var added []span
	toks := r.a.Tokens
	for i := 1; i < len(toks); i++ {
		if covered[i] > 0 || toks[i].Sentence != toks[i-1].Sentence {
			continue
		}
		if !isLowerWord(toks[i].Text) || utf8.RuneCountInString(toks[i].Text) < 3 {
			continue
		}
		// The preposition as written, else (capitalised) in lower case:
		// most words are neither, and lower-casing every one costs.
		// Without one, the tagger must take every word for a name.
		prep := true
		if p := toks[i-1].Text; !isPlacePrep(p) && p != "to" {
			prep = p != "" && p[0] >= 'A' && p[0] <= 'Z' && (isPlacePrep(r.low(i-1)) || r.low(i-1) == "to")
		}
		if !prep && toks[i].POS != "PROPN" {
			continue
		}
		for k := min(3, len(toks)-i); k >= 1; k-- {
			ok := true
			for j := i; j < i+k; j++ {
				ok = ok && covered[j] == 0 && toks[j].Sentence == toks[i].Sentence && isLowerWord(toks[j].Text) &&
					(toks[j].POS == "PROPN" || prep && toks[j].POS == "NOUN") && !r.oftenCommon(j)
			}
			if ok && r.isPlace(i, i+k) {
				added = append(added, span{e: doc.Entity{Type: doc.Loc, Rule: ruleLowerPlace}, first: i, end: i + k})
				i += k - 1
				break
			}
		}
	}
	if len(added) == 0 {
		return spans
	}
	spans = append(spans, added...)
	sortSpans(spans)
	return spans
}

// oftenCommon reports whether token i's form was seen in training often
// enough to be in the entity dictionary, outside names at least some of
// the time.
func (r *refiner) oftenCommon(i int) bool {
	e, ok := r.dict[perceptron.Bytes(perceptron.AppendNormal(nil, r.tok(i).Text))]
	return ok && e.amb&1 != 0
}

// ruleCountryAbbrev names the rule in Entity.Rule.
const ruleCountryAbbrev = "ner.country.abbrev" // "US troops"

// countryAbbrevs makes a dotless country abbreviation ("US", "UK") a
// place: a mention of it alone, or of it and lower-case words ("US for
// security"), becomes a LOC of it alone, and one is added where the model
// found none. A longer name holding it ("US Army") is left alone, and so is a line in capitals ("HELP US"). spans must be in text
// order; the result is.
func (r *refiner) countryAbbrevs(spans []span) []span {
	covered := r.coverage(spans)
	n := len(spans)
	for i := range r.a.Tokens {
		if !isCountryAbbrev(r.tok(i).Text) || r.capsSentence(i) {
			continue
		}
		switch k := covered[i] - 1; {
		case k < 0:
			spans = append(spans, span{e: doc.Entity{Type: doc.Loc, Rule: ruleCountryAbbrev}, first: i, end: i + 1})
		case spans[k].first == i && (spans[k].end == i+1 && spans[k].e.Type != doc.Loc || r.lowerAfter(i+1, spans[k].end)):
			spans[k].end = i + 1
			spans[k].e.Type, spans[k].e.Rule = doc.Loc, ruleCountryAbbrev
		}
	}
	if len(spans) > n {
		sortSpans(spans)
	}
	return spans
}

// lowerAfter reports whether tokens [first, end), one or more, are all
// lower-case words.
func (r *refiner) lowerAfter(first, end int) bool {
	for i := first; i < end; i++ {
		if !isLowerWord(r.tok(i).Text) {
			return false
		}
	}
	return end > first
}

// rulePlacePair names the rule in Entity.Rule.
const rulePlacePair = "ner.place.pair" // "Miramar California"

// placePairs splits a LOC (or ORG) mention that the gazetteer does not list but
// that is two listed places written one after the other, as web text
// writes a town and its state or country without a comma ("Miramar
// California", "brittany france"). No part may end in a word for a kind
// of place or organisation ("Tampa Bay", "Georgetown University"). spans
// must be in text order; the result is.
func (r *refiner) placePairs(spans []span) []span {
	n := len(spans)
	for k := 0; k < n; k++ {
		s := &spans[k]
		if s.e.Type != doc.Loc && s.e.Type != doc.Org || s.end-s.first < 2 || r.isPlace(s.first, s.end) ||
			isInstitution(r.low(s.end-1)) { // "Pakistan Army", though some place is called Army
			continue
		}
		for cut := s.end - 1; cut > s.first; cut-- {
			if r.pairPart(s.first, cut) && r.pairPart(cut, s.end) {
				// The model may take the pair for an organisation's name.
				s.e.Type = doc.Loc
				rest := *s
				rest.first, rest.e.Rule = cut, rulePlacePair
				s.end, s.e.Rule = cut, rulePlacePair
				spans = append(spans, rest)
				break
			}
		}
	}
	if len(spans) > n {
		sortSpans(spans)
	}
	return spans
}

// pairPart reports whether tokens [first, end) may be one of the places
// of a pair (see placePairs).
func (r *refiner) pairPart(first, end int) bool {
	last := r.low(end - 1)
	return r.isPlace(first, end) && !geoFeature(last) && !isOrgWord(last) && !(end-first == 1 && r.oftenCommon(first))
}

// eventPrefixes joins a capitalised word that starts a named event
// ("Hurricane", "Operation") to the mention right after it, which the
// model often labels alone ("Hurricane" + "Katrina"); retype makes the
// whole an EVENT.
func (r *refiner) eventPrefixes(spans []span) {
	for k := range spans {
		s := &spans[k]
		j := s.first - 1
		if s.drop || j < 0 || r.tok(j).Sentence != r.tok(s.first).Sentence || !isCapitalized(r.tok(j).Text) || !eventFirst(r.low(j)) {
			continue
		}
		if k > 0 && spans[k-1].end > j {
			continue
		}
		s.first = j
		s.e.Rule = ruleEvent
	}
}

func isOpenBracket(t string) bool { return t == "(" || t == "[" }

// ruleInstitution names the rule in Entity.Rule.
const ruleInstitution = "ner.org.institution" // "Georgetown University"

// ruleFacility names the rule in Entity.Rule.
const ruleFacility = "ner.place.facility" // "the Serena Hotel"

// ruleCompany names the rule in Entity.Rule.
const ruleCompany = "ner.org.company" // "Google" after "Google, Inc."

// companyNames makes a company of every other mention of a name that the
// document writes somewhere with a legal form or company word after it:
// after "Google, Inc." or "the Mozilla Foundation", a bare "Google" or
// "Mozilla" the model took for a person or place is the company.
func (r *refiner) companyNames(spans []span) {
	names := map[string]bool{}
	for _, s := range spans {
		if s.drop || s.e.Type != doc.Org || s.end-s.first < 2 {
			continue
		}
		end := s.end - 1
		if r.tok(end).Text == "." && end > s.first {
			end-- // "Inc" "."
		}
		if w := r.low(end); !isLegalForm(w) && !isCompanyWord(w) {
			continue
		}
		for end > s.first && (r.tok(end-1).Text == "," || isLegalForm(r.low(end-1)) || isCompanyWord(r.low(end-1))) {
			end--
		}
		if w := strings.TrimPrefix(strings.Join(r.lows(s.first, end), " "), "the "); end > s.first && w != "" && !isNationality(w) {
			names[w] = true
		}
	}
	if len(names) == 0 {
		return
	}
	for i := range spans {
		s := &spans[i]
		if s.drop || s.e.Type == doc.Org || (s.e.Type != doc.Person && s.e.Type != doc.GPE && s.e.Type != doc.Loc && s.e.Type != doc.Misc) {
			continue
		}
		if names[strings.Join(r.lows(s.first, s.end), " ")] {
			s.e.Type, s.e.Rule = doc.Org, ruleCompany
		}
	}
}

// ruleSurname names the rule in Entity.Rule.
const ruleSurname = "ner.person.surname" // "Habib" after "Khader Habib"

// surnames makes a person of a one-word mention that is the last word of
// a person's full name elsewhere in the document ("Khader Habib" …
// "Habib said"), where the model took the lone word for a place or an
// organisation. A word the gazetteer lists as a place is left as it is.
func (r *refiner) surnames(spans []span) {
	last := map[string]bool{}
	for _, s := range spans {
		if !s.drop && s.e.Type == doc.Person && s.end-s.first >= 2 {
			last[r.low(s.end-1)] = true
		}
	}
	if len(last) == 0 {
		return
	}
	for i := range spans {
		s := &spans[i]
		if s.drop || s.end-s.first != 1 || (s.e.Type != doc.GPE && s.e.Type != doc.Loc && s.e.Type != doc.Org) {
			continue
		}
		if last[r.low(s.first)] && !r.isPlace(s.first, s.end) {
			s.e.Type, s.e.Rule = doc.Person, ruleSurname
		}
	}
}

// ruleSplitIn names the rule in Entity.Rule.
const ruleSplitIn = "ner.split.in" // "Pearl Continental Hotel" "in" "Gwadar"

// splitIn splits a site's name that runs over "in" into a place the
// gazetteer lists ("Pearl Continental Hotel in Gwadar", "Canyon Road in
// Santa Fe"): the words before keep the mention's type, the place after
// is a GPE.
func (r *refiner) splitIn(spans []span) []span {
	n := len(spans)
	for k := range n {
		s := &spans[k]
		if s.drop || s.e.Type == doc.Law || s.e.Type == doc.Evt {
			continue
		}
		for i := s.first + 1; i < s.end-1; i++ {
			if r.tok(i).Text != "in" || !isCapitalized(r.tok(i-1).Text) || !r.isPlace(i+1, s.end) {
				continue
			}
			// Only a site is "in" a place; an organisation's name may
			// hold one ("U.N. Interim Force in Lebanon").
			if w := r.low(i - 1); !isFacility(w) && !geoFeature(w) && w != "street" && w != "avenue" && w != "square" && w != "park" && w != "camp" {
				continue
			}
			spans = append(spans, span{e: doc.Entity{Type: doc.GPE, Rule: ruleSplitIn}, first: i + 1, end: s.end})
			s = &spans[k]
			s.end, s.e.Rule = i, ruleSplitIn
			break
		}
	}
	if len(spans) > n {
		sortSpans(spans)
	}
	return spans
}

// nationalityWords adds a NORP mention for a capitalised nationality,
// religion or group word no mention covers ("Pashtun elders", "Afghan
// officials"), which the model, trained where such words are MISC, can
// leave out.
func (r *refiner) nationalityWords(spans []span) []span {
	covered := r.coverage(spans)
	n := len(spans)
	for i := range r.a.Tokens {
		if covered[i] > 0 || !isCapitalized(r.tok(i).Text) {
			continue
		}
		w := r.low(i)
		if !isNationality(w) || isGroupName(w) || r.tok(i).POS == "VERB" || r.capsSentence(i) {
			continue
		}
		// Not inside a name the model left out ("Arab League"): the next
		// word is not capitalised, or is another nationality word.
		if i+1 < len(r.a.Tokens) && isCapitalized(r.tok(i+1).Text) && !isNationality(r.low(i+1)) && r.tok(i+1).Sentence == r.tok(i).Sentence {
			continue
		}
		spans = append(spans, span{e: doc.Entity{Type: doc.NORP, Rule: ruleNORP}, first: i, end: i + 1})
	}
	if len(spans) > n {
		sortSpans(spans)
	}
	return spans
}

// joinFeatureOf joins a geographic feature's word and the name after
// "of" that the model found as two mentions ("Gulf" "of" "Mexico") into
// one place.
func (r *refiner) joinFeatureOf(spans []span) []span {
	for k := 0; k+1 < len(spans); k++ {
		a, b := &spans[k], &spans[k+1]
		if a.drop || b.drop || a.end-a.first != 1 || b.first != a.end+1 || r.low(a.end) != "of" ||
			!geoFeature(r.low(a.first)) || !isCapitalized(r.tok(a.first).Text) ||
			(b.e.Type != doc.Loc && b.e.Type != doc.GPE) || r.tok(a.first).Sentence != r.tok(b.first).Sentence {
			continue
		}
		a.end, a.e.Type, a.e.Rule = b.end, doc.Loc, ruleLoc
		b.drop = true
	}
	return kept(spans)
}

// groupWords makes an ORG mention of a listed armed or political group
// the model missed or cut ("Tehreek-e-Taliban" left out, "Pakistan"
// taken alone), up to three words as written, with the country after it
// that such groups take into their names ("Tehreek-e-Taliban Pakistan").
// Mentions it overlaps are dropped. spans must be in text order; the
// result is.
func (r *refiner) groupWords(spans []span) []span {
	toks := r.a.Tokens
	text := r.a.Document.Text
	n := len(spans)
	for i := 0; i < len(toks); i++ {
		// Group names are written capitalised, or "al-…" in lower case:
		// other tokens need not be lower-cased to be ruled out.
		if t := toks[i].Text; t == "" || (t[0] < 'A' || t[0] > 'Z') && t[0] != 'a' || !groupStart(r.low(i)) {
			continue
		}
		end := -1
		for k, e := 0, i; k < 3 && e < len(toks) && toks[e].Sentence == toks[i].Sentence; k++ {
			_, e = hyphenWord(toks, e)
			if isGroupName(strings.ToLower(text[toks[i].Start:toks[e-1].End])) {
				end = e
			}
		}
		if end < 0 {
			continue
		}
		if end < len(toks) && toks[end].Sentence == toks[i].Sentence && isCapitalized(toks[end].Text) && r.isPlace(end, end+1) {
			end++ // "Tehreek-e-Taliban Pakistan"
		}
		exact := false
		for k := range spans {
			sp := &spans[k]
			if sp.drop || sp.first > i || sp.end < end || sp.first == i && sp.end == end {
				continue
			}
			// A longer name holds the group ("Taliban administration"):
			// an organisation, whatever the model said.
			if sp.e.Type != doc.Org {
				sp.e.Type, sp.e.Rule = doc.Org, ruleGroup
			}
			exact = true
		}
		for k := range spans {
			sp := &spans[k]
			if exact || sp.drop || sp.end <= i || sp.first >= end {
				continue
			}
			if sp.first == i && sp.end == end {
				if sp.e.Type != doc.Org {
					sp.e.Type, sp.e.Rule = doc.Org, ruleGroup
				}
				exact = true
				continue
			}
			sp.drop = true
		}
		if !exact {
			spans = append(spans, span{e: doc.Entity{Type: doc.Org, Rule: ruleGroup}, first: i, end: end})
		}
		i = end - 1
	}
	added := len(spans) > n
	spans = kept(spans)
	if added {
		sortSpans(spans)
	}
	return spans
}

// kept returns spans without the dropped ones, in place.
func kept(spans []span) []span {
	out := spans[:0]
	for _, s := range spans {
		if !s.drop {
			out = append(out, s)
		}
	}
	return out
}

// ruleAcronym names the rule in Entity.Rule.
const ruleAcronym = "ner.acronym" // "TTP" after "Tehreek-e-Taliban Pakistan (TTP)"

// acronyms gives an acronym the document defines after a name ("the
// Coalition Provisional Authority (CPA)") that name's type, there and
// wherever else the document writes it alone, and adds it where the model
// found nothing. An acronym is two to six capitals whose first is the
// name's first capital. spans must be in text order; the result is.
func (r *refiner) acronyms(spans []span) []span {
	toks := r.a.Tokens
	defined := map[string]string{} // acronym → type
	for _, s := range spans {
		i := s.end
		if s.drop || s.end-s.first < 2 || i+2 >= len(toks) || toks[i].Text != "(" || toks[i+2].Text != ")" {
			continue
		}
		acr := toks[i+1].Text
		if !isAcronym(acr) || acr[0] != toks[s.first].Text[0] {
			continue
		}
		if s.e.Type == doc.Person || s.e.Type == doc.Misc {
			continue
		}
		defined[acr] = s.e.Type
	}
	if len(defined) == 0 {
		return spans
	}
	covered := r.coverage(spans)
	n := len(spans)
	for i, t := range toks {
		typ, ok := defined[t.Text]
		if !ok {
			continue
		}
		switch k := covered[i] - 1; {
		case k < 0:
			spans = append(spans, span{e: doc.Entity{Type: typ, Rule: ruleAcronym}, first: i, end: i + 1})
		case spans[k].first == i && spans[k].end == i+1 && spans[k].e.Type != typ:
			spans[k].e.Type, spans[k].e.Rule = typ, ruleAcronym
		}
	}
	if len(spans) > n {
		sortSpans(spans)
	}
	return spans
}

// isAcronym reports whether t is two to six capital letters.
func isAcronym(t string) bool {
	if len(t) < 2 || len(t) > 6 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return false
		}
	}
	return true
}

// isInitial reports whether t is a capital letter and a full stop ("W.").
func isInitial(t string) bool {
	return len(t) == 2 && t[0] >= 'A' && t[0] <= 'Z' && t[1] == '.'
}

// joinInitials mends a person's name the model cut at an initial: two
// person mentions side by side where the second opens with an initial
// ("Steffen" + "W. Graae"), and an initial or a person mention of one
// alone right before a person ("A." + "Noel Kramer").
func (r *refiner) joinInitials(spans []span) []span {
	for k := 0; k+1 < len(spans); k++ {
		a, b := &spans[k], &spans[k+1]
		if a.drop || b.drop || a.e.Type != doc.Person || b.e.Type != doc.Person || b.first != a.end ||
			r.tok(a.first).Sentence != r.tok(b.first).Sentence {
			continue
		}
		if isInitial(r.tok(b.first).Text) || a.end-a.first == 1 && isInitial(r.tok(a.first).Text) {
			b.first = a.first
			if a.e.Title != "" {
				b.e.Title = a.e.Title
			}
			a.drop = true
		}
	}
	spans = kept(spans)
	for k := range spans {
		s := &spans[k]
		if s.e.Type == doc.Person && s.first > 0 && isInitial(r.tok(s.first-1).Text) && r.tok(s.first-1).Sentence == r.tok(s.first).Sentence &&
			(k == 0 || spans[k-1].end < s.first) && (s.first < 2 || !isCapitalized(r.tok(s.first-2).Text) || r.sentenceStart(s.first-1)) {
			s.first--
		}
	}
	return spans
}

// joinInstitutions joins a place or nationality mention and the mention
// right after it that ends in an institution's word, which the model
// found as two ("Pakistan" + "Army"), into one organisation.
func (r *refiner) joinInstitutions(spans []span) []span {
	for k := 0; k+1 < len(spans); k++ {
		a, b := &spans[k], &spans[k+1]
		if a.drop || b.drop || b.first != a.end || b.end-b.first > 3 || !isInstitution(r.low(b.end-1)) ||
			a.e.Type == doc.Person || a.e.Type == doc.Law || a.e.Type == doc.Evt || a.e.Title != "" ||
			r.tok(a.first).Sentence != r.tok(b.first).Sentence || !isCapitalized(r.tok(b.first).Text) {
			continue
		}
		b.first, b.e.Type, b.e.Rule = a.first, doc.Org, ruleInstitution
		a.drop = true
	}
	return kept(spans)
}

// coverage returns, for each token, the index plus one of the mention
// (not dropped) that covers it, or 0.
func (r *refiner) coverage(spans []span) []int {
	covered := make([]int, len(r.a.Tokens))
	for k, s := range spans {
		if !s.drop {
			for i := s.first; i < s.end; i++ {
				covered[i] = k + 1
			}
		}
	}
	return covered
}
