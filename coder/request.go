package coder

import (
	"strings"

	"github.com/peacewatch/peacewatch/event"
)

// request recognises "X called on Y to ACT", "X urged Y to ACT" and "X demanded that
// Y ACT": the event is X's appeal or demand to Y, coded by what is asked.
func (s *sent) request(ti int) bool {
	t := &s.trig[ti]
	j := t.tok - 1
	for j >= 0 && skippable[s.lower[j]] && s.lower[j] != "to" {
		j--
	}
	stance := ""
	var callee []ref
	switch {
	case j >= 1 && s.lower[j] == "to":
		k := j - 1
		for k > 0 && k >= j-4 && s.at[k] < 0 && (timeWords[s.lower[k]] || s.lower[k] == "on" || s.lower[k] == ",") {
			k--
		}
		p := s.at[k]
		if p < 0 {
			return false
		}
		callee = s.compoundLeft(p)
		k = s.compoundStart(p) - 1
		if k >= 0 && possessives[s.lower[k]] {
			return false // "ordered his troops to pull out": an order to one's own forces
		}
		for k >= 0 && s.at[k] >= 0 {
			k--
		}
		if k >= 0 && isDeterminer(s.lower[k]) {
			k--
		}
		if k < 0 {
			return false
		}
		w := s.lower[k]
		switch {
		case (w == "on" || w == "upon") && k > 0 && strings.HasPrefix(s.lower[k-1], "call"):
			stance, k = "requested", k-1
		case w == "to" && k > 0 && strings.HasPrefix(s.lower[k-1], "appeal"):
			stance, k = "requested", k-1
		case requestCues[w]:
			stance = "requested"
		case demandCues[w]:
			stance = "demanded"
		default:
			return false
		}
		t.asker, _ = s.subject(k, ti)
		s.consume(k)
	case s.thatAt(t.subjAt) > 0 && s.demandBefore(s.thatAt(t.subjAt)) >= 0:
		k := s.demandBefore(s.thatAt(t.subjAt))
		stance = "demanded"
		callee = t.src
		t.asker, _ = s.subject(k, ti)
		s.consume(k)
	default:
		return false
	}
	if len(t.asker) == 0 {
		return false
	}
	t.modality = event.Requested
	t.code = s.c.recode.code(stance, t.pat.Code)
	t.src, t.tgt = t.asker, callee
	return true
}

// askedFor recodes a bare appeal or demand by the act it asks for, when one follows:
// "urged X to avoid striking" is an appeal for de-escalation (0256).
func (s *sent) askedFor(t *trigger, stance string) {
	to := -1
	for j := t.end; j < len(s.lower) && j < t.end+8; j++ {
		if s.lower[j] == "to" {
			to = j
			break
		}
		if s.lower[j] == "," || s.lower[j] == ";" {
			return
		}
	}
	if to < 0 {
		return
	}
	for j := to + 1; j < len(s.lower) && j < to+4; j++ {
		if w := s.triggerAt(j); w != nil && w != t && w.code != "-" {
			t.code = s.c.recode.code(stance, w.pat.Code)
			w.code = "-"
			return
		}
	}
}

// demandBefore is the demand verb before the "that" at token j, over a time phrase
// ("demanded on Thursday that"), or -1.
func (s *sent) demandBefore(j int) int {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		w := s.lower[k]
		if demandCues[w] {
			return k
		}
		if !timeWords[w] && w != "on" && w != "again" {
			return -1
		}
	}
	return -1
}

// thatAt is the "that" just before a subject starting at token at ("that the RSF"), or -1.
func (s *sent) thatAt(at int) int {
	k := at - 1
	if k > 0 && s.lower[k] != "that" && isDeterminer(s.lower[k]) {
		k--
	}
	if k > 0 && s.lower[k] == "that" {
		return k
	}
	return -1
}
