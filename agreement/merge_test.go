package agreement

import (
	"slices"
	"testing"
)

func fp(f float64) *float64 { return &f }

func ev(article, text string) Evidence {
	return Evidence{ArticleID: article, Text: text, End: len(text)}
}

// twoReports are two articles' extractions of one deal: the second has no signing
// date, restates one term with its deadline, and adds one that depends on it.
func twoReports() []Agreement {
	first := Agreement{ID: "ag-1", Name: "Serbia–Kosovo agreement", Signed: "2023-02-28", Place: "Brussels",
		Parties: []string{"SRB", "XKX"}, Witnesses: []string{}, Articles: []string{"a1"},
		Provisions: []Provision{
			{ID: "p-reduce-1", Obligor: []string{"SRB"}, Action: Reduce, Object: "forces", FromQuantity: fp(4000), Quantity: fp(1500),
				Evidence: ev("a1", "Serbia will cut its forces from 4,000 to 1,500."), DependsOn: []string{}},
		}}
	second := Agreement{ID: "ag-2", Name: "Serbia–Kosovo deal", Parties: []string{"SRBGOV", "XKX"}, Witnesses: []string{"IGOEUR"}, Articles: []string{"a2"},
		Provisions: []Provision{
			{ID: "p-reduce-2", Obligor: []string{"SRBMIL"}, Action: Reduce, Object: "troops", Quantity: fp(1500),
				Deadline: &Deadline{Date: "2023-04-14", Relative: "within 45 days", Anchor: "signing"},
				Evidence: ev("a2", "The deal requires Serbia to cut its troops to 1,500 within 45 days."), DependsOn: []string{}},
			{ID: "p-commission-2", Obligor: []string{"XKX"}, Action: Establish, Object: "joint commission",
				Evidence: ev("a2", "Once the troops are cut, Kosovo will set up a joint commission."), DependsOn: []string{"p-reduce-2"}},
		}}
	return []Agreement{first, second}
}

func TestMergeTwoReportsOfOneDeal(t *testing.T) {
	got := Merge(twoReports())
	if len(got) != 1 {
		t.Fatalf("got %d agreements, want 1: %+v", len(got), got)
	}
	a := got[0]
	if a.ID != "ag-1" || a.Signed != "2023-02-28" || a.Place != "Brussels" {
		t.Errorf("agreement = %s signed %s in %s, want the first report's ag-1 of 2023-02-28 in Brussels", a.ID, a.Signed, a.Place)
	}
	if !slices.Equal(a.Articles, []string{"a1", "a2"}) {
		t.Errorf("articles = %v, want both", a.Articles)
	}
	if !slices.Contains(a.Witnesses, "IGOEUR") {
		t.Errorf("witnesses = %v, want the second report's IGOEUR", a.Witnesses)
	}
	if len(a.Provisions) != 2 {
		t.Fatalf("got %d provisions, want 2: %+v", len(a.Provisions), a.Provisions)
	}
	r := a.Provisions[0]
	if r.ID != "p-reduce-1" || r.Deadline == nil || r.Deadline.Date != "2023-04-14" || *r.FromQuantity != 4000 {
		t.Errorf("merged reduction = %+v, want the first statement completed with the deadline", r)
	}
	if r.Evidence.ArticleID != "a1" || len(r.Sources) != 1 || r.Sources[0].ArticleID != "a2" {
		t.Errorf("evidence %v, sources %v: want a1's statement first and a2's in sources", r.Evidence, r.Sources)
	}
	if c := a.Provisions[1]; !slices.Equal(c.DependsOn, []string{"p-reduce-1"}) {
		t.Errorf("commission depends on %v, want the surviving id p-reduce-1", c.DependsOn)
	}
}

func TestMergeManualWins(t *testing.T) {
	manual := Agreement{ID: "m1", Name: "Brussels agreement", Signed: "2023-02-27", Parties: []string{"SRB", "XKX"}, Manual: true,
		Provisions: []Provision{{ID: "mp1", Obligor: []string{"SRB"}, Action: Reduce, Object: "troops", Quantity: fp(1500),
			Deadline: &Deadline{Date: "2023-04-13", Relative: "within 45 days", Anchor: "signing"}, DependsOn: []string{}}}}
	got := Merge(append(twoReports(), manual))
	if len(got) != 1 {
		t.Fatalf("got %d agreements, want 1", len(got))
	}
	a := got[0]
	if a.ID != "m1" || a.Name != "Brussels agreement" || a.Signed != "2023-02-27" || a.Place != "Brussels" {
		t.Errorf("got %s %q signed %s in %q: want the manual fields, the place filled in", a.ID, a.Name, a.Signed, a.Place)
	}
	var ids []string
	for _, p := range a.Provisions {
		ids = append(ids, p.ID)
	}
	if !slices.Equal(ids, []string{"mp1", "p-commission-2"}) {
		t.Fatalf("provisions %v, want the manual one replacing the extracted reduction, and the commission", ids)
	}
	if p := a.Provisions[0]; p.Deadline.Date != "2023-04-13" || len(p.Sources) != 2 {
		t.Errorf("manual provision = %+v; want its own deadline and both articles as sources", p)
	}
	if c := a.Provisions[1]; !slices.Equal(c.DependsOn, []string{"mp1"}) {
		t.Errorf("commission depends on %v, want mp1", c.DependsOn)
	}
}

