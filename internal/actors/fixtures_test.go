package actors

import (
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// fixture is one hand-written sentence and what one of its mentions must
// resolve to. code "-" means the mention must not be an actor; "null"
// means an actor with a null code. Empty fields are not checked.
type fixture struct {
	day, text, mention                      string
	code, country, sector, name, role, kind string
}

// fixtures cover titles, appositions, honorifics, metonymy, shared
// surnames, unnamed groups and date-dependent codes. All texts were
// written for these tests.
var fixtures = []fixture{
	// Titles before names give country, sector and role.
	{day: "2024-11-22", text: "Chinese Special Envoy on Afghan Affairs Yue Xiaoyong arrived in Kabul on Monday.", mention: "Yue Xiaoyong", code: "CHNGOV", role: "Special Envoy on Afghan Affairs"},
	{day: "2024-11-22", text: "Foreign Office Spokesperson Mumtaz Zahra Baloch told reporters the talks were useful.", mention: "Mumtaz Zahra Baloch", code: "PAKGOV", role: "Foreign Office spokesperson", kind: "person"},
	{day: "2024-11-22", text: "Interior Minister Mohsin Naqvi chaired a meeting on border security.", mention: "Mohsin Naqvi", code: "PAKGOV", role: "Interior Minister"},
	{day: "2024-11-22", text: "Deputy Prime Minister Ishaq Dar left for Brussels on Tuesday.", mention: "Ishaq Dar", code: "PAKGOV", role: "Deputy Prime Minister and Foreign Minister"},
	{day: "2024-11-22", text: "Army chief General Asim Munir visited troops in Waziristan.", mention: "Asim Munir", code: "PAKMIL", role: "Chief of Army Staff"},
	{day: "2024-11-22", text: "Russian envoy Zamir Kabulov said Moscow would host the next round.", mention: "Zamir Kabulov", code: "RUSGOV"},
	{day: "2024-11-22", text: "Afghan police spokesman Khalid Zadran said three suspects were held.", mention: "Khalid Zadran", code: "AFGCOP", role: "police spokesman"},
	{day: "2024-11-22", text: "Pakistani police official Rahim Gul said the bomb was hidden in a cart.", mention: "Rahim Gul", code: "PAKCOP"},
	{day: "2024-11-22", text: "Iranian Foreign Ministry spokesman Esmaeil Baghaei rejected the claim.", mention: "Esmaeil Baghaei", code: "IRNGOV"},
	{day: "2024-11-22", text: "Taliban spokesman Zabihullah Mujahid denied that fighters had crossed the border.", mention: "Zabihullah Mujahid", code: "AFGGOV"},
	{day: "2019-06-10", text: "Taliban spokesman Zabihullah Mujahid said the group had attacked a checkpoint.", mention: "Zabihullah Mujahid", code: "AFGREB"},
	{day: "2024-11-22", text: "Indian External Affairs Minister S. Jaishankar met his counterpart in Delhi.", mention: "S. Jaishankar", code: "INDGOV"},
	{day: "2024-11-22", text: "Bangladeshi Home Adviser Jahangir Alam Chowdhury ordered an inquiry.", mention: "Jahangir Alam Chowdhury", code: "BGDGOV", role: "Home Adviser"},
	{day: "2024-11-22", text: "Turkish Foreign Minister Hakan Fidan called for restraint.", mention: "Hakan Fidan", code: "TURGOV"},
	{day: "2022-01-10", text: "MIT chief Hakan Fidan met the visiting delegation.", mention: "Hakan Fidan", code: "TURSPY"},
	{day: "2024-11-22", text: "Uzbek Foreign Minister Bakhtiyor Saidov signed the transit agreement.", mention: "Bakhtiyor Saidov", code: "UZBGOV", role: "Foreign Minister"},
	{day: "2024-11-22", text: "Kazakh President Kassym-Jomart Tokayev received the delegation.", mention: "Kassym-Jomart Tokayev", code: "KAZGOV"},
	{day: "2024-11-22", text: "Saudi Crown Prince Mohammed bin Salman received the Pakistani premier.", mention: "Mohammed bin Salman", code: "SAUGOV"},
	{day: "2024-11-22", text: "UN Secretary-General Antonio Guterres urged all sides to respect the ceasefire.", mention: "Antonio Guterres", code: "IGOUNO"},
	{day: "2024-11-22", text: "NATO Secretary-General Mark Rutte said the alliance stood united.", mention: "Mark Rutte", code: "IGOWSTNAT"},
	{day: "2024-11-22", text: "US Secretary of State Antony Blinken spoke to the Pakistani foreign minister.", mention: "Antony Blinken", code: "USAGOV"},
	{day: "2025-03-01", text: "US Secretary of State Marco Rubio spoke to his Indian counterpart.", mention: "Marco Rubio", code: "USAGOV", role: "Secretary of State"},
	{day: "2023-06-01", text: "Senator Marco Rubio criticised the agreement.", mention: "Marco Rubio", code: "USALEG"},
	{day: "2024-11-22", text: "Lt Gen Ahmed Sharif Chaudhry told a news conference that 30 terrorists had been killed.", mention: "Ahmed Sharif Chaudhry", code: "PAKMIL"},
	{day: "2024-11-22", text: "Maj. Gen. Tariq Mahmood briefed journalists in Rawalpindi.", mention: "Tariq Mahmood", sector: "MIL"},
	{day: "2024-11-22", text: "Pakistan's Defence Minister Khawaja Asif warned of a strong response.", mention: "Khawaja Asif", code: "PAKGOV"},
	{day: "2024-11-22", text: "Afghanistan's acting Foreign Minister Amir Khan Muttaqi met the Chinese ambassador.", mention: "Amir Khan Muttaqi", code: "AFGGOV"},
	{day: "2020-02-29", text: "Taliban negotiator Amir Khan Muttaqi arrived in Doha for the signing.", mention: "Amir Khan Muttaqi", code: "AFGREB"},
	{day: "2024-11-22", text: "Chinese Foreign Ministry spokesperson Mao Ning said Beijing supported the talks.", mention: "Mao Ning", code: "CHNGOV"},
	{day: "2024-11-22", text: "Kremlin spokesman Dmitry Peskov declined to comment.", mention: "Dmitry Peskov", code: "RUSGOV"},
	{day: "2024-11-22", text: "Quetta police chief Abdul Haq said the attackers had fled.", mention: "Abdul Haq", sector: "COP", role: "police chief"},
	{day: "2024-11-22", text: "Justice Ayesha Malik wrote the dissenting note.", mention: "Ayesha Malik", sector: "JUD"},
	{day: "2024-11-22", text: "Senior Superintendent of Police Farooq Khan confirmed the arrests in Karachi.", mention: "Farooq Khan", sector: "COP"},
	{day: "2024-11-22", text: "Iraqi Prime Minister Mohammed Shia al-Sudani spoke to the emir.", mention: "Mohammed Shia al-Sudani", code: "IRQGOV"},
	{day: "2024-11-22", text: "Israeli Prime Minister Benjamin Netanyahu rejected the proposal.", mention: "Benjamin Netanyahu", code: "ISRGOV"},
	{day: "2022-03-01", text: "Opposition leader Benjamin Netanyahu attacked the coalition.", mention: "Benjamin Netanyahu", code: "ISROPP"},

	{day: "2024-11-22", text: "Pakistan's Ambassador to Afghanistan Ubaid Nizamani met the acting foreign minister.", mention: "Ubaid Nizamani", code: "PAKGOV", role: "Ambassador to Afghanistan"},
	{day: "2024-11-22", text: "Afghan Deputy Minister for Refugees Abdul Rahman Rashid said families had returned.", mention: "Abdul Rahman Rashid", code: "AFGGOV", role: "Deputy Minister for Refugees"},
	{day: "2024-11-22", text: "KABUL: The acting foreign minister met the Chinese envoy.", mention: "foreign minister", name: "Amir Khan Muttaqi"},
	// A government "in" a capital is the one seated there, not the
	// report's; an embassy there is still the report's country's.
	{day: "2024-11-22", text: "KATHMANDU: Nepal urged the government in Dhaka to act against smuggling.", mention: "government", code: "BGDGOV"},
	{day: "2024-11-22", text: "ISLAMABAD: The Foreign Office urged the authorities in Kabul to act.", mention: "authorities", code: "AFGGOV"},
	{day: "2024-11-22", text: "TEHRAN: The Iranian embassy in Damascus was closed on Monday.", mention: "embassy", country: "IRN"},

	{day: "2024-11-22", text: "KABUL: The spokesman of the Ministry of Economy, Abdul Rahman Habib, said exports rose.", mention: "Abdul Rahman Habib", code: "AFGGOV", role: "spokesman of the Ministry of Economy"},
	{day: "2024-11-22", text: "KABUL: The Ministry of Interior Affairs arrested three men. The ministry said they were Daesh members.", mention: "ministry", name: "Afghan Interior Ministry"},

	// Appositions after names.
	{day: "2024-11-22", text: "ISLAMABAD: Ahmed Raza, a spokesman for the army, said two soldiers were wounded.", mention: "Ahmed Raza", code: "PAKMIL"},
	{day: "2024-11-22", text: "Bilal Shah, a spokesman for the provincial police, said the road was reopened.", mention: "Bilal Shah", sector: "COP"},
	{day: "2024-11-22", text: "Nasir Ahmadi, the Taliban's deputy governor of Kandahar, denied the report.", mention: "Nasir Ahmadi", code: "AFGGOV"},
	{day: "2024-11-22", text: "Karim Haidari, an official of the Afghan interior ministry, said the checkpoint was attacked.", mention: "Karim Haidari", code: "AFGGOV"},
	{day: "2024-11-22", text: "Javed Iqbal, a senior police officer in Peshawar, said the blast killed four.", mention: "Javed Iqbal", sector: "COP"},
	{day: "2024-11-22", text: "Sara Khan, a journalist with a local channel, was detained on Friday.", mention: "Sara Khan", sector: "MED"},
	{day: "2024-11-22", text: "Omar Farooq, a commander of the Pakistani Taliban, claimed the attack.", mention: "Omar Farooq", code: "PAKREB"},
	{day: "2024-11-22", text: "Li Wei, a spokesman for the Chinese embassy, said the workers were safe.", mention: "Li Wei", code: "CHNGOV"},

	// Honorifics, surnames and pronouns link to the right person.
	{day: "2024-11-22", text: "Foreign Office Spokesperson Mumtaz Zahra Baloch spoke on Thursday. Ms Baloch said the talks would continue.", mention: "Ms Baloch", name: "Mumtaz Zahra Baloch", code: "PAKGOV"},
	{day: "2024-11-22", text: "Interior Minister Mohsin Naqvi arrived in Quetta. Mr Naqvi said the operation would go on.", mention: "Mr Naqvi", name: "Mohsin Naqvi"},
	{day: "2024-11-22", text: "Mumtaz Zahra Baloch said Pakistan wanted peace. She said the border would stay open.", mention: "She", name: "Mumtaz Zahra Baloch"},
	{day: "2024-11-22", text: "Ms Baloch said envoy Zamir Kabulov had met officials. She added that talks would resume.", mention: "She", name: "Mumtaz Zahra Baloch"},
	{day: "2024-11-22", text: "Mumtaz Zahra Baloch said Zamir Kabulov and Yue Xiaoyong had met officials. She added that talks would resume.", mention: "She", name: "Mumtaz Zahra Baloch"},
	{day: "2024-11-22", text: "Zamir Kabulov met Mumtaz Zahra Baloch in Islamabad. He said Russia backed the process.", mention: "He", name: "Zamir Kabulov"},
	{day: "2024-11-22", text: "Defence Minister Khawaja Asif spoke after Mumtaz Zahra Baloch. Asif said the army was ready.", mention: "Asif", name: "Khawaja Asif"},
	{day: "2024-11-22", text: "Yue Xiaoyong met Afghan officials. The Chinese envoy said trade would grow.", mention: "envoy", name: "Yue Xiaoyong"},
	{day: "2024-11-22", text: "Mumtaz Zahra Baloch briefed reporters. The spokesperson said Pakistan had lodged a protest.", mention: "spokesperson", name: "Mumtaz Zahra Baloch"},
	{day: "2024-11-22", text: "Mr Jaishankar said India wanted stable ties.", mention: "Mr Jaishankar", name: "S. Jaishankar", code: "INDGOV"},
	{day: "2024-11-22", text: "Prime Minister Sharif chaired the cabinet meeting.", mention: "Sharif", name: "Shehbaz Sharif", code: "PAKGOV"},
	{day: "2024-11-22", text: "Nawaz Sharif met party leaders in Lahore. Prime Minister Sharif later addressed the nation.", mention: "Sharif", name: "Shehbaz Sharif"},
	{day: "2024-11-22", text: "Shehbaz Sharif and Nawaz Sharif met in Lahore. PML-N president Sharif then left for London.", mention: "Sharif", name: "Nawaz Sharif"},
	{day: "2024-11-22", text: "Police official Ali Khan said he had sealed the area. Minister Sana Khan visited the site. Mr Khan said it was secure.", mention: "Mr Khan", name: "Ali Khan"},
	{day: "2024-11-22", text: "Police official Ali Khan said he had sealed the area. Minister Sana Khan visited the site. Ms Khan said it was secure.", mention: "Ms Khan", name: "Sana Khan"},
	{day: "2024-11-22", text: "Zabihullah Mujahid said the Islamic Emirate wanted good relations. Mujahid added that trade would resume.", mention: "Mujahid", name: "Zabihullah Mujahid"},
	{day: "2024-11-22", text: "Pakistan's interior minister said the operation would continue.", mention: "interior minister", name: "Mohsin Naqvi", code: "PAKGOV"},
	{day: "2024-11-22", text: "The Afghan foreign minister said Kabul wanted trade.", mention: "foreign minister", name: "Amir Khan Muttaqi", code: "AFGGOV"},

	// Capitals and seats of government used as actors, and as places.
	{day: "2024-11-22", text: "Kabul urged Islamabad to reopen the Torkham crossing.", mention: "Kabul", code: "AFGGOV", kind: "organization"},
	{day: "2024-11-22", text: "Kabul urged Islamabad to reopen the Torkham crossing.", mention: "Islamabad", code: "PAKGOV"},
	{day: "2024-11-22", text: "Pakistan urged Kabul to act against the militants.", mention: "Kabul", code: "AFGGOV"},
	{day: "2024-11-22", text: "Washington said it was monitoring the situation.", mention: "Washington", code: "USAGOV"},
	{day: "2024-11-22", text: "Beijing has offered to mediate between the two neighbours.", mention: "Beijing", code: "CHNGOV"},
	{day: "2024-11-22", text: "Moscow on Friday accused the West of fuelling the war.", mention: "Moscow", code: "RUSGOV"},
	{day: "2024-11-22", text: "Relations between Islamabad and Kabul have worsened.", mention: "Kabul", code: "AFGGOV"},
	{day: "2024-11-22", text: "Talks with Tehran will continue next month.", mention: "Tehran", code: "IRNGOV"},
	{day: "2024-11-22", text: "Kabul's response was swift.", mention: "Kabul", code: "AFGGOV"},
	{day: "2024-11-22", text: "A bomb exploded in Kabul on Tuesday.", mention: "Kabul", code: "-"},
	{day: "2024-11-22", text: "The delegation travelled to Islamabad for talks.", mention: "Islamabad", code: "-"},
	{day: "2024-11-22", text: "Shops in Peshawar and Kabul were closed.", mention: "Kabul", code: "-"},
	{day: "2024-11-22", text: "The Kabul-Tashkent railway is planned.", mention: "Kabul", code: "-"},
	{day: "2019-03-01", text: "Kabul rejected the Taliban proposal.", mention: "Kabul", code: "AFGGOV"},
	{day: "2019-03-01", text: "Kabul rejected the Taliban proposal.", mention: "Taliban", code: "AFGREB"},
	{day: "2024-11-22", text: "The Kremlin said the talks were constructive.", mention: "Kremlin", code: "RUSGOV"},
	{day: "2024-11-22", text: "The White House condemned the attack.", mention: "White House", code: "USAGOV"},
	{day: "2024-11-22", text: "The Pentagon announced new deployments.", mention: "Pentagon", code: "USAMIL"},
	{day: "2024-11-22", text: "The State Department said visas would be reviewed.", mention: "State Department", code: "USAGOV"},
	{day: "2024-11-22", text: "Downing Street welcomed the deal.", mention: "Downing Street", code: "GBRGOV"},

	// Places that are not actors.
	{day: "2024-11-22", text: "Militants operating from Afghan soil attacked the post.", mention: "Afghan soil", code: "-"},
	{day: "2024-11-22", text: "Militants operating from Afghan soil attacked the post.", mention: "Afghan", code: "-"},
	{day: "2024-11-22", text: "The attackers crossed into Pakistan at night.", mention: "Pakistan", code: "-"},
	{day: "2024-11-22", text: "Trade along the Pakistan-Afghanistan border fell sharply.", mention: "Pakistan", code: "-"},
	{day: "2024-11-22", text: "He was born in Iran and studied in India.", mention: "India", code: "-"},
	{day: "2024-11-22", text: "Pakistan's territory will not be used against anyone.", mention: "Pakistan", code: "-"},

	// Countries as actors.
	{day: "2024-11-22", text: "Pakistan on Thursday urged the Taliban to act.", mention: "Pakistan", code: "PAK", kind: "country"},
	{day: "2024-11-22", text: "The U.S. imposed new sanctions on the group.", mention: "U.S.", code: "USA"},
	{day: "2024-11-22", text: "Britain and France called for a ceasefire.", mention: "Britain", code: "GBR"},
	{day: "2024-11-22", text: "Islamabad wants talks with the United States on counter-terrorism.", mention: "United States", code: "USA"},
	{day: "2024-11-22", text: "Turkiye offered to host the talks.", mention: "Turkiye", code: "TUR"},

	// Organisations, with a country from a modifier or the report.
	{day: "2024-11-22", text: "The Afghan Foreign Ministry rejected the allegations.", mention: "Afghan Foreign Ministry", code: "AFGGOV"},
	{day: "2024-11-22", text: "Pakistan's Foreign Office summoned the envoy.", mention: "Pakistan's Foreign Office", code: "PAKGOV"},
	{day: "2024-11-22", text: "ISLAMABAD: The Foreign Office said the envoy had been summoned.", mention: "Foreign Office", code: "PAKGOV"},
	{day: "2024-11-22", text: "The Ministry of Foreign Affairs of Afghanistan issued a statement.", mention: "Ministry of Foreign Affairs of Afghanistan", code: "AFGGOV"},
	{day: "2024-11-22", text: "The ISPR said the operation was continuing.", mention: "ISPR", code: "PAKMIL"},
	{day: "2024-11-22", text: "The Frontier Corps cordoned off the area.", mention: "Frontier Corps", code: "PAKMIL"},
	{day: "2024-11-22", text: "The Counter Terrorism Department arrested two suspects.", mention: "Counter Terrorism Department", code: "PAKCOP"},
	{day: "2024-11-22", text: "The Pakistan Army said the militants were killed.", mention: "Pakistan Army", code: "PAKMIL"},
	{day: "2019-03-01", text: "The Afghan National Army repelled the assault.", mention: "Afghan National Army", code: "AFGMIL"},
	{day: "2024-11-22", text: "UNAMA called for an investigation.", mention: "UNAMA", code: "IGOUNO", kind: "igo"},
	{day: "2024-11-22", text: "The UN Security Council met on Friday.", mention: "UN Security Council", code: "IGOUNO"},
	{day: "2024-11-22", text: "The IMF approved the loan tranche.", mention: "IMF", code: "IGOBUSIMF"},
	{day: "2024-11-22", text: "The International Committee of the Red Cross visited the prison.", mention: "International Committee of the Red Cross", code: "NGOHLHIRC"},
	{day: "2024-11-22", text: "The SCO summit ended in Astana.", mention: "SCO", code: "IGOCAS"},
	{day: "2024-11-22", text: "The European Union announced aid.", mention: "European Union", code: "IGOEUREEC"},

	// Non-state groups and dates.
	{day: "2024-11-22", text: "The Taliban administration in Kabul denied the charge.", mention: "Taliban administration", code: "AFGGOV", kind: "group"},
	{day: "2021-08-16", text: "The Taliban entered the presidential palace.", mention: "Taliban", code: "AFGGOV"},
	{day: "2021-08-14", text: "The Taliban captured Mazar-i-Sharif.", mention: "Taliban", code: "AFGREB"},
	{day: "2024-11-22", text: "The TTP claimed responsibility for the attack.", mention: "TTP", code: "PAKREB"},
	{day: "2024-11-22", text: "Tehreek-e-Taliban Pakistan militants attacked a police station.", mention: "Tehreek-e-Taliban Pakistan militants", code: "PAKREB"},
	{day: "2024-11-22", text: "IS-K claimed the bombing in Kabul.", mention: "IS-K", code: "AFGREB"},
	{day: "2024-11-22", text: "The Islamic State Khorasan Province claimed the attack.", mention: "Islamic State Khorasan Province", code: "AFGREB"},
	{day: "2024-11-22", text: "Daesh fighters attacked the convoy.", mention: "Daesh fighters", code: "IMGREB"},
	{day: "2024-11-22", text: "The BLA said it attacked the train.", mention: "BLA", code: "PAKREB"},
	{day: "2024-11-22", text: "Hamas released two hostages.", mention: "Hamas", code: "PSEREB"},
	{day: "2024-11-22", text: "Hezbollah fired rockets into northern Israel.", mention: "Hezbollah", code: "LBNREB"},
	{day: "2024-11-22", text: "The Houthis targeted a ship in the Red Sea.", mention: "Houthis", code: "YEMREB"},
	{day: "2024-11-22", text: "Al-Shabaab fighters overran the base.", mention: "Al-Shabaab fighters", code: "SOMREB"},
	{day: "2024-11-22", text: "Boko Haram abducted students.", mention: "Boko Haram", code: "NGAREB"},
	{day: "2024-11-22", text: "PKK militants clashed with troops.", mention: "PKK militants", code: "TURREB"},
	{day: "2024-11-01", text: "HTS fighters advanced on Aleppo.", mention: "HTS fighters", code: "SYRREB"},
	{day: "2025-01-15", text: "HTS officials met the envoy in Damascus.", mention: "HTS officials", code: "SYRGOV"},
	{day: "2024-11-22", text: "The Haqqani network was blamed for the blast.", mention: "Haqqani network", code: "AFGREB"},
	{day: "2024-11-22", text: "Lashkar-e-Taiba was banned in 2002.", mention: "Lashkar-e-Taiba", code: "PAKREB"},
	{day: "2024-11-22", text: "Al-Qaeda praised the attack.", mention: "Al-Qaeda", code: "IMGREB"},

	{day: "2024-11-22", text: "The TTP attacked a checkpost in Bannu. The banned group later claimed two more attacks.", mention: "banned group", code: "PAKREB", name: "Tehreek-e-Taliban Pakistan"},
	{day: "2024-11-22", text: "Hamas released a statement. The group said talks had stalled.", mention: "group", name: "Hamas"},

	// Unnamed groups: sector from the noun, country from a modifier or the report.
	{day: "2024-11-22", text: "Twelve Pakistani soldiers were killed in the attack.", mention: "Pakistani soldiers", code: "PAKMIL", kind: "collective"},
	// Coordinated modifiers: one group per country.
	{day: "2024-11-22", text: "Chinese and Russian envoys met Pakistani officials in Islamabad.", mention: "Chinese", code: "CHNGOV", kind: "collective"},
	{day: "2024-11-22", text: "Chinese and Russian envoys met Pakistani officials in Islamabad.", mention: "Russian envoys", code: "RUSGOV", kind: "collective"},
	{day: "2024-11-22", text: "Iranian, Turkish and Qatari diplomats attended the meeting.", mention: "Iranian", code: "IRNGOV"},
	{day: "2024-11-22", text: "Iranian, Turkish and Qatari diplomats attended the meeting.", mention: "Turkish", code: "TURGOV"},
	{day: "2024-11-22", text: "Iranian, Turkish and Qatari diplomats attended the meeting.", mention: "Qatari diplomats", code: "QATGOV"},
	{day: "2024-11-22", text: "ISLAMABAD, Nov 21: Soldiers repulsed an attack on a check post.", mention: "Soldiers", code: "PAKMIL"},
	{day: "2024-11-22", text: "Afghan security forces detained four men.", mention: "Afghan security forces", code: "AFGMIL"},
	{day: "2024-11-22", text: "ISLAMABAD: Police arrested five suspects.", mention: "Police", code: "PAKCOP"},
	{day: "2024-11-22", text: "ISLAMABAD: Militants attacked a convoy.", mention: "Militants", code: "PAKREB"},
	{day: "2024-11-22", text: "ISLAMABAD: Unidentified gunmen shot dead a teacher.", mention: "Unidentified gunmen", code: "PAKUAF"},
	{day: "2024-11-22", text: "ISLAMABAD: Protesters blocked the highway.", mention: "Protesters", code: "PAKCVL"},
	{day: "2024-11-22", text: "Iranian officials denied the report.", mention: "Iranian officials", code: "IRNGOV"},
	{day: "2024-11-22", text: "Indian troops fired across the Line of Control.", mention: "Indian troops", code: "INDMIL"},
	{day: "2024-11-22", text: "KABUL: Villagers said the strike killed civilians.", mention: "Villagers", code: "AFGCVL"},
	{day: "2024-11-22", text: "Two Afghans were arrested at the border.", mention: "Afghans", code: "AFGCVL"},
	// A demonym on weapons names the attacker, not the report's country.
	{day: "2024-11-22", text: "Israeli air strikes killed 14 civilians on Monday.", mention: "civilians", code: "null"},
	{day: "2024-11-22", text: "Russian cruise missiles killed three civilians overnight.", mention: "civilians", code: "null"},
	{day: "2024-11-22", text: "Israeli police detained 14 civilians on Monday.", mention: "civilians", code: "ISRCVL"},
	{day: "2024-11-22", text: "QUETTA: A shopkeeper was shot dead by unknown assailants.", mention: "shopkeeper", sector: "CVL"},
	{day: "2024-11-22", text: "ISLAMABAD: JSQM activists protested outside the press club.", mention: "activists", code: "PAKCVL"},
	{day: "2024-11-22", text: "Afghanistan's police arrested the smugglers.", mention: "Afghanistan's police", code: "AFGCOP"},
	{day: "2024-11-22", text: "Taliban fighters surrounded the building.", mention: "Taliban fighters", code: "AFGGOV"},
	{day: "2024-11-22", text: "Pakistani lawmakers debated the bill.", mention: "Pakistani lawmakers", code: "PAKLEG"},
	{day: "2024-11-22", text: "Russian diplomats left the country.", mention: "Russian diplomats", code: "RUSGOV"},

	// Titles outside government.
	{day: "2024-11-22", text: "ISLAMABAD: Opposition leader Omar Ayub Khan walked out of the session.", mention: "Omar Ayub Khan", code: "PAKOPP"},
	{day: "2024-11-22", text: "ISLAMABAD: Tribal elder Malik Sher Khan said the jirga would meet again.", mention: "Malik Sher Khan", code: "PAKCVL"},
	{day: "2024-11-22", text: "KABUL: Rights activist Zarifa Qasimi said women were barred from the park.", mention: "Zarifa Qasimi", code: "AFGNGO"},
	{day: "2024-11-22", text: "Farid Ahmad, a resident of the village, said the strike hit a house.", mention: "Farid Ahmad", sector: "CVL"},

	{day: "2019-03-01", text: "KABUL: The Taliban said they would fight until foreign troops left.", mention: "foreign troops", code: "null", sector: "MIL"},
	{day: "2024-11-22", text: "Doctors at Sir Ganga Ram Hospital treated the wounded.", mention: "Ganga Ram Hospital", code: "-"},
	{day: "2024-11-22", text: "Kabul is a city of five million people.", mention: "Kabul", code: "-"},

	// Unknown names degrade gracefully.
	{day: "2024-11-22", text: "Spokesman Gul Wali Khan said nothing.", mention: "Gul Wali Khan", sector: "GOV"},
}

func TestFixtures(t *testing.T) {
	if len(fixtures) < 100 {
		t.Errorf("len(fixtures) = %d, want >= 100", len(fixtures))
	}
	for _, f := range fixtures {
		a := analyse(t, f.text, f.day)
		ac, ok := actorAt(a, f.mention)
		if f.code == "-" {
			if ok {
				t.Errorf("%s %q: %q is actor %s (%s), want no actor", f.day, f.text, f.mention, ac.Name, ac.Code)
			}
			continue
		}
		if !ok {
			t.Errorf("%s %q: %q is no actor's mention; actors:\n%s", f.day, f.text, f.mention, render(a))
			continue
		}
		check := func(what, got, want string) {
			if want != "" && got != want {
				t.Errorf("%s %q: %q %s = %q, want %q", f.day, f.text, f.mention, what, got, want)
			}
		}
		code := string(ac.Code)
		if code == "" {
			code = "null"
		}
		check("code", code, f.code)
		check("country", string(ac.Country), f.country)
		check("sector", string(ac.Sector), f.sector)
		check("name", ac.Name, f.name)
		check("kind", ac.Kind, f.kind)
		if f.role != "" && !hasRoleText(ac.Roles, f.role) {
			t.Errorf("%s %q: %q roles = %q, want %q among them", f.day, f.text, f.mention, ac.Roles, f.role)
		}
	}
}

// actorAt returns the actor with a mention whose text is, or ends with,
// the mention text (its last occurrence in the text).
func actorAt(a *doc.Analysis, mention string) (doc.Actor, bool) {
	at := strings.LastIndex(a.Document.Text, mention)
	if at < 0 {
		return doc.Actor{}, false
	}
	end := at + len(mention)
	for _, ac := range a.Actors {
		for _, m := range ac.Mentions {
			if m.End == end && m.Start <= at || m.Start == at && m.End == end {
				return ac, true
			}
		}
	}
	return doc.Actor{}, false
}

func hasRoleText(roles []string, want string) bool {
	for _, r := range roles {
		if strings.EqualFold(r, want) {
			return true
		}
	}
	return false
}
