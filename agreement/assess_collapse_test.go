package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessCollapse: a truce told as breaking down or giving way, or fighting told as resuming
// in a sentence that names the truce or its parties, is breached, even when no one
// is said to have fought; a plan, a negated collapse, a resumption before the deal
// or fighting with others outside it breaks nothing.
func TestAssessCollapse(t *testing.T) {
	truce := agreement.Provision{Obligor: []string{"ARM", "AZE"}, Action: agreement.CeaseFire, Object: "truce along the border"}
	parties := []string{"ARM", "AZE"}
	for _, tc := range []struct {
		name string
		body string
		want agreement.StatusValue
	}{
		{"broke down", "The truce broke down on Friday, when heavy fighting near the border killed dozens of villagers.", agreement.Breached},
		{"collapsed", "The truce collapsed on Friday as shells fell on villages and thousands fled.", agreement.Breached},
		{"fighting resumed", "Heavy fighting resumed on Friday along the border, ending the ceasefire that Moscow had brokered.", agreement.Breached},
		{"fighting resumes, present", "The terms are never fully honoured, and fighting resumes in the hills as the army splits.", agreement.Breached},
		{"fighting has continued", "Fighting has continued in the hills despite the truce, with clashes reported in two districts.", agreement.Breached},
		{"gave way", "By the end of the month the truce gave way, and the border villages emptied again.", agreement.Breached},
		{"the government gave way", "The truce held through the month, and the government gave way on the question of the border posts.", agreement.InProgress},
		{"not broken down", "The truce has not broken down, and the border was calm on Friday.", agreement.InProgress},
		{"a fear", "Diplomats warned on Friday that the truce could collapse if fighting resumed along the border.", agreement.InProgress},
		{"fighting with others", "Fighting broke out on Friday in a village near the border, between Azerbaijani troops and local smugglers.", agreement.InProgress},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessSigned(t, parties, tc.body, truce)
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}
