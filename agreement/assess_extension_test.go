package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessExtensionRefused: a party refusing to extend a truce that ran its term
// refuses a longer one, not the truce agreed; refusing the truce itself puts it at
// risk.
func TestAssessExtensionRefused(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.CeaseFire, Object: "fighting",
		Conditions: []string{"for one month"}}
	for _, tc := range []struct {
		name, body string
		want       agreement.StatusValue
	}{
		{"not extended", "Bosnia said on Thursday that it would not extend the month-long ceasefire, which expired on February 1.", agreement.Met},
		{"refused", "Bosnia said on January 20 that it would not abide by the ceasefire.", agreement.AtRisk},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessDated(t, "2030-12-20", "2031-01-01", "2031-02-06", tc.body, p)
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}
