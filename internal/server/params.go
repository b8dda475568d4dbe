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

	"sitrep/dict"
	"sitrep/internal/store"
)

// Page sizes.
const (
	defaultLimit = 50
	maxLimit     = 1000
)

// page is a request's position in a list: skip Offset items (lists
// kept in memory) or start after an event (After, event lists, which
// the store pages by key), and answer Limit.
type page struct {
	Offset, Limit int
	After         *store.Pos
	scope         [8]byte // hash of the query without cursor: a cursor is valid for it only
}

// keysetMark starts the payload of an event cursor; an offset cursor's
// payload is 8 bytes.
const keysetMark = 'k'

// parsePage reads limit and cursor. A cursor is opaque to clients: its
// payload (the offset of the next item, or the position of the last
// event given) and a hash of the other parameters, so that a cursor
// from one query cannot be used with another.
func parsePage(q url.Values) (page, error) { return readPage(q, false) }

// parseEventPage is parsePage for event lists, whose cursors are
// positions (page.After), not offsets.
func parseEventPage(q url.Values) (page, error) { return readPage(q, true) }

func readPage(q url.Values, keyset bool) (page, error) {
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
	c := q.Get("cursor")
	if c == "" {
		return p, nil
	}
	bad := errorf(KindBadRequest, "cursor %q is not one this query gave", c)
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(b) < 16 || [8]byte(b[len(b)-8:]) != p.scope {
		return p, bad
	}
	payload := b[:len(b)-8]
	switch {
	case len(payload) == 8 && !keyset:
		off := binary.BigEndian.Uint64(payload)
		if off > 1<<40 {
			return p, bad
		}
		p.Offset = int(off)
	case len(payload) >= 9 && payload[0] == keysetMark && keyset:
		seq := binary.BigEndian.Uint64(payload[1:9])
		date := string(payload[9:])
		// The date is compared, never parsed: a stored date that is not
		// a day must still page. It is bounded like any cursor part.
		if seq > 1<<62 || len(date) > maxCursorDate {
			return p, bad
		}
		p.After = &store.Pos{Date: date, Seq: int64(seq)}
	default:
		return p, bad
	}
	return p, nil
}

// maxCursorDate bounds the date of an event cursor.
const maxCursorDate = 64

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

// nextAfter returns the cursor of the events after pos, the position of
// the last event of p's page, or nil when more is false.
func (p page) nextAfter(pos store.Pos, more bool) *string {
	if !more {
		return nil
	}
	b := make([]byte, 0, 17+len(pos.Date))
	b = append(b, keysetMark)
	b = binary.BigEndian.AppendUint64(b, uint64(pos.Seq))
	b = append(b, pos.Date...)
	b = append(b, p.scope[:]...)
	c := base64.RawURLEncoding.EncodeToString(b)
	return &c
}

// pageWhere returns p's page of the items keep selects and whether more
// follow, stopping at the first selected item past the page: a page
// costs the items before its end, not the whole list.
func pageWhere[T any](p page, items []T, keep func(*T) bool) ([]T, bool) {
	out := make([]T, 0, min(p.Limit, len(items)))
	seen := 0
	for i := range items {
		if !keep(&items[i]) {
			continue
		}
		seen++
		switch {
		case seen <= p.Offset:
			continue
		case len(out) == p.Limit:
			return out, true
		}
		out = append(out, items[i])
	}
	return out, false
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
	if f.Type != "" && !dict.PloverTypes[f.Type] {
		return f, errorf(KindBadRequest, "type %q: want one of the 16 PLOVER types (ASSAULT, PROTEST, …)", f.Type)
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
