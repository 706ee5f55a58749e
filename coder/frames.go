package coder

import (
	"strings"

	"github.com/peacewatch/peacewatch/event"
)

// accusedOf reports whether trigger ti is what an accusation charges ("accused India of
// attacking"): only the accusation is coded.
func (s *sent) accusedOf(ti int) bool {
	t := &s.trig[ti]
	if t.pat.Noun || t.tok == 0 || s.lower[t.tok-1] != "of" || s.toks[t.tok].Tag != "VBG" {
		return false
	}
	for i := ti - 1; i >= 0; i-- {
		if p := &s.trig[i]; t.tok-p.tok <= 8 && event.Root(p.pat.Code) == "11" {
			return true
		}
	}
	return false
}

// underInquiry reports whether noun trigger ti names what an investigation, an
// accusation or a rejection is about ("an inquiry into the killings", "rejected the
// truce plan"), which is no event of its own.
func (s *sent) underInquiry(ti int) bool {
	t := &s.trig[ti]
	if !t.pat.Noun {
		return false
	}
	for i := ti - 1; i >= 0; i-- {
		p := &s.trig[i]
		r := event.Root(p.pat.Code)
		if (r == "09" || r == "12" || r == "11" && event.QuadClass(t.pat.Code) == 4) && t.tok > p.tok && t.tok-p.end <= 6 && !s.clauseBreak(p.end, t.tok) {
			return true
		}
	}
	return false
}

// namedBy reports whether noun trigger t is only someone's name for what the clause
// speaks of: "signed what Washington called a historic peace agreement", "struck what
// India called a terrorist camp". The naming is no event.
func (s *sent) namedBy(t *trigger) bool {
	if !t.pat.Noun {
		return false
	}
	for j := t.tok - 1; j >= 1 && j >= t.tok-8; j-- {
		if namingVerbs[s.lower[j]] {
			k := j - 1
			for k >= 0 && s.at[k] >= 0 {
				k--
			}
			return k >= 0 && k < j-1 && s.lower[k] == "what"
		}
		if w := s.lower[j]; boundaries[w] && !quoteMarks[w] || w == "," {
			return false
		}
	}
	return false
}

// background reports a deal or a truce named as a thing the sentence speaks about
// ("Russia's agreement", "ended the 2018 peace deal", "the truce expired"), not as an
// act: no verb of making one governs it and it names no parties to it.
func (s *sent) background(t *trigger) bool {
	return t.pat.Noun && (event.Root(t.pat.Code) == "05" || t.pat.Code == "0871") && len(t.tgt) == 0 &&
		(t.gov < 0 || !dealMakers[s.lower[t.gov]])
}

// onlyWraps reports a verb that only introduces another act: "help" before a verb
// ("helped drive them out", "to help Haiti's police fight"), and a bare pledge or
// promise of something no pattern codes ("promised to punish those responsible"). The
// act is the event, or there is none.
func (s *sent) onlyWraps(t *trigger) bool {
	if t.pat.Noun || len(t.pat.Rest) > 0 {
		return false
	}
	switch {
	case t.pat.Lemma == "help":
		for j := t.end; j < len(s.toks) && j < t.end+5; j++ {
			if tag := s.toks[j].Tag; tag == "VB" || j > t.end && strings.HasPrefix(tag, "VB") && s.at[j-1] >= 0 {
				return true // "help fight", "help the army fight"
			}
			if objectStops[s.lower[j]] {
				return false
			}
		}
	case t.pat.Code == "030":
		if t.end < len(s.lower) && (s.lower[t.end] == "that" || s.lower[t.end] == "to" && t.end+1 < len(s.toks) && s.toks[t.end+1].Tag == "VB") {
			return true
		}
	}
	return false
}

// attackSubject is the event of a noun trigger for an attack that heads the subject of
// verb trigger t ("an airstrike destroyed", "Israeli strikes killed"), or nil.
func (s *sent) attackSubject(t *trigger, evs []event.Event) *event.Event {
	if t.pat.Noun || t.passive || t.subjAt < 0 {
		return nil
	}
	for i := range evs {
		e := &evs[i]
		if !isViolent(e.Cameo) || e.Sentence != s.index {
			continue
		}
		if at := e.Trigger.Start; at >= s.toks[t.subjAt].Start && at < s.toks[t.tok].Start && !s.clauseBreak(t.subjAt, t.tok) {
			return e
		}
	}
	return nil
}

// planNouns name a proposal whose content is no act of its author.
var planNouns = set("plan", "plans", "proposal", "proposals", "initiative", "bid", "effort", "efforts", "push", "attempt", "attempts", "roadmap", "blueprint", "framework")

// planContent reports whether verb trigger t is what a plan or proposal is for: "a US
// plan to end the war", "a French proposal to end the fighting".
func (s *sent) planContent(t *trigger) bool {
	return !t.pat.Noun && t.tok >= 2 && s.lower[t.tok-1] == "to" && planNouns[s.lower[t.tok-2]]
}

// knownAttackDid reports whether verb trigger t has a definite attack for subject, right
// before it over auxiliaries: "the attack had damaged", "the strikes also hit".
func (s *sent) knownAttackDid(t *trigger) bool {
	k := t.tok - 1
	for k >= 0 && (beForms[s.lower[k]] || doForms[s.lower[k]] || haveForms[s.lower[k]] || s.lower[k] == "also") {
		k--
	}
	return k >= 1 && hostileActs[s.lower[k]] && definite[s.lower[k-1]]
}

// clauseBreak reports whether a comma or a clause word stands in tokens [i, j).
func (s *sent) clauseBreak(i, j int) bool {
	for k := i; k < j; k++ {
		if w := s.lower[k]; w == "," || boundaries[w] {
			return true
		}
	}
	return false
}

// haveForms are the perfect's auxiliaries.
var haveForms = set("has", "have", "had")
