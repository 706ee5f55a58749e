package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessOccasionAndDissolution: an occasion an object names after a word of
// its own ("multiparty elections", "a general election") is held when a form of
// its noun and an occurred word are told; a group dissolved is disbanded; a
// ruler who left the country made the departure from it.
func TestAssessOccasionAndDissolution(t *testing.T) {
	departure := agreement.Provision{Obligor: []string{"TUN"}, Action: agreement.Other, Object: "departure from the country"}
	elections := agreement.Provision{Obligor: []string{"MOZ"}, Action: agreement.Other, Object: "multiparty elections"}
	general := agreement.Provision{Obligor: []string{"MOZ"}, Action: agreement.Other, Object: "a general election"}
	disband := agreement.Provision{Obligor: []string{"COLREB"}, Action: agreement.Other, Object: "disbanding of the militia"}
	checkProvisionStatuses(t, "2031-04-22", []provisionCase{
		{elections, statusCase{"the elections were held", "The elections were held on March 27 and 28, under the eyes of UN monitors.", agreement.Met}},
		{general, statusCase{"the election took place", "The election took place on March 27, two years after the accord.", agreement.Met}},
		{elections, statusCase{"the elections put off", "The elections were put off until the autumn.", agreement.Unknown}},
		{disband, statusCase{"dissolved itself", "The militia formally dissolved itself on Tuesday at a congress in the hills.", agreement.Met}},
		{disband, statusCase{"was dissolved", "The militia was dissolved on Friday after a vote of its members.", agreement.Met}},
		{disband, statusCase{"not dissolved", "The militia has not dissolved itself, and its men still patrol the hills.", agreement.Pending}},
		{departure, statusCase{"left the country", "President Ben Ali left the country late on Friday, hours after the army refused to fire on protesters.", agreement.Met}},
		{departure, statusCase{"flew out of the country", "Ben Ali flew out of the country on Friday night.", agreement.Met}},
		{departure, statusCase{"left the palace", "Ben Ali left the palace for a villa near the coast.", agreement.Unknown}},
	})
}
