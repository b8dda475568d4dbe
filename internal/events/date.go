package events

import "sitrep/internal/doc"

// dateOf sets the event's date: the time expression of its sentence
// nearest the trigger; else, for an event that goes on from the sentence
// before in the same paragraph, that event's date; else the publication
// date with granularity vague for a present-tense report; else none.
func (d *document) dateOf(e *event, before []*event) {
	s := d.sentence(e.sent)
	bestT, bestDist := -1, 1<<30
	cf, ct := s.clause(e.trig)
	if e.participle {
		cf = s.first // "…, accusing Kabul of …" happens when the main clause does
	}
	if e.pat.POS == "NOUN" && s.inPP(e.trig) {
		// "arrested … in connection with the attack on a church": a noun
		// inside another act's phrase has only the time of its own
		// phrase ("the attack on November 19").
		cf, ct = e.trig, e.trig
		for ct < s.last && ct < e.trig+6 && s.pos(ct) != "VERB" && !clauseBreak[s.word(ct)] {
			ct++
		}
	}
	for i := s.first; i < s.last; i++ {
		if (i < cf || i >= ct) && (!s.initial(i) || s.inPP(e.trig) && e.pat.POS == "NOUN") {
			continue
		}
		ti := d.time[i] - 1
		if ti < 0 || (i > s.first && d.time[i-1] == ti+1) {
			continue
		}
		t := d.a.Times[ti]
		if t.Range == nil || t.Type == "DURATION" || t.Type == "SET" {
			continue
		}
		if w := s.word(i - 1); w == "since" || w == "until" || w == "till" {
			continue
		}
		dist := i - e.trig
		if dist < 0 {
			dist = -dist
		}
		if i < cf || i >= ct {
			// The opening adverbial scopes over the sentence, but the
			// clause's own time wins; within the adverbial the first
			// expression is its head ("On Sunday night shortly after
			// 2300").
			dist = 2000 + i - s.first
		}
		if t.Granularity == "time" {
			dist += 500 // a bare clock time is weaker than a day ("on Monday at 1220 noon")
		}
		if dist < bestDist {
			bestT, bestDist = ti, dist
		}
	}
	if bestT >= 0 {
		t := d.a.Times[bestT]
		r := *t.Range
		e.ev.Date = &doc.EventDate{Range: &r, Granularity: t.Granularity, Time: doc.Str(t.ID)}
		e.dated = true
		return
	}
	for i := len(before) - 1; i >= 0; i-- {
		f := before[i]
		if f.sent < e.sent-1 {
			break
		}
		if f.sent == e.sent-1 && f.para == e.para && f.dated && !e.present && !f.headline && (f.ev.Type == e.ev.Type || material(f) && material(e)) {
			dd := *f.ev.Date
			e.ev.Date = &dd
			e.dated = true
			return
		}
	}
	if e.present || e.ev.Status == doc.Reported && e.headline {
		if day := published(d.a); day != "" {
			e.ev.Date = &doc.EventDate{Range: &doc.DayRange{day, day}, Granularity: "vague"}
		}
	}
}

// published returns the publication day, "" when unknown.
func published(a *doc.Analysis) string {
	p := string(a.Document.Published)
	if len(p) < 10 {
		return ""
	}
	return p[:10]
}
