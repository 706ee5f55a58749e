package report

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
	"github.com/peacewatch/peacewatch/internal/seedtest"
)

// readArticle reads a text article, dating it pub when it has no date of its own.
func readArticle(t *testing.T, path string, pub time.Time) article.Article {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.ParseText(path, data)
	if err != nil {
		t.Fatal(err)
	}
	if a.Date.IsZero() {
		a.Date = pub
	}
	return a
}

// seed reads the worked example of ../shared/seeds, published 2020-03-03, skipping
// when it is absent.
func seed(t *testing.T) article.Article { return seedtest.Articles(t)[0] }

func roots(codes []string) []string {
	var rs []string
	for _, c := range codes {
		rs = append(rs, agreement.Root(c))
	}
	slices.Sort(rs)
	return slices.Compact(rs)
}

// provision finds the provision of ag with the action whose obligors include root.
func provision(t *testing.T, ag agreement.Agreement, action agreement.Action, root string) agreement.Provision {
	t.Helper()
	for _, p := range ag.Provisions {
		if p.Action == action && slices.Contains(roots(p.Obligor), root) {
			return p
		}
	}
	t.Fatalf("no %s provision with obligor %s among %d", action, root, len(ag.Provisions))
	return agreement.Provision{}
}

func within(t *testing.T, what string, d *agreement.Deadline, want string, days float64) {
	t.Helper()
	w, _ := time.Parse(time.DateOnly, want)
	if d == nil {
		t.Errorf("%s: no deadline, want %s", what, want)
		return
	}
	got, err := time.Parse(time.DateOnly, d.Date)
	if err != nil || got.Sub(w).Abs().Hours()/24 > days {
		t.Errorf("%s: deadline %+v, want %s ± %v days", what, d, want, days)
	}
}

func status(p agreement.Provision) agreement.StatusValue {
	if p.Status == nil {
		return ""
	}
	return p.Status.Value
}

// TestSeedReport is issue 3's worked example run through the whole chain: the
// agreement, its provisions and their statuses as of the article's date, and Ghani's
// statement paired with the prisoner term.
func TestSeedReport(t *testing.T) {
	a := seed(t)
	c, err := coder.New(coder.Config{})
	if err != nil {
		t.Fatal(err)
	}
	r := Build(c, []article.Article{a}, Options{AsOf: a.Date})
	if len(r.Agreements) != 1 {
		t.Fatalf("%d agreements, want 1: %+v", len(r.Agreements), r.Agreements)
	}
	ag := r.Agreements[0]
	if ag.Signed != "2020-02-29" || ag.Place != "Doha" {
		t.Errorf("signed %q in %q, want 2020-02-29 in Doha", ag.Signed, ag.Place)
	}
	if got := roots(ag.Parties); !slices.Equal(got, []string{"AFG", "USA"}) {
		t.Errorf("parties %v, want the US and the Taliban", ag.Parties)
	}
	if !slices.Contains(ag.Witnesses, "USAGOV") {
		t.Errorf("witnesses %v, want Pompeo (USAGOV)", ag.Witnesses)
	}

	reduce := provision(t, ag, agreement.Reduce, "USA")
	if reduce.FromQuantity == nil || *reduce.FromQuantity != 13000 || reduce.Quantity == nil || *reduce.Quantity != 8600 {
		t.Errorf("reduction from %v to %v, want 13,000 to 8,600", reduce.FromQuantity, reduce.Quantity)
	}
	within(t, "reduction", reduce.Deadline, "2020-07-13", 1)
	if status(reduce) != agreement.InProgress {
		t.Errorf("reduction %s, want in_progress (approval to begin the withdrawal)", status(reduce))
	}

	rest := provision(t, ag, agreement.Withdraw, "USA")
	within(t, "rest of the withdrawal", rest.Deadline, "2021-04-29", 2)
	nato := provision(t, ag, agreement.Withdraw, "IGOWSTNAT")
	haven := provision(t, ag, agreement.Prohibit, "AFG")
	for _, p := range []agreement.Provision{rest, nato, haven} {
		if status(p) != agreement.Pending {
			t.Errorf("%s %s by %v: %s, want pending", p.Action, p.Object, p.Obligor, status(p))
		}
	}

	var swap agreement.Provision
	for _, p := range ag.Provisions {
		if (p.Action == agreement.Exchange || p.Action == agreement.Release) && p.Quantity != nil && *p.Quantity == 5000 {
			swap = p
		}
	}
	if swap.ID == "" {
		t.Fatal("no provision for the 5,000 prisoners")
	}
	within(t, "prisoner exchange", swap.Deadline, "2020-03-10", 0)
	if v := status(swap); v != agreement.AtRisk && v != agreement.Disputed {
		t.Errorf("prisoner exchange %s, want at_risk or disputed", v)
	} else if !slices.ContainsFunc(swap.Status.Evidence, func(e agreement.Evidence) bool { return strings.Contains(e.Text, "Ghani") }) {
		t.Errorf("prisoner exchange evidence %+v lacks Ghani's statement", swap.Status.Evidence)
	}

	talks := provision(t, ag, agreement.Negotiate, "AFG")
	within(t, "talks", talks.Deadline, "2020-03-10", 0)
	if status(talks) != agreement.AtRisk {
		t.Errorf("talks %s, want at_risk", status(talks))
	}
	if !slices.Contains(talks.DependsOn, swap.ID) {
		t.Errorf("talks depend on %v, want the prisoner exchange %s", talks.DependsOn, swap.ID)
	}

	truce := provision(t, ag, agreement.CeaseFire, "AFG")
	if v := status(truce); v != agreement.AtRisk && v != agreement.Breached {
		t.Errorf("cessation of hostilities %s, want at_risk or breached", v)
	}

	paired := slices.ContainsFunc(r.ClaimsInConflict, func(c agreement.Conflict) bool {
		ghani := strings.Contains(c.A.Text, "Ghani") || strings.Contains(c.B.Text, "Ghani")
		return ghani && c.ProvisionID != nil && *c.ProvisionID == swap.ID
	})
	if !paired {
		t.Errorf("Ghani's statement is not paired with the prisoner term: %+v", r.ClaimsInConflict)
	}
}

// TestSeedFollowUp adds an article reporting the troops down to 8,600 on 2020-07-13:
// as of 2020-07-20 the reduction is met, as of 2020-03-03 it is still in progress.
func TestSeedFollowUp(t *testing.T) {
	a := seed(t)
	b := readArticle(t, "../testdata/agreements/us-taliban-followup/01-drawdown-reached.txt", time.Time{})
	c, err := coder.New(coder.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		asOf string
		want agreement.StatusValue
	}{{"2020-07-20", agreement.Met}, {"2020-03-03", agreement.InProgress}} {
		asOf, _ := time.Parse(time.DateOnly, tc.asOf)
		r := Build(c, []article.Article{a, b}, Options{AsOf: asOf})
		if len(r.Agreements) != 1 {
			t.Fatalf("as of %s: %d agreements, want the two reports merged into 1", tc.asOf, len(r.Agreements))
		}
		if got := status(provision(t, r.Agreements[0], agreement.Reduce, "USA")); got != tc.want {
			t.Errorf("as of %s: reduction %s, want %s", tc.asOf, got, tc.want)
		}
	}
}
