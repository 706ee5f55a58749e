package agreement_test

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/coder"
	"github.com/peacewatch/peacewatch/eval"
)

var (
	coderOnce sync.Once
	theCoder  *coder.Coder
	coderErr  error
)

func newCoder(tb testing.TB) *coder.Coder {
	tb.Helper()
	coderOnce.Do(func() { theCoder, coderErr = coder.New(coder.Config{}) })
	if coderErr != nil {
		tb.Fatal(coderErr)
	}
	return theCoder
}

// extractCase runs extraction and merging over a case's articles, as report.Build does.
func extractCase(tb testing.TB, c eval.Case) []agreement.Agreement {
	cd := newCoder(tb)
	var ags []agreement.Agreement
	for _, a := range c.Articles {
		res := cd.Code(a)
		ags = append(ags, agreement.Extract(agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events})...)
	}
	return agreement.Merge(ags)
}

func rootSet(codes []string) string {
	var rs []string
	for _, c := range codes {
		r := c
		if !strings.HasPrefix(c, "IGO") && !strings.HasPrefix(c, "NGO") && len(c) > 3 {
			r = c[:3]
		}
		if !slices.Contains(rs, r) {
			rs = append(rs, r)
		}
	}
	slices.Sort(rs)
	return strings.Join(rs, ",")
}

func qtyEq(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-6*math.Max(1, math.Abs(*a))
}

func deadlineEq(a, b *agreement.Deadline) bool {
	da, db := "", ""
	if a != nil {
		da = a.Date
	}
	if b != nil {
		db = b.Date
	}
	if da == "" || db == "" {
		return da == db
	}
	ta, _ := time.Parse(time.DateOnly, da)
	tb, _ := time.Parse(time.DateOnly, db)
	d := ta.Sub(tb)
	return d <= 24*time.Hour && d >= -24*time.Hour
}

// provisionMatch is the evaluation's match: obligor roots, action, quantity and
// deadline (a day either side; both missing counts as equal).
func provisionMatch(g, p agreement.Provision) bool {
	return rootSet(g.Obligor) == rootSet(p.Obligor) && g.Action == p.Action && qtyEq(g.Quantity, p.Quantity) && deadlineEq(g.Deadline, p.Deadline)
}

func agreementMatch(g, a agreement.Agreement) bool {
	if g.Signed != "" && a.Signed != "" {
		tg, _ := time.Parse(time.DateOnly, g.Signed)
		ta, _ := time.Parse(time.DateOnly, a.Signed)
		if d := tg.Sub(ta); d > 72*time.Hour || d < -72*time.Hour {
			return false
		}
	}
	rg, ra := strings.Split(rootSet(g.Parties), ","), strings.Split(rootSet(a.Parties), ",")
	common := 0
	for _, r := range rg {
		if slices.Contains(ra, r) {
			common++
		}
	}
	return common > 0 && (common == min(len(rg), len(ra)) || 2*common >= len(rg)+len(ra)-common)
}

type score struct{ tp, fp, fn int }

func (s score) prf() (p, r, f float64) {
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func scoreCase(gold, got []agreement.Agreement) (prov, agr score, missed, extra []string) {
	var gp, xp []agreement.Provision
	for _, a := range gold {
		gp = append(gp, a.Provisions...)
	}
	for _, a := range got {
		xp = append(xp, a.Provisions...)
	}
	used := make([]bool, len(xp))
	for _, g := range gp {
		ok := false
		for i, p := range xp {
			if !used[i] && provisionMatch(g, p) {
				used[i], ok = true, true
				break
			}
		}
		if ok {
			prov.tp++
		} else {
			prov.fn++
			missed = append(missed, line(g))
		}
	}
	for i, p := range xp {
		if !used[i] {
			prov.fp++
			extra = append(extra, line(p))
		}
	}
	usedA := make([]bool, len(got))
	for _, g := range gold {
		ok := false
		for i, a := range got {
			if !usedA[i] && agreementMatch(g, a) {
				usedA[i], ok = true, true
				break
			}
		}
		if ok {
			agr.tp++
		} else {
			agr.fn++
		}
	}
	for _, u := range usedA {
		if !u {
			agr.fp++
		}
	}
	return
}

func line(p agreement.Provision) string {
	q := func(f *float64) string {
		if f == nil {
			return "-"
		}
		return fmt.Sprint(*f)
	}
	d := "-"
	if p.Deadline != nil {
		d = p.Deadline.Date + "(" + p.Deadline.Relative + "|" + p.Deadline.Anchor + ")"
	}
	return fmt.Sprintf("%v %s %q %s→%s %s dl=%s | %.70s", p.Obligor, p.Action, p.Object, q(p.FromQuantity), q(p.Quantity), p.Unit, d, p.Evidence.Text)
}

// TestEvaluationSet measures extraction on testdata/agreements: provision and
// agreement precision and recall, per case and overall. PEACEWATCH_EVAL_VERBOSE=1
// prints every miss and every extra provision.
func TestEvaluationSet(t *testing.T) {
	cases, err := eval.ReadCases("../testdata/agreements")
	if err != nil {
		t.Fatal(err)
	}
	verbose := os.Getenv("PEACEWATCH_EVAL_VERBOSE") != ""
	var prov, agr score
	for _, c := range cases {
		got := extractCase(t, c)
		p, a, missed, extra := scoreCase(c.Agreements, got)
		prov.tp, prov.fp, prov.fn = prov.tp+p.tp, prov.fp+p.fp, prov.fn+p.fn
		agr.tp, agr.fp, agr.fn = agr.tp+a.tp, agr.fp+a.fp, agr.fn+a.fn
		pp, pr, _ := p.prf()
		ap, ar, _ := a.prf()
		t.Logf("%-45s prov tp=%d fp=%d fn=%d P=%.2f R=%.2f | agr tp=%d fp=%d fn=%d P=%.2f R=%.2f", c.Name, p.tp, p.fp, p.fn, pp, pr, a.tp, a.fp, a.fn, ap, ar)
		if verbose {
			for _, g := range got {
				t.Logf("    AGR %q signed=%s place=%s parties=%v wit=%v guar=%v", g.Name, g.Signed, g.Place, g.Parties, g.Witnesses, g.Guarantors)
			}
			for _, m := range missed {
				t.Logf("    MISS  %s", m)
			}
			for _, x := range extra {
				t.Logf("    EXTRA %s", x)
			}
		}
	}
	pp, pr, pf := prov.prf()
	ap, ar, af := agr.prf()
	t.Logf("provisions: tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f", prov.tp, prov.fp, prov.fn, pp, pr, pf)
	t.Logf("agreements: tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f", agr.tp, agr.fp, agr.fn, ap, ar, af)
	// floors a little under the recorded figures, so that a regression fails
	if pf < minProvisionF1 || af < minAgreementF1 {
		t.Errorf("provision F1 %.3f (floor %.2f), agreement F1 %.3f (floor %.2f)", pf, minProvisionF1, af, minAgreementF1)
	}
}

const (
	minProvisionF1 = 0.65
	minAgreementF1 = 0.92
)
