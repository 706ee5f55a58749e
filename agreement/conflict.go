package agreement

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// Conflicts pairs the claims of rec that contradict each other or contradict a
// provision of ags, as of asOf, with the embedded rules: two speakers of different
// sides in one article, one saying a provision is being kept and the other that it
// is not; or a required party disowning a provision's term, paired with the term's
// own text (speaker AGREEMENT). Nothing published or dated after asOf is used.
func Conflicts(ags []Agreement, rec Record, asOf time.Time) []Conflict {
	return DefaultRules().Conflicts(ags, rec, asOf)
}

// Conflicts is the package's Conflicts with the rules of r.
func (r *Rules) Conflicts(ags []Agreement, rec Record, asOf time.Time) []Conflict {
	vis := observations(rec, ags, func(o *observation) bool { return visibleOn(o, asOf) })
	var out []Conflict
	pcs := r.pairs(ags, vis, rec)
	// A rebuttal naming what it answers, whose answered claim speaks of the
	// answering side ("rejected the charge" after "the Chinese side had tried to put
	// up a structure"), and that claim belong together, neither with another of the
	// provision's claims.
	owner := map[*observation]*observation{}
	for _, o := range vis {
		if k, _ := r.rebuttalOf(o); k == namesClaim {
			if c, named := r.answered(o, vis); named {
				owner[o] = c
			}
		}
	}
	answer := map[*observation]*observation{} // the claims owner holds, to their rebuttal
	for o, c := range owner {
		answer[c] = o
	}
	pcs = slices.DeleteFunc(pcs, func(pc pairConflict) bool {
		for _, x := range []*observation{pc.a, pc.b} {
			if c, ok := owner[x]; ok && pc.a != c && pc.b != c {
				return true
			}
			if o, ok := answer[x]; ok && pc.a != o && pc.b != o {
				return true
			}
		}
		return false
	})
	paired := pairedIn(pcs)
	pcs = append(pcs, r.rebuttals(vis, paired)...)
	pcs = append(pcs, r.negations(vis, paired)...)
	pcs = append(pcs, r.stayingDisputes(ags, vis, paired)...)
	pcs = append(pcs, r.counterAccounts(vis, paired)...)
	pcs = append(pcs, r.juxtaposedAccounts(vis, paired)...)
	for _, pc := range pcs {
		c := Conflict{A: claimOf(pc.a), Reason: pc.reason}
		if pc.provision.ID != "" && !pc.loose {
			id := pc.provision.ID
			c.ProvisionID = &id
		}
		if pc.b != nil {
			c.B = claimOf(pc.b)
			if pc.speakerB != "" {
				c.B.Speaker = Speaker{Code: pc.speakerB, Name: pc.speakerB}
			}
		} else {
			c.B = Claim{Speaker: Speaker{Code: "AGREEMENT", Name: pc.agreement.Name},
				Text: pc.provision.Evidence.Text, ArticleID: pc.provision.Evidence.ArticleID,
				Start: pc.provision.Evidence.Start, End: pc.provision.Evidence.End}
		}
		out = append(out, c)
	}
	return out
}

func claimOf(o *observation) Claim {
	return Claim{Speaker: Speaker{Code: o.speaker, Name: o.speakerName}, Text: o.ev.Text,
		ArticleID: o.ev.ArticleID, Start: o.ev.Start, End: o.ev.End}
}

// pairConflict is a conflict before it becomes a Conflict; b nil means the
// provision's own text.
type pairConflict struct {
	a, b      *observation
	agreement Agreement
	provision Provision
	key       pkey
	side      string // the obligor the claims are about
	// other is, when each side blames the other, the second side accused (side
	// the first): the breaches of both are in dispute.
	other  string
	reason string
	// rebuttal: one claim only denies the other's accusation; such a pair disputes
	// an obligation that holds over a period, not a one-off act's reported facts
	rebuttal bool
	// loose: one claim names neither the provision's act nor its object nor the
	// deal as a whole (only its truce): the pair has no provision and disputes
	// none.
	loose bool
	// speakerB is b's speaker when the article states b in its own voice and the
	// pairing found who speaks ("Kinshasa called the handover a sham").
	speakerB string
}

// pairedIn returns the observations the pairs hold.
func pairedIn(pcs []pairConflict) map[*observation]bool {
	paired := map[*observation]bool{}
	for _, pc := range pcs {
		paired[pc.a] = true
		if pc.b != nil {
			paired[pc.b] = true
		}
	}
	return paired
}

