package events

import (
	"sort"
	"strings"

	"sitrep/dict"
	"sitrep/internal/doc"
)

// finish folds casualty verbs into the assault they report, dates and
// places every event, merges repeated mentions of one act and returns the
// events in text order.
func (d *document) finish(evs []*event) []*event {
	for _, e := range evs {
		d.singleVictim(e)
	}
	evs = d.foldCasualtyVerbs(evs)
	evs = dropObjects(evs)
	evs = dropProtestDemands(evs)
	evs = d.dropTargetedGatherings(evs)
	evs = d.dropDiplomaticProtests(evs)
	docPlace := d.documentPlace()
	dateBy := map[*doc.EventDate]string{} // the dateOf step behind each date, kept through merges
	for i, e := range evs {
		d.claims(e)
		if by := d.dateOf(e, evs[:i]); e.ev.Date != nil {
			dateBy[e.ev.Date] = by
		}
		d.placeOf(e, evs[:i], docPlace)
	}
	for _, e := range evs {
		d.weapon(e)
	}
	evs = substantial(evs)
	evs = d.merge(evs)
	d.armedSources(evs)
	d.riots(evs)
	for _, e := range evs {
		// QuadClass follows the final CAMEO code, whatever merges and
		// recodings changed it.
		if q := dict.QuadClassOf(e.ev.Cameo); q != 0 {
			e.ev.QuadClass = q
		}
		if by := dateBy[e.ev.Date]; e.ev.Date != nil && by != "" && by != "clause" {
			e.ev.Rule += ";date=" + by // a date from beyond the act's clause says where from
		}
		if e.placeBy != "" && placeRank[e.placeBy] >= placeRank[placeParagraph] {
			e.ev.Rule += ";place=" + e.placeBy // a fallback place says which
		}
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].ev.Trigger.Start < evs[j].ev.Trigger.Start })
	return evs
}

// foldCasualtyVerbs merges an event made by a casualty verb ("killed 12
// soldiers", ", killing 12") into another assault of the same sentence:
// "an attack on a post killed 12 soldiers" is one attack. The verb's
// victims become the attack's target when the attack's own target is a
// place rather than people (see strikeVictims).
func (d *document) foldCasualtyVerbs(evs []*event) []*event {
	out := evs[:0]
	for i, e := range evs {
		if e.pat.Count == "" || e.ev.Type != "ASSAULT" {
			out = append(out, e)
			continue
		}
		var host *event
		for j, f := range evs {
			if j != i && f.sent == e.sent && f.ev.Type == "ASSAULT" && f.pat.Count == "" {
				host = f
				break
			}
		}
		if host == nil {
			out = append(out, e)
			continue
		}
		if d.strikeVictims(host, e) {
			host.ev.Target, host.tgtActor, host.tgtPeople = e.ev.Target, e.tgtActor, true
		}
		fill(host, e)
	}
	return out
}

// fill copies into e what f knows and e does not.
func fill(e, f *event) {
	if e.ev.Source == nil && f.ev.Source != nil {
		e.ev.Source, e.srcActor = f.ev.Source, f.srcActor
	}
	if e.ev.Target == nil && f.ev.Target != nil || e.tgtActor < 0 && f.tgtActor >= 0 {
		e.ev.Target, e.tgtActor = f.ev.Target, f.tgtActor
	}
	for _, k := range []string{"fatalities", "injuries", "detained"} {
		a, b := countOf(&e.ev, k), countOf(&f.ev, k)
		if *b != nil && (*a == nil || (*b).Best > (*a).Best) {
			*a = *b
		}
	}
	if !e.dated && f.dated {
		e.ev.Date, e.dated = f.ev.Date, true
	}
	if f.ev.Place != "" && (e.ev.Place == "" || placeRank[f.placeBy] < placeRank[e.placeBy]) {
		e.ev.Place, e.datelinePlace, e.placeBy = f.ev.Place, f.datelinePlace, f.placeBy
	}
	if e.ev.Mode == "" && f.ev.Mode != "" {
		e.ev.Mode, e.ev.Cameo, e.ev.Goldstein = f.ev.Mode, f.ev.Cameo, f.ev.Goldstein
	}
	if f.ev.Status == doc.Claimed {
		e.ev.Status = doc.Claimed
	}
	if f.ev.Confidence > e.ev.Confidence {
		e.ev.Confidence = f.ev.Confidence
	}
}

