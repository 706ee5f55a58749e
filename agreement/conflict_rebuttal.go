package agreement

import (
	"slices"
	"strings"
)

// rebuttalKind tells how a claim answers an earlier one.
type rebuttalKind int

const (
	noRebuttal rebuttalKind = iota
	// namesClaim: the answer names what it answers and calls it untrue or rejects
	// it ("Baku rejected that claim", "dismissed the government's figure as lies",
	// "called the handover a sham").
	namesClaim
	// counters: a counter-assertion ("insisted that the army had honoured the
	// truce"), which names nothing it answers.
	counters
)

// rebuttalOf returns how o answers another speaker's claim, and who answers: o's
// speaker, else, for a sentence the article states in its own voice, the actor
// named before the answering words ("Kinshasa called the handover a sham").
func (r *Rules) rebuttalOf(o *observation) (rebuttalKind, string) {
	w := o.words
	gainsay, falsehood := r.Cues["gainsay"], r.Cues["falsehood"]
	kind, at := noRebuttal, -1
	if i := o.match(r.Cues["deny"]); i >= 0 && gainsay.MatchAny(w[i+1:min(len(w), i+6)]) >= 0 {
		kind, at = namesClaim, i
	}
	if kind == noRebuttal {
		if j := o.match(falsehood); j >= 0 {
			before := w[max(0, j-5):j]
			k := gainsay.MatchAny(before)
			if k < 0 {
				// "the signed statement is false": a paper the other side holds up.
				k = r.Cues["paper"].MatchAny(before)
			}
			if k < 0 {
				k = slices.IndexFunc(before, calls)
			}
			if k >= 0 {
				kind, at = namesClaim, j-len(before)+k
			}
		}
	}
	if kind == noRebuttal {
		if i := o.match(r.Cues["counter"]); i >= 0 {
			kind, at = counters, i
		}
	}
	if kind == noRebuttal || r.cuesOfObs(o)["hypothetical"] {
		return noRebuttal, ""
	}
	if !o.narrative && o.speaker != "" {
		return kind, o.speaker
	}
	if a := o.actorBefore(at); kind == namesClaim && a != "" && at-lastActorAt(o, at) <= 3 {
		return kind, a
	}
	return noRebuttal, ""
}

// lastActorAt returns the index in o's words where the last actor named before word
// i starts, or -len(words) when none is.
func lastActorAt(o *observation, i int) int {
	at := -len(o.words)
	for _, k := range o.actorAt {
		if k <= i {
			at = k
		}
	}
	return at
}

// calls reports whether w is a verb that names what it judges ("called the
// handover a sham", "dismissed the report as lies").
func calls(w string) bool {
	switch w {
	case "called", "calling", "calls", "described", "branded", "dismissed", "dismisses":
		return true
	}
	return false
}

func slicesHasAny(words []string, any ...string) bool {
	for _, w := range words {
		for _, a := range any {
			if w == a {
				return true
			}
		}
	}
	return false
}

// rebuttals pairs each rebuttal among obs that no pair holds yet with the claim it
// answers (see answered). The pair concerns what the two claims state, which need
// not be a term of a deal ("272 civilians killed" against "eight killed by stray
// bullets").
func (r *Rules) rebuttals(obs []*observation, paired map[*observation]bool) []pairConflict {
	// The report follows deals: rebuttals are paired only in a story whose
	// articles speak of one (an agreement, a truce, talks), extracted or not.
	if !r.storyOfDeal(obs) {
		return nil
	}
	var out []pairConflict
	for _, o := range obs {
		if paired[o] {
			continue
		}
		c, _ := r.answered(o, obs)
		if c == nil {
			continue
		}
		_, speaker := r.rebuttalOf(o)
		pc := pairConflict{a: c, b: o, reason: o.speakerName + " answers the claim of " + c.speakerName}
		if o.narrative {
			pc.speakerB = speaker
			pc.reason = speaker + " answers the claim of " + c.speakerName
		}
		paired[o], paired[c] = true, true
		out = append(out, pc)
	}
	return out
}

// storyOfDeal reports whether some observation of obs names a deal (a refer word:
// agreement, truce, talks): the pairs found outside any provision are sought only
// in a story of one.
func (r *Rules) storyOfDeal(obs []*observation) bool {
	return slices.ContainsFunc(obs, func(o *observation) bool { return o.match(r.Cues["refer"]) >= 0 })
}

// answered returns the claim that rebuttal o answers, or nil. It is an earlier claim
// of the same article, attributed to a speaker of another side: when o names what
// it answers ("rejected the charge"), the latest one that speaks of the answering
// side; else, or when none does, the one sharing the most topic words with o (the
// latest on a tie), at least one, or two for a counter-assertion. named tells that
// the claim speaks of that side.
func (r *Rules) answered(o *observation, obs []*observation) (c *observation, named bool) {
	kind, speaker := r.rebuttalOf(o)
	if kind == noRebuttal {
		return nil, false
	}
	var accusing, best *observation
	bestScore := 0
	// A counter-assertion names nothing it answers: it must share more of its
	// topic with the claim it answers than a rebuttal that names it.
	need := 1
	if kind == counters {
		need = 2
	}
	for _, x := range obs {
		if x == o || x.ev.ArticleID != o.ev.ArticleID || x.ev.End > o.ev.Start {
			continue
		}
		if x.narrative || x.speaker == "" || r.sameSide(x.speaker, speaker) {
			continue
		}
		if k, _ := r.rebuttalOf(x); k == counters {
			continue // a counter-assertion is itself an answer
		}
		if kind == namesClaim && r.names(x, speaker, o.speakerName) {
			accusing = x
		}
		n := 0
		for w := range r.topicWords(o) {
			if r.topicWords(x)[w] {
				n++
			}
		}
		if n >= need && n >= bestScore {
			best, bestScore = x, n
		}
	}
	if accusing != nil {
		return accusing, true
	}
	return best, false
}

