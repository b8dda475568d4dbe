package events_test

import "testing"

// TestTriggerCoverage checks trigger forms the lemmatizer leaves as
// written ("beaten", "burnt") and protest and battle verbs of South Asian
// and conflict reporting, and that their look-alikes are no events.
func TestTriggerCoverage(t *testing.T) {
	expectEvents(t, "Three robbers were beaten to death by villagers in Faridpur on Sunday.",
		"ASSAULT villagers>Three robbers date=2024-11-17 at=Faridpur")
	expectEvents(t, "Party workers burnt the minister's effigy in Trichy on Sunday.",
		"PROTEST/demo Party workers>- date=2024-11-17 at=Trichy")
	expectEvents(t, "Workers gheraoed the minister at his office in Thiruvananthapuram on Monday.",
		"PROTEST/obstruct Workers>the minister date=2024-11-18 at=Thiruvananthapuram")
	expectEvents(t, "Government troops continued battling against rebels in Laukkai on Monday.",
		"ASSAULT/firearms ->rebels date=2024-11-18 at=Laukkai")
	expectEvents(t, "Some 20 workers gathered at the embassy in Phnom Penh on Monday to ask for help.",
		"PROTEST/demo Some 20 workers>- date=2024-11-18 at=Phnom Penh")
	// Past forms the tagger takes for nouns after an irregular plural
	// ("gunmen shot and wounded"), several-word triggers ("shot dead"),
	// forms the lemmatizer misses ("bombed"), placed bombs.
	expectEvents(t, "Unknown gunmen shot and wounded a traffic policeman in Mosul on Monday.",
		"ASSAULT/firearms Unknown gunmen>a traffic policeman injured=1 date=2024-11-18 at=Mosul")
	expectEvents(t, "Militants with silenced pistols shot dead a police colonel in Baghdad on Friday.",
		"ASSAULT/firearms ->a police colonel killed=1 date=2024-11-22 at=Baghdad")
	expectEvents(t, "Unidentified assailants bombed a natural gas pipeline in Busayrah on Wednesday.",
		"ASSAULT/explosives Unidentified assailants>a natural gas pipeline date=2024-11-20 at=Busayrah")
	expectEvents(t, "Militants placed a bomb outside a hospital in Nazran on Saturday.",
		"ASSAULT/explosives Militants>a hospital date=2024-11-16 at=Nazran")
	// Look-alikes.
	expectEvents(t, "The minister placed the bill before parliament on Monday.")
	expectEvents(t, "The coach was beaten by a late goal in Lyon on Sunday.")
	expectEvents(t, "Rescuers battled the blaze in Karachi on Monday.")
}

