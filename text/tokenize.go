package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTokenBytes bounds one token so that a run of text without spaces cannot
// produce a single huge token; longer runs are cut at rune boundaries.
const maxTokenBytes = 256

// abbreviations are words that keep their trailing period. Titles and month
// names never end a sentence; see sentenceAbbrev for the ones that may.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "rev": true,
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "cpt": true,
	"sgt": true, "cpl": true, "pvt": true, "adm": true, "brig": true, "cmdr": true,
	"gov": true, "sen": true, "rep": true, "reps": true, "pres": true, "amb": true,
	"sec": true, "atty": true, "messrs": true, "hon": true, "st": true, "mt": true,
	"ft": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "jr": true, "sr": true, "inc": true, "corp": true, "co": true,
	"ltd": true, "vs": true, "etc": true, "approx": true, "dept": true, "est": true,
	"fig": true, "govt": true, "no": true, "nos": true,
}

// sentenceAbbrev lists abbreviations that may also close a sentence.
var sentenceAbbrev = map[string]bool{
	"inc.": true, "corp.": true, "co.": true, "ltd.": true, "jr.": true, "sr.": true,
	"etc.": true,
}

// tokenize splits text into tokens with byte offsets. It never panics, whatever
// the bytes: invalid UTF-8 becomes one-byte symbol tokens.
func tokenize(text string, out []Token) []Token {
	first := len(out)
	i := 0
	n := len(text)
	for i < n {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				i++
			case isASCIIAlnum(c):
				i = wordToken(text, i, &out)
			default:
				i = punctToken(text, i, &out)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			out = appendToken(out, text, i, i+1)
			i++
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			i = wordToken(text, i, &out)
		default:
			out = appendToken(out, text, i, i+size)
			i += size
		}
	}
	// ASCII words with capitals are lower-cased together, in one copy of the text.
	var lt string
	for k := first; k < len(out); k++ {
		if out[k].Lower == "" {
			if lt == "" {
				lt = asciiLower(text)
			}
			out[k].Lower = lt[out[k].Start:out[k].End]
		}
	}
	return out
}

// asciiLower is s with A-Z lower-cased and every other byte as it was.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// wordRune reports whether the rune at text[i:] continues a word, and its size.
func wordRune(text string, i int) (bool, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return isASCIIAlnum(c), 1
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError && size <= 1 {
		return false, 1
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r), size
}

func isApostrophe(text string, i int) (bool, int) {
	if text[i] == '\'' {
		return true, 1
	}
	if strings.HasPrefix(text[i:], "’") {
		return true, len("’")
	}
	return false, 0
}

// wordToken reads the word starting at i, appends it (and any clitic split off
// it) to out, and returns the offset after it.
func wordToken(text string, start int, out *[]Token) int {
	n := len(text)
	i := start
	for i < n && i-start < maxTokenBytes {
		ok, size := wordRune(text, i)
		if ok {
			i += size
			continue
		}
		c := text[i]
		if i+1 >= n {
			break
		}
		next := text[i+1]
		switch {
		case (c == ',' || c == '.' || c == ':') && isDigit(text[i-1]) && isDigit(next):
			if c == ',' && !threeDigits(text, i+1) {
				goto done
			}
			i++
			continue
		case c == '-':
			if nextOK, _ := wordRune(text, i+1); nextOK {
				i++
				continue
			}
			goto done
		case c == '&' && allUpper(text[start:i]) && next >= 'A' && next <= 'Z':
			i++
			continue
		}
		if ok, asize := isApostrophe(text, i); ok {
			if clitic := cliticLen(text, i, asize); clitic > 0 {
				end, cl := i, i+clitic
				if strings.EqualFold(text[i+asize:cl], "t") && end > start && (text[end-1] == 'n' || text[end-1] == 'N') {
					end--
				}
				if end > start {
					*out = appendToken(*out, text, start, end)
				}
				*out = appendToken(*out, text, end, cl)
				return cl
			}
			if j := i + asize; j < n {
				if nextOK, _ := wordRune(text, j); nextOK && !isDigit(text[j]) {
					i = j
					continue
				}
			}
		}
		if c == '.' {
			if end := abbrevEnd(text, start, i); end > i {
				i = end
			}
		}
		goto done
	}
done:
	*out = appendToken(*out, text, start, i)
	return i
}

