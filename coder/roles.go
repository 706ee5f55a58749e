package coder

import (
	"strings"

	"github.com/peacewatch/peacewatch/actor"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// assignRoles finds the source and target of every trigger of the sentence, in order,
// so that a later clause can inherit an earlier clause's subject.
func (s *sent) assignRoles() {
	for ti := range s.trig {
		t := &s.trig[ti]
		s.cur = t
		if t.pat.Noun {
			s.nounRoles(ti)
		} else {
			s.verbRoles(ti)
		}
	}
	s.cur = nil
}

func (s *sent) verbRoles(ti int) {
	t := &s.trig[ti]
	subj, at := s.subject(t.tok, ti)
	t.subjAt = at
	if at >= 0 {
		t.subjEnd = s.subjectEnd(at)
	}
	t.src = subj // known while the object is sought: "Biden hosted him" is not Biden
	obj, objEnd := s.object(t)
	t.objEnd = objEnd
	if len(obj) == 0 && !t.passive && event.Root(t.pat.Code) == "11" && s.namesHostileAct(t.end) {
		obj = withoutSelf(s.lastAttacker(ti), subj) // "Qatar condemned the attack": the attacker
	}
	if t.passive {
		by, byEnd := s.agentBy(t.end)
		if byEnd > t.objEnd {
			t.objEnd = byEnd
		}
		t.src, t.tgt = by, subj
		if len(by) == 0 {
			t.src = nil
		}
		// "hostages were handed over by Hamas": those released belong to the other side.
		if len(by) > 0 && at >= 0 && event.Root(t.pat.Code) == "08" {
			if p := s.at[at]; p >= 0 && s.phr[p].code == "" && s.phr[p].kind == actor.Agent {
				if r, ok := s.resolveRole(p, true); ok {
					t.tgt = []ref{r}
				}
			}
		}
		return
	}
	t.src, t.tgt = subj, obj
}

// subjectEnd is the token after the subject phrase that starts at tok at.
func (s *sent) subjectEnd(at int) int {
	if p := s.at[at]; p >= 0 {
		return s.phr[p].end
	}
	return at + 1
}

// subject scans left from token v for the actor doing the action. It returns the
// actors and the token where the subject starts, or -1.
func (s *sent) subject(v, ti int) ([]ref, int) {
	j := v - 1
	for j >= 0 && skippable[s.lower[j]] {
		j--
	}
	// A participle after a comma, or a verb after "and": the previous verb's subject.
	if ti > 0 && j >= 0 {
		prev := &s.trig[ti-1]
		w := s.lower[j]
		if w == "," && s.toks[v].Tag == "VBG" {
			// "Petro suspended talks after the fighters killed dozens, accusing ...": the
			// participle's subject is the main clause's, not the subordinate one's.
			if m := s.mainBefore(ti); m != nil {
				return m.src, m.subjAt
			}
		}
		if (w == "and" || w == "but" || w == "," || w == "then" || w == "or") && !prev.pat.Noun && j >= prev.end-1 && prev.subjAt >= 0 {
			if prev.passive {
				return prev.tgt, prev.subjAt
			}
			return prev.src, prev.subjAt
		}
		// "X accused Y of shelling", "Y was accused of shelling": Y did it.
		if w == "of" && s.toks[v].Tag == "VBG" && event.Root(prev.pat.Code) == "11" {
			if prev.passive && len(prev.tgt) > 0 {
				return prev.tgt, prev.subjAt
			}
			if !prev.passive && len(prev.tgt) > 0 {
				return prev.tgt, prev.objEnd - 1
			}
		}
	}
	// "X agreed in Beijing on Friday to restore ties": an infinitive shares the subject
	// of the verb it completes.
	if refs, at, ok := s.infinitiveSubject(v); ok {
		return refs, at
	}
	// "X sank the ship after attacking it": the participle's subject is the clause's.
	if j > 0 && s.toks[v].Tag == "VBG" && participleLinks[s.lower[j]] {
		return s.subject(j, ti)
	}
	for ; j >= 0; j-- {
		w := s.lower[j]
		if p := s.at[j]; p >= 0 && !s.isLocation(p) {
			if refs := s.compoundLeft(p); len(refs) > 0 {
				return refs, s.phr[p].start
			}
			j = s.phr[p].start
			continue
		}
		if nominative[w] {
			if r, ok := s.pronoun(j); ok {
				return []ref{r}, j
			}
		}
		if w == "it" {
			if refs := s.reporter(j); len(refs) > 0 {
				return refs, j
			}
		}
		if relatives[w] && s.onlySkippable(j+1, v) {
			return s.antecedent(j)
		}
		if w == "," {
			if k := s.parenthetical(j); k >= 0 {
				j = k + 1
				continue
			}
		}
		if w == "until" && s.deadlineHave(j) {
			continue // "Israeli troops have until January 26 to withdraw"
		}
		if boundaries[w] {
			break
		}
		if s.isTriggerVerb(j) {
			break
		}
	}
	s.reportUnknown(j+1, v)
	return nil, -1
}

// deadlineHave reports whether "until" at token j gives a deadline to whoever has it:
// "X has until Friday to", "X was given until Friday to".
func (s *sent) deadlineHave(j int) bool {
	if j == 0 {
		return false
	}
	switch s.lower[j-1] {
	case "have", "has", "had", "given":
		return true
	}
	return false
}

// infinitiveSubject finds, for a verb after "to", the earlier verb it completes when
// only places, times and adverbs stand between them, and returns that verb's subject.
func (s *sent) infinitiveSubject(v int) ([]ref, int, bool) {
	k := v - 1
	for k >= 0 && skippable[s.lower[k]] && s.lower[k] != "to" {
		k--
	}
	if k < 1 || s.lower[k] != "to" {
		return nil, -1, false
	}
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		if p := s.at[i]; p >= 0 && !s.isLocation(p) {
			return nil, -1, false
		}
		if tr := s.triggerAt(i); tr != nil && !tr.pat.Noun && tr.subjAt >= 0 {
			if tr.passive {
				return tr.tgt, tr.subjAt, len(tr.tgt) > 0
			}
			return tr.src, tr.subjAt, len(tr.src) > 0
		}
		if boundaries[s.lower[i]] || s.lower[i] == "," {
			return nil, -1, false
		}
	}
	return nil, -1, false
}

