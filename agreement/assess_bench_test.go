package agreement_test

import (
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/eval"
)

// BenchmarkAssessAll assesses every gold provision of the evaluation set against the
// record of all its articles at once (40 articles, 85 provisions), with history.
func BenchmarkAssessAll(b *testing.B) {
	cases, err := eval.ReadCases("../testdata/agreements")
	if err != nil {
		b.Fatal(err)
	}
	rec := agreement.Record{Published: map[string]time.Time{}}
	var ags []agreement.Agreement
	var asOf time.Time
	for _, cs := range cases {
		r := record(b, cs.Articles)
		rec.Events = append(rec.Events, r.Events...)
		rec.Claims = append(rec.Claims, r.Claims...)
		for k, v := range r.Published {
			rec.Published[k] = v
		}
		ags = append(ags, stripped(cs.Agreements)...)
		if cs.AsOf.After(asOf) {
			asOf = cs.AsOf
		}
	}
	b.ResetTimer()
	for range b.N {
		agreement.Assess(ags, rec, asOf)
		agreement.Conflicts(ags, rec, asOf)
	}
}
