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
