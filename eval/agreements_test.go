package eval

import (
	"bytes"
	"encoding/json"
	"maps"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/report"
)

func num(f float64) *float64 { return &f }

func TestMatchRules(t *testing.T) {
	for _, tc := range []struct {
		name string
		ok   bool
		got  bool
	}{
		{"roots ISR vs ISRMIL", true, SameRoots([]string{"ISR"}, []string{"ISRMIL"})},
		{"roots as a set", true, SameRoots([]string{"USA", "USAMIL", "AFGREB"}, []string{"AFG", "USA"})},
		{"roots differ", false, SameRoots([]string{"USA"}, []string{"USA", "AFG"})},
		{"IGO code whole", false, SameRoots([]string{"IGOUNO"}, []string{"IGOWSTNAT"})},
		{"IGO code equal", true, SameRoots([]string{"igouno"}, []string{"IGOUNO"})},
		{"quantity both nil", true, SameQuantity(nil, nil)},
		{"quantity one nil", false, SameQuantity(num(5), nil)},
		{"quantity within 1%", true, SameQuantity(num(8600), num(8650))},
		{"quantity beyond 1%", false, SameQuantity(num(8600), num(8700))},
		{"deadline both none", true, SameDeadline(nil, &agreement.Deadline{Relative: "soon"})},
		{"deadline one none", false, SameDeadline(nil, &agreement.Deadline{Date: "2020-07-13"})},
		{"deadline a day off", true, SameDeadline(&agreement.Deadline{Date: "2020-07-13"}, &agreement.Deadline{Date: "2020-07-12"})},
		{"deadline two days off", false, SameDeadline(&agreement.Deadline{Date: "2020-07-13"}, &agreement.Deadline{Date: "2020-07-15"})},
		{"signing within 3 days", true, AgreementMatches(
			agreement.Agreement{Name: "A", Signed: "2020-02-29", Parties: []string{"USA", "AFGREB"}},
			agreement.Agreement{Name: "B", Signed: "2020-03-02", Parties: []string{"AFG", "USAGOV"}})},
		{"name instead of date", true, AgreementMatches(
			agreement.Agreement{Name: "US–Taliban agreement", Parties: []string{"USA", "AFGREB"}},
			agreement.Agreement{Name: "US-Taliban Agreement", Signed: "2020-03-20", Parties: []string{"USA", "AFG"}})},
		{"parties differ", false, AgreementMatches(
			agreement.Agreement{Name: "A", Signed: "2020-02-29", Parties: []string{"USA", "AFGREB"}},
			agreement.Agreement{Name: "A", Signed: "2020-02-29", Parties: []string{"USA"}})},
	} {
		if tc.got != tc.ok {
			t.Errorf("%s: got %v, want %v", tc.name, tc.got, tc.ok)
		}
	}
}

func TestMatchProvisionsPrefersEvidence(t *testing.T) {
	ev := func(s, e int) agreement.Evidence { return agreement.Evidence{ArticleID: "a", Start: s, End: e} }
	gold := []agreement.Provision{
		{ID: "g1", Obligor: []string{"ISR"}, Action: agreement.Release, Evidence: ev(0, 100)},
		{ID: "g2", Obligor: []string{"ISR"}, Action: agreement.Release, Evidence: ev(200, 300)},
	}
	pred := []agreement.Provision{
		// The first predicted one overlaps the second gold sentence: in-order greedy
		// matching would pair it with g1 and leave g2 to the other.
		{ID: "x", Obligor: []string{"ISRMIL"}, Action: agreement.Release, Evidence: ev(210, 290)},
		{ID: "y", Obligor: []string{"ISR"}, Action: agreement.Release, Evidence: ev(0, 90)},
		{ID: "z", Obligor: []string{"ISR"}, Action: agreement.Withdraw, Evidence: ev(0, 100)},
	}
	got := MatchProvisions(gold, pred)
	want := []Pair{{0, 1}, {1, 0}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("pairs %v, want %v", got, want)
	}
}