// stance is +1 when o says p is being kept, -1 when it says p is not, 0 otherwise
// (the sieve rules out beforehand what it gives 0 for, see read).
// Cue words speak of the actor named just before them (or the speaker): "Russian
// forces had respected the moratorium and it was Kyiv that had failed" keeps
// Russia's pledge and breaks Ukraine's.
func (r *Rules) stance(k pkey, p Provision, o *observation, start time.Time) (int, string) {
	if o.narrative || o.speaker == "" {
		return 0, ""
	}
	if !start.IsZero() && o.date.Before(start) {
		return 0, ""
	}
	c := r.cuesOfObs(o)
	if c["hypothetical"] || r.disowns(o) || c["unverified"] {
		// A threat or a condition asserts nothing; a party disowning a term says
		// what it is not bound to, not what happened (it is paired with the
		// term); a speaker who could not confirm says neither.
		return 0, ""
	}
	rd := r.readMemo(k, p, o, start)
	side := rd.agent
	if side == "" && rd.kind == readBreach {
		// "armed terrorist groups fired on the convoy", said by one party: a
		// speaker blames the other side, never its own.
		side = r.otherSide(p, o.speaker)
		if side == "" && r.standsAny(p.Obligor, []string{o.speaker}) && !c["justify"] {
			// A party reporting an act no one is named doing ("rockets were
			// fired from Gaza") does not accuse itself.
			return 0, ""
		}
		if side == "" && len(p.Obligor) == 1 && p.Obligor[0] == Root(o.speaker) && !r.state(o.speaker[3:]) {
			// "called the shooting a plain violation of the truce", said by
			// Hamas of a truce binding the Palestinians: a movement of a
			// people does not accuse that people.
			return 0, ""
		}
	}
	if side == "" && len(p.Obligor) == 1 {
		side = p.Obligor[0]
	}
	if rd.kind == readBreach && side != "" && r.Stands(side, o.speaker) && c["justify"] {
		// "soldiers fired warning shots", "its units had only taken measures in
		// response": a party telling its own act as within the terms denies the
		// breach it is accused of.
		return 1, side
	}
	if rd.kind == readBreach && side != "" && r.Stands(side, o.speaker) && r.respondsTo(o.words) {
		// "Israeli aircraft struck Hamas sites after balloons set fields
		// alight, the military said": a party telling its own act as the
		// answer to another's blames the other side.
		if other := r.otherSide(p, o.speaker); other != "" {
			return -1, other
		}
	}
	if rd.kind == readComply && rd.agent == "" && !selfRef(o.words) && c["negative"] && o.match(r.Forbid[p.Action]) >= 0 {
		// "No rockets have been fired from Gaza, the army said": a party
		// telling of an act no one did, without "its" or "our", speaks of the
		// other side's restraint, not of its own.
		if len(p.Obligor) == 1 && r.Stands(p.Obligor[0], o.speaker) {
			return 0, ""
		}
		if other := r.otherSide(p, o.speaker); other != "" && opensClause(o.words, o.match(r.Cues["negative"])) {
			// Only when the act has no subject ("no rockets were fired"): "the
			// air force had carried out no raids" keeps the speaker's own word.
			return 1, other
		}
	}
	switch rd.kind {
	case readDone, readComply:
		if r.ceasedComplying(o) {
			// "the Syrian government had stopped honouring the accord": a
			// party said to have stopped keeping the deal keeps it no more.
			return -1, side
		}
		if c["fault"] {
			// "had handed in only a fraction of their arsenal": done, but not as
			// promised.
			return -1, side
		}
		return 1, side
	case readNotDone, readBreach:
		return -1, side
	case readRefusal:
		// A refusal states what a party will not do, not what happened: it
		// contradicts no report of the facts (a party disowning the term is
		// paired with the term itself).
		return 0, ""
	}
	topical := c["refer"] || o.match(r.Implement[p.Action]) >= 0 || o.match(r.objectWords(p)) >= 0
	if !topical {
		return 0, ""
	}
	for _, k := range []struct {
		cue  string
		sign int
	}{{"comply", 1}, {"deny", 1}, {"violate", -1}, {"negative", -1}, {"keep", 1}, {"fault", -1}, {"binding", 1}} {
		i := o.match(r.Cues[k.cue])
		if i < 0 || k.cue == "comply" && r.keptDoing(o.words, i) {
			continue
		}
		judges := k.cue == "keep" || k.cue == "fault" || k.cue == "binding"

		agent := o.agentBefore(i)
		if judges {
			agent = o.actorBefore(i) // "their side of the bargain" is the subject's
		}
		if k.cue == "violate" {
			agent = o.actorBefore(i) // the accuser may be "it", never the accused
		}
		sign := k.sign
		if k.cue == "comply" && (r.negatedAt(o.words, i) || r.ceasedComplying(o)) {
			sign = -1
		}
		// "not a breach by the movement", "had not violated the truce": a
		// breach negated denies the charge, for the side it names or, named
		// by no one, the speaker's own.
		denied := k.cue == "violate" && r.negatedAt(o.words, i)
		if denied {
			sign = 1
		}
		if k.cue == "violate" {
			// "X accused Y of ...", "the violations had been committed by India":
			// the accused follows, when it is bound by p; "Russia had broken the
			// treaty ... with Georgia's breakaway regions" names the breaker
			// first.
			if a := o.actorAfter(i); a != "" && (r.obligorIn(p, []string{a}) != "" || r.obligorIn(p, []string{agent}) == "") {
				agent = a
			}
		}
		fromSource := agent == ""
		if agent == "" {
			agent = o.sourceBefore(i)
		}
		if agent == "" && denied {
			agent = o.speaker
		}
		if k.cue == "violate" && fromSource && r.sameSide(agent, o.speaker) && !c["mutual"] && !denied {
			// "called the shooting a plain violation of the truce": the accused
			// found only as an earlier sentence's source is never the speaker's
			// side, but the other obligor, or the only one when the speaker is
			// none.
			agent = r.otherSide(p, o.speaker)
			if agent == "" && len(p.Obligor) == 1 && !r.standsAny(p.Obligor, []string{o.speaker}) {
				agent = p.Obligor[0]
			}
			if agent == "" {
				continue
			}
		}
		if side := r.obligorIn(p, []string{agent}); side != "" {
			return sign, side
		}
		if agent == "" && judges {
			// "the rebels had kept their side of the bargain", "there were
			// discrepancies in the list": words that judge the provision's own
			// performance speak of its obligor when it has one, else of no side.
			if len(p.Obligor) == 1 {
				return sign, p.Obligor[0]
			}
			return sign, ""
		}
	}
	return 0, ""
}

