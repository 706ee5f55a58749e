package agreement

import (
	"fmt"
	"strings"
	"time"
)

// DebugReadings describes what every observation of rec says about each provision
// of ags as of asOf; tests print it when asked to.
func DebugReadings(ags []Agreement, rec Record, asOf time.Time, id string) string {
	r := DefaultRules()
	obs := termless(observations(rec), ags)
	var b strings.Builder
	for ai, a := range ags {
		for pi, p := range a.Provisions {
			start := effective(a, p, rec)
			if id != "" && p.ID != id {
				continue
			}
			fmt.Fprintf(&b, "-- %s %s %v %q start %s\n", p.ID, p.Action, p.Obligor, p.Object, start.Format(time.DateOnly))
			for _, o := range visible(obs, asOf) {
				rd := r.read(p, o, start)
				c := r.cuesOf(o.words)
				var cs []string
				for k := range c {
					cs = append(cs, k)
				}
				fmt.Fprintf(&b, "   k%d s%d %s pub %s spk=%s act=%v cues=%v st=%d | %.90s\n", rd.kind, rd.stage, o.date.Format(time.DateOnly), o.pub.Format(time.DateOnly), o.speaker, o.actors, cs, first(r.stance(pkey{ai, pi}, p, o, start)), o.ev.Text)
			}
		}
	}
	return b.String()
}

func first(a int, _ string) int { return a }

// DebugStances lists the attributed claims' stances on each provision.
func DebugStances(ags []Agreement, rec Record, asOf time.Time) string {
	r := DefaultRules()
	obs := termless(observations(rec), ags)
	var b strings.Builder
	for ai, a := range ags {
		for pi, p := range a.Provisions {
			for _, o := range visible(obs, asOf) {
				if s, side := r.stance(pkey{ai, pi}, p, o, effective(a, p, rec)); s != 0 {
					fmt.Fprintf(&b, "%s %+d %s spk=%s %.60s\n", p.ID, s, side, o.speaker, o.ev.Text)
				}
			}
		}
	}
	return b.String()
}
