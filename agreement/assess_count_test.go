package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessCountShortUnit: a count whose noun is a short word of the object
// ("five men") counts the object: the target reached is met, a smaller count is
// progress.
func TestAssessCountShortUnit(t *testing.T) {
	five := 5.0
	p := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Release, Object: "five Bosnian men held in Nis", Quantity: &five}
	for _, tc := range []struct {
		body string
		want agreement.StatusValue
	}{
		{"Five Bosnian men held in Nis were freed and greeted with flowers in Sarajevo.", agreement.Met},
		{"Two Bosnian men held in Nis were freed and greeted with flowers in Sarajevo.", agreement.InProgress},
	} {
		t.Run(tc.body, func(t *testing.T) {
			if st := assessSigned(t, []string{"SRB", "BIH"}, tc.body, p); st.Value != tc.want || len(st.Evidence) == 0 {
				t.Errorf("%s (%s, %d cited), want %s", st.Value, st.Reason, len(st.Evidence), tc.want)
			}
		})
	}
}

// TestAssessAgreeingDone: talks that "finished agreeing" what they were to settle
// are negotiations done.
func TestAssessAgreeingDone(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRBGOV", "BIHGOV"}, Action: agreement.Negotiate, Object: "exact line of the crossing points"}
	const body = "Serbian and Bosnian officials finished agreeing the exact line of the crossing points, the ministry said."
	if st := assessSigned(t, []string{"SRB", "BIH"}, body, p); st.Value != agreement.Met || len(st.Evidence) == 0 {
		t.Errorf("%s (%s, %d cited), want met", st.Value, st.Reason, len(st.Evidence))
	}
}
