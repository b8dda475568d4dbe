package dict

import (
	"slices"
	"testing"
)

// TestPatternAgent checks that a pattern's agent= frame option is read
// (lower-cased, "|"-separated) and that the embedded arms patterns carry
// one.
func TestPatternAgent(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"events.tsv": "test.hit.verb\tASSAULT\t-\t190\t-10.0\tVERB\thit\ttarget=obj agent=Missiles|@armed weight=0.8\n",
	})
	kb := load(t, dir)
	var got, embedded []string
	for _, p := range kb.Patterns() {
		switch p.ID {
		case "test.hit.verb":
			got = p.Agent
		case "assault.weapon-hit.verb":
			embedded = p.Agent
		}
	}
	if want := []string{"missiles", "@armed"}; !slices.Equal(got, want) {
		t.Errorf("Agent = %q, want %q", got, want)
	}
	if !slices.Contains(embedded, "missiles") {
		t.Errorf("assault.weapon-hit.verb Agent = %q, want it to hold missiles", embedded)
	}
}
