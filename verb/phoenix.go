package verb

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/peacewatch/peacewatch/event"
)

// PhoenixStats counts what LoadPhoenix converted and what it skipped.
type PhoenixStats struct {
	Verbs     int            // verb lines read
	Patterns  int            // pattern lines read ("- ... [code]")
	Converted int            // verb and pattern lines that became at least one pattern
	Added     int            // patterns made: one per verb of a block for each converted line
	Skipped   map[string]int // lines not converted, by reason
}

// Skips returns the number of skipped lines.
func (s PhoenixStats) Skips() int {
	n := 0
	for _, c := range s.Skipped {
		n += c
	}
	return n
}

// Reasons a Phoenix line is skipped.
const (
	skipNullCode    = "null code [---]"
	skipUnknownCode = "code not in the CAMEO codebook"
	skipContext     = "words before the verb"
	skipMarker      = "source, compound or skip marker ($ % ^) or target inside the phrase"
	skipSynset      = "unknown synset or more than one synset"
	skipWord        = "word not expressible"
	skipDuplicate   = "same head and words as an earlier pattern"
)

var (
	phoenixBlock = regexp.MustCompile(`^---\s*(\S+)\s*\[([^\]]*)\]\s*---`)
	phoenixCode  = regexp.MustCompile(`\[([^\]]*)\]`)
	phoenixForms = regexp.MustCompile(`\{([^}]*)\}`)
)

// targetPreps are the words that, standing just before a Phoenix "+", introduce the
// target and become Pattern.TargetPrep.
var targetPreps = map[string]bool{"with": true, "against": true, "on": true, "in": true, "to": true,
	"from": true, "of": true, "at": true, "by": true, "for": true, "into": true, "over": true,
	"toward": true, "towards": true, "between": true, "upon": true, "onto": true, "near": true}

// phoenixVerb is one verb of a Phoenix block: its words and its surface forms.
type phoenixVerb struct {
	words []string
	code  string
	line  int
	forms []surface
}

// phoenixReader holds the state of one Phoenix file being converted.
type phoenixReader struct {
	d       *Dictionary
	name    string
	stats   PhoenixStats
	synsets map[string][][]string
	seen    map[patternKey]bool
	verbs   []phoenixVerb
	pending []pendingPattern
	code    string
}

// pendingPattern is a converted pattern line waiting for the end of its block, when all
// the block's verbs are known.
type pendingPattern struct {
	line   int
	code   string
	rest   [][]string
	prep   string
	origin string // the verb named in the line's comment, lower case
}

