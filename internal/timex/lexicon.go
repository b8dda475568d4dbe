package timex

// The word list: every word the tagger treats specially, with what it
// means. One lookup per token, at scan time, gives the matchers all they
// need to know about a word.

// word is what the lexicon knows about one lower-cased word.
type word struct {
	month  int8   // 1..12 for month names and abbreviations
	wday   int8   // 1..7 (Monday..Sunday) for weekday names
	wdays  bool   // plural weekday ("Fridays")
	abbr   bool   // an abbreviation ("Nov", "Sept", "Thurs")
	num    int    // cardinal number word value; -1 for vague amounts ("several")
	ord    int8   // ordinal word value ("first" = 1)
	unit   byte   // duration unit: see units
	plural bool   // plural unit ("days")
	season string // TIMEX3 season code: SP, SU, FA, WI
	part   string // TIMEX3 part of day: MO, AF, EV, NI
	set    string // TIMEX3 value of a frequency adverb ("weekly" = P1W)
}

// Units, as the byte kept in word.unit.
const (
	uSecond  = 's'
	uMinute  = 'i'
	uHour    = 'h'
	uDay     = 'D'
	uWeek    = 'W'
	uFortn   = 'F'
	uMonth   = 'M'
	uQuarter = 'Q'
	uYear    = 'Y'
	uDecade  = 'E'
	uCentury = 'C'
	uWeekend = 'K'
)

// lexicon maps lower-cased words to what they mean. It is built once
// and only read afterwards.
var lexicon = buildLexicon()

// noWord is the entry of every word the lexicon does not hold.
var noWord = &word{}

func buildLexicon() map[string]*word {
	m := make(map[string]*word, 256)
	add := func(k string, f func(*word)) {
		w := m[k]
		if w == nil {
			w = &word{}
			m[k] = w
		}
		f(w)
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, s := range months {
		n := int8(i + 1)
		add(s, func(w *word) { w.month = n })
	}
	for k, n := range map[string]int8{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		add(k, func(w *word) { w.month = n; w.abbr = true })
	}
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, s := range days {
		n := int8(i + 1)
		add(s, func(w *word) { w.wday = n })
		add(s+"s", func(w *word) { w.wday = n; w.wdays = true })
	}
	for k, n := range map[string]int8{"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7} {
		add(k, func(w *word) { w.wday = n; w.abbr = true })
	}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, s := range nums {
		n := i
		add(s, func(w *word) { w.num = n })
	}
	for k, n := range map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "dozen": 12} {
		add(k, func(w *word) { w.num = n })
	}
	for _, k := range []string{"several", "few", "many", "some", "couple", "numerous"} {
		add(k, func(w *word) { w.num = -1 })
	}
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"}
	for i, s := range ords {
		n := int8(i + 1)
		add(s, func(w *word) { w.ord = n })
	}
	units := map[string]byte{"second": uSecond, "minute": uMinute, "hour": uHour, "day": uDay, "week": uWeek, "fortnight": uFortn,
		"month": uMonth, "quarter": uQuarter, "year": uYear, "decade": uDecade, "century": uCentury, "weekend": uWeekend}
	for k, u := range units {
		add(k, func(w *word) { w.unit = u })
		pl := k + "s"
		if k == "century" {
			pl = "centuries"
		}
		add(pl, func(w *word) { w.unit = u; w.plural = true })
	}
	for k, s := range map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"} {
		add(k, func(w *word) { w.season = s })
	}
	for k, p := range map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"} {
		add(k, func(w *word) { w.part = p })
	}
	for k, v := range map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
		"hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "fortnightly": "P2W", "quarterly": "P3M"} {
		add(k, func(w *word) { w.set = v })
	}
	return m
}

// unitCode returns the TIMEX3 duration designator of u and whether it
// belongs after the T (hours, minutes, seconds), and the multiplier to
// apply to the count (a decade is ten years).
func unitCode(u byte) (code string, timePart bool, mult int) {
	switch u {
	case uSecond:
		return "S", true, 1
	case uMinute:
		return "M", true, 1
	case uHour:
		return "H", true, 1
	case uDay:
		return "D", false, 1
	case uWeek:
		return "W", false, 1
	case uFortn:
		return "W", false, 2
	case uMonth:
		return "M", false, 1
	case uQuarter:
		return "Q", false, 1
	case uYear:
		return "Y", false, 1
	case uDecade:
		return "Y", false, 10
	case uCentury:
		return "Y", false, 100
	case uWeekend:
		return "WE", false, 1
	}
	return "", false, 0
}

// Cue words for tense: they decide whether a bare weekday, month or day
// of the month lies before or after the publication date.
var futureCues = map[string]bool{
	"will": true, "shall": true, "ll": true, "wo": true, "next": true, "upcoming": true,
	"scheduled": true, "due": true, "expected": true, "plans": true, "plan": true, "planned": true,
	"planning": true, "going": true, "intends": true, "set": true, "would": true, "might": true, "payable": true, "ahead": true,
	"tomorrow": true, "coming": true, "await": true, "awaits": true, "soon": true, "slated": true,
	"supposed": true, "expects": true, "expect": true, "effective": true,
}

