package agreement

import (
	"slices"
	"strings"
	"time"
)

// sieve tells, before reading, the provisions an observation cannot say anything
// of: read gives readNone and stance 0 for them. Most sentences of a deal's record
// name none of its acts, objects or cue words, and are dropped after one look-up
// of each of their words.
//
// The sieve is a necessary condition read off the code of read, readContinuing,
// refusal, refuses and stance, path by path (may lists them); it must change with
// them. It asks of each word only which rule words it may be (wordIndex.mayMatch:
// whatever stands around it), so it may keep what they would drop, never the
// reverse. A sentence's cues are those of the cue index over its words, less some,
// with "violate" for a negated "comply" (cuesOf): a cue needs a word of its kind, or
// of "comply" for "violate".
type sieve struct {
	r     *Rules
	provs []sieveProvision // in the order of the agreements' provisions
	words map[string]*sieveWord
	// cue and cueRule are the bit in the cue index and the rule of each cue
	// kind the sieve asks of.
	cue     [len(sieveCueKinds)]ruleBits
	cueRule [len(sieveCueKinds)]WordRule
	// negative and troops are the rules of the negative cue and of the forces
	// a withdrawal moves.
	negative, troops WordRule
	acc              sieveWord // what the current observation's words may be
	// rules tells, for the compiled rules the sieve asks of words, where a
	// sieveWord holds what a word may be for it (observation.first).
	rules map[*wordIndex]sieveRule
	buf   []*sieveWord // the words of the current observation
	// byID holds what each word of the Rules' vocabulary may be, by its number,
	// once looked at (observation.ids).
	byID []*sieveWord
}

// sieveRule is where a sieveWord tells whether a word may match one rule: a cue
// kind's bit, the refusing words, or a flag of one provision.
type sieveRule struct {
	cue    ruleBits
	refuse bool
	prov   int
	flag   uint16
}

// may reports whether a word that may be sw may match the rule.
func (x sieveRule) may(sw *sieveWord) bool {
	switch {
	case !x.cue.empty():
		return sw.cues.meets(x.cue)
	case x.refuse:
		return sw.refuse
	}
	return sw.provs[x.prov]&x.flag != 0
}

// sieveProvision is what the sieve asks of one provision.
type sieveProvision struct {
	k     pkey
	p     Provision
	start time.Time // when it took effect
	// truceDue: a truce or a ban due by a date, done once and broken after (read's
	// breachOfDue).
	// ratification: a duty of kind other to ratify or approve (read's ratified).
	continuing, quantity, truceDue, ratification bool
	// several: more than one obligor, whose act the object's head noun may tell;
	// headAlone: several, and the object has no words of its own.
	several, headAlone bool
	obj, head, impl    WordRule
	forbid, forces     WordRule
}

// sieveWord is what a word, or an observation's words together, may be.
type sieveWord struct {
	cues   ruleBits // cue kinds (cueIndex bits)
	refuse bool     // a refusing word
	accus  bool     // a word of accusation ("accused")
	// negOther is a negative word that may name a thing missing ("no troops",
	// absent): not "not", "neither" or a verb's negator
	negOther bool
	provs    []uint16
	hot      bool // some of provs is not 0: most words are none of a deal's
}

// What a word may be for one provision.
const (
	sieveObj      = 1 << iota // a word of its object (objectWords)
	sieveHead                 // of its object's head noun (objectHead)
	sieveImpl                 // of its action (Implement)
	sieveForbid               // of the acts it forbids (Forbid)
	sieveForces               // of the forces a withdrawal moves
	sieveCompound             // holding a long object word inside it (compound)
	sieveObjOther             // of its object and no word of forces (a place taken over)
	// for an event, not a word
	sieveImplCode   // coded with a CAMEO code of its action
	sieveImplLemma  // its verb a word of its action
	sieveForbidCode // coded with a CAMEO code of the acts it forbids
)

// The cue kinds the sieve asks of, numbered as sieveCueKinds names them.
const (
	cueAgree sieveCue = iota
	cueInstrument
	cueBegin
	cueComply
	cueDeny
	cueEnded
	cueFault
	cueHeld
	cueKeep
	cueBinding
	cueMutual
	cueNegative
	cueRefer
	cueRemain
	cueSupersede
	cueTakeover
	cueRatify
	cueAwaiting
	cuePresent
	cueViolate
	cueWhole
	cueSuspend
	cuePact
	cueCollapse
	cueResume
	cueFighting
	cueCap
	cueRenounce
	cueConcluded
)

// sieveCue numbers a cue kind the sieve asks of.
type sieveCue uint8

