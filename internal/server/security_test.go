package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

func TestSecurityHeaders(t *testing.T) {
	s, _ := newTestServer(t)
	for _, target := range []string{"/api/events", "/api/nothing", "/healthz", "/api/openapi.json"} {
		_, h, _ := do(t, s, "GET", target, nil)
		csp := h.Get("Content-Security-Policy")
		if !strings.Contains(csp, "default-src 'self'") || strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("GET %s: Content-Security-Policy %q", target, csp)
		}
		if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q, want nosniff", target, got)
		}
		if got := h.Get("X-Frame-Options"); got != "DENY" {
			t.Errorf("GET %s: X-Frame-Options %q, want DENY", target, got)
		}
	}
}

// TestHostileServedAsData checks that the hostile article's markup comes
// back as JSON strings with < and > escaped, so no browser can read the
// answer as HTML.
func TestHostileServedAsData(t *testing.T) {
	s, _ := newTestServer(t)
	for _, target := range []string{"/api/documents/hostile-001", "/api/documents", "/api/events?q=Torkham", "/api/quotes"} {
		code, _, b := do(t, s, "GET", target, nil)
		if code != 200 {
			t.Fatalf("GET %s = %d", target, code)
		}
		if strings.Contains(string(b), "<script") || strings.Contains(string(b), "<img") {
			t.Errorf("GET %s has raw markup: %s", target, b)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Errorf("GET %s: not JSON: %v", target, err)
		}
	}
	_, _, b := do(t, s, "GET", "/api/documents/hostile-001", nil)
	var a struct {
		Data struct {
			Document struct{ Title, URL, Text string }
		}
	}
	json.Unmarshal(b, &a)
	if !strings.Contains(a.Data.Document.Title, "<script>alert('title')</script>") || a.Data.Document.URL != "javascript:alert('url')" {
		t.Errorf("hostile metadata not kept as data: %+v", a.Data.Document)
	}
}

// TestPagination walks /api/events and /api/documents page by page and
// checks every item comes exactly once, in the order of one big page.
func TestPagination(t *testing.T) {
	s, _ := newTestServer(t)
	for _, base := range []string{"/api/events?", "/api/documents?", "/api/actors?", "/api/events?type=ASSAULT&"} {
		type item struct{ ID, Name string }
		var all struct{ Data []item }
		_, _, b := do(t, s, "GET", base+"limit=1000", nil)
		json.Unmarshal(b, &all)
		if len(all.Data) < 2 {
			t.Fatalf("GET %slimit=1000: %d items, want at least 2", base, len(all.Data))
		}
		var walked []item
		target := base + "limit=2"
		for range 100 {
			code, _, b := do(t, s, "GET", target, nil)
			if code != 200 {
				t.Fatalf("GET %s = %d %s", target, code, b)
			}
			var pg struct {
				Data []item
				Next *string
			}
			json.Unmarshal(b, &pg)
			walked = append(walked, pg.Data...)
			if pg.Next == nil {
				break
			}
			target = base + "limit=2&cursor=" + *pg.Next
		}
		if len(walked) != len(all.Data) {
			t.Fatalf("walking %s gave %d items, want %d", base, len(walked), len(all.Data))
		}
		for i := range walked {
			if walked[i] != all.Data[i] {
				t.Errorf("walking %s: item %d = %v, want %v", base, i, walked[i], all.Data[i])
			}
		}
	}
	// A cursor of one query is refused by another.
	_, _, b := do(t, s, "GET", "/api/events?limit=1", nil)
	var pg struct{ Next *string }
	json.Unmarshal(b, &pg)
	if pg.Next == nil {
		t.Fatal("no next cursor")
	}
	if code, _, _ := do(t, s, "GET", "/api/events?type=PROTEST&limit=1&cursor="+*pg.Next, nil); code != 400 {
		t.Errorf("cursor reused with other filters = %d, want 400", code)
	}
}

// TestOpenAPI checks that the description is JSON and names every route.
func TestOpenAPI(t *testing.T) {
	s, _ := newTestServer(t)
	code, _, b := do(t, s, "GET", "/api/openapi.json", nil)
	var spec struct {
		OpenAPI string
		Paths   map[string]map[string]any
	}
	if err := json.Unmarshal(b, &spec); code != 200 || err != nil || !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Fatalf("GET /api/openapi.json = %d, %v, openapi %q", code, err, spec.OpenAPI)
	}
	routes := map[string][]string{
		"/api/events": {"get"}, "/api/events/{id}": {"get"}, "/api/documents": {"get", "post"},
		"/api/documents/{id}": {"get"}, "/api/actors": {"get"}, "/api/places": {"get"}, "/api/quotes": {"get"},
		"/api/timeline": {"get"}, "/api/network": {"get"}, "/api/openapi.json": {"get"}, "/healthz": {"get"},
	}
	for path, methods := range routes {
		for _, m := range methods {
			if spec.Paths[path][m] == nil {
				t.Errorf("openapi.json lacks %s %s", m, path)
			}
			// and the server answers it (not the catch-all 404)
			target := strings.ReplaceAll(path, "{id}", "hostile-001")
			if path == "/api/events/{id}" {
				target = "/api/events/hostile-001:e1"
			}
			if m == "get" {
				if code, _, b := do(t, s, http.MethodGet, target, nil); code != 200 {
					t.Errorf("GET %s = %d %s", target, code, b)
				}
			}
		}
	}
}

func TestPanicIsInternal(t *testing.T) {
	s, _ := newTestServer(t)
	h := s.api(func(r *http.Request) (any, error) { panic("broken invariant") })
	code, _, b := do(t, h, "GET", "/x", nil)
	if code != 500 || !strings.Contains(string(b), `"kind":"internal"`) || strings.Contains(string(b), "broken invariant") {
		t.Errorf("panicking handler answered %d %s, want 500 internal without the detail", code, b)
	}
}
