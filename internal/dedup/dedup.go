// Package dedup decides when two event mentions report the same
// real-world event, so that the store can keep one cluster per event with
// every report of it (GDELT's mentions, sources and articles).
//
// In: two Mentions, the flattened fields of two coded events (type, mode,
// status, date range, actor codes, place). Out: a Verdict: whether they
// are the same event, a score, whether they conflict, and a reason that
// names each criterion, so that every merge can be explained.
//
// The rule (Match), criterion by criterion. A conflict rules the pair
// out; otherwise each criterion adds to a score.
//
//   - type: the PLOVER types must be equal (else conflict). Equal modes,
//     a missing mode, or modes of one family (explosives and
//     suicide-attack, aerial and drone, firearms and heavy-weapons, demo
//     and riot, allege and disapprove, …) are compatible; other modes score -0.25, because
//     reports of one attack often code it differently.
//   - status: reported, claimed and denied speak of an event that took
//     place and are compatible with each other and with planned (a
//     scheduled event later reported); hypothetical and negated match
//     only themselves (else conflict).
//   - date: both need a day range of at most Options.MaxSpan days (7); a
//     longer or missing range identifies nothing (score 0, never the same
//     event). Ranges more than Options.Window days (1) apart conflict.
//     The same day (ranges of at most two days that meet) scores 1;
//     overlapping longer ranges or a day apart 0.6.
//   - place: two towns (city, admin2) with coordinates within
//     Options.Radius km (25) score 1 down to 0.5 at the radius; towns of
//     one province up to four radii apart score 0 (reports name the
//     nearest town or the district seat); farther towns conflict. The same
//     town name scores 1; a town without coordinates against another 0.2.
//     A province (admin1) against a town or province in it scores 0.7,
//     another province conflicts. A country alone scores 0.3 against the
//     same country; different countries conflict. An unknown place scores
//     0. Place conflicts rule out only the types done somewhere (ASSAULT,
//     PROTEST, COERCE, MOBILIZE); for statements, meetings, agreements,
//     aid and sanctions, placed where announced, they score 0.
//   - actors: source with source and target with target, by CAMEO-style
//     code: equal codes score 0.5 a side; a country against one of its
//     actors (IRQ, IRQGOV: the state named for its ministry) 0.25; an
//     unknown side 0; other codes of one country (PAKCOP, PAKCVL:
//     victims told apart differently) 0; codes of different countries
//     -0.5. For CONSULT, AGREE and COOPERATE the
//     sides may also be crossed (A meets B = B meets A).
//   - fatalities: equal best figures add 0.2; different figures never
//     conflict: the cluster keeps each report's figure.
//
// Two mentions are the same event when nothing conflicts, the date scores,
// and the score reaches Threshold (1.25): the same day and the same town
// (2), province (1.7) or country (1.3); the next day and the same town
// (1.6) or province (1.3); weaker places need agreeing actors.
//
// Limits: names are compared through the codes and places the earlier
// stages resolved, never the text, so two reports that the coder read
// differently (another type, another actor code) stay apart. The rule is
// pairwise; how mentions group into clusters (the store: every member
// compatible, the best match joined, an ambiguous report left apart) is
// not decided here.
package dedup

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// Mention is one event report as the rule sees it. Empty strings are
// unknown values.
type Mention struct {
	// Type is the PLOVER type (ASSAULT); Mode one of its modes.
	Type, Mode string
	// Status is reported, claimed, denied, planned, hypothetical or negated.
	Status string
	// From and To are the inclusive day range (YYYY-MM-DD) of the event.
	From, To string
	// SourceCode and TargetCode are the actors' CAMEO-style codes.
	SourceCode, TargetCode string
	// PlaceKind is the place's kind (country, region, admin1, admin2,
	// city); PlaceName, Admin1 and Country (ISO 3166-1 alpha-3) name it.
	PlaceKind, PlaceName, Admin1, Country string
	// Lat and Lon are the place's coordinates, when known.
	Lat, Lon *float64
	// Fatalities is the best figure of people killed, when given.
	Fatalities *int
}

