package agreement_test

import (
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
)

// TestAssessWhatBreaksOrHoldsATruce checks the words that do not tell a truce held
// or broken: a denial whose subject "no" opens, a holder, a withholding, an event
// held; and that the first of a joint subject is the agent of an attack.
func TestAssessWhatBreaksOrHoldsATruce(t *testing.T) {
	truce := agreement.Provision{Obligor: []string{"PHLGOV", "PHLREB"}, Action: agreement.CeaseFire, Object: "hostilities"}
	govTruce := agreement.Provision{Obligor: []string{"PHLGOV"}, Action: agreement.CeaseFire, Object: "hostilities"}
	for _, tc := range []struct {
		name string
		body string
		p    agreement.Provision
		want agreement.StatusValue
		not  string // not in the reason
	}{
		{"a denial", "The Philippine army said no army or MILF units had attacked the convoy near Cotabato on Tuesday.", truce, agreement.InProgress, "forbids"},
		{"a joint subject", "Philippine and American jets bombed MILF camps near Cotabato on Tuesday, residents said.", govTruce, agreement.Breached, ""},
		{"a withholding", "The Philippine army said the MILF was still holding back more than 300 prisoners.", truce, agreement.InProgress, "holding"},
		{"a holder", "The MILF fighters stayed in the villages held by the Philippine army on Tuesday.", truce, agreement.InProgress, "holding"},
		{"an event held", "The vote, held from April 3 to 5 in Cotabato, drew long queues, UN officials said.", truce, agreement.InProgress, "holding"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessOne(t, tc.body, tc.p)
			if st.Value != tc.want || tc.not != "" && strings.Contains(st.Reason, tc.not) {
				t.Errorf("%s (%s), want %s, not %q", st.Value, st.Reason, tc.want, tc.not)
			}
		})
	}
}

// TestAssessStartOfMeasures checks that a truce counts from its day whatever the
// time of day says ("from 00:01 on May 1"), and that a ban announced with it, naming
// no start of its own, takes effect with it.
func TestAssessStartOfMeasures(t *testing.T) {
	term, rep := termAndReport(t, "Heavy rain fell on the capital on Tuesday, the weather service said.")
	truce := agreement.Provision{ID: "p1", Obligor: []string{"PHLGOV", "PHLREB"}, Action: agreement.CeaseFire, Object: "hostilities",
		Conditions: []string{"from 00:01 on May 1, 2031"}, Evidence: agreement.Evidence{ArticleID: term.ID, Text: "term"}}
	ban := agreement.Provision{ID: "p2", Obligor: []string{"PHLGOV", "PHLREB"}, Action: agreement.Prohibit, Object: "return fire except on a command order",
		Evidence: agreement.Evidence{ArticleID: term.ID, Text: "ban"}}
	ags := []agreement.Agreement{{ID: "a1", Name: "accord", Signed: "2031-01-01", Parties: []string{"PHLGOV", "PHLREB"}, Provisions: []agreement.Provision{truce, ban}}}
	got := agreement.Assess(ags, record(t, []article.Article{term, rep}), rep.Date)
	for _, id := range []string{"p1", "p2"} {
		if st := statusOf(t, got, id); st.Value != agreement.Pending {
			t.Errorf("%s: %s (%s), want pending until May 1", id, st.Value, st.Reason)
		}
	}
}

// TestAssessBanWaitsOnWhatItNeeds checks that a ban in places the deal is to create
// waits, pending, while their creation has not begun (as of the article stating
// both).
func TestAssessBanWaitsOnWhatItNeeds(t *testing.T) {
	term, _ := termAndReport(t, "Heavy rain fell on the capital on Tuesday, the weather service said.")
	parks := agreement.Provision{ID: "p1", Obligor: []string{"PHLGOV"}, Action: agreement.Establish, Object: "ecological parks on the border",
		Evidence: agreement.Evidence{ArticleID: term.ID, Text: "parks"}}
	ban := agreement.Provision{ID: "p2", Obligor: []string{"PHLGOV", "PHLREB"}, Action: agreement.Prohibit, Object: "troops in the ecological parks",
		DependsOn: []string{"p1"}, Evidence: agreement.Evidence{ArticleID: term.ID, Text: "ban"}}
	ags := []agreement.Agreement{{ID: "a1", Name: "accord", Signed: "2031-01-01", Parties: []string{"PHLGOV", "PHLREB"}, Provisions: []agreement.Provision{parks, ban}}}
	got := agreement.Assess(ags, record(t, []article.Article{term}), term.Date)
	if st := statusOf(t, got, "p2"); st.Value != agreement.Pending || !strings.Contains(st.Reason, "p1") {
		t.Errorf("%s (%s), want pending, waiting on p1", st.Value, st.Reason)
	}
}
