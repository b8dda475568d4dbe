package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"

	"sitrep/internal/doc"
	"sitrep/internal/ingest"
)

// MaxDocuments caps the documents of one POST.
const MaxDocuments = 1000

// authorized reports whether r carries the configured bearer token. The
// comparison is of SHA-256 digests in constant time, so neither the
// token's bytes nor its length leak through timing.
func (s *Server) authorized(r *http.Request) bool {
	if s.opts.Token == "" {
		return false
	}
	h := r.Header.Get("Authorization")
	const prefix = "Bearer "
	if len(h) < len(prefix) || !strings.EqualFold(h[:len(prefix)], prefix) {
		return false
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(h[len(prefix):])))
	want := sha256.Sum256([]byte(s.opts.Token))
	return subtle.ConstantTimeCompare(got[:], want[:]) == 1
}

// storedAnalysis is one stored analysis in the answer of a POST: the
// sitrep/v1 analysis itself (api.md: "answers the stored analyses") with
// one optional field added at its end, "outcome": added, revised or
// unchanged.
func storedAnalysis(a *doc.Analysis, outcome string) (json.RawMessage, error) {
	b, err := json.Marshal(a)
	if err != nil {
		return nil, err
	}
	o, err := json.Marshal(outcome)
	if err != nil {
		return nil, err
	}
	if len(b) < 2 || b[len(b)-1] != '}' {
		return nil, fmt.Errorf("analysis is not a JSON object")
	}
	out := append(b[:len(b)-1:len(b)-1], `,"outcome":`...)
	return append(append(out, o...), '}'), nil
}

// postDocuments answers POST /api/documents: the body is one JSON
// document ({"text","title","published","source","url","id"}), several,
// or JSONL. Every document is analysed and the whole batch stored in one
// transaction; a document that cannot be read refuses the whole request.
func (s *Server) postDocuments(r *http.Request) (any, error) {
	if s.opts.Token == "" || s.opts.Analyzer == nil {
		return nil, errorf(KindUnauthorized, "writes are disabled: start the server with --token-file or SITREP_TOKEN")
	}
	if !s.authorized(r) {
		return nil, errorf(KindUnauthorized, "missing or wrong bearer token")
	}
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, s.opts.MaxBody))
	if err != nil {
		return nil, err // a *http.MaxBytesError becomes too_large
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, errorf(KindBadRequest, "empty body: send a JSON document or JSONL")
	}
	rd, err := ingest.New(ingest.Options{Format: "json", Stdin: bytes.NewReader(body), MaxBytes: s.opts.MaxBody})
	if err != nil {
		return nil, fmt.Errorf("new reader: %w", err)
	}
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	items := make(chan ingest.Item)
	go rd.Read(ctx, []string{"-"}, items)
	var docs []doc.Document
	var readErr error
	for it := range items {
		switch {
		case readErr != nil:
		case it.Err != nil:
			readErr = errorf(KindBadRequest, "read documents: %s", bodyError(it.Err))
			cancel()
		case len(docs) == MaxDocuments:
			readErr = errorf(KindTooLarge, "more than %d documents in one request", MaxDocuments)
			cancel()
		default:
			docs = append(docs, it.Doc)
		}
	}
	if readErr != nil {
		return nil, readErr
	}
	batch := make([]*doc.Analysis, 0, len(docs))
	for _, d := range docs {
		a, err := s.opts.Analyzer.Analyze(r.Context(), d)
		if err != nil {
			return nil, fmt.Errorf("analyse %s: %w", d.Input, err)
		}
		a.Sentences, a.Tokens = nil, nil
		a.ToCodePoints()
		batch = append(batch, a)
	}
	res, err := s.opts.Store.Put(r.Context(), batch)
	s.forgetStats()
	if err != nil {
		return nil, fmt.Errorf("store documents: %w", err)
	}
	out := make([]json.RawMessage, len(batch))
	for i, a := range batch {
		b, err := storedAnalysis(a, res[i].Outcome.String())
		if err != nil {
			return nil, fmt.Errorf("encode analysis: %w", err)
		}
		out[i] = b
	}
	return list{Data: out}, nil
}

// bodyError words a reader's error about the request body: the reader
// names the body "stdin" ("stdin:2: invalid JSON …", "stdin: empty");
// the client sent a body, so the answer says "line 2: …" or just the
// message.
func bodyError(err error) string {
	msg := strings.TrimPrefix(err.Error(), "stdin")
	if rest, ok := strings.CutPrefix(msg, ":"); ok {
		if n, tail, ok := strings.Cut(rest, ":"); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			return "line " + n + ":" + tail
		}
		msg = rest
	}
	return strings.TrimSpace(msg)
}
