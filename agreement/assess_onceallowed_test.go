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

// TestAssessAllowedMovementDone: the movement an access is to allow, told done in
// its own words ("were moved out", "registered"), is the access given, also when
// another actor is the subject of a coordinate clause before it; the same words of
// someone else's movement, or for an access that goes on, are not.
func TestAssessAllowedMovementDone(t *testing.T) {
	evacuation := agreement.Provision{Obligor: []string{"SYRGOV"}, Action: agreement.Allow, Object: "evacuation of the wounded from Zabadani"}
	departure := agreement.Provision{Obligor: []string{"SYRGOV"}, Action: agreement.Allow, Object: "departure of the civilians from the Old City"}
	registration := agreement.Provision{Obligor: []string{"MOZGOV"}, Action: agreement.Allow, Object: "registration of Renamo as a political party"}
	access := agreement.Provision{Obligor: []string{"SYRGOV"}, Action: agreement.Allow, Object: "access for aid agencies to Zabadani"}
	checkProvisionStatuses(t, "2031-04-22", []provisionCase{
		{evacuation, statusCase{"moved out", "More than a hundred of the wounded were moved out of Zabadani on Monday, the Red Cross said.", agreement.Met}},
		{evacuation, statusCase{"driven out after another clause", "Red Cross lorries have been carrying medicine into Zabadani, and the wounded were driven out on Monday.", agreement.Met}},
		{departure, statusCase{"civilians left", "About 1,300 civilians have left the Old City since Friday, the United Nations said.", agreement.Met}},
		{registration, statusCase{"registered", "The electoral commission registered Renamo as a political party on Monday.", agreement.Met}},
		{evacuation, statusCase{"the wounded not named", "Red Cross lorries were driven out of Zabadani on Monday.", agreement.Unknown}},
		{evacuation, statusCase{"troops moved out", "Syrian troops moved out of their positions near Zabadani on Monday.", agreement.Unknown}},
		{access, statusCase{"an access that goes on", "Aid agencies were driven out of Zabadani on Monday, the Red Cross said.", agreement.InProgress}},
	})
}
