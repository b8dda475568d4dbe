package quotes

import "strings"

// The cue lexicon: the reporting verbs that introduce speech, in every
// inflected form the stage matches. A cue is one word ("said"), or a word
// with a fixed particle ("pointed out", "according to", "went on").
//
// Verbs of saying proper (said, told, added, noted, stressed, warned,
// urged, …) introduce both direct and indirect speech. The evaluative
// verbs (called, described, dubbed, branded, labelled) only count as cues
// in front of a partial quote ("called the plan “a disaster”"), never for
// indirect speech, where they mostly name things.

// cueForms maps every inflected form to its lemma.
var cueForms = buildCueForms(map[string][]string{
	"say":         {"say", "says", "said", "saying"},
	"tell":        {"tell", "tells", "told", "telling"},
	"add":         {"add", "adds", "added", "adding"},
	"note":        {"note", "notes", "noted", "noting"},
	"stress":      {"stress", "stresses", "stressed", "stressing"},
	"warn":        {"warn", "warns", "warned", "warning"},
	"urge":        {"urge", "urges", "urged", "urging"},
	"explain":     {"explain", "explains", "explained", "explaining"},
	"insist":      {"insist", "insists", "insisted", "insisting"},
	"argue":       {"argue", "argues", "argued", "arguing"},
	"claim":       {"claim", "claims", "claimed", "claiming"},
	"declare":     {"declare", "declares", "declared", "declaring"},
	"announce":    {"announce", "announces", "announced", "announcing"},
	"ask":         {"ask", "asks", "asked", "asking"},
	"reply":       {"reply", "replies", "replied", "replying"},
	"respond":     {"respond", "responds", "responded", "responding"},
	"write":       {"write", "writes", "wrote", "writing"},
	"tweet":       {"tweet", "tweets", "tweeted", "tweeting"},
	"post":        {"posted"},
	"continue":    {"continue", "continues", "continued", "continuing"},
	"acknowledge": {"acknowledge", "acknowledges", "acknowledged", "acknowledging"},
	"admit":       {"admit", "admits", "admitted", "admitting"},
	"concede":     {"concede", "concedes", "conceded", "conceding"},
	"maintain":    {"maintains", "maintained"},
	"emphasise":   {"emphasise", "emphasises", "emphasised", "emphasising", "emphasize", "emphasizes", "emphasized", "emphasizing"},
	"underline":   {"underlines", "underlined", "underlining"},
	"underscore":  {"underscores", "underscored", "underscoring"},
	"remark":      {"remarks", "remarked"},
	"observe":     {"observes", "observed"},
	"suggest":     {"suggest", "suggests", "suggested", "suggesting"},
	"predict":     {"predict", "predicts", "predicted", "predicting"},
	"vow":         {"vow", "vows", "vowed", "vowing"},
	"pledge":      {"pledges", "pledged", "pledging"},
	"promise":     {"promises", "promised", "promising"},
	"threaten":    {"threatens", "threatened", "threatening"},
	"demand":      {"demands", "demanded", "demanding"},
	"caution":     {"cautions", "cautioned", "cautioning"},
	"recall":      {"recalls", "recalled", "recalling"},
	"complain":    {"complain", "complains", "complained", "complaining"},
	"charge":      {"charged"},
	"allege":      {"allege", "alleges", "alleged", "alleging"},
	"deny":        {"denies", "denied", "denying"},
	"confirm":     {"confirms", "confirmed", "confirming"},
	"state":       {"states", "stated", "stating"},
	"reiterate":   {"reiterates", "reiterated", "reiterating"},
	"repeat":      {"repeated"},
	"quip":        {"quips", "quipped"},
	"joke":        {"jokes", "joked"},
	"boast":       {"boasts", "boasted"},
	"yell":        {"yells", "yelled"},
	"shout":       {"shouts", "shouted"},
	"chant":       {"chanted"},
	"cry":         {"cried"},
	"whisper":     {"whispered"},
	"agree":       {"agreed"},
	"counter":     {"countered"},
	"contend":     {"contends", "contended"},
	"assert":      {"asserts", "asserted", "asserting"},
	"affirm":      {"affirmed"},
	"mention":     {"mentioned"},
	"report":      {"reported"},
	"testify":     {"testified"},
	"conclude":    {"concluded"},
	"wonder":      {"wondered"},
	"recount":     {"recounted"},
	"comment":     {"comments", "commented", "commenting"},
	"mock":        {"mocks", "mocked"},
	"retort":      {"retorted"},
	"exclaim":     {"exclaimed"},
	"proclaim":    {"proclaimed"},
	"read":        {"read", "reads"},
	"describe":    {"describes", "described", "describing"},
	"call":        {"calls", "called", "calling"},
	"dub":         {"dubbed", "dubbing"},
	"brand":       {"branded", "branding"},
	"label":       {"labelled", "labeled", "labelling", "labeling"},
	"accuse":      {"accused", "accusing"},
	"criticise":   {"criticised", "criticized", "criticising", "criticizing"},
	"blast":       {"blasted"},
	"hail":        {"hailed", "hailing"},
	"condemn":     {"condemned", "condemning"},
})

// evaluative are lemmas that count as cues only before a partial quote.
var evaluative = map[string]bool{
	"describe": true, "call": true, "dub": true, "brand": true, "label": true, "accuse": true,
	"criticise": true, "blast": true, "hail": true, "condemn": true, "chant": true,
}

// particles are the words that complete a phrasal cue: "pointed out",
// "went on", "according to".
var phrasal = map[string]string{
	"pointed out": "point out", "points out": "point out", "pointing out": "point out",
	"went on": "go on", "goes on": "go on",
	"according to": "according to",
	"made clear":   "make clear", "makes clear": "make clear",
}

// phrasalFirst holds the first word of every phrasal cue.
var phrasalFirst = firstWords(phrasal)

// firstWords returns the set of the first words of m's keys.
func firstWords(m map[string]string) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		first, _, _ := strings.Cut(k, " ")
		out[first] = true
	}
	return out
}

func buildCueForms(m map[string][]string) map[string]string {
	forms := make(map[string]string)
	for lemma, fs := range m {
		for _, f := range fs {
			forms[f] = lemma
		}
	}
	return forms
}

// cue is a reporting verb found in the text.
type cue struct {
	start, end int
	lemma      string
	i, j       int // its words in the window: ws[i:j]
}

// cueAt reports whether ws[i] starts a cue and returns it.
func cueAt(ws []word, i int) (cue, bool) {
	w := ws[i].lower()
	if i+1 < len(ws) && phrasalFirst[w] {
		if lemma, ok := phrasal[w+" "+ws[i+1].lower()]; ok {
			return cue{start: ws[i].start, end: ws[i+1].end, lemma: lemma, i: i, j: i + 2}, true
		}
	}
	lemma, ok := cueForms[w]
	if !ok {
		return cue{}, false
	}
	// Some forms are also nouns or adjectives: "the warning", "a claim",
	// "the said agreement", "states" (countries). Reject them after a
	// determiner.
	if i > 0 {
		switch ws[i-1].lower() {
		case "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "of":
			return cue{}, false
		}
	}
	// "the minister's remarks", "Smith's claims": a noun after a possessive.
	if i > 0 && (strings.HasSuffix(ws[i-1].lower(), "'s") || strings.HasSuffix(ws[i-1].lower(), "s'")) {
		return cue{}, false
	}
	if lemma == "state" && ws[i].text != "stated" {
		return cue{}, false
	}
	return cue{start: ws[i].start, end: ws[i].end, lemma: lemma, i: i, j: i + 1}, true
}
