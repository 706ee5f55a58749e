package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestEndRestoreContribute checks four wordings of a duty's act: a side that ends its
// presence or forces somewhere withdraws, a named place restored to a party is handed
// over, a sum contributed is paid and a deal to conclude or reach is negotiated; the
// near misses keep their own acts.
func TestEndRestoreContribute(t *testing.T) {
	const signed = "RABAT - Spain and Morocco signed a border accord on Monday. "
	for _, tc := range []struct {
		name, text string
		want       agreement.Action
	}{
		{"presence ended", signed + "Spain will end its presence in the enclave by June 30.", agreement.Withdraw},
		{"military presence ended", signed + "Morocco will end its military presence in the border zone.", agreement.Withdraw},
		{"a named place restored to a party", signed + "Spain will restore the Chafarinas to Morocco by the end of the year.", agreement.Transfer},
		{"a sum contributed", signed + "Spain will contribute 20 million pounds sterling towards the new port.", agreement.Pay},
		{"a treaty to conclude", signed + "Spain and Morocco must conclude a fisheries treaty within three months.", agreement.Negotiate},
		{"a settlement to reach", signed + "The two governments will reach a final settlement of the border question by December.", agreement.Negotiate},
		// near misses
		{"an inquiry concluded is no deal", signed + "Morocco will conclude its investigation into the shooting by June 30.", agreement.Other},
		{"a place reached is no deal", signed + "Moroccan engineers will reach the border post of Tarfaya by May 20.", agreement.Other},
		{"support ended is a ban", signed + "Spain will end its support for the smugglers.", agreement.Prohibit},
		{"fighting ended is a ceasefire", signed + "The two sides will end the fighting along the border.", agreement.CeaseFire},
		{"a supply restored is no handover", signed + "Spain will restore electricity to Morocco's border towns.", agreement.Other},
		{"order restored is no handover", signed + "Morocco will restore order to the border towns.", agreement.Other},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags := extractText(t, tc.name, "2021-05-10", tc.text)
			if len(ags) != 1 || len(ags[0].Provisions) != 1 {
				t.Fatalf("got %+v, want one agreement with one provision", ags)
			}
			if p := ags[0].Provisions[0]; p.Action != tc.want {
				t.Errorf("action %s (%q), want %s", p.Action, p.Object, tc.want)
			}
		})
	}
}
