package ner

import (
	"context"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// expectEntities checks that text yields each wanted entity, written
// TYPE[text] or TYPE[text]{title}.
func expectEntities(t *testing.T, text string, want ...string) {
	t.Helper()
	a := annotate(t, text)
	got := map[string]bool{}
	var all []string
	for _, e := range a.Entities {
		s := e.Type + "[" + e.Text + "]"
		if e.Title != "" {
			s += "{" + string(e.Title) + "}"
		}
		got[s] = true
		all = append(all, s)
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("entities of %q: no %s; got %s", text, w, strings.Join(all, " "))
		}
	}
}

// expectNoEntity checks that no entity of text has the given text.
func expectNoEntity(t *testing.T, text, not string) {
	t.Helper()
	for _, e := range annotate(t, text).Entities {
		if e.Text == not {
			t.Errorf("entities of %q: got %s[%s], want none", text, e.Type, e.Text)
		}
	}
}

func TestTitles(t *testing.T) {
	expectEntities(t, "Speaking at the weekly briefing , Foreign Office Spokesperson Mumtaz Zahra Baloch said Pakistan wanted peace .",
		"PERSON[Mumtaz Zahra Baloch]{Foreign Office Spokesperson}", "ORG[Foreign Office]", "GPE[Pakistan]")
	expectEntities(t, "Chinese Special Envoy on Afghan Affairs Yue Xiaoyong said Beijing supported dialogue .",
		"PERSON[Yue Xiaoyong]{Chinese Special Envoy on Afghan Affairs}", "NORP[Chinese]", "GPE[Beijing]")
	expectEntities(t, "Prime Minister Shehbaz Sharif condemned the attack .",
		"PERSON[Shehbaz Sharif]{Prime Minister}")
	expectEntities(t, "The talks were chaired by army chief Gen. Asim Munir in Rawalpindi .",
		"PERSON[Asim Munir]{army chief Gen.}", "GPE[Rawalpindi]")
}

func TestTitlesOfAndPortfolios(t *testing.T) {
	expectEntities(t, "US Secretary of State Antony Blinken spoke with Foreign Minister Ishaq Dar by telephone .",
		"PERSON[Antony Blinken]{US Secretary of State}", "PERSON[Ishaq Dar]{Foreign Minister}")
	expectEntities(t, "Sindh Chief Minister Murad Ali Shah announced compensation for the families .",
		"PERSON[Murad Ali Shah]{Sindh Chief Minister}")
	expectEntities(t, "Former prime minister Imran Khan was indicted in the case .",
		"PERSON[Imran Khan]{Former prime minister}")
	expectEntities(t, "Taliban spokesman Zabihullah Mujahid said the allegations were baseless .",
		"PERSON[Zabihullah Mujahid]{Taliban spokesman}")
	expectEntities(t, "Maulana Fazlur Rehman , the chief of the Jamiat Ulema-i-Islam-Fazl , criticised the policy .",
		"PERSON[Fazlur Rehman]{Maulana}", "ORG[Jamiat Ulema-i-Islam-Fazl]")
}

func TestOrganisations(t *testing.T) {
	expectEntities(t, "Meanwhile , the Pakistan Peoples Party demanded the resignation of the minister .", "ORG[Pakistan Peoples Party]")
	expectEntities(t, "According to the Human Rights Commission of Pakistan , 300 people were killed .", "ORG[Human Rights Commission of Pakistan]")
}

func TestHonorifics(t *testing.T) {
	expectEntities(t, "Ms Baloch told reporters that dialogue remained the preferred course .", "PERSON[Baloch]{Ms}")
	expectEntities(t, "Mr. Khan , a former senator , said the talks had failed .", "PERSON[Khan]{Mr.}")
	expectEntities(t, "The report was presented by Dr Ayesha Siddiqa on Monday .", "PERSON[Ayesha Siddiqa]{Dr}")
}

