package agreement

import (
	"strings"

	"github.com/peacewatch/peacewatch/event"
)

// Pertinent reports whether event e may bear on a provision of ag, with the
// embedded rules: see (*Rules).Pertinent.
func Pertinent(ag Agreement, e event.Event) bool { return DefaultRules().Pertinent(ag, e) }

// EventWords returns the words of e's text in lower case, as Pertinent and a
// Filter read them. A reader asking of one event for several agreements works
// them out once and gives them to PertinentWith and Filter.EventWith; the
// callers must not change them.
func EventWords(e event.Event) []string { return strings.Fields(strings.ToLower(e.Text)) }

// Pertinent reports whether event e may bear on a provision of ag: its CAMEO code
// is one the rules tie to a provision's action (implementing it, forbidden by it,
// or refusing), or its sentence names a provision's object. A store reads whole
// only the articles that report a deal or hold such an event; the others' events
// are read on their own.
func (r *Rules) Pertinent(ag Agreement, e event.Event) bool {
	return r.PertinentWith(ag, e, EventWords(e))
}

// PertinentWith is Pertinent, given e's EventWords.
func (r *Rules) PertinentWith(ag Agreement, e event.Event, words []string) bool {
	if r.Refuse.MatchCameo(e.Cameo) {
		return true
	}
	for _, p := range ag.Provisions {
		if r.Implement[p.Action].MatchCameo(e.Cameo) || r.Forbid[p.Action].MatchCameo(e.Cameo) {
			return true
		}
		if r.objectHead(p).MatchAny(words) >= 0 {
			return true
		}
	}
	return false
}
