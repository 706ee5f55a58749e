package agreement

import "strings"

// underway reports whether words tell p's act as going on, not yet done: a word of
// the ongoing cue ("still") right before the act word in -ing ("the commission is
// still marking the boundary", "are still handing back the farms"), the act word
// being one of impl or, for a duty of kind other, the object's first word ("mark
// the land boundary"). A step begun after the signing is progress
// (testdata/agreements/README.md, "Pending is level 0").
func (r *Rules) underway(p Provision, words []string, impl WordRule) bool {
	verb := ""
	if p.Action == Other {
		if f := strings.Fields(strings.ToLower(p.Object)); len(f) > 0 && len(f[0]) > 2 {
			verb = f[0]
		}
	}
	ongoing := r.Cues["ongoing"]
	for i := 0; i+1 < len(words); i++ {
		if !ongoing.MatchWord(words[i]) {
			continue
		}
		w := words[i+1]
		if !strings.HasSuffix(w, "ing") {
			continue
		}
		if impl.MatchWord(w) || verb != "" && strings.HasPrefix(w, verb) && len(w) <= len(verb)+4 {
			return true
		}
	}
	return false
}
