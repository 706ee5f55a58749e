package agreement

import (
	"slices"
	"strings"
	"unicode"

	"github.com/peacewatch/peacewatch/text"
)

// release is one side's release told as done: "Russia freed fifteen people".
type release struct {
	si, from, verb int
	subj           []actorAt
	inReturn       bool // "In exchange, ... handed over ...": the other side's counterpart
	tail           int  // words completing the verb ("let go", "granted clemency to")
	captives       bool // the captives are the subject, [from, verb) ("prisoners walked free")
}

// releaseVerbs free captives in the past tense; "handed", "returned" and "sent" need
// the particle that makes them a handover, "let" its "go", "granted" a pardon.
var releaseVerbs = map[string]bool{"freed": true, "released": true, "handed": true, "returned": true, "sent": true,
	"let": true, "granted": true, "pardoned": true}

// releaseTail returns how many tokens after the release verb at k complete it ("let
// go", "sent back", "granted clemency to"), and whether the verb is a release at all.
func releaseTail(v *sent, k int) (int, bool) {
	switch w, n := v.word(k), v.word(k+1); w {
	case "handed", "returned", "sent":
		if n == "over" || n == "back" || w == "sent" && n == "home" {
			return 1, true
		}
		return 0, false
	case "let":
		if n != "go" && v.word(k+2) == "go" && (v.tag(k+1) == "PRP" || v.tag(k+1) == "NNP") {
			return 0, true // "Kyiv let him go": the captive stands before the particle
		}
		return 1, n == "go" // ("let go ten Americans")
	case "granted":
		switch n {
		case "clemency", "pardons", "pardon", "amnesty":
			if v.word(k+2) == "to" {
				return 2, true
			}
		}
		return 0, false
	}
	return 0, true
}

// toldSwap returns the exchange of captives an article tells only as done, with no deal
// sentence: "Russia freed fifteen people ... In exchange, the United States, Germany ...
// handed over eight Russians". Each side's release is a provision, the sides are the
// parties, and the day the first release is dated is the deal's. Nil unless two sides
// release people, one of them in return, in a story about an exchange or a swap.
func toldSwap(src Source, vs []sent) []Agreement {
	lx := loadLexicon()
	var rs []release
	swap := false
	for si := range vs {
		v := &vs[si]
		if hasAny(v.words, 0, len(v.words), "exchange", "swap", "exchanges", "swaps", "trade", "trades") {
			swap = true
		}
		if r, ok := releaseIn(v, si); ok {
			rs = append(rs, r)
		} else if cs := captivesFreed(lx, v, si); len(cs) > 0 {
			rs = append(rs, cs...)
			if len(cs) > 1 && cs[0].subj[0].Code != cs[1].subj[0].Code {
				// "prisoners walked out of Israeli jails, and soldiers held by X came
				// home": both sides' releases at once are the exchange
				swap = true
				rs[len(rs)-1].inReturn = true
			}
		}
	}
	if !swap {
		return nil
	}
	if ags := sectionSwaps(src, vs, rs); len(ags) > 1 {
		return ags
	}
	if len(rs) == 0 || !bothHalves(rs) && (len(rs) < 2 || !slices.ContainsFunc(rs, func(r release) bool { return r.inReturn })) {
		return nil
	}
	if ag, ok := swapOf(src, vs, rs, nil); ok {
		return []Agreement{ag}
	}
	return nil
}

// bothHalves reports whether the releases rs are told by two sides, each freeing
// whom it held, or by both at once ("the government and the rebels freed ..."): both
// halves of an exchange told as done.
func bothHalves(rs []release) bool {
	var sides []string
	for _, r := range rs {
		for _, a := range r.subj {
			sides = addCode(sides, partyCode(a.Code))
		}
	}
	return partySides(sides) >= 2
}

