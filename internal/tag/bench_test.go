package tag

import (
	"context"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// loadTagger loads the embedded model once per test binary run.
func loadTagger(tb testing.TB) *Tagger {
	tb.Helper()
	t, err := New(Options{})
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return t
}

// segmented returns testdata/news.txt as an analysis with one sentence per
// line and tokens split at spaces and around punctuation. The tests do
// their own splitting so that their expectations do not move with the
// text stage.
func segmented(tb testing.TB) *doc.Analysis {
	tb.Helper()
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		tb.Fatal(err)
	}
	a := doc.New(doc.Document{Text: string(b)})
	t := a.Document.Text
	start := 0
	for start < len(t) {
		end := strings.IndexByte(t[start:], '\n')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		first := len(a.Tokens)
		for i := start; i < end; {
			r, n := utf8.DecodeRuneInString(t[i:])
			switch {
			case unicode.IsSpace(r):
				i += n
				continue
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				j := i
				for j < end {
					r, n := utf8.DecodeRuneInString(t[j:])
					if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.' && j+1 < end && t[j+1] != ' ' && t[j+1] != '\n') {
						break
					}
					j += n
				}
				// "Mr." and "Gen." keep their full stop.
				if j < end && t[j] == '.' && j+1 < end && (t[i:j] == "Mr" || t[i:j] == "Gen") {
					j++
				}
				a.Tokens = append(a.Tokens, doc.Token{Start: i, End: j, Text: t[i:j], Head: -1})
				i = j
			default:
				a.Tokens = append(a.Tokens, doc.Token{Start: i, End: i + n, Text: t[i : i+n], Head: -1})
				i += n
			}
		}
		if len(a.Tokens) > first {
			for k := first; k < len(a.Tokens); k++ {
				a.Tokens[k].Sentence = len(a.Sentences)
			}
			a.Sentences = append(a.Sentences, doc.Sentence{Start: a.Tokens[first].Start, End: a.Tokens[len(a.Tokens)-1].End, First: first, Last: len(a.Tokens)})
		}
		start = end + 1
	}
	return a
}

func BenchmarkTag(b *testing.B) {
	t := loadTagger(b)
	a := segmented(b)
	ctx := context.Background()
	b.SetBytes(int64(len(a.Document.Text)))
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for range b.N {
		if err := t.Annotate(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	reportSpeed(b, len(a.Tokens)*b.N, time.Since(start), cpuTime()-cpu)
}

// reportSpeed reports words (tokens) per second of wall time, and per
// second of CPU time, which is steadier on a shared machine.
func reportSpeed(b *testing.B, words int, wall, cpu time.Duration) {
	b.ReportMetric(float64(words)/wall.Seconds(), "words/s")
	if cpu > 0 {
		b.ReportMetric(float64(words)/cpu.Seconds(), "words/cpu-s")
	}
}

// cpuTime returns the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func BenchmarkLoad(b *testing.B) {
	for range b.N {
		loadTagger(b)
	}
}

// BenchmarkLoadLexicon times reading the embedded word lexicon, which
// New does once per process, beside decoding the model.
func BenchmarkLoadLexicon(b *testing.B) {
	for range b.N {
		if _, err := loadLexicon(); err != nil {
			b.Fatal(err)
		}
	}
}
