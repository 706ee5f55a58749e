package agreement_test

import (
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
)

// storyConflicts codes body as one article published on date and returns the
// claims Conflicts pairs in it with no agreement given, each logged.
func storyConflicts(t *testing.T, date, body string) []agreement.Conflict {
	t.Helper()
	rep, err := article.ParseText("report.txt", []byte("Title: r\nDate: "+date+"\n\n"+body+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	cs := agreement.Conflicts(nil, record(t, []article.Article{rep}), rep.Date)
	for _, c := range cs {
		t.Logf("pair %s %q / %s %q (%s)", c.A.Speaker.Code, c.A.Text, c.B.Speaker.Code, c.B.Text, c.Reason)
	}
	return cs
}

// TestConflictWithoutProvision pairs claims that contradict each other whether or
// not a provision of the deal is about them: a rebuttal that names the claim it
// answers ("rejected that claim", "dismissed the figure as lies", "called the
// handover a sham"), a counter-assertion ("insisted that"), and a report negating
// what the other side reports; and it pairs none of claims that agree, of different
// figures about different groups, of a pledge, or of a story about no deal.
func TestConflictWithoutProvision(t *testing.T) {
	for _, tc := range []struct {
		name string
		body string
		a, b string // the start of each sentence of the pair; "" when none is wanted
	}{
		{"rejected that claim",
			"The two countries agreed a truce on Monday. " +
				"Armenia's prime minister said Azerbaijani troops had seized three hills near Jermuk. " +
				"Baku rejected that claim, saying its troops had stayed in their trenches.",
			"Armenia's prime minister", "Baku rejected"},
		{"a figure dismissed as lies",
			"The ceasefire has held in Goma since Friday. " +
				"Congo's government said on Monday that M23 fighters had killed 80 civilians in Rutshuru. " +
				"An M23 spokesman dismissed the figure as lies and said two villagers had died in crossfire.",
			"Congo's government", "An M23 spokesman"},
		{"called a sham",
			"Under the truce the rebels are to leave Bunagana. " +
				"M23 said it had withdrawn its fighters from Bunagana on Friday. " +
				"Kinshasa called the withdrawal a sham, saying the fighters were camped in the hills.",
			"M23 said", "Kinshasa called"},
		{"insisted that",
			"The ceasefire took effect at noon on Sunday. " +
				"Sudan's army said the Rapid Support Forces had shelled Omdurman after the truce began. " +
				"The RSF insisted that its fighters had respected the truce and that the army had fired first.",
			"Sudan's army", "The RSF insisted"},
		{"negated report",
			"The deal required all foreign fighters to leave by March. " +
				"Libya's interior minister said hundreds of Syrian fighters were still based at Sirte airport. " +
				"The Turkish defence ministry said there were no Syrian fighters at Sirte airport.",
			"Libya's interior minister", "The Turkish defence ministry"},
		{"a place of a negated report",
			"The deal required all foreign troops to leave Cambodia by June. " +
				"The Khmer Rouge said there were no Vietnamese soldiers in Cambodia. " +
				"Washington said American pilots lost over Cambodia were still missing.",
			"", ""},
		{"the subject of a denied verb",
			"The two governments agreed in Doha to stop raids across the border. " +
				"Pakistan's interior minister said the bombing in Quetta had been planned on Afghan soil. " +
				"The Taliban government's spokesman said Afghan territory was not being used against its neighbours.",
			"Pakistan's interior minister", "The Taliban government's spokesman"},
		{"a thing ended against a thing delayed",
			"The deal between Israel and Bahrain was signed on Tuesday. " +
				"Bahrain's foreign minister said the deal had halted further settlement building in the West Bank. " +
				"Israel's prime minister said settlement building had only been delayed.",
			"Bahrain's foreign minister", "Israel's prime minister"},
		{"papers cited by their speaker",
			"Under the accord signed in March, neither side is to arm the other's rebels. " +
				"A senior Zimbabwean official, showing the letters to reporters, said the letters showed that Mozambique had armed the militias. " +
				"Mozambique's defence minister said the government had not armed any militia.",
			"A senior Zimbabwean official", "Mozambique's defence minister"},
		{"each says the other began",
			"The ceasefire in the Central African Republic was signed in Libreville in January. " +
				"Seleka said government soldiers started the shooting in Bangui on Sunday. " +
				"The defence ministry said Seleka fighters attacked first.",
			"Seleka said", "The defence ministry"},
		{"each says the other began, under an arrangement",
			"Under the arrangement reached on Monday, the fighters were to leave Daraa by bus. " +
				"Russia's defence ministry said the rebels had started the shooting. " +
				"Rebel commanders said government troops had shelled the buses first.",
			"Russia's defence ministry", "Rebel commanders"},
		{"each blames the other for another attack",
			"The ceasefire in the Central African Republic was signed in Libreville in January. " +
				"Seleka said government soldiers shelled a market in Bangui on Sunday. " +
				"The defence ministry said Seleka fighters attacked a convoy near Bossangoa.",
			"", ""},
		{"a promise denied",
			"Colombia's government and the ELN began a ceasefire in August. " +
				"An ELN commander said the government had failed to release 40 guerrillas it had promised to free under the truce. " +
				"Government officials denied that any release of guerrillas had been agreed.",
			"An ELN commander", "Government officials"},
		{"a post promised and denied",
			"The round table on Mali ended in Algiers on Friday with an accord. " +
				"Leaders of the Tuareg rebels said they had been promised the mining and water ministries. " +
				"Mali's presidency said no ministry had been promised to the rebels.",
			"Leaders of the Tuareg rebels", "Mali's presidency"},
		{"a promise denied of another thing",
			"Colombia's government and the ELN began a ceasefire in August. " +
				"An ELN commander said the government had failed to pay the 200 fighters it had promised to pay under the truce. " +
				"Government officials denied that any release of guerrillas had been agreed.",
			"", ""},
		{"a denied clause",
			"Armenia and Azerbaijan agreed a truce on Monday. " +
				"Armenia's defence ministry said Azerbaijani soldiers had burned houses in Tegh. " +
				"Azerbaijan's foreign ministry denied that any houses had been burned.",
			"Armenia's defence ministry", "Azerbaijan's foreign ministry"},
		{"agreeing statements",
			"The prisoner exchange agreed in Geneva was completed on Sunday. " +
				"Yemen's government said all 120 of its soldiers had come home. " +
				"A Houthi official said all 120 of the group's fighters had arrived in Sanaa.",
			"", ""},
		{"figures about different groups",
			"The exchange under the deal was completed on Wednesday. " +
				"Ukraine's president said 95 Ukrainians had come home. " +
				"Russia's defence ministry said 90 Russian soldiers had been returned.",
			"", ""},
		{"all against some",
			"The exchange of prisoners agreed in Muscat was to be completed by May. " +
				"Yemen's government said all its detainees from the Marib front had been handed over. " +
				"A Houthi official said some detainees from the Marib front were still held in Saudi camps.",
			"Yemen's government", "A Houthi official"},
		{"the whole asked against only part",
			"The talks on the deal ended in Hanoi without a deal on Thursday. " +
				"Washington said Pyongyang had asked for the sanctions to be lifted in their entirety. " +
				"North Korea's foreign minister said Pyongyang had asked only for the lifting of a few sanctions, not all sanctions.",
			"Washington said", "North Korea's foreign minister"},
		{"all against all",
			"The exchange of prisoners agreed in Muscat was to be completed by May. " +
				"Yemen's government said all its detainees from the Marib front had been handed over. " +
				"A Houthi official said all the group's detainees from the Marib front had come home.",
			"", ""},
		{"replied that",
			"Ethiopia and Egypt signed a declaration of principles on the Nile dam in Khartoum in 2015, after years of talks. " +
				"Egypt's foreign ministry said the second filling of the dam was a clear breach of the declaration. " +
				"Ethiopia's water ministry replied that the filling was a routine step of the dam's construction that the declaration allowed.",
			"Egypt's foreign ministry", "Ethiopia's water ministry"},
		{"replied that, by the same side",
			"Ethiopia and Egypt signed a declaration of principles on the Nile dam in Khartoum in 2015, after years of talks. " +
				"Egypt's foreign ministry said the second filling of the dam was a clear breach of the declaration. " +
				"Egypt's irrigation minister replied that the filling of the dam had broken the declaration and harmed the farmers.",
			"", ""},
		{"saying, against a denial",
			"Talks between Colombia's government and the ELN resumed in Havana in May. " +
				"The ELN walked out of the talks, saying that soldiers were laying mines around its camps in Arauca. " +
				"The defence ministry denied that any mines were being laid in Arauca.",
			"The ELN walked out", "The defence ministry"},
		{"a walkout reported, against a denial",
			"Talks between Colombia's government and the ELN resumed in Havana in May. " +
				"The ELN walked out of the talks after the army moved troops into Arauca. " +
				"The defence ministry denied that any mines were being laid in Arauca.",
			"", ""},
		{"state media and their government",
			"The truce between Sudan's army and the rebels of the SPLM-North began in the Nuba mountains on Monday. " +
				"State media said the army had repelled a rebel attack on Kadugli. " +
				"The government insisted that the army had repelled the rebels and had kept to the truce at Kadugli.",
			"", ""},
		{"a signed paper called false",
			"The sailors were freed under a deal struck in Tehran on Wednesday. " +
				"Iranian state television said Britain had admitted that the sailors had entered Iranian waters. " +
				"The Foreign Office in London said the boats had stayed in Iraqi waters and that the signed confession was false.",
			"Iranian state television", "The Foreign Office"},
		{"a signed paper, not called false",
			"The sailors were freed under a deal struck in Tehran on Wednesday. " +
				"Iranian state television said Britain had signed a statement on the release. " +
				"The Foreign Office in London said the signed statement would be published on Friday.",
			"", ""},
		{"a truce in force against a truce broken",
			"A car bomb went off outside the police station in Bilbao on Saturday. " +
				"The PKK said in a statement that its ceasefire remained in force. " +
				"Turkey's interior ministry said the bombing had broken the ceasefire.",
			"The PKK said", "Turkey's interior ministry"},
		{"a truce broken, said by both",
			"A car bomb went off outside the police station in Diyarbakir on Saturday. " +
				"The PKK said the army had broken the ceasefire by shelling its camps. " +
				"Turkey's interior ministry said the bombing had broken the ceasefire.",
			"", ""},
		{"a truce to end is no report of it",
			"A car bomb went off outside the police station in Diyarbakir on Saturday. " +
				"Turkey's interior ministry said the ceasefire had held in the south all week. " +
				"The PKK said it would end its ceasefire at midnight.",
			"", ""},
		{"a territory owned against its ownership unsettled",
			"Japan and China agreed in Beijing to keep their coast guard ships apart. " +
				"Japan's foreign ministry said the islands are Japanese under the treaty of 1951. " +
				"China's foreign ministry said their sovereignty has never been settled and must be negotiated.",
			"Japan's foreign ministry", "China's foreign ministry"},
		{"a territory of two owners",
			"Britain and Argentina agreed in Madrid to restore flights. " +
				"Argentina's foreign minister said the islands belong to Argentina. " +
				"Britain's foreign secretary said the islands are British and will stay so.",
			"Argentina's foreign minister", "Britain's foreign secretary"},
		{"a territory owned, said by two sides",
			"Britain and Argentina agreed in Madrid to restore flights. " +
				"Britain's foreign secretary said the islands are British. " +
				"An American diplomat said the islands are British under the law of 1833.",
			"", ""},
		{"what people are is no ownership",
			"Japan and China agreed in Beijing to keep their coast guard ships apart. " +
				"Japan's coast guard said the fishermen are Chinese sailors from Fujian. " +
				"China's foreign ministry said their sovereignty has never been settled.",
			"", ""},
		{"a pledge is no report",
			"The deal requires the rebels to disarm. " +
				"Colombia's defence minister said the rebels had handed in their rifles. " +
				"A rebel commander said the group would not give up its weapons.",
			"", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			found := false
			cs := storyConflicts(t, "2030-06-01", tc.body)
			for _, c := range cs {
				found = found || strings.HasPrefix(c.A.Text, tc.a) && strings.HasPrefix(c.B.Text, tc.b)
			}
			switch {
			case tc.a == "" && len(cs) > 0:
				t.Errorf("%d pairs, want none", len(cs))
			case tc.a != "" && !found:
				t.Errorf("the claims starting %q and %q are not paired", tc.a, tc.b)
			}
		})
	}
}
