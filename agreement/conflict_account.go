package agreement

import "slices"

// counterAccounts pairs two reports of fact of one article by speakers of different
// sides (no international organisation), the later within three reports of fact of
// the earlier, that tell one
// incident two ways: they share a topic of their own (a place, a thing: "Rafah",
// "Jabalia", the convoy), or each blames an attack on the other and one says it
// began it, and the later one
//
//   - blames back: the earlier blames an attack on the later speaker's side and the
//     later names the earlier speaker's side as the cause ("died in an Israeli
//     strike" against "caused by an Islamic Jihad rocket");
//   - justifies: the earlier blames an attack on the later speaker's side (or on no
//     one it names: "called the shooting a plain violation"), the later tells its
//     side's act as allowed (the justify words: "only taken measures in response to
//     provocations");
//   - or dates it the other way: one puts it after the deal's start, the other before
//     ("well after the truce took effect" against "before the truce began").
//
// Claims that a pair already holds are left alone.
func (r *Rules) counterAccounts(obs []*observation, paired map[*observation]bool) []pairConflict {
	if !r.storyOfDeal(obs) {
		return nil // only in a story of a deal, as rebuttals
	}
	// A pledge or a refusal between two accounts parts none.
	return r.pairRecent(obs, paired, r.reportsFact, func(a, b *observation) string {
		if international(a.speaker) || international(b.speaker) {
			return ""
		}
		if why := r.counterAccount(a, b); why != "" {
			return b.speakerName + " " + why + " " + a.speakerName
		}
		return ""
	})
}

// counterAccount tells how b's report counters a's (see counterAccounts), or "".
func (r *Rules) counterAccount(a, b *observation) string {
	ta, tb := r.topicPolarity(a), r.topicPolarity(b)
	shared := r.sharesOwnTopic(a, b, nil)
	_, attackA := ta["#attack"]
	_, attackB := tb["#attack"]
	each := attackA && r.blames(a, b.speaker) && r.blames(b, a.speaker)
	if !shared && !(each && attackB && (r.cuesOfObs(a)["begin"] || r.cuesOfObs(b)["begin"])) {
		// Two sides each saying the other began the fighting ("police started
		// the shooting" against "the rebels attacked first") tell one
		// incident without naming its place.
		return ""
	}
	switch {
	case each:
		return "blames on the other side the act that blames it,"
	case attackA && (r.blames(a, b.speaker) || !slices.ContainsFunc(a.actors, func(x string) bool { return !r.sameSide(x, a.speaker) })) && r.cuesOfObs(b)["justify"]:
		return "tells as allowed the act reported by"
	}
	if sa, sb := r.sideOfStart(a), r.sideOfStart(b); sa != "" && sb != "" && sa != sb {
		return "dates the other way round of the deal the act reported by"
	}
	return ""
}

// sharesOwnTopic reports whether a and b name in common a topic of their own that
// keep admits (nil: any): not the deal's name, its text or the acts that break a
// truce, and not a word naming either speaker's country ("Armenia" said by
// Armenia's prime minister is no topic shared with Baku).
func (r *Rules) sharesOwnTopic(a, b *observation, keep func(k string) bool) bool {
	tb := r.topicPolarity(b)
	for k := range r.topicPolarity(a) {
		switch k {
		case "#deal", "#attack", "text", "docum":
			continue
		}
		if _, ok := tb[k]; ok && !r.namesRoot(a, a.speaker, k) && !r.namesRoot(b, b.speaker, k) && (keep == nil || keep(k)) {
			return true
		}
	}
	return false
}

// namesRoot reports whether topic k of o is a word naming the country of speaker
// ("Armenia" said by Armenia's prime minister is no topic shared with Baku).
func (r *Rules) namesRoot(o *observation, speaker, k string) bool {
	w := r.wordOf(o, k)
	for i, at := range o.actorAt {
		if at < len(o.words) && o.words[at] == w && Root(o.actors[i]) == Root(speaker) {
			return true
		}
	}
	return false
}

// blames reports whether o names the side of speaker as an actor of its report: an
// actor of speaker's country, or, for a government's or an army's speaker, the
// word "government" or "army", for a rebel's, an insurgent word.
func (r *Rules) blames(o *observation, speaker string) bool {
	for _, a := range o.actors {
		if Root(a) == Root(speaker) && !r.sameSide(a, o.speaker) {
			return true
		}
	}
	role := ""
	if len(speaker) >= 6 {
		role = speaker[3:6]
	}
	switch role {
	case "GOV", "MIL":
		return slices.Contains(o.words, "government") || r.Cues["military"].MatchAny(o.words) >= 0
	case "REB":
		return r.Cues["insurgent"].MatchAny(o.words) >= 0
	}
	return false
}

// sideOfStart is "after" or "before" when o places its report after or before the
// deal's start ("well after the truce took effect", "before the truce began"), else
// "".
func (r *Rules) sideOfStart(o *observation) string {
	for i, w := range o.words {
		if w != "after" && w != "before" {
			continue
		}
		for _, x := range o.words[i+1 : min(len(o.words), i+4)] {
			if r.Cues["refer"].MatchWord(x) {
				return w
			}
		}
	}
	return ""
}