var sieveCueKinds = [...]string{cueAgree: "agree", cueInstrument: "instrument", cueBegin: "begin", cueComply: "comply", cueDeny: "deny", cueEnded: "ended", cueFault: "fault", cueHeld: "held", cueKeep: "keep", cueBinding: "binding", cueMutual: "mutual", cueNegative: "negative", cueRefer: "refer", cueRemain: "remain", cueSupersede: "supersede", cueTakeover: "takeover", cueRatify: "ratify", cueAwaiting: "awaiting", cuePresent: "present", cueViolate: "violate", cueWhole: "whole", cueSuspend: "suspend", cuePact: "pact", cueCollapse: "collapse", cueResume: "resume", cueFighting: "fighting", cueCap: "cap", cueRenounce: "renounce", cueConcluded: "concluded"}

func (r *Rules) newSieve(ags []Agreement, starts map[pkey]time.Time) *sieve {
	r.cueOnce.Do(r.compileCues)
	s := &sieve{r: r, words: map[string]*sieveWord{},
		negative: r.Cues["negative"].compiled(), troops: r.Objects["troops"].compiled()}
	for k, kind := range sieveCueKinds {
		s.cue[k], s.cueRule[k] = r.cueBit(kind), r.Cues[kind].compiled()
	}
	for ai, a := range ags {
		for pi, p := range a.Provisions {
			obj := r.objectWords(p)
			forces := obj
			if p.Action == Withdraw || p.Action == Reduce {
				forces = memoRule(&r.forceRules, phraseKey{p.Object, p.Unit, true}, func() WordRule {
					return NewWordRule(nil, append(slices.Clone(obj.Words), r.Objects["troops"].Words...))
				})
			}
			s.provs = append(s.provs, sieveProvision{k: pkey{ai, pi}, p: p, start: starts[pkey{ai, pi}], continuing: r.continuing(p), truceDue: r.truceDue(p), quantity: p.Quantity != nil, ratification: r.ratification(p),
				several: len(p.Obligor) > 1, headAlone: len(p.Obligor) > 1 && (p.Object == "" || len(obj.Words) == 0),
				obj: obj.compiled(), head: r.objectHead(p).compiled(), impl: r.implementOf(p).compiled(),
				forbid: r.Forbid[p.Action].compiled(), forces: forces.compiled()})
		}
	}
	s.acc.provs = make([]uint16, len(s.provs))
	s.rules = map[*wordIndex]sieveRule{}
	for k, kind := range r.cueKinds {
		if c := r.Cues[kind]; c.idx != nil {
			s.rules[c.idx] = sieveRule{cue: ruleBit(k)}
		}
	}
	if r.Refuse.idx != nil {
		s.rules[r.Refuse.idx] = sieveRule{refuse: true}
	}
	for i, sp := range s.provs {
		for _, x := range []struct {
			w   WordRule
			bit uint16
		}{{sp.obj, sieveObj}, {sp.head, sieveHead}, {sp.impl, sieveImpl}, {sp.forbid, sieveForbid}, {sp.forces, sieveForces}} {
			if _, ok := s.rules[x.w.idx]; !ok {
				s.rules[x.w.idx] = sieveRule{prov: i, flag: x.bit}
			}
		}
	}
	return s
}

// word returns what w may be, worked out once.
func (s *sieve) word(w string) *sieveWord {
	if sw, ok := s.words[w]; ok {
		return sw
	}
	sw := &sieveWord{cues: s.r.cueIndex.mayMatch(w), refuse: !s.r.Refuse.compiled().idx.mayMatch(w).empty(),
		accus: strings.HasPrefix(w, "accus"), negOther: w != "not" && w != "neither" && !verbNegator[w] && s.negative.MatchWord(w), provs: make([]uint16, len(s.provs))}
	for i, sp := range s.provs {
		var f uint16
		for _, x := range []struct {
			w   WordRule
			bit uint16
		}{{sp.obj, sieveObj}, {sp.head, sieveHead}, {sp.impl, sieveImpl}, {sp.forbid, sieveForbid}, {sp.forces, sieveForces}} {
			if !x.w.idx.mayMatch(w).empty() {
				f |= x.bit
			}
		}
		if compound(sp.obj, []string{w}) {
			f |= sieveCompound
		}
		if f&sieveObj != 0 && !s.troops.MatchWord(w) {
			f |= sieveObjOther
		}
		sw.provs[i] = f
		sw.hot = sw.hot || f != 0
	}
	s.words[w] = sw
	return sw
}

// numbered is word(w) for the word numbered id.
func (s *sieve) numbered(id int32, w string) *sieveWord {
	if int(id) < len(s.byID) {
		if sw := s.byID[id]; sw != nil {
			return sw
		}
	} else {
		s.byID = slices.Grow(s.byID, int(id)+1-len(s.byID))[:id+1]
	}
	sw := s.word(w)
	s.byID[id] = sw
	return sw
}