// Options tunes the rule. The zero value is the documented rule.
type Options struct {
	// Window is how many days apart two date ranges may lie; 0 means 1.
	// Use a negative value for no window (ranges must overlap).
	Window int
	// Radius is the greatest distance in km between two towns of the same
	// event; 0 means 25.
	Radius float64
	// MaxSpan is the longest date range, in days, that can identify an
	// event; 0 means 7.
	MaxSpan int
}

// Threshold is the score at which two compatible mentions are the same event.
const Threshold = 1.25

// Rule is the matching rule with its options. It is immutable and safe
// for concurrent use.
type Rule struct {
	window, maxSpan int
	radius          float64
}

// New returns the rule with opts.
func New(opts Options) *Rule {
	r := &Rule{window: opts.Window, radius: opts.Radius, maxSpan: opts.MaxSpan}
	switch {
	case r.window == 0:
		r.window = 1
	case r.window < 0:
		r.window = 0
	}
	if r.radius <= 0 {
		r.radius = 25
	}
	if r.maxSpan <= 0 {
		r.maxSpan = 7
	}
	return r
}

// Window is the date window in days.
func (r *Rule) Window() int { return r.window }

// MaxSpan is the longest date range, in days, that can match.
func (r *Rule) MaxSpan() int { return r.maxSpan }

// Verdict is what Match decided about two mentions.
type Verdict struct {
	// Same reports whether the mentions are the same real-world event.
	Same bool
	// Conflict reports whether some criterion rules it out: the mentions
	// cannot belong to one event, whatever else is known.
	Conflict bool
	// Score is the sum of the criteria's scores (0 when Conflict).
	Score float64
	// Reason names each criterion and what it found, in order: type,
	// status, date, place, actors, fatalities, then the decision.
	Reason string
}

// Match applies the rule to a and b. It is symmetric.
func (r *Rule) Match(a, b Mention) Verdict {
	var why []string
	conflict := func(msg string) Verdict {
		why = append(why, msg)
		return Verdict{Conflict: true, Reason: strings.Join(why, "; ") + "; conflict"}
	}
	if a.Type != b.Type {
		return conflict("type " + a.Type + "≠" + b.Type)
	}
	score := 0.0
	switch {
	case a.Mode == "" || b.Mode == "":
		why = append(why, "type "+a.Type)
	case a.Mode == b.Mode:
		why = append(why, "type "+a.Type+"/"+a.Mode)
	case modeFamily[a.Mode] != "" && modeFamily[a.Mode] == modeFamily[b.Mode]:
		why = append(why, "type "+a.Type+", mode "+a.Mode+"~"+b.Mode)
	default:
		score -= 0.25
		why = append(why, "type "+a.Type+", mode "+a.Mode+"≠"+b.Mode+" -0.25")
	}
	if !statusCompatible(a.Status, b.Status) {
		return conflict("status " + a.Status + "≠" + b.Status)
	}
	why = append(why, "status "+statusPair(a.Status, b.Status))

	ds, msg, bad := r.date(a, b)
	if bad {
		return conflict(msg)
	}
	why = append(why, msg)
	score += ds

	ps, msg, bad := r.place(a, b)
	if bad && !placeBound[a.Type] {
		// Where a statement or a meeting is placed (the speaker's
		// capital, the dateline) says little about which one it was.
		ps, msg, bad = 0, msg+" (not decisive for "+a.Type+")", false
	}
	if bad {
		return conflict(msg)
	}
	why = append(why, msg)
	score += ps

	as, msg := actors(a, b)
	why = append(why, msg)
	score += as

	if a.Fatalities != nil && b.Fatalities != nil {
		if *a.Fatalities == *b.Fatalities {
			score += 0.2
			why = append(why, fmt.Sprintf("killed %d=%d +0.2", *a.Fatalities, *b.Fatalities))
		} else {
			why = append(why, fmt.Sprintf("killed %d≠%d (kept as a range)", *a.Fatalities, *b.Fatalities))
		}
	}
	v := Verdict{Score: math.Round(score*100) / 100}
	v.Same = ds > 0 && v.Score >= Threshold
	switch {
	case ds == 0:
		why = append(why, "no usable date: apart")
	case v.Same:
		why = append(why, fmt.Sprintf("score %.2f ≥ %.2f: same event", v.Score, Threshold))
	default:
		why = append(why, fmt.Sprintf("score %.2f < %.2f: apart", v.Score, Threshold))
	}
	v.Reason = strings.Join(why, "; ")
	return v
}

