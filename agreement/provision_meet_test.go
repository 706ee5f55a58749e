package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestEnvoysMeetAgain reads the sides' delegations meeting again to settle what is
// left as talks of both parties, due the day named.
func TestEnvoysMeetAgain(t *testing.T) {
	ags := extractText(t, "meet again", "2021-05-10", "ANKARA - Turkey and Greece signed a maritime accord on Monday. "+
		"The delegations will meet again in Athens on June 25 to work out the details, the minister said.")
	p := dealProvision(t, ags, agreement.Negotiate)
	if len(p.Obligor) != 2 || p.Deadline == nil || p.Deadline.Date != "2021-06-25" {
		t.Errorf("got %v %+v, want both sides by 2021-06-25", p.Obligor, p.Deadline)
	}
}
