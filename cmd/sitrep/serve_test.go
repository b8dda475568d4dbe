package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestServeUsage(t *testing.T) {
	dir := t.TempDir()
	empty := writeFile(t, dir, "empty-token", "\n")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--demo", "--db", filepath.Join(dir, "x.db")}, "--demo makes its own store"},
		{[]string{"serve", "--demo", "--examples", filepath.Join(dir, "none")}, "not a directory"},
		{[]string{"serve", "--token-file", empty}, "is empty"},
		{[]string{"serve", "--token-file", filepath.Join(dir, "missing")}, "read token"},
		{[]string{"serve", "--max-body", "0"}, "--max-body"},
		{[]string{"serve", "extra"}, "unexpected argument"},
	}
	for _, tt := range tests {
		code, _, stderr := sitrep(t, tt.args...)
		if code != exitUsage || !strings.Contains(stderr, tt.want) {
			t.Errorf("sitrep %v = %d %q, want %d and %q", tt.args, code, stderr, exitUsage, tt.want)
		}
	}
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeDemo runs `sitrep serve --demo` on a free loopback port, reads
// the printed URL, uses the API and the dashboard, and stops it.
func TestServeDemo(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	t.Setenv("SITREP_TOKEN", "")
	var out, errb syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--demo", "--examples", "../../examples", "--addr", "127.0.0.1:0"}, &out, &errb)
	}()
	urlRe := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)
	var base string
	for deadline := time.Now().Add(60 * time.Second); base == "" && time.Now().Before(deadline); {
		select {
		case code := <-done:
			t.Fatalf("serve --demo ended with %d: %s %s", code, out.String(), errb.String())
		case <-time.After(50 * time.Millisecond):
		}
		base = urlRe.FindString(out.String())
	}
	if base == "" {
		t.Fatalf("serve --demo printed no URL: %q %q", out.String(), errb.String())
	}
	if !strings.Contains(out.String(), "stored 8 example documents") || !strings.Contains(out.String(), "writes refused") {
		t.Errorf("serve --demo said %q", out.String())
	}
	getBody := func(path string) (int, string) {
		res, err := http.Get(base + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	for _, tt := range []struct{ path, has string }{
		{"healthz", "ok"},
		{"", `<script src="app.js"`},
		{"api/events?limit=1", `"next":"`},
		{"api/documents?limit=100", `"published_from"`},
	} {
		if code, body := getBody(tt.path); code != 200 || !strings.Contains(body, tt.has) {
			t.Errorf("GET /%s = %d %.200s, want 200 with %q", tt.path, code, body, tt.has)
		}
	}
	res, err := http.Post(base+"api/documents", "application/json", strings.NewReader(`{"text":"x"}`))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 401 {
		t.Errorf("POST without a configured token = %d, want 401", res.StatusCode)
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("serve ended with %d after cancel: %s", code, errb.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after cancel")
	}
}