// swapOf builds the exchange the releases rs tell, its parties the releasers and the
// sides named in others; false unless they make two sides.
func swapOf(src Source, vs []sent, rs []release, others []string) (Agreement, bool) {
	lx := loadLexicon()
	body := src.Doc.Text
	var parties []string
	for _, r := range rs {
		for _, a := range r.subj {
			parties = addCode(parties, partyCode(a.Code))
		}
	}
	for _, c := range others {
		parties = addCode(parties, partyCode(c))
	}
	if partySides(parties) < 2 {
		return Agreement{}, false
	}
	first := rs[0]
	d := deal{si: first.si, verb: first.verb, kind: "exchange", parties: parties, strength: verbStrength("agreed")}
	d.signed = pastSigning(&vs[first.si], signedDate(&vs[first.si], first.verb), src.Article.Date)
	b := newBuilding(src, vs, []deal{d})
	for _, r := range rs {
		v := &vs[r.si]
		c := clause{from: r.from, subjFrom: r.from, verb: r.verb, subj: r.subj, to: len(v.words)}
		t := term{si: r.si, cl: c, action: Release, obligor: codesOf(r.subj), reciprocalPrev: r.inReturn}
		if !slices.ContainsFunc(parties, func(p string) bool {
			return !slices.ContainsFunc(r.subj, func(a actorAt) bool { return partyCode(a.Code) == p })
		}) {
			t.action = Exchange // every side freeing at once: the swap itself
		}
		k := r.verb + 1 + r.tail
		t.objFrom, t.object = objectAfter(lx, v, body, k, c.to)
		t.readQuantities(v, c, r.verb)
		if r.captives {
			// "three Israeli soldiers held by X came home": the subject is what is released
			from := r.from
			for _, dm := range v.dates {
				if dm.Tok <= from+1 && dm.TokEnd > from {
					from = dm.TokEnd // ("On Monday ...")
				}
			}
			c.to = r.verb
			if w := v.word(r.verb - 1); w == "was" || w == "were" {
				c.to = r.verb - 1 // "prisoners were freed"
			}
			for i := from + 1; i < c.to; i++ {
				if w := v.word(i); w == "held" || w == "captured" || w == "seized" || w == "detained" || w == "," {
					c.to = i // (its "held by X" names the holder)
					break
				}
			}
			t.objFrom, t.object = from, v.span(body, from, c.to)
			t.qty = nil
			for i := from; i < c.to && t.qty == nil; i++ {
				if f, _, ok := text.ParseNumber(v.words[i:c.to]); ok {
					t.qty = &f
				}
			}
		}
		if f, n, ok := text.ParseNumber(v.words[k:]); t.qty == nil && ok && v.word(k+n) == "," {
			t.qty = &f // "X freed three, among them two journalists": the count stands alone
			if _, o := objectAfter(lx, v, body, k+n+1, c.to); o != "" {
				t.object = o
			}
		}
		b.terms = append(b.terms, t)
	}
	return b.finish(), true
}

// releaseIn reads sentence si as a side's release told as done: coded sides as its
// subject (after an opening "In exchange," or "In return,"), then a release verb in
// the past tense.
func releaseIn(v *sent, si int) (release, bool) {
	from := v.first
	r := release{si: si}
	if w := v.word(from + 1); v.word(from) == "in" && (w == "exchange" || w == "return") && v.word(from+2) == "," {
		from += 3
		r.inReturn = true
	}
	for k := from + 1; k < min(len(v.words), from+14); k++ {
		w := v.word(k)
		if !releaseVerbs[w] || v.tag(k) != "VBD" && v.tag(k) != "VBN" && !(strings.HasSuffix(w, "ed") && v.tag(k) == "VBP") && !(w == "let" && (v.word(k+1) == "go" || v.word(k+2) == "go")) {
			continue
		}
		tail, ok := releaseTail(v, k)
		if !ok {
			return release{}, false
		}
		r.tail = tail
		if hasAny(v.words, from, k, "had", "has", "have", "was", "were", "been", "said", "would", "will") {
			return release{}, false // a report, a plan or a passive: no release done by the subject
		}
		if in, at := turnAside(v, from, k); in {
			r.inReturn = true // "Venezuela, for its part, let go ten Americans"
			as := subjectActors(v, from, at)
			if len(as) == 0 || slices.ContainsFunc(as, func(a actorAt) bool { return a.Code == "" }) {
				return release{}, false
			}
			r.from, r.verb, r.subj = from, k, as
			return r, true
		}
		sf := from
		for i := from; i < k; i++ {
			if v.word(i) == "," && openerPhrase(v, sf) {
				sf = i + 1 // "In December, with Qatar as go-between, the administration granted ...": openers name no releaser
			}
		}
		as := subjectActors(v, sf, k)
		if len(as) == 0 || slices.ContainsFunc(as, func(a actorAt) bool { return a.Place || a.Code == "" }) {
			return release{}, false
		}
		r.from, r.verb, r.subj = from, k, as
		return r, true
	}
	return release{}, false
}

