package agreement

import (
	"slices"
	"strings"
)

// partOfDeal returns the verb of "X is (also) part of the deal" ("An amnesty covering
// acts committed during the war is also part of the package"): the subject names a term.
// -1 when the sentence says no such thing.
func partOfDeal(lx *lexicon, v *sent) int {
	for i := v.first + 1; i < len(v.words)-3; i++ {
		if w := v.words[i]; w != "is" && w != "are" && w != "was" && w != "were" {
			continue
		}
		k := i + 1
		if adverbs[v.word(k)] {
			k++
		}
		if v.word(k) != "part" || v.word(k+1) != "of" || !determiners[v.word(k+2)] {
			return -1
		}
		if lx.has("deal", v.words, k+3, k+4) || v.word(k+3) == "package" {
			return i
		}
		return -1
	}
	return -1
}

// partTerm reads the term a sentence says is part of the deal: the act its subject
// names ("The release of all prisoners is part of the deal"), else another act on the
// subject, binding the parties.
func (b *building) partTerm(lx *lexicon, v *sent, si int, body string, verb int) (term, bool) {
	from := v.first
	for from < verb && determiners[v.word(from)] {
		from++
	}
	if from >= verb || !strings.HasPrefix(v.tag(from), "NN") && v.tag(from) != "JJ" {
		return term{}, false
	}
	c := clause{from: v.first, subjFrom: v.first, verb: from, to: verb, nominal: true}
	t, ok := b.readClause(lx, v, body, c)
	if !ok || t.action == "" {
		t = term{cl: c, action: Other, objFrom: from, object: v.span(body, from, verb)}
		t.readQuantities(v, clause{to: verb}, from)
	}
	t.si = si
	if len(t.obligor) == 0 {
		t.obligor = slices.Clone(b.ag.Parties)
	}
	return t, len(t.obligor) > 0
}
