package agreement

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"
)

// TestDigestDecidesAsAll checks, on random records of a continuing obligation
// learned a few readings at a time and out of order, that decide gives on the
// readings a digest keeps the status, and course.decide the progress reports, it
// gives on all the readings known.
func TestDigestDecidesAsAll(t *testing.T) {
	r := DefaultRules()
	p := Provision{ID: "p1", Action: CeaseFire, Obligor: []string{"ARM", "AZE"}, Object: "hostilities"}
	if !r.continuing(p) {
		t.Fatalf("%s is not continuing: the test needs a continuing provision", p.Action)
	}
	kinds := []int{readNone, readDone, readNotDone, readInitiated, readComply, readBreach, readRefusal, readSupersede, readIntent, readDispute, readUnbound}
	agents := []string{"", "ARM", "AZE"}
	speakers := []string{"", "ARM", "AZE", "RUS"}
	day := time.Date(2020, 11, 10, 0, 0, 0, 0, time.UTC)
	for seed := range uint64(300) {
		rng := rand.New(rand.NewPCG(seed, 1))
		n := 1 + rng.IntN(60)
		// Few kinds per record, so that the rare ones (a refusal, a
		// supersession) are missing from some.
		some := make([]int, 1+rng.IntN(len(kinds)))
		for i := range some {
			some[i] = kinds[rng.IntN(len(kinds))]
		}
		reads := make([]reading, n)
		for i := range reads {
			o := &observation{ev: Evidence{ArticleID: "a", Start: i * 10, End: i*10 + 5}, date: day.AddDate(0, 0, i/3),
				speaker: speakers[rng.IntN(len(speakers))], narrative: rng.IntN(3) == 0}
			if rng.IntN(4) == 0 {
				o.words = []string{"accused"}
			}
			reads[i] = reading{kind: some[rng.IntN(len(some))], agent: agents[rng.IntN(len(agents))], stage: 1 + rng.IntN(3),
				why: string(rune('a' + i%26)), obs: o}
		}
		full := &track{p: p, parties: p.Obligor, reads: reads}
		dig := &track{p: p, parties: p.Obligor, reads: reads, digest: newDigest()}
		order := rng.Perm(n)
		cs := &course{r: r}
		disputed := map[string][]Evidence{}
		for len(order) > 0 {
			k := min(len(order), 1+rng.IntN(5))
			full.learn(order[:k])
			dig.learn(order[:k])
			order = order[k:]
			if rng.IntN(4) == 0 {
				side := agents[1+rng.IntN(2)]
				disputed[side] = append(disputed[side], Evidence{ArticleID: "b", Start: len(order), End: len(order) + 1})
			}
			full.disputed, dig.disputed = disputed, disputed
			m := moment{d: day.AddDate(0, 0, n-len(order)), due: rng.IntN(2) == 0, followed: rng.IntN(2) == 0, notYet: rng.IntN(5) == 0, begun: rng.IntN(4) != 0}
			cs.everyDate = true
			cs.decide(full, m)
			cs.everyDate = false
			cs.decide(dig, m)
			if !reflect.DeepEqual(full.status, dig.status) || !slices.Equal(full.used, dig.used) || !slices.Equal(full.after, dig.after) {
				t.Fatalf("seed %d, %d of %d readings known: on all %+v (%d used, %d after), on the digest's %+v (%d used, %d after)",
					seed, n-len(order), n, full.status, len(full.used), len(full.after), dig.status, len(dig.used), len(dig.after))
			}
		}
	}
}
