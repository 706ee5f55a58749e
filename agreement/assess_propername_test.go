package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessOtherNamedByPlacesAlone: a duty of kind other is reported done only when
// a report names a common word of its object, or its first word: the places its
// object names ("referendums in Luzon and Mindanao") tell nothing of the act. An
// opening "None of the ..." with a perfect passive tells it not done (pending).
func TestAssessOtherNamedByPlacesAlone(t *testing.T) {
	vote := agreement.Provision{Obligor: []string{"PHL", "PHLREB"}, Action: agreement.Other, Object: "plebiscites in Luzon, Mindanao and Sulu"}
	language := agreement.Provision{Obligor: []string{"IRQ"}, Action: agreement.Other, Object: "Kurdish as an official language in the north"}
	checkProvisionStatuses(t, "2031-04-22", []provisionCase{
		{vote, statusCase{"places alone", "Philippine troops and rebel columns crossed the old lines at several points in Mindanao and Sulu on Sunday.", agreement.Unknown}},
		{vote, statusCase{"the object and a place", "The plebiscites were held in Mindanao and Sulu on Sunday, officials said.", agreement.Met}},
		{vote, statusCase{"none of them", "None of the plebiscites has been held, officials in Manila said.", agreement.Pending}},
		{language, statusCase{"a name first in the object", "Kurdish has been taught in the schools of the north since 1971.", agreement.Met}},
	})
}

// TestAssessArrangementSigned: signing an arrangement is making the deal, not
// carrying out its terms.
func TestAssessArrangementSigned(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"BGD", "MMR"}, Action: agreement.Other, Object: "start the return of refugees"}
	checkStatuses(t, "2031-01-20", p, []statusCase{
		{"signed the arrangement", "Bangladesh and Myanmar signed the return arrangement for the refugees on Monday, after the flight of the refugees began in August.", agreement.Pending},
	})
}
