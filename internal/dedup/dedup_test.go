package dedup

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func fp(f float64) *float64 { return &f }
func ip(n int) *int         { return &n }

// Places of the tests (coordinates as the gazetteer gives them).
var (
	peshawar = Mention{PlaceKind: "city", PlaceName: "Peshawar", Admin1: "Khyber Pakhtunkhwa", Country: "PAK", Lat: fp(34.008), Lon: fp(71.578)}
	// Hayatabad is a suburb of Peshawar, about 9 km from its centre.
	hayatabad = Mention{PlaceKind: "city", PlaceName: "Hayatabad", Admin1: "Khyber Pakhtunkhwa", Country: "PAK", Lat: fp(33.99), Lon: fp(71.48)}
	// Nowshera is about 37 km east of Peshawar, in the same province.
	nowshera = Mention{PlaceKind: "city", PlaceName: "Nowshera", Admin1: "Khyber Pakhtunkhwa", Country: "PAK", Lat: fp(34.015), Lon: fp(71.98)}
	bannu    = Mention{PlaceKind: "city", PlaceName: "Bannu", Admin1: "Khyber Pakhtunkhwa", Country: "PAK", Lat: fp(32.99), Lon: fp(70.60)}
	quetta   = Mention{PlaceKind: "city", PlaceName: "Quetta", Admin1: "Balochistan", Country: "PAK", Lat: fp(30.19), Lon: fp(67.01)}
	kp       = Mention{PlaceKind: "admin1", PlaceName: "Khyber Pakhtunkhwa", Admin1: "Khyber Pakhtunkhwa", Country: "PAK", Lat: fp(34.5), Lon: fp(72.0)}
	pakistan = Mention{PlaceKind: "country", PlaceName: "Pakistan", Country: "PAK", Lat: fp(30), Lon: fp(70)}
	kabul    = Mention{PlaceKind: "city", PlaceName: "Kabul", Admin1: "Kabul", Country: "AFG", Lat: fp(34.53), Lon: fp(69.17)}
)

// ev builds a mention of type typ on day from at place p with actors.
func ev(typ, mode, from, to string, p Mention, src, tgt string) Mention {
	m := p
	m.Type, m.Mode, m.Status, m.From, m.To, m.SourceCode, m.TargetCode = typ, mode, "reported", from, to, src, tgt
	return m
}

