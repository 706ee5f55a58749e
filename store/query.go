package store

import (
	"fmt"
	"strings"
)

// MaxTerms bounds the terms of one text query.
const MaxTerms = 32

// Query is a parsed text query: every term must match. A term is a phrase, the
// words that must stand next to each other in that order; most terms are one word.
type Query struct {
	Terms [][]string
}

// ParseQuery reads a text query of the same meaning on every backend: words and
// "quoted phrases", all required, case-insensitive. Words are runs of letters and
// digits (see Words), so a token such as "al-Qaeda" is the phrase "al qaeda" and
// punctuation is ignored. A query without a word, or with more than MaxTerms terms,
// is ErrInvalid.
func ParseQuery(s string) (Query, error) {
	var q Query
	for i, part := range strings.Split(s, `"`) {
		if i%2 == 1 { // inside quotes
			if w := Words(part); len(w) > 0 {
				q.Terms = append(q.Terms, w)
			}
			continue
		}
		for _, tok := range strings.Fields(part) {
			if w := Words(tok); len(w) > 0 {
				q.Terms = append(q.Terms, w)
			}
		}
	}
	if len(q.Terms) == 0 {
		return Query{}, fmt.Errorf("text query %q has no word: %w", s, ErrInvalid)
	}
	if len(q.Terms) > MaxTerms {
		return Query{}, fmt.Errorf("text query %q has more than %d terms: %w", s, MaxTerms, ErrInvalid)
	}
	return q, nil
}

// Matches reports whether text holds every term of q, as Words, each phrase's words
// next to each other and in order. Backends whose full-text index does not serve a
// query well check candidate rows with it.
func (q Query) Matches(text string) bool {
	words := Words(text)
	for _, t := range q.Terms {
		if !containsRun(words, t) {
			return false
		}
	}
	return true
}

func containsRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		ok := true
		for j, w := range run {
			if words[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
