package agreement_test

import (
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestConflictGoneAgainstStaying pairs one side's report that its forces, arms or
// captives are gone with the other side's that they are still there, when the
// agreement takes them away; not when it takes nothing away, not when both sides
// say they are gone, and not when the staying is a commitment kept.
func TestConflictGoneAgainstStaying(t *testing.T) {
	withdraw := agreement.Provision{Obligor: []string{"ARM"}, Action: agreement.Withdraw, Object: "troops from the border villages"}
	talks := agreement.Provision{Obligor: []string{"ARM", "AZE"}, Action: agreement.Negotiate, Object: "talks on the border"}
	for _, tc := range []struct {
		name string
		p    agreement.Provision
		body string
		want bool
	}{
		{"finished against still there", withdraw,
			"Armenia's defence ministry said the pull-out had been completed on time. " +
				"Azerbaijan's foreign ministry said gunmen were still holding two hilltops near Kornidzor.", true},
		{"none remained against still there", withdraw,
			"Armenia's defence ministry said not one soldier remained on the far side. " +
				"Azerbaijan's foreign ministry said gunmen were still holding two hilltops near Kornidzor.", true},
		{"perfect tense against hidden", withdraw,
			"Armenia's defence ministry said the brigade has withdrawn on schedule. " +
				"Azerbaijan's foreign ministry said heavy guns were hidden in a farm near Kornidzor.", true},
		{"no agreement that takes anything away", talks,
			"Armenia's defence ministry said its troops had finished the pull-out from the border villages on Monday. " +
				"Azerbaijan's foreign ministry said Armenian soldiers were still holding two hilltops above the villages.", false},
		{"both sides say they are gone", withdraw,
			"Armenia's defence ministry said its troops had finished the pull-out from the border villages on Monday. " +
				"Azerbaijan's foreign ministry said no Armenian soldier remained in the villages.", false},
		{"a commitment kept is no staying", withdraw,
			"Armenia's defence ministry said its troops had finished the pull-out from the border villages on Monday. " +
				"Azerbaijan's foreign ministry said it remained committed to the talks.", false},
		{"a pull-out not finished", withdraw,
			"Armenia's defence ministry said its troops had not finished the pull-out from the border villages. " +
				"Azerbaijan's foreign ministry said Armenian soldiers were still holding two hilltops above the villages.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags, rec, asOf := accordReport(t, "2030-01-02", "2030-01-01", "2030-02-01", []string{"ARM", "AZE"}, tc.body, tc.p)
			got := false
			for _, c := range agreement.Conflicts(ags, rec, asOf) {
				t.Logf("pair %s %q / %s %q (%s)", c.A.Speaker.Code, c.A.Text, c.B.Speaker.Code, c.B.Text, c.Reason)
				got = got || strings.Contains(c.Reason, "whether they are gone")
			}
			if got != tc.want {
				t.Errorf("gone against staying: %v, want %v", got, tc.want)
			}
		})
	}
}
