package agreement

// leavingActions are the actions whose doing takes men, arms or captives away:
// a report that they are gone can be answered by one that they are still there.
var leavingActions = []Action{Withdraw, Reduce, Disarm, Release, Exchange}

// stayingDisputes pairs, as negations does, one side's report that a force, its
// arms or its captives are gone ("had completed the pull-out", "no soldier remained
// on our side", "has handed in its weapons") with the other side's report that
// they are still there ("intruders were still holding positions", "the heavy
// weapons were still hidden"). Only a record whose agreements take something away
// (leavingActions) is read so: elsewhere "remained" tells no broken term.
func (r *Rules) stayingDisputes(ags []Agreement, obs []*observation, paired map[*observation]bool) []pairConflict {
	acts := leavingActsOf(ags)
	if len(acts) == 0 {
		return nil
	}
	keep := func(o *observation) bool {
		return r.reportsFact(o) && (r.tellsGone(o, acts) || r.tellsStaying(o))
	}
	return r.pairRecent(obs, paired, keep, func(a, b *observation) string {
		ga, gb := r.tellsGone(a, acts), r.tellsGone(b, acts)
		sa, sb := r.tellsStaying(a), r.tellsStaying(b)
		if ga && sb && !gb && !sa || gb && sa && !ga && !sb {
			return a.speakerName + " and " + b.speakerName + " differ on whether they are gone"
		}
		return ""
	})
}

// leavingActsOf returns the leavingActions that some provision of ags has.
func leavingActsOf(ags []Agreement) []Action {
	var out []Action
	for _, act := range leavingActions {
	search:
		for _, a := range ags {
			for _, p := range a.Provisions {
				if p.Action == act {
					out = append(out, act)
					break search
				}
			}
		}
	}
	return out
}

// tellsGone reports whether o says that what one of acts takes away is gone: a
// word of staying negated ("no soldier remained", "none stayed behind"), a word of
// finishing near a word of the act ("completed the withdrawal", "finished pulling
// out"), or the act told in a perfect tense ("has handed in its weapons", "had
// pulled out"), neither negated.
func (r *Rules) tellsGone(o *observation, acts []Action) bool {
	w := o.words
	if i := o.match(r.Cues["remain"]); i >= 0 && r.negatedAt(w, i) {
		return true
	}
	finished := r.Cues["finished"]
	for _, act := range acts {
		i := o.match(r.Implement[act])
		if i < 0 || r.negatedAt(w, i) {
			continue
		}
		if perfectBefore(w, i) {
			return true
		}
		if k := finished.MatchAny(w[max(0, i-4):min(len(w), i+5)]); k >= 0 && !r.negatedAt(w, max(0, i-4)+k) {
			return true
		}
	}
	return false
}

// tellsStaying reports whether o says something is still there: a word of staying
// ("still holding", "remained", "hidden") that nothing negates and that is no word
// of keeping a commitment ("kept its word", "remained committed").
func (r *Rules) tellsStaying(o *observation) bool {
	i := o.match(r.Cues["remain"])
	return i >= 0 && !r.negatedAt(o.words, i) && !r.cuesOfObs(o)["comply"]
}

// perfectBefore reports whether word i follows an auxiliary of the perfect ("has",
// "have", "had"), directly or after "been" ("had been released").
func perfectBefore(words []string, i int) bool {
	j := i - 1
	if j >= 0 && words[j] == "been" {
		j--
	}
	if j < 0 {
		return false
	}
	switch words[j] {
	case "has", "have", "had":
		return true
	}
	return false
}
