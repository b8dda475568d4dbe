package actors

// Word lists the rules read. They are grammar, not knowledge: knowledge
// lives in the dict package where analysts can edit it.

// agentVerbs follow a speaker or agent ("Kabul urged", "Baloch said").
var agentVerbs = set("said", "says", "say", "told", "tells", "added", "adds", "urged", "urges", "asked", "asks",
	"warned", "warns", "called", "calls", "stated", "states", "noted", "notes", "stressed", "stresses",
	"emphasised", "emphasized", "insisted", "insists", "claimed", "claims", "denied", "denies", "rejected",
	"rejects", "accused", "accuses", "demanded", "demands", "announced", "announces", "condemned", "condemns",
	"welcomed", "welcomes", "expressed", "expresses", "met", "meets", "visited", "visits", "signed", "signs",
	"agreed", "agrees", "refused", "refuses", "vowed", "vows", "pledged", "pledges", "threatened", "threatens",
	"responded", "responds", "reiterated", "reiterates", "maintained", "maintains", "confirmed", "confirms",
	"described", "explained", "dismissed", "dismisses", "criticised", "criticized", "criticises", "criticizes",
	"alleged", "alleges", "blamed", "blames", "sought", "seeks", "wants", "wanted", "hoped", "hopes",
	"underlined", "highlighted", "informed", "briefed", "declared", "declares", "ordered", "orders",
	"launched", "arrested", "killed", "attacked", "struck", "carried", "protested", "protests", "summoned",
	"summons", "recalled", "expelled", "imposed", "offered", "offers", "proposed", "proposes", "hosted",
	"hosts", "received", "receives", "sent", "sends", "deployed", "deploys", "demanded", "pressed", "presses",
	"assured", "assures", "promised", "promises", "acknowledged", "admitted", "reported", "believes",
	"believed", "wrote", "writes", "tweeted", "posted", "has", "have", "had", "will", "would", "should",
	"must", "can", "could", "may", "might", "did", "does", "cannot", "remains", "remained", "takes",
	"took", "acts", "acted", "needs", "needed", "continues", "continued", "fails", "failed", "plans",
	"planned", "intends", "intended", "decided", "decides", "approved", "approves", "retaliated",
	"responded", "reacted", "objected", "lodged", "handed", "closed", "reopened", "suspended",
	"halted", "resumed", "allowed", "banned", "appointed", "named", "nominated")

// addresseeVerbs come before an addressee ("urged Kabul to", "told Washington").
var addresseeVerbs = set("urged", "urges", "urging", "asked", "asks", "asking", "told", "tells", "telling",
	"warned", "warns", "warning", "accused", "accuses", "accusing", "pressed", "presses", "pressing",
	"blamed", "blames", "blaming", "criticised", "criticized", "criticising", "criticizing", "condemned",
	"condemning", "thanked", "thanks", "thanking", "praised", "praising", "invited", "inviting", "requested",
	"requesting", "reminded", "reminding", "informed", "informing", "assured", "assuring", "approached",
	"with", "against", "than", "by", "between", "persuade", "convince", "allowed", "help",
	"helping", "helped", "supported", "supporting", "support", "engage", "engaging", "engaged")

// locatives come before a place, not an actor ("in Kabul", "across Pakistan").
var locatives = set("in", "at", "inside", "into", "across", "throughout", "within", "near", "outside",
	"around", "from", "via", "through", "toward", "towards", "to", "entered", "reached", "of", "over",
	"under", "beyond", "along", "across", "whole", "northern", "southern", "eastern", "western",
	"northwestern", "northeastern", "southwestern", "southeastern", "central", "rural", "parts")

// placeNouns after a country or demonym make it a place ("Afghan soil").
var placeNouns = set("soil", "territory", "territories", "land", "lands", "border", "borders", "side",
	"province", "provinces", "region", "regions", "capital", "city", "cities", "town", "towns",
	"village", "villages", "district", "districts", "airspace", "waters", "frontier", "areas", "area",
	"mountains", "coast", "coastline", "belt", "soils", "borderlands", "regions", "state", "states",
	"countryside", "interior", "map", "time", "airport", "embassy", "cricket", "team", "currency",
	"rupee", "economy", "citizens", "nationals", "weather", "river", "valley")

// connectors may sit inside a title ("Special Envoy on Afghan Affairs").
var connectors = set("of", "on", "for", "and", "to", "the", "in", "at")

// determiners open a description ("the spokesperson", "a spokesman for the army").
var determiners = set("the", "a", "an", "its", "his", "her", "their", "our", "another", "former", "then")

// pronounGender returns the gender of a personal pronoun linked to people
// ("he" → "m"), given in lower case. (A switch: no map hashing for the
// every-word question.)
func pronounGender(lower string) (string, bool) {
	switch lower {
	case "he", "him", "his", "himself":
		return "m", true
	case "she", "her", "hers", "herself":
		return "f", true
	}
	return "", false
}