func threeDigits(text string, i int) bool {
	if i+3 > len(text) {
		return false
	}
	for k := i; k < i+3; k++ {
		if !isDigit(text[k]) {
			return false
		}
	}
	return i+3 == len(text) || !isDigit(text[i+3])
}

func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// cliticLen returns the length of an English clitic ('s, n't, 'll, 're, 've, 'd,
// 'm) starting at the apostrophe at i, or 0.
func cliticLen(text string, i, asize int) int {
	j := i + asize
	k := j
	for k < len(text) && k-j < 3 && (text[k] >= 'a' && text[k] <= 'z' || text[k] >= 'A' && text[k] <= 'Z') {
		k++
	}
	if k < len(text) {
		if ok, _ := wordRune(text, k); ok {
			return 0
		}
	}
	switch strings.ToLower(text[j:k]) {
	case "s", "ll", "re", "ve", "d", "m":
		return k - i
	case "t":
		if i > 0 && (text[i-1] == 'n' || text[i-1] == 'N') {
			return k - i
		}
	}
	return 0
}

// abbrevEnd returns the offset after the period at dot when text[start:dot] is
// an abbreviation ("Gen", "U.S", "p.m"), else dot.
func abbrevEnd(text string, start, dot int) int {
	w := text[start:dot]
	if len(w) == 1 && isASCIIAlnum(w[0]) && !isDigit(w[0]) {
		// Initials and the first letter of "U.S.".
		return initialsEnd(text, dot)
	}
	if len(w) <= 6 && abbreviations[strings.ToLower(w)] {
		if lw := strings.ToLower(w); lw == "no" || lw == "nos" {
			if !followedByDigit(text, dot+1) {
				return dot
			}
		}
		return dot + 1
	}
	return dot
}

// initialsEnd extends "U." over "S." pairs, as in "U.S." or "p.m.".
func initialsEnd(text string, dot int) int {
	i := dot + 1
	for i+1 < len(text) && isASCIIAlnum(text[i]) && !isDigit(text[i]) && text[i+1] == '.' {
		if i+2 < len(text) && isASCIIAlnum(text[i+2]) {
			break
		}
		i += 2
	}
	return i
}

func followedByDigit(text string, i int) bool {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i < len(text) && isDigit(text[i])
}

// punctToken appends one punctuation token starting at i; "...", "--" and
// runs of the same dash stay together.
func punctToken(text string, i int, out *[]Token) int {
	c := text[i]
	end := i + 1
	if c == '.' || c == '-' {
		for end < len(text) && text[end] == c && end-i < maxTokenBytes {
			end++
		}
	}
	*out = appendToken(*out, text, i, end)
	return end
}

// appendToken appends text[start:end] as a token. An ASCII word with capitals is
// left without its Lower, which tokenize fills in at the end.
func appendToken(out []Token, text string, start, end int) []Token {
	w := text[start:end]
	l := ""
	if !isASCIIWithUpper(w) {
		l = lower(w)
	}
	return append(out, Token{Text: w, Lower: l, Start: start, End: end})
}

// isASCIIWithUpper reports whether w is all ASCII with at least one capital, so
// that lower(w) is w with A-Z lower-cased.
func isASCIIWithUpper(w string) bool {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	return upper
}

// lower lower-cases w and straightens curly quotes and apostrophes. It does not
// allocate for lower-case ASCII.
func lower(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	switch w {
	case "’", "‘", "‛", "′":
		return "'"
	case "“", "”", "„", "″", "«", "»":
		return `"`
	}
	if !utf8.ValidString(w) {
		return strings.ToLower(strings.ToValidUTF8(w, "\ufffd"))
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘', '‛':
			return '\''
		case '“', '”':
			return '"'
		}
		return unicode.ToLower(r)
	}, w)
}
