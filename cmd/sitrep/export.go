package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sitrep/internal/plovermap"
	"strconv"
	"strings"

	"github.com/parquet-go/parquet-go"

	"sitrep/internal/doc"
	"sitrep/internal/store"
)

// runExport writes the whole store, or the part a filter selects, to a
// file: analyses as sitrep/v1 JSONL, or events as CSV in sitrep's own,
// GDELT-style or ACLED-style columns. The file appears whole or not at
// all: it is written beside PATH and renamed when complete.
func runExport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("export", "", stderr)
	db := fs.String("db", defaultDB, "store: a SQLite file `PATH` or a postgres:// URL")
	format := fs.String("format", "", "jsonl (sitrep/v1 analyses), csv or parquet (events), gdelt or acled (events in their columns)")
	out := fs.String("out", "", "output file `PATH`, or - for stdout")
	clusters := fs.Bool("clusters", false, "events: one row per real-world event (the first report of each cluster); jsonl: add each event's cluster")
	filter := filterFlags(fs)
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() > 0 {
		errorf(stderr, "export: unexpected argument %q (filters are flags; see sitrep export -h)", fs.Arg(0))
		return exitUsage
	}
	var cols []column
	switch *format {
	case "jsonl":
	case "csv":
		cols = eventColumns
	case "gdelt":
		cols = gdeltColumns
	case "acled":
		cols = acledColumns
	case "parquet":
		if *out == "-" {
			errorf(stderr, "export: --format parquet needs a file --out, not stdout")
			return exitUsage
		}
	case "":
		errorf(stderr, "export: --format is required (jsonl, csv, gdelt, acled or parquet)")
		return exitUsage
	default:
		errorf(stderr, "export: unknown --format %q (want jsonl, csv, gdelt, acled or parquet)", *format)
		return exitUsage
	}
	if *out == "" {
		errorf(stderr, "export: --out is required (a file path, or - for stdout)")
		return exitUsage
	}
	f, err := filter()
	if err != nil {
		errorf(stderr, "export: %v", err)
		return exitUsage
	}
	f.Clusters = *clusters && *format != "jsonl"
	st, err := openExisting(ctx, *db)
	if err != nil {
		errorf(stderr, "export: %s: %v", redactDSN(*db), err)
		return exitPartial
	}
	defer st.Close()

	dst, commit, abort, err := createOutput(*out, stdout)
	if err != nil {
		errorf(stderr, "export: %v", err)
		return exitPartial
	}
	w := bufio.NewWriterSize(dst, 1<<16)
	n := 0
	if *format == "jsonl" {
		err = st.Analyses(ctx, f, func(js []byte) error {
			n++
			if *clusters {
				var err error
				if js, err = withClusters(ctx, st, js); err != nil {
					return err
				}
			}
			w.Write(js)
			return w.WriteByte('\n')
		})
		if err == nil {
			err = w.Flush()
		}
	} else if *format == "parquet" {
		pw := parquet.NewGenericWriter[parquetEvent](w, parquet.Compression(&parquet.Zstd))
		batch := make([]parquetEvent, 0, 1024)
		flush := func() error {
			_, err := pw.Write(batch)
			batch = batch[:0]
			return err
		}
		err = st.Events(ctx, f, func(r *store.EventRow) error {
			n++
			batch = append(batch, newParquetEvent(r))
			if len(batch) == cap(batch) {
				return flush()
			}
			return nil
		})
		if err == nil {
			err = flush()
		}
		if err == nil {
			err = pw.Close()
		}
		if err == nil {
			err = w.Flush()
		}
	} else {
		rows := newCSVRows(w, cols)
		err = st.Events(ctx, f, func(r *store.EventRow) error { n++; return rows.write(r) })
		if err == nil {
			err = rows.close()
		}
	}
	if err == nil {
		err = commit()
	}
	if err != nil {
		abort()
		errorf(stderr, "export: %v", err)
		return exitPartial
	}
	what := "events"
	if *format == "jsonl" {
		what = "documents"
	}
	if *out != "-" {
		fmt.Fprintf(stdout, "exported %d %s to %s\n", n, what, *out)
	}
	return exitOK
}

// createOutput opens a temporary file beside path (or stdout for "-");
// commit renames it to path, abort removes it.
func createOutput(path string, stdout io.Writer) (w io.Writer, commit, abort func() error, err error) {
	if path == "-" {
		return stdout, func() error { return nil }, func() error { return nil }, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, nil, nil, fmt.Errorf("create output: %w", err)
	}
	commit = func() error {
		if err := tmp.Sync(); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		if err := tmp.Close(); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		if err := os.Rename(tmp.Name(), path); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		return nil
	}
	abort = func() error {
		tmp.Close()
		return os.Remove(tmp.Name())
	}
	return tmp, commit, abort, nil
}

