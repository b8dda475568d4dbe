package eval

import (
	"strings"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/eval/gold"
)

// spanOf returns the span of the first occurrence of sub in text.
func spanOf(t *testing.T, text, sub string) gold.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	return sp(i, i+len(sub))
}

func TestQuotedFragments(t *testing.T) {
	tests := []struct {
		name, text string
		content    string // content fragments, separated by |
		want       []string
	}{
		{"split quote, content first to last",
			`“We will not yield,” the minister said. “Talks are over.”`,
			`“We will not yield,” the minister said. “Talks are over.”`,
			[]string{"We will not yield", "Talks are over"}},
		{"marks outside the content",
			`“We will not yield,” the minister said.`,
			`We will not yield`,
			[]string{"We will not yield"}},
		{"partial quote inside paraphrase",
			`He said that talks would “resume soon” after the vote.`,
			`that talks would “resume soon” after the vote`,
			[]string{"resume soon"}},
		{"quote resumed in a new paragraph",
			"“The border stays shut.\n\n“No trucks will pass,” she said.",
			"“The border stays shut.\n\n“No trucks will pass,”",
			[]string{"The border stays shut.\n\n“No trucks will pass"}},
		{"straight marks",
			`"Ceasefire holds," he said, "for now."`,
			`"Ceasefire holds," he said, "for now."`,
			[]string{"Ceasefire holds", "for now"}},
		{"straight marks, quote resumed",
			"\"One.\n\n\"Two,\" he said.",
			"\"One.\n\n\"Two,\"",
			[]string{"One.\n\n\"Two"}},
		{"quote open at the end of the content",
			`The envoy called it “a step toward peace and`,
			`called it “a step toward peace and`,
			[]string{"a step toward peace and"}},
		{"closing mark only: quote began before",
			`“Aid is late. Food is short,” the agency said.`,
			`Food is short,”`,
			[]string{"Food is short"}},
		{"quoted title in the cue between content fragments",
			`“We stay,” she told “Morning Live.” “We will not leave.”`,
			`We stay,|“We will not leave.”`,
			[]string{"We stay", "We will not leave"}},
		{"nested double marks",
			`“He asked me “why now?” and I had no answer,” she said.`,
			`“He asked me “why now?” and I had no answer,”`,
			[]string{"He asked me “why now?” and I had no answer"}},
		{"doubled apostrophes as marks",
			`''Rates stay,'' the governor said. ''Inflation is falling.''`,
			`''Rates stay,'' the governor said. ''Inflation is falling.''`,
			[]string{"Rates stay", "Inflation is falling"}},
		{"doubled apostrophes outside the content, apostrophe inside",
			`He called it ''the workers' victory,'' aides said.`,
			`the workers' victory,`,
			[]string{"the workers' victory"}},
		{"backquote pairs",
			"``We are ready,'' the colonel said.",
			"We are ready,",
			[]string{"We are ready"}},
		{"doubled apostrophe split by the annotation",
			`Aides said: ''We wait,'' and left.`,
			`'We wait,'`,
			[]string{"We wait"}},
		{"closing mark typed as the opening one",
			`She said: ”We are afraid.” Then she left.`,
			`”We are afraid.”`,
			[]string{"We are afraid"}},
		{"opening mark typed as the closing one",
			`She said: “We are afraid.“ Then she left.`,
			`“We are afraid.“`,
			[]string{"We are afraid"}},
		{"quotes side by side on one line",
			`He listed “fraud,” “waste” and “abuse” as the problems.`,
			`“fraud,” “waste” and “abuse”`,
			[]string{"fraud", "waste", "abuse"}},
		{"quote closed and reopened after a paragraph break",
			"“The port is closed.”\n\n“It will reopen Monday,” he said.",
			"“The port is closed.”\n\n“It will reopen Monday,”",
			[]string{"The port is closed.”\n\n“It will reopen Monday"}},
		{"no marks", `Officials said talks would resume.`, `talks would resume`, nil},
		{"marks around punctuation only", `He replied “…” and left.`, `“…”`, nil},
	}
	for _, tt := range tests {
		var got []string
		var cs []gold.Span
		for _, c := range strings.Split(tt.content, "|") {
			cs = append(cs, spanOf(t, tt.text, c))
		}
		for _, f := range quotedFragments(tt.text, cs) {
			got = append(got, tt.text[f.Start:f.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("%s: quotedFragments(%q) = %q, want %q", tt.name, tt.content, got, tt.want)
		}
	}
}

func TestQuotedFragmentsBounds(t *testing.T) {
	text := `“Yes,” he said.`
	for _, s := range []gold.Span{sp(-1, 3), sp(3, 3), sp(5, 2), sp(0, len(text)+1)} {
		if got := quotedFragments(text, []gold.Span{s}); got != nil {
			t.Errorf("quotedFragments(%v) = %v, want nil", s, got)
		}
	}
}

// fragmentCase is a split quote by the minister, and a quote with no
// gold source.
type fragmentCase struct {
	text string
	want []gold.Attribution
	a    *doc.Analysis
}

func newFragmentCase(t *testing.T) fragmentCase {
	text := `“We will not yield,” the minister said. “Talks are over.” General Amin disagreed. Posters read “No war”.`
	src := spanOf(t, text, "the minister")
	want := []gold.Attribution{
		// PolNeAR style: one content from the first to the last
		// fragment, the cue between them left out.
		{Source: []gold.Span{src}, Content: []gold.Span{
			spanOf(t, text, `“We will not yield,”`), spanOf(t, text, `“Talks are over.”`)}},
		{Content: []gold.Span{spanOf(t, text, `“No war”`)}}, // no source
	}
	return fragmentCase{text: text, want: want, a: doc.New(doc.Document{Text: text})}
}

// quote returns a direct system quote over sub with its speaker text at
// speaker ("" for none).
func (c fragmentCase) quote(t *testing.T, sub, speaker string) doc.Quote {
	s := spanOf(t, c.text, sub)
	q := doc.Quote{Start: s.Start, End: s.End, Text: sub, Direct: true}
	if speaker != "" {
		p := spanOf(t, c.text, speaker)
		q.SpeakerText = doc.Str(speaker)
		q.SpeakerStart, q.SpeakerEnd = &p.Start, &p.End
	}
	return q
}

func TestScoreFragments(t *testing.T) {
	tests := []struct {
		name           string
		quotes         func(c fragmentCase) []doc.Quote
		spanOnly, both PRF
	}{
		{"one quote per fragment, right speaker", func(c fragmentCase) []doc.Quote {
			return []doc.Quote{c.quote(t, "We will not yield,", "the minister"), c.quote(t, "Talks are over.", "the minister")}
		}, PRF{2, 2, 3}, PRF{2, 2, 2}},
		{"wrong speaker on the second fragment", func(c fragmentCase) []doc.Quote {
			return []doc.Quote{c.quote(t, "We will not yield,", "the minister"), c.quote(t, "Talks are over.", "General Amin")}
		}, PRF{2, 2, 3}, PRF{1, 2, 2}},
		{"partial span", func(c fragmentCase) []doc.Quote {
			return []doc.Quote{c.quote(t, "We will not", "the minister"), c.quote(t, "Talks are over.", "the minister")}
		}, PRF{1, 2, 3}, PRF{1, 2, 2}},
		{"one quote over both fragments and the cue", func(c fragmentCase) []doc.Quote {
			return []doc.Quote{c.quote(t, "We will not yield,” the minister said. “Talks are over.", "the minister")}
		}, PRF{0, 1, 3}, PRF{0, 1, 2}},
		{"no speaker", func(c fragmentCase) []doc.Quote {
			return []doc.Quote{c.quote(t, "We will not yield,", ""), c.quote(t, "Talks are over.", "")}
		}, PRF{2, 2, 3}, PRF{0, 2, 2}},
		{"quote on a fragment without gold source", func(c fragmentCase) []doc.Quote {
			return []doc.Quote{c.quote(t, "We will not yield,", "the minister"), c.quote(t, "No war", "Posters")}
		}, PRF{2, 2, 3}, PRF{1, 1, 2}},
		{"indirect quote ignored", func(c fragmentCase) []doc.Quote {
			q := c.quote(t, "We will not yield,", "the minister")
			q.Direct = false
			return []doc.Quote{q}
		}, PRF{0, 0, 3}, PRF{0, 0, 2}},
	}
	for _, tt := range tests {
		c := newFragmentCase(t)
		c.a.Quotes = tt.quotes(c)
		got := scoreQuotes(c.text, c.want, c.a)
		if got.fragment != tt.spanOnly || got.fragmentAttributed != tt.both {
			t.Errorf("%s: span %+v, span+speaker %+v; want %+v, %+v", tt.name, got.fragment, got.fragmentAttributed, tt.spanOnly, tt.both)
		}
	}
}

func TestScoreFragmentsSpeakerActor(t *testing.T) {
	// The speaker named only through its actor: right when a mention of
	// that actor is the gold source.
	c := newFragmentCase(t)
	m := spanOf(t, c.text, "minister")
	c.a.Actors = []doc.Actor{{ID: "a1", Mentions: []doc.Mention{{Start: m.Start, End: m.End}}}, {ID: "a2"}}
	q1, q2 := c.quote(t, "We will not yield,", ""), c.quote(t, "Talks are over.", "")
	q1.Speaker, q2.Speaker = "a1", "a2"
	c.a.Quotes = []doc.Quote{q1, q2}
	got := scoreQuotes(c.text, c.want, c.a)
	if want := (PRF{1, 2, 2}); got.fragmentAttributed != want {
		t.Errorf("span+speaker = %+v, want %+v", got.fragmentAttributed, want)
	}
	if f := got.fragmentAttributed.F1(); f >= 1 {
		t.Errorf("F1 = %v with a wrong speaker, want below 1", f)
	}
}

func TestGoldFragmentsShared(t *testing.T) {
	// Two attributions over one quote (nested: the paper reports what the
	// envoy said): one gold fragment, either source accepted.
	text := `The paper said the envoy told aides: “We leave Friday.”`
	content := []gold.Span{spanOf(t, text, `“We leave Friday.”`)}
	want := []gold.Attribution{
		{Source: []gold.Span{spanOf(t, text, "The paper")}, Content: content},
		{Source: []gold.Span{spanOf(t, text, "the envoy")}, Content: content},
	}
	frags := goldFragments(text, want)
	if len(frags) != 1 || len(frags[0].sources) != 2 || text[frags[0].span.Start:frags[0].span.End] != "We leave Friday" {
		t.Fatalf("goldFragments = %+v, want one fragment with two sources", frags)
	}
}

func TestScoreQuotesIndirect(t *testing.T) {
	text := `“We will not yield,” the minister said. Officials said talks would resume.`
	want := []gold.Attribution{
		{Source: []gold.Span{spanOf(t, text, "the minister")}, Content: []gold.Span{spanOf(t, text, "We will not yield,")}},
		{Source: []gold.Span{spanOf(t, text, "Officials")}, Content: []gold.Span{spanOf(t, text, "talks would resume")}},
	}
	a := doc.New(doc.Document{Text: text})
	src := spanOf(t, text, "the minister")
	ind := spanOf(t, text, "talks would resume")
	a.Quotes = []doc.Quote{
		{Start: ind.Start, End: ind.End, SpeakerText: "the minister", SpeakerStart: &src.Start, SpeakerEnd: &src.End}, // wrong speaker
	}
	c := scoreQuotes(text, want, a)
	if c.indirectOverlap != (PRF{1, 1, 1}) || c.indirectSpeaker != (Acc{0, 1}) || c.indirectAttributed != (PRF{0, 1, 1}) {
		t.Errorf("indirect: overlap %+v speaker %+v attributed %+v", c.indirectOverlap, c.indirectSpeaker, c.indirectAttributed)
	}
}

func TestIsDirectDoubledApostrophes(t *testing.T) {
	text := `''We will rebuild,'' the mayor said, and ''soon.'' Aides said it's the mayor's plan.`
	for _, tt := range []struct {
		content string
		want    bool
	}{
		{`We will rebuild,`, true},              // marks outside the content
		{`the mayor said, and ''soon.''`, true}, // partly quoted
		{`it's the mayor's plan`, false},        // apostrophes are not marks
	} {
		if got := isDirect(text, spanOf(t, text, tt.content)); got != tt.want {
			t.Errorf("isDirect(%q) = %v, want %v", tt.content, got, tt.want)
		}
	}
}

func TestFoldRoles(t *testing.T) {
	text := `“We wait,” the envoy said. “We act later.”`
	ann := "T1\tSource 11 20\tthe envoy\n" +
		"T2\tContent 0 10\t“We wait,”\n" +
		"T3\tContent 27 42\t“We act later.”\n" +
		"T4\tCue 21 25\tsaid\n" +
		"E1\tAttribution:T4 Source:T1 Content:T2 Content2:T3 Cue:T4\n"
	b, err := gold.ReadBrat(strings.NewReader(ann), text, "x.ann")
	if err != nil {
		t.Fatal(err)
	}
	foldRoles(b)
	atts := b.Attributions()
	if len(atts) != 1 || len(atts[0].Content) != 2 {
		t.Fatalf("Attributions after foldRoles = %+v, want one with two content fragments", atts)
	}
	frags := goldFragments(text, atts)
	if len(frags) != 2 {
		t.Errorf("goldFragments = %+v, want 2", frags)
	}
}

func FuzzQuotedFragments(f *testing.F) {
	f.Add("“We wait,” he said. ''Soon.'' \"Now\"\n\n\"Later", 0, 30)
	f.Add("``A'' ”B“ «C»", 2, 9)
	f.Fuzz(func(t *testing.T, text string, lo, hi int) {
		frags := quotedFragments(text, []gold.Span{{Start: lo, End: hi}})
		end := 0
		for _, s := range frags {
			if s.Start < end || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("quotedFragments(%q, %d, %d) = %v: out of bounds or order", text, lo, hi, frags)
			}
			end = s.End
		}
	})
}
