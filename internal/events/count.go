package events

import (
	"strconv"
	"strings"
)

// Quantity is a number of people as written: "12", "at least 5",
// "five to seven", "dozens". Low, Best and High follow the policy below.
//
// Policy for vague and bounded amounts (documented in docs/events.md):
//
//	N, "exactly N"                → N, N, N
//	"at least N", "N or more"     → N, N, N*2 (open above; High marks the doubt)
//	"more than N", "over N"       → N+1, N+1, N*2
//	"nearly/almost/up to/at most N" → N/2, N, N  ("up to": best is the bound reported)
//	"about/around/some/roughly N" → N*0.8, N, N*1.2 (rounded)
//	"N to M", "N-M", "between N and M" → N, (N+M)/2 rounded down, M
//	"a dozen" 12; "dozens" 24, 24, 99; "scores" 40, 40, 99; "hundreds" 200, 200, 999;
//	"thousands" 2000, 2000, 9999; "several" 3, 3, 9; "a few" 2, 3, 5; "a couple" 2;
//	"many"/"numerous" not counted (no number is written).
type Quantity struct {
	Low, Best, High int
	// Len is the number of tokens the quantity covers.
	Len int
	// Vague reports that no exact figure was written.
	Vague bool
}

var units = map[string]int{
	"zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19,
}

var tens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// vague amounts written as words: low, best, high.
var vagueWords = map[string][3]int{
	"dozens":    {24, 24, 99},
	"scores":    {40, 40, 99},
	"hundreds":  {200, 200, 999},
	"thousands": {2000, 2000, 9999},
	"several":   {3, 3, 9},
}

// ParseQuantity reads a quantity from the start of words (lower-cased
// token texts). It returns ok false when words does not start with one.
func ParseQuantity(words []string) (q Quantity, ok bool) {
	i := 0
	mod := ""
	// Modifiers before the number, longest first.
	for _, m := range modifiers {
		if hasPrefix(words, m.words) {
			mod = m.kind
			i = len(m.words)
			break
		}
	}
	n, k, ok := parseNumber(words[i:])
	if !ok {
		if mod != "" {
			return Quantity{}, false
		}
		return parseVague(words)
	}
	i += k
	// Ranges: "N to M", "N-M" (already one token "5-7" is handled by parseNumber), "between N and M".
	if mod == "between" {
		if i < len(words) && words[i] == "and" {
			if m, k2, ok := parseNumber(words[i+1:]); ok && m >= n {
				return Quantity{Low: n, Best: (n + m) / 2, High: m, Len: i + 1 + k2, Vague: true}, true
			}
		}
		return Quantity{}, false
	}
	if mod == "" && i < len(words) && (words[i] == "to" || words[i] == "-" || words[i] == "–" || words[i] == "or") {
		if m, k2, ok := parseNumber(words[i+1:]); ok && m > n {
			return Quantity{Low: n, Best: (n + m) / 2, High: m, Len: i + 1 + k2, Vague: true}, true
		}
	}
	if lo, hi, ok := splitRange(words[i-1]); ok && k == 1 && mod == "" {
		return Quantity{Low: lo, Best: (lo + hi) / 2, High: hi, Len: i, Vague: true}, true
	}
	if mod == "" && i+1 < len(words) && words[i] == "or" && words[i+1] == "more" {
		return Quantity{Low: n, Best: n, High: 2 * n, Len: i + 2, Vague: true}, true
	}
	q = Quantity{Low: n, Best: n, High: n, Len: i}
	switch mod {
	case "atleast":
		q.High, q.Vague = 2*n, true
	case "morethan":
		q.Low, q.Best, q.High, q.Vague = n+1, n+1, 2*n, true
	case "upto":
		q.Low, q.Vague = n/2, true
	case "about":
		q.Low, q.High, q.Vague = n*4/5, (n*6+4)/5, true
	}
	return q, true
}

type modifier struct {
	words []string
	kind  string
}

