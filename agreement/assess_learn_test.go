package agreement

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// TestLearnKeepsOrderOfDate checks that readings learnt a date at a time, in any
// order, stand in order of date as if each were inserted in its place.
func TestLearnKeepsOrderOfDate(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 40 {
		tr := &track{}
		for i := range n {
			tr.reads = append(tr.reads, reading{why: strconv.Itoa(i)})
		}
		order := rng.Perm(n)
		var want []int
		for len(order) > 0 {
			k := min(len(order), rng.IntN(4)+1)
			tr.learn(order[:k])
			for _, i := range order[:k] {
				at, _ := slices.BinarySearch(want, i)
				want = slices.Insert(want, at, i)
			}
			order = order[k:]
			if !slices.Equal(tr.idx, want) {
				t.Fatalf("n=%d: idx %v, want %v", n, tr.idx, want)
			}
			for j, rd := range tr.rs {
				if rd.why != strconv.Itoa(want[j]) {
					t.Fatalf("n=%d: rs[%d] is reading %s, want %d", n, j, rd.why, want[j])
				}
			}
		}
	}
}
