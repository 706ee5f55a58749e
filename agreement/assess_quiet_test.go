package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
)

// TestAssessQuietMonth: a duty to act with no deadline is pending while the later
// articles are from the deal's first weeks, and unknown once one written a month
// or more after the deal took effect says nothing of it
// (testdata/agreements/README.md, "Pending, overdue or unknown").
func TestAssessQuietMonth(t *testing.T) {
	p := agreement.Provision{ID: "p1", Obligor: []string{"SRB", "BIH"}, Action: agreement.Establish, Object: "a joint commission on missing persons"}
	for _, tc := range []struct {
		date string
		want agreement.StatusValue
	}{
		{"2031-01-10", agreement.Pending},
		{"2031-01-24", agreement.Pending},
		{"2031-02-14", agreement.Unknown},
	} {
		t.Run(tc.date, func(t *testing.T) {
			term, err := article.ParseText("term.txt", []byte("Title: t\nDate: 2031-01-01\n\nSerbia and Bosnia signed an accord on Wednesday under which they will set up a joint commission on missing persons.\n"))
			if err != nil {
				t.Fatal(err)
			}
			rep, err := article.ParseText("report.txt", []byte("Title: r\nDate: "+tc.date+"\n\nSerbian and Bosnian border police opened two new crossings on the Drina on Monday.\n"))
			if err != nil {
				t.Fatal(err)
			}
			p.Evidence = agreement.Evidence{ArticleID: term.ID, Text: "term"}
			ags := []agreement.Agreement{{ID: "a1", Name: "accord", Signed: "2031-01-01", Parties: []string{"SRB", "BIH"}, Provisions: []agreement.Provision{p}}}
			st := statusOf(t, agreement.Assess(ags, record(t, []article.Article{term, rep}), rep.Date), "p1")
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}

// TestAssessUnderWay: the act told going on ("are still marking") is a step begun,
// in_progress level 1; a thing that "has yet to be" done is reported not done, not
// announced.
func TestAssessUnderWay(t *testing.T) {
	parties := []string{"SRB", "BIH"}
	mark := agreement.Provision{Obligor: parties, Action: agreement.Other, Object: "mark the land boundary along the river"}
	commission := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Establish, Object: "joint commission on missing persons"}
	for _, tc := range []struct {
		p      agreement.Provision
		body   string
		want   agreement.StatusValue
		reason string
	}{
		{mark, "Serbia and Bosnia are still marking the land boundary along the river.", agreement.InProgress, "under way"},
		{mark, "Serbian and Bosnian surveyors will mark the land boundary along the river.", agreement.Pending, ""},
		{commission, "The joint commission on missing persons has yet to be set up.", agreement.Pending, "reported not done"},
	} {
		t.Run(tc.body, func(t *testing.T) {
			st := assessSigned(t, parties, tc.body, tc.p)
			if st.Value != tc.want || tc.reason != "" && st.Reason != tc.reason {
				t.Errorf("%s (%s), want %s (%s)", st.Value, st.Reason, tc.want, tc.reason)
			}
			if tc.reason != "" && len(st.Evidence) == 0 {
				t.Errorf("no evidence cited")
			}
		})
	}
}
