package ingest

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "batch.jsonl", []byte(strings.Join([]string{
		`{"id":"a1","text":"KABUL: First report.","title":"One","published":"2024-11-20","source":"Wire","url":"https://example.org/1"}`,
		``,
		`{"text": "Second report."`,
		`   `,
		`["not", "an", "object"]`,
		`{"text":"Third report.","published":"last Tuesday"}`,
		`{"text":"Fourth report.","published":null,"title":null}`,
	}, "\n")))
	items := readAll(t, Options{Published: "2025-01-01"}, p)
	var got []string
	for _, it := range items {
		if it.Err != nil {
			got = append(got, "ERR "+it.Err.Error())
		} else {
			got = append(got, fmt.Sprintf("%s %s %s %s", it.Doc.Input, it.Doc.ID, it.Doc.Published, it.Doc.PublishedFrom))
		}
	}
	want := []string{
		p + ":1 a1 2024-11-20 metadata",
		"ERR " + p + ":3: invalid JSON: unexpected EOF",
		"ERR " + p + ":5: want a JSON object, not a JSON array",
		p + ":6 " + ContentID("Third report.") + " 2025-01-01 flag",
		p + ":7 " + ContentID("Fourth report.") + " 2025-01-01 flag",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("JSONL items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d := items[0].Doc; d.Title != "One" || d.Source != "Wire" || d.URL != "https://example.org/1" || d.Dateline == nil {
		t.Errorf("first doc metadata: %+v", d)
	}
	if n := items[3].Doc.Notes; len(n) != 1 || !strings.Contains(n[0].Message, `"last Tuesday"`) {
		t.Errorf("unreadable published: notes %+v", n)
	}
}

func TestJSONArrayAndObject(t *testing.T) {
	dir := t.TempDir()
	items := readAll(t, Options{}, writeFile(t, dir, "arr.json", []byte(`[{"text":"One."},{"title":"no text"},{"text":"Three."}]`)))
	if len(items) != 3 || items[0].Err != nil || items[1].Err == nil || items[2].Err != nil {
		t.Fatalf("array items: %+v", items)
	}
	if !strings.Contains(items[1].Err.Error(), "arr.json#2: no \"text\" field") {
		t.Errorf("array error = %v", items[1].Err)
	}
	d := oneDoc(t, Options{}, writeFile(t, dir, "one.json", []byte(`{"id":"x","text":"Line one.\r\nLine two.\u0000"}`)))
	if d.ID != "x" || d.Text != "Line one.\nLine two. " || len(d.Notes) != 1 {
		t.Errorf("object: id %q text %q notes %+v", d.ID, d.Text, d.Notes)
	}
}

const jsonLDPage = `<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Ignored title - Site</title>
<meta property="og:title" content="OG title">
<meta property="og:site_name" content="The Frontier Post">
<meta property="og:url" content="https://frontier.example/og">
<link rel="canonical" href="https://frontier.example/canonical">
<meta name="author" content="Meta Author">
<meta property="article:published_time" content="2024-11-21T08:00:00Z">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
 {"@type":["NewsArticle"],"headline":"JSON-LD headline","datePublished":"2024-11-22T09:15:00+05:00",
  "author":[{"@type":"Person","name":"Sana Malik"},{"@type":"Person","name":"Ahmed Raza"}],
  "publisher":{"@type":"Organization","name":"Frontier Post Group"}}]}
</script>
<script>var x = "<p>not text</p>";</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>JSON-LD headline</h1>
<p>PESHAWAR: Security forces said on Thursday they had killed four militants in an overnight raid in the Khyber district, near the border with Afghanistan.</p>
<p>A spokesman said two soldiers were wounded in the exchange of fire and that weapons and explosives had been recovered from a compound.</p>
<p>There was no immediate claim of responsibility for an attack on a checkpoint in the area last week.</p>
</article>
<footer>Copyright the Frontier Post. All rights reserved.</footer>
</body></html>`

