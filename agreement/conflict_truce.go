package agreement

import "slices"

// truceDisputes pairs, as negations does, a report that a truce holds ("its
// ceasefire remained in force", "the truce has held") with the other side's report
// that it was broken or is over ("the bombing had broken the ceasefire", "the truce
// collapsed"): the two tell one truce two ways, whether or not a deal with its
// term was read.
func (r *Rules) truceDisputes(obs []*observation, paired map[*observation]bool) []pairConflict {
	return r.pairRecent(obs, paired, r.reportsFact, func(a, b *observation) string {
		if sa, sb := r.truceState(a), r.truceState(b); sa != 0 && sb != 0 && sa != sb {
			return a.speakerName + " and " + b.speakerName + " differ on whether the truce holds"
		}
		return ""
	})
}

// truceState is +1 when o says a truce it names holds, -1 when it says the truce was
// broken or is over, 0 when it says neither or names none. A word of breaking
// negated ("had not broken the truce") says it holds; a word of holding negated
// ("the truce is no longer in force", "has not held") that it does not.
func (r *Rules) truceState(o *observation) int {
	if !slices.ContainsFunc(o.words, truceWord) {
		return 0
	}
	c := r.cuesOfObs(o)
	if c["collapse"] || c["ended"] {
		return -1
	}
	if i := o.match(r.Cues["violate"]); i >= 0 {
		if r.negatedAt(o.words, i) {
			return 1
		}
		return -1
	}
	hold := slices.Index(o.words, "in-force")
	if hold < 0 {
		hold = o.match(r.Cues["held"])
	}
	if hold < 0 {
		return 0
	}
	if r.negatedAt(o.words, hold) {
		return -1
	}
	return 1
}

// truceWord reports whether w names a truce.
func truceWord(w string) bool {
	switch w {
	case "truce", "ceasefire", "cease-fire", "armistice":
		return true
	}
	return false
}