// names reports whether o names an actor of speaker's side, coded or by the word
// that opens the speaker's name ("the Chinese side" names "Chinese foreign ministry
// spokesman Zhao Lijian", whom no mention of the sentence codes).
func (r *Rules) names(o *observation, speaker, speakerName string) bool {
	for _, a := range o.actors {
		if r.sameSide(a, speaker) {
			return true
		}
	}
	f := strings.Fields(speakerName)
	if len(f) < 2 || f[0][0] < 'A' || f[0][0] > 'Z' || f[0] == "The" || f[0] == "A" {
		return false
	}
	first := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(f[0]), "'s"), "’s")
	return slicesHasAny(o.words, first)
}

// topicWords returns what o's sentence speaks of, to tell which claim a rebuttal
// answers: its content words, stemmed, without the speaker's name, the words of
// saying, answering and negation, or titles; the words naming a deal or a truce
// count as one ("the deal" answers "the ceasefire"), and so do the acts that break
// a ceasefire ("shelling" answers "fire"). The set is o's own, worked out once;
// callers do not change it.
func (r *Rules) topicWords(o *observation) map[string]bool {
	if o.topicSet == nil {
		o.topicSet = map[string]bool{}
		for _, ks := range r.wordTopics(o) {
			for _, k := range ks {
				o.topicSet[k] = true
			}
		}
	}
	return o.topicSet
}

// wordTopics returns the topic keys of each of o's words (see topicWords); nil for
// a word that names no topic.
// The slice is o's own, worked out once; callers do not change it.
func (r *Rules) wordTopics(o *observation) [][]string {
	if o.topicsOf == nil {
		o.topicsOf = r.wordTopicsOf(o)
	}
	return o.topicsOf
}

func (r *Rules) wordTopicsOf(o *observation) [][]string {
	name := map[string]bool{}
	for _, f := range strings.Fields(strings.ToLower(strings.NewReplacer("'s", " ", "’s", " ", ",", " ").Replace(o.speakerName))) {
		name[f] = true
	}
	// The speaker's name, when the sentence holds it ("Chinese foreign ministry
	// spokesman Zhao Lijian rejected ..."), is who speaks, not what is said; the
	// same words later in the sentence are ("on the Indian side").
	inName := make([]bool, len(o.words))
	for i := 0; i < len(o.words); i++ {
		k := i
		for k < len(o.words) && (name[o.words[k]] || k > i && o.words[k] == "'s") {
			k++
		}
		if k-i >= min(2, len(name)) && k > i {
			for j := i; j < k; j++ {
				inName[j] = true
			}
			break
		}
	}
	out := make([][]string, len(o.words))
	for i, w := range o.words {
		if !inName[i] {
			out[i] = r.wordTopic(w)
		}
	}
	return out
}

// wordTopic returns the topic keys of one word (see topicWords), nil when it names
// none; it depends on the word alone, so it is worked out once for each word
// (topicMemo).
func (r *Rules) wordTopic(w string) []string {
	return memoOf(&r.topicMemo, w, func() []string { return r.wordTopicOf(w) })
}

func (r *Rules) wordTopicOf(w string) []string {
	if len(w) < 4 || stopWords[w] || !isLetters(w) {
		return nil
	}
	switch w {
	case "said", "says", "saying", "told", "added", "stated", "statement", "also", "only", "been", "were", "have", "would", "will",
		"they", "them", "there", "here", "then", "than", "which", "what", "when", "where", "whose", "being", "could", "should", "must":
		return nil // pronouns and function words name nothing said
	}
	if r.Cues["refer"].MatchWord(w) {
		return []string{"#deal"}
	}
	if r.Forbid["cease_fire"].MatchWord(w) {
		return []string{"#attack"}
	}
	var out []string
	for key, syn := range r.Objects {
		if len(syn.Words) <= 8 && syn.MatchWord(w) {
			out = append(out, "#"+key) // "the money" answers "the funds"
		}
	}
	if out != nil {
		return out
	}
	for _, cue := range []string{"deny", "gainsay", "falsehood", "counter", "state", "negative", "office", "intent", "time"} {
		if r.Cues[cue].MatchWord(w) {
			return nil
		}
	}
	return []string{topicStem(w)}
}

func isLetters(w string) bool {
	for _, c := range w {
		if (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// topicStem cuts the inflection off w ("fire", "fired", "firing", "fires": "fir"),
// and keeps at most six letters ("civilians", "civilian").
func topicStem(w string) string {
	for _, suf := range []string{"ing", "ed", "s"} {
		if len(w)-len(suf) >= 3 && strings.HasSuffix(w, suf) {
			w = strings.TrimSuffix(w, suf)
			break
		}
	}
	w = strings.TrimSuffix(w, "e")
	if len(w) > 6 {
		w = w[:6]
	}
	return w
}
