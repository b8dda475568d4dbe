package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"sitrep/dict"
	"sitrep/internal/doc"
	"sitrep/internal/store"
)

// runQuery prints the stored events a filter selects, newest first.
func runQuery(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("query", "", stderr)
	db := fs.String("db", defaultDB, "store: a SQLite file `PATH` or a postgres:// URL")
	format := fs.String("format", "table", "output format: table, jsonl or csv")
	filter := filterFlags(fs)
	limit := fs.Int("limit", 100, "print at most `N` events (0: all)")
	clusters := fs.Bool("clusters", false, "one row per real-world event: the first report of each cluster of reports")
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() > 0 {
		errorf(stderr, "query: unexpected argument %q (filters are flags; see sitrep query -h)", fs.Arg(0))
		return exitUsage
	}
	switch *format {
	case "table", "jsonl", "csv":
	default:
		errorf(stderr, "query: unknown --format %q (want table, jsonl or csv)", *format)
		return exitUsage
	}
	f, err := filter()
	if err != nil {
		errorf(stderr, "query: %v", err)
		return exitUsage
	}
	f.Limit = max(*limit, 0)
	f.Clusters = *clusters
	st, err := openExisting(ctx, *db)
	if err != nil {
		errorf(stderr, "query: %s: %v", redactDSN(*db), err)
		return exitPartial
	}
	defer st.Close()
	w := bufio.NewWriter(stdout)
	var out rowWriter
	switch *format {
	case "table":
		out = newTableRows(w)
	case "jsonl":
		out = newJSONRows(w)
	case "csv":
		out = newCSVRows(w, eventColumns)
	}
	if err := st.Events(ctx, f, out.write); err != nil {
		w.Flush()
		errorf(stderr, "query: %v", err)
		return exitPartial
	}
	if err := out.close(); err != nil {
		errorf(stderr, "query: write output: %v", err)
		return exitPartial
	}
	return exitOK
}

// filterFlags defines the filter flags query and export share and
// returns a function that checks them and builds the filter.
func filterFlags(fs *flag.FlagSet) func() (store.Filter, error) {
	var f store.Filter
	fs.StringVar(&f.Type, "type", "", "PLOVER event `TYPE` (ASSAULT, PROTEST, …)")
	fs.StringVar(&f.Mode, "mode", "", "event `MODE` of the type")
	fs.StringVar(&f.Cameo, "cameo", "", "CAMEO `CODE` or prefix (19 selects 190-196)")
	fs.StringVar(&f.Actor, "actor", "", "source or target actor: a `CODE` or code prefix (PAK, PAKGOV) or a name")
	fs.StringVar(&f.Country, "country", "", "ISO 3166-1 alpha-3 `CODE` of the country where events happened")
	fs.StringVar(&f.Place, "place", "", "`NAME` of the place (or province) where events happened")
	fs.StringVar(&f.From, "from", "", "events on or after `DATE` (YYYY-MM-DD)")
	fs.StringVar(&f.To, "to", "", "events on or before `DATE` (YYYY-MM-DD)")
	fs.StringVar(&f.Text, "text", "", "documents containing every one of these `WORDS`")
	fs.StringVar(&f.Document, "doc", "", "one document, by `ID` or key")
	return func() (store.Filter, error) {
		for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
			if d.v == "" {
				continue
			}
			if _, err := time.Parse("2006-01-02", d.v); err != nil {
				return f, fmt.Errorf("--%s: %q is not a date (YYYY-MM-DD)", d.name, d.v)
			}
		}
		if f.From != "" && f.To != "" && f.From > f.To {
			return f, fmt.Errorf("--from %s is after --to %s", f.From, f.To)
		}
		if f.Country != "" && len(f.Country) != 3 {
			return f, fmt.Errorf("--country: %q is not an ISO 3166-1 alpha-3 code (PAK, AFG)", f.Country)
		}
		f.Type = strings.ToUpper(strings.TrimSpace(f.Type))
		if f.Type != "" && !dict.PloverTypes[f.Type] {
			return f, fmt.Errorf("--type: %q is not a PLOVER type (ASSAULT, PROTEST, …; see taxonomy.md)", f.Type)
		}
		f.Actor = strings.TrimSpace(f.Actor)
		return f, nil
	}
}

// rowWriter writes events in one output format.
type rowWriter interface {
	write(r *store.EventRow) error
	close() error
}

// tableRows prints events as an aligned table.
type tableRows struct {
	w  *bufio.Writer
	tw *tabwriter.Writer
	n  int
}

func newTableRows(w *bufio.Writer) *tableRows {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tTYPE\tMODE\tCAMEO\tSOURCE\tTARGET\tPLACE\tKILLED\tDOCUMENT")
	return &tableRows{w: w, tw: tw}
}

