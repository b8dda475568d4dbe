package server

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"sitrep/internal/doc"
	"sitrep/internal/store"
)

// catalog is what the document, actor, place and quote lists need, read
// from every stored analysis. It is rebuilt when the store's counts
// change (see Server.catalog).
type catalog struct {
	stats  store.Stats
	docs   []docMeta // in the order documents were first stored, newest first
	actors []actorOut
	places []placeOut
	quotes []quoteOut
}

// docMeta is a document's metadata as /api/documents lists it.
type docMeta struct {
	ID            string        `json:"id"`
	Title         doc.Str       `json:"title"`
	Source        doc.Str       `json:"source"`
	URL           doc.Str       `json:"url"`
	Published     doc.Str       `json:"published"`
	PublishedFrom string        `json:"published_from"`
	Dateline      *doc.Dateline `json:"dateline"`
	Language      string        `json:"language"`
	Events        int           `json:"event_count"`
	Actors        int           `json:"actor_count"`
	Quotes        int           `json:"quote_count"`
}

// actorOut is one actor across the store: documents naming it and
// mentions, keyed by code and name.
type actorOut struct {
	Name      string   `json:"name"`
	Kind      string   `json:"kind"`
	Country   doc.Str  `json:"country"`
	Sector    doc.Str  `json:"sector"`
	Code      doc.Str  `json:"code"`
	Roles     []string `json:"roles"`
	KB        doc.Str  `json:"kb"`
	Documents int      `json:"documents"`
	Mentions  int      `json:"mention_count"`
}

