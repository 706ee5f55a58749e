package agreement

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// finish turns the building's terms into provisions: deadlines dated, dependencies
// linked, duplicates joined, ids given.
func (b *building) finish() Agreement {
	b.termParties()
	a := b.ag
	rc := b.rebelCodes()
	a.Parties = recoded(a.Parties, rc)
	a.ID = agreementID(a)
	if a.Parties == nil {
		a.Parties = []string{}
	}
	if a.Witnesses == nil {
		a.Witnesses = []string{}
	}
	body := b.src.Doc.Text
	ps := make([]Provision, 0, len(b.terms))
	keepers := b.keepers()
	for i, t := range b.terms {
		v := &b.vs[t.si]
		p := Provision{
			Obligor:      recoded(withoutKeepers(t, keepers), rc),
			Beneficiary:  recoded(t.beneficiary, rc),
			Action:       t.action,
			Object:       strings.Trim(t.object, " ,;:‘’'\""),
			FromQuantity: t.from,
			Quantity:     t.qty,
			Unit:         t.unit,
			Conditions:   t.conditions,
			Evidence:     Evidence{ArticleID: b.src.Article.ID, Start: v.s.Start, End: v.s.End, Text: v.text(body)},
		}
		if p.Action == Release && partySides(p.Obligor) >= 2 && !tradedFor(p.Conditions) && !oneSidesPeople(v, t) && !t.reciprocalPrev {
			// both sides freeing the people they hold is one swap (the sets'
			// convention): a release binds one side only, and a release traded for
			// the other side's ("50 hostages in exchange for 150 prisoners", "In
			// return, X and Y will free ...") is one side's duty with its own figure
			p.Action = Exchange
		}
		if p.Action == Release && p.Quantity == nil {
			if n := namedCaptives(v, body, t); n > 0 {
				// "France freed Anna Berg": each person named is one prisoner
				q := float64(n)
				p.Quantity = &q
				if p.Unit == "" {
					p.Unit = "prisoners"
				}
			}
		}
		if p.Beneficiary == nil {
			p.Beneficiary = []string{}
		}
		if p.Conditions == nil {
			p.Conditions = []string{}
		}
		p.DependsOn = []string{}
		p.ID = provisionID(a.ID, p)
		if t.deadline != nil {
			switch t.deadline.anchor {
			case "action", "prev":
				j := b.anchorOf(i, ps)
				if st := b.startOf(i - 1); t.deadline.anchor == "prev" && st != "" && (ps[i-1].Deadline == nil || ps[i-1].Deadline.Date == "") {
					// "A ceasefire is to take effect within 30 days ... Troops are to
					// leave within 120 days after that": of the day the truce begins
					p.Deadline = b.datedBy(*t.deadline, st, ps[i-1].ID)
				} else if j >= 0 && ps[j].Deadline != nil && ps[j].Deadline.Date != "" {
					p.Deadline = b.datedBy(*t.deadline, ps[j].Deadline.Date, ps[j].ID)
				} else if st := b.startOf(j); t.deadline.anchor == "action" && st != "" {
					// "within seventy-two hours of the ceasefire": of the day the
					// ceasefire the deal states begins
					p.Deadline = b.datedBy(*t.deadline, st, ps[j].ID)
				} else if t.deadline.anchor == "action" && t.deadline.ref == CeaseFire {
					// "within six months of the ceasefire": of the day the deal takes
					// effect, which a ceasefire provision does not date
					d := *t.deadline
					d.anchor = "effective"
					p.Deadline = d.resolve(b.tl)
				} else {
					p.Deadline = &Deadline{Relative: t.deadline.relative}
				}
				if t.deadline.anchor == "action" && j >= 0 {
					p.DependsOn = append(p.DependsOn, ps[j].ID)
				}
			case "term":
				// "before the president's return": by the date of the term stating the return
				if j := termStating(ps, t.deadline.refWord, nil); j >= 0 {
					p.Deadline = b.datedBy(*t.deadline, ps[j].Deadline.Date, ps[j].ID)
					p.DependsOn = append(p.DependsOn, ps[j].ID)
				}
			case "event":
				d := *t.deadline
				d.anchor, d.date = "absolute", actDate(b.src, d.refWord, d.refVerb)
				p.Deadline = d.resolve(b.tl)
				if d.date == "" {
					p.Deadline.Anchor = ""
				}
			case "now":
				p.Deadline = t.deadline.resolve(b.tl)
				if p.Action == CeaseFire || p.Action == Prohibit {
					// "will cease fire at once": a duty kept from then on has no
					// day by which it is done
					p.Deadline = &Deadline{Relative: t.deadline.relative}
				}
			default:
				p.Deadline = t.deadline.resolve(b.tl)
			}
		}
		if p.Deadline == nil && t.sameDate && i > 0 && ps[i-1].Deadline != nil {
			d := *ps[i-1].Deadline
			p.Deadline = &d
		}
		for _, j := range b.dependencies(i) {
			if !contains(p.DependsOn, ps[j].ID) && ps[j].ID != p.ID {
				p.DependsOn = append(p.DependsOn, ps[j].ID)
			}
		}
		ps = append(ps, p)
	}
	b.datesFromLaterTerms(ps)
	// a deal that is itself a ceasefire binds its parties to hold fire, whether or
	// not a sentence spells the duty out
	if !slices.ContainsFunc(ps, func(p Provision) bool { return p.Action == CeaseFire }) && len(a.Parties) > 1 {
		for _, d := range b.deals {
			if !d.truce {
				continue
			}
			v := &b.vs[d.si]
			p := Provision{Obligor: slices.Clone(a.Parties), Beneficiary: []string{}, Action: CeaseFire, Object: "hostilities",
				Conditions: []string{}, DependsOn: []string{},
				Evidence: Evidence{ArticleID: b.src.Article.ID, Start: v.s.Start, End: v.s.End, Text: v.text(body)}}
			p.ID = provisionID(a.ID, p)
			ps = append(ps, p)
			b.terms = append(b.terms, term{si: d.si})
			break
		}
	}
	// what the deal aims at counts only when no term states it
	var keep []Provision
	for i, p := range ps {
		if b.terms[i].aim && slices.ContainsFunc(ps, func(q Provision) bool {
			return q.ID != p.ID && q.Action == p.Action && sameRoots(q.Obligor, p.Obligor)
		}) {
			continue
		}
		keep = append(keep, p)
	}
	keep = separateDuties(keep)
	remap := map[string]string{}
	a.Provisions = joinProvisions(nil, keep, false, remap, sameStatement)
	fixDependencies(a.Provisions, remap)
	if a.Provisions == nil {
		a.Provisions = []Provision{}
	}
	return a
}

