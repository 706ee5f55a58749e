package text

import (
	"strconv"
	"strings"
)

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"bn": 1e9, "mn": 1e6,
	// South Asian scales: a lakh is a hundred thousand, a crore ten million; they
	// stack ("1.5 lakh crore" is 1.5 trillion).
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}

// vagueNumbers are plural number words that stand for an approximate count.
var vagueNumbers = map[string]float64{
	"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2e6,
	"billions": 2e9, "tens": 20,
}

// ParseNumber reads a cardinal number from the start of words, which are
// lower-case tokens: digits with thousands separators and decimals ("13,000",
// "1.5"), optionally scaled ("1.5 million", "3bn"), or number words ("twelve",
// "two hundred and fifty", "forty-two", "a thousand", "a dozen"). It returns the
// value and how many words it used; ok is false when words do not start with a
// number. Ordinals ("10th", "second") are not numbers here.
func ParseNumber(words []string) (value float64, n int, ok bool) {
	v, n, _, ok := parseNumber(words)
	return v, n, ok
}

// parseNumber is ParseNumber that also reports vague counts ("dozens",
// "tens of thousands").
func parseNumber(words []string) (value float64, n int, approx bool, ok bool) {
	if len(words) == 0 || words[0] == "" {
		return 0, 0, false, false
	}
	w := words[0]
	if isDigit(w[0]) {
		v, ok := parseDigits(w)
		if !ok {
			return 0, 0, false, false
		}
		n = 1
		if len(words) > 1 {
			if s, ok := scaleWords[words[1]]; ok && words[1] != "hundred" {
				v *= s
				n = 2
				// "1.5 lakh crore", "2 thousand crore": a larger scale after the
				// first multiplies it
				if len(words) > 2 {
					if s2, ok := scaleWords[words[2]]; ok && s2 > s && words[2] != "hundred" {
						v *= s2
						n = 3
					}
				}
			}
		}
		return v, n, false, true
	}
	if v, ok := vagueNumbers[w]; ok {
		if len(words) > 2 && words[1] == "of" {
			if s, ok := vagueNumbers[words[2]]; ok && s > v {
				return v / 2 * s, 3, true, true
			}
		}
		if w == "tens" || w == "scores" {
			if len(words) < 2 || words[1] != "of" {
				return 0, 0, false, false
			}
		}
		return v, 1, true, true
	}
	return parseWords(words)
}

// parseWords reads spelled-out numbers.
func parseWords(words []string) (float64, int, bool, bool) {
	var total, cur float64
	n := 0
	seen := false
	for n < len(words) {
		w := words[n]
		switch {
		case (w == "a" || w == "an") && !seen:
			if n+1 < len(words) {
				if _, ok := scaleWords[words[n+1]]; ok {
					cur = 1
					n++
					continue
				}
				if words[n+1] == "dozen" {
					return 12, n + 2, false, true
				}
			}
			return 0, 0, false, false
		case w == "dozen" && seen && total == 0:
			return cur * 12, n + 1, false, true
		case w == "and" && seen && n+1 < len(words):
			if _, ok := wordValue(words[n+1]); !ok || cur >= 100 && cur-float64(int(cur/100)*100) != 0 {
				goto done
			}
			if total == 0 && cur < 100 {
				goto done
			}
			n++
			continue
		}
		if v, ok := wordValue(w); ok {
			if seen && cur != 0 && int(cur)%100 != 0 && !(int(cur)%10 == 0 && v < 10 && int(cur)%100 >= 20) {
				goto done
			}
			cur += v
			seen = true
			n++
			continue
		}
		if s, ok := scaleWords[w]; ok && seen || ok && cur == 1 {
			if s == 100 {
				cur *= 100
			} else if cur == 0 && total > 0 && total < s {
				total *= s // "one thousand crore": a larger scale multiplies the count before it
			} else {
				total += cur * s
				cur = 0
			}
			seen = true
			n++
			continue
		}
		break
	}
done:
	if !seen {
		return 0, 0, false, false
	}
	if n > 0 && words[n-1] == "and" {
		n--
	}
	return total + cur, n, false, true
}

// wordValue reads "forty", "seven" and "forty-two".
func wordValue(w string) (float64, bool) {
	if v, ok := smallNumbers[w]; ok {
		return v, true
	}
	tens, units, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	t, ok1 := smallNumbers[tens]
	u, ok2 := smallNumbers[units]
	if !ok1 || !ok2 || t < 20 || int(t)%10 != 0 || u == 0 || u > 9 {
		return 0, false
	}
	return t + u, true
}

// parseDigits reads "13,000", "8.6", "3bn", "1.5m" and "5k".
func parseDigits(w string) (float64, bool) {
	mult := 1.0
	for _, suf := range [...]struct {
		s string
		m float64
	}{{"bn", 1e9}, {"tn", 1e12}, {"m", 1e6}, {"k", 1e3}} {
		if strings.HasSuffix(w, suf.s) {
			w = w[:len(w)-len(suf.s)]
			mult = suf.m
			break
		}
	}
	if w == "" {
		return 0, false
	}
	digits := 0
	comma := -1
	dot := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isDigit(c):
			digits++
		case c == ',' && !dot:
			if comma >= 0 && i-comma != 4 || comma < 0 && (i == 0 || i > 3) {
				return 0, false
			}
			comma = i
		case c == '.' && !dot && i > 0 && i+1 < len(w):
			if comma >= 0 && i-comma != 4 {
				return 0, false
			}
			dot = true
		default:
			return 0, false
		}
	}
	if comma >= 0 && !dot && len(w)-comma != 4 {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
	if err != nil {
		return 0, false
	}
	return v * mult, true
}