// Matchable reports whether m can be the same event as any mention. The
// date scores at most 1 and equal death tolls 0.2, so a mention with no
// place and no actor code never reaches Threshold: the store need not
// look for its candidates.
func (r *Rule) Matchable(m Mention) bool {
	return level(m) > 0 || m.SourceCode != "" || m.TargetCode != ""
}

// modeFamily groups the modes that one act is often coded as by
// different reports: a suicide bombing is an explosives attack, a drone
// strike an air strike, a gun battle may involve heavier weapons.
var modeFamily = map[string]string{
	"explosives": "blast", "suicide-attack": "blast",
	"aerial": "air", "drone": "air",
	"firearms": "arms", "heavy-weapons": "arms",
	"assassinate": "kill", "execute": "kill", "massacre": "kill",
	"demo": "demo", "riot": "demo", "obstruct": "demo",
	"arrest": "hold", "seize": "hold", "deport": "hold",
	"allege": "blame", "disapprove": "blame",
}

// statusGroup puts compatible statuses in one group.
func statusGroup(s string) string {
	switch s {
	case "reported", "claimed", "denied", "":
		return "occurred"
	}
	return s
}

func statusCompatible(a, b string) bool {
	ga, gb := statusGroup(a), statusGroup(b)
	return ga == gb || ga == "occurred" && gb == "planned" || ga == "planned" && gb == "occurred"
}

func statusPair(a, b string) string {
	if a == b {
		return a
	}
	return a + "~" + b
}

// day parses a YYYY-MM-DD date to a day number.
func day(s string) (int, bool) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}

// date scores the date criterion. A score of 0 without conflict means a
// date too vague or missing to identify the event.
func (r *Rule) date(a, b Mention) (score float64, msg string, conflict bool) {
	af, ok1 := day(a.From)
	at, ok2 := day(a.To)
	bf, ok3 := day(b.From)
	bt, ok4 := day(b.To)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return 0, "date unknown", false
	}
	if at-af+1 > r.maxSpan || bt-bf+1 > r.maxSpan {
		return 0, fmt.Sprintf("date range over %d days", r.maxSpan), false
	}
	gap := max(0, bf-at, af-bt)
	switch {
	case gap > r.window:
		return 0, fmt.Sprintf("date %d days apart > %d", gap, r.window), true
	case gap == 0 && at-af <= 1 && bt-bf <= 1:
		return 1, "date same day +1", false
	case gap == 0:
		return 0.6, "date ranges overlap +0.6", false
	}
	return 0.6, fmt.Sprintf("date %d day apart +0.6", gap), false
}

// level ranks a place kind: 3 town, 2 first-level division, 1 country or
// region, 0 unknown.
func level(m Mention) int {
	switch m.PlaceKind {
	case "city", "admin2":
		return 3
	case "admin1":
		return 2
	case "country", "region":
		if m.Country == "" {
			return 0
		}
		return 1
	}
	if m.PlaceName == "" && m.Country == "" {
		return 0
	}
	if m.Admin1 != "" {
		return 2
	}
	return 1
}

