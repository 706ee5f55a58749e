package coder

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"

	"github.com/peacewatch/peacewatch/event"
)

//go:embed data/modality.tsv
var modalityTSV []byte

// recoding maps a stance ("refused", "requested", "demanded", "threatened") and the
// prefix of the action's code to the CAMEO code of the stance itself.
type recoding map[string]map[string]string

func loadRecoding(data []byte) (recoding, error) {
	r := recoding{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("modality.tsv:%d: want kind, prefix and code", line)
		}
		if _, ok := event.Lookup(f[2]); !ok {
			return nil, fmt.Errorf("modality.tsv:%d: unknown CAMEO code %q", line, f[2])
		}
		if r[f[0]] == nil {
			r[f[0]] = map[string]string{}
		}
		r[f[0]][f[1]] = f[2]
	}
	return r, sc.Err()
}

// code returns the stance's code for an action code, by its longest matching prefix.
func (r recoding) code(stance, base string) string {
	m := r[stance]
	for n := len(base); n > 0; n-- {
		if c, ok := m[base[:n]]; ok {
			return c
		}
	}
	return m["*"]
}

// stance cues, by the lower-case word that signals them.
var (
	refusalCues = set("refuse", "refused", "refuses", "refusing", "refusal", "decline",
		"declined", "declines", "declining", "reject", "rejected", "rejects", "rejecting",
		"rebuffed", "rebuff", "spurned", "ruled")
	denialCues   = set("deny", "denied", "denies", "denying", "denial")
	futureCues   = set("will", "shall", "'ll", "would", "plan", "plans", "planned", "planning", "agree", "agreed", "agrees", "pledge", "pledged", "pledges", "promise", "promised", "promises", "vow", "vowed", "vows", "intend", "intends", "intended", "expected", "set", "due", "approval", "approved", "authorised", "authorized", "decided", "aims", "aim", "aimed", "seeks", "seek", "sought", "ready", "prepared", "willing", "commit", "committed", "commits", "commitment", "offer", "offered", "offers", "going", "proposed", "propose", "scheduled", "poised", "deal", "agreement", "plan", "prepare", "preparing", "aiming", "intention", "intent", "calls")
	negationCues = set("not", "n't", "never", "no", "failed", "fail", "fails", "neither", "nor", "without")
	hypoCues     = set("could", "might", "may", "can")
	intentCues   = set("ready", "willing", "prepared", "offer", "offered", "offers", "offering")
	threatCues   = set("threaten", "threatened", "threatens", "threatening", "threat")
	requestCues  = set("urged", "urge", "urges", "urging", "asked", "ask", "asks", "pressed",
		"press", "presses", "appealed", "appeal", "appeals", "encouraged", "implored", "requested",
		"request", "requests", "told", "pushed", "pressing", "calling", "invited")
	demandCues = set("demanded", "demand", "demands", "demanding", "ordered", "insisted")
	// plans are nouns that put an act in the future ("a deal to withdraw") but not a
	// participle that describes them ("a deal brokered by China").
	plans     = set("deal", "agreement", "plan", "commitment", "approval")
	asserting = set("forced", "managed", "began", "begun", "started", "continued", "used",
		"had", "has", "have", "helped", "moved", "went", "rushed", "sent", "deployed")
)