// onlySkippable reports whether tokens [i, j) are auxiliaries and adverbs.
func (s *sent) onlySkippable(i, j int) bool {
	for k := i; k < j; k++ {
		if !skippable[s.lower[k]] {
			return false
		}
	}
	return true
}

// isTriggerVerb reports whether token j is a verb trigger of this sentence.
func (s *sent) isTriggerVerb(j int) bool {
	for i := range s.trig {
		if t := &s.trig[i]; t.tok == j && !t.pat.Noun {
			return true
		}
	}
	return false
}

// parenthetical finds the comma that opens an appositive or relative clause closed
// by the comma at j ("Ghani, who was not included, declared"), or -1.
func (s *sent) parenthetical(j int) int {
	for k := j - 1; k >= 0 && k >= j-25; k-- {
		w := s.lower[k]
		if w == "," || w == "(" || w == "—" {
			if k+1 < j && k > 0 && opensAside(s.lower[k+1], s.toks[k+1].Tag) {
				return k
			}
			return -1
		}
		if w == ";" || s.isTriggerVerb(k) && (k == 0 || !relatives[s.lower[k-1]]) {
			return -1
		}
	}
	return -1
}

// antecedent resolves a relative pronoun at j to the phrase or noun trigger before it.
func (s *sent) antecedent(j int) ([]ref, int) {
	k := j - 1
	if k >= 0 && s.lower[k] == "," {
		k--
	}
	if k < 0 {
		return nil, -1
	}
	if p := s.at[k]; p >= 0 {
		return s.compoundLeft(p), s.phr[p].start
	}
	for i := range s.trig {
		if t := &s.trig[i]; t.pat.Noun && t.end-1 <= k && k <= t.objEnd && len(t.src) > 0 {
			return t.src, t.tok
		}
	}
	return nil, -1
}

// compoundLeft resolves the phrase p and the phrases coordinated before it ("X and Y").
func (s *sent) compoundLeft(p int) []ref {
	r, ok := s.resolve(p)
	if !ok {
		return nil
	}
	refs := []ref{r}
	listed := false // a comma joins only inside a list closed by "and"
	for q := p - 1; q >= 0; q-- {
		if !s.coordinated(s.phr[q].end, s.phr[q+1].start) {
			break
		}
		if s.conjoined(s.phr[q].end, s.phr[q+1].start) {
			listed = true
		} else if !listed {
			break
		}
		if r, ok := s.resolve(q); ok {
			refs = append([]ref{r}, refs...)
		}
	}
	return refs
}

// compoundStart is the first token of the compound that phrase p ends.
func (s *sent) compoundStart(p int) int {
	for p > 0 && s.coordinated(s.phr[p-1].end, s.phr[p].start) {
		p--
	}
	return s.phr[p].start
}

// compoundRight resolves phrase p and the phrases coordinated after it.
func (s *sent) compoundRight(p int) ([]ref, int) {
	var refs []ref
	end := s.phr[p].end
	if r, ok := s.resolveRole(p, true); ok {
		refs = append(refs, r)
	}
	kept, keptEnd := len(refs), end
	for q := p + 1; q < len(s.phr); q++ {
		if !s.coordinated(s.phr[q-1].end, s.phr[q].start) || s.startsClause(s.phr[q].end) {
			break
		}
		if r, ok := s.resolveRole(q, true); ok {
			refs = append(refs, r)
			end = s.phr[q].end
		}
		if s.conjoined(s.phr[q-1].end, s.phr[q].start) {
			kept, keptEnd = len(refs), end
		}
	}
	return refs[:kept], keptEnd
}