func TestMatch(t *testing.T) {
	r := New(Options{})
	with := func(m Mention, f func(*Mention)) Mention { f(&m); return m }
	base := ev("ASSAULT", "explosives", "2024-11-21", "2024-11-21", peshawar, "", "PAKCVL")
	tests := []struct {
		name     string
		a, b     Mention
		same     bool
		conflict bool
		reason   string // a part the reason must contain
	}{
		{"same day same town", base, base, true, false, "same event"},
		{"suburb within radius", base, ev("ASSAULT", "explosives", "2024-11-21", "2024-11-21", hayatabad, "", ""), true, false, "9 km"},
		{"next day same town", base, ev("ASSAULT", "", "2024-11-22", "2024-11-22", peshawar, "", ""), true, false, "1 day apart"},
		{"two days apart", base, ev("ASSAULT", "", "2024-11-23", "2024-11-23", peshawar, "", ""), false, true, "2 days apart"},
		{"week range overlaps", base, ev("ASSAULT", "", "2024-11-18", "2024-11-24", peshawar, "", ""), true, false, "ranges overlap +0.6"},
		{"week range, province only", base, ev("ASSAULT", "", "2024-11-18", "2024-11-24", kp, "", ""), true, false, "score 1.30"},
		{"month range too vague", base, ev("ASSAULT", "", "2024-11-01", "2024-11-30", peshawar, "", ""), false, false, "over 7 days"},
		{"undated", base, ev("ASSAULT", "", "", "", peshawar, "", ""), false, false, "date unknown"},
		{"other town far away", base, ev("ASSAULT", "", "2024-11-21", "2024-11-21", bannu, "", ""), false, true, "> 25"},
		{"other type", base, ev("PROTEST", "", "2024-11-21", "2024-11-21", peshawar, "", ""), false, true, "type ASSAULT≠PROTEST"},
		{"other mode, same town", base, ev("ASSAULT", "firearms", "2024-11-21", "2024-11-21", peshawar, "", ""), true, false, "mode explosives≠firearms -0.25"},
		{"other mode, same country", ev("ASSAULT", "explosives", "2024-11-21", "2024-11-21", pakistan, "", ""),
			ev("ASSAULT", "firearms", "2024-11-21", "2024-11-21", pakistan, "", ""), false, false, "score 1.05 < 1.25"},
		{"related modes", base, ev("ASSAULT", "suicide-attack", "2024-11-21", "2024-11-21", peshawar, "", ""), true, false, "mode explosives~suicide-attack"},
		{"other country", ev("ASSAULT", "", "2024-11-21", "2024-11-21", kabul, "", ""), base, false, true, "AFG≠PAK"},
		{"province holds the town", base, ev("ASSAULT", "", "2024-11-21", "2024-11-21", kp, "", ""), true, false, "province Khyber Pakhtunkhwa +0.7"},
		{"province next day", base, ev("ASSAULT", "", "2024-11-22", "2024-11-22", kp, "", ""), true, false, "+0.7"},
		{"other province", ev("ASSAULT", "", "2024-11-21", "2024-11-21", quetta, "", ""), ev("ASSAULT", "", "2024-11-21", "2024-11-21", kp, "", ""), false, true, "province Balochistan≠Khyber"},
		{"country only, both", ev("ASSAULT", "", "2024-11-21", "2024-11-21", pakistan, "", ""), ev("ASSAULT", "", "2024-11-21", "2024-11-21", pakistan, "", ""), true, false, "PAK only"},
		{"country against town, same day", base, ev("ASSAULT", "", "2024-11-21", "2024-11-21", pakistan, "", ""), true, false, "one more specific +0.3"},
		{"country against town, next day", base, ev("ASSAULT", "", "2024-11-22", "2024-11-22", pakistan, "", ""), false, false, "score 0.90 < 1.25"},
		{"neighbouring towns of a province", ev("ASSAULT", "", "2024-11-21", "2024-11-21", nowshera, "", ""), base, false, false, "37 km, same province Khyber Pakhtunkhwa +0"},
		{"neighbouring towns, actors agree", ev("ASSAULT", "", "2024-11-21", "2024-11-21", nowshera, "", "PAKCVL"), base, true, false, "score 1.50"},
		{"unlocated town", base, ev("ASSAULT", "", "2024-11-21", "2024-11-21", Mention{PlaceKind: "city", PlaceName: "Tehkal", Country: "PAK"}, "", ""),
			false, false, "not located, same country +0.2"},
		{"statement placed elsewhere", ev("ACCUSE", "", "2024-11-21", "2024-11-21", kabul, "AFGGOV", "PAKGOV"),
			ev("ACCUSE", "", "2024-11-21", "2024-11-21", peshawar, "AFGGOV", "PAKGOV"), true, false, "not decisive for ACCUSE"},
		{"assault placed elsewhere", ev("ASSAULT", "", "2024-11-21", "2024-11-21", kabul, "AFGGOV", "PAKGOV"),
			ev("ASSAULT", "", "2024-11-21", "2024-11-21", peshawar, "AFGGOV", "PAKGOV"), false, true, "AFG≠PAK; conflict"},
		{"country against town with actors", with(base, func(m *Mention) { m.SourceCode = "PAKREB" }),
			ev("ASSAULT", "", "2024-11-21", "2024-11-21", pakistan, "PAKREB", ""), true, false, "source PAKREB +0.5"},
		{"place unknown, same day", base, ev("ASSAULT", "", "2024-11-21", "2024-11-21", Mention{}, "", ""), false, false, "place unknown"},
		{"place unknown, both actors", ev("COERCE", "arrest", "2024-11-21", "2024-11-21", Mention{}, "PAKCOP", "PAKOPP"),
			ev("COERCE", "arrest", "2024-11-21", "2024-11-21", Mention{}, "PAKCOP", "PAKOPP"), true, false, "score 2.00"},
		{"next day, place unknown, one actor and toll", with(ev("ASSAULT", "", "2024-11-21", "2024-11-21", Mention{}, "PAKREB", ""), func(m *Mention) { m.Fatalities = ip(4) }),
			with(ev("ASSAULT", "", "2024-11-22", "2024-11-22", Mention{}, "PAKREB", ""), func(m *Mention) { m.Fatalities = ip(4) }), true, false, "killed 4=4 +0.2"},
		{"next day, place unknown, one actor", ev("ASSAULT", "", "2024-11-21", "2024-11-21", Mention{}, "PAKREB", ""),
			ev("ASSAULT", "", "2024-11-22", "2024-11-22", Mention{}, "PAKREB", ""), false, false, "score 1.10 < 1.25"},
		{"actors of one country", with(base, func(m *Mention) { m.SourceCode = "PAKMIL" }),
			with(base, func(m *Mention) { m.SourceCode = "PAKREB" }), true, false, "source PAKMIL~PAKREB"},
		{"actors of two countries", ev("ASSAULT", "", "2024-11-21", "2024-11-21", pakistan, "AFGMIL", ""),
			ev("ASSAULT", "", "2024-11-21", "2024-11-21", pakistan, "INDMIL", ""), false, false, "source AFGMIL≠INDMIL -0.5"},
		{"a country and its ministry", ev("ACCUSE", "", "2024-11-21", "2024-11-21", Mention{}, "IRQ", "IRN"),
			ev("ACCUSE", "", "2024-11-21", "2024-11-21", Mention{}, "IRQGOV", ""), true, false, "source IRQ~IRQGOV country and its actor +0.25"},
		{"a country and another's ministry", ev("ACCUSE", "", "2024-11-21", "2024-11-21", Mention{}, "IRQ", ""),
			ev("ACCUSE", "", "2024-11-21", "2024-11-21", Mention{}, "IRNGOV", ""), false, false, "source IRQ≠IRNGOV -0.5"},
		{"a country and its ministry, other targets", ev("ACCUSE", "", "2024-11-21", "2024-11-21", Mention{}, "IRQ", "IRN"),
			ev("ACCUSE", "", "2024-11-21", "2024-11-21", Mention{}, "IRQGOV", "TUR"), false, false, "target IRN≠TUR -0.5; score 0.75 < 1.25"},
		{"condemned and accused", ev("ACCUSE", "disapprove", "2024-11-21", "2024-11-21", kabul, "PAKGOV", "AFGGOV"),
			ev("ACCUSE", "allege", "2024-11-21", "2024-11-21", kabul, "PAKGOV", "AFGGOV"), true, false, "mode disapprove~allege"},
		{"investigated is not accused", ev("ACCUSE", "investigate", "2024-11-21", "2024-11-21", pakistan, "", ""),
			ev("ACCUSE", "allege", "2024-11-21", "2024-11-21", pakistan, "", ""), false, false, "mode investigate≠allege -0.25"},
		{"different tolls never conflict", with(base, func(m *Mention) { m.Fatalities = ip(12) }),
			with(base, func(m *Mention) { m.Fatalities = ip(15) }), true, false, "killed 12≠15"},
		{"crossed sides of a meeting", ev("CONSULT", "", "2024-11-21", "2024-11-21", kabul, "PAKGOV", "AFGGOV"),
			ev("CONSULT", "", "2024-11-21", "2024-11-21", kabul, "AFGGOV", "PAKGOV"), true, false, "crossed"},
		{"sides of an attack are not crossed", ev("ASSAULT", "", "2024-11-21", "2024-11-21", pakistan, "AFGMIL", "PAKMIL"),
			ev("ASSAULT", "", "2024-11-21", "2024-11-21", pakistan, "PAKMIL", "AFGMIL"), false, false, "source AFGMIL≠PAKMIL -0.5, target PAKMIL≠AFGMIL -0.5"},
		{"claimed and reported", with(base, func(m *Mention) { m.Status = "claimed" }), base, true, false, "claimed~reported"},
		{"planned then reported", with(base, func(m *Mention) { m.Status = "planned" }), base, true, false, "planned~reported"},
		{"negated against reported", with(base, func(m *Mention) { m.Status = "negated" }), base, false, true, "status negated≠reported"},
	}
	for _, tc := range tests {
		for _, swap := range []bool{false, true} {
			a, b := tc.a, tc.b
			if swap {
				a, b = b, a
			}
			v := r.Match(a, b)
			// The reason names a's value first, so only the unswapped call is checked for it.
			if v.Same != tc.same || v.Conflict != tc.conflict || !swap && !strings.Contains(v.Reason, tc.reason) {
				t.Errorf("%s (swapped %v): Match = same %v conflict %v %q, want same %v conflict %v with %q",
					tc.name, swap, v.Same, v.Conflict, v.Reason, tc.same, tc.conflict, tc.reason)
			}
			if v.Same && v.Score < Threshold || v.Conflict && v.Score != 0 {
				t.Errorf("%s: score %v with same %v conflict %v", tc.name, v.Score, v.Same, v.Conflict)
			}
		}
	}
}

