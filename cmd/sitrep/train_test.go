package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestTrainUsage(t *testing.T) {
	for _, c := range []struct {
		args    []string
		code    int
		message string
	}{
		{[]string{"train"}, exitUsage, "name one model"},
		{[]string{"train", "parser"}, exitUsage, `unknown model "parser"`},
		{[]string{"train", "ner", "pos"}, exitUsage, "name one model"},
		{[]string{"train", "--data", "/nonexistent/data", "pos"}, exitPartial, "train pos: open /nonexistent/data/ud-ewt/"},
		{[]string{"train", "ner", "--data", "/nonexistent/data"}, exitPartial, "train ner: open /nonexistent/data/conll2003/"},
		{[]string{"train", "pos", "--brown", "/nonexistent/brown"}, exitPartial, "train pos: brown: no corpus files (ca01 …) in /nonexistent/brown"},
		{[]string{"train", "--data", "/nonexistent/data", "pos"}, exitPartial, "no --brown DIR"},
	} {
		var out, errw bytes.Buffer
		code := run(context.Background(), c.args, &out, &errw)
		if code != c.code || !strings.Contains(errw.String(), c.message) {
			t.Errorf("run(%q) = %d, stderr %q; want %d and %q", c.args, code, errw.String(), c.code, c.message)
		}
	}
}
