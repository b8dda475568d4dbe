package ingest

// News reports written as plain text follow a few conventions that carry
// metadata: a headline as the first line, a byline under it, a dateline
// opening the first paragraph ("ISLAMABAD:", "KABUL, Afghanistan (Jan. 25,
// 2013) —", "WASHINGTON (Reuters) -"), and a footer naming the outlet and
// day ("Published in Dawn, November 22nd, 2024"). This file recognises
// them by shape alone, for any outlet, and fills what a document's
// metadata left empty. The text itself is never changed: the headline,
// dateline and footer stay in Document.Text and spans point into it.
//
// Shapes are matched only on the first and last few lines, and only on a
// bounded prefix of each line, so the cost does not grow with the text.

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// Bounds on where conventions are looked for.
const (
	headLines     = 8   // non-empty lines looked at from the top
	footLines     = 4   // non-empty lines looked at from the bottom
	maxHeadline   = 200 // bytes: a longer first line is body text
	maxHeadWords  = 25
	maxMetaLine   = 240 // bytes: bylines and footers are short
	datelineBytes = 200 // bytes of a paragraph's start searched for a dateline
)

// line is one non-empty line of the text: its trimmed span.
type line struct{ start, end int }

// found is what the conventions found in a text.
type found struct {
	title      string
	byline     string
	dateline   *doc.Dateline
	dlDate     textDate // date in the dateline, year 0 if none given
	dlDateSpan [2]int
	agency     string
	outlet     string // from a "Name | Outlet" byline
	footSource string
	footDate   textDate
}

// applyConventions fills d's empty Title, Byline, Dateline, Source and
// Published from the conventions found in d.Text, and returns the doubts
// met. Metadata already in d always wins.
func applyConventions(d *doc.Document) []doc.Diagnostic {
	f := findConventions(d.Text)
	var diags []doc.Diagnostic
	if d.Title == "" && f.title != "" {
		d.Title = doc.Str(f.title)
	}
	if d.Byline == "" && f.byline != "" {
		d.Byline = doc.Str(f.byline)
	}
	if d.Dateline == nil && f.dateline != nil {
		d.Dateline = f.dateline
	}
	if d.Source == "" {
		switch {
		case f.footSource != "":
			d.Source = doc.Str(f.footSource)
		case f.outlet != "":
			d.Source = doc.Str(f.outlet)
		case f.agency != "":
			d.Source = doc.Str(f.agency)
		}
	}
	if d.Published == "" {
		switch {
		case f.footDate.year > 0:
			d.Published, d.PublishedFrom = doc.Str(f.footDate.String()), doc.FromText
		case f.dlDate.year > 0:
			d.Published, d.PublishedFrom = doc.Str(f.dlDate.String()), doc.FromText
		case f.dlDate.month > 0:
			diags = append(diags, doc.Diagnostic{Stage: stage,
				Message: "dateline date has no year; not used as the publication date",
				Start:   f.dlDateSpan[0], End: f.dlDateSpan[1]})
		}
	}
	return diags
}

// findConventions looks for headline, byline, dateline and footer in text.
func findConventions(text string) found {
	var f found
	head := firstLines(text, headLines)
	if len(head) == 0 {
		return f
	}
	i := 0
	// A first line that opens with a dateline carrying a date or an agency
	// is body text even when it is short: "WASHINGTON (Reuters) - Talks end".
	var probe found
	_, strong := probe.matchDateline(text, head[0].start, head[0].end)
	strong = strong && (probe.dlDate.month > 0 || probe.agency != "")
	if len(head) > 1 && !strong && isHeadline(text[head[0].start:head[0].end]) &&
		!f.byLine(text[head[0].start:head[0].end]) {
		f.title = text[head[0].start:head[0].end]
		i = 1
	}
	// Bylines, then the dateline, within the next few lines; short lines
	// without final punctuation (a standfirst, a "Updated" stamp) are
	// skipped on the way.
	for ; i < len(head) && i < 5; i++ {
		s := text[head[i].start:head[i].end]
		if f.byline == "" && f.byLine(s) {
			continue
		}
		if f.footDate.year == 0 && f.footer(text, head[i]) {
			continue // "Published: 22 November 2024" under the headline
		}
		if dl, ok := f.matchDateline(text, head[i].start, head[i].end); ok {
			f.dateline = dl
			break
		}
		if len(s) > maxHeadline || endsSentence(s) {
			break
		}
	}
	foot := lastLines(text, footLines)
	for _, l := range foot {
		if l.start < head[0].end && f.title != "" {
			break // never read the headline as a footer
		}
		if f.byline == "" && f.reportingBy(text[l.start:l.end]) {
			continue
		}
		if f.footDate.year == 0 { // else a "Published" line at the top said it
			f.footer(text, l)
		}
	}
	return f
}