func TestTypes(t *testing.T) {
	expectEntities(t, "Afghan officials met Chinese diplomats in Kabul .", "NORP[Afghan]", "NORP[Chinese]", "GPE[Kabul]")
	expectEntities(t, "Pashtun elders from Bajaur demanded compensation .", "NORP[Pashtun]")
	expectEntities(t, "Sunni Arab tribes near Ramadi rejected the deal .", "NORP[Sunni Arab]", "GPE[Ramadi]")
	expectEntities(t, "Markets in Karachi stayed shut over Eid al-Adha .", "GPE[Karachi]", "EVENT[Eid al-Adha]")
	expectEntities(t, "The ransom of 50,000 Euros was paid in Bamako .", "GPE[Bamako]")
	expectNoEntity(t, "The ransom of 50,000 Euros was paid in Bamako .", "Euros")
	expectNoEntity(t, "Qatar signed an LNG deal with Pakistan .", "LNG")
	expectEntities(t, "Trade through the Torkham crossing resumed on Friday .", "GPE[Torkham]")
	expectEntities(t, "Talks between Egypt and Islamic Jihad continued in Cairo .", "ORG[Islamic Jihad]")
	expectEntities(t, "The number of villagers killed in Sunday 's shelling of Marib has risen to nine .", "GPE[Marib]")
	expectEntities(t, "The Taliban have not honoured the Doha Agreement , the minister said .", "LAW[Doha Agreement]")
	expectEntities(t, "India has never accepted the Simla Accord as binding on Kashmir .", "LAW[Simla Accord]", "GPE[India]")
	expectEntities(t, "The group was listed under UN Security Council Resolution 1267 last year .", "LAW[Resolution 1267]")
	expectEntities(t, "The Indus River has risen above danger levels near Sukkur .", "LOC[Indus River]")
	expectEntities(t, "Trade through the Middle East has fallen , Reuters reported .", "LOC[Middle East]")
}

func TestCapsAndSentenceStart(t *testing.T) {
	expectEntities(t, "ISLAMABAD : The Foreign Office on Thursday urged Kabul to act .", "GPE[ISLAMABAD]", "ORG[Foreign Office]", "GPE[Kabul]")
	expectEntities(t, "TALIBAN DENY CROSS-BORDER ATTACKS AS TENSIONS RISE WITH ISLAMABAD", "GPE[ISLAMABAD]")
	expectNoEntity(t, "Discussions would also cover trade and the border .", "Discussions")
	expectNoEntity(t, "Meanwhile , officials said the road was closed .", "Meanwhile")
}

func TestDateline(t *testing.T) {
	r, tg := recognizer(t)
	a := analysis("PESHAWAR : Police said three people were hurt .")
	a.Document.Dateline = &doc.Dateline{Text: "PESHAWAR", Start: 0, End: 8}
	if err := tg.Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if err := r.Annotate(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Entities) == 0 || a.Entities[0].Text != "PESHAWAR" || a.Entities[0].Type != doc.GPE {
		t.Errorf("dateline entity = %+v, want GPE PESHAWAR first", a.Entities)
	}
}

func TestEntitySpans(t *testing.T) {
	a := annotate(t, "Zabihullah Mujahid told a news conference in Kabul that the Islamic Emirate wanted good relations with Iran .")
	for i, e := range a.Entities {
		if e.Start < 0 || e.End > len(a.Document.Text) || e.Start >= e.End {
			t.Fatalf("entity %d span [%d,%d) out of bounds", i, e.Start, e.End)
		}
		if a.Document.Text[e.Start:e.End] != e.Text {
			t.Errorf("entity %d text %q, span says %q", i, e.Text, a.Document.Text[e.Start:e.End])
		}
		if e.Rule == "" || e.ID == "" {
			t.Errorf("entity %d has no rule or id: %+v", i, e)
		}
		if i > 0 && e.Start < a.Entities[i-1].Start {
			t.Errorf("entities out of order at %d", i)
		}
	}
}

