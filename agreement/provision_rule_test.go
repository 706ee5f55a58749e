package agreement_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestProvisionRules checks terms worded as a reporter words them, one rule each:
// the provision the sentence starting with evidence gives, by action, obligors and
// deadline.
func TestProvisionRules(t *testing.T) {
	const signed = "LIMA - The governments of Peru and Ecuador signed a peace accord on Monday. "
	for _, tc := range []struct {
		name, text, evidence string
		action               agreement.Action
		obligor              []string
		deadline             string
	}{
		{"hostile subject with a place after the verb", signed + "Hostilities are to cease along the border within forty-eight hours of the signing.",
			"Hostilities", agreement.CeaseFire, []string{"ECU", "PER"}, ""},
		{"counted from the ceasefire's start", signed + "Hostilities are to cease along the border within forty-eight hours of the signing. Within seventy-two hours of the ceasefire, the Peruvian army is to hand over all its heavy weapons to the monitors.",
			"Within seventy-two", agreement.Disarm, []string{"PERMIL"}, "2021-05-15"},
		{"troops go back to barracks", signed + "Peruvian troops in the north are to go back to the barracks they held in March.",
			"Peruvian troops", agreement.Withdraw, []string{"PERMIL"}, ""},
		{"troops home from a foreign country", signed + "Peruvian troops are to return home from Ecuador by June 15.",
			"Peruvian troops", agreement.Withdraw, []string{"PERMIL"}, "2021-06-15"},
		{"foreign forces go back home", signed + "Ecuadorian forces will go back home from Peru within thirty days.",
			"Ecuadorian forces", agreement.Withdraw, []string{"ECUMIL"}, "2021-06-09"},
		{"a curfew lifted binds the state it is lifted in", signed + "Peruvian troops in the north are to go back to the barracks they held in March. The curfew in the southern provinces will be lifted by June 15.",
			"The curfew", agreement.Other, []string{"PER"}, "2021-06-15"},
		{"the completion of the act before dates it", signed + "Peruvian troops are to pull out of the valley they have held since 2019, and the withdrawal is to be completed by the end of June.",
			"Peruvian troops", agreement.Withdraw, []string{"PERMIL"}, "2021-06-30"},
		{"provinces joined bind their state", signed + "Peruvian troops are to pull out of the valley they have held since 2019. The two provinces are to be joined into a single region, with one elected council.",
			"The two provinces", agreement.Other, []string{"PER"}, ""},
		{"a lease lets the lessee use the place", signed + "Ecuador has agreed to lease the port of Bolivar to Peru for ninety-nine years.",
			"Ecuador has", agreement.Allow, []string{"ECU"}, ""},
		{"counted from a vote a later term dates", signed + "Peruvian forces in the valley will be brought down to eighty thousand men within twelve months of the vote on the border. The vote itself, a referendum in which voters will be asked to approve the new line, will be held between two and four months from now.",
			"Peruvian forces", agreement.Reduce, []string{"PERMIL"}, "2022-09-10"},
		{"counted from the start the term before dates", signed + "The two governments will open technical negotiations on the border no later than the end of June. Those talks are to be concluded within three months of their start.",
			"Those talks", agreement.Negotiate, []string{"ECU", "PER"}, "2021-09-30"},
		{"the rest of one side's forces", signed + "Peruvian forces in the valley will be brought down to eight thousand men by July, and the rest are to be gone by the end of the year.",
			"Peruvian forces", agreement.Withdraw, []string{"PERMIL"}, "2021-12-31"},
		{"run by a new body", signed + "Until the vote the valley is to be run by a joint commission of a dozen members, delegates said.",
			"Until the vote", agreement.Establish, []string{"ECU", "PER"}, ""},
		{"an election binds the state of the dateline", "QUITO - Peru and Ecuador signed an accord on Monday on the border regions. A regional election is to be held on June 6.",
			"A regional election", agreement.Other, []string{"ECU"}, "2021-06-06"},
		{"counted from a body's convening", "LIMA - Peru and Ecuador signed an accord on Monday.\n\n1. A border council is to be convened within six months of the signing.\n\n2. Free elections in the border region are to be held no later than two years after the border council convenes.",
			"2. Free elections", agreement.Other, []string{"PER"}, "2023-11-10"},
		{"a side's own Red Cross society is that side", signed + "The Red Cross societies of the two countries will hold talks on the search for the missing by June 15.",
			"The Red Cross", agreement.Negotiate, []string{"ECU", "PER"}, "2021-06-15"},
		{"their after a comma and is the subject before", signed + "Peru and Ecuador will exchange lists of missing soldiers, and their Red Cross societies will hold talks on the search by June 15.",
			"Peru and Ecuador", agreement.Negotiate, []string{"ECU", "PER"}, "2021-06-15"},
		{"the Red Cross itself is no side", signed + "The Red Cross will hold talks with both armies on the search for the missing by June 15.",
			"The Red Cross", agreement.Negotiate, []string{"NGOICRC"}, "2021-06-15"},
		{"a pronoun between the verb and its particle", signed + "Ecuadorian troops will leave the Tiwintza outpost and hand it over to the guarantor observers.",
			"Ecuadorian troops", agreement.Transfer, []string{"ECUMIL"}, ""},
		{"weapons pulled back as a pronoun", signed + "Peru will gather its heavy guns and pull them back to the barracks.",
			"Peru will", agreement.Withdraw, []string{"PER"}, ""},
		{"units merged into a fresh body form it", signed + "The two armies' demining units are to be merged into a joint demining corps.",
			"The two armies", agreement.Establish, []string{"ECU", "PER"}, ""},
		{"units placed under a fresh command form it", signed + "Their border units are to be placed under a joint command by June 15.",
			"Their border units", agreement.Establish, []string{"ECU", "PER"}, "2021-06-15"},
		{"units placed under an existing oversight form nothing", signed + "Their border units are to be placed under UN supervision by June 15.",
			"Their border units", agreement.Other, []string{"ECU", "PER"}, "2021-06-15"},
		{"counted from an entry into force dated after it", signed + "Peruvian troops will leave the Cenepa valley within ninety days of the treaty's coming into force on July 27.",
			"Peruvian troops", agreement.Withdraw, []string{"PERMIL"}, "2021-10-25"},
		{"counted from a truce's start dated after it", signed + "Ecuadorian forces are to pull back from the river within thirty days of the ceasefire taking effect on June 1.",
			"Ecuadorian forces", agreement.Withdraw, []string{"ECUMIL"}, "2021-07-01"},
		{"a date of the next clause does not date the anchor", signed + "Peruvian troops will leave the Cenepa valley within thirty days of the election, and the two sides will hold talks on June 1.",
			"Peruvian troops", agreement.Withdraw, []string{"PERMIL"}, ""},
		{"talks continued are talks, the first act their object names", signed + "The two governments will continue negotiations towards an end to the fishing dispute.",
			"The two governments", agreement.Negotiate, []string{"ECU", "PER"}, ""},
		{"a withdrawal continued", signed + "Peru will continue its withdrawal from the Cenepa valley.",
			"Peru will", agreement.Withdraw, []string{"PER"}, ""},
		{"leaders meeting again is the next round of talks", signed + "The two foreign ministers will meet again in Brasilia within the next three months.",
			"The two foreign ministers", agreement.Negotiate, []string{"ECU", "PER"}, "2021-08-10"},
		{"a side named by the compass word of its name", "PYONGYANG - North Korea and South Korea signed a military accord on Monday. The South will withdraw its troops from eleven guard posts by June 15.",
			"The South", agreement.Withdraw, []string{"KOR"}, "2021-06-15"},
		{"their after a clause of both sides that stated no term", signed + "The two sides will hold reunions of families separated by the war, and their Red Cross societies will hold talks by June 15.",
			"The two sides", agreement.Negotiate, []string{"ECU", "PER"}, "2021-06-15"},
		{"a haven denied", signed + "Quito, in return, is to close the door to the armed groups whose fighters have used Ecuador as a route into Peru.",
			"Quito", agreement.Prohibit, []string{"ECUGOV"}, ""},
		{"a passive duty not to act", signed + "The areas held by the two armies at noon on May 3 are not to be extended.",
			"The areas", agreement.Prohibit, []string{"ECU", "PER"}, ""},
		{"a time limit the sides have", signed + "The two defence ministries have ten days to agree on the route of the new road.",
			"The two defence", agreement.Negotiate, []string{"ECU", "PER"}, "2021-05-20"},
		{"ways across that reopen are passage allowed", signed + "The two leaders also agreed that the border crossings closed since 2019 would reopen.",
			"The two leaders", agreement.Allow, []string{"ECU", "PER"}, ""},
		{"crossings reopened are passage allowed", signed + "Ecuador will reopen the bridges over the river by June 15.",
			"Ecuador will", agreement.Allow, []string{"ECU"}, "2021-06-15"},
		{"both states' parliaments are the states", signed + "Both parliaments are to ratify the accord by the end of June.",
			"Both parliaments", agreement.Other, []string{"ECU", "PER"}, "2021-06-30"},
		{"allowed only is a ban on all else", signed + "Counter-fire will be allowed only in response to an attack on a post.",
			"Counter-fire", agreement.Prohibit, []string{"ECU", "PER"}, ""},
		{"a ceiling in the subject of a present passive", signed + "No more than 300 launchers are allowed on either side.",
			"No more than", agreement.Reduce, []string{"ECU", "PER"}, ""},
		{"fighting no side is named for binds both", "LIMA - Peru and Ecuador signed a ceasefire agreement on Monday. Fighting along the front is to end at midnight on Wednesday, the mediators said.",
			"Fighting along", agreement.CeaseFire, []string{"ECU", "PER"}, ""},
		{"polls a deal schedules are its terms after background", signed + "The border war of 1995 cost hundreds of lives.\n\nRegional elections are to be held within six to nine months, under the eye of foreign observers.",
			"Regional elections", agreement.Other, []string{"PER"}, "2022-02-10"},
		{"a range of months is due by the end of its last", signed + "Regional elections will be held between September and November next year.",
			"Regional elections", agreement.Other, []string{"PER"}, "2022-11-30"},
		{"bodies introduced bare and plural are formed", signed + "Technical committees will draw up the timetable for the handover of the border posts.",
			"Technical committees", agreement.Establish, []string{"ECU", "PER"}, ""},
		{"a body named is a body formed", signed + "Each side is to name a commission of seven members to draw the new line.",
			"Each side", agreement.Establish, []string{"ECU", "PER"}, ""},
		{"the dead returned are handed over, not freed", signed + "Peru will also return the remains of forty Ecuadorian soldiers killed in the 1995 war.",
			"Peru will", agreement.Transfer, []string{"PER"}, ""},
		{"a run of terms goes on past one commitment not read", signed + "\n\nThe two armies are to stay in the trenches they now hold. The burnt border villages will be rebuilt with money from the donors by the end of the year.",
			"The burnt border", agreement.Other, []string{"ECU", "PER"}, "2021-12-31"},
		{"a standstill is a ceasefire", signed + "The two armies are to hold their positions from midnight.",
			"The two armies", agreement.CeaseFire, []string{"ECU", "PER"}, ""},
		{"who acts in a relative clause is not the subject", signed + "The stretch of road whose upkeep Ecuador's army neglected is to be rebuilt by June 30.",
			"The stretch", agreement.Other, []string{"ECU", "PER"}, "2021-06-30"},
		{"who acts in an aside is not the subject", signed + "Peruvian engineers, already in the valley to watch the Ecuadorian pullback, will redraw the map of the line by June 30.",
			"Peruvian engineers", agreement.Other, []string{"PER"}, "2021-06-30"},
		{"a place described in an aside is still the subject's", signed + "The road to the valley, where Ecuadorian and Peruvian herders live side by side, will be rebuilt by June 30.",
			"The road", agreement.Other, []string{"ECU", "PER"}, "2021-06-30"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags := extractText(t, tc.name, "2021-05-10", tc.text)
			if len(ags) != 1 {
				t.Fatalf("got %d agreements, want 1", len(ags))
			}
			ps := ags[0].Provisions
			i := slices.IndexFunc(ps, func(p agreement.Provision) bool {
				return strings.HasPrefix(p.Evidence.Text, tc.evidence) && p.Action == tc.action
			})
			if i < 0 {
				t.Fatalf("no provision on %q in %+v", tc.evidence, ps)
			}
			p := ps[i]
			got := slices.Sorted(slices.Values(p.Obligor))
			date := ""
			if p.Deadline != nil {
				date = p.Deadline.Date
			}
			if p.Action != tc.action || !slices.Equal(got, tc.obligor) || date != tc.deadline {
				t.Errorf("got %s %v by %q, want %s %v by %q", p.Action, got, date, tc.action, tc.obligor, tc.deadline)
			}
		})
	}
}

