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
	at := r.Implement[p.Action].MatchAny(words)
	if at < 0 {
		at = r.objectWords(p).MatchAny(words)
	}
	ni := r.Cues["negative"].MatchAny(words)
	if at < 0 || ni < 0 {
		return c
	}
	lo, hi := clauseAt(words, at)
	if ni >= lo && ni < hi {
		return c
	}
	nlo, _ := clauseAt(words, ni)
	for k, a := range o.actorAt {
		if a >= nlo && a < ni && r.obligorIn(p, []string{o.actors[k]}) == "" {
			c = maps.Clone(c)
			delete(c, "negative")
			return c
		}
	}
	return c
}
