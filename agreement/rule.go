package agreement

import (
	"bufio"
	_ "embed"
	"fmt"
	mathbits "math/bits"
	"strings"
	"sync"
)

//go:embed data/rules.tsv
var rulesTSV string

// Rules is the assessment table of data/rules.tsv (docs/assessment.md): which coded
// events and which words implement each action, which acts a continuing obligation
// forbids, what each modality means, and the cue words that shape a statement.
// Its words are compiled on first use: change a Rules before using it, not after.
type Rules struct {
	Implement  map[Action]WordRule
	Forbid     map[Action]WordRule
	Refuse     WordRule
	Modality   map[string]string
	Cues       map[string]WordRule
	StateRoles map[string]bool
	Continuing map[Action]bool
	// Objects maps an object word to the words that name the same thing.
	Objects map[string]WordRule
	// Stage is the stage (2 partial, 3 complete) an unqualified report of an action
	// done stands for; 3 when absent.
	Stage map[Action]int
	// Begun lists the actions for which beginning is doing.
	Begun map[Action]bool

	// phraseRules and forceRules memoise the rules made from provisions' objects,
	// partRules the rules of each of an object's content words, openingRules
	// those of what carries out an access to one act (implementOf).
	phraseRules, forceRules, partRules, openingRules ruleMemo
	// mannerMemo holds, by object, whether it names a way of acting kept (manner).
	mannerMemo ruleMemo
	// topicMemo holds, by word, the topics it names (wordTopic).
	topicMemo ruleMemo
	// cueIndex holds the words of every cue kind (kinds in order of cueKinds), for
	// finding all the kinds a statement carries in one pass over its words.
	cueOnce  sync.Once
	cueIndex *wordIndex
	cueKinds []string
	// vocab numbers the words of the claims Filters are asked of (ClaimMemo).
	vocab *vocabulary
}

// WordRule matches an event by CAMEO code prefix or a statement by its words. Build
// one with NewWordRule, which compiles the words; a literal one is compiled on each
// use.
type WordRule struct {
	Cameo []string
	Words []string
	idx   *wordIndex
}

// wordIndex is one or more rules' words compiled for matching a word in time that
// grows with the word's length, not with the rules': words are looked up whole and
// by each prefix that is a stem ("withdraw*"). Each word carries the bits of the
// rules that hold it (a WordRule's index has one rule, bit 0).
type wordIndex struct {
	exact map[string]ruleBits // plain words and phrases ("will not")
	stems map[string]ruleBits // stems, without their "*"
	// minStem is the shortest stem's length; stemHeads maps the first minStem
	// bytes of stems to the lengths of the stems that start with them (bit n:
	// minStem+n bytes, the last bit any longer), so a word is looked up only by
	// its prefixes that a stem may be.
	minStem   int
	stemHeads map[string]uint64
	// unless holds the words matched unless the next word is a given one
	// ("required!by").
	unless []wordPat
	// phraseStart holds the first words of the phrases, with the bits of the rules
	// whose phrases they start.
	phraseStart map[string]ruleBits
}

// wordPat is a rule word matched unless the next word is unless.
type wordPat struct {
	text   string
	stem   bool
	unless string
	bits   ruleBits
}

// NewWordRule compiles a rule's CAMEO prefixes and words.
func NewWordRule(cameo, words []string) WordRule {
	return WordRule{Cameo: cameo, Words: words, idx: compile(words)}
}

func compile(words []string) *wordIndex {
	ix := newWordIndex()
	ix.add(words, ruleBit(0))
	return ix
}

func newWordIndex() *wordIndex {
	return &wordIndex{exact: map[string]ruleBits{}, stems: map[string]ruleBits{}, minStem: -1}
}

// add compiles the words of a rule whose bits are bits.
func (ix *wordIndex) add(words []string, bits ruleBits) {
	for _, x := range words {
		x, unless, _ := strings.Cut(x, "!")
		text, stem := strings.CutSuffix(x, "*")
		if first, _, ok := strings.Cut(text, " "); ok {
			if ix.phraseStart == nil {
				ix.phraseStart = map[string]ruleBits{}
			}
			ix.phraseStart[first] = ix.phraseStart[first].or(bits)
		}
		switch {
		case unless != "":
			ix.unless = append(ix.unless, wordPat{text: text, stem: stem, unless: unless, bits: bits})
		case stem:
			ix.stems[text] = ix.stems[text].or(bits)
			if ix.minStem < 0 || len(text) < ix.minStem {
				ix.minStem = len(text)
			}
		default:
			ix.exact[text] = ix.exact[text].or(bits)
		}
	}
	if len(ix.stems) == 0 {
		return
	}
	ix.stemHeads = map[string]uint64{}
	for s := range ix.stems {
		ix.stemHeads[s[:ix.minStem]] |= 1 << min(len(s)-ix.minStem, 63)
	}
}

// stemBits returns the bits of the stems that word starts with.
func (ix *wordIndex) stemBits(word string) ruleBits {
	var bits ruleBits
	if ix.minStem < 0 || len(word) < ix.minStem {
		return bits
	}
	lens := ix.stemHeads[word[:ix.minStem]]
	for ; lens != 0; lens &= lens - 1 {
		n := mathbits.TrailingZeros64(lens)
		hi := ix.minStem + n // the last bit stands for every longer length too
		if n == 63 {
			hi = len(word)
		}
		for k := ix.minStem + n; k <= min(hi, len(word)); k++ {
			bits = bits.or(ix.stems[word[:k]])
		}
	}
	return bits
}

