package text

import (
	"strings"
	"time"
)

// quantityModifiers are the phrases before a number that qualify it, longest first.
var quantityModifiers = []struct {
	words                   []string
	approx, atLeast, atMost bool
}{
	{words: []string{"no", "more", "than"}, atMost: true},
	{words: []string{"no", "fewer", "than"}, atLeast: true},
	{words: []string{"in", "excess", "of"}, atLeast: true},
	{words: []string{"as", "many", "as"}, atMost: true},
	{words: []string{"upwards", "of"}, atLeast: true},
	{words: []string{"at", "least"}, atLeast: true},
	{words: []string{"more", "than"}, atLeast: true},
	{words: []string{"just", "over"}, atLeast: true},
	{words: []string{"up", "to"}, atMost: true},
	{words: []string{"less", "than"}, atMost: true},
	{words: []string{"fewer", "than"}, atMost: true},
	{words: []string{"at", "most"}, atMost: true},
	{words: []string{"just", "under"}, atMost: true},
	{words: []string{"close", "to"}, approx: true},
	{words: []string{"an", "estimated"}, approx: true},
	{words: []string{"over"}, atLeast: true},
	{words: []string{"under"}, atMost: true},
	{words: []string{"about"}, approx: true},
	{words: []string{"around"}, approx: true},
	{words: []string{"nearly"}, approx: true},
	{words: []string{"almost"}, approx: true},
	{words: []string{"some"}, approx: true},
	{words: []string{"roughly"}, approx: true},
	{words: []string{"approximately"}, approx: true},
	{words: []string{"estimated"}, approx: true},
	{words: []string{"several"}, approx: true},
}

var currencySymbols = map[string]string{"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₹": "inr"}

// unitSkippable are the tags a unit search may step over between a number and
// its noun ("5,000 Taliban prisoners", "1,000 captured Afghan security forces").
var unitSkippable = map[string]bool{
	"JJ": true, "JJR": true, "JJS": true, "VBN": true, "NNP": true, "NNPS": true,
	"VBG": true, "POS": true,
}

// FindQuantities returns the numbers in s with what they count. Dates and bare
// years are left out, as are ordinals and clock times. Unit is the last one or
// two common nouns of the noun phrase after the number ("security forces"),
// "percent" for percentages and an ISO currency code ("usd") for money; UnitTok
// is the index of the unit's head noun, -1 without a unit. A range ("between 10
// and 20", "10 to 20", "10-20") is one quantity with Max set. In "from 13,000 to
// 8,600", both numbers are separate quantities and take the noun before "from"
// as their unit when none follows.
func FindQuantities(s Sentence) []Quantity {
	return findQuantities(s, func() []DateMention { return FindDates(s, time.Time{}) })
}

// findQuantities is FindQuantities reading the sentence's dates from dates,
// which may resolve them against any publication date: which tokens are dated
// does not depend on it where a number may start (see inDate).
func findQuantities(s Sentence, dates func() []DateMention) []Quantity {
	toks := s.Tokens
	var dated []DateMention
	datesRead := false
	var out []Quantity
	words := make([]string, 0, 8)
	for i := 0; i < len(toks); i++ {
		w := toks[i].Lower
		if !mayStartNumber(w) {
			continue
		}
		words = words[:0]
		for k := i; k < len(toks) && k < i+8; k++ {
			words = append(words, toks[k].Lower)
		}
		v, n, approx, ok := parseNumber(words)
		var hi float64
		if !ok {
			v, hi, ok = hyphenRange(w)
			n = 1
		}
		if !ok || (w == "one" || w == "a" || w == "an") && n == 1 && !followedByNoun(toks, i+1) {
			continue
		}
		if isClockOrOrdinal(toks, i, n) || isBareYear(toks, i, n, v) {
			continue
		}
		// Last, as the dearest test: most words that may start a number do not.
		if !datesRead {
			dated, datesRead = dates(), true
		}
		if inDate(dated, i) {
			continue
		}
		q := Quantity{Tok: i, TokEnd: i + n, Value: v, Max: hi, UnitTok: -1, Approx: approx}
		start := i
		if i > 0 {
			if unit, ok := currencySymbols[toks[i-1].Lower]; ok {
				start = i - 1
				q.Unit = unit
			}
		}
		q.Tok = applyModifier(toks, start, &q)
		end := q.TokEnd
		end = rangeEnd(toks, end, &q)
		q.TokEnd = end
		if q.Unit == "" {
			findUnit(toks, &q)
		}
		out = append(out, q)
		i = q.TokEnd - 1
	}
	fromToUnits(toks, out)
	return out
}

