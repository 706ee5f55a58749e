package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessDoneButNotYet: an act done in one clause and something of it not yet
// done in a clause "but" joins to it is done in part (in progress), for a duty of
// kind other as for one with a vocabulary; a negation in a relative clause before
// any act done reports nothing done.
func TestAssessDoneButNotYet(t *testing.T) {
	protocol := agreement.Provision{Obligor: []string{"COL"}, Action: agreement.Other, Object: "sign and ratify the additional protocol"}
	chemical := agreement.Provision{Obligor: []string{"SYR"}, Action: agreement.Disarm, Object: "chemical weapons"}
	checkProvisionStatuses(t, "2031-04-22", []provisionCase{
		{protocol, statusCase{"signed, but yet to ratify", "Colombia signed the additional protocol in Vienna in March, but its congress has yet to ratify it.", agreement.InProgress}},
		{chemical, statusCase{"destroyed, but yet to be destroyed", "Syria destroyed the mixing equipment for its chemical weapons, but the agent itself has yet to be destroyed.", agreement.InProgress}},
		{protocol, statusCase{"a negation in a relative clause", "The additional protocol, which Colombia has not signed, is to go to congress.", agreement.Pending}},
	})
}
