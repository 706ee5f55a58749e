package agreement_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestRenouncePresent checks renunciations told in the present, as a deal's text
// words them: renouncing an act or arms bans it, renouncing violence ends the
// fighting, whatever tag the tagger gives the verb and past an ordinal opener; a
// claim renounced in the present and a renunciation told in the past bind no one.
func TestRenouncePresent(t *testing.T) {
	const signed = "LIMA - The governments of Peru and Ecuador signed a peace accord on Monday.\n\n"
	for _, tc := range []struct {
		name, text, evidence string
		action               agreement.Action // "" when the sentence states no term
		obligor              []string
	}{
		{"force renounced by both", signed + "The two countries renounce the use of force to settle the border question.",
			"The two countries", agreement.Prohibit, []string{"ECU", "PER"}},
		{"a numbered renunciation the tagger reads as a noun", signed + "First, the two Parties renounce to have recourse to force in the Cenepa valley.",
			"First,", agreement.Prohibit, []string{"ECU", "PER"}},
		{"arms renounced by one side", signed + "Ecuador renounces the manufacture and possession of chemical weapons.",
			"Ecuador renounces", agreement.Prohibit, []string{"ECU"}},
		{"violence renounced in the present", signed + "Peru and Ecuador renounce violence along the Cordillera del Condor.",
			"Peru and Ecuador", agreement.CeaseFire, []string{"ECU", "PER"}},
		{"a claim renounced in the present is no term", signed + "Peru renounces any claim to the Tiwintza outpost.",
			"Peru renounces", "", nil},
		{"a renunciation told as history is no term", signed + "Peru renounced nuclear weapons in 1969, long before the border war.",
			"Peru renounced", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got *agreement.Provision
			for _, ag := range extractText(t, tc.name, "2021-05-10", tc.text) {
				for i, p := range ag.Provisions {
					if strings.HasPrefix(p.Evidence.Text, tc.evidence) {
						got = &ag.Provisions[i]
					}
				}
			}
			switch {
			case tc.action == "" && got != nil:
				t.Errorf("got %+v, want no term", *got)
			case tc.action == "":
			case got == nil:
				t.Fatalf("no provision from %q", tc.evidence)
			case got.Action != tc.action || !slices.Equal(slices.Sorted(slices.Values(got.Obligor)), tc.obligor):
				t.Errorf("got %s %v, want %s %v", got.Action, got.Obligor, tc.action, tc.obligor)
			}
		})
	}
}

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
