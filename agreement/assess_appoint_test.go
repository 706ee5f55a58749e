package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessAppointed reads a body or a post given by naming or electing its
// holders: a cabinet named is the government set up, a speaker elected the post
// handed over; a source who asks not to be named names no body.
func TestAssessAppointed(t *testing.T) {
	both := []string{"SRB", "BIH"}
	unity := agreement.Provision{Obligor: both, Action: agreement.Establish, Object: "government of national unity"}
	for _, tc := range []struct {
		name, body string
		p          agreement.Provision
		want       agreement.StatusValue
	}{
		{"cabinet named", "The prime minister named his cabinet on Wednesday, with ministers from both camps.", unity, agreement.Met},
		{"cabinet was named", "The cabinet of the government of national unity was named on January 8, a week after the signing.", unity, agreement.Met},
		{"group named by", "The joint panel of experts named by the mediators is led by a retired judge, officials said.",
			agreement.Provision{Obligor: both, Action: agreement.Establish, Object: "joint panel of experts"}, agreement.Met},
		{"speaker elected", "Marko Petrovic of the Bosnian list was elected speaker of the joint assembly on Monday.",
			agreement.Provision{Obligor: both, Action: agreement.Transfer, Object: "speaker of the joint assembly"}, agreement.Met},
		{"not to be named", "The government of national unity is still being discussed, said an official who asked not to be named.", unity, agreement.Pending},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessDated(t, "2030-12-20", "2031-01-01", "2031-01-10", tc.body, tc.p)
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}
