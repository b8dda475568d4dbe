package actors

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// entity returns a ner entity over the first occurrence of s in text.
func entity(text, typ, s, id string) doc.Entity {
	i := strings.Index(text, s)
	return doc.Entity{ID: id, Type: typ, Text: s, Start: i, End: i + len(s)}
}

func TestEntities(t *testing.T) {
	text := "Gul Mohammad told the Tochi Scouts that Amir Khan Muttaqi would visit. He said the Quetta Traders Union agreed."
	a := doc.New(doc.Document{Text: text, Published: "2024-11-22"})
	a.Entities = []doc.Entity{
		entity(text, doc.Person, "Gul Mohammad", "n1"),
		entity(text, doc.Org, "Tochi Scouts", "n2"),
		entity(text, doc.Person, "Amir Khan Muttaqi", "n3"),
		entity(text, doc.Org, "Quetta Traders Union", "n4"),
	}
	if err := testResolver(t).Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	byID := map[string]doc.Actor{}
	for _, ac := range a.Actors {
		byID[ac.ID] = ac
	}
	tests := []struct {
		entity, name, kind, code string
	}{
		{"n1", "Gul Mohammad", "person", ""},
		{"n2", "Tochi Scouts", "organization", ""},
		{"n3", "Amir Khan Muttaqi", "person", "AFGGOV"},
		{"n4", "Quetta Traders Union", "organization", ""},
	}
	for i, tt := range tests {
		e := a.Entities[i]
		ac, ok := byID[e.Actor.String()]
		if !ok {
			t.Errorf("entity %s (%q) has no actor; actors:\n%s", tt.entity, e.Text, render(a))
			continue
		}
		if ac.Name != tt.name || ac.Kind != tt.kind || ac.Code.String() != tt.code {
			t.Errorf("entity %s actor = %s/%s/%q, want %s/%s/%q", tt.entity, ac.Name, ac.Kind, ac.Code, tt.name, tt.kind, tt.code)
		}
	}
	// "He" goes to the subject of the sentence before, not the nearest name.
	he := strings.Index(text, "He ")
	if ac, ok := mentionOwner(a, he); !ok || ac.Name != "Gul Mohammad" {
		t.Errorf("He → %q, want Gul Mohammad", ac.Name)
	}
	var diag bool
	for _, d := range a.Diagnostics {
		if strings.Contains(d.Message, `"Tochi Scouts"`) {
			diag = true
		}
	}
	if !diag {
		t.Errorf("no diagnostic for the organisation missing from the dictionary: %v", a.Diagnostics)
	}
}

func mentionOwner(a *doc.Analysis, start int) (doc.Actor, bool) {
	for _, ac := range a.Actors {
		for _, m := range ac.Mentions {
			if m.Start == start {
				return ac, true
			}
		}
	}
	return doc.Actor{}, false
}

func TestDictOverride(t *testing.T) {
	dir := t.TempDir()
	body := "xx-gul-mohammad\tperson\tPAK\tGOV\t2024-01-01\t-\tGul Mohammad\tProvincial Home Minister\tgender=m\n" +
		"af-taliban\tgroup\tAFG\tREB\t-\t-\tTaliban\t-\n"
	if err := os.WriteFile(filepath.Join(dir, "actors.tsv"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := New(Options{DictDir: dir})
	if err != nil {
		t.Fatalf("New(DictDir): %v", err)
	}
	text := "Gul Mohammad said the Taliban had attacked a post."
	a := doc.New(doc.Document{Text: text, Published: "2024-11-22"})
	if err := r.Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, ac := range a.Actors {
		got[ac.Name] = ac.Code.String() + " " + ac.KB.String()
	}
	if got["Gul Mohammad"] != "PAKGOV xx-gul-mohammad" || got["Taliban"] != "AFGREB af-taliban" {
		t.Errorf("actors with override = %v, want Gul Mohammad PAKGOV xx-gul-mohammad and Taliban AFGREB", got)
	}
	if err := os.WriteFile(filepath.Join(dir, "actors.tsv"), []byte("bad line\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = New(Options{DictDir: dir})
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "actors.tsv")+":1:") {
		t.Errorf("New(bad override) error = %v, want one naming %s:1", err, filepath.Join(dir, "actors.tsv"))
	}
}

func TestNoDate(t *testing.T) {
	a := analyse(t, "The Taliban said Kabul would respond.", "")
	ac, ok := actorAt(a, "Taliban")
	if !ok || ac.Code != "AFGGOV" {
		t.Errorf("Taliban with no date = %+v, want the latest period (AFGGOV)", ac)
	}
	found := false
	for _, d := range a.Diagnostics {
		found = found || strings.Contains(d.Message, "publication date unknown")
	}
	if !found {
		t.Errorf("no diagnostic for the unknown publication date: %v", a.Diagnostics)
	}
}

// TestConcurrent runs one Resolver from several goroutines (run with
// -race): the stage must be safe for concurrent use.
func TestConcurrent(t *testing.T) {
	r := testResolver(t)
	want := render(analyse(t, fixtures[0].text, fixtures[0].day))
	done := make(chan string)
	for g := 0; g < 4; g++ {
		go func() {
			a := doc.New(doc.Document{Text: fixtures[0].text, Published: doc.Str(fixtures[0].day)})
			if err := r.Annotate(context.Background(), a); err != nil {
				done <- err.Error()
				return
			}
			done <- render(a)
		}()
	}
	for g := 0; g < 4; g++ {
		if got := <-done; got != want {
			t.Errorf("concurrent Annotate = %q, want %q", got, want)
		}
	}
}