// reportingRE matches a wire footer that names the reporters:
// "(Reporting by Jane Smith and Ali Khan; Editing by Mark Brown)".
var reportingRE = regexp.MustCompile(`^\(?(?i:reporting|written|additional reporting) (?i:by)[ \t]+(` + namesRE + `)[ \t]*(?:[;,)]|$)`)

// reportingBy records the reporters of a "Reporting by" footer as the
// byline.
func (f *found) reportingBy(s string) bool {
	if len(s) > maxMetaLine || !strings.Contains(strings.ToLower(s), " by ") {
		return false
	}
	if m := reportingRE.FindStringSubmatch(s); m != nil {
		f.byline = m[1]
		return true
	}
	return false
}

// firstLines returns up to n non-empty lines from the top of text.
func firstLines(text string, n int) []line {
	var ls []line
	for pos := 0; pos < len(text) && len(ls) < n; {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		if l, ok := trimLine(text, pos, end); ok {
			ls = append(ls, l)
		}
		pos = end + 1
	}
	return ls
}

// lastLines returns up to n non-empty lines from the bottom of text,
// last first.
func lastLines(text string, n int) []line {
	var ls []line
	for end := len(text); end > 0 && len(ls) < n; {
		start := strings.LastIndexByte(text[:end], '\n') + 1
		if l, ok := trimLine(text, start, end); ok {
			ls = append(ls, l)
		}
		end = start - 1
	}
	return ls
}

// trimLine trims space from text[start:end] and reports whether anything
// is left.
func trimLine(text string, start, end int) (line, bool) {
	for start < end && isSpaceByte(text[start]) {
		start++
	}
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	// Non-breaking and other Unicode spaces at the ends.
	s := strings.TrimFunc(text[start:end], unicode.IsSpace)
	if s == "" {
		return line{}, false
	}
	start += strings.Index(text[start:end], s)
	return line{start, start + len(s)}, true
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\v' }

// endsSentence reports whether s ends with sentence punctuation, allowing
// for closing quotes and brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)]»")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?,;:…", r)
}

// isHeadline reports whether s has the shape of a headline: short, with a
// letter, not ending like a sentence.
func isHeadline(s string) bool {
	if len(s) > maxHeadline {
		return false
	}
	if endsSentence(s) && !(strings.HasSuffix(s, ".") && (allCaps(s) || abbrevEndRE.MatchString(s))) {
		return false
	}
	if len(strings.Fields(s)) > maxHeadWords {
		return false
	}
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// abbrevEndRE matches a line ending in an abbreviation such as "U.S.".
var abbrevEndRE = regexp.MustCompile(`(?:^|[^\p{L}.])(?:\p{Lu}\.){2,}$`)

// allCaps reports whether s has at least two words and no lower-case
// letter: a wire headline, whatever its final punctuation.
func allCaps(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) < 0 && strings.Count(strings.TrimSpace(s), " ") >= 1
}

// Bylines: "By Jane Smith", "BY JANE SMITH and X Y", "By Jane Smith,
// Reuters", "Jane Smith | Reuters".
const (
	nameWordRE = `(?:\p{Lu}[\p{L}'’.\-]*|(?:al|el|bin|ibn|de|da|del|der|van|von|ul|la|le|du|dos)\b-?\p{L}*)`
	nameRE     = nameWordRE + `(?:[ \t]+` + nameWordRE + `){1,4}`
	namesRE    = nameRE + `(?:(?:[ \t]*,[ \t]*|[ \t]+(?i:and|&)[ \t]+)` + nameRE + `)*`
	outletRE   = `\p{Lu}[\p{L}\p{N}.&'’\- ]{0,40}`
)

var (
	byRE   = regexp.MustCompile(`^(?i:by)[ \t]+(` + namesRE + `)(?:[ \t]*[,|/–—][ \t]*(` + outletRE + `))?$`)
	pipeRE = regexp.MustCompile(`^(` + namesRE + `)[ \t]*\|[ \t]*(` + outletRE + `)$`)
)