func TestConflictEitherOrder(t *testing.T) {
	g := GoldConflict{
		A: GoldClaim{Speaker: "ISR", Evidence: agreement.Evidence{ArticleID: "a", Start: 10, End: 50, Text: "x"}},
		B: GoldClaim{Speaker: "LBN", Evidence: agreement.Evidence{ArticleID: "b", Start: 0, End: 40, Text: "y"}},
	}
	swapped := agreement.Conflict{
		A: agreement.Claim{ArticleID: "b", Start: 5, End: 40},
		B: agreement.Claim{ArticleID: "a", Start: 10, End: 60},
	}
	if !ConflictMatches(g, swapped) {
		t.Error("swapped sides do not match")
	}
	other := swapped
	other.B = agreement.Claim{ArticleID: "a", Start: 45, End: 90}
	if ConflictMatches(g, other) {
		t.Error("a barely overlapping sentence matches")
	}
	byText := agreement.Conflict{A: agreement.Claim{Text: "X"}, B: agreement.Claim{Text: "y."}}
	if !ConflictMatches(g, byText) {
		t.Error("texts without offsets do not match")
	}
}

// TestAddScores scores a hand-made report against a hand-made case: one provision
// right with the wrong status, one missed, one extra, one conflict found.
func TestAddScores(t *testing.T) {
	evA := agreement.Evidence{ArticleID: "a", Start: 0, End: 50}
	evB := agreement.Evidence{ArticleID: "a", Start: 60, End: 100}
	c := Case{Name: "c", AsOf: time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC),
		Agreements: []agreement.Agreement{{ID: "a1", Name: "Deal", Signed: "2020-02-29", Parties: []string{"USA", "AFGREB"},
			Provisions: []agreement.Provision{
				{ID: "p1", Obligor: []string{"USA"}, Action: agreement.Reduce, Quantity: num(8600),
					Deadline: &agreement.Deadline{Date: "2020-07-13"}, Evidence: evA,
					Status: &agreement.Status{Value: agreement.InProgress, Level: 1}},
				{ID: "p2", Obligor: []string{"AFGREB"}, Action: agreement.Prohibit, Evidence: evB,
					Status: &agreement.Status{Value: agreement.Pending}},
			}}},
		Conflicts: []GoldConflict{{A: GoldClaim{Evidence: evA}, B: GoldClaim{Evidence: evB}}},
	}
	rep := report.Report{
		Agreements: []agreement.Agreement{{Name: "Doha agreement", Signed: "2020-02-29", Parties: []string{"USAGOV", "AFGREB"},
			Provisions: []agreement.Provision{
				{ID: "x", Obligor: []string{"USAMIL"}, Action: agreement.Reduce, Quantity: num(8600),
					Deadline: &agreement.Deadline{Date: "2020-07-14"}, Evidence: evA,
					Status: &agreement.Status{Value: agreement.Pending, Level: 1}},
				{ID: "y", Obligor: []string{"AFGREB"}, Action: agreement.Release, Evidence: evB},
			}}},
		ClaimsInConflict: []agreement.Conflict{{A: agreement.Claim{ArticleID: "a", Start: 60, End: 100}, B: agreement.Claim{ArticleID: "a", Start: 0, End: 50}}},
	}
	var r AgreementReport
	res := r.Add(c, rep)
	if res.Agreements != (Tally{1, 1, 1}) || res.Provisions != (Tally{2, 2, 1}) || res.Conflicts != (Tally{1, 1, 1}) {
		t.Errorf("tallies: agreements %+v, provisions %+v, conflicts %+v", res.Agreements, res.Provisions, res.Conflicts)
	}
	if got := r.Status[agreement.InProgress]; got != (Accuracy{Checked: 1}) {
		t.Errorf("in_progress accuracy %+v, want 0 of 1", got)
	}
	if r.Level != (Accuracy{1, 1}) || r.Overdue != (Accuracy{1, 1}) {
		t.Errorf("level %+v, overdue %+v", r.Level, r.Overdue)
	}
	if len(res.Missed) != 1 || !strings.Contains(res.Missed[0], "p2") || len(res.Extra) != 1 || !strings.Contains(res.Extra[0], "y AFGREB release") {
		t.Errorf("missed %q, extra %q", res.Missed, res.Extra)
	}
	if len(res.Near) != 1 || !strings.Contains(res.Near[0], "action prohibit vs release") {
		t.Errorf("near %q", res.Near)
	}
	if want := map[string]int{CauseAction: 1}; !maps.Equal(r.MissedBy, want) {
		t.Errorf("missed by cause %v, want %v", r.MissedBy, want)
	}
	if r.Confusion[agreement.InProgress][agreement.Pending] != 1 {
		t.Errorf("confusion %v", r.Confusion)
	}
	if len(res.WrongStatus) != 1 || !strings.Contains(res.WrongStatus[0], "want in_progress, got pending") {
		t.Errorf("wrong status %q", res.WrongStatus)
	}
	if p, r := res.Provisions.Precision(), res.Provisions.Recall(); p != 0.5 || r != 0.5 {
		t.Errorf("provision P %v R %v", p, r)
	}
	var text bytes.Buffer
	if err := r.WriteText(&text, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"provisions", "in_progress", "macro (1 classes)", "missed  provision p2", "status  p1", "near    p2", "status confusion", "missed provisions by cause"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, text.String())
		}
	}
	js, err := json.Marshal(&r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), `"status_macro":0`) || !strings.Contains(string(js), `"f1":0.5`) {
		t.Errorf("json %s", js)
	}
}

