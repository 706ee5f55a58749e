package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessBodyBeganWork: a body to be set up that began its work is there (met);
// work begun on something for it ("work on the commission's offices") only begins
// the duty.
func TestAssessBodyBeganWork(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"ERI", "ETH"}, Action: agreement.Establish, Object: "a boundary commission"}
	checkStatuses(t, "2031-02-20", p, []statusCase{
		{"began work", "The boundary commission began work in The Hague on Monday, officials said.", agreement.Met},
		{"began its work", "The boundary commission began its work in The Hague on Monday.", agreement.Met},
		{"work on its offices", "Building of the boundary commission's offices in The Hague began on Monday.", agreement.InProgress},
	})
}
