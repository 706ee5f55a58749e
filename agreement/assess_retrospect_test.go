package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessTermToldLate: a duty to act with no deadline, stated only in an
// article months after its deal was signed and told done nowhere, is unknown:
// the article is itself the later report. Stated within the deal's first weeks,
// told as waiting on a supposed condition, or told as not yet come, it is pending.
func TestAssessTermToldLate(t *testing.T) {
	const other = "Heavy rain fell on the capital on Tuesday, the weather service said."
	gas := agreement.Provision{Obligor: []string{"RUS"}, Action: agreement.Transfer, Object: "natural gas to Armenia"}
	iffy := gas
	iffy.Conditions = []string{"if the pipeline is repaired"}
	for _, tc := range []struct {
		name, termPub string
		p             agreement.Provision
		stated        string // the term's sentence, when it matters
		want          agreement.StatusValue
	}{
		{"told six months on", "2031-07-01", gas, "", agreement.Unknown},
		{"told five months on", "2031-06-01", gas, "", agreement.Unknown},
		{"told in the first weeks", "2031-01-20", gas, "", agreement.Pending},
		{"a supposed condition", "2031-07-01", iffy, "", agreement.Pending},
		{"told as not yet come", "2031-07-01", gas, "The next stage, deliveries of natural gas to Armenia, has not yet been scheduled.", agreement.Pending},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags, rec, asOf := accordReport(t, tc.termPub, "2031-01-01", tc.termPub, []string{"RUS", "ARM"}, other, tc.p)
			if tc.stated != "" {
				ags[0].Provisions[0].Evidence.Text = tc.stated
			}
			if st := statusOf(t, agreement.Assess(ags, rec, asOf), "p1"); st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}