// mayStartNumber reports whether parseNumber can read a number from a run of
// words that starts with w.
func mayStartNumber(w string) bool {
	if w == "" {
		return false
	}
	if isDigit(w[0]) {
		return true
	}
	switch w {
	case "a", "an":
		return true
	}
	if numberShapes.may(w) {
		if _, ok := vagueNumbers[w]; ok {
			return true
		}
		if _, ok := smallNumbers[w]; ok {
			return true
		}
	}
	if strings.IndexByte(w, '-') < 0 {
		return false // "forty-two" is the only other number word
	}
	_, ok := wordValue(w)
	return ok
}

// numberShapes turns most words away without a map lookup.
var numberShapes = shapesOf(smallNumbers, vagueNumbers)

// inDate reports whether token i is inside one of the date mentions ms (offsets
// excepted: "24 hours" after something is still a quantity). The publication date
// the mentions were resolved against moves no mention's tokens; it only decides
// whether two mentions close a range ("from March 3 to Monday"), and a range's one
// extra token is its link ("to", "and", "-"), where no number starts. A sentence
// has few dates, so reading them costs less than marking its tokens.
func inDate(ms []DateMention, i int) bool {
	for _, m := range ms {
		if m.Offset == nil && m.Tok <= i && i < m.TokEnd {
			return true
		}
	}
	return false
}

func followedByNoun(toks []Token, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		switch toks[k].Tag {
		case "NN", "NNS":
			return true
		case "JJ", "NNP", "NNPS", "VBN":
			continue
		}
		return false
	}
	return false
}

func isClockOrOrdinal(toks []Token, i, n int) bool {
	if strings.Contains(toks[i].Lower, ":") {
		return true
	}
	if i+n < len(toks) {
		switch toks[i+n].Lower {
		case "a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock":
			return true
		}
	}
	return false
}

// isBareYear reports a four-digit number that reads as a year: 1900-2100
// without separators and without a noun to count.
func isBareYear(toks []Token, i, n int, v float64) bool {
	if n != 1 || v < 1900 || v > 2100 || len(toks[i].Lower) != 4 {
		return false
	}
	return !followedByNoun(toks, i+1) || !followedByPlural(toks, i+1)
}

func followedByPlural(toks []Token, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		if toks[k].Tag == "NNS" || toks[k].Tag == "NNPS" {
			return true
		}
		if toks[k].Tag == "NN" {
			return false
		}
	}
	return false
}