// coordinated reports whether tokens [i, j) join two phrases: "and", ",", "and the".
func (s *sent) coordinated(i, j int) bool {
	if j <= i || j-i > 3 {
		return false
	}
	joined := false
	for k := i; k < j; k++ {
		switch s.lower[k] {
		case "and", "or", ",", "&":
			joined = true
		case "the", "its", "their", "both", "also", "with":
		default:
			return false
		}
	}
	return joined
}

// startsClause reports whether a verb follows token i, so that the phrase before it
// is a new clause's subject ("Hamas will free 33 hostages and Israel will release").
func (s *sent) startsClause(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	switch s.lower[i] {
	case "will", "would", "shall", "must", "has", "have", "had", "is", "are", "was", "were", "'ll":
		return true
	}
	return s.toks[i].Tag == "MD"
}

// conjoined reports whether tokens [i, j) hold "and" or "or".
func (s *sent) conjoined(i, j int) bool {
	for k := i; k < j; k++ {
		if w := s.lower[k]; w == "and" || w == "or" || w == "&" {
			return true
		}
	}
	return false
}

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
		if p := s.at[j]; p >= 0 {
			ph := &s.phr[p]
			// "gave its coup leaders a week": another's forces, for a threat or an attack.
			if s.possessiveBefore(ph.start) >= 0 && ph.code == "" && prep == "" && forcesAsTargets(t.pat.Code) {
				if r, ok := s.resolveRole(p, true); ok && len(t.src) > 0 && rootCountry(r.code) != rootCountry(t.src[0].code) {
					return []ref{r}, ph.end
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
			return []ref{r}, j + 1
		}
		if w == "it" && j+1 < len(s.lower) && (s.lower[j+1] == "of" || s.lower[j+1] == "for") {
			// "the army accused it of keeping forces": an earlier group or state
			if r := s.lastInSentence(j, func(ph *phrase) bool { return ph.kind != actor.Person && !ph.place && !s.isSubject(ph) }); r != nil {
				rr := *r
				rr.name, rr.span = s.toks[j].Text, s.span(j, j+1)
				return []ref{rr}, j + 1
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
	return []ref{r}, s.phr[p].end, true
}

// placeTarget makes a place the target of an attack or a visit ("shelled Kharkiv");
// for other events a place is only where they happened.
func (s *sent) placeTarget(t *trigger, p int) ([]ref, int) {
	ph := s.phr[p]
	if ph.country == "" || t != nil && !placeable(t.pat.Code) {
		return nil, ph.end
	}
	return []ref{{code: ph.country, name: ph.name, span: s.span(ph.start, ph.end), country: ph.country, place: true}}, ph.end
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
				return []ref{r}, k + 1
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

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

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
				t.tgt = []ref{r}
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
			return []ref{r}
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

// span converts token indices to a byte span in the article.
func (s *sent) span(i, j int) event.Span {
	return event.Span{Start: s.toks[i].Start, End: s.toks[j-1].End}
}

// reporter resolves "it" at token j after a reporting verb to that verb's subject:
// "the army said on Thursday that it was ready" is the army. Another "it" names no
// actor.
func (s *sent) reporter(j int) []ref {
	k := j - 1
	if k >= 0 && s.lower[k] == "that" {
		k--
	}
	for n := 0; k >= 0 && n < 4 && !text.IsReportingVerb(s.lower[k]); n++ {
		if w := s.lower[k]; !timeWords[w] && w != "on" && w != "in" && w != "late" && w != "early" {
			return nil
		}
		k--
	}
	if k < 1 || !text.IsReportingVerb(s.lower[k]) {
		return nil
	}
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		if p := s.at[i]; p >= 0 && !s.isLocation(p) {
			if r, ok := s.resolve(p); ok && !r.person {
				return s.compoundLeft(p)
			}
			return nil
		}
		if !skippable[s.lower[i]] {
			return nil
		}
	}
	return nil
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

// mainBefore is the latest active verb trigger before trigger ti whose clause is not
// subordinate ("after X killed"), or nil.
func (s *sent) mainBefore(ti int) *trigger {
	for i := ti - 1; i >= 0; i-- {
		p := &s.trig[i]
		if p.pat.Noun || p.subjAt < 0 {
			continue
		}
		k := p.subjAt - 1
		for k >= 0 && (s.at[k] >= 0 || s.lower[k] == "'s" || isDeterminer(s.lower[k])) {
			k-- // "after the group's fighters killed"
		}
		if k >= 0 && subordinators[s.lower[k]] {
			continue
		}
		if p.passive {
			return nil
		}
		return p
	}
	return nil
}
