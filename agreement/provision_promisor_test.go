package agreement_test

import (
	"slices"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// obligorCase is one sentence after a deal sentence, the act of the provision it
// states and the obligor roots that provision must have.
type obligorCase struct {
	name, text string
	action     agreement.Action
	want       []string // sorted roots
}

// checkObligors extracts each case's text after signed and compares the roots of its
// provision's obligor with the case's.
func checkObligors(t *testing.T, signed string, cases []obligorCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := dealProvision(t, extractText(t, tc.name, "2021-03-02", signed+tc.text), tc.action)
			got := agreement.ActorRoots(p.Obligor)
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("obligor %v, want %v", p.Obligor, tc.want)
			}
		})
	}
}

// TestPromisorBound binds the side that promised to a "that" clause naming no one
// else (an agentless passive or a pronoun), and leaves mutual acts to both sides.
func TestPromisorBound(t *testing.T) {
	checkObligors(t, "NAIROBI - Kenya and Somalia signed an agreement on Monday. ", []obligorCase{
		{"agreed that a passive", "Under the deal, Somalia agreed that the checkpoints on the border road would be removed within a week.", agreement.Withdraw, []string{"SOM"}},
		{"gave assurances that it", "In return, Kenya gave assurances that it would not send troops across the border.", agreement.Prohibit, []string{"KEN"}},
		{"promised that a passive", "Somalia promised that the detained herders would be freed by Friday.", agreement.Release, []string{"SOM"}},
		{"an exchange stays mutual", "Under the deal, Somalia agreed that prisoners would be exchanged within a month.", agreement.Exchange, []string{"KEN", "SOM"}},
		{"said that names no promisor", "Under the deal, officials said that the checkpoints on the border road would be removed within a week.", agreement.Withdraw, []string{"KEN", "SOM"}},
	})
}

// TestOutsiderAllowedAfterDuty binds the side whose duty a clause states to let in an
// outsider named in the clause after it, and the other side when the one let in is a
// party's own people.
func TestOutsiderAllowedAfterDuty(t *testing.T) {
	checkObligors(t, "VIENNA - Iran and the United States signed an agreement on Monday. ", []obligorCase{
		{"inspectors after one side's duty", "Iran will close its enrichment plant within a month, and inspectors of the International Atomic Energy Agency will be allowed to visit the site.", agreement.Allow, []string{"IRN"}},
		{"a party's people let in", "The United States will lift its sanctions within a month, and Iranian students will be allowed to enrol at American universities.", agreement.Allow, []string{"USA"}},
		{"no duty before", "Inspectors of the International Atomic Energy Agency will be allowed to visit the site.", agreement.Allow, []string{"IRN", "USA"}},
	})
}

// TestCaptivesHeldByTheOtherSide binds the side holding the people a passive or a
// noun frees when they are named by the other side's nationality.
func TestCaptivesHeldByTheOtherSide(t *testing.T) {
	checkObligors(t, "CAIRO - Israel and Hamas signed an agreement on Monday. ", []obligorCase{
		{"a passive", "Nine hundred Palestinian prisoners are to be freed within days.", agreement.Release, []string{"ISR"}},
		{"a noun", "The agreement provides for the release of 300 Palestinian detainees by May 1.", agreement.Release, []string{"ISR"}},
		{"the other side's people", "The Israeli hostages are to be released within days.", agreement.Release, []string{"PSE"}},
		{"no nationality", "All prisoners are to be released within days.", agreement.Exchange, []string{"ISR", "PSE"}},
	})
}

// TestJointBodyWithOutsider reads a joint body with an outsider "taking part" as the
// sides' own, and a body an outsider leads as the outsiders'.
func TestJointBodyWithOutsider(t *testing.T) {
	checkObligors(t, "ASMARA - Ethiopia and Eritrea signed an agreement on Monday. ", []obligorCase{
		{"joint body", "A joint border commission, with the African Union taking part, is to mark the frontier.", agreement.Establish, []string{"ERI", "ETH"}},
		{"led by an outsider", "A commission led by the African Union, with Kenya taking part, is to mark the frontier.", agreement.Establish, []string{"IGOAFRAU", "KEN"}},
	})
}

// TestPullbackFromPlace binds a withdrawal naming no one to the side that is not of
// the place it leaves, and to both sides when the place is no party's.
func TestPullbackFromPlace(t *testing.T) {
	checkObligors(t, "ADDIS ABABA - Ethiopia and Eritrea signed an agreement on Monday. ", []obligorCase{
		{"a pullback from one side's town", "A pullback from the outskirts of Asmara is to be completed within a month.", agreement.Withdraw, []string{"ETH"}},
		{"a pullout from one side's region", "The pullout from Tigray is to be completed within a month.", agreement.Withdraw, []string{"ERI"}},
		{"a place of no party", "The pullout from the border zone is to be completed within a month.", agreement.Withdraw, []string{"ERI", "ETH"}},
		{"a subject named", "Eritrea will withdraw its troops from Tigray within a month.", agreement.Withdraw, []string{"ERI"}},
	})
}
