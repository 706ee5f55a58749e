package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestEffectAfterComma counts "within N weeks of the accord taking effect, ten days
// after the signing" from the day the accord takes effect, and from the signing when
// no such day is given.
func TestEffectAfterComma(t *testing.T) {
	const signed = "OSLO - Norway and Sweden signed a border accord on March 1. "
	for _, tc := range []struct {
		name, text, want string
	}{
		{"effect given after a comma", "Sweden is to withdraw its border guards within four weeks of the accord taking effect, ten days after the signing.", "2021-04-08"},
		{"effect not given", "Sweden is to withdraw its border guards within four weeks of the signing, the text says.", "2021-03-29"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := dealProvision(t, extractText(t, tc.name, "2021-03-02", signed+tc.text), agreement.Withdraw)
			if p.Deadline == nil || p.Deadline.Date != tc.want {
				t.Errorf("deadline %+v, want %s", p.Deadline, tc.want)
			}
		})
	}
}
