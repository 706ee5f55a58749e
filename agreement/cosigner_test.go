package agreement_test

import (
	"slices"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestUncodedCosigner checks that a signer the dictionary lacks, listed beside a coded
// one, brings the other state the story names as a party.
func TestUncodedCosigner(t *testing.T) {
	ags := extractText(t, "uncoded cosigner", "2034-05-03",
		"OTTAWA, May 2 - Prime Minister Justin Trudeau and Admiral Tolvo Mekkaren signed a fisheries pact on Tuesday that ends years of quarrels over the waters off Iceland.\n\n"+
			"Under the pact, each side will cut its catch by a fifth.")
	if len(ags) != 1 {
		t.Fatalf("got %d agreements, want 1: %+v", len(ags), ags)
	}
	if got := agreement.ActorRoots(ags[0].Parties); !slices.Equal(got, []string{"CAN", "ISL"}) {
		t.Errorf("parties %v, want CAN and ISL", got)
	}
}
