package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessAllowedOnce: an access to a movement done once (an evacuation, a
// departure, an entry) is met when it is reported done; an access that goes on
// (aid agencies' access) is in force, not met.
func TestAssessAllowedOnce(t *testing.T) {
	evacuation := agreement.Provision{Obligor: []string{"SYRGOV"}, Action: agreement.Allow, Object: "evacuation of the wounded from Madaya"}
	entry := agreement.Provision{Obligor: []string{"IRQREB"}, Action: agreement.Allow, Object: "entry of government troops into the district"}
	access := agreement.Provision{Obligor: []string{"SYRGOV"}, Action: agreement.Allow, Object: "access for aid agencies to Madaya"}
	checkProvisionStatuses(t, "2031-04-22", []provisionCase{
		{evacuation, statusCase{"an evacuation allowed", "The Syrian government allowed the evacuation of the wounded from Madaya on Friday, the Red Cross said.", agreement.Met}},
		{entry, statusCase{"an entry", "The rebels allowed the entry of government troops into the district on Tuesday, officers said.", agreement.Met}},
		{access, statusCase{"an access that goes on", "The Syrian government allowed aid agencies into Madaya on Friday, the Red Cross said.", agreement.InProgress}},
	})
}
