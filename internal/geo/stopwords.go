package geo

// stopWords are common English words that are also the names of towns
// somewhere ("Police" in Poland, "Of" in Turkey, "Union" in the US); written
// alone they are taken as places only when an entity or the dateline says so.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"a", "about", "after", "again", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be",
		"because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
		"does", "during", "each", "early", "few", "for", "from", "further", "had", "has", "have", "he", "her",
		"here", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just", "late",
		"later", "many", "may", "me", "meanwhile", "more", "most", "much", "must", "my", "new", "no", "nor",
		"not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own",
		"same", "she", "should", "since", "so", "some", "still", "such", "than", "that", "the", "their",
		"them", "then", "there", "these", "they", "this", "those", "through", "thus", "to", "too", "under",
		"until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
		"why", "will", "with", "would", "yet", "you", "your", "last", "next", "first", "second", "third",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "june", "july", "august", "september", "october",
		"november", "december", "today", "yesterday", "tomorrow", "tonight",
		"police", "army", "military", "government", "officials", "official", "security", "sources", "source",
		"president", "minister", "ministry", "spokesman", "spokesperson", "general", "union", "party",
		"council", "court", "assembly", "parliament", "senate", "congress", "office", "department", "state",
		"republic", "islamic", "national", "federal", "central", "centre", "center", "capital", "north", "south", "east", "west", "northern",
		"southern", "eastern", "western", "upper", "lower", "great", "little", "old", "mount", "lake", "river",
		"valley", "city", "town", "village", "district", "province", "region", "border", "gulf", "sea", "bay",
		"victory", "liberty", "independence", "unity", "freedom", "peace", "hope", "progress", "justice",
		"mercy", "faith", "welcome", "paradise", "eden", "temple", "church", "mosque", "market", "bazaar",
		"camp", "station", "fort", "port", "cape", "bar", "man", "mans", "said", "says", "told", "added",
		"according", "reuters", "dawn", "express", "times", "post", "tribune", "news", "press", "media", "god",
		"allah", "prophet", "islam", "muslim", "christian", "hindu", "sikh", "jewish", "buddhist", "sunni",
		"shia", "shiite", "taliban", "al", "qaeda", "isis", "daesh", "hamas", "hezbollah", "houthi", "houthis",
		"nato", "opec", "asean", "unicef", "unesco", "interpol", "europol", "frontex", "nasa", "fifa",
		"forest", "sector", "block", "colony", "phase", "zone", "tal", "tell", "jabal", "jebel", "wadi", "ras", "deir", "bir", "ain", "umm", "abu", "beit", "kafr",
		"sheikh", "sidi", "friendship", "concord", "harmony", "industry", "commerce", "enterprise", "energy", "prosperity",
		"tiger", "deal", "talks", "attack", "strike", "blast", "bomb", "protest", "rally", "march", "vote",
		"election", "elections", "report", "reports", "statement", "media", "video", "photo", "image", "life",
		"death", "life", "home", "house", "power", "trade", "aid", "relief", "hospital", "school", "college",
		"university", "airport", "highway", "road", "bridge", "dam", "mission", "operation", "force", "forces",
		"group", "groups", "front", "movement", "brigade", "division", "corps", "command", "wing", "unit",
	} {
		m[w] = true
	}
	return m
}()

// nameWords are names of people and of towns in other countries that
// news writing uses for people or governments ("Washington said", "Ali");
// alone they are places only after a locative preposition or when an
// entity or the dateline says so.
var nameWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"pleasant", "fairview", "ashford", "bath", "reading", "nice", "mobile", "buffalo", "orange", "aurora",
		"florence", "marion", "jackson", "lincoln", "franklin", "clinton", "washington", "trump", "obama",
		"bush", "biden", "putin", "ali", "khan", "ahmed", "ahmad", "hassan", "hussain", "hussein", "muhammad",
		"mohammad", "mohammed", "abdullah", "omar", "umar", "karim", "rahim", "aziz", "malik", "shah", "sharif",
		"nancy", "victoria", "charlotte", "elizabeth", "austin", "chester", "preston", "carroll", "clifton",
		"said", "salem", "naga", "ram", "rama", "krishna", "sita", "rose", "grace", "joy", "eagle", "lion",
	} {
		m[w] = true
	}
	return m
}()

// nonPlaces are names of buildings and institutions that share a town's
// name ("White House", Tennessee); they are never places by themselves.
var nonPlaces = map[string]bool{"white house": true, "pentagon": true, "kremlin": true, "downing street": true,
	"elysee": true, "red cross": true, "red crescent": true, "state department": true, "foreign office": true,
	"green zone": true, "capitol": true, "old city": true, "old town": true}

// continents are never the towns that share their names ("Asia" in the
// Philippines, "Europa"); the gazetteer has no entry for them.
var continents = map[string]bool{"asia": true, "africa": true, "europe": true, "oceania": true,
	"antarctica": true, "eurasia": true, "middle east": true}