// byLine records s as the byline if it is one.
func (f *found) byLine(s string) bool {
	if len(s) > maxMetaLine {
		return false
	}
	// Cheap checks first: the regular expressions are the costly part.
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		if m := byRE.FindStringSubmatch(s); m != nil {
			f.byline = dropRoles(m[1])
			return true
		}
		return false
	}
	if !strings.Contains(s, "|") {
		return false
	}
	if m := pipeRE.FindStringSubmatch(s); m != nil {
		f.byline = m[1]
		f.outlet = strings.TrimSpace(m[2])
		return true
	}
	return false
}

// roleWords mark a comma-separated part of a byline as a job title or
// desk, not a name: "By Omar Farooq, Staff Correspondent".
var roleWords = map[string]bool{
	"correspondent": true, "reporter": true, "writer": true, "editor": true, "staff": true,
	"bureau": true, "chief": true, "special": true, "our": true, "desk": true, "news": true,
	"senior": true, "agencies": true, "agency": true, "contributor": true, "columnist": true,
	"analyst": true, "journalist": true, "report": true, "online": true, "web": true,
}

// dropRoles removes trailing comma-separated parts of names that are job
// titles or desks.
func dropRoles(names string) string {
	parts := strings.Split(names, ",")
	for len(parts) > 1 {
		role := false
		for _, w := range strings.Fields(parts[len(parts)-1]) {
			if roleWords[strings.ToLower(w)] {
				role = true
			}
		}
		if !role {
			break
		}
		parts = parts[:len(parts)-1]
	}
	return strings.TrimSpace(strings.Join(parts, ","))
}