// TestTriggerNotes checks trigger forms of analysts' notes: scuffles,
// firing incidents, split "sit-in", strike camps, labour strikes told
// with the verb, gatherings to oppose or support, crowds that turn out,
// slogans, destruction by armed doers or bombs, stoning, sieges by
// crowds, and a protest the tagger calls an adjective after a light verb.
func TestTriggerNotes(t *testing.T) {
	expectEvents(t, "During the polls, a brief scuffle among supporters of rival parties took place in Karol Bagh on Monday.",
		"PROTEST/riot supporters>- date=2024-11-18 at=Karol Bagh")
	expectEvents(t, "A man was injured in a firing incident in Bareilly on Sunday.",
		"ASSAULT/firearms ->A man injured=1 date=2024-11-17 at=Bareilly")
	expectEvents(t, "Clashes erupted between protesters and police in Nowhatta on Friday.",
		"PROTEST/riot protesters>police date=2024-11-22")
	expectEvents(t, "The fight against AIDS in Lagos continued on Monday.")
	expectEvents(t, "Students staged a sit in at the university in Yangon on Monday.",
		"PROTEST/demo Students>- date=2024-11-18 at=Yangon")
	expectEvents(t, "Members of the teachers' union staged a sit-in at the district office in Sylhet on Monday.",
		"PROTEST/demo Members of the teachers' union>- date=2024-11-18 at=Sylhet")
	expectEvents(t, "Activists of the party held a token strike camp outside the press club in Hyderabad on Tuesday.",
		"PROTEST/strike Activists of the party>- date=2024-11-19 at=Hyderabad")
	expectEvents(t, "Sanitation workers have been striking for six days in Pune over unpaid wages.",
		"PROTEST/strike Sanitation workers>- date=2024-11-22~ at=Pune")
	expectEvents(t, "The teachers struck in Leeds on Monday.",
		"PROTEST/strike The teachers>- date=2024-11-18 at=Leeds")
	expectEvents(t, "Residents of the colony gathered to oppose the eviction in Chennai on Monday.",
		"PROTEST/demo Residents of the colony>- date=2024-11-18 at=Chennai")
	expectEvents(t, "Around 500 protesters turned out in Yangon on Sunday to call for the release of the students.",
		"PROTEST/demo 500 protesters>- date=2024-11-17 at=Yangon")
	expectEvents(t, "The union conducted protests nation wide on Friday.",
		"PROTEST/demo ->- date=2024-11-22")
	expectEvents(t, "Party cadres chanted slogans against the chief minister in Patna on Monday.",
		"PROTEST/demo Party cadres>the chief minister date=2024-11-18 at=Patna")
	expectEvents(t, "Three houses were destroyed by the army during a raid in Khyber on Monday.",
		"ASSAULT the army>Three houses date=2024-11-18 at=Khyber Agency")
	expectEvents(t, "Two shops were damaged by a crude bomb in Imphal on Sunday.",
		"PROTEST/riot ->Two shops date=2024-11-17 at=Imphal")
	expectEvents(t, "Unidentified gunmen fired on a checkpoint in Quetta on Monday.",
		"ASSAULT/firearms Unidentified gunmen>a checkpoint date=2024-11-18 at=Quetta")
	expectEvents(t, "Rockets were fired at the airbase by militants on Tuesday.",
		"ASSAULT/heavy-weapons militants>Rockets date=2024-11-19")
	expectEvents(t, "Troops of both countries resorted to firing along the border in Kupwara on Monday.",
		"ASSAULT/firearms Troops of both countries>- date=2024-11-18 at=Kupwara")
	expectEvents(t, "The house of the councillor was stoned in Kandy on Tuesday.",
		"ASSAULT/primitive ->The house of the councillor date=2024-11-19 at=Kandy")
	expectEvents(t, "Villagers laid siege to the police station in Bhadrak on Monday.",
		"PROTEST/obstruct Villagers>the police station date=2024-11-18 at=Bhadrak")
	expectEvents(t, "The members held a protest opposite the court in Kochi on Monday.",
		"PROTEST/demo The members>- date=2024-11-18 at=Kochi")
}

// TestTriggerNotesLookAlikes checks that gatherings, strikes, fire and
// damage with no protest or assault are no events.
func TestTriggerNotesLookAlikes(t *testing.T) {
	expectEvents(t, "Families gathered for a wedding in Lahore on Sunday.")
	expectEvents(t, "Workers struck a deal with the management in Mumbai on Monday.")
	expectEvents(t, "A house was destroyed by floods in Sylhet on Monday.")
	expectEvents(t, "The exhibition showed striking images of the war in Dhaka on Sunday.")
	expectEvents(t, "The company fired 200 workers in Pune on Monday.")
	expectEvents(t, "Fans gathered to watch the match in Kolkata on Sunday.")
	expectEvents(t, "The minister raised the issue of prices in parliament on Monday.")
	expectEvents(t, "The storm damaged hundreds of homes in Chittagong on Monday.")
	expectEvents(t, "Lightning struck a house in Rajshahi on Monday.")
}

