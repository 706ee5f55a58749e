package agreement

import (
	"strings"
	"time"
)

// collapsed reports whether o tells that continuing provision p broke down after
// start, and why: the provision itself named as the subject of a word of collapse
// ("The truce broke down in the first days of February"), or, for a truce or a ban
// on attacks, fighting told as resuming in a sentence that names the deal, its
// parties or its object ("Heavy fighting resumed this week, ending a ceasefire").
// Such a sentence may say the fighting killed many without naming who fought; the
// words of collapse are not the negation of the fighting, which would read as the
// truce holding. A plan, a condition, a denial or a negated collapse tells nothing
// broke; a resumption must be dated or told in the present, since undated in the
// past it may be the history before the deal ("war broke out in 1998"); and fighting said to be between
// sides must be between the provision's obligors ("between the rebels and local
// militias" is not fighting the truce forbids).
func (r *Rules) collapsed(p Provision, o *observation, obj WordRule, c cues, start time.Time) (string, bool) {
	if c["intent"] || c["hypothetical"] || c["deny"] || !start.IsZero() && !o.date.After(start) {
		return "", false
	}
	words := o.words
	if i := o.match(r.Cues["collapse"]); i > 0 && !r.negatedAt(words, i) {
		lo, _ := clauseAt(words, i)
		if subj := words[lo:i]; r.Implement[p.Action].MatchAny(subj) >= 0 || obj.MatchAny(subj) >= 0 {
			return "broke down", true
		}
	}
	if p.Action != CeaseFire && !(p.Action == Prohibit && r.bansAttacks(p)) {
		return "", false
	}
	j := o.match(r.Cues["resume"])
	if j < 0 || r.negatedAt(words, j) || !o.dated && !strings.HasSuffix(words[j], "s") && !perfect(words, j) {
		return "", false // "war broke out in 1998", undated, may be history; "fighting resumes", "has resumed" is news
	}
	lo, hi := clauseAt(words, j)
	if f := r.Cues["fighting"].MatchAny(words[max(lo, j-3):min(hi, j+4)]); f < 0 {
		return "", false
	}
	if !r.betweenParties(p, o, lo, len(words)) {
		return "", false
	}
	if c["refer"] || c["whole"] || o.actWord(r.Implement[p.Action]) >= 0 || o.match(obj) >= 0 || r.mentions(p, o) {
		return "fighting resumed", true
	}
	return "", false
}

// betweenParties reports whether words[lo:hi] of o, the clause of the fighting
// and what follows it, if they name the sides of the fighting ("between the army and the rebels"), names two actors after
// "between", all of them p's obligors.
func (r *Rules) betweenParties(p Provision, o *observation, lo, hi int) bool {
	b := -1
	for k := lo; k < hi; k++ {
		if o.words[k] == "between" {
			b = k
			break
		}
	}
	if b < 0 {
		return true
	}
	var sides []string
	for k, at := range o.actorAt {
		if k < len(o.actors) && at > b && at < hi {
			sides = append(sides, o.actors[k])
		}
	}
	for _, a := range sides {
		if r.obligorIn(p, []string{a}) == "" {
			return false
		}
	}
	return len(sides) >= 2
}

// perfect reports whether word i is a participle after "has" or "have" ("fighting
// has continued"): told in the present perfect, it is news, not history.
func perfect(words []string, i int) bool {
	return i > 0 && (words[i-1] == "has" || words[i-1] == "have")
}
