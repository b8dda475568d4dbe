package text

import (
	"strings"
	"testing"
)

// expectSentences checks that Segment splits in into the sentences of
// want, written with " || " between them.
func expectSentences(t *testing.T, in, want string) {
	t.Helper()
	toks, sents := New(Options{}).Segment(in)
	got := make([]string, len(sents))
	for i, s := range sents {
		got[i] = in[s.Start:s.End]
		if s.First >= s.Last || toks[s.First].Start != s.Start || toks[s.Last-1].End != s.End {
			t.Errorf("Segment(%q): sentence %d [%d,%d) tokens %d..%d do not match its span", in, i, s.Start, s.End, s.First, s.Last)
		}
		for j := s.First; j < s.Last; j++ {
			if toks[j].Sentence != i {
				t.Errorf("Segment(%q): token %q Sentence = %d, want %d", in, toks[j].Text, toks[j].Sentence, i)
			}
		}
	}
	if g := strings.Join(got, " || "); g != want {
		t.Errorf("Segment(%q) sentences =\n  %s\nwant\n  %s", in, g, want)
	}
}

func TestSentences(t *testing.T) {
	expectSentences(t, "Troops withdrew. Talks resumed!", "Troops withdrew. || Talks resumed!")
	expectSentences(t, "Is it over? Nobody knows.", "Is it over? || Nobody knows.")
	// Abbreviations, initials and decimals.
	expectSentences(t, "Mr. Khan met Gen. Aslam. They spoke.", "Mr. Khan met Gen. Aslam. || They spoke.")
	expectSentences(t, "J. K. Rowling arrived at 8 a.m. on Monday.", "J. K. Rowling arrived at 8 a.m. on Monday.")
	expectSentences(t, "Prices rose 3.5 percent. Wages fell.", "Prices rose 3.5 percent. || Wages fell.")
	expectSentences(t, "He flew to the U.S. The visit was short.", "He flew to the U.S. || The visit was short.")
	expectSentences(t, "The U.S. Embassy said so.", "The U.S. Embassy said so.")
	expectSentences(t, "It was signed on Nov. 14 in Doha.", "It was signed on Nov. 14 in Doha.")
	expectSentences(t, "He joined Acme Inc. in 2010.", "He joined Acme Inc. in 2010.")
	expectSentences(t, "Lt. Gen. (retd.) Khalid Aziz spoke.", "Lt. Gen. (retd.) Khalid Aziz spoke.")
	expectSentences(t, "Wait... we are not done. Go on.", "Wait... we are not done. || Go on.")
	expectSentences(t, "Wait... Then it ended.", "Wait... || Then it ended.")
	// Quotes and brackets that close after the full stop.
	expectSentences(t, `He said: "We will fight. We will win." Then he left.`,
		`He said: "We will fight. || We will win." || Then he left.`)
	expectSentences(t, "“Will you stay?” she asked.", "“Will you stay?” she asked.")
	expectSentences(t, `"We are ready," he said. "Are you?"`, `"We are ready," he said. || "Are you?"`)
	expectSentences(t, "(See the map.) It shows the border.", "(See the map.) || It shows the border.")
	// Headlines, datelines, paragraphs and lists.
	expectSentences(t, "Talks resume in Doha\n\nThe talks began on Monday.", "Talks resume in Doha || The talks began on Monday.")
	expectSentences(t, "Talks resume in Doha\nThe talks began on Monday.", "Talks resume in Doha || The talks began on Monday.")
	expectSentences(t, "The talks began in the\ncapital on Monday.", "The talks began in the\ncapital on Monday.")
	expectSentences(t, "Officials met the\nForeign Minister.", "Officials met the\nForeign Minister.")
	expectSentences(t, "ISLAMABAD: Pakistan agreed on Tuesday.", "ISLAMABAD: || Pakistan agreed on Tuesday.")
	expectSentences(t, "NEW DELHI, Nov 22 (Reuters) - India said no.", "NEW DELHI, Nov 22 (Reuters) - || India said no.")
	expectSentences(t, "NATO said: Allies agree.", "NATO said: Allies agree.")
	expectSentences(t, "Key points:\n- Border reopens\n- Trade resumes\n• Aid flows", "Key points: || - Border reopens || - Trade resumes || • Aid flows")
	expectSentences(t, "Steps:\n1. Ceasefire first.\n2. Then talks.", "Steps: || 1. Ceasefire first. || 2. Then talks.")
	expectSentences(t, "The vote was 5. Then it ended.", "The vote was 5. || Then it ended.")
	expectSentences(t, "One more thing.\r\n\r\nThe end", "One more thing. || The end")
	expectSentences(t, "", "")
	expectSentences(t, "...", "...")
}

func TestParagraphs(t *testing.T) {
	in := "Headline here\n\nISLAMABAD: First one. Second one.\n \nThird one.\nFourth one."
	_, sents := New(Options{}).Segment(in)
	var got []int
	for _, s := range sents {
		got = append(got, s.Paragraph)
	}
	want := []int{0, 1, 1, 1, 2, 2}
	if len(got) != len(want) {
		t.Fatalf("Segment(%q) paragraphs = %v, want %v", in, got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Segment(%q) paragraphs = %v, want %v", in, got, want)
		}
	}
}

func TestInitials(t *testing.T) {
	expectSentences(t, "He lacked vitamin D. The study said so.", "He lacked vitamin D. || The study said so.")
	expectSentences(t, "John F. Kennedy and George W. Bush met.", "John F. Kennedy and George W. Bush met.")
	expectSentences(t, "Section A. I agree.", "Section A. I agree.")
	expectTokens(t, "He lacked vitamin D. The study", "He|lacked|vitamin|D|.|The|study")
}

func TestSpacedEllipsisAndUnderscoreDateline(t *testing.T) {
	expectSentences(t, "It is a sad day . . . We will go on.", "It is a sad day . . . || We will go on.")
	expectSentences(t, "MIAMI _ The family left.", "MIAMI _ || The family left.")
}

func TestCompanyThenHonorific(t *testing.T) {
	expectSentences(t, "said an analyst with Acme Securities Inc. Mr. Doe said more.", "said an analyst with Acme Securities Inc. || Mr. Doe said more.")
	expectSentences(t, "It competes with Hewlett-Packard Co. Recently, sales fell.", "It competes with Hewlett-Packard Co. || Recently, sales fell.")
}
