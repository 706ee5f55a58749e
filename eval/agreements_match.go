package eval

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/peacewatch/peacewatch/agreement"
)

// CodeRoot is agreement.Root of a code written by hand: trimmed and upper-cased.
func CodeRoot(code string) string {
	return agreement.Root(strings.ToUpper(strings.TrimSpace(code)))
}

// rootSet is the sorted, duplicate-free roots of codes.
func rootSet(codes []string) []string {
	var roots []string
	for _, c := range codes {
		if r := CodeRoot(c); r != "" {
			roots = append(roots, r)
		}
	}
	slices.Sort(roots)
	return slices.Compact(roots)
}

// SameRoots tells whether two lists of actor codes have the same set of roots.
func SameRoots(a, b []string) bool { return slices.Equal(rootSet(a), rootSet(b)) }

// SameQuantity tells whether two quantities agree: both absent, or equal within 1%.
func SameQuantity(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 0.01*math.Max(math.Abs(*a), math.Abs(*b))
}

// SameDeadline tells whether two deadlines agree on their date: both without a date,
// or dates at most one day apart (counting "within N days" from day 0 or day 1 is a
// matter of convention). An unparsable date agrees only with the same string.
func SameDeadline(a, b *agreement.Deadline) bool {
	da, db := deadlineDate(a), deadlineDate(b)
	if da == "" || db == "" {
		return da == db
	}
	return withinDays(da, db, 1)
}

func deadlineDate(d *agreement.Deadline) string {
	if d == nil {
		return ""
	}
	return strings.TrimSpace(d.Date)
}

// withinDays tells whether two YYYY-MM-DD dates are at most n days apart; dates that
// do not parse agree only when equal.
func withinDays(a, b string, n int) bool {
	ta, ea := time.Parse(time.DateOnly, a)
	tb, eb := time.Parse(time.DateOnly, b)
	if ea != nil || eb != nil {
		return a == b
	}
	d := ta.Sub(tb)
	if d < 0 {
		d = -d
	}
	return d <= time.Duration(n)*24*time.Hour
}

// ProvisionMatches tells whether a predicted provision states the same duty as a gold
// one: the same obligor roots, the same action, the same target quantity and the same
// deadline date (see SameRoots, SameQuantity, SameDeadline).
func ProvisionMatches(gold, pred agreement.Provision) bool {
	return SameRoots(gold.Obligor, pred.Obligor) && gold.Action == pred.Action &&
		SameQuantity(gold.Quantity, pred.Quantity) && SameDeadline(gold.Deadline, pred.Deadline)
}

// provisionFields counts the secondary fields two provisions agree on: beneficiary
// roots, object words, starting quantity and unit. It breaks ties between candidates
// with the same evidence overlap.
func provisionFields(a, b agreement.Provision) int {
	n := 0
	if SameRoots(a.Beneficiary, b.Beneficiary) {
		n++
	}
	if normText(a.Object) == normText(b.Object) {
		n += 2
	} else if wordOverlap(a.Object, b.Object) {
		n++
	}
	if SameQuantity(a.FromQuantity, b.FromQuantity) {
		n++
	}
	if normText(a.Unit) == normText(b.Unit) {
		n++
	}
	return n
}

// MatchProvisions pairs gold and predicted provisions one to one. Only pairs that
// match (ProvisionMatches) are candidates; among them the pairs whose evidence overlaps
// most are taken first, then those agreeing on more other fields, then in order.
func MatchProvisions(gold, pred []agreement.Provision) []Pair {
	type cand struct {
		Pair
		overlap float64
		fields  int
	}
	var cands []cand
	for i, g := range gold {
		for j, p := range pred {
			if !ProvisionMatches(g, p) {
				continue
			}
			ov := 0.0
			for _, ev := range append([]agreement.Evidence{p.Evidence}, p.Sources...) {
				ov = max(ov, jaccard(g.Evidence, ev))
			}
			cands = append(cands, cand{Pair{i, j}, ov, provisionFields(g, p)})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(b.overlap, a.overlap), cmp.Compare(b.fields, a.fields))
	})
	usedG, usedP := make([]bool, len(gold)), make([]bool, len(pred))
	var pairs []Pair
	for _, c := range cands {
		if usedG[c.Expected] || usedP[c.Got] {
			continue
		}
		usedG[c.Expected], usedP[c.Got] = true, true
		pairs = append(pairs, c.Pair)
	}
	slices.SortFunc(pairs, func(a, b Pair) int { return cmp.Compare(a.Expected, b.Expected) })
	return pairs
}

