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
	for _, tc := range []struct {
		name string
		p    agreement.Provision
		statusCase
	}{
		{"declined to open talks", talks, statusCase{"", "Washington has declined to open negotiations on a ban on missile tests.", agreement.AtRisk}},
		{"declines to withdraw", pullback, statusCase{"", "Addis Ababa still declines to pull its troops out of Badme, four years after the ruling.", agreement.AtRisk}},
		{"declined to say", release, statusCase{"", "Russia declined to say when the Ukrainian prisoners would be released.", agreement.Unknown}},
		{"declined to comment", release, statusCase{"", "Russia declined to comment on the Ukrainian prisoners.", agreement.Unknown}},
	} {
		tc.statusCase.name = tc.name
		checkStatuses(t, "2031-04-22", tc.p, []statusCase{tc.statusCase})
	}
}
