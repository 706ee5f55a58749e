package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessCurrencyInWords: a sum named in words ("335 million dollars") counts in
// the provision's currency code as a symbol does ("$335 million"); a smaller sum,
// or a sum in another currency, does not reach the target.
func TestAssessCurrencyInWords(t *testing.T) {
	target := 335e6
	p := agreement.Provision{Obligor: []string{"SDN"}, Action: agreement.Pay, Object: "compensation for the victims", Quantity: &target, Unit: "usd"}
	checkStatuses(t, "2031-02-20", p, []statusCase{
		{"dollars in words", "Sudan paid 335 million dollars in compensation for the victims on Monday, the Treasury said.", agreement.Met},
		{"a symbol", "Sudan paid $335 million in compensation for the victims on Monday, the Treasury said.", agreement.Met},
		{"fewer dollars", "Sudan paid 100 million dollars in compensation for the victims on Monday, the Treasury said.", agreement.InProgress},
		{"another currency", "Sudan paid 335 million euros in compensation for the victims on Monday, the Treasury said.", agreement.InProgress},
	})
}
