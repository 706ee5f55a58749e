package coder

import (
	"strings"

	"github.com/peacewatch/peacewatch/actor"
)

// nounRoles: source from "of/by X", a possessive or modifier before the noun, or the
// subject of the verb that governs it; target from the pattern's prepositions.
func (s *sent) nounRoles(ti int) {
	t := &s.trig[ti]
	t.objEnd = t.end
	if contains(t.pat.TargetPrep, "between") {
		from := t.end
		for from < len(s.lower) && onsets[s.lower[from]] {
			from++ // "fighting broke out on Saturday between X and Y"
		}
		if refs, end := s.prepObject(t, from, []string{"between"}, 7); len(refs) > 1 {
			t.src, t.tgt, t.objEnd = refs, refs, end
			t.subjAt = t.tok
			return
		}
	}
	if len(t.pat.SourcePrep) > 0 {
		if refs, end := s.prepObject(t, t.end, t.pat.SourcePrep, 3); len(refs) > 0 {
			t.src, t.objEnd = refs, end
		}
	}
	if len(t.src) == 0 {
		t.src = s.modifier(t.tok)
		// "Israeli airstrikes": a state's attack is its military's.
		if len(t.src) == 1 && len(t.src[0].code) == 3 && isViolent(t.pat.Code) {
			t.src[0].code += "MIL"
		}
	}
	if len(t.src) > 0 {
		t.subjAt = t.tok
	}
	from := t.objEnd
	if len(t.pat.TargetPrep) > 0 {
		if refs, end := s.prepObject(t, from, t.pat.TargetPrep, 6); len(refs) > 0 {
			t.tgt = refs
			t.objEnd = max(t.objEnd, end)
		}
	}
	if len(t.tgt) == 0 && len(t.pat.TargetPrep) == 0 && strings.HasPrefix(t.pat.Code, "0") {
		// "a telephone call with X", "talks between X and Y"
		if refs, end := s.prepObject(t, t.objEnd, []string{"with", "between"}, 4); len(refs) > 0 {
			t.tgt, t.objEnd = refs, max(t.objEnd, end)
		}
	}
	if len(t.tgt) == 0 && placeable(t.pat.Code) {
		t.tgt = s.placeAfter(t)
	}
	if len(t.src) == 0 && len(t.tgt) <= 1 {
		// "placed Riek Machar under house arrest": the verb's object is the target.
		if v, p := s.governorOver(t.tok); v >= 0 {
			if r, ok := s.resolveRole(p, true); ok {
				t.tgt = s.oneRef(r)
			}
		}
	}
	if len(t.src) == 0 {
		if v := s.governor(t.tok); v >= 0 {
			t.gov = v
			subj, at := s.subject(v, ti)
			t.src, t.subjAt = subj, at
			if at >= 0 {
				t.subjEnd = s.subjectEnd(at)
			}
		}
	}
}

// placeAfter finds a place an attack named by a noun hit: "strikes across southern
// Lebanon", "shelling in Kharkiv".
func (s *sent) placeAfter(t *trigger) []ref {
	for j := t.end; j < len(s.toks) && j < t.end+5; j++ {
		if p := s.at[j]; p >= 0 {
			if ph := &s.phr[p]; j > t.end && locative[s.lower[j-1]] || j > t.end+1 && locative[s.lower[j-2]] {
				if ph.place || ph.kind == actor.Country || ph.kind == actor.Capital {
					refs, _ := s.placeTarget(t, p)
					return refs
				}
			}
			return nil
		}
		if objectStops[s.lower[j]] || s.isTriggerVerb(j) {
			return nil
		}
	}
	return nil
}

// modifier is the actor written just before a noun trigger: "a Taliban bombing",
// "Russia's invasion", "Israeli airstrikes".
func (s *sent) modifier(n int) []ref {
	j := n - 1
	for j >= 0 && j >= n-3 {
		w := s.lower[j]
		if p := s.at[j]; p >= 0 {
			if s.isLocation(p) {
				return nil
			}
			return s.compoundLeft(p)
		}
		if w == "'s" || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "CD" || w == "-" || w == "new" || w == "fresh" || w == "deadly" || w == "latest" {
			j--
			continue
		}
		if r, ok := s.pronoun(j); ok && (w == "his" || w == "her" || w == "their" || w == "our") {
			return s.oneRef(r)
		}
		break
	}
	return nil
}

// governor finds the verb that governs a noun trigger as its object ("launched an
// attack"), scanning a few words left; -1 when none.
func (s *sent) governor(n int) int {
	for j := n - 1; j >= 0 && j >= n-10; j-- {
		w := s.lower[j]
		if quoteMarks[w] || s.at[j] >= 0 && s.isLocation(s.at[j]) {
			continue
		}
		if v, p := s.governorOver(n); v >= 0 && s.at[j] == p {
			j = v + 1 // over the verb's object to the verb itself
			continue
		}
		if tag := s.toks[j].Tag; tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "VB" || tag == "VBN" || lightVerbs[w] && tag == "VBG" {
			if s.isTriggerVerb(j) && !lightVerbs[w] && !futureCues[w] {
				return -1
			}
			return j
		}
		if s.at[j] >= 0 || boundaries[w] || w == "," || w == "of" {
			return -1
		}
	}
	return -1
}

// governorOver finds "VERB OBJECT PREP noun" for the noun trigger at n ("placed Machar
// under house arrest", "put the city under siege") and returns the verb's token and the
// object's phrase, or -1.
func (s *sent) governorOver(n int) (int, int) {
	k := s.nounStart(n) - 1
	if k < 1 || !objectUnder[s.lower[k]] {
		return -1, -1
	}
	p := s.at[k-1]
	if p < 0 || s.isLocation(p) {
		return -1, -1
	}
	v := s.phr[p].start - 1
	if v >= 0 && isDeterminer(s.lower[v]) {
		v--
	}
	if v < 0 || !strings.HasPrefix(s.toks[v].Tag, "VB") || s.isTriggerVerb(v) {
		return -1, -1
	}
	return v, p
}
