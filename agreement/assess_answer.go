package agreement

import (
	"cmp"
	"slices"
	"time"
)

// answeredBreaches turns the pairs of claims that Conflicts finds outside any
// provision (a counter-account, a negation, a rebuttal: see rebuttals, negations,
// counterAccounts) into disputes of the obligations that hold over a period: one
// claim of the pair charges a party with an act the provision forbids, and the
// other is that party's own answer ("had kept shelling villages after the ceasefire"
// against "insisted that their troops had observed the truce"). paired holds the
// claims that pairs of a provision already hold; obs are in the order of their
// articles, as pairs found them.
func (r *Rules) answeredBreaches(ags []Agreement, obs []*observation, pairs []pairConflict, rec Record) []pairConflict {
	// Only a party's charge of a breach can be answered: without one, no pair
	// need be sought.
	charged := false
	for ai, a := range ags {
		for pi, p := range a.Provisions {
			if !r.continuing(p) {
				continue
			}
			start := effective(a, p, rec)
			charged = charged || slices.ContainsFunc(obs, func(o *observation) bool {
				return o.speaker != "" && r.readMemo(pkey{ai, pi}, p, o, start).kind == readBreach
			})
		}
	}
	if !charged {
		return nil
	}
	paired := pairedIn(pairs)
	byArticle := slices.Clone(obs)
	slices.SortStableFunc(byArticle, func(a, b *observation) int {
		return cmp.Or(cmp.Compare(a.ev.ArticleID, b.ev.ArticleID), cmp.Compare(a.ev.Start, b.ev.Start))
	})
	t := topics{}
	var loose []pairConflict
	loose = append(loose, r.rebuttals(byArticle, paired, t)...)
	loose = append(loose, r.negations(byArticle, paired)...)
	loose = append(loose, r.counterAccounts(byArticle, paired)...)
	var out []pairConflict
	for ai, a := range ags {
		for pi, p := range a.Provisions {
			if !r.continuing(p) {
				continue
			}
			k := pkey{ai, pi}
			start := effective(a, p, rec)
			for _, pc := range loose {
				if side := r.chargeAnswered(k, p, pc.a, pc.b, start); side != "" {
					out = append(out, pairConflict{a: pc.a, b: pc.b, agreement: a, provision: p, key: k, side: side, reason: pc.reason})
				} else if side := r.chargeAnswered(k, p, pc.b, pc.a, start); side != "" {
					out = append(out, pairConflict{a: pc.a, b: pc.b, agreement: a, provision: p, key: k, side: side, reason: pc.reason})
				}
			}
		}
	}
	return out
}

// chargeAnswered returns the party that claim x charges with breaking p when y is
// that party's answer (its speaker stands for it, and y charges it with nothing),
// else "".
func (r *Rules) chargeAnswered(k pkey, p Provision, x, y *observation, start time.Time) string {
	if x.speaker == "" || y.speaker == "" || r.readMemo(k, p, x, start).kind != readBreach {
		return ""
	}
	sign, side := r.stanceMemo(k, p, x, start)
	if sign >= 0 || side == "" || !r.Stands(side, y.speaker) || r.Stands(side, x.speaker) {
		return ""
	}
	if rd := r.readMemo(k, p, y, start); rd.kind == readBreach && r.Stands(side, rd.agent) {
		return ""
	}
	return side
}

// answersAny reports whether o speaks of a provision through a claim it answers:
// a rebuttal does, and so does a party's counter to another's account ("insisted
// that ..."). It depends on o's words and speaker alone, so it is worked out once
// for a claim that several Filters ask of (o.answer, ClaimMemo).
func (r *Rules) answersAny(o *observation) bool {
	if o.answer == answerUnknown {
		o.answer = answerNone
		if r.rebuts(o) || !o.narrative && o.speaker != "" && r.answers(o) {
			o.answer = answerSome
		}
	}
	return o.answer == answerSome
}

// What answersAny found of an observation.
const (
	answerUnknown int8 = iota // not asked yet
	answerNone
	answerSome
)

// answers reports whether o may answer another claim: a rebuttal (rebuttalOf) or a
// party telling its act as allowed (the justify words).
func (r *Rules) answers(o *observation) bool {
	if k, _ := r.rebuttalOf(o); k != noRebuttal {
		return true
	}
	return r.cuesOfObs(o)["justify"]
}
