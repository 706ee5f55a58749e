package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestMoneyTerms checks sums a side lays out: funding is paying, and South Asian
// scales ("crore", "lakh", stacked) count in rupees.
func TestMoneyTerms(t *testing.T) {
	const signed = "NEW DELHI - India and Nepal signed a border accord on Monday. "
	for _, tc := range []struct {
		name, text string
		quantity   float64
		unit       string
	}{
		{"a side funds a programme", signed + "India will fund the rebuilding of the roads in the border districts.", 0, ""},
		{"crore rupees in words", signed + "India will spend two thousand crore rupees on roads in the border districts.", 2e10, "inr"},
		{"a sum after a receiver named with its article", signed + "India will pay the United Nations 40 million dollars for the survey of the border.", 4e7, "usd"},
		{"pounds sterling contributed", signed + "India will contribute 30 million pounds sterling over five years towards the new canals.", 3e7, "gbp"},
		{"stacked scales after the rupee sign", signed + "India will put ₹1.5 lakh crore into a fund for the border districts.", 1.5e12, "inr"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags := extractText(t, tc.name, "2021-05-10", tc.text)
			if len(ags) != 1 {
				t.Fatalf("got %d agreements, want 1", len(ags))
			}
			for _, p := range ags[0].Provisions {
				if p.Action != agreement.Pay {
					continue
				}
				if len(p.Obligor) != 1 || p.Obligor[0][:3] != "IND" {
					t.Errorf("obligor %v, want India", p.Obligor)
				}
				if tc.quantity == 0 {
					return
				}
				if p.Quantity == nil || *p.Quantity != tc.quantity || p.Unit != tc.unit {
					t.Errorf("got %v %q, want %v %q", p.Quantity, p.Unit, tc.quantity, tc.unit)
				}
				return
			}
			t.Errorf("no payment in %+v", ags[0].Provisions)
		})
	}
}
