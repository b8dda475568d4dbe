package eval

import (
	"bufio"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
)

// cameoRounds are the files of the CAMEO annotations, one per round of
// 100 sentences, the latest version of each round.
var cameoRounds = []string{
	"r1_summary_v2.csv", "r2_summary.csv", "r3_summary_v2.csv", "r4_summary_v2.csv", "r5_summary.csv",
	"r6_summary.csv", "r7_summary.csv", "r8_summary.csv", "r9_summary.csv", "r10_summary.csv",
}

// readCAMEO reads the CAMEO annotation rounds and returns the distinct
// sentences (all, or the quick subset) with their number. Rounds 1–7
// annotate the same 100 sentences again and rounds 8–10 another 100, as
// the annotators were trained: a sentence keeps its latest round that
// has answers, and one with none is left out.
func (r *runner) readCAMEO() ([]codedSentence, int, error) {
	var all []codedSentence
	seen := map[string]int{} // text → index in all
	for _, name := range cameoRounds {
		rel := filepath.Join("cameo-annotations", name)
		f, err := r.open(rel)
		if err != nil {
			return nil, 0, err
		}
		ss, err := readCAMEORound(f, strings.TrimSuffix(name, ".csv"))
		f.Close()
		if err != nil {
			return nil, 0, fmt.Errorf("read %s: %w", rel, err)
		}
		for _, s := range ss {
			key := strings.Join(strings.Fields(s.Text), " ")
			if i, ok := seen[key]; ok {
				if s.Yes+s.No > 0 {
					all[i] = s
				}
				continue
			}
			seen[key] = len(all)
			all = append(all, s)
		}
	}
	// A sentence no round's annotators answered on has no gold.
	kept := all[:0]
	for _, s := range all {
		if s.Yes+s.No > 0 {
			kept = append(kept, s)
		}
	}
	all = kept
	if r.opts.Quick {
		return pick(all, quickCAMEO), len(all), nil
	}
	return all, len(all), nil
}

// readCAMEORound reads one round's summary CSV: a "sentences" column with
// the text, and per annotator N a "1_Relevant_N" answer (True/False,
// blank when not answered) and "ActionM_CAMEO_N" codes written
// "PENTA-ROOT Name" ("4-18 Assault"). An annotator with codes but no
// relevance answer counts as saying relevant.
func readCAMEORound(rd io.Reader, round string) ([]codedSentence, error) {
	cr := csv.NewReader(rd)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	text := -1
	relevant := map[string]int{} // annotator → column
	codes := map[string][]int{}  // annotator → columns
	for i, h := range head {
		switch {
		case h == "sentences":
			text = i
		case strings.HasPrefix(h, "1_Relevant_"):
			relevant[strings.TrimPrefix(h, "1_Relevant_")] = i
		case strings.HasPrefix(h, "Action") && strings.Contains(h, "_CAMEO_"):
			_, who, _ := strings.Cut(h, "_CAMEO_")
			codes[who] = append(codes[who], i)
		}
	}
	if text < 0 {
		return nil, errors.New("no sentences column")
	}
	var out []codedSentence
	for n := 1; ; n++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if text >= len(rec) || strings.TrimSpace(rec[text]) == "" {
			continue
		}
		s := codedSentence{ID: fmt.Sprintf("%s#%d", round, n), Text: strings.TrimSpace(rec[text]), Roots: map[string]int{}}
		who := map[string]bool{}
		for a := range relevant {
			who[a] = true
		}
		for a := range codes {
			who[a] = true
		}
		for a := range who {
			roots := map[string]bool{}
			for _, col := range codes[a] {
				if col < len(rec) {
					if root := rootOfLabel(rec[col]); root != "" {
						roots[root] = true
					}
				}
			}
			for root := range roots {
				s.Roots[root]++
			}
			answer := ""
			if col, ok := relevant[a]; ok && col < len(rec) {
				answer = strings.ToLower(strings.TrimSpace(rec[col]))
			}
			switch {
			case answer == "true" || answer == "" && len(roots) > 0:
				s.Yes++
			case answer == "false":
				s.No++
			}
		}
		out = append(out, s)
	}
	return out, nil
}

// rootOfLabel returns the two-digit CAMEO root of an annotation label
// "4-18 Assault" ("18"), "0-1 Make Public Statement" ("01"); "" for none.
func rootOfLabel(l string) string {
	_, rest, ok := strings.Cut(strings.TrimSpace(l), "-")
	if !ok {
		return ""
	}
	num, _, _ := strings.Cut(rest, " ")
	n, err := strconv.Atoi(num)
	if err != nil || n < 1 || n > 20 {
		return ""
	}
	return fmt.Sprintf("%02d", n)
}

const petrPath = "petrarch2/text/PETR.UnitTest.records.xml"

// readPETR reads the PETRARCH2 unit-test records that have CAMEO event
// codes (roots 01–20) or say there are no events; records marked as
// errors, discards or with only other codes are left out.
func (r *runner) readPETR() ([]codedSentence, int, error) {
	return readSample(r, petrPath, readPETRRecords, 0, quickPETR)
}

