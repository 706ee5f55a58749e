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
			// Narrowed to the events of the claims' articles and those Event keeps.
			f := rules.NewFilter(ags, v.rec.Events, v.rec.Published)
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
