package server

import (
	"context"
	"fmt"
	"sync"
	"time"

	"sitrep/internal/store"
)

// maxCached bounds the aggregates kept; when full, the cache starts over.
const maxCached = 256

// aggCache keeps computed aggregates (timeline, network) for the store
// contents they were computed on: any change of the store's counts
// empties it. One computation runs per key at a time; requests for a key
// being computed wait for it.
type aggCache struct {
	mu    sync.Mutex
	stats store.Stats
	m     map[string]*aggEntry
}

type aggEntry struct {
	done chan struct{}
	v    any
	err  error
}

// cached returns the aggregate of key, computing it with compute when
// the store changed since or it was never computed.
func (s *Server) cached(ctx context.Context, key string, compute func(context.Context) (any, error)) (any, error) {
	st, err := s.stats(ctx)
	if err != nil {
		return nil, err
	}
	c := &s.agg
	c.mu.Lock()
	if c.m == nil || c.stats != st || len(c.m) >= maxCached {
		c.m, c.stats = map[string]*aggEntry{}, st
	}
	e := c.m[key]
	if e == nil {
		e = &aggEntry{done: make(chan struct{})}
		c.m[key] = e
		c.mu.Unlock()
		// Computed without the request's cancellation: others may wait
		// on it. One pass over the store at a time, so that quick
		// queries keep a core.
		s.heavy <- struct{}{}
		e.v, e.err = compute(context.WithoutCancel(ctx))
		<-s.heavy
		close(e.done)
		if e.err != nil {
			c.mu.Lock()
			if c.m[key] == e {
				delete(c.m, key)
			}
			c.mu.Unlock()
		}
		return e.v, e.err
	}
	c.mu.Unlock()
	select {
	case <-e.done:
		return e.v, e.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Warm computes what the dashboard's first view asks for (the catalog,
// the unfiltered timeline and network), so that the first visitor does
// not wait for a pass over a large store. serve runs it at start.
func (s *Server) Warm(ctx context.Context) error {
	if _, err := s.catalog(ctx); err != nil {
		return err
	}
	var f store.Filter
	for _, k := range []struct {
		key     string
		compute func(context.Context) (any, error)
	}{
		{fmt.Sprintf("timeline day %+v", f), func(ctx context.Context) (any, error) { return s.timelineOf(ctx, f, "day") }},
		{fmt.Sprintf("timeline week %+v", f), func(ctx context.Context) (any, error) { return s.timelineOf(ctx, f, "week") }},
		{fmt.Sprintf("network %+v", f), func(ctx context.Context) (any, error) { return s.networkOf(ctx, f) }},
	} {
		if _, err := s.cached(ctx, k.key, k.compute); err != nil {
			return err
		}
	}
	return nil
}

// statsTTL is how long the store's counts are trusted before they are
// read again: a store written by another process (sitrep ingest) shows
// its changes within this time; writes through this server show at once.
const statsTTL = time.Second

// stats returns the store's counts, read at most once per statsTTL.
func (s *Server) stats(ctx context.Context) (store.Stats, error) {
	s.statsMu.Lock()
	defer s.statsMu.Unlock()
	if !s.statsAt.IsZero() && time.Since(s.statsAt) < statsTTL {
		return s.statsVal, nil
	}
	st, err := s.opts.Store.Stats(ctx)
	if err != nil {
		return st, fmt.Errorf("count store: %w", err)
	}
	s.statsVal, s.statsAt = st, time.Now()
	return st, nil
}

// forgetStats makes the next stats call read the counts again.
func (s *Server) forgetStats() {
	s.statsMu.Lock()
	s.statsAt = time.Time{}
	s.statsMu.Unlock()
}