// placeOut is one place across the store.
type placeOut struct {
	Name      string   `json:"name"`
	Kind      string   `json:"kind"`
	Country   doc.Str  `json:"country"`
	Admin1    doc.Str  `json:"admin1"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	GeoNames  *int     `json:"geonames"`
	Documents int      `json:"documents"`
	Mentions  int      `json:"mention_count"`
}

// quoteOut is a quote with its document and resolved speaker.
type quoteOut struct {
	doc.Quote
	Document      docRef    `json:"document"`
	SpeakerActor  *actorRef `json:"speaker_actor"`
	speakerSearch string    // folded speaker name, code and text
}

// stored is the part of a stored analysis the catalog reads.
type stored struct {
	Document doc.Document `json:"document"`
	Actors   []doc.Actor  `json:"actors"`
	Places   []doc.Place  `json:"places"`
	Quotes   []doc.Quote  `json:"quotes"`
	Events   []struct {
		ID string `json:"id"`
	} `json:"events"`
}

func metaOf(a *stored) docMeta {
	d := a.Document
	return docMeta{ID: d.ID, Title: d.Title, Source: d.Source, URL: d.URL, Published: d.Published,
		PublishedFrom: d.PublishedFrom, Dateline: d.Dateline, Language: d.Language,
		Events: len(a.Events), Actors: len(a.Actors), Quotes: len(a.Quotes)}
}

func refOf(d doc.Document) docRef {
	return docRef{ID: d.ID, Title: opt(string(d.Title)), Source: opt(string(d.Source)),
		URL: opt(string(d.URL)), Published: opt(string(d.Published))}
}

// catalog returns the current catalog, rebuilding it when the store's
// counts differ from those it was built at.
func (s *Server) catalog(ctx context.Context) (*catalog, error) {
	st, err := s.stats(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cat != nil && s.cat.stats == st {
		return s.cat, nil
	}
	s.heavy <- struct{}{}
	c, err := buildCatalog(ctx, s.opts.Store)
	<-s.heavy
	if err != nil {
		return nil, err
	}
	c.stats = st
	s.cat = c
	return c, nil
}

func buildCatalog(ctx context.Context, st store.Store) (*catalog, error) {
	c := &catalog{}
	actors := map[string]*actorOut{}
	places := map[string]*placeOut{}
	err := st.Analyses(ctx, store.Filter{}, func(b []byte) error {
		var a stored
		if err := json.Unmarshal(b, &a); err != nil {
			return fmt.Errorf("decode analysis: %w", err)
		}
		c.docs = append(c.docs, metaOf(&a))
		byID := map[string]doc.Actor{}
		for _, x := range a.Actors {
			byID[x.ID] = x
			k := string(x.Code) + "\x00" + strings.ToLower(x.Name)
			o := actors[k]
			if o == nil {
				o = &actorOut{Name: x.Name, Kind: x.Kind, Country: x.Country, Sector: x.Sector,
					Code: x.Code, KB: x.KB, Roles: []string{}}
				actors[k] = o
			}
			o.Documents++
			o.Mentions += len(x.Mentions)
			for _, r := range x.Roles {
				if !slices.Contains(o.Roles, r) {
					o.Roles = append(o.Roles, r)
				}
			}
		}
		for _, x := range a.Places {
			k := string(x.Country) + "\x00" + strings.ToLower(x.Name) + "\x00" + x.Kind
			o := places[k]
			if o == nil {
				o = &placeOut{Name: x.Name, Kind: x.Kind, Country: x.Country, Admin1: x.Admin1,
					Lat: x.Lat, Lon: x.Lon, GeoNames: x.GeoNames}
				places[k] = o
			}
			o.Documents++
			o.Mentions += len(x.Mentions)
		}
		ref := refOf(a.Document)
		for _, q := range a.Quotes {
			o := quoteOut{Quote: q, Document: ref}
			search := []string{string(q.SpeakerText)}
			if sp, ok := byID[string(q.Speaker)]; ok && q.Speaker != "" {
				o.SpeakerActor = &actorRef{Name: sp.Name, Code: opt(string(sp.Code)), Country: opt(string(sp.Country))}
				search = append(search, sp.Name, string(sp.Code))
			}
			o.speakerSearch = strings.ToLower(strings.Join(search, "\x00"))
			c.quotes = append(c.quotes, o)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read analyses: %w", err)
	}
	slices.Reverse(c.docs)
	slices.Reverse(c.quotes)
	for _, o := range actors {
		c.actors = append(c.actors, *o)
	}
	slices.SortFunc(c.actors, func(a, b actorOut) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Code, b.Code))
	})
	for _, o := range places {
		c.places = append(c.places, *o)
	}
	slices.SortFunc(c.places, func(a, b placeOut) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Country, b.Country))
	})
	return c, nil
}

// contains reports whether s contains the folded query q ("" matches).
func contains(s, q string) bool { return q == "" || strings.Contains(strings.ToLower(s), q) }

func query(r *http.Request, name string) string {
	return strings.ToLower(strings.TrimSpace(r.URL.Query().Get(name)))
}

// listDocuments answers GET /api/documents: document metadata, the most
// recently stored first, selected by text (q), publication day (from,
// to) and source.
func (s *Server) listDocuments(r *http.Request) (any, error) {
	q := r.URL.Query()
	p, err := parsePage(q)
	if err != nil {
		return nil, err
	}
	from, err := day(q, "from")
	if err != nil {
		return nil, err
	}
	to, err := day(q, "to")
	if err != nil {
		return nil, err
	}
	source := query(r, "source")
	var docs []docMeta
	if text := strings.TrimSpace(q.Get("q")); text != "" {
		err := s.opts.Store.Analyses(r.Context(), store.Filter{Text: text}, func(b []byte) error {
			var a stored
			if err := json.Unmarshal(b, &a); err != nil {
				return fmt.Errorf("decode analysis: %w", err)
			}
			docs = append(docs, metaOf(&a))
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("search documents: %w", err)
		}
		slices.Reverse(docs)
	} else {
		c, err := s.catalog(r.Context())
		if err != nil {
			return nil, err
		}
		docs = c.docs
	}
	items, more := pageWhere(p, docs, func(d *docMeta) bool {
		pub := string(d.Published)
		if len(pub) >= 10 {
			pub = pub[:10]
		}
		return !((from != "" || to != "") && pub == "" ||
			from != "" && pub < from || to != "" && pub > to ||
			source != "" && strings.ToLower(string(d.Source)) != source)
	})
	return list{Data: items, Next: p.next(more)}, nil
}

// getDocument answers GET /api/documents/{id}: the stored analysis, as
// it was put (sitrep/v1 with document.text).
func (s *Server) getDocument(r *http.Request) (any, error) {
	id := r.PathValue("id")
	b, err := s.opts.Store.Analysis(r.Context(), id)
	if err != nil {
		if errorsIsNotFound(err) {
			return nil, errorf(KindNotFound, "no document %q", id)
		}
		return nil, fmt.Errorf("read analysis %s: %w", id, err)
	}
	return one{Data: json.RawMessage(b)}, nil
}

// listActors answers GET /api/actors?q=: actors whose name, code or
// role contains q, the most mentioned first.
func (s *Server) listActors(r *http.Request) (any, error) {
	p, err := parsePage(r.URL.Query())
	if err != nil {
		return nil, err
	}
	c, err := s.catalog(r.Context())
	if err != nil {
		return nil, err
	}
	q := query(r, "q")
	items, more := pageWhere(p, c.actors, func(a *actorOut) bool {
		return contains(a.Name, q) || contains(string(a.Code), q) || slices.ContainsFunc(a.Roles, func(r string) bool { return contains(r, q) })
	})
	return list{Data: items, Next: p.next(more)}, nil
}

// listPlaces answers GET /api/places?q=: places whose name, first-level
// division or country code contains q, the most mentioned first.
func (s *Server) listPlaces(r *http.Request) (any, error) {
	p, err := parsePage(r.URL.Query())
	if err != nil {
		return nil, err
	}
	c, err := s.catalog(r.Context())
	if err != nil {
		return nil, err
	}
	q := query(r, "q")
	items, more := pageWhere(p, c.places, func(x *placeOut) bool {
		return contains(x.Name, q) || contains(string(x.Admin1), q) || contains(string(x.Country), q)
	})
	return list{Data: items, Next: p.next(more)}, nil
}

// listQuotes answers GET /api/quotes?speaker=&q=: quotes whose speaker
// (name, code or the words naming it) contains speaker and whose text
// contains q, from the most recently stored documents first.
func (s *Server) listQuotes(r *http.Request) (any, error) {
	p, err := parsePage(r.URL.Query())
	if err != nil {
		return nil, err
	}
	c, err := s.catalog(r.Context())
	if err != nil {
		return nil, err
	}
	q, speaker := query(r, "q"), query(r, "speaker")
	items, more := pageWhere(p, c.quotes, func(x *quoteOut) bool {
		// speakerSearch is folded already.
		return (speaker == "" || strings.Contains(x.speakerSearch, speaker)) && contains(x.Text, q)
	})
	return list{Data: items, Next: p.next(more)}, nil
}