// place scores the place criterion.
func (r *Rule) place(a, b Mention) (score float64, msg string, conflict bool) {
	la, lb := level(a), level(b)
	if la == 0 || lb == 0 {
		return 0, "place unknown", false
	}
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return 0, "place country " + a.Country + "≠" + b.Country, true
	}
	if la == 3 && lb == 3 {
		if a.Lat != nil && a.Lon != nil && b.Lat != nil && b.Lon != nil {
			km := distance(*a.Lat, *a.Lon, *b.Lat, *b.Lon)
			if km > r.radius && km <= 4*r.radius && a.Admin1 != "" && strings.EqualFold(a.Admin1, b.Admin1) {
				// Neighbouring towns of one province: reports often
				// name the nearest town or the district seat.
				return 0, fmt.Sprintf("place %s–%s %.0f km, same province %s +0", a.PlaceName, b.PlaceName, km, a.Admin1), false
			}
			if km > r.radius {
				return 0, fmt.Sprintf("place %s–%s %.0f km > %.0f", a.PlaceName, b.PlaceName, km, r.radius), true
			}
			s := math.Round((1-0.5*km/r.radius)*100) / 100
			return s, fmt.Sprintf("place %s–%s %.0f km +%.2f", a.PlaceName, b.PlaceName, km, s), false
		}
		if strings.EqualFold(a.PlaceName, b.PlaceName) {
			return 1, "place " + a.PlaceName + " +1", false
		}
		if a.Admin1 != "" && b.Admin1 != "" && !strings.EqualFold(a.Admin1, b.Admin1) {
			return 0, "place province " + a.Admin1 + "≠" + b.Admin1, true
		}
		// A town the gazetteer does not place: no distance to measure.
		return 0.2, "place " + a.PlaceName + "–" + b.PlaceName + " not located, same country +0.2", false
	}
	if la >= 2 && lb >= 2 {
		if a.Admin1 != "" && b.Admin1 != "" && !strings.EqualFold(a.Admin1, b.Admin1) {
			return 0, "place province " + a.Admin1 + "≠" + b.Admin1, true
		}
		if a.Admin1 == "" || b.Admin1 == "" {
			return 0.2, "place province unknown, same country " + a.Country + " +0.2", false
		}
		return 0.7, "place province " + a.Admin1 + " +0.7", false
	}
	if a.Country == "" || b.Country == "" {
		return 0, "place country unknown", false
	}
	if la == 1 && lb == 1 {
		return 0.3, "place country " + a.Country + " only +0.3", false
	}
	return 0.3, "place country " + a.Country + ", one more specific +0.3", false
}

// placeBound are the types whose place identifies the event: material
// acts done somewhere. Other types (statements, meetings, agreements,
// aid, sanctions) are often placed where they were announced.
var placeBound = map[string]bool{"ASSAULT": true, "PROTEST": true, "COERCE": true, "MOBILIZE": true}

// PlaceBound reports whether places of events of this type conflict when
// their countries differ: then only reports in the same country (or in
// none) can be the same event.
func PlaceBound(typ string) bool { return placeBound[typ] }

// distance is the great-circle distance in km.
func distance(lat1, lon1, lat2, lon2 float64) float64 {
	const earth = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * earth * math.Asin(math.Min(1, math.Sqrt(h)))
}

// symmetric types have no clear initiator: their sides may be crossed.
var symmetric = map[string]bool{"CONSULT": true, "AGREE": true, "COOPERATE": true}

// actors scores the actor criterion, trying crossed sides for symmetric types.
func actors(a, b Mention) (score float64, msg string) {
	s, m := sides(a.SourceCode, b.SourceCode, a.TargetCode, b.TargetCode)
	if symmetric[a.Type] {
		if s2, m2 := sides(a.SourceCode, b.TargetCode, a.TargetCode, b.SourceCode); s2 > s {
			return s2, "crossed " + m2
		}
	}
	return s, m
}

func sides(s1, s2, t1, t2 string) (score float64, msg string) {
	var parts []string
	for _, p := range [2][3]string{{"source", s1, s2}, {"target", t1, t2}} {
		x, y := p[1], p[2]
		switch {
		case x == "" || y == "":
			parts = append(parts, p[0]+" unknown")
		case x == y:
			score += 0.5
			parts = append(parts, p[0]+" "+x+" +0.5")
		case len(x) == 3 && len(y) > 3 && y[:3] == x || len(y) == 3 && len(x) > 3 && x[:3] == y:
			// A country and one of its actors: one report names the
			// state (Iraq), another its ministry or army (IRQGOV).
			// Less than equal codes: a country may stand for others.
			score += 0.25
			parts = append(parts, p[0]+" "+x+"~"+y+" country and its actor +0.25")
		case len(x) >= 3 && len(y) >= 3 && x[:3] == y[:3]:
			// The same country's actors, told apart differently
			// (civilians or police among the victims).
			parts = append(parts, p[0]+" "+x+"~"+y)
		default:
			score -= 0.5
			parts = append(parts, p[0]+" "+x+"≠"+y+" -0.5")
		}
	}
	return score, "actors " + strings.Join(parts, ", ")
}
