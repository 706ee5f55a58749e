package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessChargeAmidDispute: while each side's claims about a truce contradict the
// other's, a charge one side lays on the other ("has also blamed ... for") is one more
// claim, not a settled breach: the truce is disputed, not breached.
func TestAssessChargeAmidDispute(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.CeaseFire, Object: "fighting along the Drina"}
	for _, tc := range []struct {
		name, body string
		want       agreement.StatusValue
	}{
		{"a charge amid a dispute",
			"Bosnia's government accused Serbia on Tuesday of shelling two villages near Zvornik overnight. " +
				"Serbia's defence ministry denied firing a single shell since the truce began. " +
				"Belgrade has also blamed Sarajevo for a string of raids on border farms.",
			agreement.Disputed},
		{"a charge alone", "Belgrade has blamed Sarajevo for a string of raids on border farms.", agreement.Breached},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessDated(t, "2030-12-20", "2031-01-01", "2031-04-22", tc.body, p)
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
			if len(st.Evidence) == 0 {
				t.Errorf("no evidence cited")
			}
		})
	}
}

// TestAssessNeitherSide: "neither" denies as "not" does, whether it names the
// speaker ("Neither side reported any pullback") or the actors ("Neither army has
// pulled back"): the withdrawal is reported not done, and "neither army" names no
// army missing from the line.
func TestAssessNeitherSide(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.Withdraw, Object: "troops and heavy guns from the river line"}
	eachReport(t, p, []string{
		"Neither side reported any pullback of troops from the river line by Thursday evening.",
		"Neither army has pulled its troops back from the river line.",
	}, func(t *testing.T, st agreement.Status) {
		if st.Value != agreement.Pending || st.Reason != "reported not done" {
			t.Errorf("%s (%s), want pending: reported not done", st.Value, st.Reason)
		}
		if len(st.Evidence) == 0 {
			t.Errorf("no evidence cited")
		}
	})
}

// TestAssessRequestNoBreach: a call on the parties to keep a truce ("asks both sides
// not to violate it", "urged Bosnia to halt attacks") reports no violation.
func TestAssessRequestNoBreach(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.CeaseFire, Object: "fighting along the Drina"}
	wantReport(t, p, "Serbian troops shelled Bosnian villages along the Drina on Thursday.", agreement.Breached)
	eachReportNot(t, p, []string{
		"The UN envoy says the truce is now in force and asks both sides not to violate it.",
		"The UN envoy urged both armies on Thursday not to violate the truce.",
		"The UN envoy asks Serbia to stop shelling Bosnian villages.",
		"The UN envoy urged Bosnia on Thursday to halt attacks on Serbian villages.",
	}, agreement.Breached)
}

// TestAssessUrgedNotDone: urging or asking a party to act ("urged Serbia to pull
// its troops back") tells of something still to do, not of it done.
func TestAssessUrgedNotDone(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Withdraw, Object: "troops from the river line"}
	wantReport(t, p, "Serbia pulled its troops back from the river line on Thursday.", agreement.Met)
	eachReportNot(t, p, []string{
		"The UN envoy urged Serbia on Thursday to pull its troops back from the river line.",
		"Serbia's president urged his army on Thursday to withdraw its troops from the river line.",
	}, agreement.Met)
}

// TestAssessShortOfWhole: a report of part of the thing ("some of the prisoners", "a
// fraction of") is progress, not the whole: in progress before the deadline.
func TestAssessShortOfWhole(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Release, Object: "Bosnian prisoners",
		Deadline: &agreement.Deadline{Date: "2031-06-01", Anchor: "absolute"}}
	eachReport(t, p, []string{
		"Serbia released some of the Bosnian prisoners on Thursday.",
		"Serbia released a fraction of the Bosnian prisoners on Thursday, the Red Cross said.",
	}, func(t *testing.T, st agreement.Status) {
		if st.Value != agreement.InProgress {
			t.Errorf("%s (%s), want in_progress", st.Value, st.Reason)
		}
		if len(st.Evidence) == 0 {
			t.Errorf("no evidence cited")
		}
	})
}

// TestAssessSupposedAct: a forbidden act after "any" ("reserved the right to respond
// to any attack", "would answer any further violation") is supposed, not reported:
// the truce is not breached.
func TestAssessSupposedAct(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.CeaseFire, Object: "fighting along the Drina"}
	wantReport(t, p, "Serbia's defence minister said on Thursday that Serbian troops had attacked Bosnian posts.", agreement.Breached)
	eachReportNot(t, p, []string{
		"Serbia's defence minister said on Thursday that Serbia reserved the right to respond to any attack.",
		"Bosnia's army chief said on Thursday that Bosnia answered any further violation in kind.",
	}, agreement.Breached)
}

// TestAssessVictimsNoBreach: a forbidden act's participle right after its noun and
// before a preposition ("the Serbian soldiers killed at the bridge") tells what the
// noun suffered; the noun is no author and the truce is not breached. With an
// author's act after it, the breach stands.
func TestAssessVictimsNoBreach(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.CeaseFire, Object: "fighting along the Drina"}
	for _, tc := range []struct {
		body string
		want bool // breached
	}{
		{"Bosnia's president offered condolences on Thursday for the Serbian soldiers killed at the Zvornik bridge last month.", false},
		{"Serbian soldiers killed at least four Bosnian farmers near Zvornik on Thursday.", true},
	} {
		t.Run(tc.body, func(t *testing.T) {
			st := assessDated(t, "2031-01-01", "2031-01-01", "2031-01-03", tc.body, p)
			if got := st.Value == agreement.Breached; got != tc.want {
				t.Errorf("%s (%s), want breached %v", st.Value, st.Reason, tc.want)
			}
		})
	}
}

// eachReport assesses p, of an accord signed on 2031-01-01, against each body as a
// report two days later, one subtest each, and hands fn the status.
func eachReport(t *testing.T, p agreement.Provision, bodies []string, fn func(t *testing.T, st agreement.Status)) {
	t.Helper()
	for _, body := range bodies {
		t.Run(body, func(t *testing.T) {
			fn(t, assessDated(t, "2031-01-01", "2031-01-01", "2031-01-03", body, p))
		})
	}
}

// eachReportNot checks that no body, as eachReport reads it, gives p the status
// unwanted.
func eachReportNot(t *testing.T, p agreement.Provision, bodies []string, unwanted agreement.StatusValue) {
	t.Helper()
	eachReport(t, p, bodies, func(t *testing.T, st agreement.Status) {
		if st.Value == unwanted {
			t.Errorf("%s (%s), want other than %s", st.Value, st.Reason, unwanted)
		}
	})
}

// wantReport checks that body, as eachReport reads it, gives p status want: a control
// that the setup reads such sentences at all.
func wantReport(t *testing.T, p agreement.Provision, body string, want agreement.StatusValue) {
	t.Helper()
	if st := assessDated(t, "2031-01-01", "2031-01-01", "2031-01-03", body, p); st.Value != want {
		t.Errorf("control %q: %s (%s), want %s", body, st.Value, st.Reason, want)
	}
}