func TestBuildOptionsStripsStatuses(t *testing.T) {
	cases, err := ReadCases(filepath.Join("..", "testdata", "agreements"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		opt := c.BuildOptions(true)
		if !opt.NoExtract || !opt.AsOf.Equal(c.AsOf) || len(opt.Manual) != len(c.Agreements) {
			t.Fatalf("%s: options %+v", c.Name, opt)
		}
		for _, a := range opt.Manual {
			for _, p := range a.Provisions {
				if p.Status != nil {
					t.Fatalf("%s/%s: status kept", c.Name, p.ID)
				}
			}
		}
		for _, a := range c.Agreements {
			for _, p := range a.Provisions {
				if p.Status == nil {
					t.Fatalf("%s/%s: gold status stripped from the case itself", c.Name, p.ID)
				}
			}
		}
	}
}

// TestGoldScoresPerfect checks the scorer against the set itself: the gold agreements
// given as the prediction match everything.
func TestGoldScoresPerfect(t *testing.T) {
	cases, err := ReadCases(filepath.Join("..", "testdata", "agreements"))
	if err != nil {
		t.Fatal(err)
	}
	var r AgreementReport
	for _, c := range cases {
		rep := report.Report{Agreements: c.Agreements}
		for _, g := range c.Conflicts {
			rep.ClaimsInConflict = append(rep.ClaimsInConflict, agreement.Conflict{
				A: agreement.Claim{ArticleID: g.B.Evidence.ArticleID, Start: g.B.Evidence.Start, End: g.B.Evidence.End},
				B: agreement.Claim{ArticleID: g.A.Evidence.ArticleID, Start: g.A.Evidence.Start, End: g.A.Evidence.End},
			})
		}
		r.Add(c, rep)
	}
	if r.Provisions.F1() != 1 || r.Agreements.F1() != 1 || r.Conflicts.F1() != 1 {
		t.Errorf("provisions %+v, agreements %+v, conflicts %+v", r.Provisions, r.Agreements, r.Conflicts)
	}
	if a := r.StatusAccuracy(); a.Rate() != 1 || a.Checked != 114 {
		t.Errorf("status accuracy %+v", a)
	}
	if m, n := r.StatusMacro(); m != 1 || n != 10 {
		t.Errorf("macro %v over %d classes", m, n)
	}
}
