package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessNotDoneByObject: a sentence whose subject is the provision's object,
// told not done ("has yet to be", "No ... has been"), reports the duty not done
// even when its verb is not one of the action's words: the body that holds the
// seats to be given is not formed, the law to be made is not passed ("No pension
// law has been adopted", only the object's first word named). A "no" before
// another word of the object tells nothing of it.
func TestAssessNotDoneByObject(t *testing.T) {
	parties := []string{"SRB", "BIH"}
	seats := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Transfer, Object: "seats in a regional assembly of the Drina valley"}
	law := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Other, Object: "pension law for former soldiers of both armies"}
	veterans := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Other, Object: "pension law for veterans of both armies"}
	for _, tc := range []struct {
		p    agreement.Provision
		body string
		want string
	}{
		{seats, "The regional assembly of the Drina valley has yet to be convened, officials in Zvornik said.", "reported not done"},
		{law, "No pension law for former soldiers has been passed.", "reported not done"},
		{veterans, "No pension law has been adopted, a ministry official said.", "reported not done"},
		{veterans, "No veterans have been paid so far.", ""},
		{seats, "The regional assembly of the Drina valley met in Zvornik on Monday.", ""},
	} {
		t.Run(tc.body, func(t *testing.T) {
			st := assessSigned(t, parties, tc.body, tc.p)
			if tc.want == "" {
				if st.Reason == "reported not done" {
					t.Errorf("%s (%s), want no not-done reading", st.Value, st.Reason)
				}
				return
			}
			if st.Value != agreement.Pending || st.Reason != tc.want {
				t.Errorf("%s (%s), want pending (%s)", st.Value, st.Reason, tc.want)
			}
			if len(st.Evidence) == 0 {
				t.Errorf("no evidence cited")
			}
		})
	}
}

// TestAssessHoldersCountPosts: the people who took up posts count the posts given
// ("three opposition members joined the cabinet" for three posts in it); a count of others is no
// count of them.
func TestAssessHoldersCountPosts(t *testing.T) {
	parties := []string{"SRB", "BIH"}
	three := 3.0
	posts := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Transfer, Object: "posts in the cabinet", Quantity: &three}
	st := assessSigned(t, parties, "Three opposition members have joined the cabinet, officials in Belgrade said.", posts)
	if st.Value != agreement.Met || len(st.Evidence) == 0 {
		t.Errorf("members: %s (%s), %d evidence, want met citing the sentence", st.Value, st.Reason, len(st.Evidence))
	}
	st = assessSigned(t, parties, "Three opposition parties have joined the cabinet, officials in Belgrade said.", posts)
	if st.Value == agreement.Met {
		t.Errorf("parties: %s (%s), want not met", st.Value, st.Reason)
	}
}

// TestAssessBegunCutScheduled: a cut begun whose end is only scheduled ("not due to
// be completed until") is in progress, not met nor reported not done; the army
// shrinking is the armed forces cut, though "army" is not the object's word.
func TestAssessBegunCutScheduled(t *testing.T) {
	parties := []string{"SRB", "BIH"}
	cut := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Reduce, Object: "armed forces"}
	for _, body := range []string{
		"Serbia has begun to cut its armed forces, but the cut is not due to be completed until 2033.",
		"The Serbian army has begun to shrink, and two of its brigades have been disbanded.",
	} {
		t.Run(body, func(t *testing.T) {
			st := assessSigned(t, parties, body, cut)
			if st.Value != agreement.InProgress || len(st.Evidence) == 0 {
				t.Errorf("%s (%s), %d evidence, want in_progress citing the sentence", st.Value, st.Reason, len(st.Evidence))
			}
		})
	}
}