// particles may sit inside a person's name ("Mohammed bin Salman").
var particles = set("bin", "bint", "ibn", "al", "el", "ul", "ud", "ur", "e", "i", "de", "da", "van",
	"von", "der", "den", "la", "le", "abu", "abd", "uz", "us")

// notNames are capitalised words that do not start or continue a name.
var notNames = set("the", "a", "an", "on", "in", "at", "and", "but", "or", "he", "she", "it", "they", "we",
	"i", "his", "her", "their", "this", "that", "these", "those", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december", "speaking", "separately",
	"meanwhile", "however", "earlier", "later", "last", "next", "according", "after", "before", "while",
	"during", "since", "following", "also", "who", "what", "when", "where", "why", "how", "said", "says")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// titleWords are lower-case words that may sit inside a title before its
// head ("Pakistan's interior minister", "a senior police officer").
var titleWords = set("interior", "foreign", "defence", "defense", "finance", "home", "information",
	"religious", "affairs", "commerce", "trade", "health", "education", "law", "justice", "planning",
	"water", "energy", "petroleum", "railways", "communications", "human", "rights", "economic",
	"external", "state", "federal", "provincial", "acting", "deputy", "senior", "chief", "caretaker",
	"interim", "special", "assistant", "principal", "national", "security", "district", "regional",
	"top", "local", "cabinet", "press", "political", "military", "army", "police", "intelligence",
	"prime", "vice", "general", "junior", "retired", "retd", "de", "facto", "sitting", "outgoing",
	"incoming", "newly", "appointed", "elected", "ruling", "opposition", "party", "group", "militant",
	"rebel", "insurgent", "taliban", "government", "ministry", "office", "agency", "media", "spy",
	"counter", "terrorism", "border", "customs", "refugee", "refugees", "development", "overseas",
	"parliamentary", "legal", "media", "communication", "first", "second", "third")

// skippable words may sit between an agent and its verb ("Kabul on
// Thursday urged", "Moscow has also said").
var skippable = set("on", "last", "this", "also", "has", "have", "had", "earlier", "today", "yesterday",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "again", "once",
	"late", "night", "morning", "evening", "officially", "publicly", "formally", "swiftly", "quickly",
	"strongly", "firmly", "repeatedly", "reportedly", "however", "too")

// foreignWords before an unnamed group say it is not the report's
// country's ("foreign troops").
var foreignWords = set("foreign", "international", "coalition", "western", "allied", "multinational", "overseas", "nato")

// placeOrOrgWords inside a capitalised run make it a place or an
// institution, not a person's name.
var placeOrOrgWords = set("hospital", "university", "school", "college", "road", "street", "bazaar",
	"market", "mosque", "masjid", "stadium", "club", "airport", "hotel", "park", "bridge", "station",
	"agency", "district", "province", "town", "city", "valley", "camp", "office", "department",
	"committee", "council", "party", "union", "front", "movement", "army", "police", "force", "forces",
	"association", "alliance", "group", "company", "bank", "court", "ministry", "institute", "centre",
	"center", "foundation", "trust", "society", "press", "news", "times", "post", "tribune", "border",
	"crossing", "highway", "chowk", "square", "tehsil", "village", "colony", "sector", "block", "jail",
	"prison", "cantonment", "cantt", "base", "corps", "brigade", "regiment", "division", "battalion")

// notOrgs are words a ner model may tag as an organisation that are not one.
var notOrgs = set("ied", "ieds", "vbied", "rpg", "rpgs", "ak", "suv", "covid", "isi's")

// placeTypes end the names of places, not organisations ("Safi Tehsil").
var placeTypes = set("tehsil", "district", "area", "village", "town", "province", "valley", "road",
	"street", "city", "agency", "bazaar", "market", "chowk", "colony", "sector", "region", "border",
	"crossing", "highway", "camp", "mountains", "river")

// groupNouns after "the" refer back to a named group ("the group said").
var groupNouns = set("group", "outfit", "organisation", "organization", "movement", "militia", "faction")

// groupAdjectives may stand between "the" and a group noun.
var groupAdjectives = set("militant", "banned", "proscribed", "outlawed", "terrorist", "extremist",
	"armed", "insurgent", "separatist", "jihadist", "islamist", "rebel")

// collectiveNames name an unnamed group by its sector ("Pakistani
// security forces"), whatever word the text used first.
var collectiveNames = map[string]string{
	"MIL": "security forces", "COP": "police", "REB": "militants", "UAF": "gunmen", "CVL": "civilians",
	"GOV": "officials", "JUD": "judiciary", "LEG": "lawmakers", "MED": "journalists", "REL": "clerics",
	"SPY": "intelligence officials", "OPP": "opposition", "PTY": "party members", "NGO": "activists",
	"BUS": "business people",
}

// qualifiers before a post do not change which post it is ("acting
// foreign minister").
var qualifiers = set("acting", "caretaker", "interim", "incumbent", "current", "sitting", "de", "facto")

// bodyNouns after "the" refer back to the organisation named last whose
// name holds the noun ("the ministry said").
var bodyNouns = set("ministry", "department", "embassy", "commission", "agency", "directorate", "court", "council")
