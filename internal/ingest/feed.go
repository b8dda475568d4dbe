package ingest

// RSS 2.0, RSS 1.0 (RDF) and Atom feeds are read with encoding/xml, which
// never expands entities declared in a DOCTYPE and never reads external
// entities: a "billion laughs" feed or one that points an entity at a
// local file yields its items with the entity reference left as written.
// The decoder is lenient (Strict off, HTML entities known) because real
// feeds are often sloppy. Each item becomes one document: its headline, a
// blank line, then its content or summary with HTML stripped.

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"

	"sitrep/internal/doc"
)

const (
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
)

// xmlFeed covers the three feed shapes: <rss><channel><item>,
// <rdf:RDF><channel/><item>, and <feed><entry>.
type xmlFeed struct {
	XMLName xml.Name
	Channel *struct {
		Title string    `xml:"title"`
		Items []rssItem `xml:"item"`
	} `xml:"channel"`
	Items   []rssItem   `xml:"item"`
	Title   string      `xml:"title"`
	Entries []atomEntry `xml:"entry"`
}

type rssItem struct {
	Title       string `xml:"title"`
	Link        string `xml:"link"`
	GUID        string `xml:"guid"`
	PubDate     string `xml:"pubDate"`
	DCDate      string `xml:"http://purl.org/dc/elements/1.1/ date"`
	Description string `xml:"description"`
	Content     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	Creator     string `xml:"http://purl.org/dc/elements/1.1/ creator"`
	Author      string `xml:"author"`
	Source      string `xml:"source"`
}

type atomEntry struct {
	Title     atomText     `xml:"title"`
	Links     []atomLink   `xml:"link"`
	Published string       `xml:"published"`
	Updated   string       `xml:"updated"`
	Summary   atomText     `xml:"summary"`
	Content   atomText     `xml:"content"`
	Authors   []atomPerson `xml:"author"`
	Source    *struct {
		Title string `xml:"title"`
	} `xml:"source"`
}

type atomText struct {
	Type  string `xml:"type,attr"`
	Body  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

// text returns the plain text of an Atom text construct.
func (t atomText) text() string {
	switch strings.ToLower(t.Type) {
	case "xhtml":
		return htmlToText(t.Inner)
	case "html", "text/html":
		return htmlToText(t.Body)
	}
	return t.Body
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

// feedItem is one item of any feed shape.
type feedItem struct {
	title, link, published, body, byline, source string
}

// readFeed reads every item of a feed as a document.
func (r *Reader) readFeed(ctx context.Context, name string, b []byte, send sender) {
	items, err := parseFeed(b)
	if err != nil {
		send(Item{Err: fmt.Errorf("%s: %w", name, err)})
		return
	}
	for i, it := range items {
		if ctx.Err() != nil {
			return
		}
		in := fmt.Sprintf("%s#%d", name, i+1)
		var d doc.Document
		var err error
		if r.opts.Follow && it.link != "" {
			d, err = r.followItem(ctx, in, it)
		} else {
			d, err = feedDocument(in, it)
			if err == nil && r.opts.Follow {
				d.Notes = append(d.Notes, doc.Diagnostic{Stage: stage, Message: "feed item has no link to follow; its summary is analysed"})
			}
		}
		if err != nil {
			if !send(Item{Err: fmt.Errorf("%s: %w", in, err)}) {
				return
			}
			continue
		}
		if !send(Item{Doc: r.finish(d)}) {
			return
		}
	}
}

// parseFeed decodes a feed into its items.
func parseFeed(b []byte) ([]feedItem, error) {
	if looksBinary(b) {
		return nil, errBinary
	}
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = charset.NewReaderLabel
	var f xmlFeed
	if err := dec.Decode(&f); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errEmpty
		}
		return nil, fmt.Errorf("invalid feed: %w", err)
	}
	var items []feedItem
	switch strings.ToLower(f.XMLName.Local) {
	case "rss", "rdf":
		var rss []rssItem
		feedTitle := ""
		if f.Channel != nil {
			rss = f.Channel.Items
			feedTitle = f.Channel.Title
		}
		rss = append(rss, f.Items...)
		for _, it := range rss {
			fi := feedItem{
				title:     oneLine(htmlToText(it.Title)),
				link:      strings.TrimSpace(it.Link),
				published: first(it.PubDate, it.DCDate),
				body:      htmlToText(first(it.Content, it.Description)),
				byline:    first(it.Creator, it.Author),
				source:    first(it.Source, feedTitle),
			}
			if fi.link == "" && isURL(strings.TrimSpace(it.GUID)) {
				fi.link = strings.TrimSpace(it.GUID)
			}
			if c := strings.TrimSpace(it.Content); c != "" {
				fi.body = htmlToText(c)
			}
			items = append(items, fi)
		}
	case "feed":
		for _, e := range f.Entries {
			fi := feedItem{
				title:     oneLine(e.Title.text()),
				published: first(e.Published, e.Updated),
				body:      strings.TrimSpace(e.Content.text()),
				source:    oneLine(f.Title),
			}
			if fi.body == "" {
				fi.body = strings.TrimSpace(e.Summary.text())
			}
			for _, l := range e.Links {
				if l.Rel == "" || l.Rel == "alternate" {
					fi.link = strings.TrimSpace(l.Href)
					break
				}
			}
			var names []string
			for _, a := range e.Authors {
				if n := oneLine(a.Name); n != "" {
					names = append(names, n)
				}
			}
			fi.byline = strings.Join(names, ", ")
			if e.Source != nil && oneLine(e.Source.Title) != "" {
				fi.source = oneLine(e.Source.Title)
			}
			items = append(items, fi)
		}
	default:
		return nil, fmt.Errorf("not an RSS or Atom feed (root element <%s>)", f.XMLName.Local)
	}
	if len(items) == 0 {
		return nil, errors.New("feed has no items")
	}
	return items, nil
}