// turnAside reports whether the subject [from, k) ends in an aside that makes the act
// the other side's turn ("Venezuela, for its part, ...", "Moscow, in return, ..."),
// and where the aside begins.
func turnAside(v *sent, from, k int) (bool, int) {
	for i := from + 1; i+2 < k; i++ {
		if v.word(i) != "," {
			continue
		}
		a, b := v.word(i+1), v.word(i+2)
		if a == "for" && (b == "its" || b == "their" || b == "his" || b == "her") && v.word(i+3) == "part" && v.word(i+4) == "," ||
			(a == "in" && (b == "return" || b == "turn" || b == "exchange")) && v.word(i+3) == "," {
			return true, i
		}
	}
	return false, 0
}

// freedMoves are the verbs and particles by which captives are told freed: "walked
// free", "walked out of Israeli jails", "flew home", "came home", "returned home".
var freedMoves = map[string]bool{"walked": true, "flew": true, "came": true, "returned": true, "went": true, "stepped": true}

// captivesFreed reads sentence si as releases told by their captives: they walk free
// or fly home, and the clause names who held them ("held by X", "X's jails", "Israeli
// prisons"); that side released them. Nil when no clause names one holder.
func captivesFreed(lx *lexicon, v *sent, si int) []release {
	var out []release
	for k := v.first + 1; k < len(v.words)-1; k++ {
		if tail, ok := passiveFreed(v, k); ok {
			if r, ok := passiveRelease(lx, v, si, k, tail); ok {
				out = append(out, r)
			}
			continue
		}
		if !freedMoves[v.word(k)] || v.tag(k) != "VBD" {
			continue
		}
		switch n := v.word(k + 1); {
		case n == "free" || n == "home":
		case n == "down" && hasAny(v.words, k+2, min(len(v.words), k+5), "steps", "stairs", "gangway"):
		case n == "off" && hasAny(v.words, k+2, min(len(v.words), k+5), "plane", "aircraft", "flight", "bus"):
		case n == "out" && v.word(k+2) == "of":
		default:
			continue
		}
		sf := subjectStart(v, k)
		for i := k - 1; i > v.first; i-- {
			if v.word(i) == "and" && v.word(i-1) == "," {
				sf = i + 1 // the second of two clauses
				break
			}
		}
		if hasAny(v.words, sf, k, "had", "would", "will", "said") {
			continue
		}
		if !lx.has("captive", v.words, sf, k) && !hasTag(v, sf, k, "NNPS") {
			continue // "the delegation came home": no captives
		}
		end := len(v.words)
		for i := k + 1; i < end-1; i++ {
			if v.word(i) == "," && v.word(i+1) == "and" || v.word(i) == ";" {
				end = i
				break
			}
		}
		var holders []actorAt
		for _, a := range v.actorsIn(sf, end) {
			if a.Code == "" {
				continue
			}
			if holder(v, sf, a) {
				holders = append(holders, a)
			}
		}
		if len(actorRoots(codesOf(holders))) != 1 {
			continue
		}
		out = append(out, release{si: si, from: sf, verb: k, tail: 1, subj: holders[:1], captives: true})
	}
	return out
}