// LoadPhoenix reads a Phoenix (PETRARCH) CAMEO verb-pattern file and adds what maps onto
// Pattern: each verb of a block with the block's or its own code, and each pattern
// "- * WORDS [+] [code]" whose words follow the verb, with synsets expanded and a final
// "PREP +" as the target preposition. A pattern applies to the verb its comment names
// when that verb is in the block ("# URGE <...>"), otherwise to every verb of the block
// as in PETRARCH: giving every pattern to every synonym would make 200,000 patterns,
// most of them never seen in text. Lines that do not map are counted in the stats, not errors;
// the error is for reading failures only.
func (d *Dictionary) LoadPhoenix(r io.Reader, name string) (PhoenixStats, error) {
	pr := &phoenixReader{d: d, name: name, synsets: make(map[string][][]string), seen: make(map[patternKey]bool),
		stats: PhoenixStats{Skipped: make(map[string]int)}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	synset := ""
	for line := 1; sc.Scan(); line++ {
		raw := sc.Text()
		s := strings.TrimSpace(raw)
		switch {
		case s == "" && synset != "":
			synset = ""
		case s == "" || s[0] == '#':
		case s[0] == '&':
			pr.flush()
			synset = strings.TrimRight(strings.Fields(s)[0], "_")
			pr.synsets[synset] = nil
		case synset != "" && s[0] == '+':
			w, _, _ := strings.Cut(s[1:], "#")
			if words, ok := phoenixWords(strings.TrimSpace(w)); ok {
				pr.synsets[synset] = append(pr.synsets[synset], words)
			}
		case strings.HasPrefix(s, "---"):
			pr.flush()
			synset = ""
			if m := phoenixBlock.FindStringSubmatch(s); m != nil {
				pr.code = m[2]
			} else {
				pr.code = "---"
			}
		case s[0] == '-':
			pr.pattern(s, line)
		default:
			pr.verb(s, line)
		}
	}
	pr.flush()
	if err := sc.Err(); err != nil {
		return pr.stats, fmt.Errorf("%s: read: %w", name, err)
	}
	return pr.stats, nil
}

// phoenixWords turns a Phoenix word ("CEASE_FIRE", "DETENTION_", "+GUN_DOWN") into our
// lower-case words.
func phoenixWords(w string) ([]string, bool) {
	w = strings.ToLower(strings.Trim(strings.TrimPrefix(w, "+"), "_"))
	if w == "" {
		return nil, false
	}
	words := strings.Split(w, "_")
	for _, x := range words {
		if !validWord(x) {
			return nil, false
		}
	}
	return words, true
}

// cleanCode maps a Phoenix code ("040", "042:043", "---") to a codebook code, or gives
// the reason it cannot be used. Of a source:target pair the source's code is kept.
func cleanCode(c string) (string, string) {
	c, _, _ = strings.Cut(strings.TrimSpace(c), ":")
	if c == "" || strings.HasPrefix(c, "-") {
		return "", skipNullCode
	}
	if _, ok := event.Lookup(c); !ok {
		return "", skipUnknownCode
	}
	return c, ""
}

// verb records one verb line of the current block.
func (pr *phoenixReader) verb(s string, line int) {
	pr.stats.Verbs++
	s, _, _ = strings.Cut(s, "#")
	v := phoenixVerb{code: pr.code, line: line}
	if m := phoenixCode.FindStringSubmatch(s); m != nil {
		v.code = m[1]
		s = strings.Replace(s, m[0], " ", 1)
	}
	explicit := phoenixForms.FindStringSubmatch(s)
	if explicit != nil {
		s = strings.Replace(s, explicit[0], " ", 1)
	}
	f := strings.Fields(s)
	if len(f) == 0 {
		pr.stats.Skipped[skipWord]++
		return
	}
	words, ok := phoenixWords(f[0])
	if !ok {
		pr.stats.Skipped[skipWord]++
		return
	}
	v.words = words
	if explicit != nil {
		v.forms = []surface{{words[0], Base}}
		for _, x := range strings.Fields(explicit[1]) {
			if w, ok := phoenixWords(x); ok {
				v.forms = addForm(v.forms, w[0], classify(words[0], w[0]))
			}
		}
	} else {
		v.forms = pr.d.inflect.verbForms(words[0])
	}
	pr.verbs = append(pr.verbs, v)
}

// classify guesses the form of an explicitly listed Phoenix verb form.
func classify(lemma, w string) Form {
	switch {
	case w == lemma:
		return Base
	case strings.HasSuffix(w, "ing"):
		return Gerund
	case w == thirdSing(lemma):
		return ThirdSing
	}
	return Past
}

// pattern converts one "- ... [code]" line, or counts why it cannot.
func (pr *phoenixReader) pattern(s string, line int) {
	pr.stats.Patterns++
	s, comment, _ := strings.Cut(s, "#")
	locs := phoenixCode.FindAllStringSubmatchIndex(s, -1)
	if locs == nil {
		pr.stats.Skipped[skipNullCode]++
		return
	}
	last := locs[len(locs)-1]
	code, why := cleanCode(s[last[2]:last[3]])
	if why != "" {
		pr.stats.Skipped[why]++
		return
	}
	toks := strings.Fields(s[:last[0]])
	if len(toks) < 2 || toks[0] != "-" || toks[1] != "*" {
		pr.stats.Skipped[skipContext]++
		return
	}
	toks = toks[2:]
	pp := pendingPattern{line: line, code: code, rest: [][]string{nil}}
	if f := strings.Fields(comment); len(f) > 0 {
		pp.origin = strings.ToLower(strings.Trim(f[0], "+,"))
	}
	if n := len(toks); n > 0 && toks[n-1] == "+" {
		toks = toks[:n-1]
		if n := len(toks); n > 0 && targetPreps[strings.ToLower(toks[n-1])] {
			pp.prep, toks = strings.ToLower(toks[n-1]), toks[:n-1]
		}
	}
	synsets := 0
	for _, t := range toks {
		switch {
		case strings.ContainsAny(t, "+$%^*"):
			pr.stats.Skipped[skipMarker]++
			return
		case t[0] == '&':
			members, ok := pr.synsets[strings.TrimRight(t, "_")]
			if synsets++; !ok || synsets > 1 || len(members) == 0 {
				pr.stats.Skipped[skipSynset]++
				return
			}
			var out [][]string
			for _, r := range pp.rest {
				for _, m := range members {
					out = append(out, append(append([]string(nil), r...), m...))
				}
			}
			pp.rest = out
		default:
			words, ok := phoenixWords(t)
			if !ok {
				pr.stats.Skipped[skipWord]++
				return
			}
			for i := range pp.rest {
				pp.rest[i] = append(pp.rest[i], words...)
			}
		}
	}
	pr.pending = append(pr.pending, pp)
}

// flush adds the current block's verbs and patterns and starts a new block.
func (pr *phoenixReader) flush() {
	for _, v := range pr.verbs {
		code, why := cleanCode(v.code)
		if why != "" {
			pr.stats.Skipped[why]++
			continue
		}
		if pr.emit(v, code, nil, "", v.line) {
			pr.stats.Converted++
		} else {
			pr.stats.Skipped[skipDuplicate]++
		}
	}
	for _, pp := range pr.pending {
		added := false
		for _, v := range pr.verbsFor(pp.origin) {
			for _, rest := range pp.rest {
				if pr.emit(v, pp.code, rest, pp.prep, pp.line) {
					added = true
				}
			}
		}
		if added {
			pr.stats.Converted++
		} else {
			pr.stats.Skipped[skipDuplicate]++
		}
	}
	pr.verbs, pr.pending, pr.code = nil, nil, ""
}

// verbsFor returns the verb of the block a pattern's comment names as its origin
// ("# URGE <ab 10 Jul 2003>"), or every verb of the block when it names none of them.
func (pr *phoenixReader) verbsFor(origin string) []phoenixVerb {
	for _, v := range pr.verbs {
		if strings.Join(v.words, "_") == origin {
			return []phoenixVerb{v}
		}
	}
	return pr.verbs
}

// emit adds the pattern of verb v with extra rest words, defined at line, unless the
// file already gave one with the same key.
func (pr *phoenixReader) emit(v phoenixVerb, code string, rest []string, prep string, line int) bool {
	p := &Pattern{Code: code, Lemma: v.words[0], Rest: append(append([]string(nil), v.words[1:]...), rest...)}
	if len(p.Rest) == 0 {
		p.Rest = nil
	}
	if prep != "" {
		p.TargetPrep = []string{prep}
	}
	k := keyOf(p)
	if pr.seen[k] {
		return false
	}
	pr.seen[k] = true
	p.Rule = pr.name + ":" + strconv.Itoa(line)
	pr.d.add(p, v.forms)
	pr.stats.Added++
	return true
}
