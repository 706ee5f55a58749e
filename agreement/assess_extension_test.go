package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessExtensionRefused: a party refusing to extend a truce that ran its term
// refuses a longer one, not the truce agreed; refusing the truce itself puts it at
// risk.
func TestAssessExtensionRefused(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.CeaseFire, Object: "fighting",
		Conditions: []string{"for one month"}}
	checkStatuses(t, "2031-02-06", p, []statusCase{
		{"not extended", "Bosnia said on Thursday that it would not extend the month-long ceasefire, which expired on February 1.", agreement.Met},
		{"refused", "Bosnia said on January 20 that it would not abide by the ceasefire.", agreement.AtRisk},
	})
}
