package pipeline

import "testing"

// BenchmarkNew times building the whole pipeline, models included (the
// tagger and the recogniser load side by side). The word lexicon is read
// once per process, so only the first round pays for it: see
// BenchmarkLoadLexicon in internal/tag, and run with -benchtime 1x -count N
// in fresh processes for a cold start.
func BenchmarkNew(b *testing.B) {
	for range b.N {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
