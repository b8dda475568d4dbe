// Package server is sitrep's HTTP JSON API (shared/spec/api.md) over a
// store.Store, and the host of the dashboard.
//
// In: HTTP requests; a store.Store to read and write; an Analyzer (the
// pipeline) for submitted documents; a token that guards every write.
// Out: JSON answers in one envelope: lists {"data": [...], "next": CURSOR
// or null}, single objects {"data": {...}}, errors {"error": {"kind",
// "message"}}. Only this package picks HTTP statuses: handlers return
// values and typed errors, and one wrapper (api.go) writes them.
//
// Security: every response carries a content security policy without
// inline scripts and nosniff; request bodies are capped (Options.MaxBody);
// writes need "Authorization: Bearer TOKEN", compared in constant time,
// and are refused when no token is configured. NewHTTPServer sets read,
// write and idle timeouts.
//
// Limits: pagination cursors are offsets into the filtered, ordered
// result, so a page may repeat or skip an item when documents are stored
// between two requests. Actors, places, quotes and the document list come
// from a catalog built by reading every stored analysis; it is rebuilt
// when the store's counts change, which costs one pass over the store.
package server

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"sitrep/internal/doc"
	"sitrep/internal/store"
)

// Analyzer analyses one document; *pipeline.Pipeline is one.
type Analyzer interface {
	Analyze(ctx context.Context, d doc.Document) (*doc.Analysis, error)
}

// Options configures a Server. Store is required.
type Options struct {
	Store store.Store
	// Analyzer analyses submitted documents; nil refuses writes.
	Analyzer Analyzer
	// Token is the bearer token every write must carry; "" refuses
	// every write.
	Token string
	// MaxBody caps a request body in bytes; 0 means DefaultMaxBody.
	MaxBody int64
	// Dashboard, when set, is served at / (internal/web).
	Dashboard http.Handler
	// Logger receives one line per internal error; nil discards them.
	Logger *slog.Logger
}

// DefaultMaxBody is the request body limit when Options.MaxBody is 0.
const DefaultMaxBody = 4 << 20

// Server answers the API. It is safe for concurrent use.
type Server struct {
	opts Options
	log  *slog.Logger
	mux  *http.ServeMux

	mu  sync.Mutex // guards cat
	cat *catalog
	agg aggCache

	heavy chan struct{} // a token per pass over the whole store

	statsMu  sync.Mutex // guards statsVal, statsAt
	statsVal store.Stats
	statsAt  time.Time
}

// New returns a Server for opts.
func New(opts Options) *Server {
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	lg := opts.Logger
	if lg == nil {
		lg = slog.New(slog.DiscardHandler)
	}
	s := &Server{opts: opts, log: lg, mux: http.NewServeMux(), heavy: make(chan struct{}, 1)}
	s.routes()
	return s
}

func (s *Server) routes() {
	m := s.mux
	m.Handle("GET /api/events", s.api(s.listEvents))
	m.Handle("GET /api/events/{id}", s.api(s.getEvent))
	m.Handle("GET /api/documents", s.api(s.listDocuments))
	m.Handle("GET /api/documents/{id}", s.api(s.getDocument))
	m.Handle("POST /api/documents", s.api(s.postDocuments))
	m.Handle("GET /api/actors", s.api(s.listActors))
	m.Handle("GET /api/places", s.api(s.listPlaces))
	m.Handle("GET /api/quotes", s.api(s.listQuotes))
	m.Handle("GET /api/timeline", s.api(s.timeline))
	m.Handle("GET /api/network", s.api(s.network))
	m.Handle("GET /api/openapi.json", http.HandlerFunc(serveOpenAPI))
	m.Handle("/api/", s.api(func(r *http.Request) (any, error) {
		return nil, errorf(KindNotFound, "no API endpoint %s %s (see /api/openapi.json)", r.Method, r.URL.Path)
	}))
	m.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})
	if d := s.opts.Dashboard; d != nil {
		m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			if r.Method != http.MethodGet && r.Method != http.MethodHead {
				w.Header().Set("Allow", "GET, HEAD")
				http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
				return
			}
			d.ServeHTTP(w, r)
		})
	}
}

// ServeHTTP answers one request, with the security headers on every
// response.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	s.mux.ServeHTTP(w, r)
}

// ContentSecurityPolicy is sent with every response: only the server's
// own scripts, styles and data; no inline script, no plugins, no framing.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// NewHTTPServer returns an http.Server for h on addr with timeouts that
// bound slow clients.
func NewHTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      120 * time.Second, // a POST analyses its documents before answering
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}
