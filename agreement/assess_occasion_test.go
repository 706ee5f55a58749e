package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessOccasionAndDissolution: an occasion an object names after a word of
// its own ("multiparty elections", "a general election") is held when a form of
// its noun and an occurred word are told; a group dissolved is disbanded.
func TestAssessOccasionAndDissolution(t *testing.T) {
	elections := agreement.Provision{Obligor: []string{"MOZ"}, Action: agreement.Other, Object: "multiparty elections"}
	general := agreement.Provision{Obligor: []string{"MOZ"}, Action: agreement.Other, Object: "a general election"}
	disband := agreement.Provision{Obligor: []string{"COLREB"}, Action: agreement.Other, Object: "disbanding of the militia"}
	for _, tc := range []struct {
		name string
		p    agreement.Provision
		statusCase
	}{
		{"the elections were held", elections, statusCase{"", "The elections were held on March 27 and 28, under the eyes of UN monitors.", agreement.Met}},
		{"the election took place", general, statusCase{"", "The election took place on March 27, two years after the accord.", agreement.Met}},
		{"the elections put off", elections, statusCase{"", "The elections were put off until the autumn.", agreement.Unknown}},
		{"dissolved itself", disband, statusCase{"", "The militia formally dissolved itself on Tuesday at a congress in the hills.", agreement.Met}},
		{"was dissolved", disband, statusCase{"", "The militia was dissolved on Friday after a vote of its members.", agreement.Met}},
		{"not dissolved", disband, statusCase{"", "The militia has not dissolved itself, and its men still patrol the hills.", agreement.Pending}},
	} {
		tc.statusCase.name = tc.name
		checkStatuses(t, "2031-04-22", tc.p, []statusCase{tc.statusCase})
	}
}
