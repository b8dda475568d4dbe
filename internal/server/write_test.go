package server

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestPostDocuments(t *testing.T) {
	s, _ := newTestServer(t)
	const body = `{"id":"post-1","title":"Police detain protesters in Lahore","published":"2025-04-02","source":"Test Desk","text":"LAHORE, April 2 (Test Desk) — Police detained dozens of protesters outside the provincial assembly on Wednesday, officials said."}` + "\n" +
		`{"text":"ISLAMABAD — Pakistan's foreign ministry on Tuesday urged Kabul to act against militants.","published":"2025-04-01"}` + "\n"
	auth := []string{"Authorization", "Bearer " + testToken}
	tests := []struct {
		name   string
		body   string
		hdr    []string
		status int
		kind   string
	}{
		{"no token", body, nil, 401, KindUnauthorized},
		{"wrong token", body, []string{"Authorization", "Bearer nope"}, 401, KindUnauthorized},
		{"basic auth", body, []string{"Authorization", "Basic " + testToken}, 401, KindUnauthorized},
		{"empty", "  \n", auth, 400, KindBadRequest},
		{"bad json", `{"text": `, auth, 400, KindBadRequest},
		{"no text", `{"title":"x"}`, auth, 400, KindBadRequest},
		{"too large", `{"text":"` + strings.Repeat("a", 70<<10) + `"}`, auth, 413, KindTooLarge},
	}
	for _, tt := range tests {
		code, _, b := do(t, s, "POST", "/api/documents", strings.NewReader(tt.body), tt.hdr...)
		var e struct {
			Error struct{ Kind, Message string }
		}
		json.Unmarshal(b, &e)
		if code != tt.status || e.Error.Kind != tt.kind || e.Error.Message == "" {
			t.Errorf("%s: POST = %d %s, want %d %s", tt.name, code, b, tt.status, tt.kind)
		}
	}
	// Nothing of the refused requests was stored.
	if code, _, _ := do(t, s, "GET", "/api/documents/post-1", nil); code != 404 {
		t.Fatalf("GET /api/documents/post-1 after refused writes = %d, want 404", code)
	}

	code, _, b := do(t, s, "POST", "/api/documents", strings.NewReader(body), auth...)
	if code != 200 {
		t.Fatalf("POST = %d %s, want 200", code, b)
	}
	// The answer is the stored analyses themselves, each with an outcome.
	var got struct {
		Data []struct {
			Outcome  string
			Schema   string
			Document struct{ ID, Text string }
			Events   []json.RawMessage
		}
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Data) != 2 || got.Data[0].Outcome != "added" || got.Data[0].Document.ID != "post-1" ||
		got.Data[0].Schema != "sitrep/v1" || len(got.Data[0].Events) == 0 {
		t.Fatalf("POST answered %s", b)
	}
	// The stored document is served, and lists see it (the catalog is rebuilt).
	if code, _, b := do(t, s, "GET", "/api/documents/post-1", nil); code != 200 || !strings.Contains(string(b), "provincial assembly") {
		t.Errorf("GET /api/documents/post-1 = %d %s", code, b)
	}
	if _, _, b := do(t, s, "GET", "/api/documents?limit=1000", nil); !strings.Contains(string(b), `"post-1"`) {
		t.Errorf("GET /api/documents does not list post-1: %s", b)
	}
	// The same text again changes nothing.
	code, _, b = do(t, s, "POST", "/api/documents", strings.NewReader(body), auth...)
	if code != 200 || strings.Count(string(b), `"outcome":"unchanged"`) != 2 {
		t.Errorf("second POST = %d %s, want two unchanged", code, b)
	}
}

func TestWritesDisabledWithoutToken(t *testing.T) {
	s, st := newTestServer(t)
	off := New(Options{Store: st, Analyzer: s.opts.Analyzer})
	for _, hdr := range [][]string{nil, {"Authorization", "Bearer "}, {"Authorization", "Bearer x"}} {
		code, _, b := do(t, off, "POST", "/api/documents", strings.NewReader(`{"text":"x"}`), hdr...)
		if code != 401 || !strings.Contains(string(b), "writes are disabled") {
			t.Errorf("POST with %v and no token configured = %d %s, want 401 writes are disabled", hdr, code, b)
		}
	}
}

func TestBodyError(t *testing.T) {
	tests := []struct{ in, want string }{
		{"stdin:2: invalid JSON: unexpected end", "line 2: invalid JSON: unexpected end"},
		{"stdin: invalid JSON: bad", "invalid JSON: bad"},
		{"stdin: no text field", "no text field"},
		{"read: too large", "read: too large"},
	}
	for _, tt := range tests {
		if got := bodyError(errors.New(tt.in)); got != tt.want {
			t.Errorf("bodyError(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
