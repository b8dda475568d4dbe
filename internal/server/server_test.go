package server

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
	"sitrep/internal/store"
	"sitrep/internal/store/sqlite"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const testToken = "test-token-0123456789"

// analyzer is built once for all tests: the pipeline loads its models.
var analyzer = sync.OnceValues(func() (*pipeline.Pipeline, error) {
	return pipeline.New(pipeline.Options{Workers: 2})
})

// fixture is testdata/store.jsonl: the analyses of the repository's
// example articles and of testdata/hostile.jsonl, one per line. The API
// tests serve these, not a fresh pipeline run, so that their golden files
// change when the API changes and not whenever a stage improves; -update
// rebuilds the fixture with the current pipeline first.
const fixture = "testdata/store.jsonl"

var buildFixture = sync.OnceValue(func() error {
	if !*update {
		return nil
	}
	ctx := context.Background()
	p, err := analyzer()
	if err != nil {
		return err
	}
	rd, err := ingest.New(ingest.Options{})
	if err != nil {
		return err
	}
	items := make(chan ingest.Item)
	go rd.Read(ctx, []string{"../../examples", "testdata/hostile.jsonl"}, items)
	var buf bytes.Buffer
	for it := range items {
		if it.Err != nil {
			return it.Err
		}
		a, err := p.Analyze(ctx, it.Doc)
		if err != nil {
			return err
		}
		a.Sentences, a.Tokens = nil, nil
		a.ToCodePoints()
		b, err := json.Marshal(a)
		if err != nil {
			return err
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	return os.WriteFile(fixture, buf.Bytes(), 0o644)
})

// newTestServer returns a server over a fresh SQLite store filled with
// the analyses of the fixture.
func newTestServer(t testing.TB) (*Server, store.Store) {
	t.Helper()
	ctx := context.Background()
	if err := buildFixture(); err != nil {
		t.Fatalf("rebuild %s: %v", fixture, err)
	}
	p, err := analyzer()
	if err != nil {
		t.Fatalf("pipeline.New: %v", err)
	}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "test.db"), sqlite.Options{})
	if err != nil {
		t.Fatalf("sqlite.Open: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	b, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatalf("read fixture (go test ./internal/server -update writes it): %v", err)
	}
	var batch []*doc.Analysis
	for ln := range bytes.Lines(b) {
		var a doc.Analysis
		if err := json.Unmarshal(ln, &a); err != nil {
			t.Fatalf("%s: %v", fixture, err)
		}
		batch = append(batch, &a)
	}
	if len(batch) < 5 {
		t.Fatalf("%s holds %d documents, want at least 5", fixture, len(batch))
	}
	if _, err := st.Put(ctx, batch); err != nil {
		t.Fatalf("Put: %v", err)
	}
	return New(Options{Store: st, Analyzer: p, Token: testToken, MaxBody: 64 << 10}), st
}

// do sends a request to s and returns the status and body.
func do(t testing.TB, s http.Handler, method, target string, body io.Reader, hdr ...string) (int, http.Header, []byte) {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, req)
	return w.Code, w.Header(), w.Body.Bytes()
}

// golden compares got with testdata/NAME.golden, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test ./internal/server -update): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s (rerun with -update and review the diff):\n%s", name, path, got)
	}
}

// pretty re-indents a JSON answer for a readable golden file.
func pretty(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := json.Indent(&buf, b, "", "  "); err != nil {
		t.Fatalf("answer is not JSON: %v\n%s", err, b)
	}
	return buf.Bytes()
}

func TestAPIGolden(t *testing.T) {
	s, _ := newTestServer(t)
	tests := []struct {
		name, target string
		status       int
	}{
		{"events", "/api/events", 200},
		{"events-page1", "/api/events?limit=2", 200},
		{"events-assault", "/api/events?type=assault", 200},
		{"events-actor", "/api/events?actor=PAK", 200},
		{"events-range", "/api/events?from=2025-03-01&to=2025-03-31", 200},
		{"event-hostile", "/api/events?q=Torkham", 200},
		{"events-clusters", "/api/events?clusters=true&limit=5", 200},
		{"event-cluster", "/api/events/brief-001:e1", 200},
		{"err-clusters", "/api/events?clusters=maybe", 400},
		{"documents", "/api/documents", 200},
		{"documents-q", "/api/documents?q=water+cannon", 200},
		{"document-hostile", "/api/documents/hostile-001", 200},
		{"actors", "/api/actors", 200},
		{"actors-q", "/api/actors?q=pak", 200},
		{"places", "/api/places", 200},
		{"quotes", "/api/quotes", 200},
		{"quotes-speaker", "/api/quotes?speaker=police", 200},
		{"timeline-day", "/api/timeline", 200},
		{"timeline-week", "/api/timeline?interval=week", 200},
		{"network", "/api/network", 200},
		{"err-limit", "/api/events?limit=0", 400},
		{"err-date", "/api/events?from=March", 400},
		{"err-type", "/api/events?type=BATTLE", 400},
		{"err-interval", "/api/timeline?interval=year", 400},
		{"err-cursor", "/api/events?cursor=bogus", 400},
		{"err-event-id", "/api/events/nocolon", 400},
		{"err-no-document", "/api/documents/no-such-doc", 404},
		{"err-no-event", "/api/events/hostile-001:e999", 404},
		{"err-no-route", "/api/nothing", 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, hdr, body := do(t, s, "GET", tt.target, nil)
			if code != tt.status {
				t.Errorf("GET %s = %d, want %d\n%s", tt.target, code, tt.status, body)
			}
			if ct := hdr.Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("GET %s: Content-Type %q", tt.target, ct)
			}
			golden(t, tt.name, pretty(t, body))
		})
	}
}