// TestTriggerCrowdDamage checks property wrecked by crowds (riots),
// burnings to death, battles between sides and rape, and their
// look-alikes.
func TestTriggerCrowdDamage(t *testing.T) {
	expectEvents(t, "Party supporters burnt the district office in Tamale on Sunday.",
		"PROTEST/riot Party supporters>the district office date=2024-11-17 at=Tamale")
	expectEvents(t, "Students destroyed property at the college in Soroti on Tuesday.",
		"PROTEST/riot Students>property date=2024-11-19 at=Soroti")
	expectEvents(t, "A bank branch was burnt by angry depositors in Harare on Monday.",
		"PROTEST/riot angry depositors>A bank branch date=2024-11-18 at=Harare")
	expectEvents(t, "A man was burnt to death by a mob in Madombidzha on Monday.",
		"ASSAULT a mob>A man killed=1 date=2024-11-18")
	expectEvents(t, "A fierce battle between two clan militias erupted near Beledweyne on Monday.",
		"ASSAULT/firearms ->- date=2024-11-18 at=Beledweyne")
	expectEvents(t, "Soldiers raped four girls near Shadad on Sunday.",
		"ASSAULT/sexual Soldiers>four girls date=2024-11-17")
	// Look-alikes.
	expectEvents(t, "Students burned calories at the gym in Lusaka on Monday.")
	expectEvents(t, "Villagers burnt the stubble in their fields in Punjab on Monday.")
	expectEvents(t, "The family burned incense at the temple in Hue on Sunday.")
	expectEvents(t, "The lawyers lost a long legal battle with the state in Nairobi on Monday.")
	expectEvents(t, "The rape law was debated in parliament on Monday.")
}

// TestTriggerKillingsAndCrowds checks killing verbs of local reporting
// ("slaughtered", "axed to death"), gunbattles, beatings by named doers,
// bombs set off, rampages, sieges, black flags and violence between
// sides, and their look-alikes.
func TestTriggerKillingsAndCrowds(t *testing.T) {
	expectEvents(t, "An activist was slaughtered in Jessore on Thursday.",
		"ASSAULT ->An activist killed=1 date=2024-11-21 at=Jessore")
	expectEvents(t, "Unidentified assailants slew a local leader in Demra on Monday.",
		"ASSAULT Unidentified assailants>a local leader killed=1 date=2024-11-18")
	expectEvents(t, "A party leader was axed to death inside the office in Raptadu on Monday.",
		"ASSAULT ->A party leader killed=1 date=2024-11-18")
	expectEvents(t, "A man was clobbered to death by a mob near Imphal on Monday.",
		"ASSAULT a mob>A man killed=1 date=2024-11-18 at=Imphal")
	expectEvents(t, "Hundreds of teachers hit the streets in Chennai on Monday demanding regular jobs.",
		"PROTEST/demo Hundreds of teachers>- date=2024-11-18 at=Chennai")
	expectEvents(t, "Members of the association gathered in Karnal against the government on Monday.",
		"PROTEST/demo Members of the association>the government date=2024-11-18 at=Karnal")
	expectEvents(t, "A gunbattle broke out between militants and troops in Uri on Wednesday.",
		"ASSAULT/firearms militants>troops date=2024-11-20 at=Uri")
	expectEvents(t, "A brief gun fight took place between two factions in Chandel on Monday.",
		"ASSAULT/firearms two factions>- date=2024-11-18 at=Chandel")
	expectEvents(t, "The legislator was roughed up by party members in Asansol on Monday.",
		"ASSAULT/beat party members>The legislator date=2024-11-18 at=Asansol")
	expectEvents(t, "Hartal supporters set off three crude bombs in Dhaka on Sunday.",
		"PROTEST/riot Hartal supporters>- date=2024-11-17 at=Dhaka")
	expectEvents(t, "Militants tossed a petrol bomb at a bus in Feni on Thursday.",
		"ASSAULT/explosives Militants>a bus date=2024-11-21 at=Feni")
	expectEvents(t, "Ten villagers were beaten brutally by armed cadres in Senapati on Tuesday.",
		"ASSAULT/beat armed cadres>Ten villagers date=2024-11-19 at=Senapati")
	expectEvents(t, "Students went on a rampage in the college in Boudh on Monday.",
		"PROTEST/riot Students>- date=2024-11-18")
	expectEvents(t, "About 1,500 persons laid a siege to the collectorate in Salem on Monday.",
		"PROTEST/obstruct 1,500 persons>the collectorate date=2024-11-18 at=Salem")
	expectEvents(t, "The chief minister was shown black flags by protesters in Delhi on Monday.",
		"PROTEST/demo protesters>The chief minister date=2024-11-18 at=Delhi")
	expectEvents(t, "Sectarian violence erupted between two sects in Gorakhpur on Monday.",
		"ASSAULT ->- date=2024-11-18 at=Gorakhpur")
	// Look-alikes.
	expectEvents(t, "The coach was beaten by his rival in the final in Lyon on Sunday.")
	expectEvents(t, "The team set off for Delhi on Monday.")
	expectEvents(t, "Violence against women is a concern in Delhi.")
	expectEvents(t, "Fans waved flags at the stadium in Kolkata on Sunday.")
	expectEvents(t, "Police opened an inquiry into an allegation of rape against the actor in Mumbai on Monday.")
}

