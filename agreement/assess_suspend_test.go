package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessDealAnnulled: a party annulling or revoking the deal itself puts every
// term it is bound by at risk; annulling something else does not.
func TestAssessDealAnnulled(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"BIH"}, Action: agreement.Allow, Object: "passage of convoys through the valley"}
	for _, tc := range []struct {
		name, body string
		atRisk     bool
	}{
		{"annulled", "Bosnia's parliament voted on Thursday to annul the accord, which it called a dead letter.", true},
		{"revoked", "Bosnia revoked the agreement on Thursday, the foreign ministry said.", true},
		{"something else annulled", "Bosnia's supreme court annulled the result of a local vote on Thursday.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessDated(t, "2030-12-20", "2031-01-01", "2031-04-22", tc.body, p)
			if (st.Value == agreement.AtRisk) != tc.atRisk {
				t.Errorf("%s (%s), want at risk %v", st.Value, st.Reason, tc.atRisk)
			}
		})
	}
}

// valleyTerms are a term of Bosnia's and the same term of Serbia's, for the tests
// of a party halting or renouncing the deal.
var valleyTerms = struct{ bosnia, serbia agreement.Provision }{
	agreement.Provision{Obligor: []string{"BIH"}, Action: agreement.Allow, Object: "passage of convoys through the valley"},
	agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Allow, Object: "passage of convoys through the valley"},
}

// atRiskCase is a report of a deal and whether it puts provision p at risk.
type atRiskCase struct {
	name   string
	p      agreement.Provision
	body   string
	atRisk bool
}

// wantAtRisk assesses each case's p on its body, published after the signing, and
// checks whether it is at risk.
func wantAtRisk(t *testing.T, cases []atRiskCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := assessDated(t, "2030-12-20", "2031-01-01", "2031-04-22", tc.body, tc.p)
			if (st.Value == agreement.AtRisk) != tc.atRisk {
				t.Errorf("%s (%s), want at risk %v", st.Value, st.Reason, tc.atRisk)
			}
		})
	}
}

// TestAssessDealAnnulledByPronoun: a party cancelling "it", or declaring "it" void,
// right after a sentence naming the deal puts its terms at risk; not the terms of
// the other party, not "it" after a sentence naming no deal, not a threat to cancel
// it, nor a cancellation refused.
func TestAssessDealAnnulledByPronoun(t *testing.T) {
	bosnia, serbia := valleyTerms.bosnia, valleyTerms.serbia
	wantAtRisk(t, []atRiskCase{
		{"cancel it", bosnia, "The valley accord has had few friends since the winter. Bosnia's parliament voted on Thursday to cancel it.", true},
		{"declared it void", bosnia, "Nobody in Sarajevo defends the valley accord any more. Bosnia's presidency declared it void on Thursday.", true},
		{"the other party's terms", serbia, "The valley accord has had few friends since the winter. Bosnia's parliament voted on Thursday to cancel it.", false},
		{"no deal named before", bosnia, "The spring fair in Mostar drew few visitors this year. Bosnia's parliament voted on Thursday to cancel it.", false},
		{"a threat", bosnia, "The valley accord has had few friends since the winter. Bosnia's parliament would cancel it if the shelling went on.", false},
		{"negated", bosnia, "The valley accord has had few friends since the winter. Bosnia's parliament did not cancel it on Thursday.", false},
	})
}

// TestAssessDealRenounced: a party declaring itself no longer bound by the deal, or
// withdrawing from it, puts the terms it is bound by at risk; not the other party's,
// not a party still bound, not a withdrawal from a place under the deal, not a threat.
func TestAssessDealRenounced(t *testing.T) {
	bosnia, serbia := valleyTerms.bosnia, valleyTerms.serbia
	wantAtRisk(t, []atRiskCase{
		{"no longer bound by it", bosnia, "Bosnia's presidency said the valley accord had brought nothing and that it was no longer bound by it.", true},
		{"no longer considers itself bound", bosnia, "Bosnia no longer considers itself bound by the terms of the valley agreement, its foreign minister said on Thursday.", true},
		{"withdrew from the accord", bosnia, "Bosnia withdrew from the valley accord on Thursday.", true},
		{"suspended its participation", bosnia, "Bosnia suspended its participation in the valley accord on Thursday.", true},
		{"pulled out of it", bosnia, "The valley accord has had few friends since the winter. Bosnia pulled out of it on Thursday.", true},
		{"the other party's terms", serbia, "Bosnia withdrew from the valley accord on Thursday.", false},
		{"still bound", bosnia, "Bosnia's presidency said it was still bound by the valley accord.", false},
		{"a place left under the deal", bosnia, "Bosnia's army withdrew from the hills under the valley accord on Thursday.", false},
		{"a threat", bosnia, "Bosnia would withdraw from the valley accord if the shelling went on, its foreign minister said.", false},
	})
}
