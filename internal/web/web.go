// Package web is sitrep's dashboard: a static page, a style sheet and one
// hand-written script, embedded in the binary and served by
// internal/server at /. It needs nothing from the network but the API of
// the same server: no CDN, no web fonts, no map tiles.
//
// In: nothing (the assets are compiled in). Out: an http.Handler serving
// them. The script (static/app.js) builds every element with
// document.createElement and inserts all data with textContent or
// attribute setters, never as HTML; web_test.go holds that rule, and
// internal/web/browser_test.go checks it in headless Chromium when one is
// installed.
//
// Views (chosen by the URL fragment): overview (event timeline by type,
// actor network, map of events over country outlines), events (a
// filterable table with paging), documents, and one document with its
// entities, times, events and quotes highlighted and each event's
// evidence and rule shown.
//
// static/world.json holds the country outlines (Natural Earth 1:110m via
// npm world-atlas), made by `go run ./internal/web/worldgen`; see there.
//
// Limits: the map is equirectangular at 1:110m, without zoom; the network
// is a circular layout of the 40 most active actors.
package web

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed static
var static embed.FS

// Handler serves the dashboard's files; / is static/index.html.
func Handler() http.Handler {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // broken invariant: the directory is embedded above
	}
	return http.FileServerFS(sub)
}
