package coder

import (
	"cmp"
	"slices"
)

// tally counts keys, few of them (an article's countries), in the order they are
// first counted; each key has a second count, of its mentions as a place. A few
// keys are found faster by reading them all than by hashing.
type tally []count

type count struct {
	key       string
	n, places int
}

// add adds n to k's count and places to its places' count.
func (t *tally) add(k string, n, places int) {
	for i := range *t {
		if c := &(*t)[i]; c.key == k {
			c.n += n
			c.places += places
			return
		}
	}
	*t = append(*t, count{k, n, places})
}

// count is k's count, 0 when k is not counted.
func (t tally) count(k string) int {
	for _, c := range t {
		if c.key == k {
			return c.n
		}
	}
	return 0
}

// ranked lists the keys by count; ties go to the key counted first (an article's lead
// is about it). It sorts t so.
func (t tally) ranked() []string {
	slices.SortStableFunc(t, func(a, b count) int { return cmp.Compare(b.n, a.n) })
	keys := make([]string, len(t))
	for i, c := range t {
		keys[i] = c.key
	}
	return keys
}

// top is the key of the highest count, ties going to the key counted first; "" when
// none is counted.
func (t tally) top() string {
	best := -1
	for i, c := range t {
		if best < 0 || c.n > t[best].n {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return t[best].key
}

// topPlace is top by the places' counts, of the keys named as places.
func (t tally) topPlace() string {
	best := -1
	for i, c := range t {
		if c.places > 0 && (best < 0 || c.places > t[best].places) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return t[best].key
}
