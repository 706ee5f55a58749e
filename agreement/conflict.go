package agreement

import (
	"slices"
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
	obs := termless(observations(rec), ags)
	vis := obs[:0:0]
	for _, o := range visible(obs, asOf) {
		vis = append(vis, *o)
	}
	ptrs := make([]*observation, len(vis))
	for i := range vis {
		ptrs[i] = &vis[i]
	}
	var out []Conflict
	for _, pc := range r.pairs(ags, ptrs) {
		id := pc.provision.ID
		c := Conflict{A: claimOf(pc.a), ProvisionID: &id, Reason: pc.reason}
		if pc.b != nil {
			c.B = claimOf(pc.b)
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
	reason    string
}

// stance is +1 when o says p is being kept, -1 when it says p is not, 0 otherwise.
// Cue words speak of the actor named just before them (or the speaker): "Russian
// forces had respected the moratorium and it was Kyiv that had failed" keeps
// Russia's pledge and breaks Ukraine's.
func (r *Rules) stance(p Provision, o *observation, start time.Time) int {
	if o.narrative || o.speaker == "" {
		return 0
	}
	if !start.IsZero() && o.date.Before(start) {
		return 0
	}
	c := r.cuesOf(o.words)
	topical := c["refer"] || r.Implement[p.Action].MatchAny(o.words) >= 0 || r.objectWords(p).MatchAny(o.words) >= 0
	if topical {
		for _, k := range []struct {
			cue  string
			sign int
		}{{"comply", 1}, {"deny", 1}, {"violate", -1}, {"negative", -1}} {
			i := r.Cues[k.cue].MatchAny(o.words)
			if i < 0 {
				continue
			}
			agent := o.agentBefore(i)
			sign := k.sign
			if k.cue == "comply" && r.negatedAt(o.words, i) {
				sign = -1
			}
			if k.cue == "violate" {
				// "X accused Y of ...": the accused follows.
				if a := o.actorAfter(i); a != "" {
					agent = a
				}
			}
			if r.standsAny(p.Obligor, []string{agent}) {
				return sign
			}
		}
	}
	switch rd := r.read(p, o, start); rd.kind {
	case readDone, readComply:
		return 1
	case readNotDone, readBreach, readRefusal:
		return -1
	}
	return 0
}

// pairs finds the conflicting claims about each provision of ags among obs.
func (r *Rules) pairs(ags []Agreement, obs []*observation) []pairConflict {
	var out []pairConflict
	used := map[[2]*observation]bool{}
	disowned := r.disowned(ags, obs)
	for _, a := range ags {
		start := parseDate(a.Signed)
		for _, p := range a.Provisions {
			var pos, neg []*observation
			for _, o := range obs {
				switch r.stance(p, o, start) {
				case 1:
					pos = append(pos, o)
				case -1:
					neg = append(neg, o)
					if disowned[o] == p.ID {
						out = append(out, pairConflict{a: o, agreement: a, provision: p,
							reason: o.speakerName + " disowns the term"})
					}
				}
			}
			for _, x := range pos {
				for _, y := range neg {
					if x.ev.ArticleID != y.ev.ArticleID || root(x.speaker) == root(y.speaker) {
						continue
					}
					k := [2]*observation{x, y}
					if x.ev.Start > y.ev.Start {
						k = [2]*observation{y, x}
					}
					if used[k] {
						continue
					}
					used[k] = true
					out = append(out, pairConflict{a: k[0], b: k[1], agreement: a, provision: p,
						reason: "one side says the provision is being kept, the other that it is not"})
				}
			}
		}
	}
	return out
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
		i := r.Cues["disown"].MatchAny(o.words)
		if i < 0 {
			continue
		}
		after := o.words[i:]
		best := len(after)
		for _, a := range ags {
			for _, p := range a.Provisions {
				if !r.required(p, o.speaker) {
					continue
				}
				j := r.Implement[p.Action].MatchAny(after)
				if k := r.objectWords(p).MatchAny(after); k >= 0 && (j < 0 || k < j) {
					j = k
				}
				if j >= 0 && j < best {
					best, out[o] = j, p.ID
				}
			}
		}
	}
	return out
}

// required reports whether speaker is an obligor or beneficiary of p.
func (r *Rules) required(p Provision, speaker string) bool {
	return r.standsAny(p.Obligor, []string{speaker}) || r.standsAny(p.Beneficiary, []string{speaker})
}

// disputes returns, by provision id, the evidence of the conflicting claims about it.
func (r *Rules) disputes(ags []Agreement, vis []*observation) map[string][]Evidence {
	out := map[string][]Evidence{}
	for _, pc := range r.pairs(ags, vis) {
		if pc.b == nil {
			continue
		}
		ev := out[pc.provision.ID]
		for _, e := range []Evidence{pc.a.ev, pc.b.ev} {
			if !slices.ContainsFunc(ev, func(x Evidence) bool { return overlaps(x, e) }) {
				ev = append(ev, e)
			}
		}
		out[pc.provision.ID] = ev
	}
	return out
}
