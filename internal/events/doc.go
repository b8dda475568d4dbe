// Package events codes events: who did what to whom, when, where and how
// many, in PLOVER with CAMEO codes, QuadClass and Goldstein scores.
//
// In: a doc.Analysis with Tokens (POS and lemmas from the tag stage),
// Sentences, and, when the stages ran, Entities, Times, Places and Actors.
// Out: Analysis.Events (e1, e2, … in text order), each with its trigger,
// evidence (the sentence), source and target (actor id, text, span),
// date, place, casualty counts, status, confidence and Rule, the id of the
// dict/events.tsv pattern that made it.
//
// The coder (events.go) matches pattern lemmas per sentence (match.go),
// finds arguments by surface rules over tags and actor mentions — subject,
// object, by-agent, light verbs, participles, relative pronouns,
// coordination (args.go) — reads casualty counts with the quantity reader
// (count.go, casualties.go), then dates, places, recodes crowd violence as
// riots (riot.go) and merges repeated mentions of one act (finish.go).
// The policies are in docs/events.md.
//
// Known limits: no parse, so long or unusual subjects can be cut short
// and a tagger error on a trigger loses the event; an event no time
// expression dates gets the publication date only when told in the
// present tense; counts spread over several victims' phrases ("the brother
// and his wife were killed") are not added up.
package events