// AgreementMatches tells whether a predicted agreement is a gold one: the same party
// roots, and either signing dates at most three days apart (or both unknown) or the
// same name once case, dashes and punctuation are ignored.
func AgreementMatches(gold, pred agreement.Agreement) bool {
	if !SameRoots(gold.Parties, pred.Parties) {
		return false
	}
	return sameSigning(gold.Signed, pred.Signed) || (normText(gold.Name) != "" && normText(gold.Name) == normText(pred.Name))
}

func sameSigning(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == "" || b == "" {
		return a == b
	}
	return withinDays(a, b, 3)
}

// MatchAgreements pairs gold and predicted agreements one to one, greedily: pairs
// agreeing on both date and name first, then the other matches, in order.
func MatchAgreements(gold, pred []agreement.Agreement) []Pair {
	usedG, usedP := make([]bool, len(gold)), make([]bool, len(pred))
	var pairs []Pair
	pass := func(ok func(g, p agreement.Agreement) bool) {
		for i, g := range gold {
			for j, p := range pred {
				if !usedG[i] && !usedP[j] && AgreementMatches(g, p) && ok(g, p) {
					usedG[i], usedP[j] = true, true
					pairs = append(pairs, Pair{i, j})
				}
			}
		}
	}
	pass(func(g, p agreement.Agreement) bool {
		return sameSigning(g.Signed, p.Signed) && normText(g.Name) == normText(p.Name)
	})
	pass(func(g, p agreement.Agreement) bool { return true })
	slices.SortFunc(pairs, func(a, b Pair) int { return cmp.Compare(a.Expected, b.Expected) })
	return pairs
}

// SameSentence tells whether a predicted claim cites a gold claim's sentence: in the
// same article, at least half of the shorter span lies inside the other; without
// offsets, one normalised text contains the other.
func SameSentence(gold agreement.Evidence, pred agreement.Claim) bool {
	p := agreement.Evidence{ArticleID: pred.ArticleID, Start: pred.Start, End: pred.End, Text: pred.Text}
	if hasSpan(gold) && hasSpan(p) {
		if gold.ArticleID != p.ArticleID {
			return false
		}
		in := intersection(gold, p)
		return in > 0 && 2*in >= min(gold.End-gold.Start, p.End-p.Start)
	}
	g, t := normText(gold.Text), normText(p.Text)
	return g != "" && t != "" && (strings.Contains(g, t) || strings.Contains(t, g))
}

// ConflictMatches tells whether a predicted conflict pairs the same two sentences as
// a gold one, in either order.
func ConflictMatches(gold GoldConflict, pred agreement.Conflict) bool {
	return SameSentence(gold.A.Evidence, pred.A) && SameSentence(gold.B.Evidence, pred.B) ||
		SameSentence(gold.A.Evidence, pred.B) && SameSentence(gold.B.Evidence, pred.A)
}

// MatchConflicts pairs gold and predicted conflicts one to one, greedily in order.
func MatchConflicts(gold []GoldConflict, pred []agreement.Conflict) []Pair {
	usedP := make([]bool, len(pred))
	var pairs []Pair
	for i, g := range gold {
		for j, p := range pred {
			if !usedP[j] && ConflictMatches(g, p) {
				usedP[j] = true
				pairs = append(pairs, Pair{i, j})
				break
			}
		}
	}
	return pairs
}

func hasSpan(e agreement.Evidence) bool { return e.ArticleID != "" && e.End > e.Start }

func intersection(a, b agreement.Evidence) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

// jaccard is how much two evidence spans overlap, 0 to 1: intersection over union of
// the byte ranges in the same article, or, without offsets, the share of the longer
// normalised text that the shorter one covers when one contains the other.
func jaccard(a, b agreement.Evidence) float64 {
	if hasSpan(a) && hasSpan(b) {
		if a.ArticleID != b.ArticleID {
			return 0
		}
		in := intersection(a, b)
		return float64(in) / float64(max(a.End, b.End)-min(a.Start, b.Start))
	}
	x, y := normText(a.Text), normText(b.Text)
	if len(x) > len(y) {
		x, y = y, x
	}
	if x == "" || !strings.Contains(y, x) {
		return 0
	}
	return float64(len(x)) / float64(len(y))
}

// normText lowercases s and keeps its letters and digits, one space between words, so
// that "US–Taliban agreement" and "US-Taliban Agreement" compare equal.
func normText(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

func wordOverlap(a, b string) bool {
	wa := strings.Fields(normText(a))
	for _, w := range strings.Fields(normText(b)) {
		if len(w) > 3 && slices.Contains(wa, w) {
			return true
		}
	}
	return false
}
