package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessVerbNegated: a negation of the act ("were never sent home") whose words
// the object holds ("soldiers ... sent home") tells the act not done; only a word
// naming a thing missing ("no soldiers left") reports the obligor's forces gone.
func TestAssessVerbNegated(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Reduce, Object: "soldiers not in the new army sent home"}
	parties := []string{"SRB", "BIH"}
	if st := assessSigned(t, parties, "Serbia's defence ministry said it had no soldiers left to send home.", p); st.Value != agreement.Met {
		t.Errorf("control: %s (%s), want met", st.Value, st.Reason)
	}
	for _, body := range []string{
		"Serbian soldiers were never sent home.",
		"Serbia never sent its soldiers home.",
	} {
		t.Run(body, func(t *testing.T) {
			if st := assessSigned(t, parties, body, p); st.Value == agreement.Met {
				t.Errorf("%s (%s), want not met", st.Value, st.Reason)
			}
		})
	}
}

// TestAssessWeaponsReceived: weapons a monitor has received are weapons handed in
// (testdata/agreements/README.md: "Weapons handed in ... are disarm"); "only part
// of" them is a disarmament done in part.
func TestAssessWeaponsReceived(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"PHLREB"}, Action: agreement.Disarm, Object: "rifles"}
	parties := []string{"PHL", "PHLREB"}
	for _, tc := range []struct {
		body  string
		want  agreement.StatusValue
		stage int
	}{
		{"The monitoring commission says it has received all the rifles of the rebels.", agreement.Met, 3},
		{"The monitoring commission says it has received only part of the rifles held by the rebels.", agreement.InProgress, 2},
	} {
		t.Run(tc.body, func(t *testing.T) {
			st := assessSigned(t, parties, tc.body, p)
			if st.Value != tc.want || st.Level != tc.stage {
				t.Errorf("%s level %d (%s), want %s level %d", st.Value, st.Level, st.Reason, tc.want, tc.stage)
			}
			if len(st.Evidence) == 0 {
				t.Errorf("no evidence cited")
			}
		})
	}
}

// TestAssessStandingFirst: a standing word in -ing names a state kept only as the
// object's first word ("remaining neutral in the conflict"); after a verb it
// describes a noun ("mark the remaining border sections"), a duty done once, not
// in force from the signing.
func TestAssessStandingFirst(t *testing.T) {
	parties := []string{"SRB", "BIH"}
	const body = "Serbian and Bosnian officials met in Zvornik on Thursday."
	for _, tc := range []struct {
		object string
		want   agreement.StatusValue
	}{
		{"remaining neutral in the conflict", agreement.InProgress},
		{"mark the remaining border sections on the ground", agreement.Pending},
	} {
		t.Run(tc.object, func(t *testing.T) {
			p := agreement.Provision{Obligor: parties, Action: agreement.Other, Object: tc.object}
			if st := assessSigned(t, parties, body, p); st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}
