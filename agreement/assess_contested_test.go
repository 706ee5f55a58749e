package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessContestedDuty: two sides contradicting each other about a duty to act
// outside the provision's own pairs (a rebuttal the article states in its own voice,
// a negation) dispute the duty when both claims name the thing it is about; not when one names it only as the place where something else
// is, nor when the claims are about another thing.
func TestAssessContestedDuty(t *testing.T) {
	pullback := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Withdraw, Object: "gunners from the hills above Visegrad"}
	tanks := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Withdraw, Object: "tanks"}
	bridge := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Transfer, Object: "bridge"}
	tankClaims := "Serbia's army said its tanks near the bridge had been pulled back under the accord. " +
		"Bosnia's government said no tanks near the bridge had been pulled back."
	for _, tc := range []struct {
		name string
		p    agreement.Provision
		body string
		want agreement.StatusValue
	}{
		{"a rebuttal in the article's voice", pullback,
			"Serbia's defence ministry said on Thursday that it had pulled its gunners out of the hills above Visegrad, as the accord requires. " +
				"Sarajevo called the pullout a sham and said the gunners had only moved to the next ridge.",
			agreement.Disputed},
		{"a negation", tanks, tankClaims, agreement.Disputed},
		{"the thing only where something else is", bridge, tankClaims, agreement.Pending},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessDated(t, "2031-01-01", "2031-01-01", "2031-01-03", tc.body, tc.p)
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
			if tc.want == agreement.Disputed && len(st.Evidence) < 2 {
				t.Errorf("evidence %v, want both claims", st.Evidence)
			}
		})
	}
}
