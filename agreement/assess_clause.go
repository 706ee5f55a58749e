package agreement

import "maps"

// clauseAt returns the bounds [lo, hi) of the clause of words holding word i: a
// clause ends at a comma, a semicolon, a colon or a conjunction that starts a new
// statement ("but", "while", "although", "whereas").
func clauseAt(words []string, i int) (lo, hi int) {
	lo, hi = 0, len(words)
	for k := i; k > 0; k-- {
		if clauseStop(words[k-1]) {
			lo = k
			break
		}
	}
	for k := i + 1; k < len(words); k++ {
		if clauseStop(words[k]) {
			hi = k
			break
		}
	}
	return lo, hi
}

func clauseStop(w string) bool {
	switch w {
	case ",", ";", ":", "but", "while", "although", "though", "whereas", "—", "–":
		return true
	}
	return false
}

// scoped returns c without the negative cue when the negative word stands in
// another clause than the one naming p's action or object, and that clause has a
// subject of its own who is none of p's obligors: "the withdrawal had been
// completed, and Russian officials did not contest it" reports the withdrawal done;
// "creates the court, which has not yet started" still says something is missing.
func (r *Rules) scoped(p Provision, o *observation, c cues) cues {
	if !c["negative"] {
		return c
	}
	words := o.words
	at := o.match(r.Implement[p.Action])
	if at < 0 {
		at = o.match(r.objectWords(p))
	}
	ni := o.match(r.Cues["negative"])
	if at < 0 || ni < 0 {
		return c
	}
	lo, hi := clauseAt(words, at)
	if ni >= lo && ni < hi {
		return c
	}
	nlo, nhi := clauseAt(words, ni)
	if r.coordinate(p, words, lo, hi, nlo, nhi) {
		// "The two armies have not fought since the deal was signed, and the last
		// prisoners went home": the negation is another statement's.
		c = maps.Clone(c)
		delete(c, "negative")
		return c
	}
	if r.completeIn(words, at) && r.Implement[p.Action].MatchAny(words[nlo:nhi]) < 0 && (nlo == 0 || words[nlo-1] != "but") {
		// "Baku had handed over all the prisoners of war it held, and that the men
		// seized were saboteurs, not prisoners covered by the statement": the act
		// reported whole in its own clause; the negation, naming no act, says what
		// something else is not.
		c = maps.Clone(c)
		delete(c, "negative")
		return c
	}
	if subordinate[words[nlo]] {
		// "formed on March 22, after the groups rejected an earlier cabinet as
		// not inclusive enough": the negation is the background's.
		c = maps.Clone(c)
		delete(c, "negative")
		return c
	}
	for k, a := range o.actorAt {
		if a >= nlo && a < ni && r.obligorIn(p, []string{o.actors[k]}) == "" {
			c = maps.Clone(c)
			delete(c, "negative")
			return c
		}
	}
	return c
}

// coordinate reports whether the clause [nlo, nhi) of a negation and the clause
// [lo, hi) that names p's act by a word of its action are two statements joined
// by "and" or "but": the later one opens with "and" or follows "but", and the
// negation's, of four words or more, names neither p's act nor its object.
func (r *Rules) coordinate(p Provision, words []string, lo, hi, nlo, nhi int) bool {
	later := max(lo, nlo)
	if later >= len(words) || words[later] != "and" && (later == 0 || words[later-1] != "but") {
		return false
	}
	impl, obj := r.Implement[p.Action], r.objectWords(p)
	neg := words[nlo:nhi]
	named := impl.MatchAny(words[lo:hi]) >= 0
	if p.Action == Other {
		// Without a vocabulary of its own, the act is its object, and only a
		// contrast ("but") sets the two statements apart.
		named = words[later] != "and" && obj.MatchAny(words[lo:hi]) >= 0
	}
	// An elliptical clause ("but no agreement") is no statement of its own.
	return named && len(neg) >= 4 && impl.MatchAny(neg) < 0 && obj.MatchAny(neg) < 0
}

// subordinate words open a clause that gives the background of the main one.
var subordinate = map[string]bool{
	"after": true, "before": true, "because": true, "when": true, "since": true,
	"as": true, "until": true, "once": true, "although": true, "though": true,
}

// sameClause reports whether words i and j stand in one clause.
func sameClause(words []string, i, j int) bool {
	lo, hi := clauseAt(words, i)
	return j >= lo && j < hi
}

// actionAt returns the index of the first word naming p's action, else its object,
// else -1.
func (r *Rules) actionAt(p Provision, words []string) int {
	if i := r.Implement[p.Action].MatchAny(words); i >= 0 {
		return i
	}
	return r.objectWords(p).MatchAny(words)
}

// laterStatement reports whether word i stands in a clause after the one of word at
// that opens with "and" or "but" and names neither p's act nor its object: another
// statement ("thousands of Vietnamese troops are still in Cambodia, and uses the
// claim to justify its refusal to disarm").
func (r *Rules) laterStatement(p Provision, words []string, at, i int) bool {
	lo, hi := clauseAt(words, i)
	if lo <= at || lo >= len(words) || words[lo] != "and" && words[lo-1] != "but" {
		return false
	}
	cl := words[lo:hi]
	return r.Implement[p.Action].MatchAny(cl) < 0 && r.objectWords(p).MatchAny(cl) < 0
}

// backgroundOnly reports whether every word of the cue kind stands in a subordinate
// clause after the clause of p's act: what is told there is the act's background
// ("left at the weekend, after the ministers warned that it faced sanctions if it
// stayed"), not a condition on it.
func (r *Rules) backgroundOnly(kind string, p Provision, words []string) bool {
	at := r.actionAt(p, words)
	if at < 0 {
		return false
	}
	_, hi := clauseAt(words, at)
	return !r.matchesBut(kind, words, func(i int) bool { return i >= hi && r.precededBySubordinate(words, i) })
}