// ceasedComplying reports whether o's first word of keeping a deal follows a word
// of stopping ("had stopped honouring the accord", "ceased respecting the truce").
func (r *Rules) ceasedComplying(o *observation) bool {
	i := o.match(r.Cues["comply"])
	return i > 0 && r.Cues["ceased"].MatchWord(o.words[i-1])
}

// speaksOfDeal reports whether o speaks of the deal as a whole: it names it
// (namesWholeDeal) or judges how it was kept ("kept their side of the bargain",
// "only a fraction").
func (r *Rules) speaksOfDeal(o *observation) bool {
	c := r.cuesOfObs(o)
	return c["keep"] || c["fault"] || c["binding"] || r.namesWholeDeal(o.words)
}

// namesWholeDeal reports whether words name the deal as a whole (the whole words:
// the memorandum, the agreement), not its truce.
func (r *Rules) namesWholeDeal(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool {
		return r.Cues["whole"].MatchWord(w) && w != "truce" && w != "ceasefire"
	})
}

// otherSide returns the one obligor of p that speaker does not stand for when it
// stands for another, or "".
func (r *Rules) otherSide(p Provision, speaker string) string {
	if speaker == "" || !r.standsAny(p.Obligor, []string{speaker}) {
		return ""
	}
	other := ""
	for _, ob := range p.Obligor {
		if !r.Stands(ob, speaker) {
			if other != "" {
				return ""
			}
			other = ob
		}
	}
	return other
}