// gdeltColumns follow the GDELT 2.0 event table, in its order, for the
// columns sitrep can fill. Differences: GLOBALEVENTID is DOCUMENT:EVENT;
// country codes are ISO 3166-1 alpha-3 for actors and places (GDELT uses
// CAMEO country codes for actors and FIPS 10-4 for places); ADM1 is the
// province's name; NumMentions, NumSources and NumArticles count the
// reports, outlets and documents of the event's cluster (internal/dedup),
// so that with --clusters each row is one real-world event; DATEADDED is
// the publication date.
var gdeltColumns = []column{
	{"GLOBALEVENTID", func(r *store.EventRow) string { return r.DocID + ":" + r.Event.ID }},
	{"SQLDATE", func(r *store.EventRow) string { return compactDate(eventDay(r)) }},
	{"MonthYear", func(r *store.EventRow) string { return cut(compactDate(eventDay(r)), 6) }},
	{"Year", func(r *store.EventRow) string { return cut(eventDay(r), 4) }},
	{"Actor1Code", func(r *store.EventRow) string { return r.SourceCode }},
	{"Actor1Name", func(r *store.EventRow) string { return strings.ToUpper(r.SourceName) }},
	{"Actor1CountryCode", func(r *store.EventRow) string { return r.SourceCountry }},
	{"Actor2Code", func(r *store.EventRow) string { return r.TargetCode }},
	{"Actor2Name", func(r *store.EventRow) string { return strings.ToUpper(r.TargetName) }},
	{"Actor2CountryCode", func(r *store.EventRow) string { return r.TargetCountry }},
	{"IsRootEvent", func(r *store.EventRow) string {
		if r.Event.Sentence <= 1 { // the headline or the lead sentence
			return "1"
		}
		return "0"
	}},
	{"EventCode", func(r *store.EventRow) string { return r.Event.Cameo }},
	{"EventBaseCode", func(r *store.EventRow) string { return cut(r.Event.Cameo, 3) }},
	{"EventRootCode", func(r *store.EventRow) string { return cut(r.Event.Cameo, 2) }},
	{"QuadClass", func(r *store.EventRow) string { return strconv.Itoa(r.Event.QuadClass) }},
	{"GoldsteinScale", func(r *store.EventRow) string { return strconv.FormatFloat(r.Event.Goldstein, 'f', 1, 64) }},
	{"NumMentions", func(r *store.EventRow) string {
		return clusterCountOr1(r, func(c *store.ClusterInfo) int { return c.Events })
	}},
	{"NumSources", func(r *store.EventRow) string {
		return clusterCountOr1(r, func(c *store.ClusterInfo) int { return c.Sources })
	}},
	{"NumArticles", func(r *store.EventRow) string {
		return clusterCountOr1(r, func(c *store.ClusterInfo) int { return c.Documents })
	}},
	{"ActionGeo_Type", func(r *store.EventRow) string {
		if r.PlaceName == "" {
			return "0"
		}
		return "4" // a place within a country
	}},
	{"ActionGeo_FullName", func(r *store.EventRow) string { return joinNonEmpty(", ", r.PlaceName, r.Admin1, r.Country) }},
	{"ActionGeo_CountryCode", func(r *store.EventRow) string { return r.Country }},
	{"ActionGeo_ADM1Code", func(r *store.EventRow) string { return r.Admin1 }},
	{"ActionGeo_Lat", func(r *store.EventRow) string { return fnum(r.Lat) }},
	{"ActionGeo_Long", func(r *store.EventRow) string { return fnum(r.Lon) }},
	{"DATEADDED", func(r *store.EventRow) string { return compactDate(cut(r.Published, 10)) }},
	{"SOURCEURL", func(r *store.EventRow) string { return r.URL }},
}

