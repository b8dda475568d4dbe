package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"

	"sitrep/internal/store"
)

// runDedup shows and corrects the store's clusters of reports of the same
// real-world event (internal/dedup decides them as documents are stored).
//
//	sitrep dedup [--db DSN]                 count events and clusters
//	sitrep dedup [--db DSN] --show ID       one event's cluster: every report and why it joined
//	sitrep dedup [--db DSN] --split ID      detach a report into its own cluster and hold it apart
//	sitrep dedup [--db DSN] --unsplit ID    lift the hold and cluster the report again
//	sitrep dedup [--db DSN] --rebuild       rebuild every cluster from scratch (holds are kept)
//
// ID is an event's id as query and the API give it: DOCUMENT:EVENT.
func runDedup(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("dedup", "", stderr)
	db := fs.String("db", defaultDB, "store: a SQLite file `PATH` or a postgres:// URL")
	show := fs.String("show", "", "print the cluster of event `ID` (DOCUMENT:EVENT): its reports and why each joined")
	split := fs.String("split", "", "detach event `ID` into a cluster of its own and keep it apart")
	unsplit := fs.String("unsplit", "", "lift the hold on event `ID` and cluster it again")
	rebuild := fs.Bool("rebuild", false, "rebuild every cluster from scratch, in the order events were stored")
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() > 0 {
		errorf(stderr, "dedup: unexpected argument %q (see sitrep dedup -h)", fs.Arg(0))
		return exitUsage
	}
	n := 0
	for _, set := range []bool{*show != "", *split != "", *unsplit != "", *rebuild} {
		if set {
			n++
		}
	}
	if n > 1 {
		errorf(stderr, "dedup: give one of --show, --split, --unsplit, --rebuild")
		return exitUsage
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		errorf(stderr, "dedup: %s: %v", redactDSN(*db), err)
		return exitPartial
	}
	defer st.Close()
	fail := func(err error) int {
		errorf(stderr, "dedup: %v", err)
		if errors.Is(err, store.ErrNotFound) {
			return exitUsage
		}
		return exitPartial
	}
	switch {
	case *show != "":
		c, err := st.Cluster(ctx, *show)
		if err != nil {
			return fail(err)
		}
		w := bufio.NewWriter(stdout)
		printCluster(w, c)
		if err := w.Flush(); err != nil {
			return fail(err)
		}
		return exitOK
	case *split != "":
		if err := st.Split(ctx, *split); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stdout, "%s is now a cluster of its own, held apart (sitrep dedup --unsplit %s to undo)\n", *split, *split)
		return exitOK
	case *unsplit != "":
		if err := st.Unsplit(ctx, *unsplit); err != nil {
			return fail(err)
		}
		c, err := st.Cluster(ctx, *unsplit)
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(stdout, "%s clustered again: %d reports in its cluster\n", *unsplit, c.Events)
		return exitOK
	case *rebuild:
		n, err := st.Recluster(ctx)
		if err != nil {
			return fail(err)
		}
		s, err := st.Stats(ctx)
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(stdout, "rebuilt %d clusters from %d events\n", n, s.Events)
		return exitOK
	}
	s, err := st.Stats(ctx)
	if err != nil {
		return fail(err)
	}
	fmt.Fprintf(stdout, "%d events in %d clusters (real-world events) from %d documents\n", s.Events, s.Clusters, s.Documents)
	return exitOK
}

// printCluster prints a cluster: its counts and figures, then each report
// with the reason it joined.
func printCluster(w io.Writer, c *store.Cluster) {
	fmt.Fprintf(w, "cluster of %s: %d reports in %d documents from %d sources\n", c.First, c.Events, c.Documents, c.Sources)
	for _, f := range []struct {
		name string
		s    *store.Spread
	}{{"killed", c.Fatalities}, {"injured", c.Injuries}} {
		if f.s != nil {
			fmt.Fprintf(w, "%s: low %d, best %d, high %d\n", f.name, f.s.Low, f.s.Best, f.s.High)
		}
	}
	for _, f := range c.Figures {
		fmt.Fprintf(w, "  %s (%s): killed %s, injured %s\n", f.DocID, orDash(f.Source), figure(f.Fatalities), figure(f.Injuries))
	}
	for _, m := range c.Members {
		e := m.Event
		date := "undated"
		if e.Date != nil && e.Date.Range != nil {
			date = e.Date.Range[0]
			if e.Date.Range[1] != date {
				date += ".." + e.Date.Range[1]
			}
		}
		place := m.PlaceName
		if m.Country != "" {
			place += ", " + m.Country
		}
		fmt.Fprintf(w, "\n%s:%s  %s %s  %s  %s  %q\n", m.DocID, e.ID, e.Type, orDash(string(e.Mode)), date,
			orDash(place), e.Trigger.Text)
		if m.Cluster != nil {
			held := ""
			if m.Cluster.Held {
				held = " [held apart]"
			}
			fmt.Fprintf(w, "  score %s%s: %s\n", strconv.FormatFloat(m.Cluster.Score, 'f', 2, 64), held, m.Cluster.Reason)
		}
	}
}

func figure(n *int) string {
	if n == nil {
		return "-"
	}
	return strconv.Itoa(*n)
}
