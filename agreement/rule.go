package agreement

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/rules.tsv
var rulesTSV string

// Rules is the assessment table of data/rules.tsv (docs/assessment.md): which coded
// events and which words implement each action, which acts a continuing obligation
// forbids, what each modality means, and the cue words that shape a statement.
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
}

// WordRule matches an event by CAMEO code prefix or a statement by its words. Build
// one with NewWordRule, which compiles the words; a literal one is compiled on each
// use.
type WordRule struct {
	Cameo []string
	Words []string
	pats  []wordPat
	// phrases is set when a word holds a space ("will not").
	phrases bool
}

// wordPat is a compiled rule word: a word, or a stem ("withdraw*"), matched unless
// the next word is unless ("required!by").
type wordPat struct {
	text   string
	stem   bool
	unless string
}

// NewWordRule compiles a rule's CAMEO prefixes and words.
func NewWordRule(cameo, words []string) WordRule {
	w := WordRule{Cameo: cameo, Words: words}
	w.pats = compile(words)
	for _, x := range words {
		if strings.Contains(x, " ") {
			w.phrases = true
		}
	}
	return w
}

func compile(words []string) []wordPat {
	pats := make([]wordPat, 0, len(words))
	for _, x := range words {
		x, unless, _ := strings.Cut(x, "!")
		stem, ok := strings.CutSuffix(x, "*")
		pats = append(pats, wordPat{text: stem, stem: ok, unless: unless})
	}
	return pats
}

func (w WordRule) compiled() WordRule {
	if w.pats == nil && len(w.Words) > 0 {
		return NewWordRule(w.Cameo, w.Words)
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
	return w.compiled().matchAt(word, "", true)
}

// MatchAny returns the index of the first of words that the rule matches, also
// trying two-word phrases ("will not"), or -1. A rule word "x!y" matches x unless
// the next word is y ("required!by").
func (w WordRule) MatchAny(words []string) int {
	w = w.compiled()
	for i, x := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		if w.matchAt(x, next, false) {
			return i
		}
		if w.phrases && next != "" && w.matchAt(x+" "+next, "", false) {
			return i
		}
	}
	return -1
}

func (w WordRule) matchAt(word, next string, anyNext bool) bool {
	for _, p := range w.pats {
		if !anyNext && p.unless != "" && next == p.unless {
			continue
		}
		if p.stem && strings.HasPrefix(word, p.text) || !p.stem && p.text == word {
			return true
		}
	}
	return false
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
