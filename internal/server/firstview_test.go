//go:build unix

package server

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"sitrep/internal/store/sqlite"
	"sitrep/internal/web"
)

// TestDashboardFirstViewOnLoadStore measures issue 10's second target:
// the dashboard's first view ready in at most 1 s over the store of
// BenchmarkAPILoad (100,000 events). It needs that store, which takes
// minutes to generate, so it runs only when -load.dir names a folder that
// holds it (run BenchmarkAPILoad with the same -load.dir first):
//
//	go test ./internal/server -run FirstView -v -load.dir /tmp/sitrep-load
func TestDashboardFirstViewOnLoadStore(t *testing.T) {
	path := filepath.Join(*loadDir, fmt.Sprintf("load-%d.db", *loadEvents))
	if *loadDir == "" {
		t.Skip("no -load.dir: the 100,000-event store of BenchmarkAPILoad is needed")
	}
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no load store at %s: run BenchmarkAPILoad with -load.dir first", path)
	}
	wsURL := startChromium(t)
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := New(Options{Store: st, Dashboard: web.Handler()})
	t0 := time.Now()
	if err := srv.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("Warm took %v (once, when serve starts)", time.Since(t0).Round(time.Millisecond))
	ts := httptest.NewServer(srv)
	defer ts.Close()

	c, err := dialCDP(wsURL)
	if err != nil {
		t.Fatalf("connect to chromium: %v", err)
	}
	defer c.ws.Close()
	for _, m := range []string{"Page.enable", "Runtime.enable"} {
		if err := c.call(m, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	if err := c.call("Page.navigate", map[string]any{"url": ts.URL + "/"}, nil); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := c.eval(waitFor(`document.querySelectorAll("main .panel svg").length`), &n); err != nil {
		t.Fatal(err)
	}
	ready := time.Since(start)
	t.Logf("first view (timeline, network, map) ready in %v over %s", ready.Round(time.Millisecond), path)
	if n != 3 {
		t.Errorf("first view shows %d charts, want 3", n)
	}
	if ready > time.Second {
		t.Errorf("first view ready in %v, want at most 1 s", ready.Round(time.Millisecond))
	}
}
