package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"sitrep/internal/doc"
)

// stubStage records the text it saw as a diagnostic, optionally after a
// delay that depends on the text, and panics or fails on request.
type stubStage struct{}

func (stubStage) Name() string { return "stub" }

func (stubStage) Annotate(ctx context.Context, a *doc.Analysis) error {
	t := a.Document.Text
	switch {
	case strings.HasPrefix(t, "panic"):
		panic("boom")
	case strings.HasPrefix(t, "fail"):
		return errors.New("failed on purpose")
	case strings.HasPrefix(t, "slow"):
		time.Sleep(20 * time.Millisecond)
	}
	a.Diagnose("stub", doc.Span{}, t)
	return nil
}

func TestRunKeepsInputOrder(t *testing.T) {
	p := NewWith(Options{Workers: 4}, stubStage{})
	in := make(chan Job)
	go func() {
		defer close(in)
		for i := 0; i < 40; i++ {
			text := fmt.Sprintf("doc %d", i)
			if i%3 == 0 {
				text = "slow " + text
			}
			in <- Job{Doc: doc.Document{Text: text, Input: fmt.Sprint(i)}}
		}
	}()
	var got []string
	p.Run(context.Background(), in, func(r Result) {
		if r.Err != nil {
			t.Fatalf("Run: document %s: %v", r.Doc.Input, r.Err)
		}
		got = append(got, r.Doc.Input)
	})
	if len(got) != 40 {
		t.Fatalf("Run emitted %d results, want 40", len(got))
	}
	for i, g := range got {
		if g != fmt.Sprint(i) {
			t.Fatalf("Run result %d is document %s, want %d (order lost)", i, g, i)
		}
	}
}

func TestRunIsolatesBadDocuments(t *testing.T) {
	p := NewWith(Options{Workers: 2}, stubStage{})
	in := make(chan Job, 5)
	in <- Job{Doc: doc.Document{Text: "fine 1"}}
	in <- Job{Doc: doc.Document{Text: "panic now"}}
	in <- Job{Err: errors.New("unreadable input")}
	in <- Job{Doc: doc.Document{Text: "fail now"}}
	in <- Job{Doc: doc.Document{Text: "fine 2"}}
	close(in)
	var got []string
	p.Run(context.Background(), in, func(r Result) {
		switch {
		case r.Err != nil:
			got = append(got, "error: "+r.Err.Error())
		default:
			got = append(got, "ok: "+r.Analysis.Diagnostics[0].Message)
		}
	})
	want := []string{
		"ok: fine 1",
		"error: internal error in stage stub: boom",
		"error: unreadable input",
		"error: stub: failed on purpose",
		"ok: fine 2",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Run results:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestRunStopsOnCancel(t *testing.T) {
	p := NewWith(Options{Workers: 2}, stubStage{})
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan Job) // never closed: only cancellation can end Run
	done := make(chan struct{})
	go func() {
		p.Run(ctx, in, func(Result) {})
		close(done)
	}()
	in <- Job{Doc: doc.Document{Text: "one"}}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancellation")
	}
}

func TestAnnotateSkipsNamedStages(t *testing.T) {
	p := NewWith(Options{}, stubStage{})
	a := doc.New(doc.Document{Text: "x"})
	if err := p.Annotate(context.Background(), a, "stub"); err != nil {
		t.Fatal(err)
	}
	if len(a.Diagnostics) != 0 {
		t.Errorf("Annotate(skip stub) ran the stub stage: %v", a.Diagnostics)
	}
	if err := p.Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Diagnostics) != 1 {
		t.Errorf("Annotate ran the stub stage %d times, want 1", len(a.Diagnostics))
	}
}

func TestNewRunsEveryStageInOrder(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(p.Stages(), " ")
	want := "text tag ner timex geo actors quotes events"
	if got != want {
		t.Errorf("New stages = %q, want %q", got, want)
	}
}