// pairs finds the conflicting claims about each provision of ags among obs.
func (r *Rules) pairs(ags []Agreement, obs []*observation, rec Record) []pairConflict {
	var out []pairConflict
	var scores []int // parallel to out
	used := map[[2]*observation]int{}
	disowned := r.disowned(ags, obs)
	type stand struct {
		o      *observation
		side   string
		rebuts bool
	}
	for ai, a := range ags {
		for pi, p := range a.Provisions {
			pk := pkey{ai, pi}
			start := effective(a, p, rec)
			var pos, neg []stand
			for _, o := range obs {
				sign, side := r.stanceMemo(pk, p, o, start)
				switch sign {
				case 1:
					pos = append(pos, stand{o, side, false})
				case -1:
					neg = append(neg, stand{o, side, false})
				}
				if disowned[o] == "" && sign == -1 && r.vowsAgainst(p, o, side) {
					out = append(out, pairConflict{a: o, agreement: a, provision: p, key: pk,
						reason: o.speakerName + " vows its side will do what the term rules out"})
					scores = append(scores, 0)
				}
				if disowned[o] == p.ID {
					out = append(out, pairConflict{a: o, agreement: a, provision: p, key: pk,
						reason: o.speakerName + " disowns the term"})
					scores = append(scores, 0)
				} else if disowned[o] == "" && r.deniesPremise(a, p, o) {
					out = append(out, pairConflict{a: o, agreement: a, provision: p, key: pk,
						reason: o.speakerName + " says none of what the term is to withdraw was there when it was agreed"})
					scores = append(scores, 0)
				}
			}
			// Claims conflict only within one article: pair them there.
			negBy := map[string][]int{} // indices into neg
			for i, y := range neg {
				negBy[y.o.ev.ArticleID] = append(negBy[y.o.ev.ArticleID], i)
			}
			// "The Kremlin rejected the accusation": a rebuttal of the accusation
			// just before it, by the side accused.
			for _, o := range obs {
				if !r.rebuts(o) {
					continue
				}
				var last *stand
				for _, i := range negBy[o.ev.ArticleID] {
					if y := neg[i]; y.o.ev.End <= o.ev.Start && (last == nil || y.o.ev.Start > last.o.ev.Start) {
						last = &neg[i]
					}
				}
				if last == nil {
					continue
				}
				side := last.side
				if side == "" && !r.sameSide(last.o.speaker, o.speaker) {
					// The accusation named no one ("still holding back 3,000
					// prisoners"): the obligor rejecting it is the accused.
					side = r.obligorIn(p, []string{o.speaker})
				}
				if side != "" && r.Stands(side, o.speaker) {
					if s, _ := r.stanceMemo(pk, p, o, start); s == 0 {
						pos = append(pos, stand{o, side, true})
					}
				}
			}
			add := func(x, y stand, side, reason string) *pairConflict {
				if x.o.ev.ArticleID != y.o.ev.ArticleID || r.sameSide(x.o.speaker, y.o.speaker) {
					return nil
				}
				k := [2]*observation{x.o, y.o}
				if x.o.ev.Start > y.o.ev.Start {
					k = [2]*observation{y.o, x.o}
				}
				sx, sy := r.topicScore(p, x.o), r.topicScore(p, y.o)
				score := sx + sy
				pc := pairConflict{a: k[0], b: k[1], agreement: a, provision: p, key: pk, side: side, reason: reason, rebuttal: x.rebuts || y.rebuts}
				if !r.continuing(p) && (sx == 0 && !r.speaksOfDeal(x.o) || sy == 0 && !r.speaksOfDeal(y.o)) {
					// "the government was keeping to the ceasefire" against "the
					// militias have not been disarmed": the claims contradict
					// each other, but one names nothing of this duty, which
					// they leave undisputed.
					pc.loose = true
				}
				if i, ok := used[k]; ok {
					if score > scores[i] {
						scores[i] = score
						out[i] = pc
					}
					return &out[i]
				}
				used[k] = len(out)
				scores = append(scores, score)
				out = append(out, pc)
				return &out[len(out)-1]
			}
			for _, x := range pos {
				for _, i := range negBy[x.o.ev.ArticleID] {
					y := neg[i]
					if !r.judgedAlike(x.o, y.o) {
						continue
					}
					if x.side == y.side || x.side == "" || y.side == "" {
						side := x.side + y.side
						if x.side != "" && y.side != "" {
							side = x.side
						}
						add(x, y, side, "one says "+side+" keeps the provision, the other that it does not")
					}
				}
			}
			// Each side blaming the other for breaking an obligation that holds.
			for i, x := range neg {
				if !r.continuing(p) {
					break
				}
				for _, j := range negBy[x.o.ev.ArticleID] {
					if j <= i {
						continue
					}
					y := neg[j]
					if x.side != "" && y.side != "" && x.side != y.side &&
						!r.Stands(x.side, x.o.speaker) && !r.Stands(y.side, y.o.speaker) &&
						r.Stands(x.side, y.o.speaker) && r.Stands(y.side, x.o.speaker) {
						if pc := add(x, y, x.side, mutualBlame); pc != nil && pc.reason == mutualBlame {
							pc.other = y.side
						}
					}
				}
			}
		}
	}
	// Each side's accusation answered by the other's denial makes two pairs of
	// their own; the two accusations are then no third.
	answered := map[*observation]bool{}
	for _, pc := range out {
		if pc.reason != mutualBlame && pc.b != nil {
			answered[pc.a], answered[pc.b] = true, true
		}
	}
	return slices.DeleteFunc(out, func(pc pairConflict) bool {
		return pc.reason == mutualBlame && answered[pc.a] && answered[pc.b]
	})
}

