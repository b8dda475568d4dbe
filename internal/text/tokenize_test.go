package text

import (
	"strings"
	"testing"
)

// expectTokens checks that Segment splits in into the tokens of want,
// written with "|" between them.
func expectTokens(t *testing.T, in, want string) {
	t.Helper()
	toks, _ := New(Options{}).Segment(in)
	got := make([]string, len(toks))
	for i, tk := range toks {
		got[i] = tk.Text
		if in[tk.Start:tk.End] != tk.Text {
			t.Errorf("Segment(%q): token %d text %q, span text %q", in, i, tk.Text, in[tk.Start:tk.End])
		}
		if tk.Head != -1 {
			t.Errorf("Segment(%q): token %d Head = %d, want -1", in, i, tk.Head)
		}
	}
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("Segment(%q) tokens = %s, want %s", in, g, want)
	}
}

func TestTokens(t *testing.T) {
	// Words, clitics and possessives.
	expectTokens(t, "Mr. Khan's car", "Mr.|Khan|'s|car")
	expectTokens(t, "They don't know.", "They|do|n't|know|.")
	expectTokens(t, "We can't, we won't", "We|ca|n't|,|we|wo|n't")
	expectTokens(t, "I'm sure they've left and we'll see", "I|'m|sure|they|'ve|left|and|we|'ll|see")
	expectTokens(t, "She'd say you're right", "She|'d|say|you|'re|right")
	expectTokens(t, "the world’s largest", "the|world|’s|largest")
	expectTokens(t, "It isn’t over", "It|is|n’t|over")
	expectTokens(t, "the soldiers' families", "the|soldiers|'|families")
	expectTokens(t, "DON'T SHOOT", "DO|N'T|SHOOT")
	expectTokens(t, "We cannot accept it", "We|can|not|accept|it")
	expectTokens(t, "O'Neill met O’Brien", "O'Neill|met|O’Brien")
	expectTokens(t, "in the '90s", "in|the|'90s")
	// Hyphens and dashes.
	expectTokens(t, "a 15-year term", "a|15|-|year|term")
	expectTokens(t, "a cross-border raid", "a|cross-border|raid")
	expectTokens(t, "send an e-mail to the non-violent group", "send|an|e-mail|to|the|non-violent|group")
	expectTokens(t, "U.S.-led forces", "U.S.|-|led|forces")
	expectTokens(t, "peace—for now", "peace|—|for|now")
	expectTokens(t, "from 2019–2021", "from|2019|–|2021")
	expectTokens(t, "talks -- if any", "talks|--|if|any")
	expectTokens(t, "call 555-1234 or 212-555-0199", "call|555-1234|or|212-555-0199")
	expectTokens(t, "Tehreek-e-Taliban", "Tehreek|-|e|-|Taliban")
	// Numbers, money, percentages, times and dates.
	expectTokens(t, "1,000.5 tonnes", "1,000.5|tonnes")
	expectTokens(t, "$1.5 billion (£1.2bn)", "$|1.5|billion|(|£|1.2bn|)")
	expectTokens(t, "up 3.5% at 10:30", "up|3.5|%|at|10:30")
	expectTokens(t, "on 11/28/2000 at 5:00", "on|11/28/2000|at|5:00")
	expectTokens(t, "It fell 5.", "It|fell|5|.")
	// Abbreviations and initials.
	expectTokens(t, "Gen. Lt. Dr. Ms. Sen. Gov. Jan. Nov. No. 5", "Gen.|Lt.|Dr.|Ms.|Sen.|Gov.|Jan.|Nov.|No.|5")
	expectTokens(t, "J. K. Rowling wrote", "J.|K.|Rowling|wrote")
	expectTokens(t, "at 8 a.m. in the U.S. capital", "at|8|a.m.|in|the|U.S.|capital")
	expectTokens(t, "He joined Acme Inc. in May.", "He|joined|Acme|Inc.|in|May|.")
	expectTokens(t, "He lives in the U.S.", "He|lives|in|the|U.S|.")
	expectTokens(t, "guns, knives, etc.", "guns|,|knives|,|etc|.")
	expectTokens(t, "it was CCNG, Inc.. Then", "it|was|CCNG|,|Inc.|.|Then")
	// Punctuation, quotes and brackets.
	expectTokens(t, `He said, "We will win."`, `He|said|,|"|We|will|win|.|"`)
	expectTokens(t, "“We will win,” he said.", "“|We|will|win|,|”|he|said|.")
	expectTokens(t, "‘No,’ she said", "‘|No|,|’|she|said")
	expectTokens(t, "(ISPR) [sic] {x}", "(|ISPR|)|[|sic|]|{|x|}")
	expectTokens(t, "Wait... what?!", "Wait|...|what|?!")
	expectTokens(t, "wait…now", "wait|…|now")
	expectTokens(t, "stuck...the apples", "stuck|...|the|apples")
	expectTokens(t, "friends and/or family", "friends|and|/|or|family")
	expectTokens(t, "b/c it's late", "b/c|it|'s|late")
	expectTokens(t, "Key points: one; two", "Key|points|:|one|;|two")
	// URLs, e-mail, hashtags and emoticons.
	expectTokens(t, "See https://example.org/a-b?x=1&y=2.", "See|https://example.org/a-b?x=1&y=2|.")
	expectTokens(t, "(www.example.com)", "(|www.example.com|)")
	expectTokens(t, "Write to press-office@example.gov.pk, today", "Write|to|press-office@example.gov.pk|,|today")
	expectTokens(t, "#Peshawar trends :) great :-)", "#Peshawar|trends|:)|great|:-)")
	expectTokens(t, "family:)", "family|:)")
	// White space and odd input.
	expectTokens(t, "  a\tb\r\nc\u00a0d\u200be  ", "a|b|c|d|e")
	expectTokens(t, "", "")
	expectTokens(t, "Müller's café", "Müller|'s|café")
	expectTokens(t, "bad \xff\xfe bytes", "bad|\xff\xfe|bytes")
}

// TestTokenizeKeepsAbbreviation checks the documented difference between
// Tokenize and Segment at the end of a sentence.
func TestTokenizeKeepsAbbreviation(t *testing.T) {
	toks := Tokenize("He lives in the U.S.")
	if got := toks[len(toks)-1].Text; got != "U.S." {
		t.Errorf("Tokenize last token = %q, want %q", got, "U.S.")
	}
}

func TestMissingSpace(t *testing.T) {
	expectTokens(t, "Five were killed.The army said", "Five|were|killed|.|The|army|said")
	expectTokens(t, "rose to 1,100.Next", "rose|to|1,100|.|Next")
	expectTokens(t, "see Newsfeed.Com or example.Org", "see|Newsfeed.Com|or|example.Org")
	expectTokens(t, "ASP.NET and U.S.Army", "ASP.NET|and|U.S.Army")
	expectSentences(t, "Five were killed.The army said so.", "Five were killed. || The army said so.")
	expectSentences(t, ".The", ".The") // no word before the period: no sentence end
}

func TestCurrencyAndAcronymPossessive(t *testing.T) {
	expectTokens(t, "a US$5 fee", "a|US$|5|fee")
	expectTokens(t, "the U.S.'s role", "the|U.S.|'s|role")
}

func TestClockAndDesignators(t *testing.T) {
	expectTokens(t, "at 10pm or 7:30AM", "at|10|pm|or|7:30|AM")
	expectTokens(t, "an F-16 and a T-shirt", "an|F|-|16|and|a|T-shirt")
	expectTokens(t, "Inter-Services Intelligence", "Inter|-|Services|Intelligence")
}
