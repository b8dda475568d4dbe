package eval

import (
	"strings"
	"testing"

	"sitrep/internal/doc"
)

func TestRootOfLabel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"4-18 Assault", "18"},
		{"0-1 Make Public Statement", "01"},
		{"1-3 Express Intent to Coop", "03"},
		{"", ""},
		{"Assault", ""},
		{"4-99 Nothing", ""},
	} {
		if got := rootOfLabel(c.in); got != c.want {
			t.Errorf("rootOfLabel(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestReadCAMEORound(t *testing.T) {
	in := "ids,sentences,1_Relevant_1,Action1_CAMEO_1,Action2_CAMEO_1,1_Relevant_2,Action1_CAMEO_2,1_Relevant_3,Action1_CAMEO_3\n" +
		"a,\"Troops shelled the border town on Monday.\",True,4-18 Assault,4-18 Assault,TRUE,4-19 Fight,False,\n" +
		"b,The minister said the talks went well.,False,,,,0-1 Make Public Statement,,\n" +
		"c,,True,4-18 Assault,,,,,\n"
	got, err := readCAMEORound(strings.NewReader(in), "r1")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("readCAMEORound: %d sentences, want 2 (the empty one dropped)", len(got))
	}
	a := got[0]
	if a.ID != "r1#1" || a.Roots["18"] != 1 || a.Roots["19"] != 1 || a.Yes != 2 || a.No != 1 || !a.relevant() {
		t.Errorf("sentence a = %+v, want 18×1 19×1, 2 yes 1 no, relevant", a)
	}
	b := got[1]
	// Annotator 2 coded 01 with no relevance answer: counted relevant.
	if b.Roots["01"] != 1 || b.Yes != 1 || b.No != 1 || !b.relevant() || len(b.goldTypes()) != 0 {
		t.Errorf("sentence b = %+v, want 01×1, 1 yes 1 no, relevant, no PLOVER type", b)
	}
}

func TestReadPETRRecords(t *testing.T) {
	in := `<Validation><Sentences>
<Sentence date="20240105" id="T-1"><EventCoding sourcecode="AAA" targetcode="BBB" eventcode="190"></EventCoding>
<Text>
Northland troops fought
Southland rebels.
</Text></Sentence>
<Sentence date="20240105" id="T-2"><EventCoding noevents = "True"></EventCoding><Text>Rain fell.</Text></Sentence>
<Sentence date="20240105" id="T-3"><EventCoding error="dateline"></EventCoding><Text>CITY, Jan 5</Text></Sentence>
<Sentence date="20240105" id="T-4"><EventCoding sourcecode="A" targetcode="B" eventcode="900"></EventCoding><Text>Test code only.</Text></Sentence>
</Sentences></Validation>`
	got, err := readPETRRecords(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("readPETRRecords: %d records, want 2: %+v", len(got), got)
	}
	if got[0].Text != "Northland troops fought Southland rebels." || got[0].Date != "2024-01-05" || got[0].Roots["19"] != 1 || !got[0].relevant() {
		t.Errorf("record 1 = %+v", got[0])
	}
	if got[1].ID != "T-2" || len(got[1].Roots) != 0 || got[1].relevant() {
		t.Errorf("record 2 = %+v, want no events, not relevant", got[1])
	}
}

func TestReadQuadRows(t *testing.T) {
	in := "en\tQuadClass\nThe council condemned the attack.\t1\nShips were sent with food aid.\t4\nMixed.\t-1\nThe report was printed.\t0\n"
	got, err := readQuadRows(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []int{3, 2, 0}
	if len(got) != len(want) {
		t.Fatalf("readQuadRows: %d rows, want %d", len(got), len(want))
	}
	for i, w := range want {
		if got[i].Quad != w {
			t.Errorf("row %d (%q): quad %d, want %d", i, got[i].Text, got[i].Quad, w)
		}
	}
}

func TestScoreSentence(t *testing.T) {
	s := codedSentence{Roots: map[string]int{"18": 3, "01": 2, "17": 1}, Yes: 4, No: 1}
	a := &doc.Analysis{Events: []doc.Event{
		{Type: "ASSAULT", Cameo: "190", Status: doc.Reported, Confidence: 0.9},  // type right, root wrong
		{Type: "COERCE", Cameo: "173", Status: doc.Reported, Confidence: 0.5},   // right
		{Type: "CONSULT", Cameo: "040", Status: doc.Reported, Confidence: 0.4},  // false
		{Type: "THREATEN", Cameo: "130", Status: doc.Negated, Confidence: 0.95}, // not counted but in "all"
	}}
	c, miss := scoreSentence(s, a)
	if c.precType != (Acc{2, 3}) || c.precRoot != (Acc{1, 3}) || c.precAll != (Acc{2, 4}) {
		t.Errorf("precision type %v root %v all %v, want {2 3} {1 3} {2 4}", c.precType, c.precRoot, c.precAll)
	}
	if c.relevance != (PRF{1, 1, 1}) || c.typ != (Acc{1, 1}) {
		t.Errorf("relevance %v type %v, want {1 1 1} {1 1}", c.relevance, c.typ)
	}
	if len(miss) != 1 || !strings.Contains(miss[0], "CONSULT") || c.bad["CONSULT"] != 1 {
		t.Errorf("misses %q, bad %v: want the CONSULT event", miss, c.bad)
	}
	// A sentence coded only as a statement: any event is false.
	st := codedSentence{Roots: map[string]int{"01": 3}, Yes: 3}
	c, _ = scoreSentence(st, &doc.Analysis{Events: []doc.Event{{Type: "ACCUSE", Cameo: "111"}}})
	if c.precType != (Acc{0, 1}) || c.typ.N != 0 {
		t.Errorf("statement-only sentence: precision %v, type %v; want {0 1} and no type answer", c.precType, c.typ)
	}
}

func TestPentaClass(t *testing.T) {
	for _, c := range []struct {
		cameo string
		want  int
	}{
		{"010", 0}, {"020", 0}, {"0214", 0}, {"040", 1}, {"057", 1}, {"070", 2}, {"084", 2},
		{"111", 3}, {"130", 3}, {"163", 3}, {"145", 4}, {"173", 4}, {"1831", 4}, {"202", 4}, {"", -1}, {"x1", -1},
	} {
		if got := pentaClass(c.cameo); got != c.want {
			t.Errorf("pentaClass(%q) = %d, want %d", c.cameo, got, c.want)
		}
	}
}

func TestReadPentaRows(t *testing.T) {
	in := "Rebels shelled the town.\t4\nThe two leaders met in Geneva.\t1\nNo class here\nBad class.\t9\n"
	got, err := readPentaRows(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Quad != 4 || got[1].Quad != 1 || got[1].Text != "The two leaders met in Geneva." {
		t.Errorf("readPentaRows = %+v, want two rows with classes 4 and 1", got)
	}
}
