package eval

import (
	"os"
	"strings"

	"sitrep/internal/eval/gold"
)

// readerFile is an open data file with its path for messages.
type readerFile struct {
	*os.File
	path string
}

func readCoNLL2003(r *runner, path string) ([]gold.TagSentence, error) {
	return r.readTags(path, func(f *readerFile) ([]gold.TagSentence, error) { return gold.ReadCoNLL2003(f, f.path) })
}

func readUNER(r *runner, path string) ([]gold.TagSentence, error) {
	return r.readTags(path, func(f *readerFile) ([]gold.TagSentence, error) { return gold.ReadIOB2(f, f.path) })
}

func join(s []string) string { return strings.Join(s, "; ") }