func TestJunkAndCompass(t *testing.T) {
	expectEntities(t, "Militants attacked a checkpost in North Waziristan on Tuesday .", "GPE[North Waziristan]")
	expectEntities(t, "Protesters blocked the Karakoram Highway near Gilgit for a third day .", "LOC[Karakoram Highway]", "GPE[Gilgit]")
	expectNoEntity(t, "Please write to Sarah Collins sarah.collins@example.org before Friday .", "example.org")
	expectNoEntity(t, "Please write to Sarah Collins sarah.collins@example.org before Friday .", "Collins sarah.collins")
	expectNoEntity(t, "Hello , is the office open on Sunday ?", "Hello")
	expectEntities(t, "Dear Nina , the briefing has moved to Thursday .", "PERSON[Nina]")
}

func TestLowerPlaces(t *testing.T) {
	expectEntities(t, "we spent a week in kerala and then flew to chicago .", "GPE[kerala]", "GPE[chicago]")
	expectNoEntity(t, "The troops moved in north of the river .", "north")
	expectNoEntity(t, "Talks resumed in centre of the town .", "centre")
}

func TestCountryAbbrevs(t *testing.T) {
	expectEntities(t, "US troops clashed with militants near the border .", "GPE[US]")
	expectEntities(t, "Both wars were fought by the US for security reasons .", "GPE[US]")
	expectEntities(t, "The UK and the UAE signed the accord in Dubai .", "GPE[UK]", "GPE[UAE]")
	expectNoEntity(t, "PLEASE HELP US FIND HIM", "US")
}

func TestPlacePairs(t *testing.T) {
	expectEntities(t, "She moved to Miramar California last year .", "GPE[Miramar]", "GPE[California]")
	expectEntities(t, "He flew from San Francisco to Lahore .", "GPE[San Francisco]", "GPE[Lahore]")
}

func TestNamedStorms(t *testing.T) {
	expectEntities(t, "Hurricane Katrina flooded New Orleans in 2005 .", "EVENT[Hurricane Katrina]")
}

func TestStageDirections(t *testing.T) {
	expectNoEntity(t, "We will win . ( Laughter . ) And we will rebuild Kabul .", "Laughter")
	expectEntities(t, "We will win . ( Laughter . ) And we will rebuild Kabul .", "GPE[Kabul]")
}

