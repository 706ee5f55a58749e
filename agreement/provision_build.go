package agreement

import (
	"slices"
	"strings"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// startVerbs, with a subject naming an act ("Talks ... are to begin", "The truce is
// to hold"), state the act itself as the term.
var startVerbs = map[string]bool{"begin": true, "start": true, "restart": true, "hold": true, "last": true, "open": true, "resume": true,
	"continue": true, "take": true, "be": true, "go": true, "enter": true, "run": true, "proceed": true, "get": true}

// addTerms reads the provisions of one terms sentence and returns how many it found.
// cls are its verbal commitments; listSubj binds the subjectless points of a list.
func (b *building) addTerms(lx *lexicon, v *sent, si int, body string, cls []clause, kind termsKind, listSubj []actorAt, cued bool) int {
	all := slices.Clone(cls)
	if cued || kind == bulletTerms || len(cls) == 0 {
		start := v.first
		all = append(all, nominalTerms(lx, v, cls, start)...)
		slices.SortFunc(all, func(a, c clause) int { return a.verb - c.verb })
	}
	found := 0
	if shares := allocations(lx, v); len(shares) > 0 {
		// "Of the 31 ministries, 15 go to X, 13 to Y and three to Z"
		ts := b.allocationTerms(lx, v, si, body, shares)
		b.terms = append(b.terms, ts...)
		return len(ts)
	}
	if posts := heldPosts(lx, v, body); len(posts) > 0 {
		// "the speakership goes to X, and Y stays president": a post each, given
		// by the side that does not get it
		ts := b.allocationTerms(lx, v, si, body, posts)
		b.terms = append(b.terms, ts...)
		found += len(ts)
		all = slices.DeleteFunc(all, func(c clause) bool {
			return slices.ContainsFunc(posts, func(s share) bool { return s.tok == c.verb })
		})
	}
	if k := partOfDeal(lx, v); k > 0 {
		if t, ok := b.partTerm(lx, v, si, body, k); ok {
			b.terms = append(b.terms, t)
			return 1
		}
	}
	if cued {
		if t, ok := b.dateSetFor(lx, v, si, body); ok {
			b.terms = append(b.terms, t)
			found++
		}
	}
	if len(all) == 0 && kind == bulletTerms && len(v.actorsIn(v.first, len(v.words))) == 0 {
		if t, ok := b.bareTerm(lx, v, si, body, listSubj); ok {
			// "The agreement provides for: ... - cabinet posts shared out 60 percent to
			// Hutu and 40 percent to Tutsi politicians;": a point naming no act of the
			// vocabulary is still a term of the list
			b.terms = append(b.terms, t)
			found++
		}
	}
	if len(all) == 0 {
		return found
	}
	preEnd := all[0].subjFrom
	if all[0].nominal {
		preEnd = all[0].from
	}
	// a deadline opening the sentence ("During that phase Hamas will ...", "Within 72
	// hours of the withdrawal, Hamas will ...") binds all its clauses
	firstActor := all[0].verb
	if len(all[0].subj) > 0 {
		firstActor = all[0].subj[0].tok
	}
	pre := readDeadline(lx, v, body, ownStart(v, all[0].subjFrom), min(firstActor, all[0].verb))
	var preTerm term
	preTerm.readConditions(v, body, 0, preEnd)
	var prevObl []string
	statedHere := false
	for k, c := range all {
		if len(c.subj) == 0 && !c.nominal && !c.group && c.subjFrom < c.verb {
			// "Aristide is to return ...": a person the article named beside the
			// actor he stands for ("Haiti's exiled President Jean-Bertrand Aristide")
			if a, ok := b.personAt(v, c.subjFrom, c.verb); ok {
				c.subj, c.pronoun = []actorAt{a}, false
			}
		}
		t, ok := b.readClause(lx, v, body, c)
		if !ok {
			continue
		}
		t.si = si
		if prev := b.prevPoint(si); t.action == Allow && v.bullet && len(prev) > 0 && sameRoots(t.obligor, b.ag.Parties) && strictSubset(actorRoots(prev), actorRoots(b.ag.Parties)) &&
			!slices.ContainsFunc(t.beneficiary, func(c string) bool { return contains(actorRoots(b.ag.Parties), Root(c)) }) {
			// "- Inspectors of the IAEA will get daily access to the sites": in a list
			// of one side's duties, that side lets them in
			t.obligor = prev
		}
		if t.toPronoun && len(t.beneficiary) == 0 && len(b.terms) > 0 {
			// "the rebels are to get ..., and Khartoum is obliged to give them ...":
			// them are who got something in the clause before, else who was bound
			prev := b.terms[len(b.terms)-1]
			t.beneficiary = slices.Clone(prev.beneficiary)
			if len(t.beneficiary) == 0 {
				t.beneficiary = slices.Clone(prev.obligor)
			}
		}
		switch {
		case len(t.obligor) > 0:
		case len(c.subj) == 0 && k > 0 && len(prevObl) > 0 && sharesVerbPhrase(v, all[k-1], c):
			// "the government will pardon the rebels and free ...": the
			// second verb's subject is the first one's, not who its object names
			t.obligor = slices.Clone(prevObl)
		case len(c.subj) > 0 && !c.nominal && (!c.passive || t.action == Allow || ownAct(lx, v, c, t.action)):
			for _, a := range c.subj {
				t.obligor = addCode(t.obligor, a.Code)
			}
		case len(c.subj) == 0 && !c.nominal && !c.pronoun && hasAny(v.words, c.verb, c.to, "jointly"):
			// "The water is to be managed jointly": done together, it binds every party
			t.obligor = slices.Clone(b.ag.Parties)
		case c.passive && v.bullet && len(v.actorsIn(v.first, c.verb)) == 0 && len(listSubj) == 0 && len(b.prevPoint(si)) > 0:
			// "- Syria must submit ...", "- Production equipment is to be destroyed
			// ...": a point naming no one binds whom the point before it bound
			t.obligor = b.prevPoint(si)
		case c.group || len(c.subj) == 0 && !c.nominal && !c.pronoun && hasWords(v.words, c.verb, c.to, "on", "both", "sides"):
			// "all hostilities are to stop ..., on both sides"
			t.obligor = slices.Clone(b.ag.Parties)
			if len(t.obligor) > 2 && hasAny(v.words, c.subjFrom, c.verb, "two") {
				// "the two countries" of a deal signed with a third: the two named first
				t.obligor = t.obligor[:2]
			}
		case len(c.subj) == 0 && !c.nominal && !c.group && (c.pronoun || c.passive) && !mutualAct(t.action) && len(promisor(v, c)) > 0:
			// "Pakistan agreed that concrete steps would be taken ...", "the United
			// States gave assurances that it would not invade Cuba": who promised (an
			// exchange, a truce or talks still take both sides)
			t.obligor = codesOf(promisor(v, c))
		case c.pronoun && v.bullet && len(v.cellSubj) > 0:
			for _, a := range v.cellSubj {
				t.obligor = addCode(t.obligor, a.Code)
			}
		case c.pronoun && v.bullet && len(listSubj) > 0:
			for _, a := range listSubj {
				t.obligor = addCode(t.obligor, a.Code)
			}
		case c.pronoun && len(prevObl) > 0:
			t.obligor = slices.Clone(prevObl)
		case c.pronoun && len(b.norSubject(v, c, si)) > 0:
			t.obligor = b.norSubject(v, c, si)
		case c.pronoun && k > 0 && all[k-1].group:
			// "The two sides will hold reunions ..., and their Red Cross societies will
			// hold a meeting": the clause before names them, though it stated no term
			t.obligor = slices.Clone(b.ag.Parties)
		case c.pronoun && len(b.terms) > 0 && !c.nominal:
			t.obligor = slices.Clone(b.terms[len(b.terms)-1].obligor)
		}
		if len(t.obligor) == 0 && !c.nominal && len(c.subj) == 0 {
			t.obligor = b.countedParties(v, c)
		}
		if len(t.obligor) == 0 && !c.nominal && b.guarantorsNamed(c) {
			// "The guarantors will dispatch monitors": the deal's guarantors
			t.obligor = slices.Clone(b.ag.Guarantors)
		}
		if len(t.obligor) == 0 && !c.nominal && len(c.subj) == 0 {
			t.obligor = b.partiesByRole(lx, v, c)
		}
		if len(c.subj) > 0 && !c.nominal && lx.has("state", v.words, c.subjFrom, c.verb) && !slices.ContainsFunc(t.obligor, func(o string) bool { return !strings.HasSuffix(o, "REB") }) {
			// "the government and the Houthis halted ...": the uncoded state noun is
			// the state party
			for _, p := range b.ag.Parties {
				if len(p) == 3 && slices.ContainsFunc(t.obligor, func(o string) bool { return Root(o) == p }) {
					t.obligor = append([]string{p}, t.obligor...)
				}
			}
		}
		if c.passive && v.word(c.verb+1) == "by" {
			// "Prisoners will be released by Israel within a week": the agent is bound
			pr := actorRoots(b.ag.Parties)
			as := listAfter(v, c.verb+2)
			if len(as) > 0 && (len(pr) == 0 || !slices.ContainsFunc(as, func(a actorAt) bool { return !contains(pr, Root(a.Code)) })) {
				t.obligor = codesOf(as)
			} else if len(as) == 0 && lx.has("group", v.words, c.verb+2, c.verb+5) {
				// "will be repatriated by both sides": the parties
				t.obligor = slices.Clone(b.ag.Parties)
			}
			// "The fighters will be disarmed by UN peacekeepers": an agent that is no
			// party carries out the act; the subject's side stays bound
			if ag := v.actorsIn(c.verb+2, min(c.to, c.verb+5)); len(ag) > 0 && len(c.subj) == 0 && siteNouns[c.subjNoun] && !contains(pr, Root(ag[0].Code)) {
				// "A buffer zone between the two armies will be patrolled by a UN force
				// of 1,250 men": a place has no side; the force named does the act
				t.obligor = codesOf(ag[:1])
				if t.qty == nil {
					t.readQuantities(v, clause{to: c.to}, c.verb+1)
				}
			}
		}
		if len(t.obligor) == 0 && len(c.subj) == 0 && !c.group && c.subjNoun != "" && !mutualFighting(lx, v, c, t.action) {
			// "The pullback was required within 24 hours": whoever the sentences just
			// before report doing that act
			t.obligor = b.recentActors(lx, si, t.action)
		}
		if t.action == Withdraw && strings.Contains(strings.ToLower(t.object), "foreign") && (len(t.obligor) == 0 || c.nominal) {
			// "the withdrawal of foreign forces": the foreign side the text names
			if f := b.foreignActors(v); len(f) > 0 {
				t.obligor = f
			}
		}
		if t.action == Withdraw && len(c.subj) == 0 && !c.group && !c.pronoun && (len(t.obligor) == 0 || sameRoots(t.obligor, b.ag.Parties)) {
			// "A first further pullback from rural areas of the West Bank is to take
			// place": the side that is not of the place pulls out of it
			if out := b.otherThanLeft(v, c); len(out) > 0 {
				t.obligor = out
			}
		}
		if len(t.obligor) == 0 && t.action == Allow {
			// "the entry of 600 trucks of aid into Gaza": whoever holds the way in
			// lets it in, the other side of the place's country
			t.obligor = b.otherThanPlace(v, c)
		}
		if len(t.obligor) == 0 {
			t.obligor = slices.Clone(b.ag.Parties)
		}
		to := c.verb + 1
		for v.word(to) == "back" || v.word(to) == "over" {
			to++
		}
		returned := t.action == Transfer && c.passive && v.word(to) == "to" && (strings.HasPrefix(v.word(c.verb), "return") || to > c.verb+1 || handedTo[v.word(c.verb)])
		if returned {
			// "The district is to be returned to Azerbaijan", "The oilfields are to be
			// handed back to Egypt": the party it goes back to gets it, the other
			// parties give it
			t.beneficiary = codesOf(listAfter(v, to+1))
			br := actorRoots(t.beneficiary)
			if rest := slices.DeleteFunc(slices.Clone(b.ag.Parties), func(p string) bool { return contains(br, Root(p)) }); len(br) > 0 && len(rest) > 0 {
				t.obligor = rest
			}
		}
		if t.action == Release && (c.passive || c.nominal) && v.word(c.verb+1) != "by" && sameRoots(t.obligor, b.ag.Parties) {
			// "Nine hundred Palestinian prisoners are to be freed", "the release of 300
			// Palestinian detainees": one side's people are freed by the side holding them
			if h := b.holders(v, t); len(h) > 0 {
				t.obligor = h
			}
		}
		if len(c.subj) == 0 && !c.group && !c.pronoun && v.word(c.verb+1) != "by" && (sameRoots(t.obligor, b.ag.Parties) || returned) {
			t.unnamed = true
		}
		if (t.action == Allow || t.action == Release) && c.passive && (v.word(c.verb) == "allowed" || v.word(c.verb) == "permitted" || v.word(c.verb) == "granted") {
			// "X will be allowed to ...": X benefits, the other side allows
			t.beneficiary = nil
			for _, a := range c.subj {
				t.beneficiary = addCode(t.beneficiary, a.Code)
			}
			br := actorRoots(t.beneficiary)
			var obl []string
			for _, p := range b.ag.Parties {
				if !contains(br, Root(p)) {
					obl = append(obl, p)
				}
			}
			if len(obl) == 0 {
				// both sides of one country: the other party by its code
				for _, p := range b.ag.Parties {
					if !contains(t.beneficiary, p) && !contains(t.beneficiary, partyCode(p)) {
						obl = append(obl, p)
					}
				}
			}
			if len(obl) == 0 {
				obl = slices.Clone(b.ag.Parties)
			}
			pr := actorRoots(b.ag.Parties)
			if outsider := !slices.ContainsFunc(br, func(r string) bool { return contains(pr, r) }); outsider && k > 0 && len(prevObl) > 0 && strictSubset(actorRoots(prevObl), pr) && !c.pronoun {
				// "North Korea will freeze its reactors, and the IAEA will be allowed to
				// monitor the freeze": an outsider let in after one side's duty is let
				// in by that side
				obl = slices.Clone(prevObl)
			}
			t.obligor = obl
		}
		if (t.action == CeaseFire || t.action == Withdraw) && len(c.subj) == 0 && !c.nominal && (c.group || sameRoots(t.obligor, b.ag.Parties)) &&
			!hasWords(v.words, c.verb, c.to, "on", "both", "sides") {
			// "to end the fighting ... between Moldovan forces and the separatists":
			// the sides' forces that stop are those fighting, not a signer beside them
			if bs := b.belligerents(lx); len(bs) > 0 && strictSubset(actorRoots(bs), actorRoots(b.ag.Parties)) {
				t.obligor = bs
			}
		}
		if (t.action == CeaseFire || t.action == Withdraw || t.action == Allow) && len(c.subj) == 0 && !c.nominal && sameRoots(t.obligor, b.ag.Parties) {
			// "the United States and Russia had agreed on a plan ... Fighting is to
			// stop across the country": powers that broker a truce between others
			// fight in it on neither side, so the sides at war are bound
			if bs := b.belligerents(lx); len(bs) > 0 && disjointRoots(bs, b.ag.Parties) {
				t.obligor = bs
			}
		}
		if t.action == CeaseFire && len(c.subj) == 0 && sameRoots(t.obligor, b.ag.Parties) && partySides(b.ag.Parties) >= 3 {
			// "LONDON – After 14 weeks of talks ..., Britain, the Zimbabwe-Rhodesia
			// government and the Patriotic Front signed ...": the host of the talks
			// signs beside the sides at war, which alone stop fighting
			if h := b.hostRoot(); h != "" {
				rest := slices.DeleteFunc(slices.Clone(t.obligor), func(o string) bool { return Root(o) == h })
				if len(rest) < len(t.obligor) && partySides(rest) >= 2 {
					t.obligor = rest
				}
			}
		}
		if len(c.subj) == 0 && !c.pronoun && sameRoots(t.obligor, b.ag.Parties) && len(t.obligor) == len(b.ag.Parties) {
			// "An immediate bilateral ceasefire is to be ensured" in a deal a state signs
			// with its own armed groups and outside states: the sides of the war are bound
			if war := b.civilWarSides(); len(war) > 0 {
				t.obligor = war
			}
		}
		if len(c.subj) == 0 && !c.pronoun && (!c.group || lx.has("domestic", v.words, c.subjFrom, c.verb)) && (t.action == Other || t.action == Establish) && sameRoots(t.obligor, b.ag.Parties) &&
			len(actorRoots(t.obligor)) >= 2 && lx.has("domestic", v.words, c.subjFrom, c.to) {
			// "Elections to the provincial councils will be held before December",
			// "the curfew will be lifted": a state's own affairs bind the state they
			// take place in, not the other signers
			if h := b.domesticRoot(v); h != "" {
				t.obligor = slices.DeleteFunc(slices.Clone(t.obligor), func(o string) bool { return Root(o) != h })
			}
		}
		if t.action == Withdraw && c.passive && strings.TrimSpace(t.object) == "" {
			// "cases against cadres for crimes that are not heinous will be withdrawn":
			// the subject the relative clause hides is what is withdrawn
			for k := c.verb - 1; k >= max(0, c.verb-12); k-- {
				if w := v.word(k); w == ";" || w == "," && v.word(k+1) == "and" {
					break
				}
				if legalCase(v.word(k)) {
					t.object = v.span(body, k, min(c.verb, k+3))
					break
				}
			}
		}
		if o := strings.ToLower(t.object); t.action == Withdraw && legalCase(o) {
			// "withdraw the cases against the cadres": charges dropped, no troops
			// moved; "cases against the rebels are to be withdrawn" binds the other side
			t.action, t.object = Other, "withdrawal of "+t.object
			if others := slices.DeleteFunc(slices.Clone(b.ag.Parties), func(p string) bool { return slices.Contains(t.obligor, p) }); c.passive && len(others) > 0 {
				t.obligor = others
			}
		}
		if sends := t.action == Deploy && (v.word(c.verb) == "send" || v.word(c.verb) == "dispatch" || lx.has("oversee", v.words, c.verb, c.verb+1)); !sends && b.monitorOnly(lx, v, c, t.obligor) {
			// (a body sending its observers commits its own means: a deployment)
			continue // "the United Nations will chair a committee to monitor ...": a third party's oversight
		}
		or := actorRoots(t.obligor)
		t.beneficiary = slices.DeleteFunc(t.beneficiary, func(c string) bool {
			// a party of the obligor's root is no beneficiary of its own duty, unless
			// it is a party of its own ("the rebels" of a state bound to give them)
			return contains(or, Root(c)) && !(contains(b.ag.Parties, c) && !slices.ContainsFunc(t.obligor, func(o string) bool { return partyCode(o) == partyCode(c) }))
		})
		if len(t.obligor) == 0 {
			continue
		}
		own := c.from
		if k == 0 {
			own = ownStart(v, c.subjFrom)
		}
		t.deadline = readDeadline(lx, v, body, own, c.to)
		if w := v.word(c.verb); t.deadline != nil && (w == "start" || w == "begin") && c.to < len(v.words) && hasAny(v.words, c.to, min(len(v.words), c.to+6), "last", "rest", "them") {
			// "troops are to start leaving on April 15 and the last of them are to be
			// gone by May 30": the act is due when the last of it is done
			if end := readDeadline(lx, v, body, c.to, len(v.words)); end != nil && strings.HasPrefix(end.relative, "by ") && end.date > t.deadline.date {
				t.deadline = end
			}
		}
		if w := v.word(c.verb); t.deadline != nil && (w == "start" || w == "begin") && (strings.HasPrefix(t.deadline.relative, "on ") || strings.HasPrefix(t.deadline.relative, "from ")) {
			// "the troops will start leaving the valley on Monday": the day
			// the act begins is no day it is due by
			t.start, t.deadline = t.deadline, nil
		}
		if t.deadline != nil && t.deadline.anchor == "thatDate" {
			t.deadline.anchor, t.deadline.date = "absolute", b.lastDay(si)
		}
		if n := len(b.terms); t.deadline != nil && n > 0 && b.terms[n-1].si == si && b.terms[n-1].deadline == nil && completesAct(lx, v, c) {
			// "Troops will pull back ..., and the process is to be completed by the end
			// of the month": the completion dates the act before, no duty of its own
			b.terms[n-1].deadline = t.deadline
			continue
		}
		if n := len(b.terms); t.deadline != nil && k > 0 && n > 0 && sharesVerbPhrase(v, all[k-1], c) && b.terms[n-1].si == si && b.terms[n-1].deadline == nil &&
			b.terms[n-1].action != CeaseFire && b.terms[n-1].action != Prohibit {
			// "the government will pardon the rebels and free its captives within ten
			// days": the closing date binds both verbs
			d := *t.deadline
			b.terms[n-1].deadline = &d
		}
		if d := t.deadline; d != nil && d.bare && len(b.terms) > 0 && b.terms[len(b.terms)-1].si == si {
			// "within 30 days of that date, and ... within 120 days": the second
			// period counts from what the first one does
			if p := b.terms[len(b.terms)-1].deadline; p != nil && !p.bare && p.offset != (text.Offset{}) && p.anchor != "signing" {
				d.anchor, d.date, d.refWord, d.refVerb, d.ref = p.anchor, p.date, p.refWord, p.refVerb, p.ref
			}
		}
		if t.deadline == nil && hasWords(v.words, c.verb, c.to, "within", "that", "period") || hasWords(v.words, c.verb, c.to, "within", "the", "same") ||
			t.deadline == nil && (hasWords(v.words, c.verb, c.to, "over", "the", "same", "period") || hasWords(v.words, c.verb, c.to, "over", "that", "period")) {
			// "Rwanda will pull its troops out over the same period": the term before's deadline
			t.deadline = &deadlineAt{relative: "within that period", anchor: "prev"}
		}
		if w := v.word(c.verb + 3); t.deadline == nil && t.action == Withdraw && v.word(c.verb+1) == "with" && v.word(c.verb+2) == "the" &&
			(w == "troops" || w == "soldiers" || w == "forces" || w == "army") {
			// "Libya's civilian administrators would leave with the soldiers": by the
			// day the withdrawal of the forces is due
			t.deadline = &deadlineAt{relative: v.span(body, c.verb+1, c.verb+4), anchor: "action", ref: Withdraw}
		}
		if t.deadline == nil && c.while && len(b.terms) > 0 && b.terms[len(b.terms)-1].si == si {
			t.deadline = b.terms[len(b.terms)-1].deadline
		}
		if t.deadline == nil && pre != nil {
			d := *pre
			t.deadline = &d
		}
		if t.action == CeaseFire || t.action == Prohibit {
			t.start, t.deadline = t.deadline, nil
		}
		for k := c.verb + 1; k+4 < c.to; k++ {
			// "Israel is to hand back the town of Quneitra ..., with the pullback to be
			// completed within 20 days": the aside names the act the clause is
			if v.word(k) == "with" && v.word(k+1) == "the" && v.word(k+3) == "to" && v.word(k+4) == "be" {
				if p, m := lx.match("action", v.words, k+2); m == 1 && p.value != string(Other) && (t.action == Transfer || t.action == Other) {
					t.action = Action(p.value)
				}
				break
			}
		}
		t.readConditions(v, body, max(c.from, preEnd), c.to)
		t.conditions = append(slices.Clone(preTerm.conditions), t.conditions...)
		t.reciprocalPrev = preTerm.reciprocal
		t.follows = t.follows || preTerm.follows
		t.once = t.once || preTerm.once
		prevObl = t.obligor
		if t.object == "" && (t.action == Withdraw || t.action == Deploy) && len(c.subj) > 0 && c.subjNoun != "" {
			t.object = c.subjNoun // "Israeli troops will withdraw from ..."
		}
		if o := strings.ToLower(t.object); (o == "rest" || o == "remainder") && len(b.terms) > 0 {
			// "reduce its troops ..., and will withdraw the rest": the rest of those
			if prev := b.terms[len(b.terms)-1]; prev.object != "" {
				t.object = "remaining " + prev.object
				t.unit = prev.unit
				if len(c.subj) == 0 && !c.group && sameRoots(t.obligor, b.ag.Parties) && len(prev.obligor) > 0 {
					// "..., and the rest are to be gone by 1965": the rest of one side's
					// forces are that side's duty
					t.obligor, t.unnamed = slices.Clone(prev.obligor), false
				}
			}
		}
		if t.action == Other && k+1 < len(all) && all[k+1].subjFrom == c.subjFrom && !all[k+1].nominal && v.word(all[k+1].from) == "and" {
			if p, m := lx.match("action", v.words, all[k+1].verb); m > 0 && p.value == string(Disarm) {
				continue // "are to gather at assembly points and be demobilised": a step of the disarmament
			}
		}
		if t.action == Transfer && strings.TrimSpace(t.object) == "" && v.tag(c.verb) == "VBZ" && dealHead(lx, v, c.verb) {
			// "The text gives Albanian the status of an official language": a right
			// granted, no thing handed over
			t.action = Other
			t.object = v.span(body, c.verb+1, objectEnd(v, c.verb+2, c.to))
		}
		if obj := strings.Trim(t.object, " ,;:‘’'\""); t.action == Other && (obj == "" || obj == "but" || obj == "and" || obj == "or") {
			continue // an act with nothing it acts on ("will ..., but") is a misreading
		}
		if t.action == Other && kind == windowTerms && !v.bullet && !b.justStated(si) && !b.bridged(si) && !statedHere && !(c.passive && votes[c.subjNoun]) {
			// "Biden will travel to the region": near a deal, an act outside the
			// vocabulary is a term only when a cue or the sentence before says so
			continue
		}
		for _, s := range splitQuantities(v, body, t) {
			b.terms = append(b.terms, s)
			found++
		}
		if g, ok := b.gappedDuty(lx, v, t); ok {
			b.terms = append(b.terms, g)
			found++
		}
		// "Bozizé ... will not run again, and he is to name a prime minister": a
		// sentence that states a term of the vocabulary states its other acts too
		statedHere = statedHere || t.action != Other
		if r, ok := b.releaseInReturn(v, body, t); ok {
			b.terms = append(b.terms, r)
			found++
		}
	}
	if d := sharedDeadline(lx, v, body); d != nil {
		// "... to seek ceasefires ... and to declare an amnesty, all within 90 days":
		// the closing deadline binds every act of the sentence
		for k := len(b.terms) - found; k < len(b.terms); k++ {
			if t := &b.terms[k]; t.deadline == nil && t.action != CeaseFire && t.action != Prohibit {
				dd := *d
				t.deadline = &dd
			}
		}
	}
	if found == 0 && slices.ContainsFunc(all, func(c clause) bool { return !c.negated && !c.nominal }) && b.stated(si-1) {
		// "The two armies are to stay where they are.": a commitment not read between
		// terms does not end their run
		b.unread = append(b.unread, si)
	}
	return found
}

// watchers are the people a side sends to oversee a deal: "UN observers will verify
// the ceasefire" deploys them.
var watchers = map[string]bool{"observers": true, "monitors": true, "peacekeepers": true, "inspectors": true, "troops": true, "soldiers": true}

// guarantorNouns name a deal's guarantors as a subject ("the guarantors", "the
// mediators").
var guarantorNouns = map[string]bool{"guarantors": true, "mediators": true, "guarantor": true, "mediator": true}

// guarantorsNamed reports whether the clause's subject is the deal's guarantors by
// that word alone ("The guarantors will dispatch ..."), the deal having some and the
// coder naming no actor in the subject.
// norSubject returns the actors that open the sentence before si when clause c of v
// opens with "Nor" and a pronoun ("Austria may not ... . Nor may it ..."): the
// pronoun is that sentence's subject. nil otherwise.
func (b *building) norSubject(v *sent, c clause, si int) []string {
	if v.word(c.from) != "nor" || si == 0 || si > len(b.vs) {
		return nil
	}
	prev := &b.vs[si-1]
	var out []string
	for _, a := range prev.actors {
		if a.tok == prev.first && a.Code != "" && !a.Place {
			out = addCode(out, a.Code)
		}
	}
	return out
}

func (b *building) guarantorsNamed(c clause) bool {
	return len(c.subj) == 0 && guarantorNouns[c.subjNoun] && len(b.ag.Guarantors) > 0
}

// sharesVerbPhrase reports whether clause c is a second verb of prev's subject joined
// by a bare "and" ("will pardon the rebels and free ..."), not a clause of its own.
func sharesVerbPhrase(v *sent, prev, c clause) bool {
	return c.subjFrom == prev.subjFrom && !c.nominal && !prev.nominal && v.word(c.from) == "and" && v.word(c.from-1) != "," && c.verb == c.from+1
}

// pollVoted returns where the poll a clause's subject is to vote in begins ("will
// vote in a separate referendum": "referendum"), 0 when the verb is no vote in a poll.
func pollVoted(v *sent, c clause) int {
	if w := v.word(c.verb); c.passive || w != "vote" && w != "votes" || v.word(c.verb+1) != "in" {
		return 0
	}
	for k := c.verb + 2; k < min(c.to, c.verb+6); k++ {
		if votes[v.word(k)] {
			return k
		}
		if !determiners[v.word(k)] && !strings.HasPrefix(v.tag(k), "JJ") {
			return 0
		}
	}
	return 0
}

// votes are the polls a deal schedules: "elections will be held in June" near a deal
// is one of its terms, whatever the sentence before it told.
var votes = map[string]bool{"election": true, "elections": true, "referendum": true, "referendums": true, "polls": true, "plebiscite": true}

// handedTo are the participles of a passive handover whose "to" names who gets
// what is handed ("control of the towns will be handed to the Palestinian
// police"): the parties other than the receiver give it.
var handedTo = map[string]bool{"handed": true, "transferred": true, "ceded": true, "given": true}

// ownStart returns where the first clause's own words begin: after the last ", and",
// ", but" or ";" before its subject at from, 0 when none. A date before it is another
// clause's ("Saleh signed the plan on Wednesday, and under it he will transfer ...
// within 30 days"); a phrase opening the clause still binds it ("Within 72 hours of
// the withdrawal, Hamas will ...").
func ownStart(v *sent, from int) int {
	for k := min(from, len(v.words)-1); k > 0; k-- {
		if w := v.words[k]; w == ";" || v.words[k-1] == "," && (w == "and" || w == "but") {
			return k + 1
		}
	}
	return 0
}

// sharedDeadline returns the deadline a sentence closes with after ", all" or ",
// both" ("..., all within 90 days"), nil when it closes with none.
func sharedDeadline(lx *lexicon, v *sent, body string) *deadlineAt {
	for i := 1; i+1 < len(v.words); i++ {
		if w := v.word(i); v.word(i-1) == "," && (w == "all" || w == "both") && !strings.HasPrefix(v.tag(i+1), "NN") && !strings.HasPrefix(v.tag(i+1), "JJ") && v.word(i+1) != "the" {
			return readDeadline(lx, v, body, i+1, len(v.words))
		}
	}
	return nil
}

// readClause reads the act of clause c: its verb, or for a subject naming an act
// ("Talks on the second phase are to begin"), that act.
func (b *building) readClause(lx *lexicon, v *sent, body string, c clause) (term, bool) {
	if c.nominal {
		t, ok := readTerm(lx, v, body, c)
		if !ok {
			return t, false
		}
		j := c.verb
		_, n := lx.match("action", v.words, j)
		// "the exchange of 5,000 prisoners", "a halt to all operations"
		k := j + n
		if w := v.word(k); w == "of" || w == "to" || w == "on" || w == "from" {
			k++
		}
		t.objFrom, t.object = objectAfter(lx, v, body, k, c.to)
		if t.object == "" || t.action == Establish && n == 1 && strings.HasPrefix(v.tag(j), "NN") && v.word(j+1) != "of" {
			t.object = nounPhraseEnding(v, body, j) // "a sovereign council of 11 members"
		}
		if q := v.word(j - 1); t.action != Establish && n == 1 && (v.tag(j-1) == "CD" || v.tag(j-2) == "CD" && v.tag(j-1) == "JJ") && q != "" {
			t.object = nounPhraseEnding(v, body, j) // "Two commercial flights a week"
		}
		if t.action == CeaseFire && (t.object == "" || n > 1) {
			t.object = "hostilities"
		}
		if v.word(j) == "merger" {
			// "the merger of the government army and the rebel forces into a single
			// national army": what the merger forms
			for k := j + 1; k < min(c.to, j+15); k++ {
				if v.word(k) == "into" {
					if from, o := objectAfter(lx, v, body, k+1, c.to); o != "" {
						t.objFrom, t.object = from, o
					}
					break
				}
			}
		}
		// the actor doing it: "US withdrawal", "disarmament of Tigrayan forces"
		for _, a := range v.actors {
			if a.Code == "" || a.Place {
				continue
			}
			if a.end == j || a.end == j-1 && v.tag(j-1) == "JJ" {
				t.obligor = addCode(t.obligor, a.Code)
			}
			if (t.action == Withdraw || t.action == Disarm) && a.tok >= j+n && a.tok <= j+n+2 && v.word(j+n) == "of" {
				t.obligor = addCode(t.obligor, a.Code)
			}
		}
		if t.action == Exchange && len(t.obligor) == 0 {
			t.obligor = exchangedSides(v, t.objFrom, c.to)
		}
		if c.from > 0 && (v.word(c.from) == "aiming" || v.word(c.from-1) == "aiming" || hasAim(v, c.from)) {
			t.aim = true
		}
		t.readQuantities(v, clause{to: c.to}, c.from)
		return t, true
	}
	if (gains[v.word(c.verb)] || receivesPay(v, c)) && !c.passive && !c.negated {
		return b.gainTerm(lx, v, body, c), true
	}
	if w := v.word(c.verb); (w == "hold" || w == "holds") && !c.passive && !c.negated && lx.has("post", v.words, c.verb+1, min(c.to, c.verb+6)) && c.subjFrom < c.verb {
		// "the rebels will hold four cabinet posts": a share of the posts, given by
		// the other side
		t := b.gainTerm(lx, v, body, c)
		t.action = Transfer
		return t, true
	}
	if c.subjNoun != "" && !c.nominal {
		// "A committee led by the United States ... will monitor compliance": the deal
		// sets up the body
		w0 := v.word(c.subjFrom)
		newBody := (w0 == "a" || w0 == "an") && v.word(c.subjFrom+1) == "new" && len(c.subj) == 0 && !c.passive
		p, n := lx.match("action", []string{c.subjNoun}, 0)
		// bodies the deal creates may come bare and plural: "Executive committees will
		// work to apply the agreement"
		one, plural := strings.CutSuffix(c.subjNoun, "s")
		if n == 0 && plural {
			p, n = lx.match("action", []string{one}, 0)
		}
		bare := plural && n > 0 && len(c.subj) == 0 && !determiners[v.word(c.subjFrom)] && v.tag(c.subjFrom) != "PRP$" && v.tag(c.subjFrom) != "DT" && !c.passive
		if newBody || n > 0 && p.value == string(Establish) && !c.passive {
			// a body the deal creates is introduced with "a": "A committee ... will
			// monitor", "A Special Jurisdiction for Peace will try crimes"
			_, k := lx.match("oversee", v.words, c.verb)
			w := v.word(c.subjFrom)
			if fresh := w == "a" || w == "an" || bare || hasAny(v.words, c.subjFrom, c.verb, "joint", "new"); fresh && (k > 0 || w == "a" || w == "an" || bare) {
				i := c.subjFrom
				for i < c.verb && v.word(i) != c.subjNoun {
					i++
				}
				t := term{cl: c, action: Establish, object: nounPhraseEnding(v, body, i)}
				if newBody {
					// "A new national army of 30,000 men ... will replace them": the deal
					// forms it, of that size
					t.readQuantities(v, clause{to: subjectEnd(v, c.subjFrom, c.verb)}, c.subjFrom)
				}
				joint := hasAny(v.words, c.subjFrom, c.verb, "joint", "mixed")
				as := slices.DeleteFunc(v.actorsIn(c.subjFrom, c.verb), func(a actorAt) bool {
					// "with a UN chairman": who chairs it, not who forms it; "A joint
					// committee, with the United States taking part,": the sides' own
					// body, an outsider sitting in it (one that leads a body is in it
					// with those taking part: "A committee led by X, with Y taking part")
					return inPhraseAside(v, c.subjFrom, c.verb, a.tok) || joint && inAside(v, c.subjFrom, a.tok)
				})
				for _, a := range as {
					t.obligor = addCode(t.obligor, a.Code)
				}
				composed := len(as) > 0 && (v.word(as[0].tok-1) == "of" || hasAny(v.words, c.subjFrom, as[0].tok, "made", "composed", "consisting"))
				if pr := actorRoots(b.ag.Parties); k > 0 && composed && len(t.obligor) > 0 && len(pr) > 0 && !slices.ContainsFunc(t.obligor, func(o string) bool { return contains(pr, Root(o)) }) {
					return term{}, false // "A commission made up of Sweden, ... will oversee the truce": outsiders' oversight
				}
				return t, true
			}
		}
	}
	if len(c.subj) == 0 && c.subjFrom > v.first+1 && v.word(c.subjFrom-1) == "," && !startVerbs[c.subjNoun] {
		// "Indirect talks on the harder questions, a seaport and an airport ..., are to
		// begin": the act the sentence opens with, before the list that spells it out
		if h := headNoun(v, v.first, c.subjFrom-1); h != "" && !hasTag(v, v.first, c.subjFrom-1, "VBD") && len(v.actorsIn(v.first, c.subjFrom)) == 0 {
			if p, n := lx.match("action", []string{h}, 0); n > 0 && p.value == string(Negotiate) {
				c.subjFrom, c.subjNoun = v.first, h
			}
		}
	}
	if (len(c.subj) == 0 || c.passive && onlyInPhrase(v, c)) && (!c.group || c.passive) && c.subjNoun != "" {
		// "Talks will begin ...", "meetings between the two armies' commanders are to be
		// held ...": the act the subject names
		p, n := lx.match("action", []string{c.subjNoun}, 0)
		if n == 0 {
			// "a transitional authority is to take power": a body named by two words
			for i := c.subjFrom + 1; i < c.verb; i++ {
				if v.word(i) == c.subjNoun {
					if q, m := lx.match("action", v.words, i-1); m == 2 {
						p, n = q, m
					}
					break
				}
			}
		}
		if n > 0 && (startVerbs[v.word(c.verb)] || c.passive || takesEffect(v, c.verb)) {
			t := term{cl: c, action: Action(p.value)}
			if t.action == Establish && undoes[v.word(c.verb)] {
				t.action = Other // "The joint council is to be dissolved": a body undone is not set up
			}
			if v.word(c.subjFrom) == "no" || v.word(c.subjFrom+1) == "no" {
				t.action = Prohibit // "no reinforcements are to be sent"
			}
			i := c.subjFrom
			for i < c.verb && v.word(i) != c.subjNoun {
				i++
			}
			k := i + 1
			if w := v.word(k); w == "on" || w == "of" {
				k++
			}
			t.objFrom, t.object = objectAfter(lx, v, body, k, c.verb)
			if t.object == "" || t.action == Establish || strings.HasPrefix(v.tag(k), "VB") {
				t.object = nounPhraseEnding(v, body, i) // "negotiations led by ...": the act itself
			}
			t.readQuantities(v, clause{to: c.verb}, c.subjFrom)
			for _, a := range v.actorsIn(c.subjFrom, c.to) {
				if v.word(a.tok-1) == "between" || v.word(a.tok-1) == "and" || v.word(a.tok-2) == "between" {
					t.obligor = addCode(t.obligor, a.Code)
				}
			}
			return t, true
		}
		if w := v.word(c.verb); !c.passive && (w == "reopen" || w == "open") && contains(passageWays, c.subjNoun) && len(v.actorsIn(c.subjFrom, c.verb)) == 0 && objectEnd(v, c.verb+1, c.to) <= c.verb+1 {
			// "the checkpoints shut since 2021 would reopen": the parties let people
			// and goods through
			t := term{cl: c, action: Allow}
			t.objFrom, t.object = objectAfter(lx, v, body, c.subjFrom, c.verb)
			return t, t.object != ""
		}
		if k := pollVoted(v, c); k > 0 {
			// "the islanders will vote in a referendum on autonomy": the poll the
			// deal schedules, whoever votes in it
			t := term{cl: c, action: Other, obligor: slices.Clone(b.ag.Parties)}
			t.objFrom, t.object = k, v.span(body, k, objectEnd(v, k, c.to))
			if w := v.word(k + 1); t.object != "" && (w == "on" || w == "in") && v.word(k+2) != "whether" {
				t.object = v.span(body, k, objectEnd(v, k+2, c.to)) // "a referendum on independence"
			}
			return t, t.object != ""
		}
		owner := c.subjFrom
		if w := v.word(owner); w == "and" || w == "," {
			owner++ // "..., and their Red Cross societies will hold a meeting"
		}
		if !c.passive && len(b.partiesByRole(lx, v, c)) == 0 && len(b.countedParties(v, c)) == 0 && !b.guarantorsNamed(c) && !(c.pronoun && (v.word(owner) == "their" || v.word(owner) == "its")) && !lx.has("hostile", v.words, c.subjFrom, min(c.verb, c.subjFrom+4)) {
			return term{}, false // "all firing is to stop" names the act stopped
		}
	}
	if !c.passive && len(c.subj) > 0 && watchers[c.subjNoun] && lx.has("oversee", v.words, c.verb, c.verb+1) {
		// "observers of the regional bloc will verify the truce": the
		// observers' sender deploys them (a team or mission that oversees is a body
		// of its own)
		end := subjectEnd(v, c.subjFrom, c.verb)
		for k := c.subjFrom; k < end; k++ {
			if v.word(k) == "," {
				end = k // "observers, already in the country to ...,": the aside is no part of them
			}
		}
		from := c.subjFrom
		if w := v.word(from); w == "and" || w == "," {
			from++ // "..., and military observers of the OAS will watch the border"
		}
		t := term{cl: c, action: Deploy, objFrom: from, object: v.span(body, from, end)}
		t.readQuantities(v, clause{to: end}, c.subjFrom)
		return t, true
	}
	t, ok := readTerm(lx, v, body, c)
	if !ok {
		return t, false
	}
	if c.passive && runBy(v, c.verb, c.to) == 0 && !(t.action == Establish && newBodyAfter(lx, v, c.verb+1, c.to) > 0) { // a body that runs the subject, or that it goes into, is the object
		from := c.subjFrom
		if w := v.word(from); w == "and" || w == "," {
			from++ // "..., and ships will be inspected"
		}
		if v.word(c.from) == "with" && c.from > c.subjFrom {
			from = c.from + 1 // ", with the first 3,000 gone by April 1": the part that goes
		}
		if capSubject(v, from, c.verb) {
			from += 3 // "No more than 300 launchers are allowed": the figure, then what it caps
		}
		t.objFrom, t.object = objectAfter(lx, v, body, from, c.verb)
		end, _, _ := lx.find("modal", v.words, c.subjFrom, c.verb)
		if end < 0 {
			end = subjectEnd(v, c.subjFrom, c.verb)
		}
		if k := nounListStart(v, c.subjFrom, c.verb); k < c.subjFrom || nounsJoined(v, t.objFrom, end) {
			// "Production, mixing and filling equipment", "Indian and Pakistani forces"
			t.objFrom, t.object = min(k, t.objFrom), v.span(body, min(k, t.objFrom), end)
		}
		t.readQuantities(v, clause{to: subjectEnd(v, from, c.verb)}, from)
		if t.action == Other && destroys[v.word(c.verb)] && weaponHead(t.object) {
			t.action = Disarm // "Intermediate-range missiles ... must be destroyed by both countries"
		}
		if t.action == Transfer && strings.HasPrefix(v.word(c.verb), "mov") && meansOfWar(strings.ToLower(v.span(body, c.subjFrom, c.verb))) {
			t.action = Withdraw // "Both sides' heavy weapons are to be moved to camps"
		}
		if t.action == Release && strings.HasPrefix(v.word(c.verb), "return") && t.object != "" && !lx.has("captive", v.words, c.subjFrom, c.verb) {
			// "The Aghdam district is to be returned to Azerbaijan": what is handed
			// back is no captive, so it is a transfer
			t.action = Transfer
		}
		if t.action == Allow || t.action == Release && t.object == "" {
			_, t.object = objectAfter(lx, v, body, c.verb+2, c.to)
			if t.object == "" {
				t.object = v.span(body, c.verb+2, min(c.to, c.verb+4))
			}
		}
	}
	if !c.passive && !c.nominal && t.action == Deploy && len(c.subj) > 0 && (t.object == "" || t.objFrom == c.verb+1 && (placePreps[v.word(c.verb+1)] || v.word(c.verb+1) == "along")) {
		// "Russian peacekeepers – 1,960 troops ... – will deploy along the line":
		// what deploys is the subject, with the count it gives
		end := subjectEnd(v, c.subjFrom, c.verb)
		k := c.subjFrom + 1
		for k < end && v.word(k) != "–" && v.word(k) != "—" && v.word(k) != "," {
			k++
		}
		t.objFrom, t.object = c.subjFrom, v.span(body, c.subjFrom, k)
		if t.qty == nil {
			t.readQuantities(v, clause{to: end}, c.subjFrom)
		}
	}
	if own := t.action == Withdraw || t.action == Deploy || t.action == Disarm || t.action == Reduce; own && t.qty == nil && !c.nominal {
		// "Cuba's force of about 50,000 troops is to leave Angola", ", with the first
		// 3,000 gone by April 1": the subject counts the forces that leave
		from := max(c.subjFrom, c.from)
		if v.word(c.from) == "with" {
			from = c.from + 1
		}
		t.readQuantities(v, clause{to: subjectEnd(v, from, c.verb)}, from)
	}
	if t.action == Allow && t.unit == "usd" && !c.passive {
		// "will let Iran reach $4.2 billion of its frozen revenue": money released to
		// the side let have it is handed over
		t.action = Transfer
		for _, a := range v.actorsIn(c.verb+1, min(c.to, c.verb+3)) {
			t.beneficiary = addCode(t.beneficiary, a.Code)
		}
		for _, q := range v.qty {
			if q.Tok > c.verb && q.Tok < c.to && q.Unit == "usd" {
				k := q.TokEnd
				if v.word(k) == "of" {
					k++
				}
				if from, o := objectAfter(lx, v, body, k, c.to); o != "" {
					t.objFrom, t.object = from, o // "$4.2 billion of its oil revenue"
				}
				break
			}
		}
	}
	if t.action == Withdraw && v.word(c.verb) == "lift" && strings.Contains(strings.ToLower(t.object), "sanction") {
		t.action = Other
	}
	return t, true
}

func hasAim(v *sent, i int) bool {
	for k := max(0, i-6); k < i; k++ {
		if v.word(k) == "aiming" || v.word(k) == "aimed" || v.word(k) == "aims" {
			return true
		}
	}
	return false
}

func hasWords(words []string, from, to int, seq ...string) bool {
	for i := max(from, 0); i+len(seq) <= min(to, len(words)); i++ {
		if slices.Equal(words[i:i+len(seq)], seq) {
			return true
		}
	}
	return false
}

// splitQuantities makes one term per counted object when a clause lists two ("free 250
// prisoners ... and about 1,700 people"), else returns t.
func splitQuantities(v *sent, body string, t term) []term {
	if t.from != nil || t.qty == nil {
		return []term{t}
	}
	if gains[v.word(t.cl.verb)] {
		return splitGains(v, body, t)
	}
	var qs []int
	for i, q := range v.qty {
		if q.Tok >= t.cl.verb && q.Tok < t.cl.to && !durations[q.Unit] && q.Unit != "" {
			qs = append(qs, i)
		}
	}
	if len(qs) != 2 || !hasWords(v.words, v.qty[qs[0]].TokEnd, v.qty[qs[1]].Tok, "and") {
		return []term{t}
	}
	var out []term
	for n, i := range qs {
		q := v.qty[i]
		s := t
		val := q.Value
		s.qty = &val
		s.unit = q.Unit
		end := q.TokEnd
		if n == 0 {
			end = objectEnd(v, q.Tok+1, v.qty[qs[1]].Tok)
		}
		s.object = q.Unit
		if obj := v.span(body, q.Tok+1, max(end, q.Tok+2)); obj != "" && n == 0 {
			s.object = obj
		}
		out = append(out, s)
	}
	return out
}

// nounPhraseEnding returns the noun phrase whose head is token i, with the adjectives
// and nouns before it ("transitional legislative council").
func nounPhraseEnding(v *sent, body string, i int) string {
	j := i
	for j > 0 {
		t := v.tag(j - 1)
		if t != "JJ" && t != "NN" && t != "NNP" && t != "VBN" && t != "NNS" || determiners[v.word(j-1)] {
			break
		}
		j--
	}
	return v.span(body, j, i+1)
}

// compassParty returns the party a subject [from, end) names by the compass word of
// its name ("The North" of a deal whose parties the article calls North Korea and
// South Korea), "" when the subject is no such word or the word fits no party or
// several.
func (b *building) compassParty(v *sent, from, end int) string {
	w := v.word(from + 1)
	if from+2 < end && v.tag(from+2) != "MD" && v.tag(from+2) != "TO" || from+2 > end || v.word(from) != "the" || w != "north" && w != "south" && w != "east" && w != "west" || v.tag(from+1) != "NNP" {
		return ""
	}
	prefix := strings.ToUpper(w[:1]) + w[1:] + " "
	found := ""
	for _, p := range b.ag.Parties {
		if !slices.ContainsFunc(b.src.Mentions, func(m event.Mention) bool {
			return m.Code != "" && Root(m.Code) == Root(p) && strings.HasPrefix(m.Name, prefix)
		}) {
			continue
		}
		if found != "" {
			return ""
		}
		found = p
	}
	return found
}

// partiesByRole returns the party a subject names by its role when the coder named no
// actor: "the federal government" is the state party, "the rebels" the other one.
func (b *building) partiesByRole(lx *lexicon, v *sent, c clause) []string {
	from, end := c.subjFrom, c.verb
	aside := func(k int) bool {
		n := v.word(k + 1)
		return v.word(k) == "," && (v.tag(k+1) == "VBN" || v.tag(k+1) == "VBD" || v.tag(k+1) == "VBG" || n == "which" || n == "who" || n == "including")
	}
	if aside(from - 1) {
		// "Mixed units, made up of soldiers and former fighters, are to ...": the
		// participial or relative aside names no one bound
		from = end
	}
	for k := from; k < end-1; k++ {
		if aside(k) {
			end = k
			break
		}
	}
	if p := b.compassParty(v, from, end); p != "" {
		return []string{p} // "The South will stop all loudspeaker broadcasts"
	}
	if hasWords(v.words, from, end, "each", "other") && partySides(b.ag.Parties) >= 2 {
		// "troops facing each other in the valley would disengage": the forces of
		// both sides
		return slices.Clone(b.ag.Parties)
	}
	state := lx.has("state", v.words, from, end)
	nonstate := lx.has("nonstate", v.words, from, end)
	if state && (nonstate || hasAny(v.words, from, end, "rebel", "separatist")) && contains(v.words[from:end], "and") {
		// "Government and rebel forces are to pull back" in a plan two outside powers
		// agreed: the sides at war
		if bs := b.belligerents(lx); len(bs) >= 2 && disjointRoots(bs, b.ag.Parties) {
			return bs
		}
	}
	if !state && !nonstate {
		return nil
	}
	if state && nonstate {
		// "Government troops and the rebels will form ...": both sides, when the
		// deal has one of each
		var st, ns []string
		for _, p := range b.ag.Parties {
			if len(p) == 3 || strings.HasSuffix(p, "GOV") || strings.HasSuffix(p, "MIL") {
				st = append(st, p)
			} else {
				ns = append(ns, p)
			}
		}
		if len(st) != 1 || len(ns) != 1 || !contains(v.words[from:end], "and") {
			return nil
		}
		return slices.Clone(b.ag.Parties)
	}
	var out []string
	for _, p := range b.ag.Parties {
		isState := len(p) == 3 || strings.HasSuffix(p, "GOV") || strings.HasSuffix(p, "MIL")
		if isState == state {
			out = append(out, p)
		}
	}
	if len(out) == 0 && nonstate {
		// "Opposition fighters must withdraw ..." in a deal between two states: the
		// armed group the article names
		if rs := b.namedRebels(); len(rs) > 0 {
			return rs
		}
		// "The opposition was to form a government" in a deal only its state is named
		// in: that state's opposition (or armed group)
		if rs := actorRoots(b.ag.Parties); len(rs) == 1 && len(rs[0]) == 3 {
			if hasAny(v.words, from, end, "opposition") {
				return []string{rs[0] + "OPP"}
			}
			return []string{rs[0] + "REB"}
		}
		return nil
	}
	if len(out) >= 2 && hasAny(v.words, from, end, "both", "two", "each") {
		return out // "Both parliaments are to ratify the treaty": each state's
	}
	if len(out) != 1 {
		return nil
	}
	return out
}

// namedRebels returns the first armed group (a code ending REB) the article names that
// is no party of the deal, nil when none.
func (b *building) namedRebels() []string {
	for k := range b.vs {
		for _, a := range b.vs[k].actorsIn(0, len(b.vs[k].words)) {
			if strings.HasSuffix(a.Code, "REB") && !contains(b.ag.Parties, a.Code) {
				return []string{a.Code}
			}
		}
	}
	return nil
}

// justStated reports whether the sentence before si stated terms of this agreement or
// concluded it.
func (b *building) justStated(si int) bool {
	return b.stated(si - 1)
}

// bridged reports whether the sentence before si is one commitment not read right after
// a sentence of terms: a run of terms goes on past it.
func (b *building) bridged(si int) bool {
	return si >= 2 && slices.Contains(b.unread, si-1) && b.stated(si-2) && b.vs[si-1].para == b.vs[si].para
}

// stated reports whether sentence si stated terms of this agreement or concluded it.
func (b *building) stated(si int) bool {
	if b.hasDeal(si) {
		return true
	}
	for _, t := range b.terms {
		if t.si == si {
			return true
		}
	}
	return false
}

// dateSetFor reads "set August 18 as the date for signing a comprehensive peace
// agreement" (or "as the deadline for reaching ..."): the parties are to conclude the
// further deal by that date.
func (b *building) dateSetFor(lx *lexicon, v *sent, si int, body string) (term, bool) {
	for i, w := range v.words {
		if w != "set" && w != "sets" && w != "fixed" {
			continue
		}
		for _, dm := range v.dates {
			day := dayDate(dm)
			if dm.Tok != i+1 || day == "" {
				continue
			}
			k := dm.TokEnd
			if v.word(k) != "as" || v.word(k+1) != "the" || (v.word(k+2) != "date" && v.word(k+2) != "deadline") || v.word(k+3) != "for" {
				continue
			}
			if !lx.has("deal", v.words, k+4, min(len(v.words), k+10)) {
				continue
			}
			j := k + 5 // after the gerund ("signing", "reaching")
			_, obj := objectAfter(lx, v, body, j, len(v.words))
			t := term{si: si, action: Negotiate, object: obj, obligor: slices.Clone(b.ag.Parties),
				deadline: &deadlineAt{relative: "by " + dm.Text, date: day, anchor: "absolute"}}
			t.cl = clause{from: i, subjFrom: i, verb: i, to: len(v.words)}
			return t, len(t.obligor) > 0
		}
	}
	return term{}, false
}

// otherThanPlace returns the parties not of the country of the place an entry goes
// "into" in clause c, nil when there is no such place or no other party.
func (b *building) otherThanPlace(v *sent, c clause) []string {
	for _, a := range v.actors {
		if !a.Place || a.Country == "" || a.tok < c.verb || a.tok >= c.to || v.word(a.tok-1) != "into" {
			continue
		}
		if out, ok := b.partiesBesides(a.Country); ok {
			return out
		}
	}
	return nil
}

// partiesBesides returns the parties not of country, and whether any party is of it.
func (b *building) partiesBesides(country string) ([]string, bool) {
	var out []string
	for _, p := range b.ag.Parties {
		if Root(p) != country {
			out = append(out, p)
		}
	}
	return out, len(out) < len(b.ag.Parties)
}

// otherThanLeft returns the parties not of the country of the place a withdrawal in
// clause c leaves ("a pullback from rural areas of the West Bank", "from the Kashmir
// valley"), the place named within six words after "from"; nil when there is none or
// every party is of that country.
func (b *building) otherThanLeft(v *sent, c clause) []string {
	for k := c.subjFrom; k < c.to; k++ {
		if v.word(k) != "from" {
			continue
		}
		for _, a := range v.actors {
			if !a.Place || a.Country == "" || a.tok <= k || a.tok >= min(c.to, k+7) {
				continue
			}
			if out, ok := b.partiesBesides(a.Country); ok {
				return out
			}
			return nil
		}
		return nil
	}
	return nil
}

// recentActors returns the sources of the latest coded event of act a (by its CAMEO
// code, data/lexicon.tsv kind cameo) in sentence si or the two before it; nil when
// none, or when the act is not one a single side does.
func (b *building) recentActors(lx *lexicon, si int, a Action) []string {
	for k := si; k >= max(0, si-2); k-- {
		v := &b.vs[k]
		for j := len(v.events) - 1; j >= 0; j-- {
			e := v.events[j]
			if p, n := lx.match("cameo", []string{e.Cameo}, 0); n == 0 || Action(p.value) != a || len(e.Source) == 0 || e.Modality != "asserted" {
				continue
			}
			var out []string
			for _, s := range e.Source {
				out = addCode(out, s.Code)
			}
			return out
		}
	}
	return nil
}

// foreignActors returns the countries or groups sentence v names that are not
// parties, mediators or witnesses of the deal.
func (b *building) foreignActors(v *sent) []string {
	pr := actorRoots(b.ag.Parties)
	var out []string
	for _, a := range v.actorsIn(0, len(v.words)) {
		r := Root(a.Code)
		if contains(pr, r) || contains(actorRoots(b.ag.Guarantors), r) || contains(actorRoots(b.ag.Witnesses), r) {
			continue
		}
		out = addCode(out, a.Code)
	}
	return out
}

// exchangedSides returns the sides whose people an exchange trades ("5,000 Taliban
// prisoners for 1,000 captured Afghan security forces"), when the object names two or
// more: each side frees the other's people, and a state's forces stand for their
// government. Nil when fewer than two sides are named.
func exchangedSides(v *sent, from, to int) []string {
	var out []string
	for _, a := range v.actorsIn(from, to) {
		code := a.Code
		if r := Root(code); r != code && len(r) == 3 && stateForces[code[3:]] {
			code = r + "GOV"
		}
		out = addCode(out, code)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// stateForces are the role codes of a state's armed and security forces.
var stateForces = map[string]bool{"MIL": true, "SEC": true, "COP": true, "SPY": true, "GOV": true}

// subjectEnd returns where the subject starting at from ends: at its first modal or
// verb ("the guerrillas will move to 23 zones before being disarmed": the guerrillas),
// else at verb.
func subjectEnd(v *sent, from, verb int) int {
	for k := from; k < verb; k++ {
		if t := v.tag(k); t == "MD" || strings.HasPrefix(t, "VB") {
			return k
		}
	}
	return verb
}

// monitorOnly reports whether clause c only gives an international body that is no
// party of the deal a role in overseeing it ("the United Nations will chair a committee
// to monitor the redeployment"): no duty of the parties.
func (b *building) monitorOnly(lx *lexicon, v *sent, c clause, obligor []string) bool {
	if len(obligor) == 0 || !lx.has("oversee", v.words, c.verb, c.to) {
		return false
	}
	pr := actorRoots(b.ag.Parties)
	for _, o := range obligor {
		if contains(pr, Root(o)) || !strings.HasPrefix(o, "IGO") && !strings.HasPrefix(o, "NGO") {
			return false
		}
	}
	return true
}

// onlyInPhrase reports whether every actor of clause c's subject stands inside a
// prepositional or participial phrase ("negotiations led by Pompeo"), so that the
// subject's head is an act, not an actor.
func onlyInPhrase(v *sent, c clause) bool {
	for _, a := range c.subj {
		if !hasAny(v.words, c.subjFrom, a.tok, "by", "between", "of", "with") {
			return false
		}
	}
	return len(c.subj) > 0
}

// ownAct reports whether a passive clause's subject actors do the act to their own
// people or means ("Indian and Pakistani forces shall be withdrawn", "US military
// operations must be carried out"), so that they are bound; a subject released,
// exchanged or handed over ("Palestinian prisoners will be released") is the other
// side's duty.
func ownAct(lx *lexicon, v *sent, c clause, a Action) bool {
	switch a {
	case Withdraw, Reduce, Deploy, Disarm:
		return true
	case Other:
		// the actor names whose act the subject's head is: "US military operations"
		for _, s := range c.subj {
			if len(s.Code) == 6 && stateForces[s.Code[3:]] && s.Code[3:] != "GOV" {
				return true // "Serbia's police and security structures ... are to be dismantled"
			}
			if lx.has("hostile", v.words, s.end, s.end+1) && headNoun(v, c.subjFrom, c.verb) == v.word(s.end) {
				return true
			}
			k := s.end
			if v.word(k) == "'s" {
				k++
			}
			if k < c.verb && meansOfWar(strings.Join(v.words[k:subjectEnd(v, k, c.verb)], " ")) {
				return true // "Slovenia's territorial defence units", "the Slovene units are to be deactivated"
			}
		}
	}
	return false
}

// prevPoint returns the obligor of the last term read from the list point just
// before si, nil when the sentence before is no point of a list or stated none.
func (b *building) prevPoint(si int) []string {
	if si == 0 || !b.vs[si-1].bullet || len(b.terms) == 0 {
		return nil
	}
	if t := b.terms[len(b.terms)-1]; t.si == si-1 || t.si == si {
		return slices.Clone(t.obligor)
	}
	return nil
}

// nounListStart returns where a subject starting at from begins when the words
// before it are the first items of a list of nouns ("Production, mixing and filling
// equipment is to be destroyed"), from when they are not.
func nounListStart(v *sent, from, verb int) int {
	if !hasAny(v.words, from, verb, "and", "or") {
		return from
	}
	start := from
	for v.word(start-1) == "," {
		p := start - 1
		for p > 0 && (strings.HasPrefix(v.tag(p-1), "NN") || strings.HasPrefix(v.tag(p-1), "JJ")) && v.word(p-1) != "," {
			p--
		}
		if p == start-1 || p > v.first && !contains([]string{",", ":", ";"}, v.word(p-1)) {
			break
		}
		if len(v.actorsIn(p, start-1)) > 0 {
			break
		}
		start = p
		if p == v.first || v.word(p-1) != "," {
			break
		}
	}
	return start
}

// nounsJoined reports whether tokens [i, j) are nouns and adjectives joined by "and"
// or "or" ("Indian and Pakistani forces", "land, sea and air").
func nounsJoined(v *sent, i, j int) bool {
	joined := false
	for k := i; k < j; k++ {
		switch t := v.tag(k); {
		case v.word(k) == "and" || v.word(k) == "or" || v.word(k) == ",":
			joined = joined || v.word(k) != ","
		case !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ"):
			return false
		}
	}
	return joined && j > i
}

// gains are the verbs by which a subject gets something the deal gives it.
// undoes are participles that end a body: its subject is no body the deal sets up.
var undoes = map[string]bool{"dissolved": true, "abolished": true, "scrapped": true, "closed": true, "wound": true, "merged": true}

var gains = map[string]bool{"get": true, "gets": true, "gain": true, "gains": true, "obtain": true, "obtains": true}

// payNouns are what a side is paid.
var payNouns = []string{"payments", "payment", "compensation", "pensions", "stipends", "allowances"}

// receivesPay reports whether clause c's subject receives a payment ("former
// fighters will receive monthly stipends"): unlike other things received, a
// payment has a payer among the parties.
func receivesPay(v *sent, c clause) bool {
	if w := v.word(c.verb); w != "receive" && w != "receives" {
		return false
	}
	return hasAny(v.words, c.verb+1, min(c.to, c.verb+5), payNouns...)
}

// gainTerm reads "the rebels are to get three seats on the council", "Inspectors are
// to get access to any site in Syria": what the subject gets is the duty of another
// side, the subject its beneficiary. The other side is the country where access is
// given ("to any site in Syria"), else the parties the subject is not. Access is
// allowed; counted posts are transferred; anything else is another act. "Israel will
// receive a share ... from the field's operator" stays no term: receiving names no
// giver among the parties.
func (b *building) gainTerm(lx *lexicon, v *sent, body string, c clause) term {
	t := term{cl: c, action: Other}
	t.objFrom, t.object = objectAfter(lx, v, body, c.verb+1, c.to)
	t.readQuantities(v, c, c.verb)
	switch {
	case hasAny(strings.Fields(strings.ToLower(t.object)), 0, 20, "access", "entry"):
		t.action = Allow
	case hasAny(strings.Fields(strings.ToLower(t.object)), 0, 20, payNouns...):
		t.action = Pay // "Cadres will receive ex gratia payments": the other side pays
	case t.qty != nil || lx.has("post", strings.Fields(strings.ToLower(t.object)), 0, 20):
		t.action = Transfer // "three seats on the council", "the ministries of defence"
	}
	ben := codesOf(c.subj)
	if len(ben) == 0 {
		ben = b.partiesByRole(lx, v, c)
	}
	t.beneficiary = ben
	for k := c.verb + 1; k < c.to; k++ {
		if v.word(k) != "in" {
			continue
		}
		for _, a := range v.actors {
			if a.tok == k+1 && a.Country != "" && !contains(actorRoots(ben), a.Country) {
				t.obligor = []string{a.Country} // "access to any site in Syria"
			}
		}
	}
	if len(t.obligor) == 0 && len(ben) > 0 {
		br := actorRoots(ben)
		for _, p := range b.ag.Parties {
			if !contains(br, Root(p)) || len(p) == 3 && slices.ContainsFunc(ben, func(c string) bool { return strings.HasSuffix(c, "REB") || strings.HasSuffix(c, "CVL") }) {
				t.obligor = addCode(t.obligor, p)
			}
		}
		t.obligor = slices.DeleteFunc(t.obligor, func(c string) bool { return contains(ben, c) })
	}
	return t
}

// splitGains makes one term per count a gain lists ("three seats on the Sovereign
// Council and 75 of the 300 seats in a transitional legislative council"): a count
// "of the N" things is that many of them, in the things' unit.
func splitGains(v *sent, body string, t term) []term {
	type count struct {
		val      float64
		unit     string
		tok, end int
		from     int // the counted things' first token
	}
	var cs []count
	for _, q := range v.qty {
		if q.Tok < t.cl.verb || q.Tok >= t.cl.to || durations[q.Unit] {
			continue
		}
		if n := len(cs); n > 0 && v.word(q.Tok-1) == "the" && v.word(q.Tok-2) == "of" && cs[n-1].end == q.Tok-2 {
			cs[n-1].unit, cs[n-1].end, cs[n-1].from = q.Unit, q.TokEnd, q.Tok+1 // "75 of the 300 seats"
			continue
		}
		cs = append(cs, count{q.Value, q.Unit, q.Tok, q.TokEnd, q.Tok + 1})
	}
	if len(cs) < 2 {
		return []term{t}
	}
	var out []term
	for k, c := range cs {
		if k > 0 && !hasWords(v.words, cs[k-1].end, c.tok, "and") && !hasWords(v.words, cs[k-1].end, c.tok, ",") {
			return []term{t}
		}
		s := t
		val := c.val
		s.qty, s.unit = &val, normalUnit(c.unit)
		end := t.cl.to
		if k+1 < len(cs) {
			end = cs[k+1].tok
		}
		for end > c.end && (v.word(end-1) == "and" || v.word(end-1) == ",") {
			end--
		}
		s.object = v.span(body, c.from, end)
		out = append(out, s)
	}
	return out
}

// lastDay returns the last day the two sentences before si name, "" when they name
// none: what "that date" refers to.
func (b *building) lastDay(si int) string {
	for k := si - 1; k >= max(0, si-2); k-- {
		ds := b.vs[k].dates
		for j := len(ds) - 1; j >= 0; j-- {
			if day := dayDate(ds[j]); day != "" {
				return day
			}
		}
	}
	return ""
}

// belligerents returns the sides of the fighting the article names between two of
// them ("the fighting on the Dniester river between Moldovan forces and the
// separatists", "the war between X and Y"), nil when it names none.
func (b *building) belligerents(lx *lexicon) []string {
	if !b.fightingRead {
		b.fighting, b.fightingRead = b.readBelligerents(lx), true
	}
	return slices.Clone(b.fighting) // each term's obligors its own
}

func (b *building) readBelligerents(lx *lexicon) []string {
	for k := range b.vs {
		v := &b.vs[k]
		for i, w := range v.words {
			if fought[w] && (v.word(i-1) == "have" || v.word(i-1) == "had" || v.tag(i) == "VBD") {
				// "where Georgian forces and Ossetian militias have battled": the subject
				// fights; a role noun beside a state's forces is that state's armed group
				from := clauseBoundary(v, i, i)
				for from < i && (v.word(from) == "where" || v.word(from) == "as" || v.word(from) == "after") {
					from++
				}
				var out []string
				for _, a := range v.actorsIn(from, i) {
					if !a.Place && a.Code != "" {
						out = addCode(out, a.Code)
					}
				}
				if rs := actorRoots(out); len(rs) == 1 && len(rs[0]) == 3 && lx.has("nonstate", v.words, from, i) && hasAny(v.words, from, i, "and") {
					out = addCode(out, rs[0]+"REB")
				}
				if len(out) >= 2 {
					return out
				}
			}
			if !lx.has("hostile", v.words, i, i+1) && w != "conflict" && w != "clashes" {
				continue
			}
			for j := i + 1; j < min(len(v.words), i+8); j++ {
				if x := v.word(j); x == "." || x == ";" || strings.HasPrefix(v.tag(j), "VB") {
					break
				}
				if v.word(j) != "between" {
					continue
				}
				end := min(len(v.words), j+14)
				for e := j + 1; e < end; e++ {
					if x := v.word(e); x == "," || x == "." || x == ";" || strings.HasPrefix(v.tag(e), "VB") {
						end = e
					}
				}
				var out []string
				for _, a := range v.actorsIn(j+1, end) {
					if !a.Place && a.Code != "" {
						out = addCode(out, a.Code)
					}
				}
				if rs := actorRoots(out); len(rs) == 1 && len(rs[0]) == 3 && (lx.has("nonstate", v.words, j+1, end) || hasAny(v.words, j+1, end, "rebel", "separatist")) && hasAny(v.words, j+1, end, "and") {
					// "fighting between the Syrian government and rebel groups": the
					// armed groups the state fights are its own rebels
					out = addCode(out, rs[0]+"REB")
				}
				if len(out) >= 2 && hasAny(v.words, j+1, end, "and") {
					return out
				}
				break
			}
		}
	}
	return nil
}

// disjointRoots reports whether no root of a is a root of b.
func disjointRoots(a, b []string) bool {
	br := actorRoots(b)
	return !slices.ContainsFunc(actorRoots(a), func(r string) bool { return contains(br, r) })
}

// strictSubset reports whether every root of a is in b and b holds one more.
func strictSubset(a, b []string) bool {
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return len(a) < len(b)
}

// releaseInReturn reads the other side's release a release is traded for ("Syria will
// release the 56 prisoners it holds in return for about 380 Syrian prisoners held by
// Israel"): the party holding them frees them. False when t is no release or the
// clause names no such holder among the parties.
func (b *building) releaseInReturn(v *sent, body string, t term) (term, bool) {
	if t.action != Release {
		return term{}, false
	}
	c := t.cl
	for i := c.verb + 1; i+3 < c.to; i++ {
		if v.word(i) != "in" || v.word(i+1) != "return" && v.word(i+1) != "exchange" || v.word(i+2) != "for" {
			continue
		}
		k := i + 3
		for k < c.to && !(v.word(k) == "held" && v.word(k+1) == "by") {
			k++
		}
		if k >= c.to {
			return term{}, false
		}
		as := listAfter(v, k+2)
		pr := actorRoots(b.ag.Parties)
		if len(as) == 0 || slices.ContainsFunc(as, func(a actorAt) bool { return !contains(pr, Root(a.Code)) }) {
			return term{}, false
		}
		r := term{si: t.si, cl: clause{from: i, subjFrom: i, verb: i + 1, to: c.to}, action: Release, obligor: codesOf(as), reciprocal: true}
		r.objFrom, r.object = objectAfter(loadLexicon(), v, body, i+3, k)
		r.readQuantities(v, clause{to: k}, i+3)
		return r, true
	}
	return term{}, false
}

// siteNouns head a subject naming a place, which no side is: "A buffer zone ... will be
// patrolled by ...".
var siteNouns = map[string]bool{"zone": true, "area": true, "corridor": true, "line": true, "border": true, "region": true,
	"road": true, "route": true, "crossing": true, "airport": true, "port": true, "city": true, "town": true}

// personAt returns the actor a subject in tokens [from, to) stands for when it is only
// a person's name the coder left uncoded: the name written just after a coded mention
// earlier in the article ("Haiti's exiled President Jean-Bertrand Aristide" codes a
// later "Aristide"). False when the subject is no such name.
func (b *building) personAt(v *sent, from, to int) (actorAt, bool) {
	end := from
	for end < to && v.tag(end) == "NNP" {
		end++
	}
	if end == from || end-from > 3 || subjectEnd(v, from, to) != end && v.tag(end) != "MD" && !strings.HasPrefix(v.tag(end), "VB") {
		return actorAt{}, false
	}
	name := v.word(end - 1)
	for k := range b.vs {
		u := &b.vs[k]
		for _, a := range u.actors {
			if a.Place || a.Code == "" {
				continue
			}
			for j := a.end; j < min(len(u.words), a.end+4) && u.tag(j) == "NNP"; j++ {
				if u.word(j) == name && u.tag(j+1) != "NNP" {
					m := a
					m.tok, m.end = from, end
					return m, true
				}
			}
		}
	}
	return actorAt{}, false
}

// fought are the verbs by which the sides of a war fight each other.
var fought = map[string]bool{"battled": true, "fought": true, "clashed": true}

// hostRoot returns the country where the deal was made, as the story's dateline names
// it ("LONDON, Dec 21 –"), "" when the story has no coded dateline.
func (b *building) hostRoot() string {
	for k := range b.vs {
		v := &b.vs[k]
		if v.dateline == "" {
			continue
		}
		for _, a := range v.actors {
			if a.Place && a.Code != "" && a.tok < 3 {
				return Root(a.Code)
			}
		}
		return ""
	}
	return ""
}

// completesAct reports whether passive clause c says an act is to be completed ("the
// withdrawal is to be completed", "the process must be finished"): its subject is
// the act or a process, no thing of its own.
func completesAct(lx *lexicon, v *sent, c clause) bool {
	if w := v.word(c.verb); !c.passive || w != "completed" && w != "finished" || len(c.subj) > 0 {
		return false
	}
	h := headNoun(v, c.subjFrom, c.verb)
	if h == "process" || h == "operation" {
		return true
	}
	p, n := lx.match("action", []string{h}, 0)
	return n > 0 && p.value != string(Other)
}

// domesticRoot is the party whose country a sentence's places lie in, when they
// name one party's country only, else the party the dateline's place belongs to,
// else the party whose places the article names most; "" when none names a party.
func (b *building) domesticRoot(v *sent) string {
	pr := actorRoots(b.ag.Parties)
	var in []string
	for _, a := range v.actors {
		if c := a.Country; a.Place && c != "" && contains(pr, c) && !contains(in, c) {
			in = append(in, c)
		}
	}
	if len(in) == 1 {
		return in[0]
	}
	if len(in) > 1 {
		return ""
	}
	if h := b.hostRoot(); contains(pr, h) {
		return h
	}
	// else the party whose places the article names most, twice at least
	n := map[string]int{}
	for k := range b.vs {
		for _, a := range b.vs[k].actors {
			if a.Place && contains(pr, a.Country) {
				n[a.Country]++
			}
		}
	}
	best, second := "", 0
	for _, c := range pr {
		switch {
		case n[c] > n[best]:
			best, second = c, n[best]
		case n[c] > second:
			second = n[c]
		}
	}
	if n[best] >= 2 && n[best] > second {
		return best
	}
	return ""
}

// destroys are the verbs that do away with what they act on.
var destroys = map[string]bool{"destroy": true, "destroyed": true, "eliminate": true, "eliminated": true, "scrap": true, "scrapped": true}

// weaponHead reports whether an object's head noun is a weapon of any kind
// ("intermediate-range missiles", "500 rifles", "their small arms"), not equipment or
// material for making one.
func weaponHead(object string) bool {
	f := strings.Fields(strings.ToLower(object))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "missiles", "weapons", "arms", "warheads", "rockets", "bombs", "mines", "bombers",
		"rifles", "guns", "firearms", "mortars", "weaponry", "artillery", "grenades", "launchers":
		return true
	}
	return false
}

// bareTerm reads a list point that names no act ("- cabinet posts shared out 60 percent
// to Hutu and 40 percent to Tutsi politicians"): another act of whom the list binds (the
// parties when it names no one), on the point's first noun phrase, with its first count.
// False when the point opens with no noun phrase.
func (b *building) bareTerm(lx *lexicon, v *sent, si int, body string, listSubj []actorAt) (term, bool) {
	from := v.first
	for from < len(v.words) && determiners[v.word(from)] {
		from++
	}
	end := objectEnd(v, from, len(v.words))
	if end <= from || !strings.HasPrefix(v.tag(end-1), "NN") {
		return term{}, false
	}
	t := term{si: si, action: Other, objFrom: from, object: v.span(body, from, end)}
	t.cl = clause{from: v.first, subjFrom: v.first, verb: v.first, to: len(v.words), nominal: true}
	t.obligor = codesOf(listSubj)
	if len(t.obligor) == 0 {
		t.obligor = slices.Clone(b.ag.Parties)
	}
	t.readQuantities(v, t.cl, v.first)
	return t, len(t.obligor) > 0
}

// gappedDuty reads a second side's share of the same act with the verb left out:
// "The Houthis will free 181 people ..., and the government side 706". False when the
// clause ends in no such ", and" + side + count.
func (b *building) gappedDuty(lx *lexicon, v *sent, t term) (term, bool) {
	c := t.cl
	if t.qty == nil || c.passive || c.nominal {
		return term{}, false
	}
	for j := c.verb + 2; j+2 < c.to; j++ {
		if v.word(j) != "and" || v.word(j-1) != "," {
			continue
		}
		k := j + 1
		for k < min(c.to, j+7) && v.tag(k) != "CD" {
			if t := v.tag(k); !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && t != "DT" && t != "POS" {
				return term{}, false
			}
			k++
		}
		if k == j+1 || v.tag(k) != "CD" || !(v.word(k+1) == "," || v.word(k+1) == "." || k+1 >= len(v.words)) {
			return term{}, false
		}
		obl := codesOf(v.actorsIn(j+1, k))
		if len(obl) == 0 {
			obl = b.partiesByRole(lx, v, clause{subjFrom: j + 1, verb: k})
		}
		if len(obl) == 0 || sameRoots(obl, t.obligor) && slices.Equal(obl, t.obligor) {
			return term{}, false
		}
		var q *float64
		for _, x := range v.qty {
			if x.Tok == k {
				f := x.Value
				q = &f
			}
		}
		if q == nil {
			return term{}, false
		}
		g := t
		g.obligor, g.beneficiary, g.qty, g.from = obl, nil, q, nil
		if f := strings.Fields(t.object); len(f) > 1 {
			g.object = f[len(f)-1] // "Houthi fighters" were the first side's: the second frees its own
		}
		g.cl.from, g.cl.subjFrom, g.cl.subj = j, j+1, nil
		return g, true
	}
	return term{}, false
}

// countedParties returns the parties a subject counts ("the six powers will let Iran
// ..."): those of the deal the sentence does not name, when there are that many; nil
// when the subject counts no powers, countries or nations.
func (b *building) countedParties(v *sent, c clause) []string {
	n := 0
	for k := c.subjFrom; k+1 < c.verb; k++ {
		if w := v.word(k + 1); w != "powers" && w != "countries" && w != "nations" && w != "states" {
			continue
		}
		if f, used, ok := text.ParseNumber([]string{v.word(k)}); ok && used == 1 && f >= 2 {
			n = int(f)
		}
	}
	if n == 0 {
		return nil
	}
	// the parties named, here or in the deal's sentences ("Iran and six world
	// powers"), are not those counted
	named := actorRoots(codesOf(v.actorsIn(0, len(v.words))))
	for _, d := range b.deals {
		u := &b.vs[d.si]
		for _, a := range u.actorsIn(0, d.verb) {
			named = addCode(named, Root(a.Code))
		}
	}
	var out []string
	for _, p := range b.ag.Parties {
		if !contains(named, Root(p)) {
			out = append(out, p)
		}
	}
	if len(out) != n {
		return nil
	}
	return out
}

// civilWarSides returns a state and its armed groups when the deal's parties are those
// two and outside states besides ("Ukraine, Russia and the separatists"), nil otherwise.
func (b *building) civilWarSides() []string {
	for _, p := range b.ag.Parties {
		if !strings.HasSuffix(p, "REB") || len(p) != 6 || !contains(b.ag.Parties, Root(p)) {
			continue
		}
		if len(actorRoots(b.ag.Parties)) < 2 {
			return nil
		}
		return []string{Root(p), p}
	}
	return nil
}

// mutualFighting reports whether clause c ends fighting that no side is named for
// ("Fighting along the border is to end", "The shooting will stop"): both sides fight,
// so the ceasefire binds the parties, not the side an earlier sentence reports acting.
// Attacks aimed at someone ("attacks on shipping") are one side's and stay out.
func mutualFighting(lx *lexicon, v *sent, c clause, a Action) bool {
	if a != CeaseFire || c.nominal || c.subjFrom >= c.verb {
		return false
	}
	head := ""
	for k := c.subjFrom; k < c.verb && head == ""; k++ {
		if strings.HasPrefix(v.tag(k), "NN") || v.tag(k) == "VBG" {
			head = v.word(k) // ("Fighting along the front": the fighting, not the front)
		}
	}
	return head != "attacks" && head != "attack" && lx.has("hostile", []string{head}, 0, 1) && !hasAny(v.words, c.subjFrom, c.verb, "on", "against", "by")
}