// judgedAlike reports whether two claims of opposite stance speak of the same
// thing: a claim that the deal or a ruling is binding contradicts only another
// judgement of it ("wrongly placed the town", "not legally binding"), not a report
// of what a party did or will do ("would never allow Kosovo to join").
func (r *Rules) judgedAlike(x, y *observation) bool {
	judges := func(o *observation) bool {
		c := r.cuesOfObs(o)
		return c["fault"] || c["keep"] || c["binding"]
	}
	if r.cuesOfObs(x)["binding"] || r.cuesOfObs(y)["binding"] {
		return judges(x) && judges(y)
	}
	return true
}

const mutualBlame = "each side says the other broke the provision"

// rebuts reports whether o is a speaker's rebuttal of an accusation ("rejected the
// accusation", "denied the charges").
func (r *Rules) rebuts(o *observation) bool {
	if o.narrative || o.speaker == "" {
		return false
	}
	i := o.match(r.Cues["deny"])
	return i >= 0 && rebuttalAt(o.words, i)
}

// rebuttalAt reports whether the word of denial at i answers an accusation: a noun
// of accusation follows within three words ("rejected the charge", "denied the
// allegations").
func rebuttalAt(words []string, i int) bool {
	for _, w := range words[i+1 : min(len(words), i+4)] {
		switch {
		case strings.HasPrefix(w, "accusation"), strings.HasPrefix(w, "allegation"),
			strings.HasPrefix(w, "claim"), strings.HasPrefix(w, "charge"):
			return true
		}
	}
	return false
}

// topicScore counts the words of p's action and object that o names: a pair of
// claims belongs to the provision it names most.
func (r *Rules) topicScore(p Provision, o *observation) int {
	n := objectScore(r.objectWords(p), o.words)
	for _, w := range r.Implement[p.Action].Words {
		if o.match(wordRule(w)) >= 0 {
			n++
		}
	}
	return n
}

// disowned maps each claim by a required party that disowns a term ("there is no
// commitment to releasing 5,000 prisoners") to the provision it disowns: the one
// whose action or object is named soonest after the disowning words.
func (r *Rules) disowned(ags []Agreement, obs []*observation) map[*observation]string {
	out := map[*observation]string{}
	for _, o := range obs {
		if o.narrative || o.speaker == "" {
			continue
		}
		i := o.match(r.Cues["disown"])
		if i < 0 || !r.disowns(o) {
			continue
		}
		// What is disowned follows the words ("no commitment to releasing ...")
		// or, when they are a predicate, stands before them ("the truce did not
		// apply to the town"); the nearer wins, what follows on a tie.
		after := o.words[i:]
		before := o.words[:i]
		best := len(o.words) + 1
		for _, a := range ags {
			for _, p := range a.Provisions {
				if !r.required(p, o.speaker) {
					continue
				}
				d := nearestNamed(r, p, after)
				if k := nearestNamed(r, p, reversed(before)); k >= 0 && (d < 0 || k+1 < d) {
					d = k + 1
				}
				if d >= 0 && d < best {
					best, out[o] = d, p.ID
				}
			}
		}
	}
	return out
}

// deniesPremise reports whether o, said by an obligor of a pullback, denies that
// what is to leave was there when the deal was made: it negates the object's
// presence and dates its absence from before the signing ("there were no Armenian
// army units in Nagorno-Karabakh and had been none since 2021"); the claim
// contradicts the term itself.
func (r *Rules) deniesPremise(a Agreement, p Provision, o *observation) bool {
	if p.Action != Withdraw || o.narrative || o.speaker == "" || !r.standsAny(p.Obligor, []string{o.speaker}) {
		return false
	}
	signed := parseDate(a.Signed)
	obj := r.objectWords(p)
	oi := o.match(obj)
	if signed.IsZero() || oi < 0 || !r.negatedAt(o.words, oi) {
		return false
	}
	for i, w := range o.words[:len(o.words)-1] {
		if w != "since" {
			continue
		}
		if y, err := strconv.Atoi(o.words[i+1]); err == nil && y > 1900 && y < signed.Year() {
			return true
		}
	}
	return false
}