func TestOptions(t *testing.T) {
	a := ev("ASSAULT", "", "2024-11-21", "2024-11-21", peshawar, "", "")
	b := ev("ASSAULT", "", "2024-11-23", "2024-11-23", hayatabad, "", "")
	for _, tc := range []struct {
		opts Options
		same bool
	}{
		{Options{}, false},
		{Options{Window: 2}, true},
		{Options{Window: 2, Radius: 5}, false},
		{Options{Window: -1}, false},
	} {
		if got := New(tc.opts).Match(a, b).Same; got != tc.same {
			t.Errorf("New(%+v).Match(2 days, 9 km).Same = %v, want %v", tc.opts, got, tc.same)
		}
	}
	c := ev("ASSAULT", "", "2024-11-22", "2024-11-22", peshawar, "", "")
	if New(Options{Window: -1}).Match(a, c).Same {
		t.Errorf("Match with no window: next day is the same event")
	}
}

func TestSpread(t *testing.T) {
	for _, tc := range []struct {
		in              []int
		low, best, high int
		ok              bool
	}{
		{nil, 0, 0, 0, false},
		{[]int{7}, 7, 7, 7, true},
		{[]int{12, 10}, 10, 10, 12, true},
		{[]int{15, 12, 10}, 10, 12, 15, true},
		{[]int{3, 40, 12, 12}, 3, 12, 40, true},
	} {
		low, best, high, ok := Spread(tc.in)
		if low != tc.low || best != tc.best || high != tc.high || ok != tc.ok {
			t.Errorf("Spread(%v) = %d %d %d %v, want %d %d %d %v", tc.in, low, best, high, ok, tc.low, tc.best, tc.high, tc.ok)
		}
	}
}

