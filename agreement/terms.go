package agreement

import "strings"

// termsKind says how a sentence states terms.
type termsKind int

const (
	notTerms    termsKind = iota
	cueTerms              // a cue names the terms ("under the terms", "another term includes")
	windowTerms           // a commitment next to an agreement's terms or its conclusion
	bulletTerms           // a point of a list introduced as terms
)

var nominalCues = map[string]bool{"to": true, "for": true, "includes": true, "include": true, "on": true,
	"requires": true, "and": true, "including": true}

// agreeing reports whether the sentence concludes or commits to a deal, so that its
// "would" clauses state terms ("agreed that Russia and Ukraine would swap ...").
func agreeing(lx *lexicon, v *sent) bool {
	if concludingVerb(lx, v) >= 0 || citesTerms(lx, v) {
		return true
	}
	for i, w := range v.words {
		if w == "agreed" || w == "pledged" || w == "committed" || w == "agree" || w == "undertook" || w == "undertaken" ||
			v.word(i+1) == "to" && lx.has("pledge", v.words, i, i+1) && pledgedAct(lx, v, i+2) {
			return true
		}
	}
	return false
}

// threatens reports whether the sentence holds a threat cue ("warned", "vowed to
// retaliate"), a pledge of an act of the vocabulary ("vowed to return the land")
// left out.
func threatens(lx *lexicon, v *sent) bool {
	for i := range v.words {
		if _, n := lx.match("threat", v.words, i); n > 0 && !(v.word(i+1) == "to" && lx.has("pledge", v.words, i, i+1) && pledgedAct(lx, v, i+2)) {
			return true
		}
	}
	return false
}

// pledgedAct reports whether token i starts an act of the vocabulary other than
// Other: what a pledge verb binds its subject to.
func pledgedAct(lx *lexicon, v *sent, i int) bool {
	p, n := lx.match("action", v.words, i)
	return n > 0 && p.value != string(Other)
}

// reported reports whether the sentence's commitments are somebody's statement rather
// than a deal's terms: a reporting verb before them in a sentence that agrees nothing,
// or a threat.
func reported(lx *lexicon, v *sent, cls []clause) bool {
	if threatens(lx, v) {
		return true
	}
	if len(cls) == 0 || agreeing(lx, v) {
		return false
	}
	if k, _, _ := lx.find("report", v.words, 0, cls[0].verb); k > 0 && v.word(k-1) == "had" {
		return true // "Washington had announced in March that it would cut aid": an earlier statement, background
	}
	if allWould(v, cls) {
		return false // a pledge in reported speech (see commitments)
	}
	return lx.has("report", v.words, 0, cls[0].verb)
}

// nominalTerms returns the clauses headed by nouns that state terms after a cue:
// "includes the exchange of ...", "agreed to ... and to the orderly disarmament of ...",
// "provides for a sovereign council", "aiming for ... a cessation of hostilities".
// Nouns inside a verbal clause's object, or heading its subject, are not new terms.
func nominalTerms(lx *lexicon, v *sent, verbal []clause, start int) []clause {
	var out []clause
	covered := func(i int) bool {
		for _, c := range verbal {
			if i >= c.subjFrom && i <= objectEnd(v, c.verb+1, c.to) || gains[v.word(c.verb)] && i >= c.verb && i < c.to {
				// "get three seats on the Sovereign Council": the council gives the seats
				return true
			}
		}
		return false
	}
	for i := start; i < len(v.words); i++ {
		c, ok := actionNoun(lx, v, i, i+1)
		if !ok || covered(i) {
			continue
		}
		if _, n := lx.match("action", v.words, i); strings.HasPrefix(v.tag(i+n), "NN") && !lx.has("deal", v.words, i+n, i+n+1) && !lx.has("action", v.words, i+n, i+n+1) {
			continue // "to the ceasefire monitors": the act names what follows it
		}
		// the cue: a preposition or "includes" within a few words before the noun
		k := i - 1
		for k > start && (determiners[v.word(k)] || v.tag(k) == "JJ" || v.tag(k) == "NNP" || v.tag(k) == "CD" || v.word(k) == "near-total" ||
			(v.word(k) == "and" || v.word(k) == ",") && v.tag(k-1) == "JJ" && v.tag(k+1) == "JJ") {
			k-- // "a full and comprehensive ceasefire"
		}
		if p, _ := lx.match("action", v.words, i); p.value == string(Other) && !directCue(lx, v, k, len(out) > 0) {
			continue // "a transition to elections": an act outside the vocabulary is no nominal term
		}
		if !nominalCues[v.word(k)] && !lx.has("nominal", v.words, k, k+1) || (v.word(k) == "and" && len(out) == 0 && !isCueBefore(v, k)) {
			if !(v.bullet && len(out) == 0 && k <= start) {
				continue
			}
		}
		if v.word(k) == "to" && (givers[v.word(k-1)] || givers[v.word(k-2)] || givers[v.word(k-3)]) {
			continue // "agreed to hand power to a transitional government": whom it goes to
		}
		c.from = k
		c.to = len(v.words)
		for j := i + 1; j < len(v.words)-2; j++ {
			if w := v.word(j); w == ";" || w == "," && (v.word(j+1) == "and" || v.word(j+1) == "but") && !nominalCues[v.word(j+2)] && !lx.has("action", v.words, j+2, j+3) {
				c.to = j // "an early election within 90 days, and Hadi was elected ...": a new clause
				break
			}
		}
		if len(out) > 0 {
			out[len(out)-1].to = k
		}
		for _, vc := range verbal {
			if vc.from > i && vc.from < c.to {
				c.to = vc.from
			}
		}
		out = append(out, c)
	}
	return out
}

