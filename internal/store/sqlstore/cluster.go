package sqlstore

// Clustering: every stored event is a member of one cluster, the reports
// of one real-world event. Events join clusters in the order they are
// stored, inside the transaction that stores them, so a crash leaves the
// clusters of every committed batch, and a rebuild (Recluster) makes the
// same clusters as storing the events afresh would.
//
// An event joins the cluster of the best-scoring report it matches by
// the rule of internal/dedup (on equal scores, a cluster that holds a
// report of the event's own document before an older one), provided it conflicts with none of the
// members it is compared with and lies within the date window of every
// member (complete linkage: a cluster does not take a report that the
// rule rules out as one event with a member, such as towns 40 km apart).
// A report that matches two clusters which conflict with each other is
// ambiguous and stays apart. With no such cluster it starts its own. Candidates are read by type and date through
// the events_type_dates index: only events whose first day lies within the
// window and the longest matchable span of the new event's range and whose
// last day is at most the window before its first (others conflict), and for
// place-bound types only those of its country or of none; at most 128 of
// them (the latest days), and of each cluster its 16 latest reports.
//
// Removing an event (a new revision of its document, recode) takes it
// out of its cluster and leaves the other members where they are;
// Recluster rebuilds every cluster from scratch.

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"sitrep/internal/dedup"
	"sitrep/internal/doc"
	"sitrep/internal/store"
)

// freshEvent is an event the batch wrote, to be clustered after flush.
type freshEvent struct {
	id, rev    int64
	key, docID string
	ev         store.Event
}

func (f freshEvent) member() member {
	e := f.ev
	return member{id: f.id, key: f.key, docID: f.docID, eventID: e.ID, m: dedup.Mention{
		Type: e.Type, Mode: e.Mode, Status: e.Status, From: e.DateFrom, To: e.DateTo,
		SourceCode: e.SourceCode, TargetCode: e.TargetCode,
		PlaceKind: e.PlaceKind, PlaceName: e.PlaceName, Admin1: e.Admin1, Country: e.Country,
		Lat: e.Lat, Lon: e.Lon, Fatalities: e.Fatalities}, injuries: e.Injuries}
}

// member is an event as clustering sees it.
type member struct {
	id                     int64
	key, docID, eventID    string
	m                      dedup.Mention
	injuries               *int
	cluster                int64  // of a candidate: its cluster
	latestFrom, earliestTo string // and that cluster's date bounds
	held                   bool
}

func (m *member) apiID() string { return m.docID + ":" + m.eventID }

// clusterer assigns events to clusters inside one transaction.
type clusterer struct {
	s                                                   *DB
	tx                                                  *sql.Tx
	rule                                                *dedup.Rule
	stmts                                               []*sql.Stmt
	cands, candsIn, isHeld, addCluster, addMember, grow *sql.Stmt
	leaving, drop, members, delCluster, setCluster, one *sql.Stmt
	// known holds the events read or written in this transaction, by
	// id, with the fields of an event row that never change (its
	// cluster, date bounds and hold are read afresh each time).
	known   map[int64]member
	holds   bool           // whether any event is held apart
	touched map[int64]bool // clusters whose members changed
}

// Columns of an event that clustering reads, after its id.
const memberCols = `e.type, e.mode, e.status, e.date_from, e.date_to, e.source_code, e.target_code,
	e.place_kind, e.place_name, e.admin1, e.country, e.lat, e.lon, e.fatalities, e.injuries`

