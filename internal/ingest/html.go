package ingest

// An HTML page is read in two passes. A streaming scan (html.Tokenizer,
// no tree, so no depth limit) collects the metadata: <title>, <meta>
// (Open Graph, article:*, Dublin Core, author), <link rel=canonical>, the
// page language and JSON-LD NewsArticle objects. Then the page is parsed
// into a tree and go-readability (a port of Mozilla's Readability) picks
// the main article and drops navigation, ads and comments. When the tree
// cannot be built (x/net/html refuses nesting deeper than 512 elements)
// or readability finds nothing or fails, the text is the page's visible
// text from the streaming scan instead, with a diagnostic saying so.
//
// Document.Text is the headline, a blank line, then the article text, so
// that the headline is sentence 0 as it is for plain text.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"sitrep/internal/doc"
)

// maxReadabilityElems is the element count above which readability
// (whose scoring is quadratic in places) is skipped for the plain scan.
const maxReadabilityElems = 60000

// pageMeta is the metadata of a page, each field from the best source
// that had it.
type pageMeta struct {
	title, published, source, url, byline, lang string
	htmlTitle                                   string // <title>, when no better title
	articleBody                                 string // JSON-LD articleBody, when given
	publishedRaw                                string // unparseable date, for a diagnostic
}

// readHTML reads an HTML page as one document.
func (r *Reader) readHTML(name string, b []byte, contentType string, send sender) {
	d, err := r.htmlDocument(name, b, contentType)
	if err != nil {
		send(Item{Err: fmt.Errorf("%s: %w", name, err)})
		return
	}
	send(Item{Doc: r.finish(d)})
}

// htmlDocument turns page b into a document without finishing it.
// contentType is the server's Content-Type header value, if any.
func (r *Reader) htmlDocument(name string, b []byte, contentType string) (doc.Document, error) {
	b = toUTF8(b, contentType)
	if looksBinary(b) {
		return doc.Document{}, errBinary
	}
	meta, visible := scanHTML(b)
	var notes []doc.Diagnostic
	body, title, byline, why := articleText(b)
	if why != "" {
		if strings.TrimSpace(meta.articleBody) != "" {
			why = strings.Replace(why, "using all visible text", "using the JSON-LD articleBody", 1)
			body = meta.articleBody
		} else {
			body = visible
		}
		notes = append(notes, doc.Diagnostic{Stage: stage, Message: why})
	}
	if meta.title == "" {
		if t := siteless(meta.htmlTitle, meta.source); t != meta.htmlTitle && meta.source != "" {
			meta.title = t
		} else {
			meta.title = first(title, meta.htmlTitle)
		}
	}
	if meta.byline == "" {
		meta.byline = oneLine(byline)
	}
	body = tidyText(body)
	text := body
	if meta.title != "" && !strings.HasPrefix(strings.TrimSpace(body), meta.title) {
		text = meta.title + "\n\n" + body
	}
	text, more, err := normalizeText(text)
	if err != nil {
		return doc.Document{}, err
	}
	notes = append(notes, more...)
	d := doc.Document{Input: name, Text: text, Notes: notes,
		Title: doc.Str(meta.title), Source: doc.Str(meta.source), URL: doc.Str(meta.url),
		Byline: doc.Str(meta.byline), Language: meta.lang}
	if meta.published != "" {
		d.Published, d.PublishedFrom = doc.Str(meta.published), doc.FromMetadata
	} else if meta.publishedRaw != "" {
		d.Notes = append(d.Notes, doc.Diagnostic{Stage: stage,
			Message: fmt.Sprintf("page publication date %q is not a date sitrep understands; ignored", clip(meta.publishedRaw, 40))})
	}
	return d, nil
}

// siteless removes the site name from a <title> like "Headline | Site".
func siteless(title, site string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			if site == "" || strings.EqualFold(strings.TrimSpace(title[i+len(sep):]), site) {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}

// toUTF8 converts b to UTF-8 when its BOM, Content-Type or <meta charset>
// names another encoding.
func toUTF8(b []byte, contentType string) []byte {
	enc, encName, _ := charset.DetermineEncoding(b, contentType)
	if encName == "utf-8" || enc == nil {
		return b
	}
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(b)))
	if err != nil {
		return b
	}
	return out
}