// passiveFreed returns how many words complete a release told in the passive past at
// k ("were freed", "was handed over", "were set free"), and whether there is one.
func passiveFreed(v *sent, k int) (int, bool) {
	if a := v.word(k - 1); a != "was" && a != "were" {
		return 0, false
	}
	switch w, n := v.word(k), v.word(k+1); {
	case w == "freed" || w == "released":
		return 0, true
	case (w == "handed" || w == "sent") && (n == "over" || n == "back"), w == "set" && n == "free":
		return 1, true
	}
	return 0, false
}

// passiveRelease reads the passive release at k as done by its agent ("were handed
// over by Armenia") or, with none, by the holder the subject names ("soldiers held by
// X were freed"): captives are the subject, and one side does the release.
func passiveRelease(lx *lexicon, v *sent, si, k, tail int) (release, bool) {
	sf := subjectStart(v, k-1)
	if hasAny(v.words, sf, k, "had", "would", "will", "said") || !lx.has("captive", v.words, sf, k-1) && !hasTag(v, sf, k-1, "NNPS") {
		return release{}, false
	}
	var doers []actorAt
	if j := k + 1 + tail; v.word(j) == "by" {
		// "were freed by Armenia", "were released by the government and the rebels":
		// the agents, one side or both
		if doers = listAfter(v, j+1); len(doers) > 0 {
			return release{si: si, from: sf, verb: k, tail: tail, subj: doers, captives: true}, true
		}
	} else {
		for _, a := range v.actorsIn(sf, k) {
			if a.Code != "" && holder(v, sf, a) {
				doers = append(doers, a)
			}
		}
	}
	if len(doers) == 0 || len(actorRoots(codesOf(doers))) != 1 {
		return release{}, false
	}
	return release{si: si, from: sf, verb: k, tail: tail, subj: doers[:1], captives: true}, true
}

// holder reports whether the actor at a, in a clause from sf, is named as the one
// who held the captives: "held by X", "captured ... by X", "Israeli jails".
func holder(v *sent, sf int, a actorAt) bool {
	return hasAny(v.words, max(sf, a.tok-4), a.tok, "by") && hasAny(v.words, max(sf, a.tok-10), a.tok, "held", "captured", "seized", "detained", "jailed") || heldIn(v, a)
}

// heldIn reports whether the actor at a names the keeper of a place of detention after
// it ("Israeli jails", "Russia's prisons", "Venezuelan custody").
func heldIn(v *sent, a actorAt) bool {
	k := a.end
	if v.word(k) == "'s" {
		k++
	}
	for ; k < min(len(v.words), a.end+3); k++ {
		switch v.word(k) {
		case "jails", "jail", "prisons", "prison", "custody", "camps", "captivity":
			return true
		}
	}
	return false
}

// namedCaptives returns how many people a release's object names when it is only
// their names ("freed Anna Berg and Tomas Lind" is 2), 0 when the object is anything
// else: a count the text gives, a group, a coded actor or a place.
func namedCaptives(v *sent, body string, t term) int {
	name := func(k int) bool {
		if v.tag(k) != "NNP" || k >= len(v.s.Tokens) {
			return false
		}
		w := body[v.s.Tokens[k].Start:v.s.Tokens[k].End]
		return w != "" && unicode.IsUpper([]rune(w)[0])
	}
	k, n := t.objFrom, 0
	for {
		start := k
		for name(k) {
			k++
		}
		if k == start {
			return 0
		}
		n++
		switch {
		case (v.word(k) == "," || v.word(k) == "and") && name(k+1):
			k++
			continue
		case v.word(k) == "," && v.word(k+1) == "and" && name(k+2):
			k += 2
			continue
		}
		break
	}
	if v.span(body, t.objFrom, k) != strings.Trim(t.object, " ,;:‘’'\"") || len(v.actorsIn(t.objFrom, k)) > 0 || placesIn(v, t.objFrom, k) {
		return 0
	}
	return n
}
