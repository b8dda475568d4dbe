package eval

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// countryAliases gives ISO 3166-1 alpha-3 codes for country names the
// ACLED and GTD sets write differently from GeoNames.
var countryAliases = map[string]string{
	"bosnia herzegovina":           "BIH",
	"congo kinshasa":               "COD",
	"democratic republic of congo": "COD",
	"corsica":                      "FRA",
	"czech republic":               "CZE",
	"great britain":                "GBR",
	"northern ireland":             "GBR",
	"west bank and gaza strip":     "PSE",
	"ivory coast":                  "CIV",
	"east timor":                   "TLS",
}

// countryCodes reads GeoNames countryInfo.txt from the data directory:
// normalised country name → alpha-3 code, with countryAliases added. A
// missing file gives only the aliases.
func (r *runner) countryCodes() (map[string]string, error) {
	m := map[string]string{}
	for k, v := range countryAliases {
		m[k] = v
	}
	f, err := os.Open(filepath.Join(r.opts.Data, "geonames", "countryInfo.txt"))
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) > 4 && len(c[1]) == 3 {
			m[normName(c[4])] = c[1]
		}
	}
	return m, sc.Err()
}

// foldAccents maps common accented Latin letters to their base letter.
var foldAccents = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ā", "a",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "ē", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ī", "i",
	"ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "ō", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ū", "u",
	"ç", "c", "ñ", "n", "ý", "y", "ş", "s", "ğ", "g", "ı", "i", "`", "", "'", "", "’", "",
)

// normName lower-cases a name, folds accents and turns everything but
// letters and digits into single spaces.
func normName(s string) string {
	s = foldAccents.Replace(strings.ToLower(s))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

// placeWords are generic words dropped when comparing place names.
var placeWords = map[string]bool{
	"province": true, "state": true, "district": true, "division": true, "region": true,
	"governorate": true, "department": true, "city": true, "county": true, "municipality": true,
	"prefecture": true, "oblast": true, "the": true, "of": true, "territory": true, "capital": true,
	"development": true,
}

// compassWords fold a direction's adjective into its noun, so that a
// region named either way matches ("Eastern Development Region",
// "East"; "Mid-Western", "Mid-West").
var compassWords = map[string]string{
	"eastern": "east", "western": "west", "northern": "north", "southern": "south",
}

// placeKey normalises a place name for comparison.
func placeKey(s string) string {
	var out []string
	for _, w := range strings.Fields(normName(s)) {
		if !placeWords[w] {
			if c, ok := compassWords[w]; ok {
				w = c
			}
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// sameDivision holds other official names of one first-level division,
// by placeKey: a division renamed or named in full by one source and
// short by another.
var sameDivision = map[string]string{
	"azad jammu and kashmir": "azad kashmir", "orissa": "odisha", "uttaranchal": "uttarakhand",
	"pondicherry": "puducherry",
}

// samePlace reports whether a system place name matches a gold one. The
// gold name may list alternatives: "Al Iskandariyah (Alexandria)",
// "Khyber Pakhtunkhwa/NWFP"; a division's other official name
// (sameDivision) matches too.
func samePlace(got, want string) bool {
	g := placeKey(got)
	if g == "" {
		return false
	}
	w := placeKey(want)
	if g == w || sameDivision[g] == w && w != "" || sameDivision[w] == g {
		return true
	}
	for _, alt := range strings.FieldsFunc(want, func(r rune) bool { return strings.ContainsRune("()/,;", r) }) {
		if placeKey(alt) == g {
			return true
		}
	}
	return false
}

// actorStopWords are words too generic to identify an actor.
var actorStopWords = map[string]bool{
	"the": true, "of": true, "a": true, "an": true, "and": true, "in": true, "for": true,
	"armed": true, "group": true, "force": true, "forces": true, "al": true, "el": true,
	"party": true, "front": true, "movement": true, "army": true, "national": true,
	"people": true, "member": true, "members": true, "unit": true,
}

// actorWords returns the identifying words of an actor name, singular,
// without those of the country (so "Protesters (Bangladesh)" gives
// "protester").
func actorWords(name, country string) map[string]bool {
	skip := map[string]bool{}
	for _, w := range strings.Fields(normName(country)) {
		skip[w] = true
	}
	out := map[string]bool{}
	for _, w := range strings.Fields(normName(name)) {
		if len(w) < 3 || actorStopWords[w] || skip[w] {
			continue
		}
		out[singular(w)] = true
	}
	return out
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// unknownActor reports whether a gold perpetrator means "not identified".
func unknownActor(name string) bool {
	n := normName(name)
	return n == "" || n == "unknown" || strings.HasPrefix(n, "unidentified") || n == "gunmen"
}

// anonymousWords are source words that leave the perpetrator unidentified.
var anonymousWords = map[string]bool{
	"unidentified": true, "unknown": true, "gunman": true, "gunmen": true, "assailant": true,
	"attacker": true, "miscreant": true, "suspected": true,
}