// Datelines. The place is a run of capitalised words ("ISLAMABAD", "NEW
// DELHI", "Peshawar", "Dera Ismail Khan"), optionally followed by
// ", Region", a date and a parenthesised agency or date, then a colon or
// a dash and the body.
var (
	capsPlaceRE  = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’/\-]*(?:[ \t]+\p{Lu}[\p{Lu}.'’/\-]*){0,4}`)
	titlePlaceRE = regexp.MustCompile(`^\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+(?:\p{Lu}[\p{Ll}'’\-]+|al|el|de|ul)){0,3}`)
	regionRE     = regexp.MustCompile(`^,[ \t]+(\p{Lu}[\p{L}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}.'’\-]*){0,3})`)
	parenRE      = regexp.MustCompile(`^[ \t]*\(([^()\n]{1,40})\)`)
	agencyRE     = regexp.MustCompile(`^\p{Lu}[\p{L}\p{N}.&'’\-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.&'’\-]*){0,3}$`)
	// After a date or an agency a hyphen needs no space: "Feb 26-", "- The".
	looseSepRE = regexp.MustCompile(`^[ \t]*(?:--?|[—–:])[ \t]*`)
	sepRE      = regexp.MustCompile(`^(?:[ \t]*:|[ \t]*[—–]|[ \t]+--?|[ \t]+_)(?:[ \t]+|[ \t]*$)`)
)

// notPlaces are capitalised words that open a paragraph with a colon or
// dash without being a place: labels, not datelines. A place made only of
// these words is refused; "THE HAGUE" and "NEWPORT NEWS" are not.
var notPlaces = map[string]bool{
	"NOTE": true, "NOTES": true, "EDITOR'S": true, "EDITOR’S": true, "EDITORS": true, "UPDATE": true, "UPDATED": true,
	"CORRECTION": true, "CLARIFICATION": true, "BREAKING": true, "NEWS": true, "EXCLUSIVE": true,
	"ANALYSIS": true, "OPINION": true, "COMMENT": true, "EDITORIAL": true, "WATCH": true,
	"LIVE": true, "FACTBOX": true, "EXPLAINER": true, "FILE": true, "PHOTO": true, "PHOTOS": true,
	"VIDEO": true, "Q": true, "A": true, "WARNING": true, "ALERT": true, "URGENT": true,
	"FLASH": true, "DEVELOPING": true, "TRANSCRIPT": true, "SUMMARY": true, "BACKGROUND": true,
	"CONTEXT": true, "FACT": true, "CHECK": true, "READ": true, "MORE": true, "ALSO": true,
	"SEE": true, "RELATED": true, "TOPICS": true, "TAGS": true, "SOURCE": true, "SOURCES": true,
	"UPDATES": true, "ADVERTISEMENT": true, "SPONSORED": true, "CAPTION": true, "TL;DR": true,
	"TLDR": true, "PS": true, "P.S.": true, "QUESTION": true, "ANSWER": true, "REPORT": true,
	"REPORTS": true, "MEANWHILE": true, "HOWEVER": true, "BUT": true, "AND": true, "THE": true,
	"IN": true, "AT": true, "ON": true, "TODAY": true, "YESTERDAY": true, "THIS": true, "IT": true,
	"WHAT": true, "WHY": true, "HOW": true, "WHO": true, "WHEN": true, "WHERE": true, "EARLIER": true,
	"LATER": true, "FIRST": true, "SECOND": true, "FINALLY": true, "UPSHOT": true, "BOTTOM": true,
	"LINE": true, "KEY": true, "POINTS": true, "SPEAKER": true, "MODERATOR": true, "REPORTER": true,
	"I": true, "WE": true, "HE": true, "SHE": true, "THEY": true, "YOU": true, "MR": true, "MRS": true,
	"MS": true, "DR": true, "STATEMENT": true, "QUOTE": true, "DISCLAIMER": true, "POSTSCRIPT": true,
	"ADDENDUM": true, "APPENDIX": true, "CHAPTER": true, "PART": true, "SECTION": true, "STEP": true,
	"SUBJECT": true, "RE": true, "FROM": true, "TO": true, "CC": true, "DATE": true, "TIME": true,
	"WHAT'S": true, "HERE'S": true, "IMPORTANT": true, "NB": true, "N.B.": true, "ATTENTION": true,
}

// matchDateline looks for a dateline at the start of the paragraph that
// begins at text[start:] and ends at lineEnd.
func (f *found) matchDateline(text string, start, lineEnd int) (*doc.Dateline, bool) {
	end := min(lineEnd, start+datelineBytes)
	s := text[start:end]
	pos := 0
	var place string
	caps := false
	if m := capsPlaceRE.FindString(s); m != "" && letters(m) >= 2 {
		place, caps = m, true
	} else if m := titlePlaceRE.FindString(s); m != "" {
		place = m
	} else if pm := parenRE.FindStringSubmatchIndex(s); pm != nil {
		// "(Reuters) - …": an agency without a place.
		agency := s[pm[2]:pm[3]]
		if _, isDate := parseTextDate(agency); !isDate && agencyRE.MatchString(agency) {
			if sm := sepRE.FindStringIndex(s[pm[1]:]); sm != nil && hasBody(s[pm[1]+sm[1]:]) {
				f.agency = agency
			}
		}
		return nil, false
	} else {
		return nil, false
	}
	label := true // every word a label word: "NOTE", "EDITOR'S NOTE"
	for _, w := range strings.Fields(place) {
		if !notPlaces[strings.ToUpper(strings.Trim(w, ".,"))] {
			label = false
		}
	}
	if label {
		return nil, false
	}
	pos = len(place)
	placeEnd := pos
	var date textDate
	var dateSpan [2]int
	var agency string
	for k := 0; k < 4; k++ {
		rest := s[pos:]
		if strings.HasPrefix(rest, " ,") {
			pos++ // "ATLANTA , March 3"
			rest = rest[1:]
		}
		if strings.HasPrefix(rest, ",") {
			after := strings.TrimLeft(rest[1:], " \t")
			skip := len(rest) - len(after)
			if d, n := matchTextDate(after); n > 0 && date.month == 0 {
				date = d
				dateSpan = [2]int{start + pos + skip, start + pos + skip + n}
				pos += skip + n
				continue
			}
			if date.month == 0 && agency == "" {
				if m := regionRE.FindStringSubmatchIndex(rest); m != nil {
					pos += m[1]
					placeEnd = pos
					continue
				}
			}
			break
		}
		if m := parenRE.FindStringSubmatchIndex(rest); m != nil {
			inner := rest[m[2]:m[3]]
			if d, ok := parseTextDate(inner); ok && date.month == 0 {
				date = d
				dateSpan = [2]int{start + pos + m[2], start + pos + m[3]}
			} else if agencyRE.MatchString(inner) && agency == "" {
				agency = inner
			} else {
				return nil, false
			}
			pos += m[1]
			continue
		}
		if !caps && date.month == 0 {
			// "Peshawar Nov 22:" without the comma.
			if after := strings.TrimLeft(rest, " \t"); len(after) < len(rest) {
				if d, n := matchTextDate(after); n > 0 {
					dateSpan = [2]int{start + pos + len(rest) - len(after), start + pos + len(rest) - len(after) + n}
					date = d
					pos += len(rest) - len(after) + n
					continue
				}
			}
		}
		break
	}
	sm := sepRE.FindStringIndex(s[pos:])
	if sm == nil && (date.month > 0 || agency != "") {
		sm = looseSepRE.FindStringIndex(s[pos:])
	}
	if sm == nil {
		return nil, false
	}
	colon := strings.Contains(s[pos:pos+sm[1]], ":")
	if after := start + pos + sm[1]; after >= lineEnd {
		// The dateline ends its line ("CHICAGO, Feb 26 -"): the body
		// starts on the next one.
		if !hasBody(strings.TrimLeft(text[after:min(len(text), after+200)], " \t\n")) {
			return nil, false
		}
	} else if !hasBody(text[after:lineEnd]) {
		return nil, false
	}
	if !caps && date.month == 0 && agency == "" {
		// A capitalised word and a dash is too weak; with a colon only a
		// short place name counts ("Peshawar:", "Dera Ismail Khan:").
		if !colon || len(strings.Fields(place)) > 3 {
			return nil, false
		}
	}
	f.dlDate, f.dlDateSpan, f.agency = date, dateSpan, agency
	return &doc.Dateline{Text: s[:placeEnd], Start: start, End: start + placeEnd}, true
}

// hasBody reports whether s starts like body text after a dateline.
func hasBody(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘(<", r)
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// Footers: "Published in Dawn, November 22nd, 2024", "First published
// in The Daily Star on 3 March 2025", "Published on November 22, 2024".
var footRE = regexp.MustCompile(`^(?i:(?:this (?:article|story|report) )?(?:was )?(?:(?:first|originally) )?(?:published|posted|appeared|printed))(?:[ \t]+(?i:(in|by))[ \t]+|[ \t]+(?i:on)[ \t]+|[ \t]*:[ \t]*|[ \t]+)`)

// footer records l as the footer if it is one.
func (f *found) footer(text string, l line) bool {
	s := text[l.start:l.end]
	if len(s) > maxMetaLine {
		return false
	}
	m := footRE.FindStringSubmatchIndex(s)
	if m == nil {
		return false
	}
	rest := s[m[1]:]
	if m[2] < 0 {
		// No outlet named: the date follows.
		d, ok := parseTextDate(rest)
		if !ok || d.year == 0 {
			return false
		}
		f.footDate = d
		return true
	}
	// "in NAME, DATE" or "in NAME on DATE": the name may hold commas, so
	// try every separator until the rest is a date.
	for i := 1; i < len(rest); i++ {
		var skip int
		switch {
		case rest[i] == ',':
			skip = 1
		case strings.HasPrefix(strings.ToLower(rest[i:]), " on "):
			skip = 4
		default:
			continue
		}
		d, ok := parseTextDate(strings.TrimLeft(rest[i+skip:], " \t"))
		if !ok || d.year == 0 {
			continue
		}
		name := strings.TrimSpace(rest[:i])
		if j := strings.IndexByte(name, ','); j >= 0 {
			name = strings.TrimSpace(name[:j])
		}
		if name == "" {
			return false
		}
		f.footSource, f.footDate = name, d
		return true
	}
	return false
}

// String renders what was found, for tests.
func (f found) String() string {
	var b strings.Builder
	if f.title != "" {
		fmt.Fprintf(&b, "title=%q ", f.title)
	}
	if f.byline != "" {
		fmt.Fprintf(&b, "byline=%q ", f.byline)
	}
	if f.dateline != nil {
		fmt.Fprintf(&b, "dateline=%q ", f.dateline.Text)
	}
	if f.dlDate.month > 0 {
		fmt.Fprintf(&b, "dldate=%04d-%02d-%02d ", f.dlDate.year, f.dlDate.month, f.dlDate.day)
	}
	if f.agency != "" {
		fmt.Fprintf(&b, "agency=%q ", f.agency)
	}
	if f.outlet != "" {
		fmt.Fprintf(&b, "outlet=%q ", f.outlet)
	}
	if f.footSource != "" {
		fmt.Fprintf(&b, "footsource=%q ", f.footSource)
	}
	if f.footDate.year > 0 {
		fmt.Fprintf(&b, "footdate=%s ", f.footDate)
	}
	return strings.TrimSpace(b.String())
}
