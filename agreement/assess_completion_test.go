package agreement_test

import (
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
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
		{"gone", "Serbian police were gone from the checkpoints on the main roads within a week, the monitors said.",
			agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Withdraw, Object: "police from the checkpoints"}},
		// A gerund of the object names its verb.
		{"disbanded", "Serbia's volunteer corps disbanded at a meeting of its council on Monday, the monitors said.",
			agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Other, Object: "disbanding of the corps"}},
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
	checkStatuses(t, "2031-04-22", p, []statusCase{
		{"both named", "Serbia freed Mr Petrovic and a second reporter, Ana Jovanovic, on Monday.", agreement.Met},
		{"one named", "Serbia freed Mr Petrovic on Monday.", agreement.InProgress},
	})
}

// TestAssessNoNamesNoCount: an object with capitalised words that is no list of names
// ("Bosnian prisoners held by Serbia") is not freed whole without its count.
func TestAssessNoNamesNoCount(t *testing.T) {
	forty := 40.0
	p := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Release, Object: "Bosnian prisoners held by Serbia",
		Quantity: &forty, Unit: "prisoners"}
	st := assessDated(t, "2030-12-20", "2031-01-01", "2031-04-22", "Serbia released Bosnian prisoners on Monday.", p)
	if st.Value == agreement.Met {
		t.Errorf("%s (%s), want not met", st.Value, st.Reason)
	}
}

// TestAssessLaterStageBySynonym: of two stages of one withdrawal ("half of its
// troops", then "the rest of its forces"), a report of the last forces leaving is the
// later stage's, though it says "forces" and the earlier stage "troops".
func TestAssessLaterStageBySynonym(t *testing.T) {
	term, err := article.ParseText("term.txt", []byte("Title: t\nDate: 2030-12-20\n\nThe parties initialled a peace accord on Wednesday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := article.ParseText("report.txt", []byte("Title: r\nDate: 2031-04-22\n\n"+
		"Half of the Serbian troops left the border zone on January 20, officials said.\n\n"+
		"The last Serbian forces left the border zone on March 30, the monitoring mission said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	ev := agreement.Evidence{ArticleID: term.ID, Text: "term"}
	half := agreement.Provision{ID: "p1", Obligor: []string{"SRB"}, Action: agreement.Withdraw, Object: "half of the Serbian troops from the border zone",
		Deadline: &agreement.Deadline{Date: "2031-02-01", Relative: "by February 1", Anchor: "absolute"}, Evidence: ev}
	rest := agreement.Provision{ID: "p2", Obligor: []string{"SRB"}, Action: agreement.Withdraw, Object: "the rest of the Serbian force from the border zone",
		Deadline: &agreement.Deadline{Date: "2031-04-01", Relative: "by April 1", Anchor: "absolute"}, Evidence: ev}
	ags := []agreement.Agreement{{ID: "a1", Name: "accord", Signed: "2031-01-01", Parties: []string{"SRB", "BIH"}, Provisions: []agreement.Provision{half, rest}}}
	got := agreement.Assess(ags, record(t, []article.Article{term, rep}), rep.Date)
	if st := statusOf(t, got, "p2"); st.Value != agreement.Met {
		t.Errorf("p2 %s (%s), want met", st.Value, st.Reason)
	}
}

// TestAssessOccasionHeld: a duty of kind other whose object is an occasion (a
// referendum, a vote) is done when a report tells the occasion took place, though it
// names only one of the object's words.
func TestAssessOccasionHeld(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"BIH"}, Action: agreement.Other, Object: "referendum on the new constitution"}
	checkStatuses(t, "2031-04-22", p, []statusCase{
		{"held", "The referendum, held on March 14, produced a large yes vote, the electoral commission in Sarajevo said.", agreement.Met},
		{"only announced", "The electoral commission in Sarajevo said the referendum would need more polling stations.", agreement.Unknown},
	})
}

// TestAssessAccessNotGiven: an access a report says has not been given yet is not in
// force: pending, not in progress.
func TestAssessAccessNotGiven(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Allow, Object: "rail traffic between Belgrade and Sarajevo"}
	body := "Nothing has yet been done to reopen rail traffic between Belgrade and Sarajevo, railway officials said."
	st := assessDated(t, "2030-12-20", "2031-01-01", "2031-04-22", body, p)
	if st.Value != agreement.Pending || len(st.Evidence) == 0 {
		t.Errorf("%s (%s) citing %d, want pending citing the report", st.Value, st.Reason, len(st.Evidence))
	}
}

// TestAssessBeginningIsNoTalks: a word of beginning or opening alone is no report of
// talks held ("police began arriving" for a duty to negotiate).
func TestAssessBeginningIsNoTalks(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.Negotiate, Object: "a plan for a new border crossing"}
	body := "Serbian police, who began arriving on March 2, now man posts along the new border crossing."
	st := assessDated(t, "2030-12-20", "2031-01-01", "2031-04-22", body, p)
	if st.Value == agreement.Met || st.Value == agreement.InProgress {
		t.Errorf("%s (%s), want no talks reported", st.Value, st.Reason)
	}
}

