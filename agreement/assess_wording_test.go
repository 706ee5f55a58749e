package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
)

// TestAssessSilence checks when a later article's silence about a provision
// without a deadline makes it unknown rather than pending: not when the article
// came a day or two after the signing, nor when the term waits on something else;
// a continuing obligation is then in progress (no breach reported).
func TestAssessSilence(t *testing.T) {
	const other = "Heavy rain fell on the capital on Tuesday, the weather service said."
	recognise := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.Other, Object: "recognise each other as sovereign states"}
	relations := agreement.Provision{Obligor: []string{"EGY"}, Action: agreement.Establish, Object: "normal relations",
		Conditions: []string{"once the first stage of the withdrawal is over"}}
	truce := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.CeaseFire, Object: "hostilities"}
	later := truce
	later.Conditions = []string{"from midnight on January 5"}
	anchored := agreement.Provision{Obligor: []string{"ISR"}, Action: agreement.Withdraw, Object: "forces from the Sinai",
		Deadline: &agreement.Deadline{Relative: "within three years of the treaty's signing", Anchor: "provision:p9"}}
	for _, tc := range []struct {
		name   string
		report string // publication date of the later article
		p      agreement.Provision
		want   agreement.StatusValue
	}{
		{"a day after the signing", "2031-01-02", recognise, agreement.Pending},
		{"months after the signing", "2031-04-22", recognise, agreement.Unknown},
		{"waits on a condition", "2031-04-22", relations, agreement.Pending},
		{"counted from another provision", "2031-04-22", anchored, agreement.Pending},
		// A continuing obligation in force that no report says was broken is
		// honoured so far, not unknown (testdata/agreements/README.md).
		{"a truce nobody reports on", "2031-04-22", truce, agreement.InProgress},
		// It binds from the day it takes effect, even its first
		// (testdata/agreements/README.md, "Start of a continuing obligation").
		{"a truce, the day after", "2031-01-02", truce, agreement.InProgress},
		{"a truce that begins later", "2031-01-02", later, agreement.Pending},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessDated(t, "2030-12-20", "2031-01-01", tc.report, other, tc.p)
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}

// assessDated assesses p, stated in an article published on termPub and signed on
// signed, against an article of body published on reportPub, as of reportPub.
func assessDated(t *testing.T, termPub, signed, reportPub, body string, p agreement.Provision) agreement.Status {
	t.Helper()
	parties := []string{"SRB", "BIH", "EGY", "ISR"}
	return statusOf(t, agreement.Assess(accordReport(t, termPub, signed, reportPub, parties, body, p)), "p1")
}

// statusCase is the body of a report and the status it should give a provision.
type statusCase struct {
	name, body string
	want       agreement.StatusValue
}

// checkStatuses checks, for each case, the status assessDated gives p (an accord
// initialled on 2030-12-20 and signed on 2031-01-01) against a report of the case's
// body published on reportPub.
func checkStatuses(t *testing.T, reportPub string, p agreement.Provision, cases []statusCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := assessDated(t, "2030-12-20", "2031-01-01", reportPub, tc.body, p)
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}

// provisionCase is a statusCase for a provision of its own.
type provisionCase struct {
	p agreement.Provision
	statusCase
}

// checkProvisionStatuses is checkStatuses with a provision for each case.
func checkProvisionStatuses(t *testing.T, reportPub string, cases []provisionCase) {
	t.Helper()
	for _, tc := range cases {
		checkStatuses(t, reportPub, tc.p, []statusCase{tc.statusCase})
	}
}

