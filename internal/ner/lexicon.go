package ner

import "strings"

// The closed word lists the rules consult, written for this project. Most
// are switch statements, which the compiler makes fast; the group names
// are a list, read-only after start-up, from which the words that can
// open one are derived. Every function takes a lower-case word.

// isHonorific reports whether w is a courtesy title or rank written
// before a surname ("Ms Baloch", "Gen. Munir"), with or without its
// full stop.
func isHonorific(w string) bool {
	switch trimDot(w) {
	case "mr", "mrs", "ms", "miss", "messrs", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
		"gen", "general", "lt", "lieut", "col", "colonel", "maj", "major", "capt", "captain", "cdr", "cmdr",
		"adm", "admiral", "brig", "brigadier", "sgt", "sergeant", "cpl", "corporal", "pvt", "insp", "supt",
		"sen", "senator", "rep", "gov", "governor", "rev", "fr", "father", "hon", "justice", "judge",
		"sheikh", "shaikh", "maulana", "mufti", "mullah", "imam", "haji", "hafiz", "syed", "pir", "sardar",
		"president", "premier", "chancellor", "king", "queen", "prince", "princess", "emir", "ayatollah",
		"marshal", "commodore", "retd", "ambassador", "minister", "secretary", "mayor", "pope", "cardinal", "bishop":
		return true
	}
	return false
}

// isShortHonorific reports whether w is an honorific that never starts a
// role description on its own ("Mr", "Ms", "Dr", "Gen.").
func isShortHonorific(w string) bool {
	switch trimDot(w) {
	case "mr", "mrs", "ms", "miss", "messrs", "dr", "prof", "gen", "lt", "lieut", "col", "maj", "capt",
		"cdr", "cmdr", "adm", "brig", "sgt", "cpl", "pvt", "insp", "supt", "sen", "rep", "gov", "rev",
		"fr", "hon", "retd", "sheikh", "shaikh", "maulana", "mufti", "haji", "hafiz", "sir", "dame":
		return true
	}
	return false
}

func trimDot(w string) string {
	if len(w) > 1 && w[len(w)-1] == '.' {
		return w[:len(w)-1]
	}
	return w
}

// isRole reports whether w names an office, rank or role, the words that
// make a run of words before a name its title ("Special Envoy",
// "Foreign Office Spokesperson", "army chief").
func isRole(w string) bool {
	if isHonorific(w) {
		return true
	}
	switch w {
	case "spokesperson", "spokesman", "spokeswoman", "spokespersons", "envoy", "representative",
		"minister", "ministers", "secretary", "secretary-general", "undersecretary", "commissioner",
		"chief", "head", "leader", "commander", "director", "director-general", "chairman", "chairwoman",
		"chairperson", "chair", "president", "vice-president", "president-elect", "premier", "chancellor",
		"ambassador", "consul", "diplomat", "attaché", "attache", "adviser", "advisor", "aide", "counsellor",
		"counselor", "officer", "official", "inspector-general", "governor", "mayor", "senator", "lawmaker",
		"legislator", "mna", "mpa", "mp", "speaker", "deputy", "vice", "acting", "interim", "caretaker",
		"former", "ex", "retired", "spy", "coordinator", "negotiator", "mediator", "prosecutor", "attorney",
		"attorney-general", "auditor-general", "chief-of-staff", "ceo", "founder", "co-founder", "editor",
		"correspondent", "analyst", "expert", "scholar", "cleric", "preacher", "militant", "commando",
		"colonel", "lieutenant", "lieutenant-general", "major-general", "brigadier", "captain", "general",
		"admiral", "marshal", "sergeant", "constable", "superintendent", "dsp", "sho", "ssp", "dig", "igp",
		"emir", "amir", "caliph", "king", "queen", "prince", "princess", "crown", "sultan", "sheikh",
		"patriarch", "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam", "ayatollah", "mufti",
		"judge", "justice", "magistrate", "registrar", "rapporteur", "observer", "monitor", "delegate",
		"special", "senior", "assistant", "additional", "joint", "permanent", "top",
		"prime", "foreign", "defence", "defense", "interior", "finance", "home", "information":
		return true
	}
	return false
}

// isTitleConnector reports whether w may join the parts of a title
// ("Minister for Foreign Affairs", "Chief of Army Staff").
func isTitleConnector(w string) bool {
	switch w {
	case "of", "for", "on", "and", "to", "at", "&":
		return true
	}
	return false
}

