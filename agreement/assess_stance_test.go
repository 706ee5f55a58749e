package agreement_test

import (
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestConflictIndirectStance pairs claims that judge a provision's performance
// without the words of keeping or breaking it: a commitment "kept their side of the
// bargain" against "only a fraction", a declaration "was complete" against
// "omissions", a ruling "final and binding" against one that "wrongly placed" a
// border, a party's forces that "had not fired a single shot" against an accusation
// of shelling; and an office holder the dictionaries do not know, or "the
// government" with no country named, speaks for the article's main country.
func TestConflictIndirectStance(t *testing.T) {
	for _, tc := range []struct {
		name       string
		parties    []string
		p          agreement.Provision
		body       string
		a, b       string // the start of each sentence of the pair
		wantStatus agreement.StatusValue
	}{
		{"kept their side of the bargain", []string{"COL", "COLREB"},
			agreement.Provision{Obligor: []string{"COLREB"}, Action: agreement.Disarm, Object: "weapons"},
			"BOGOTA – UN monitors finished collecting the weapons of FARC rebels on Tuesday. " +
				"Defence Minister Luis Carlos Villegas said on Wednesday that the rebels had handed in only a fraction of their arsenal. " +
				"UN officials said the rebels had kept their side of the bargain.",
			"Defence Minister", "UN officials", agreement.Disputed},
		{"a declaration said complete", []string{"USA", "PRK"},
			agreement.Provision{Obligor: []string{"PRK"}, Action: agreement.Other, Object: "a list of its nuclear programmes"},
			"US envoy Christopher Hill said on Monday that there were omissions in the list North Korea handed over in June. " +
				"North Korean officials insist their declaration was complete.",
			"US envoy", "North Korean officials", agreement.Disputed},
		{"a ruling final and binding", []string{"NGA", "CMR"},
			agreement.Provision{Obligor: []string{"NGA", "CMR"}, Action: agreement.Other, Object: "accept the court's ruling on the peninsula as final and binding"},
			"Nigeria said on Monday that the court had wrongly placed the Bakassi peninsula on the Cameroonian side. " +
				"Cameroon says the ruling is final and binding and must be carried out without delay.",
			"Nigeria said", "Cameroon says", agreement.Disputed},
		{"its forces had not fired", []string{"ARM", "AZE"},
			agreement.Provision{Obligor: []string{"ARM", "AZE"}, Action: agreement.CeaseFire, Object: "humanitarian truce"},
			"Armenia's defence ministry said Azerbaijani troops had shelled Armenian positions hours after the truce took effect. " +
				"Azerbaijan's defence ministry said its forces had not fired a single shot since noon on Saturday.",
			"Armenia's defence", "Azerbaijan's defence", agreement.Disputed},
		{"the government said", []string{"GEO", "RUS"},
			agreement.Provision{Obligor: []string{"RUSMIL"}, Action: agreement.Withdraw, Object: "troops",
				Deadline: &agreement.Deadline{Date: "2030-04-01", Anchor: "absolute"}},
			"TBILISI – Georgia's parliament met on Monday in Georgia's capital. " +
				"A Russian general said the troops had left the town of Gori on May 22. " +
				"The government said the troops had only moved to new checkpoints and that no withdrawal had taken place.",
			"A Russian general", "The government", agreement.Disputed},
		{"weapons kept hidden", []string{"COL", "COLREB"},
			agreement.Provision{Obligor: []string{"COLREB"}, Action: agreement.Disarm, Object: "weapons"},
			"BOGOTA – The disarmament of the FARC ended in June. " +
				"Colombian officials have since charged that the FARC kept its best rifles hidden in caches in the jungle. " +
				"The FARC maintains that its fighters handed over every weapon the accord required.",
			"Colombian officials", "The FARC maintains", agreement.Disputed},
		{"an attack blamed on one side, which says the truce held", []string{"UGA", "UGAREB"},
			agreement.Provision{Obligor: []string{"UGA", "UGAREB"}, Action: agreement.CeaseFire, Object: "ceasefire"},
			"KAMPALA – The ceasefire signed with the Lord's Resistance Army took effect near Gulu on Sunday. " +
				"The LRA said government troops had attacked its camps first. " +
				"The Republic of Uganda said the truce had held on its side and that no soldier had fired.",
			"The LRA said", "The Republic of Uganda", agreement.Disputed},
		{"each side blames the other, one of an offensive on the other's positions", []string{"UGA", "UGAREB"},
			agreement.Provision{Obligor: []string{"UGA", "UGAREB"}, Action: agreement.CeaseFire, Object: "ceasefire"},
			"KAMPALA – The ceasefire signed with the Lord's Resistance Army took effect near Gulu on Sunday. " +
				"The LRA said government troops had attacked its camps first. " +
				"The Ugandan army said the rebels had launched an offensive on government positions and had never meant to keep the ceasefire.",
			"The LRA said", "The Ugandan army", agreement.Disputed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags, rec, asOf := accordReport(t, "2030-01-02", "2030-01-01", "2030-06-01", tc.parties, tc.body, tc.p)
			got := agreement.Assess(ags, rec, asOf)
			if st := statusOf(t, got, "p1"); st.Value != tc.wantStatus {
				t.Errorf("p1: %s (%s), want %s", st.Value, st.Reason, tc.wantStatus)
			}
			found := false
			for _, c := range agreement.Conflicts(got, rec, asOf) {
				t.Logf("pair %s %q / %s %q", c.A.Speaker.Code, c.A.Text, c.B.Speaker.Code, c.B.Text)
				found = found || strings.HasPrefix(c.A.Text, tc.a) && strings.HasPrefix(c.B.Text, tc.b)
			}
			if !found {
				t.Errorf("the claims starting %q and %q are not paired", tc.a, tc.b)
			}
		})
	}
}

// TestConflictHeldUp reads "held up" as a delay, not a truce that held: a party
// answering an accusation of shelling with the other side's delays takes no stance
// on the truce, while one saying its forces held their fire denies the breach.
func TestConflictHeldUp(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SDN"}, Action: agreement.CeaseFire, Object: "offensive operations"}
	const accusation = "South Sudan's health ministry said Sudanese shelling killed nine people in Abyei on Sunday. "
	for _, tc := range []struct {
		name, answer string
		paired       bool
	}{
		{"held their fire", "The Sudanese army replied that its forces had held their fire around Abyei since the truce began.", true},
		{"delays held up a deployment", "The South Sudanese army replied that Sudan's delays had held up its own deployment to the border.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags, rec, asOf := accordReport(t, "2030-01-02", "2030-01-01", "2030-06-01", []string{"SDN", "SSD"}, accusation+tc.answer, p)
			got := agreement.Assess(ags, rec, asOf)
			found := false
			for _, c := range agreement.Conflicts(got, rec, asOf) {
				t.Logf("pair %s %q / %s %q (%s)", c.A.Speaker.Code, c.A.Text, c.B.Speaker.Code, c.B.Text, c.Reason)
				found = found || strings.HasPrefix(c.B.Text, tc.answer[:20]) || strings.HasPrefix(c.A.Text, tc.answer[:20])
			}
			if found != tc.paired {
				t.Errorf("answer paired %v, want %v", found, tc.paired)
			}
		})
	}
}
