package agreement_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestUncodedCosigner checks that a signer the dictionary lacks, listed beside a coded
// one, brings the other state the story names as a party; a state a relative clause
// after the deal names, telling what the deal did, comes after those the next
// sentences name.
func TestUncodedCosigner(t *testing.T) {
	for _, tc := range []struct {
		name, date, text string
		want             []string
	}{
		{"the state of the relative clause when no other", "2034-05-03",
			"OTTAWA, May 2 - Prime Minister Justin Trudeau and Admiral Tolvo Mekkaren signed a fisheries pact on Tuesday that ends years of quarrels over the waters off Iceland.\n\n" +
				"Under the pact, each side will cut its catch by a fifth.",
			[]string{"CAN", "ISL"}},
		{"the next sentences' state before the relative clause's", "2034-02-14",
			"UN Secretary-General Anna Lindqvist and Jorge Paldomar signed a memorandum of understanding in Caracas on Monday that may spare the country American air strikes.\n\n" +
				"The text is short. Venezuela will give the inspectors unrestricted access to all sites within a week.",
			[]string{"IGOUNO", "VEN"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags := extractText(t, tc.name, tc.date, tc.text)
			if len(ags) != 1 {
				t.Fatalf("got %d agreements, want 1: %+v", len(ags), ags)
			}
			if got := agreement.ActorRoots(ags[0].Parties); !slices.Equal(got, tc.want) {
				t.Errorf("parties %v, want %v", got, tc.want)
			}
		})
	}
}

// TestAnnouncedByParties checks a deal whose sentence has one side agreeing while
// leaders of both sides announce it: the announcers are the parties. An announcer of
// neither side is no party.
func TestAnnouncedByParties(t *testing.T) {
	text := "DAKAR, June 3 - Mali agreed on Tuesday to reopen its border crossings, in a deal announced by Malian President Amadou Diallo and Senegalese President Ousmane Ba in Dakar.\n\n" +
		"Mali will reopen the crossings by July 1, and Senegal will withdraw its troops from the border zone within 60 days."
	ags := extractText(t, "announced by the parties", "2031-06-03", text)
	if len(ags) != 1 {
		t.Fatalf("got %d agreements, want 1: %+v", len(ags), ags)
	}
	if got := agreement.ActorRoots(ags[0].Parties); !slices.Contains(got, "MLI") || !slices.Contains(got, "SEN") {
		t.Errorf("parties %v, want MLI and SEN", ags[0].Parties)
	}
	other := strings.ReplaceAll(text, "Malian President Amadou Diallo and Senegalese President Ousmane Ba", "French President Paul Martin")
	ags = extractText(t, "announced by a go-between", "2031-06-03", other)
	if len(ags) == 0 {
		t.Fatal("announced by a go-between: no agreement, so no party to check")
	}
	for _, ag := range ags {
		if slices.Contains(agreement.ActorRoots(ag.Parties), "FRA") {
			t.Errorf("parties %v: the announcer of neither side is a party", ag.Parties)
		}
	}
}
