package agreement

import (
	"maps"
	"time"
)

// ActorRoots is actorRoots: the distinct roots of codes, in order.
var ActorRoots = actorRoots

// AssessEveryDate is Assess deciding every provision on every date, for tests
// comparing it with the change-driven decisions.
func AssessEveryDate(ags []Agreement, rec Record, asOf time.Time) []Agreement {
	return DefaultRules().assess(ags, rec, asOf, true)
}

// SieveMisses reads every observation of rec about every provision of ags as of
// asOf and returns how many pairs the sieve rules out that say something (a reading
// or a stance), and how many pairs it ruled out.
func SieveMisses(ags []Agreement, rec Record, asOf time.Time) (missed, ruledOut int) {
	r, out, starts, s := sieveOf(ags, rec)
	for _, o := range observations(rec, out, func(*observation) bool { return true }) {
		may := map[pkey]bool{}
		s.possible(o, func(k pkey, _ Provision) { may[k] = true })
		for k, start := range starts {
			if may[k] {
				continue
			}
			ruledOut++
			p := out[k.a].Provisions[k.i]
			if sign, _ := r.stance(k, p, o, start); r.read(p, o, start).kind != readNone || sign != 0 {
				missed++
			}
		}
	}
	return missed, ruledOut
}

// MatchMisses matches every rule the sieve knows against every observation of rec,
// as the sieve lets observations match (only at the words it says may match) and
// as MatchAny and actWord do, and returns how many answers differ, and how many
// there were.
func MatchMisses(ags []Agreement, rec Record) (missed, total int) {
	r, out, _, s := sieveOf(ags, rec)
	for _, o := range observations(rec, out, func(*observation) bool { return true }) {
		s.possible(o, func(pkey, Provision) {})
		for idx := range s.rules {
			w := WordRule{idx: idx}
			for _, act := range []bool{false, true} {
				want := w.MatchAny(o.words)
				if act {
					want = actWord(w, o.words)
				}
				if o.first(w, act) != want {
					missed++
				}
				total++
			}
		}
		if !maps.Equal(r.cuesOfObs(o), r.cuesOf(o.words)) {
			missed++
		}
		total++
		s.drop(o)
	}
	return missed, total
}

// sieveOf returns the default rules, a copy of ags, when each of its provisions took
// effect, and their sieve.
func sieveOf(ags []Agreement, rec Record) (*Rules, []Agreement, map[pkey]time.Time, *sieve) {
	r := DefaultRules()
	out := cloneAgreements(ags)
	starts := map[pkey]time.Time{}
	for ai, a := range out {
		for pi, p := range a.Provisions {
			starts[pkey{ai, pi}] = effective(a, p, rec)
		}
	}
	return r, out, starts, r.newSieve(out, starts)
}
