package agreement

import (
	"slices"
	"strings"
)

// promiseVerbs are the verbs whose "that" clause is what their subject undertakes
// ("Pakistan agreed that steps would be taken", "Cairo promised that it would ...").
var promiseVerbs = map[string]bool{
	"agreed": true, "agrees": true, "accepted": true, "accepts": true, "undertook": true, "undertakes": true,
	"promised": true, "promises": true, "pledged": true, "pledges": true, "guaranteed": true, "guarantees": true,
	"committed": true,
}

// assuranceNouns are the nouns of "gave assurances that ...": a promise told as a
// thing given.
var assuranceNouns = map[string]bool{"assurance": true, "assurances": true, "guarantee": true, "guarantees": true, "undertaking": true, "pledge": true, "promise": true}

// promisor returns the actors who undertake clause c when c is the "that" clause of a
// promise ("Pakistan agreed that concrete steps would be taken ...", "the United
// States gave assurances that it would not invade Cuba"): the promise's subject, read
// as a clause's subject is. A pronoun or an agentless passive in such a clause names
// no one else, so the one who promised is bound. nil when c is no such clause or the
// promise's subject names no actor.
func promisor(v *sent, c clause) []actorAt {
	that := c.subjFrom - 1
	if that <= v.first || v.word(that) != "that" {
		return nil
	}
	verb := that - 1
	if assuranceNouns[v.word(verb)] {
		// "gave firm assurances that", "gave an assurance that"
		verb--
		for verb > v.first && (v.tag(verb) == "DT" || v.tag(verb) == "JJ") {
			verb--
		}
		if w := v.word(verb); w != "gave" && w != "gives" && w != "offered" && w != "provided" {
			return nil
		}
	} else if !promiseVerbs[v.word(verb)] {
		return nil
	}
	return subjectActors(v, subjectStart(v, verb), verb)
}

// mutualAct reports whether an act takes both sides by its nature (an exchange, a
// ceasefire, talks), whoever the sentence says agreed to it.
func mutualAct(a Action) bool {
	return a == Exchange || a == CeaseFire || a == Negotiate
}

// holders returns the parties other than the one whose people term t frees, when the
// freed are named by one party's nationality ("Palestinian prisoners", "the Israeli
// hostages"); nil otherwise. Those who hold a side's people are the other side.
func (b *building) holders(v *sent, t term) []string {
	if !oneSidesPeople(v, t) {
		return nil
	}
	n := len(strings.Fields(t.object))
	own := Root(v.actorsIn(t.objFrom, t.objFrom+n)[0].Code)
	if !contains(actorRoots(b.ag.Parties), own) {
		return nil
	}
	return slices.DeleteFunc(slices.Clone(b.ag.Parties), func(p string) bool { return Root(p) == own })
}