// possible calls fn with each provision o may say something of.
func (s *sieve) possible(o *observation, fn func(k pkey, p Provision)) {
	acc := &s.acc
	acc.cues, acc.refuse, acc.accus, acc.negOther = ruleBits{}, false, false, false
	clear(acc.provs)
	s.buf = s.buf[:0]
	ids := o.ids
	if len(ids) != len(o.words) {
		ids = nil
	}
	for i, w := range o.words {
		var sw *sieveWord
		if ids != nil {
			sw = s.numbered(ids[i], w)
		} else {
			sw = s.word(w)
		}
		s.buf = append(s.buf, sw)
		acc.cues = acc.cues.or(sw.cues)
		acc.refuse = acc.refuse || sw.refuse
		acc.accus = acc.accus || sw.accus
		acc.negOther = acc.negOther || sw.negOther
		if sw.hot {
			for i, f := range sw.provs {
				acc.provs[i] |= f
			}
		}
	}
	refusedEv := false
	for _, e := range o.events {
		refusedEv = refusedEv || s.r.Modality[string(e.Modality)] == "refusal" || s.r.Refuse.MatchCameo(e.Cameo)
		for i, sp := range s.provs {
			if sp.impl.MatchCameo(e.Cameo) {
				acc.provs[i] |= sieveImplCode
			}
			if sp.impl.MatchWord(e.Lemma) {
				acc.provs[i] |= sieveImplLemma
			}
			if sp.forbid.MatchCameo(e.Cameo) {
				acc.provs[i] |= sieveForbidCode
			}
		}
	}
	o.sieve, o.sw = s, s.buf
	for i, sp := range s.provs {
		if s.may(i, o, acc.provs[i], refusedEv) {
			fn(sp.k, sp.p)
		}
	}
}

// keep lets o, which possible looked at last, keep what its words may be.
func (s *sieve) keep(o *observation) {
	o.sw = slices.Clone(o.sw)
}

// drop tells o to forget what its words may be: possible reuses the memory.
func (s *sieve) drop(o *observation) {
	o.sieve, o.sw = nil, nil
}

