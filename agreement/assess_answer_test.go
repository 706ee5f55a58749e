package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// assessSigned assesses p, stated in a term article and signed by parties, from body,
// published two days after the signing.
func assessSigned(t *testing.T, parties []string, body string, p agreement.Provision) agreement.Status {
	t.Helper()
	return statusOf(t, agreement.Assess(accordReport(t, "2031-01-01", "2031-01-01", "2031-01-03", parties, body, p)), "p1")
}

// TestAssessChargeAnswered: a charge that a party broke a truce, answered by that
// party (it insists its troops kept the truce, or calls the claim false), is one of
// two claims: the truce is disputed. So is a charge by a state that signed nothing,
// and one by a government against its own country's rebels; a monitoring mission's
// report, or a charge no one answers, is a breach.
func TestAssessChargeAnswered(t *testing.T) {
	truce := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.CeaseFire, Object: "fighting along the Drina"}
	rebels := agreement.Provision{Obligor: []string{"PHLREB"}, Action: agreement.CeaseFire, Object: "attacks on the army"}
	const (
		bosnia  = "Bosnia's army said Serbian forces had kept shelling villages near Zvornik for hours after the truce took effect."
		counter = "In Belgrade, Serbia's defence ministry insisted that its troops had observed the truce since noon and that the only fire had come from the Bosnian side."
		denial  = "Serbia's defence ministry said that claim was completely false and that its troops had not fired anywhere along the river."
	)
	for _, tc := range []struct {
		name    string
		parties []string
		p       agreement.Provision
		body    string
		want    agreement.StatusValue
	}{
		{"a charge alone", []string{"SRB", "BIH"}, truce, bosnia, agreement.Breached},
		{"a charge countered", []string{"SRB", "BIH"}, truce, bosnia + " " + counter, agreement.Disputed},
		{"an outside state's charge denied", []string{"SRB", "BIH"}, truce,
			"Croatia's government said Serbian forces had violated the truce on Thursday by firing on villages near Zvornik. " + denial, agreement.Disputed},
		{"a monitors' report denied", []string{"SRB", "BIH"}, truce,
			"OSCE monitors said Serbian forces had violated the truce on Thursday by firing on villages near Zvornik. " + denial, agreement.Breached},
		{"a government's charge against its rebels denied", []string{"PHL", "MYS"}, rebels,
			"The Philippine government said MILF fighters had killed twelve soldiers in an ambush near Cotabato on Thursday. " +
				"The MILF said that claim was false and that its fighters had not fired a shot since the truce began.", agreement.Disputed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessSigned(t, tc.parties, tc.body, tc.p)
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
			if len(st.Evidence) == 0 {
				t.Errorf("no evidence cited")
			}
		})
	}
}

// TestAssessPremiseDenied: an obligor saying that what it is to withdraw was never
// there ("there were no Serbian army units in the enclave and had been none since
// 2029") contradicts the term itself: the withdrawal is disputed, not met.
func TestAssessPremiseDenied(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRBMIL"}, Action: agreement.Withdraw, Object: "remaining units of Serbia's armed forces from the enclave"}
	parties := []string{"SRB", "BIH"}
	if st := assessSigned(t, parties, "Serbia's defence ministry said the last Serbian army units had left the enclave on Thursday.", p); st.Value != agreement.Met {
		t.Errorf("control: %s (%s), want met", st.Value, st.Reason)
	}
	st := assessSigned(t, parties, "In Belgrade, Serbia's defence ministry said there were no Serbian army units in the enclave and had been none since 2029.", p)
	if st.Value != agreement.Disputed {
		t.Errorf("%s (%s), want disputed", st.Value, st.Reason)
	}
	if len(st.Evidence) == 0 {
		t.Errorf("no evidence cited")
	}
}

// TestAssessUnnamedAuthor: a breach told without its author is the other side's
// when a party tells it. Said by the only side a truce binds ("shells were fired
// from Bosnian territory", the Serbian army says), it breaches nothing; said by the
// other side and answered by the bound one ("fired warning shots"), it is one of
// two claims, and the truce is disputed.
func TestAssessUnnamedAuthor(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB"}, Beneficiary: []string{"BIH"}, Action: agreement.CeaseFire, Object: "attacks on Bosnia along the Drina"}
	parties := []string{"SRB", "BIH"}
	for _, tc := range []struct {
		name, body string
		want       agreement.StatusValue
	}{
		{"its own side told", "Serbian gunners shelled two Bosnian villages along the Drina on Thursday, the Bosnian army said.", agreement.Breached},
		{"no author, told by the side bound", "The Serbian army says about a dozen rockets were fired from Bosnia in the first half hour of the truce.", agreement.InProgress},
		{"no author, told by the other side and answered",
			"A Bosnian army spokesman said the two men were farmers visiting their fields by the river line and called the shooting a plain violation of the truce. " +
				"A Serbian army spokeswoman said a crowd had crossed the river line and that soldiers fired warning shots in the air.",
			agreement.Disputed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if st := assessSigned(t, parties, tc.body, p); st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}

// TestAssessAccessLatest: an access that a report seemed to give, then a later report
// says is not given yet ("nothing had yet been done to reopen the road"): the latest
// report decides, and the access is not in force.
func TestAssessAccessLatest(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Allow, Object: "safety of the road to the enclave"}
	parties := []string{"SRB", "BIH"}
	const opened = "Serbian police entered the enclave on Thursday and the road was opened."
	if st := assessSigned(t, parties, opened, p); st.Value != agreement.InProgress {
		t.Errorf("control: %s (%s), want in_progress", st.Value, st.Reason)
	}
	st := assessSigned(t, parties, opened+" By Friday nothing had yet been done to reopen the road to the enclave.", p)
	if st.Value != agreement.Pending || len(st.Evidence) == 0 {
		t.Errorf("%s (%s) citing %d, want pending citing the later report", st.Value, st.Reason, len(st.Evidence))
	}
}