// anchorOf returns the index of the earlier provision term i counts its deadline from:
// the one whose action its phrase names ("within 72 hours of the withdrawal"), or the
// one before it ("within that period"); -1 when none.
func (b *building) anchorOf(i int, ps []Provision) int {
	t := b.terms[i]
	for j := i - 1; j >= 0; j-- {
		if t.deadline.anchor == "prev" && ps[j].Deadline != nil && ps[j].Deadline.Date != "" || t.deadline.anchor == "action" && ps[j].Action == t.deadline.ref {
			return j
		}
	}
	return -1
}

// datesFromLaterTerms dates the deadlines counted from an act no event dates
// ("within twelve months of the vote on self-determination") by the provision that
// dates that act, stated before or after ("The vote itself ... will be held between
// three and six months from now").
func (b *building) datesFromLaterTerms(ps []Provision) {
	here := map[int]bool{}
	for i := range ps {
		t := b.terms[i]
		if t.deadline == nil || t.deadline.anchor != "event" || ps[i].Deadline == nil || ps[i].Deadline.Date != "" {
			continue
		}
		// a term dated here by another dates no third
		skip := func(j int) bool { return j == i || here[j] }
		j := termStating(ps, t.deadline.refWord, skip)
		if j < 0 {
			for _, w := range sameAct[t.deadline.refWord] {
				if j = termStating(ps, w, skip); j >= 0 {
					break
				}
			}
		}
		if j < 0 {
			continue
		}
		ps[i].Deadline = b.datedBy(*t.deadline, ps[j].Deadline.Date, ps[j].ID)
		here[i] = true
		if !contains(ps[i].DependsOn, ps[j].ID) {
			ps[i].DependsOn = append(ps[i].DependsOn, ps[j].ID)
		}
	}
}

