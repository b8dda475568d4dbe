package quotes

import (
	"context"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// annotate runs the stage over text with the given actors.
func annotate(t testing.TB, text string, actors ...doc.Actor) *doc.Analysis {
	t.Helper()
	a := doc.New(doc.Document{Text: text})
	if actors != nil {
		a.Actors = actors
	}
	if err := New(Options{}).Annotate(context.Background(), a); err != nil {
		t.Fatalf("Annotate(%q) error: %v", text, err)
	}
	return a
}

// want is one expected quote: its text, speaker text, cue and direct flag.
type want struct {
	text, speaker, cue string
	direct             bool
}

// expectQuotes checks the quotes found in text, in order.
func expectQuotes(t *testing.T, text string, ws ...want) {
	t.Helper()
	a := annotate(t, text)
	var got []want
	for _, q := range a.Quotes {
		got = append(got, want{q.Text, string(q.SpeakerText), string(q.Cue), q.Direct})
	}
	if len(got) != len(ws) {
		t.Fatalf("quotes of %q:\n got %+v\nwant %+v", text, got, ws)
	}
	for i := range ws {
		if got[i] != ws[i] {
			t.Errorf("quote %d of %q = %+v, want %+v", i+1, text, got[i], ws[i])
		}
	}
}

func TestCuePositions(t *testing.T) {
	// Cue after the quote, in both orders.
	expectQuotes(t, `“The border will stay closed,” said Ahmad Zia.`,
		want{"The border will stay closed", "Ahmad Zia", "said", true})
	expectQuotes(t, `"The border will stay closed," the minister said on Monday.`,
		want{"The border will stay closed", "the minister", "said", true})
	expectQuotes(t, `“We are ready,” she told reporters.`,
		want{"We are ready", "she", "told", true})
	// Cue before, with colon, comma or "that".
	expectQuotes(t, `The spokesman said: “No talks are planned.”`,
		want{"No talks are planned.", "The spokesman", "said", true})
	expectQuotes(t, `Colonel Jan Nasir warned, "Anyone who crosses will be stopped."`,
		want{"Anyone who crosses will be stopped.", "Colonel Jan Nasir", "warned", true})
	// Cue inside a quote split in two.
	expectQuotes(t, `“We came to talk,” he said, “not to fight.”`,
		want{"We came to talk", "he", "said", true},
		want{"not to fight.", "he", "said", true})
	// According to.
	expectQuotes(t, `“The road is open again,” according to the district police chief.`,
		want{"The road is open again", "the district police chief", "according to", true})
	// Inverted before the quote.
	expectQuotes(t, `Said Maryam Rao: "Nobody asked us."`,
		want{"Nobody asked us.", "Maryam Rao", "Said", true})
}

func TestNesting(t *testing.T) {
	// Single marks inside double ones stay in the text.
	expectQuotes(t, `“He shouted ‘get down’ and fired,” the witness said.`,
		want{"He shouted ‘get down’ and fired", "the witness", "said", true})
	// Curly marks inside straight ones.
	expectQuotes(t, `"They wrote “traitor” on the wall," Ali Shah said.`,
		want{"They wrote “traitor” on the wall", "Ali Shah", "said", true})
	// Apostrophes are not quotation marks.
	expectQuotes(t, `The minister’s aides didn’t comment on the army's statement.`)
	// Single marks at the top level, with an apostrophe inside.
	expectQuotes(t, `‘We don’t negotiate with gunmen,’ said the governor.`,
		want{"We don’t negotiate with gunmen", "the governor", "said", true})
}

func TestMultiParagraph(t *testing.T) {
	text := "“The first convoy left at dawn.\n\n“The second will follow tomorrow,” said Asma Noor.\n\n“We need more trucks.”"
	a := annotate(t, text)
	if len(a.Quotes) != 2 {
		t.Fatalf("got %d quotes, want 2: %+v", len(a.Quotes), a.Quotes)
	}
	q := a.Quotes[0]
	if !strings.HasPrefix(q.Text, "The first convoy") || !strings.HasSuffix(q.Text, "follow tomorrow") {
		t.Errorf("quote 1 = %q, want the two paragraphs", q.Text)
	}
	if q.SpeakerText != "Asma Noor" {
		t.Errorf("quote 1 speaker = %q, want Asma Noor", q.SpeakerText)
	}
	if q2 := a.Quotes[1]; q2.SpeakerText != "Asma Noor" || q2.Rule != "direct.continuation" {
		t.Errorf("quote 2 speaker = %q by %s, want Asma Noor by direct.continuation", q2.SpeakerText, q2.Rule)
	}
	// A paragraph that ends open and is not followed by an opening mark
	// is closed at the paragraph end, with a diagnostic.
	a = annotate(t, "\"We will rebuild,\" the mayor said. \"Nothing will stop us.\n\nThe army withdrew.")
	if len(a.Diagnostics) != 1 || !strings.Contains(a.Diagnostics[0].Message, "not closed") {
		t.Errorf("diagnostics = %+v, want one about a mark not closed", a.Diagnostics)
	}
	if got := a.Quotes[len(a.Quotes)-1].Text; got != "Nothing will stop us." {
		t.Errorf("last quote = %q, want %q", got, "Nothing will stop us.")
	}
}

func TestContinuation(t *testing.T) {
	// The next paragraph continues the speaker; two paragraphs later, not.
	text := "“We want a ceasefire,” Rahim Khan said.\n\n“Then we can talk.”\n\nThe army declined to comment.\n\nThe army said nothing else.\n\n“This is our land and we will not leave it now.”"
	a := annotate(t, text)
	var rules []string
	for _, q := range a.Quotes {
		if q.Direct {
			rules = append(rules, q.Rule+":"+string(q.SpeakerText))
		}
	}
	wantRules := []string{"direct.cue-after:Rahim Khan", "direct.continuation:Rahim Khan", "direct.unattributed:"}
	if strings.Join(rules, "|") != strings.Join(wantRules, "|") {
		t.Errorf("direct quotes = %q, want %q", rules, wantRules)
	}
	// Short quoted titles inside a sentence are not quotes.
	expectQuotes(t, `“We will win,” Sara Malik said. She spoke on "Morning Report" later.`,
		want{"We will win", "Sara Malik", "said", true})
}

func TestIndirect(t *testing.T) {
	expectQuotes(t, `The interior minister said on Thursday that the curfew would be lifted.`,
		want{"the curfew would be lifted", "The interior minister", "said", false})
	expectQuotes(t, `The talks have stalled, a senior diplomat said.`,
		want{"The talks have stalled", "a senior diplomat", "said", false})
	expectQuotes(t, `According to the ministry, 40 people were detained.`,
		want{"40 people were detained", "the ministry", "According to", false})
	expectQuotes(t, `Nabila Iqbal told reporters the vote would be postponed.`,
		want{"the vote would be postponed", "Nabila Iqbal", "told", false})
}

func TestSpeakerLinking(t *testing.T) {
	text := "Foreign Office spokesperson Zara Hamid said: “We reject the statement.”\n\n" +
		"Defence Minister Kamal Hamid visited troops on Monday.\n\n" +
		"“Our position has not changed,” Hamid said.\n\n" +
		"“The region needs calm,” she added."
	mention := func(s string) doc.Mention {
		i := strings.Index(text, s)
		return doc.Mention{Start: i, End: i + len(s), Text: s}
	}
	actors := []doc.Actor{
		{ID: "a1", Name: "Zara Hamid", Kind: doc.KindPerson, Roles: []string{"Foreign Office spokesperson"},
			Mentions: []doc.Mention{mention("Foreign Office spokesperson Zara Hamid")}},
		{ID: "a2", Name: "Kamal Hamid", Kind: doc.KindPerson, Roles: []string{"Defence Minister"},
			Mentions: []doc.Mention{mention("Defence Minister Kamal Hamid")}},
	}
	a := annotate(t, text, actors...)
	var got []string
	for _, q := range a.Quotes {
		got = append(got, string(q.Speaker))
	}
	// The bare surname goes to the Hamid who has been speaking, not to
	// the one named last; the pronoun to the last speaker.
	if w := []string{"a1", "a1", "a1"}; strings.Join(got, ",") != strings.Join(w, ",") {
		t.Errorf("speakers = %v, want %v", got, w)
	}
}

func TestSpansInBounds(t *testing.T) {
	a := annotate(t, "“Ünïcödé – quotes,” said Zoë Ångström. «Guillemets» too.")
	for _, q := range a.Quotes {
		checkQuote(t, a.Document.Text, q)
	}
	if len(a.Quotes) == 0 || a.Quotes[0].SpeakerText != "Zoë Ångström" {
		t.Errorf("quotes = %+v, want a first quote by Zoë Ångström", a.Quotes)
	}
}

// checkQuote fails t unless every offset of q lies within text and the
// text fields match their spans.
func checkQuote(t testing.TB, text string, q doc.Quote) {
	t.Helper()
	in := func(s, e int) bool { return 0 <= s && s <= e && e <= len(text) }
	if !in(q.Start, q.End) || text[q.Start:q.End] != q.Text {
		t.Fatalf("quote span [%d,%d) %q out of bounds or not its text", q.Start, q.End, q.Text)
	}
	if q.SpeakerStart != nil && (!in(*q.SpeakerStart, *q.SpeakerEnd) || text[*q.SpeakerStart:*q.SpeakerEnd] != string(q.SpeakerText)) {
		t.Fatalf("speaker span of %+v out of bounds or not its text", q)
	}
	if q.CueStart != nil && (!in(*q.CueStart, *q.CueEnd) || text[*q.CueStart:*q.CueEnd] != string(q.Cue)) {
		t.Fatalf("cue span of %+v out of bounds or not its text", q)
	}
}

func TestDoubledApostrophes(t *testing.T) {
	// Some archives write the double mark as two apostrophes.
	expectQuotes(t, `''It's more tinkering at the edges,'' said Alan Cole, an economist.`,
		want{"It's more tinkering at the edges", "Alan Cole", "said", true})
}

func TestSpeakerHead(t *testing.T) {
	// The actor named at the head of the speaker phrase wins over one
	// named in its title.
	text := `Foreign Office spokesperson Baloch said: “We reject the claim.”`
	actors := []doc.Actor{
		{ID: "a1", Name: "Foreign Office", Kind: doc.KindOrganization, Mentions: []doc.Mention{{Start: 0, End: 14, Text: "Foreign Office"}}},
		{ID: "a2", Name: "Nadia Baloch", Kind: doc.KindPerson, Mentions: []doc.Mention{{Start: 28, End: 34, Text: "Baloch"}}},
	}
	a := annotate(t, text, actors...)
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "a2" {
		t.Errorf("quotes = %+v, want one by a2", a.Quotes)
	}
}

func TestHardWrapped(t *testing.T) {
	// Lines wrapped at a fixed width, paragraphs indented: a quote runs
	// over short lines that end in a capitalised word.
	text := "    The ministry said the talks would resume next week after a\n" +
		"pause requested by both delegations, officials told reporters.\n" +
		"    \"The delegation was sent to meet the new government in Baghdad\n" +
		"and will stay there until the work is finished,\" said the\n" +
		"ministry's spokesman, adding that no date had been set for a deal.\n"
	a := annotate(t, text)
	var got *doc.Quote
	for i := range a.Quotes {
		if a.Quotes[i].Direct {
			got = &a.Quotes[i]
		}
	}
	if got == nil || !strings.HasSuffix(got.Text, "the work is finished") || len(a.Diagnostics) != 0 {
		t.Fatalf("quotes = %+v, diagnostics = %+v; want one direct quote over the wrapped lines", a.Quotes, a.Diagnostics)
	}
	if got.SpeakerText != "the\nministry's spokesman" {
		t.Errorf("speaker = %q, want the ministry's spokesman", got.SpeakerText)
	}
}

func TestParticipleSubject(t *testing.T) {
	expectQuotes(t, `Speaking at a rally in Multan, Punjab, the prime minister attacked the opposition, calling it “a circus.”`,
		want{"a circus.", "the prime minister", "calling", true})
}

func TestLongSubjectAfter(t *testing.T) {
	// The forward reading stops at "This"; the cue is found a few words
	// on and its subject read backwards.
	expectQuotes(t, `“That was the first time in a long time,” BBC This Week co-host Maria Lopez said.`,
		want{"That was the first time in a long time", "Maria Lopez", "said", true})
}

func TestSurnameSalience(t *testing.T) {
	// The actors stage linked the bare surname to the nearest Moreno; the
	// spokesman who has been quoted all along is the speaker.
	text := "“Camps must never be a target,” U.N. spokesman Luis Moreno said.\n\n" +
		"Defence Minister Ana Moreno said on Sunday that the army had only returned fire.\n\n" +
		"“We have asked for access to the area,” Moreno said."
	mention := func(s string, from int) doc.Mention {
		i := from + strings.Index(text[from:], s)
		return doc.Mention{Start: i, End: i + len(s), Text: s}
	}
	last := strings.LastIndex(text, "Moreno said.")
	actors := []doc.Actor{
		{ID: "a1", Name: "Luis Moreno", Kind: doc.KindPerson, Mentions: []doc.Mention{mention("Luis Moreno", 0)}},
		{ID: "a2", Name: "Ana Moreno", Kind: doc.KindPerson, Mentions: []doc.Mention{mention("Ana Moreno", 0), mention("Moreno", last)}},
	}
	a := annotate(t, text, actors...)
	var got []string
	for _, q := range a.Quotes {
		got = append(got, string(q.Speaker))
	}
	if w := "a1,a2,a1"; strings.Join(got, ",") != w {
		t.Errorf("speakers = %v, want %s", got, w)
	}
	if len(a.Diagnostics) != 1 || !strings.Contains(a.Diagnostics[0].Message, "more direct quotes") {
		t.Errorf("diagnostics = %+v, want one about the surname choice", a.Diagnostics)
	}
}

func TestBritishStyle(t *testing.T) {
	// Single marks as the outer quotation, double ones nested inside.
	expectQuotes(t, "‘We will not back down,’ the minister said. ‘They called it “a provocation” but it is our right.’",
		want{"We will not back down", "the minister", "said", true},
		want{"They called it “a provocation” but it is our right.", "the minister", "said", true})
	// A headline with the cue inverted after the quote.
	expectQuotes(t, "‘No talks until the attacks stop’, says PM",
		want{"No talks until the attacks stop", "PM", "says", true})
}
