package main

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"

	"sitrep/dict"
	"sitrep/internal/ner"
	"sitrep/internal/tag"
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise
// the module version or "devel".
var version = ""

func runVersion(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	v := version
	if v == "" {
		v = "devel"
		if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
	}
	fmt.Fprintf(stdout, "sitrep %s\nschema sitrep/v1\n", v)
	for _, c := range components() {
		fmt.Fprintf(stdout, "%s %s\n", c.name, c.version)
	}
	return exitOK
}

// component is a versioned model or dictionary built into the binary.
type component struct{ name, version string }

// components lists the models and dictionaries and their versions.
func components() []component {
	return []component{
		{"model pos", tag.ModelVersion()},
		{"model ner", ner.ModelVersion()},
		{"dictionaries", dict.EmbeddedVersion()},
	}
}
