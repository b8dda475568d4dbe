package ner

import (
	"strings"
	"testing"
)

func TestIsTitleLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Great Service And Fair Prices", true},
		{"Talks Resume in Geneva", true},
		{"Best Pizza of the Town !", true},
		{"Talks resume in Geneva", false},
		{"TALKS RESUME IN GENEVA", false},
		{"Geneva", false},
		{"Imran Khan visited Lahore .", false},
	} {
		if got := isTitleLine(strings.Fields(c.line)); got != c.want {
			t.Errorf("isTitleLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestAugment(t *testing.T) {
	words := strings.Fields("talks in the city of Kabul resumed")
	if got, want := strings.Join(mapWords(words, titleCase), " "), "Talks in the City of Kabul Resumed"; got != want {
		t.Errorf("titleCase: got %q, want %q", got, want)
	}
	if !isTitleLine(mapWords(words, titleCase)) {
		t.Errorf("isTitleLine(titleCase(%q)) = false, want true", words)
	}
	labels := strings.Fields("O O O O O B-LOC O")
	if got, want := strings.Join(lowerNames(words, labels), " "), "talks in the city of kabul resumed"; got != want {
		t.Errorf("lowerNames: got %q, want %q", got, want)
	}
}