// directCue reports whether the word at k is the cue of a term itself ("calls for
// elections", "foresees elections", "and for elections" after such a term), so that
// an act outside the vocabulary it governs is a term too.
func directCue(lx *lexicon, v *sent, k int, after bool) bool {
	if lx.has("nominal", v.words, k, k+1) {
		return true
	}
	if v.word(k) != "for" {
		return false
	}
	switch v.word(k - 1) {
	case "calls", "called", "call", "provides", "provided", "provide":
		return true
	case "and":
		return after || hasCallFor(v, k-1)
	}
	return false
}

// hasCallFor reports whether a cue "calls for" or "provides for" stands before token k.
func hasCallFor(v *sent, k int) bool {
	for i := 1; i < k; i++ {
		switch v.word(i - 1) {
		case "calls", "called", "call", "provides", "provided", "provide":
			if v.word(i) == "for" {
				return true
			}
		}
	}
	return false
}

// isCueBefore reports whether "and" at k joins a noun to an earlier cue ("agreed to
// ... and to the disarmament").
func isCueBefore(v *sent, k int) bool {
	return v.word(k+1) == "to" || v.word(k+1) == "for"
}

// allWould reports whether every clause's modal is "would".
func allWould(v *sent, cls []clause) bool {
	for _, c := range cls {
		k := c.verb - 1
		for k >= 0 && (adverbs[v.word(k)] || v.word(k) == "not" || v.word(k) == "be") {
			k--
		}
		if v.word(k) != "would" {
			return false
		}
	}
	return true
}

// underModifiedDeal reports whether token i, opening a clause, cites a deal named
// with its modifiers: "under the disengagement agreement", "under the 1994 ceasefire
// accord" ("under the agreement" is a cue of the lexicon).
func underModifiedDeal(lx *lexicon, v *sent, i int) bool {
	if v.word(i) != "under" {
		return false
	}
	if p := v.word(i - 1); i > v.first && p != "," && p != "that" && p != "and" {
		return false // "the mechanism set up under the Congo-Rwanda agreement" tells of a deal's work
	}
	if v.word(i+2) == "'s" && lx.has("deal", v.words, i+3, i+4) && v.word(i+4) == "," {
		return true // "Under Wednesday's protocol, ..."
	}
	if d := v.word(i + 1); d != "the" && d != "this" && d != "that" {
		return false
	}
	for k := i + 2; k < min(len(v.words), i+6); k++ {
		if lx.has("deal", v.words, k, k+1) && !lx.has("deal", v.words, k+1, k+2) && v.word(k+1) != "'s" {
			return k > i+2
		}
		if w := v.word(k); (w == "summary" || w == "document") && k > i+2 && v.word(k+1) == "," {
			return true // "Under the French summary, ...": one side's account of the text
		}
		if t := v.tag(k); t != "JJ" && t != "NN" && t != "NNP" && t != "CD" {
			return false
		}
	}
	return false
}

// citesTerms reports whether the sentence says it states a deal's terms: a cue of
// the lexicon ("under the terms", "provides for"), or the deal or its text cited
// as the source, wherever it stands ("..., the document says.", "X, the text
// states, will ...", "according to the framework, which ...").
func citesTerms(lx *lexicon, v *sent) bool {
	if lx.has("term", v.words, 0, len(v.words)) || partOfDeal(lx, v) > 0 {
		return true
	}
	named := func(i int) bool {
		if w := v.word(i); w == "document" || w == "text" || w == "summary" {
			return true // "the ministry's summary says": a summary of the deal tells its terms
		}
		return lx.has("deal", v.words, i, i+1)
	}
	for i, w := range v.words {
		switch w {
		case "says", "states", "stipulates", "specifies", "adds", "said", "stated":
			// "the accord says", "the peace agreement states", "the text said"
			k := i - 1
			for adverbs[v.word(k)] {
				k-- // "the deal also says"
			}
			if named(k) && (determiners[v.word(k-1)] || v.word(k-1) == "this" || v.word(k-1) == "'s" || named(k-1) || v.tag(k-1) == "JJ" || v.tag(k-1) == "NN") {
				return true
			}
		case "called", "provided", "provides":
			// "The plan also called for ...", "the accord provided for ...", "The
			// agreement also provided that ...": the past of a cue, told of the deal
			// itself (a party's call is no term)
			k := i - 1
			for adverbs[v.word(k)] {
				k--
			}
			if (v.word(i+1) == "for" || w != "called" && v.word(i+1) == "that") && named(k) && (determiners[v.word(k-1)] || v.word(k-1) == "'s" || v.tag(k-1) == "JJ" || v.tag(k-1) == "NN" || v.tag(k-1) == "NNP") {
				return true
			}
		case "under":
			if underModifiedDeal(lx, v, i) {
				return true
			}
		case "according":
			if v.word(i+1) != "to" {
				continue
			}
			for k := i + 2; k < min(len(v.words), i+6); k++ {
				if named(k) && !named(k+1) {
					return true
				}
				if x := v.word(k); x == "," || x == "officials" || x == "sources" {
					break
				}
			}
		}
	}
	return false
}
