package agreement_test

import (
	"slices"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestDealFacts checks the signing date and the parties of a deal told after the
// fact, where only the agreement line matters: dates counted from another clause or
// written without their year, sides named only in the story's lead, announcers and
// agents of other participles.
func TestDealFacts(t *testing.T) {
	for _, tc := range []struct {
		name, date, text string
		signed           string
		parties          []string
		guarantors       []string // checked when not nil
	}{
		{"signing counted back from the clause it follows", "1998-10-25",
			"JERICHO, West Bank, Oct 25 – Palestinian police moved into new positions near Jenin on Sunday, two days after Benjamin Netanyahu and Yasser Arafat signed the Wye River Memorandum at the White House.\n\n" +
				"Under the memorandum, Israel is to withdraw from a further 13 percent of the West Bank within 90 days.",
			"1998-10-23", []string{"ISR", "PSE"}, nil},
		{"signing written without its year precedes the story", "2019-05-01",
			"JUBA, May 1 – South Sudan's rival leaders met in Juba on Wednesday to discuss the delay in forming a unity government.\n\n" +
				"The peace agreement, signed by President Salva Kiir and the rebel leader Riek Machar on September 12, requires the two sides to form the government by May 12.",
			"2018-09-12", []string{"SSD", "SSDREB"}, nil},
		{"deal sentence naming no side takes the lead's", "2003-10-14",
			"MONROVIA, Oct 14 – Liberia's government and the rebels of LURD began naming ministers for the transitional administration on Tuesday.\n\n" +
				"Under the peace accord signed in Accra on August 18, the factions are to hand over their weapons to UN peacekeepers, and elections are to be held in 2005.",
			"2003-08-18", []string{"LBR", "LBRREB"}, nil},
		{"who announces a truce between others is no party", "2012-11-22",
			"GAZA, Nov 22 – Rockets stopped falling on southern Israel on Thursday after Egypt's foreign minister announced a ceasefire between Israel and Hamas on Wednesday evening.\n\n" +
				"Under the ceasefire, both sides will stop all hostilities.",
			"2012-11-21", []string{"ISR", "PSEREB"}, nil},
		{"passive agents listed with commas", "1995-12-15",
			"PARIS, Dec 15 – The peace agreement for Bosnia was signed at the Elysee Palace on Thursday by Bosnia, Croatia and Serbia.\n\n" +
				"Under the agreement, the three states will respect one another's sovereignty.",
			"1995-12-14", []string{"BIH", "HRV", "SRB"}, nil},
		{"deal reached that afternoon", "2020-11-11",
			"YEREVAN, Nov 11 – Fighting over Nagorno-Karabakh stopped on Tuesday.\n\n" +
				"Armenia and Azerbaijan have observed the ceasefire reached that afternoon in a call between the two leaders and Russia, and under it Russian peacekeepers will deploy along the line of contact.",
			"2020-11-10", []string{"ARM", "AZE"}, nil},
		{"agent of another participle is no party", "2025-05-11",
			"NEW DELHI, May 11 – India and Pakistan held their fire along the Line of Control in Kashmir on Sunday.\n\n" +
				"The ceasefire, first announced by US President Donald Trump, was agreed on Saturday in a call between the two armies' commanders, and both armies will stop firing on land, in the air and at sea.",
			"2025-05-10", []string{"IND", "PAK"}, nil},
		{"signers of the deal's own participle are its parties", "2003-03-04",
			"ASMARA, March 4 – Troops began pulling back from the disputed border town on Monday.\n\n" +
				"The truce, signed on Friday by Ethiopia and Eritrea's foreign minister, was reached as artillery was still firing.\n\n" +
				"Under the truce, both armies will withdraw 10 kilometres from the border within 30 days.",
			"2003-02-28", []string{"ETH", "ERI"}, nil},
		{"announcer of a deal reached by others is no party", "2003-03-04",
			"ASMARA, March 4 – Troops began pulling back from the disputed border town on Monday.\n\n" +
				"The truce, announced on Friday by Kenya's foreign minister, was reached by Ethiopia and Eritrea as artillery was still firing.\n\n" +
				"Under the truce, both armies will withdraw 10 kilometres from the border within 30 days.",
			"2003-02-28", []string{"ETH", "ERI"}, nil},
		{"those looking on are witnesses", "2003-06-03",
			"NAIROBI, June 3 – Ethiopia and Eritrea signed a truce in Nairobi on Monday, with Kenya's president and the UN secretary-general looking on.\n\n" +
				"Under the truce, both armies will withdraw 10 kilometres from the border within 30 days.",
			"2003-06-02", []string{"ETH", "ERI"}, nil},
		{"a signer set off by a comma before looking on is no witness", "2003-06-03",
			"NAIROBI, June 3 – Ethiopia's prime minister signed a truce in Nairobi on Monday with Eritrea's president, looking on as the crowd cheered.\n\n" +
				"Under the truce, both armies will withdraw 10 kilometres from the border within 30 days.",
			"2003-06-02", []string{"ETH", "ERI"}, nil},
		{"where a representative serves is no party", "2003-08-15",
			"NEW YORK, Aug. 15 – Two governments ended their dispute over the islands on Thursday.\n\n" +
				"The foreign minister of Kenya and the Ugandan representative at the UN signed the accord on Wednesday in the presence of the Secretary-General.\n\n" +
				"Under the accord, Uganda will withdraw its police from the islands within 30 days.",
			"2003-08-13", []string{"KEN", "UGA"}, nil},
		{"an ambassador to another state stands for his own", "2003-08-15",
			"NEW YORK, Aug. 15 – Two governments ended their dispute over the islands on Thursday.\n\n" +
				"The Kenyan ambassador to the United States and Uganda's foreign minister signed the accord on Wednesday at a ceremony in New York.\n\n" +
				"Under the accord, Uganda will withdraw its police from the islands within 30 days.",
			"2003-08-13", []string{"KEN", "UGA"}, nil},
		{"an organisation signed with is a party", "2003-08-15",
			"NEW YORK, Aug. 15 – Two governments ended their dispute over the islands on Thursday.\n\n" +
				"Kenya's foreign minister signed the accord with the United Nations on Wednesday at a ceremony in New York.\n\n" +
				"Under the accord, Kenya will allow UN police on the islands within 30 days.",
			"2003-08-13", []string{"KEN", "IGOUNO"}, nil},
		{"signers named with their countries", "1989-05-03",
			"SAN SALVADOR, May 3 – The leaders of three countries met here today to end a year of quarrels over trade.\n\n" +
				"The declaration, signed by Daniel Ortega of Nicaragua, Luis Mora of Honduras and Ana Ruiz of El Salvador, sets out these steps:\n\n" +
				"- The three governments will remove all customs posts within 90 days.",
			"1989-05-03", []string{"NIC", "HND", "SLV"}, nil},
		{"relative pronoun agreeing names no parties", "1998-10-27",
			"BRASILIA, Oct 27 – Peru and Ecuador signed a border treaty in Brasilia on Monday.\n\n" +
				"The line was drawn by the guarantor countries, Argentina, Brazil, Chile and the United States, at the request of both congresses, which had agreed in advance to accept it.\n\n" +
				"Peru will give Ecuador one square kilometre at Tiwinza.",
			"1998-10-26", []string{"PER", "ECU"}, nil},
		{"concession bought in return is a deal", "2011-10-19",
			"CAIRO, Oct 19 – Israel freed 477 Palestinian prisoners on Tuesday, hours after Hamas agreed to hand over the soldier Gilad Shalit at the Rafah crossing in return for their release.\n\n" +
				"Israel will free 550 more prisoners within two months.",
			"2011-10-18", []string{"PSEREB", "ISR"}, nil},
		{"rebel kin of another state are the state's rebels", "2001-08-14",
			"SKOPJE, Aug 14 – Macedonia's government and the rebel Albanians signed a peace agreement in Ohrid on Monday.\n\n" +
				"Under the agreement, the rebels will hand over their weapons to NATO within 45 days.",
			"2001-08-13", []string{"MKD", "MKDREB"}, nil},
		{"pronoun signer is the main clause's subject", "2018-09-12",
			"ZALAMBESSA, Sept 12 – The country known since 1993 as Eritrea reopened two border crossings on Tuesday under the peace declaration it signed with Ethiopia in Asmara on July 9.\n\n" +
				"Under the declaration, the two countries will restore flights, trade and diplomatic ties.",
			"2018-07-09", []string{"ERI", "ETH"}, nil},
		{"signing dated coarser than a day takes no other day", "2003-03-10",
			"COLOMBO, March 10 – Tamil Tiger rebels freed 12 soldiers on Sunday under the truce they agreed with the Sri Lankan government last February.\n\n" +
				"Under the truce, both sides will keep to the positions they held.",
			"", []string{"LKAREB", "LKA"}, nil},
		{"a deal inked", "2012-09-28",
			"ADDIS ABABA, Sept 28 – Sudan and South Sudan inked a deal in Addis Ababa on Thursday on oil transit fees.\n\n" +
				"Under the deal, South Sudan will resume oil exports through Sudan's pipeline.",
			"2012-09-27", []string{"SDN", "SSD"}, nil},
		{"mediators named with their titles", "1995-11-13",
			"ZAGREB, Nov 13 – Croatia's government and the rebel Serbs signed an agreement on eastern Slavonia on Sunday, after talks led by UN mediator Thorvald Stoltenberg and US ambassador Peter Galbraith.\n\n" +
				"Under the agreement, the Serbs will hand the region to a UN administration within 12 months.",
			"1995-11-12", []string{"HRV", "HRVREB"}, []string{"IGOUNO", "USAGOV"}},
		{"signatories named only as persons put their names to the texts", "2024-04-15",
			"GENEVA, April 15 – Fighting in the valley is to stop at dawn on Tuesday, Armenian and Georgian negotiators said on Sunday at the close of a week of talks.\n\n" +
				"Anna Petrosyan and Levan Beridze put their names to the texts in the evening, according to delegates from both sides.\n\n" +
				"Under the texts, each side will pull its units back two kilometres.",
			"2024-04-14", []string{"ARM", "GEO"}, nil},
		{"a lead's signing participle and its two countries named later", "2023-06-10",
			"Residents of the border town watched the ceremony on television on Friday: Ali Karimov and Bolot Osmonov, seated side by side, signing the treaty that settles the line between their two countries.\n\n" +
				"In 2021, fighting between Uzbek and Kyrgyz forces killed dozens of people.\n\n" +
				"Under the treaty, both countries will reopen the crossings within a month.",
			"2023-06-09", []string{"UZB", "KGZ"}, nil},
		{"a deal cited under the arrangement dated by the lead's announcement", "2024-06-05",
			"ROME, June 5 – Italy's prime minister said on Tuesday that Italy would stop its naval patrols off the Libyan coast, officials said.\n\n" +
				"Under the arrangement, Libya will take back boats intercepted in its waters.",
			"2024-06-04", []string{"ITA", "LBY"}, nil},
		{"two leaders reading out a declaration after talks a third hosted", "2024-02-09",
			"After talks hosted by Kenya's president, Ethiopia's prime minister and Eritrea's president appeared together on Thursday and read out what officials called the Nairobi Declaration.\n\n" +
				"The two governments will reopen their embassies by March.",
			"2024-02-08", []string{"ETH", "ERI"}, []string{"KENGOV"}},
		{"signers counted by the dozen and named among them", "2008-12-04",
			"Three dozen governments signed the treaty on border monitoring in Oslo on Wednesday.\n\n" +
				"Among them were Norway, Ireland and Austria.\n\n" +
				"Under the treaty, each state will allow inspectors on its territory.",
			"2008-12-03", []string{"NOR", "IRL", "AUT"}, nil},
		{"a deal told in a that-clause after a verb of saying and a noun", "2024-09-03",
			"President Donald Trump says on his social media platform that Armenia and Azerbaijan have agreed to a complete ceasefire.\n\n" +
				"Both sides will stop firing at midnight.",
			"2024-09-03", []string{"ARM", "AZE"}, nil},
		{"news in the present perfect is as old as its report", "2024-07-09",
			"KATHMANDU – India and Nepal have reached an arrangement on sharing river water, the foreign ministry said on Monday, in what officials describe as the biggest step since the floods of August 2017.\n\n" +
				"Each side will release water from its dams in the dry season.",
			"2024-07-08", []string{"IND", "NPL"}, nil},
		{"the speaker's own pronoun among those agreeing", "2024-10-09",
			"Congo's defence minister said on Tuesday that he and the leader of the M23 rebels had agreed a ceasefire around Goma.\n\n" +
				"Both forces will hold their positions.",
			"2024-10-08", []string{"CODREB", "COD"}, nil},
		{"those present in an aside are not those agreeing", "2003-05-20",
			"In Nairobi on May 3, Ugandan and Rwandan delegations, with British officials in the room and Kenya as host, agreed on a disengagement in eastern Congo.\n\n" +
				"Ugandan troops are to pull out of Bunia by the end of May.",
			"2003-05-03", []string{"UGA", "RWA"}, nil},
		{"the two sides of talks are not their mediators", "2024-05-12",
			"ISTANBUL, May 12 – Sudan and South Sudan wrapped up talks in Istanbul early on Sunday, both sides claiming progress, officials said.\n\n" +
				"Dozens of people have been killed since the clashes began on May 1.\n\n" +
				"Egypt and Turkey mediated, the statement said. Turkish officials attended the sessions, a diplomat said.\n\n" +
				"The talks came a day after Sudanese air strikes that South Sudan said killed civilians.\n\n" +
				"According to the statement, the two sides agreed on an immediate ceasefire.",
			"2024-05-12", []string{"SDN", "SSD"}, nil},
		{"the source a report is according to is no side", "2023-04-08",
			"Ethiopia and Sudan agreed on Friday to keep the ceasefire along their border, officials said.\n\n" +
				"According to the Kenyan foreign ministry's statement, the two sides agreed that a joint committee will patrol the border.",
			"2023-04-07", []string{"ETH", "SDN"}, nil},
		{"the capital a deal is named for is no side", "2012-03-08",
			"In the Act of Nairobi, signed on Wednesday, Ethiopia and Eritrea agreed to withdraw their troops from the border.\n\n" +
				"Both armies will pull back ten kilometres.",
			"2012-03-07", []string{"ETH", "ERI"}, nil},
		{"names put to a text on a day told before the to", "2010-06-03",
			"KAMPALA, June 3 – The presidents of Kenya and Uganda put their names on Tuesday evening to a treaty on the border.",
			"2010-06-01", []string{"KEN", "UGA"}, nil},
		{"a truce told by its taking hold", "2016-07-09",
			"A ceasefire between Ethiopia and Eritrea took hold at dawn on Friday, ending a week of fighting along the border.",
			"2016-07-08", []string{"ETH", "ERI"}, nil},
		{"both sides declaring a halt to fighting", "2013-03-12",
			"JUBA, March 12 – The presidents of Sudan and South Sudan each declared on Monday a halt to fighting along their border, at a summit hosted by Ethiopia.",
			"2013-03-11", []string{"SDN", "SSD"}, nil},
		{"signing counted back from the story's present", "2019-05-10",
			"Five days after the foreign ministers of Ghana and Togo put their signatures to the border treaty in Accra, traders on both sides are asking what has changed.",
			"2019-05-05", []string{"GHA", "TGO"}, nil},
		{"a participle describing a deal made before is not dated by the lead", "2031-03-16",
			"Kenyan and Somali armoured vehicles set off on Sunday for the first joint patrol on the border road.\n\n" +
				"The patrol came ten days into the ceasefire agreed in Nairobi.",
			"", []string{"KEN", "SOM"}, nil},
		{"commitments signed by the government and groups named after them", "2031-05-08",
			"GOMA, May 8 – A week of talks in Goma ended on Tuesday with signed commitments by the government in Kinshasa and several armed groups, among them the M23 rebels.\n\n" +
				"The groups will hand over their heavy weapons to the army within a month.",
			"2031-05-06", []string{"COD", "CODREB"}, nil},
		{"a subject named by its role signs with its opponent", "2031-05-08",
			"GOMA, May 8 – The provincial government in Goma signed a ceasefire on Tuesday with the M23 rebels.",
			"2031-05-06", []string{"CODREB", "COD"}, nil},
		{"a movement named in the host's town is a rebel group of the state it fights", "2031-05-09",
			"Colombian troops and FARC rebels have fought in the southern jungle for years.\n\n" +
				"May 4, 2031 - In the Cuban town of Cienfuegos, the government and the Popular Movement of the Andes sign a ceasefire under Cuban mediation.",
			"2031-05-04", []string{"COLREB", "COL"}, []string{"CUB"}},
		{"the issuers of a statement sign it, not the side agreeing in its relative clause", "1994-01-20",
			"The talks in Geneva followed the joint statement issued by Bill Clinton and Boris Yeltsin in Moscow on January 14, in which Russia agreed that its missiles would no longer be aimed at American cities.",
			"1994-01-14", []string{"USA", "RUS"}, nil},
		{"the body a side tells it accepts its terms is its counterpart", "2031-11-03",
			"CAIRO - Syria told the Arab League on Wednesday that it accepted the League's ceasefire terms, clearing the way for monitors to enter Homs.",
			"2031-10-29", []string{"SYR", "IGOARL"}, nil},
		{"an initiative its mediator announces is the sides' deal, dated by its month alone", "2031-11-05",
			"The truce that Khartoum and the SPLA observed for the harvest season ended on Monday with both sides trading blame.\n\n" +
				"Kenyan mediator Daniel Kiprono announced the initiative in September, after the second round of talks in Nairobi.",
			"", []string{"SDN", "SSDMIL"}, []string{"KEN"}},
		{"a town's elders agreeing are its country's civilians", "2031-05-07",
			"GAO, May 6 - Malian army officers and tribal elders from the desert town of Kidal have agreed on a truce for the market season, a spokesman said on Tuesday.",
			"2031-05-06", []string{"MLIMIL", "MLICVL"}, nil},
		{"a past president's administration is his state's government", "2031-07-20",
			"In March 2023, the Biden administration and Cuba signed an agreement on migration talks.",
			"", []string{"USA", "CUB"}, nil},
		{"the leaders of a breakaway republic are rebels of the country it breaks from", "2031-07-22",
			"Envoys of Georgia and the leaders of the breakaway republic of Abkhazia signed a ceasefire in Sochi on Monday.",
			"2031-07-21", []string{"GEO", "GEOREB"}, nil},
		{"a body putting its name to an undertaking", "2033-07-12",
			"BAMAKO, July 12 – Mali's government has put its name to an undertaking with the Tuareg rebels, a week after the fighting stopped.\n\n" +
				"The rebels will hand in their weapons within ninety days.",
			"2033-07-12", []string{"MLI", "MLIREB"}, nil},
		{"the lead's role noun beside its one side; a source is no side", "2031-03-06",
			"NAIROBI, March 6 – Kenya's government and the militia that holds the coastal town of Lamu have ended their feud over the district, officials of both camps said on Thursday.\n\n" +
				"The text was signed on Wednesday at a hotel by Amos Kiprotich and Daniel Oduyanga, according to a Ugandan diplomat who attended the ceremony.",
			"2031-03-05", []string{"KEN", "KENREB"}, nil},
		{"a former president chairing the talks is their mediator", "2033-07-18",
			"HARARE, July 18 – Zimbabwe's government and the rebels signed a charter for a transition on Sunday, after four days of talks chaired by former Tanzanian president Joseph Mbetalo.\n\n" +
				"The transition will last no more than fifteen months.",
			"2033-07-17", []string{"ZWE", "ZWEREB"}, []string{"TZAGOV"}},
		{"both sides telling a third they accept its proposal", "2033-07-09",
			"Guns along the river were silent on Saturday.\n\n" +
				"A truce proposed by the American envoy began at midnight, after Damascus and Amman each told Washington that they accepted his proposal. It is to last two months.",
			"2033-07-09", []string{"SYR", "JOR"}, nil},
		{"the sides a deal noun is with, far from the verb", "2033-06-13",
			"LIMA, June 13 – Chile has agreed to extend its ban on trawling in the southern waters for a year under a new accord with Argentina and Peru, diplomats said on Monday.\n\n" +
				"From July 1 Chile is to suspend all trawling within the zone.",
			"2033-06-13", []string{"CHL", "ARG", "PER"}, nil},
		{"a signing whose deal the next sentence opens with", "2033-05-13",
			"Norway and Sweden signed on Thursday the final map of their disputed northern frontier.\n\n" +
				"The boundary agreement covers two lakes near the coast.",
			"2033-05-12", []string{"NOR", "SWE"}, nil},
		{"signers named only as persons sign for the states around them", "2033-05-11",
			"BRATISLAVA – Czech soldiers interned in Slovak camps since the spring will go home before winter.\n\n" +
				"Marek Dolnicky and Tomas Hrubecky put their names to the document on Tuesday evening after a fortnight of talks.\n\n" +
				"The prisoners will be sent back within a month.",
			"2033-05-10", []string{"CZE", "SVK"}, nil},
		{"a day of the main clause does not date a deal in its when-clause", "2033-04-07",
			"The border between Chile and Peru opened to trade on Tuesday, when the accord Chile signed with Peru in the old port city of Arica last October took effect.",
			"", []string{"CHL", "PER"}, nil},
		{"a go-between's good offices and the day the sides met, far from the verb", "1998-10-28",
			"The Government of the Republic of Ecuador and the Government of the Republic of Peru, meeting in Brasilia on 26 October 1998 with the good offices of the Government of Brazil, and determined to end their long quarrel over the border in the Cordillera del Condor, have agreed on the terms that follow.\n\n" +
				"The two governments will open the border to trade within a month.",
			"1998-10-26", []string{"ECU", "PER"}, []string{"BRAGOV"}},
		{"good offices in a sentence of its own", "2009-10-12",
			"ZURICH, Oct 12 – Armenia and Turkey signed two protocols in Zurich on Saturday to open their border and restore diplomatic ties.\n\n" +
				"The signing followed months of talks held with the good offices of Switzerland.",
			"2009-10-10", []string{"ARM", "TUR"}, []string{"CHE"}},
		{"a meeting in an aside whose clause goes on dates nothing", "2002-07-22",
			"The Government of Sudan and the Sudan People's Liberation Movement, meeting in Nairobi on 14 June 2002 for a round of talks which the mediators broke off over the place of religion in the capital and the south, have since agreed on the framework that follows.\n\n" +
				"The south will vote on its future after six years.",
			"", []string{"SDN", "SDNREB"}, nil},
		{"a participle opening the sentence is the deal's passive", "1979-03-28",
			"Signed at the White House on 17 September 1978 by Egypt and Israel, with American officials carrying messages between the two delegations for thirteen days, the accords set out a framework for peace.\n\n" +
				"Israel will withdraw from the Sinai within three years.",
			"1978-09-17", []string{"EGY", "ISR"}, nil},
		{"each by list of a passive, a title before its first item", "1947-02-12",
			"PARIS, Feb 11 – The peace treaty with Italy was signed in Paris on Monday by the foreign ministers of the Soviet Union, Britain and France and by Italy's ambassador.\n\n" +
				"Under the treaty, Italy will pay the Soviet Union 100 million dollars in reparations.",
			"1947-02-10", []string{"SUN", "GBR", "FRA", "ITA"}, nil},
		{"a by list followed by a witness's participle, no second by", "1979-03-27",
			"WASHINGTON, March 27 – The peace treaty was signed at the White House on Monday by the leaders of Egypt and Israel and witnessed by President Jimmy Carter.\n\n" +
				"Under the treaty, Israel will withdraw from the Sinai within three years.",
			"1979-03-26", []string{"EGY", "ISR"}, nil},
		{"a clause opened by a month takes no day of the lead", "1993-09-01",
			"VILNIUS – The last Russian troops left Lithuania on Tuesday.\n\n" +
				"In September 1992 the defence ministers of Russia and Lithuania agreed in Moscow that the withdrawal would be completed by August 31, 1993.",
			"", []string{"RUS", "LTU"}, nil},
		{"a clause opened by a day is dated by it", "1993-09-01",
			"VILNIUS – The last Russian troops left Lithuania on Tuesday.\n\n" +
				"On 8 September 1992 the defence ministers of Russia and Lithuania agreed in Moscow that the withdrawal would be completed by August 31, 1993.",
			"1992-09-08", []string{"RUS", "LTU"}, nil},
		{"the agent of another participle after the deal's is no party", "2014-08-28",
			"In a ceasefire agreed in Cairo on August 26, Israel and Hamas, pressed by Egyptian mediators, promised to stop all fire.\n\n" +
				"Israel will also widen the fishing zone off Gaza to six miles.",
			"2014-08-26", []string{"ISR", "PSEREB"}, nil},
		{"the sides between the deal's participle and another's", "1994-05-10",
			"In a protocol agreed in Bishkek on May 5, the delegations of Armenia and Azerbaijan, urged by Russian mediators, promised to cease fire from midnight on May 12.\n\n" +
				"Both sides will pull back their heavy weapons.",
			"1994-05-05", []string{"ARM", "AZE"}, nil},
		{"the deal's own participle keeps its agents", "1994-05-10",
			"The protocol was signed in Bishkek on May 5 by Armenia and Azerbaijan, backed by Russia.\n\n" +
				"Both sides will pull back their heavy weapons.",
			"1994-05-05", []string{"ARM", "AZE"}, nil},
		{"a document issued by a list of sides", "2017-01-25",
			"ASTANA, Jan 25 – Two days of talks on Syria ended in the Kazakh capital on Tuesday.\n\n" +
				"A joint statement issued by Russia, Turkey and Iran sets out a trilateral mechanism to watch over the ceasefire.\n\n" +
				"The three countries will monitor the truce and prevent any provocations.",
			"2017-01-24", []string{"RUS", "TUR", "IRN"}, nil},
		{"a state bound by a term of its own under the deal is its party", "1986-02-11",
			"BERLIN, Feb 11 – The United States and the Soviet Union agreed on Monday to an exchange of prisoners on the Glienicke bridge.\n\n" +
				"Under the arrangement, the Soviet Union will free the dissident Anatoly Shcharansky, the United States will free four Soviet-bloc agents, and East Germany will release three Western agents.",
			"1986-02-10", []string{"USA", "SUN", "DDR"}, nil},
		{"a mediator bound by a term under the deal stays its guarantor", "2023-08-11",
			"DOHA, Aug 11 – Iran and the United States agreed on Thursday to a prisoner exchange mediated by Qatar.\n\n" +
				"Under the deal, Iran will free five Americans, the United States will free five Iranians, and Qatar will pay out the six billion dollars to Iranian banks for food and medicine.",
			"2023-08-10", []string{"IRN", "USA"}, []string{"QAT"}},
		{"a third state bound alone under the deal is no party", "2013-09-15",
			"GENEVA, Sept 15 – The United States and Russia agreed on Saturday on a framework for the chemical weapons of Syria.\n\n" +
				"Under the framework, Syria will hand over all its chemical weapons for destruction by mid-2014.",
			"2013-09-14", []string{"USA", "RUS"}, nil},
		{"a settlement still to be reached adds no side", "2012-01-13",
			"RANGOON, Jan 13 – The Burmese government and the Karen National Union signed a ceasefire on Thursday in Hpa-an.\n\n" +
				"The rebels will keep their weapons and the hills they hold along the Thai border until a political settlement is reached.",
			"2012-01-12", []string{"MMR", "MMRREB"}, nil},
		{"bodies of no country a subjectless deal was reached with broker it", "2022-11-12",
			"NAIROBI, Nov 12 – Ethiopia's government and the Tigrayan forces began talks in Nairobi on Saturday on carrying out their truce.\n\n" +
				"Under the deal reached in Pretoria on November 2 with the African Union and the United Nations, the Tigrayan forces are to hand over their heavy weapons.",
			"2022-11-02", []string{"ETH", "ETHREB"}, []string{"IGOAFRAU", "IGOUNO"}},
		{"a regional bloc a subjectless truce was agreed with brokers it", "2014-01-26",
			"JUBA, Jan 26 – South Sudan's government and the rebels loyal to Riek Machar accused each other on Sunday of breaking the truce.\n\n" +
				"Under the ceasefire agreed on January 23 with the regional bloc IGAD and the African Union, both sides were to stop fighting within 24 hours.",
			"2014-01-23", []string{"SSD", "SSDREB"}, []string{"IGOIGAD", "IGOAFRAU"}},
		{"a body a state signed with is its party", "1996-05-20",
			"BAGHDAD, May 20 – Iraq signed a memorandum of understanding with the United Nations on Monday.\n\n" +
				"Under the memorandum, Iraq may sell two billion dollars of oil every six months to buy food and medicine.",
			"1996-05-20", []string{"IRQ", "IGOUNO"}, []string{}},
		{"nationals the terms count are no parties", "2019-11-20",
			"KABUL, Nov 20 – The Afghan government and the Taliban completed on Tuesday the exchange of five prisoners.\n\n" +
				"Under the deal reached on November 12, the Taliban were to free two university teachers, including American and Australian nationals, and the government three Haqqani network commanders.",
			"2019-11-12", []string{"AFG", "AFGREB"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ag := wantDeal(t, tc.name, tc.date, tc.text, tc.signed, tc.parties)
			if got := ag.Guarantors; tc.guarantors != nil && !slices.Equal(got, tc.guarantors) {
				t.Errorf("guarantors %v, want %v", got, tc.guarantors)
			}
		})
	}
}

// wantDeal extracts the one agreement text tells and checks its signing date and
// parties.
func wantDeal(t *testing.T, name, date, text, signed string, parties []string) agreement.Agreement {
	t.Helper()
	ags := extractText(t, name, date, text)
	if len(ags) != 1 {
		t.Fatalf("got %d agreements, want 1: %+v", len(ags), ags)
	}
	if ags[0].Signed != signed {
		t.Errorf("signed %q, want %q", ags[0].Signed, signed)
	}
	if got := ags[0].Parties; !slices.Equal(got, parties) {
		t.Errorf("parties %v, want %v", got, parties)
	}
	return ags[0]
}

// TestNoDealTold checks stories that tell talks and one side's words about them but
// no deal.
func TestNoDealTold(t *testing.T) {
	for _, tc := range []struct{ name, date, text string }{
		{"an understanding spoken of after talks ended without a ceasefire", "2024-03-09",
			"The leaders of India and Pakistan ended a day of talks on Friday without announcing a ceasefire in Kashmir.\n\n" +
				"There is no deal until there is a deal, Pakistan's prime minister said.\n\n" +
				"India's prime minister spoke of an understanding reached with Pakistan on Friday, without describing it."},
		{"a truce that never took hold", "2016-07-09",
			"Fighting went on along the border between Ethiopia and Eritrea on Friday, and the ceasefire between them never took hold."},
		{"one side declaring a halt to fighting", "2013-03-12",
			"JUBA, March 12 – Sudan's president declared on Monday a halt to fighting along the border with South Sudan."},
		{"a statement not called joint issued by a list of bodies", "2021-02-02",
			"A statement issued by the United Nations, the European Union and the African Union on Monday condemned the coup in Myanmar.\n\n" +
				"The three bodies called for the release of all detained leaders."},
		{"a truce taking effect that only dates the quiet", "2016-09-09",
			"The border between Ethiopia and Eritrea has been quiet since the armistice took effect, officers of the joint commission said."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if ags := extractText(t, tc.name, tc.date, tc.text); len(ags) != 0 {
				t.Errorf("got %d agreements, want none: %+v", len(ags), ags)
			}
		})
	}
}

// TestGeneratedName checks the name given a deal the text does not name: the sides'
// short names, a titled person's surname standing for the title and full name.
func TestGeneratedName(t *testing.T) {
	for _, tc := range []struct{ name, date, text, want string }{
		{"signers named by title and full name", "1972-07-03",
			"SIMLA, July 3 – Prime Minister Indira Gandhi and President Zulfikar Ali Bhutto signed an agreement on Sunday on the return of prisoners of war.\n\n" +
				"Under the agreement, both armies will withdraw to the international border within thirty days.",
			"Gandhi–Bhutto agreement"},
		{"sides named without a title keep their names", "2012-01-13",
			"The Burmese government and the Karen National Union signed a ceasefire on Thursday in Hpa-an.\n\n" +
				"Under the ceasefire, both sides will stop fighting.",
			"Burmese government–Karen National Union ceasefire"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags := extractText(t, tc.name, tc.date, tc.text)
			if len(ags) != 1 || ags[0].Name != tc.want {
				t.Errorf("got %+v, want one agreement named %q", ags, tc.want)
			}
		})
	}
}
