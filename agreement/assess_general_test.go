package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessGeneralWording assesses hand-built provisions against one-sentence
// reports written for this test, each in wording that no development article uses:
// a figure short of the target after the deadline, a negation in another clause, a
// refusal in a background clause, a splinter faction's rejection, a postponement by
// a law, and a deadline nobody reports on.
func TestAssessGeneralWording(t *testing.T) {
	dl := func(d string) *agreement.Deadline { return &agreement.Deadline{Date: d, Anchor: "absolute"} }
	for _, tc := range []struct {
		name string
		body string
		p    agreement.Provision
		want agreement.StatusValue
	}{
		{"figure short of the target", "Only 2,300 of 9,000 guerrillas had been demobilised by the end of March, the commission said in its report.",
			agreement.Provision{Obligor: []string{"PHLREB"}, Action: agreement.Disarm, Object: "guerrillas", Quantity: num(9000), Unit: "guerrillas", Deadline: dl("2031-03-01")},
			agreement.PartiallyMet},
		{"negation in another clause", "The pullout of the artillery from the corridor was finished on Monday, and Malaysian officials did not dispute it.",
			agreement.Provision{Obligor: []string{"PHLREB"}, Action: agreement.Withdraw, Object: "artillery", Deadline: dl("2031-04-20")},
			agreement.Met},
		{"a refusal in a background clause", "A unity cabinet was sworn in on Monday, after the rebels rejected a first list of ministers.",
			agreement.Provision{Obligor: []string{"PHLGOV"}, Action: agreement.Establish, Object: "unity cabinet"},
			agreement.Met},
		{"a splinter faction rejects the deal", "A breakaway faction of the MNLF rejected the accord and vowed to keep fighting.",
			agreement.Provision{Obligor: []string{"PHLREB"}, Action: agreement.CeaseFire, Object: "hostilities"},
			agreement.InProgress}, // no refusal of the party's, no breach: in force
		{"postponed by a law", "The provincial elections did not take place: a law passed in January postponed them to 2034.",
			agreement.Provision{Obligor: []string{"PHLGOV"}, Action: agreement.Other, Object: "provincial elections", Deadline: dl("2031-12-31")},
			agreement.Superseded},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _, _ := assessWith(t, tc.body, tc.p)
			if st := statusOf(t, got, "p1"); st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}
