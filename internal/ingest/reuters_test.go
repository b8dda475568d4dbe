package ingest

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"sitrep/internal/doc"
)

// reutersDir holds Reuters-21578 (shared/data, never committed).
const reutersDir = "../../../shared/data/corpora/reuters21578"

var (
	reutersDocRE = regexp.MustCompile(`(?s)<REUTERS.*?</REUTERS>`)
	reutersTagRE = func(tag string) *regexp.Regexp {
		return regexp.MustCompile(`(?s)<` + tag + `>(.*?)</` + tag + `>`)
	}
	rTitle    = reutersTagRE("TITLE")
	rDateline = reutersTagRE("DATELINE")
	rBody     = reutersTagRE("BODY")
	// "PORTLAND, Ore., Feb 26 - " → "PORTLAND, Ore."
	rPlace = regexp.MustCompile(`^(.*?),\s*` + monthRE + `\s+\d+\s*-\s*$`)
)

// TestReutersDatelines measures the news conventions on Reuters-21578:
// each story is rebuilt as TITLE, a blank line, then DATELINE + BODY,
// and the dateline and headline found are compared with the SGML fields.
// Stories without a DATELINE field count false datelines.
func TestReutersDatelines(t *testing.T) {
	if testing.Short() {
		t.Skip("reads Reuters-21578")
	}
	files, _ := filepath.Glob(filepath.Join(reutersDir, "reut2-*.sgm"))
	if len(files) == 0 {
		t.Skipf("Reuters-21578 not found in %s", reutersDir)
	}
	r, _ := New(Options{})
	var withDL, placeOK, titles, titleOK, without, falseDL, bytes int
	var misses, fpara []string
	var paras, falsePara int
	start := time.Now()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range reutersDocRE.FindAll(b, -1) {
			body := rBody.FindSubmatch(m)
			if body == nil {
				continue
			}
			var title, dl string
			if tm := rTitle.FindSubmatch(m); tm != nil {
				title = html.UnescapeString(string(tm[1]))
			}
			if dm := rDateline.FindSubmatch(m); dm != nil {
				dl = strings.TrimLeft(html.UnescapeString(string(dm[1])), " ")
			}
			text := strings.TrimSpace(title + "\n\n" + dl + html.UnescapeString(string(body[1])))
			norm, _, err := normalizeText(text)
			if err != nil {
				continue
			}
			bytes += len(norm)
			d := r.finish(doc.Document{Text: norm})
			if title != "" && isHeadline(oneLine(title)) {
				titles++
				if string(d.Title) == strings.TrimSpace(title) {
					titleOK++
				}
			}
			pm := rPlace.FindStringSubmatch(dl)
			if dl == "" || pm == nil {
				if dl == "" {
					without++
					if d.Dateline != nil {
						falseDL++
					}
				}
				continue
			}
			withDL++
			// Later paragraphs open with four spaces in these files; none
			// should read as a dateline.
			for off := strings.Index(norm, "\n    "); off >= 0; {
				ps := off + 5
				le := strings.IndexByte(norm[ps:], '\n')
				if le < 0 {
					le = len(norm)
				} else {
					le += ps
				}
				paras++
				var f found
				if dl, ok := f.matchDateline(norm, ps, le); ok {
					falsePara++
					if len(fpara) < 10 {
						fpara = append(fpara, dl.Text+" :: "+clip(norm[ps:le], 80))
					}
				}
				next := strings.Index(norm[le:], "\n    ")
				if next < 0 {
					break
				}
				off = le + next
			}
			if d.Dateline != nil && d.Dateline.Text == pm[1] {
				placeOK++
			} else if len(misses) < 15 {
				got := "none"
				if d.Dateline != nil {
					got = d.Dateline.Text
				}
				misses = append(misses, pm[1]+" → "+got+" :: "+clip(norm, 160))
			}
		}
	}
	el := time.Since(start)
	t.Logf("datelines: %d/%d places exact (%.1f%%); false datelines in %d stories without one: %d",
		placeOK, withDL, 100*float64(placeOK)/float64(withDL), without, falseDL)
	t.Logf("headlines: %d/%d exact (%.1f%%)", titleOK, titles, 100*float64(titleOK)/float64(titles))
	t.Logf("misses: %q", misses)
	t.Logf("later paragraphs read as datelines: %d/%d (%.2f%%): %q", falsePara, paras, 100*float64(falsePara)/float64(paras), fpara)
	t.Logf("%.1f MB in %v", float64(bytes)/1e6, el)
	if float64(placeOK) < 0.98*float64(withDL) || float64(falseDL) > 0.01*float64(without) ||
		float64(falsePara) > 0.01*float64(paras) {
		t.Errorf("dateline accuracy below 98%% or false datelines above 1%%")
	}
}
