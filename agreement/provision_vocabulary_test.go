package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestRenounceHostilities checks that a side renouncing violence, refraining from it,
// carrying out no strikes or ceasing its military activity ends its fighting, while
// renouncing or refraining from anything else is no ceasefire.
func TestRenounceHostilities(t *testing.T) {
	const signed = "LIMA - The governments of Peru and Ecuador signed a peace accord on Monday. "
	for _, tc := range []struct {
		name, text string
		ceasefire  bool
	}{
		{"violence abjured", signed + "Ecuador shall abjure violence along the border.", true},
		{"armed struggle renounced", signed + "Peru will renounce armed struggle in the valley.", true},
		{"a claim renounced", signed + "Peru will renounce its claim to the valley.", false},
		{"no strikes carried out", signed + "During the pullback the Peruvian air force will carry out no strikes in the valley.", true},
		{"refraining from violence", signed + "Ecuador will refrain from violence against the border villages.", true},
		{"military activity ceased", signed + "Peru will cease all its military activity in the valley.", true},
		{"refraining from a visit", signed + "Ecuador will refrain from visits to the valley.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags := extractText(t, tc.name, "2021-05-10", tc.text)
			if len(ags) != 1 {
				t.Fatalf("got %d agreements, want 1", len(ags))
			}
			got := false
			for _, p := range ags[0].Provisions {
				got = got || p.Action == agreement.CeaseFire
			}
			if got != tc.ceasefire {
				t.Errorf("ceasefire %v, want %v in %+v", got, tc.ceasefire, ags[0].Provisions)
			}
		})
	}
}

// TestHandedTo checks that in a passive handover the receiver named after "to" is
// no obligor: the other parties give.
func TestHandedTo(t *testing.T) {
	ags := extractText(t, "handed", "2021-05-10", "LIMA - The governments of Peru and Ecuador signed a peace accord on Monday. "+
		"Control of the port of Bolivar will be handed to Peru by June 15.")
	p := dealProvision(t, ags, agreement.Transfer)
	if len(p.Obligor) != 1 || p.Obligor[0] != "ECU" {
		t.Errorf("obligor %v, want [ECU]", p.Obligor)
	}
}

// TestPaymentReceived checks that a side receiving payments is paid by the other.
func TestPaymentReceived(t *testing.T) {
	ags := extractText(t, "receive", "2021-05-10", "LIMA - The governments of Peru and Ecuador signed a peace accord on Monday. "+
		"Ecuador will receive compensation payments for the border villages.")
	p := dealProvision(t, ags, agreement.Pay)
	if len(p.Obligor) != 1 || p.Obligor[0] != "PER" {
		t.Errorf("obligor %v, want [PER]", p.Obligor)
	}
}
