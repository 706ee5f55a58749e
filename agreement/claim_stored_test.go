package agreement_test

import (
	"encoding/json"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/eval"
)

// TestStoredPropositions assesses every development case twice: with the claims as
// Claims found them, and with their propositions sent through JSON, as a store keeps
// them (without their events, which assessment puts back from the record). The
// statuses must be the same, so a board read from a store is the board of `report`.
func TestStoredPropositions(t *testing.T) {
	cases, err := eval.ReadCases("../testdata/agreements")
	if err != nil {
		t.Fatal(err)
	}
	for _, cs := range cases {
		rec := record(t, cs.Articles)
		stored := rec
		stored.Claims = make([]agreement.Claim, len(rec.Claims))
		for i, c := range rec.Claims {
			b, err := json.Marshal(c.Prop)
			if err != nil {
				t.Fatal(err)
			}
			c.Prop = agreement.Proposition{}
			if err := json.Unmarshal(b, &c.Prop); err != nil {
				t.Fatal(err)
			}
			stored.Claims[i] = c
		}
		want := agreement.Assess(stripped(cs.Agreements), rec, cs.AsOf)
		got := agreement.Assess(stripped(cs.Agreements), stored, cs.AsOf)
		for i := range want {
			for j, p := range want[i].Provisions {
				q := got[i].Provisions[j]
				if p.Status.Value != q.Status.Value || p.Status.Level != q.Status.Level || p.Status.Reason != q.Status.Reason {
					t.Errorf("%s/%s: from stored claims %+v, want %+v", cs.Name, p.ID, *q.Status, *p.Status)
				}
			}
		}
	}
}