// claims reads a claim or denial of responsibility for the event's noun
// trigger: "the TTP claimed responsibility for the attack" gives the
// attack its source and status claimed; "denied involvement in" gives
// status denied. "No group claimed responsibility" changes nothing.
func (d *document) claims(e *event) {
	if e.pat.POS != "NOUN" {
		return
	}
	s := d.sentence(e.sent)
	j := e.trig - 1
	for j >= s.first && s.nominal(j) {
		j--
	}
	if w := s.word(j); w != "for" && w != "in" && w != "of" {
		return
	}
	if w := s.word(j - 1); w != "responsibility" && w != "involvement" && w != "role" {
		return
	}
	v := j - 2
	for v >= s.first && (s.pos(v) == "DET" || s.pos(v) == "ADJ" || s.word(v) == "any") {
		v--
	}
	switch s.lemma(v) {
	case "claim", "accept", "admit":
		subj, ok := s.subjectOf(v, 0)
		if !ok || s.word(subj.from) == "no" || s.word(subj.from) == "none" || s.status(e.pat, v, v+1) == doc.Negated {
			return
		}
		if subj.actor >= 0 {
			e.ev.Source, e.srcActor = s.arg(subj), subj.actor
		}
		e.ev.Status = doc.Claimed
	case "deny", "reject":
		subj, ok := s.subjectOf(v, 0)
		if ok && subj.actor >= 0 {
			e.ev.Source, e.srcActor = s.arg(subj), subj.actor
		}
		e.ev.Status = doc.Denied
	}
}

// merge keeps one event per act: a later event of the same type whose
// actors, date, place and status do not conflict with an earlier one's is
// a repeated mention and is folded into it. A headline event gives way to
// the body event it announces (the body's evidence is kept).
func (d *document) merge(evs []*event) []*event {
	var out []*event
	for _, f := range evs {
		merged := false
		for k, e := range out {
			if !same(d, e, f) {
				continue
			}
			if e.headline && !f.headline {
				fill(f, e)
				out[k] = f
			} else {
				fill(e, f)
			}
			merged = true
			break
		}
		if !merged {
			out = append(out, f)
		}
	}
	return out
}

// same reports whether f may be a repeated mention of e's act.
func same(d *document, e, f *event) bool {
	bare := func(x *event) bool { return x.ev.Source == nil && x.ev.Target == nil }
	if e.ev.Type != f.ev.Type || e.sent == f.sent && !e.headline && e.ev.Type != "ASSAULT" && !bare(e) && !bare(f) {
		return false
	}
	if e.sent == f.sent && (e.srcActor != f.srcActor || e.ev.Source == nil) && e.ev.Source != nil && f.ev.Source != nil {
		return false // "X and Y attacked Z": one event per attacker
	}
	if e.ev.Mode != "" && f.ev.Mode != "" && e.ev.Mode != f.ev.Mode && !e.headline {
		return false
	}
	if !compatibleStatus(e.ev.Status, f.ev.Status) {
		return false
	}
	if !sameActor(d, e.srcActor, f.srcActor, e.headline) || !sameActor(d, e.tgtActor, f.tgtActor, e.headline) {
		return false
	}
	if e.ev.Type != "ASSAULT" && !(e.srcActor >= 0 && e.srcActor == f.srcActor || e.tgtActor >= 0 && e.tgtActor == f.tgtActor) && !e.headline && !(e.sent == f.sent && (bare(e) || bare(f))) {
		return false
	}
	if e.headline || f.headline {
		return true
	}
	if e.dated && f.dated && !overlap(e.ev.Date.Range, f.ev.Date.Range) {
		return false
	}
	if e.ev.Place != "" && f.ev.Place != "" && e.ev.Place != f.ev.Place && !weakPlace(e) && !weakPlace(f) {
		return false
	}
	return true
}

