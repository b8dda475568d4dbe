package main

import (
	"bufio"
	"fmt"
	"strings"
	"text/tabwriter"

	"sitrep/internal/doc"
)

// writeTable prints a human summary of one analysis: the document line,
// then its events, quotes and actors.
func writeTable(w *bufio.Writer, a *doc.Analysis) error {
	d := a.Document
	fmt.Fprintf(w, "== %s", d.ID)
	if d.Title != "" {
		fmt.Fprintf(w, "  %s", d.Title)
	}
	if d.Published != "" {
		fmt.Fprintf(w, "  (%s, from %s)", d.Published, d.PublishedFrom)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	actor := func(id doc.Str) string {
		for _, ac := range a.Actors {
			if doc.Str(ac.ID) == id {
				if ac.Code != "" {
					return fmt.Sprintf("%s [%s]", ac.Name, ac.Code)
				}
				return ac.Name
			}
		}
		return "-"
	}
	if len(a.Events) > 0 {
		fmt.Fprintln(tw, "EVENT\tTYPE\tCAMEO\tSOURCE\tTARGET\tDATE\tKILLED\tSTATUS\tTRIGGER")
		for _, e := range a.Events {
			src, tgt := "-", "-"
			if e.Source != nil {
				src = actor(e.Source.Actor)
			}
			if e.Target != nil {
				tgt = actor(e.Target.Actor)
			}
			date := "-"
			if e.Date != nil && e.Date.Range != nil {
				date = e.Date.Range[0]
				if e.Date.Range[1] != e.Date.Range[0] {
					date += ".." + e.Date.Range[1]
				}
			}
			killed := "-"
			if e.Fatalities != nil {
				killed = fmt.Sprint(e.Fatalities.Best)
			}
			typ := e.Type
			if e.Mode != "" {
				typ += "/" + string(e.Mode)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.ID, typ, e.Cameo, src, tgt, date, killed, e.Status, oneLine(e.Trigger.Text, 30))
		}
		fmt.Fprintln(tw)
	}
	if len(a.Quotes) > 0 {
		fmt.Fprintln(tw, "QUOTE\tSPEAKER\tTEXT")
		for _, q := range a.Quotes {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", q.ID, actor(q.Speaker), oneLine(q.Text, 70))
		}
		fmt.Fprintln(tw)
	}
	if len(a.Actors) > 0 {
		fmt.Fprintln(tw, "ACTOR\tNAME\tKIND\tCODE\tMENTIONS")
		for _, ac := range a.Actors {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\n", ac.ID, ac.Name, ac.Kind, orDash(string(ac.Code)), len(ac.Mentions))
		}
		fmt.Fprintln(tw)
	}
	if len(a.Events)+len(a.Quotes)+len(a.Actors) == 0 {
		fmt.Fprintln(tw, "(no events, quotes or actors found)")
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// oneLine folds white space and cuts s to at most n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