func (t *tableRows) write(r *store.EventRow) error {
	t.n++
	e := r.Event
	date := "-"
	if e.Date != nil && e.Date.Range != nil {
		date = e.Date.Range[0]
		if e.Date.Range[1] != e.Date.Range[0] {
			date += ".." + e.Date.Range[1]
		}
	}
	place := r.PlaceName
	if r.Country != "" {
		place += ", " + r.Country
	}
	_, err := fmt.Fprintf(t.tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", date, e.Type, orDash(string(e.Mode)), e.Cameo,
		oneLine(actorLabel(r.SourceName, r.SourceCode), 30), oneLine(actorLabel(r.TargetName, r.TargetCode), 30),
		orDash(oneLine(place, 30)), count(e.Fatalities), r.DocID)
	return err
}

func (t *tableRows) close() error {
	if err := t.tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(t.w, "(%d events)\n", t.n)
	return t.w.Flush()
}

func actorLabel(name, code string) string {
	switch {
	case name == "" && code == "":
		return "-"
	case code == "":
		return name
	}
	return name + " [" + code + "]"
}

func count(c *doc.Count) string {
	switch {
	case c == nil:
		return "-"
	case c.Low == c.High:
		return strconv.Itoa(c.Best)
	}
	return fmt.Sprintf("%d (%d-%d)", c.Best, c.Low, c.High)
}

// jsonRows prints one JSON object per event: the event as stored, its
// document, and its resolved actors and place.
type jsonRows struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func newJSONRows(w *bufio.Writer) *jsonRows {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &jsonRows{w: w, enc: enc}
}

type jsonActor struct {
	Name    string  `json:"name"`
	Code    doc.Str `json:"code"`
	Country doc.Str `json:"country"`
}

type jsonPlace struct {
	Name    string   `json:"name"`
	Admin1  doc.Str  `json:"admin1"`
	Country doc.Str  `json:"country"`
	Lat     *float64 `json:"lat"`
	Lon     *float64 `json:"lon"`
}

type jsonRow struct {
	Document struct {
		ID        string  `json:"id"`
		Title     doc.Str `json:"title"`
		Source    doc.Str `json:"source"`
		URL       doc.Str `json:"url"`
		Published doc.Str `json:"published"`
	} `json:"document"`
	Event  doc.Event  `json:"event"`
	Source *jsonActor `json:"source"`
	Target *jsonActor `json:"target"`
	Place  *jsonPlace `json:"place"`
	// Cluster is the real-world event the report belongs to, when known.
	Cluster *store.ClusterView `json:"cluster,omitempty"`
}

func (j *jsonRows) write(r *store.EventRow) error {
	var o jsonRow
	o.Document.ID, o.Document.Title, o.Document.Source = r.DocID, doc.Str(r.Title), doc.Str(r.Source)
	o.Document.URL, o.Document.Published = doc.Str(r.URL), doc.Str(r.Published)
	o.Event = r.Event
	if r.SourceName != "" || r.SourceCode != "" {
		o.Source = &jsonActor{r.SourceName, doc.Str(r.SourceCode), doc.Str(r.SourceCountry)}
	}
	if r.TargetName != "" || r.TargetCode != "" {
		o.Target = &jsonActor{r.TargetName, doc.Str(r.TargetCode), doc.Str(r.TargetCountry)}
	}
	if r.PlaceName != "" {
		o.Place = &jsonPlace{r.PlaceName, doc.Str(r.Admin1), doc.Str(r.Country), r.Lat, r.Lon}
	}
	o.Cluster = r.Cluster.View()
	return j.enc.Encode(o)
}

func (j *jsonRows) close() error { return j.w.Flush() }

// csvRows prints events as CSV with a header, one column per entry of cols.
type csvRows struct {
	w    *bufio.Writer
	cw   *csv.Writer
	cols []column
	rec  []string
}

// column is one CSV column: its header and how to fill it.
type column struct {
	name  string
	value func(r *store.EventRow) string
}

func newCSVRows(w *bufio.Writer, cols []column) *csvRows {
	c := &csvRows{w: w, cw: csv.NewWriter(w), cols: cols, rec: make([]string, len(cols))}
	for i, col := range cols {
		c.rec[i] = col.name
	}
	c.cw.Write(c.rec)
	return c
}

func (c *csvRows) write(r *store.EventRow) error {
	for i, col := range c.cols {
		c.rec[i] = col.value(r)
	}
	return c.cw.Write(c.rec)
}

func (c *csvRows) close() error {
	c.cw.Flush()
	if err := c.cw.Error(); err != nil {
		return err
	}
	return c.w.Flush()
}

// Helpers for column values.

func dateFrom(r *store.EventRow) string {
	if d := r.Event.Date; d != nil && d.Range != nil {
		return d.Range[0]
	}
	return ""
}

func dateTo(r *store.EventRow) string {
	if d := r.Event.Date; d != nil && d.Range != nil {
		return d.Range[1]
	}
	return ""
}

func fnum(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}

func cnt(c *doc.Count, part string) string {
	if c == nil {
		return ""
	}
	switch part {
	case "low":
		return strconv.Itoa(c.Low)
	case "high":
		return strconv.Itoa(c.High)
	}
	return strconv.Itoa(c.Best)
}

