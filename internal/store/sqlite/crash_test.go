package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"sitrep/internal/doc"
	"sitrep/internal/store"
	"sitrep/internal/store/storetest"
)

// The crash test re-runs this test binary as a child that ingests a
// corpus in batches, kills it with SIGKILL at a random point, and checks
// the store after each kill: the file is sound, the invariants hold, no
// text is stored twice, and every batch is stored whole or not at all.
// At the end a child runs to completion and nothing may be missing.

const (
	crashEnv   = "SITREP_CRASH_CHILD" // the store path, in the child
	crashDocs  = 1200
	crashBatch = 20
	crashKills = 24
)

// crashCorpus is the child's input: crashDocs short reports, the last
// tenth of them new versions (revisions) of earlier ones.
func crashCorpus() [][]*doc.Analysis {
	var batches [][]*doc.Analysis
	var b []*doc.Analysis
	for i := 0; i < crashDocs; i++ {
		id, v := i, 1
		if i >= crashDocs*9/10 {
			id, v = i-crashDocs*9/10, 2
		}
		r := storetest.Report{
			ID:        fmt.Sprintf("c-%04d", id),
			Published: "2024-11-22",
			Text: fmt.Sprintf("Report %d, version %d\n\nGunmen attacked a checkpoint in district %d on Thursday, "+
				"and officials met elders the next day to discuss security in the area.", id, v, id%37),
			Events: []storetest.Ev{
				{Type: "ASSAULT", Cameo: "190", Source: "gunmen//", Target: "police/PAKCOP/PAK", Place: "Bannu/Khyber Pakhtunkhwa/PAK",
					From: "2024-11-21", To: "2024-11-21", Killed: id % 5},
				{Type: "CONSULT", Cameo: "040", Source: "officials/PAKGOV/PAK", Target: "elders//", Killed: -1,
					From: "2024-11-22", To: "2024-11-22"},
			},
		}
		b = append(b, r.Analysis())
		if len(b) == crashBatch {
			batches = append(batches, b)
			b = nil
		}
	}
	return batches
}

// TestCrashChild is the child's body; it does nothing in a normal run.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("runs only as the child of TestCrash")
	}
	ctx := context.Background()
	s, err := Open(ctx, path, Options{})
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(3)
	}
	for i, b := range crashCorpus() {
		// Skip batches already stored, as ingest skips known texts.
		known, err := s.Known(ctx, store.ContentHash(b[len(b)-1].Document.Text))
		if err != nil {
			fmt.Println("known:", err)
			os.Exit(3)
		}
		if known {
			continue
		}
		if _, err := s.Put(ctx, b); err != nil {
			fmt.Println("put:", err)
			os.Exit(3)
		}
		fmt.Println("batch", i)
	}
	s.Close()
	fmt.Println("done")
	os.Exit(0)
}

func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	rng := rand.New(rand.NewPCG(1, uint64(time.Now().UnixNano())))
	dir := t.TempDir()
	batches := crashCorpus()
	var path string
	kills, completed := 0, 0
	for round := 0; kills < crashKills; round++ {
		if round%6 == 0 { // a new store now and then, so kills land early and late
			path = filepath.Join(dir, fmt.Sprintf("crash-%d.db", round))
		}
		// Kill after a random number of committed batches, then a random
		// pause of up to 3 ms: mostly in the middle of the next batch.
		after := 1 + rng.IntN(len(batches)/3)
		pause := time.Duration(rng.IntN(3000)) * time.Microsecond
		done, err := runChild(t, path, after, pause)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if done {
			completed++
		} else {
			kills++
		}
		checkCrashed(t, path, batches, false)
	}
	// Run to the end: nothing lost.
	if _, err := runChild(t, path, -1, 0); err != nil {
		t.Fatal(err)
	}
	checkCrashed(t, path, batches, true)
	t.Logf("%d kills, %d runs that finished before their kill", kills, completed)
}

// runChild runs the child on path and kills it after it reports `after`
// committed batches and pause; after < 0 lets it finish. It returns
// whether the child finished.
func runChild(t *testing.T, path string, after int, pause time.Duration) (bool, error) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return false, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return false, err
	}
	sc := bufio.NewScanner(out)
	n, done := 0, false
	var last string
	for sc.Scan() {
		last = sc.Text()
		if last == "done" {
			done = true
			break
		}
		if len(last) > 6 && last[:6] == "batch " {
			n++
		}
		if after >= 0 && n >= after {
			time.Sleep(pause)
			cmd.Process.Kill()
			break
		}
	}
	for sc.Scan() { // drain
		if sc.Text() == "done" {
			done = true
		}
	}
	werr := cmd.Wait()
	if done {
		return true, nil
	}
	if after < 0 {
		return false, fmt.Errorf("child failed: %v (last line %q)", werr, last)
	}
	if ps := cmd.ProcessState; ps != nil && ps.Exited() && ps.ExitCode() == 3 {
		return false, fmt.Errorf("child failed: %q", last)
	}
	return false, nil
}

// checkCrashed opens the store a killed child left and checks it.
func checkCrashed(t *testing.T, path string, batches [][]*doc.Analysis, complete bool) {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatalf("open after kill: %v", err)
	}
	defer s.Close()
	if err := s.Check(ctx); err != nil {
		t.Fatalf("after kill: %v", err)
	}
	stored := 0
	for i, b := range batches {
		n := 0
		for _, a := range b {
			ok, err := s.Known(ctx, store.ContentHash(a.Document.Text))
			if err != nil {
				t.Fatal(err)
			}
			if ok {
				n++
			}
		}
		if n != 0 && n != len(b) {
			t.Fatalf("after kill: batch %d is stored in part: %d of %d texts", i, n, len(b))
		}
		if n == 0 && complete {
			t.Fatalf("after a complete run: batch %d is missing", i)
		}
		stored += n
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Revisions != stored {
		t.Fatalf("after kill: %d revisions for %d stored texts", st.Revisions, stored)
	}
	if complete {
		want := store.Stats{Schema: st.Schema, Documents: crashDocs * 9 / 10, Revisions: crashDocs,
			Events: 2 * crashDocs * 9 / 10, Actors: 4 * crashDocs * 9 / 10, Places: crashDocs * 9 / 10, Quotes: crashDocs * 9 / 10,
			// Every report tells of the same attack and the same meeting.
			Clusters: 2}
		if st != want {
			t.Fatalf("after a complete run Stats() = %+v, want %+v", st, want)
		}
	}
}
