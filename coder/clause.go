package coder

import (
	"strings"

	"github.com/peacewatch/peacewatch/actor"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
	"github.com/peacewatch/peacewatch/verb"
)

// ref is a resolved actor in a role.
type ref struct {
	code, name string
	span       event.Span
	country    string
	place      bool // an attacked or visited place, standing for its country
	person     bool // a named person
}

// trigger is an event word in a sentence with the roles found for it.
type trigger struct {
	tok, end int // the trigger's tokens [tok, end)
	pat      *verb.Pattern
	form     verb.Form
	passive  bool
	subjEnd  int // where the subject ended (cue words lie between it and tok)
	subjAt   int // where the subject started; -1 when none was found
	src, tgt []ref
	objEnd   int
	modality event.Modality
	code     string
	rule     string
	// requester and requestee of "X called on Y to ...".
	asker []ref
	// gov is the verb that governs a noun trigger ("launched an attack"), or -1.
	gov int
}

// sent is one sentence under analysis.
type sent struct {
	*doc
	index      int
	start, end int // the sentence's bytes in the article
	toks       []text.Token
	words      []string
	lower      []string
	phr        []phrase
	at         []int // token → phrase index, or -1
	trig       []trigger
	quoted     []bool   // token inside a quotation
	quote      []int    // token → index of the quote it belongs to, or -1
	cur        *trigger // the trigger whose roles are being found
}

// findTriggers marks the event words of the sentence, longest pattern first.
func (s *sent) findTriggers() {
	// The triggers are appended to what is left of the article's array, and the
	// slice is cut at its length when done.
	if cap(s.trigBuf) < 8 {
		s.trigBuf = make([]trigger, 0, 32)
	}
	s.trig = s.trigBuf[:0]
	defer func() {
		n := len(s.trig)
		if n == 0 {
			s.trig = nil
			return
		}
		if n <= cap(s.trigBuf) { // appended in place
			s.trigBuf = s.trigBuf[n:n]
		}
		s.trig = s.trig[:n:n]
	}()
	restEnd := -1 // words inside a gapped pattern ("suspended peace talks") are no triggers
	for i := 0; i < len(s.toks); i++ {
		// A weapon named as an agent may still head a longer trigger ("drone strike").
		inActor := s.at[i] >= 0
		if inActor && (s.phr[s.at[i]].kind != actor.Agent || i != s.phr[s.at[i]].end-1) || i <= restEnd {
			continue
		}
		cands := s.c.verbs.Lookup(s.lower[i])
		if len(cands) == 0 || text.IsReportingVerb(s.lower[i]) && !hasRestMatch(s, i, cands) {
			continue
		}
		tag := s.toks[i].Tag
		best, bestEnd, bestScore := -1, 0, 0
		for k, cd := range cands {
			if !tagFits(cd, tag, s, i) || inActor && len(cd.Pattern.Rest) == 0 {
				continue
			}
			end, ok := s.matchRest(i, cd.Pattern)
			if !ok {
				continue
			}
			if score := s.fit(cd, i, end); best < 0 || score > bestScore {
				best, bestEnd, bestScore = k, end, score
			}
		}
		if best < 0 {
			continue
		}
		cd := cands[best]
		t := trigger{tok: i, end: bestEnd, pat: cd.Pattern, form: cd.Form, subjAt: -1, gov: -1}
		t.passive = !cd.Pattern.Noun && s.isPassive(i)
		s.trig = append(s.trig, t)
		if len(cd.Pattern.Rest) > 0 && cd.Pattern.Gap == 0 {
			i = bestEnd - 1
		} else if cd.Pattern.Gap > 0 {
			restEnd = bestEnd - 1
		}
	}
}

// fit scores a matching candidate: longer patterns first, then one whose preposition
// follows, then one whose part of speech agrees with the tag.
func (s *sent) fit(cd verb.Candidate, i, end int) int {
	score := 10 * (end - i)
	if end < len(s.lower) && (contains(cd.Pattern.TargetPrep, s.lower[end]) || contains(cd.Pattern.SourcePrep, s.lower[end])) {
		score += 5
	}
	tag := s.toks[i].Tag
	if cd.Pattern.Noun == strings.HasPrefix(tag, "NN") {
		score += 2
	}
	return score
}

func hasRestMatch(s *sent, i int, cands []verb.Candidate) bool {
	for _, cd := range cands {
		if len(cd.Pattern.Rest) > 0 {
			if _, ok := s.matchRest(i, cd.Pattern); ok {
				return true
			}
		}
	}
	return false
}

