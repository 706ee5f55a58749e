package agreement

// juxtaposedAccounts pairs two claims that follow each other in one article, with
// no sentence between them, each its speaker's report of fact (see reportsFact),
// by speakers of different sides, not both international bodies, about one matter:
// they name a topic of their own in common (see sharesOwnTopic), other than a word
// telling the deal broken. News sets two sides' versions of
// one matter side by side, the second right after the first ("The marines said
// the guards had drawn their rifles first. The guards' commander said his men had
// not drawn a rifle at all."): so put, the second answers the first though it
// names no charge and negates no word of it. Only in a story of a deal, as
// counterAccounts. Two relief agencies giving figures of their own convoys side by
// side dispute nothing, nor do two sides each saying the truce was broken. Claims
// that a pair already holds are left alone.
func (r *Rules) juxtaposedAccounts(obs []*observation, paired map[*observation]bool) []pairConflict {
	if !r.storyOfDeal(obs) {
		return nil
	}
	return r.pairRecent(obs, paired, r.reportsFact, func(a, b *observation) string {
		if !adjacent(a, b) || international(a.speaker) && international(b.speaker) {
			return ""
		}
		if !r.sharesMatter(a, b) {
			return ""
		}
		return a.speakerName + " and " + b.speakerName + " give different accounts of one matter"
	})
}

// adjacent reports whether b is the sentence right after a in their article: only
// the space between sentences or paragraphs parts them.
func adjacent(a, b *observation) bool {
	return a.ev.ArticleID == b.ev.ArticleID && b.ev.Start >= a.ev.End && b.ev.Start-a.ev.End <= 3
}

// sharesMatter reports whether a and b name a topic of their own in common other
// than a word telling the deal broken or collapsed ("had broken the ceasefire"
// said by both sides, each blaming the other, is no one matter told two ways).
func (r *Rules) sharesMatter(a, b *observation) bool {
	return r.sharesOwnTopic(a, b, func(k string) bool {
		w := r.wordOf(a, k)
		return !r.Cues["violate"].MatchWord(w) && !r.Cues["collapse"].MatchWord(w)
	})
}
