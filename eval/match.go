package eval

// Pair links the expected triple at index Expected to the coded one at index Got.
type Pair struct{ Expected, Got int }

// Match pairs expected and coded triples one-to-one, greedily in order: first on full
// identity, then, among the triples left, on equal actors and equal CAMEO root. Full
// holds the full-code pairs and Root the further root-only pairs.
func Match(expected, got []Triple) (full, root []Pair) {
	usedE := make([]bool, len(expected))
	usedG := make([]bool, len(got))
	pass := func(same func(a, b Triple) bool) []Pair {
		var pairs []Pair
		for i, e := range expected {
			if usedE[i] {
				continue
			}
			for j, g := range got {
				if !usedG[j] && same(e, g) {
					usedE[i], usedG[j] = true, true
					pairs = append(pairs, Pair{i, j})
					break
				}
			}
		}
		return pairs
	}
	full = pass(func(a, b Triple) bool { return a == b })
	root = pass(func(a, b Triple) bool {
		return a.Source == b.Source && a.Target == b.Target && a.Root() == b.Root()
	})
	return full, root
}

// Counts are the sizes needed for precision and recall: how many triples were
// expected and coded, and how many matched at full-code and at root level (a full
// match is also a root match).
type Counts struct {
	Expected  int `json:"expected"`
	Got       int `json:"got"`
	FullMatch int `json:"full_match"`
	RootMatch int `json:"root_match"`
}

// Score matches expected against got and counts.
func Score(expected, got []Triple) Counts {
	full, root := Match(expected, got)
	return Counts{Expected: len(expected), Got: len(got), FullMatch: len(full), RootMatch: len(full) + len(root)}
}

// Add returns the sum of two counts.
func (c Counts) Add(o Counts) Counts {
	return Counts{c.Expected + o.Expected, c.Got + o.Got, c.FullMatch + o.FullMatch, c.RootMatch + o.RootMatch}
}

// Level selects full-code or root-level matching.
type Level int

// The matching levels.
const (
	Full Level = iota
	RootLevel
)

func (c Counts) matched(l Level) int {
	if l == RootLevel {
		return c.RootMatch
	}
	return c.FullMatch
}

// Precision is the share of coded triples that match; 1 when nothing was coded and
// nothing expected, 0 when nothing was coded but something was.
func (c Counts) Precision(l Level) float64 { return ratio(c.matched(l), c.Got, c.Expected == 0) }

// Recall is the share of expected triples that were matched; 1 when none were expected
// and none coded.
func (c Counts) Recall(l Level) float64 { return ratio(c.matched(l), c.Expected, c.Got == 0) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1(l Level) float64 {
	p, r := c.Precision(l), c.Recall(l)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Missed is how many expected triples were not matched at the level.
func (c Counts) Missed(l Level) int { return c.Expected - c.matched(l) }

// Extra is how many coded triples matched nothing expected at the level.
func (c Counts) Extra(l Level) int { return c.Got - c.matched(l) }

func ratio(n, d int, emptyOK bool) float64 {
	if d == 0 {
		if emptyOK {
			return 1
		}
		return 0
	}
	return float64(n) / float64(d)
}