// precededBySubordinate reports whether word i stands in a subordinate clause: a
// subordinate word stands before it in its clause ("dissolved after its leader
// was killed").
func (r *Rules) precededBySubordinate(words []string, i int) bool {
	lo, _ := clauseAt(words, i)
	for _, w := range words[lo:i] {
		if subordinate[w] {
			return true
		}
	}
	return false
}

// intentOnlyRelative reports whether every word of intent in words stands aside
// from the report: in a relative clause set off by a comma (", which were due to
// open"), before a noun as its participle ("the promised exchange"), or in a
// subordinate clause ("because they had not agreed how").
func (r *Rules) intentOnlyRelative(words []string) bool {
	intent := r.Cues["intent"]
	found := false
	for i := 0; i < len(words); {
		k := intent.MatchAny(words[i:])
		if k < 0 {
			break
		}
		at := i + k
		lo, hi := clauseAt(words, at)
		switch {
		case lo > 0 && (words[lo] == "which" || words[lo] == "who"):
		case lo > 0 && words[lo] == "and" && saidBefore(words[lo:at]):
			// "..., and the US military says the reduction will continue": a
			// later statement's plan beside the report.
		case at > 0 && determiner[words[at-1]]:
			// "the promised exchange": a participle before its noun.
		case r.precededBySubordinate(words, at):
			// "because the two sides had not agreed on how to do it": the
			// background's, not the report's.
		default:
			return false
		}
		found = true
		i = max(hi, at+1)
	}
	return found
}

// intentElsewhere reports whether every word of intent in words stands in a
// statement of its own before the one that names p: its clause names neither p's
// act, the acts p forbids nor p's object, and a later clause opening with "and"
// or following "but" does ("Hekmatyar called on the Taliban to join the peace
// process, and no attacks by his fighters have been reported since").
func (r *Rules) intentElsewhere(p Provision, words []string) bool {
	names := func(ws []string) int {
		i := -1
		for _, w := range []WordRule{r.Implement[p.Action], r.Forbid[p.Action], r.objectWords(p)} {
			if k := w.MatchAny(ws); k >= 0 && (i < 0 || k < i) {
				i = k
			}
		}
		return i
	}
	intent := r.Cues["intent"]
	// "said Pakistan had not carried out any strike and that it would announce any
	// action it took": "and that" opens a second statement; the one of them
	// holding every word of intent names nothing of p, the other does.
	for j := 1; j+1 < len(words); j++ {
		if words[j] != "and" || words[j+1] != "that" {
			continue
		}
		before, after := words[:j], words[j+2:]
		ib, ia := intent.MatchAny(before), intent.MatchAny(after)
		if ib < 0 && ia >= 0 && names(before) >= 0 && names(after) < 0 ||
			ia < 0 && ib >= 0 && names(after) >= 0 && names(before) < 0 {
			return true
		}
	}
	last := -1 // the end of the last clause holding a word of intent
	for i := 0; i < len(words); {
		k := intent.MatchAny(words[i:])
		if k < 0 {
			break
		}
		lo, hi := clauseAt(words, i+k)
		if names(words[lo:hi]) >= 0 {
			return false
		}
		last, i = hi, max(hi, i+k+1)
	}
	if last < 0 || last >= len(words) {
		return false
	}
	k := names(words[last:])
	if k < 0 {
		return false
	}
	lo, _ := clauseAt(words, last+k)
	return lo > 0 && lo < len(words) && (words[lo] == "and" || words[lo-1] == "but")
}

// doneAfterTerm reports whether words state p's term with a word of intent, then,
// in a later clause of their own (after ";", ", and", ", which" or "but") without
// one, report it carried out in the past: a past form with p's act or object, or a
// pro-verb ("which it did in January"). "The plan called for an early presidential
// election within ninety days, and Hadi was elected on February 21".
func (r *Rules) doneAfterTerm(p Provision, words []string) bool {
	ii := r.Cues["intent"].MatchAny(words)
	if ii < 0 {
		return false
	}
	obj := r.objectWords(p)
	for b := ii + 1; b < len(words)-1; b++ {
		next := words[b+1]
		if !(words[b] == ";" || words[b] == "," && (next == "and" || next == "which" || next == "but")) {
			continue
		}
		rest := words[b+1:]
		if r.Cues["intent"].MatchAny(rest) >= 0 || r.Cues["negative"].MatchAny(rest) >= 0 || r.Cues["hypothetical"].MatchAny(rest) >= 0 {
			return false
		}
		for k, w := range rest {
			if w == "did" || w == "done" {
				return true
			}
			if !pastForm(w) && !(k > 0 && (rest[k-1] == "was" || rest[k-1] == "were")) {
				continue
			}
			if r.Implement[p.Action].MatchAny(rest[k:k+1]) == 0 || obj.MatchWord(w) || sharesStem(w, obj.Words) {
				return true
			}
		}
		return false
	}
	return false
}

// sharesStem reports whether w and one of words open with the same five letters or
// more ("elected", "election").
func sharesStem(w string, words []string) bool {
	if len(w) < 5 {
		return false
	}
	for _, x := range words {
		if len(x) >= 5 && x[:5] == w[:5] {
			return true
		}
	}
	return false
}

// saidBefore reports whether words hold a verb of saying.
func saidBefore(words []string) bool {
	for _, w := range words {
		switch w {
		case "says", "said", "say", "announced", "added", "expects":
			return true
		}
	}
	return false
}

// determiner words make the word after them part of a noun phrase.
var determiner = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "this": true, "that": true}
