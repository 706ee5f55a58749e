package agreement_test

import "testing"

// TestTermFirstDeal checks stories that tell no conclusion in the words of a signing
// but state the duties of two sides after talks: the duties make the agreement.
func TestTermFirstDeal(t *testing.T) {
	for _, tc := range []struct {
		name, date, text string
		signed           string
		parties          []string
		provisions       int // at least
	}{
		{"talks concluded, each side's duty", "2031-04-09",
			"NAIROBI, April 9 - Negotiators for Ethiopia and the Tigrayan rebels wrapped up a week of talks in Nairobi on Tuesday.\n\n" +
				"The rebels will hand over their heavy weapons within two weeks. Ethiopian federal troops will withdraw from the regional capital by the end of the month.",
			"2031-04-08", []string{"ETH", "ETHREB"}, 2},
		{"duties after mediation, both named", "2031-06-02",
			"CAIRO, June 2 - After three days of negotiations in Cairo, Israel is to free 200 Palestinian prisoners on Sunday, Egyptian mediators said.\n\n" +
				"Hamas is to release four hostages the same day.",
			"2031-06-02", []string{"ISR", "PSEREB"}, 2},
		{"both sides bound, the lead pairs them", "2031-03-15",
			"BAKU, March 15 - Armenia and Azerbaijan ended two days of talks in Brussels with an understanding on the border.\n\n" +
				"Both sides are to pull their troops back two kilometres from the line within ten days.",
			"2031-03-15", []string{"ARM", "AZE"}, 1},
		{"sides named by their roles", "2031-05-03",
			"BOGOTA, May 3 - Colombia's government and the ELN rebels ended a fifth round of talks in Havana on Friday.\n\n" +
				"Delegates said the accord was a first step.\n\n" +
				"Human rights groups welcomed the talks.\n\n" +
				"The rebels will free all the hostages they hold within a month, and the government will suspend military operations in Arauca.",
			"2031-05-02", []string{"COL", "COLREB"}, 2},
		{"captives walked free during the talks", "2031-06-02",
			"CAIRO, June 2 - Two fishermen walked free in Rafah on Sunday as talks in Cairo went on, Egyptian mediators said.\n\n" +
				"Israel is to free 200 Palestinian prisoners next Sunday. Hamas is to release four hostages the same day.",
			"2031-06-01", []string{"ISR", "PSEREB"}, 2},
		{"the lead dates the meeting, not talks", "2031-07-12",
			"The meeting between the presidents of Kenya and Somalia in Nairobi on Thursday was meant to calm the border. What the two sides settled on is modest.\n\n" +
				"Kenyan troops are to pull back five kilometres from the border. Somali forces are to free the prisoners they hold within a week.",
			"2031-07-10", []string{"KENMIL", "SOMMIL"}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ag := wantDeal(t, tc.name, tc.date, tc.text, tc.signed, tc.parties)
			if len(ag.Provisions) < tc.provisions {
				t.Errorf("%d provisions, want at least %d", len(ag.Provisions), tc.provisions)
			}
		})
	}
}

// TestTermFirstNoDeal checks stories whose duties make no agreement: a threat, one
// side's announcement, a proposal, talk of talks, a deal refused.
func TestTermFirstNoDeal(t *testing.T) {
	for _, tc := range []struct{ name, date, text string }{
		{"one side's announcement after talks", "2031-05-01",
			"KHARTOUM, May 1 - Talks between Sudan's army and the Rapid Support Forces resumed in Jeddah on Tuesday.\n\n" +
				"The army will withdraw its troops from the refinery, the army said in a statement."},
		{"a threat and a proposal", "2031-05-01",
			"MOSCOW, May 1 - Russia proposed a truce over Easter at talks with Ukraine in Istanbul on Tuesday.\n\n" +
				"Under the proposal, Ukraine would withdraw its forces from the region and Russia would free 500 prisoners. Kyiv will respond to any attack, its army said."},
		{"talks without a deal, another round", "2031-05-01",
			"GENEVA, May 1 - Talks between Israel and Hamas ended without a deal on Tuesday.\n\n" +
				"Both sides will meet again next month, the mediators said."},
		{"both sides of four countries", "2031-05-01",
			"VIENNA, May 1 - The foreign ministers of Serbia, Kosovo, France and Germany ended their talks in Vienna on Tuesday.\n\n" +
				"Both sides are to withdraw their police from the northern bridge within a week."},
		{"deal rejected", "2031-05-01",
			"DOHA, May 1 - Hamas rejected the ceasefire deal on Tuesday.\n\n" +
				"Israel is to withdraw from the corridor and Hamas is to free all hostages within a week."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if ags := extractText(t, tc.name, tc.date, tc.text); len(ags) != 0 {
				t.Errorf("got %d agreements, want none: %+v", len(ags), ags)
			}
		})
	}
}
