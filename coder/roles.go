package coder

import (
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
					t.tgt = s.oneRef(r)
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
				return s.oneRef(r), j
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
	refs := s.oneRef(r)
	listed := false // a comma joins only inside a list closed by "and"
	for q := p - 1; q >= 0; q-- {
		if !s.coordinated(s.phr[q].end, s.phr[q+1].start) {
			break
		}
		// "arming the RSF, and the army cut ties": ", and" between two actors, with no
		// list before them, joins clauses.
		if len(refs) == 1 && s.commaAnd(s.phr[q].end, s.phr[q+1].start) && (q == 0 || !s.coordinated(s.phr[q-1].end, s.phr[q].start)) {
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
		refs = s.oneRef(r)
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

// commaAnd reports whether tokens [i, j) hold ", and".
func (s *sent) commaAnd(i, j int) bool {
	for k := i; k+1 < j; k++ {
		if s.lower[k] == "," && s.lower[k+1] == "and" {
			return true
		}
	}
	return false
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

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
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
