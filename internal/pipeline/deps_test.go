package pipeline

import (
	"go/build"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// allowedImports holds, for each package of sitrep, the sitrep packages it
// may import (after go/build/deps_test.go). Imports flow one way:
// doc ← dict ← stages ← pipeline ← store/server ← cmd. Stages talk only
// through doc data, so no stage imports another stage. A package missing
// from the table fails the test, so a new package must say where it sits.
var allowedImports = map[string][]string{
	"internal/doc":        {},
	"dict":                {"internal/doc"},
	"internal/perceptron": {},
	"internal/ingest":     {"internal/doc"},

	// Stages.
	"internal/text":   {"internal/doc"},
	"internal/tag":    {"internal/doc", "internal/perceptron"},
	"internal/ner":    {"internal/doc", "internal/perceptron"},
	"internal/timex":  {"internal/doc"},
	"internal/geo":    {"internal/doc", "dict"},
	"internal/actors": {"internal/doc", "dict"},
	"internal/quotes": {"internal/doc"},
	"internal/events": {"internal/doc", "dict"},
	"internal/actors/overhead": {"internal/doc", "internal/pipeline", "internal/actors", "internal/text",
		"internal/tag", "internal/ner", "internal/timex", "internal/geo", "internal/quotes", "internal/events"},

	"internal/pipeline": {"internal/doc", "internal/text", "internal/tag", "internal/ner", "internal/timex",
		"internal/geo", "internal/actors", "internal/quotes", "internal/events"},

	"internal/store":           {"internal/doc", "internal/ingest"},
	"internal/dedup":           {},
	"internal/plovermap":       {},
	"internal/store/sqlstore":  {"internal/doc", "internal/store", "internal/dedup"},
	"internal/store/storetest": {"internal/doc", "internal/store"},
	"internal/store/sqlite":    {"internal/doc", "internal/store", "internal/store/sqlstore", "internal/store/storetest"},
	"internal/store/postgres":  {"internal/doc", "internal/store", "internal/store/sqlstore", "internal/store/storetest"},
	"internal/server":          {"internal/doc", "dict", "internal/ingest", "internal/store", "internal/pipeline", "internal/web", "internal/store/sqlite"},
	"internal/web":             {},
	"internal/web/worldgen":    {},
	"internal/eval/gold":       {"internal/doc"},
	"internal/eval":            {"internal/doc", "internal/eval/gold", "internal/plovermap"},
	"internal/geo/gazbuild":    {"internal/geo"},

	// Commands may import anything below them.
	"cmd/sitrep":      nil,
	"cmd/sitrep-data": nil,
	"tools/gazetteer": nil,
}

func TestImportDirection(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		name := d.Name()
		if path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules") {
			return filepath.SkipDir
		}
		pkg, err := build.ImportDir(path, 0)
		if err != nil {
			return nil // no Go files here
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		allowed, known := allowedImports[rel]
		if !known {
			t.Errorf("package %s is not in allowedImports: add it with the sitrep packages it may import", rel)
			return nil
		}
		seen++
		if allowed == nil {
			return nil
		}
		// Test files may use test helpers of the same layer or below;
		// only the package's own imports are held to the rule.
		var bad []string
		for _, imp := range pkg.Imports {
			if !strings.HasPrefix(imp, "sitrep/") {
				continue
			}
			imp = strings.TrimPrefix(imp, "sitrep/")
			ok := false
			for _, a := range allowed {
				if imp == a {
					ok = true
					break
				}
			}
			if !ok {
				bad = append(bad, imp)
			}
		}
		sort.Strings(bad)
		if len(bad) > 0 {
			t.Errorf("package %s imports %s, which the import direction does not allow", rel, strings.Join(bad, ", "))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen < 20 {
		t.Errorf("checked only %d packages; the walk from %s missed the tree", seen, root)
	}
}
