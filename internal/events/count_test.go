package events

import (
	"strings"
	"testing"
)

func expectQuantity(t *testing.T, phrase string, low, best, high, n int) {
	t.Helper()
	q, ok := ParseQuantity(strings.Fields(phrase))
	if !ok {
		t.Errorf("ParseQuantity(%q) found nothing, want %d/%d/%d", phrase, low, best, high)
		return
	}
	if q.Low != low || q.Best != best || q.High != high || q.Len != n {
		t.Errorf("ParseQuantity(%q) = %d/%d/%d len %d, want %d/%d/%d len %d", phrase, q.Low, q.Best, q.High, q.Len, low, best, high, n)
	}
}

func expectNoQuantity(t *testing.T, phrase string) {
	t.Helper()
	if q, ok := ParseQuantity(strings.Fields(phrase)); ok {
		t.Errorf("ParseQuantity(%q) = %+v, want none", phrase, q)
	}
}

func TestParseQuantity(t *testing.T) {
	expectQuantity(t, "12 soldiers", 12, 12, 12, 1)
	expectQuantity(t, "1,200 people", 1200, 1200, 1200, 1)
	expectQuantity(t, "twelve soldiers", 12, 12, 12, 1)
	expectQuantity(t, "twenty-five people", 25, 25, 25, 1)
	expectQuantity(t, "twenty five people", 25, 25, 25, 2)
	expectQuantity(t, "one hundred and twenty people", 120, 120, 120, 4)
	expectQuantity(t, "two hundred people", 200, 200, 200, 2)
	expectQuantity(t, "three thousand five hundred", 3500, 3500, 3500, 4)
	expectQuantity(t, "a dozen soldiers", 12, 12, 12, 2)
	expectQuantity(t, "two dozen soldiers", 24, 24, 24, 2)
	expectQuantity(t, "dozens of people", 24, 24, 99, 1)
	expectQuantity(t, "scores of people", 40, 40, 99, 1)
	expectQuantity(t, "hundreds of people", 200, 200, 999, 1)
	expectQuantity(t, "several people", 3, 3, 9, 1)
	expectQuantity(t, "a few people", 2, 3, 5, 2)
	expectQuantity(t, "at least 5 people", 5, 5, 10, 3)
	expectQuantity(t, "at least five people", 5, 5, 10, 3)
	expectQuantity(t, "no fewer than 8", 8, 8, 16, 4)
	expectQuantity(t, "more than 20 people", 21, 21, 40, 3)
	expectQuantity(t, "over 100 people", 101, 101, 200, 2)
	expectQuantity(t, "up to 10 people", 5, 10, 10, 3)
	expectQuantity(t, "nearly 30 people", 15, 30, 30, 2)
	expectQuantity(t, "about 40 people", 32, 40, 48, 2)
	expectQuantity(t, "some 50 people", 40, 50, 60, 2)
	expectQuantity(t, "five to seven people", 5, 6, 7, 3)
	expectQuantity(t, "5 to 7 people", 5, 6, 7, 3)
	expectQuantity(t, "5-7 people", 5, 6, 7, 1)
	expectQuantity(t, "between 10 and 20 people", 10, 15, 20, 4)
	expectQuantity(t, "three or four people", 3, 3, 4, 3)
	expectQuantity(t, "10 or more people", 10, 10, 20, 3)
	expectQuantity(t, "one soldier", 1, 1, 1, 1)
}

func TestParseQuantityNone(t *testing.T) {
	expectNoQuantity(t, "soldiers were killed")
	expectNoQuantity(t, "many people")
	expectNoQuantity(t, "the attack")
	expectNoQuantity(t, "and five")
	expectNoQuantity(t, "at least")
	expectNoQuantity(t, "")
}
