package agreement

import (
	"math"
	"slices"
	"strings"
	"time"
)

// Merge joins the reports of one deal across articles into one agreement (matched on
// name, parties and date), merging provisions that state the same term and keeping
// the evidence of every article. Manual agreements win over extracted ones field by
// field. The result is in order of signing date, then name.
//
// Two reports are one deal when their signing dates are within three days (or one
// lacks a date), their places agree (or one lacks a place), and their parties' roots
// overlap as a subset or by half, or their names share most words. Two provisions are
// one term when their obligors have the same roots, their actions are equal, and
// their quantities and deadlines (within a day) agree or one lacks them; the first
// keeps its evidence and the other's goes to Sources. depends_on ids are rewritten to
// the surviving provisions.
func Merge(ags []Agreement) []Agreement {
	var out []Agreement
	remap := map[string]string{}
	order := slices.Clone(ags)
	slices.SortStableFunc(order, func(a, b Agreement) int {
		switch {
		case a.Manual && !b.Manual:
			return -1
		case b.Manual && !a.Manual:
			return 1
		}
		return 0
	})
	for _, a := range order {
		a = cloneAgreement(a)
		i := slices.IndexFunc(out, func(b Agreement) bool { return sameAgreement(b, a) })
		if i < 0 {
			out = append(out, a)
			continue
		}
		out[i] = mergeAgreement(out[i], a, remap)
	}
	for i := range out {
		fixDependencies(out[i].Provisions, remap)
	}
	slices.SortStableFunc(out, func(a, b Agreement) int {
		switch {
		case a.Signed == "" && b.Signed != "":
			return 1
		case b.Signed == "" && a.Signed != "":
			return -1
		}
		if c := strings.Compare(a.Signed, b.Signed); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}

func cloneAgreement(a Agreement) Agreement {
	a.Parties = slices.Clone(a.Parties)
	a.Witnesses = slices.Clone(a.Witnesses)
	a.Guarantors = slices.Clone(a.Guarantors)
	a.Articles = slices.Clone(a.Articles)
	a.Provisions = slices.Clone(a.Provisions)
	for i := range a.Provisions {
		p := &a.Provisions[i]
		p.Sources = slices.Clone(p.Sources)
		p.DependsOn = slices.Clone(p.DependsOn)
		p.Conditions = slices.Clone(p.Conditions)
	}
	return a
}

// sameAgreement reports whether a and b report one deal.
func sameAgreement(a, b Agreement) bool {
	for _, id := range a.Articles {
		if contains(b.Articles, id) {
			return false // one article's deals were told apart when extracted
		}
	}
	if !initialledThenSigned(a, b) && !initialledThenSigned(b, a) {
		if a.Signed != "" && b.Signed != "" && !closeDates(a.Signed, b.Signed, 3) {
			return false
		}
		if a.Place != "" && b.Place != "" && !strings.EqualFold(a.Place, b.Place) {
			return false
		}
	}
	if nameSimilarity(a.Name, b.Name) >= 0.6 {
		return true
	}
	ra, rb := actorRoots(a.Parties), actorRoots(b.Parties)
	if len(ra) == 0 || len(rb) == 0 {
		return false
	}
	common := 0
	for _, r := range ra {
		if contains(rb, r) {
			common++
		}
	}
	union := len(ra) + len(rb) - common
	return common == min(len(ra), len(rb)) || float64(common)/float64(union) >= 0.5
}

// initialledThenSigned reports whether a is a text initialled that b reports signed
// later, within half a year (Dayton initialled in Ohio, signed in Paris three weeks on).
func initialledThenSigned(a, b Agreement) bool {
	if !a.Initialled || b.Initialled || a.Signed == "" || b.Signed == "" {
		return false
	}
	ta, ea := time.Parse(time.DateOnly, a.Signed)
	tb, eb := time.Parse(time.DateOnly, b.Signed)
	return ea == nil && eb == nil && !tb.Before(ta) && tb.Sub(ta) <= 183*24*time.Hour
}

// nameSimilarity is the share of words two names have in common (Jaccard), case and
// dashes ignored.
func nameSimilarity(a, b string) float64 {
	split := func(s string) []string {
		s = strings.NewReplacer("–", " ", "-", " ", "—", " ").Replace(strings.ToLower(s))
		var out []string
		for _, w := range strings.Fields(s) {
			if w != "the" && w != "of" && w != "and" && !contains(out, w) {
				out = append(out, w)
			}
		}
		return out
	}
	wa, wb := split(a), split(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	common := 0
	for _, w := range wa {
		if contains(wb, w) {
			common++
		}
	}
	return float64(common) / float64(len(wa)+len(wb)-common)
}

// closeDates reports whether two YYYY-MM-DD dates are at most days apart; an
// unparsable date is close to nothing but itself.
func closeDates(a, b string, days int) bool {
	ta, ea := time.Parse(time.DateOnly, a)
	tb, eb := time.Parse(time.DateOnly, b)
	if ea != nil || eb != nil {
		return a == b
	}
	d := ta.Sub(tb)
	if d < 0 {
		d = -d
	}
	return d <= time.Duration(days)*24*time.Hour
}

// mergeAgreement adds b's report to a; a's fields win unless b is manual and a is not.
func mergeAgreement(a, b Agreement, remap map[string]string) Agreement {
	if b.Manual && !a.Manual {
		a, b = b, a
		a.Provisions, b.Provisions = b.Provisions, a.Provisions
		a.Provisions = mergeProvisions(b.Provisions, a.Provisions, true, remap)
	} else {
		a.Provisions = mergeProvisions(a.Provisions, b.Provisions, false, remap)
	}
	if initialledThenSigned(a, b) && !a.Manual {
		// the signing dates the deal and says where it was made
		a.Signed, a.Initialled = b.Signed, false
		if b.Place != "" {
			a.Place = b.Place
		}
	}
	if a.Signed == "" {
		a.Signed = b.Signed
	}
	if a.Place == "" {
		a.Place = b.Place
	}
	if a.Name == "" {
		a.Name = b.Name
	}
	if !a.Manual {
		// a later article referring to the deal adds parties only when it reports
		// the conclusion itself (with its date)
		for _, p := range b.Parties {
			if b.Signed != "" || len(a.Parties) == 0 {
				a.Parties = addCode(a.Parties, p)
			}
		}
		for _, w := range b.Witnesses {
			a.Witnesses = addCode(a.Witnesses, w)
		}
		for _, g := range b.Guarantors {
			a.Guarantors = addCode(a.Guarantors, g)
		}
	} else {
		if len(a.Witnesses) == 0 {
			a.Witnesses = b.Witnesses
		}
		if len(a.Guarantors) == 0 {
			a.Guarantors = b.Guarantors
		}
		if len(a.Parties) == 0 {
			a.Parties = b.Parties
		}
	}
	for _, id := range b.Articles {
		a.Articles = addCode(a.Articles, id)
	}
	return a
}

// mergeProvisions adds the provisions of add to base. A provision of add that states
// a term of base joins it: when add is manual it replaces it (keeping the evidence
// already collected), otherwise it fills what base lacks and its evidence goes to
// Sources. remap records the id each absorbed provision now goes by.
func mergeProvisions(base, add []Provision, addManual bool, remap map[string]string) []Provision {
	return joinProvisions(base, add, addManual, remap, sameProvision)
}

// joinProvisions is mergeProvisions with the test of sameness given.
func joinProvisions(base, add []Provision, addManual bool, remap map[string]string, same func(a, b Provision) bool) []Provision {
	out := slices.Clone(base)
	for _, p := range add {
		i := slices.IndexFunc(out, func(q Provision) bool { return same(q, p) })
		if i < 0 {
			out = append(out, p)
			continue
		}
		q := &out[i]
		if addManual {
			srcs := append(slices.Clone(q.Sources), q.Evidence)
			remap[q.ID] = p.ID
			*q = p
			for _, e := range srcs {
				q.addSource(e)
			}
			continue
		}
		if q.Quantity == nil {
			q.Quantity, q.Unit = p.Quantity, p.Unit
		}
		if q.FromQuantity == nil {
			q.FromQuantity = p.FromQuantity
		}
		if q.Deadline == nil || q.Deadline.Date == "" && p.Deadline != nil && p.Deadline.Date != "" {
			q.Deadline = p.Deadline
		}
		if q.Object == "" {
			q.Object = p.Object
		}
		for _, c := range p.Conditions {
			if !contains(q.Conditions, c) {
				q.Conditions = append(q.Conditions, c)
			}
		}
		for _, b := range p.Beneficiary {
			q.Beneficiary = addCode(q.Beneficiary, b)
		}
		for _, d := range p.DependsOn {
			q.DependsOn = addCode(q.DependsOn, d)
		}
		q.addSource(p.Evidence)
		for _, e := range p.Sources {
			q.addSource(e)
		}
		if p.ID != q.ID {
			remap[p.ID] = q.ID
		}
	}
	return out
}

// sameProvision reports whether a and b state one term.
func sameProvision(a, b Provision) bool {
	if a.Action != b.Action || !sameRoots(a.Obligor, b.Obligor) && !sideOfMutual(a, b) {
		return false
	}
	if !sameQuantity(a.Quantity, b.Quantity) || !sameQuantity(a.FromQuantity, b.FromQuantity) {
		return false
	}
	if a.Deadline != nil && b.Deadline != nil && a.Deadline.Date != "" && b.Deadline.Date != "" && !closeDates(a.Deadline.Date, b.Deadline.Date, 1) {
		return false
	}
	if a.Action == CeaseFire || a.Action == Negotiate {
		return true // one ceasefire, one set of talks per set of parties
	}
	// the same count or the same due date says it is one term; without either, what
	// is acted on must meet ("trucks of aid" and "return of displaced people" are two
	// things Israel allows)
	if a.Quantity != nil && b.Quantity != nil || a.Deadline != nil && b.Deadline != nil && a.Deadline.Date != "" && b.Deadline.Date != "" {
		return a.Action != Other && a.Action != Prohibit || objectsMeet(a.Object, b.Object)
	}
	// "the swap would take place": the act itself, whatever it moves
	return actNoun(a.Object, a.Action) || actNoun(b.Object, b.Action) || objectsMeet(a.Object, b.Object)
}

// sideOfMutual reports whether b binds some of the sides a binds together in a duty
// both sides carry out ("the two sides will pull back their forces", then "the
// pullback agreed in Paris is to be completed by March 1", told of one side): a later
// report of the same exchange, ceasefire, talks or pullback.
func sideOfMutual(a, b Provision) bool {
	switch a.Action {
	case Exchange, CeaseFire, Negotiate, Withdraw:
	default:
		return false
	}
	ra, rb := actorRoots(a.Obligor), actorRoots(b.Obligor)
	if len(ra) < 2 || len(rb) == 0 || len(rb) >= len(ra) {
		return false
	}
	return !slices.ContainsFunc(rb, func(r string) bool { return !contains(ra, r) })
}

func sameQuantity(a, b *float64) bool {
	if a == nil || b == nil {
		return true
	}
	return math.Abs(*a-*b) <= 0.01*math.Max(math.Abs(*a), math.Abs(*b))
}

// objectsMeet reports whether two objects share a content word (compared on its
// first six letters, so that "prisoner" meets "prisoners"); an empty object meets any.
func objectsMeet(a, b string) bool {
	if strings.TrimSpace(a) == "" || strings.TrimSpace(b) == "" {
		return true
	}
	stem := func(w string) string {
		w = strings.Trim(w, ",.;:‘’'\"()")
		if len(w) > 6 {
			return w[:6]
		}
		return w
	}
	wa := strings.Fields(strings.ToLower(a))
	wb := strings.Fields(strings.ToLower(b))
	for _, x := range wa {
		if len(x) <= 3 {
			continue
		}
		for _, y := range wb {
			if len(y) > 3 && stem(x) == stem(y) {
				return true
			}
		}
	}
	return strings.EqualFold(a, b)
}

func (p *Provision) addSource(e Evidence) {
	if e == p.Evidence || e.Text == "" {
		return
	}
	for _, s := range p.Sources {
		if s == e {
			return
		}
	}
	p.Sources = append(p.Sources, e)
}

// fixDependencies rewrites depends_on to the ids provisions go by after merging
// (following remap), dropping ids no provision of ps has and references to itself.
func fixDependencies(ps []Provision, remap map[string]string) {
	have := map[string]bool{}
	for _, p := range ps {
		have[p.ID] = true
	}
	for i := range ps {
		p := &ps[i]
		deps := []string{}
		for _, d := range p.DependsOn {
			for n := 0; n < 10; n++ {
				to, ok := remap[d]
				if !ok || to == d {
					break
				}
				d = to
			}
			if have[d] && d != p.ID && !contains(deps, d) {
				deps = append(deps, d)
			}
		}
		p.DependsOn = deps
	}
}

// sameStatement is sameProvision within one article, where two parties of one country
// ("the government", "the ELN") are told apart by their codes, and two points of one
// numbered list ("1. ...", "5. ...") are two terms.
func sameStatement(a, b Provision) bool {
	if ma, mb := pointMark(a.Evidence.Text), pointMark(b.Evidence.Text); ma != "" && mb != "" && ma != mb {
		return false
	}
	return sameProvision(a, b) && sameCodes(a.Obligor, b.Obligor)
}

// pointMark returns the number that opens a list point's text ("5" of "5. The two
// sides will ..."), "" for text that opens no numbered point.
func pointMark(s string) string {
	k := 0
	for k < len(s) && k < 3 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 0 || k+1 >= len(s) || (s[k] != '.' && s[k] != ')') || s[k+1] != ' ' {
		return ""
	}
	return s[:k]
}

func sameCodes(a, b []string) bool {
	var ca, cb []string
	for _, c := range a {
		ca = addCode(ca, partyCode(c))
	}
	for _, c := range b {
		cb = addCode(cb, partyCode(c))
	}
	slices.Sort(ca)
	slices.Sort(cb)
	return slices.Equal(ca, cb)
}

// actNoun reports whether an object is only the name of act a ("swap" for an
// exchange, "pullback" for a withdrawal, "creation" for setting up). An act of no kind of the vocabulary
// ("elections") names no act another object could be.
func actNoun(o string, a Action) bool {
	f := strings.Fields(strings.ToLower(o))
	if len(f) != 1 || a == Other {
		return false
	}
	if a == Establish && !strings.HasSuffix(f[0], "tion") && !strings.HasSuffix(f[0], "ment") {
		return false // "council", "executive": a body set up is no act; "creation" is
	}
	p, n := loadLexicon().match("action", f, 0)
	return n == 1 && Action(p.value) == a
}
