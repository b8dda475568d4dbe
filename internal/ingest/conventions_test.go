package ingest

import (
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// textDoc reads text as a plain-text input with default options.
func textDoc(t *testing.T, text string) doc.Document {
	t.Helper()
	r, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r.finish(doc.Document{Input: "test", Text: text})
}

// want is what a convention test expects; "" means null.
type want struct {
	title, byline, dateline, published, from, source string
}

func got(d doc.Document) want {
	w := want{title: string(d.Title), byline: string(d.Byline), published: string(d.Published),
		from: d.PublishedFrom, source: string(d.Source)}
	if d.Dateline != nil {
		w.dateline = d.Dateline.Text
	}
	return w
}

func TestConventions(t *testing.T) {
	const body = "Officials said talks would resume next week."
	tests := []struct {
		name string
		text string
		want want
	}{
		{"caps colon dateline",
			"Pakistan urges Kabul to act\n\nISLAMABAD: Pakistan on Thursday urged action.\n",
			want{title: "Pakistan urges Kabul to act", dateline: "ISLAMABAD", from: "none"}},
		{"two-word caps dateline",
			"NEW DELHI: India and China held a fresh round of border talks.",
			want{dateline: "NEW DELHI", from: "none"}},
		{"AP style with region and date",
			"KABUL, Afghanistan (Jan. 25, 2013) — A suicide bomber struck a checkpoint.",
			want{dateline: "KABUL, Afghanistan", published: "2013-01-25", from: "text"}},
		{"agency in parentheses",
			"WASHINGTON (Reuters) - The State Department said on Monday it was reviewing the report.",
			want{dateline: "WASHINGTON", source: "Reuters", from: "none"}},
		{"title-case place and date without year",
			"Peshawar, Nov 22: Police arrested five suspects on Friday.",
			want{dateline: "Peshawar", from: "none"}},
		{"em dash dateline",
			"LONDON — Britain summoned the ambassador on Tuesday.",
			want{dateline: "LONDON", from: "none"}},
		{"en dash without spaces",
			"GENEVA– Delegates met behind closed doors.",
			want{dateline: "GENEVA", from: "none"}},
		{"caps place with date and agency",
			"NEW YORK, March 3, 2025 (AP) — The Security Council met in emergency session.",
			want{dateline: "NEW YORK", published: "2025-03-03", from: "text", source: "AP"}},
		{"title-case place with colon",
			"Quetta: Gunmen attacked a passenger bus on the highway late on Sunday.",
			want{dateline: "Quetta", from: "none"}},
		{"multi-word title-case place with colon",
			"Dera Ismail Khan: Security forces killed three militants in a raid.",
			want{dateline: "Dera Ismail Khan", from: "none"}},
		{"dateline after headline and byline",
			"Talks stall in Doha\n\nBy Jane Smith\n\nDOHA, Qatar — Negotiators left without a deal.",
			want{title: "Talks stall in Doha", byline: "Jane Smith", dateline: "DOHA, Qatar", from: "none"}},
		{"caps byline with two authors",
			"Ceasefire holds in the north\nBY JANE SMITH and ALI KHAN\nBEIRUT: The truce held overnight.",
			want{title: "Ceasefire holds in the north", byline: "JANE SMITH and ALI KHAN", dateline: "BEIRUT", from: "none"}},
		{"byline with initial",
			"Ministers meet on trade\nBy X Y and Mary O'Neill\n" + body,
			want{title: "Ministers meet on trade", byline: "X Y and Mary O'Neill", from: "none"}},
		{"pipe byline gives outlet",
			"Border crossing reopens\nJane Smith | Reuters\n" + body,
			want{title: "Border crossing reopens", byline: "Jane Smith", source: "Reuters", from: "none"}},
		{"byline with outlet after comma",
			"Border crossing reopens\nBy Omar Farooq, Staff Correspondent\n" + body,
			want{title: "Border crossing reopens", byline: "Omar Farooq", from: "none"}},
		{"footer with outlet and ordinal typo",
			"Headline here\n\n" + body + "\n\nPublished in Dawn, November 22th, 2024",
			want{title: "Headline here", published: "2024-11-22", from: "text", source: "Dawn"}},
		{"footer ordinal 1th",
			body + "\nPublished in The Express Tribune, March 1th, 2025.",
			want{published: "2025-03-01", from: "text", source: "The Express Tribune"}},
		{"footer ordinal 3st and comma in name",
			body + "\n\nPublished in Dawn, The Business and Finance Weekly, June 3st, 2024",
			want{published: "2024-06-03", from: "text", source: "Dawn"}},
		{"footer with on",
			body + "\n\nFirst published in The Daily Star on 3 March 2025",
			want{published: "2025-03-03", from: "text", source: "The Daily Star"}},
		{"footer without outlet",
			body + "\n\nPublished on November 22, 2024",
			want{published: "2024-11-22", from: "text"}},
		{"footer wins over agency for source",
			"ISLAMABAD (APP): The cabinet met.\n\nPublished in Dawn, November 22nd, 2024",
			want{dateline: "ISLAMABAD", published: "2024-11-22", from: "text", source: "Dawn"}},
		{"note label is not a dateline",
			"NOTE: This story has been updated to correct the number of casualties.",
			want{from: "none"}},
		{"editor's note is not a dateline",
			"EDITOR'S NOTE — This report contains graphic descriptions.",
			want{from: "none"}},
		{"background label is not a dateline",
			"Background: The two sides signed an accord in 2020.",
			want{from: "none"}},
		{"first sentence with a colon is not a dateline",
			"The minister said the goal was simple: peace within a year.",
			want{from: "none"}},
		{"quote with colon is not a dateline",
			"He told reporters: \"We will not negotiate.\"",
			want{from: "none"}},
		{"title-case place and dash is too weak",
			"Meanwhile — the talks went on.",
			want{from: "none"}},
		{"headline ending in a period is body",
			"Pakistan urged Kabul to act.\nOfficials said more.",
			want{from: "none"}},
		{"single line is no headline",
			"Ceasefire holds in the north",
			want{from: "none"}},
		{"long first line is no headline",
			strings.Repeat("word ", 60) + "\n" + body,
			want{from: "none"}},
		{"by followed by a time is no byline",
			"Talks collapse\nBy Thursday, the talks had collapsed.",
			want{title: "Talks collapse", from: "none"}},
		{"invalid dateline date ignored",
			"KABUL, Afghanistan (Feb. 30, 2013) — A blast shook the city.",
			want{from: "none"}},
		{"dateline day month year",
			"MOGADISHU, 14 October 2024 — Al-Shabaab fighters attacked a base.",
			want{dateline: "MOGADISHU", published: "2024-10-14", from: "text"}},
		{"agency without place",
			"(Reuters) - Oil prices rose after the attack.",
			want{source: "Reuters", from: "none"}},
		{"short first line with agency dateline is body",
			"WASHINGTON (Reuters) - Talks end without a deal\nMore text follows.",
			want{dateline: "WASHINGTON", source: "Reuters", from: "none"}},
		{"short first line with dated dateline is body",
			"KABUL, Jan. 25, 2013 — Blast kills three\nMore text follows.",
			want{dateline: "KABUL", published: "2013-01-25", from: "text"}},
		{"place colon headline stays a headline",
			"Kabul: Taliban close girls' schools again\n\nThe order came on Monday.",
			want{title: "Kabul: Taliban close girls' schools again", from: "none"}},
		{"published line under the headline",
			"Envoys meet in Doha\nPublished: 22 November 2024\n\nDOHA: Envoys met on Friday.",
			want{title: "Envoys meet in Doha", dateline: "DOHA", published: "2024-11-22", from: "text"}},
		{"wire headline in capitals with final abbreviation",
			"TAIWAN TO SEEK HIGHER TEXTILE EXPORTS TO U.S.\n\nTAIPEI, March 2 - A mission will leave next week.",
			want{title: "TAIWAN TO SEEK HIGHER TEXTILE EXPORTS TO U.S.", dateline: "TAIPEI", from: "none"}},
		{"dateline ending its line",
			"QUARTERLY RESULTS\n\nCHICAGO, Feb 26 -\n    Shr 12 cts vs 10 cts",
			want{title: "QUARTERLY RESULTS", dateline: "CHICAGO", from: "none"}},
		{"place made of common words",
			"THE HAGUE, March 9 - Growth is slowing.",
			want{dateline: "THE HAGUE", from: "none"}},
		{"reporting by footer gives byline",
			"WASHINGTON (Reuters) - Talks ended.\n\n(Reporting by Jane Porter and Ali Khan; Editing by Mark Brown)",
			want{dateline: "WASHINGTON", source: "Reuters", byline: "Jane Porter and Ali Khan", from: "none"}},
		{"reporting by footer above published footer",
			"LAGOS: Gunmen attacked a convoy.\n\nReporting by Amina Yusuf\nPublished in The Lagos Ledger, May 2nd, 2025",
			want{dateline: "LAGOS", byline: "Amina Yusuf", source: "The Lagos Ledger", published: "2025-05-02", from: "text"}},
		{"wire underscore separator",
			"MIAMI _ Coast guard crews rescued 14 people from a capsized boat.",
			want{dateline: "MIAMI", from: "none"}},
		{"CRLF text",
			"Talks stall\r\n\r\nDOHA: Negotiators left.\r\n",
			want{title: "Talks stall", dateline: "DOHA", from: "none"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, _, err := normalizeText(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			d := textDoc(t, text)
			if g := got(d); g != tt.want {
				t.Errorf("conventions(%q)\n got %+v\nwant %+v", tt.text, g, tt.want)
			}
			if dl := d.Dateline; dl != nil {
				if dl.Start < 0 || dl.End > len(d.Text) || d.Text[dl.Start:dl.End] != dl.Text {
					t.Errorf("dateline span [%d,%d) does not cover %q", dl.Start, dl.End, dl.Text)
				}
			}
		})
	}
}

func TestMetadataWins(t *testing.T) {
	r, _ := New(Options{Published: "2020-01-01", Source: "Flag Source", Title: "Flag title"})
	d := r.finish(doc.Document{Text: "Headline\n\nKABUL (AFP) — Text.\n\nPublished in Dawn, November 22nd, 2024",
		Title: "Meta title", Published: "2023-05-06", PublishedFrom: doc.FromMetadata})
	if d.Title != "Meta title" || d.Published != "2023-05-06" || d.PublishedFrom != doc.FromMetadata || d.Source != "Dawn" {
		t.Errorf("finish kept title=%q published=%q from=%q source=%q; want metadata title/date, footer source",
			d.Title, d.Published, d.PublishedFrom, d.Source)
	}
	d = r.finish(doc.Document{Text: "No conventions at all in this text."})
	if d.Title != "Flag title" || d.Published != "2020-01-01" || d.PublishedFrom != doc.FromFlag || d.Source != "Flag Source" {
		t.Errorf("flags not used for missing metadata: %+v", d)
	}
}

func TestDatelineYearlessDiagnostic(t *testing.T) {
	d := textDoc(t, "Peshawar, Nov 22: Police arrested five suspects.")
	if len(d.Notes) != 1 || !strings.Contains(d.Notes[0].Message, "no year") {
		t.Fatalf("notes = %+v, want one about the missing year", d.Notes)
	}
	if n := d.Notes[0]; d.Text[n.Start:n.End] != "Nov 22" {
		t.Errorf("note span covers %q, want %q", d.Text[n.Start:n.End], "Nov 22")
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-11-22", "2024-11-22"},
		{"2024-11-22T10:30:00+05:00", "2024-11-22T10:30:00+05:00"},
		{"2024-11-22T10:30:00.123Z", "2024-11-22T10:30:00Z"},
		{"2024-11-22T10:30:00+0500", "2024-11-22T10:30:00+05:00"},
		{"2024-11-22 10:30:00", "2024-11-22T10:30:00Z"},
		{"Fri, 22 Nov 2024 10:30:00 GMT", "2024-11-22T10:30:00Z"},
		{"Fri, 22 Nov 2024 10:30:00 +0500", "2024-11-22T10:30:00+05:00"},
		{"November 22, 2024", "2024-11-22"},
		{"22 November 2024", "2024-11-22"},
		{"Friday, November 22nd, 2024", "2024-11-22"},
		{"yesterday", ""},
		{"2024-13-01", ""},
		{"Nov 22", ""},
	}
	for _, tt := range tests {
		got, ok := normalizeDate(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("normalizeDate(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
		}
	}
}