// stance reads the modality of trigger t from the words before it in its clause and,
// for requests, finds who asked and whom.
func (s *sent) stance(ti int) {
	t := &s.trig[ti]
	t.modality = event.Asserted
	if s.request(ti) {
		return
	}
	head := t.tok
	if t.pat.Noun && venue(s.lower, s.nounStart(t.tok)) {
		return // "agreed at talks in Luanda to ...": the talks took place
	}
	if !t.pat.Noun && len(t.pat.Rest) > 0 && futureCues[s.lower[t.tok]] {
		t.modality = event.Future // "agreed to an immediate ceasefire" (agree .. ceasefire)
	}
	if t.pat.Noun {
		head = s.nounStart(t.tok)
		if g := s.governor(head); g >= 0 {
			head = g
			if w := s.triggerAt(g); w != nil && w.asker != nil {
				t.code = "-" // "urged X to agree to a ceasefire": the appeal says it all
				return
			}
		}
	}
	from := s.verbGroup(head)
	var refused, denied, future, negated, hypo, threat, cond, inf, intent bool
	for j := from; j < t.tok; j++ {
		w := s.lower[j]
		if j == t.tok-1 && plans[w] && t.passive && !beForms[w] {
			continue // "a deal brokered by China": the deal is done
		}
		switch {
		case denialCues[w]:
			denied = true
		case refusalCues[w]:
			refused = true
		case threatCues[w]:
			threat = true
		case intentCues[w] && offerable(t.pat.Code):
			intent = true
		case futureCues[w]:
			future = true
			if (w == "agree" || w == "agreed" || w == "commitment") && j > 0 && negationCues[s.lower[j-1]] {
				refused = true
			}
		case negationCues[w]:
			negated = true
		case hypoCues[w]:
			hypo = true
		default:
			continue
		}
		s.consume(j)
	}
	// "X denied that its forces attacked", "X denied attacking".
	for j := from - 1; j >= 0 && j >= from-5; j-- {
		if denialCues[s.lower[j]] {
			denied = true
			s.consume(j)
			break
		}
		if s.at[j] < 0 && !personPronouns[s.lower[j]] && !pluralPronouns[s.lower[j]] && s.lower[j] != "that" && s.lower[j] != "its" {
			break
		}
	}
	for j := t.tok - 1; j >= 0; j-- {
		w := s.lower[j]
		if w == "if" || w == "unless" || w == "until" && t.subjAt >= j && !s.pastUntil(j, t) {
			cond = true
			if w == "until" || s.onlyClause(j, t.tok) {
				future = true
			}
			break
		}
		if w == ";" || w == "." {
			break
		}
	}
	if t.tok > 0 && s.lower[t.tok-1] == "to" && !(t.tok > 1 && asserting[s.lower[t.tok-2]]) {
		inf = true
	}
	if t.pat.Noun && s.plannedAfter(t.end) {
		future = true // "negotiations are set to begin", "the withdrawal will start"
	}
	if negated && future && s.hasAfter(t.tok, "until") {
		refused = true
	}
	// "Trump warned Tehran that future attacks would be far greater": the threat is the
	// event, by the one who warned, against whom he warned.
	if k, obj, ok := s.warnedThat(t); ok && !refused && !denied && threatening(t.pat.Code) {
		v := s.coordinatedReport(k)
		if src, _ := s.subject(v, s.triggersBefore(v)); len(src) > 0 {
			tgt := obj
			if len(tgt) == 0 && !t.pat.Noun {
				tgt = withoutSelf(t.src, src)
			}
			if len(tgt) == 0 {
				tgt = withoutSelf(t.tgt, src)
			}
			t.src, t.tgt = src, tgt
			t.code = s.c.recode.code("threatened", t.pat.Code)
			return
		}
	}
	if !cond && (future || inf) && s.hasAfter(t.tok, "if") {
		cond = true
	}
	switch r := event.Root(t.pat.Code); {
	case (r == "02" || r == "10") && !refused && !denied && !negated:
		t.modality = event.Requested // "urged", "demanded": the event is the request
		if t.pat.Code == "020" || t.pat.Code == "100" {
			s.askedFor(t, map[string]string{"02": "requested", "10": "demanded"}[r])
		}
		return
	case r == "12" && !denied && !negated:
		t.modality = event.Refused // "rejected", "vetoed": the event is the refusal
		return
	}
	switch {
	case refused:
		t.modality = event.Refused
		t.code = s.c.recode.code("refused", t.pat.Code)
	case denied:
		t.modality = event.Denied
	case threat:
		t.code = s.c.recode.code("threatened", t.pat.Code)
	case intent && !negated:
		// "ready to resume talks", "offered to mediate": the offer is the event (03).
		t.code = s.c.recode.code("intent", t.pat.Code)
		if cond {
			t.modality = event.Conditional
		}
	case cond && (future || inf || hypo):
		t.modality = event.Conditional
	case negated:
		t.modality = event.Negated
	case future || inf:
		t.modality = event.Future
	case hypo:
		t.modality = event.Hypothetical
	}
}

// consume drops a trigger at token j that only wraps another event ("urged"); a
// pattern of several words stands for itself.
func (s *sent) consume(j int) {
	// "agreed to an immediate ceasefire" (agree .. ceasefire) is an event of its own.
	if t := s.triggerAt(j); t != nil && t.asker == nil && len(t.pat.Rest) == 0 {
		t.code = "-"
	}
}

