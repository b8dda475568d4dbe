package dict

// SectorWord is one line of sectors.tsv: words that give an unnamed actor
// ("soldiers") or a person's title ("Interior Minister") a sector.
type SectorWord struct {
	// Type is "collective" for nouns naming an unnamed group of people
	// ("soldiers", "security personnel") and "title" for the head word of a
	// person's title or role ("minister", "spokesman").
	Type    string
	Sector  string // GOV, MIL, COP, REB, UAF, CVL, …
	Phrases []string
	Source  string // "file:line"
}

const sectorColumns = "type, sector, phrases"

// sectorLine parses "type sector phrases"; a phrase read again moves to
// the later line.
func (b *builder) sectorLine(l line) error {
	if err := l.want(3, 3, sectorColumns); err != nil {
		return err
	}
	w := SectorWord{Type: l.field(0), Sector: dash(l.field(1)), Phrases: list(l.field(2)), Source: sourceOf(l)}
	if w.Type != "collective" && w.Type != "title" {
		return l.errorf("unknown type %q (want collective or title)", w.Type)
	}
	if w.Sector != "" && !IsSector(w.Sector) {
		return l.errorf("unknown sector %q", w.Sector)
	}
	if len(w.Phrases) == 0 {
		return l.errorf("no phrases")
	}
	b.sectors = append(b.sectors, w)
	return nil
}

// buildSectors drops every phrase that a later line lists again.
func (b *builder) buildSectors(kb *KB) {
	last := map[string]int{}
	for i, w := range b.sectors {
		for _, p := range w.Phrases {
			last[w.Type+"\t"+Key(p)] = i
		}
	}
	for i, w := range b.sectors {
		var keep []string
		for _, p := range w.Phrases {
			if last[w.Type+"\t"+Key(p)] == i {
				keep = append(keep, p)
			}
		}
		if len(keep) > 0 {
			w.Phrases = keep
			kb.sectors = append(kb.sectors, w)
		}
	}
}

// SectorWords returns the sector lexicon in file order (embedded lines
// first, then the override's). A phrase listed twice keeps its last line.
func (kb *KB) SectorWords() []SectorWord { return append([]SectorWord(nil), kb.sectors...) }