// TestAssessJoinedClauses reads sentences whose clauses report different things:
// a negation or a completion word in one clause says nothing of the act in the
// other, "broke out" is no breach, and a body's first work shows it set up.
func TestAssessJoinedClauses(t *testing.T) {
	sides := []string{"PHLGOV", "PHLREB"}
	const joined = "Government troops and MILF fighters have not clashed since the accord was signed, and the last detainees went home in March."
	for _, tc := range []struct {
		name string
		body string
		p    agreement.Provision
		want agreement.StatusValue
	}{
		{"a negation in the other clause", joined,
			agreement.Provision{Obligor: sides, Action: agreement.Release, Object: "detainees"}, agreement.Met},
		{"a completion in the other clause", joined,
			agreement.Provision{Obligor: sides, Action: agreement.CeaseFire, Object: "hostilities"}, agreement.InProgress},
		{"a quarrel broke out", "A quarrel over the accord broke out between the government and the MILF in March.",
			agreement.Provision{Obligor: sides, Action: agreement.CeaseFire, Object: "hostilities"}, agreement.InProgress}, // no breach read
		{"a body's first work", "The joint commission, sitting in Davao, issued its first rulings on land claims in March.",
			agreement.Provision{Obligor: sides, Action: agreement.Establish, Object: "a joint commission"}, agreement.Met},
		{"a date of the plan", "The decommissioning of MILF weapons, which the accord had scheduled for January 2031, was declared complete only in March.",
			agreement.Provision{Obligor: []string{"PHLREB"}, Action: agreement.Disarm, Object: "weapons", Deadline: &agreement.Deadline{Date: "2031-02-01", Anchor: "absolute"}},
			agreement.MetLate},
		{"weeks after the target", "The decommissioning of MILF weapons was completed seven weeks after the February 1 target, the monitors said.",
			agreement.Provision{Obligor: []string{"PHLREB"}, Action: agreement.Disarm, Object: "weapons", Deadline: &agreement.Deadline{Date: "2031-02-01", Anchor: "absolute"}},
			agreement.MetLate},
		{"broken roads", "Few in Manila expect the timetable to survive a country of broken roads and mined bridges.",
			agreement.Provision{Obligor: sides, Action: agreement.CeaseFire, Object: "hostilities"}, agreement.InProgress}, // no breach read
		{"the first of its kind", "The Philippines held its first regional elections in Mindanao on March 3.",
			agreement.Provision{Obligor: []string{"PHLGOV"}, Action: agreement.Other, Object: "regional elections", Deadline: &agreement.Deadline{Date: "2031-02-01", Anchor: "absolute"}},
			agreement.MetLate},
		{"they fought", "The truce never took hold: government troops and MILF guerrillas have fought almost daily since it began.",
			agreement.Provision{Obligor: sides, Action: agreement.CeaseFire, Object: "hostilities"}, agreement.Breached},
		{"captives named by their country, released", "In all, 591 Filipino prisoners have been released since February, the Philippine army said.",
			agreement.Provision{Obligor: sides, Action: agreement.Release, Object: "captured military personnel"}, agreement.Met},
		{"quiet so far", "The ceasefire line in Mindanao has been quiet since then, officers on both sides said.",
			agreement.Provision{Obligor: sides, Action: agreement.Other, Object: "the ceasefire line"}, agreement.InProgress},
		{"a verb's noun, and a contrast", "The accord entered into force on March 4, when the two sides exchanged their instruments of ratification, but the disarmament stalled for weeks over the status of the camps.",
			agreement.Provision{Obligor: sides, Action: agreement.Other, Object: "ratify the accord"}, agreement.Met},
		{"links remain cut", "Ferry and air links between the two sides remained cut in April.",
			agreement.Provision{Obligor: sides, Action: agreement.Other, Object: "ferry and air links"}, agreement.Pending},
		{"access: inspectors reached the sites", "Inspectors have been able to reach all the declared sites, according to the monitoring mission.",
			agreement.Provision{Obligor: []string{"PHLREB"}, Action: agreement.Allow, Object: "unfettered access to any site"}, agreement.InProgress},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessOne(t, tc.body, tc.p)
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}

// TestAssessLaterStage checks that a report after an earlier stage of a duty was
// complete counts for the later stage: "fewer remain, down from" is progress, and
// a plan in a later clause of its own ("and the army says ... will continue") is
// beside the report.
func TestAssessLaterStage(t *testing.T) {
	dl := func(d string) *agreement.Deadline { return &agreement.Deadline{Date: d, Anchor: "absolute"} }
	body := "Philippine combat troops completed their withdrawal from the towns on February 27. " +
		"About 3,000 Philippine soldiers remain on the island, down from some 5,000 when the accord was signed, and the army says the reduction will continue toward a full withdrawal."
	first := agreement.Provision{ID: "p1", Obligor: []string{"PHLMIL"}, Action: agreement.Withdraw, Object: "Philippine combat troops", Deadline: dl("2031-03-01")}
	rest := agreement.Provision{ID: "p2", Obligor: []string{"PHLMIL"}, Action: agreement.Withdraw, Object: "all Philippine troops", Deadline: dl("2031-12-31")}
	got, _, _ := assessWith(t, body, first)
	if st := statusOf(t, got, "p1"); st.Value != agreement.Met {
		t.Errorf("first stage alone: %s (%s), want met", st.Value, st.Reason)
	}
	term, rep := termAndReport(t, body)
	rest.Evidence, first.Evidence = agreement.Evidence{ArticleID: term.ID, Text: "rest"}, agreement.Evidence{ArticleID: term.ID, Text: "first"}
	ags := []agreement.Agreement{{ID: "a1", Name: "accord", Signed: "2031-01-01", Parties: []string{"PHLGOV", "PHLREB"}, Provisions: []agreement.Provision{first, rest}}}
	got = agreement.Assess(ags, record(t, []article.Article{term, rep}), rep.Date)
	if st := statusOf(t, got, "p1"); st.Value != agreement.Met {
		t.Errorf("first stage: %s (%s), want met", st.Value, st.Reason)
	}
	if st := statusOf(t, got, "p2"); st.Value != agreement.InProgress {
		t.Errorf("later stage: %s (%s), want in_progress", st.Value, st.Reason)
	}
}

// termAndReport returns an article reporting a signing on 2031-01-02 and one of
// body published on 2031-04-22.
func termAndReport(t *testing.T, body string) (article.Article, article.Article) {
	t.Helper()
	term, err := article.ParseText("term.txt", []byte("Title: t\nDate: 2031-01-02\n\nThe parties signed a peace accord in Manila on Wednesday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := article.ParseText("report.txt", []byte("Title: r\nDate: 2031-04-22\n\n"+body+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	return term, rep
}

// TestAssessLateStatement checks that an article stating a truce weeks after it
// began, and telling of no breach, is itself a later report: the truce is in
// force (in_progress), as it is the day after (README, "Start of a continuing
// obligation").
func TestAssessLateStatement(t *testing.T) {
	const other = "Heavy rain fell on the capital on Tuesday, the weather service said."
	truce := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.CeaseFire, Object: "hostilities"}
	for _, tc := range []struct {
		pub  string
		want agreement.StatusValue
	}{{"2031-03-01", agreement.InProgress}, {"2031-01-02", agreement.InProgress}} {
		if st := assessDated(t, tc.pub, "2031-01-01", tc.pub, other, truce); st.Value != tc.want {
			t.Errorf("stated on %s: %s (%s), want %s", tc.pub, st.Value, st.Reason, tc.want)
		}
	}
}
