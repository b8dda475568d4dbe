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

// storedDoc is one stored document in the answer of a POST.
type storedDoc struct {
	Outcome  string          `json:"outcome"` // added, revised, unchanged
	Analysis json.RawMessage `json:"analysis"`
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
			readErr = errorf(KindBadRequest, "read documents: %s", strings.TrimPrefix(it.Err.Error(), "stdin"))
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
	out := make([]storedDoc, len(batch))
	for i, a := range batch {
		b, err := json.Marshal(a)
		if err != nil {
			return nil, fmt.Errorf("encode analysis: %w", err)
		}
		out[i] = storedDoc{Outcome: res[i].Outcome.String(), Analysis: b}
	}
	return list{Data: out}, nil
}