// TestTriggerTaggerSlips checks past forms the tagger takes for nouns
// after a singular doer ("an assailant shot dead", "a drone kills"), a
// protest held and ended, stones pelted, sieges by crowds, battles
// between forces and barrages of shells, and their look-alikes (a
// strike called off or not yet ended, fires fought, criticism).
func TestTriggerTaggerSlips(t *testing.T) {
	expectEvents(t, "An unidentified group shot mortars into an army base in Lashio on Monday.",
		"ASSAULT/firearms An unidentified group>mortars date=2024-11-18 at=Lashio")
	expectEvents(t, "A drone kills at least 5 in Shahi Khel on Monday.",
		"ASSAULT/drone ->at least 5 date=2024-11-18 at=Shahi")
	expectEvents(t, "In Mingora, an unidentified assailant shot dead Adalat Khan outside his house on Monday.",
		"ASSAULT/firearms ->Adalat Khan killed=1 date=2024-11-18 at=Mingora")
	expectEvents(t, "Refugees set up a protest camp outside the press club in Peshawar on Monday.",
		"PROTEST/demo ->the press club date=2024-11-18 at=Peshawar")
	expectEvents(t, "Junior engineers ended a protest in Jaipur on Monday.",
		"PROTEST/demo ->- date=2024-11-18 at=Jaipur")
	expectEvents(t, "Women pelted stones at employees of a power plant in Bhopal on Monday.",
		"ASSAULT Women>employees date=2024-11-18 at=Bhopal")
	expectEvents(t, "Hundreds of farmers laid siege to the power station in Hisar on Monday.",
		"PROTEST/obstruct Hundreds of farmers>the power station date=2024-11-18 at=Hisar")
	expectEvents(t, "Government forces battled rebels near the border on Tuesday.",
		"ASSAULT/firearms Government forces>rebels date=2024-11-19")
	expectEvents(t, "The army launched a barrage of artillery shells against the rebel headquarters on Monday.",
		"ASSAULT/heavy-weapons The army>the rebel headquarters date=2024-11-18")
	// Look-alikes.
	expectEvents(t, "The union called off the strike in Jaipur on Monday.")
	expectEvents(t, "The teachers said they will not end the strike until their demands are met.")
	expectEvents(t, "Firefighters fought the blaze in Karachi on Monday.")
	expectEvents(t, "The senator faced a barrage of criticism in Washington on Monday.")
	expectEvents(t, "The striker shot wide in the match in Lahore on Monday.")
}

// TestTelegraphicNotes checks notes written like headlines, whose
// present-tense verb the tagger takes for a noun, adjective or
// preposition, and their look-alikes: a heading with no full stop and a
// compound subject.
func TestTelegraphicNotes(t *testing.T) {
	expectEvents(t, "Gunmen shoot at two students in Nertiti.",
		"ASSAULT/firearms Gunmen>two students")
	expectEvents(t, "Unknown gunmen abduct a cameraman from the market in Wau.",
		"ASSAULT/abduct Unknown gunmen>a cameraman detained=1 at=Wau")
	expectEvents(t, "Farmers of two states protest the lease of land to investors.",
		"PROTEST/demo Farmers of two states>-")
	// Look-alikes.
	expectEvents(t, "The militants attack plan was foiled in Quetta.")
}
