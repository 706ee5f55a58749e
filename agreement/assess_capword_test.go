package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessCapWords: a cap told exceeded or kept in words, with no figure
// ("had exceeded the limit", "stayed under the ceiling"), is a report above or
// within it; the two sides saying each is disputed; a negated excess keeps it.
func TestAssessCapWords(t *testing.T) {
	limit := 1550.0
	warheads := agreement.Provision{Obligor: []string{"USA", "RUS"}, Action: agreement.Prohibit, Object: "deployed strategic warheads above the treaty limit", Quantity: &limit, Unit: "warheads"}
	checkProvisionStatuses(t, "2031-04-22", []provisionCase{
		{warheads, statusCase{"exceeded the limit", "The monitors said on Monday that Russian deployed warheads had exceeded the limit since March.", agreement.Breached}},
		{warheads, statusCase{"each side says", "Washington said in March that Russian deployed warheads had exceeded the limit. Moscow rejected the charge and said that its warheads had stayed under the ceiling.", agreement.Disputed}},
		{warheads, statusCase{"not exceeded", "The monitors said on Monday that Russian deployed warheads had not exceeded the limit since March.", agreement.InProgress}},
	})
}