// randomMention draws a mention from a small world so that pairs often
// share type, day and place.
func randomMention(rng *rand.Rand) Mention {
	places := []Mention{peshawar, hayatabad, nowshera, bannu, quetta, kp, pakistan, kabul, {}}
	m := places[rng.IntN(len(places))]
	m.Type = []string{"ASSAULT", "PROTEST", "CONSULT"}[rng.IntN(3)]
	m.Mode = []string{"", "explosives", "suicide-attack", "firearms"}[rng.IntN(4)]
	m.Status = []string{"reported", "claimed", "planned", "negated"}[rng.IntN(4)]
	day := 20 + rng.IntN(4)
	m.From = fmt.Sprintf("2024-11-%02d", day)
	m.To = fmt.Sprintf("2024-11-%02d", day+rng.IntN(3)*rng.IntN(5))
	if rng.IntN(8) == 0 {
		m.From, m.To = "", ""
	}
	codes := []string{"", "PAKMIL", "PAKREB", "AFGGOV", "PAKGOV"}
	m.SourceCode, m.TargetCode = codes[rng.IntN(len(codes))], codes[rng.IntN(len(codes))]
	if rng.IntN(2) == 0 {
		m.Fatalities = ip(rng.IntN(4))
	}
	return m
}

// TestMatchProperties: Match is symmetric in its decision and score,
// deterministic, a conflict never scores, and a mention is the same
// event as itself when it has one day and a town.
func TestMatchProperties(t *testing.T) {
	r := New(Options{})
	rng := rand.New(rand.NewPCG(9, 9))
	for i := 0; i < 20000; i++ {
		a, b := randomMention(rng), randomMention(rng)
		ab, ba := r.Match(a, b), r.Match(b, a)
		if ab.Same != ba.Same || ab.Conflict != ba.Conflict || ab.Score != ba.Score {
			t.Fatalf("Match not symmetric:\n%+v\n%+v\n%+v\n%+v", a, b, ab, ba)
		}
		if again := r.Match(a, b); again != ab {
			t.Fatalf("Match not deterministic: %+v then %+v", ab, again)
		}
		if ab.Conflict && (ab.Same || ab.Score != 0) {
			t.Fatalf("conflict with same %v score %v: %s", ab.Same, ab.Score, ab.Reason)
		}
		if ab.Same && (!r.Matchable(a) || !r.Matchable(b)) {
			t.Fatalf("Matchable false for a mention that matched: %s\n%+v\n%+v", ab.Reason, a, b)
		}
		if self := r.Match(a, a); a.From != "" && a.From == a.To && a.Status != "negated" && level(a) == 3 && !self.Same {
			t.Fatalf("a dated town-level mention is not the same event as itself: %s", self.Reason)
		}
	}
}

// TestMatchable: a mention with no place and no actor code matches
// nothing, even an identical report with the same toll; one with either
// can match.
func TestMatchable(t *testing.T) {
	r := New(Options{})
	bare := Mention{Type: "ASSAULT", Status: "reported", From: "2024-11-19", To: "2024-11-19", Fatalities: ip(12)}
	if r.Matchable(bare) || r.Match(bare, bare).Same {
		t.Fatalf("bare mention matchable: %s", r.Match(bare, bare).Reason)
	}
	for _, m := range []Mention{
		ev("ASSAULT", "", "2024-11-19", "2024-11-19", pakistan, "", ""),
		ev("ASSAULT", "", "2024-11-19", "2024-11-19", Mention{}, "PAKREB", ""),
		ev("ASSAULT", "", "2024-11-19", "2024-11-19", Mention{}, "", "PAKMIL"),
	} {
		if !r.Matchable(m) || !r.Match(m, m).Same {
			t.Errorf("%+v: matchable %v, self %s", m, r.Matchable(m), r.Match(m, m).Reason)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	r := New(Options{})
	rng := rand.New(rand.NewPCG(1, 1))
	ms := make([]Mention, 256)
	for i := range ms {
		ms[i] = randomMention(rng)
	}
	n := 0
	for b.Loop() {
		r.Match(ms[n%256], ms[(n*7+3)%256])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pairs/s")
}
