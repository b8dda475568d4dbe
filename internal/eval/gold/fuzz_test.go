package gold

import (
	"reflect"
	"strings"
	"testing"
)

// The readers take files from outside the project: whatever the bytes,
// they must not panic, their spans must lie in their text, and reading
// twice must give the same answer.

func FuzzReadCoNLLU(f *testing.F) {
	f.Add(udSample)
	f.Add("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		s, err := ReadCoNLLU(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, d := range AssembleUD(s) {
			for _, sp := range append(append(append([]Span{}, d.Tokens...), d.Words...), d.Sentences...) {
				if sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End {
					t.Fatalf("span %v outside text of %d bytes", sp, len(d.Text))
				}
			}
		}
		s2, _ := ReadCoNLLU(strings.NewReader(in), "fuzz")
		if !reflect.DeepEqual(s, s2) {
			t.Fatal("two reads differ")
		}
	})
}

func FuzzReadTimeML(f *testing.F) {
	f.Add(timemlSample)
	f.Add("<TEXT><TIMEX3 tid='t1'>a<TIMEX3>b</TIMEX3></TEXT>")
	f.Fuzz(func(t *testing.T, in string) {
		d, err := ReadTimeML(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, x := range d.Timexes {
			if x.Start < 0 || x.End > len(d.Text) || x.Start > x.End {
				t.Fatalf("timex %v outside text of %d bytes", x.Span, len(d.Text))
			}
		}
	})
}

func FuzzReadBrat(f *testing.F) {
	f.Add("“We will stay,” he said.", "T1\tContent 1 13\tWe will stay\nE1\tAttribution:T1 Content:T1\n")
	f.Add("abc", "T1\tCue 0 1;2 3\ta c\n")
	f.Fuzz(func(t *testing.T, text, ann string) {
		d, err := ReadBrat(strings.NewReader(ann), text, "fuzz")
		if err != nil {
			return
		}
		for _, s := range d.Spans {
			for _, fr := range s.Fragments {
				if fr.Start < 0 || fr.End > len(text) || fr.Start > fr.End {
					t.Fatalf("fragment %v outside text of %d bytes", fr, len(text))
				}
			}
		}
		d.Attributions()
	})
}

func FuzzReadIncidents(f *testing.F) {
	f.Add("EVENT_DATE,NOTES,FATALITIES\n01-March-2015,\"x, y\",3\n")
	f.Add("iyear,imonth,iday,summary,nkill\n2011,13,40,\"01/01/2011: s\",-99\n")
	f.Fuzz(func(t *testing.T, in string) {
		_, _ = ReadACLED(strings.NewReader(in), "fuzz")
		_, _ = ReadGTD(strings.NewReader(in), "fuzz")
		_, _ = ReadEventLocations(strings.NewReader(in), "fuzz")
	})
}
