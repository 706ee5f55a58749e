package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/store"
)

func statusOn(asOf string) agreement.Status {
	return agreement.Status{Value: agreement.AtRisk, AsOf: asOf, Level: 1,
		Evidence: []agreement.Evidence{{ArticleID: "a3", Start: 1, End: 30, Text: "refused to release"}}, Reason: "refusal"}
}

func testAgreements(t *testing.T, s store.Store) {
	ctx := context.Background()
	a, b := Agreement("b-deal", 3), Agreement("a-deal", 2)
	b.Signed = "2021-01-01"
	a.Provisions[2].Deadline, a.Provisions[2].FromQuantity = nil, nil
	a.Provisions[2].Status, a.Provisions[2].History = nil, nil
	if err := s.PutAgreements(ctx, []agreement.Agreement{a, b}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Agreement(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(a, got); d != "" {
		t.Errorf("Agreement (-put +got):\n%s", d)
	}
	list, err := s.Agreements(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]agreement.Agreement{a, b}, list); d != "" {
		t.Errorf("Agreements, want b-deal (signed 2020) then a-deal (2021) as put (-want +got):\n%s", d)
	}
	// Putting again replaces the agreement.
	a.Name = "Renamed"
	a.Provisions = a.Provisions[:2]
	if err := s.PutAgreements(ctx, []agreement.Agreement{a}); err != nil {
		t.Fatal(err)
	}
	got, err = s.Agreement(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(a, got); d != "" {
		t.Errorf("replaced Agreement (-put +got):\n%s", d)
	}
	if st := stats(t, s); st.Agreements != 2 {
		t.Errorf("agreements after a replace = %d, want 2", st.Agreements)
	}
}

func testStatusHistory(t *testing.T, s store.Store) {
	ctx := context.Background()
	ag := Agreement("deal", 2) // each provision: pending 2020-02-29, in progress 2020-03-02
	if err := s.PutAgreements(ctx, []agreement.Agreement{ag}); err != nil {
		t.Fatal(err)
	}
	p0, p1 := ag.Provisions[0].ID, ag.Provisions[1].ID
	late := statusOn("2020-03-10")
	breached := agreement.Status{Value: agreement.Breached, AsOf: "2020-04-01", Level: 0, Reason: "deadline passed", Evidence: []agreement.Evidence{}}
	if err := s.PutStatuses(ctx, []store.ProvisionStatus{
		{AgreementID: "deal", ProvisionID: p1, Status: late},
		{AgreementID: "deal", ProvisionID: p0, Status: breached},
	}); err != nil {
		t.Fatal(err)
	}
	pending, progress := ag.Provisions[0].History[0], ag.Provisions[0].History[1]
	progress1 := ag.Provisions[1].History[1]
	for _, tc := range []struct {
		asOf   string
		p0, p1 []agreement.Status
	}{
		{"2020-02-01", nil, nil},
		{"2020-02-29", []agreement.Status{pending}, []agreement.Status{pending}},
		{"2020-03-05", []agreement.Status{pending, progress}, []agreement.Status{pending, progress1}},
		{"2020-03-10", []agreement.Status{pending, progress}, []agreement.Status{pending, progress1, late}},
		{"", []agreement.Status{pending, progress, breached}, []agreement.Status{pending, progress1, late}},
	} {
		board, err := s.Status(ctx, "deal", tc.asOf)
		if err != nil {
			t.Fatal(err)
		}
		for i, want := range [][]agreement.Status{tc.p0, tc.p1} {
			p := board.Provisions[i]
			if d := cmp.Diff(want, p.History); d != "" {
				t.Errorf("as of %q, provision %d history (-want +got):\n%s", tc.asOf, i, d)
			}
			switch {
			case len(want) == 0 && p.Status != nil:
				t.Errorf("as of %q, provision %d: status %+v before any was recorded", tc.asOf, i, *p.Status)
			case len(want) > 0 && (p.Status == nil || p.Status.AsOf != want[len(want)-1].AsOf):
				t.Errorf("as of %q, provision %d: status %+v, want the one of %s", tc.asOf, i, p.Status, want[len(want)-1].AsOf)
			}
		}
		if board.Name != ag.Name || len(board.Provisions) != 2 || board.Provisions[0].Object != "troops" {
			t.Errorf("as of %q: board lost the agreement's fields: %+v", tc.asOf, board)
		}
		hist, err := s.StatusHistory(ctx, "deal", tc.asOf)
		if err != nil {
			t.Fatal(err)
		}
		var want []store.ProvisionStatus
		for i, sts := range [][]agreement.Status{tc.p0, tc.p1} {
			for _, st := range sts {
				want = append(want, store.ProvisionStatus{AgreementID: "deal", ProvisionID: ag.Provisions[i].ID, Status: st})
			}
		}
		if d := cmp.Diff(want, hist); d != "" {
			t.Errorf("StatusHistory as of %q (-want +got):\n%s", tc.asOf, d)
		}
	}
	// One status per provision per date: a recomputation replaces it.
	late.Value, late.Reason = agreement.Met, "released"
	if err := s.PutStatuses(ctx, []store.ProvisionStatus{{AgreementID: "deal", ProvisionID: p1, Status: late}}); err != nil {
		t.Fatal(err)
	}
	board, err := s.Status(ctx, "deal", "2020-03-10")
	if err != nil {
		t.Fatal(err)
	}
	if st := board.Provisions[1].Status; st == nil || st.Value != agreement.Met || len(board.Provisions[1].History) != 3 {
		t.Errorf("after recomputing 2020-03-10: status %+v, history %d, want met and 3 entries", st, len(board.Provisions[1].History))
	}
	if st := stats(t, s); st.Statuses != 6 {
		t.Errorf("statuses = %d, want 6", st.Statuses)
	}
}

func testBatchAtomic(t *testing.T, s store.Store) {
	ctx := context.Background()
	b := Article(400, 5)
	b.Agreements = []agreement.Agreement{Agreement("batch-deal", 2)}
	b.Statuses = []store.ProvisionStatus{{AgreementID: "batch-deal", ProvisionID: "batch-deal-p1", Status: statusOn("2020-03-20")}}
	put(t, s, b)
	board, err := s.Status(ctx, "batch-deal", "")
	if err != nil {
		t.Fatal(err)
	}
	if st := board.Provisions[1].Status; st == nil || st.AsOf != "2020-03-20" {
		t.Errorf("batch status = %+v, want the batch's of 2020-03-20", st)
	}
	// A batch that fails late leaves nothing of itself behind.
	bad := Article(401, 5)
	bad.Agreements = []agreement.Agreement{Agreement("bad-deal", 1)}
	bad.Statuses = []store.ProvisionStatus{{AgreementID: "bad-deal", ProvisionID: "missing", Status: statusOn("2020-03-20")}}
	before := stats(t, s)
	_, err = s.PutArticles(ctx, []store.Batch{Article(402, 3), bad})
	wantErr(t, "a batch with a status of an unknown provision", err, store.ErrNotFound)
	if st := stats(t, s); st != before {
		t.Errorf("stats after a failed batch = %+v, want %+v", st, before)
	}
	if _, err := s.Agreement(ctx, "bad-deal"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("agreement of a failed batch: %v, want not found", err)
	}
}
