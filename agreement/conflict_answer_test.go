package agreement_test

import (
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestConflictAnswer pairs an accusation with the other side's answer when the
// stance of each must be read from how it is told: a party's own strike told as
// coming "after" the other's act blames the other, and "not a breach" denies the
// charge for the speaker's side; and it pairs no accusation with a party's report
// that nothing was fired at it, which speaks of the other side's restraint, nor a
// movement's charge, naming no one, with the truce of its own people. A lawmaker's
// charge against the army and the ministry's answer are two sides; the army's word
// and the ministry's are one.
func TestConflictAnswer(t *testing.T) {
	warrants := agreement.Provision{Obligor: []string{"COL"}, Action: agreement.Prohibit, Object: "arrests of former guerrillas without a warrant"}
	border := agreement.Provision{Obligor: []string{"ARM", "AZE"}, Action: agreement.CeaseFire, Object: "fire along the border"}
	for _, tc := range []struct {
		name string
		p    agreement.Provision
		body string
		a, b string // the start of each sentence of a pair wanted; "" for none
		// notA, notB start the sentences of a pair not wanted
		notA, notB string
	}{
		{"a strike after the other's act, and not a breach", border,
			"Azerbaijani artillery shelled Armenian positions near Sotk on Tuesday after drones dropped grenades on a border post, Azerbaijan's defence ministry said. " +
				"Armenia's defence ministry said the drones had been on a reconnaissance flight and that the flight was not a breach of the truce by its forces.",
			"Azerbaijani artillery", "Armenia's defence ministry", "", ""},
		{"nothing fired at the speaker", border,
			"Azerbaijan's defence ministry said Armenian troops had shelled a village near Tovuz on Monday. " +
				"No shells have been fired from Azerbaijani territory since the truce began, Armenia's defence ministry said.",
			"", "", "Azerbaijan's defence ministry", "No shells"},
		{"nothing fired by the speaker's army", border,
			"Armenia's defence ministry said Azerbaijani troops had shelled Armenian villages near Sotk on Monday. " +
				"Azerbaijan's defence ministry said the army had fired no shells along the border since the truce began.",
			"Armenia's defence ministry", "Azerbaijan's defence ministry", "", ""},
		{"a movement does not accuse its people",
			agreement.Provision{Obligor: []string{"PSE"}, Action: agreement.CeaseFire, Object: "attacks from Gaza"},
			"Israeli naval forces opened fire on fishing boats off Beit Lahia on Monday, Gaza health officials said. " +
				"A Hamas spokesman said the boats were well inside the fishing zone and called the shooting a breach of the truce. " +
				"An Israeli navy spokesman said the boats had sailed past the limit and that sailors fired warning shots into the water. " +
				"No rockets have been fired from Gaza since the truce began, the navy said.",
			"A Hamas spokesman", "An Israeli navy spokesman", "A Hamas spokesman", "No rockets"},
		{"stopped honouring, against committed",
			agreement.Provision{Obligor: []string{"TUR", "SYR"}, Action: agreement.Prohibit, Object: "support for armed groups"},
			"Turkey's defence minister said on Monday that Syria had stopped honouring the accord and let armed groups cross the border. " +
				"Syria's foreign ministry said Damascus remained committed to the accord and that it was Turkey that had violated it by arming groups in Idlib.",
			"Turkey's defence minister", "Syria's foreign ministry", "", ""},
		{"remained committed, against a charge of arming rebels",
			agreement.Provision{Obligor: []string{"SYR"}, Action: agreement.Prohibit, Object: "rebel activity on its territory"},
			"Turkey's foreign minister said on Friday that the Syrian government had stopped honouring the accord and let rebel fighters operate from its territory. " +
				"Syria's foreign ministry said on Saturday that Damascus remained committed to the accord and that it was Turkey that had violated it by sheltering rebels on Syrian soil.",
			"Turkey's foreign minister", "Syria's foreign ministry", "", ""},
		{"a lawmaker's charge against the army, and the ministry's answer", warrants,
			"Senator Ivan Cepeda said on Tuesday that soldiers had arrested former guerrillas in Cauca without warrants. " +
				"Colombia's defence ministry said every arrest in Cauca had been made with a warrant.",
			"Senator Ivan Cepeda", "Colombia's defence ministry", "", ""},
		{"the army's word and the ministry's are one side's", warrants,
			"A Colombian army commander said on Tuesday that soldiers had arrested former guerrillas in Cauca without warrants. " +
				"Colombia's defence ministry said every arrest in Cauca had been made with a warrant.",
			"", "", "A Colombian army commander", "Colombia's defence ministry"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags, rec, asOf := accordReport(t, "2030-01-02", "2030-01-01", "2030-06-01", tc.p.Obligor, tc.body, tc.p)
			got := agreement.Assess(ags, rec, asOf)
			found, unwanted := false, false
			for _, c := range agreement.Conflicts(got, rec, asOf) {
				t.Logf("pair %s %q / %s %q (%s)", c.A.Speaker.Code, c.A.Text, c.B.Speaker.Code, c.B.Text, c.Reason)
				found = found || tc.a != "" && strings.HasPrefix(c.A.Text, tc.a) && strings.HasPrefix(c.B.Text, tc.b)
				unwanted = unwanted || tc.notA != "" && strings.HasPrefix(c.A.Text, tc.notA) && strings.HasPrefix(c.B.Text, tc.notB)
			}
			if tc.a != "" && !found {
				t.Errorf("the claims starting %q and %q are not paired", tc.a, tc.b)
			}
			if unwanted {
				t.Errorf("the claims starting %q and %q are paired", tc.notA, tc.notB)
			}
		})
	}
}
