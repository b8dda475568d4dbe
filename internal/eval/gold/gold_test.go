package gold

import (
	"reflect"
	"strings"
	"testing"
)

const udSample = `# newdoc id = d1
# sent_id = d1-1
# newpar id = d1-p1
# text = We don't know, she said.
1	We	we	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	,	,	PUNCT	,	_	4	punct	_	_
6	she	she	PRON	PRP	_	7	nsubj	_	_
7	said	say	VERB	VBD	_	4	parataxis	_	SpaceAfter=No
7.1	said	say	VERB	VBD	_	_	_	_	_
8	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = d1-2
# text = Rain fell.
1	Rain	rain	NOUN	NN	_	2	nsubj	_	_
2	fell	fall	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

# newdoc id = d2
# sent_id = d2-1
# text = Hello
1	Hello	hello	INTJ	UH	_	0	root	_	_
`

func TestReadCoNLLU(t *testing.T) {
	s, err := ReadCoNLLU(strings.NewReader(udSample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 3 {
		t.Fatalf("ReadCoNLLU: got %d sentences, want 3", len(s))
	}
	var forms, upos []string
	for _, w := range s[0].Words() {
		forms = append(forms, w.Form)
		upos = append(upos, w.UPOS)
	}
	if got, want := strings.Join(forms, " "), "We do n't know , she said ."; got != want {
		t.Errorf("words = %q, want %q", got, want)
	}
	if got, want := strings.Join(upos, " "), "PRON AUX PART VERB PUNCT PRON VERB PUNCT"; got != want {
		t.Errorf("UPOS = %q, want %q", got, want)
	}
	if len(s[0].Tokens) != 7 || s[0].Tokens[1].Form != "don't" || len(s[0].Tokens[1].Words) != 2 {
		t.Errorf("multiword token not kept as one surface token: %+v", s[0].Tokens)
	}
	if !s[0].NewDoc || s[1].NewDoc || !s[2].NewDoc || s[1].Doc != "d1" || s[2].Doc != "d2" {
		t.Errorf("document marks wrong: %v %v %v", s[0].Doc, s[1].Doc, s[2].Doc)
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	for _, in := range []string{"1\tonly\tthree\n", "x\ta\tb\tc\td\te\tf\tg\th\ti\n", "3-1\ta\tb\tc\td\te\tf\tg\th\ti\n"} {
		if _, err := ReadCoNLLU(strings.NewReader(in), "bad"); err == nil {
			t.Errorf("ReadCoNLLU(%q) = nil error, want one", in)
		}
	}
}

func TestAssembleUD(t *testing.T) {
	s, err := ReadCoNLLU(strings.NewReader(udSample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	docs := AssembleUD(s)
	if len(docs) != 2 {
		t.Fatalf("AssembleUD: %d docs, want 2", len(docs))
	}
	d := docs[0]
	if want := "We don't know, she said. Rain fell."; d.Text != want {
		t.Errorf("text = %q, want %q", d.Text, want)
	}
	text := func(sp []Span) []string {
		var out []string
		for _, x := range sp {
			out = append(out, d.Text[x.Start:x.End])
		}
		return out
	}
	if got, want := text(d.Tokens), []string{"We", "don't", "know", ",", "she", "said", ".", "Rain", "fell", "."}; !reflect.DeepEqual(got, want) {
		t.Errorf("tokens = %q, want %q", got, want)
	}
	if got, want := text(d.Words)[1:3], []string{"do", "n't"}; !reflect.DeepEqual(got, want) {
		t.Errorf("words of don't = %q, want %q", got, want)
	}
	if got, want := text(d.Sentences), []string{"We don't know, she said.", "Rain fell."}; !reflect.DeepEqual(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}

func TestChunks(t *testing.T) {
	tests := []struct {
		tags string
		want []Chunk
	}{
		{"B-PER I-PER O B-LOC", []Chunk{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"I-ORG I-ORG O", []Chunk{{0, 2, "ORG"}}},                      // IOB1 start
		{"B-PER B-PER", []Chunk{{0, 1, "PER"}, {1, 2, "PER"}}},         // adjacent
		{"B-PER I-LOC", []Chunk{{0, 1, "PER"}, {1, 2, "LOC"}}},         // type change
		{"S-LOC B-ORG E-ORG O", []Chunk{{0, 1, "LOC"}, {1, 3, "ORG"}}}, // IOBES
		{"O O", nil},
	}
	for _, tt := range tests {
		got := Chunks(strings.Fields(tt.tags))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Chunks(%q) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

func TestReadCoNLL2003AndIOB2(t *testing.T) {
	conll := "-DOCSTART- -X- -X- O\n\nAid NNP B-NP B-ORG\ngroups NNS I-NP O\n\nRain NN B-NP O\n\n-DOCSTART- -X- -X- O\n\nKabul NNP B-NP B-LOC\n"
	s, err := ReadCoNLL2003(strings.NewReader(conll), "c")
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 3 || s[0].Doc != 0 || s[1].Doc != 0 || s[2].Doc != 1 || s[2].Tags[0] != "B-LOC" {
		t.Errorf("ReadCoNLL2003 = %+v", s)
	}
	iob := "# newdoc id = a\n# text = go to Kabul\n1\tgo\tO\t-\t-\n2\tto\tO\t-\t-\n3\tKabul\tB-LOC\t-\t-\n\n# newdoc id = b\n1\tHi\tO\t-\t-\n"
	s, err = ReadIOB2(strings.NewReader(iob), "u")
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 2 || s[0].Doc != 0 || s[1].Doc != 1 || s[0].Tokens[2] != "Kabul" || s[0].Tags[2] != "B-LOC" ||
		s[0].Text != "go to Kabul" || s[1].Text != "" {
		t.Errorf("ReadIOB2 = %+v", s)
	}
	if _, err := ReadIOB2(strings.NewReader("1\tx\tB_PER\n"), "u"); err == nil {
		t.Error("ReadIOB2 accepted a bad tag")
	}
}

const timemlSample = `<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-11-22" functionInDocument="CREATION_TIME">November 22, 2024</TIMEX3></DCT>
<TEXT>
Talks <EVENT eid="e1">resumed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-11-21">on Thursday</TIMEX3> &amp; will run <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>`

func TestReadTimeML(t *testing.T) {
	d, err := ReadTimeML(strings.NewReader(timemlSample), "t")
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "T1" || d.DCT != "2024-11-22" {
		t.Errorf("ID, DCT = %q, %q", d.ID, d.DCT)
	}
	if len(d.Timexes) != 2 {
		t.Fatalf("timexes = %+v, want 2", d.Timexes)
	}
	for _, x := range []struct {
		i           int
		text, value string
	}{{0, "on Thursday", "2024-11-21"}, {1, "three days", "P3D"}} {
		got := d.Timexes[x.i]
		if d.Text[got.Start:got.End] != x.text || got.Value != x.value {
			t.Errorf("timex %d = %q %q, want %q %q", x.i, d.Text[got.Start:got.End], got.Value, x.text, x.value)
		}
	}
	if !strings.Contains(d.Text, "Thursday & will") || strings.Contains(d.Text, "<") {
		t.Errorf("text = %q: markup not removed or entity not decoded", d.Text)
	}
}

func TestReadBrat(t *testing.T) {
	text := "“We will stay,” the minister said in Kabul — firmly."
	// Offsets count code points: “ and — are one each.
	ann := "T1\tSource 16 28\tthe minister\nT2\tCue 29 33\tsaid\nT3\tContent 1 13\tWe will stay\nT4\tAttribution 29 33\tsaid\n" +
		"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\nT5\tContent 34 42;45 51\tin Kabul firmly\nE2\tAttribution-no-source:T2 Content:T5\n"
	d, err := ReadBrat(strings.NewReader(ann), text, "a")
	if err != nil {
		t.Fatal(err)
	}
	at := d.Attributions()
	if len(at) != 2 {
		t.Fatalf("attributions = %d, want 2", len(at))
	}
	c := at[0].ContentExtent()
	if got := text[c.Start:c.End]; got != "We will stay" {
		t.Errorf("content = %q, want %q", got, "We will stay")
	}
	s := at[0].SourceExtent()
	if got := text[s.Start:s.End]; got != "the minister" {
		t.Errorf("source = %q", got)
	}
	if len(at[1].Source) != 0 || len(at[1].Content) != 2 {
		t.Errorf("no-source attribution = %+v", at[1])
	}
	if f := at[1].Content[1]; text[f.Start:f.End] != "firmly" {
		t.Errorf("second fragment = %q, want firmly", text[f.Start:f.End])
	}
	if _, err := ReadBrat(strings.NewReader("T1\tCue 3 900\tx\n"), text, "a"); err == nil {
		t.Error("ReadBrat accepted offsets past the end")
	}
}

func TestReadACLEDAndGTD(t *testing.T) {
	acled := "EVENT_ID_CNTY,EVENT_DATE,TIME_PRECISION,EVENT_TYPE,ACTOR1,COUNTRY,ADMIN1,LOCATION,NOTES,FATALITIES\n" +
		"1XYZ,03-March-2015,1,Remote violence,Unidentified Armed Group (Pakistan),Pakistan,Balochistan,Quetta,\"A bomb went off near a market in Quetta on Tuesday, killing two people.\",2\n" +
		"2XYZ,04-March-2015,2,Riots/Protests,Protesters (Pakistan),Pakistan,Sindh,Karachi,,0\n"
	in, err := ReadACLED(strings.NewReader(acled), "a")
	if err != nil {
		t.Fatal(err)
	}
	if len(in) != 1 {
		t.Fatalf("ReadACLED kept %d rows, want 1 (a row without notes is skipped)", len(in))
	}
	if in[0].Date.Format("2006-01-02") != "2015-03-03" || !in[0].Precise || *in[0].Fatalities != 2 || in[0].Location != "Quetta" || in[0].Injuries != nil {
		t.Errorf("ReadACLED = %+v", in[0])
	}
	gtd := "eventid,iyear,imonth,iday,approxdate,country_txt,provstate,city,summary,attacktype1_txt,targtype1_txt,gname,nkill,nwound\n" +
		"1,2011,5,0,,Iraq,Baghdad,Baghdad,\"05/00/2011: Gunmen fired on a checkpoint.\",Armed Assault,Police,Unknown,3,-99\n"
	in, err = ReadGTD(strings.NewReader(gtd), "g")
	if err != nil {
		t.Fatal(err)
	}
	if len(in) != 1 || in[0].Text != "Gunmen fired on a checkpoint." || in[0].Precise || *in[0].Fatalities != 3 || in[0].Injuries != nil {
		t.Errorf("ReadGTD = %+v", in)
	}
	if _, err := ReadACLED(strings.NewReader("EVENT_DATE,NOTES\nyesterday,x\n"), "a"); err == nil {
		t.Error("ReadACLED accepted a bad date")
	}
}

func TestReadEventLocations(t *testing.T) {
	js := `[{"text":"Troops shelled Donetsk’s airport.","spans":[{"start":7,"end":14,"label":"VERB"},{"start":15,"end":22,"label":"LOCATION"}]},
{"text":"No verb here.","spans":[]},
{"text":"They met.","spans":[{"start":5,"end":8,"label":"VERB"}],"answer":"accept"}]`
	l, err := ReadEventLocations(strings.NewReader(js), "e")
	if err != nil {
		t.Fatal(err)
	}
	if len(l) != 2 {
		t.Fatalf("got %d records, want 2", len(l))
	}
	if got := l[0].Text[l[0].Locations[0].Start:l[0].Locations[0].End]; got != "Donetsk" {
		t.Errorf("location = %q", got)
	}
	if got := l[1].Text[l[1].Verb.Start:l[1].Verb.End]; got != "met" || len(l[1].Locations) != 0 {
		t.Errorf("verb = %q, locations %v", got, l[1].Locations)
	}
}
