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
	for _, tc := range []struct {
		name string
		p    agreement.Provision
		statusCase
	}{
		{"an evacuation allowed", evacuation, statusCase{"", "The Syrian government allowed the evacuation of the wounded from Madaya on Friday, the Red Cross said.", agreement.Met}},
		{"an entry", entry, statusCase{"", "The rebels allowed the entry of government troops into the district on Tuesday, officers said.", agreement.Met}},
		{"an access that goes on", access, statusCase{"", "The Syrian government allowed aid agencies into Madaya on Friday, the Red Cross said.", agreement.InProgress}},
	} {
		tc.statusCase.name = tc.name
		checkStatuses(t, "2031-04-22", tc.p, []statusCase{tc.statusCase})
	}
}
