package agreement

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"
)

// TestDecideCitesEachOverlapOnce checks that a status cites, of readings whose
// evidence overlaps (overlaps), the first only, in the readings' order, however
// many articles and readings a record has.
func TestDecideCitesEachOverlapOnce(t *testing.T) {
	r := DefaultRules()
	p := Provision{ID: "p1", Action: Withdraw, Obligor: []string{"ARM"}, Object: "troops",
		Deadline: &Deadline{Date: "2020-12-01"}}
	if r.continuing(p) {
		t.Fatalf("%s is continuing: the test needs a provision that cites every progress report", p.Action)
	}
	day := time.Date(2020, 11, 10, 0, 0, 0, 0, time.UTC)
	for seed := range uint64(100) {
		rng := rand.New(rand.NewPCG(seed, 2))
		var rs []reading
		for i := range 1 + rng.IntN(80) {
			start := rng.IntN(200)
			ev := Evidence{ArticleID: []string{"", "a", "b", "c"}[rng.IntN(4)], Start: start, End: start + 1 + rng.IntN(30),
				Text: []string{"x", "y", "z"}[rng.IntN(3)]}
			rs = append(rs, reading{kind: readDone, stage: 1 + rng.IntN(2), why: "progress", obs: &observation{ev: ev, date: day.AddDate(0, 0, i)}})
		}
		var want []Evidence
		for _, rd := range rs {
			if !slices.ContainsFunc(want, func(e Evidence) bool { return overlaps(e, rd.obs.ev) }) {
				want = append(want, rd.obs.ev)
			}
		}
		st := r.decide(p, p.Obligor, nil, rs, nil, time.Time{}, moment{d: day.AddDate(0, 1, 0), due: true})
		if st.Value != PartiallyMet && st.Value != InProgress {
			t.Fatalf("seed %d: %s (%s), want progress cited", seed, st.Value, st.Reason)
		}
		if !reflect.DeepEqual(st.Evidence, want) {
			t.Fatalf("seed %d: cites %d of %d readings, want %d:\n%v\nwant\n%v", seed, len(st.Evidence), len(rs), len(want), st.Evidence, want)
		}
	}
}
