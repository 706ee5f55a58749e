package agreement

// juxtaposedAccounts pairs two claims that follow each other in one article, with
// no sentence between them, each its speaker's report of fact (see reportsFact),
// by speakers of different sides, not both international bodies, about one matter:
// they name a topic of their own in common (see sharesOwnTopic), or attacks that
// one asserts and the other negates ("had kept attacking its posts" against
// "denied that his men had attacked the army"). News sets two sides' versions of
// one matter side by side, the second right after the first ("The marines said the
// guards had drawn their rifles first. The guards' commander said his men had not
// drawn a rifle at all."): so put, the second answers the first though it names no
// charge and negates no word of it. Two relief agencies giving figures of their own
// convoys side by side dispute nothing. Claims that a pair already holds are left
// alone.
func (r *Rules) juxtaposedAccounts(obs []*observation, paired map[*observation]bool) []pairConflict {
	return r.pairRecent(obs, paired, r.reportsFact, func(a, b *observation) string {
		if !adjacent(a, b) || international(a.speaker) && international(b.speaker) {
			return ""
		}
		if !r.sharesOwnTopic(a, b) && !r.attacksGainsaid(a, b) {
			return ""
		}
		return b.speakerName + " tells otherwise the matter " + a.speakerName + " tells of"
	})
}

// adjacent reports whether b is the sentence right after a in their article: only
// the space between sentences or paragraphs parts them.
func adjacent(a, b *observation) bool {
	return a.ev.ArticleID == b.ev.ArticleID && b.ev.Start >= a.ev.End && b.ev.Start-a.ev.End <= 3
}

// attacksGainsaid reports whether a and b both name attacks (the acts that break a
// truce), one asserting them and the other only negating them.
func (r *Rules) attacksGainsaid(a, b *observation) bool {
	pa, okA := r.topicPolarity(a)["#attack"]
	pb, okB := r.topicPolarity(b)["#attack"]
	return okA && okB && pa != pb && pa != mixed && pb != mixed
}