func (s *DB) newClusterer(ctx context.Context, tx *sql.Tx) (*clusterer, error) {
	c := &clusterer{s: s, tx: tx, rule: s.rule, touched: map[int64]bool{}, known: map[int64]member{}}
	var err error
	prep := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = s.txPrepare(ctx, tx, q)
		if err != nil {
			err = fmt.Errorf("prepare %.40q: %w", q, err)
			return nil
		}
		c.stmts = append(c.stmts, st)
		return st
	}
	// The candidates' ids come from the type and date index, in its
	// order (the latest days first, so no sorting),
	// with their clusters; the rows of those compared are read after.
	limit := fmt.Sprint(maxCandidates)
	window := `SELECT id, date_from, date_to FROM events WHERE type = ? AND date_from >= ? AND date_from <= ? AND date_to >= ? AND id < ? AND id <> ?`
	// The candidates with their clusters and the clusters' date bounds
	// (candidates keeps the latest maxCompared of each cluster); the
	// events' own fields come from c.known or, read once per batch,
	// from c.one.
	rows := func(ids string) string {
		return `SELECT x.id, xm.cluster, c.latest_from, c.earliest_to, xm.held
		FROM (` + ids + `) x JOIN cluster_members xm ON xm.event = x.id JOIN clusters c ON c.id = xm.cluster`
	}
	c.cands = prep(rows(window + ` ORDER BY date_from DESC, date_to DESC, id DESC LIMIT ` + limit))
	// A placed report's: those of its country and the unplaced, each
	// read from the (type, country, date_from, date_to) index in its order.
	c.candsIn = prep(rows(`SELECT id, date_from, date_to FROM (` + window + ` AND country = ? ORDER BY date_from DESC, date_to DESC, id DESC LIMIT ` + limit + `) a
			UNION ALL
			SELECT id, date_from, date_to FROM (` + window + ` AND country = '' ORDER BY date_from DESC, date_to DESC, id DESC LIMIT ` + limit + `) b
			ORDER BY date_from DESC, date_to DESC, id DESC LIMIT ` + limit))
	c.one = prep(`SELECT e.id, r.doc_id, e.event_id, ` + memberCols + ` FROM events e JOIN revisions r ON r.id = e.rev WHERE e.id = ?`)
	c.isHeld = prep(`SELECT 1 FROM cluster_holds WHERE doc_key = ? AND event_id = ?`)
	c.addCluster = prep(`INSERT INTO clusters (type, first_event, events, documents, sources, latest_from, earliest_to,
		fatalities_low, fatalities_best, fatalities_high, injuries_low, injuries_best, injuries_high)
		VALUES (?, ?, 1, 1, 1, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`)
	c.addMember = prep(`INSERT INTO cluster_members (event, cluster, score, reason, held) VALUES (?, ?, ?, ?, ?)`)
	c.grow = prep(`UPDATE clusters SET events = events + 1, latest_from = ?, earliest_to = ? WHERE id = ?`)
	c.leaving = prep(`SELECT DISTINCT cm.cluster FROM cluster_members cm JOIN events e ON e.id = cm.event WHERE e.rev = ?`)
	c.drop = prep(`DELETE FROM cluster_members WHERE event IN (SELECT id FROM events WHERE rev = ?)`)
	c.members = prep(`SELECT e.id, r.document, r.source, e.fatalities, e.injuries, e.date_from, e.date_to
		FROM cluster_members cm JOIN events e ON e.id = cm.event JOIN revisions r ON r.id = e.rev
		WHERE cm.cluster = ? ORDER BY e.id`)
	c.delCluster = prep(`DELETE FROM clusters WHERE id = ?`)
	c.setCluster = prep(`UPDATE clusters SET first_event = ?, events = ?, documents = ?, sources = ?, latest_from = ?, earliest_to = ?,
		fatalities_low = ?, fatalities_best = ?, fatalities_high = ?, injuries_low = ?, injuries_best = ?, injuries_high = ?
		WHERE id = ?`)
	if err == nil {
		var n int
		if err = tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM cluster_holds`).Scan(&n); err != nil {
			err = fmt.Errorf("count held events: %w", err)
		}
		c.holds = n > 0
	}
	if err != nil {
		c.close()
		return nil, err
	}
	return c, nil
}

func (c *clusterer) close() {
	for _, st := range c.stmts {
		st.Close()
	}
	c.stmts = nil
}

// leave takes the events of revision rev out of their clusters, which are
// brought up to date (or deleted when empty) at the end of the batch.
func (c *clusterer) leave(ctx context.Context, rev int64) error {
	rows, err := c.leaving.QueryContext(ctx, rev)
	if err != nil {
		return fmt.Errorf("find clusters: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("find clusters: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("find clusters: %w", err)
	}
	if len(ids) == 0 {
		return nil
	}
	if _, err := c.drop.ExecContext(ctx, rev); err != nil {
		return fmt.Errorf("leave clusters: %w", err)
	}
	// Recounted at the end of the batch; meanwhile the clusters' date
	// bounds may be wider than their members', which only makes later
	// events of the batch less likely to join them.
	for _, id := range ids {
		c.touched[id] = true
	}
	return nil
}

// maxCandidates bounds the reports read for a new event: those of its
// type in its date window with the latest days (then the latest stored).
// A cluster with more reports in the window is checked for conflicts
// against those only (its date bounds still cover every member).
const maxCandidates = 128

// maxKnown bounds the events a clusterer remembers (clusterer.known).
const maxKnown = 1 << 16

// maxCompared bounds the members of one cluster a new event is compared
// with: the latest ones. Members agree with each other, so a large
// cluster (a big event reported hundreds of times) is well represented
// by its latest reports.
const maxCompared = 16

// withinDates reports whether m lies within the window of every member
// of cand's cluster: of the latest first day and the earliest last day.
func (c *clusterer) withinDates(m dedup.Mention, cand member) bool {
	from, err1 := time.Parse(time.DateOnly, m.From)
	to, err2 := time.Parse(time.DateOnly, m.To)
	lf, err3 := time.Parse(time.DateOnly, cand.latestFrom)
	et, err4 := time.Parse(time.DateOnly, cand.earliestTo)
	if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
		return false
	}
	w := time.Duration(c.rule.Window()) * 24 * time.Hour
	return lf.Sub(to) <= w && from.Sub(et) <= w
}

// dateBounds returns the range [lo, hi] of first days that candidates
// for m can have and the earliest last day (end), or ok false when m's
// date cannot match anything: a candidate more than the window apart
// conflicts, and one whose range is longer than the longest matchable
// span identifies nothing.
func (c *clusterer) dateBounds(m dedup.Mention) (lo, hi, end string, ok bool) {
	from, err1 := time.Parse(time.DateOnly, m.From)
	to, err2 := time.Parse(time.DateOnly, m.To)
	if err1 != nil || err2 != nil || int(to.Sub(from).Hours()/24)+1 > c.rule.MaxSpan() {
		return "", "", "", false
	}
	w := c.rule.Window()
	lo = from.AddDate(0, 0, -w-(c.rule.MaxSpan()-1)).Format(time.DateOnly)
	hi = to.AddDate(0, 0, w).Format(time.DateOnly)
	end = from.AddDate(0, 0, -w).Format(time.DateOnly)
	return lo, hi, end, true
}

// assign puts event m in the cluster it belongs to, or a new one.
//
// Its candidates are the clustered events numbered below before: the
// events stored earlier, when events are clustered in the order they
// are stored (Put, Recluster), so that the latest maxCandidates are
// counted among those only; math.MaxInt64 for every other event.
func (c *clusterer) assign(ctx context.Context, m member, before int64) error {
	if len(c.known) >= maxKnown {
		clear(c.known) // a rebuild clusters every stored event in one transaction
	}
	c.known[m.id] = m // a candidate for the events after it
	if c.holds {
		var one int
		switch err := c.isHeld.QueryRowContext(ctx, m.key, m.eventID).Scan(&one); {
		case err == nil:
			return c.start(ctx, m, "held apart by an analyst (sitrep dedup --split)", true)
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("look up hold: %w", err)
		}
	}
	lo, hi, end, ok := c.dateBounds(m.m)
	if !ok {
		why := "first report; no day range of at most " + fmt.Sprint(c.rule.MaxSpan()) + " days to match by"
		return c.start(ctx, m, why, false)
	}
	if !c.rule.Matchable(m.m) {
		return c.start(ctx, m, "first report; no place and no actor to match by", false)
	}
	cands, err := c.candidates(ctx, m.m, lo, hi, end, m.id, before)
	if err != nil {
		return err
	}
	// Group the candidates by cluster, in cluster order.
	slices.SortStableFunc(cands, func(a, b member) int { return cmp.Compare(a.cluster, b.cluster) })
	var (
		best             float64
		bestCluster      int64
		bestVia, bestWhy string
		nearScore        = -1.0
		nearVia, nearWhy string
		bestBounds       member
		bestSameDoc      bool     // whether the best cluster holds a report of m's document
		matched          []member // the best match in each matching cluster
		conflictVia      string   // the first report found in conflict
		conflictWhy      string
	)
	for i := 0; i < len(cands); {
		j := i
		for j < len(cands) && cands[j].cluster == cands[i].cluster {
			j++
		}
		group := cands[i:j]
		i = j
		if group[0].held || !c.withinDates(m.m, group[0]) {
			continue // the cluster is held apart, or a member's date is too far
		}
		var top dedup.Verdict
		var via string
		var viaM member
		conflict, sameDoc := false, false
		for _, o := range group {
			sameDoc = sameDoc || o.docID == m.docID
			v := c.rule.Match(m.m, o.m)
			if !v.Conflict && v.Score > nearScore {
				nearScore, nearVia, nearWhy = v.Score, o.apiID(), v.Reason
			}
			if v.Conflict {
				if conflictVia == "" {
					conflictVia, conflictWhy = o.apiID(), v.Reason
				}
				conflict = true
				break
			}
			if v.Same && v.Score > top.Score {
				top, via, viaM = v, o.apiID(), o
			}
		}
		if conflict || !top.Same {
			continue
		}
		matched = append(matched, viaM)
		// On equal scores, a cluster that already holds a report of
		// the same document wins: an article that tells one event in
		// two sentences (condemned, then summoned the envoy) speaks of
		// one event more often than of two alike on one day.
		if top.Score > best || top.Score == best && sameDoc && !bestSameDoc {
			best, bestCluster, bestVia, bestWhy = top.Score, group[0].cluster, via, top.Reason
			bestBounds, bestSameDoc = group[0], sameDoc
		}
	}
	// A report that matches two clusters that cannot be one event (a
	// "last week" attack in a town attacked twice that week) is
	// ambiguous: it stays apart rather than guess.
	for _, o := range matched {
		if o.cluster == bestCluster {
			continue
		}
		for _, p := range matched {
			if p.cluster == bestCluster && c.rule.Match(o.m, p.m).Conflict {
				return c.start(ctx, m, "first report; ambiguous: matches "+p.apiID()+" and "+o.apiID()+
					", which are not one event", false)
			}
		}
	}
	if bestCluster == 0 {
		why := "first report"
		switch {
		case nearVia != "":
			why += "; nearest report " + nearVia + ": " + nearWhy
		case conflictVia != "":
			why += "; apart from " + conflictVia + ": " + conflictWhy
		}
		return c.start(ctx, m, why, false)
	}
	if _, err := c.addMember.ExecContext(ctx, m.id, bestCluster, best, "matches "+bestVia+": "+bestWhy, false); err != nil {
		return fmt.Errorf("join cluster: %w", err)
	}
	lf, et := bestBounds.latestFrom, bestBounds.earliestTo
	lf, et = max(lf, m.m.From), min(et, m.m.To)
	if _, err := c.grow.ExecContext(ctx, lf, et, bestCluster); err != nil {
		return fmt.Errorf("grow cluster: %w", err)
	}
	c.touched[bestCluster] = true
	return nil
}

// start makes m a cluster of its own.
func (c *clusterer) start(ctx context.Context, m member, why string, held bool) error {
	f := m.m.Fatalities
	var id int64
	if err := c.addCluster.QueryRowContext(ctx, m.m.Type, m.id, m.m.From, m.m.To, f, f, f, m.injuries, m.injuries, m.injuries).Scan(&id); err != nil {
		return fmt.Errorf("add cluster: %w", err)
	}
	if _, err := c.addMember.ExecContext(ctx, m.id, id, 0.0, why, held); err != nil {
		return fmt.Errorf("add cluster member: %w", err)
	}
	return nil
}

// candidates reads the clustered events of m's type whose first day lies
// in [lo, hi], numbered below before and other than self: of the
// maxCandidates with the latest days, the latest maxCompared stored of
// each cluster.
func (c *clusterer) candidates(ctx context.Context, m dedup.Mention, lo, hi, end string, self, before int64) ([]member, error) {
	var rows *sql.Rows
	var err error
	if m.Country != "" && dedup.PlaceBound(m.Type) {
		// Reports of another country conflict: they are not read.
		rows, err = c.candsIn.QueryContext(ctx, m.Type, lo, hi, end, before, self, m.Country, m.Type, lo, hi, end, before, self)
	} else {
		rows, err = c.cands.QueryContext(ctx, m.Type, lo, hi, end, before, self)
	}
	if err != nil {
		return nil, fmt.Errorf("find candidates: %w", err)
	}
	defer rows.Close()
	var out []member
	for rows.Next() {
		var o member
		if err := rows.Scan(&o.id, &o.cluster, &o.latestFrom, &o.earliestTo, &o.held); err != nil {
			return nil, fmt.Errorf("read candidate: %w", err)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read candidates: %w", err)
	}
	rows.Close()
	// The latest maxCompared of each cluster, newest first.
	slices.SortFunc(out, func(a, b member) int { return cmp.Compare(b.id, a.id) })
	per := map[int64]int{}
	j := 0
	for _, o := range out {
		if per[o.cluster]++; per[o.cluster] <= maxCompared {
			out[j] = o
			j++
		}
	}
	out = out[:j]
	for i := range out {
		o := &out[i]
		k, ok := c.known[o.id]
		if !ok {
			r, err := c.one.QueryContext(ctx, o.id)
			if err != nil {
				return nil, fmt.Errorf("read candidate: %w", err)
			}
			if !r.Next() {
				r.Close()
				return nil, fmt.Errorf("read candidate %d: %w", o.id, cmp.Or(r.Err(), sql.ErrNoRows))
			}
			err = scanMember(r, &k, &k.docID, &k.eventID)
			r.Close()
			if err != nil {
				return nil, fmt.Errorf("read candidate: %w", err)
			}
			c.known[o.id] = k
		}
		o.docID, o.eventID, o.m, o.injuries = k.docID, k.eventID, k.m, k.injuries
	}
	return out, nil
}

// scanMember scans a row of e.id, the given extra columns, then memberCols.
func scanMember(rows *sql.Rows, o *member, extra ...any) error {
	var lat, lon sql.NullFloat64
	var fat, inj sql.NullInt64
	dst := append([]any{&o.id}, extra...)
	dst = append(dst, &o.m.Type, &o.m.Mode, &o.m.Status, &o.m.From, &o.m.To, &o.m.SourceCode, &o.m.TargetCode,
		&o.m.PlaceKind, &o.m.PlaceName, &o.m.Admin1, &o.m.Country, &lat, &lon, &fat, &inj)
	if err := rows.Scan(dst...); err != nil {
		return err
	}
	if lat.Valid && lon.Valid {
		o.m.Lat, o.m.Lon = &lat.Float64, &lon.Float64
	}
	if fat.Valid {
		n := int(fat.Int64)
		o.m.Fatalities = &n
	}
	if inj.Valid {
		n := int(inj.Int64)
		o.injuries = &n
	}
	return nil
}

// refresh brings every touched cluster up to date.
func (c *clusterer) refresh(ctx context.Context) error {
	ids := make([]int64, 0, len(c.touched))
	for id := range c.touched {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if err := c.refreshOne(ctx, id); err != nil {
			return err
		}
	}
	clear(c.touched)
	return nil
}

// refreshOne recounts a cluster's members, documents and sources and
// spreads its documents' figures; an empty cluster is deleted.
func (c *clusterer) refreshOne(ctx context.Context, id int64) error {
	rows, err := c.members.QueryContext(ctx, id)
	if err != nil {
		return fmt.Errorf("read cluster %d: %w", id, err)
	}
	var first int64
	n := 0
	var figs []figure
	var latestFrom, earliestTo string
	for rows.Next() {
		var ev, docRow int64
		var source, from, to string
		var fat, inj sql.NullInt64
		if err := rows.Scan(&ev, &docRow, &source, &fat, &inj, &from, &to); err != nil {
			rows.Close()
			return fmt.Errorf("read cluster %d: %w", id, err)
		}
		if n == 0 {
			first, latestFrom, earliestTo = ev, from, to
		}
		latestFrom, earliestTo = max(latestFrom, from), min(earliestTo, to)
		n++
		figs = addFigure(figs, docRow, source, fat, inj)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read cluster %d: %w", id, err)
	}
	if n == 0 {
		if _, err := c.delCluster.ExecContext(ctx, id); err != nil {
			return fmt.Errorf("delete cluster %d: %w", id, err)
		}
		return nil
	}
	fl, fb, fh := spread(figs, func(f figure) *int { return f.fat })
	il, ib, ih := spread(figs, func(f figure) *int { return f.inj })
	if _, err := c.setCluster.ExecContext(ctx, first, n, len(figs), countSources(figs), latestFrom, earliestTo,
		fl, fb, fh, il, ib, ih, id); err != nil {
		return fmt.Errorf("update cluster %d: %w", id, err)
	}
	return nil
}

// figure is one document's figures for a cluster: the largest best
// figure among its reports.
type figure struct {
	doc      int64
	source   string
	fat, inj *int
}

func addFigure(figs []figure, docRow int64, source string, fat, inj sql.NullInt64) []figure {
	i := slices.IndexFunc(figs, func(f figure) bool { return f.doc == docRow })
	if i < 0 {
		figs = append(figs, figure{doc: docRow, source: source})
		i = len(figs) - 1
	}
	f := &figs[i]
	f.fat = maxCount(f.fat, fat)
	f.inj = maxCount(f.inj, inj)
	return figs
}

func maxCount(cur *int, v sql.NullInt64) *int {
	if !v.Valid || cur != nil && *cur >= int(v.Int64) {
		return cur
	}
	n := int(v.Int64)
	return &n
}

// spread returns the low, best and high of the figures get picks, or
// nils when no document gives one.
func spread(figs []figure, get func(figure) *int) (low, best, high *int) {
	var ns []int
	for _, f := range figs {
		if p := get(f); p != nil {
			ns = append(ns, *p)
		}
	}
	l, b, h, ok := dedup.Spread(ns)
	if !ok {
		return nil, nil, nil
	}
	return &l, &b, &h
}

// countSources counts the distinct outlets of the documents; a document
// without one counts as an outlet of its own.
func countSources(figs []figure) int {
	seen := map[string]bool{}
	n := 0
	for _, f := range figs {
		s := store.Fold(f.source)
		if s == "" {
			n++
			continue
		}
		if !seen[s] {
			seen[s] = true
			n++
		}
	}
	return n
}

// splitAPIID splits an event's API id, DOCID:EVENT, at its last colon.
func splitAPIID(id string) (docID, ev string, ok bool) {
	i := strings.LastIndexByte(id, ':')
	if i <= 0 || i == len(id)-1 {
		return "", "", false
	}
	return id[:i], id[i+1:], true
}

// write runs fn in a batch transaction with a clusterer and commits.
func (s *DB) write(ctx context.Context, fn func(tx *sql.Tx, c *clusterer) error) error {
	tx, err := s.beginBatch(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	c, err := s.newClusterer(ctx, tx)
	if err != nil {
		return err
	}
	defer c.close()
	if err := fn(tx, c); err != nil {
		return err
	}
	if err := c.refresh(ctx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit batch: %w", err)
	}
	return nil
}

// Recluster rebuilds every cluster from scratch in one transaction.
func (s *DB) Recluster(ctx context.Context) (int, error) {
	var n int
	err := s.write(ctx, func(tx *sql.Tx, _ *clusterer) error {
		var err error
		n, err = s.recluster(ctx, tx)
		return err
	})
	return n, err
}

// recluster deletes every cluster and clusters every event again, in the
// order events were stored, within tx.
func (s *DB) recluster(ctx context.Context, tx *sql.Tx) (int, error) {
	for _, q := range []string{`DELETE FROM cluster_members`, `DELETE FROM clusters`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return 0, fmt.Errorf("clear clusters: %w", err)
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT e.id, d.key, r.doc_id, e.event_id, `+memberCols+`
		FROM events e JOIN revisions r ON r.id = e.rev JOIN documents d ON d.id = r.document ORDER BY e.id`)
	if err != nil {
		return 0, fmt.Errorf("read events: %w", err)
	}
	var all []member
	for rows.Next() {
		var m member
		if err := scanMember(rows, &m, &m.key, &m.docID, &m.eventID); err != nil {
			rows.Close()
			return 0, fmt.Errorf("read event: %w", err)
		}
		all = append(all, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("read events: %w", err)
	}
	c, err := s.newClusterer(ctx, tx)
	if err != nil {
		return 0, err
	}
	defer c.close()
	for _, m := range all {
		if err := c.assign(ctx, m, m.id); err != nil {
			return 0, fmt.Errorf("cluster event %s: %w", m.apiID(), err)
		}
	}
	if err := c.refresh(ctx); err != nil {
		return 0, err
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM clusters`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count clusters: %w", err)
	}
	return n, nil
}

// findEvent finds the stored event with this API id (DOCID:EVENT) of a
// latest revision: its member fields and its cluster.
func findEvent(ctx context.Context, q interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}, s *DB, id string) (m member, cluster int64, err error) {
	docID, ev, ok := splitAPIID(id)
	if !ok {
		return m, 0, fmt.Errorf("event %q: want DOCUMENT:EVENT: %w", id, store.ErrNotFound)
	}
	var lat, lon sql.NullFloat64
	var fat, inj sql.NullInt64
	err = q.QueryRowContext(ctx, s.sql(`SELECT e.id, d.key, r.doc_id, e.event_id, `+memberCols+`, cm.cluster
		FROM revisions r JOIN documents d ON d.current = r.id JOIN events e ON e.rev = r.id
		JOIN cluster_members cm ON cm.event = e.id
		WHERE r.doc_id = ? AND e.event_id = ?`), docID, ev).Scan(&m.id, &m.key, &m.docID, &m.eventID,
		&m.m.Type, &m.m.Mode, &m.m.Status, &m.m.From, &m.m.To, &m.m.SourceCode, &m.m.TargetCode,
		&m.m.PlaceKind, &m.m.PlaceName, &m.m.Admin1, &m.m.Country, &lat, &lon, &fat, &inj, &cluster)
	if errors.Is(err, sql.ErrNoRows) {
		return m, 0, fmt.Errorf("event %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return m, 0, fmt.Errorf("look up event %q: %w", id, err)
	}
	if lat.Valid && lon.Valid {
		m.m.Lat, m.m.Lon = &lat.Float64, &lon.Float64
	}
	if fat.Valid {
		n := int(fat.Int64)
		m.m.Fatalities = &n
	}
	if inj.Valid {
		n := int(inj.Int64)
		m.injuries = &n
	}
	return m, cluster, nil
}

// Split detaches an event into a cluster of its own and holds it apart.
func (s *DB) Split(ctx context.Context, id string) error {
	return s.write(ctx, func(tx *sql.Tx, c *clusterer) error {
		m, cluster, err := findEvent(ctx, tx, s, id)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.sql(`DELETE FROM cluster_holds WHERE doc_key = ? AND event_id = ?`), m.key, m.eventID); err != nil {
			return fmt.Errorf("hold event: %w", err)
		}
		if _, err := tx.ExecContext(ctx, s.sql(`INSERT INTO cluster_holds (doc_key, event_id) VALUES (?, ?)`), m.key, m.eventID); err != nil {
			return fmt.Errorf("hold event: %w", err)
		}
		if _, err := tx.ExecContext(ctx, s.sql(`DELETE FROM cluster_members WHERE event = ?`), m.id); err != nil {
			return fmt.Errorf("leave cluster: %w", err)
		}
		c.touched[cluster] = true
		c.holds = true
		return c.assign(ctx, m, m.id)
	})
}

// Unsplit lifts an event's hold and clusters it again.
func (s *DB) Unsplit(ctx context.Context, id string) error {
	return s.write(ctx, func(tx *sql.Tx, c *clusterer) error {
		m, cluster, err := findEvent(ctx, tx, s, id)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.sql(`DELETE FROM cluster_holds WHERE doc_key = ? AND event_id = ?`), m.key, m.eventID); err != nil {
			return fmt.Errorf("lift hold: %w", err)
		}
		if _, err := tx.ExecContext(ctx, s.sql(`DELETE FROM cluster_members WHERE event = ?`), m.id); err != nil {
			return fmt.Errorf("leave cluster: %w", err)
		}
		// The cluster it leaves is recounted (or deleted) before the
		// event looks for its match, so that its size is true.
		if err := c.refreshOne(ctx, cluster); err != nil {
			return err
		}
		return c.assign(ctx, m, math.MaxInt64)
	})
}

// Cluster returns the cluster of an event with all its members.
func (s *DB) Cluster(ctx context.Context, id string) (*store.Cluster, error) {
	_, cluster, err := findEvent(ctx, s.db, s, id)
	if err != nil {
		return nil, err
	}
	out := &store.Cluster{}
	inner := `SELECT e.id AS id, e.date_from AS df FROM cluster_members cm JOIN events e ON e.id = cm.event WHERE cm.cluster = ?`
	err = s.eventRows(ctx, inner, []any{cluster}, func(r *store.EventRow) error {
		out.Members = append(out.Members, r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read cluster of %s: %w", id, err)
	}
	if len(out.Members) == 0 {
		return nil, fmt.Errorf("cluster of %s: %w", id, store.ErrNotFound)
	}
	slices.SortFunc(out.Members, func(a, b *store.EventRow) int { return cmp.Compare(a.Pos.Seq, b.Pos.Seq) })
	for _, r := range out.Members {
		if r.Cluster != nil && r.Cluster.ID == cluster && out.ID == 0 {
			out.ClusterInfo = *r.Cluster
			out.Score, out.Reason, out.Held = 0, "", false
		}
		i := slices.IndexFunc(out.Figures, func(f store.Figure) bool { return f.DocID == r.DocID })
		if i < 0 {
			out.Figures = append(out.Figures, store.Figure{DocID: r.DocID, Source: r.Source})
			i = len(out.Figures) - 1
		}
		f := &out.Figures[i]
		f.Fatalities = maxBest(f.Fatalities, r.Event.Fatalities)
		f.Injuries = maxBest(f.Injuries, r.Event.Injuries)
	}
	return out, nil
}

// maxBest returns the larger of cur and c's best figure.
func maxBest(cur *int, c *doc.Count) *int {
	if c == nil || cur != nil && *cur >= c.Best {
		return cur
	}
	n := c.Best
	return &n
}