var pastCues = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "ago": true,
	"last": true, "told": true, "yesterday": true, "earlier": true, "since": true,
	"been": true, "reported": true, "killed": true, "died": true, "began": true, "previously": true,
	"became": true,
}

// irregularPast are past forms that the -ed test of cue misses; as
// participles after "be" they take the auxiliary's tense ("will be held").
var irregularPast = map[string]bool{
	"used": true, "met": true, "held": true, "fled": true, "fought": true, "shot": true, "struck": true,
	"took": true, "gave": true, "sent": true, "went": true, "came": true, "fell": true, "led": true,
	"won": true, "lost": true, "broke": true, "caught": true, "threw": true, "spoke": true, "rose": true,
	"drew": true, "blew": true, "ran": true, "saw": true, "found": true, "made": true, "brought": true,
	"kept": true, "paid": true, "sought": true, "stole": true, "hid": true, "burnt": true, "slew": true,
}

// yearCues are words after which a bare four-digit number is a year.
var yearCues = map[string]bool{
	"in": true, "since": true, "of": true, "by": true, "from": true, "until": true, "till": true,
	"to": true, "before": true, "after": true, "during": true, "through": true, "throughout": true,
	"fiscal": true, "early": true, "late": true, "mid": true, "spring": true, "summer": true,
	"autumn": true, "fall": true, "winter": true, "between": true, "and": true, "year": true,
	"circa": true, "around": true, "the": true, "for": true, "than": true, "or": true,
}

// yearFollowers are lower-case words that may follow a year without
// making it a count ("in 2019 when", "2024 election").
var yearFollowers = map[string]bool{
	"and": true, "or": true, "but": true, "was": true, "were": true, "is": true, "as": true,
	"when": true, "with": true, "to": true, "after": true, "before": true, "in": true, "on": true,
	"at": true, "by": true, "for": true, "from": true, "that": true, "which": true, "the": true,
	"a": true, "an": true, "under": true, "amid": true, "despite": true, "compared": true,
	"while": true, "until": true, "through": true, "against": true, "because": true, "if": true,
	"election": true, "elections": true, "budget": true, "census": true, "war": true, "levels": true,
	"level": true, "figures": true, "vote": true, "polls": true, "agreement": true, "accord": true,
	"accords": true, "talks": true, "summit": true, "attack": true, "attacks": true, "coup": true,
	"earthquake": true, "floods": true, "protests": true, "law": true, "deal": true, "report": true,
	"quarter": true, "period": true, "season": true, "campaign": true, "games": true, "olympics": true,
	"crisis": true, "offensive": true, "ceasefire": true, "uprising": true, "revolution": true,
	"constitution": true, "treaty": true, "peace": true, "rate": true, "estimate": true, "data": true,
	"first": true, "second": true, "third": true, "fourth": true, "results": true, "fiscal": true,
	"so": true, "also": true, "he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
}

// holidays are fixed-date holidays: name → month, day.
var holidays = map[string][2]int{
	"christmas": {12, 25}, "xmas": {12, 25},
}

// nonDayWords are capitalised words that, written before a weekday name,
// make a name rather than a date ("Good Friday", "Bloody Sunday").
var nonDayWords = map[string]bool{
	"good": true, "black": true, "bloody": true, "ash": true, "super": true, "holy": true,
	"palm": true, "easter": true, "cyber": true, "maundy": true, "shrove": true, "giving": true,
}

// pluralParts are parts of the day in the plural ("Tuesday nights").
var pluralParts = map[string]string{"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"}

// pluralNouns are plural nouns that do not end in s: after a number
// they make it a count ("2000 people").
var pluralNouns = map[string]bool{
	"people": true, "police": true, "men": true, "women": true, "children": true, "personnel": true,
	"staff": true, "militia": true, "cattle": true, "sheep": true, "infantry": true, "refugees": true,
}

// notPast are words ending in -ed that are no past tense.
var notPast = map[string]bool{
	"hundred": true, "hundreds": true, "kindred": true, "sacred": true, "naked": true, "wicked": true,
	"united": true, "limited": true, "embed": true, "infrared": true, "biped": true,
}

// decadeWords name the decades of a century ("the nineties").
var decadeWords = map[string]int{
	"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
	"seventies": 70, "eighties": 80, "nineties": 90,
}

// quarterFollowers may follow "a quarter" used as a span of time ("in a
// quarter to come"); any other word makes it a fraction ("a quarter
// point").
var quarterFollowers = map[string]bool{
	"in": true, "to": true, "and": true, "or": true, "ago": true, "earlier": true, "later": true,
	"before": true, "after": true, "from": true, "for": true, "at": true, "on": true, "when": true,
	"since": true, "that": true, "which": true,
}
