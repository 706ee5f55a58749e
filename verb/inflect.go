package verb

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// surface is one inflected form of a lemma.
type surface struct {
	word string
	form Form
}

// irregularVerb holds the past and participle forms of a verb the regular rules get
// wrong; the first of each is the usual one.
type irregularVerb struct {
	past, participle []string
}

// inflector builds the surface forms of verb and noun lemmas.
type inflector struct {
	irregular map[string]irregularVerb
}

// parseIrregular reads the irregular-verb table: "lemma past participle" per line,
// alternatives separated by "/", "#" comments.
func parseIrregular(r io.Reader, name string) (map[string]irregularVerb, error) {
	table := make(map[string]irregularVerb)
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		s, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(s)
		if len(f) == 0 {
			continue
		}
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want lemma, past and participle, got %d fields", name, line, len(f))
		}
		if _, dup := table[f[0]]; dup {
			return nil, fmt.Errorf("%s:%d: lemma %q: duplicate", name, line, f[0])
		}
		table[f[0]] = irregularVerb{past: strings.Split(f[1], "/"), participle: strings.Split(f[2], "/")}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return table, nil
}

// irregularPrefixes may stand before an irregular verb without changing its
// inflection: withhold, overrun, undertake, retake, mislead, outbid, upset.
var irregularPrefixes = [...]string{"with", "over", "under", "out", "up", "mis", "fore", "re"}

// lookupIrregular finds a lemma in the table, or a prefixed form of a listed verb.
func (in *inflector) lookupIrregular(lemma string) (irregularVerb, bool) {
	if v, ok := in.irregular[lemma]; ok {
		return v, true
	}
	for _, p := range irregularPrefixes {
		stem, ok := strings.CutPrefix(lemma, p)
		if !ok || len(stem) < 3 {
			continue
		}
		if v, ok := in.irregular[stem]; ok {
			return irregularVerb{past: prefixAll(p, v.past), participle: prefixAll(p, v.participle)}, true
		}
	}
	return irregularVerb{}, false
}

func prefixAll(p string, words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = p + w
	}
	return out
}

// formPriority decides which form a surface word records when a lemma produces it more
// than once ("cut" is base, past and participle): the tense-bearing forms come first so
// the coder can tell a past event from a base form only where the spelling does.
var formPriority = [...]int{Past: 0, Participle: 1, Base: 2, ThirdSing: 3, Gerund: 4, Plural: 5}

// addForm appends w unless it is already there, keeping the higher-priority form.
func addForm(out []surface, w string, f Form) []surface {
	for i := range out {
		if out[i].word == w {
			if formPriority[f] < formPriority[out[i].form] {
				out[i].form = f
			}
			return out
		}
	}
	return append(out, surface{w, f})
}

// verbForms returns the surface forms of a verb lemma: base, third person singular,
// past, participle and gerund. A regular "-ed" form is recorded once, as Past.
func (in *inflector) verbForms(lemma string) []surface {
	out := []surface{{lemma, Base}}
	out = addForm(out, thirdSing(lemma), ThirdSing)
	if v, ok := in.lookupIrregular(lemma); ok {
		for _, w := range v.past {
			out = addForm(out, w, Past)
		}
		for _, w := range v.participle {
			out = addForm(out, w, Participle)
		}
	} else {
		for _, w := range suffixForms(lemma, "ed") {
			out = addForm(out, w, Past)
		}
	}
	for _, w := range suffixForms(lemma, "ing") {
		out = addForm(out, w, Gerund)
	}
	return out
}

// nounForms returns a noun lemma and its plurals. A lemma that already looks plural
// ("talks", "hostilities") is returned alone.
func nounForms(lemma string) []surface {
	out := []surface{{lemma, Base}}
	switch {
	case strings.HasSuffix(lemma, "sis"):
		return addForm(out, lemma[:len(lemma)-2]+"es", Plural)
	case strings.HasSuffix(lemma, "s") && !strings.HasSuffix(lemma, "ss") && !strings.HasSuffix(lemma, "us"):
		return out
	case sibilant(lemma):
		return addForm(out, lemma+"es", Plural)
	case consonantY(lemma):
		return addForm(out, lemma[:len(lemma)-1]+"ies", Plural)
	case consonantO(lemma):
		out = addForm(out, lemma+"es", Plural)
	}
	return addForm(out, lemma+"s", Plural)
}

// thirdSing returns the third person singular present of a verb.
func thirdSing(lemma string) string {
	switch {
	case lemma == "have":
		return "has"
	case lemma == "be":
		return "is"
	case sibilant(lemma), consonantO(lemma):
		return lemma + "es"
	case consonantY(lemma):
		return lemma[:len(lemma)-1] + "ies"
	}
	return lemma + "s"
}

// suffixForms adds "ed" or "ing" to a regular verb. When the spelling depends on stress
// (visited but committed; canceled and cancelled) both spellings are returned.
func suffixForms(lemma, suffix string) []string {
	n := len(lemma)
	switch {
	case n == 0:
		return nil
	case suffix == "ing" && strings.HasSuffix(lemma, "ie"):
		return []string{lemma[:n-2] + "ying"}
	case strings.HasSuffix(lemma, "e"):
		if suffix == "ed" {
			return []string{lemma + "d"}
		}
		if n <= 2 || strings.HasSuffix(lemma, "ee") || strings.HasSuffix(lemma, "ye") || strings.HasSuffix(lemma, "oe") {
			return []string{lemma + "ing"}
		}
		return []string{lemma[:n-1] + "ing"}
	case suffix == "ed" && consonantY(lemma):
		return []string{lemma[:n-1] + "ied"}
	case strings.HasSuffix(lemma, "c") && n > 3:
		return []string{lemma + "k" + suffix, lemma + suffix}
	case endsCVC(lemma):
		doubled := lemma + lemma[n-1:] + suffix
		if syllables(lemma) == 1 {
			return []string{doubled}
		}
		return []string{lemma + suffix, doubled}
	}
	return []string{lemma + suffix}
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

func isConsonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !isVowel(c)
}

func sibilant(w string) bool {
	for _, s := range [...]string{"s", "x", "z", "ch", "sh"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func consonantY(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] == 'y' && isConsonant(w[n-2])
}

func consonantO(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] == 'o' && isConsonant(w[n-2])
}

// endsCVC reports a final consonant–vowel–consonant, whose consonant doubles before a
// suffix (stop, ban, equip); w, x and y never double, and "qu" counts as a consonant.
func endsCVC(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	last, mid, prev := w[n-1], w[n-2], w[n-3]
	if !isConsonant(last) || last == 'w' || last == 'x' || last == 'y' || !isVowel(mid) {
		return false
	}
	return isConsonant(prev) || prev == 'u' && n >= 4 && w[n-4] == 'q'
}

// syllables counts vowel groups, a rough syllable count.
func syllables(w string) int {
	n, in := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowel(w[i]) || w[i] == 'y' && i > 0
		if v && !in {
			n++
		}
		in = v
	}
	return n
}
