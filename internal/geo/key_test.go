package geo

import (
	"strings"
	"testing"
)

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

// TestIsUpper: isUpper(s) agrees with strings.ToUpper(s) == s.
func TestIsUpper(t *testing.T) {
	for _, s := range []string{"", "UN", "Un", "U.S.", "KABUL'S", "ÇANKIRI", "Çankırı", "ǅ", "ǆ", "ß", "ẞ",
		"ISI\xff", "\xff", "\uFFFD", "A\uFFFDB", "12", "ΑΘΗΝΑ", "Αθήνα", "İSTANBUL", "ı"} {
		if got, want := isUpper(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpper(%q) = %v, ToUpper says %v", s, got, want)
		}
	}
}

// FuzzIsUpper: isUpper(s) agrees with strings.ToUpper(s) == s on any input.
func FuzzIsUpper(f *testing.F) {
	f.Add("KABUL")
	f.Add("Ça\xffva")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isUpper(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpper(%q) = %v, ToUpper says %v", s, got, want)
		}
	})
}
