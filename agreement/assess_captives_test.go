package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessPassengersAsHostages: the passengers and crew of a seized aircraft or
// ship are the hostages a report frees: the last of them freed is the release
// complete, a first group only begun.
func TestAssessPassengersAsHostages(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"JPNREB"}, Action: agreement.Release, Object: "passengers and crew"}
	checkStatuses(t, "2031-02-20", p, []statusCase{
		{"the last hostages", "The last hostages were freed at the airport on Tuesday.", agreement.Met},
		{"a first group", "A first group of hostages was freed at the airport on Tuesday.", agreement.InProgress},
	})
}
