package gold

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Incident is one coded event of an analyst data set (ACLED, GTD) with the
// analyst's prose about it.
type Incident struct {
	ID   string
	Text string // ACLED notes, GTD summary (without its leading date)
	// Date is the day the event happened; Precise is false when the set
	// codes it only to the week or month, or not at all.
	Date    time.Time
	Precise bool
	// Type is the set's own event type as written ("Remote violence",
	// "Battle-No change of territory", "Bombing/Explosion").
	Type string
	// TargetType is GTD's targtype1_txt ("Police", "Military" …); empty for ACLED.
	TargetType string
	Fatalities *int // nil when the set does not know
	Injuries   *int // nil when the set does not know or does not code injuries (ACLED)
	Country    string
	Admin1     string // ACLED admin1, GTD provstate
	Location   string // ACLED location, GTD city
	Actor      string // ACLED actor1, GTD gname: who did it
	// Source is the outlet that reported it (ACLED source: "The Hindu"),
	// input metadata like a news record's outlet, not an answer; empty
	// for GTD, whose sources are not in the export.
	Source string
}

// ReadACLED reads an ACLED CSV export, old (upper-case columns,
// "01-January-2015" dates) or new schema (lower-case, "2016-07-02").
// Rows without notes are skipped.
func ReadACLED(r io.Reader, name string) ([]Incident, error) {
	var out []Incident
	err := readCSV(r, name, func(row func(string) string, line int) error {
		text := strings.TrimSpace(row("notes"))
		if text == "" {
			return nil
		}
		in := Incident{
			ID: row("event_id_cnty"), Text: text, Type: strings.TrimSpace(row("event_type")),
			Country: row("country"), Admin1: row("admin1"), Location: row("location"), Actor: row("actor1"),
			Source: strings.Join(strings.Fields(row("source")), " "),
		}
		if in.ID == "" {
			in.ID = row("data_id")
		}
		d, err := parseACLEDDate(row("event_date"))
		if err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		in.Date = d
		in.Precise = strings.TrimSpace(row("time_precision")) == "1"
		if n, err := strconv.Atoi(strings.TrimSpace(row("fatalities"))); err == nil && n >= 0 {
			in.Fatalities = &n
		}
		out = append(out, in)
		return nil
	})
	return out, err
}

func parseACLEDDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"02-January-2006", "2006-01-02", "2-January-2006", "1/2/2006", "02 January 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad event date %q", s)
}

// gtdDatePrefix is the "MM/DD/YYYY: " that opens GTD summaries.
var gtdDatePrefix = regexp.MustCompile(`^\s*\d{1,2}/\d{1,2}/\d{4}:\s*`)

// ReadGTD reads a Global Terrorism Database CSV export. The "MM/DD/YYYY: "
// that opens each summary is removed: a news report does not start that
// way, and it would hand the date to the system under test. Rows without a
// summary are skipped.
func ReadGTD(r io.Reader, name string) ([]Incident, error) {
	var out []Incident
	err := readCSV(r, name, func(row func(string) string, line int) error {
		text := strings.TrimSpace(gtdDatePrefix.ReplaceAllString(row("summary"), ""))
		if text == "" {
			return nil
		}
		in := Incident{
			ID: row("eventid"), Text: text, Type: row("attacktype1_txt"), TargetType: row("targtype1_txt"),
			Country: row("country_txt"), Admin1: row("provstate"), Location: row("city"), Actor: row("gname"),
		}
		y, _ := strconv.Atoi(row("iyear"))
		m, _ := strconv.Atoi(row("imonth"))
		d, _ := strconv.Atoi(row("iday"))
		if y > 0 && m >= 1 && m <= 12 {
			day := d
			if day < 1 {
				day = 1
			}
			in.Date = time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
			in.Precise = d >= 1 && strings.TrimSpace(row("approxdate")) == ""
		}
		in.Fatalities = count(row("nkill"))
		in.Injuries = count(row("nwound"))
		out = append(out, in)
		return nil
	})
	return out, err
}

// count parses a GTD count; blank, negative (-99 unknown) or fractional
// values are unknown.
func count(s string) *int {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, ".0")
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return nil
	}
	return &n
}

// readCSV reads a CSV file with a header line and calls fn per row with a
// case-insensitive column getter. Fields that are not UTF-8 are read as
// Latin-1.
func readCSV(r io.Reader, name string, fn func(row func(string) string, line int) error) error {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	head, err := cr.Read()
	if err != nil {
		return fmt.Errorf("read %s: header: %w", name, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToLower(strings.TrimSpace(trimBOM(h)))] = i
	}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		get := func(k string) string {
			i, ok := col[k]
			if !ok || i >= len(rec) {
				return ""
			}
			return utf8OrLatin1(strings.ReplaceAll(rec[i], "\u00a0", " "))
		}
		if err := fn(get, line); err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
	}
}

func utf8OrLatin1(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteRune(rune(s[i]))
	}
	return b.String()
}
