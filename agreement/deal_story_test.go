package agreement_test

import (
	"slices"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// dealSummary is one extracted agreement's date and parties.
type dealSummary struct {
	signed  string
	parties []string
}

func summaries(ags []agreement.Agreement) []dealSummary {
	var out []dealSummary
	for _, a := range ags {
		out = append(out, dealSummary{a.Signed, a.Parties})
	}
	return out
}

// TestStoryDeals checks stories that tell several deals of the same sides: a
// timeline's dated entries naming no side are each the story's sides' own deal, an
// entry dated as an earlier deal is that deal, and a step of the deal told with
// another date (an initialling) keeps the terms after it with the deal.
func TestStoryDeals(t *testing.T) {
	for _, tc := range []struct {
		name, date, text string
		want             []dealSummary
	}{
		{"timeline entries naming no side", "2031-09-20",
			"The accord signed in Nairobi on Tuesday is the latest of the deals between Somalia's government and the al-Shabaab rebels.\n\n" +
				"The main steps:\n\n" +
				"March 3, 2029 - In Djibouti, the two delegations sign a ceasefire for the south.\n\n" +
				"Fighters are to leave the towns of the Juba valley.\n\n" +
				"June 9, 2030 - The authorities and the movement's leaders sign a pact on the return of refugees.\n\n" +
				"September 16, 2031 - In Nairobi, the government and the movement sign the accord on power sharing.",
			[]dealSummary{{"2031-09-16", []string{"SOM", "SOMREB"}}, {"2029-03-03", []string{"SOM", "SOMREB"}}, {"2030-06-09", []string{"SOM", "SOMREB"}}}},
		{"a signing done under last year's deal is no deal of its own", "2031-06-10",
			"OSLO, June 10 – Norway has agreed to extend its ban on trawling for a year under a new accord with Iceland, diplomats said on Tuesday.\n\n" +
				"Under last year's deal, Norway signed the monitoring annex in Geneva on March 3; it still awaits a vote in parliament.\n\n" +
				"From July 1 Norway is to suspend all trawling in the zone.",
			[]dealSummary{{"2031-06-10", []string{"NOR", "ISL"}}}},
		{"an initialling days before is the same deal", "2031-04-04",
			"NAIROBI, April 4 – Somalia's government and the al-Shabaab rebels signed a memorandum in Nairobi on Thursday.\n\n" +
				"The text had been initialled in Djibouti on March 28.\n\n" +
				"The rebels are to hand in their weapons within a month.",
			[]dealSummary{{"2031-04-03", []string{"SOM", "SOMREB"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags := extractText(t, tc.name, tc.date, tc.text)
			for _, a := range ags {
				if len(ags) == 1 && len(a.Provisions) == 0 { // a single deal keeps the story's terms
					t.Errorf("%s: no provisions", a.Signed)
				}
			}
			got := summaries(ags)
			if !slices.EqualFunc(got, tc.want, func(a, b dealSummary) bool { return a.signed == b.signed && slices.Equal(a.parties, b.parties) }) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestDealWords checks deal nouns and role phrases of the field's vocabulary: a
// "document" or a "settlement" signed is a deal, and who acts "as facilitator" or
// stands "among the witnesses" is no party.
func TestDealWords(t *testing.T) {
	for _, tc := range []struct {
		name, date, text string
		signed           string
		parties          []string
		guarantors       []string
		witnesses        []string
	}{
		{"a document signed", "2031-03-01",
			"Kenya's government and the al-Shabaab rebels signed a document in Nairobi on Thursday.\n\n" +
				"The two sides agree to enter into a dialogue, with Uganda acting as facilitator, and nothing more.",
			"2031-02-27", []string{"KEN", "SOMREB"}, []string{"UGA"}, nil},
		{"a settlement signed", "2031-03-01",
			"The interior ministry said on Saturday that the government of Nigeria and the Boko Haram rebels had signed a settlement in Abuja.\n\n" +
				"The rebels will hand over their weapons within a month.",
			"2031-03-01", []string{"NGA", "NGAREB"}, nil, nil},
		{"leaders among the witnesses", "2031-03-01",
			"Sudan's government and the SPLM-North rebels signed an agreement in Juba on Friday, with Ethiopia's prime minister and the Kenyan president among the witnesses.\n\n" +
				"The rebels will withdraw from the Blue Nile towns within two weeks.",
			"2031-02-28", []string{"SDN", "SDNREB"}, nil, []string{"KENGOV", "ETHGOV"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ag := wantDeal(t, tc.name, tc.date, tc.text, tc.signed, tc.parties)
			if !slices.Equal(ag.Guarantors, tc.guarantors) {
				t.Errorf("guarantors %v, want %v", ag.Guarantors, tc.guarantors)
			}
			if !slices.Equal(ag.Witnesses, tc.witnesses) {
				t.Errorf("witnesses %v, want %v", ag.Witnesses, tc.witnesses)
			}
			if len(ag.Provisions) == 0 {
				t.Error("no provisions")
			}
		})
	}
}

// TestToldHistory checks a deal a backgrounder tells in its history: the day written
// without its year takes the year the paragraph gives, and a clause joined by ", and"
// after others has its own subject.
func TestToldHistory(t *testing.T) {
	wantDeal(t, "history", "2031-05-10",
		"Why an old border pact matters again.\n\n"+
			"By the spring of 2009 Kenya and Uganda had moved troops to the frontier. "+
			"Tanzanian envoys travelled between the capitals, the militia leader fled in April, and on May 14 officials of the two countries signed a memorandum in Mombasa.\n\n"+
			"Kenya will not let the militia operate from its soil.",
		"2009-05-14", []string{"KEN", "UGA"})
}

// TestGovernmentSide checks a deal whose subject names the rebels by the dictionary
// and the government they sign with only by its role: the rebels' state is the other
// side.
func TestGovernmentSide(t *testing.T) {
	wantDeal(t, "governing coalition", "2031-06-02",
		"Envoys of the ELN rebels and of the governing coalition said on Monday that they had agreed a truce for the province of Arauca.\n\n"+
			"The fighters will leave the towns' markets within three days.",
		"2031-06-02", []string{"COLREB", "COL"})
}

// TestDatelineNoSigningPlace checks that a deal dating another act ("twenty days after
// it signed the settlement") is not placed where the story was filed.
func TestDatelineNoSigningPlace(t *testing.T) {
	ags := extractText(t, "dateline", "2031-02-11",
		"KOHIMA, Feb 11 – The Naga rebels formally dissolved their army on Tuesday at a meeting in this town, twenty days after they signed the peace settlement with the government of India.")
	if len(ags) == 0 {
		t.Fatal("no agreement")
	}
	for _, a := range ags {
		if a.Place != "" {
			t.Errorf("place %q, want none", a.Place)
		}
	}
}
