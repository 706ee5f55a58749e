package agreement

import (
	"slices"
	"time"
)

// dealTalk are the words besides the lexicon's deal nouns by which a story tells that
// sides negotiated something: an exchange, a swap, talks with their negotiators and
// mediators, a summit.
var dealTalk = map[string]bool{"exchange": true, "swap": true, "exchanges": true, "swaps": true, "talks": true,
	"negotiations": true, "negotiators": true, "negotiated": true, "mediators": true, "mediator": true, "summit": true,
	"settlement": true, "concluded": true, "settled": true}

// looseDeals are deal nouns that name a proposal or a statement as readily as a deal
// ("the plan calls for", "a statement said"): alone they tell no negotiation.
var looseDeals = map[string]bool{"plan": true, "statement": true, "initiative": true, "framework": true,
	"timetable": true}

// failedCues tell that a deal was refused, failed or is still sought: a story saying so
// reports none, whatever duties its sides' drafts would set.
var failedCues = map[string]bool{"rejected": true, "collapsed": true, "failed": true, "refused": true, "demanded": true,
	"demands": true, "proposed": true, "proposal": true, "proposals": true, "draft": true, "broke": true, "stalled": true,
	"aborted": true}

// walkedOut reports whether words tell a side walking out ("walked out of the talks"),
// a failure, unlike captives who "walked free".
func walkedOut(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "walked" && words[i+1] == "out" {
			return true
		}
	}
	return false
}

// termFirstDeal returns the deal a story implies by its terms when no sentence tells
// its conclusion in the words findDeals knows: the story speaks of a deal or of talks
// in any wording, and commits two sides (or "both sides") to acts of the vocabulary in
// the modality of duties ("X will withdraw", "Y is to free", "each side must"). Its
// parties are the sides bound, with the sides the lead pairs when the duties bind
// both together; its date the lead's. Nil when the story denies or reports failed the
// deal, or when its duties are one side's, a plan's ("would") or a threat.
func termFirstDeal(lx *lexicon, vs []sent, body string, pub time.Time) []deal {
	talkAt := map[int]int{} // sentence → token of its first deal or talks word
	for si := range vs {
		v := &vs[si]
		failed := slices.ContainsFunc(v.words, func(x string) bool { return failedCues[x] }) || walkedOut(v.words)
		for i, w := range v.words {
			p, n := lx.match("deal", v.words, i)
			if n == 0 && !dealTalk[w] {
				continue
			}
			if failed || hasAny(v.words, max(0, i-3), i, "no", "without", "not", "never") {
				return nil // "talks ended without a deal", "Hamas rejected the plan"
			}
			if _, seen := talkAt[si]; !seen && (n == 0 || !looseDeals[p.value]) {
				talkAt[si] = i
			}
		}
	}
	if len(talkAt) == 0 {
		return nil
	}
	first := -1
	var bound []string
	group, two := false, false
	roles := map[bool]bool{} // role subjects seen: state or not
	for si := range vs {
		v := &vs[si]
		cls := commitments(lx, v, false, false)
		if len(cls) == 0 || reported(lx, v, cls) || hasAny(v.words, 0, len(v.words), "if", "unless", "would", "could", "might", "should") {
			continue
		}
		any := false
		for _, c := range cls {
			if t, ok := readTerm(lx, v, body, c); !ok || t.action == Other || t.action == Negotiate || t.action == "" {
				continue // "will meet again", "will respond": no act of a deal
			}
			any = true
			group = group || c.group
			two = two || c.group && hasAny(v.words, c.subjFrom, c.verb, "both", "two")
			n, subj := 0, c.subj
			if len(subj) == 0 {
				subj = subjectActors(v, c.subjFrom, c.verb)
			}
			for _, a := range subj {
				if a.Place || partyCode(a.Code) == "" {
					continue
				}
				bound = addCode(bound, partyCode(a.Code))
				n++
			}
			if n == 0 && !c.group {
				// "the rebels will hand over ...", "the government will ...": a side named by its role
				if lx.has("state", v.words, c.subjFrom, c.verb) {
					roles[true] = true
				}
				if lx.has("nonstate", v.words, c.subjFrom, c.verb) {
					roles[false] = true
				}
			}
		}
		if any && first < 0 {
			first = si
		}
	}
	if first < 0 || partySides(bound)+len(roles) < 2 && !group {
		return nil
	}
	d := deal{si: first, verb: cueVerb(lx, &vs[first]), kind: "agreement", implied: true, strength: verbStrength("agreed")}
	for si := range vs {
		if k := dealKind(lx, &vs[si]); k != "agreement" || lx.has("deal", vs[si].words, 0, len(vs[si].words)) {
			d.kind = k
			break
		}
	}
	d.parties = bound
	if group || partySides(bound) < 2 {
		// "both sides are to hand in their guns": the sides are those the story pairs,
		// in its lead or the duty's sentence; it must name them
		var pair []string
		for _, s := range []*sent{&vs[0], &vs[first]} {
			for _, c := range pairedSides(lx, s) {
				pair = addCode(pair, c)
			}
		}
		if partySides(pair) < 2 || two && partySides(pair) != 2 {
			return nil // ("both sides" of a story naming four countries: which two is not said)
		}
		for _, c := range pair {
			d.parties = addCode(d.parties, c)
		}
	}
	d.guarantors = guarantorsOf(lx, &vs[first])
	d.parties = slices.DeleteFunc(d.parties, func(c string) bool { return contains(d.guarantors, c) })
	// the talks told nearest before the duties (or after them) date and place the deal
	var ts []int
	for si := first; si >= 0; si-- {
		if _, ok := talkAt[si]; ok {
			ts = append(ts, si)
		}
	}
	for si := first + 1; si < len(vs); si++ {
		if _, ok := talkAt[si]; ok {
			ts = append(ts, si)
		}
	}
	for _, si := range ts {
		v := &vs[si]
		if d.place == "" {
			d.place = placeOf(v, body, talkAt[si])
		}
		if d.signed == "" {
			d.signed = talkedDay(lx, v)
		}
	}
	if d.signed == "" {
		d.signed = leadDay(lx, &vs[0])
	}
	if d.signed == "" && !lx.has("modal", vs[0].words, 0, len(vs[0].words)) {
		// "The meeting between Putin and Erdogan in Moscow on Thursday ...", a lead
		// stating no duty whose day it might give
		d.signed = talksDay(&vs[0])
	}
	if _, ok := talkAt[0]; d.signed == "" && (ok || vs[first].para == 0) && !pub.IsZero() && !olderCue(&vs[0]) {
		d.signed = pub.Format(time.DateOnly) // the lead's news is the story's day
	}
	if d.place == "" && vs[0].dateline != "" {
		d.place, d.datelined = vs[0].dateline, true
	}
	return []deal{d}
}

