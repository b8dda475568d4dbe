package ner

import (
	"context"
	"os"
	"syscall"
	"testing"
	"time"
)

// BenchmarkNER times the recogniser alone over testdata/news.txt, tagged
// once beforehand.
func BenchmarkNER(b *testing.B) {
	r, tg := recognizer(b)
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	a := analysis(string(text))
	ctx := context.Background()
	if err := tg.Annotate(ctx, a); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for range b.N {
		a.Entities = a.Entities[:0]
		if err := r.Annotate(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	reportSpeed(b, len(a.Tokens)*b.N, time.Since(start), cpuTime()-cpu)
}

// BenchmarkTagNER times tagging and recognition together, as the
// pipeline runs them.
func BenchmarkTagNER(b *testing.B) {
	r, tg := recognizer(b)
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	a := analysis(string(text))
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for range b.N {
		a.Entities = a.Entities[:0]
		if err := tg.Annotate(ctx, a); err != nil {
			b.Fatal(err)
		}
		if err := r.Annotate(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	reportSpeed(b, len(a.Tokens)*b.N, time.Since(start), cpuTime()-cpu)
}

func BenchmarkLoad(b *testing.B) {
	for range b.N {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// reportSpeed reports words (tokens) per second of wall time, and per
// second of CPU time, which is steadier on a shared machine.
func reportSpeed(b *testing.B, words int, wall, cpu time.Duration) {
	b.ReportMetric(float64(words)/wall.Seconds(), "words/s")
	if cpu > 0 {
		b.ReportMetric(float64(words)/cpu.Seconds(), "words/cpu-s")
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
