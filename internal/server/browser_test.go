//go:build unix

package server

// The browser test loads the dashboard in headless Chromium over a store
// holding the example articles and a hostile one, uses each view, checks
// what a person would see, and saves a screenshot of each view. It drives
// Chromium through the DevTools protocol over a WebSocket
// (golang.org/x/net/websocket, already a dependency), so it needs no
// browser-automation module. Without a chromium binary it skips; CI
// installs Debian's chromium package.
//
// Screenshots go to $SITREP_ARTIFACTS, else $TMPDIR/sitrep-browser.

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/websocket"

	"sitrep/internal/web"
)

// cdp is a connection to one page of a browser.
type cdp struct {
	ws     *websocket.Conn
	mu     sync.Mutex
	nextID int
	wait   map[int]chan cdpMsg
	events []cdpMsg // every event the page sent
}

type cdpMsg struct {
	ID     int             `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Message string `json:"message"`
	} `json:"error"`
}

func dialCDP(url string) (*cdp, error) {
	ws, err := websocket.Dial(url, "", "http://127.0.0.1")
	if err != nil {
		return nil, err
	}
	ws.MaxPayloadBytes = 64 << 20
	c := &cdp{ws: ws, wait: map[int]chan cdpMsg{}}
	go func() {
		for {
			var m cdpMsg
			if err := websocket.JSON.Receive(ws, &m); err != nil {
				return
			}
			c.mu.Lock()
			if m.ID != 0 {
				if ch := c.wait[m.ID]; ch != nil {
					ch <- m
					delete(c.wait, m.ID)
				}
			} else {
				c.events = append(c.events, m)
			}
			c.mu.Unlock()
		}
	}()
	return c, nil
}

// call sends a command and waits for its result.
func (c *cdp) call(method string, params any, result any) error {
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan cdpMsg, 1)
	c.wait[id] = ch
	c.mu.Unlock()
	if params == nil {
		params = struct{}{}
	}
	if err := websocket.JSON.Send(c.ws, map[string]any{"id": id, "method": method, "params": params}); err != nil {
		return fmt.Errorf("send %s: %w", method, err)
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return fmt.Errorf("%s: %s", method, m.Error.Message)
		}
		if result != nil {
			return json.Unmarshal(m.Result, result)
		}
		return nil
	case <-time.After(30 * time.Second):
		return fmt.Errorf("%s: no answer in 30 s", method)
	}
}

// eval evaluates a JavaScript expression (awaiting a promise) in the page
// and decodes its JSON value into v.
func (c *cdp) eval(expr string, v any) error {
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception *struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	err := c.call("Runtime.evaluate", map[string]any{"expression": expr, "awaitPromise": true, "returnByValue": true}, &r)
	if err != nil {
		return err
	}
	if e := r.ExceptionDetails; e != nil {
		msg := e.Text
		if e.Exception != nil {
			msg = e.Exception.Description
		}
		return fmt.Errorf("evaluate: %s", msg)
	}
	if v != nil {
		return json.Unmarshal(r.Result.Value, v)
	}
	return nil
}

func (c *cdp) eventsNamed(method string) []cdpMsg {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []cdpMsg
	for _, m := range c.events {
		if m.Method == method {
			out = append(out, m)
		}
	}
	return out
}

// startChromium starts headless Chromium and returns the WebSocket URL of
// its first page.
func startChromium(t *testing.T) string {
	t.Helper()
	var bin string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("no chromium binary: install Debian's chromium package (apt-get install -y chromium) to run the browser test")
	}
	// The profile folder is removed by hand after the browser and its
	// helper processes are gone: t.TempDir's own clean-up fails when a
	// helper process is still writing there.
	profile, err := os.MkdirTemp("", "sitrep-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
		"--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", "--remote-allow-origins=http://127.0.0.1",
		"--user-data-dir="+profile, "--window-size=1366,900", "about:blank")
	// Own process group, so that clean-up ends the helper processes too.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	t.Cleanup(func() {
		cancel()
		cmd.Wait()
		for i := 0; i < 20; i++ {
			if err = os.RemoveAll(profile); err == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Logf("could not remove the browser profile %s: %v", profile, err)
	})
	found := make(chan string, 1)
	go func() {
		re := regexp.MustCompile(`DevTools listening on ws://([^/\s]+)/`)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
	}()
	var host string
	select {
	case host = <-found:
	case <-time.After(30 * time.Second):
		t.Fatal("chromium did not open its DevTools port in 30 s")
	}
	for range 50 {
		res, err := http.Get("http://" + host + "/json/list")
		if err == nil {
			var targets []struct{ Type, WebSocketDebuggerURL string }
			json.NewDecoder(res.Body).Decode(&targets)
			res.Body.Close()
			for _, tg := range targets {
				if tg.Type == "page" && tg.WebSocketDebuggerURL != "" {
					return tg.WebSocketDebuggerURL
				}
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("chromium shows no page target")
	return ""
}

// guard runs in the page before its own scripts: it records any call of
// the dialog functions the hostile article tries, and every content
// security policy violation (an inline script or handler that was tried).
const guard = `
window.__ran = [];
for (const f of ["alert", "confirm", "prompt"]) window[f] = (...a) => { window.__ran.push(f + ":" + a.join(",")); };
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));
`

// waitFor is a page expression that resolves to the value of cond once it
// is truthy and no "Loading…" is shown, or rejects after 10 s.
func waitFor(cond string) string {
	return `new Promise((ok, fail) => {
		const t0 = Date.now();
		const tick = () => {
			let v;
			try { v = (` + cond + `); } catch (e) { v = null; }
			const loading = [...document.querySelectorAll(".status")].some((e) => e.textContent === "Loading…");
			if (v && !loading) return ok(v);
			if (Date.now() - t0 > 10000) return fail(new Error("timed out waiting for: " + ` + jsString(cond) + `));
			setTimeout(tick, 50);
		};
		tick();
	})`
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestDashboardInBrowser(t *testing.T) {
	wsURL := startChromium(t)
	_, st := newTestServer(t)
	ts := httptest.NewServer(New(Options{Store: st, Dashboard: web.Handler()}))
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
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(c.call("Emulation.setDeviceMetricsOverride", map[string]any{"width": 1366, "height": 900, "deviceScaleFactor": 1, "mobile": false}, nil))
	must(c.call("Page.addScriptToEvaluateOnNewDocument", map[string]any{"source": guard}, nil))

	dir := os.Getenv("SITREP_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "sitrep-browser")
	}
	must(os.MkdirAll(dir, 0o755))
	shot := func(name string) {
		t.Helper()
		var r struct{ Data string }
		must(c.call("Page.captureScreenshot", map[string]any{"format": "png", "captureBeyondViewport": false}, &r))
		b, err := base64.StdEncoding.DecodeString(r.Data)
		must(err)
		p := filepath.Join(dir, name+".png")
		must(os.WriteFile(p, b, 0o644))
		t.Logf("screenshot %s", p)
	}
	start := time.Now()
	must(c.call("Page.navigate", map[string]any{"url": ts.URL + "/"}, nil))
	// The overview: a timeline, a network and a map, each an SVG.
	var n int
	must(c.eval(waitFor(`document.querySelectorAll("main .panel svg").length`), &n))
	t.Logf("overview ready in %v", time.Since(start).Round(time.Millisecond))
	if n != 3 {
		t.Errorf("overview shows %d charts, want 3 (timeline, network, map)", n)
	}
	var bars, nodes int
	must(c.eval(`document.querySelectorAll("main .panel:first-child svg rect").length`, &bars))
	must(c.eval(`document.querySelectorAll(".network .node").length`, &nodes))
	var land, points int
	must(c.eval(`document.querySelectorAll(".map path.land").length`, &land))
	must(c.eval(`document.querySelectorAll(".map circle.pt").length`, &points))
	if bars == 0 || nodes == 0 || land < 150 || points == 0 {
		t.Errorf("overview has %d timeline blocks, %d network nodes, %d countries and %d map points, want some of each", bars, nodes, land, points)
	}
	shot("overview")
	must(c.eval(`document.querySelector(".map").scrollIntoView({block: "center"})`, nil))
	shot("overview-map")

	// The event table, then filtered by type through the form.
	must(c.eval(`location.hash = "#/events"`, nil))
	var rows int
	must(c.eval(waitFor(`document.querySelectorAll("table.events tbody tr").length`), &rows))
	if rows < 5 {
		t.Errorf("event table has %d rows, want at least 5", rows)
	}
	shot("events")
	must(c.eval(`(() => { const f = document.getElementById("filters"); f.elements.type.value = "ASSAULT"; f.requestSubmit(); return true; })()`, nil))
	var types []string
	must(c.eval(waitFor(`(() => { const b = [...document.querySelectorAll("table.events tbody .badge")]; return b.length && b.map((x) => x.textContent.split(" ")[0]); })()`), &types))
	for _, ty := range types {
		if ty != "ASSAULT" {
			t.Errorf("type filter ASSAULT shows a %s event", ty)
		}
	}
	shot("events-assault")
	must(c.eval(`document.getElementById("filters").reset()`, nil))

	// The document list shows the hostile title as text.
	must(c.eval(`location.hash = "#/documents"`, nil))
	var titles []string
	must(c.eval(waitFor(`(() => { const a = [...document.querySelectorAll("ul.docs li a")]; return a.length && a.map((x) => x.textContent); })()`), &titles))
	if !strings.Contains(strings.Join(titles, "\n"), "<script>alert('title')</script> Border talks <img src=x onerror=alert(1)>") {
		t.Errorf("documents view does not show the hostile title as text: %q", titles)
	}
	shot("documents")

	// The hostile document: its text, title, source and url appear as
	// text; no element came from them; its event's evidence is marked.
	must(c.eval(`location.hash = "#/doc/hostile-001/e1"`, nil))
	var seen struct {
		Text, Title, Meta string
		Evidence, Events  int
		Injected          int
		JSLinks           int
	}
	must(c.eval(waitFor(`document.querySelector(".doctext") && document.querySelector(".evidence") && {
		text: document.querySelector(".doctext").textContent,
		title: document.querySelector("main h2").textContent,
		meta: document.querySelector("main p.meta").textContent,
		evidence: document.querySelectorAll(".doctext .evidence").length,
		events: document.querySelectorAll(".evlist li").length,
		injected: document.querySelectorAll("main .doctext :not(span), main h2 *, main img, main script, main [onerror], main [onmouseover]").length,
		jsLinks: [...document.querySelectorAll("a")].filter((a) => !/^(https?:|#)/.test(a.getAttribute("href") || "#")).length,
	}`), &seen))
	for _, want := range []string{"<script>alert('text')</script>", "<img src=x onerror=alert(3)>", `<a href="javascript:alert(4)">now</a>`} {
		if !strings.Contains(seen.Text, want) {
			t.Errorf("document view text lacks %q as text:\n%s", want, seen.Text)
		}
	}
	if !strings.Contains(seen.Title, "<script>alert('title')</script>") || !strings.Contains(seen.Meta, "<b onmouseover=alert(2)>Frontier Wire</b>") ||
		!strings.Contains(seen.Meta, "javascript:alert('url')") {
		t.Errorf("hostile metadata not shown as text: title %q, meta %q", seen.Title, seen.Meta)
	}
	if seen.Injected != 0 || seen.JSLinks != 0 {
		t.Errorf("hostile markup became %d elements and %d non-http links", seen.Injected, seen.JSLinks)
	}
	if seen.Evidence == 0 || seen.Events == 0 {
		t.Errorf("document view marks %d evidence spans for %d events, want the focused event's evidence", seen.Evidence, seen.Events)
	}
	shot("document-hostile")

	// An ordinary document with several events.
	must(c.eval(`location.hash = "#/documents"`, nil))
	var firstDoc string
	must(c.eval(waitFor(`(() => { const a = [...document.querySelectorAll("ul.docs li a")].find((x) => /Khyber/.test(x.textContent)); return a && a.getAttribute("href"); })()`), &firstDoc))
	must(c.eval(`location.hash = `+jsString(firstDoc), nil))
	var marks struct{ Ents, Times, Triggers, Events int }
	must(c.eval(waitFor(`document.querySelector(".doctext") && {
		ents: document.querySelectorAll(".doctext .ent").length, times: document.querySelectorAll(".doctext .time").length,
		triggers: document.querySelectorAll(".doctext .trigger").length, events: document.querySelectorAll(".evlist li").length }`), &marks))
	if marks.Ents == 0 || marks.Times == 0 || marks.Triggers == 0 || marks.Events == 0 {
		t.Errorf("Khyber document highlights %+v, want entities, times, triggers and events", marks)
	}
	must(c.eval(`document.querySelector(".evlist li:last-child").click()`, nil))
	var ev int
	must(c.eval(waitFor(`document.querySelectorAll(".doctext .evidence").length`), &ev))
	shot("document")

	for _, v := range []struct{ hash, sel string }{{"#/actors", "main table tbody tr"}, {"#/quotes", "main blockquote"}} {
		must(c.eval(`location.hash = `+jsString(v.hash), nil))
		must(c.eval(waitFor(`document.querySelectorAll(`+jsString(v.sel)+`).length`), &n))
		shot(strings.TrimPrefix(v.hash, "#/"))
	}
	// An empty state: a filter nothing matches.
	must(c.eval(`(() => { const f = document.getElementById("filters"); f.elements.country.value = "ZZZ"; location.hash = "#/events"; f.requestSubmit(); return true; })()`, nil))
	var empty string
	must(c.eval(waitFor(`(() => { const e = document.querySelector(".status.empty"); return e && e.textContent; })()`), &empty))
	if !strings.Contains(empty, "No events match") {
		t.Errorf("empty state says %q", empty)
	}
	shot("events-empty")

	// Nothing of the hostile article ran, nothing was refused by the
	// content security policy, and the page threw no error.
	var ran, csp []string
	must(c.eval(`window.__ran`, &ran))
	must(c.eval(`window.__csp`, &csp))
	if len(ran) > 0 || len(csp) > 0 {
		t.Errorf("hostile code ran %q; policy violations %q", ran, csp)
	}
	if d := c.eventsNamed("Page.javascriptDialogOpening"); len(d) > 0 {
		t.Errorf("a dialog opened: %s", d[0].Params)
	}
	for _, e := range c.eventsNamed("Runtime.exceptionThrown") {
		t.Errorf("page threw: %s", e.Params)
	}
}