// TestHomeNoWithdrawal checks that people going home who are no forces abroad (captives
// held by the other side, troops at home) are no withdrawal.
func TestHomeNoWithdrawal(t *testing.T) {
	for _, text := range []string{
		"LIMA - The governments of Peru and Ecuador signed a peace accord on Monday. Peruvian soldiers held by Ecuador will return home within a week.",
		"LIMA - The governments of Peru and Ecuador signed a peace accord on Monday. Peruvian troops will go home from Lima on leave.",
	} {
		for _, ag := range extractText(t, "home", "2021-05-10", text) {
			for _, p := range ag.Provisions {
				if p.Action == agreement.Withdraw {
					t.Errorf("%q: got a withdrawal %+v", text, p)
				}
			}
		}
	}
}

// TestNotToInstead checks that "X are not to be disbanded; instead ..." says what a
// deal does not do, no duty not to act.
func TestNotToInstead(t *testing.T) {
	text := "LIMA - The governments of Peru and Ecuador signed a peace accord on Monday. The militias are not to be disbanded; instead a border guard of two thousand men is to be formed."
	ags := extractText(t, "instead", "2021-05-10", text)
	if len(ags) != 1 {
		t.Fatalf("got %d agreements, want 1", len(ags))
	}
	formed := false
	for _, p := range ags[0].Provisions {
		if p.Action == agreement.Prohibit {
			t.Errorf("got a ban %+v", p)
		}
		formed = formed || p.Action == agreement.Establish && p.Quantity != nil && *p.Quantity == 2000
	}
	if !formed {
		t.Errorf("no guard of 2,000 formed in %+v", ags[0].Provisions)
	}
}

