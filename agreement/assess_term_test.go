package agreement_test

import (
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
)

// TestAssessPromisesAndHandovers checks readings that do not rest on the act's own
// verb: a promise in any of its words ("vowed", "is obliged to") reports nothing
// done, nor does an act word that speaks of the deal ("the accord reached"), but a call in a
// statement of its own leaves the next one a report; a duty without a vocabulary
// needs two words of its object named, a word and its synonyms counting once, and
// the noun of a verb names the verb ("approval", "approved"); an opening allowed
// is done once, not kept over a period; and a place to be handed over is handed over when the other side takes it.
func TestAssessPromisesAndHandovers(t *testing.T) {
	rebels := []string{"PHLREB"}
	for _, tc := range []struct {
		name string
		body string
		p    agreement.Provision
		want agreement.StatusValue
		why  string // in the reason, when given
	}{
		{"vowed", "The MILF vowed on Monday to hand over the farms its fighters seized during the war.",
			agreement.Provision{Obligor: rebels, Action: agreement.Transfer, Object: "farms seized during the war"}, agreement.Pending, ""},
		{"obliged", "The MILF is obliged to publish within 60 days the names of the people its fighters detained.",
			agreement.Provision{Obligor: rebels, Action: agreement.Other, Object: "names of the people its fighters detained"}, agreement.Pending, ""},
		{"the accord reached", "Under the accord reached in Manila, the MILF is to get three seats on the regional council.",
			agreement.Provision{Obligor: []string{"PHLGOV"}, Action: agreement.Transfer, Object: "seats on the regional council"}, agreement.Pending, ""},
		{"once done", "Once the militias were disarmed, 4,000 MILF fighters were to be absorbed into the army.",
			agreement.Provision{Obligor: []string{"PHLGOV"}, Action: agreement.Disarm, Object: "militias"}, agreement.Unknown, ""},
		{"foresees", "The accord, reached after weeks of talks, foresees the installation of a transitional council in Cotabato.",
			agreement.Provision{Obligor: []string{"PHLGOV"}, Action: agreement.Establish, Object: "a transitional council"}, agreement.Unknown, ""},
		{"synonyms of one word", "Only a fraction of the rebels have handed in their weapons since the Manila accord, UN officials said.",
			agreement.Provision{Obligor: []string{"PHLGOV"}, Action: agreement.Other, Object: "a full pardon for Murad and all fighters"}, agreement.Unknown, ""},
		{"an approval", "The Philippine Congress approved the accord by 200 votes to 20 on March 4.",
			agreement.Provision{Obligor: []string{"PHLLEG"}, Action: agreement.Other, Object: "approval of the accord"}, agreement.Met, ""},
		{"an opening done", "Ferry services between Zamboanga and Jolo resumed on March 3, the coast guard said.",
			agreement.Provision{Obligor: []string{"PHLGOV"}, Action: agreement.Allow, Object: "resumption of ferry services"}, agreement.Met, ""},
		{"an opening still blocked", "The coastal road to Jolo, which was to be reopened, is still blocked by mines.",
			agreement.Provision{Obligor: []string{"PHLGOV"}, Action: agreement.Allow, Object: "reopening of the coastal road"}, agreement.Pending, ""},
		{"a call in another statement", "The MILF called on other groups to join the talks, and no attacks by its fighters have been reported since the accord was signed.",
			agreement.Provision{Obligor: rebels, Action: agreement.CeaseFire, Object: "hostilities"}, agreement.InProgress, "holding"},
		{"a promise of the act, and another statement", "The MILF agreed to hand over its weapons by March, and the government welcomed the accord.",
			agreement.Provision{Obligor: rebels, Action: agreement.Disarm, Object: "weapons"}, agreement.Pending, ""},
		{"the other side entered", "Philippine army units entered the town of Datu Piang on March 3, unopposed.",
			agreement.Provision{Obligor: rebels, Action: agreement.Transfer, Object: "the town of Datu Piang"}, agreement.Met, ""},
		{"its own troops entered", "MILF fighters entered the town of Datu Piang on March 3.",
			agreement.Provision{Obligor: rebels, Action: agreement.Transfer, Object: "the town of Datu Piang"}, agreement.Unknown, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := assessOne(t, tc.body, tc.p)
			if st.Value != tc.want || !strings.Contains(st.Reason, tc.why) {
				t.Errorf("%s (%s), want %s (%s)", st.Value, st.Reason, tc.want, tc.why)
			}
		})
	}
}

// TestAssessMutualBlame checks that two sides each saying the other broke the
// understanding (a deal's name) are paired, and leave the truce disputed rather
// than breached by either.
func TestAssessMutualBlame(t *testing.T) {
	body := "Misri said Pakistan had committed repeated violations of the understanding reached that afternoon.\n\n" +
		"Pakistan's foreign ministry said the country remained committed to the ceasefire and that the violations had been committed by India."
	term, err := article.ParseText("term.txt", []byte("Title: t\nDate: 2025-05-10\n\nIndia and Pakistan agreed a ceasefire on Saturday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := article.ParseText("report.txt", []byte("Title: r\nDate: 2025-05-11\n\n"+body+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := agreement.Provision{ID: "p1", Obligor: []string{"INDMIL", "PAKMIL"}, Action: agreement.CeaseFire, Object: "all firing",
		Evidence: agreement.Evidence{ArticleID: term.ID, Text: "term"}}
	ags := []agreement.Agreement{{ID: "a1", Name: "ceasefire", Signed: "2025-05-10", Parties: []string{"IND", "PAK"}, Provisions: []agreement.Provision{p}}}
	rec := record(t, []article.Article{term, rep})
	cs := agreement.Conflicts(ags, rec, rep.Date)
	if len(cs) != 1 || cs[0].A.Speaker.Code != "INDGOV" || cs[0].B.Speaker.Code != "PAKGOV" {
		t.Errorf("conflicts %+v, want INDGOV against PAKGOV", cs)
	}
	if st := statusOf(t, agreement.Assess(ags, rec, rep.Date), "p1"); st.Value != agreement.Disputed {
		t.Errorf("%s (%s), want disputed", st.Value, st.Reason)
	}
}

// TestAssessOwnTermOfKindOther checks that the sentence stating a duty without a
// vocabulary reports it done only when a past form stands by its object's words:
// "go to" the MILF is the term, "the faction led by" a man is no act.
func TestAssessOwnTermOfKindOther(t *testing.T) {
	const sentence = "Of the 24 cabinet posts, 12 go to the MILF and the rest to the ruling coalition led by the president."
	rep, err := article.ParseText("report.txt", []byte("Title: r\nDate: 2031-01-02\n\nThe government and the MILF signed a power-sharing accord in Manila on Wednesday. "+sentence+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	at := strings.Index(rep.Text, sentence)
	p := agreement.Provision{ID: "p1", Obligor: []string{"PHLGOV"}, Action: agreement.Other, Object: "cabinet posts for the MILF",
		Evidence: agreement.Evidence{ArticleID: rep.ID, Start: at, End: at + len(sentence), Text: sentence}}
	ags := []agreement.Agreement{{ID: "a1", Name: "accord", Signed: "2031-01-01", Parties: []string{"PHLGOV", "PHLREB"}, Provisions: []agreement.Provision{p}}}
	st := statusOf(t, agreement.Assess(ags, record(t, []article.Article{rep}), rep.Date), "p1")
	if st.Value == agreement.Met {
		t.Errorf("%s (%s), want no implementation", st.Value, st.Reason)
	}
}
