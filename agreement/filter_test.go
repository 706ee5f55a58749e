package agreement_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/eval"
	"github.com/peacewatch/peacewatch/event"
)

// TestSiftKeepsAssessment checks, on every development set tuned on, that
// assessing the part of a record Sift keeps gives what assessing the whole record
// gives, with the claims as coded and as read back from a store (their
// propositions without events), and that Sift leaves something out.
func TestSiftKeepsAssessment(t *testing.T) {
	var whole, kept int
	rules := agreement.DefaultRules()
	eachTunedCase(t, func(cs eval.Case) {
		ags := stripped(cs.Agreements)
		coded := record(t, cs.Articles)
		read := coded
		read.Claims = slices.Clone(coded.Claims)
		for i := range read.Claims {
			read.Claims[i].Prop.Events = nil
		}
		for _, v := range []struct {
			name string
			rec  agreement.Record
		}{{"coded", coded}, {"read back", read}} {
			sifted := rules.Sift(ags, v.rec)
			want := rules.Assess(ags, v.rec, cs.AsOf)
			if got := rules.Assess(ags, sifted, cs.AsOf); !reflect.DeepEqual(got, want) {
				t.Errorf("%s, %s: the sifted record assesses otherwise:\n got %s\nwant %s", cs.Name, v.name, render(got), render(want))
			}
			// Narrowed to the events of the claims' articles and those Event keeps,
			// as a reader does, from a Filter given no events of its own.
			f := rules.NewFilter(ags, nil, v.rec.Published)
			claimed := map[string]bool{}
			for _, c := range v.rec.Claims {
				claimed[c.ArticleID] = true
			}
			var evs []event.Event
			for _, e := range v.rec.Events {
				if claimed[e.ArticleID] || f.Event(e) {
					evs = append(evs, e)
				}
			}
			f.Narrow(evs)
			narrowed := agreement.Record{Published: v.rec.Published}
			for _, c := range v.rec.Claims {
				if c, ok := f.Claim(c); ok {
					narrowed.Claims = append(narrowed.Claims, c)
				}
			}
			narrowed.Events = f.Events()
			if !reflect.DeepEqual(narrowed, sifted) {
				t.Errorf("%s, %s: the narrowed filter keeps otherwise", cs.Name, v.name)
			}
			whole += len(v.rec.Claims) + len(v.rec.Events)
			kept += len(sifted.Claims) + len(sifted.Events)
		}
	})
	if kept >= whole {
		t.Errorf("Sift kept all %d claims and events", whole)
	}
	t.Logf("Sift kept %d of %d claims and events", kept, whole)
}

// TestClaimMemoKeepsFilter checks, on every development set tuned on, that Filters
// of different agreements sharing a ClaimMemo for each claim keep, of the claims
// read back from a store, what they keep without one, and return them alike: a
// memo holds only what does not depend on the record or the agreements.
func TestClaimMemoKeepsFilter(t *testing.T) {
	rules := agreement.DefaultRules()
	eachTunedCase(t, func(cs eval.Case) {
		rec := record(t, cs.Articles)
		rec.Claims = slices.Clone(rec.Claims)
		for i := range rec.Claims {
			rec.Claims[i].Prop.Events = nil
		}
		ags := stripped(cs.Agreements)
		var sets [][]agreement.Agreement
		for i := range ags {
			sets = append(sets, ags[i:i+1])
		}
		sets = append(sets, ags)
		shared := make([]*agreement.Filter, len(sets))
		alone := make([]*agreement.Filter, len(sets))
		for i, set := range sets {
			shared[i] = rules.NewFilter(set, rec.Events, rec.Published)
			alone[i] = rules.NewFilter(set, rec.Events, rec.Published)
		}
		for _, c := range rec.Claims {
			var m agreement.ClaimMemo
			for i := range sets {
				got, gotOK := shared[i].ClaimWith(c, &m)
				want, wantOK := alone[i].Claim(c)
				if gotOK != wantOK || !reflect.DeepEqual(got, want) {
					t.Errorf("%s, agreements %d: claim %q: kept %v with the memo, %v without", cs.Name, i, c.Text, gotOK, wantOK)
				}
			}
		}
		for i := range sets {
			if !reflect.DeepEqual(shared[i].Events(), alone[i].Events()) {
				t.Errorf("%s, agreements %d: the events kept differ with the memo", cs.Name, i)
			}
		}
	})
}
