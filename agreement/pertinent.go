package agreement

import (
	"strings"

	"github.com/peacewatch/peacewatch/event"
)

// Pertinent reports whether event e may bear on a provision of ag, with the
// embedded rules: see (*Rules).Pertinent.
func Pertinent(ag Agreement, e event.Event) bool { return DefaultRules().Pertinent(ag, e) }

// Pertinent reports whether event e may bear on a provision of ag: its CAMEO code
// is one the rules tie to a provision's action (implementing it, forbidden by it,
// or refusing), or its sentence names a provision's object. A store reads whole
// only the articles that report a deal or hold such an event; the others' events
// are read on their own.
func (r *Rules) Pertinent(ag Agreement, e event.Event) bool {
	if r.Refuse.MatchCameo(e.Cameo) {
		return true
	}
	var words []string
	for _, p := range ag.Provisions {
		if r.Implement[p.Action].MatchCameo(e.Cameo) || r.Forbid[p.Action].MatchCameo(e.Cameo) {
			return true
		}
		if words == nil {
			words = strings.Fields(strings.ToLower(e.Text))
		}
		if r.objectHead(p).MatchAny(words) >= 0 {
			return true
		}
	}
	return false
}
