package store

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"sitrep/internal/doc"
)

func TestKey(t *testing.T) {
	text := "Talks resume\n\nEnvoys met in Doha."
	h := ContentHash(text)
	tests := []struct {
		d    doc.Document
		want string
	}{
		{doc.Document{ID: "r1", Text: text, URL: "https://x.example/a"}, "id:r1"},
		{doc.Document{ID: h, Text: text, URL: "https://x.example/a"}, "url:https://x.example/a"},
		{doc.Document{ID: h, Text: text}, "hash:" + h},
		{doc.Document{Text: text}, "hash:" + h},
	}
	for _, tc := range tests {
		if got := Key(tc.d); got != tc.want {
			t.Errorf("Key(id %q, url %q) = %q, want %q", tc.d.ID, tc.d.URL, got, tc.want)
		}
	}
	if ContentHash(text) != ContentHash("  "+text+"\n") {
		t.Errorf("ContentHash depends on surrounding space")
	}
}

func TestActorKey(t *testing.T) {
	tests := []struct{ in, key, upper string }{
		{"PAK", "c:PAK", ""},
		{"PAKGOV", "c:PAKGOV", ""},
		{"IGOUNO", "c:IGOUNO", ""},
		{"PAKG", "c:PAKG", "c:PAKH"},
		{"AF", "c:AF", "c:AG"},
		{"Khyber  Police", "n:khyber police", ""},
		{"police", "n:police", ""},
		{"P", "n:p", ""},
	}
	for _, tc := range tests {
		key, upper := ActorKey(tc.in)
		if key != tc.key || upper != tc.upper {
			t.Errorf("ActorKey(%q) = %q, %q, want %q, %q", tc.in, key, upper, tc.key, tc.upper)
		}
	}
	got := ActorKeys("PAKGOV", "Foreign  Office")
	if want := []string{"c:PAKGOV", "c:PAK", "n:foreign office"}; !slices.Equal(got, want) {
		t.Errorf("ActorKeys(PAKGOV, Foreign Office) = %q, want %q", got, want)
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Ceasefire  talks", []string{"ceasefire", "talks"}},
		{`"Doha" OR talks*`, []string{"doha", "or", "talks"}},
		{"Café Zürich", []string{"cafe", "zurich"}},
		{"Khyber-Pakhtunkhwa", []string{"khyber", "pakhtunkhwa"}},
		{" -- ", nil},
	}
	for _, tc := range tests {
		if got := Words(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzFilterText checks that filter text from users never panics and
// turns into plain words and well-formed keys.
func FuzzFilterText(f *testing.F) {
	for _, s := range []string{"PAK", "Khyber Police", `"x" OR y*`, "Café", "\xff\xfe", "NEAR(a b)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range Words(s) {
			if w == "" || strings.ContainsAny(w, `"*() `) || !utf8.ValidString(w) && utf8.ValidString(s) {
				t.Errorf("Words(%q) gave %q", s, w)
			}
		}
		key, upper := ActorKey(s)
		if !strings.HasPrefix(key, "c:") && !strings.HasPrefix(key, "n:") || upper != "" && upper <= key {
			t.Errorf("ActorKey(%q) = %q, %q", s, key, upper)
		}
		if Unaccent(s) != Unaccent(Unaccent(s)) && utf8.ValidString(s) {
			t.Errorf("Unaccent is not idempotent on %q", s)
		}
	})
}
