package agreement_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestValuedPackage reads the sum a relative clause puts on what a side gives as a
// payment of that sum.
func TestValuedPackage(t *testing.T) {
	const signed = "DHAKA - Bangladesh and the hill tribes signed a peace accord on Monday. "
	ags := extractText(t, "valued package", "2021-05-10", signed+
		"Bangladesh will also give a fund for the hill districts that officials put at 300 million dollars.")
	p := dealProvision(t, ags, agreement.Pay)
	if p.Quantity == nil || *p.Quantity != 3e8 || p.Unit != "usd" {
		t.Errorf("got %v %q, want 3e8 usd", p.Quantity, p.Unit)
	}
}

// TestCasesWithdrawn reads court cases withdrawn as charges dropped by the state,
// not as a withdrawal of forces.
func TestCasesWithdrawn(t *testing.T) {
	const signed = "DHAKA - Bangladesh and the hill tribes signed a peace accord on Monday. "
	for _, tc := range []struct{ name, text string }{
		{"active", "Bangladesh will withdraw the cases against the tribal fighters."},
		{"passive", "Criminal charges against the tribal fighters are to be withdrawn."},
		{"passive after a clause", "Bangladesh will build roads in the hills, and cases against fighters for offences that are not grave will be withdrawn."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags := extractText(t, tc.name, "2021-05-10", signed+tc.text)
			if len(ags) != 1 {
				t.Fatalf("got %d agreements, want 1", len(ags))
			}
			for _, p := range ags[0].Provisions {
				if p.Action == agreement.Withdraw {
					t.Errorf("a withdrawal of forces: %+v", p)
				}
				if p.Action == agreement.Other && (len(p.Obligor) != 1 || p.Obligor[0][:3] != "BGD" || len(p.Obligor[0]) != 3) {
					t.Errorf("obligor %v, want BGD", p.Obligor)
				}
			}
			if !slices.ContainsFunc(ags[0].Provisions, func(p agreement.Provision) bool {
				return p.Action == agreement.Other && strings.HasPrefix(p.Object, "withdrawal of")
			}) {
				t.Errorf("no charges dropped in %+v", ags[0].Provisions)
			}
		})
	}
}
