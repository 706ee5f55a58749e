package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitPhrase cuts a phrase into the tokens the text package would make of it:
// whitespace separates words, brackets, quotes and trailing commas, colons and
// semicolons are tokens of their own, and a possessive "'s" is split off. Periods
// stay with their word ("U.S.", "Gen."), and so do hyphens ("al-Qaeda"). Case is kept.
func splitPhrase(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		var tail []string
		for f != "" {
			r, size := utf8.DecodeRuneInString(f)
			if !isOpenPunct(r) {
				break
			}
			out = append(out, f[:size])
			f = f[size:]
		}
		for f != "" {
			r, size := utf8.DecodeLastRuneInString(f)
			if !isClosePunct(r) {
				break
			}
			tail = append(tail, f[len(f)-size:])
			f = f[:len(f)-size]
		}
		if stem, clitic, ok := cutPossessive(f); ok {
			out = append(out, stem, clitic)
		} else if f != "" {
			out = append(out, f)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '"', '“', '‘', '«':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case ')', ']', '}', '"', '”', '»', ',', ';', ':', '!', '?':
		return true
	}
	return false
}

// cutPossessive splits "Women's" into "Women" and "'s" (also with a curly apostrophe).
func cutPossessive(w string) (stem, clitic string, ok bool) {
	for _, ap := range []string{"'", "’"} {
		i := len(w) - len(ap) - 1
		if i > 0 && strings.HasPrefix(w[i:], ap) && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') {
			return w[:i], w[i:], true
		}
	}
	return "", "", false
}

// lowerWord lower-cases a token the way the text package fills Token.Lower:
// Unicode lower case with straight apostrophes.
func lowerWord(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "’", "'")
}

// isAllCaps reports whether w is written in capitals only (letters, digits and
// periods, with at least two letters or a letter and a period): "US", "UN", "U.S.".
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '.':
		default:
			return false
		}
	}
	return letters >= 2 || letters == 1 && len(w) > 1
}

// startsUpper reports whether w's first rune is an uppercase letter.
func startsUpper(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}