// cueVerb returns the token a term-first deal is anchored at: the sentence's first
// modal, or its first word.
func cueVerb(lx *lexicon, v *sent) int {
	for i := range v.words {
		if _, n := lx.match("modal", v.words, i); n > 0 {
			return i
		}
	}
	return max(v.first, 0)
}

// pairedSides returns the sides a sentence pairs: two actors joined by "and" ("between
// Israel and Hamas", "Armenia and Azerbaijan"), mediators, venues and places left out.
func pairedSides(lx *lexicon, s *sent) []string {
	med := mediatorToks(lx, s)
	as := slices.DeleteFunc(s.actorsIn(0, len(s.words)), func(a actorAt) bool {
		return partyCode(a.Code) == "" || a.Place || med[a.tok] || isVenue(s, a)
	})
	var out []string
	for i := 0; i < len(as); {
		// a list: actors joined by commas and one "and" ("Russia, Ukraine, Germany and France")
		j, joined := i, false
		for j+1 < len(as) {
			sep, ok := "", true
			for k := as[j].end; k < as[j+1].tok; k++ {
				switch w := s.word(k); {
				case w == "and" || w == ",":
					sep += w
				case determiners[w] || s.tag(k) == "JJ" || s.tag(k) == "NNP":
				default:
					ok = false
				}
			}
			if !ok || sep != "," && sep != "and" && sep != ",and" {
				break
			}
			joined = joined || sep != ","
			j++
			if sep != "," {
				break
			}
		}
		if joined {
			for _, a := range as[i : j+1] {
				out = addCode(out, partyCode(a.Code))
			}
		}
		i = j + 1
	}
	return out
}

// talkedDay returns the day a sentence telling talks dates them ("wrapped up talks in
// Nairobi on Tuesday"), its dateline and the days of the duties it states left out;
// "" when none.
func talkedDay(lx *lexicon, v *sent) string {
	end, _ := datelineOf(v.s)
	duty := len(v.words)
	if k, _, _ := lx.find("modal", v.words, 0, len(v.words)); k >= 0 {
		duty = k // ("Israel is to free 200 prisoners on Sunday": the duty's day)
	}
	for _, dm := range v.dates {
		if day := dayDate(dm); day != "" && dm.Tok >= end && dm.Tok < duty && dm.Offset == nil {
			return day
		}
	}
	return ""
}
