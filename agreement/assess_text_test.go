package agreement_test

import (
	"os"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
)

// TestAssessOwnText assesses hand-built provisions of the November 2020 Karabakh
// ceasefire from a report written for this test (testdata/karabakh-2020.txt), through
// the coder and Claims: a handover by the deadline, one after it, a deployment with its
// number reached, and an exchange the two sides describe differently.
func TestAssessOwnText(t *testing.T) {
	data, err := os.ReadFile("testdata/karabakh-2020.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.ParseText("testdata/karabakh-2020.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	term := func(s string) agreement.Evidence {
		return agreement.Evidence{ArticleID: "terms", Text: s}
	}
	dl := func(d string) *agreement.Deadline { return &agreement.Deadline{Date: d, Anchor: "absolute"} }
	ags := []agreement.Agreement{{
		ID: "a1", Name: "Nagorno-Karabakh ceasefire", Signed: "2020-11-10", Parties: []string{"ARM", "AZE", "RUS"},
		Provisions: []agreement.Provision{
			{ID: "p1", Obligor: []string{"ARM"}, Action: agreement.Withdraw, Object: "Aghdam district", Deadline: dl("2020-11-20"), Evidence: term("Aghdam")},
			{ID: "p2", Obligor: []string{"ARM"}, Action: agreement.Withdraw, Object: "Kalbajar district", Deadline: dl("2020-11-15"), Evidence: term("Kalbajar")},
			{ID: "p3", Obligor: []string{"RUS"}, Action: agreement.Deploy, Object: "peacekeepers", Quantity: num(1960), Unit: "soldiers", Evidence: term("peacekeepers")},
			{ID: "p4", Obligor: []string{"ARM", "AZE"}, Action: agreement.Exchange, Object: "prisoners of war", Unit: "prisoners", Evidence: term("prisoners")},
		},
	}}
	rec := record(t, []article.Article{a})
	got := agreement.Assess(ags, rec, a.Date)
	for id, want := range map[string][]agreement.StatusValue{
		"p1": {agreement.Met},
		"p2": {agreement.MetLate},
		"p3": {agreement.Met, agreement.InProgress},
		"p4": {agreement.Disputed, agreement.PartiallyMet, agreement.InProgress},
	} {
		st := statusOf(t, got, id)
		t.Logf("%s %s level %d: %s", id, st.Value, st.Level, st.Reason)
		if !slicesContains(want, st.Value) {
			t.Errorf("%s: %s (%s), want one of %v", id, st.Value, st.Reason, want)
		}
	}
	found := false
	for _, c := range agreement.Conflicts(got, rec, a.Date) {
		t.Logf("conflict %s %q / %s %q", c.A.Speaker.Code, c.A.Text, c.B.Speaker.Code, c.B.Text)
		if c.ProvisionID != nil && *c.ProvisionID == "p4" && strings.Contains(c.A.Text+c.B.Text, "still held") && strings.Contains(c.A.Text+c.B.Text, "had been returned") {
			found = true
		}
	}
	if !found {
		t.Error("the two sides' claims about the prisoners are not paired")
	}
}

func slicesContains(vs []agreement.StatusValue, v agreement.StatusValue) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// TestAssessOwnTextShortfall assesses an exchange that fell short of its number by the
// deadline (testdata/swap-partial.txt, written for this test): partially_met, with the
// accusation and its rebuttal paired.
func TestAssessOwnTextShortfall(t *testing.T) {
	data, err := os.ReadFile("testdata/swap-partial.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.ParseText("testdata/swap-partial.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	ags := []agreement.Agreement{{ID: "a1", Name: "prisoner exchange", Signed: "2025-06-02", Parties: []string{"RUS", "UKR"},
		Provisions: []agreement.Provision{{ID: "p1", Obligor: []string{"RUS", "UKR"}, Action: agreement.Exchange,
			Object: "prisoners of war", Quantity: num(1200), Unit: "prisoners",
			Deadline: &agreement.Deadline{Date: "2025-06-30", Anchor: "absolute"}, Evidence: agreement.Evidence{ArticleID: "terms", Text: "term"}}},
	}}
	rec := record(t, []article.Article{a})
	got := agreement.Assess(ags, rec, a.Date)
	if st := statusOf(t, got, "p1"); st.Value != agreement.PartiallyMet || st.Level != 2 {
		t.Errorf("p1: %s level %d (%s), want partially_met level 2", st.Value, st.Level, st.Reason)
	}
	conf := agreement.Conflicts(got, rec, a.Date)
	if len(conf) != 1 || !strings.Contains(conf[0].A.Text, "accused") || !strings.Contains(conf[0].B.Text, "rejected the accusation") {
		t.Errorf("conflicts %+v, want the accusation paired with its rebuttal", conf)
	}
}
