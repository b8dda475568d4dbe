package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"sitrep/internal/store"
)

// Error kinds of the error envelope and the statuses they map to.
const (
	KindBadRequest   = "bad_request"
	KindNotFound     = "not_found"
	KindUnauthorized = "unauthorized"
	KindTooLarge     = "too_large"
	KindInternal     = "internal"
)

// statusOf returns the HTTP status of an error kind.
func statusOf(kind string) int {
	switch kind {
	case KindBadRequest:
		return http.StatusBadRequest
	case KindNotFound:
		return http.StatusNotFound
	case KindUnauthorized:
		return http.StatusUnauthorized
	case KindTooLarge:
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusInternalServerError
}

// Error is an error a client is told about: its kind picks the status.
type Error struct {
	Kind    string
	Message string
}

func (e *Error) Error() string { return e.Kind + ": " + e.Message }

func errorf(kind, format string, args ...any) *Error {
	return &Error{Kind: kind, Message: fmt.Sprintf(format, args...)}
}

// list is the envelope of a list; Next is the cursor of the next page.
type list struct {
	Data any     `json:"data"`
	Next *string `json:"next"`
}

// one is the envelope of a single object.
type one struct {
	Data any `json:"data"`
}

// handler answers a request with an envelope (list or one) or an error.
type handler func(r *http.Request) (any, error)

// api wraps h: it writes h's answer as JSON with status 200, or its error
// in the error envelope with the status of its kind. Errors that are not
// *Error are internal: logged, and answered without their detail. A
// panic in h is answered as an internal error.
func (s *Server) api(h handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var (
			v   any
			err error
		)
		func() {
			defer func() {
				if p := recover(); p != nil {
					err = fmt.Errorf("panic: %v", p)
				}
			}()
			v, err = h(r)
		}()
		w.Header().Set("Cache-Control", "no-store")
		if err != nil {
			e := classify(err)
			if e.Kind == KindInternal {
				s.log.Error("api", "method", r.Method, "path", r.URL.Path, "err", err)
			}
			writeJSON(w, statusOf(e.Kind), map[string]any{"error": map[string]string{"kind": e.Kind, "message": e.Message}})
			return
		}
		writeJSON(w, http.StatusOK, v)
	})
}

// classify maps an error to the Error a client sees.
func classify(err error) *Error {
	var e *Error
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &e):
		return e
	case errors.As(err, &tooBig):
		return errorf(KindTooLarge, "request body over %d bytes", tooBig.Limit)
	case errors.Is(err, store.ErrNotFound):
		return errorf(KindNotFound, "not found")
	}
	return errorf(KindInternal, "internal error; the server log has the details")
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true) // < > & as \u escapes: safe even if sniffed as HTML
	if err := enc.Encode(v); err != nil {
		status = http.StatusInternalServerError
		buf.Reset()
		buf.WriteString(`{"error":{"kind":"internal","message":"encode answer"}}` + "\n")
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}
