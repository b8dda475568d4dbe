package geo

import "sitrep/internal/doc"

// PlaceAt returns the id of the place an event inside span happened at:
// among the place mentions within span (a locative phrase such as "in
// Bannu district of Khyber Pakhtunkhwa", or a whole sentence), the most
// specific place (a city before its district, province and country), and
// the first one among equals. The dateline's mention does not count: a
// dateline says where the report was filed, not where events happened.
// ok is false when span holds no place.
func PlaceAt(a *doc.Analysis, span doc.Span) (placeID string, ok bool) {
	var dateline doc.Span
	if dl := a.Document.Dateline; dl != nil {
		dateline = doc.Span{Start: dl.Start, End: dl.End}
	}
	best, bestSpec, bestStart := "", -1, 0
	for _, p := range a.Places {
		for _, m := range p.Mentions {
			ms := doc.Span{Start: m.Start, End: m.End}
			if !span.Contains(ms) || dateline.Len() > 0 && dateline.Contains(ms) {
				continue
			}
			spec := specificity(p.Kind)
			if spec > bestSpec || spec == bestSpec && m.Start < bestStart {
				best, bestSpec, bestStart = p.ID, spec, m.Start
			}
		}
	}
	return best, best != ""
}
