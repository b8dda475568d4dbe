package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
	"sitrep/internal/server"
	"sitrep/internal/store"
	"sitrep/internal/web"
)

// runServe serves the JSON API of shared/spec/api.md and the dashboard
// over a store. With --demo it first fills a fresh SQLite store in a
// temporary directory from the bundled example articles.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("serve", "", stderr)
	db := fs.String("db", defaultDB, "store: a SQLite file `PATH` or a postgres:// URL")
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (loopback by default)")
	tokenFile := fs.String("token-file", "", "`FILE` holding the bearer token writes need (else $SITREP_TOKEN; with neither, writes are refused)")
	demo := fs.Bool("demo", false, "fill a fresh store in a temporary directory from the example articles and serve it")
	examples := fs.String("examples", "examples", "directory `DIR` of example articles for --demo")
	maxBody := fs.Int64("max-body", server.DefaultMaxBody, "largest request body in `BYTES`")
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() > 0 {
		errorf(stderr, "serve: unexpected argument %q", fs.Arg(0))
		return exitUsage
	}
	if *maxBody < 1 {
		errorf(stderr, "serve: --max-body must be positive")
		return exitUsage
	}
	token, err := readToken(*tokenFile)
	if err != nil {
		errorf(stderr, "serve: %v", err)
		return exitUsage
	}
	dbSet := false
	fs.Visit(func(f *flag.Flag) { dbSet = dbSet || f.Name == "db" })
	if *demo && dbSet {
		errorf(stderr, "serve: --demo makes its own store; leave out --db")
		return exitUsage
	}
	if *demo {
		fi, err := os.Stat(*examples)
		if err != nil || !fi.IsDir() {
			errorf(stderr, "serve: --demo reads the example articles in %s: not a directory (run it from the repository root or pass --examples DIR)", *examples)
			return exitUsage
		}
	}

	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		errorf(stderr, "serve: %v", err)
		return exitPartial
	}
	dsn := *db
	if *demo {
		dir, err := os.MkdirTemp("", "sitrep-demo-")
		if err != nil {
			errorf(stderr, "serve: %v", err)
			return exitPartial
		}
		defer os.RemoveAll(dir)
		dsn = filepath.Join(dir, "demo.db")
	}
	st, err := openStore(ctx, dsn)
	if err != nil {
		errorf(stderr, "serve: %s: %v", redactDSN(dsn), err)
		return exitPartial
	}
	defer st.Close()
	if *demo {
		n, err := fillDemo(ctx, st, p, *examples)
		if err != nil {
			errorf(stderr, "serve: demo: %v", err)
			return exitPartial
		}
		fmt.Fprintf(stdout, "demo: stored %d example documents in %s\n", n, dsn)
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		errorf(stderr, "serve: %v", err)
		return exitPartial
	}
	if host, _, _ := net.SplitHostPort(ln.Addr().String()); !net.ParseIP(host).IsLoopback() {
		errorf(stderr, "serve: warning: listening on %s, reachable from other machines", ln.Addr())
	}
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	api := server.New(server.Options{
		Store: st, Analyzer: p, Token: token, MaxBody: *maxBody,
		Dashboard: web.Handler(), Logger: logger,
	})
	go func() {
		// The first view's aggregates take a pass over the store; start it now.
		t0 := time.Now()
		if err := api.Warm(ctx); err != nil && ctx.Err() == nil {
			logger.Warn("warm caches", "err", err)
			return
		}
		logger.Debug("caches warm", "took", time.Since(t0))
	}()
	srv := server.NewHTTPServer(*addr, api)
	writes := "writes need the bearer token"
	if token == "" {
		writes = "writes refused (no --token-file or SITREP_TOKEN)"
	}
	fmt.Fprintf(stdout, "serving the dashboard at http://%s/ (API under /api/, %s); Ctrl-C stops\n", ln.Addr(), writes)

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		errorf(stderr, "serve: %v", err)
		return exitPartial
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		errorf(stderr, "serve: shut down: %v", err)
		return exitPartial
	}
	return exitOK
}

// readToken returns the write token: the first line of file, else
// $SITREP_TOKEN, else "" (writes refused).
func readToken(file string) (string, error) {
	if file == "" {
		return strings.TrimSpace(os.Getenv("SITREP_TOKEN")), nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("read token: %w", err)
	}
	tok, _, _ := strings.Cut(string(b), "\n")
	tok = strings.TrimSpace(tok)
	if tok == "" {
		return "", fmt.Errorf("read token: %s is empty", file)
	}
	return tok, nil
}

// fillDemo analyses every article under dir and stores them in one batch.
func fillDemo(ctx context.Context, st store.Store, p *pipeline.Pipeline, dir string) (int, error) {
	rd, err := ingest.New(ingest.Options{})
	if err != nil {
		return 0, err
	}
	items := make(chan ingest.Item)
	go rd.Read(ctx, []string{dir}, items)
	jobs := make(chan pipeline.Job)
	go func() {
		defer close(jobs)
		for it := range items {
			select {
			case jobs <- pipeline.Job{Doc: it.Doc, Err: it.Err}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var batch []*doc.Analysis
	var firstErr error
	p.Run(ctx, jobs, func(r pipeline.Result) {
		if r.Err != nil {
			if firstErr == nil {
				firstErr = r.Err
			}
			return
		}
		a := r.Analysis
		a.Sentences, a.Tokens = nil, nil
		a.ToCodePoints()
		batch = append(batch, a)
	})
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if firstErr != nil {
		return 0, firstErr
	}
	if len(batch) == 0 {
		return 0, fmt.Errorf("no articles in %s", dir)
	}
	if _, err := st.Put(ctx, batch); err != nil {
		return 0, fmt.Errorf("store examples: %w", err)
	}
	return len(batch), nil
}