// feedDocument makes the document of an item from the feed alone.
func feedDocument(in string, it feedItem) (doc.Document, error) {
	text := it.body
	if it.title != "" && !strings.HasPrefix(text, it.title) {
		text = strings.TrimSpace(it.title + "\n\n" + text)
	}
	text, notes, err := normalizeText(text)
	if err != nil {
		return doc.Document{}, errors.New("item has no title and no text")
	}
	d := doc.Document{Input: in, Text: text, Notes: notes,
		Title: doc.Str(it.title), Source: doc.Str(oneLine(it.source)), Byline: doc.Str(oneLine(it.byline))}
	if isURL(it.link) {
		d.URL = doc.Str(it.link)
	}
	setPublished(&d, it.published)
	return d, nil
}

// followItem fetches the article an item links to and reads it, filling
// what the page lacks from the item.
func (r *Reader) followItem(ctx context.Context, in string, it feedItem) (doc.Document, error) {
	if !isURL(it.link) {
		return doc.Document{}, fmt.Errorf("follow %q: not an http(s) link", clip(it.link, 80))
	}
	f, err := r.fetch.fetch(ctx, it.link)
	if err != nil {
		return doc.Document{}, fmt.Errorf("follow %s: %w", it.link, err)
	}
	d, err := r.htmlDocument(in, f.body, f.contentType)
	if err != nil {
		return doc.Document{}, fmt.Errorf("follow %s: %w", it.link, err)
	}
	if d.Title == "" {
		d.Title = doc.Str(it.title)
	}
	if d.Source == "" {
		d.Source = doc.Str(oneLine(it.source))
	}
	if d.Byline == "" {
		d.Byline = doc.Str(oneLine(it.byline))
	}
	if d.URL == "" {
		d.URL = doc.Str(f.finalURL)
	}
	if d.Published == "" {
		setPublished(&d, it.published)
	}
	return d, nil
}

// setPublished sets d's publication date from metadata value raw, or
// notes that it could not be read.
func setPublished(d *doc.Document, raw string) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return
	}
	if v, ok := normalizeDate(raw); ok {
		d.Published, d.PublishedFrom = doc.Str(v), doc.FromMetadata
		return
	}
	d.Notes = append(d.Notes, doc.Diagnostic{Stage: stage,
		Message: fmt.Sprintf("publication date %q is not a date sitrep understands; ignored", clip(raw, 40))})
}

// htmlToText returns the visible text of an HTML fragment.
func htmlToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	_, vis := scanHTML([]byte(s))
	return tidyText(vis)
}
