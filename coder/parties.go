package coder

import (
	"strconv"

	"github.com/peacewatch/peacewatch/event"
)

// mediators are the codes of acting between two parties: mediating (045) and offering
// to mediate (039).
var mediators = set("045", "039")

// withParties gives a mediation that names no one ("a deal brokered by China", "after
// talks mediated by Qatar") the parties of the sentence's other events as its targets:
// the sources of those events, or the one source and its targets. A mediator is never
// its own party.
func withParties(evs []event.Event) []event.Event {
	first := -1
	for i, e := range evs {
		if mediators[e.Cameo] && len(e.Target) == 0 && len(partiesOf(evs, i)) > 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return evs
	}
	out := append([]event.Event(nil), evs[:first]...)
	for i := first; i < len(evs); i++ {
		e := evs[i]
		if !mediators[e.Cameo] || len(e.Target) > 0 {
			out = append(out, e)
			continue
		}
		parties := partiesOf(evs, i)
		if len(parties) == 0 {
			out = append(out, e)
			continue
		}
		for n, p := range parties {
			m := e
			m.Target = []event.Actor{p}
			if n > 0 {
				m.ID += "-p" + strconv.Itoa(n)
			}
			out = append(out, m)
		}
	}
	return out
}

// partiesOf collects the distinct actors the events other than evs[i] act between.
func partiesOf(evs []event.Event, i int) []event.Actor {
	// srcs and all start on the stack: only out, made of copies, leaves.
	var srcBuf, allBuf [8]event.Actor
	srcs, all := srcBuf[:0], allBuf[:0]
	for k, e := range evs {
		if k == i || mediators[e.Cameo] {
			continue
		}
		srcs = appendActors(srcs, e.Source...)
		all = appendActors(all, e.Source...)
		all = appendActors(all, e.Target...)
	}
	if len(srcs) == 1 {
		srcs = all
	}
	var out []event.Actor
	for _, a := range srcs {
		if !hasCode(evs[i].Source, a.Code) {
			out = append(out, a)
		}
	}
	if len(out) < 2 {
		return nil // one party is no mediation between parties
	}
	return out
}

func appendActors(list []event.Actor, as ...event.Actor) []event.Actor {
	for _, a := range as {
		if !hasCode(list, a.Code) {
			list = append(list, a)
		}
	}
	return list
}

func hasCode(as []event.Actor, code string) bool {
	for _, a := range as {
		if a.Code == code {
			return true
		}
	}
	return false
}

// thirdVenue reports whether the clause of trigger t names where it happened, and that
// place lies in a country none of its actors belongs to ("X and Y met in Doha"). An
// unresolved target leaves the venue unknown.
func (s *sent) thirdVenue(t *trigger) bool {
	for j := t.end; j < len(s.toks) && j < max(t.objEnd, t.end)+6; j++ {
		if p := s.at[j]; p >= 0 && s.isLocation(p) {
			c := s.phr[p].country
			for _, r := range append(append([]ref(nil), t.src...), t.tgt...) {
				if r.country == c || rootCountry(r.code) == c {
					return false
				}
			}
			return len(t.tgt) > 0 || len(t.src) > 1 // an unknown target may be the venue's
		}
		if w := s.lower[j]; w != "," && objectStops[w] {
			return false
		}
	}
	return false
}