func readPETRRecords(rd io.Reader) ([]codedSentence, error) {
	var v struct {
		Sentences []struct {
			ID     string `xml:"id,attr"`
			Date   string `xml:"date,attr"`
			Text   string `xml:"Text"`
			Events []struct {
				Code     string `xml:"eventcode,attr"`
				NoEvents string `xml:"noevents,attr"`
				Error    string `xml:"error,attr"`
			} `xml:"EventCoding"`
		} `xml:"Sentences>Sentence"`
	}
	dec := xml.NewDecoder(rd)
	dec.Strict = false
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	var out []codedSentence
	for _, x := range v.Sentences {
		s := codedSentence{ID: x.ID, Text: strings.Join(strings.Fields(x.Text), " "), Date: dateOf(x.Date), Roots: map[string]int{}}
		keep, none := true, false
		for _, e := range x.Events {
			switch {
			case e.Error != "":
				keep = false
			case strings.EqualFold(strings.TrimSpace(e.NoEvents), "true"):
				none = true
			default:
				n, err := strconv.Atoi(cameoRoot(strings.TrimSpace(e.Code)))
				if err == nil && n >= 1 && n <= 20 {
					s.Roots[fmt.Sprintf("%02d", n)] = 1
				}
			}
		}
		if !keep || s.Text == "" || len(s.Roots) == 0 && !none {
			continue
		}
		if len(s.Roots) > 0 {
			s.Yes = 1
		} else {
			s.No = 1
		}
		out = append(out, s)
	}
	return out, nil
}

// quadSentence is a UN sentence with its QuadClass in CAMEO's numbering
// (0 none, 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material
// conflict).
type quadSentence struct {
	ID   string
	Text string
	Quad int
}

const quadPath = "quadclass-un/en_annotations_quad_multiclass.tsv"

// readQuadClass reads the single-label UN sentences (label -1, several
// labels, left out) and returns the sample.
func (r *runner) readQuadClass() ([]quadSentence, int, error) {
	return readSample(r, quadPath, readQuadRows, fullQuadClass, quickQuadClass)
}

// quadFromData maps the data's labels (1 verbal conflict, 2 material
// conflict, 3 verbal coop, 4 material coop) to CAMEO's QuadClass.
var quadFromData = map[int]int{0: 0, 1: 3, 2: 4, 3: 1, 4: 2}

// readQuadRows reads "text<TAB>label" rows after a header line.
func readQuadRows(rd io.Reader) ([]quadSentence, error) {
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	var out []quadSentence
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		text, label, ok := strings.Cut(sc.Text(), "\t")
		if i := strings.LastIndexByte(sc.Text(), '\t'); i >= 0 {
			text, label, ok = sc.Text()[:i], sc.Text()[i+1:], true
		}
		if !ok {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(label))
		q, known := quadFromData[n]
		if err != nil || !known || strings.TrimSpace(text) == "" {
			continue
		}
		out = append(out, quadSentence{ID: fmt.Sprintf("quadclass#%d", line), Text: strings.TrimSpace(text), Quad: q})
	}
	return out, sc.Err()
}

const pentaPath = "conflibert/cameo_class/train.tsv"

// readPenta reads the ConfliBERT CAMEO class sentences: "text<TAB>class"
// rows with no header, class 0 make a statement, 1 verbal cooperation, 2
// material cooperation, 3 verbal conflict, 4 material conflict (CAMEO's
// QuadClass numbering, plus 0).
func (r *runner) readPenta() ([]quadSentence, int, error) {
	return readSample(r, pentaPath, readPentaRows, 0, quickPenta)
}

// readSample reads the data file at path with read and returns a fixed
// sample of its items (quick of them in quick mode, else full, 0 meaning
// all) and how many it holds.
func readSample[T any](r *runner, path string, read func(io.Reader) ([]T, error), full, quick int) ([]T, int, error) {
	f, err := r.open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	all, err := read(f)
	if err != nil {
		return nil, 0, fmt.Errorf("read %s: %w", path, err)
	}
	n := full
	if r.opts.Quick {
		n = quick
	}
	if n == 0 {
		return all, len(all), nil
	}
	return pick(all, n), len(all), nil
}

func readPentaRows(rd io.Reader) ([]quadSentence, error) {
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	var out []quadSentence
	line := 0
	for sc.Scan() {
		line++
		i := strings.LastIndexByte(sc.Text(), '\t')
		if i < 0 {
			continue
		}
		text := strings.TrimSpace(sc.Text()[:i])
		n, err := strconv.Atoi(strings.TrimSpace(sc.Text()[i+1:]))
		if err != nil || n < 0 || n > 4 || text == "" {
			continue
		}
		out = append(out, quadSentence{ID: fmt.Sprintf("pentaclass#%d", line), Text: text, Quad: n})
	}
	return out, sc.Err()
}
