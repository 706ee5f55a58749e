package agreement_test

import (
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
	"github.com/peacewatch/peacewatch/eval"
)

var testCoder = sync.OnceValues(func() (*coder.Coder, error) { return coder.New(coder.Config{}) })

func newCoder(t testing.TB) *coder.Coder {
	t.Helper()
	c, err := testCoder()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// record codes arts as report.Build does and returns the assessment's record.
func record(t testing.TB, arts []article.Article) agreement.Record {
	t.Helper()
	c := newCoder(t)
	rec := agreement.Record{Published: map[string]time.Time{}}
	for _, a := range arts {
		res := c.Code(a)
		src := agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events}
		rec.Events = append(rec.Events, res.Events...)
		rec.Claims = append(rec.Claims, agreement.Claims(src)...)
		rec.Published[a.ID] = a.Date
	}
	return rec
}

// accordReport is accord a1, signed on signed by parties, with p as its one provision
// p1, cited from an article published on termPub; the record of that article and of a
// report published on reportPub whose body is body; and the report's date, to assess as
// of.
func accordReport(t testing.TB, termPub, signed, reportPub string, parties []string, body string, p agreement.Provision) ([]agreement.Agreement, agreement.Record, time.Time) {
	t.Helper()
	term, err := article.ParseText("term.txt", []byte("Title: t\nDate: "+termPub+"\n\nThe parties initialled a peace accord on Wednesday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := article.ParseText("report.txt", []byte("Title: r\nDate: "+reportPub+"\n\n"+body+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	p.ID = "p1"
	p.Evidence = agreement.Evidence{ArticleID: term.ID, Text: "term"}
	ags := []agreement.Agreement{{ID: "a1", Name: "accord", Signed: signed, Parties: parties, Provisions: []agreement.Provision{p}}}
	return ags, record(t, []article.Article{term, rep}), rep.Date
}

// stripped returns the gold agreements without their statuses.
func stripped(ags []agreement.Agreement) []agreement.Agreement {
	out := slices.Clone(ags)
	for i := range out {
		out[i].Provisions = slices.Clone(out[i].Provisions)
		for j := range out[i].Provisions {
			out[i].Provisions[j].Status = nil
		}
	}
	return out
}

// TestAssessEvaluationSet assesses the gold provisions of the development sets
// (testdata/agreements, and -dev2 to -dev5 written after the rules were first
// tuned) from the coded articles and compares the statuses and conflicting claims
// with the gold ones.
func TestAssessEvaluationSet(t *testing.T) {
	for _, set := range []struct {
		dir string
		f   floors
	}{
		{"../testdata/agreements", floors{macro: 0.75, overall: 0.78, precision: 0.75, recall: 0.50}},
		{"../testdata/agreements-dev2", floorsDev2},
		{"../testdata/agreements-dev4", floorsDev4},
		{"../testdata/agreements-dev3", floorsDev3},
		{"../testdata/agreements-dev5", floorsDev5},
	} {
		t.Run(strings.TrimPrefix(set.dir, "../testdata/"), func(t *testing.T) { evaluateSet(t, set.dir, set.f) })
	}
}

// floors are the figures below which an evaluation set fails: a little below those
// reached, so that a regression fails.
type floors struct{ macro, overall, precision, recall float64 }

var floorsDev2 = floors{macro: 0.85, overall: 0.85, precision: 0.60, recall: 0.60}

// floorsDev4 are testdata/agreements-dev4's, written after the rules were generalised
// for dev2.
var floorsDev4 = floors{macro: 0.80, overall: 0.80, precision: 0.80, recall: 0.80}

// floorsDev3 and floorsDev5 are testdata/agreements-dev3's and -dev5's, written for
// extraction after dev4 and first measured here with gold provisions (dev3 has one
// conflicting pair, dev5 three).
var (
	floorsDev3 = floors{macro: 0.40, overall: 0.53, precision: 0.45, recall: 0.90}
	floorsDev5 = floors{macro: 0.66, overall: 0.66, precision: 0.70, recall: 0.95}
)

func evaluateSet(t *testing.T, dir string, f floors) {
	cases, err := eval.ReadCases(dir)
	if err != nil {
		t.Fatal(err)
	}
	verbose := os.Getenv("ASSESS_VERBOSE") != ""
	type tally struct{ n, ok int }
	perClass := map[agreement.StatusValue]*tally{}
	var all, levelOK tally
	var goldPairs, gotPairs, matchedPairs int
	// the style cases (styles.txt) were written for extraction after the floors were
	// set; their statuses are left out of these floors (peacewatch eval agreements reports them)
	styles, err := styleCases("../testdata/agreements/styles.txt")
	if err != nil {
		t.Fatal(err)
	}
	cases = slices.DeleteFunc(cases, func(c eval.Case) bool { return styles[c.Name] })
	for _, cs := range cases {
		rec := record(t, cs.Articles)
		got := agreement.Assess(stripped(cs.Agreements), rec, cs.AsOf)
		for ai, ga := range cs.Agreements {
			for pi, gp := range ga.Provisions {
				want := gp.Status
				st := got[ai].Provisions[pi].Status
				tl := perClass[want.Value]
				if tl == nil {
					tl = &tally{}
					perClass[want.Value] = tl
				}
				tl.n++
				all.n++
				if st != nil && st.Value == want.Value && st.Overdue == want.Overdue {
					tl.ok++
					all.ok++
					if st.Level == want.Level {
						levelOK.ok++
					}
				} else if verbose {
					gv := agreement.StatusValue("none")
					if st != nil {
						gv = st.Value
					}
					t.Logf("%s %s %s %v: want %s%s, got %s (%s)", cs.Name, gp.ID, gp.Action, gp.Obligor, want.Value, od(want.Overdue), gv, reason(st))
				}
			}
		}
		conf := agreement.Conflicts(got, rec, cs.AsOf)
		gotPairs += len(conf)
		goldPairs += len(cs.Conflicts)
		matched := map[int]bool{}
		for _, gc := range cs.Conflicts {
			hit := false
			for i, c := range conf {
				if !matched[i] && samePair(gc, c) {
					matched[i], hit = true, true
					break
				}
			}
			if hit {
				matchedPairs++
			} else if verbose {
				t.Logf("%s: missed conflict %.60q / %.60q", cs.Name, gc.A.Evidence.Text, gc.B.Evidence.Text)
			}
		}
		for i, c := range conf {
			if !matched[i] && verbose {
				t.Logf("%s: extra conflict %s %.60q / %s %.60q", cs.Name, c.A.Speaker.Code, c.A.Text, c.B.Speaker.Code, c.B.Text)
			}
		}
	}
	var classes []string
	for v := range perClass {
		classes = append(classes, string(v))
	}
	sort.Strings(classes)
	macro := 0.0
	for _, v := range classes {
		tl := perClass[agreement.StatusValue(v)]
		acc := float64(tl.ok) / float64(tl.n)
		macro += acc
		t.Logf("status %-13s %2d/%2d  %.2f", v, tl.ok, tl.n, acc)
	}
	macro /= float64(len(classes))
	overall := float64(all.ok) / float64(all.n)
	t.Logf("status accuracy: overall %d/%d %.2f, macro over %d classes %.2f; level also right %d", all.ok, all.n, overall, len(classes), macro, levelOK.ok)
	p, r := ratio(matchedPairs, gotPairs), ratio(matchedPairs, goldPairs)
	t.Logf("conflicts: %d gold, %d found, %d matched: precision %.2f recall %.2f", goldPairs, gotPairs, matchedPairs, p, r)
	if macro < f.macro || overall < f.overall {
		t.Errorf("status accuracy below the floor: macro %.2f (floor %.2f), overall %.2f (floor %.2f)", macro, f.macro, overall, f.overall)
	}
	if r < f.recall || p < f.precision {
		t.Errorf("conflicts below the floor: precision %.2f (floor %.2f), recall %.2f (floor %.2f)", p, f.precision, r, f.recall)
	}
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func od(b bool) string {
	if b {
		return "(overdue)"
	}
	return ""
}

func reason(st *agreement.Status) string {
	if st == nil {
		return ""
	}
	var ev []string
	for _, e := range st.Evidence {
		ev = append(ev, trim(e.Text, 70))
	}
	return st.Reason + " | " + strings.Join(ev, " || ")
}

func trim(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// samePair reports whether c pairs the two sentences of gc, in either order.
func samePair(gc eval.GoldConflict, c agreement.Conflict) bool {
	same := func(e agreement.Evidence, cl agreement.Claim) bool {
		return e.ArticleID == cl.ArticleID && e.Start < cl.End && cl.Start < e.End
	}
	return same(gc.A.Evidence, c.A) && same(gc.B.Evidence, c.B) || same(gc.A.Evidence, c.B) && same(gc.B.Evidence, c.A)
}

// TestDev2Totals checks that testdata/agreements-dev2 reads cleanly (every evidence an
// exact sentence of its case) and holds the totals its README states.
func TestDev2Totals(t *testing.T) {
	cases, err := eval.ReadCases("../testdata/agreements-dev2")
	if err != nil {
		t.Fatal(err)
	}
	var ags, provs, conflicts int
	counts := map[agreement.StatusValue]int{}
	for _, c := range cases {
		ags += len(c.Agreements)
		conflicts += len(c.Conflicts)
		for _, a := range c.Agreements {
			for _, p := range a.Provisions {
				provs++
				counts[p.Status.Value]++
			}
		}
	}
	if len(cases) != 8 || ags != 8 || provs != 27 || conflicts != 3 {
		t.Errorf("read %d cases, %d agreements, %d provisions, %d conflicts; want 8, 8, 27, 3", len(cases), ags, provs, conflicts)
	}
	want := map[agreement.StatusValue]int{
		agreement.Met: 6, agreement.Pending: 4, agreement.InProgress: 4, agreement.Disputed: 3, agreement.AtRisk: 2,
		agreement.PartiallyMet: 2, agreement.Breached: 2, agreement.Unknown: 2, agreement.MetLate: 1, agreement.Superseded: 1,
	}
	for v, n := range want {
		if counts[v] != n {
			t.Errorf("%s: %d provisions, want %d", v, counts[v], n)
		}
	}
}