// lawCue reports whether w, ending a name, makes it a law or agreement.
func lawCue(w string) bool {
	switch w {
	case "agreement", "agreements", "accord", "accords", "treaty", "treaties", "act", "convention",
		"conventions", "protocol", "charter", "declaration", "pact", "constitution", "amendment",
		"ordinance", "bill", "code", "statute", "law", "regulation", "regulations", "directive",
		"resolution", "memorandum", "covenant", "compact", "doctrine", "framework", "arrangement":
		return true
	}
	return false
}

// lawNumbered reports whether w, followed by a number, names a law or an
// article of one ("Resolution 1267", "Article 370").
func lawNumbered(w string) bool {
	switch w {
	case "resolution", "article", "section", "amendment", "clause", "rule", "ordinance", "act", "bill":
		return true
	}
	return false
}

// eventCue reports whether w, ending a name, makes it a named event.
func eventCue(w string) bool {
	switch w {
	case "war", "wars", "summit", "olympics", "games", "cup", "championship", "championships",
		"election", "elections", "polls", "revolution", "uprising", "massacre", "festival", "expo",
		"conference", "talks", "dialogue", "forum", "crisis", "intifada", "offensive", "siege",
		"movement", "march", "spring", "earthquake", "floods", "tsunami", "hurricane", "cyclone":
		return true
	}
	return false
}

// isHoliday reports whether w, starting a name, makes it a holiday or a
// named era of history, which are events.
func isHoliday(w string) bool {
	switch w {
	case "christmas", "easter", "ramadan", "ramazan", "eid", "diwali", "deepavali", "holi", "nowruz",
		"navroz", "hanukkah", "passover", "thanksgiving", "ashura", "halloween", "dussehra", "vesak",
		"holocaust", "nakba":
		return true
	}
	return false
}

// isCurrency reports whether w is the name of a currency.
func isCurrency(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "euro", "dollar", "rupee", "yen", "yuan", "renminbi", "pound", "dinar", "rial", "riyal",
		"dirham", "taka", "ruble", "rouble", "lira", "shekel", "naira", "rand", "peso", "franc",
		"kwacha", "shilling", "cedi", "baht", "ringgit", "won", "rupiah", "kyat":
		return true
	}
	return false
}

// eventFirst reports whether w, starting a name, makes it a named event
// ("Operation Zarb-e-Azb").
func eventFirst(w string) bool {
	switch w {
	case "operation", "battle", "siege", "hurricane", "cyclone", "typhoon", "storm":
		return true
	}
	return false
}

// geoFeature reports whether w, ending or starting a location's name,
// makes it a geographic feature rather than a political entity.
func geoFeature(w string) bool {
	switch w {
	case "river", "mountains", "mountain", "mount", "mt", "mt.", "valley", "sea", "ocean", "gulf", "lake",
		"desert", "peninsula", "strait", "straits", "pass", "plateau", "range", "basin", "bay",
		"island", "islands", "highway", "motorway", "road", "corridor", "border", "coast", "hills",
		"hill", "glacier", "canal", "delta", "line", "dam", "forest", "plains", "plain", "cape",
		"channel", "falls", "creek", "reef", "archipelago", "steppe", "belt", "heights", "strip":
		return true
	}
	return false
}

// isRegion reports whether s (lower case, words joined by single
// spaces) names a continent or a region rather than a state or city.
func isRegion(s string) bool {
	switch s {
	case "asia", "europe", "africa", "antarctica", "oceania", "eurasia", "americas", "the americas",
		"middle east", "near east", "far east", "south asia", "central asia", "east asia",
		"southeast asia", "south-east asia", "west asia", "western asia", "asia-pacific", "asia pacific",
		"indo-pacific", "latin america", "north america", "south america", "central america",
		"caribbean", "arctic", "balkans", "caucasus", "sahel", "maghreb", "levant", "horn of africa",
		"sub-saharan africa", "west africa", "east africa", "north africa", "southern africa",
		"eastern europe", "western europe", "central europe", "scandinavia", "mediterranean",
		"persian gulf", "arabian sea", "gulf", "middle-east", "west", "the west", "global south",
		"subcontinent", "punjab region", "kashmir valley", "durand line", "line of control":
		return true
	}
	return false
}

