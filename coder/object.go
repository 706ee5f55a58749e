package coder

import (
	"strings"

	"github.com/peacewatch/peacewatch/actor"
	"github.com/peacewatch/peacewatch/event"
)

// object scans right from the trigger for its target and returns where the object ends.
func (s *sent) object(t *trigger) ([]ref, int) {
	if len(t.pat.TargetPrep) > 0 {
		if refs, end := s.prepObject(t, t.end, t.pat.TargetPrep, 8); len(refs) > 0 {
			return refs, end
		}
	}
	if t.pat.NoTarget {
		return nil, t.end
	}
	prep := ""
	from := t.end
	if t.pat.Gap > 0 {
		from = t.tok + 1 // "accused India of violating": the object stands in the gap
	}
	if event.Root(t.pat.Code) == "10" {
		k := from
		for k < len(s.lower) && k < from+4 && (timeWords[s.lower[k]] || s.lower[k] == "on") {
			k++
		}
		if k < len(s.lower) && s.lower[k] == "that" {
			from = k + 1 // "demanded on Monday that Russia return ...": the addressee
		}
	}
	limit := t.end + 8
scan:
	for j := from; j < len(s.toks) && j < limit; j++ {
		w := s.lower[j]
		// "struck a fuel depot and an air base in Port Sudan": a list of things hit
		// goes on to the place they are in.
		if (w == "and" || w == ",") && placeable(t.pat.Code) && prep == "" && j+1 < len(s.lower) && (s.lower[j+1] == "a" || s.lower[j+1] == "an") {
			limit = max(limit, j+8)
			continue
		}
		// "struck what New Delhi called a militant camp near Balakot": the naming is
		// no object; the thing named and where it is are.
		if w == "what" {
			if k := s.namingEnd(j); k > j {
				limit = max(limit, k+8)
				j = k - 1
				continue
			}
		}
		if prep == "" || locative[prep] {
			if refs, ok := s.placeAnaphor(t, j); ok {
				return refs, j + 2
			}
		}
		if p := s.at[j]; p >= 0 {
			ph := &s.phr[p]
			// "gave its coup leaders a week": another's forces, for a threat or an attack.
			if s.possessiveBefore(ph.start) >= 0 && ph.code == "" && prep == "" && forcesAsTargets(t.pat.Code) {
				if r, ok := s.resolveRole(p, true); ok && len(t.src) > 0 && rootCountry(r.code) != rootCountry(t.src[0].code) {
					return s.oneRef(r), ph.end
				}
			}
			// "recalled its ambassador", "withdrew their troops": one's own, not a target.
			if s.possessiveBefore(ph.start) >= 0 && ph.code == "" ||
				ph.end < len(s.lower) && s.lower[ph.end] == "'s" && !placeable(t.pat.Code) {
				j = ph.end - 1 // "signed Trump's plan": the plan's owner is no target
				continue
			}
			if prep != "" && prep != "of" {
				if locative[prep] && (ph.place || ph.kind == actor.Capital || ph.kind == actor.Country) {
					return s.placeTarget(t, p)
				}
				break
			}
			if ph.place {
				return s.placeTarget(t, p)
			}
			refs, end := s.compoundRight(p)
			if prep == "with" && end < len(s.lower) && s.lower[end] == "as" {
				return nil, t.end
			}
			if s.apposedWeapon(end) {
				return nil, t.end // "test-fired the Fatah, a surface-to-surface missile": a weapon's name
			}
			if len(refs) == 0 {
				j = end - 1
				continue
			}
			return refs, end
		}
		if w == "than" || w == "at" && j+1 < len(s.lower) && (s.lower[j+1] == "least" || s.lower[j+1] == "most") {
			j++
			continue
		}
		if tag := s.toks[j].Tag; tag == "IN" || tag == "TO" {
			switch {
			case objectPreps[w] && prep == "", w == "at" && placeable(t.pat.Code), // "fired rockets at X"
				w == "between" && j > from: // "welcomed the agreement between X and Y"
				prep = ""
			case locative[w] || w == "of":
				prep = w // the latest preposition governs the next phrase
			default:
				break scan
			}
			continue
		}
		if r, ok := s.pronoun(j); ok && objective[w] {
			return s.oneRef(r), j + 1
		}
		if w == "it" && j+1 < len(s.lower) && (s.lower[j+1] == "of" || s.lower[j+1] == "for") {
			// "the army accused it of keeping forces": an earlier group or state
			if r := s.lastInSentence(j, func(ph *phrase) bool { return ph.kind != actor.Person && !ph.place && !s.isSubject(ph) }); r != nil {
				rr := *r
				rr.name, rr.span = s.toks[j].Text, s.span(j, j+1)
				return s.oneRef(rr), j + 1
			}
		}
		// "accused the other side of sabotaging the talks": the party the source last dealt with.
		if w == "the" && j+2 < len(s.lower) && s.lower[j+1] == "other" && otherNouns[s.lower[j+2]] {
			if r, ok := s.otherSide(t); ok {
				r.name, r.span = s.words[j]+" other "+s.words[j+2], s.span(j, j+3)
				return s.oneRef(r), j + 3
			}
		}
		// "X and Y blamed each other": each of the subjects is the other's target.
		if (w == "each" || w == "one") && j+1 < len(s.lower) && (s.lower[j+1] == "other" || s.lower[j+1] == "another") && len(t.src) > 1 {
			return t.src, j + 2
		}
		if refs, end, ok := s.apposed(j); ok {
			return refs, end
		}
		if objectStops[w] || s.isTriggerVerb(j) || w == "to" && j+1 < len(s.toks) && s.toks[j+1].Tag == "VB" {
			break
		}
	}
	s.reportUnknown(t.end, min(len(s.toks), t.end+4))
	return nil, t.end
}

