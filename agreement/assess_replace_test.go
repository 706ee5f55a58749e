package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
)

// TestAssessDealReplaced: a later deal told as replacing an agreement by its name
// supersedes that agreement's duties not yet done; a plan
// to replace it, or another deal's replacement, supersedes nothing.
func TestAssessDealReplaced(t *testing.T) {
	withdraw := agreement.Provision{ID: "p1", Obligor: []string{"ARM"}, Action: agreement.Withdraw, Object: "troops from the border villages"}
	meghri := agreement.Agreement{ID: "a1", Name: "Meghri Accord", Signed: "2031-01-01", Parties: []string{"ARM", "AZE"}, Provisions: []agreement.Provision{withdraw}}
	checkReplaced(t, meghri, "Armenia and Azerbaijan signed the Meghri accord on Wednesday.", []statusCase{
		{"replaced", "On March 3 the two governments signed a new treaty in Tbilisi, which replaces the Meghri accord.", agreement.Superseded},
		{"superseded, passive", "The Meghri accord was superseded on March 3 by a treaty signed in Tbilisi.", agreement.Superseded},
		{"a plan", "On March 3 the two governments said they would replace the Meghri accord with a treaty.", agreement.Unknown},
		{"another deal", "On March 3 the two governments signed a new treaty in Tbilisi, which replaces the Sochi accord.", agreement.Unknown},
		{"another year's deal of the same name", "On March 3 the two governments signed a new treaty in Tbilisi, which replaces the 2024 Meghri accord.", agreement.Unknown},
	})
}

// TestAssessUndatedDealReplaced: an agreement whose signing date is not known is
// replaced by a later one that names it, as from the first article stating it; a
// year beside the name is no reason to doubt it then.
func TestAssessUndatedDealReplaced(t *testing.T) {
	share := agreement.Provision{ID: "p1", Obligor: []string{"NOR", "RUS"}, Action: agreement.Other, Object: "equal sharing of the Varanger oil revenue"}
	varanger := agreement.Agreement{ID: "a1", Name: "Varanger Fisheries Arrangement", Parties: []string{"NOR", "RUS"}, Provisions: []agreement.Provision{share}}
	const term = "Under the old arrangement Norway and Russia were to share the Varanger oil revenue equally."
	checkReplaced(t, varanger, term, []statusCase{
		{"replaced by a treaty", "The boundary treaty signed on Monday replaces the 2019 arrangement on Varanger fisheries.", agreement.Superseded},
		{"to be replaced", "The two governments said a boundary treaty would replace the Varanger fisheries arrangement next year.", agreement.Pending},
	})
}

// checkReplaced checks, for each case, the status replacedStatus gives ag's p1.
func checkReplaced(t *testing.T, ag agreement.Agreement, termBody string, cases []statusCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := replacedStatus(t, ag, termBody, tc.body)
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}

// replacedStatus is the status of ag's provision p1, stated by an article of
// termBody published on 2031-01-01, as of a report of body published on
// 2031-03-05.
func replacedStatus(t *testing.T, ag agreement.Agreement, termBody, body string) agreement.Status {
	t.Helper()
	term, err := article.ParseText("term.txt", []byte("Title: t\nDate: 2031-01-01\n\n"+termBody+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := article.ParseText("report.txt", []byte("Title: r\nDate: 2031-03-05\n\n"+body+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	ag.Provisions = append([]agreement.Provision(nil), ag.Provisions...)
	ag.Provisions[0].Evidence = agreement.Evidence{ArticleID: term.ID, Text: termBody}
	return statusOf(t, agreement.Assess([]agreement.Agreement{ag}, record(t, []article.Article{term, rep}), rep.Date), "p1")
}

// TestAssessTermReplacedByYear: a later deal, told signed, that replaces a term
// named by its noun and the year it was due ("it replaces the 2033 vote")
// supersedes it; another year's vote, or another thing due that year, is not it.
func TestAssessTermReplacedByYear(t *testing.T) {
	vote := agreement.Provision{Obligor: []string{"PHLGOV"}, Action: agreement.Other, Object: "vote on self-determination", Deadline: &agreement.Deadline{Date: "2033-12-31", Anchor: "absolute"}}
	for _, tc := range []struct {
		name string
		body string
		want agreement.StatusValue
	}{
		{"the vote due that year", "Signed on Tuesday by the Philippine government and the two island parties, it replaces the 2033 vote with a gradual transfer of powers.", agreement.Superseded},
		{"another year's vote", "Signed on Tuesday by the Philippine government and the two island parties, it replaces the 2029 vote with a gradual transfer of powers.", agreement.Pending},
		{"another thing due that year", "Signed on Tuesday by the Philippine government and the fishing unions, it replaces the 2033 quotas with a licence system.", agreement.Pending},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _, _ := assessWith(t, tc.body, vote)
			if st := statusOf(t, got, "p1"); st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}