// triggerAt is the trigger at token j, or nil.
func (s *sent) triggerAt(j int) *trigger {
	for i := range s.trig {
		if s.trig[i].tok == j {
			return &s.trig[i]
		}
	}
	return nil
}

// nounStart is where the noun phrase headed by the trigger at n begins, over its
// modifiers ("a near-total US withdrawal").
func (s *sent) nounStart(n int) int {
	j := n - 1
	for j >= 0 && (s.at[j] >= 0 || s.lower[j] == "'s" || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "CD" || s.toks[j].Tag == "NNP") {
		j--
	}
	return j + 1
}

// plannedAfter reports whether the words after a noun trigger put it in the future.
func (s *sent) plannedAfter(i int) bool {
	for j := i; j < len(s.lower) && j < i+4; j++ {
		switch w := s.lower[j]; {
		case w == "will" || w == "would" || w == "shall":
			return true
		case w == "set" || w == "due" || w == "expected" || w == "scheduled" || w == "planned":
			return j+1 < len(s.lower) && s.lower[j+1] == "to"
		case !quoteMarks[w] && !beForms[w] && w != "are" && w != "is":
			return false
		}
	}
	return false
}

// verbGroup is where the run of auxiliaries, stance words and infinitive markers
// that ends just before token v begins ("has not agreed to", "no commitment to").
func (s *sent) verbGroup(v int) int {
	j := v - 1
	for j >= 0 {
		w := s.lower[j]
		if s.at[j] >= 0 || !(skippable[w] || refusalCues[w] || denialCues[w] || futureCues[w] ||
			negationCues[w] || hypoCues[w] || threatCues[w] || w == "the" || w == "a" || w == "an" || w == "of" ||
			w == "for" && j > 0 && futureCues[s.lower[j-1]]) {
			break
		}
		j--
	}
	return j + 1
}

// onlyClause reports whether no comma separates token i from token j: the trigger
// lies in the clause "if" opens.
func (s *sent) onlyClause(i, j int) bool {
	for k := i; k < j; k++ {
		if s.lower[k] == "," {
			return false
		}
	}
	return true
}

func (s *sent) hasAfter(i int, w string) bool {
	for j := i; j < len(s.lower); j++ {
		if s.lower[j] == w {
			return true
		}
	}
	return false
}

// offerable reports whether an act can be offered as cooperation (CAMEO 03): talk,
// cooperate, aid, yield or investigate. Readiness to fight stays the act itself, future.
func offerable(code string) bool {
	r := event.Root(code)
	return r >= "01" && r <= "09"
}

// venue reports whether the noun phrase starting at token i is where something took
// place: "at talks", "during the talks", "after talks".
func venue(lower []string, i int) bool {
	if i > 0 && (lower[i-1] == "a" || lower[i-1] == "the") {
		i--
	}
	return i > 0 && (lower[i-1] == "at" || lower[i-1] == "during" || lower[i-1] == "after")
}

// pastUntil reports whether "until" at token j opens a past fact rather than a
// condition: a past-tense verb after it and nothing before it looking ahead
// ("protested until Taliban fighters dispersed them", not "would not talk until
// Israel withdrew").
func (s *sent) pastUntil(j int, t *trigger) bool {
	if s.toks[t.tok].Tag != "VBD" {
		return false
	}
	for _, w := range s.lower[:j] {
		if lookingAhead[w] {
			return false
		}
	}
	return true
}

// lookingAhead are the words before "until" that make it a condition.
var lookingAhead = set("will", "would", "'ll", "wo", "shall", "not", "n't", "never", "no", "could", "can", "must", "refused", "refuses", "vowed", "vows", "pledged", "threatened")

// shareStance gives a bare verb coordinated with an earlier verb that verb's modality:
// "France would bring home its ambassador and withdraw its troops" is a future
// withdrawal too.
func (s *sent) shareStance() {
	for ti := range s.trig {
		t := &s.trig[ti]
		if t.pat.Noun || t.modality != event.Asserted || t.code == "-" || s.toks[t.tok].Tag != "VB" || t.tok == 0 || s.lower[t.tok-1] != "and" && s.lower[t.tok-1] != "or" {
			continue
		}
		for k := ti - 1; k >= 0; k-- {
			u := &s.trig[k]
			if u.pat.Noun || u.code == "-" {
				continue
			}
			if u.modality == event.Future || u.modality == event.Conditional || u.modality == event.Hypothetical {
				t.modality = u.modality
			}
			break
		}
	}
}
