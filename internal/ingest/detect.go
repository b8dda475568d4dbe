package ingest

import (
	"bytes"
	"encoding/json"
	"mime"
	"path/filepath"
	"strings"
)

// detectFormat names the format of an input: from a server's
// Content-Type, then the name's extension, then the content itself.
func detectFormat(name, contentType string, b []byte) string {
	contentType, _, _ = mime.ParseMediaType(contentType)
	contentType = strings.ToLower(contentType)
	switch {
	case contentType == "text/html" || contentType == "application/xhtml+xml":
		return "html"
	case contentType == "application/rss+xml" || contentType == "application/atom+xml" ||
		contentType == "application/rdf+xml":
		return "feed"
	case contentType == "application/x-ndjson" || contentType == "application/jsonl" ||
		contentType == "application/x-jsonlines":
		return "jsonl"
	case contentType == "application/json":
		return sniffJSON(b)
	case contentType == "text/plain":
		return "text"
	}
	if !isURL(name) {
		switch strings.ToLower(filepath.Ext(name)) {
		case ".txt", ".text", ".md":
			return "text"
		case ".html", ".htm", ".xhtml":
			return "html"
		case ".json":
			return sniffJSON(b)
		case ".jsonl", ".ndjson":
			return "jsonl"
		case ".rss", ".atom":
			return "feed"
		case ".xml":
			if f := sniffFormat(b); f == "html" {
				return f
			}
			return "feed" // the only XML sitrep reads; others get a clear error
		}
	}
	return sniffFormat(b)
}

// sniffFormat guesses a format from the first bytes of b.
func sniffFormat(b []byte) string {
	head := b
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 {
		return "text"
	}
	switch head[0] {
	case '{', '[':
		return sniffJSON(b)
	case '<':
		low := bytes.ToLower(head)
		for _, tag := range []string{"<rss", "<feed", "<rdf:rdf"} {
			if bytes.Contains(low, []byte(tag)) {
				return "feed"
			}
		}
		for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p ", "<div", "<meta", "<title"} {
			if bytes.Contains(low, []byte(tag)) {
				return "html"
			}
		}
	}
	return "text"
}

// sniffJSON tells a JSON document (or array of them) from JSONL: several
// values, one a line, are JSONL; text that is not JSON at all is text.
func sniffJSON(b []byte) string {
	if json.Valid(b) {
		return "json"
	}
	first := b
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		first = b[:i]
	}
	first = bytes.TrimSpace(bytes.TrimPrefix(first, []byte("\xEF\xBB\xBF")))
	if len(first) > 0 && first[0] == '{' && json.Valid(first) {
		return "jsonl"
	}
	if bytes.HasPrefix(bytes.TrimSpace(b), []byte("{")) || bytes.HasPrefix(bytes.TrimSpace(b), []byte("[")) {
		// Broken JSON: read as JSON so that the error says why.
		return "json"
	}
	return "text"
}
