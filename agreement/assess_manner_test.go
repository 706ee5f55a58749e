package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessMannerKept: a duty of kind other, or talks, whose object names a way of
// acting kept over time ("by peaceful means", "in a spirit of", "for all purposes")
// is a continuing obligation: in force with no breach reported, not unknown when
// later reports say nothing of it; a peaceful settlement to be negotiated, or a
// duty done once, is still unknown then.
func TestAssessMannerKept(t *testing.T) {
	report := "The government opened a new school in Tumaco on Monday, officials said."
	checkProvisionStatuses(t, "2031-04-22", []provisionCase{
		{agreement.Provision{Obligor: []string{"COLREB"}, Action: agreement.Other, Object: "pursuit of its aims by peaceful political means"},
			statusCase{"peaceful political means", report, agreement.InProgress}},
		{agreement.Provision{Obligor: []string{"IND", "PAK"}, Action: agreement.Negotiate, Object: "settle their differences by peaceful means"},
			statusCase{"talks by peaceful means", report, agreement.InProgress}},
		{agreement.Provision{Obligor: []string{"COL", "COLREB"}, Action: agreement.Other, Object: "dealings in a spirit of good faith"},
			statusCase{"a spirit of", report, agreement.InProgress}},
		{agreement.Provision{Obligor: []string{"IND", "PAK"}, Action: agreement.Negotiate, Object: "negotiations on a peaceful settlement"},
			statusCase{"a settlement to negotiate", report, agreement.Unknown}},
		{agreement.Provision{Obligor: []string{"COL", "COLREB"}, Action: agreement.Other, Object: "exchange of maps of the zones"},
			statusCase{"a duty done once", report, agreement.Unknown}},
	})
}
