package text

// This file holds the closed word lists the tokenizer and the sentence
// splitter consult. They are switch statements rather than maps: the
// compiler turns them into a length-then-binary search with no hashing,
// and there is no package-level state to guard.

// Abbreviation classes returned by abbrevClass.
const (
	abbrNone    = iota // not a known abbreviation
	abbrTitle          // Mr., Gen., No., Jan.: always followed by more of the sentence
	abbrGeneral        // Inc., etc., U.S., Calif.: may end a sentence
)

// abbrevClass returns the class of w, a word without its final period
// ("Mr" for "Mr."). Letter-dot sequences such as "U.S" and single
// capitals are handled by the caller.
func abbrevClass(w string) int {
	switch w {
	// Titles and ranks: a name follows.
	case "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs",
		"Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl",
		"Pvt", "Pfc", "Brig", "Cmdt", "Lieut", "Sen", "Sens", "Rep", "Reps",
		"Gov", "Govs", "Pres", "Supt", "Insp", "Det", "Hon", "Rev", "Fr",
		"Msgr", "Atty", "retd", "Retd", "Ret", "ret", "Amb", "Sec", "Gens", "Mt", "Ft", "Ste", "Sgts",
		"MR", "MRS", "MS", "DR", "GEN", "LT", "COL", "CAPT", "SEN", "REP", "GOV",
		"PROF", "SGT", "ST", "MT", "FT", "NO", "VOL", "VS",
		// Before a number or a name.
		"No", "Nos", "no", "nos", "Vol", "vol", "Art", "art", "Sect", "sect",
		"Fig", "fig", "Figs", "figs", "p", "pp", "Pp", "ca", "approx", "Approx",
		"vs", "v", "Ref", "ref", "Tel", "tel", "Ext", "ext", "Nr", "nr",
		// Months and weekdays: a date follows.
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
		"Nov", "Dec", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP",
		"SEPT", "OCT", "NOV", "DEC",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat":
		return abbrTitle
	case "St", "Sts", "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Jr", "Sr",
		"Esq", "Plc", "PLC", "LLC", "Pty", "Inst", "Univ", "Assn", "Dept",
		"Govt", "Intl", "Natl", "Ave", "Blvd", "Rd", "Sq", "Hwy", "Pl",
		"etc", "al", "cf", "viz", "esp", "Esp", "est", "Est",
		"incl", "excl", "min", "mins", "hr", "hrs", "sec", "yr", "yrs", "mo",
		"mos", "wk", "wks", "oz", "lb", "lbs", "ft", "sq", "km", "mi", "gal",
		"dept", "govt", "info", "misc", "div",
		"INC", "CORP", "CO", "LTD", "JR", "SR", "ETC",
		// U.S. states in their AP forms.
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
		"Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn",
		"Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa",
		"Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo":
		return abbrGeneral
	}
	return abbrNone
}

// hyphenPrefix reports whether the lower-cased word w is a prefix that
// UD English keeps attached to the following word ("non-violent",
// "e-mail", "anti-war").
func hyphenPrefix(w string) bool {
	if len(w) > 8 {
		return false
	}
	var b [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(w)]) {
	// The prefixes UD English EWT keeps attached in its training data.
	case "e", "non", "pre", "anti", "re", "mid", "post", "co", "over", "pro",
		"multi", "ex", "sub", "semi", "neo", "cross", "vice", "un", "socio",
		"micro", "intra", "counter", "arch", "psycho", "mis":
		return true
	}
	return false
}

// sentenceStarter reports whether w is a capitalised function word that
// usually begins a sentence. After an abbreviation that can also end a
// sentence ("U.S.", "Inc.", "etc."), such a word means the sentence did end.
func sentenceStarter(w string) bool {
	switch w {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You",
		"This", "That", "These", "Those", "There", "Here", "His", "Her",
		"Its", "Their", "Our", "My", "In", "On", "At", "By", "For", "From",
		"With", "After", "Before", "During", "Since", "While", "When",
		"Where", "What", "Who", "Why", "How", "If", "But", "And", "Or", "So",
		"Yet", "However", "Meanwhile", "Also", "Some", "Many", "Most",
		"Other", "Officials", "Police", "No", "Not", "As", "Although",
		"Though", "Earlier", "Later", "Last", "Under", "Over", "Both",
		"Each", "Several", "All", "One", "Two", "Three", "Such", "Then",
		"Now", "Still", "Instead", "Despite", "Among", "According", "Asked",
		"Recently", "Separately", "Yesterday", "Today", "Previously",
		"Moreover", "Additionally", "Furthermore", "Nevertheless", "Indeed",
		"Analysts", "Shares":
		return true
	}
	return false
}

// honorific reports whether w is a courtesy title with its period.
func honorific(w string) bool {
	switch w {
	case "Mr.", "Mrs.", "Ms.", "Dr.", "Messrs.", "Prof.":
		return true
	}
	return false
}

// functionWord reports whether w is a lower-case word that cannot end a
// sentence, so a line ending in it continues on the next line.
func functionWord(w string) bool {
	switch w {
	case "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from",
		"with", "and", "or", "but", "that", "as", "is", "was", "were", "are",
		"be", "been", "has", "have", "had", "his", "her", "its", "their",
		"our", "into", "than", "which", "who", "whose", "this", "these",
		"those", "said", "says", "after", "before", "over", "under", "about",
		"between", "against", "during", "near", "not", "no", "will", "would",
		"could", "should", "can", "may", "might", "must", "also", "if",
		"when", "while", "where", "including", "since", "per", "amid":
		return true
	}
	return false
}

// emoticon reports whether s is a common text emoticon.
func emoticon(s string) bool {
	switch s {
	case ":)", ":-)", ":(", ":-(", ":P", ":-P", ":p", ":-p", ":D", ":-D",
		";)", ";-)", ":/", ":-/", ":'(", ":O", ":o", ":|", "<3", "^_^", "^^",
		"=)", "=(", ":]", ":[", "XD", "xD", ";P", ";D", "8)", "B)", ":*":
		return true
	}
	return false
}

// splitWord returns the length of the first part of a word that UD
// English splits into two tokens without an apostrophe ("cannot" →
// "can" "not"), or 0.
func splitWord(w string) int {
	if len(w) != 5 && len(w) != 6 {
		return 0
	}
	switch w[0] | 0x20 {
	case 'c', 'g', 'w':
	default:
		return 0
	}
	var b [6]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(w)]) {
	case "cannot":
		return 3
	case "gonna", "wanna":
		return 3
	case "gotta":
		return 3
	}
	return 0
}