// TestAssessDealTalks: the article telling a deal's term tells, undated and in the
// deal's first days, the talks that made the deal, not the ones it calls for.
func TestAssessDealTalks(t *testing.T) {
	term, err := article.ParseText("term.txt", []byte("Title: t\nDate: 2031-01-02\n\n"+
		"Serbia and Bosnia signed a border accord on Wednesday. After talks hosted by the Egyptian president, the Serbian president and the Bosnian prime minister appeared together and read out the declaration.\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := agreement.Provision{ID: "p1", Obligor: []string{"SRBGOV", "BIHGOV"}, Action: agreement.Negotiate, Object: "final status of the river border",
		Evidence: agreement.Evidence{ArticleID: term.ID, Text: "term"}}
	ags := []agreement.Agreement{{ID: "a1", Name: "accord", Signed: "2031-01-01", Parties: []string{"SRB", "BIH"}, Provisions: []agreement.Provision{p}}}
	got := agreement.Assess(ags, record(t, []article.Article{term}), term.Date.AddDate(0, 0, 1))
	if st := statusOf(t, got, "p1"); st.Value != agreement.Pending {
		t.Errorf("%s (%s), want pending", st.Value, st.Reason)
	}
}

// TestAssessCalmPlanned: a calm the parties agree to keep, after the act, is the
// plan's, not a state that leaves the act only partly done.
func TestAssessCalmPlanned(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB", "BIH"}, Action: agreement.Establish, Object: "joint border commission"}
	body := "The joint border commission met on March 3 as planned and agreed to keep the border quiet."
	st := assessDated(t, "2030-12-20", "2031-01-01", "2031-04-22", body, p)
	if st.Value != agreement.Met {
		t.Errorf("%s (%s), want met", st.Value, st.Reason)
	}
}

// TestAssessReleasedPublication: a party releasing a video or a statement frees no
// one.
func TestAssessReleasedPublication(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Release, Object: "Bosnian detainees"}
	body := "Serbia's interior ministry released video of the buses waiting for the Bosnian detainees at the crossing."
	st := assessDated(t, "2030-12-20", "2031-01-01", "2031-04-22", body, p)
	if st.Value == agreement.Met {
		t.Errorf("%s (%s), want no release reported", st.Value, st.Reason)
	}
}

// TestAssessLittleSign: monitors seeing little sign of an act report it not done.
func TestAssessLittleSign(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Withdraw, Object: "tanks from the border"}
	body := "European monitors said they had seen little sign of Serbian tanks being pulled back from the border."
	st := assessDated(t, "2030-12-20", "2031-01-01", "2031-04-22", body, p)
	if st.Value != agreement.Pending || len(st.Evidence) == 0 {
		t.Errorf("%s (%s) citing %d, want pending citing the monitors", st.Value, st.Reason, len(st.Evidence))
	}
}

// TestAssessActCalledOff: the act as its own subject reports it done only when it
// happened, not when it was called off, cancelled or put off.
func TestAssessActCalledOff(t *testing.T) {
	both := []string{"SRB", "BIH"}
	for _, tc := range []struct {
		body string
		p    agreement.Provision
	}{
		{"The talks were called off on March 3, with both delegations already in Geneva.",
			agreement.Provision{Obligor: both, Action: agreement.Negotiate, Object: "future status of the river border"}},
		{"The talks had been postponed on March 3, officials of both countries said.",
			agreement.Provision{Obligor: both, Action: agreement.Negotiate, Object: "future status of the river border"}},
		{"The exchange was cancelled on March 3, officials of both countries said.",
			agreement.Provision{Obligor: both, Action: agreement.Exchange, Object: "prisoners of war"}},
	} {
		t.Run(tc.body, func(t *testing.T) {
			st := assessDated(t, "2030-12-20", "2031-01-01", "2031-04-22", tc.body, tc.p)
			if st.Value == agreement.Met || st.Value == agreement.MetLate {
				t.Errorf("%s (%s), want not met", st.Value, st.Reason)
			}
		})
	}
}

// TestAssessSomeOfThem: "some" before what the act names is a part of it, done in
// part; before a number it rounds the count, and in another clause it speaks of
// something else.
func TestAssessSomeOfThem(t *testing.T) {
	p := agreement.Provision{Obligor: []string{"SRB"}, Action: agreement.Withdraw, Object: "troops from the river valley"}
	checkStatuses(t, "2031-04-22", p, []statusCase{
		{"some positions", "Serbian troops have left some positions in the river valley, the monitors said.", agreement.InProgress},
		{"some and a number", "Some 3,000 Serbian troops left the river valley on Monday, the monitors said.", agreement.Met},
		{"some in another clause", "Serbian troops left the river valley on Monday, although some bridges were damaged.", agreement.Met},
	})
}
