package server

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"sitrep/internal/store"
)

// bucket is one period and event type of the timeline.
type bucket struct {
	Period string `json:"period"`
	Type   string `json:"type"`
	Count  int    `json:"count"`
}

// timeline answers GET /api/timeline?interval=day|week&…: the filtered
// events counted by the first day of their date range (or the Monday of
// its ISO week) and type, oldest period first. Undated events are left
// out.
func (s *Server) timeline(r *http.Request) (any, error) {
	interval := r.URL.Query().Get("interval")
	switch interval {
	case "":
		interval = "day"
	case "day", "week":
	default:
		return nil, errorf(KindBadRequest, "interval %q: want day or week", interval)
	}
	f, err := eventFilter(r)
	if err != nil {
		return nil, err
	}
	v, err := s.cached(r.Context(), fmt.Sprintf("timeline %s %+v", interval, f), func(ctx context.Context) (any, error) {
		return s.timelineOf(ctx, f, interval)
	})
	if err != nil {
		return nil, err
	}
	return list{Data: v}, nil
}

// timelineOf counts the events f selects by period and type, in the
// store.
func (s *Server) timelineOf(ctx context.Context, f store.Filter, interval string) ([]bucket, error) {
	counts, err := s.opts.Store.Timeline(ctx, f, interval)
	if err != nil {
		return nil, fmt.Errorf("count events: %w", err)
	}
	out := make([]bucket, len(counts))
	for i, c := range counts {
		out[i] = bucket{Period: c.Period, Type: c.Type, Count: c.Count}
	}
	return out, nil
}

// node is one actor of the network.
type node struct {
	ID    string  `json:"id"`
	Name  string  `json:"name"`
	Code  *string `json:"code"`
	Count int     `json:"count"` // events it is the source or target of
}

// edge is the events of one type from one actor to another.
type edge struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Type   string `json:"type"`
	Count  int    `json:"count"`
}

// graph is the answer of /api/network.
type graph struct {
	Nodes []node `json:"nodes"`
	Edges []edge `json:"edges"`
}

// network answers GET /api/network?…: the actors of the filtered events
// as nodes (one per actor code, else per name) and their dyads as edges
// by event type. An event without a resolved source or target adds to
// its actor's count but draws no edge.
func (s *Server) network(r *http.Request) (any, error) {
	f, err := eventFilter(r)
	if err != nil {
		return nil, err
	}
	v, err := s.cached(r.Context(), fmt.Sprintf("network %+v", f), func(ctx context.Context) (any, error) {
		return s.networkOf(ctx, f)
	})
	if err != nil {
		return nil, err
	}
	return one{Data: v}, nil
}

// networkOf builds the actor network of the events f selects.
func (s *Server) networkOf(ctx context.Context, f store.Filter) (graph, error) {
	nodes := map[string]*node{}
	names := map[string]map[string]int{} // node id → name → count, for the most used name
	edges := map[[3]string]int{}
	add := func(name, code string, count int) string {
		if name == "" && code == "" {
			return ""
		}
		id := code
		if id == "" {
			id = "name:" + strings.ToLower(name)
		}
		n := nodes[id]
		if n == nil {
			n = &node{ID: id, Code: opt(code)}
			nodes[id] = n
			names[id] = map[string]int{}
		}
		n.Count += count
		if name != "" {
			names[id][name] += count
		}
		return id
	}
	dyads, err := s.opts.Store.Dyads(ctx, f)
	if err != nil {
		return graph{}, fmt.Errorf("count dyads: %w", err)
	}
	for _, d := range dyads {
		src := add(d.SourceName, d.SourceCode, d.Count)
		dst := add(d.TargetName, d.TargetCode, d.Count)
		if src != "" && dst != "" && src != dst {
			edges[[3]string{src, dst, d.Type}] += d.Count
		}
	}
	g := graph{Nodes: []node{}, Edges: []edge{}}
	for id, n := range nodes {
		best, bestN := id, 0
		for name, c := range names[id] {
			if c > bestN || c == bestN && name < best {
				best, bestN = name, c
			}
		}
		n.Name = best
		g.Nodes = append(g.Nodes, *n)
	}
	slices.SortFunc(g.Nodes, func(a, b node) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.ID, b.ID)) })
	for k, c := range edges {
		g.Edges = append(g.Edges, edge{Source: k[0], Target: k[1], Type: k[2], Count: c})
	}
	slices.SortFunc(g.Edges, func(a, b edge) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target), cmp.Compare(a.Type, b.Type))
	})
	return g, nil
}