// datedBy returns the deadline d counted from date, a day provision id gives (its
// deadline or its start).
func (b *building) datedBy(d deadlineAt, date, id string) *Deadline {
	d.anchor, d.date = "absolute", date
	out := d.resolve(b.tl)
	out.Anchor = "provision:" + id
	return out
}

// sameAct are nouns a report uses for one act: "the vote" is the referendum.
var sameAct = map[string][]string{"vote": {"referendum", "ballot"}, "ballot": {"referendum", "vote"}, "poll": {"referendum", "election"}}

// startOf returns the day provision j, a ceasefire or ban, begins by its term's
// deadline phrase ("Hostilities are to cease within forty-eight hours of the
// signing"), "" when j is none or its term states no such day.
func (b *building) startOf(j int) string {
	if j < 0 || b.terms[j].start == nil || b.terms[j].start.anchor == "action" || b.terms[j].start.anchor == "prev" {
		return ""
	}
	return b.terms[j].start.resolve(b.tl).Date
}

// dependencies returns the indices of the earlier terms term i waits on: for
// reciprocity, the other side's terms just before it (same sentence, else the
// previous terms sentence); for "then"/"after which", the term before; for "once ...",
// the nearest earlier term of another obligor.
func (b *building) dependencies(i int) []int {
	t := b.terms[i]
	var out []int
	switch {
	case t.reciprocalPrev:
		prevSent := -1
		for j := i - 1; j >= 0; j-- {
			u := b.terms[j]
			if u.si == t.si {
				continue
			}
			if prevSent == -1 {
				prevSent = u.si
			}
			if u.si != prevSent {
				break
			}
			if !sameRoots(u.obligor, t.obligor) {
				out = append(out, j)
			}
		}
	case t.reciprocal:
		or := actorRoots(t.obligor)
		prevSent := -1
		for j := i - 1; j >= 0; j-- {
			u := b.terms[j]
			if sameRoots(u.obligor, t.obligor) || anyShared(actorRoots(u.obligor), or) && u.si == t.si {
				continue
			}
			if u.si == t.si {
				out = append(out, j)
				continue
			}
			if prevSent == -1 {
				prevSent = u.si
			}
			if u.si != prevSent || len(out) > 0 && b.terms[out[0]].si == t.si {
				break
			}
			out = append(out, j)
		}
	case t.follows && i > 0:
		// the term before this clause (not a sibling split from the same clause)
		j := i - 1
		for j >= 0 && b.terms[j].si == t.si && b.terms[j].cl.verb == t.cl.verb {
			j--
		}
		if j >= 0 {
			out = append(out, j)
		}
	case t.once:
		for j := i - 1; j >= 0; j-- {
			if !sameRoots(b.terms[j].obligor, t.obligor) {
				out = append(out, j)
				break
			}
		}
	}
	sort.Ints(out)
	return out
}

func anyShared(a, b []string) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

// sameRoots reports whether two actor lists have the same set of roots.
func sameRoots(a, b []string) bool {
	ra, rb := actorRoots(a), actorRoots(b)
	slices.Sort(ra)
	slices.Sort(rb)
	return slices.Equal(ra, rb)
}

// agreementID is derived from the name, the parties' roots and the signing date, so
// that reruns give the same id.
func agreementID(a Agreement) string {
	r := actorRoots(a.Parties)
	slices.Sort(r)
	return "ag-" + hash(strings.ToLower(a.Name), strings.Join(r, ","), a.Signed)
}

// provisionID is derived from its agreement, obligor roots, action and object.
func provisionID(agreementID string, p Provision) string {
	r := actorRoots(p.Obligor)
	slices.Sort(r)
	return "pr-" + hash(agreementID, strings.Join(r, ","), string(p.Action), strings.ToLower(p.Object), qtyKey(p.Quantity))
}

func qtyKey(q *float64) string {
	if q == nil {
		return ""
	}
	return strconv.FormatFloat(*q, 'f', -1, 64)
}

func hash(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return hex.EncodeToString(h[:6])
}