// isNationality reports whether w is a demonym, religion or ethnic or
// political group used as an adjective or a plural noun.
func isNationality(w string) bool {
	switch w {
	case "afghan", "afghans", "afghani", "pakistani", "pakistanis", "indian", "indians", "chinese",
		"american", "americans", "british", "briton", "britons", "english", "scottish", "welsh", "irish",
		"french", "german", "germans", "italian", "italians", "spanish", "portuguese", "dutch", "belgian",
		"swiss", "austrian", "swedish", "norwegian", "danish", "finnish", "polish", "czech", "slovak",
		"hungarian", "romanian", "bulgarian", "greek", "turkish", "turk", "turks", "russian", "russians",
		"ukrainian", "ukrainians", "belarusian", "georgian", "armenian", "azerbaijani", "azeri",
		"kazakh", "uzbek", "uzbeks", "tajik", "tajiks", "turkmen", "kyrgyz", "iranian", "iranians",
		"persian", "iraqi", "iraqis", "syrian", "syrians", "lebanese", "jordanian", "israeli", "israelis",
		"palestinian", "palestinians", "saudi", "saudis", "emirati", "qatari", "kuwaiti", "bahraini",
		"omani", "yemeni", "yemenis", "egyptian", "egyptians", "libyan", "tunisian", "algerian",
		"moroccan", "sudanese", "somali", "somalis", "ethiopian", "eritrean", "kenyan", "nigerian",
		"nigerians", "ghanaian", "malian", "chadian", "nigerien", "congolese", "rwandan", "ugandan",
		"tanzanian", "south african", "zimbabwean", "mozambican", "angolan", "bangladeshi",
		"bangladeshis", "sri lankan", "nepali", "nepalese", "bhutanese", "burmese", "myanmar", "thai",
		"vietnamese", "cambodian", "laotian", "malaysian", "indonesian", "indonesians", "filipino",
		"filipinos", "singaporean", "japanese", "korean", "koreans", "north korean", "south korean",
		"mongolian", "taiwanese", "tibetan", "tibetans", "australian", "australians", "canadian",
		"canadians", "mexican", "mexicans", "brazilian", "argentine", "argentinian", "chilean",
		"colombian", "venezuelan", "peruvian", "cuban", "haitian", "european", "europeans", "african",
		"africans", "asian", "asians", "arab", "arabs", "arabic", "western", "westerners",
		"muslim", "muslims", "islamic", "christian", "christians", "catholic", "catholics",
		"protestant", "protestants", "orthodox", "hindu", "hindus", "sikh", "sikhs", "jewish", "jew",
		"jews", "buddhist", "buddhists", "shia", "shias", "shiite", "shiites", "shi'ite", "sunni",
		"sunnis", "ahmadi", "ahmadis", "ismaili", "alawite", "alawites", "druze", "yazidi", "yazidis",
		"sufi", "salafi", "deobandi", "barelvi", "wahhabi", "pashtun", "pashtuns", "pakhtun",
		"pakhtuns", "pukhtun", "baloch", "balochi", "baluch", "sindhi", "sindhis", "punjabi",
		"punjabis", "muhajir", "mohajir", "kashmiri", "kashmiris", "hazara", "hazaras", "uighur",
		"uighurs", "uyghur", "uyghurs", "rohingya", "kurd", "kurds", "kurdish", "berber", "tamil",
		"tamils", "sinhalese", "bengali", "bengalis", "gujarati", "marathi", "bihari", "dalit", "dalits",
		"democrat", "democrats", "republican", "republicans", "communist", "communists", "socialist",
		"socialists", "islamist", "islamists", "maoist", "maoists", "zionist", "baathist", "nazi", "nazis":
		return true
	}
	return false
}

// groupNames are armed and political groups whose names look like
// places or nationalities ("Taliban") or that the model misses, in lower
// case as written.
var groupNames = []string{"taliban", "al-qaeda", "al-qaida", "al qaeda", "al qaida", "hamas", "hezbollah", "hizbollah",
	"daesh", "isis", "isil", "huthi", "houthi", "houthis", "islamic jihad", "al-shabaab",
	"al shabaab", "boko haram", "lashkar-e-taiba", "lashkar-e-toiba", "lashkar-e-jhangvi",
	"jaish-e-mohammed", "jaish-e-muhammad", "tehrik-i-taliban", "tehreek-e-taliban",
	"haqqani network", "jabhat al-nusra", "al-nusra front", "hayat tahrir al-sham", "fatah",
	"pkk", "ltte", "farc", "aqim", "aqap", "iswap"}

// groupSet and groupFirst are groupNames as a set, and the words that can
// open one of them: the first word, and the part before a hyphen.
var groupSet, groupFirst = func() (map[string]bool, map[string]bool) {
	set, first := map[string]bool{}, map[string]bool{}
	for _, n := range groupNames {
		set[n] = true
		w, _, _ := strings.Cut(n, " ")
		first[w] = true
		h, _, _ := strings.Cut(w, "-")
		first[h] = true
	}
	return set, first
}()

// isGroupName reports whether w, though shaped like a demonym or a
// place, names an organisation or armed group ("Taliban", "Islamic Jihad").
func isGroupName(w string) bool { return groupSet[w] }

