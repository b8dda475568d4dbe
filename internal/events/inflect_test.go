package events

import "testing"

// TestInflects checks the regular inflections that stand in for a wrong
// lemma.
func TestInflects(t *testing.T) {
	tests := []struct {
		word, base string
		want       bool
	}{
		{"shelled", "shell", true},
		{"shelling", "shell", true},
		{"stabbed", "stab", true},
		{"firing", "fire", true},
		{"fired", "fire", true},
		{"bullied", "bully", true},
		{"shell", "shell", false},
		{"shelter", "shell", false},
		{"hitting", "hit", true},
		{"hits", "hit", true},
		{"history", "hit", false},
	}
	for _, tt := range tests {
		if got := inflects(tt.word, tt.base); got != tt.want {
			t.Errorf("inflects(%q, %q) = %v, want %v", tt.word, tt.base, got, tt.want)
		}
	}
}
