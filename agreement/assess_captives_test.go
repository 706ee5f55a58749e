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

// TestAssessCoffinsOfCaptives: the coffins handed over are the captured soldiers (or
// hostages) a transfer is to return, when the captives are dead; other things handed
// over are not.
func TestAssessCoffinsOfCaptives(t *testing.T) {
	two := 2.0
	p := agreement.Provision{Obligor: []string{"LBNREB"}, Action: agreement.Transfer, Object: "the two captured soldiers", Quantity: &two}
	checkStatuses(t, "2031-02-20", p, []statusCase{
		{"two coffins", "Hezbollah handed two coffins to the Red Cross at the border crossing on Wednesday.", agreement.Met},
		{"documents", "Hezbollah handed two boxes of documents to the Red Cross at the border crossing on Wednesday.", agreement.Unknown},
	})
}
