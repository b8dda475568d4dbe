package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"sitrep/internal/tag"
)

// runTrain trains one of sitrep's models from the annotated data sets and
// writes the model file that the binary embeds.
func runTrain(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("train", "pos|ner", stderr)
	data := fs.String("data", "../shared/data", "`DIR` holding the annotated data sets")
	out := fs.String("out", "", "model `FILE` to write (default: the embedded model's path, internal/tag/pos.model or internal/ner/ner.model)")
	epochs := fs.Int("epochs", 0, "passes over the training data (0: the model's default)")
	minQ := fs.Int("minq", 0, "drop weights below `N` of 32767 (0: the model's default)")
	verbose := fs.Bool("v", false, "print progress to stderr")
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() != 1 {
		errorf(stderr, "train: name one model to train: pos or ner")
		return exitUsage
	}
	var log io.Writer
	if *verbose {
		log = stderr
	}
	start := time.Now()
	var err error
	switch fs.Arg(0) {
	case "pos":
		if *out == "" {
			*out = filepath.Join("internal", "tag", "pos.model")
		}
		err = trainPOS(ctx, *data, *out, tag.TrainOptions{Epochs: *epochs, MinQ: *minQ, Log: log}, stdout)
	default:
		errorf(stderr, "train: unknown model %q (want pos or ner)", fs.Arg(0))
		return exitUsage
	}
	if err != nil {
		errorf(stderr, "train %s: %v", fs.Arg(0), err)
		return exitPartial
	}
	fmt.Fprintf(stdout, "wrote %s in %s\n", *out, time.Since(start).Round(time.Millisecond))
	return exitOK
}

// readConllu reads a CoNLL-U file of the UD data.
func readConllu(path string) ([]tag.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := tag.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func trainPOS(ctx context.Context, data, out string, opts tag.TrainOptions, stdout io.Writer) error {
	train, err := readConllu(filepath.Join(data, "ud-ewt", "en_ewt-ud-train.reconstructed.conllu"))
	if err != nil {
		return err
	}
	dev, err := readConllu(filepath.Join(data, "ud-ewt", "en_ewt-ud-dev.conllu"))
	if err != nil {
		return err
	}
	return writeModel(out, func(w io.Writer) error {
		rep, err := tag.Train(ctx, train, dev, opts, w)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "pos: %d sentences, %d words; %d features; UD EWT dev UPOS accuracy %.4f (%d words)\n",
			rep.Sentences, rep.Words, rep.Features, rep.DevAccuracy, rep.DevWords)
		return nil
	})
}

// writeModel writes a model file through a temporary file, so that a
// failed run leaves the old model in place.
func writeModel(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".train-*")
	if err != nil {
		return fmt.Errorf("create model file: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write model file: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write model file: %w", err)
	}
	return nil
}
