package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestConflictVowAgainstTerm pairs with a ban's own text its obligor's vow to do
// what the ban rules out, and pairs no vow of the other party, nor the obligor's vow
// about something else.
func TestConflictVowAgainstTerm(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"GRC"}, Action: agreement.Prohibit, Object: "blocking North Macedonia's membership of NATO"}
	for _, tc := range []struct {
		name, body string
		want       bool
	}{
		{"the obligor's vow",
			"Greece's defence minister said Greece would never let North Macedonia join NATO.", true},
		{"the other party's vow",
			"North Macedonia's foreign minister said his country would never give up its language.", false},
		{"the obligor's vow about something else",
			"Greece's defence minister said Greece would never cut its army.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags, rec, asOf := accordReport(t, "2030-01-02", "2030-01-01", "2030-06-01", []string{"GRC", "MKD"}, tc.body, p)
			got := false
			for _, c := range agreement.Conflicts(ags, rec, asOf) {
				t.Logf("pair %s %q / %s %q (%s)", c.A.Speaker.Code, c.A.Text, c.B.Speaker.Code, c.B.Text, c.Reason)
				got = got || c.B.Speaker.Code == "AGREEMENT"
			}
			if got != tc.want {
				t.Errorf("paired with the term: %v, want %v", got, tc.want)
			}
		})
	}
}
