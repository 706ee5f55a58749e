package agreement

// sovereigntyDisputes pairs, as negations does, a claim that a territory is a
// country's ("the islets are Greek", "the island belongs to Japan") with the other
// side's claim that it is another's, or that whose it is was never settled ("their
// ownership has never been settled", "sovereignty over the reefs is disputed"). A
// claim told with a demand ("must be negotiated") still says whose it is.
func (r *Rules) sovereigntyDisputes(obs []*observation, paired map[*observation]bool) []pairConflict {
	keep := func(o *observation) bool {
		c := r.cuesOfObs(o)
		return saysIn(o.words) && !c["hypothetical"] && !c["refuse"] && !c["unverified"]
	}
	return r.pairRecent(obs, paired, keep, func(a, b *observation) string {
		oa, ob := ownerOf(a), ownerOf(b)
		if oa != "" && ob != "" && oa != ob && (oa == unsettled || ob == unsettled || !r.sameSide(oa, ob)) {
			return a.speakerName + " and " + b.speakerName + " differ on whose the territory is"
		}
		return ""
	})
}

// unsettled is ownerOf's answer for a claim that no one's ownership was settled.
const unsettled = "-"

// ownerOf returns the country o says a territory is of: one named after "is" or
// "are" ("the islets are Greek") or "belongs to"; unsettled when o says the
// ownership or sovereignty was never settled or is disputed; else "".
func ownerOf(o *observation) string {
	for i, w := range o.words {
		if (w == "ownership" || w == "sovereignty") && unsettledAfter(o.words, i) {
			return unsettled
		}
	}
	for k, at := range o.actorAt {
		if at == 0 || at >= len(o.words) || len(o.actors[k]) != 3 || international(o.actors[k]) {
			continue
		}
		switch prev := o.words[at-1]; {
		case prev == "is" || prev == "are":
			if at+1 < len(o.words) && !ownerEnds(o.words[at+1]) {
				continue // "are Greek soldiers": what they are, not whose
			}
			return o.actors[k]
		case prev == "to" && at >= 2 && (o.words[at-2] == "belong" || o.words[at-2] == "belongs" || o.words[at-2] == "belonged"):
			return o.actors[k]
		}
	}
	return ""
}

// ownerEnds reports whether w may follow a country named as an owner: the end of
// the clause or what grounds the claim ("are Greek under the treaties").
func ownerEnds(w string) bool {
	switch w {
	case ".", ",", ";", "under", "by", "and", "since", "according":
		return true
	}
	return false
}

// unsettledAfter reports whether the words after word i say it was never settled
// or is disputed ("ownership has never been settled", "sovereignty is contested").
func unsettledAfter(words []string, i int) bool {
	for j := i + 1; j < min(len(words), i+6); j++ {
		switch words[j] {
		case "disputed", "contested", "unsettled", "undecided", "undetermined", "unresolved":
			return true
		case "settled", "decided", "determined", "resolved", "established":
			for _, x := range words[max(i+1, j-3):j] {
				if x == "never" || x == "not" || x == "n't" {
					return true
				}
			}
		}
	}
	return false
}
