package agreement

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/peacewatch/peacewatch/text"
)

// cuesOfObs returns the cues of o's words, computed once.
func (r *Rules) cuesOfObs(o *observation) cues {
	if o.cues == nil {
		o.cues = r.cuesWith(o.words, o.match, func(i int) bool { return o.sw != nil && o.sw[i].cues.empty() })
	}
	return o.cues
}

// negatedAt reports whether a negative cue stands within three words before word i
// ("failed to honour", "has not respected").
func (r *Rules) negatedAt(words []string, i int) bool {
	// A quantifier before the word leaves the negation its reach: "had not
	// carried out any strike", "did not fire a single shot".
	j := i
	for j > 0 && i-j < 2 && (words[j-1] == "any" || words[j-1] == "single" || words[j-1] == "a") {
		j--
	}
	return r.Cues["negative"].MatchAny(words[max(0, j-3):i]) >= 0
}

// cues holds which cue kinds a statement's words carry.
type cues map[string]bool

func (r *Rules) cuesOf(words []string) cues {
	return r.cuesWith(words, func(w WordRule) int { return w.MatchAny(words) }, func(int) bool { return false })
}

// cuesWith is cuesOf, with match giving where a rule first matches words; no cue
// matches a word that none says (the sieve tells).
func (r *Rules) cuesWith(words []string, match func(WordRule) int, none func(i int) bool) cues {
	r.cueOnce.Do(r.compileCues)
	var bits ruleBits
	for i := range words {
		if !none(i) {
			bits = bits.or(r.cueIndex.matchWordAt(words, i))
		}
	}
	c := cues{}
	for k := range bits.all() {
		c[r.cueKinds[k]] = true
	}
	if i := match(r.Cues["comply"]); i >= 0 && r.negatedAt(words, i) {
		// "failed to honour its obligations" is a violation.
		delete(c, "comply")
		c["violate"] = true
	}
	if match(r.Refuse) >= 0 {
		c["refuse"] = true
	}
	if c["hypothetical"] && !r.matchesBut("hypothetical", words, func(i int) bool { return concessive(words, i) }) {
		// "held Russia responsible, whether its own jets or Syrian ones carried
		// it out": an alternative granted either way asserts, it supposes nothing.
		delete(c, "hypothetical")
	}
	if c["comply"] && !r.matchesBut("comply", words, func(i int) bool { return r.keptDoing(words, i) }) {
		// "officers kept supplying Renamo with weapons": went on doing, not kept
		// to a term.
		delete(c, "comply")
	}
	if c["intent"] && !r.matchesBut("intent", words, func(i int) bool { return yetTo(words, i) }) {
		// "the commission has yet to be set up": a thing not done, not a plan.
		delete(c, "intent")
	}
	if c["partial"] && !r.matchesBut("partial", words, func(i int) bool { return approximate(words, i) }) {
		// "some 150,000 soldiers": about that many, not a part of them.
		delete(c, "partial")
	}
	// "last week", "the first military deadline": a time, not the end or the start
	// of the act.
	for _, k := range []struct{ cue, word string }{{"complete", "last"}, {"begin", "first"}} {
		if c[k.cue] && !r.matchesBut(k.cue, words, func(i int) bool { return words[i] == k.word && r.timeAfter(words, i) }) {
			delete(c, k.cue)
		}
	}
	return c
}

// partialAt reports whether a word of degree short of the whole stands in the
// clause of p's act ("left some positions near the border"), not in another
// ("the weapons were gathered, although some arms are believed hidden").
func (r *Rules) partialAt(p Provision, words []string) bool {
	at := r.actionAt(p, words)
	if at < 0 {
		return true
	}
	lo, hi := clauseAt(words, at)
	return r.matchesBut("partial", words[lo:hi], func(i int) bool { return approximate(words[lo:hi], i) })
}

// approximate reports whether word i is a "some" that rounds the number after it
// ("some 150,000 soldiers"), not a part of what it counts ("left some positions").
func approximate(words []string, i int) bool {
	if words[i] != "some" || i+1 >= len(words) {
		return false
	}
	_, _, ok := text.ParseNumber(words[i+1:])
	return ok
}

// keptDoing reports whether word i is a "kept" that keeps no promise: it goes on
// with an act, a word in -ing following it ("kept supplying", "kept firing"), or
// keeps a thing the wrong way, a fault word within five words after it ("kept its
// best rifles hidden").
func (r *Rules) keptDoing(words []string, i int) bool {
	if words[i] != "kept" || i+1 >= len(words) {
		return false
	}
	return len(words[i+1]) > 4 && strings.HasSuffix(words[i+1], "ing") || r.Cues["fault"].MatchAny(words[i+1:min(len(words), i+6)]) >= 0
}