// vowsAgainst reports whether o, read as saying side breaks p, is a vow of p's
// obligor that its own side will do what a ban rules out ("Serbia would never allow
// Kosovo to join the United Nations" against "Serbia will not object to Kosovo's
// membership"): the claim contradicts the term itself.
func (r *Rules) vowsAgainst(p Provision, o *observation, side string) bool {
	if p.Action != Prohibit || side == "" || !r.Stands(side, o.speaker) || !r.standsAny(p.Obligor, []string{o.speaker}) {
		return false
	}
	i := o.match(r.Cues["negative"])
	return i > 0 && (o.words[i-1] == "would" || o.words[i-1] == "will") && r.topicScore(p, o) > 0
}

// disowns reports whether o disowns a term ("there is no commitment to releasing
// 5,000 prisoners"): words of disowning, and no word saying the speaker's side kept
// its commitment ("the memorandum drew no such distinction and Israel had kept its
// word" holds the term done, as the speaker reads it).
func (r *Rules) disowns(o *observation) bool {
	c := r.cuesOfObs(o)
	return c["disown"] && !c["comply"] && !c["keep"]
}

// required reports whether speaker is an obligor or beneficiary of p.
func (r *Rules) required(p Provision, speaker string) bool {
	return r.standsAny(p.Obligor, []string{speaker}) || r.standsAny(p.Beneficiary, []string{speaker})
}

// stanceMemo is stance, computed once per provision and observation.
func (r *Rules) stanceMemo(k pkey, p Provision, o *observation, start time.Time) (int, string) {
	mk := memoKey{k, start.Unix()}
	if v, ok := o.stances[mk]; ok {
		return v.sign, v.side
	}
	sign, side := r.stance(k, p, o, start)
	if o.stances == nil {
		o.stances = map[memoKey]stanceOf{}
	}
	o.stances[mk] = stanceOf{sign, side}
	return sign, side
}

type stanceOf struct {
	sign int
	side string
}

// nearestNamed returns the index of the first of words naming p's action or object,
// or -1.
func nearestNamed(r *Rules, p Provision, words []string) int {
	j := r.Implement[p.Action].MatchAny(words)
	if k := r.objectWords(p).MatchAny(words); k >= 0 && (j < 0 || k < j) {
		j = k
	}
	return j
}

func reversed(words []string) []string {
	out := slices.Clone(words)
	slices.Reverse(out)
	return out
}

// sameSide reports whether two speakers speak for one side: the same actor, one
// under the other, or two state organs of one country. A country's government and
// its rebels or opposition (UKRMIL and UKRREB, NPLGOV and NPLOPP) are two sides, and
// so are its lawmakers and its executive (IRQLEG and IRQMIL): a deputy accusing the
// army speaks for his bloc, not for the state the ministry answers for.
func (r *Rules) sameSide(a, b string) bool {
	return Root(a) == Root(b) && (r.Stands(a, b) || r.Stands(b, a)) && legislator(a) == legislator(b)
}

// legislator reports whether code is a country's lawmakers ("IRQLEG").
func legislator(code string) bool {
	return len(code) >= 6 && !international(code) && code[3:6] == "LEG"
}

// respondsTo reports whether words tell an act as the answer to another: "after"
// opens a clause of at least four words that names no time, number or deal
// and no saying ("after balloons carrying incendiary devices set fields alight",
// not "after midnight", "after the truce took effect", "after 20 minutes", "after
// the army said").
func (r *Rules) respondsTo(words []string) bool {
	for i, w := range words {
		if w != "after" {
			continue
		}
		n := 0
		for _, x := range words[i+1:] {
			if x == "," || x == ";" || x == "." || x == "but" || x == "while" {
				break
			}
			if isNumber(x) || sayingWord(x) || r.Cues["time"].MatchWord(x) || r.Cues["pact"].MatchWord(x) || r.Cues["refer"].MatchWord(x) ||
				r.Cues["begin"].MatchWord(x) || r.Cues["begins"].MatchWord(x) {
				n = -1
				break
			}
			n++
		}
		if n >= 4 {
			return true
		}
	}
	return false
}

// opensClause reports whether word i opens a clause: it begins the sentence or
// follows a comma or the word introducing reported speech ("No rockets have been
// fired", "said that no rockets had been fired"), so nothing before it is its
// subject.
func opensClause(words []string, i int) bool {
	if i <= 0 {
		return i == 0
	}
	switch words[i-1] {
	case ",", "that", "said", "says":
		return true
	}
	return false
}