// acledColumns follow ACLED's export columns, in its order, for the
// columns sitrep can fill. event_type and sub_event_type map the PLOVER
// type and mode as taxonomy.md says (package plovermap; types it does not
// list are Strategic developments / Other), and plover_type and
// plover_mode, appended after ACLED's columns, keep them. Differences: iso and country
// are ISO 3166-1 alpha-3; inter codes come from the actor code's sector
// (GOV, MIL, COP: 1; REB: 2; CVL: 7; IGO: 8; else empty); fatalities is
// the best estimate, 0 when no count was reported, as in ACLED; notes is
// the event's trigger and the report's title.
var acledColumns = []column{
	{"event_id_cnty", func(r *store.EventRow) string { return r.Country + ":" + r.DocID + ":" + r.Event.ID }},
	{"event_date", func(r *store.EventRow) string { return eventDay(r) }},
	{"year", func(r *store.EventRow) string { return cut(eventDay(r), 4) }},
	{"time_precision", func(r *store.EventRow) string {
		switch {
		case r.Event.Date == nil || r.Event.Date.Range == nil:
			return "3"
		case r.Event.Date.Range[0] == r.Event.Date.Range[1]:
			return "1"
		case r.Event.Date.Granularity == "week":
			return "2"
		}
		return "3"
	}},
	{"event_type", func(r *store.EventRow) string { t, _ := plovermap.Type(acledEvent(r)); return t }},
	{"sub_event_type", func(r *store.EventRow) string { _, sub := plovermap.Type(acledEvent(r)); return sub }},
	{"actor1", func(r *store.EventRow) string { return r.SourceName }},
	{"inter1", func(r *store.EventRow) string { return inter(r.SourceCode) }},
	{"actor2", func(r *store.EventRow) string { return r.TargetName }},
	{"inter2", func(r *store.EventRow) string { return inter(r.TargetCode) }},
	{"iso", func(r *store.EventRow) string { return r.Country }},
	{"country", func(r *store.EventRow) string { return r.Country }},
	{"admin1", func(r *store.EventRow) string { return r.Admin1 }},
	{"location", func(r *store.EventRow) string { return r.PlaceName }},
	{"latitude", func(r *store.EventRow) string { return fnum(r.Lat) }},
	{"longitude", func(r *store.EventRow) string { return fnum(r.Lon) }},
	{"geo_precision", func(r *store.EventRow) string {
		if r.Lat == nil {
			return ""
		}
		return "1"
	}},
	{"source", func(r *store.EventRow) string { return r.Source }},
	{"notes", func(r *store.EventRow) string { return joinNonEmpty(" | ", r.Event.Trigger.Text, r.Title) }},
	{"fatalities", func(r *store.EventRow) string {
		if r.Event.Fatalities == nil {
			return "0"
		}
		return strconv.Itoa(r.Event.Fatalities.Best)
	}},
	{"source_url", func(r *store.EventRow) string { return r.URL }},
	{"plover_type", func(r *store.EventRow) string { return r.Event.Type }},
	{"plover_mode", func(r *store.EventRow) string { return string(r.Event.Mode) }},
}

// acledEvent gives package plovermap what it reads of a stored event; the
// target's sector comes from its actor code.
func acledEvent(r *store.EventRow) plovermap.Event {
	e := plovermap.Event{Type: r.Event.Type, Mode: string(r.Event.Mode), Rule: string(r.Event.Rule), HasTarget: r.Event.Target != nil}
	if r.Event.Target != nil {
		e.TargetText = r.Event.Target.Text
		if r.TargetCode != "" {
			e.TargetSector = plovermap.Sector(r.TargetCode)
			if e.TargetSector == "" {
				e.TargetSector = "-" // an actor with no sector in its code
			}
		}
	}
	return e
}

// eventDay is the first day of the event's date range, else the day it
// was published.
func eventDay(r *store.EventRow) string {
	if d := dateFrom(r); d != "" {
		return d
	}
	return cut(r.Published, 10)
}

func compactDate(d string) string { return strings.ReplaceAll(d, "-", "") }

