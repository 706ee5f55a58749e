package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessStatedTermRun: a truce for a stated term, with a report of it holding
// published after the term ended, ran its term: met. Within the term, or when the term
// renews itself, it is still in force.
func TestAssessStatedTermRun(t *testing.T) {
	const body = "The truce along the border held through Friday, officials in the capital said."
	for _, tc := range []struct {
		name string
		cond string
		want agreement.StatusValue
	}{
		{"term over", "for two days", agreement.Met},
		{"term running", "for ten days", agreement.InProgress},
		{"term renews", "for two days, renewed automatically unless a side objects", agreement.InProgress},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := agreement.Provision{Obligor: []string{"ARM", "AZE"}, Action: agreement.CeaseFire, Object: "shelling across the border", Conditions: []string{tc.cond}}
			st := assessSigned(t, []string{"ARM", "AZE"}, body, p)
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}