// eventColumns are the columns of `query --format csv` and `export
// --format csv`: every queryable field of an event, flat.
var eventColumns = []column{
	{"document_id", func(r *store.EventRow) string { return r.DocID }},
	{"event_id", func(r *store.EventRow) string { return r.Event.ID }},
	{"date_from", dateFrom},
	{"date_to", dateTo},
	{"date_granularity", func(r *store.EventRow) string {
		if r.Event.Date != nil {
			return r.Event.Date.Granularity
		}
		return ""
	}},
	{"type", func(r *store.EventRow) string { return r.Event.Type }},
	{"mode", func(r *store.EventRow) string { return string(r.Event.Mode) }},
	{"cameo", func(r *store.EventRow) string { return r.Event.Cameo }},
	{"quad_class", func(r *store.EventRow) string { return strconv.Itoa(r.Event.QuadClass) }},
	{"goldstein", func(r *store.EventRow) string { return strconv.FormatFloat(r.Event.Goldstein, 'f', -1, 64) }},
	{"status", func(r *store.EventRow) string { return r.Event.Status }},
	{"source_actor", func(r *store.EventRow) string { return r.SourceName }},
	{"source_code", func(r *store.EventRow) string { return r.SourceCode }},
	{"source_country", func(r *store.EventRow) string { return r.SourceCountry }},
	{"target_actor", func(r *store.EventRow) string { return r.TargetName }},
	{"target_code", func(r *store.EventRow) string { return r.TargetCode }},
	{"target_country", func(r *store.EventRow) string { return r.TargetCountry }},
	{"place", func(r *store.EventRow) string { return r.PlaceName }},
	{"admin1", func(r *store.EventRow) string { return r.Admin1 }},
	{"country", func(r *store.EventRow) string { return r.Country }},
	{"lat", func(r *store.EventRow) string { return fnum(r.Lat) }},
	{"lon", func(r *store.EventRow) string { return fnum(r.Lon) }},
	{"fatalities_low", func(r *store.EventRow) string { return cnt(r.Event.Fatalities, "low") }},
	{"fatalities_best", func(r *store.EventRow) string { return cnt(r.Event.Fatalities, "best") }},
	{"fatalities_high", func(r *store.EventRow) string { return cnt(r.Event.Fatalities, "high") }},
	{"injuries_best", func(r *store.EventRow) string { return cnt(r.Event.Injuries, "best") }},
	{"detained_best", func(r *store.EventRow) string { return cnt(r.Event.Detained, "best") }},
	{"trigger", func(r *store.EventRow) string { return r.Event.Trigger.Text }},
	{"confidence", func(r *store.EventRow) string { return strconv.FormatFloat(r.Event.Confidence, 'f', -1, 64) }},
	{"rule", func(r *store.EventRow) string { return r.Event.Rule }},
	{"title", func(r *store.EventRow) string { return r.Title }},
	{"source", func(r *store.EventRow) string { return r.Source }},
	{"url", func(r *store.EventRow) string { return r.URL }},
	{"published", func(r *store.EventRow) string { return r.Published }},
	// The cluster of reports of the same real-world event.
	{"cluster_id", func(r *store.EventRow) string {
		return clusterField(r, func(c *store.ClusterInfo) string { return c.First })
	}},
	{"cluster_reports", func(r *store.EventRow) string {
		return clusterCount(r, func(c *store.ClusterInfo) int { return c.Events })
	}},
	{"cluster_documents", func(r *store.EventRow) string {
		return clusterCount(r, func(c *store.ClusterInfo) int { return c.Documents })
	}},
	{"cluster_sources", func(r *store.EventRow) string {
		return clusterCount(r, func(c *store.ClusterInfo) int { return c.Sources })
	}},
	{"cluster_fatalities_low", func(r *store.EventRow) string { return clusterSpread(r, "low") }},
	{"cluster_fatalities_best", func(r *store.EventRow) string { return clusterSpread(r, "best") }},
	{"cluster_fatalities_high", func(r *store.EventRow) string { return clusterSpread(r, "high") }},
}

func clusterField(r *store.EventRow, get func(*store.ClusterInfo) string) string {
	if r.Cluster == nil {
		return ""
	}
	return get(r.Cluster)
}

func clusterCount(r *store.EventRow, get func(*store.ClusterInfo) int) string {
	if r.Cluster == nil {
		return ""
	}
	return strconv.Itoa(get(r.Cluster))
}

// clusterSpread is the cluster's fatalities part: low, best or high.
func clusterSpread(r *store.EventRow, part string) string {
	if r.Cluster == nil || r.Cluster.Fatalities == nil {
		return ""
	}
	f := r.Cluster.Fatalities
	switch part {
	case "low":
		return strconv.Itoa(f.Low)
	case "high":
		return strconv.Itoa(f.High)
	}
	return strconv.Itoa(f.Best)
}