// TestCeilingObject checks that a cut told as the ceiling it comes down to ("come
// down to 900 tanks") names what is cut, with the ceiling as its quantity.
func TestCeilingObject(t *testing.T) {
	ags := extractText(t, "ceiling", "2021-05-10", "LIMA - The governments of Peru and Ecuador signed an arms accord on Monday. "+
		"Each side is to come down to 900 tanks within two years.")
	p := dealProvision(t, ags, agreement.Reduce)
	if p.Object != "tanks" || p.Quantity == nil || *p.Quantity != 900 {
		t.Errorf("got object %q quantity %v, want tanks 900", p.Object, p.Quantity)
	}
}

// TestConjunctionObject checks that an act outside the vocabulary whose object is only a
// conjunction ("will ..., but") is a misreading, not a term.
func TestConjunctionObject(t *testing.T) {
	ags := extractText(t, "conjunction", "2021-05-10", "LIMA - The governments of Peru and Ecuador signed a peace accord on Monday. "+
		"The two foreign ministers are to rebuild but, officials said, not before the rains.")
	if len(ags) != 1 {
		t.Fatalf("got %d agreements, want 1", len(ags))
	}
	for _, p := range ags[0].Provisions {
		if o := strings.TrimSpace(p.Object); o == "but" || o == "" && p.Action == agreement.Other {
			t.Errorf("got a term with no object: %+v", p)
		}
	}
}

