package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessBackgroundCondition: an "if" in a subordinate clause after the act's
// clause is the act's background ("after the council warned that it faced
// sanctions if it stayed"), not a condition on it; one in the act's own clause
// still asserts nothing.
func TestAssessBackgroundCondition(t *testing.T) {
	pullback := agreement.Provision{Obligor: []string{"ERI"}, Action: agreement.Withdraw, Object: "troops from Ethiopian territory"}
	checkStatuses(t, "2031-04-22", pullback, []statusCase{
		{"a warning told after the act", "The last Eritrean units left Ethiopian soil on Saturday, UN monitors said, after the Security Council warned Asmara that it faced sanctions if it kept its troops in the zone.", agreement.Met},
		{"a threat told after the act", "Eritrean troops pulled out of Ethiopian territory on Friday, weeks after Addis Ababa said it would attack if they stayed.", agreement.Met},
		{"the act's own condition", "Eritrea said its troops would leave Ethiopian territory only if the border ruling was enforced.", agreement.Unknown},
	})
}

// TestAssessPostedObservers: observers who "have been posted" where they are to
// deploy are in place; a report they posted is no deployment.
func TestAssessPostedObservers(t *testing.T) {
	observers := agreement.Provision{Obligor: []string{"IGOUNO"}, Action: agreement.Deploy, Object: "military observers along the border"}
	checkStatuses(t, "2031-04-22", observers, []statusCase{
		{"been posted", "UN military observers have been posted along the border since February, a spokesman said.", agreement.Met},
		{"been stationed", "The observers of the mission have been stationed along the border since March.", agreement.Met},
		{"posted a report", "The observers posted a report on the border incidents on their website.", agreement.Unknown},
	})
}

// TestAssessEndingAndCallingOff: a verb of ending is a refusal unless the act is
// itself an ending ("ended its state of emergency" for its lifting); an obligor
// calling off the act a duty to act names ("called off the talks") puts it at
// risk, while the act told as called off by no one named does not.
func TestAssessEndingAndCallingOff(t *testing.T) {
	lifting := agreement.Provision{Obligor: []string{"TUR"}, Action: agreement.Other, Object: "lifting of the state of emergency"}
	amnesty := agreement.Provision{Obligor: []string{"TUR"}, Action: agreement.Other, Object: "amnesty for returning fighters"}
	talks := agreement.Provision{Obligor: []string{"ARM", "AZE"}, Action: agreement.Negotiate, Object: "talks on the border"}
	swap := agreement.Provision{Obligor: []string{"IND", "PAK"}, Action: agreement.Exchange, Object: "prisoners of war"}
	checkProvisionStatuses(t, "2031-04-22", []provisionCase{
		{lifting, statusCase{"ended: the act", "Turkey ended its state of emergency on Thursday, two years after the coup attempt.", agreement.Met}},
		{amnesty, statusCase{"ended: another act", "Turkey ended its amnesty for returning fighters on Thursday.", agreement.AtRisk}},
		{talks, statusCase{"called off the talks", "Armenia called off the talks on the border on Monday, citing shelling near Tavush.", agreement.AtRisk}},
		{swap, statusCase{"cancelled the exchange", "Pakistan cancelled the exchange of prisoners of war on Friday.", agreement.AtRisk}},
		{talks, statusCase{"a calling off told as background", "Armenian and Azerbaijani delegations held talks on the border in Moscow on Monday, days after Armenia had said it would call off the talks.", agreement.Met}},
		{talks, statusCase{"called off by no one named", "The talks on the border were called off on Monday.", agreement.Pending}},
	})
}
