package agreement

import "strings"

// postVerbs keep or take a post for their subject: "X stays president", "X keeps the
// premiership", "X becomes prime minister", "X will join the government as
// vice-president". Past forms are left out: "X became president in 2001" is history.
var postVerbs = map[string]bool{"stays": true, "remains": true, "becomes": true, "keeps": true, "retains": true,
	"stay": true, "remain": true, "become": true, "keep": true, "retain": true, "join": true, "be": true}

// leadVerbs give their subject the head of a body: "X will lead an interim
// administration" (lexicon kind led names the bodies).
var leadVerbs = map[string]bool{"lead": true, "head": true}

// heldPosts reads the single posts a sentence gives someone, told with no count: a
// post that goes to its holder ("the speakership goes to X", "the presidency will
// go to Y"), or a holder, coded and right before the verb or its modal, that keeps or
// takes one ("X stays president", "Y keeps the premiership", "Z will head an interim
// government"). The posts are lexicon kind office. Each is a share without a count
// (single); the verb is its tok. nil when the sentence gives no post this way.
func heldPosts(lx *lexicon, v *sent, body string) []share {
	var out []share
	for i := v.first; i < len(v.words); i++ {
		w := v.word(i)
		switch {
		case (w == "goes" || w == "go") && v.word(i+1) == "to":
			from := postStart(lx, v, i)
			if from < 0 || !lx.has("office", v.words, from, i) {
				continue
			}
			end := postEnd(v, i+2)
			for _, a := range v.actorsIn(i+2, end+1) {
				end = max(end, a.end) // "the Alliance for Democracy"
			}
			out = append(out, share{single: true, tok: i, ben: codesOf(v.actorsIn(i+2, end)), benFrom: i + 2, benTo: end,
				noun: v.span(body, from, i), nounFrom: from})
		case postVerbs[w] || leadVerbs[w]:
			holder, ok := holderBefore(lx, v, i)
			if !ok || (w == "be" || !strings.HasSuffix(w, "s")) && modalStart(lx, v, i) < 0 {
				continue // "stay" and "be" take a post only after a modal ("will stay")
			}
			end := postEnd(v, i+1)
			if !(postVerbs[w] && lx.has("office", v.words, i+1, end)) && !(leadVerbs[w] && end > i+1 && lx.has("led", v.words, end-1, end)) {
				continue
			}
			out = append(out, share{single: true, tok: i, ben: codesOf([]actorAt{holder}), benFrom: holder.tok, benTo: holder.end,
				noun: v.span(body, i+1, end), nounFrom: i + 1})
		}
	}
	return out
}

// postStart returns where the post before "goes" at i begins: after the last comma,
// "and" or cue word before it; -1 when the words right before it are no noun.
func postStart(lx *lexicon, v *sent, i int) int {
	k := i
	for k > v.first {
		w := v.word(k - 1)
		if w == "," || w == "and" || w == ";" || w == ":" || lx.has("modal", v.words, k-1, k) {
			break
		}
		k--
	}
	for k < i && (v.word(k) == "the" || v.word(k) == "a") {
		k++
	}
	if k >= i || !strings.HasPrefix(v.tag(i-1), "NN") {
		return -1
	}
	return k
}

// postEnd returns where the post or holder starting at i ends: at the first comma,
// "and", or preposition that opens an adjunct ("for a second term", "until the
// elections").
func postEnd(v *sent, i int) int {
	k := i
	for k < len(v.words) {
		switch v.word(k) {
		case ",", ";", ".", ":", "and", "but", "for", "until", "before", "after", "while", "so", "with", "from", "in", "under", "during":
			return k
		}
		k++
	}
	return k
}

// holderBefore returns the coded actor ending right before the verb at i, or before
// its modal ("X will also head ...").
func holderBefore(lx *lexicon, v *sent, i int) (actorAt, bool) {
	k := i
	if m := modalStart(lx, v, i); m >= 0 {
		k = m
	}
	for _, a := range v.actors {
		if a.end == k && a.Code != "" && !a.Place {
			return a, true
		}
	}
	return actorAt{}, false
}

// modalStart returns where the modal ending right before the verb at i begins, an
// adverb aside ("will also"); -1 when none does.
func modalStart(lx *lexicon, v *sent, i int) int {
	k := i
	if adverbs[v.word(k-1)] {
		k--
	}
	for j := max(0, k-3); j < k; j++ {
		if _, n := lx.match("modal", v.words, j); n > 0 && j+n == k {
			return j
		}
	}
	return -1
}
