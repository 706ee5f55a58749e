package agreement_test

import "testing"

// TestDeadlineAfterThat counts "within N days after that" from the day the term
// before is due, and leaves "immediately after the signing" to the signing.
func TestDeadlineAfterThat(t *testing.T) {
	const signed = "ACCRA - Ghana and Togo signed a border accord on Monday. "
	ags := extractText(t, "after that", "2021-05-10", signed+
		"A joint commission is to be set up by June 1. Ghanaian troops are to leave the border villages within 30 days after that.")
	p := dealProvision(t, ags, "withdraw")
	if p.Deadline == nil || p.Deadline.Date != "2021-07-01" {
		t.Errorf("deadline %+v, want 2021-07-01", p.Deadline)
	}
}
