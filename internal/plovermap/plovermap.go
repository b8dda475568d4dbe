// Package plovermap maps sitrep's PLOVER events to ACLED-style event types
// and sub-event types, as the table "Mapping to ACLED-style types" of
// shared/spec/taxonomy.md says. Exports (`sitrep export --format acled`)
// and the scorecard (`sitrep eval acled|gtd`) share it, so what is
// scored is what is exported.
package plovermap

import (
	"strings"
	"unicode"
)

// ACLED event types.
const (
	Battles    = "Battles"
	Explosions = "Explosions/Remote violence"
	VAC        = "Violence against civilians"
	Protests   = "Protests"
	Riots      = "Riots"
	Strategic  = "Strategic developments"
)

// Event holds what the mapping reads of one sitrep event.
type Event struct {
	Type, Mode string
	// Rule is the event's rule; clashes and fights (rules
	// assault.clash…, assault.fight…) are battles whoever the target.
	Rule string
	// HasTarget says whether the event has a target at all;
	// TargetSector is its actor's sector (MIL, COP, REB, …) when known,
	// TargetText its phrase as written.
	HasTarget    bool
	TargetSector string
	TargetText   string
}

// Type returns the ACLED event type and sub-event type of e; both are ""
// for an event with no type. PLOVER types the table does not list
// (statements, meetings, demands, …) are Strategic developments /
// Other, so an export loses no event.
func Type(e Event) (eventType, subEventType string) {
	switch e.Type {
	case "":
		return "", ""
	case "PROTEST":
		if e.Mode == "riot" {
			return Riots, "Violent demonstration"
		}
		return Protests, "Peaceful protest"
	case "ASSAULT":
		return assault(e)
	case "COERCE":
		switch e.Mode {
		case "arrest":
			return Strategic, "Arrests"
		case "seize":
			return Strategic, "Disrupted weapons use"
		}
	case "AGREE":
		return Strategic, "Agreement"
	case "RETREAT":
		if e.Mode == "ceasefire" {
			return Strategic, "Agreement"
		}
		return Strategic, "Change to group/activity"
	case "MOBILIZE":
		return Strategic, "Change to group/activity"
	}
	return Strategic, "Other"
}

// assault maps an ASSAULT by its mode, then by whom it hit: battles are
// between armed actors; violence against anyone else is against
// civilians.
func assault(e Event) (string, string) {
	switch e.Mode {
	case "explosives":
		return Explosions, "Remote explosive/landmine/IED"
	case "suicide-attack":
		return Explosions, "Suicide bomb"
	case "aerial", "drone":
		return Explosions, "Air/drone strike"
	case "heavy-weapons", "heavy-weapons-remote":
		return Explosions, "Shelling/artillery/missile attack"
	case "abduct":
		return VAC, "Abduction/forced disappearance"
	case "sexual":
		return VAC, "Sexual violence"
	case "assassinate", "massacre", "torture", "beat", "execute", "cleansing":
		return VAC, "Attack"
	case "crowd-control":
		return Protests, "Excessive force against protesters"
	case "destroy":
		return Strategic, "Looting/property destruction"
	}
	if !e.HasTarget || armed(e) || strings.HasPrefix(e.Rule, "assault.clash") || strings.HasPrefix(e.Rule, "assault.fight") {
		return Battles, "Armed clash"
	}
	return VAC, "Attack"
}

// armed reports whether the target is an armed actor: by its sector
// when known, else by a word of its phrase.
func armed(e Event) bool {
	switch e.TargetSector {
	case "MIL", "COP", "REB", "UAF", "SPY":
		return true
	case "":
	default:
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(e.TargetText), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, w := range words {
		if armedWords[w] || len(w) > 3 && armedWords[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

var armedWords = map[string]bool{
	"soldier": true, "troop": true, "police": true, "policeman": true, "policemen": true, "officer": true,
	"militant": true, "rebel": true, "army": true, "force": true, "fighter": true, "insurgent": true,
	"guard": true, "militia": true, "militiamen": true, "gunman": true, "gunmen": true, "personnel": true,
	"checkpoint": true, "convoy": true, "patrol": true,
}

// Sector returns the sector part of a CAMEO-style actor code ("PAKMIL" →
// "MIL"), "" when the code has none.
func Sector(code string) string {
	if len(code) < 6 {
		return ""
	}
	return code[3:6]
}
