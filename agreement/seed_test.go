package agreement_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/internal/seedtest"
)

// seedAgreements extracts and merges the agreements of the worked example in
// ../shared/seeds (dated 2020-03-03, as `peacewatch report --date 2020-03-03` reads
// it), skipping when the seeds are absent.
func seedAgreements(t *testing.T) []agreement.Agreement {
	t.Helper()
	var ags []agreement.Agreement
	for _, a := range seedtest.Articles(t) {
		res := extractCoder(t).Code(a)
		ags = append(ags, agreement.Extract(agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events})...)
	}
	return agreement.Merge(ags)
}

func hasRoot(codes []string, r string) bool {
	return slices.ContainsFunc(codes, func(c string) bool { return strings.HasPrefix(c, r) })
}

func within(t *testing.T, got, want string, days int) bool {
	t.Helper()
	g, err1 := time.Parse(time.DateOnly, got)
	w, err2 := time.Parse(time.DateOnly, want)
	if err1 != nil || err2 != nil {
		return false
	}
	d := g.Sub(w)
	return d <= time.Duration(days)*24*time.Hour && d >= -time.Duration(days)*24*time.Hour
}

// TestSeedAgreement checks the extraction side of issue 3's Done-when on the worked
// example: the US–Taliban agreement and its provisions.
func TestSeedAgreement(t *testing.T) {
	ags := seedAgreements(t)
	if len(ags) != 1 {
		for _, a := range ags {
			t.Logf("agreement %q %v", a.Name, a.Parties)
		}
		t.Fatalf("got %d agreements, want 1", len(ags))
	}
	a := ags[0]
	for _, p := range a.Provisions {
		t.Logf("%v %s %q from=%v qty=%v deadline=%+v deps=%v cond=%q", p.Obligor, p.Action, p.Object, deref(p.FromQuantity), deref(p.Quantity), p.Deadline, p.DependsOn, p.Conditions)
	}
	if a.Signed != "2020-02-29" {
		t.Errorf("signed = %q, want 2020-02-29", a.Signed)
	}
	if a.Place != "Doha" {
		t.Errorf("place = %q, want Doha", a.Place)
	}
	if rs := rootsOf(a.Parties); !slices.Equal(rs, []string{"AFG", "USA"}) || !slices.Contains(a.Parties, "AFGREB") {
		t.Errorf("parties = %v, want USA and AFGREB", a.Parties)
	}
	if !slices.Contains(a.Witnesses, "USAGOV") {
		t.Errorf("witnesses = %v, want Pompeo (USAGOV)", a.Witnesses)
	}
	find := func(name string, ok func(p agreement.Provision) bool) *agreement.Provision {
		t.Helper()
		for i := range a.Provisions {
			if ok(a.Provisions[i]) {
				return &a.Provisions[i]
			}
		}
		t.Errorf("no provision: %s", name)
		return nil
	}
	deadline := func(p *agreement.Provision) string {
		if p.Deadline == nil {
			return ""
		}
		return p.Deadline.Date
	}
	find("US troops from 13,000 to 8,600 by 2020-07-13", func(p agreement.Provision) bool {
		return hasRoot(p.Obligor, "USA") && p.Action == agreement.Reduce && deref(p.FromQuantity) == 13000 && deref(p.Quantity) == 8600 && deadline(&p) == "2020-07-13"
	})
	find("the remaining US troops within 14 months (about 2021-04-29)", func(p agreement.Provision) bool {
		return hasRoot(p.Obligor, "USA") && p.Action == agreement.Withdraw && within(t, deadline(&p), "2021-04-29", 1)
	})
	find("NATO allies withdraw in proportion", func(p agreement.Provision) bool {
		return slices.Contains(p.Obligor, "IGOWSTNAT") && p.Action == agreement.Withdraw
	})
	find("the Taliban keep al-Qaeda and other groups out", func(p agreement.Provision) bool {
		return hasRoot(p.Obligor, "AFG") && p.Action == agreement.Prohibit && strings.Contains(strings.ToLower(p.Object), "qaeda")
	})
	exchange := find("5,000 Taliban prisoners for 1,000 Afghan security forces by 2020-03-10", func(p agreement.Provision) bool {
		return (p.Action == agreement.Exchange || p.Action == agreement.Release) && deref(p.Quantity) == 5000 && deadline(&p) == "2020-03-10"
	})
	talks := find("negotiations from 2020-03-10", func(p agreement.Provision) bool {
		return p.Action == agreement.Negotiate && deadline(&p) == "2020-03-10"
	})
	if exchange != nil && talks != nil && !slices.Contains(talks.DependsOn, exchange.ID) {
		t.Errorf("talks depend on %v, want the exchange %s", talks.DependsOn, exchange.ID)
	}
	find("the cessation of hostilities the deal aims at", func(p agreement.Provision) bool {
		return p.Action == agreement.CeaseFire
	})
	for _, p := range a.Provisions {
		if !strings.Contains(seedBody(t), p.Evidence.Text) || p.Evidence.End-p.Evidence.Start != len(p.Evidence.Text) {
			t.Errorf("evidence of %s is not a span of the article: %q", p.ID, p.Evidence.Text)
		}
	}
}

func seedBody(t *testing.T) string {
	files, _ := filepath.Glob("../../shared/seeds/*.txt")
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.ParseText(files[0], data)
	if err != nil {
		t.Fatal(err)
	}
	return a.Text
}

func deref(f *float64) float64 {
	if f == nil {
		return -1
	}
	return *f
}

func rootsOf(codes []string) []string {
	var out []string
	for _, c := range codes {
		r := c
		if len(c) > 3 && !strings.HasPrefix(c, "IGO") {
			r = c[:3]
		}
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	slices.Sort(out)
	return out
}

// TestSeedWithFollowUp merges the seed with the evaluation set's follow-up article
// (US troops down to 8,600 by 2020-07-13): one agreement, the reduction stated by both.
func TestSeedWithFollowUp(t *testing.T) {
	arts := seedtest.Articles(t)
	const followUp = "../testdata/agreements/us-taliban-followup/01-drawdown-reached.txt"
	data, err := os.ReadFile(followUp)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.ParseText(followUp, data)
	if err != nil {
		t.Fatal(err)
	}
	var ags []agreement.Agreement
	for _, a := range append(arts, a) {
		res := extractCoder(t).Code(a)
		ags = append(ags, agreement.Extract(agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events})...)
	}
	merged := agreement.Merge(ags)
	if len(merged) != 1 || len(merged[0].Articles) != 2 {
		t.Fatalf("got %d agreements (%v), want one reported by both articles", len(merged), merged)
	}
	for _, p := range merged[0].Provisions {
		if p.Action == agreement.Reduce {
			if len(p.Sources) != 1 || !strings.Contains(p.Sources[0].Text, "within 135 days of the signing") {
				t.Errorf("reduction sources = %v, want the follow-up's statement", p.Sources)
			}
			return
		}
	}
	t.Error("no reduction in the merged agreement")
}
