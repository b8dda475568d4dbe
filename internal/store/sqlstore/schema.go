package sqlstore

import "strings"

// schema holds the migrations both backends share, in order; migration i
// brings the schema to version i+1. Never edit one that has shipped:
// append a new one. The {{...}} words are filled per dialect (Dialect.Types).
// Text columns are NOT NULL with ” for unknown so that comparisons and
// ordering behave the same in both databases; an undated event has
// date_from = ” and so sorts last in a newest-first listing.
var schema = [][]string{
	1: {
		`CREATE TABLE documents (
			id {{ID}},
			key {{TEXT}} NOT NULL UNIQUE,
			current BIGINT NOT NULL,
			revisions INTEGER NOT NULL,
			first_seen {{TEXT}} NOT NULL,
			last_seen {{TEXT}} NOT NULL
		)`,
		`CREATE TABLE revisions (
			id {{ID}},
			document BIGINT NOT NULL REFERENCES documents(id),
			rev INTEGER NOT NULL,
			hash {{TEXT}} NOT NULL UNIQUE,
			doc_id {{TEXT}} NOT NULL,
			title {{TEXT}} NOT NULL,
			source {{TEXT}} NOT NULL,
			url {{TEXT}} NOT NULL,
			published {{TEXT}} NOT NULL,
			ingested {{TEXT}} NOT NULL,
			analysis {{TEXT}} NOT NULL,
			UNIQUE (document, rev)
		)`,
		`CREATE INDEX revisions_doc_id ON revisions (doc_id)`,
		`CREATE TABLE events (
			id {{ID}},
			rev BIGINT NOT NULL REFERENCES revisions(id),
			event_id {{TEXT}} NOT NULL,
			type {{TEXT}} NOT NULL,
			mode {{TEXT}} NOT NULL,
			cameo {{TEXT}} NOT NULL,
			status {{TEXT}} NOT NULL,
			quad_class INTEGER NOT NULL,
			goldstein {{REAL}} NOT NULL,
			confidence {{REAL}} NOT NULL,
			date_from {{TEXT}} NOT NULL,
			date_to {{TEXT}} NOT NULL,
			granularity {{TEXT}} NOT NULL,
			source_name {{TEXT}} NOT NULL,
			source_code {{TEXT}} NOT NULL,
			source_country {{TEXT}} NOT NULL,
			target_name {{TEXT}} NOT NULL,
			target_code {{TEXT}} NOT NULL,
			target_country {{TEXT}} NOT NULL,
			place_name {{TEXT}} NOT NULL,
			admin1 {{TEXT}} NOT NULL,
			country {{TEXT}} NOT NULL,
			lat {{REAL}},
			lon {{REAL}},
			fatalities INTEGER,
			injuries INTEGER,
			detained INTEGER,
			event {{TEXT}} NOT NULL,
			UNIQUE (rev, event_id)
		)`,
		`CREATE INDEX events_date ON events (date_from)`,
		`CREATE INDEX events_type_date ON events (type, date_from)`,
		`CREATE INDEX events_country_date ON events (country, date_from)`,
		`CREATE INDEX events_cameo ON events (cameo)`,
		`CREATE INDEX events_rev ON events (rev, date_from)`,
		// The actor and place lookup keys of each event (store.ActorKeys,
		// store.PlaceKey) with its date: one index range, in date order,
		// per actor or place filter.
		`CREATE TABLE event_keys (
			key {{TEXT}} NOT NULL,
			date_from {{TEXT}} NOT NULL,
			event BIGINT NOT NULL REFERENCES events(id),
			rev BIGINT NOT NULL,
			PRIMARY KEY (key, date_from, event)
		){{CLUSTERED}}`,
		`CREATE INDEX event_keys_rev ON event_keys (rev)`,
		`CREATE TABLE actors (
			rev BIGINT NOT NULL REFERENCES revisions(id),
			actor_id {{TEXT}} NOT NULL,
			name {{TEXT}} NOT NULL,
			name_lc {{TEXT}} NOT NULL,
			kind {{TEXT}} NOT NULL,
			country {{TEXT}} NOT NULL,
			sector {{TEXT}} NOT NULL,
			code {{TEXT}} NOT NULL,
			kb {{TEXT}} NOT NULL,
			mentions INTEGER NOT NULL,
			PRIMARY KEY (rev, actor_id)
		)`,
		`CREATE INDEX actors_code ON actors (code)`,
		`CREATE INDEX actors_name ON actors (name_lc)`,
		`CREATE TABLE places (
			rev BIGINT NOT NULL REFERENCES revisions(id),
			place_id {{TEXT}} NOT NULL,
			name {{TEXT}} NOT NULL,
			name_lc {{TEXT}} NOT NULL,
			kind {{TEXT}} NOT NULL,
			country {{TEXT}} NOT NULL,
			admin1 {{TEXT}} NOT NULL,
			lat {{REAL}},
			lon {{REAL}},
			geonames BIGINT,
			PRIMARY KEY (rev, place_id)
		)`,
		`CREATE INDEX places_name ON places (name_lc)`,
		`CREATE TABLE quotes (
			rev BIGINT NOT NULL REFERENCES revisions(id),
			quote_id {{TEXT}} NOT NULL,
			text {{TEXT}} NOT NULL,
			direct BOOLEAN NOT NULL,
			speaker_name {{TEXT}} NOT NULL,
			speaker_code {{TEXT}} NOT NULL,
			cue {{TEXT}} NOT NULL,
			PRIMARY KEY (rev, quote_id)
		)`,
		`CREATE INDEX quotes_speaker ON quotes (speaker_code)`,
		`{{FTS}}`,
	},
	2: {
		// Dyads (store.Store.Dyads) groups by these columns: the index
		// holds them in group order, so the count reads it alone.
		`CREATE INDEX events_dyad ON events (source_code, source_name, target_code, target_name, type)`,
	},
	3: {
		// Cross-document deduplication (internal/dedup). The rule reads
		// the place's kind (a town, a province, a country), which
		// events gain here, filled for stored events from their places.
		`ALTER TABLE events ADD COLUMN place_kind {{TEXT}} NOT NULL DEFAULT ''`,
		`UPDATE events SET place_kind = COALESCE((SELECT MIN(p.kind) FROM places p
			WHERE p.rev = events.rev AND p.name = events.place_name), '') WHERE place_name <> ''`,
		// A cluster is one real-world event: its type, its first-stored
		// report (first_event), the counts and figure spreads of its
		// members, and the latest first day and earliest last day of
		// their date ranges (so that a new report is checked against
		// every member's date), kept current by every write that changes
		// them.
		`CREATE TABLE clusters (
			id {{ID}},
			type {{TEXT}} NOT NULL,
			first_event BIGINT NOT NULL,
			events INTEGER NOT NULL,
			documents INTEGER NOT NULL,
			sources INTEGER NOT NULL,
			latest_from {{TEXT}} NOT NULL,
			earliest_to {{TEXT}} NOT NULL,
			fatalities_low INTEGER,
			fatalities_best INTEGER,
			fatalities_high INTEGER,
			injuries_low INTEGER,
			injuries_best INTEGER,
			injuries_high INTEGER
		)`,
		`CREATE INDEX clusters_first ON clusters (first_event)`,
		// Every event is a member of exactly one cluster, with the score
		// and reason of the match that put it there; held members were
		// split off by an analyst.
		`CREATE TABLE cluster_members (
			event BIGINT PRIMARY KEY REFERENCES events(id),
			cluster BIGINT NOT NULL REFERENCES clusters(id),
			score {{REAL}} NOT NULL,
			reason {{TEXT}} NOT NULL,
			held BOOLEAN NOT NULL
		)`,
		`CREATE INDEX cluster_members_cluster ON cluster_members (cluster, event)`,
		// Holds outlive the event rows (recode rewrites them): they name
		// the event by its document's key and its id in the document.
		`CREATE TABLE cluster_holds (
			doc_key {{TEXT}} NOT NULL,
			event_id {{TEXT}} NOT NULL,
			PRIMARY KEY (doc_key, event_id)
		)`,
	},
	// 4: a placed event's dedup candidates are read by type, country and
	// date together (clusterer.candidates): with (type, date_from) alone
	// each row of the window was read from the table to test its country,
	// which made clustering slow down with the store's size.
	4: {
		`CREATE INDEX events_type_country_date ON events (type, country, date_from)`,
	},
	// 5: deleting an event (a document's new revision, recode) has the
	// database check that no event_keys row still points at it; without
	// an index on event_keys.event that check read the whole table for
	// every event, minutes per document in a store of a million events.
	// A revision's keys are found through its events, so the index on
	// event_keys.rev goes (one index to keep up per key row, not two).
	5: {
		`CREATE INDEX event_keys_event ON event_keys (event)`,
		`DROP INDEX event_keys_rev`,
	},
	// 6: the actors, places and quotes tables are read by revision only
	// (the actor and place filters use event_keys; quotes are served
	// from the stored analysis): their indexes by code, name and speaker
	// served no query and cost a third of every batch's writes.
	6: {
		`DROP INDEX actors_code`,
		`DROP INDEX actors_name`,
		`DROP INDEX places_name`,
		`DROP INDEX quotes_speaker`,
	},
	// 7: the actors, places and quotes tables were written for every
	// revision and read by no query (the server lists actors, places and
	// quotes from the stored analyses; the actor and place filters use
	// event_keys): a sixth of every batch's cost. Only their counts
	// (Stats) stay, those of each document's latest revision on the
	// document (a narrow row: Stats sums them without reading analyses).
	7: {
		`ALTER TABLE documents ADD COLUMN actor_count INTEGER NOT NULL DEFAULT 0`,
		`ALTER TABLE documents ADD COLUMN place_count INTEGER NOT NULL DEFAULT 0`,
		`ALTER TABLE documents ADD COLUMN quote_count INTEGER NOT NULL DEFAULT 0`,
		`UPDATE documents SET actor_count = (SELECT COUNT(*) FROM actors a WHERE a.rev = documents.current),
			place_count = (SELECT COUNT(*) FROM places p WHERE p.rev = documents.current),
			quote_count = (SELECT COUNT(*) FROM quotes q WHERE q.rev = documents.current)`,
		`DROP TABLE actors`,
		`DROP TABLE places`,
		`DROP TABLE quotes`,
	},
	// 8: a dedup candidate must end no earlier than the dedup window
	// before the new report begins; with the last day in the type and
	// date indexes, that test is made in the index, so reports of the
	// week before no longer fill the candidate limit (clusterer).
	8: {
		`CREATE INDEX events_type_dates ON events (type, date_from, date_to)`,
		`DROP INDEX events_type_date`,
		`CREATE INDEX events_type_country_dates ON events (type, country, date_from, date_to)`,
		`DROP INDEX events_type_country_date`,
	},
}

// migrations returns the statements of every migration for d, index
// i holding those of version i+1.
func migrations(d *Dialect) [][]string {
	var out [][]string
	for _, m := range schema[1:] {
		var stmts []string
		for _, s := range m {
			if s == "{{FTS}}" {
				stmts = append(stmts, d.FTSSchema...)
				continue
			}
			for k, v := range d.Types {
				s = strings.ReplaceAll(s, "{{"+k+"}}", v)
			}
			stmts = append(stmts, s)
		}
		out = append(out, stmts)
	}
	return out
}
