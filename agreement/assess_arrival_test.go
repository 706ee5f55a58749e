package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessArrivalsAndPayouts reads the field's words for a force that arrives
// where it is to be deployed (its first officers arrived: begun), money disbursed
// to those a payment is owed to, and work reported "under way" on a duty of kind
// other (begun, in progress).
func TestAssessArrivalsAndPayouts(t *testing.T) {
	police := agreement.Provision{Obligor: []string{"IGOUNO"}, Action: agreement.Deploy, Object: "police mission in the border villages"}
	compensation := agreement.Provision{Obligor: []string{"BIH"}, Action: agreement.Pay, Object: "compensation to flood victims"}
	bridge := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.Other, Object: "construction of the bridge over the Drina",
		Deadline: &agreement.Deadline{Date: "2031-12-31", Relative: "by the end of 2031", Anchor: "absolute"}}
	for _, tc := range []struct {
		name string
		body string
		p    agreement.Provision
		want agreement.StatusValue
	}{
		{"the first officers arrived", "The first officers of the police mission have arrived in the border villages, a spokesman said.", police, agreement.InProgress},
		{"money disbursed", "Bosnia disbursed the compensation to the flood victims on Monday.", compensation, agreement.Met},
		{"work under way", "Construction of the bridge over the Drina is under way, engineers said on Monday.", bridge, agreement.InProgress},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessDated(t, "2031-01-01", "2031-01-01", "2031-04-21", tc.body, tc.p)
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}
