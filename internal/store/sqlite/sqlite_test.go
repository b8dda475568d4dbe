package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"sitrep/internal/store"
	"sitrep/internal/store/storetest"
)

func backend() storetest.Backend {
	return storetest.Backend{
		Fresh: func(t *testing.T) string { return filepath.Join(t.TempDir(), "sitrep.db") },
		Open: func(ctx context.Context, loc string) (store.Store, error) {
			return Open(ctx, loc, Options{})
		},
	}
}

func TestConformance(t *testing.T) { storetest.Run(t, backend()) }

func TestOpenRefusesNonFiles(t *testing.T) {
	for _, p := range []string{"", ":memory:", "file:x.db?mode=memory"} {
		if s, err := Open(context.Background(), p, Options{}); err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded, want an error", p)
		}
	}
}