func TestHTMLMetadata(t *testing.T) {
	d := oneDoc(t, Options{}, writeFile(t, t.TempDir(), "page.html", []byte(jsonLDPage)))
	checks := []struct{ field, got, want string }{
		{"title", string(d.Title), "JSON-LD headline"},
		{"published", string(d.Published), "2024-11-22T09:15:00+05:00"},
		{"from", d.PublishedFrom, "metadata"},
		{"source", string(d.Source), "The Frontier Post"},
		{"url", string(d.URL), "https://frontier.example/canonical"},
		{"byline", string(d.Byline), "Sana Malik, Ahmed Raza"},
		{"language", d.Language, "en"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if !strings.HasPrefix(d.Text, "JSON-LD headline\n\nPESHAWAR: Security forces") {
		t.Errorf("text starts %q", clip(d.Text, 80))
	}
	for _, junk := range []string{"Home", "not text", "color", "Copyright", "<"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("text contains boilerplate %q:\n%s", junk, d.Text)
		}
	}
	if d.Dateline == nil || d.Dateline.Text != "PESHAWAR" {
		t.Errorf("dateline = %+v", d.Dateline)
	}
}

func TestHTMLFallbacks(t *testing.T) {
	dir := t.TempDir()
	// A page whose body is filled by scripts: the text comes from JSON-LD.
	spa := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Rebels seize town",
"articleBody":"GOMA: Rebels seized the town on Sunday, residents said.","datePublished":"2025-01-26"}</script></head>
<body><div id="app"></div><script>render()</script></body></html>`
	d := oneDoc(t, Options{}, writeFile(t, dir, "spa.html", []byte(spa)))
	if d.Text != "Rebels seize town\n\nGOMA: Rebels seized the town on Sunday, residents said." || d.Published != "2025-01-26" {
		t.Errorf("JSON-LD body: text %q published %q", d.Text, d.Published)
	}
	if len(d.Notes) != 1 || !strings.Contains(d.Notes[0].Message, "articleBody") {
		t.Errorf("notes = %+v", d.Notes)
	}
	// A <time datetime> gives the date when no meta does.
	tm := `<html><body><article><h1>Envoy recalled</h1><time itemprop="datePublished" datetime="2025-02-03T10:00:00Z">3 Feb</time>
<p>RABAT: The foreign ministry recalled its ambassador for consultations on Monday, state media said.</p></article></body></html>`
	d = oneDoc(t, Options{}, writeFile(t, dir, "time.html", []byte(tm)))
	if d.Published != "2025-02-03T10:00:00Z" || d.PublishedFrom != "metadata" {
		t.Errorf("<time>: published %q from %q", d.Published, d.PublishedFrom)
	}
}

func TestHTMLCharset(t *testing.T) {
	b := []byte("<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 talks</title></head><body><p>Delegates met at the caf\xe9 \x96 again.</p></body></html>")
	d := oneDoc(t, Options{}, writeFile(t, t.TempDir(), "cp1252.html", b))
	if d.Title != "Café talks" || !strings.Contains(d.Text, "café – again") || len(d.Notes) != 0 {
		t.Errorf("windows-1252 page: title %q text %q notes %+v", d.Title, d.Text, d.Notes)
	}
}

func TestHTMLDeepNesting(t *testing.T) {
	const n = 100000
	var b strings.Builder
	b.WriteString("<html><body>")
	for range n {
		b.WriteString("<div>")
	}
	b.WriteString("KABUL: The text at the bottom of a very deep page.")
	for range n {
		b.WriteString("</div>")
	}
	b.WriteString("</body></html>")
	start := time.Now()
	d := oneDoc(t, Options{}, writeFile(t, t.TempDir(), "deep.html", []byte(b.String())))
	if !strings.Contains(d.Text, "The text at the bottom") || d.Dateline == nil {
		t.Errorf("deep page text %q", clip(d.Text, 100))
	}
	if len(d.Notes) != 1 || !strings.Contains(d.Notes[0].Message, "using all visible text") {
		t.Errorf("notes = %+v, want one saying the whole page was used", d.Notes)
	}
	if el := time.Since(start); el > 10*time.Second {
		t.Errorf("deep page took %v", el)
	}
}

func TestHTMLManyElements(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body>")
	for i := range maxReadabilityElems + 10 {
		fmt.Fprintf(&b, "<span>w%d</span>", i)
	}
	b.WriteString("</body></html>")
	start := time.Now()
	d := oneDoc(t, Options{}, writeFile(t, t.TempDir(), "wide.html", []byte(b.String())))
	if !strings.Contains(d.Text, "w60009") || len(d.Notes) != 1 {
		t.Errorf("wide page: notes %+v", d.Notes)
	}
	if el := time.Since(start); el > 10*time.Second {
		t.Errorf("wide page took %v", el)
	}
}

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Border Monitor</title><link>https://monitor.example/</link>
<item><title>Crossing reopens at Torkham</title><link>https://monitor.example/torkham</link>
<pubDate>Fri, 22 Nov 2024 06:30:00 +0500</pubDate><dc:creator>Zara Qureshi</dc:creator>
<description>&lt;p&gt;TORKHAM: The border crossing &amp;amp; trade route reopened on Friday.&lt;/p&gt;</description></item>
<item><title>Talks &amp; trade</title><guid>https://monitor.example/talks</guid>
<content:encoded><![CDATA[<p>ISLAMABAD: Officials&nbsp;met <b>traders</b>.</p><script>alert(1)</script>]]></content:encoded>
<description>short</description></item>
<item><title></title><description></description></item>
</channel></rss>`

func TestRSS(t *testing.T) {
	p := writeFile(t, t.TempDir(), "feed.xml", []byte(rssFeed))
	items := readAll(t, Options{}, p)
	if len(items) != 3 {
		t.Fatalf("%d items, want 3", len(items))
	}
	d := items[0].Doc
	if d.Input != p+"#1" || d.Title != "Crossing reopens at Torkham" || d.URL != "https://monitor.example/torkham" ||
		d.Published != "2024-11-22T06:30:00+05:00" || d.Source != "Border Monitor" || d.Byline != "Zara Qureshi" {
		t.Errorf("item 1: %+v", d)
	}
	if d.Text != "Crossing reopens at Torkham\n\nTORKHAM: The border crossing & trade route reopened on Friday." {
		t.Errorf("item 1 text %q", d.Text)
	}
	d = items[1].Doc
	if d.Text != "Talks & trade\n\nISLAMABAD: Officials met traders." || d.URL != "https://monitor.example/talks" {
		t.Errorf("item 2 text %q url %q", d.Text, d.URL)
	}
	if items[2].Err == nil || !strings.Contains(items[2].Err.Error(), "#3: item has no title and no text") {
		t.Errorf("item 3 err = %v", items[2].Err)
	}
}

func TestAtomAndRDF(t *testing.T) {
	dir := t.TempDir()
	atom := `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title type="html">Envoy &lt;b&gt;named&lt;/b&gt;</title><link rel="alternate" href="https://desk.example/envoy"/>
<updated>2024-11-23T10:00:00Z</updated><published>2024-11-22T10:00:00Z</published>
<author><name>Ali Khan</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>NEW DELHI: A new envoy was named.</p></div></content></entry></feed>`
	d := oneDoc(t, Options{}, writeFile(t, dir, "a.atom", []byte(atom)))
	if d.Title != "Envoy named" || d.Published != "2024-11-22T10:00:00Z" || d.Byline != "Ali Khan" ||
		d.Source != "Desk" || d.URL != "https://desk.example/envoy" || d.Text != "Envoy named\n\nNEW DELHI: A new envoy was named." {
		t.Errorf("atom entry: %+v", d)
	}
	rdf := `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Old feed</title></channel>
<item><title>Item one</title><link>https://old.example/1</link><dc:date>2024-11-22</dc:date><description>Text one.</description></item></rdf:RDF>`
	d = oneDoc(t, Options{}, writeFile(t, dir, "r.rdf", []byte(rdf)))
	if d.Title != "Item one" || d.Published != "2024-11-22" || d.Source != "Old feed" {
		t.Errorf("rdf item: %+v", d)
	}
}

func TestFeedEntities(t *testing.T) {
	dir := t.TempDir()
	secret := writeFile(t, dir, "secret.txt", []byte("TOPSECRETVALUE"))
	laughs := `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY xxe SYSTEM "file://` + secret + `">
]>
<rss><channel><title>T</title><item><title>Laughs</title><description>&lol9; and &xxe;</description></item></channel></rss>`
	start := time.Now()
	d := oneDoc(t, Options{}, writeFile(t, dir, "laughs.rss", []byte(laughs)))
	if len(d.Text) > 100 || strings.Contains(d.Text, "TOPSECRET") || strings.Contains(d.Text, "lollol") {
		t.Errorf("entities expanded or file read: text %q", clip(d.Text, 200))
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("entity feed took %v", el)
	}
}

func TestFollow(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, jsonLDPage) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	feed := `<rss><channel><title>Mon</title>
<item><title>Raid in Khyber</title><link>` + srv.URL + `/a</link><description>Summary only.</description></item>
<item><title>Gone</title><link>` + srv.URL + `/missing</link><description>x</description></item>
<item><title>No link</title><description>Only a summary here.</description></item>
</channel></rss>`
	p := writeFile(t, t.TempDir(), "f.rss", []byte(feed))
	items := readAll(t, Options{Follow: true, AllowPrivate: true, Timeout: time.Second}, p)
	if len(items) != 3 {
		t.Fatalf("%d items", len(items))
	}
	if d := items[0].Doc; items[0].Err != nil || d.Title != "JSON-LD headline" || !strings.Contains(d.Text, "PESHAWAR: Security forces") {
		t.Errorf("followed item: err %v title %q", items[0].Err, d.Title)
	}
	if err := items[1].Err; err == nil || !strings.Contains(err.Error(), "#2: follow "+srv.URL+"/missing: HTTP status 404") {
		t.Errorf("missing link error = %v", err)
	}
	if d := items[2].Doc; items[2].Err != nil || d.Text != "No link\n\nOnly a summary here." || len(d.Notes) != 1 {
		t.Errorf("item without link: %+v", d)
	}
	// Without --follow the summary is analysed and nothing is fetched.
	items = readAll(t, Options{}, p)
	if d := items[0].Doc; d.Text != "Raid in Khyber\n\nSummary only." {
		t.Errorf("unfollowed item text %q", d.Text)
	}
}

func TestExampleFiles(t *testing.T) {
	paths, _ := filepath.Glob("../../examples/*")
	if len(paths) < 4 {
		t.Fatalf("found %d example files, want at least 4", len(paths))
	}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			continue
		}
		for _, it := range readAll(t, Options{}, p) {
			if it.Err != nil {
				t.Errorf("example %s: %v", p, it.Err)
				continue
			}
			if it.Doc.Title == "" || it.Doc.Published == "" || it.Doc.Source == "" {
				t.Errorf("example %s: title %q published %q source %q", it.Doc.Input, it.Doc.Title, it.Doc.Published, it.Doc.Source)
			}
		}
	}
}
