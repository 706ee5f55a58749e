package agreement_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/eval"
)

// TestChangeDrivenHistory checks that deciding a provision again only on a date
// where something it depends on changed gives the statuses and histories that
// deciding every provision on every date gives.
func TestChangeDrivenHistory(t *testing.T) {
	compared := 0
	eachAssessed(t, func(cs eval.Case, ags []agreement.Agreement, rec agreement.Record, got []agreement.Agreement) {
		want := agreement.AssessEveryDate(ags, rec, cs.AsOf)
		for ai := range want {
			for pi, w := range want[ai].Provisions {
				g := got[ai].Provisions[pi]
				compared += len(w.History)
				if !reflect.DeepEqual(g.Status, w.Status) || !reflect.DeepEqual(g.History, w.History) {
					t.Errorf("%s %s: decided on change %s %v, on every date %s %v", cs.Name, w.ID, g.Status.Value, values(g.History), w.Status.Value, values(w.History))
				}
			}
		}
	})
	if compared < 100 {
		t.Errorf("compared %d history entries; the sets should give at least 100", compared)
	}
}

func values(h []agreement.Status) []string {
	var out []string
	for _, st := range h {
		out = append(out, st.AsOf+" "+string(st.Value))
	}
	return out
}

// TestHistoryIsFreshAssessment checks that the statuses decided date after date,
// each provision again only when something it depends on changed, are those an
// assessment made afresh on each date gives: every entry of a provision's history
// is its status as of that entry's date, and still its value as of the day before
// the next entry (a history records changes of value; the reason may change
// between).
func TestHistoryIsFreshAssessment(t *testing.T) {
	checked := 0
	eachAssessed(t, func(cs eval.Case, ags []agreement.Agreement, rec agreement.Record, got []agreement.Agreement) {
		for ai, a := range got {
			for pi, p := range a.Provisions {
				for hi, h := range p.History {
					d, err := time.Parse(time.DateOnly, h.AsOf)
					if err != nil {
						t.Fatalf("%s %s: history date %q", cs.Name, p.ID, h.AsOf)
					}
					dates := []time.Time{d}
					if hi+1 < len(p.History) {
						next, _ := time.Parse(time.DateOnly, p.History[hi+1].AsOf)
						dates = append(dates, next.AddDate(0, 0, -1))
					}
					for di, at := range dates {
						fresh := agreement.Assess(ags, rec, at)[ai].Provisions[pi].Status
						checked++
						if fresh.Value != h.Value || fresh.Level != h.Level || fresh.Overdue != h.Overdue || di == 0 && fresh.Reason != h.Reason {
							t.Errorf("%s %s as of %s: history says %s (%s), a fresh assessment %s (%s)",
								cs.Name, p.ID, at.Format(time.DateOnly), h.Value, h.Reason, fresh.Value, fresh.Reason)
						}
					}
				}
			}
		}
	})
	if checked < 50 {
		t.Errorf("checked %d history entries; the sets should give at least 50", checked)
	}
	t.Logf("%d history entries checked", checked)
}

// eachAssessed calls fn with every case of the development sets, its gold
// agreements without statuses, its record, and those agreements assessed.
func eachAssessed(t *testing.T, fn func(cs eval.Case, ags []agreement.Agreement, rec agreement.Record, got []agreement.Agreement)) {
	t.Helper()
	for _, dir := range []string{"../testdata/agreements", "../testdata/agreements-dev2", "../testdata/agreements-dev4"} {
		cases, err := eval.ReadCases(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, cs := range cases {
			rec := record(t, cs.Articles)
			ags := stripped(cs.Agreements)
			fn(cs, ags, rec, agreement.Assess(ags, rec, cs.AsOf))
		}
	}
}
