package agreement

import (
	"slices"

	"github.com/peacewatch/peacewatch/text"
)

// release is one side's release told as done: "Russia freed fifteen people".
type release struct {
	si, from, verb int
	subj           []actorAt
	inReturn       bool // "In exchange, ... handed over ...": the other side's counterpart
}

// releaseVerbs free captives in the past tense; "handed" and "returned" need the
// particle that makes them a handover.
var releaseVerbs = map[string]bool{"freed": true, "released": true, "handed": true, "returned": true}

// toldSwap returns the exchange of captives an article tells only as done, with no deal
// sentence: "Russia freed fifteen people ... In exchange, the United States, Germany ...
// handed over eight Russians". Each side's release is a provision, the sides are the
// parties, and the day the first release is dated is the deal's. Nil unless two sides
// release people, one of them in return, in a story about an exchange or a swap.
func toldSwap(src Source, vs []sent) []Agreement {
	lx := loadLexicon()
	body := src.Doc.Text
	var rs []release
	swap := false
	for si := range vs {
		v := &vs[si]
		if hasAny(v.words, 0, len(v.words), "exchange", "swap", "exchanges", "swaps") {
			swap = true
		}
		if r, ok := releaseIn(v, si); ok {
			rs = append(rs, r)
		}
	}
	if !swap || len(rs) < 2 || !slices.ContainsFunc(rs, func(r release) bool { return r.inReturn }) {
		return nil
	}
	var parties []string
	for _, r := range rs {
		for _, a := range r.subj {
			parties = addCode(parties, partyCode(a.Code))
		}
	}
	if partySides(parties) < 2 {
		return nil
	}
	first := rs[0]
	d := deal{si: first.si, verb: first.verb, kind: "exchange", parties: parties, strength: verbStrength("agreed")}
	d.signed = pastSigning(&vs[first.si], signedDate(&vs[first.si], first.verb), src.Article.Date)
	b := newBuilding(src, vs, []deal{d})
	for _, r := range rs {
		v := &vs[r.si]
		c := clause{from: r.from, subjFrom: r.from, verb: r.verb, subj: r.subj, to: len(v.words)}
		t := term{si: r.si, cl: c, action: Release, obligor: codesOf(r.subj), reciprocalPrev: r.inReturn}
		k := r.verb + 1
		if w := v.word(k); w == "over" || w == "back" {
			k++
		}
		t.objFrom, t.object = objectAfter(lx, v, body, k, c.to)
		t.readQuantities(v, c, r.verb)
		if f, n, ok := text.ParseNumber(v.words[k:]); t.qty == nil && ok && v.word(k+n) == "," {
			t.qty = &f // "X freed three, among them two journalists": the count stands alone
			if _, o := objectAfter(lx, v, body, k+n+1, c.to); o != "" {
				t.object = o
			}
		}
		b.terms = append(b.terms, t)
	}
	return []Agreement{b.finish()}
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
		if !releaseVerbs[w] || v.tag(k) != "VBD" && v.tag(k) != "VBN" {
			continue
		}
		if (w == "handed" || w == "returned") && v.word(k+1) != "over" && v.word(k+1) != "back" {
			return release{}, false
		}
		if hasAny(v.words, from, k, "had", "has", "have", "was", "were", "been", "said", "would", "will") {
			return release{}, false // a report, a plan or a passive: no release done by the subject
		}
		as := subjectActors(v, from, k)
		if len(as) == 0 || slices.ContainsFunc(as, func(a actorAt) bool { return a.Place || a.Code == "" }) {
			return release{}, false
		}
		r.from, r.verb, r.subj = from, k, as
		return r, true
	}
	return release{}, false
}
