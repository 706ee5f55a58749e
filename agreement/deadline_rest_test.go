package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestDeadlineRest dates an act done in parts by its last part ("100 of them on May 12
// and the rest on May 30"), and leaves a date with no remainder after it, or "the rest
// of" something else, to the first date.
func TestDeadlineRest(t *testing.T) {
	const signed = "KAMPALA - Uganda and the rebels signed a peace accord on Monday. "
	for _, tc := range []struct {
		name, text string
		action     agreement.Action
		want       string
	}{
		{"the rest on a later day", signed + "Uganda will free 300 rebel prisoners, 100 of them on May 12 and the rest on May 30.", agreement.Release, "2021-05-30"},
		{"the remainder by a later day", signed + "The rebels will free 60 soldiers, half of them on May 14 and the remainder by June 2.", agreement.Release, "2021-06-02"},
		// near misses
		{"no remainder", signed + "The rebels will hand over 40 soldiers on May 14.", agreement.Release, "2021-05-14"},
		{"the rest of something else", signed + "The army will leave the valley on May 20 and the rest of the district by June 15.", agreement.Withdraw, "2021-05-20"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := dealProvision(t, extractText(t, tc.name, "2021-05-10", tc.text), tc.action)
			if p.Deadline == nil || p.Deadline.Date != tc.want {
				t.Errorf("deadline %+v, want %s", p.Deadline, tc.want)
			}
		})
	}
}