func cut(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// inter is ACLED's actor type code for a CAMEO-style actor code.
func inter(code string) string {
	if len(code) < 3 {
		return ""
	}
	switch code[len(code)-3:] {
	case "GOV", "MIL", "COP":
		return "1"
	case "REB":
		return "2"
	case "CVL":
		return "7"
	case "IGO":
		return "8"
	}
	return ""
}

// parquetEvent is one row of `export --format parquet`: the columns of
// `--format csv`, typed; unknown values are nulls.
type parquetEvent struct {
	DocumentID      string   `parquet:"document_id"`
	EventID         string   `parquet:"event_id"`
	DateFrom        *string  `parquet:"date_from,optional"`
	DateTo          *string  `parquet:"date_to,optional"`
	DateGranularity *string  `parquet:"date_granularity,optional"`
	Type            string   `parquet:"type"`
	Mode            *string  `parquet:"mode,optional"`
	Cameo           string   `parquet:"cameo"`
	QuadClass       int32    `parquet:"quad_class"`
	Goldstein       float64  `parquet:"goldstein"`
	Status          string   `parquet:"status"`
	SourceActor     *string  `parquet:"source_actor,optional"`
	SourceCode      *string  `parquet:"source_code,optional"`
	SourceCountry   *string  `parquet:"source_country,optional"`
	TargetActor     *string  `parquet:"target_actor,optional"`
	TargetCode      *string  `parquet:"target_code,optional"`
	TargetCountry   *string  `parquet:"target_country,optional"`
	Place           *string  `parquet:"place,optional"`
	Admin1          *string  `parquet:"admin1,optional"`
	Country         *string  `parquet:"country,optional"`
	Lat             *float64 `parquet:"lat,optional"`
	Lon             *float64 `parquet:"lon,optional"`
	FatalitiesLow   *int32   `parquet:"fatalities_low,optional"`
	FatalitiesBest  *int32   `parquet:"fatalities_best,optional"`
	FatalitiesHigh  *int32   `parquet:"fatalities_high,optional"`
	InjuriesBest    *int32   `parquet:"injuries_best,optional"`
	DetainedBest    *int32   `parquet:"detained_best,optional"`
	Trigger         string   `parquet:"trigger"`
	Confidence      float64  `parquet:"confidence"`
	Rule            string   `parquet:"rule"`
	Title           *string  `parquet:"title,optional"`
	Source          *string  `parquet:"source,optional"`
	URL             *string  `parquet:"url,optional"`
	Published       *string  `parquet:"published,optional"`
}

func newParquetEvent(r *store.EventRow) parquetEvent {
	e := r.Event
	opt := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	num := func(c *doc.Count, part func(*doc.Count) int) *int32 {
		if c == nil {
			return nil
		}
		n := int32(part(c))
		return &n
	}
	low := func(c *doc.Count) int { return c.Low }
	best := func(c *doc.Count) int { return c.Best }
	high := func(c *doc.Count) int { return c.High }
	p := parquetEvent{
		DocumentID: r.DocID, EventID: e.ID, Type: e.Type, Mode: opt(string(e.Mode)), Cameo: e.Cameo,
		QuadClass: int32(e.QuadClass), Goldstein: e.Goldstein, Status: e.Status,
		SourceActor: opt(r.SourceName), SourceCode: opt(r.SourceCode), SourceCountry: opt(r.SourceCountry),
		TargetActor: opt(r.TargetName), TargetCode: opt(r.TargetCode), TargetCountry: opt(r.TargetCountry),
		Place: opt(r.PlaceName), Admin1: opt(r.Admin1), Country: opt(r.Country), Lat: r.Lat, Lon: r.Lon,
		FatalitiesLow: num(e.Fatalities, low), FatalitiesBest: num(e.Fatalities, best), FatalitiesHigh: num(e.Fatalities, high),
		InjuriesBest: num(e.Injuries, best), DetainedBest: num(e.Detained, best),
		Trigger: e.Trigger.Text, Confidence: e.Confidence, Rule: e.Rule,
		Title: opt(r.Title), Source: opt(r.Source), URL: opt(r.URL), Published: opt(r.Published),
	}
	if e.Date != nil {
		p.DateGranularity = opt(e.Date.Granularity)
		if e.Date.Range != nil {
			p.DateFrom, p.DateTo = opt(e.Date.Range[0]), opt(e.Date.Range[1])
		}
	}
	return p
}

// clusterCountOr1 is a count of the event's cluster, or 1 (the event
// itself) when the store gives none.
func clusterCountOr1(r *store.EventRow, get func(*store.ClusterInfo) int) string {
	if r.Cluster == nil {
		return "1"
	}
	return strconv.Itoa(get(r.Cluster))
}

// withClusters adds to an analysis (sitrep/v1 JSON) an optional
// "clusters" object: for each event id, the cluster of reports of the
// same real-world event it belongs to (as query --format jsonl prints
// it). The analysis is otherwise unchanged, byte for byte.
func withClusters(ctx context.Context, st store.Store, js []byte) ([]byte, error) {
	var head struct {
		Document struct {
			ID string `json:"id"`
		} `json:"document"`
	}
	if err := json.Unmarshal(js, &head); err != nil {
		return nil, fmt.Errorf("read stored analysis: %w", err)
	}
	cl := map[string]*store.ClusterView{}
	err := st.Events(ctx, store.Filter{Document: head.Document.ID}, func(r *store.EventRow) error {
		if r.DocID == head.Document.ID {
			cl[r.Event.ID] = r.Cluster.View()
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("clusters of %s: %w", head.Document.ID, err)
	}
	add, err := json.Marshal(cl)
	if err != nil {
		return nil, err
	}
	end := bytes.LastIndexByte(js, '}')
	if end < 0 {
		return nil, fmt.Errorf("stored analysis of %s is not a JSON object", head.Document.ID)
	}
	out := make([]byte, 0, len(js)+len(add)+16)
	out = append(out, js[:end]...)
	out = append(out, `,"clusters":`...)
	out = append(out, add...)
	return append(out, js[end:]...), nil
}
