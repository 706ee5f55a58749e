package agreement

import (
	"maps"
	"slices"
)

// extentDisputes pairs, as negations does, a report that all of something was done
// or asked ("all its men had come overground", "wanted the sanctions lifted in
// their entirety") with the other side's report that only part of it was ("some
// armed men were still in the hills", "asked only for five of them, not all
// sanctions"): the two name one thing, one as a whole and the other in part.
func (r *Rules) extentDisputes(obs []*observation, paired map[*observation]bool) []pairConflict {
	return r.pairRecent(obs, paired, r.tellsExtent, func(a, b *observation) string {
		ea, eb := extents(a.words), extents(b.words)
		for _, k := range slices.Sorted(maps.Keys(ea)) {
			if x, y, ok := ea[k], eb[k], eb[k] != 0; ok && x|y == wholeAndPart && x != wholeAndPart && y != wholeAndPart {
				return a.speakerName + " and " + b.speakerName + " differ on how much of the " + stemWord(a.words, k) + " it was"
			}
		}
		return ""
	})
}

// tellsExtent reports whether o is a speaker's report, of what was done or asked
// ("believed to be in the hills", "asked only for"): a verb of saying names the
// speaker, and it is no refusal, threat, condition or admission of not knowing.
func (r *Rules) tellsExtent(o *observation) bool {
	c := r.cuesOfObs(o)
	return !c["refuse"] && !c["hypothetical"] && !c["unverified"] && saysIn(o.words)
}

const (
	toldWhole    = 1
	toldPart     = 2
	wholeAndPart = toldWhole | toldPart
)

// extents returns, for each stem of a noun of words that a word of extent stands
// near (within four words on either side, in its clause), whether it is told
// whole ("all", "entirety"), in part ("some", "only", "not all", "still"), or both.
func extents(words []string) map[string]int {
	out := map[string]int{}
	for i, w := range words {
		e := extentWord[w]
		if e == 0 {
			continue
		}
		if e == toldWhole && i > 0 && (words[i-1] == "not" || words[i-1] == "nearly" || words[i-1] == "almost") {
			e = toldPart
		}
		for _, d := range []int{-1, 1} {
			for j := i + d; j >= 0 && j < len(words) && (j-i)*d <= 4; j += d {
				x := words[j]
				if x == "," || x == ";" || x == "but" || x == "while" || x == "and" {
					break
				}
				if len(x) < 3 || stopWords[x] || !isLetters(x) || !nounLike(x) {
					continue
				}
				out[topicStem(x)] |= e
			}
		}
	}
	return out
}

// extentWord holds the words of extent and what each tells of the noun it stands
// near: the whole of it, or a part.
var extentWord = map[string]int{
	"all": toldWhole, "entire": toldWhole, "entirety": toldWhole, "whole": toldWhole, "every": toldWhole, "fully": toldWhole,
	"some": toldPart, "only": toldPart, "still": toldPart, "part": toldPart, "most": toldPart, "partly": toldPart,
}

// nounLike reports whether w may name a thing: no word of extent, negation, saying
// or a common verb form.
func nounLike(w string) bool {
	if extentWord[w] != 0 {
		return false
	}
	switch w {
	case "not", "nearly", "almost", "said", "says", "had", "has", "have", "were", "was", "been", "are", "being",
		"their", "its", "his", "her", "our", "they", "them", "now", "believed", "asked", "wanted", "come":
		return false
	}
	return true
}

// stemWord returns the first of words whose stem is k, or k.
func stemWord(words []string, k string) string {
	for _, w := range words {
		if topicStem(w) == k {
			return w
		}
	}
	return k
}
