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
