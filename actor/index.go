package actor

import (
	"slices"
	"strings"
)

// node is one word of the phrase trie. Phrases are keyed by their lower-cased tokens;
// the case rules are checked against the text when a phrase ends.
type node struct {
	next  map[string]*node
	terms []term
	alts  [][]*Entry // for each term, the other entries of its kind Choose can tell from it
}

// term is a phrase that ends at a node, with the case rule it must satisfy.
type term struct {
	entry *Entry
	words []string // the phrase as written; kept only when exact != 0
	exact uint64   // bit k set: token k must be written exactly as words[k]
	upper bool     // the first token must start with a capital letter
	seq   int      // load order: a later entry overrides an earlier one of its kind
}

// kindRank orders entries that share a phrase: the most specific kind names it.
var kindRank = map[Kind]int{Person: 0, Group: 1, IGO: 2, Capital: 3, Country: 4, Place: 5, Agent: 6}

// caseRule derives the case constraints of a phrase written as words. Agents and
// Phoenix phrases (caseSensitive false) match in any case.
func caseRule(words []string, caseSensitive bool) (exact uint64, upper bool) {
	if !caseSensitive {
		return 0, false
	}
	for k, w := range words {
		if k < 64 && isAllCaps(w) {
			exact |= 1 << k
		}
	}
	return exact, exact&1 == 0 && startsUpper(words[0])
}

// insert indexes e under the phrase words and returns the entries of the same kind
// that already had this phrase with other codes and cannot be told from e by country
// or dates.
func (n *node) insert(e *Entry, words []string, exact uint64, upper bool, seq int) (conflicts []*Entry) {
	for _, w := range words {
		key := lowerWord(w)
		if n.next == nil {
			n.next = make(map[string]*node)
		}
		child := n.next[key]
		if child == nil {
			child = &node{}
			n.next[key] = child
		}
		n = child
	}
	for _, t := range n.terms {
		if t.entry == e && t.exact == exact && t.upper == upper {
			return nil
		}
		if t.entry.Kind == e.Kind && t.entry != e && !sameCodes(t.entry.Codes, e.Codes) && !distinct(t.entry, e) {
			conflicts = append(conflicts, t.entry)
		}
	}
	t := term{entry: e, exact: exact, upper: upper, seq: seq}
	if exact != 0 {
		t.words = slices.Clone(words)
	}
	n.terms = append(n.terms, t)
	slices.SortStableFunc(n.terms, func(a, b term) int {
		if d := kindRank[a.entry.Kind] - kindRank[b.entry.Kind]; d != 0 {
			return d
		}
		return b.seq - a.seq
	})
	n.alts = alternatives(n.terms)
	return conflicts
}

// alternatives lists, for each term, the other entries of its kind that share the
// phrase and that Choose can tell from it, in the terms' order; nil when there are none.
func alternatives(terms []term) [][]*Entry {
	var alts [][]*Entry
	for i, t := range terms {
		var alt []*Entry
		for _, u := range terms {
			if u.entry.Kind == t.entry.Kind && u.entry != t.entry && !sameCodes(u.entry.Codes, t.entry.Codes) &&
				distinct(u.entry, t.entry) && !containsEntry(alt, u.entry) {
				alt = append(alt, u.entry)
			}
		}
		if alt != nil {
			if alts == nil {
				alts = make([][]*Entry, len(terms))
			}
			alts[i] = alt
		}
	}
	return alts
}

func sameCodes(a, b []DatedCode) bool {
	return slices.EqualFunc(a, b, func(x, y DatedCode) bool {
		return x.Code == y.Code && x.From.Equal(y.From) && x.To.Equal(y.To)
	})
}

// find returns the node reached by the lower-cased words, or nil.
func (n *node) find(lower []string) *node {
	for _, w := range lower {
		if n = n.next[w]; n == nil {
			return nil
		}
	}
	return n
}

// pick returns the first entry ending here whose case rule the tokens satisfy, and
// the entries Choose can pick instead of it.
func (n *node) pick(words []string) (*Entry, []*Entry) {
	for i := range n.terms {
		t := &n.terms[i]
		if t.upper && !startsUpper(words[0]) {
			continue
		}
		if t.exact != 0 && !exactMatch(t, words) {
			continue
		}
		if n.alts != nil {
			return t.entry, n.alts[i]
		}
		return t.entry, nil
	}
	return nil, nil
}

func exactMatch(t *term, words []string) bool {
	for k, w := range t.words {
		if k < 64 && t.exact&(1<<k) != 0 && words[k] != w {
			return false
		}
	}
	return true
}

// keyOf is the lower-cased, single-spaced form stored in Entry.Phrases.
func keyOf(words []string) string {
	lw := make([]string, len(words))
	for i, w := range words {
		lw[i] = lowerWord(w)
	}
	return strings.Join(lw, " ")
}
