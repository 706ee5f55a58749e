package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessUnnamedBreach: a forbidden act that names no author at all, told by
// the article, at the place a truce of several sides names ("Mortar shells struck
// the port of Hodeidah") breaks the truce; not one whose author is named and bound
// by nothing, nor one at another place, nor fire told as the exception to a truce held.
func TestAssessUnnamedBreach(t *testing.T) {
	truce := agreement.Provision{Obligor: []string{"YEMGOV", "YEMREB"}, Action: agreement.CeaseFire, Object: "ceasefire around the port of Hodeidah"}
	checkProvisionStatuses(t, "2031-04-22", []provisionCase{
		{truce, statusCase{"shells struck the port", "Mortar shells struck the port of Hodeidah on Tuesday night, killing four dock workers.", agreement.Breached}},
		{truce, statusCase{"gunmen fired on ships", "Aid ships dock at the port of Hodeidah every day, though gunmen have fired on some of them.", agreement.Breached}},
		{truce, statusCase{"held apart from fire", "The ceasefire at the port of Hodeidah has largely held, apart from sporadic bursts of fire on Tuesday.", agreement.InProgress}},
		{truce, statusCase{"another place", "Mortar shells struck the town of Mokha on Tuesday night, killing four farmers.", agreement.InProgress}},
		{truce, statusCase{"an author bound by nothing", "Saudi jets struck the port of Hodeidah on Tuesday night, killing four dock workers.", agreement.InProgress}},
	})
}