func compatibleStatus(a, b string) bool {
	class := func(s string) string {
		if s == doc.Claimed || s == doc.Denied {
			return doc.Reported
		}
		return s
	}
	return class(a) == class(b)
}

func overlap(a, b *doc.DayRange) bool {
	if a == nil || b == nil {
		return true
	}
	return a[0] <= b[1] && b[0] <= a[1]
}

// sameActor reports whether two argument actors (indexes, -1 for none)
// may be the same: either is missing, they are equal, or, for a headline,
// they carry the same code ("Kabul" in a headline, "the Taliban
// administration" in the body) or one is the country of the other
// ("Pakistan urges …" in a headline, "Pakistan's Foreign Office
// spokesperson … urged" in the body).
func sameActor(d *document, i, j int, headline bool) bool {
	if i < 0 || j < 0 || i == j {
		return true
	}
	if headline {
		a, b := string(d.a.Actors[i].Code), string(d.a.Actors[j].Code)
		return a != "" && b != "" && (a == b || len(a) == 3 && strings.HasPrefix(b, a) || len(b) == 3 && strings.HasPrefix(a, b))
	}
	return false
}

// dropObjects drops a noun-trigger event that is the thing agreed,
// signed, refused or asked for by another event of its sentence ("agreed
// to a ceasefire", "signed a trade agreement"): the noun names the
// content of that act, not a second act.
func dropObjects(evs []*event) []*event {
	out := evs[:0]
	for _, f := range evs {
		drop := false
		for _, e := range evs {
			if e == f || e.sent != f.sent || f.pat.POS != "NOUN" || e.ev.Target == nil && e.pat.POS != "VERB" || !contentOf[e.ev.Type] {
				continue
			}
			if e.ev.Target != nil && e.ev.Target.Start <= f.ev.Trigger.Start && f.ev.Trigger.End <= e.ev.Target.End || f.trig > e.trig && f.trig <= e.trigEnd+3 {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, f)
		}
	}
	return out
}

// dropProtestDemands drops a demand made by the doers of a protest told
// earlier in its sentence ("students protested on Saturday demanding the
// arrest of an MP", "farmers blocked the highway to demand …"): the
// demand is what the protest is about, not a second act.
func dropProtestDemands(evs []*event) []*event {
	out := evs[:0]
	for _, f := range evs {
		drop := false
		if f.ev.Type == "REQUEST" {
			for _, e := range evs {
				if e.ev.Type == "PROTEST" && e.sent == f.sent && e.trig < f.trig && sameDoer(e.ev.Source, f.ev.Source) {
					drop = true
					break
				}
			}
		}
		if !drop {
			out = append(out, f)
		}
	}
	return out
}

// dropTargetedGatherings drops a protest noun that names what an assault
// of its sentence hit ("a bomb exploded near a procession of pilgrims",
// "an IED targeted a political rally"): the gathering is the target, not
// an act of protest.
func (d *document) dropTargetedGatherings(evs []*event) []*event {
	out := evs[:0]
	for _, f := range evs {
		drop := false
		if f.ev.Type == "PROTEST" && f.pat.POS == "NOUN" {
			for _, e := range evs {
				if e.ev.Type == "ASSAULT" && e.sent == f.sent && (inArg(e.ev.Target, doc.Span{Start: f.ev.Trigger.Start, End: f.ev.Trigger.End}) || d.nearAfter(e, f.trig)) {
					drop = true
					break
				}
			}
		}
		if !drop {
			out = append(out, f)
		}
	}
	return out
}

// nearAfter reports whether token i opens the phrase right after the
// assault trigger e through a preposition of place or aim ("exploded
// near a procession", "fired at the rally").
func (d *document) nearAfter(e *event, i int) bool {
	if i <= e.trigEnd || i > e.trigEnd+4 {
		return false
	}
	prep := false
	for j := e.trigEnd; j < i; j++ {
		switch d.lower[j] {
		case "near", "at", "on", "into", "targeting", "outside", "inside", "upon":
			prep = true
		case "a", "an", "the", "of", "two", "several", "funeral", "religious", "political", "election":
		default:
			return false
		}
	}
	return prep
}