func applyModifier(toks []Token, i int, q *Quantity) int {
	for _, m := range quantityModifiers {
		k := i - len(m.words)
		if k < 0 {
			continue
		}
		match := true
		for j, w := range m.words {
			if toks[k+j].Lower != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		q.Approx = q.Approx || m.approx
		q.AtLeast = m.atLeast
		q.AtMost = m.atMost
		return k
	}
	return i
}

// rangeEnd extends a quantity over "and 20" after "between", "to 20" and "-20",
// and over its scale or percent sign.
func rangeEnd(toks []Token, end int, q *Quantity) int {
	if q.Max == 0 && end+1 < len(toks) {
		link := toks[end].Lower
		between := q.Tok > 0 && toks[q.Tok-1].Lower == "between"
		from := q.Tok > 0 && toks[q.Tok-1].Lower == "from"
		if link == "and" && between || (link == "to" || link == "-" || link == "–") && !from {
			var buf [6]string
			words := buf[:0]
			for k := end + 1; k < len(toks) && k < end+7; k++ {
				words = append(words, toks[k].Lower)
			}
			if v, n, _, ok := parseNumber(words); ok && v > q.Value && !(words[0] == "a" || words[0] == "an") {
				q.Max = v
				end += 1 + n
				if between {
					q.Tok--
				}
			}
		}
	}
	if end < len(toks) {
		switch toks[end].Lower {
		case "%", "percent":
			q.Unit = "percent"
			q.UnitTok = end
			end++
		case "per":
			if end+1 < len(toks) && toks[end+1].Lower == "cent" {
				q.Unit = "percent"
				q.UnitTok = end + 1
				end += 2
			}
		}
	}
	return end
}

// findUnit sets the counted noun: after up to three adjectives or proper
// nouns, the last one or two common nouns of the run.
func findUnit(toks []Token, q *Quantity) {
	k := q.TokEnd
	if k < len(toks) && toks[k].Lower == "of" && q.Approx {
		k++
	}
	if k+1 < len(toks) && toks[k].Lower == "of" && (toks[k+1].Lower == "the" || toks[k+1].Lower == "them") {
		k += 2
	}
	skipped := 0
	for k < len(toks) && skipped < 3 && unitSkippable[toks[k].Tag] && !isPunct(toks[k].Lower) {
		if toks[k].Tag == "VBG" && k+1 < len(toks) && !isNoun(toks[k+1].Tag) {
			return
		}
		k++
		skipped++
	}
	first := k
	for k < len(toks) && (isNoun(toks[k].Tag) || toks[k].Tag == "POS") && !isPunct(toks[k].Lower) {
		k++
	}
	for k > first && !isCommonNoun(toks[k-1].Tag) {
		k--
	}
	if k == first {
		return
	}
	head := k - 1
	start := head
	if head > first && isCommonNoun(toks[head-1].Tag) {
		start = head - 1
	}
	q.UnitTok = head
	if start == head {
		q.Unit = toks[head].Lower
	} else {
		q.Unit = toks[start].Lower + " " + toks[head].Lower
	}
}

func isNoun(tag string) bool       { return strings.HasPrefix(tag, "NN") }
func isCommonNoun(tag string) bool { return tag == "NN" || tag == "NNS" }

func isPunct(w string) bool {
	if w == "" {
		return true
	}
	c := w[0]
	return !(isASCIIAlnum(c) || c >= 0x80)
}

// fromToUnits gives "troops from 13,000 to 8,600" the noun before "from".
func fromToUnits(toks []Token, qs []Quantity) {
	for i := range qs {
		q := &qs[i]
		if q.Unit != "" || q.Tok < 2 {
			continue
		}
		k := q.Tok - 1
		if toks[k].Lower == "to" && i > 0 && qs[i-1].TokEnd == k {
			k = qs[i-1].Tok - 1
		}
		if k < 1 || toks[k].Lower != "from" {
			continue
		}
		if isCommonNoun(toks[k-1].Tag) {
			q.Unit = toks[k-1].Lower
			q.UnitTok = k - 1
		}
	}
}

// hyphenRange reads "10-20" as a range.
func hyphenRange(w string) (lo, hi float64, ok bool) {
	a, b, found := strings.Cut(w, "-")
	if !found || a == "" || b == "" || !isDigit(a[0]) || !isDigit(b[0]) {
		return 0, 0, false
	}
	lo, ok1 := parseDigits(a)
	hi, ok2 := parseDigits(b)
	if !ok1 || !ok2 || hi <= lo {
		return 0, 0, false
	}
	return lo, hi, true
}
