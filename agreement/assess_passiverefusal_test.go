package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessPassiveRefusal: the provision's object told refused in the passive,
// with no agent ("was turned down", "were rejected"), is refused by its only
// obligor (at risk); not when someone else is named refusing it ("by India"), nor
// when what was turned down is another thing.
func TestAssessPassiveRefusal(t *testing.T) {
	powers := agreement.Provision{Obligor: []string{"LKA"}, Action: agreement.Transfer, Object: "police powers to the provincial councils"}
	checkProvisionStatuses(t, "2031-04-22", []provisionCase{
		{powers, statusCase{"was rejected", "The Tamil parties' request for police powers was rejected, and the powers have not gone to the councils.", agreement.AtRisk}},
		{powers, statusCase{"was turned down", "A bill to hand police powers to the provincial councils was turned down in March.", agreement.AtRisk}},
		{powers, statusCase{"by someone else", "The Tamil parties' request for police powers was rejected by India.", agreement.Unknown}},
		{powers, statusCase{"another thing", "A request for new provincial flags was turned down, and police powers have not gone to the councils.", agreement.Unknown}},
	})
}
