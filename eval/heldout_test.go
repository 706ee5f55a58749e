package eval

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
)

// heldoutTotals are the totals stated in testdata/agreements-heldout/README.md.
var heldoutTotals = struct {
	cases, articles, agreements, provisions, conflicts int
	statuses                                           map[agreement.StatusValue]int
	overdue                                            int
}{
	cases: 8, articles: 18, agreements: 7, provisions: 40, conflicts: 6,
	statuses: map[agreement.StatusValue]int{
		agreement.Met: 14, agreement.InProgress: 12, agreement.Pending: 6, agreement.Unknown: 3,
		agreement.Disputed: 2, agreement.Breached: 1, agreement.AtRisk: 1, agreement.MetLate: 1,
	},
	overdue: 2,
}

// TestReadCasesHeldOutSet reads the held-out agreements set, checks every value against
// the schema of testdata/agreements/README.md, and checks the README's totals.
func TestReadCasesHeldOutSet(t *testing.T) {
	cases, err := ReadCases(filepath.Join("..", "testdata", "agreements-heldout"))
	if err != nil {
		t.Fatal(err)
	}
	actions := []agreement.Action{agreement.Withdraw, agreement.Reduce, agreement.Release,
		agreement.Exchange, agreement.CeaseFire, agreement.Negotiate, agreement.Deploy,
		agreement.Disarm, agreement.Allow, agreement.Prohibit, agreement.Pay, agreement.Transfer,
		agreement.Establish, agreement.Other}
	var arts, ags, provs, conflicts, overdue int
	statuses := map[agreement.StatusValue]int{}
	for _, c := range cases {
		arts += len(c.Articles)
		ags += len(c.Agreements)
		conflicts += len(c.Conflicts)
		if len(c.Articles) == 0 || c.AsOf.IsZero() {
			t.Errorf("%s: %d articles, as_of %v", c.Name, len(c.Articles), c.AsOf)
		}
		for _, a := range c.Articles {
			if a.Date.IsZero() || a.Date.After(c.AsOf) {
				t.Errorf("%s: article %s dated %v, after as_of %v or missing", c.Name, a.Title, a.Date, c.AsOf)
			}
		}
		if strings.HasSuffix(c.Name, "no-deal") != (len(c.Agreements) == 0) {
			t.Errorf("%s: %d agreements; only the no-deal cases have none", c.Name, len(c.Agreements))
		}
		ids := map[string]bool{}
		for _, a := range c.Agreements {
			for _, p := range a.Provisions {
				if ids[p.ID] {
					t.Errorf("%s: provision id %s used twice", c.Name, p.ID)
				}
				ids[p.ID] = true
			}
		}
		for _, a := range c.Agreements {
			if _, err := time.Parse(time.DateOnly, a.Signed); a.Signed != "" && err != nil {
				t.Errorf("%s/%s: signed: %v", c.Name, a.ID, err)
			}
			if len(a.Parties) == 0 {
				t.Errorf("%s/%s: no parties", c.Name, a.ID)
			}
			for _, p := range a.Provisions {
				provs++
				where := c.Name + "/" + p.ID
				if len(p.Obligor) == 0 || p.Object == "" || !slices.Contains(actions, p.Action) {
					t.Errorf("%s: obligor %v, object %q, action %q", where, p.Obligor, p.Object, p.Action)
				}
				if p.Quantity != nil && p.Unit == "" {
					t.Errorf("%s: quantity %v with unit %q", where, p.Quantity, p.Unit)
				}
				if d := p.Deadline; d != nil {
					if _, err := time.Parse(time.DateOnly, d.Date); err != nil {
						t.Errorf("%s: deadline date: %v", where, err)
					}
					switch {
					case d.Anchor == "signing", d.Anchor == "publication", d.Anchor == "absolute":
					case strings.HasPrefix(d.Anchor, "provision:") && ids[strings.TrimPrefix(d.Anchor, "provision:")]:
					default:
						t.Errorf("%s: deadline anchor %q", where, d.Anchor)
					}
				}
				for _, dep := range p.DependsOn {
					if !ids[dep] || dep == p.ID {
						t.Errorf("%s: depends on unknown provision %q", where, dep)
					}
				}
				st := p.Status
				statuses[st.Value]++
				if st.Level < 0 || st.Level > 3 || st.Reason == "" {
					t.Errorf("%s: status level %d, reason %q", where, st.Level, st.Reason)
				}
				if (st.Value == agreement.Met || st.Value == agreement.MetLate) != (st.Level == 3) {
					t.Errorf("%s: status %s at level %d", where, st.Value, st.Level)
				}
				if st.Overdue {
					overdue++
					if st.Value != agreement.Pending && st.Value != agreement.InProgress {
						t.Errorf("%s: overdue with status %s", where, st.Value)
					}
					if p.Deadline == nil || p.Deadline.Date >= c.AsOf.Format(time.DateOnly) {
						t.Errorf("%s: overdue but the deadline %v has not passed on %v", where, p.Deadline, c.AsOf)
					}
				}
			}
		}
		for i, cf := range c.Conflicts {
			if cf.Provision != "" && !ids[cf.Provision] {
				t.Errorf("%s: conflict %d names unknown provision %q", c.Name, i, cf.Provision)
			}
			if cf.A.Speaker == "" || cf.B.Speaker == "" || cf.A.Evidence.Text == cf.B.Evidence.Text {
				t.Errorf("%s: conflict %d: %+v", c.Name, i, cf)
			}
		}
	}
	want := heldoutTotals
	if len(cases) != want.cases || arts != want.articles || ags != want.agreements ||
		provs != want.provisions || conflicts != want.conflicts || overdue != want.overdue {
		t.Errorf("read %d cases, %d articles, %d agreements, %d provisions, %d conflicts, %d overdue; want %d, %d, %d, %d, %d, %d",
			len(cases), arts, ags, provs, conflicts, overdue,
			want.cases, want.articles, want.agreements, want.provisions, want.conflicts, want.overdue)
	}
	if !maps.Equal(statuses, want.statuses) {
		t.Errorf("status counts %v, want %v", statuses, want.statuses)
	}
}