// separateDuties takes a party out of a joint provision when the text states that
// party's own duty of the same act separately (the evaluation set's convention:
// "Russia and Ukraine would stop striking ..." and "Ukraine would also refrain ...").
func separateDuties(ps []Provision) []Provision {
	for i := range ps {
		if len(ps[i].Obligor) < 2 {
			continue
		}
		for _, q := range ps {
			if len(q.Obligor) != 1 || q.Action != ps[i].Action || !objectsMeet(q.Object, ps[i].Object) ||
				!sameQuantity(q.Quantity, ps[i].Quantity) || (q.Quantity == nil) != (ps[i].Quantity == nil) {
				continue
			}
			own := partyCode(q.Obligor[0])
			rest := slices.DeleteFunc(slices.Clone(ps[i].Obligor), func(c string) bool { return partyCode(c) == own })
			if len(rest) > 0 && len(rest) < len(ps[i].Obligor) {
				ps[i].Obligor = rest
			}
		}
	}
	return ps
}

// keepers returns the roots of the parties whose forces the deal deploys to keep the
// peace ("Russian peacekeepers ... will deploy"): such a party stands between the
// sides, and is not bound with them by their duties.
func (b *building) keepers() []string {
	lx := loadLexicon()
	var out []string
	for _, t := range b.terms {
		if t.action != Deploy || len(actorRoots(t.obligor)) != 1 {
			continue
		}
		ws := strings.Fields(strings.ToLower(t.object))
		if lx.has("keeper", ws, 0, len(ws)) {
			out = addCode(out, Root(t.obligor[0]))
		}
	}
	return out
}

// withoutKeepers drops the peacekeeping parties from an obligation no subject names,
// which binds the parties as a whole ("Prisoners of war ... are to be exchanged"),
// when another party remains bound.
func withoutKeepers(t term, keepers []string) []string {
	if !t.unnamed || len(keepers) == 0 {
		return t.obligor
	}
	rest := slices.DeleteFunc(slices.Clone(t.obligor), func(o string) bool { return contains(keepers, Root(o)) })
	if len(rest) == 0 {
		return t.obligor
	}
	return rest
}