func (w WordRule) compiled() WordRule {
	if w.idx == nil {
		w.idx = compile(w.Words)
	}
	return w
}

// MatchCameo reports whether code starts with one of the rule's prefixes.
func (w WordRule) MatchCameo(code string) bool {
	for _, p := range w.Cameo {
		if code != "" && strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// MatchWord reports whether the lower-case word is one of the rule's words or
// starts with one of its stems ("withdraw*").
func (w WordRule) MatchWord(word string) bool {
	return !w.compiled().idx.matchAt(word, "", true).empty()
}

// MatchAny returns the index of the first of words that the rule matches, also
// trying two-word phrases ("will not"), or -1. A rule word "x!y" matches x unless
// the next word is y ("required!by").
func (w WordRule) MatchAny(words []string) int {
	ix := w.compiled().idx
	for i := range words {
		if !ix.matchWordAt(words, i).empty() {
			return i
		}
	}
	return -1
}

// matchWordAt returns the bits of the rules that match words[i], alone or as the
// start of a phrase.
func (ix *wordIndex) matchWordAt(words []string, i int) ruleBits {
	x, next := words[i], ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	bits := ix.matchAt(x, next, false)
	if next != "" && !ix.phraseStart[x].empty() {
		bits = bits.or(ix.matchAt(x+" "+next, "", false))
	}
	return bits
}

// matchAt returns the bits of the rules that match word, followed by next; with
// anyNext, whatever follows.
func (ix *wordIndex) matchAt(word, next string, anyNext bool) ruleBits {
	bits := ix.exact[word].or(ix.stemBits(word))
	for _, p := range ix.unless {
		if !anyNext && next == p.unless {
			continue
		}
		if p.stem && strings.HasPrefix(word, p.text) || !p.stem && p.text == word {
			bits = bits.or(p.bits)
		}
	}
	return bits
}

// mayMatch returns the bits of the rules that may match word whatever stands
// around it: every bit matchWordAt gives for the word at any position, and every
// bit MatchWord gives. A phrase's rule is in the bits of its first word; a word
// matched unless the next word is a given one is in them whatever follows.
func (ix *wordIndex) mayMatch(word string) ruleBits {
	bits := ix.exact[word].or(ix.phraseStart[word]).or(ix.stemBits(word))
	for _, p := range ix.unless {
		if p.stem && strings.HasPrefix(word, p.text) || !p.stem && p.text == word {
			bits = bits.or(p.bits)
		}
	}
	return bits
}

// ParseRules reads a rules table; errors name the line.
func ParseRules(src, name string) (*Rules, error) {
	r := &Rules{
		Implement: map[Action]WordRule{}, Forbid: map[Action]WordRule{},
		Modality: map[string]string{}, Cues: map[string]WordRule{},
		StateRoles: map[string]bool{}, Continuing: map[Action]bool{},
		Objects: map[string]WordRule{}, Stage: map[Action]int{}, Begun: map[Action]bool{},
	}
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 tab-separated fields, got %d", name, n, len(f))
		}
		wr := NewWordRule(list(f[2]), list(f[3]))
		switch f[0] {
		case "implement":
			r.Implement[Action(f[1])] = wr
		case "forbid":
			r.Forbid[Action(f[1])] = wr
		case "refuse":
			r.Refuse = wr
		case "modality":
			if len(wr.Words) != 1 {
				return nil, fmt.Errorf("%s:%d: modality %q needs one meaning", name, n, f[1])
			}
			switch wr.Words[0] {
			case "done", "intent", "not_done", "refusal", "denial":
			default:
				return nil, fmt.Errorf("%s:%d: modality %q: unknown meaning %q", name, n, f[1], wr.Words[0])
			}
			r.Modality[f[1]] = wr.Words[0]
		case "cue":
			r.Cues[f[1]] = wr
		case "stage":
			if len(wr.Words) != 1 || wr.Words[0] != "2" && wr.Words[0] != "3" {
				return nil, fmt.Errorf("%s:%d: stage %q must be 2 or 3", name, n, f[1])
			}
			r.Stage[Action(f[1])] = int(wr.Words[0][0] - '0')
		case "begun":
			r.Begun[Action(f[1])] = true
		case "object":
			r.Objects[f[1]] = wr
		case "state":
			for _, x := range list(f[1]) {
				r.StateRoles[x] = true
			}
		case "continuing":
			for _, x := range list(f[1]) {
				r.Continuing[Action(x)] = true
			}
		default:
			return nil, fmt.Errorf("%s:%d: unknown rule kind %q", name, n, f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(r.Cues) > maxRuleBits {
		return nil, fmt.Errorf("%s: %d cue kinds, at most %d", name, len(r.Cues), maxRuleBits)
	}
	return r, nil
}

func list(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" || s == "-" {
		return nil
	}
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// DefaultRules returns the embedded table. It panics only if the embedded file is
// malformed, which its test rules out.
var DefaultRules = sync.OnceValue(func() *Rules {
	r, err := ParseRules(rulesTSV, "data/rules.tsv")
	if err != nil {
		panic(err)
	}
	return r
})

// Cue reports whether word is one of the cue words of kind.
func (r *Rules) Cue(kind, word string) bool { return r.Cues[kind].MatchWord(word) }
