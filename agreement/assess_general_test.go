package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
)

// TestAssessGeneralWording assesses hand-built provisions against one-sentence
// reports written for this test, each in wording that no development article uses:
// a figure short of the target after the deadline, a negation in another clause, a
// refusal in a background clause, a splinter faction's rejection, a postponement by
// a law, and a deadline nobody reports on.
func TestAssessGeneralWording(t *testing.T) {
	dl := func(d string) *agreement.Deadline { return &agreement.Deadline{Date: d, Anchor: "absolute"} }
	for _, tc := range []struct {
		name string
		body string
		p    agreement.Provision
		want agreement.StatusValue
	}{
		{"figure short of the target", "Only 2,300 of 9,000 guerrillas had been demobilised by the end of March, the commission said in its report.",
			agreement.Provision{Obligor: []string{"PHLREB"}, Action: agreement.Disarm, Object: "guerrillas", Quantity: num(9000), Unit: "guerrillas", Deadline: dl("2031-03-01")},
			agreement.PartiallyMet},
		{"negation in another clause", "The pullout of the artillery from the corridor was finished on Monday, and Malaysian officials did not dispute it.",
			agreement.Provision{Obligor: []string{"PHLREB"}, Action: agreement.Withdraw, Object: "artillery", Deadline: dl("2031-04-20")},
			agreement.Met},
		{"a refusal in a background clause", "A unity cabinet was sworn in on Monday, after the rebels rejected a first list of ministers.",
			agreement.Provision{Obligor: []string{"PHLGOV"}, Action: agreement.Establish, Object: "unity cabinet"},
			agreement.Met},
		{"a splinter faction rejects the deal", "A breakaway faction of the MNLF rejected the accord and vowed to keep fighting.",
			agreement.Provision{Obligor: []string{"PHLREB"}, Action: agreement.CeaseFire, Object: "hostilities"},
			agreement.InProgress}, // no refusal of the party's, no breach: in force
		{"postponed by a law", "The provincial elections did not take place: a law passed in January postponed them to 2034.",
			agreement.Provision{Obligor: []string{"PHLGOV"}, Action: agreement.Other, Object: "provincial elections", Deadline: dl("2031-12-31")},
			agreement.Superseded},
	} {
		t.Run(tc.name, func(t *testing.T) {
			term, err := article.ParseText("term.txt", []byte("Title: t\nDate: 2031-01-02\n\nThe parties signed a peace accord in Manila on Wednesday.\n"))
			if err != nil {
				t.Fatal(err)
			}
			rep, err := article.ParseText("report.txt", []byte("Title: r\nDate: 2031-04-22\n\n"+tc.body+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			p := tc.p
			p.ID = "p1"
			p.Evidence = agreement.Evidence{ArticleID: term.ID, Text: "term"}
			ags := []agreement.Agreement{{ID: "a1", Name: "accord", Signed: "2031-01-01", Parties: []string{"PHLGOV", "PHLREB"}, Provisions: []agreement.Provision{p}}}
			got := agreement.Assess(ags, record(t, []article.Article{term, rep}), rep.Date)
			if st := statusOf(t, got, "p1"); st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}