// rebelCodes maps a party the coder read as another country's people to the armed
// group of the state it fights, when the article calls that people rebels or
// separatists ("Croatia's government and the rebel Serbs who hold Eastern Slavonia":
// the Serbs are Croatia's rebels, not Serbia's civilians). It is empty when the deal
// has no such party or not exactly one state party of another country.
func (b *building) rebelCodes() map[string]string {
	var out map[string]string
	for _, p := range b.ag.Parties {
		if len(p) != 6 || p[3:] != "CVL" && p[3:] != "ETH" {
			continue
		}
		var states []string
		for _, q := range b.ag.Parties {
			if q != p && Root(q) == Root(p) {
				states = nil
				break
			}
			if len(q) == 3 || strings.HasSuffix(q, "GOV") {
				states = addCode(states, Root(q))
			}
		}
		if len(states) != 1 || states[0] == Root(p) || !b.calledRebels(p) {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		out[p] = states[0] + "REB"
	}
	return out
}

// calledRebels reports whether a mention of code in the article follows "rebel",
// "separatist" or "breakaway".
func (b *building) calledRebels(code string) bool {
	for k := range b.vs {
		v := &b.vs[k]
		for _, a := range v.actors {
			if a.Code != code {
				continue
			}
			for j := max(0, a.tok-2); j <= a.tok && j < len(v.words); j++ {
				if w := v.word(j); w == "rebel" || w == "separatist" || w == "breakaway" {
					return true
				}
			}
		}
	}
	return false
}

// recoded returns codes with each code rc names replaced, duplicates dropped.
func recoded(codes []string, rc map[string]string) []string {
	if len(rc) == 0 {
		return codes
	}
	out := make([]string, 0, len(codes))
	for _, c := range codes {
		if r, ok := rc[c]; ok {
			c = r
		}
		out = addCode(out, c)
	}
	return out
}

// termStating is the last of the provisions ps with a dated deadline whose evidence
// states the act noun names ("return": "Aristide is to return to Haiti ... by October
// 30"), by the noun's first five letters, or -1; skip, when set, leaves provisions out.
func termStating(ps []Provision, noun string, skip func(j int) bool) int {
	stem := noun
	if len(stem) > 5 {
		stem = stem[:5]
	}
	if len(stem) < 4 {
		return -1
	}
	for j := len(ps) - 1; j >= 0; j-- {
		if ps[j].Deadline == nil || ps[j].Deadline.Date == "" || skip != nil && skip(j) {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(ps[j].Evidence.Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if strings.HasPrefix(w, stem) {
				return j
			}
		}
	}
	return -1
}

// tradedFor reports whether a provision's conditions trade it for the other side's act
// ("in exchange for 150 Palestinian prisoners").
func tradedFor(conditions []string) bool {
	return slices.ContainsFunc(conditions, func(c string) bool {
		c = strings.ToLower(c)
		return strings.Contains(c, "in exchange for") || strings.Contains(c, "in return for")
	})
}

// oneSidesPeople reports whether a term's object names the people of one side only
// ("Egyptian soldiers who remain in the pocket"): their release is no swap.
func oneSidesPeople(v *sent, t term) bool {
	n := len(strings.Fields(t.object))
	if t.object == "" || n == 0 {
		return false
	}
	return len(actorRoots(codesOf(v.actorsIn(t.objFrom, t.objFrom+n)))) == 1
}

// termParties adds to a deal of two sides or more the states a term binds by a clause
// of their own in a sentence that cites the deal and binds two of its parties the same
// way ("Under the arrangement, the Soviet Union will free the pilot, the United States
// will free the spy, and Poland will release the student"): a state bound beside the
// parties is one of them, unless the story names it a witness or guarantor. A duty the
// parties lay on a third state alone ("Under the agreement, Syria must submit a list")
// does not make it a party.
func (b *building) termParties() {
	switch partySides(b.ag.Parties) {
	case 0:
		b.boundPair()
	case 1:
		b.counterpart()
	}
	if partySides(b.ag.Parties) < 2 {
		return
	}
	lx := loadLexicon()
	for _, t := range b.terms {
		v := &b.vs[t.si]
		if len(t.obligor) != 1 || len(t.obligor[0]) != 3 || t.unnamed || v.word(v.first) != "under" || !lx.has("deal", v.words, v.first+2, v.first+5) {
			continue
		}
		c := t.obligor[0]
		pr := actorRoots(b.ag.Parties)
		bound := 0 // the parties the sentence binds beside it, each by its own clause
		for _, r := range pr {
			if slices.ContainsFunc(b.terms, func(o term) bool { return o.si == t.si && len(o.obligor) == 1 && Root(o.obligor[0]) == r }) {
				bound++
			}
		}
		if bound < 2 || contains(pr, c) || b.attends(c) {
			continue
		}
		b.ag.Parties = addCode(b.ag.Parties, c)
	}
}

// counterpart adds to a deal of one side the state a sentence of its terms binds by a
// clause of its own beside a clause binding that side ("An American general will sign
// the document, and North Korea will then free the crew"): a deal has two sides, and the
// terms name the other. A third state bound alone, or one the story names a witness or
// guarantor, is none.
func (b *building) counterpart() {
	pr := actorRoots(b.ag.Parties)
	for _, t := range b.terms {
		if len(t.obligor) != 1 || len(t.obligor[0]) != 3 || t.unnamed || contains(pr, t.obligor[0]) {
			continue
		}
		c := t.obligor[0]
		if !slices.ContainsFunc(b.terms, func(o term) bool { return o.si == t.si && len(o.obligor) == 1 && contains(pr, Root(o.obligor[0])) }) ||
			b.attends(c) {
			continue
		}
		b.ag.Parties = addCode(b.ag.Parties, c)
		return
	}
}

// boundPair gives a deal that names no side the two states its first sentence of terms
// binds, each by a clause of its own ("The State Department announces a settlement.
// The United States will unfreeze the assets, and Iran will then free the hostages"),
// when that sentence follows a deal sentence: the deal's two sides are those the terms
// bind. A witness or guarantor is none of them.
func (b *building) boundPair() {
	if len(b.terms) == 0 || !b.hasDeal(b.terms[0].si) && !b.hasDeal(b.terms[0].si-1) {
		return
	}
	si := b.terms[0].si
	var pair []string
	for _, t := range b.terms {
		if t.si != si || len(t.obligor) != 1 || len(t.obligor[0]) != 3 || t.unnamed {
			continue
		}
		c := t.obligor[0]
		if b.attends(c) {
			return
		}
		pair = addCode(pair, c)
	}
	if len(pair) == 2 {
		b.ag.Parties = pair
	}
}

// attends reports whether the story names state c a witness or guarantor of the deal.
func (b *building) attends(c string) bool {
	in := func(g string) bool { return Root(g) == c }
	return slices.ContainsFunc(b.ag.Guarantors, in) || slices.ContainsFunc(b.ag.Witnesses, in)
}
