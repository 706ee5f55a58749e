package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestDeadlineYearless dates a deadline named by a month, or a day of one, without
// its year to its first occurrence on or after the signing, not to the occurrence
// nearest the article's day when that one comes before the deal.
func TestDeadlineYearless(t *testing.T) {
	const signed = "NIAMEY - Niger's government and the rebels of the northern front signed a peace accord on Sunday. "
	cases := []struct {
		name, date, text string
		action           string
		want             string
	}{
		{"a month more than half a year ahead", "2021-05-10", signed + "The rebels will hand over 500 weapons by December.", "disarm", "2021-12-31"},
		{"a day more than half a year ahead", "2021-05-10", signed + "The government will free all rebel prisoners by December 15.", "release", "2021-12-15"},
		{"the last day of February", "2023-06-12", signed + "The government will free all rebel prisoners by February.", "release", "2024-02-29"},
		// near misses: a month ahead and near, and a year named
		{"a month nearer ahead", "2021-05-10", signed + "The rebels will hand over 500 weapons by August.", "disarm", "2021-08-31"},
		{"the year named", "2021-05-10", signed + "The rebels will hand over 500 weapons by December 2022.", "disarm", "2022-12-31"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := dealProvision(t, extractText(t, c.name, c.date, c.text), agreement.Action(c.action))
			if p.Deadline == nil || p.Deadline.Date != c.want {
				t.Errorf("deadline %+v, want %s", p.Deadline, c.want)
			}
		})
	}
}
