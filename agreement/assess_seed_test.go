package agreement_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/eval"
	"github.com/peacewatch/peacewatch/internal/seedtest"
)

// seedArticle reads the worked example from ../shared/seeds, dated 2020-03-03,
// skipping when it is absent.
func seedArticle(t *testing.T) article.Article { return seedtest.Articles(t)[0] }

// sentenceWith returns the first sentence of a's body holding every one of words,
// as evidence; the test fails when there is none.
func sentenceWith(t *testing.T, a article.Article, words ...string) agreement.Evidence {
	t.Helper()
	res := newCoder(t).Code(a)
	for _, s := range res.Doc.Sentences {
		txt := res.Doc.Text[s.Start:s.End]
		if !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(txt, w) }) {
			return agreement.Evidence{ArticleID: a.ID, Start: s.Start, End: s.End, Text: txt}
		}
	}
	t.Fatalf("no sentence of %s holds %q", a.Name, words)
	return agreement.Evidence{}
}

func num(v float64) *float64 { return &v }

// seedAgreement is the US–Taliban agreement as the issue lists its provisions, built
// by hand with the seed's sentences located by the numbers and names they hold.
func seedAgreement(t *testing.T, a article.Article) agreement.Agreement {
	troops := sentenceWith(t, a, "13,000", "8,600")
	prisoners := sentenceWith(t, a, "5,000", "1,000")
	dl := func(d, rel string) *agreement.Deadline {
		return &agreement.Deadline{Date: d, Relative: rel, Anchor: "signing"}
	}
	return agreement.Agreement{
		ID: "a1", Name: "US–Taliban agreement", Signed: "2020-02-29", Place: "Doha",
		Parties: []string{"USA", "AFGREB"}, Witnesses: []string{"USAGOV"},
		Provisions: []agreement.Provision{
			{ID: "p1", Obligor: []string{"USA"}, Beneficiary: []string{"AFGREB"}, Action: agreement.Reduce,
				Object: "troops", FromQuantity: num(13000), Quantity: num(8600), Unit: "troops",
				Deadline: dl("2020-07-13", "within 135 days"), Evidence: troops},
			{ID: "p2", Obligor: []string{"USA"}, Beneficiary: []string{"AFGREB"}, Action: agreement.Withdraw,
				Object: "remaining troops", Unit: "troops", Deadline: dl("2021-04-29", "within 14 months"),
				DependsOn: []string{"p1"}, Evidence: troops},
			{ID: "p3", Obligor: []string{"IGOWSTNAT"}, Action: agreement.Withdraw, Object: "troops",
				Conditions: []string{"at a rate proportionate to the US withdrawal"}, Evidence: troops},
			{ID: "p4", Obligor: []string{"AFGREB"}, Beneficiary: []string{"USA"}, Action: agreement.Prohibit,
				Object: "al-Qaeda and other groups in the territory it controls", Evidence: sentenceWith(t, a, "al-Qaeda")},
			{ID: "p5", Obligor: []string{"AFGGOV", "AFGREB"}, Action: agreement.Exchange, Object: "prisoners",
				Quantity: num(5000), Unit: "prisoners", Conditions: []string{"5,000 Taliban prisoners for 1,000 Afghan security forces"},
				Deadline: &agreement.Deadline{Date: "2020-03-10", Relative: "by March 10", Anchor: "absolute"}, Evidence: prisoners},
			{ID: "p6", Obligor: []string{"AFGREB", "AFGGOV"}, Action: agreement.Negotiate, Object: "peace negotiations",
				Deadline:  &agreement.Deadline{Date: "2020-03-10", Relative: "March 10", Anchor: "absolute"},
				DependsOn: []string{"p5"}, Evidence: prisoners},
			{ID: "p7", Obligor: []string{"USA", "AFGREB"}, Action: agreement.CeaseFire, Object: "hostilities",
				Evidence: sentenceWith(t, a, "cessation of hostilities")},
		},
	}
}

func statusOf(t *testing.T, ags []agreement.Agreement, id string) agreement.Status {
	t.Helper()
	for _, a := range ags {
		for _, p := range a.Provisions {
			if p.ID == id {
				if p.Status == nil {
					t.Fatalf("%s has no status", id)
				}
				return *p.Status
			}
		}
	}
	t.Fatalf("no provision %s", id)
	return agreement.Status{}
}

