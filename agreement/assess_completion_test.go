package agreement_test

import (
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessCompletionWords reads completions told in words other than the term's
// verb: troops going back to barracks, captives let go or pardoned, a thing sent
// back or delivered, a body at work.
func TestAssessCompletionWords(t *testing.T) {
	both := []string{"SRB", "BIH"}
	for _, tc := range []struct {
		name string
		body string
		p    agreement.Provision
	}{
		{"went back to barracks", "Egyptian troops went back to their barracks near Cairo in March and have stayed there.",
			agreement.Provision{Obligor: []string{"EGY"}, Action: agreement.Withdraw, Object: "troops to their barracks"}},
		{"let go", "The Egyptian fishermen seized off the coast in the summer were let go on Monday, the Israeli army said.",
			agreement.Provision{Obligor: []string{"ISR"}, Action: agreement.Release, Object: "Egyptian fishermen"}},
		{"pardoned", "Serbia granted clemency to the Bosnian journalists on Monday, officials in Belgrade said.",
			agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Release, Object: "Bosnian journalists"}},
		{"sent back", "Serbia sent back the church archives to Bosnia on Thursday.",
			agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Transfer, Object: "church archives"}},
		{"at work", "The joint border commission has been at work in Zvornik since February, officials of both countries said.",
			agreement.Provision{Obligor: both, Action: agreement.Establish, Object: "joint border commission"}},
		// The act as the subject, no agent and no object named: the talks the
		// provision calls for, in the article's own voice.
		{"the talks opened", "The talks had opened on March 3 as planned, with both delegations at the table.",
			agreement.Provision{Obligor: both, Action: agreement.Negotiate, Object: "future status of the river border"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessDated(t, "2030-12-20", "2031-01-01", "2031-04-22", tc.body, tc.p)
			if st.Value != agreement.Met {
				t.Errorf("%s (%s), want met", st.Value, st.Reason)
			}
			if len(st.Evidence) == 0 {
				t.Errorf("no evidence cited")
			}
		})
	}
}

// TestAssessOnTimeAmongCompletions: when one report of a completion comes after the
// deadline and another says it was done as planned, the provision was met on time.
func TestAssessOnTimeAmongCompletions(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.Establish, Object: "joint river council",
		Deadline: &agreement.Deadline{Date: "2031-02-01", Relative: "by February 1", Anchor: "absolute"}}
	body := "The joint river council met in Zvornik on April 20, officials said. The joint river council took office, as planned, and has met every month since."
	st := assessDated(t, "2030-12-20", "2031-01-01", "2031-04-22", body, p)
	if st.Value != agreement.Met {
		t.Errorf("%s (%s), want met", st.Value, st.Reason)
	}
	if len(st.Evidence) == 0 || !strings.Contains(st.Evidence[0].Text, "as planned") {
		t.Errorf("evidence %v, want the sentence saying as planned (%s %s)", st.Evidence, st.Value, st.Reason)
	}
}

// TestAssessNamedCaptives: a release of named people, with their count as the
// target, is complete when a report names every one of them freed, with no figure.
func TestAssessNamedCaptives(t *testing.T) {
	two := 2.0
	p := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Release, Object: "Marko Petrovic and Ana Jovanovic",
		Quantity: &two, Unit: "prisoners"}
	for _, tc := range []struct {
		name, body string
		want       agreement.StatusValue
	}{
		{"both named", "Serbia freed Mr Petrovic and a second reporter, Ana Jovanovic, on Monday.", agreement.Met},
		{"one named", "Serbia freed Mr Petrovic on Monday.", agreement.InProgress},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessDated(t, "2030-12-20", "2031-01-01", "2031-04-22", tc.body, p)
			if st.Value != tc.want {
				t.Errorf("%s (%s), want %s", st.Value, st.Reason, tc.want)
			}
		})
	}
}