// sameDoer reports whether two sources may be the same party: one is
// missing, they name the same actor, or their text is the same.
func sameDoer(a, b *doc.Arg) bool {
	if a == nil || b == nil {
		return true
	}
	if a.Actor != "" && a.Actor == b.Actor {
		return true
	}
	return strings.EqualFold(a.Text, b.Text)
}

var contentOf = map[string]bool{"AGREE": true, "SUPPORT": true, "REJECT": true, "REQUEST": true}

// weapon gives an assault without a mode the mode its sentence's weapon
// words tell: "an IED … killed", "gunmen … killed".
func (d *document) weapon(e *event) {
	if e.ev.Type != "ASSAULT" || e.ev.Mode != "" {
		return
	}
	best := d.weaponOf(e.sent)
	// A sentence with no weapon word ("The attack killed two guards")
	// goes on about the act of the paragraph's nearest sentence that
	// names one.
	para := d.a.Sentences[e.sent].Paragraph
	for k := 1; best == "" && k < len(d.a.Sentences); k++ {
		near := false
		for _, si := range []int{e.sent - k, e.sent + k} {
			if si >= 0 && si < len(d.a.Sentences) && d.a.Sentences[si].Paragraph == para {
				near = true
				if best = d.weaponOf(si); best != "" {
					break
				}
			}
		}
		if !near {
			break
		}
	}
	if best == "" && (d.lower[e.trig] == "open" || d.lower[e.trig] == "opened" || d.a.Tokens[e.trig].Lemma == "fire") {
		best = "firearms" // "opened fire on", "fired at": guns unless the text names heavier arms
	}
	if best != "" {
		e.ev.Mode = doc.Str(best)
		e.ev.Cameo, e.ev.Goldstein = weaponCameo[best], -10
	}
}

// weaponOf returns the mode of the strongest weapon word of sentence si
// (suicide before explosives before aerial before heavy weapons before
// guns), "" when it names none.
func (d *document) weaponOf(si int) string {
	s := d.a.Sentences[si]
	best := ""
	rank := map[string]int{"suicide-attack": 5, "explosives": 4, "aerial": 3, "drone": 3, "heavy-weapons": 2, "firearms": 1}
	for i := s.First; i < s.Last; i++ {
		m := weaponWords[d.lower[i]]
		if m == "suicide-attack" && (i+1 >= s.Last || !strings.HasPrefix(d.lower[i+1], "bomb") && d.lower[i+1] != "attack" && d.lower[i+1] != "attacker") {
			continue
		}
		if i > s.First && nonLethal[d.lower[i-1]] {
			continue // "tear gas shells", "rubber bullets": crowd control, not arms
		}
		if rank[m] > rank[best] {
			best = m
		}
	}
	return best
}

// nonLethal are the words before a weapon word that make it a means of
// crowd control.
var nonLethal = map[string]bool{"gas": true, "teargas": true, "tear-gas": true, "smoke": true, "rubber": true,
	"pellet": true, "chilli": true, "mirchi": true}