// groupStart reports whether w, a token in lower case, can open a group
// name, so that only such tokens pay for the written form's look-up.
func groupStart(w string) bool { return groupFirst[w] }

// isDateWord reports whether w is a weekday or month name, which can
// stand capitalised right before a title without being part of it.
func isDateWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "today", "yesterday", "tomorrow":
		return true
	}
	return false
}

// isLegalForm reports whether w, in lower case, is a company's legal
// form written after its name ("Inc.", "Ltd", "Co.", "PLC").
func isLegalForm(w string) bool {
	switch w {
	case "inc", "inc.", "ltd", "ltd.", "llc", "l.l.c.", "corp", "corp.", "co", "co.", "plc", "s.a.", "ag", "gmbh",
		"n.v.", "b.v.", "pte", "pte.", "pvt", "pvt.", "limited", "incorporated", "lp", "l.p.", "llp":
		return true
	}
	return false
}

// isCommonAcronym reports whether t, as written, is an acronym of a
// common noun or phrase, never a name ("IED", "LNG", "CEO", "DVD").
// Unlike the other lists it takes the word as written: capitals.
func isCommonAcronym(t string) bool {
	switch t {
	case "IED", "IEDS", "RPG", "RPGS", "VBIED", "LNG", "CNG", "LPG", "GDP", "VAT", "IPO", "CEO", "CFO",
		"COO", "CTO", "GMT", "EST", "PST", "CST", "CDT", "EDT", "PDT", "FAQ", "PDF", "USB", "ATM", "SMS",
		"GPS", "SUV", "DVD", "VHS", "HDTV", "ADHD", "DUI", "LOL", "LMAO", "OMG", "BTW", "FYI", "ASAP":
		return true
	}
	return false
}

// isPlaceHead reports whether w, a lower-case noun right after a name,
// makes the name a place's: words that only places take ("Torkham
// crossing"), not ones a person's name can precede too ("Trump border
// policy").
func isPlaceHead(w string) bool {
	switch w {
	case "crossing", "checkpoint", "checkpost", "bazaar", "tehsil", "valley", "village",
		"town", "city", "province", "airport", "harbour", "harbor", "dam", "river":
		return true
	}
	return false
}

// isInstitution reports whether w, ending a name, makes it an
// institution: a body, a force or a newspaper, never a place ("bank" and
// "federation" are not here: "West Bank", "Russian Federation").
func isInstitution(w string) bool {
	switch w {
	case "university", "college", "institute", "ministry", "department", "committee", "commission",
		"council", "party", "army", "navy", "marines", "corps", "agency", "bureau", "court",
		"assembly", "parliament", "senate", "board", "authority", "association",
		"league", "front", "movement", "police", "forces", "directorate", "tribunal", "times", "post",
		"herald", "tribune", "gazette", "journal", "telegraph", "chronicle":
		return true
	}
	return false
}

// isFacility reports whether w, ending a name, makes it a building or
// site: a place where something happens.
func isFacility(w string) bool {
	switch w {
	case "hotel", "airport", "airbase", "stadium", "mosque", "masjid", "church", "cathedral", "temple",
		"shrine", "gurdwara", "synagogue", "mall", "bazaar", "market", "museum", "bridge", "prison",
		"jail", "station", "restaurant", "cafe", "grill", "plaza", "terminal", "checkpoint", "crossing":
		return true
	}
	return false
}

// isCompanyWord reports whether w, ending an organisation's name, makes
// the words before it a company's or foundation's own name ("Mozilla
// Foundation", "Exxon Mobil Corporation").
func isCompanyWord(w string) bool {
	switch w {
	case "corporation", "company", "foundation", "holdings", "group", "inc":
		return true
	}
	return false
}

// isWeekday reports whether w, in lower case, is a weekday's name or its
// plural ("sundays").
func isWeekday(w string) bool {
	if len(w) > 1 && w[len(w)-1] == 's' {
		w = w[:len(w)-1]
	}
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		// Abbreviations, as e-mail headers and listings write them ("Fri
		// 3/2/2001"); not "Mon" or "Sun", which are also names.
		"tue", "tue.", "wed", "wed.", "thu", "thu.", "thur", "thur.", "fri", "fri.", "sat", "sat.":
		return true
	}
	return false
}

// isNameConnector reports whether w, in lower case, may stand inside a
// name ("Bank of England", "Osama bin Laden", "Leader of the House").
func isNameConnector(w string) bool {
	switch w {
	case "of", "the", "and", "&", "for", "on", "de", "del", "della", "di", "da", "du", "des", "la", "le",
		"el", "al", "al-", "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "ter", "y", "e", "ul", "ud",
		"-", "'s", "s", "'", "in", "at", "to", "upon", "u", "o'", "mc", "st", "st.":
		return true
	}
	return false
}

