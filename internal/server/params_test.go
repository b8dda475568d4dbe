package server

import (
	"net/http/httptest"
	"net/url"
	"testing"
)

func TestParsePage(t *testing.T) {
	tests := []struct {
		query       string
		offset, lim int
		ok          bool
	}{
		{"", 0, defaultLimit, true},
		{"limit=7", 0, 7, true},
		{"limit=1000", 0, 1000, true},
		{"limit=1001", 0, 0, false},
		{"limit=0", 0, 0, false},
		{"limit=-3", 0, 0, false},
		{"limit=ten", 0, 0, false},
		{"cursor=!!!", 0, 0, false},
		{"cursor=AAAAAAAAAAAAAAAAAAAAAA", 0, 0, false}, // right length, wrong scope
	}
	for _, tt := range tests {
		q, _ := url.ParseQuery(tt.query)
		p, err := parsePage(q)
		if (err == nil) != tt.ok || tt.ok && (p.Offset != tt.offset || p.Limit != tt.lim) {
			t.Errorf("parsePage(%q) = %+v, %v; want offset %d limit %d ok %v", tt.query, p, err, tt.offset, tt.lim, tt.ok)
		}
	}
	// A cursor leads to the next page of the same query only.
	q, _ := url.ParseQuery("type=ASSAULT&limit=20")
	p, _ := parsePage(q)
	next := p.next(true)
	q.Set("cursor", *next)
	if p2, err := parsePage(q); err != nil || p2.Offset != 20 || p2.Limit != 20 {
		t.Errorf("parsePage(next cursor) = %+v, %v; want offset 20", p2, err)
	}
	q.Set("type", "PROTEST")
	if _, err := parsePage(q); err == nil {
		t.Errorf("parsePage accepted a cursor of another query")
	}
	if p.next(false) != nil {
		t.Errorf("next(false) = %q, want nil", *p.next(false))
	}
}

// FuzzQuery feeds arbitrary query strings to the parameter parsers: they
// must not panic, must give a limit in range, and a page's next cursor
// must be accepted by the same query.
func FuzzQuery(f *testing.F) {
	for _, s := range []string{"", "limit=5", "type=assault&from=2024-01-01&to=2024-02-01", "cursor=AAAA&limit=2",
		"from=2024-13-01", "cameo=19x", "q=%E2%82%AC&actor=PAK"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		r := httptest.NewRequest("GET", "/api/events", nil)
		r.URL.RawQuery = raw
		eventFilter(r)
		q := r.URL.Query()
		p, err := parsePage(q)
		if err != nil {
			return
		}
		if p.Limit < 1 || p.Limit > maxLimit || p.Offset < 0 {
			t.Fatalf("parsePage(%q) = %+v", raw, p)
		}
		q.Set("cursor", *p.next(true))
		p2, err := parsePage(q)
		if err != nil || p2.Offset != p.Offset+p.Limit {
			t.Fatalf("next cursor of %q: %+v, %v", raw, p2, err)
		}
	})
}
