package events_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/dict"
	"sitrep/internal/doc"
	"sitrep/internal/events"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// render is the stable text form of an analysis's events.
func render(a *doc.Analysis) string {
	var b strings.Builder
	for _, e := range a.Events {
		fmt.Fprintf(&b, "%s %s\n", e.ID, line(a, e))
		fmt.Fprintf(&b, "   rule=%s trigger=%q sentence=%d cameo=%s quad=%d goldstein=%.1f confidence=%.2f\n",
			e.Rule, e.Trigger.Text, e.Sentence, e.Cameo, e.QuadClass, e.Goldstein, e.Confidence)
	}
	if len(a.Events) == 0 {
		b.WriteString("no events\n")
	}
	return b.String()
}

// TestGolden codes every testdata/*.txt article and compares the events
// with testdata/*.golden; go test ./internal/events -update rewrites them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	types := map[string]bool{}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// A first line followed by a blank line is the headline, as
		// sitrep extract reads a text file.
		var a *doc.Analysis
		if head, _, ok := strings.Cut(string(text), "\n\n"); ok && !strings.Contains(head, "\n") {
			a = analyzeTitled(t, head, string(text))
		} else {
			a = analyze(t, string(text))
		}
		for _, e := range a.Events {
			types[e.Type] = true
			if q := dict.QuadClassOf(e.Cameo); e.QuadClass != q {
				t.Errorf("%s: %s event %q has CAMEO %s and QuadClass %d, want %d", f, e.Type, e.Trigger.Text, e.Cameo, e.QuadClass, q)
			}
		}
		got := render(a)
		golden := strings.TrimSuffix(f, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%s: %v (run with -update)", golden, err)
		}
		if got != string(want) {
			t.Errorf("%s: events differ\n got:\n%s\nwant:\n%s", f, got, want)
		}
	}
	for ty := range dict.PloverTypes {
		if !types[ty] {
			t.Errorf("no golden article codes a %s event", ty)
		}
	}
}

func TestVoiceAndArguments(t *testing.T) {
	expectEvents(t, "Militants attacked a police post in Peshawar on Tuesday.",
		"ASSAULT Militants>a police post date=2024-11-19 at=Peshawar")
	expectEvents(t, "Twelve soldiers were killed by militants in Bannu on Tuesday.",
		"ASSAULT militants>Twelve soldiers killed=12 date=2024-11-19 at=Bannu")
	expectEvents(t, "Pakistan urged Afghanistan on Thursday to act against militant groups.",
		"REQUEST Pakistan>Afghanistan date=2024-11-21")
}

func TestStatus(t *testing.T) {
	expectEvents(t, "The army did not attack the village on Tuesday.",
		"ASSAULT The army>the village negated date=2024-11-19")
	expectEvents(t, "Pakistani officials will meet Afghan officials next week.",
		"CONSULT Pakistani officials>Afghan officials planned date=2024-11-25..2024-12-01")
}

func TestNoEvents(t *testing.T) {
	expectEvents(t, "The minister said on Tuesday that the economy was growing.")
}

func TestCasualties(t *testing.T) {
	expectEvents(t, "A bomb exploded in Quetta on Friday, killing at least five people and wounding dozens.",
		"ASSAULT/explosives ->at least five people killed=5(5-10) injured=24(24-99) date=2024-11-22 at=Quetta")
}

func TestOptionsDictDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "events.tsv"), []byte("x\tBOGUS\t-\t180\t-9\tVERB\tattack\t-\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := events.New(events.Options{DictDir: dir}); err == nil || !strings.Contains(err.Error(), "events.tsv:1") {
		t.Errorf("New with a bad events.tsv: err = %v, want a located error", err)
	}
}

// FuzzAnnotate codes any text: no panic, events inside the text with
// their triggers inside their evidence, the same output twice.
func FuzzAnnotate(f *testing.F) {
	f.Add("Militants attacked a post, killing 12 soldiers.")
	f.Add("Police arrested five suspects on Friday. The death toll rose to 15.")
	f.Add("X and Y met Z, urging the Taliban to take action.")
	f.Add("An Israeli air strike on Khan Younis killed 14 people. Russian missiles hit Kyiv, killing three.")
	f.Add("Pakistani troops shelled posts; a school was hit by US-made shells.")
	f.Fuzz(func(t *testing.T, text string) {
		a := analyze(t, text)
		for _, e := range a.Events {
			if e.Start < 0 || e.End > len(text) || e.Start > e.End {
				t.Fatalf("event span %d-%d outside text of %d bytes", e.Start, e.End, len(text))
			}
			if e.Trigger.Start < e.Start || e.Trigger.End > e.End {
				t.Fatalf("trigger %d-%d outside evidence %d-%d", e.Trigger.Start, e.Trigger.End, e.Start, e.End)
			}
		}
		if got, again := render(a), render(analyze(t, text)); got != again {
			t.Fatalf("two runs differ:\n%s\n%s", got, again)
		}
	})
}

// BenchmarkPipeline runs the whole extract pipeline over the golden
// articles and reports words per second.
func BenchmarkPipeline(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	var texts []string
	words := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		words += len(bytes.Fields(t))
	}
	analyze(b, "warm up.")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if _, err := pipe.Analyze(context.Background(), doc.Document{Text: t, Published: "2024-11-22"}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

func TestPatterns(t *testing.T) {
	// Participle: the main clause's subject is the source.
	expectEvents(t, "Pakistan on Thursday urged Afghanistan to act, accusing Kabul of sheltering militants.",
		"REQUEST Pakistan>Afghanistan date=2024-11-21",
		"ACCUSE/allege Pakistan>Kabul date=2024-11-21")
	// Coordinated sources give one event each.
	expectEvents(t, "Pakistani officials and Chinese officials met Afghan officials in Kabul on Monday.",
		"CONSULT Chinese officials>Afghan officials date=2024-11-18 at=Kabul",
		"CONSULT Pakistani officials>Afghan officials date=2024-11-18 at=Kabul")
	// A restated toll replaces the first count; it is not added.
	expectEvents(t, "A bomb exploded in Quetta on Monday, killing 12 people. The death toll rose to 15 on Tuesday.",
		"ASSAULT/explosives ->12 people killed=15 date=2024-11-18 at=Quetta")
	// Responsibility claims give the source and the status.
	expectEvents(t, "A bomb exploded in Peshawar on Monday. The Pakistani Taliban claimed responsibility for the attack.",
		"ASSAULT/explosives The Pakistani Taliban>- claimed date=2024-11-18 at=Peshawar")
	// Crowd violence is a riot.
	expectEvents(t, "Hartal supporters torched a bus in Dhaka on Sunday.",
		"PROTEST/riot Hartal supporters>a bus date=2024-11-17 at=Dhaka")
	// Noun triggers with their light verbs.
	expectEvents(t, "Militants carried out an attack on a police station in Peshawar on Monday.",
		"ASSAULT Militants>a police station date=2024-11-18 at=Peshawar")
}

// TestQuadClassAfterMerge checks that a demand whose mention merges with a
// modeless restatement keeps the QuadClass of its CAMEO code.
func TestQuadClassAfterMerge(t *testing.T) {
	a := analyze(t, "Iran urged Iraq to close its border crossings. State television on Monday broadcast Iran's demands in full.")
	if len(a.Events) == 0 {
		t.Fatal("no events")
	}
	for _, e := range a.Events {
		if q := dict.QuadClassOf(e.Cameo); e.QuadClass != q {
			t.Errorf("%s %s: CAMEO %s with QuadClass %d, want %d", e.Type, e.Mode, e.Cameo, e.QuadClass, q)
		}
	}
}