// compileCues builds r.cueIndex: one bit a cue kind, at most maxRuleBits kinds
// (ParseRules checks).
func (r *Rules) compileCues() {
	r.cueKinds = slices.Sorted(maps.Keys(r.Cues))
	r.cueIndex = newWordIndex()
	r.vocab = &vocabulary{}
	for k, kind := range r.cueKinds {
		r.cueIndex.add(r.Cues[kind].Words, ruleBit(k))
	}
}

// matchesBut reports whether the cue kind matches some word of words other than
// those skip rules out.
func (r *Rules) matchesBut(kind string, words []string, skip func(i int) bool) bool {
	w := r.Cues[kind]
	for i := range words {
		if w.MatchAny(words[i:min(i+2, len(words))]) == 0 && !skip(i) {
			return true
		}
	}
	return false
}

// concessive reports whether word i is a "whether" that grants an alternative: "or"
// follows it in its clause ("whether its own jets or Syrian ones", "whether or not").
func concessive(words []string, i int) bool {
	if words[i] != "whether" {
		return false
	}
	for _, w := range words[i+1:] {
		switch w {
		case "or":
			return true
		case ",", ";", ":", ".":
			return false
		}
	}
	return false
}

// timeAfter reports whether a word of time follows word i within two words ("last
// September's exchange", "the first military deadline").
func (r *Rules) timeAfter(words []string, i int) bool {
	return r.Cues["time"].MatchAny(words[min(i+1, len(words)):min(i+3, len(words))]) >= 0
}

// objectWords returns the words that name p's object and unit in a report.
func (r *Rules) objectWords(p Provision) WordRule {
	return memoRule(&r.phraseRules, phraseKey{p.Object, p.Unit, true}, func() WordRule {
		return r.compileWords(p.Object+" "+p.Unit, p.Unit)
	})
}

// objectHead is objectWords for the object's head noun alone (its last word before
// any prepositional phrase, with its
// synonyms), so that a modifier naming an actor ("Taliban prisoners") does not make a
// sentence about that actor one about the object.
func (r *Rules) objectHead(p Provision) WordRule {
	h := objectHeadWord(p.Object)
	if h == "" {
		return r.objectWords(p)
	}
	return r.wordsOf(h, p.Unit)
}

