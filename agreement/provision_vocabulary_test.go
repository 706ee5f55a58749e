package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestRenounceHostilities checks that a side renouncing violence ends its fighting,
// while renouncing anything else is no ceasefire.
func TestRenounceHostilities(t *testing.T) {
	const signed = "LIMA - The governments of Peru and Ecuador signed a peace accord on Monday. "
	for _, tc := range []struct {
		name, text string
		ceasefire  bool
	}{
		{"violence abjured", signed + "Ecuador shall abjure violence along the border.", true},
		{"armed struggle renounced", signed + "Peru will renounce armed struggle in the valley.", true},
		{"a claim renounced", signed + "Peru will renounce its claim to the valley.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags := extractText(t, tc.name, "2021-05-10", tc.text)
			if len(ags) != 1 {
				t.Fatalf("got %d agreements, want 1", len(ags))
			}
			got := false
			for _, p := range ags[0].Provisions {
				got = got || p.Action == agreement.CeaseFire
			}
			if got != tc.ceasefire {
				t.Errorf("ceasefire %v, want %v in %+v", got, tc.ceasefire, ags[0].Provisions)
			}
		})
	}
}
