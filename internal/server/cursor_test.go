package server

import (
	"encoding/json"
	"net/url"
	"slices"
	"testing"

	"sitrep/internal/store"
)

// TestEventCursor follows the next cursors of /api/events in pages of
// one and two events and checks that the pages put together are the
// whole listing, in order.
func TestEventCursor(t *testing.T) {
	s, _ := newTestServer(t)
	type answer struct {
		Data []struct {
			ID string `json:"id"`
		} `json:"data"`
		Next *string `json:"next"`
	}
	get := func(target string) answer {
		t.Helper()
		code, _, body := do(t, s, "GET", target, nil)
		if code != 200 {
			t.Fatalf("GET %s = %d\n%s", target, code, body)
		}
		var a answer
		if err := json.Unmarshal(body, &a); err != nil {
			t.Fatalf("GET %s: %v", target, err)
		}
		return a
	}
	for _, filter := range []string{"", "&country=PAK", "&actor=PAK"} {
		var want []string
		all := get("/api/events?limit=1000" + filter)
		for _, e := range all.Data {
			want = append(want, e.ID)
		}
		if len(want) < 3 || all.Next != nil {
			t.Fatalf("fixture %q: %d events, next %v: want at least 3 and no next", filter, len(want), all.Next)
		}
		for _, size := range []string{"1", "2"} {
			var got []string
			target := "/api/events?limit=" + size + filter
			for range len(want) + 1 {
				a := get(target)
				for _, e := range a.Data {
					got = append(got, e.ID)
				}
				if a.Next == nil {
					break
				}
				target = "/api/events?limit=" + size + filter + "&cursor=" + url.QueryEscape(*a.Next)
			}
			if !slices.Equal(got, want) {
				t.Errorf("pages of %s%s = %v, want %v", size, filter, got, want)
			}
		}
	}
	// A cursor of another kind of list is refused.
	offset := page{Limit: 2}.next(true)
	if code, _, _ := do(t, s, "GET", "/api/events?cursor="+*offset, nil); code != 400 {
		t.Errorf("events with an offset cursor = %d, want 400", code)
	}
}

func TestKeysetCursor(t *testing.T) {
	q, _ := url.ParseQuery("type=ASSAULT&limit=20")
	p, _ := parseEventPage(q)
	for _, pos := range []store.Pos{{Date: "2024-11-21", Seq: 42}, {Date: "", Seq: 7}} {
		q.Set("cursor", *p.nextAfter(pos, true))
		if _, err := parsePage(q); err == nil {
			t.Errorf("parsePage (offset lists) accepted a keyset cursor")
		}
		p2, err := parseEventPage(q)
		if err != nil || p2.After == nil || *p2.After != pos || p2.Offset != 0 {
			t.Errorf("parsePage(nextAfter(%+v)) = %+v, %v", pos, p2, err)
		}
	}
	q.Set("type", "PROTEST")
	if _, err := parseEventPage(q); err == nil {
		t.Errorf("parseEventPage accepted a keyset cursor of another query")
	}
	if p.nextAfter(store.Pos{}, false) != nil {
		t.Errorf("nextAfter(false) is not nil")
	}
}

func TestPageWhere(t *testing.T) {
	items := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	even := func(x *int) bool { return *x%2 == 0 }
	tests := []struct {
		offset, limit int
		want          []int
		more          bool
	}{
		{0, 2, []int{2, 4}, true},
		{2, 2, []int{6, 8}, true},
		{3, 2, []int{8, 10}, false},
		{4, 2, []int{10}, false},
		{5, 2, []int{}, false},
		{0, 5, []int{2, 4, 6, 8, 10}, false},
	}
	for _, tt := range tests {
		got, more := pageWhere(page{Offset: tt.offset, Limit: tt.limit}, items, even)
		if !slices.Equal(got, tt.want) || got == nil || more != tt.more {
			t.Errorf("pageWhere(offset %d, limit %d) = %v, %v; want %v, %v", tt.offset, tt.limit, got, more, tt.want, tt.more)
		}
	}
}

// FuzzEventCursor feeds arbitrary cursors to parseEventPage: it must not
// panic, and a cursor it accepts must come back the same from nextAfter.
func FuzzEventCursor(f *testing.F) {
	q, _ := url.ParseQuery("type=ASSAULT")
	p, _ := parseEventPage(q)
	f.Add(*p.nextAfter(store.Pos{Date: "2024-11-21", Seq: 42}, true))
	f.Add(*p.nextAfter(store.Pos{}, true))
	f.Add(*p.next(true))
	f.Add("bogus")
	f.Fuzz(func(t *testing.T, cursor string) {
		q.Set("cursor", cursor)
		p2, err := parseEventPage(q)
		if err != nil || cursor == "" {
			return
		}
		if p2.After == nil || p2.Offset != 0 {
			t.Fatalf("parseEventPage(%q) = %+v", cursor, p2)
		}
		q.Set("cursor", *p2.nextAfter(*p2.After, true))
		p3, err := parseEventPage(q)
		if err != nil || *p3.After != *p2.After {
			t.Fatalf("cursor %q: %+v again as %+v, %v", cursor, p2.After, p3.After, err)
		}
	})
}