// tagFits checks a candidate against the POS tag, forgiving the tagger where a verb
// form follows an actor ("Russia attacks Ukraine").
func tagFits(cd verb.Candidate, tag string, s *sent, i int) bool {
	isVerb := strings.HasPrefix(tag, "VB") || tag == "MD"
	isNoun := strings.HasPrefix(tag, "NN")
	if cd.Pattern.Noun {
		if tag == "VBG" && i+1 < len(s.lower) && (contains(cd.Pattern.TargetPrep, s.lower[i+1]) || contains(cd.Pattern.SourcePrep, s.lower[i+1])) {
			return true
		}
		// "Fighting broke out": a gerund that opens the sentence is its subject, a noun.
		// "Heavy fighting broke out": so is one after an opening adjective.
		return isNoun || tag == "JJ" || tag == "VBG" && (i == 0 || s.lower[i-1] == "the" || s.lower[i-1] == "of" ||
			s.toks[i-1].Tag == "JJ" || i == 1 && s.at[0] < 0)
	}
	if isVerb {
		if tag == "VBG" && (i == 0 || isDeterminer(s.lower[i-1]) || s.toks[i-1].Tag == "JJ" || i == 1 && s.at[0] < 0) {
			return false // "the fighting", "heavy fighting": a noun
		}
		return true
	}
	// "al-Shabaab claimed responsibility": a past form tagged as an adjective after an
	// actor, with the words of a longer pattern after it, is a verb.
	// "Sudan's army cut diplomatic ties": so is one tagged as a noun.
	if (tag == "JJ" || isNoun) && i > 0 && s.at[i-1] >= 0 && cd.Form == verb.Past && len(cd.Pattern.Rest) > 0 {
		return true
	}
	// "Israel did not comment": a bare verb after do-support or a modal and "not".
	if isNoun && cd.Form == verb.Base && i >= 2 && (s.lower[i-1] == "not" || s.lower[i-1] == "n't") &&
		(doForms[s.lower[i-2]] || s.toks[i-2].Tag == "MD") {
		return true
	}
	// "demanded that Hamas hand over the bodies": a bare verb after a demand's subject.
	if isNoun && i > 0 && s.at[i-1] >= 0 && cd.Form == verb.Base && s.thatAt(s.phr[s.at[i-1]].start) > 0 {
		return true
	}
	if isNoun && i > 0 && s.at[i-1] >= 0 && (cd.Form == verb.ThirdSing || cd.Form == verb.Past) && i+1 < len(s.toks) &&
		(s.at[i+1] >= 0 || isDeterminer(s.lower[i+1]) || isProper(s.toks[i+1])) {
		return true
	}
	return tag == "JJ" && (cd.Form == verb.Past || cd.Form == verb.Participle) && i > 0 && beForms[s.lower[i-1]]
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her":
		return true
	}
	return false
}

// matchRest checks the words a pattern needs after its head and returns the end.
func (s *sent) matchRest(i int, p *verb.Pattern) (int, bool) {
	j := i + 1
	for k, w := range p.Rest {
		limit := j
		if k == 0 && p.Gap > 0 {
			limit = j + p.Gap
		}
		found := false
		for ; j <= limit && j < len(s.lower); j++ {
			if s.lower[j] == w {
				found = true
				break
			}
			if k == 0 && p.Gap > 0 && (s.lower[j] == "," || s.lower[j] == ".") {
				break
			}
		}
		if !found {
			return 0, false
		}
		if k == 0 && p.Gap > 0 && j > i+1 && particles[w] && j+1 < len(s.lower) && (isDeterminer(s.lower[j+1]) || s.at[j+1] >= 0 || isProper(s.toks[j+1])) {
			return 0, false
		}
		j++
	}
	return j, true
}

// isPassive reports a participle after a form of "be", or a participle followed by "by".
func (s *sent) isPassive(i int) bool {
	tag := s.toks[i].Tag
	if tag != "VBN" && tag != "VBD" && tag != "JJ" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := s.lower[j]
		if beForms[w] {
			return true
		}
		if !strings.HasSuffix(w, "ly") && w != "not" && w != "n't" && w != "also" && w != "reportedly" && w != "allegedly" && w != "later" {
			break
		}
	}
	return i+1 < len(s.lower) && s.lower[i+1] == "by" && tag == "VBN"
}