// apposedWeapon reports whether an appositive at token i names a weapon: ", a
// surface-to-surface missile".
func (s *sent) apposedWeapon(i int) bool {
	if i+1 >= len(s.lower) || s.lower[i] != "," || s.lower[i+1] != "a" && s.lower[i+1] != "an" {
		return false
	}
	for k := i + 2; k < len(s.lower) && k <= i+6; k++ {
		switch s.lower[k] {
		case "missile", "rocket", "drone", "warhead", "weapon", "bomb", "torpedo":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// namingEnd is the token after "what X called" or "what it described as" starting at
// token j, or j when there is none.
func (s *sent) namingEnd(j int) int {
	for k := j + 1; k < len(s.lower) && k <= j+5; k++ {
		switch s.lower[k] {
		case "called", "calls", "described", "describes", "termed", "dubbed":
			if k+1 < len(s.lower) && s.lower[k+1] == "as" {
				return k + 2
			}
			return k + 1
		}
	}
	return j
}

// placeTarget makes a place the target of an attack or a visit ("shelled Kharkiv");
// for other events a place is only where they happened.
func (s *sent) placeTarget(t *trigger, p int) ([]ref, int) {
	ph := s.phr[p]
	if ph.country == "" || t != nil && !placeable(t.pat.Code) {
		return nil, ph.end
	}
	return s.oneRef(ref{code: ph.country, name: ph.name, span: s.span(ph.start, ph.end), country: ph.country, place: true}), ph.end
}

// prepObject finds the phrase after one of preps within limit tokens of from.
func (s *sent) prepObject(t *trigger, from int, preps []string, limit int) ([]ref, int) {
	for j := from; j < len(s.toks) && j < from+limit; j++ {
		w := s.lower[j]
		if objectStops[w] && w != "and" && w != "," || s.isTriggerVerb(j) {
			break
		}
		if !contains(preps, w) {
			continue
		}
		for k := j + 1; k < len(s.toks) && k < j+6; k++ {
			if p := s.at[k]; p >= 0 {
				if s.phr[p].place || s.phr[p].kind == actor.Capital && w != "with" {
					return s.placeTarget(t, p)
				}
				// "withdrew from Iraq": where a retreat leaves is no target.
				if t != nil && event.Root(t.pat.Code) == "08" && (w == "from" || w == "of") && s.phr[p].kind == actor.Country {
					return nil, from
				}
				refs, end := s.compoundRight(p)
				if w == "with" && end < len(s.lower) && s.lower[end] == "as" {
					return nil, from
				}
				return refs, end
			}
			if r, ok := s.pronoun(k); ok && objective[s.lower[k]] {
				return s.oneRef(r), k + 1
			}
			if objectStops[s.lower[k]] || s.isTriggerVerb(k) || s.lower[k] == "to" || strings.HasPrefix(s.toks[k].Tag, "VB") {
				break
			}
		}
	}
	return nil, from
}

// agentBy finds the "by X" agent of a passive verb.
func (s *sent) agentBy(from int) ([]ref, int) {
	return s.prepObject(nil, from, []string{"by"}, 6)
}

// apposed resolves a name no dictionary knows, starting at token j, by the appositive
// after it: "sanctions on James Kabarebe, Rwanda's minister of state" are on RWAGOV.
func (s *sent) apposed(j int) ([]ref, int, bool) {
	if !isProper(s.toks[j]) || s.at[j] >= 0 || notActor[s.lower[j]] {
		return nil, 0, false
	}
	e := j
	for e < len(s.toks) && isProper(s.toks[e]) && s.at[e] < 0 {
		e++
	}
	k := e + 1
	if e >= len(s.toks) || s.lower[e] != "," || k >= len(s.toks) {
		return nil, 0, false
	}
	if isDeterminer(s.lower[k]) || s.lower[k] == "a" || s.lower[k] == "an" {
		k++
	}
	if k >= len(s.toks) || s.at[k] < 0 || s.isLocation(s.at[k]) {
		return nil, 0, false
	}
	p := s.at[k]
	r, ok := s.resolveRole(p, false)
	if !ok || s.phr[p].place {
		return nil, 0, false
	}
	r.name = s.Text[s.toks[j].Start:s.toks[e-1].End]
	r.span = s.span(j, e)
	r.person = true
	return s.oneRef(r), s.phr[p].end, true
}

// namesHostileAct reports whether the object after token i is a hostile act named by a
// definite noun ("the attack", "the coup", "this week's strikes").
func (s *sent) namesHostileAct(i int) bool {
	for j := i; j < len(s.lower) && j < i+4; j++ {
		w := s.lower[j]
		if hostileActs[w] || s.triggerIsHostileNoun(j) {
			return j > i && (isDeterminer(s.lower[j-1]) || s.lower[j-1] == "'s")
		}
		if s.at[j] >= 0 || objectStops[w] {
			return false
		}
	}
	return false
}

func (s *sent) triggerIsHostileNoun(j int) bool {
	t := s.triggerAt(j)
	return t != nil && t.pat.Noun && event.QuadClass(t.pat.Code) == 4
}

// lastAttacker is the source of the latest act of material conflict before trigger ti
// in the sentence, else in the article so far.
func (s *sent) lastAttacker(ti int) []ref {
	for i := ti - 1; i >= 0; i-- {
		if t := &s.trig[i]; len(t.src) > 0 && event.QuadClass(t.pat.Code) == 4 {
			return t.src
		}
	}
	return s.mem.attacker
}