// TestSeedStatuses checks the Done-when on the worked example, as of its date.
func TestSeedStatuses(t *testing.T) {
	a := seedArticle(t)
	ags := []agreement.Agreement{seedAgreement(t, a)}
	rec := record(t, []article.Article{a})
	got := agreement.Assess(ags, rec, a.Date)
	want := map[string][]agreement.StatusValue{
		"p1": {agreement.InProgress},
		"p2": {agreement.Pending},
		"p3": {agreement.Pending},
		"p4": {agreement.Pending},
		"p5": {agreement.AtRisk, agreement.Disputed},
		"p6": {agreement.AtRisk},
		"p7": {agreement.AtRisk, agreement.Breached},
	}
	for _, id := range []string{"p1", "p2", "p3", "p4", "p5", "p6", "p7"} {
		st := statusOf(t, got, id)
		t.Logf("%s %s level %d overdue %v: %s", id, st.Value, st.Level, st.Overdue, st.Reason)
		if !slices.Contains(want[id], st.Value) {
			t.Errorf("%s: status %s, want one of %v (%s)", id, st.Value, want[id], st.Reason)
		}
	}
	if st := statusOf(t, got, "p5"); !slices.ContainsFunc(st.Evidence, func(e agreement.Evidence) bool {
		return strings.Contains(e.Text, "Ghani")
	}) {
		t.Errorf("p5: evidence %v does not cite Ghani's statement", st.Evidence)
	}
	if st := statusOf(t, got, "p6"); !strings.Contains(st.Reason, "p5") && !slices.ContainsFunc(st.Evidence, func(e agreement.Evidence) bool {
		return strings.Contains(e.Text, "Taliban")
	}) {
		t.Errorf("p6: reason %q names neither the dependency nor the Taliban's refusal", st.Reason)
	}
	conf := agreement.Conflicts(got, rec, a.Date)
	found := false
	for _, c := range conf {
		t.Logf("conflict %s %q / %s %q (%s)", c.A.Speaker.Code, c.A.Text, c.B.Speaker.Code, c.B.Text, c.Reason)
		if c.ProvisionID != nil && *c.ProvisionID == "p5" &&
			(strings.Contains(c.A.Text, "Ghani") && c.B.Speaker.Code == "AGREEMENT" || strings.Contains(c.B.Text, "Ghani") && c.A.Speaker.Code == "AGREEMENT") {
			found = true
		}
	}
	if !found {
		t.Error("Ghani's statement is not paired with the prisoner provision")
	}
}

// TestSeedFollowUp assesses the seed with the follow-up article of the evaluation set
// (troops down to 8,600 by 2020-07-13): the reduction is met as of 2020-07-20 and
// still in progress as of 2020-03-03.
func TestSeedFollowUp(t *testing.T) {
	a := seedArticle(t)
	cs, err := eval.ReadCase("../testdata/agreements/us-taliban-followup")
	if err != nil {
		t.Fatal(err)
	}
	ags := []agreement.Agreement{seedAgreement(t, a)}
	rec := record(t, append([]article.Article{a}, cs.Articles...))
	for _, tc := range []struct {
		asOf string
		want agreement.StatusValue
	}{{"2020-03-03", agreement.InProgress}, {"2020-07-20", agreement.Met}} {
		asOf, _ := time.Parse(time.DateOnly, tc.asOf)
		got := agreement.Assess(ags, rec, asOf)
		st := statusOf(t, got, "p1")
		t.Logf("as of %s: p1 %s level %d: %s", tc.asOf, st.Value, st.Level, st.Reason)
		if st.Value != tc.want {
			t.Errorf("as of %s: p1 %s, want %s", tc.asOf, st.Value, tc.want)
		}
		if tc.want == agreement.Met {
			var hist []string
			for _, h := range got[0].Provisions[0].History {
				hist = append(hist, h.AsOf+" "+string(h.Value))
			}
			t.Logf("p1 history: %v", hist)
			if len(hist) < 2 {
				t.Errorf("p1 history %v lacks the change from in_progress to met", hist)
			}
		}
	}
}
