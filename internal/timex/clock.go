package timex

// Clock times: "10am", "10:30 a.m.", "1400 GMT", "at 0945", "noon".

// mTime: "10am", "10:30 a.m.", "10.30pm", "noon", "midnight", "1400 GMT",
// "10 o'clock", with "local time" or a zone name.
func (s *scanner) mTime(i int) (match, bool) {
	t := s.tk(i)
	h, mi := -1, 0
	j := i + 1
	mil := false // a four-digit clock, "0945"
	switch {
	case t.low == "noon" || t.low == "midday":
		if s.low(i-1) == "high" {
			return match{}, false // "High Noon", "high noon comes today": the idiom
		}
		h = 12
	case t.low == "midnight":
		h = 24
	case t.digits && len(t.low) <= 2 && t.num <= 24:
		h = t.num
		if (s.low(j) == ":" || s.low(j) == ".") && s.adj(j) && s.adj(j+1) && s.tk(j+1).digits && len(s.low(j+1)) == 2 && s.tk(j+1).num < 60 {
			mi = s.tk(j + 1).num
			j += 2
			if s.low(j-2) == "." && !isAmPm(s, j) {
				return match{}, false // "2.46 billion": a decimal
			}
		}
	case t4clock(t):
		// "1400 GMT"; "at 0945", "around 2230", "at 1400 hours": a
		// four-digit clock needs a zone, "hours", a leading zero or a
		// clock-like place for one
		clock := clockPrep(s.low(i - 1))
		switch {
		case zone(s.low(j)):
		case s.low(j) == "hours" || s.low(j) == "hrs" || s.low(j) == "h":
			j++
		case clock && (t.low[0] == '0' || t.num > 2100 || s.partNear(i)):
			if nx := s.tk(j); nx.letter && !nx.cap && (nx.low[len(nx.low)-1] == 's' || pluralNouns[nx.low]) {
				return match{}, false // "at 2230 points"
			}
		default:
			return match{}, false
		}
		h, mi = t.num/100, t.num%100
		mil = true
	default:
		return match{}, false
	}
	ampm := ""
	switch s.low(j) {
	case "am", "pm":
		ampm = s.low(j)
		j++
	case "a", "p":
		if s.low(j+1) == "." && s.low(j+2) == "m" && s.adj(j+1) && s.adj(j+2) {
			ampm = s.low(j) + "m"
			j += 3
			if s.low(j) == "." && s.adj(j) {
				j++
			}
		}
	case "o":
		if s.low(j+1) == "'" && s.low(j+2) == "clock" {
			j += 3
			ampm = "oc"
		}
	}
	if !mil && t.digits && ampm == "" && j == i+1 && !zone(s.low(j)) {
		return match{}, false
	}
	if !mil && t.digits && ampm == "" && !zone(s.low(j)) && !(s.low(i-1) == "at" || s.low(i-1) == "by") {
		return match{}, false
	}
	if ampm == "pm" && h < 12 {
		h += 12
	}
	if ampm == "am" && h == 12 {
		h = 0
	}
	if ampm != "" && ampm != "oc" && (t.num == 0 || t.num > 12) && t.digits {
		return match{}, false
	}
	if zone(s.low(j)) {
		j++
		if s.low(j-1) == "local" {
			j++
		}
	}
	if h > 24 {
		return match{}, false
	}
	// With no day named before it, the clock falls on the publication
	// day, and its rule says so: the day is a default, not the text's.
	r, rel, rule := dayRes(s.anchor), true, ruleClockPublished
	if d, drel, ok := s.ref.clockDay(i); ok {
		r, rel, rule = dayRes(d), drel, "time.clock"
	}
	r.typ, r.gran = "TIME", "time"
	r.value += "T" + pad(h, 2) + ":" + pad(mi, 2)
	return match{i: i, j: j, r: r, rule: rule, rel: rel}, true
}

// ruleClockPublished is the rule of a clock time that falls on the
// publication day because the text named no day before it.
const ruleClockPublished = "time.clock.publication-day"

// isClock reports whether rule made a bare clock time.
func isClock(rule string) bool { return rule == "time.clock" || rule == ruleClockPublished }

// clockPrep reports whether w may stand before a four-digit clock time.
func clockPrep(w string) bool {
	switch w {
	case "at", "around", "about", "approximately", "by", "until", "after", "before":
		return true
	}
	return false
}

// t4clock reports whether t reads as a four-digit clock time, 0000–2400.
func t4clock(t *tok) bool {
	return t.digits && len(t.low) == 4 && t.num%100 < 60 && (t.num/100 < 24 || t.num == 2400)
}

// partNear reports whether a weekday or part of the day comes just before
// token i ("on Friday night around 2230").
func (s *scanner) partNear(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if w := s.t[k].w; w.part != "" || w.wday != 0 || s.t[k].low == "midnight" || s.t[k].low == "noon" {
			return true
		}
	}
	return false
}

// isAmPm reports whether an am/pm marker starts at token j.
func isAmPm(s *scanner, j int) bool {
	switch s.low(j) {
	case "am", "pm":
		return true
	case "a", "p":
		return s.low(j+1) == "." && s.low(j+2) == "m"
	}
	return false
}

func zone(w string) bool {
	switch w {
	case "gmt", "utc", "local", "est", "edt", "pst", "pdt", "cet", "cest", "pkt", "ist", "bst":
		return true
	}
	return false
}