// articleText extracts the main article with readability. why, when not
// empty, says why it could not and the caller should use the whole page.
func articleText(b []byte) (text, title, byline, why string) {
	defer func() {
		if p := recover(); p != nil {
			text, why = "", fmt.Sprintf("article extraction failed (%v); using all visible text", p)
		}
	}()
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return "", "", "", fmt.Sprintf("page cannot be parsed as a tree (%v); using all visible text", err)
	}
	if n := countElements(root, maxReadabilityElems+1); n > maxReadabilityElems {
		return "", "", "", fmt.Sprintf("page has more than %d elements; article extraction skipped, using all visible text", maxReadabilityElems)
	}
	p := readability.NewParser()
	p.CharThresholds = 200
	art, err := p.ParseAndMutate(root, nil)
	if err != nil {
		return "", "", "", fmt.Sprintf("article extraction failed (%v); using all visible text", err)
	}
	if art.Node == nil {
		return "", "", "", "no article found in the page; using all visible text"
	}
	text = render.InnerText(art.Node)
	if strings.TrimSpace(text) == "" {
		return "", "", "", "no article text found in the page; using all visible text"
	}
	return text, art.Title(), art.Byline(), ""
}

// countElements counts the element nodes under n, stopping at limit.
func countElements(n *html.Node, limit int) int {
	count := 0
	stack := []*html.Node{n}
	for len(stack) > 0 && count < limit {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			count++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	return count
}

var (
	spaceRunRE = regexp.MustCompile(`[ \t\x{00A0}]+`)
	blankRunRE = regexp.MustCompile(`\n[ \t]*\n(?:[ \t]*\n)+`)
)

// tidyText collapses runs of spaces and of blank lines in extracted text.
func tidyText(s string) string {
	s = spaceRunRE.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, " \n", "\n")
	s = strings.ReplaceAll(s, "\n ", "\n")
	s = blankRunRE.ReplaceAllString(s, "\n\n")
	return strings.TrimSpace(s)
}

// Limits on what the streaming scan keeps.
const (
	maxJSONLD     = 1 << 20 // bytes of one JSON-LD script
	maxMetaValue  = 2048    // bytes of one meta value
	maxSkipDepth  = 1 << 20 // nesting of skipped elements tracked
	maxVisibleOut = 64 << 20
)

// blockTags end a line of visible text.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "tr": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true, "section": true,
	"article": true, "header": true, "footer": true, "table": true, "ul": true, "ol": true,
	"dl": true, "dt": true, "dd": true, "pre": true, "hr": true, "figure": true, "figcaption": true,
	"main": true, "aside": true, "nav": true, "address": true, "title": true,
}

// hiddenTags hold no visible text.
var hiddenTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"svg": true, "math": true, "iframe": true, "object": true, "canvas": true, "select": true,
	"nav": true, "button": true,
}

