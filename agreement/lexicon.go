package agreement

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/lexicon.tsv
var lexiconData string

// lexicon is the vocabulary of extraction (data/lexicon.tsv): phrases by kind, each a
// sequence of lower-case tokens, with a value for the kinds that map to one.
type lexicon struct {
	phrases map[string][]phrase
	// byFirst holds each kind's phrases by their first word, in file order, so
	// that match reads only those that can start at a word.
	byFirst map[string]*firstWords
}

// firstWords are one kind's phrases by their first word, with a bit set of the
// first words' first bytes and lengths: most words of a sentence start no phrase,
// and the bit set tells so without hashing the word.
type firstWords struct {
	phrases map[string][]phrase
	bits    [256 * 32 / 64]uint64
}

func firstBit(w string) int { return int(w[0])*32 + min(len(w), 31) }

func (f *firstWords) add(p phrase) {
	w := p.words[0]
	f.phrases[w] = append(f.phrases[w], p)
	b := firstBit(w)
	f.bits[b/64] |= 1 << (b % 64)
}

// starting returns the phrases whose first word is w.
func (f *firstWords) starting(w string) []phrase {
	if f == nil || w == "" {
		return nil
	}
	if b := firstBit(w); f.bits[b/64]&(1<<(b%64)) == 0 {
		return nil
	}
	return f.phrases[w]
}

type phrase struct {
	words []string
	value string
}

// loadLexicon is the embedded vocabulary, parsed once; the file is part of the binary,
// so a malformed line is a programming error.
var loadLexicon = sync.OnceValue(func() *lexicon {
	lx, err := parseLexicon(lexiconData)
	if err != nil {
		panic(fmt.Errorf("agreement: embedded lexicon: %w", err))
	}
	return lx
})

// parseLexicon reads kind<TAB>phrase<TAB>value lines; # starts a comment. It fails on a
// line without a kind and a phrase, naming the line.
func parseLexicon(s string) (*lexicon, error) {
	lx := &lexicon{phrases: map[string][]phrase{}, byFirst: map[string]*firstWords{}}
	for i, line := range strings.Split(s, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || f[0] == "" || strings.TrimSpace(f[1]) == "" {
			return nil, fmt.Errorf("line %d: want kind<TAB>phrase[<TAB>value]: %q", i+1, line)
		}
		p := phrase{words: strings.Fields(f[1])}
		if len(f) > 2 {
			p.value = strings.TrimSpace(f[2])
		}
		lx.phrases[f[0]] = append(lx.phrases[f[0]], p)
		if lx.byFirst[f[0]] == nil {
			lx.byFirst[f[0]] = &firstWords{phrases: map[string][]phrase{}}
		}
		lx.byFirst[f[0]].add(p)
	}
	return lx, nil
}

// match returns the longest phrase of kind that starts at word i of words, and its
// length; n is 0 when none does.
func (lx *lexicon) match(kind string, words []string, i int) (p phrase, n int) {
	if i < 0 || i >= len(words) {
		return p, 0
	}
	return lx.byFirst[kind].match(words, i)
}

// match is lexicon.match for the kind of f; i is a position in words.
func (f *firstWords) match(words []string, i int) (p phrase, n int) {
	for _, q := range f.starting(words[i]) {
		if len(q.words) <= n || i+len(q.words) > len(words) {
			continue
		}
		ok := true
		for j, w := range q.words {
			if words[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			p, n = q, len(q.words)
		}
	}
	return p, n
}

// find returns the first position at or after from where a phrase of kind starts, with
// the phrase and its length; -1 when none.
func (lx *lexicon) find(kind string, words []string, from, to int) (int, phrase, int) {
	to = min(to, len(words))
	first := lx.byFirst[kind]
	for i := max(from, 0); i < to; i++ {
		if p, n := first.match(words, i); n > 0 {
			return i, p, n
		}
	}
	return -1, phrase{}, 0
}

// has reports whether a phrase of kind occurs in words[from:to].
func (lx *lexicon) has(kind string, words []string, from, to int) bool {
	i, _, _ := lx.find(kind, words, from, to)
	return i >= 0
}
