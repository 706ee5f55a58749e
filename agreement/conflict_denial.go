package agreement

import (
	"slices"
	"strings"
)

// negations pairs two claims of one article, by speakers of different sides, when
// the later one negates what the earlier one asserts, or asserts what it negates:
// a topic both name is, in one of them only, within a few words after a word of
// negation ("thousands of Vietnamese troops are still in Cambodia" against "found
// no evidence of Vietnamese forces"; "completed the withdrawal of their heavy
// weapons" against "had not pulled back all their artillery"). The earlier claim is
// one of the three attributed claims before the later one; both must report facts
// (see reportsFact), and claims that a pair already holds are left alone. Then come
// promises disputed (promiseDisputes), truces (truceDisputes), territories
// (sovereigntyDisputes) and extents (extentDisputes).
func (r *Rules) negations(obs []*observation, paired map[*observation]bool) []pairConflict {
	all := func(*observation) bool { return true }
	out := r.pairRecent(obs, paired, all, func(a, b *observation) string {
		if !r.reportsFact(b) || !r.reportsFact(a) {
			return ""
		}
		if w := r.negatedTopic(a, b); w != "" {
			return a.speakerName + " and " + b.speakerName + " say opposite things of " + w
		}
		return ""
	})
	out = append(out, r.promiseDisputes(obs, paired)...)
	out = append(out, r.truceDisputes(obs, paired)...)
	out = append(out, r.sovereigntyDisputes(obs, paired)...)
	return append(out, r.extentDisputes(obs, paired)...)
}

// promiseDisputes pairs, as negations does, a claim that something was promised
// ("the rebels had been promised the defence ministry", "failed to free the
// prisoners it had promised to release") with the other side's claim that it was
// not ("no ministry had been promised to anyone", "denied that any release had been
// agreed"), when the two name a topic in common: a promise told in the past,
// unlike a pledge, is reported as a fact.
func (r *Rules) promiseDisputes(obs []*observation, paired map[*observation]bool) []pairConflict {
	return r.pairRecent(obs, paired, r.reportsPromise, func(a, b *observation) string {
		na, _ := r.promised(a)
		nb, _ := r.promised(b)
		if na != nb && (r.sharedTopic(a, b) || r.sharedTitle(a, b)) {
			return a.speakerName + " and " + b.speakerName + " differ on whether it was promised"
		}
		return ""
	})
}

// reportsPromise reports whether o is a speaker's report of a promise made or not
// (see promised): a verb of saying names the speaker, and o is no refusal, threat,
// condition or admission of not knowing.
func (r *Rules) reportsPromise(o *observation) bool {
	c := r.cuesOfObs(o)
	if c["refuse"] || c["hypothetical"] || c["unverified"] || !saysIn(o.words) {
		return false
	}
	_, ok := r.promised(o)
	return ok
}

// promised finds the first intent word of o told in the past ("promised",
// "agreed", "pledged", "undertook"), and whether a negative or deny word stands
// within eight words before it in its clause ("no ministry had been promised",
// "denied that any release of prisoners had been agreed"; not "failed", which
// tells the promise broken, not denied).
func (r *Rules) promised(o *observation) (negated, ok bool) {
	intent, neg, deny := r.Cues["intent"], r.Cues["negative"], r.Cues["deny"]
	for i, w := range o.words {
		if !intent.MatchWord(w) || !strings.HasSuffix(w, "ed") && w != "undertook" {
			continue
		}
		for j := i - 1; j >= max(0, i-8); j-- {
			x := o.words[j]
			if x == "," || x == ";" || x == "but" || x == "while" {
				break
			}
			if neg.MatchWord(x) && x != "failed" || deny.MatchWord(x) {
				return true, true
			}
		}
		return false, true
	}
	return false, false
}

// sharedTitle reports whether a and b both name an office (the `office` words,
// which name no topic of their own when they title a speaker): a post promised or
// not ("the defence and interior ministries", "no ministry").
func (r *Rules) sharedTitle(a, b *observation) bool {
	office := r.Cues["office"]
	stems := map[string]bool{}
	for _, w := range a.words {
		if office.MatchWord(w) || office.MatchWord(strings.TrimSuffix(strings.TrimSuffix(w, "ies"), "s")+"y") {
			stems[topicStem(w)] = true
		}
	}
	for _, w := range b.words {
		if stems[topicStem(w)] {
			return true
		}
	}
	return false
}

// sharedTopic reports whether a and b name a topic in common other than the deal
// and attacks.
func (r *Rules) sharedTopic(a, b *observation) bool {
	tb := r.topicPolarity(b)
	for k := range r.topicPolarity(a) {
		switch k {
		case "#deal", "#attack", "text", "docum":
			continue
		}
		if _, ok := tb[k]; ok {
			return true
		}
	}
	return false
}

