package geo

import "testing"

// TestSpellingFastPath: the one-word shortcut of spelling gives what the
// word-by-word path gives, over every index key of the gazetteer and a
// few edge cases.
func TestSpellingFastPath(t *testing.T) {
	keys := []string{"", "a", "ah", "allah", "baqubah", "panjwaee", "kaboul", "nassiriya",
		"qala\tnaw", "x\u00a0y", "mazar e sharif", "e", "ü", "abbottabad"}
	keys = append(keys, loadTestGazetteer(t).keys...)
	for _, k := range keys {
		if got, want := spelling(k), spellFields(k); got != want {
			t.Errorf("spelling(%q) = %q, word by word %q", k, got, want)
		}
	}
}
