package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits that keep a text without sentence punctuation linear in time and
// bounded in memory: such a run is cut into chunks.
const (
	maxSentenceTokens = 120
	maxSentenceBytes  = 2000
)

// sentenceStarters are words that, after an abbreviation such as "U.S." or
// "p.m.", signal a new sentence rather than a name continuing.
var sentenceStarters = map[string]bool{
	"the": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "in": true, "but": true, "a": true, "an": true, "this": true,
	"that": true, "there": true, "on": true, "at": true, "its": true, "his": true,
	"her": true, "their": true, "however": true, "meanwhile": true, "after": true,
	"since": true, "when": true, "while": true, "as": true, "some": true,
}

// splitSentences groups tokens into sentences. Boundaries are sentence
// punctuation (with any closing quotes or brackets that follow it) before a
// word that does not start in lower case, blank lines, and line breaks before a
// capitalised line.
func splitSentences(text string, toks []Token) [][2]int {
	var spans [][2]int
	begin := 0
	for i := range toks {
		if i+1 < len(toks) && !boundaryAfter(text, toks, i) && !tooLong(toks, begin, i) {
			continue
		}
		spans = append(spans, [2]int{begin, i + 1})
		begin = i + 1
	}
	return spans
}

func tooLong(toks []Token, begin, i int) bool {
	return i+1-begin >= maxSentenceTokens || toks[i].End-toks[begin].Start >= maxSentenceBytes
}

func boundaryAfter(text string, toks []Token, i int) bool {
	next := toks[i+1]
	gap := text[toks[i].End:next.Start]
	if nl := strings.Count(gap, "\n"); nl >= 2 {
		return true
	} else if nl == 1 && !startsLower(next.Text) && !continuesLine(toks[i].Lower) {
		return true
	}
	if isClosing(next.Lower) && gap == "" {
		return false
	}
	j := i
	for j > 0 && isClosing(toks[j].Lower) {
		j--
	}
	w := toks[j].Lower
	switch {
	case w == "." || w == "!" || w == "?" || w == "...":
	case strings.HasSuffix(w, ".") && len(w) > 1:
		if !abbrevMayEnd(w) || !sentenceStarters[next.Lower] {
			return false
		}
	default:
		return false
	}
	if gap == "" && w != "..." {
		return false
	}
	return !startsLower(next.Text) && next.Lower != "," && next.Lower != ";"
}

// abbrevMayEnd reports whether an abbreviation with a period may close a
// sentence: initials like "U.S." and "p.m." and a few business words may, titles
// and month names may not.
func abbrevMayEnd(w string) bool {
	return sentenceAbbrev[w] || strings.Count(w, ".") >= 2
}

func continuesLine(w string) bool {
	return w == "," || w == "-" || w == "and" || w == "or" || w == "of" || w == "the"
}

func isClosing(w string) bool {
	return w == `"` || w == "'" || w == ")" || w == "]" || w == "''"
}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}