// modifiers are ordered longest first so that "at least" wins over "at".
var modifiers = []modifier{
	{[]string{"no", "fewer", "than"}, "atleast"},
	{[]string{"no", "less", "than"}, "atleast"},
	{[]string{"a", "minimum", "of"}, "atleast"},
	{[]string{"more", "than"}, "morethan"},
	{[]string{"at", "least"}, "atleast"},
	{[]string{"up", "to"}, "upto"},
	{[]string{"at", "most"}, "upto"},
	{[]string{"as", "many", "as"}, "upto"},
	{[]string{"over"}, "morethan"},
	{[]string{"nearly"}, "upto"},
	{[]string{"almost"}, "upto"},
	{[]string{"about"}, "about"},
	{[]string{"around"}, "about"},
	{[]string{"approximately"}, "about"},
	{[]string{"roughly"}, "about"},
	{[]string{"some"}, "about"},
	{[]string{"an", "estimated"}, "about"},
	{[]string{"estimated"}, "about"},
	{[]string{"between"}, "between"},
	{[]string{"exactly"}, ""},
}

func hasPrefix(words, p []string) bool {
	if len(words) < len(p) {
		return false
	}
	for i := range p {
		if words[i] != p[i] {
			return false
		}
	}
	return true
}

// parseVague reads "dozens", "a dozen", "two dozen", "several", "a few",
// "a couple of", "scores", "hundreds".
func parseVague(words []string) (Quantity, bool) {
	if len(words) == 0 {
		return Quantity{}, false
	}
	if v, ok := vagueWords[words[0]]; ok {
		return Quantity{Low: v[0], Best: v[1], High: v[2], Len: 1, Vague: true}, true
	}
	if len(words) >= 2 && words[0] == "a" {
		switch words[1] {
		case "few":
			return Quantity{Low: 2, Best: 3, High: 5, Len: 2, Vague: true}, true
		case "couple":
			return Quantity{Low: 2, Best: 2, High: 3, Len: 2, Vague: true}, true
		}
	}
	return Quantity{}, false
}

// parseNumber reads a cardinal number in digits ("12", "1,200", "5-7" as
// its low end is handled by the caller) or words ("twelve",
// "twenty-five", "one hundred and twenty", "a dozen", "two dozen"). It
// returns the value and the number of words used.
func parseNumber(words []string) (int, int, bool) {
	if len(words) == 0 {
		return 0, 0, false
	}
	w := words[0]
	if isDigits(w) {
		n, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
		if err != nil || n > 10_000_000 {
			return 0, 0, false
		}
		if len(words) > 1 && words[1] == "dozen" {
			return n * 12, 2, true
		}
		return n, 1, true
	}
	if lo, _, ok := splitRange(w); ok {
		return lo, 1, true
	}
	// Word numbers.
	total, cur, used := 0, 0, 0
	seen := false
	for used < len(words) {
		w := words[used]
		if v, ok := units[w]; ok {
			if (w == "a" || w == "an" || w == "no") && !(used+1 < len(words) && (words[used+1] == "dozen" || words[used+1] == "hundred" || words[used+1] == "thousand")) {
				break
			}
			if seen && cur%10 != 0 {
				break
			}
			cur += v
		} else if v, ok := tens[w]; ok {
			if seen && cur%100 != 0 {
				break
			}
			cur += v
		} else if t, u, ok := strings.Cut(w, "-"); ok && tens[t] > 0 && units[u] > 0 && units[u] < 10 {
			cur += tens[t] + units[u]
		} else if w == "dozen" && seen {
			cur *= 12
		} else if w == "hundred" && seen {
			cur *= 100
		} else if w == "thousand" && seen {
			total += cur * 1000
			cur = 0
		} else if w == "and" && seen && used+1 < len(words) && (units[words[used+1]] > 0 || tens[words[used+1]] > 0) && cur%100 == 0 {
			// "one hundred and twenty"
		} else {
			break
		}
		seen = true
		used++
	}
	if !seen {
		return 0, 0, false
	}
	// A trailing "and" is not part of the number.
	if words[used-1] == "and" {
		used--
	}
	return total + cur, used, true
}

func isDigits(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < '0' || c > '9') && c != ',' {
			return false
		}
	}
	return true
}

// splitRange reads a range written as one token: "5-7", "5–7".
func splitRange(w string) (int, int, bool) {
	for _, sep := range []string{"-", "–"} {
		a, b, ok := strings.Cut(w, sep)
		if ok && isDigits(a) && isDigits(b) {
			lo, err1 := strconv.Atoi(strings.ReplaceAll(a, ",", ""))
			hi, err2 := strconv.Atoi(strings.ReplaceAll(b, ",", ""))
			if err1 == nil && err2 == nil && hi > lo {
				return lo, hi, true
			}
		}
	}
	return 0, 0, false
}
