package web

import (
	"encoding/json"
	"io"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, path string) (int, string, string) {
	t.Helper()
	w := httptest.NewRecorder()
	Handler().ServeHTTP(w, httptest.NewRequest("GET", path, nil))
	b, _ := io.ReadAll(w.Result().Body)
	return w.Code, w.Header().Get("Content-Type"), string(b)
}

func TestAssetsServed(t *testing.T) {
	for _, tt := range []struct{ path, ctype, has string }{
		{"/", "text/html", `<script src="app.js" defer></script>`},
		{"/app.js", "javascript", "function el("},
		{"/app.css", "text/css", ".doctext"},
	} {
		code, ctype, body := get(t, tt.path)
		if code != 200 || !strings.Contains(ctype, tt.ctype) || !strings.Contains(body, tt.has) {
			t.Errorf("GET %s = %d %q, want 200 %s containing %q", tt.path, code, ctype, tt.ctype, tt.has)
		}
	}
	if code, _, _ := get(t, "/nothing.js"); code != 404 {
		t.Errorf("GET /nothing.js = %d, want 404", code)
	}
}

// TestNoExternalOrInlineCode checks the page fetches nothing from other
// hosts and has no inline script or event handler attributes, which the
// server's content security policy would refuse anyway.
func TestNoExternalOrInlineCode(t *testing.T) {
	_, _, html := get(t, "/")
	_, _, css := get(t, "/app.css")
	_, _, js := get(t, "/app.js")
	for name, src := range map[string]string{"index.html": html, "app.css": css, "app.js": js} {
		if m := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/`).FindString(src); m != "" && !strings.Contains(m, "www.w3.org/") {
			t.Errorf("%s refers to another host: %q", name, m)
		}
		if strings.Contains(src, "@import") || strings.Contains(src, "@font-face") {
			t.Errorf("%s imports styles or fonts", name)
		}
	}
	for _, tag := range regexp.MustCompile(`(?is)<script[^>]*>(.*?)</script>`).FindAllStringSubmatch(html, -1) {
		if !strings.Contains(tag[0], " src=") || strings.TrimSpace(tag[1]) != "" {
			t.Errorf("index.html has an inline script: %q", tag[0])
		}
	}
	if m := regexp.MustCompile(`(?i)\son[a-z]+\s*=`).FindString(html); m != "" {
		t.Errorf("index.html has an event handler attribute: %q", m)
	}
	if strings.Contains(html, "style=") {
		t.Error("index.html has a style attribute (refused by the content security policy)")
	}
}

// TestScriptInsertsDataAsText holds the dashboard's safety rule: data is
// inserted with textContent / text nodes / setAttribute, never parsed as
// HTML or code, and links are set only by link() (page fragments) and
// outLink() (http and https only, through safeURL).
func TestScriptInsertsDataAsText(t *testing.T) {
	_, _, js := get(t, "/app.js")
	code := stripComments(js)
	for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
		"new Function", "setTimeout(\"", "setTimeout('", "createContextualFragment", "DOMParser", "srcdoc", "javascript:"} {
		if strings.Contains(code, bad) {
			t.Errorf("app.js uses %s", bad)
		}
	}
	hrefs := regexp.MustCompile(`\.href\s*=\s*([^;]+);`).FindAllStringSubmatch(code, -1)
	if len(hrefs) != 2 {
		t.Fatalf("app.js sets .href %d times, want 2 (link and outLink): %q", len(hrefs), hrefs)
	}
	for _, h := range hrefs {
		if rhs := strings.TrimSpace(h[1]); rhs != `"#" + hash.replace(/^#/, "")` && rhs != "ok" {
			t.Errorf("app.js sets .href = %s; only link() and outLink() may", rhs)
		}
	}
	if !strings.Contains(code, `u.protocol === "http:" || u.protocol === "https:"`) {
		t.Error("safeURL no longer limits links to http and https")
	}
	if regexp.MustCompile(`setAttribute\(\s*["'](on|href|src|style)`).MatchString(code) {
		t.Error("app.js sets an event handler, href, src or style attribute directly")
	}
	if !strings.Contains(code, `if (/^on/i.test(k) || k === "href" || k === "src") throw`) {
		t.Error("el() no longer refuses event handler, href and src attributes")
	}
}

// stripComments drops // line comments (not inside strings, roughly: a
// comment starts a line or follows a space) and /* */ blocks.
func stripComments(js string) string {
	js = regexp.MustCompile(`(?s)/\*.*?\*/`).ReplaceAllString(js, "")
	return regexp.MustCompile(`(?m)(^|\s)//.*$`).ReplaceAllString(js, "$1")
}

// TestWorldMap checks the committed outlines that worldgen made.
func TestWorldMap(t *testing.T) {
	code, ctype, body := get(t, "/world.json")
	var m struct {
		Width, Height int
		Countries     []struct{ ID, Name, D string }
	}
	if err := json.Unmarshal([]byte(body), &m); code != 200 || !strings.Contains(ctype, "json") || err != nil {
		t.Fatalf("GET /world.json = %d %q, %v", code, ctype, err)
	}
	if m.Width != 900 || m.Height != 450 || len(m.Countries) < 150 {
		t.Fatalf("world.json: %dx%d with %d countries, want 900x450 with at least 150", m.Width, m.Height, len(m.Countries))
	}
	valid := regexp.MustCompile(`^(?:[MLZ][0-9.,]*)+$`)
	for _, c := range m.Countries {
		if c.Name == "" || !valid.MatchString(c.D) {
			t.Errorf("world.json country %q has a bad path or no name", c.ID)
		}
	}
}
