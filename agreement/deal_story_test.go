package agreement_test

import (
	"slices"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// dealSummary is one extracted agreement's date and parties.
type dealSummary struct {
	signed  string
	parties []string
}

func summaries(ags []agreement.Agreement) []dealSummary {
	var out []dealSummary
	for _, a := range ags {
		out = append(out, dealSummary{a.Signed, a.Parties})
	}
	return out
}

// TestStoryDeals checks stories that tell several deals of the same sides: a
// timeline's dated entries naming no side are each the story's sides' own deal, and
// an entry dated as an earlier deal is that deal.
func TestStoryDeals(t *testing.T) {
	for _, tc := range []struct {
		name, date, text string
		want             []dealSummary
	}{
		{"timeline entries naming no side", "2031-09-20",
			"The accord signed in Nairobi on Tuesday is the latest of the deals between Somalia's government and the al-Shabaab rebels.\n\n" +
				"The main steps:\n\n" +
				"March 3, 2029 - In Djibouti, the two delegations sign a ceasefire for the south.\n\n" +
				"Fighters are to leave the towns of the Juba valley.\n\n" +
				"June 9, 2030 - The authorities and the movement's leaders sign a pact on the return of refugees.\n\n" +
				"September 16, 2031 - In Nairobi, the government and the movement sign the accord on power sharing.",
			[]dealSummary{{"2031-09-16", []string{"SOM", "SOMREB"}}, {"2029-03-03", []string{"SOM", "SOMREB"}}, {"2030-06-09", []string{"SOM", "SOMREB"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := summaries(extractText(t, tc.name, tc.date, tc.text))
			if !slices.EqualFunc(got, tc.want, func(a, b dealSummary) bool { return a.signed == b.signed && slices.Equal(a.parties, b.parties) }) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