// pairRecent pairs claims of obs with an earlier one of the same article: each
// attributed claim that keep admits, not yet paired, is tried against the last three
// admitted before it, the latest first, that are not paired and not of its speaker's
// side; reason tells why a and b conflict, "" when they do not. The claims paired
// are marked in paired.
func (r *Rules) pairRecent(obs []*observation, paired map[*observation]bool, keep func(*observation) bool, reason func(a, b *observation) string) []pairConflict {
	var out []pairConflict
	var prev []*observation // admitted claims of the current article, in order
	article := ""
	for _, o := range obs {
		if o.ev.ArticleID != article {
			article, prev = o.ev.ArticleID, prev[:0]
		}
		if o.narrative || o.speaker == "" || !keep(o) {
			continue
		}
		for k := len(prev) - 1; k >= max(0, len(prev)-3) && !paired[o]; k-- {
			a := prev[k]
			if paired[a] || r.sameSide(a.speaker, o.speaker) {
				continue
			}
			if why := reason(a, o); why != "" {
				paired[a], paired[o] = true, true
				out = append(out, pairConflict{a: a, b: o, reason: why})
			}
		}
		prev = append(prev, o)
	}
	return out
}

// reportsFact reports whether o is a speaker's report of what is or was: a verb of
// saying names the speaker in the sentence, and it is no pledge, refusal, threat,
// condition or admission of not knowing ("would not give up its weapons", "could
// not confirm"), which contradict no report of the facts.
func (r *Rules) reportsFact(o *observation) bool {
	c := r.cuesOfObs(o)
	if c["intent"] || c["refuse"] || c["hypothetical"] || c["unverified"] {
		return false
	}
	return saysIn(o.words)
}

// saysIn reports whether words hold a verb of saying.
func saysIn(words []string) bool {
	return slices.ContainsFunc(words, sayingWord)
}

// sayingWord reports whether w is a verb of saying ("said", "according", "denied",
// "replied", "saying").
func sayingWord(w string) bool {
	switch w {
	case "said", "says", "told", "tells", "according", "stated", "insisted", "claimed", "reported", "confirmed", "announced", "wrote", "denied", "denies",
		"replied", "responded", "countered", "saying":
		return true
	}
	return false
}

// negatedTopic returns the word of a naming a topic that a and b both name, negated
// in one and asserted in the other, or "". The words naming a deal and the acts breaking a truce are no
// such topic: "no attack since the truce" answers no single claim.
func (r *Rules) negatedTopic(a, b *observation) string {
	ta, tb := r.topicPolarity(a), r.topicPolarity(b)
	keys := make([]string, 0, len(ta))
	for k := range ta {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		switch k {
		case "#deal", "#attack", "text", "docum":
			continue // the deal's own name, and breaches, are no fact of their own
		}
		pa, ok := ta[k]
		if !ok {
			continue
		}
		if pb, ok := tb[k]; ok && pa != pb && pa != mixed && pb != mixed {
			return r.wordOf(a, k)
		}
	}
	return ""
}

// wordOf returns the first of o's words whose topic is k.
func (r *Rules) wordOf(o *observation, k string) string {
	for i, ks := range r.wordTopics(o) {
		if slices.Contains(ks, k) {
			return o.words[i]
		}
	}
	return k
}

const (
	asserted = 1
	negated  = 2
	mixed    = 3
)

// topicPolarity returns, for each topic of o, whether o asserts it, negates it (a
// word of negation within five words before it, in the same clause), or both. A
// place after a preposition is where the negated thing is not, and is not negated
// itself ("no North Vietnamese soldiers in Laos" says nothing against Laos).
// The map is o's own, worked out once; callers do not change it.
func (r *Rules) topicPolarity(o *observation) map[string]int {
	if o.polarity == nil {
		o.polarity = r.topicPolarityOf(o)
	}
	return o.polarity
}

func (r *Rules) topicPolarityOf(o *observation) map[string]int {
	out := map[string]int{}
	neg, deny := r.Cues["negative"], r.Cues["deny"]
	// "the agreement had stopped any further annexation" says there is none.
	ceased, complete := r.Cues["ceased"], r.Cues["complete"]
	for i, ks := range r.wordTopics(o) {
		if ks == nil {
			continue
		}
		p := asserted
		for j := i - 1; j >= max(0, i-5); j-- {
			w := o.words[j]
			if w == "," || w == ";" || w == "but" || w == "while" || placePreposition(w) {
				break
			}
			// "denied that any release had been agreed" says there was none.
			if neg.MatchWord(w) && w != "failed" && !complete.MatchWord(w) || ceased.MatchWord(w) && strings.HasSuffix(w, "ed") ||
				deny.MatchWord(w) {
				p = negated
				break
			}
		}
		if p == asserted && subjectOfDenial(o.words, i) {
			p = negated
		}
		for _, k := range ks {
			out[k] |= p
		}
	}
	return out
}

// subjectOfDenial reports whether word i is the subject of a negated verb that
// follows it within three words of its clause ("Afghan territory was not being
// used against any country", "the troops have never left"): what is said of it is
// denied.
func subjectOfDenial(words []string, i int) bool {
	for j := i + 1; j < min(len(words), i+4); j++ {
		switch words[j] {
		case ",", ";", "but", "while", "that", "which", "who":
			return false
		case "was", "were", "is", "are", "has", "have", "had", "did", "does", "do":
			if j+1 < len(words) && (words[j+1] == "not" || words[j+1] == "never" || words[j+1] == "n't") {
				return true
			}
		}
	}
	return false
}

// placePreposition reports whether w opens a phrase of the place something is in
// ("in Laos", "inside the zone"); not "at", which may open where the negated thing
// was done ("broke no promise made at Argyle").
func placePreposition(w string) bool {
	return w == "in" || w == "inside"
}