// TestNoTermFrom checks near misses of the rules above: sentences that look like a
// term of theirs and state none from the words given.
func TestNoTermFrom(t *testing.T) {
	const signed = "LIMA - The governments of Peru and Ecuador signed a peace accord on Monday. "
	for _, tc := range []struct{ name, text, evidence string }{
		// a pronoun object with no particle that makes an act is no handover
		{"a pronoun kept", signed + "Ecuadorian troops will leave the Tiwintza outpost and keep it under guard.", ""},
		// going on doing what no act names
		{"continue to hold", signed + "The two governments will continue to hold the border posts.", "The two governments"},
		// a compass word no party's name starts with binds no one
		{"a compass word fitting no party", "KHARTOUM - Sudan and South Sudan signed a cooperation accord on Monday. The North will withdraw its troops from the Abyei area by June 15.", "The North"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, ag := range extractText(t, tc.name, "2021-05-10", tc.text) {
				for _, p := range ag.Provisions {
					if tc.evidence == "" && p.Action == agreement.Transfer || tc.evidence != "" && strings.HasPrefix(p.Evidence.Text, tc.evidence) {
						t.Errorf("got %+v", p)
					}
				}
			}
		})
	}
}

// TestAgreedToMeetAgainIsNoDeal checks that talks whose outcome is only to meet again
// report no deal.
func TestAgreedToMeetAgainIsNoDeal(t *testing.T) {
	const text = "QUITO - Officials of Peru and Ecuador held their first talks on the border on Monday and agreed to meet again."
	if ags := extractText(t, "meet again", "2021-05-10", text); len(ags) != 0 {
		t.Errorf("got %+v, want no agreement", ags)
	}
}