// isPlacePrep reports whether w is a preposition that puts the name after
// it in a place ("near Gilgit").
func isPlacePrep(w string) bool {
	switch w {
	case "in", "near", "outside", "across", "from", "inside", "around":
		return true
	}
	return false
}

// isOrgWord reports whether w is a word organisation and facility names
// end in, which is never a person's name ("Office", "Ministry").
func isOrgWord(w string) bool {
	switch w {
	case "office", "ministry", "department", "division", "secretariat", "house", "hotel", "hospital",
		"university", "college", "school", "council", "committee", "commission", "party", "league",
		"movement", "front", "army", "forces", "force", "police", "bank", "company", "group", "corps",
		"agency", "bureau", "court", "assembly", "parliament", "senate", "board", "authority", "trust",
		"foundation", "institute", "centre", "center", "camp", "base", "hall", "palace", "square",
		"road", "street", "airport", "station", "affairs", "staff", "headquarters", "government",
		"administration", "cabinet", "mission", "embassy", "consulate", "organisation", "organization",
		"union", "association", "federation", "alliance", "coalition", "network", "services", "service",
		"cell", "wing", "branch", "directorate", "tribunal", "nations", "states", "republic", "kingdom",
		"emirate", "province", "district", "city", "town", "village", "region", "area", "zone", "state":
		return true
	}
	return false
}

// strongGeoFeature reports whether w, ending a name, makes it a
// geographic feature even when the model called it a person or an
// organisation (unlike "Hill" or "Line", also surnames).
func strongGeoFeature(w string) bool {
	switch w {
	case "river", "mountains", "valley", "sea", "ocean", "lake", "desert", "highway", "motorway",
		"glacier", "canal", "peninsula", "strait", "straits", "gulf", "plateau", "archipelago", "delta":
		return true
	}
	return false
}

// isPortfolio reports whether w names the field of an office, the words
// after "Minister of" or "Secretary of" ("State", "Interior").
func isPortfolio(w string) bool {
	switch w {
	case "state", "defence", "defense", "interior", "foreign", "finance", "commerce", "trade",
		"information", "health", "education", "affairs", "planning", "law", "justice", "religious",
		"home", "energy", "water", "power", "railways", "communications", "industries", "human",
		"rights", "climate", "change", "kashmir", "parliamentary", "the", "treasury", "labour", "labor":
		return true
	}
	return false
}

// isOrgHead reports whether w, ending a run of capitalised words, makes
// them an organisation's name ("Peoples Party", "High Court").
func isOrgHead(w string) bool {
	switch w {
	case "party", "league", "movement", "front", "army", "police", "bank", "university", "college",
		"school", "council", "committee", "commission", "court", "assembly", "parliament", "senate",
		"board", "authority", "department", "ministry", "corps", "agency", "bureau", "institute",
		"foundation", "association", "federation", "alliance", "union", "company", "group", "hospital",
		"forces", "rangers", "constabulary", "secretariat", "directorate", "tribunal", "organisation",
		"organization", "corporation", "society", "trust", "network":
		return true
	}
	return false
}

// isCompass reports whether w is a compass word that opens place names
// ("North Waziristan", "Southern Punjab").
func isCompass(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western",
		"central", "upper", "lower", "northeast", "northwest", "southeast", "southwest":
		return true
	}
	return false
}

// isGreeting reports whether w opens or closes a letter and so is never
// part of the name next to it ("Dear Nina", "Hi Tom", "Regards").
func isGreeting(w string) bool {
	switch w {
	case "dear", "dearest", "hi", "hey", "hello", "thanks", "regards", "cheers", "p.s.", "ps", "ps.":
		return true
	}
	return false
}

// isCountryAbbrev reports whether w, as written, is a dotless country
// abbreviation that modern news writes alone ("US troops", "the UK"),
// which CoNLL-2003, writing "U.S.", barely shows the model.
func isCountryAbbrev(w string) bool {
	switch w {
	case "US", "USA", "UK", "UAE":
		return true
	}
	return false
}

// isStageDirection reports whether w, in brackets, is a transcript's note
// of what happened rather than a name ("(Laughter.)", "[inaudible]").
func isStageDirection(w string) bool {
	switch w {
	case "applause", "laughter", "inaudible", "unintelligible", "crosstalk", "cheers", "cheering",
		"silence", "pause", "sic", "booing", "boos", "music", "audio":
		return true
	}
	return false
}
