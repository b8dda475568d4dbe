package server

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"sitrep/internal/store"
)

// Page sizes.
const (
	defaultLimit = 50
	maxLimit     = 1000
)

// page is a request's position in a list: skip Offset items, answer Limit.
type page struct {
	Offset, Limit int
	scope         [8]byte // hash of the query without cursor: a cursor is valid for it only
}

// parsePage reads limit and cursor. A cursor is opaque to clients: the
// offset of the next item and a hash of the other parameters, so that a
// cursor from one query cannot be used with another.
func parsePage(q url.Values) (page, error) {
	p := page{Limit: defaultLimit}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxLimit {
			return p, errorf(KindBadRequest, "limit %q: want a whole number from 1 to %d", v, maxLimit)
		}
		p.Limit = n
	}
	rest := url.Values{}
	for k, vs := range q {
		if k != "cursor" && k != "limit" {
			rest[k] = vs
		}
	}
	sum := sha256.Sum256([]byte(rest.Encode()))
	copy(p.scope[:], sum[:])
	if c := q.Get("cursor"); c != "" {
		b, err := base64.RawURLEncoding.DecodeString(c)
		if err != nil || len(b) != 16 || [8]byte(b[8:]) != p.scope {
			return p, errorf(KindBadRequest, "cursor %q is not one this query gave", c)
		}
		off := binary.BigEndian.Uint64(b[:8])
		if off > 1<<40 {
			return p, errorf(KindBadRequest, "cursor %q is not one this query gave", c)
		}
		p.Offset = int(off)
	}
	return p, nil
}

// next returns the cursor of the page after p, or nil when more is false.
func (p page) next(more bool) *string {
	if !more {
		return nil
	}
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], uint64(p.Offset+p.Limit))
	copy(b[8:], p.scope[:])
	c := base64.RawURLEncoding.EncodeToString(b[:])
	return &c
}

// slice returns p's page of items and whether more follow.
func pageOf[T any](p page, items []T) ([]T, bool) {
	if p.Offset >= len(items) {
		return []T{}, false
	}
	end := min(p.Offset+p.Limit, len(items))
	return items[p.Offset:end], end < len(items)
}

// eventFilter reads the event filters of api.md (those of sitrep query).
func eventFilter(r *http.Request) (store.Filter, error) {
	q := r.URL.Query()
	f := store.Filter{
		Type:    strings.ToUpper(strings.TrimSpace(q.Get("type"))),
		Mode:    strings.TrimSpace(q.Get("mode")),
		Cameo:   strings.TrimSpace(q.Get("cameo")),
		Actor:   strings.TrimSpace(q.Get("actor")),
		Country: strings.ToUpper(strings.TrimSpace(q.Get("country"))),
		Place:   strings.TrimSpace(q.Get("place")),
		Text:    strings.TrimSpace(q.Get("q")),
	}
	var err error
	if f.From, err = day(q, "from"); err != nil {
		return f, err
	}
	if f.To, err = day(q, "to"); err != nil {
		return f, err
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, errorf(KindBadRequest, "from %s is after to %s", f.From, f.To)
	}
	for _, c := range f.Cameo {
		if c < '0' || c > '9' {
			return f, errorf(KindBadRequest, "cameo %q: want digits", f.Cameo)
		}
	}
	return f, nil
}

// day reads a YYYY-MM-DD parameter.
func day(q url.Values, name string) (string, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return "", nil
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		return "", errorf(KindBadRequest, "%s %q: want a day, YYYY-MM-DD", name, v)
	}
	return v, nil
}
