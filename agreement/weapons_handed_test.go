package agreement_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestWeaponsHandedIn checks the sets' convention on weapons handed in: a party's
// fighters handing over, handing in, surrendering or depositing their own weapons of
// any kind disarm, where one state handing arms to another, or a side handing back
// land, goods, the dead or captives, is another act.
func TestWeaponsHandedIn(t *testing.T) {
	const signed = "MAPUTO - The government of Mozambique and the Renamo rebels signed a peace accord on Monday. "
	for _, tc := range []struct {
		name, text, evidence string
		action               agreement.Action
	}{
		{"a count of rifles handed over", signed + "The rebels will hand over 500 rifles to the monitors by June 30.",
			"The rebels", agreement.Disarm},
		{"guns handed in", signed + "Renamo fighters are to hand in their guns at twelve assembly points.",
			"Renamo fighters", agreement.Disarm},
		{"firearms surrendered", signed + "The rebels will surrender their firearms within sixty days.",
			"The rebels", agreement.Disarm},
		{"mortars delivered to the cantonments", signed + "Renamo will deliver its mortars to the cantonment sites by the end of July.",
			"Renamo will", agreement.Disarm},
		{"small arms deposited", signed + "The rebel fighters are to deposit their small arms with the United Nations.",
			"The rebel fighters", agreement.Disarm},
		{"heavy weapons still disarm", signed + "The rebels will hand over their heavy weapons to the army within a month.",
			"The rebels", agreement.Disarm},
		{"rifles handed to peacekeepers", signed + "The rebels will hand over 800 rifles to the United Nations peacekeepers within a month.",
			"The rebels", agreement.Disarm},
		{"a state supplying weapons to another transfers", signed + "Russia will hand over anti-tank weapons to the Mozambican army by the end of the year.",
			"Russia will", agreement.Transfer},
		{"a state arming another's police transfers", signed + "The United States will deliver 300 rifles to the Mozambican police by June 30.",
			"The United States", agreement.Transfer},
		{"a state handing helicopters to another transfers", signed + "Russia will transfer 12 helicopters to Mozambique by the end of the year.",
			"Russia will", agreement.Transfer},
		{"captured rifles given back to their owner transfer", signed + "The rebels will hand back the captured rifles to the army by June 30.",
			"The rebels", agreement.Transfer},
		{"territory handed over transfers", signed + "The rebels will hand over the town of Gorongosa to the army by June 30.",
			"The rebels", agreement.Transfer},
		{"remains handed over transfer", signed + "The rebels will hand over the remains of fallen soldiers to the Red Cross.",
			"The rebels", agreement.Transfer},
		{"prisoners handed over are freed", signed + "The rebels will hand over 40 captured soldiers to the Red Cross.",
			"The rebels", agreement.Release},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags := extractText(t, tc.name, "2021-05-10", tc.text)
			if len(ags) != 1 {
				t.Fatalf("got %d agreements, want 1", len(ags))
			}
			i := slices.IndexFunc(ags[0].Provisions, func(p agreement.Provision) bool {
				return strings.HasPrefix(p.Evidence.Text, tc.evidence)
			})
			if i < 0 {
				t.Fatalf("no provision on %q in %+v", tc.evidence, ags[0].Provisions)
			}
			if p := ags[0].Provisions[i]; p.Action != tc.action {
				t.Errorf("got %s on %q, want %s", p.Action, p.Object, tc.action)
			}
		})
	}
}
