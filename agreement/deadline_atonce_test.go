package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestDeadlineAtOnce dates an act due "immediately", "at once" or "without delay" on
// the signing day and leaves a duty
// kept from then on (a ceasefire) and one counted from another act undated by it.
func TestDeadlineAtOnce(t *testing.T) {
	const signed = "LOMÉ - Togo and Benin signed a border accord on Monday. "
	cases := []struct {
		name, date, text string
		action           string
		want, anchor     string
	}{
		{"released at once", "2021-05-12", signed + "Togo is to release all Beninese fishermen it holds at once.", "release", "2021-05-10", "signing"},
		{"withdrawn immediately", "2021-05-12", signed + "Beninese troops are to leave the disputed islands immediately.", "withdraw", "2021-05-10", "signing"},
		{"reached the day the article is dated", "2021-05-12", "LOMÉ - Togo and Benin have reached a border accord, officials said. Togo is to release all Beninese fishermen it holds without delay.", "release", "2021-05-12", "signing"},
		// near misses
		{"a ceasefire at once is kept, not done", "2021-05-12", signed + "The two armies are to cease fire at once.", "cease_fire", "", ""},
		{"immediately after another act", "2021-05-12", signed + "Togo is to release all Beninese fishermen it holds immediately after the vote in parliament.", "release", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := dealProvision(t, extractText(t, c.name, c.date, c.text), agreement.Action(c.action))
			got, anchor := "", ""
			if p.Deadline != nil {
				got, anchor = p.Deadline.Date, p.Deadline.Anchor
			}
			if got != c.want || anchor != c.anchor {
				t.Errorf("deadline %+v, want %s (%s)", p.Deadline, c.want, c.anchor)
			}
		})
	}
}
