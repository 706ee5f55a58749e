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
	for _, tc := range []struct {
		name string
		body string
		want agreement.StatusValue
	}{
		{"replaced", "On March 3 the two governments signed a new treaty in Tbilisi, which replaces the Meghri accord.", agreement.Superseded},
		{"superseded, passive", "The Meghri accord was superseded on March 3 by a treaty signed in Tbilisi.", agreement.Superseded},
		{"a plan", "On March 3 the two governments said they would replace the Meghri accord with a treaty.", agreement.Unknown},
		{"another deal", "On March 3 the two governments signed a new treaty in Tbilisi, which replaces the Sochi accord.", agreement.Unknown},
	} {
		t.Run(tc.name, func(t *testing.T) {
			term, err := article.ParseText("term.txt", []byte("Title: t\nDate: 2031-01-01\n\nArmenia and Azerbaijan signed the Meghri accord on Wednesday.\n"))
			if err != nil {
				t.Fatal(err)
			}
			rep, err := article.ParseText("report.txt", []byte("Title: r\nDate: 2031-03-05\n\n"+tc.body+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			p := withdraw
			p.Evidence = agreement.Evidence{ArticleID: term.ID, Text: "term"}
			ags := []agreement.Agreement{{ID: "a1", Name: "Meghri Accord", Signed: "2031-01-01", Parties: []string{"ARM", "AZE"}, Provisions: []agreement.Provision{p}}}
			st := statusOf(t, agreement.Assess(ags, record(t, []article.Article{term, rep}), rep.Date), "p1")
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}