func TestMergeKeepsDifferentDealsApart(t *testing.T) {
	a := Agreement{ID: "x", Name: "Sudan constitutional declaration", Signed: "2019-08-17", Place: "Khartoum", Parties: []string{"SDNMIL", "SDNOPP"}}
	b := Agreement{ID: "y", Name: "Sudan declaration", Signed: "2019-09-11", Place: "Juba", Parties: []string{"SDN", "SDNREB"}}
	c := Agreement{ID: "z", Name: "Sudan declaration", Place: "Juba", Parties: []string{"SDN"}}
	got := Merge([]Agreement{a, b, c})
	if len(got) != 2 {
		t.Fatalf("got %d agreements, want 2 (Khartoum and Juba, the undated Juba report joined)", len(got))
	}
	if got[0].ID != "x" || got[1].ID != "y" {
		t.Errorf("order %s, %s: want by signing date", got[0].ID, got[1].ID)
	}
}

// TestMergeInitialledThenSigned: a text initialled in one town and signed weeks later in
// another is one deal, dated and placed by its signing, whichever article comes first;
// two signings weeks apart stay two deals.
func TestMergeInitialledThenSigned(t *testing.T) {
	initialled := Agreement{ID: "ag-1", Name: "Bosnia–Serbia–Croatia agreement", Signed: "1995-11-21", Place: "Dayton",
		Parties: []string{"BIH", "SRB", "HRV"}, Articles: []string{"a1"}, Initialled: true}
	signed := Agreement{ID: "ag-2", Name: "Dayton peace agreement", Signed: "1995-12-14", Place: "Paris",
		Parties: []string{"BIH", "SRB", "HRV"}, Articles: []string{"a2"}}
	for _, order := range [][]Agreement{{initialled, signed}, {signed, initialled}} {
		got := Merge(order)
		if len(got) != 1 {
			t.Fatalf("got %d agreements, want 1: %+v", len(got), got)
		}
		if got[0].Signed != "1995-12-14" || got[0].Place != "Paris" {
			t.Errorf("signed %s in %s, want 1995-12-14 in Paris", got[0].Signed, got[0].Place)
		}
	}
	other := initialled
	other.Initialled = false
	if got := Merge([]Agreement{other, signed}); len(got) != 2 {
		t.Errorf("two signings three weeks apart: got %d agreements, want 2", len(got))
	}
}

// A follow-up telling one side's part of a pullback both sides agreed completes the
// pullback with the date only it gives; one side's release stays its own duty.
func TestMergeOneSideOfAMutualDuty(t *testing.T) {
	first := Agreement{ID: "ag-1", Name: "Russia–Ukraine agreement", Signed: "2019-12-09", Place: "Paris",
		Parties: []string{"RUS", "UKR"}, Articles: []string{"a1"},
		Provisions: []Provision{
			{ID: "p-pull-1", Obligor: []string{"RUS", "UKR"}, Action: Withdraw, Object: "forces",
				Evidence: ev("a1", "The two sides will pull back their forces."), DependsOn: []string{}},
			{ID: "p-free-1", Obligor: []string{"RUS"}, Action: Release, Object: "sailors",
				Evidence: ev("a1", "Russia will free the sailors."), DependsOn: []string{}},
		}}
	second := Agreement{ID: "ag-2", Name: "Ukraine agreement", Parties: []string{"UKR"}, Articles: []string{"a2"},
		Provisions: []Provision{
			{ID: "p-pull-2", Obligor: []string{"UKRMIL"}, Action: Withdraw, Object: "forces",
				Deadline: &Deadline{Date: "2020-03-01", Relative: "by March 1", Anchor: "absolute"},
				Evidence: ev("a2", "The pullback of forces agreed in Paris is to be completed by March 1."), DependsOn: []string{}},
			{ID: "p-free-2", Obligor: []string{"UKR"}, Action: Release, Object: "prisoners",
				Evidence: ev("a2", "Ukraine will free 80 prisoners."), DependsOn: []string{}},
		}}
	got := Merge([]Agreement{first, second})
	if len(got) != 1 {
		t.Fatalf("got %d agreements, want 1: %+v", len(got), got)
	}
	ps := got[0].Provisions
	if len(ps) != 3 {
		t.Fatalf("got %d provisions, want 3 (the pullback merged, each release its own): %+v", len(ps), ps)
	}
	if p := ps[0]; p.ID != "p-pull-1" || p.Deadline == nil || p.Deadline.Date != "2020-03-01" {
		t.Errorf("pullback = %+v, want p-pull-1 completed with the follow-up's March 1", p)
	}
}