// scanHTML reads page b once with the tokenizer and returns its metadata
// and its visible text (paragraphs separated by blank lines).
func scanHTML(b []byte) (pageMeta, string) {
	z := html.NewTokenizer(bytes.NewReader(b))
	metas := map[string]string{} // lower-case name/property → first content
	var (
		m         pageMeta
		htmlTitle strings.Builder
		canonical string
		ldScripts []string
		vis       strings.Builder
		hidden    int // depth inside hidden elements
		inTitle   bool
		inLD      bool
		ld        strings.Builder
	)
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			tn, hasAttr := z.TagName()
			tag := string(tn)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if len(v) > maxMetaValue {
					v = v[:maxMetaValue]
				}
				attrs[string(k)] = string(v)
			}
			switch tag {
			case "html":
				if l := attrs["lang"]; l != "" && m.lang == "" {
					m.lang = strings.ToLower(strings.SplitN(strings.SplitN(l, "-", 2)[0], "_", 2)[0])
				}
			case "meta":
				key := strings.ToLower(strings.TrimSpace(attrs["property"]))
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(attrs["name"]))
				}
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(attrs["itemprop"]))
				}
				if c := strings.TrimSpace(attrs["content"]); key != "" && c != "" {
					if _, ok := metas[key]; !ok {
						metas[key] = c
					}
				}
			case "time":
				// <time itemprop="datePublished" datetime="…"> or <time pubdate>.
				_, pub := attrs["pubdate"]
				if dt := strings.TrimSpace(attrs["datetime"]); dt != "" &&
					(pub || strings.EqualFold(attrs["itemprop"], "datePublished")) {
					if _, ok := metas["time:published"]; !ok {
						metas["time:published"] = dt
					}
				}
			case "link":
				if strings.EqualFold(strings.TrimSpace(attrs["rel"]), "canonical") && canonical == "" {
					canonical = strings.TrimSpace(attrs["href"])
				}
			case "title":
				if tt == html.StartTagToken && htmlTitle.Len() == 0 {
					inTitle = true
				}
			case "script":
				if strings.EqualFold(strings.TrimSpace(attrs["type"]), "application/ld+json") && tt == html.StartTagToken {
					inLD = true
					ld.Reset()
				}
			}
			if hiddenTags[tag] && tt == html.StartTagToken && hidden < maxSkipDepth {
				hidden++
			}
			if blockTags[tag] {
				vis.WriteString("\n\n")
			}
		case html.EndTagToken:
			tn, _ := z.TagName()
			tag := string(tn)
			switch tag {
			case "title":
				inTitle = false
			case "script":
				if inLD {
					ldScripts = append(ldScripts, ld.String())
					inLD = false
				}
			}
			if hiddenTags[tag] && hidden > 0 {
				hidden--
			}
			if blockTags[tag] {
				vis.WriteString("\n\n")
			}
		case html.TextToken:
			t := z.Text()
			switch {
			case inLD:
				if ld.Len()+len(t) <= maxJSONLD {
					ld.Write(t)
				}
			case inTitle:
				if htmlTitle.Len() < maxMetaValue {
					htmlTitle.Write(t)
				}
			case hidden == 0 && vis.Len() < maxVisibleOut:
				vis.Write(t)
			}
		}
	}
	ldm := jsonLDMeta(ldScripts)
	m.title = first(ldm.title, metas["og:title"], metas["twitter:title"], metas["dc.title"])
	m.htmlTitle = oneLine(htmlTitle.String())
	m.source = first(metas["og:site_name"], ldm.source, metas["application-name"], metas["dc.publisher"])
	m.url = first(canonical, metas["og:url"], ldm.url)
	if !isURL(m.url) {
		m.url = ""
	}
	m.articleBody = ldm.body
	m.byline = first(ldm.byline, metas["author"], metas["article:author"], metas["dc.creator"], metas["byl"])
	if strings.HasPrefix(strings.ToLower(m.byline), "by ") {
		m.byline = strings.TrimSpace(m.byline[3:])
	}
	if isURL(m.byline) {
		m.byline = "" // article:author is often a profile URL
	}
	for _, raw := range []string{ldm.published, metas["article:published_time"], metas["og:published_time"],
		metas["datepublished"], metas["pubdate"], metas["publishdate"], metas["publish-date"],
		metas["parsely-pub-date"], metas["sailthru.date"], metas["dc.date.issued"], metas["dc.date"],
		metas["dcterms.date"], metas["date"], metas["time:published"]} {
		if raw == "" {
			continue
		}
		if v, ok := normalizeDate(raw); ok {
			m.published = v
			break
		}
		if m.publishedRaw == "" {
			m.publishedRaw = raw
		}
	}
	if m.published != "" {
		m.publishedRaw = ""
	}
	return m, vis.String()
}

// ldMeta is what JSON-LD says about the article.
type ldMeta struct{ title, published, source, url, byline, body string }

// jsonLDMeta reads the first article object in the JSON-LD scripts.
func jsonLDMeta(scripts []string) ldMeta {
	for _, s := range scripts {
		s = strings.TrimSpace(s)
		s = strings.TrimPrefix(s, "<![CDATA[")
		s = strings.TrimSuffix(s, "]]>")
		var v any
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			continue
		}
		if obj := findArticle(v, 0); obj != nil {
			var m ldMeta
			m.title = first(str(obj["headline"]), str(obj["name"]))
			m.published = first(str(obj["datePublished"]), str(obj["dateCreated"]))
			m.source = nameOf(obj["publisher"])
			m.url = first(str(obj["url"]), idOf(obj["mainEntityOfPage"]))
			m.byline = namesOf(obj["author"])
			m.body = str(obj["articleBody"])
			return m
		}
	}
	return ldMeta{}
}

// findArticle finds the first object whose @type is an article type,
// looking through arrays and @graph.
func findArticle(v any, depth int) map[string]any {
	if depth > 8 {
		return nil
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if o := findArticle(e, depth+1); o != nil {
				return o
			}
		}
	case map[string]any:
		if isArticleType(x["@type"]) {
			return x
		}
		if g, ok := x["@graph"]; ok {
			return findArticle(g, depth+1)
		}
	}
	return nil
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "LiveBlogPosting" || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func first(vals ...string) string {
	for _, v := range vals {
		if v = oneLine(v); v != "" {
			return v
		}
	}
	return ""
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

// nameOf reads a schema.org Thing given as a string or {"name": …}.
func nameOf(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return str(x["name"])
	case []any:
		if len(x) > 0 {
			return nameOf(x[0])
		}
	}
	return ""
}

func idOf(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return str(x["@id"])
	}
	return ""
}

// namesOf joins the names of one or several authors.
func namesOf(v any) string {
	if a, ok := v.([]any); ok {
		var names []string
		for _, e := range a {
			if n := oneLine(nameOf(e)); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return nameOf(v)
}
