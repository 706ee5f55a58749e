package agreement_test

import (
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
)

// TestAssessStructure assesses hand-built provisions against one-sentence reports,
// each showing one structural reading of testdata/agreements-dev4's fixes in wording
// of its own: "first" before a deadline, a completion after the deadline without a
// date, captives held by no one named, an act done in an earlier clause, an act
// noun modifying a noun, a postponement in the passive, "yet to".
func TestAssessStructure(t *testing.T) {
	dl := func(d string) *agreement.Deadline { return &agreement.Deadline{Date: d, Anchor: "absolute"} }
	sides := []string{"PHLGOV", "PHLREB"}
	for _, tc := range []struct {
		name string
		body string
		p    agreement.Provision
		want agreement.StatusValue
	}{
		{"first before a deadline", "Philippine troops pulled out of the valley on March 1, meeting the first deadline of the accord.",
			agreement.Provision{Obligor: []string{"PHLMIL"}, Action: agreement.Withdraw, Object: "troops from the valley", Deadline: dl("2031-03-05")},
			agreement.Met},
		{"after the deadline, undated", "The Red Crescent said the sides had freed the last of the detainees two weeks after the March deadline.",
			agreement.Provision{Obligor: sides, Action: agreement.Release, Object: "detainees", Deadline: dl("2031-03-01")},
			agreement.MetLate},
		{"captives held by no one named", "Monitors said dozens of detainees were still being held when the deadline passed.",
			agreement.Provision{Obligor: sides, Action: agreement.Release, Object: "detainees", Deadline: dl("2031-03-01")},
			agreement.Pending},
		{"done in an earlier clause", "On March 2 the sides swapped 40 detainees, but several hundred remain in captivity.",
			agreement.Provision{Obligor: sides, Action: agreement.Exchange, Object: "detainees", Deadline: dl("2031-03-10")},
			agreement.PartiallyMet},
		{"an act noun modifying a noun", "Guerrillas of the MILF attacked soldiers guarding disarmament camps near Cotabato on April 3.",
			agreement.Provision{Obligor: []string{"PHLREB"}, Action: agreement.Disarm, Object: "fighters"},
			agreement.Unknown},
		{"a postponement in the passive", "The referendum, due in March, has been put off again under a new accord signed by the Philippine government and the MILF.",
			agreement.Provision{Obligor: []string{"PHLGOV"}, Action: agreement.Other, Object: "referendum", Deadline: dl("2031-03-31")},
			agreement.Superseded},
		{"has yet to", "The MILF has yet to hand over its rifles, the commission said.",
			agreement.Provision{Obligor: []string{"PHLREB"}, Action: agreement.Disarm, Object: "weapons"},
			agreement.Pending},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessOne(t, tc.body, tc.p)
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}

// assessOne assesses p, signed 2031-01-01, against an article of body published on
// 2031-04-22.
func assessOne(t *testing.T, body string, p agreement.Provision) agreement.Status {
	t.Helper()
	got, _, _ := assessWith(t, body, p)
	return statusOf(t, got, "p1")
}

func assessWith(t *testing.T, body string, p agreement.Provision) ([]agreement.Agreement, agreement.Record, article.Article) {
	t.Helper()
	term, rep := termAndReport(t, body)
	p.ID = "p1"
	p.Evidence = agreement.Evidence{ArticleID: term.ID, Text: "term"}
	ags := []agreement.Agreement{{ID: "a1", Name: "accord", Signed: "2031-01-01", Parties: []string{"PHLGOV", "PHLREB"}, Provisions: []agreement.Provision{p}}}
	rec := record(t, []article.Article{term, rep})
	return agreement.Assess(ags, rec, rep.Date), rec, rep
}

// TestConflictStructure pairs claims by their structure: a government and the rebels
// of one country are two sides; a rebuttal answers an accusation that names no one;
// a term disowned before the disowning words ("the truce did not apply").
func TestConflictStructure(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		p          agreement.Provision
		want       []string // words of the two sentences, or of the claim and "AGREEMENT"
	}{
		{"two sides of one country", "The Philippine government said the MILF had not pulled its fighters out of the town. The MILF said it had withdrawn all its fighters from the town.",
			agreement.Provision{Obligor: []string{"PHLREB"}, Action: agreement.Withdraw, Object: "fighters from the town"},
			[]string{"had not pulled", "had withdrawn all"}},
		{"an accusation naming no one", "The Philippine government said hundreds of detainees were still being held in the camps. The MILF rejected the charge and said every detainee had been freed.",
			agreement.Provision{Obligor: []string{"PHLGOV", "PHLREB"}, Action: agreement.Release, Object: "detainees"},
			[]string{"still being held", "rejected the charge"}},
		{"a term disowned before the words", "The MILF said the truce did not apply to the island of Basilan.",
			agreement.Provision{Obligor: []string{"PHLGOV", "PHLREB"}, Action: agreement.CeaseFire, Object: "hostilities"},
			[]string{"did not apply", "AGREEMENT"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, rec, rep := assessWith(t, tc.body, tc.p)
			found := false
			for _, c := range agreement.Conflicts(got, rec, rep.Date) {
				t.Logf("%s %q / %s %q", c.A.Speaker.Code, c.A.Text, c.B.Speaker.Code, c.B.Text)
				both := c.A.Text + " " + c.B.Text + " " + c.B.Speaker.Code
				if strings.Contains(both, tc.want[0]) && strings.Contains(both, tc.want[1]) {
					found = true
				}
			}
			if !found {
				t.Errorf("no pair of %q and %q", tc.want[0], tc.want[1])
			}
		})
	}
}
