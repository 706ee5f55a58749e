package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestPresentUnderDeal reads a term told in the present after "Under the accord,"
// as a duty, and leaves a headline-like present without the citation alone.
func TestPresentUnderDeal(t *testing.T) {
	const signed = "LOME - Togo and Benin signed a border accord on Monday. "
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"cited, singular verb", "Under the accord, Togo frees 120 detainees within a month.", true},
		{"cited, plural verb", "Under the accord, Beninese troops leave the disputed villages.", true},
		{"not cited", "Beninese troops leave the disputed villages.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags := extractText(t, tc.name, "2021-05-10", signed+tc.text)
			if len(ags) != 1 {
				t.Fatalf("got %d agreements, want 1", len(ags))
			}
			got := false
			for _, p := range ags[0].Provisions {
				got = got || p.Action == agreement.Release || p.Action == agreement.Withdraw
			}
			if got != tc.want {
				t.Errorf("duty read %v, want %v: %+v", got, tc.want, ags[0].Provisions)
			}
		})
	}
}