// may reports whether an observation whose words and events may be f for the
// provision numbered i, and the cues and flags of s.acc, may say something of it:
// each disjunct stands for the paths of read or stance that need it.
func (s *sieve) may(i int, o *observation, f uint16, refusedEv bool) bool {
	sp := s.provs[i]
	cue := func(kinds ...sieveCue) bool {
		for _, k := range kinds {
			if s.acc.cues.meets(s.cue[k]) {
				return true
			}
		}
		return false
	}
	// found: a word of the cue kind matched, where the words may hold one (a
	// phrase's first word may stand alone); read asks most cues as found.
	found := func(kinds ...sieveCue) bool {
		for _, k := range kinds {
			if s.acc.cues.meets(s.cue[k]) && o.match(s.cueRule[k]) >= 0 {
				return true
			}
		}
		return false
	}
	has := func(bits uint16) bool { return f&bits != 0 }
	named, namedKnown := false, false
	mentions := func() bool { // an obligor is an actor, the speaker or an event's source
		if !namedKnown {
			named, namedKnown = s.r.mentions(sp.p, o), true
		}
		return named
	}
	obj, impl, action := has(sieveObj), has(sieveImpl), sp.p.Action
	// actHit: a word of the action (actWord), an event of the action by code or,
	// with the object named, by verb; for kind other, object words, or a word of
	// ratification for a duty to ratify.
	act := impl || has(sieveImplCode|sieveImplLemma) || action == Other && (obj || sp.ratification && cue(cueRatify))
	// thirdParty: told in the article's voice or a speaker's; subjectless: told so
	// in the past with no actor and no event (read's actSubject).
	thirdParty := o.narrative || o.speaker != ""
	subjectless := thirdParty && o.past && len(o.actors) == 0 && len(o.events) == 0
	// refusal: an obligor (an actor or the speaker) refusing in words, or a
	// refused event of an obligor's; refuses: the action, the object, the deal or a
	// compound of the object named after it; and the sentence dated after start.
	// or a suspension of the deal by an obligor: a suspending word, a deal's noun
	// or a word of ratification; or the deal the sentence before names, halted by
	// a pronoun ("voted to cancel it").
	// A party renouncing the deal ("no longer bound by it", "withdrew from the
	// accord"): a renouncing word, and a deal's noun or one in the sentence before.
	refusal := (cue(cueSuspend) && cue(cuePact, cueRatify) || o.dealBefore && s.r.suspendsDealBefore(o) >= 0 ||
		cue(cueRenounce) && (cue(cuePact) || o.dealBefore)) && o.date.After(sp.start) && mentions() ||
		(s.acc.refuse && (len(o.actors) > 0 || o.speaker != "") || refusedEv) &&
			(impl || obj || cue(cueWhole) || has(sieveCompound|sieveHead)) && o.date.After(sp.start) && mentions() ||
		// a passive refusal of the one obligor's duty, its object's head the subject
		// ("was turned down")
		s.acc.refuse && len(sp.p.Obligor) == 1 && has(sieveHead) && o.date.After(sp.start)
	// supersession: a postponing word, an agreement, an instrument or a word of
	// signing, the object.
	read := refusal || cue(cueSupersede) && cue(cueAgree, cueInstrument, cueConcluded) && obj
	if sp.continuing || sp.truceDue {
		// A forbidden word counts with an obligor named (denied, done, not done),
		// or negated in a sentence that tells the deal holding.
		negatedForbid := has(sieveForbid) && (found(cueNegative) || s.r.noSpeaker(o))
		read = read ||
			has(sieveForbidCode) || // forbidden, a denied breach
			cue(cueRatify) && cue(cueAwaiting) || // not yet in force
			cue(cueViolate, cueComply) && cue(cueMutual) || // the parties accuse each other
			sp.quantity && (obj || found(cueCap)) || // within or above a cap, in figures or words
			// a denied act, a forbidden act, not fired a shot; or a forbidden act of a
			// truce of several sides told with no actor where its object is
			has(sieveForbid) && (mentions() || sp.several && obj && o.narrative && len(o.actors) == 0) ||
			cue(cueEnded) && (act || cue(cueWhole)) || // ran its term
			cue(cueCollapse) && (impl || obj) || cue(cueResume) && cue(cueFighting) || // broke down (collapsed)
			(found(cueHeld, cueComply) || negatedForbid) && (act || found(cueRefer) || found(cueKeep) && found(cuePact)) || // holding
			cue(cueViolate) && (mentions() || cue(cueRefer)) && (s.acc.accus || cue(cueRefer, cueWhole) || impl || obj) || // a violation reported
			act && obj // in force
	}
	if !sp.continuing {
		read = read ||
			// every report of the act, done, begun, not done, intended: by an
			// obligor, the act the subject, the object named by a third party or
			// for several obligors, or the head alone of an object of no words
			act && (mentions() || subjectless || obj && (thirdParty || sp.several) || sp.headAlone && has(sieveHead)) ||
			(action == Withdraw || action == Transfer) && cue(cueTakeover) && has(sieveObjOther) && o.past || // taken over by another
			(action == Release || action == Exchange) && obj && found(cueRemain) || // captives still held
			(action == Withdraw || action == Reduce) && has(sieveForces) && (s.acc.negOther || found(cueRemain)) && mentions() || // gone, or remaining
			cue(cueBegin) && has(sieveHead) && o.past || // begun, its object named
			action == Deploy && cue(cuePresent) && obj || // in place
			thirdParty && obj && s.opensOn(i, o) && found(cueNegative) // the object told not done
	}
	// read's first test: the object, an obligor or, for a continuing provision, a
	// cue of holding, compliance, reference or violation named.
	// ... or, for a duty to act, an act with no actor named ("The talks had opened").
	read = read && (obj || sp.continuing && cue(cueHeld, cueComply, cueRefer, cueViolate) || mentions() ||
		!sp.continuing && act && len(o.actors) == 0 && len(o.events) == 0)
	if read {
		return true
	}
	// stance without a reading: a speaker's sentence on the topic with a cue of
	// its kinds, not dated before start, whose cue speaks of an obligor named or
	// judges the provision's own performance or tells a violation (of the one
	// obligor, or the other side's).
	return !o.narrative && o.speaker != "" && !(!sp.start.IsZero() && o.date.Before(sp.start)) &&
		(cue(cueRefer) || impl || obj) && (found(cueKeep, cueFault, cueBinding, cueViolate) || mentions() && found(cueComply, cueDeny, cueNegative))
}

// opensOn reports whether a word of the object of the provision numbered i may
// stand among the first four words of o after its dateline (objectToldUndone:
// "None of the plebiscites").
func (s *sieve) opensOn(i int, o *observation) bool {
	from := datelineEnd(o.words)
	for _, sw := range o.sw[from:min(from+4, len(o.sw))] {
		if sw.provs[i]&sieveObj != 0 {
			return true
		}
	}
	return false
}

// cueBit is the bit of cue kind in the cue index, none when there is no such kind.
func (r *Rules) cueBit(kind string) ruleBits {
	for k, c := range r.cueKinds {
		if c == kind {
			return ruleBit(k)
		}
	}
	return ruleBits{}
}
