package dict

import (
	"strconv"
	"strings"
)

// Pattern is one line of events.tsv: the words that trigger an event, the
// part of speech they must have, where the source and target are found and
// what the event is coded as.
type Pattern struct {
	ID        string   // rule name printed in events[].rule ("assault.attack.verb")
	Type      string   // PLOVER type (ASSAULT, REQUEST, …)
	Mode      string   // PLOVER mode or ""
	Cameo     string   // CAMEO code with leading zeros kept ("020")
	Goldstein float64  // Goldstein score of the CAMEO code
	POS       string   // VERB or NOUN
	Lemmas    []string // trigger lemmas; a multi-word lemma ("open fire") matches consecutive tokens
	// Target lists where the target is found: "obj" (the direct object of
	// an active verb) and prepositions ("on", "against", "with") that
	// introduce it after the trigger.
	Target []string
	// Need is a word that must follow the trigger (or its object) in the
	// same clause for the pattern to apply ("to" for "urge X to", "of" for
	// "accuse X of"), or several separated by "|" (any one will do), ""
	// for none.
	Need string
	// Veto lists words that, right before or right after the trigger,
	// keep the pattern from applying ("strike" is no labour strike in "an
	// Israeli strike on Gaza").
	Veto []string
	// Agent lists words one of which must head the doer of a verb
	// trigger (the subject of an active verb, the by-agent of a passive
	// one) for the pattern to apply: "hit" is an attack when "missiles"
	// hit, not when prices do. Empty for any doer.
	Agent []string
	// Count says which casualty count the trigger itself reports when a
	// number is its object or passive subject: "fatalities", "injuries",
	// "detained", or "".
	Count string
	// Weight is the base confidence of events from the pattern (0–1).
	Weight float64
	Source string // "file:line"
}

// QuadClass returns the CAMEO QuadClass of the pattern's code (see
// QuadClassOf).
func (p Pattern) QuadClass() int { return QuadClassOf(p.Cameo) }

// QuadClassOf returns the QuadClass of a CAMEO code by its root: 1 verbal
// cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict
// (09–14), 4 material conflict (15–20); 0 for no code.
func QuadClassOf(cameo string) int {
	if len(cameo) < 2 {
		return 0
	}
	root, err := strconv.Atoi(cameo[:2])
	if err != nil {
		return 0
	}
	switch {
	case root <= 5:
		return 1
	case root <= 8:
		return 2
	case root <= 14:
		return 3
	}
	return 4
}

// PloverTypes are the 16 PLOVER event types of taxonomy.md.
var PloverTypes = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "COOPERATE": true,
	"AID": true, "RETREAT": true, "REQUEST": true, "ACCUSE": true, "REJECT": true,
	"THREATEN": true, "PROTEST": true, "SANCTION": true, "MOBILIZE": true, "COERCE": true,
	"ASSAULT": true,
}

const patternColumns = "id, type, mode, cameo, goldstein, pos, lemmas, frame"

// patternLine parses one events.tsv line; a pattern read again under the
// same id (in an override file) replaces the earlier one.
func (b *builder) patternLine(l line) error {
	if err := l.want(8, 8, patternColumns); err != nil {
		return err
	}
	p := Pattern{ID: l.field(0), Type: l.field(1), Mode: dash(l.field(2)), Cameo: l.field(3),
		POS: l.field(5), Lemmas: list(l.field(6)), Weight: 0.8, Source: sourceOf(l)}
	if p.ID == "" || strings.ContainsAny(p.ID, " |") {
		return l.errorf("bad pattern id %q", p.ID)
	}
	if !PloverTypes[p.Type] {
		return l.errorf("unknown PLOVER type %q", p.Type)
	}
	if len(p.Cameo) < 2 || len(p.Cameo) > 4 || strings.Trim(p.Cameo, "0123456789") != "" || p.Cameo[:2] < "01" || p.Cameo[:2] > "20" {
		return l.errorf("bad CAMEO code %q (want 2–4 digits, root 01–20)", p.Cameo)
	}
	g, err := strconv.ParseFloat(l.field(4), 64)
	if err != nil || g < -10 || g > 10 {
		return l.errorf("bad Goldstein score %q (want a number from -10 to 10)", l.field(4))
	}
	p.Goldstein = g
	if p.POS != "VERB" && p.POS != "NOUN" {
		return l.errorf("unknown pos %q (want VERB or NOUN)", p.POS)
	}
	if len(p.Lemmas) == 0 {
		return l.errorf("no lemmas")
	}
	for i, s := range p.Lemmas {
		p.Lemmas[i] = strings.ToLower(s)
	}
	for _, kv := range strings.Fields(dash(l.field(7))) {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || v == "" {
			return l.errorf("bad frame option %q (want key=value)", kv)
		}
		switch k {
		case "target":
			p.Target = list(v)
		case "need":
			p.Need = strings.ToLower(v)
		case "veto":
			for _, w := range list(v) {
				p.Veto = append(p.Veto, strings.ToLower(w))
			}
		case "agent":
			for _, w := range list(v) {
				p.Agent = append(p.Agent, strings.ToLower(w))
			}
		case "count":
			if v != "fatalities" && v != "injuries" && v != "detained" {
				return l.errorf("bad count %q (want fatalities, injuries or detained)", v)
			}
			p.Count = v
		case "weight":
			w, err := strconv.ParseFloat(v, 64)
			if err != nil || w <= 0 || w > 1 {
				return l.errorf("bad weight %q (want a number in (0,1])", v)
			}
			p.Weight = w
		default:
			return l.errorf("unknown frame option %q (want target, need, veto, agent, count or weight)", k)
		}
	}
	if b.patternAt == nil {
		b.patternAt = map[string]int{}
	}
	if i, ok := b.patternAt[p.ID]; ok {
		b.patterns[i] = p
		return nil
	}
	b.patternAt[p.ID] = len(b.patterns)
	b.patterns = append(b.patterns, p)
	return nil
}

// Patterns returns the event patterns in file order (embedded lines first,
// then new ids of the override; an override line with a known id replaces
// the embedded pattern in place).
func (kb *KB) Patterns() []Pattern { return append([]Pattern(nil), kb.patterns...) }
