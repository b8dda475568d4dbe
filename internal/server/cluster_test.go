package server

import (
	"context"
	"encoding/json"
	"testing"

	"sitrep/internal/doc"
)

// TestEventMentionsAcrossDocuments: a second outlet's report of the same
// events joins their clusters, and GET /api/events/{id} lists both
// reports with their evidence, each document's figures and the reason
// the second joined; ?clusters=true lists each real-world event once.
func TestEventMentionsAcrossDocuments(t *testing.T) {
	s, st := newTestServer(t)
	ctx := context.Background()
	b, err := st.Analysis(ctx, "hostile-001")
	if err != nil {
		t.Fatal(err)
	}
	var a doc.Analysis
	if err := json.Unmarshal(b, &a); err != nil {
		t.Fatal(err)
	}
	if len(a.Events) == 0 {
		t.Fatal("hostile-001 has no events")
	}
	count := func(target string) int {
		code, _, body := do(t, s, "GET", target, nil)
		var l struct{ Data []eventOut }
		if code != 200 || json.Unmarshal(body, &l) != nil {
			t.Fatalf("GET %s = %d %s", target, code, body)
		}
		return len(l.Data)
	}
	before := count("/api/events?clusters=true&limit=500")
	all := count("/api/events?limit=500")
	copyA := a
	copyA.Document.ID, copyA.Document.Source = "hostile-copy", "Second Outlet"
	copyA.Document.URL = ""
	copyA.Document.Text += "\n\nThis report was updated."
	if _, err := st.Put(ctx, []*doc.Analysis{&copyA}); err != nil {
		t.Fatal(err)
	}
	if got := count("/api/events?clusters=true&limit=500"); got != before {
		t.Errorf("events per cluster after a second report = %d, want %d as before", got, before)
	}
	if got := count("/api/events?limit=500"); got != all+len(a.Events) {
		t.Errorf("events after a second report = %d, want %d", got, all+len(a.Events))
	}
	id := "hostile-001:" + a.Events[0].ID
	code, _, body := do(t, s, "GET", "/api/events/"+id, nil)
	var d struct{ Data eventDetail }
	if code != 200 || json.Unmarshal(body, &d) != nil {
		t.Fatalf("GET /api/events/%s = %d %s", id, code, body)
	}
	ms := d.Data.Mentions
	if c := d.Data.Cluster; c == nil || c.Documents != 2 || c.Sources != 2 {
		t.Errorf("cluster of %s = %+v, want 2 documents from 2 sources", id, c)
	}
	if len(ms) < 2 || ms[0].Event != id {
		t.Fatalf("mentions of %s = %+v, want it first and the copy's report", id, ms)
	}
	var other *mention
	for i := range ms {
		if ms[i].Document.ID == "hostile-copy" {
			other = &ms[i]
		}
	}
	if other == nil || other.Score == nil || *other.Score <= 0 || other.Reason == "" || other.Evidence.Text == "" {
		t.Errorf("the copy's mention = %+v, want its evidence, a score and a reason", other)
	}
	if len(d.Data.Figures) != 2 {
		t.Errorf("figures = %+v, want one per document", d.Data.Figures)
	}
}
