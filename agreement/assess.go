package agreement

import (
	"slices"
	"time"
)

// Assess returns ags with every provision's Status as of asOf and its History (the
// status on each date it changed, up to asOf), computed from rec with the embedded
// rules (docs/assessment.md). Nothing dated or published after asOf is used. ags is
// not modified. A zero asOf gives no date to assess at: the provisions come back
// without a status.
func Assess(ags []Agreement, rec Record, asOf time.Time) []Agreement {
	return DefaultRules().Assess(ags, rec, asOf)
}

// Assess is the package's Assess with the rules of r.
func (r *Rules) Assess(ags []Agreement, rec Record, asOf time.Time) []Agreement {
	return r.assess(ags, rec, asOf, false)
}

// assess is Assess; everyDate decides every provision on every date, the reference
// the change-driven decisions must agree with (tests).
func (r *Rules) assess(ags []Agreement, rec Record, asOf time.Time, everyDate bool) []Agreement {
	out := cloneAgreements(ags)
	if asOf.IsZero() {
		return out
	}
	obs := observations(rec, ags, r.relevant(out, rec))
	slices.SortStableFunc(obs, func(a, b *observation) int { return a.date.Compare(b.date) })
	pairs := slices.DeleteFunc(r.pairs(out, obs, rec), func(pc pairConflict) bool { return pc.loose })
	pairs = append(pairs, r.answeredBreaches(out, obs, pairs, rec)...)
	pairs = append(pairs, r.contestedDuties(out, obs, pairs)...)
	cs := r.newCourse(out, obs, pairs, rec)
	cs.everyDate = everyDate
	prev := map[pkey]Status{}
	var sts map[pkey]Status
	// The last date is asOf itself, so the last statuses computed are the final ones.
	var begins []time.Time
	for _, t := range cs.tracks {
		begins = append(begins, t.begins)
	}
	for _, d := range changeDates(out, obs, begins, asOf) {
		sts = cs.at(d)
		for _, t := range cs.tracks {
			st := sts[t.k]
			if old, ok := prev[t.k]; ok && sameStatus(old, st) {
				continue
			}
			if d.Before(t.start) && !d.Equal(asOf) {
				continue // another agreement's dates: this one did not exist yet
			}
			prev[t.k] = st
			ps := out[t.k.a].Provisions
			ps[t.k.i].History = append(ps[t.k.i].History, st)
		}
	}
	for ai := range out {
		for pi := range out[ai].Provisions {
			st := sts[pkey{ai, pi}]
			out[ai].Provisions[pi].Status = &st
		}
	}
	return out
}

// relevant reports whether an observation says something of a provision of ags (a
// reading or a stance); the others can change no status, and are not kept. Only
// the provisions the sieve leaves are read.
func (r *Rules) relevant(ags []Agreement, rec Record) func(*observation) bool {
	starts := map[pkey]time.Time{}
	for ai, a := range ags {
		for pi, p := range a.Provisions {
			starts[pkey{ai, pi}] = effective(a, p, rec)
		}
	}
	s := r.newSieve(ags, starts)
	return func(o *observation) bool {
		keep := false
		s.possible(o, func(k pkey, p Provision) {
			if r.readMemo(k, p, o, starts[k]).kind != readNone {
				keep = true
			}
			if s, _ := r.stanceMemo(k, p, o, starts[k]); s != 0 {
				keep = true
			}
		})
		keep = keep || r.answersAny(o) || r.contestsDuty(o)
		if keep {
			s.keep(o)
		} else {
			s.drop(o)
		}
		return keep
	}
}

func sameStatus(a, b Status) bool {
	return a.Value == b.Value && a.Level == b.Level && a.Overdue == b.Overdue
}

func cloneAgreements(ags []Agreement) []Agreement {
	out := slices.Clone(ags)
	for i := range out {
		out[i].Provisions = slices.Clone(out[i].Provisions)
		for j := range out[i].Provisions {
			out[i].Provisions[j].Status = nil
			out[i].Provisions[j].History = nil
		}
	}
	return out
}

// termOf is the agreement of ags whose provision o states, or nil: such a sentence
// counts as evidence only when it reports the act done.
func termOf(o *observation, ags []Agreement) *Agreement {
	var term *Agreement
	for ai := range ags {
		for _, p := range ags[ai].Provisions {
			if overlaps(p.Evidence, o.ev) || slices.ContainsFunc(p.Sources, func(t Evidence) bool { return overlaps(t, o.ev) }) {
				term = &ags[ai]
			}
		}
	}
	return term
}

func overlaps(a, b Evidence) bool {
	if a.ArticleID != b.ArticleID || a.ArticleID == "" {
		return a.ArticleID == b.ArticleID && a.Text != "" && a.Text == b.Text
	}
	return a.Start < b.End && b.Start < a.End
}

// changeDates are the dates a status may change on, up to asOf, ascending: every
// observation's date and publication, every signing and deadline, every day a
// continuing obligation comes into force (begins), and asOf itself.
func changeDates(ags []Agreement, obs []*observation, begins []time.Time, asOf time.Time) []time.Time {
	var ds []time.Time
	var first time.Time
	for _, a := range ags {
		if t := parseDate(a.Signed); !t.IsZero() && (first.IsZero() || t.Before(first)) {
			first = t
		}
	}
	add := func(t time.Time) {
		if !t.IsZero() && !t.After(asOf) && !t.Before(first) {
			ds = append(ds, t)
		}
	}
	for _, a := range ags {
		add(parseDate(a.Signed))
		for _, p := range a.Provisions {
			if dl := deadline(p); !dl.IsZero() {
				add(dl.AddDate(0, 0, 1)) // the first day it is due
			}
		}
	}
	for _, o := range obs {
		add(o.date)
		add(o.pub)
	}
	for _, t := range begins {
		add(t)
	}
	add(asOf)
	slices.SortFunc(ds, func(a, b time.Time) int { return a.Compare(b) })
	return slices.Compact(ds)
}

func visibleOn(o *observation, d time.Time) bool {
	return !(!o.pub.IsZero() && o.pub.After(d) || o.date.After(d))
}
