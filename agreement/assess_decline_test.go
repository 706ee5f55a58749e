package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessDeclined: an obligor that "declined to" do the act refuses it (at
// risk), even when no coded event tells the refusal; one that declined to say
// or comment tells nothing of the act.
func TestAssessDeclined(t *testing.T) {
	talks := agreement.Provision{Obligor: []string{"USA", "RUS"}, Action: agreement.Negotiate, Object: "negotiations on a ban on missile tests"}
	pullback := agreement.Provision{Obligor: []string{"ETH"}, Action: agreement.Withdraw, Object: "troops from Badme"}
	release := agreement.Provision{Obligor: []string{"RUS"}, Action: agreement.Release, Object: "Ukrainian prisoners"}
	checkProvisionStatuses(t, "2031-04-22", []provisionCase{
		{talks, statusCase{"declined to open talks", "Washington has declined to open negotiations on a ban on missile tests.", agreement.AtRisk}},
		{pullback, statusCase{"declines to withdraw", "Addis Ababa still declines to pull its troops out of Badme, four years after the ruling.", agreement.AtRisk}},
		{release, statusCase{"declined to say", "Russia declined to say when the Ukrainian prisoners would be released.", agreement.Unknown}},
		{release, statusCase{"declined to comment", "Russia declined to comment on the Ukrainian prisoners.", agreement.Unknown}},
	})
}
