package events

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"sitrep/dict"
	"sitrep/internal/doc"
)

// Options configures a Coder. The zero value loads the embedded
// dictionaries.
type Options struct {
	// KB is the knowledge base whose Patterns are coded; nil loads the
	// embedded dictionaries (plus DictDir).
	KB *dict.KB
	// DictDir is a directory of dictionary overrides (sitrep extract
	// --dict DIR), used only when KB is nil.
	DictDir string
}

// Coder is the event stage. It is immutable after New and safe for
// concurrent use.
type Coder struct {
	patterns []pattern
	// byWord indexes patterns by the first word of each of their
	// lemmas; the longest lemma is tried first.
	byWord map[string][]trigger
	kb     *dict.KB
}

// pattern is a dict.Pattern with its lookup helpers.
type pattern struct {
	dict.Pattern
	targetObj bool
	preps     map[string]bool
	needs     []string // Need split at "|"
}

// trigger is one lemma of one pattern.
type trigger struct {
	pat   int
	words []string
}

// New builds a Coder from the event patterns of the knowledge base.
func New(opts Options) (*Coder, error) {
	kb := opts.KB
	if kb == nil {
		var err error
		if kb, err = dict.Load(opts.DictDir); err != nil {
			return nil, fmt.Errorf("load event patterns: %w", err)
		}
	}
	c := &Coder{byWord: map[string][]trigger{}, kb: kb}
	for i, p := range kb.Patterns() {
		q := pattern{Pattern: p, preps: map[string]bool{}}
		if p.Need != "" {
			q.needs = strings.Split(p.Need, "|")
		}
		for _, t := range p.Target {
			if t == "obj" {
				q.targetObj = true
			} else {
				q.preps[t] = true
			}
		}
		c.patterns = append(c.patterns, q)
		for _, l := range p.Lemmas {
			w := strings.Fields(l)
			c.byWord[w[0]] = append(c.byWord[w[0]], trigger{pat: i, words: w})
		}
	}
	for k, ts := range c.byWord {
		sort.SliceStable(ts, func(i, j int) bool { return len(ts[i].words) > len(ts[j].words) })
		c.byWord[k] = ts
	}
	return c, nil
}

// Name returns the stage name, "events".
func (c *Coder) Name() string { return "events" }

// Annotate codes the events of a and sets a.Events.
func (c *Coder) Annotate(ctx context.Context, a *doc.Analysis) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(a.Tokens) == 0 {
		return nil
	}
	d := newDocument(a)
	d.countries = c.kb
	var found []*event
	military := d.militaryStrikes()
	for si := range a.Sentences {
		s := d.sentence(si)
		evs := c.codeSentence(s)
		recodeStrikes(evs, military)
		evs = dropThreatened(evs)
		evs = d.dropStatusModifiers(evs)
		evs = d.dropBackground(evs)
		evs = d.dropSanctionObjects(evs)
		evs = d.dropReducedNeeds(evs)
		cas := s.casualties()
		evs = attachCasualties(s, evs, cas, found)
		found = append(found, evs...)
	}
	found = d.finish(found)
	a.Events = a.Events[:0]
	for i, e := range found {
		e.ev.ID = fmt.Sprintf("e%d", i+1)
		a.Events = append(a.Events, e.ev)
	}
	linkQuotes(a)
	return nil
}

// linkQuotes ties each quote to the event it carries, setting Quote.Event:
// an event whose trigger is the quote's cue ("Pakistan urged Kabul to
// act" is both a statement and a REQUEST) or lies inside the quoted
// content (a demand in quotes). An event whose source is an actor other
// than the speaker is not the speaker's. When several events qualify, the
// first in the text wins.
func linkQuotes(a *doc.Analysis) {
	for qi := range a.Quotes {
		q := &a.Quotes[qi]
		for _, e := range a.Events {
			inside := e.Trigger.Start >= q.Start && e.Trigger.End <= q.End
			atCue := q.CueStart != nil && q.CueEnd != nil && e.Trigger.Start < *q.CueEnd && *q.CueStart < e.Trigger.End
			if !inside && !atCue {
				continue
			}
			if e.Source != nil && e.Source.Actor != "" && q.Speaker != "" && e.Source.Actor != q.Speaker {
				continue
			}
			q.Event = doc.Str(e.ID)
			break
		}
	}
}
