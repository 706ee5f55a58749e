package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessHeldDespite: a truce told as holding, with incidents brought in after it
// by an except word ("apart from", "though"), is in force: the incidents are those
// it held in spite of. A forbidden act told before the holding, or a truce told
// as not holding, is still a breach.
func TestAssessHeldDespite(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"IND", "PAK"}, Action: agreement.CeaseFire, Object: "ceasefire along the Line of Control"}
	checkStatuses(t, "2031-02-20", p, []statusCase{
		{"apart from", "The ceasefire has held along the Line of Control since January, apart from brief exchanges of fire that each army blamed on the other.", agreement.InProgress},
		{"though", "The truce has been respected since January, though Indian and Pakistani officers accused each other of moving guns near Uri before it began.", agreement.InProgress},
		{"quieter", "The Line of Control is quieter than at any time in the past year, though both armies still report sniper fire most weeks.", agreement.InProgress},
		{"an attack before the holding", "Pakistani troops shelled Indian posts near Uri on Tuesday, though the ceasefire has held elsewhere.", agreement.Breached},
		{"no holding", "Indian troops shelled Pakistani posts near Uri on February 12, though officials in Delhi played the incident down.", agreement.Breached},
	})
}