func TestWebNoise(t *testing.T) {
	// A day is never the end of a name; dotted lower-case names are
	// addresses and newsgroups, not places.
	expectEntities(t, "Clashes resumed in Fallujah Wednesday after a brief lull .", "GPE[Fallujah]")
	expectNoEntity(t, "Clashes resumed in Fallujah Wednesday after a brief lull .", "Fallujah Wednesday")
	for _, w := range []string{"alt.animals.dolphins", "dresscod.com"} {
		expectNoEntity(t, "Post it to "+w+" and wait .", w)
	}
	for _, c := range []struct {
		w    string
		want bool
	}{{"alt.animals.dolphins", true}, {"news.bbc.co.uk", true}, {"U.S.", false}, {"e.g.", false}, {"Dr.", false}, {"3.5", false}} {
		if got := dottedName(c.w); got != c.want {
			t.Errorf("dottedName(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	for _, c := range []struct {
		w    string
		want bool
	}{{"sunday", true}, {"sundays", true}, {"sunday's", false}, {"monsoon", false}, {"fri", true}, {"thurs", true}, {"sun", false}, {"mon", false}} {
		if got := isWeekday(c.w); got != c.want {
			t.Errorf("isWeekday(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

func TestFirstNames(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{{"Sharon", true}, {"sharon", true}, {"ROD", true}, {"Kabul", false}, {"the", false}} {
		if got := isFirstName(c.w); got != c.want {
			t.Errorf("isFirstName(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

func TestLowerCaseNoise(t *testing.T) {
	// A lower-case mention the tagger sees no name in, and the gazetteer
	// lists no place for, is none; a listed place stays ("in kerala").
	text := "anyway call me later , matt said the cat is fine and the hill is too steep for la bikes ."
	expectNoEntity(t, text, "hill")
	expectNoEntity(t, text, "bikes")
	expectEntities(t, "we spent a week in kerala last year .", "GPE[kerala]")
	// Without a preposition, when the tagger takes the word for a name.
	expectEntities(t, "we visited kerala and goa last year .", "GPE[goa]")
}

func TestLegalForms(t *testing.T) {
	text := "Shares of CCNG , Inc. rose after Daewoo Co. , Ltd. said it would buy the unit ."
	expectEntities(t, text, "ORG[CCNG , Inc.]", "ORG[Daewoo Co. , Ltd.]")
	expectNoEntity(t, text, "Inc.")
	// A sentence's full stop after "Inc." is not the abbreviation's.
	expectEntities(t, "The land was sold to Harlow Mills , Inc..", "ORG[Harlow Mills , Inc.]")
}

// TestCompanies checks that a legal form or company word makes a company
// of a name, and of the name's other mentions in the document.
func TestCompanies(t *testing.T) {
	expectEntities(t, "Lawyers for the Mozilla Foundation filed the papers . Mozilla said the browser would stay free .", "ORG[Mozilla Foundation]", "ORG[Mozilla]")
	expectEntities(t, "Exxon Mobil Corporation reported a loss . Later , Exxon Mobil said it would cut jobs in Houston .", "ORG[Exxon Mobil Corporation]", "ORG[Exxon Mobil]", "GPE[Houston]")
	expectEntities(t, "Shares of Google , Inc. rose on Monday . Google said it would open an office in Lagos .", "ORG[Google , Inc.]", "ORG[Google]", "GPE[Lagos]")
}

// TestSurnames checks that a lone surname the document gave in full is a
// person, though the model, seeing it alone, took it for a place.
func TestSurnames(t *testing.T) {
	expectEntities(t, "Envoy Zalmay Khalilzad met Taliban negotiators . Khalilzad 's deputy stayed in Doha .",
		"PERSON[Zalmay Khalilzad]{Envoy}", "PERSON[Khalilzad]", "GPE[Doha]")
}

// TestFacilities checks that a named building or site is a place.
func TestFacilities(t *testing.T) {
	expectEntities(t, "Gunmen stormed the Pearl Continental Hotel in Gwadar on Saturday .", "LOC[Pearl Continental Hotel]", "GPE[Gwadar]")
	expectEntities(t, "Flights resumed at Bacha Khan Airport after the strike .", "LOC[Bacha Khan Airport]")
}

// TestSeas checks that a sea, bay or strait "of" a name is one place.
func TestSeas(t *testing.T) {
	expectEntities(t, "Oil prices rose after a storm in the Gulf of Mexico .", "LOC[Gulf of Mexico]")
	expectEntities(t, "Iran threatened to close the Strait of Hormuz .", "LOC[Strait of Hormuz]")
	expectEntities(t, "A cyclone formed over the Bay of Bengal .", "LOC[Bay of Bengal]")
}

// TestAcronyms checks that an acronym defined after a name takes the
// name's type wherever the document writes it.
func TestAcronyms(t *testing.T) {
	text := "Officials of the Coalition Provisional Authority ( CPA ) met tribal leaders . The CPA later closed the newspaper ."
	a := annotate(t, text)
	n := 0
	for _, e := range a.Entities {
		if e.Text == "CPA" && e.Type == "ORG" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("entities of %q: %d ORG[CPA], want 2", text, n)
	}
}

// TestInitials checks that a name the model cut at an initial is whole.
func TestInitials(t *testing.T) {
	expectEntities(t, "The panel named A. Noel Kramer as its chair .", "PERSON[A. Noel Kramer]")
	expectNoEntity(t, "The panel named A. Noel Kramer as its chair .", "A.")
}

// TestInstitutions checks that a name ending in an institution's word is
// an organisation, also when the model found it as a place and a word.
func TestInstitutions(t *testing.T) {
	expectEntities(t, "Troops of the Pakistan Army entered the valley .", "ORG[Pakistan Army]")
	expectNoEntity(t, "Troops of the Pakistan Army entered the valley .", "Army")
	expectEntities(t, "Settlers in the West Bank protested .", "GPE[West Bank]")
}