// objectHeadWord is the last word of object before any prepositional phrase ("prisoners"
// of "prisoners of war"), lower-case, or "".
func objectHeadWord(object string) string {
	ws := strings.Fields(strings.ToLower(object))
	for i, w := range ws {
		if i > 0 && (prepositions[w] || w == "outside" || w == "across") {
			ws = ws[:i] // "prisoners of war", "mixed patrols in the north"
			break
		}
	}
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// wordsOf is the rule matching the content words of phrase and a short unit,
// compiled once for each phrase and unit.
func (r *Rules) wordsOf(phrase, unit string) WordRule {
	return memoRule(&r.phraseRules, phraseKey{phrase, unit, false}, func() WordRule { return r.compileWords(phrase, unit) })
}

// phraseKey names a rule of wordsOf (whole false) or of objectWords (whole true).
type phraseKey struct {
	phrase, unit string
	whole        bool
}

// maxMemoRules bounds each memo of compiled rules, so that memory stays flat on a
// store of many agreements; past it, rules are compiled on each use.
const maxMemoRules = 50_000

// ruleMemo holds compiled rules by key.
type ruleMemo struct {
	m sync.Map
	n atomic.Int64
}

// memoRule returns the rule memo holds under key, made by mk and kept on first use.
func memoRule(memo *ruleMemo, key any, mk func() WordRule) WordRule {
	return memoOf(memo, key, mk)
}

// memoOf is memoRule for any compiled value.
func memoOf[T any](memo *ruleMemo, key any, mk func() T) T {
	if w, ok := memo.m.Load(key); ok {
		return w.(T)
	}
	w := mk()
	if memo.n.Load() < maxMemoRules {
		if _, loaded := memo.m.LoadOrStore(key, w); !loaded {
			memo.n.Add(1)
		}
	}
	return w
}

// singleWords holds the one-word rules of objectScore and topicScore.
var singleWords ruleMemo

// wordRule returns the compiled rule of one rule word ("withdraw*").
func wordRule(w string) WordRule {
	return memoRule(&singleWords, w, func() WordRule { return NewWordRule(nil, []string{w}) })
}

func (r *Rules) compileWords(phrase, unit string) WordRule {
	var w WordRule
	if u := strings.ToLower(unit); u != "" && len(u) < 4 {
		w.Words = append(w.Words, u) // "kg", "usd": exactly
	}
	for _, x := range contentWords(phrase) {
		w.Words = append(w.Words, r.wordForms(x)...)
	}
	return NewWordRule(nil, w.Words)
}

// wordForms returns the rule words that name content word x: its synonyms, else
// its stem.
func (r *Rules) wordForms(x string) []string {
	if syn, ok := r.Objects[x]; ok {
		return syn.Words
	}
	switch {
	case len(x) >= 6 && strings.HasSuffix(x, "ies"):
		// A plural in -ies names its singular: "ministries" names "no ministry".
		return []string{strings.TrimSuffix(x, "s") + "*", strings.TrimSuffix(x, "ies") + "y"}
	case len(x) >= 6 && strings.HasSuffix(x, "y"):
		x = strings.TrimSuffix(x, "y") // "ratify" names "ratification"
	case len(x) >= 7 && (strings.HasSuffix(x, "val") || strings.HasSuffix(x, "wal") || strings.HasSuffix(x, "sal")):
		// The noun of a verb: "approval" names "approved", "withdrawal"
		// "withdrew"; not "national" or "political".
		x = strings.TrimSuffix(x, "al")
	case len(x) >= 7 && strings.HasSuffix(x, "ing"):
		// A gerund names its verb: "disbanding" names "disbanded".
		x = strings.TrimSuffix(x, "ing")
	}
	return []string{strings.TrimSuffix(x, "s") + "*"}
}

// contentWords returns the lower-case words of phrase that name something: not
// short words, stop words or the word after "non" ("non-combatants" are no
// combatants).
func contentWords(phrase string) []string {
	var out []string
	skipNext := false
	for _, x := range strings.FieldsFunc(strings.ToLower(phrase), func(c rune) bool {
		return !(c >= 'a' && c <= 'z')
	}) {
		if skipNext {
			skipNext = false
			continue
		}
		if x == "non" {
			skipNext = true
			continue
		}
		if len(x) < 4 || stopWords[x] {
			continue
		}
		out = append(out, x)
	}
	return out
}

// objectNamed counts the content words of p's object that o names, a word and its
// synonyms counting once ("rebels" and "weapons" both stand for "fighters"), and
// returns it with the number of content words and whether a common word among them
// is named, or the object has none: proper names after its first word alone (the
// places of "plebiscites in Java, Sumatra and Madura") tell nothing of the act.
func (r *Rules) objectNamed(p Provision, o *observation) (named, of int, common bool) {
	parts := memoOf(&r.partRules, p.Object, func() objectParts {
		var op objectParts
		proper := map[string]bool{}
		for _, f := range strings.FieldsFunc(p.Object, func(c rune) bool { return !unicode.IsLetter(c) }) {
			if c, _ := utf8.DecodeRuneInString(f); unicode.IsUpper(c) {
				proper[strings.ToLower(f)] = true
			}
		}
		for i, x := range contentWords(p.Object) {
			op.rules = append(op.rules, r.wordsOf(x, ""))
			op.proper = append(op.proper, proper[x] && i > 0) // "Kurdish as an official language" names it first
		}
		return op
	})
	common = !slices.Contains(parts.proper, false)
	for i, w := range parts.rules {
		if o.match(w) >= 0 {
			named++
			common = common || !parts.proper[i]
		}
	}
	return named, len(parts.rules), common
}

// objectParts are the rules of an object's content words, and which of them are
// proper names.
type objectParts struct {
	rules  []WordRule
	proper []bool
}

var stopWords = map[string]bool{
	"with": true, "from": true, "into": true, "their": true, "other": true, "that": true,
	"this": true, "those": true, "these": true, "against": true, "area": true, "over": true,
	// A period or a count in an object ("until the end of the war", "five
	// commanders") says how long or how many, not what.
	"until": true, "during": true, "throughout": true, "after": true, "before": true,
	"three": true, "four": true, "five": true, "seven": true, "eight": true, "nine": true,
	// Nor do words of degree ("through more crossings", "further releases").
	"more": true, "further": true, "some": true, "such": true, "each": true, "both": true,
	"through": true, "between": true, "within": true, "across": true, "among": true, "along": true,
}

// prepositions introduce phrases whose actor is no subject ("under IAEA seals").
var prepositions = map[string]bool{
	"under": true, "by": true, "with": true, "of": true, "to": true, "from": true, "in": true,
	"at": true, "for": true, "on": true, "into": true, "against": true, "between": true, "among": true,
}

// objectScore counts the object words of obj that words name.
func objectScore(obj WordRule, words []string) int {
	n := 0
	for _, w := range obj.Words {
		if wordRule(w).MatchAny(words) >= 0 {
			n++
		}
	}
	return n
}

// yetTo reports whether words[i] is the "to" of "yet to" or "still to" ("has yet to
// be formed"), which says a thing is not done rather than announcing it.
func yetTo(words []string, i int) bool {
	return i > 0 && words[i] == "to" && (words[i-1] == "yet" || words[i-1] == "still")
}
