package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessRefusedPronoun: an obligor refusing "it" or "them" after its
// sentence told the provision's act or object not done ("The commission has not
// been set up; Khartoum says it will not accept it") refuses the act (at risk);
// a pronoun refused in a sentence that named nothing of the provision before
// it, or a refusal that names another thing, does not.
func TestAssessRefusedPronoun(t *testing.T) {
	commission := agreement.Provision{Obligor: []string{"SDN", "SSD"}, Action: agreement.Establish, Object: "joint border commission"}
	ban := agreement.Provision{Obligor: []string{"SRB", "ALB"}, Action: agreement.Prohibit, Object: "troop movements in the border villages"}
	talks := agreement.Provision{Obligor: []string{"SRB", "ALB"}, Action: agreement.Negotiate, Object: "talks on the status of the border villages"}
	checkProvisionStatuses(t, "2031-04-22", []provisionCase{
		{commission, statusCase{"will not accept it", "The joint border commission has not been set up; Khartoum says it will not accept it as drafted.", agreement.AtRisk}},
		{talks, statusCase{"declined to open them", "Talks on the border villages have not begun; Belgrade calls them premature and has declined to open them.", agreement.AtRisk}},
		{commission, statusCase{"nothing of it named before", "Khartoum said on Monday that it would not accept it as drafted.", agreement.Unknown}},
		{ban, statusCase{"talks on the object refused", "Talks on troop movements in the border villages have not begun; Belgrade has declined to open them.", agreement.InProgress}},
		{commission, statusCase{"another thing refused", "The joint border commission has not been set up; Khartoum says it will not accept the new oil levy.", agreement.Pending}},
	})
}
