package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessTruceDue: a truce due by a date is done once it takes effect, and
// broken by the fighting it forbids after its deadline, as a truce in force is.
func TestAssessTruceDue(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.CeaseFire, Object: "permanent ceasefire",
		Deadline: &agreement.Deadline{Date: "2031-01-04", Relative: "within 72 hours of the signing", Anchor: "signing"}}
	for _, tc := range []struct {
		name, body string
		breached   bool
	}{
		{"fighting resumed", "The ceasefire took effect on January 3. Heavy fighting resumed along the river on March 2, despite the ceasefire.", true},
		{"took effect", "The ceasefire took effect on January 3, the monitors said.", false},
		{"fighting before the deadline", "Serbian and Bosnian troops fought along the river on January 2.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessDated(t, "2030-12-20", "2031-01-01", "2031-04-22", tc.body, p)
			if (st.Value == agreement.Breached) != tc.breached {
				t.Errorf("%s (%s), want breached %v", st.Value, st.Reason, tc.breached)
			}
		})
	}
}
