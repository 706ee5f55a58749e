package agreement_test

import (
	"slices"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestBeneficiaries checks who benefits from a duty where the golden files do not
// show it: the subject of a gain ("the rebels are to get ..."), and the receivers a
// pronoun after "give" names ("obliged to give them ...").
func TestBeneficiaries(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		object     string
		want       []string
	}{
		{"gain", "Sudan's government and the rebels signed a peace agreement in Juba on Saturday. Under the accord, the rebels are to get four seats on the Sovereign Council.",
			"seats", []string{"SDNREB"}},
		{"give them", "Sudan's government and the rebels signed a peace agreement in Juba on Saturday. Under the accord, the rebels are to get four seats on the Sovereign Council, and Khartoum is obliged to give them three cabinet ministries.",
			"cabinet ministries", []string{"SDNREB"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags := extractText(t, tc.name, "2020-10-04", tc.text)
			if len(ags) != 1 {
				t.Fatalf("got %d agreements, want 1", len(ags))
			}
			i := slices.IndexFunc(ags[0].Provisions, func(p agreement.Provision) bool { return p.Object == tc.object })
			if i < 0 {
				t.Fatalf("no provision on %q in %+v", tc.object, ags[0].Provisions)
			}
			if got := ags[0].Provisions[i].Beneficiary; !slices.Equal(got, tc.want) {
				t.Errorf("beneficiary %v, want %v", got, tc.want)
			}
		})
	}
}