var weaponWords = map[string]string{
	"suicide": "suicide-attack",
	"bomb":    "explosives", "bombs": "explosives", "ied": "explosives", "ieds": "explosives", "explosive": "explosives",
	"explosives": "explosives", "landmine": "explosives", "landmines": "explosives", "grenade": "explosives",
	"grenades": "explosives", "blast": "explosives", "explosion": "explosives", "vbied": "explosives",
	"rocket": "heavy-weapons", "rockets": "heavy-weapons", "mortar": "heavy-weapons", "mortars": "heavy-weapons",
	"artillery": "heavy-weapons", "shells": "heavy-weapons", "missile": "heavy-weapons", "missiles": "heavy-weapons",
	"airstrike": "aerial", "airstrikes": "aerial", "warplanes": "aerial", "helicopter": "aerial",
	"gun": "firearms", "guns": "firearms", "gunmen": "firearms", "gunman": "firearms", "rifle": "firearms",
	"rifles": "firearms", "firearms": "firearms", "pistol": "firearms", "gunfire": "firearms", "shot": "firearms",
	"bullet": "firearms", "bullets": "firearms", "gunshot": "firearms", "firing": "firearms", "shootout": "firearms",
	"cocktail": "explosives", "cocktails": "explosives", "dynamite": "explosives",
	"antipersonnel": "explosives", "mines": "explosives", "detonated": "explosives",
	"shell": "heavy-weapons", "shelling": "heavy-weapons", "projectile": "heavy-weapons", "projectiles": "heavy-weapons",
	"drone": "drone", "drones": "drone",
}

var weaponCameo = map[string]string{"suicide-attack": "1831", "explosives": "183", "heavy-weapons": "194", "aerial": "195",
	"drone": "195", "firearms": "190"}

// singleVictim gives a killing, wounding or abduction with no count
// and one named or singular victim ("killed a journalist", "killed
// Hilal al-Ahmady") a count of one.
func (d *document) singleVictim(e *event) {
	kind := e.pat.Count
	if kind == "" || e.ev.Target == nil || e.ev.Status != doc.Reported {
		return
	}
	c := countOf(&e.ev, kind)
	if *c != nil {
		return
	}
	words := strings.Fields(strings.ToLower(e.ev.Target.Text))
	if len(words) == 0 {
		return
	}
	head := words[len(words)-1]
	plural := strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")
	one := e.tgtActor >= 0 && d.a.Actors[e.tgtActor].Kind == doc.KindPerson
	switch words[0] {
	case "a", "an", "one", "his", "her", "the":
		one = one || !plural
	case "him":
		one = true
	case "them":
		// "ambushed two hawkers …, killing them": the number before.
		if n, ok := d.countBefore(e); ok {
			*c = &doc.Count{Low: n.Low, Best: n.Best, High: n.High}
			return
		}
	}
	if t := e.ev.Target.Text; t[0] >= 'A' && t[0] <= 'Z' && !plural && words[0] != "the" {
		one = true // a name: "killed Sheikh Mutashar al-Okaydi"
	}
	if _, ok := ParseQuantity(words); ok && words[0] != "a" && words[0] != "an" {
		return
	}
	if one && !strings.Contains(e.ev.Target.Text, " and ") {
		*c = &doc.Count{Low: 1, Best: 1, High: 1, Who: doc.Str(e.ev.Target.Text)}
	}
}

// material reports whether an event is a physical act of conflict (an
// assault, coercion, mobilisation or protest): a narrative of such acts in
// consecutive sentences tells one incident.
func material(e *event) bool {
	return e.ev.QuadClass == 4 || e.ev.Type == "PROTEST"
}

// countBefore returns the last people count written before the event's
// trigger in its sentence ("two hawkers").
func (d *document) countBefore(e *event) (Quantity, bool) {
	s := d.sentence(e.sent)
	for i := e.trig - 1; i >= s.first; i-- {
		if q, ok := ParseQuantity(d.lower[i:e.trig]); ok && s.nominal(i+q.Len) && d.time[i] == 0 {
			return q, true
		}
	}
	return Quantity{}, false
}

// substantial drops events that name no one: "the agreement", "talks",
// "a meeting" with no party, "release earnings". An act of violence,
// protest, coercion or mobilisation is an act whoever did it ("a bomb
// exploded in Quetta"); every other event needs a source or target that
// is an actor or names people.
func substantial(evs []*event) []*event {
	out := evs[:0]
	for _, e := range evs {
		if e.srcActor >= 0 || e.tgtActor >= 0 || e.ev.Source != nil || e.tgtPeople {
			out = append(out, e)
			continue
		}
		switch e.ev.Type {
		case "ASSAULT", "PROTEST", "COERCE", "MOBILIZE":
			out = append(out, e)
		}
	}
	return out
}
