// Package actors resolves who is who in a report: it turns names, titles,
// capitals used as speakers, unnamed groups ("Pakistani soldiers") and
// pronouns into doc.Actors with CAMEO-style codes valid on the report's date.
//
// In: a doc.Analysis with Document.Text and Document.Published set;
// Entities (PERSON and ORG, with Title) from the ner stage and Places and
// Dateline.Place from the geo stage are used when present but not needed.
// Out: Analysis.Actors (ids a1, a2 … in order of first mention), each with
// every mention it has in the text (byte offsets), the dictionary entry it
// came from (KB) and the rule that resolved it (Rule); Entity.Actor is set
// on the entities an actor covers; doubts become Diagnostics.
//
// The knowledge base is the dict package: countries, government bodies,
// groups, IGOs and people with dated roles, and a sector lexicon. Known
// limits: no syntactic parse, so roles come from the words next to a name
// (titles before it, appositions after it); pronouns are linked to people
// only (not to groups); a name missing from the dictionary and found by no
// title, honorific or ner entity is not an actor.
package actors

import (
	"context"
	"fmt"
	"sync"

	"sitrep/dict"
	"sitrep/internal/doc"
)

// Options configures a Resolver. The zero value loads the embedded
// dictionaries.
type Options struct {
	// KB is the knowledge base to use; nil means dict.Load(DictDir).
	KB *dict.KB
	// DictDir is a directory of dictionary overrides (sitrep extract
	// --dict DIR); "" uses only the embedded dictionaries.
	DictDir string
}

// Resolver is the actor stage. It is immutable and safe for concurrent use.
type Resolver struct {
	kb  *dict.KB
	lex *lexicon
	gov int // index of the generic government entry, or -1
	// scratch pools the per-word lists of finished documents (*scratch)
	// for the next ones; it is safe for concurrent use.
	scratch sync.Pool
}

// New loads the knowledge base and builds the Resolver.
func New(opts Options) (*Resolver, error) {
	kb := opts.KB
	if kb == nil {
		var err error
		if kb, err = dict.Load(opts.DictDir); err != nil {
			return nil, fmt.Errorf("load dictionaries: %w", err)
		}
	}
	r := &Resolver{kb: kb, lex: newLexicon(kb), gov: -1}
	for i, e := range r.lex.entries {
		if e.ID == "gov-government" {
			r.gov = i
		}
	}
	return r, nil
}

// Name returns the stage name used in diagnostics.
func (r *Resolver) Name() string { return "actors" }

// KB returns the knowledge base the Resolver uses.
func (r *Resolver) KB() *dict.KB { return r.kb }

// Annotate fills a.Actors and sets Entity.Actor.
func (r *Resolver) Annotate(ctx context.Context, a *doc.Analysis) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	sc, _ := r.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	s := newState(r, a, sc)
	s.run()
	s.output()
	sc.release()
	r.scratch.Put(sc)
	return nil
}
