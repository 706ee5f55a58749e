package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessNotKept: a party said not to keep a truce ("failed to keep to",
// "neither side respected") breaks it, and so does one said to be "breaking" it;
// a truce respected, a failure only supposed, or fighting feared "breaking out"
// breaks nothing.
func TestAssessNotKept(t *testing.T) {
	truce := agreement.Provision{Obligor: []string{"ARM", "AZE"}, Action: agreement.CeaseFire, Object: "fighting along the border"}
	checkStatuses(t, "2031-04-22", truce, []statusCase{
		{"failed to keep to", "Armenia failed to keep to the truce along the border for more than a week.", agreement.Breached},
		{"neither side respected", "Neither side respected the ceasefire in its first days, the monitors said.", agreement.Breached},
		{"breaking the truce", "Azerbaijan's defence ministry said Armenian units were breaking the truce near Tavush.", agreement.Breached},
		{"respected", "Both sides have respected the ceasefire along the border, the monitors said.", agreement.InProgress},
		{"a failure supposed", "Moscow warned that if Armenia failed to keep to the truce, it would send more troops.", agreement.InProgress},
		{"breaking out feared", "Diplomats fear fresh fighting breaking out along the border in the spring.", agreement.InProgress},
	})
}
