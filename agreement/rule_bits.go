package agreement

import (
	"iter"
	"math/bits"
)

// ruleBits is a set of the rules of a word index, one bit a rule: a WordRule's
// index has one rule, the cue index one a cue kind (compileCues), so that the
// table holds up to maxRuleBits cue kinds.
type ruleBits [2]uint64

// maxRuleBits is how many rules a ruleBits holds.
const maxRuleBits = 128

// ruleBit is the set of rule k alone.
func ruleBit(k int) ruleBits {
	var b ruleBits
	b[k/64] = 1 << (k % 64)
	return b
}

// or is the union of b and c.
func (b ruleBits) or(c ruleBits) ruleBits { return ruleBits{b[0] | c[0], b[1] | c[1]} }

// meets reports whether b and c share a rule.
func (b ruleBits) meets(c ruleBits) bool { return b[0]&c[0] != 0 || b[1]&c[1] != 0 }

// has reports whether rule k is in b.
func (b ruleBits) has(k int) bool { return b.meets(ruleBit(k)) }

// empty reports whether b holds no rule.
func (b ruleBits) empty() bool { return b == ruleBits{} }

// all yields the rules in b, lowest first.
func (b ruleBits) all() iter.Seq[int] {
	return func(yield func(int) bool) {
		for w, x := range b {
			for ; x != 0; x &= x - 1 {
				if !yield(w*64 + bits.TrailingZeros64(x)) {
					return
				}
			}
		}
	}
}
