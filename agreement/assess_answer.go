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
	loose := r.loosePairs(obs, pairs)
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

// loosePairs are the pairs Conflicts finds outside any provision among obs (see
// answeredBreaches), leaving out the claims pairs already hold.
func (r *Rules) loosePairs(obs []*observation, pairs []pairConflict) []pairConflict {
	paired := pairedIn(pairs)
	byArticle := slices.Clone(obs)
	slices.SortStableFunc(byArticle, func(a, b *observation) int {
		return cmp.Or(cmp.Compare(a.ev.ArticleID, b.ev.ArticleID), cmp.Compare(a.ev.Start, b.ev.Start))
	})
	var loose []pairConflict
	loose = append(loose, r.rebuttals(byArticle, paired)...)
	loose = append(loose, r.negations(byArticle, paired)...)
	loose = append(loose, r.counterAccounts(byArticle, paired)...)
	return loose
}

// contestedDuties turns the pairs Conflicts finds outside any provision into
// disputes of the duties to act both their claims speak of: each claim names the
// thing the duty is about, its object's head noun or a synonym ("M23 said it had withdrawn its fighters from Kibumba"
// against "Kinshasa called the handover a sham and said the rebel fighters had only
// moved to the hills"; "had been promised the defence and interior ministries"
// against "no ministry had been promised"). A pair goes to the duty its two claims
// name most, none on a tie: two sides contradicting each other about a duty dispute
// it, whichever words tell the contradiction (a rebuttal, a negation, a
// counter-account).
func (r *Rules) contestedDuties(ags []Agreement, obs []*observation, pairs []pairConflict) []pairConflict {
	if !r.mayContest(ags, obs) {
		return nil
	}
	var out []pairConflict
	for _, pc := range r.loosePairs(obs, pairs) {
		if pc.b == nil {
			continue
		}
		best, bestScore, tie := pairConflict{}, 0, false
		for ai, a := range ags {
			for pi, p := range a.Provisions {
				if r.continuing(p) {
					continue
				}
				head := r.objectHead(p)
				if !namesThing(head, pc.a.words) || !namesThing(head, pc.b.words) {
					continue
				}
				switch score := r.topicScore(p, pc.a) + r.topicScore(p, pc.b); {
				case score > bestScore:
					best, bestScore, tie = pairConflict{a: pc.a, b: pc.b, agreement: a, provision: p, key: pkey{ai, pi},
						side: r.disputedSide(p, pc.a, pc.b), reason: pc.reason}, score, false
				case score == bestScore:
					tie = true
				}
			}
		}
		if bestScore > 0 && !tie {
			out = append(out, best)
		}
	}
	return out
}

// mayContest reports whether some article of obs holds two claims of different
// speakers (or a speaker's and the article's own) that both name the head of one
// duty's object: the pairs contestedDuties keeps are of such claims, so without
// them the pairs, costly to seek, need not be sought.
func (r *Rules) mayContest(ags []Agreement, obs []*observation) bool {
	for _, head := range r.dutyHeads(ags) {
		speakers := map[string]string{} // article → a speaker naming head
		for _, o := range obs {
			if o.match(head) < 0 || !namesThing(head, o.words) {
				continue
			}
			if s, ok := speakers[o.ev.ArticleID]; !ok {
				speakers[o.ev.ArticleID] = o.speaker
			} else if s != o.speaker {
				return true
			}
		}
	}
	return false
}

// dutyHeads are the object heads of the duties to act of ags (objectHead): what
// two claims contradicting each other about a duty both name (contestedDuties).
func (r *Rules) dutyHeads(ags []Agreement) []WordRule {
	var out []WordRule
	for _, a := range ags {
		for _, p := range a.Provisions {
			if !r.continuing(p) {
				out = append(out, r.objectHead(p))
			}
		}
	}
	return out
}

// contestsDuty reports whether o may be one claim of a pair that disputes a duty
// to act outside the provisions' own pairs (contestedDuties) though it says
// nothing of a provision by itself: a rebuttal. A speaker's claim that only names
// a duty's object is not kept for it: keeping those (stop 21) won two statuses
// (one of dev11, one of dev7) but made re-assessment of generated news 2.2 times as
// costly at 10,000 articles and 2.3 times at 100,000, each deal keeping every
// claim that names its objects.
func (r *Rules) contestsDuty(o *observation) bool {
	k, _ := r.rebuttalOf(o)
	return k != noRebuttal
}

// namesThing reports whether words name head as the thing they speak of, not as
// the place where something else is ("heavy weapons near the airport", "still
// within range of the airport" speak of weapons, not of the airport; "pulled back
// from the airport" does speak of it).
func namesThing(head WordRule, words []string) bool {
	for from := 0; from < len(words); {
		i := head.MatchAny(words[from:])
		if i < 0 {
			return false
		}
		i += from
		j := i - 1
		if j >= 0 && determiners[words[j]] {
			j--
		}
		if j < 0 || !locative(words, j) {
			return true
		}
		from = i + 1
	}
	return false
}

// locative reports whether words[j] opens a phrase saying where something is,
// near a place rather than at it: "near", "around", "within range of".
func locative(words []string, j int) bool {
	switch words[j] {
	case "near", "around", "outside", "beside", "beyond", "within":
		return true
	case "of":
		return j > 0 && (words[j-1] == "range" || words[j-1] == "vicinity")
	}
	return false
}

// disputedSide is the obligor of p that one of the two claims' speakers stands
// for, else p's only obligor, else "".
func (r *Rules) disputedSide(p Provision, x, y *observation) string {
	if side := r.obligorIn(p, []string{x.speaker, y.speaker}); side != "" {
		return side
	}
	if len(p.Obligor) == 1 {
		return p.Obligor[0]
	}
	return ""
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
