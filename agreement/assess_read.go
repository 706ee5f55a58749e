package agreement

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// noSpeaker reports whether o's speaker is named by a negative word ("Neither side
// reported ...", "No one has seen ..."): the statement tells of nothing said.
func (r *Rules) noSpeaker(o *observation) bool {
	// Only the first word is lowered: read asks this of every provision.
	first, _, _ := strings.Cut(strings.TrimSpace(o.speakerName), " ")
	return first != "" && r.Cues["negative"].MatchWord(strings.ToLower(first))
}

// read says what o shows about p. start is the date the provision took effect.
// The sieve (assess_sieve.go) rules out beforehand what no path here can report on:
// a path reporting on a new ground must be added to it.
func (r *Rules) read(p Provision, o *observation, start time.Time) reading {
	words := o.words
	if len(words) > 0 && words[len(words)-1] == "?" {
		return reading{} // "Q: Has it held?" asks, it reports nothing
	}
	c := r.cuesOfObs(o)
	obj := r.objectWords(p)
	objHit := o.match(obj) >= 0
	if objHit && o.match(obj) < datelineEnd(words) {
		// "HEBRON, West Bank, Jan 17 –" is where the report comes from, not the
		// "rural areas of the West Bank" a pullback is to leave.
		objHit = obj.MatchAny(words[datelineEnd(words):]) >= 0
	}
	// "The talks had opened on August 8": the act itself is the subject.
	// Not when the act was put off or called off ("The talks were called off").
	actSubject := (o.narrative || o.speaker != "") && o.past && len(o.actors) == 0 && len(o.events) == 0 && !r.continuing(p) && actNounSubject(r.Implement[p.Action], words) &&
		!c["negative"] && o.match(r.Cues["suspend"]) < 0 && o.match(r.Cues["supersede"]) < 0
	if !objHit && !r.mentions(p, o) && !(r.continuing(p) && (c["held"] || c["comply"] || c["refer"] || c["violate"])) && !actSubject {
		return reading{} // nothing here names the provision, its parties or its kind
	}
	c = r.scoped(p, o, c)
	if c["complete"] && r.completionPlanned(words) {
		// "the cut is not due to be finished until 1994": the end is scheduled,
		// not reported.
		c = maps.Clone(c)
		delete(c, "complete")
	}
	if !c["negative"] && r.noSpeaker(o) {
		// "Neither side reported any pullback": no one tells of it, so it is
		// reported not done.
		c = maps.Clone(c)
		c["negative"] = true
	}
	if c["intent"] && o.past && r.intentOnlyRelative(words) {
		// "Talks on the second phase, which were due to open in early February,
		// never got under way": the plan is the relative clause's; the sentence
		// reports what happened.
		c = maps.Clone(c)
		delete(c, "intent")
	}
	if c["intent"] && r.dealsOwnIntent(p, words) {
		// "in the plebiscite that the agreement had promised within the year", "as
		// the declaration required": the deal's term recalled, not a plan.
		c = maps.Clone(c)
		delete(c, "intent")
	}
	if c["intent"] && r.intentElsewhere(p, words) {
		c = maps.Clone(c)
		delete(c, "intent")
	}
	doneAfter := o.term != nil && !r.continuing(p) && r.doneAfterTerm(p, words)
	if doneAfter {
		// "parliament was to grant Saleh immunity, which it did in January": the
		// term, then its carrying out.
		c = maps.Clone(c)
		delete(c, "intent")
	}
	impl := r.implementOf(p)
	actHit := o.actWord(impl) >= 0
	if actHit && r.obligorMoves(p, o, o.actWord(impl)) {
		actHit = false // "Government troops moved out" evacuate no wounded
	}
	if c["intent"] {
		// A word of intent after the act is about something else: "exchanged 800
		// prisoners, short of the 1,200 they had agreed to hand over".
		// Not when the act word speaks of the deal: "Under the accord reached in
		// Juba, the rebels are to get three seats".
		// Nor when the act stands in a subordinate clause: "Once the militias are
		// disarmed, 4,000 rebel fighters are to be absorbed".
		if ai, ii := o.match(impl), o.match(r.Cues["intent"]); ai >= 0 && ii > ai && o.past && slices.ContainsFunc(words[max(0, ai-3):min(ai+1, ii)], pastForm) &&
			!(ai > 0 && r.Cues["whole"].MatchWord(words[ai-1])) && !r.precededBySubordinate(words, ai) {
			c = maps.Clone(c)
			delete(c, "intent")
		}
	}
	agents := slices.Clone(o.actors)
	if o.speaker != "" && selfRef(words) {
		agents = append(agents, o.speaker) // "Israel said its troops had left"
	}
	obligorEvent, notDone, denial := false, false, false
	for _, e := range o.events {
		agents = append(agents, codes(e.Source)...)
		if !r.standsAny(p.Obligor, codes(e.Source)) {
			continue
		}
		m := r.Modality[string(e.Modality)]
		if impl.MatchCameo(e.Cameo) && (objHit && !r.anotherActionCode(p.Action, e.Cameo) || !generalCode(impl, e.Cameo)) || impl.MatchWord(e.Lemma) && objHit {
			// An event whose code is not the action's counts by its verb only
			// when the object is named: North Korea handing over remains is no
			// disarmament. So does one coded only by the action's general code
			// (084 "return, release"): "Indian troops handed back the pass" frees
			// no prisoners. An event only promised ("struck a deal to end the
			// fighting") names no act the words do not.
			actHit = actHit || m != "intent"
			// Only an event said to have happened is the obligor's act; a
			// promise or a refusal is read from the words.
			obligorEvent = obligorEvent || m == "done"
			notDone = notDone || m == "not_done"
		}
		if r.Forbid[p.Action].MatchCameo(e.Cameo) && m == "denial" {
			denial = true // "Hamas denied violating the truce"
		}
	}
	named := r.standsAny(p.Obligor, agents)
	if p.Action == Other {
		// Without a vocabulary for the act, the object must be named.
		n, of, common := r.objectNamed(p, o)
		actHit = n >= min(2, of) && n > 0 && common || r.occasionHeld(p, words)
		if !named && !c["intent"] && r.peopleVoted(p, o, n) {
			// "Bolivians voted on the new constitution": the people of the state
			// that is to hold the vote have voted in it.
			actHit, named = true, true
		}
		if r.ratified(p, words) {
			// "Parliament ratified it": the ratification names its object, the
			// deal, by its verb.
			actHit, objHit = true, true
		}
	}
	rd := reading{obs: o, agent: r.obligorIn(p, o.actors)}
	if i := o.match(r.Cues["supersede"]); i >= 0 && (c["agree"] || c["instrument"] || c["concluded"]) && replacedScore(p, obj, words, i) >= min(2, len(obj.Words)) && objHit && (o.term == nil || parseDate(o.term.Signed).After(start)) &&
		(c["instrument"] || r.mentions(p, o) || o.term != nil && r.standsAny(p.Obligor, o.term.Parties)) {
		// A later deal between others supersedes nothing of this one; a law or decree
		// need not name the party it binds.
		rd.kind, rd.why = readSupersede, "postponed or replaced by a later agreement"
		return rd
	}
	if c["ratify"] && c["awaiting"] && r.continuing(p) && !c["hypothetical"] && r.unbound(words) {
		rd.kind, rd.why = readUnbound, "not yet in force: the deal still awaits ratification or approval"
		return rd
	}
	if o.term != nil && !doneAfter && (o.listItem || !o.past || c["intent"] || !r.actPast(p, words)) {
		// A sentence stating a term reports only what its coded events assert.
		if r.continuing(p) {
			if e, ok := r.forbidden(p, o, start); ok {
				rd.kind, rd.why, rd.agent = readBreach, "an act the provision forbids: "+e.Lemma, r.obligorIn(p, codes(e.Source))
			}
		}
		return rd
	}
	if rf, ok := r.refusal(p, o, c, start); ok {
		return rf
	}
	if i := o.match(r.Cues["suspend"]); i >= 0 && !r.continuing(p) && !c["intent"] && !r.precededBySubordinate(words, i) && sameClause(words, i, r.Implement[p.Action].MatchAny(words)) {
		// "The talks on the border were called off": the act, named in the
		// clause, halted by no obligor named, is not done (not so in a
		// subordinate clause: background).
		rd.kind, rd.why = readNotDone, "called off or put off"
		return rd
	}
	if c["hypothetical"] && !r.backgroundOnly("hypothetical", p, words) {
		return rd // "if Hamas did not return the hostages, the ceasefire would end"
	}
	if c["unverified"] {
		return rd // "could not confirm that the withdrawal had been completed"
	}
	if i := o.match(r.Refuse); i >= 0 && refusesToSay(words, i) {
		return rd // "declined to say when the prisoners would be released"
	}
	if i := o.match(r.Refuse); i >= 0 && r.obligorIn(p, []string{o.agentBefore(i)}) == "" {
		// Someone else refuses: "because Hamas had refused to release them"; a
		// refusal in another clause ("formed on March 22, after the groups rejected
		// an earlier cabinet") is background.
		if at := r.actionAt(p, words); at < 0 || sameClause(words, at, i) || !r.precededBySubordinate(words, i) && !r.laterStatement(p, words, at, i) {
			return rd
		}
	}
	if b, ok := r.breachOfDue(p, o, c, rd, obj, objHit, actHit, named, start); ok {
		return b
	}
	if r.continuing(p) {
		if denial {
			rd.kind, rd.why, rd.stage = readComply, "a party denies a breach", 2
			return rd
		}
		return r.readContinuing(p, o, c, rd, obj, objHit, actHit, named, start)
	}
	if notDone && !obligorEvent && !c["intent"] {
		rd.kind, rd.why = readNotDone, "reported not done"
		return rd
	}
	forces := obj
	if p.Action == Withdraw || p.Action == Reduce {
		// What is withdrawn is always, among other things, forces.
		forces = memoRule(&r.forceRules, phraseKey{p.Object, p.Unit, true}, func() WordRule {
			return NewWordRule(nil, append(slices.Clone(obj.Words), r.Objects["troops"].Words...))
		})
	}
	if (p.Action == Withdraw || p.Action == Transfer) && c["takeover"] && !c["intent"] && !c["negative"] && o.past {
		// "Azerbaijani troops entered the Aghdam district": another party taking
		// over the place the obligor was to leave, or to hand over.
		ti := o.match(r.Cues["takeover"])
		if oi := obj.MatchAny(words[ti:]); oi >= 0 && !r.Objects["troops"].MatchWord(words[ti+oi]) &&
			r.obligorIn(p, []string{o.actorBefore(ti)}) == "" && o.actorBefore(ti) != "" {
			rd.kind, rd.stage, rd.why = readDone, 3, "taken over by "+o.actorBefore(ti)
			return rd
		}
	}
	remainer, remainAt, holderUnnamed := "", -1, false
	if i := o.match(r.Cues["remain"]); i >= 0 && !(i > 0 && (relativePronoun[words[i-1]] || nounMarker[words[i-1]])) && !(i+1 < len(words) && words[i+1] == "of") &&
		!r.stayedThere(p, words, i) {
		// "the villages they still held" describes the villages, not who stays;
		// "55 boxes of remains" names a thing.
		remainer, remainAt = r.obligorIn(p, []string{o.agentBefore(i)}), i
		holderUnnamed = o.agentBefore(i) == ""
	}
	if p.Action == Deploy && c["present"] && objHit && !c["intent"] && !c["negative"] && !c["hypothetical"] && (named || r.noOtherSubject(p, o)) {
		// "The mission has been in the territory since September 1991": a force
		// to be deployed that is there has been deployed.
		rd.kind, rd.stage, rd.why = readDone, 3, "reported in place"
		return rd
	}
	if (p.Action == Release || p.Action == Exchange) && (remainer != "" || holderUnnamed) && objHit && !c["intent"] {
		// "several hundred people were still being held": captives remain,
		// whoever holds them; unless an act done stands in a clause before ("exchanged
		// 139 soldiers for 52 fighters, but hundreds remain in captivity").
		rd.kind, rd.why = readNotDone, "the obligor still holds them"
		if remainer == "" {
			rd.why, rd.agent = "captives are still held", "" // by whom, the sentence does not say
		}
		if r.doneBefore(p, words, remainAt) {
			rd.kind, rd.stage, rd.why = readDone, 2, "done in part"
		}
		return rd
	}
	if (p.Action == Withdraw || p.Action == Reduce) && o.match(forces) >= 0 && named {
		objHit = true
		if r.absent(words, forces) {
			// "it had no troops there": the obligor is said to be gone.
			rd.kind, rd.stage, rd.why = readDone, 3, "reported gone"
			return rd
		}
		if remainer != "" && !r.completeIn(words, remainAt) && !c["intent"] {
			rd.kind, rd.why = readNotDone, "the obligor remains"
			if fewer(words[remainAt:]) {
				// "131,000 soldiers remain, down from some 150,000": fewer than
				// before, so the withdrawal is under way.
				rd.kind, rd.stage, rd.why = readDone, 2, "fewer remain"
			}
			return rd
		}
	}
	if !actHit && c["begin"] && o.past && !c["intent"] {
		// "Training of the unified forces has started": the object named, then
		// the word that begins it.
		// The begin word is looked for after the object ("Training of the first
		// units began": "first" is no verb).
		oi := o.match(r.objectHead(p))
		bi := -1
		if oi >= 0 {
			if k := r.Cues["begin"].MatchAny(words[oi:]); k > 0 {
				bi = oi + k
			}
		}
		if oi >= 0 && bi > oi && (named || r.noOtherSubject(p, o)) {
			rd.kind, rd.stage, rd.why = readDone, 1, "begun"
			if r.Begun[p.Action] && words[bi] == "first" && bi+1 < len(words) && !r.Cues["time"].MatchWord(words[bi+1]) {
				// "The claims commission issued its first awards": the body set
				// up has done its first work, so it is there.
				rd.stage, rd.why = 3, "at work"
			}
			if ni := o.match(r.Cues["negative"]); ni > bi {
				rd.why = "begun, not finished"
			}
			return rd
		}
	}
	// A report with no subject of its own ("the withdrawal of heavy weapons had been
	// completed") counts in the article's voice and in a third party's alike; one
	// that names several obligors' duty needs its head noun named.
	thirdParty := o.narrative || o.speaker != ""
	if !actHit && thirdParty && c["negative"] && !c["intent"] && r.objectToldUndone(p, o, obj) {
		// "The transitional council has yet to be formed": the body whose seats
		// are to be given, named as the subject and told not done, though the verb
		// is not the action's.
		rd.kind, rd.why = readNotDone, "reported not done"
		return rd
	}
	if !actHit || !(named || obligorEvent || thirdParty && objHit && r.noOtherSubject(p, o) || len(p.Obligor) > 1 && o.match(r.objectHead(p)) >= 0 || actSubject) {
		return rd
	}
	if !objHit && !obligorEvent && p.Object != "" && len(obj.Words) > 0 && !actSubject {
		return rd
	}
	if (p.Action == Withdraw || p.Action == Reduce) && !r.placeNamed(p, words[datelineEnd(words):]) {
		return rd // "pulled out of most of Hebron" is no pullback from the rural areas
	}
	if r.elsewhere(p, words) {
		return rd // "handed over 75,823 prisoners to the communist side" is no handover to the commission
	}
	if c["intent"] {
		switch {
		case c["begin"] && (named || obligorEvent) && hasWord(words, "approv"):
			rd.kind, rd.why, rd.stage = readInitiated, "implementation approved", 1
		case named && objHit && o.date.After(start):
			rd.kind, rd.why = readIntent, "announced, not yet done"
		}
		return rd
	}
	if r.concludes(p, o) {
		return rd // "Aristide and the army commander signed an accord": the deal made
	}
	if (p.Action == Release || p.Action == Exchange) && r.publishes(impl, words) {
		return rd // "the defence ministry released video of the trucks"
	}
	if p.Action == Negotiate && !o.dated && termArticle(p, o) && !o.pub.After(start.AddDate(0, 0, 7)) {
		// "After talks hosted by President Erdogan, the two leaders read out the
		// declaration": the article telling the term tells, undated, the talks
		// that made the deal, not the ones it calls for.
		return rd
	}
	if (p.Action == Withdraw || p.Action == Reduce) && r.absent(words, obj) {
		// "it had no troops there": the obligor says it is gone.
		rd.kind, rd.stage, rd.why = readDone, 3, "reported gone"
		return rd
	}
	if c["negative"] || remainer != "" && !c["complete"] && objHit {
		rd.kind, rd.why = readNotDone, "reported not done"
		if remainer != "" {
			rd.why = "the obligor remains"
		}
		ai, ni := o.match(impl), o.match(r.Cues["negative"])
		if p.Action == Other && ni >= 0 && r.actPast(p, words[:ni]) {
			// No vocabulary: where its object is named with a past form, before
			// the negation ("signed the protocol, but ... has yet to ratify it").
			ai = r.actionAt(p, words)
		}
		if c["negative"] && ai >= 0 && ni > ai && clauseBreak(words[ai:ni]) && joined(words, ni) {
			// "approved the amendment that creates the court, which has not yet
			// started": done, with something still missing.
			rd.kind, rd.stage, rd.why = readDone, 2, "done in part"
			if c["begin"] && !r.Begun[p.Action] {
				rd.stage, rd.why = 1, "begun, not finished"
			}
		}
		return rd
	}
	if !c["remain"] && r.underway(p, words, impl) {
		rd.kind, rd.stage, rd.why = readDone, 1, "under way"
		return rd
	}
	if !o.past && !obligorEvent {
		return rd // a state, not a report of something done
	}
	rd.kind, rd.stage, rd.why = readDone, 3, "implementation reported"
	if s, ok := r.Stage[p.Action]; ok && !c["complete"] {
		rd.stage = s
	}
	if c["begin"] && !c["complete"] && !r.Begun[p.Action] && !r.firstOfKind(obj, words) && !r.beginIsObject(obj, words) &&
		!coordinated(words, o.match(r.Cues["begin"]), r.actionAt(p, words)) { // "ratified the deal, and on Friday approved the protocol"
		rd.stage, rd.why = 1, "implementation begun"
	}
	if rd.stage == 3 && p.Quantity == nil && counted[p.Action] && partOfWhole(words) {
		// "about 24,000 fighters of an estimated 33,000 had passed through its
		// disarmament centres": a count short of the whole it names.
		rd.stage, rd.why = 2, "done in part: a count short of the whole"
	}
	if c["partial"] && rd.stage == 3 && !shareOf(p.Object) && r.partialAt(p, words) {
		// "gave back nearly all the property"; not "pulled out of most of Hebron"
		// for a withdrawal from 80 percent of it.
		rd.stage, rd.why = 2, "done in part"
	}
	if ci := o.match(r.Cues["calm"]); c["calm"] && !c["complete"] && rd.stage == 3 && sameClause(words, ci, r.actionAt(p, words)) &&
		!(o.match(r.Cues["intent"]) >= 0 && o.match(r.Cues["intent"]) < ci) { // "met and agreed to keep the lines quiet": the calm is the plan's
		rd.stage, rd.why = 2, "holding" // "the line of control has been quiet": kept so far
	}
	if p.Quantity != nil && counted[p.Action] {
		if v, ok := r.bestQuantity(p, o, obj); ok {
			switch {
			case reached(p, v) || r.removedEnough(p, o, v):
				rd.stage, rd.why = 3, "target reached"
			default:
				rd.stage, rd.why = 2, "progress towards the target"
			}
		} else if !c["complete"] && *p.Quantity > 1 && !(c["partial"] && shareOf(p.Object)) && !namesAll(p.Object, words) {
			// A count not given is short of a target of many; one person named
			// and freed is the whole of it.
			rd.stage = max(1, min(rd.stage, 2))
		}
	}
	return rd
}

// concludes reports whether o's report of p's act is the report of a deal concluded:
// a word of the concluded cue within seven words before one of the pact cue, and p's
// act word in that clause ("exchanged the ratifications of the peace agreement"), or,
// for a duty of kind other, anywhere ("the army commander who overthrew him ...
// signed an accord"). An act in a clause of its own ("signed the plan on November
// 23, and under it he transferred his powers") is reported done.
func (r *Rules) concludes(p Provision, o *observation) bool {
	words := o.words
	if r.Cues["pact"].MatchAny(strings.Fields(strings.ToLower(p.Object))) >= 0 {
		return false // "ratify the agreement": concluding it is the duty
	}
	for si := range words {
		if r.Cues["concluded"].MatchAny(words[si:si+1]) != 0 || r.Cues["pact"].MatchAny(words[si+1:min(len(words), si+8)]) < 0 {
			continue
		}
		if p.Action == Other {
			return true
		}
		ai := o.actWord(r.Implement[p.Action])
		return ai < 0 || !clauseBreak(words[min(ai, si):max(ai, si)+1])
	}
	return false
}

// unbound reports whether words say the deal still awaits ratification or approval:
// a word of the ratify cue within five words after one of the awaiting cue ("still
// has to be ratified", "must still approve the text").
func (r *Rules) unbound(words []string) bool {
	for i := range words {
		if r.Cues["awaiting"].MatchAny(words[i:min(len(words), i+2)]) == 0 && r.Cues["ratify"].MatchAny(words[i+1:min(len(words), i+6)]) >= 0 {
			return true
		}
	}
	return false
}

// mentions reports whether o names an obligor of p: an actor, an event's source or
// the speaker.
func (r *Rules) mentions(p Provision, o *observation) bool {
	if r.standsAny(p.Obligor, o.actors) || o.speaker != "" && r.standsAny(p.Obligor, []string{o.speaker}) {
		return true
	}
	for _, e := range o.events {
		if r.standsAny(p.Obligor, codes(e.Source)) {
			return true
		}
	}
	return false
}

// capWords returns the index of the word that sets o above or within p's cap
// named just after it ("exceeded the limit", "under the agreed ceiling"), and
// whether it is above; -1 when there is none or p sets no quantity.
func (r *Rules) capWords(p Provision, o *observation) (int, bool) {
	capCue := r.Cues["cap"]
	first := -1
	if p.Quantity != nil {
		first = o.match(capCue) // most observations name no cap: one memoised look-up
	}
	if first < 0 {
		return -1, false
	}
	words := o.words
	for k := first; k < len(words); k++ {
		if !capCue.MatchWord(words[k]) {
			continue
		}
		for j := k - 1; j >= max(0, k-3); j-- {
			if r.Cues["over"].MatchWord(words[j]) {
				return j, true
			}
			if r.Cues["under"].MatchWord(words[j]) {
				return j, false
			}
		}
	}
	return -1, false
}

// unauthored reports whether o is the article's own report naming no actor at all,
// for a truce or ban of several sides, and telling of no holding: a forbidden act
// told so where the provision's object is ("Shells struck the port of Hodeidah
// again") is one of theirs, as no one else is named; "the truce has largely held,
// apart from sporadic exchanges of fire" keeps it.
func unauthored(p Provision, o *observation, c cues) bool {
	return len(p.Obligor) >= 2 && o.narrative && len(o.actors) == 0 && !c["held"] && !c["comply"] && !c["calm"]
}

// heldDespite reports whether word i of o, a forbidden act or a violation, comes
// after a word of holding or compliance and an except word after that ("the truce
// has held along the front, apart from brief exchanges of fire", "has been
// respected since May, though each side accused the other of shelling"): the
// incidents are those the truce held in spite of, not a breach of it.
func (r *Rules) heldDespite(o *observation, i int) bool {
	hi := o.match(r.Cues["held"])
	if ci := o.match(r.Cues["comply"]); ci >= 0 && (hi < 0 || ci < hi) {
		hi = ci
	}
	if hi < 0 || hi > i || r.negatedAt(o.words, hi) {
		return false
	}
	return r.Cues["except"].MatchAny(o.words[hi:i]) >= 0
}

// readMemo is read, computed once per provision and observation.
func (r *Rules) readMemo(k pkey, p Provision, o *observation, start time.Time) reading {
	mk := memoKey{k, start.Unix()}
	if rd, ok := o.reads[mk]; ok {
		return rd
	}
	rd := r.read(p, o, start)
	if o.reads == nil {
		o.reads = map[memoKey]reading{}
	}
	o.reads[mk] = rd
	return rd
}

// memoKey is a provision and the date it took effect, for which a reading holds.
type memoKey struct {
	p     pkey
	start int64
}

// readContinuing reads o for an obligation that holds over a period.
func (r *Rules) readContinuing(p Provision, o *observation, c cues, rd reading, obj WordRule, objHit, actHit, named bool, start time.Time) reading {
	words := o.words
	if e, ok := r.forbidden(p, o, start); ok {
		rd.kind, rd.why, rd.agent = readBreach, "an act the provision forbids: "+e.Lemma, r.obligorIn(p, codes(e.Source))
		if c["deny"] || c["negative"] {
			rd.kind, rd.why = readComply, "a party denies a breach"
		}
		return rd
	}
	if c["violate"] && c["mutual"] && !r.heldDespite(o, o.match(r.Cues["violate"])) && (r.sidesNamed(p, o) >= 2 || r.partiesMeant(p, o)) {
		rd.kind, rd.why = readDispute, "the parties accuse each other"
		return rd
	}
	if p.Quantity != nil && (named || r.noOtherSubject(p, o)) && !c["intent"] {
		// A cap ("no more than 3.67 percent") is kept by any report at or under it
		// and broken by one above.
		if v, ok := r.bestQuantity(p, o, obj); ok && objHit {
			switch {
			case v <= *p.Quantity*1.02:
				rd.kind, rd.why, rd.stage = readComply, "within the limit", 2
			case c["ceased"]:
				// "Iran stopped enriching uranium to 20 percent": what is above the
				// limit has stopped.
				rd.kind, rd.why, rd.stage = readComply, "stopped above the limit", 2
			default:
				rd.kind, rd.why = readBreach, "above the limit"
			}
			return rd
		}
	}
	if at, over := r.capWords(p, o); at >= 0 && !c["intent"] && !c["hypothetical"] {
		// "several tests had exceeded the limit", "its tests had stayed under the
		// threshold": a report above or within a cap without a figure.
		who := r.obligorIn(p, []string{o.agentBefore(at), o.speaker})
		if over && !r.negatedAt(words, at) {
			rd.kind, rd.why, rd.agent = readBreach, "above the limit", r.obligorIn(p, []string{o.agentBefore(at)})
		} else {
			rd.kind, rd.why, rd.stage, rd.agent = readComply, "within the limit", 2, who
		}
		return rd
	}
	fw := r.Forbid[p.Action]
	if di := o.match(r.Cues["deny"]); di >= 0 && fw.MatchAny(words[di:]) >= 0 {
		// "3R's leader denied that his men had attacked the villagers": an
		// obligor denying the forbidden act says the provision is kept.
		who := o.agentBefore(di)
		if who == "" {
			who = o.speaker
		}
		if a := r.obligorIn(p, []string{who, o.speaker}); a != "" {
			rd.kind, rd.why, rd.stage, rd.agent = readComply, "a party denies a breach", 2, a
			return rd
		}
	}
	if i := o.match(fw); i >= 0 && (named || objHit && unauthored(p, o, c)) && r.bansAttacks(p) && !r.heldDespite(o, i) && !r.negatedAt(words, i) && !subjectNegated(words, i) && !heldFire(words, i) && !guardedAgainst(words, i) && !r.supposedAt(words, i) && !r.sufferedAt(words, i, fw) && !r.precededBySubordinate(words, i) && !c["deny"] && !c["intent"] &&
		(objHit || c["violate"] || p.Action == CeaseFire && (r.obligorIn(p, []string{o.agentBefore(i)}) != "" || r.obligorIn(p, []string{byActor(o, i)}) != "" || r.obligorIn(p, []string{jointAgent(o, i)}) != "")) {
		rd.kind, rd.why = readBreach, "an act the provision forbids"
		if a := r.obligorIn(p, []string{o.agentBefore(i)}); a != "" {
			rd.agent = a
		} else if a := r.obligorIn(p, []string{byActor(o, i)}); a != "" {
			rd.agent = a // "recorded continued attacks on villages, some of them by government aircraft"
		}
		if ai := accusedAt(words); ai >= 0 {
			// "X accused Y of attacking": Y's act, if Y is named at all.
			rd.agent = r.obligorIn(p, []string{o.actorAfter(ai)})
			if rd.agent == "" {
				return reading{obs: o}
			}
		}
		return rd
	}
	if why, ok := r.collapsed(p, o, obj, c, start); ok {
		rd.kind, rd.why = readBreach, why
		return rd
	}
	if c["ended"] && (actHit || c["whole"]) && !c["violate"] && !deadlineEnded(words, o.match(r.Cues["ended"])) {
		// "the six-month truce lapsed": the term ran out; breaches, if any, are
		// read from other sentences.
		rd.kind, rd.why, rd.stage = readComply, "ran its term", 3
		return rd
	}
	// "its forces had not fired a single shot": an obligor saying it did not do
	// the forbidden act keeps the provision, even without naming it.
	fi := o.match(fw)
	deniedAct := fi >= 0 && named && r.negatedAt(words, fi)
	held := c["held"] && !r.heldSomething(words)
	// "Mozambique has kept its side of the pact": a party judged to keep the deal
	// keeps its terms that hold over a period.
	keptDeal := c["keep"] && c["pact"]
	if (held || c["comply"] && r.compliesHere(p, o) || c["negative"] && fi >= 0) && (actHit && !r.heldSomething(words) || c["refer"] || keptDeal || deniedAct) && !c["intent"] &&
		(p.Action != Allow || objHit) { // the deal holding says nothing of an access it does not name
		rd.kind, rd.why, rd.stage = readComply, "holding", 2
		if c["complete"] && r.completeNear(words) {
			rd.stage = 3
		}
		return rd
	}
	if i := o.match(r.Cues["violate"]); i >= 0 && (named || c["refer"]) && !c["deny"] && !r.heldDespite(o, i) && !r.negatedAt(words, i) && !r.supposedAt(words, i) && r.violationOf(p, obj, words, i) {
		// "asks both sides not to violate it" reports no violation.
		rd.kind, rd.why = readBreach, "a violation is reported"
		rd.agent = r.obligorIn(p, []string{o.actorAfter(i), o.actorBefore(i)})
		return rd
	}
	if ci := o.match(r.Cues["comply"]); ci >= 0 && r.negatedAt(words, ci) && (actHit || c["refer"]) && !c["deny"] && !c["intent"] && !c["hypothetical"] &&
		!r.precededBySubordinate(words, ci) && r.violationOf(p, obj, words, ci) {
		// "Armenia failed to keep to the truce", "neither side respected the
		// ceasefire": a party said not to keep the terms breaks them.
		rd.kind, rd.why = readBreach, "reported not kept"
		rd.agent = r.obligorIn(p, []string{o.actorBefore(ci)})
		return rd
	}
	if actHit && objHit && !c["intent"] && !c["negative"] && !(c["held"] && r.heldSomething(words)) {
		// "held back from the wider attack" holds nothing in force.
		rd.kind, rd.why, rd.stage = readComply, "in force", 2
	}
	if p.Action == Allow && actHit && objHit && c["negative"] && !c["intent"] && !c["hypothetical"] && o.past && rd.kind == readNone {
		// "Nothing has yet been done to reopen the road and rail links": the
		// access is not given yet, so it is not in force.
		rd.kind, rd.why = readNotDone, "the access is not given yet"
	}
	return rd
}

// heldSomething reports whether every word of holding in words holds something: a
// number, a determiner or a quantifier after it ("holding about 500 UN peacekeepers",
// "held the town", "held talks"), a holder ("areas held by the opposition"), a
// withholding ("still holding back more than"), an event held ("the vote, held
// from October 27") or a blame ("held Russia
// responsible"), not a truce that holds.
func (r *Rules) heldSomething(words []string) bool {
	found := false
	for i, w := range words {
		if !r.Cues["held"].MatchWord(w) && !(strings.HasPrefix(w, "hold") || w == "held") {
			continue
		}
		if i+1 >= len(words) {
			return false
		}
		next := words[i+1]
		if heldEvent(words, i) || next == "by" || next == "back" || i+2 < len(words) && (words[i+2] == "responsible" || words[i+2] == "accountable") {
			// "areas held by the opposition", "held Russia responsible": a
			// holding or a blame, not a truce holding.
			found = true
			continue
		}
		if _, _, ok := text.ParseNumber(words[i+1:]); !ok && !determiner[next] {
			switch next {
			case "about", "some", "around", "nearly", "more", "dozens", "hundreds", "thousands", "talks", "elections", "power":
			default:
				return false
			}
		}
		found = true
	}
	return found
}

// heldEvent reports whether the word of holding at i tells of an event held: "The
// vote, held from October 27 to 29", "elections were held".
func heldEvent(words []string, i int) bool {
	for k := i - 1; k >= max(0, i-3); k-- {
		switch words[k] {
		case ",", "was", "were", "been", "be", "is", "are":
			continue
		case "vote", "votes", "election", "elections", "poll", "polls", "ballot", "referendum", "talks", "meeting", "meetings", "session", "summit", "conference", "ceremony":
			return true
		}
		return false
	}
	return false
}

// deadlineEnded reports whether the word of ending at i ends a deadline or a period
// named in the fifteen words before it ("the three-year deadline of the treaty ... ran
// out", "the seven-year period ... ran out"), not the obligation's own term.
func deadlineEnded(words []string, i int) bool {
	if i < 0 {
		return false
	}
	for _, w := range words[max(0, i-15):i] {
		switch w {
		case "deadline", "deadlines", "period", "timetable", "target":
			return true
		}
	}
	return false
}

// completeIn reports whether a word of completion stands in the clause of word i:
// "131,000 soldiers remain ..., and the military says the reduction will continue
// toward a full withdrawal" says nothing complete of those who remain.
func (r *Rules) completeIn(words []string, i int) bool {
	lo, hi := clauseAt(words, i)
	return r.Cues["complete"].MatchAny(words[lo:hi]) >= 0
}

// fewer reports whether words compare a number with a larger earlier one ("down
// from some 150,000").
func fewer(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if (words[i] == "down" || words[i] == "reduced") && words[i+1] == "from" {
			return true
		}
	}
	return false
}

// firstOfKind reports whether the only word of beginning is "first" after a
// possessive and before a word of the object: "won Mozambique's first multiparty
// presidential election" is the whole election, of a kind never held before, while
// "the first troops left" is a beginning.
func (r *Rules) firstOfKind(obj WordRule, words []string) bool {
	begin := r.Cues["begin"]
	found := false
	for i, w := range words {
		if !begin.MatchWord(w) {
			continue
		}
		if w != "first" || i == 0 || !possessive(words[i-1]) || obj.MatchAny(words[i+1:min(i+4, len(words))]) < 0 {
			return false
		}
		found = true
	}
	return found
}

func possessive(w string) bool {
	switch w {
	case "its", "their", "his", "her", "our":
		return true
	}
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// violationOf reports whether the violation word at i speaks of p: its clause names
// the deal, p's action or object, or it accuses ("a country of broken roads"
// breaks nothing).
func (r *Rules) violationOf(p Provision, obj WordRule, words []string, i int) bool {
	lo, hi := clauseAt(words, i)
	cl := words[lo:hi]
	if r.Implement[p.Action].MatchAny(cl) >= 0 || obj.MatchAny(cl) >= 0 {
		return true
	}
	// A violation of the deal or the truce in general ("the truce suffered its
	// first serious violation", "violated the accords by sending weapons") is
	// fighting: it breaks a truce or a ban on attacks, not an access or another ban.
	return (p.Action != Allow && r.bansAttacks(p)) && (strings.HasPrefix(words[i], "accus") || r.Cues["refer"].MatchAny(cl) >= 0 || r.Cues["whole"].MatchAny(cl) >= 0)
}

// completeNear reports whether a word of completion stands in the clause that
// reports the obligation holding: "have not fought since the deal was signed, and
// the last prisoners went home" says nothing of the whole term.
func (r *Rules) completeNear(words []string) bool {
	at := -1
	for _, kind := range []string{"held", "comply", "negative"} {
		if i := r.Cues[kind].MatchAny(words); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at < 0 || r.completeIn(words, at)
}

// refusal reads a required party's refusal in o: the obligor, named before the
// refusing words or speaking them, refusing the action, its object or the deal (what
// follows "until" or "unless" is a condition, not the thing refused); or a refused
// event of the obligor's.
func (r *Rules) refusal(p Provision, o *observation, c cues, start time.Time) (reading, bool) {
	if !o.date.After(start) {
		return reading{}, false
	}
	if rd, ok := r.renunciation(p, o, c); ok && !(c["violate"] && r.continuing(p)) {
		// Before the test of violations: a party often renounces a deal for the
		// other's breach ("had broken the truce and it was no longer bound by it").
		// A continuing obligation the sentence tells broken is read as broken.
		return rd, true
	}
	if c["violate"] {
		return reading{}, false
	}
	words := o.words
	if i := o.match(r.Refuse); i >= 0 && (rebuttalAt(words, i) || refusesToSay(words, i)) {
		// "rejected the charge": a denial, not a refusal; "declined to say when
		// they would be freed": silence, not a refusal of the act.
		return reading{}, false
	}
	if i := o.match(r.Refuse); i >= 0 && r.Cues["splinter"].MatchAny(words[:i]) < 0 && !endingIsAct(p, words[i]) {
		// A splinter faction's refusal ("a breakaway faction rejected the deal")
		// is not its party's.
		who := o.agentBefore(i)
		if r.standsAny(p.Obligor, []string{who}) && (r.refuses(p, unnamed(o, i)) || r.refusesNamed(p, words, i)) {
			return reading{kind: readRefusal, why: "refused by " + who + ", a required party", obs: o, agent: r.obligorIn(p, []string{who})}, true
		}
	}
	if i := o.match(r.Refuse); i >= 0 && len(p.Obligor) == 1 && r.refusedPassive(p, words, i) {
		// "The Kurds' candidate for the vice-presidency was turned down": the
		// only party that can grant it refused.
		return reading{kind: readRefusal, why: "turned down: refused by " + p.Obligor[0] + ", a required party", obs: o, agent: p.Obligor[0]}, true
	}
	if i, deal := r.suspension(p, o, c); i >= 0 && r.Cues["splinter"].MatchAny(words[:i]) < 0 {
		// "Thailand suspended the peace declaration", "asked the Senate to put off
		// the debate on the treaty", "The accord is dead. The cabinet voted to
		// cancel it": a party halting the deal as a whole puts every term of it at
		// risk, whatever the term's action.
		// The agent may be someone the party asks to do it ("asked the Senate
		// majority leader to put off"): the party speaking then stands for it.
		who := o.agentBefore(i)
		if !r.standsAny(p.Obligor, []string{who}) {
			who = o.speaker
		}
		if r.standsAny(p.Obligor, []string{who}) && r.Cues["negative"].MatchAny(words[max(0, i-2):i]) < 0 {
			why := "the deal suspended or shelved by "
			if !deal {
				why = "the act called off by "
			}
			return reading{kind: readRefusal, why: why + who + ", a required party", obs: o, agent: r.obligorIn(p, []string{who})}, true
		}
	}
	if e, ok := refusedEvent(r, p, o); ok && r.refuses(p, o.wordsAfter(e.Trigger.Start)) &&
		r.Cues["splinter"].MatchAny(words[:len(words)-len(o.wordsAfter(e.Trigger.Start))]) < 0 {
		who := e.Source[0].Code
		return reading{kind: readRefusal, why: "refused by " + who + ", a required party", obs: o, agent: r.obligorIn(p, []string{who})}, true
	}
	return reading{}, false
}

// renunciation reads an obligor of p renouncing p's deal in o: a `renounce` word
// ("withdrew from", "pulled out", "renounced"), not negated, or "bound" negated ("no
// longer bound", "no longer considers itself bound"), naming the deal (renounces).
// The party is the actor before the word, or the speaker for a pronoun ("said it was
// no longer bound by it"); every term the party is bound by is at risk.
func (r *Rules) renunciation(p Provision, o *observation, c cues) (reading, bool) {
	if c["intent"] || c["hypothetical"] {
		return reading{}, false // "threatened to pull out of the accord"
	}
	i := o.match(r.Cues["renounce"])
	if i < 0 || r.Cues["splinter"].MatchAny(o.words[:i]) >= 0 || !r.renounces(o, i) {
		return reading{}, false
	}
	who := o.agentBefore(i)
	if !r.standsAny(p.Obligor, []string{who}) {
		return reading{}, false
	}
	return reading{kind: readRefusal, why: "the deal renounced by " + who + ", a required party", obs: o, agent: r.obligorIn(p, []string{who})}, true
}

// renounces reports whether the `renounce` word at i of o renounces a deal: "bound"
// after a negation within four words ("no longer considers itself bound"), any
// other word with none within two; and, in its clause before any condition or a
// preposition other than the one after the word, a deal's noun within eight words
// after it ("withdrew from the 1987 treaty"; not "withdrew from the town under the
// accord"), or "it" within three when a deal's noun stands before the word or in the
// sentence before ("the truce ... was no longer bound by it").
func (r *Rules) renounces(o *observation, i int) bool {
	words := o.words
	neg := r.Cues["negative"]
	if words[i] == "bound" {
		if neg.MatchAny(words[max(0, i-4):i]) < 0 {
			return false
		}
	} else if neg.MatchAny(words[max(0, i-2):i]) >= 0 {
		return false
	}
	pact := r.Cues["pact"]
	dealNamed := o.dealBefore || pact.MatchAny(words[:i]) >= 0
	_, hi := clauseAt(words, i)
	for k := i + 1; k < min(hi, i+9); k++ {
		switch {
		case r.Cues["condition"].MatchWord(words[k]) || k > i+2 && preposition(words[k]):
			return false
		case pact.MatchWord(words[k]):
			return true
		case words[k] == "it" && k <= i+3 && dealNamed:
			return true
		}
	}
	return false
}

// preposition reports whether w is a preposition that opens a phrase of its own
// after a verb's object ("the town under the accord", "in line with the treaty");
// not "of", which a noun takes ("the terms of the accord").
func preposition(w string) bool {
	switch w {
	case "in", "under", "to", "after", "on", "at", "with", "for", "as", "over", "from", "by", "into", "since", "during":
		return true
	}
	return false
}

// suspension returns where o halts p's deal (deal true) or p's own act: a
// suspending word acting on the deal named after it (suspendsDeal) or on the act
// (suspendsAct), else one acting on the deal the sentence before names
// (suspendsDealBefore); -1 when o halts neither.
func (r *Rules) suspension(p Provision, o *observation, c cues) (at int, deal bool) {
	if i := o.match(r.Cues["suspend"]); i >= 0 {
		if r.suspendsDeal(o.words, i) {
			return i, true
		}
		if r.suspendsAct(p, o.words, i) {
			return i, false
		}
	}
	if c["intent"] || c["hypothetical"] {
		// "threatened to cancel it", "whether to annul it": no deal halted yet.
		return -1, false
	}
	return r.suspendsDealBefore(o), true
}

// suspendsDealBefore returns the index of the word by which o halts, by a pronoun,
// the deal the sentence before names (observation.dealBefore): a suspending word
// right before "it" ("voted to cancel it", "annulled it"), or "it" right before a
// `void` word ("declared it void", "ruled it null"); -1 when there is none.
func (r *Rules) suspendsDealBefore(o *observation) int {
	if !o.dealBefore {
		return -1
	}
	suspend, void := r.Cues["suspend"], r.Cues["void"]
	for k, w := range o.words {
		if w != "it" {
			continue
		}
		if k > 0 && suspend.MatchWord(o.words[k-1]) {
			return k - 1
		}
		if k+1 < len(o.words) && void.MatchWord(o.words[k+1]) {
			return k
		}
	}
	return -1
}

// suspendsDeal reports whether the suspending word at i acts on the deal itself or
// its ratification: a deal's noun or a word of ratification follows it within its
// clause, eight words at most, before any condition ("suspended the declaration",
// "put off the debate on the strategic arms treaty"; not "suspended enrichment until
// the deal ...").
func (r *Rules) suspendsDeal(words []string, i int) bool {
	_, hi := clauseAt(words, i)
	for k := i + 1; k < min(hi, i+9); k++ {
		switch {
		case r.Cues["condition"].MatchWord(words[k]):
			return false
		case r.Cues["pact"].MatchWord(words[k]) || r.Cues["ratify"].MatchWord(words[k]):
			return true
		}
	}
	return false
}

// refusesToSay reports whether the refusing word at i refuses to speak: a verb of
// speech follows within three words ("declined to comment", "refused to say when").
func refusesToSay(words []string, i int) bool {
	for _, w := range words[i+1 : min(len(words), i+4)] {
		switch w {
		case "say", "comment", "confirm", "discuss", "elaborate", "specify", "disclose":
			return true
		}
	}
	return false
}

// suspendsAct reports whether the suspending word at i acts on p's own act, a duty
// done once: its object follows within the clause, five words at most ("called off
// the talks on the border", "cancelled the prisoner exchange"), and not in a
// subordinate clause, which tells background ("a day after Hamas said it would put
// off the next release"). Halting a continuing obligation ("suspended the
// deliveries") is its breach, read elsewhere.
func (r *Rules) suspendsAct(p Provision, words []string, i int) bool {
	if r.continuing(p) || r.precededBySubordinate(words, i) {
		return false
	}
	_, hi := clauseAt(words, i)
	return r.objectWords(p).MatchAny(words[i+1:max(i+1, min(hi, i+6))]) >= 0
}

// endingNouns are the nouns of an act that ends something ("lifting of the state of
// emergency", "end of the state of war").
var endingNouns = map[string]bool{"end": true, "ending": true, "lifting": true, "termination": true}

// endingIsAct reports whether the refusing word w is a verb of ending ("ended its
// state of emergency") and p's act is itself an ending: then it is the act done,
// not a party ending its part in the deal.
func endingIsAct(p Provision, w string) bool {
	f := strings.Fields(strings.ToLower(p.Object))
	return strings.HasPrefix(w, "end") && len(f) > 0 && endingNouns[f[0]]
}

// compliesHere reports whether the compliance o reports is p's: the actor named
// before the compliance word, if any, is one of p's obligors ("Russian forces had
// respected the moratorium" says nothing of Ukraine's pledge).
func (r *Rules) compliesHere(p Provision, o *observation) bool {
	i := o.match(r.Cues["comply"])
	a := o.agentBefore(i)
	return a == "" || r.obligorIn(p, []string{a}) != ""
}

// replacedScore is how many of p's object words (obj) the words a supersession at
// words[i] speaks of name (postponed), counting the year of p's deadline named
// within three words after it as one: "it replaces the 1998 vote" names the vote
// due in 1998, "postponed the 2031 elections" the elections due in 2031.
func replacedScore(p Provision, obj WordRule, words []string, i int) int {
	n := objectScore(obj, postponed(words, i))
	if dl := deadline(p); !dl.IsZero() && slices.Contains(words[i+1:min(len(words), i+4)], strconv.Itoa(dl.Year())) {
		n++
	}
	return n
}

// postponed returns the words that name what the postponing word at i acts on:
// those after it, or, when a pronoun follows it ("postponed them to 2025") or it is
// passive ("the election ... has been put off again"), the whole sentence.
func postponed(words []string, i int) []string {
	if i+1 < len(words) {
		switch words[i+1] {
		case "them", "it", "this", "these":
			return words
		}
	}
	if i > 0 {
		switch words[i-1] {
		case "been", "was", "were", "be", "being", "is", "are":
			return words
		}
	}
	return words[i:]
}

// partiesMeant reports whether the words of mutuality in an accusation of a
// forbidden act ("both parties accused each other of shelling") stand for p's
// obligors: no actor other than an obligor is named before them.
func (r *Rules) partiesMeant(p Provision, o *observation) bool {
	if len(p.Obligor) < 2 {
		return false
	}
	i := o.match(r.Cues["mutual"])
	if ai := accusedAt(o.words); ai < 0 || r.Forbid[p.Action].MatchAny(o.words[ai:]) < 0 {
		return false // "accused each other of shelling", not of "violations"
	}
	for k, at := range o.actorAt {
		if at < i && r.obligorIn(p, []string{o.actors[k]}) == "" {
			return false
		}
	}
	// The subject must be the parties themselves ("both parties", "the two sides"),
	// not actors the coder could not name ("the army and the rebels").
	for _, w := range o.words[:max(i, 0)+1] {
		switch w {
		case "parties", "sides", "side", "both":
			return true
		}
	}
	return false
}

// sidesNamed counts the obligors of p that the actors of o stand for.
func (r *Rules) sidesNamed(p Provision, o *observation) int {
	agents := slices.Clone(o.actors)
	for _, e := range o.events {
		agents = append(agents, codes(e.Source)...)
	}
	n := 0
	for _, ob := range p.Obligor {
		if r.standsAny([]string{ob}, agents) {
			n++
		}
	}
	return n
}

// refuses reports whether the words after a refusal name what p commits to: its
// action, its object or the deal as a whole, within ten words and before any
// condition ("until Kinshasa released detainees" is not what is refused).
func (r *Rules) refuses(p Provision, after []string) bool {
	cut := func(ws []string) []string {
		for k, w := range ws {
			if k > 0 && r.Cues["condition"].MatchWord(w) {
				return ws[:k]
			}
		}
		return ws
	}
	if r.Cues["extension"].MatchAny(after[:min(len(after), 4)]) >= 0 {
		// "would not extend the month-long ceasefire": what is refused is a
		// longer term, not the term agreed.
		return false
	}
	near := cut(after[:min(len(after), 10)])
	if r.Implement[p.Action].MatchAny(near) >= 0 || r.objectWords(p).MatchAny(near) >= 0 ||
		r.Cues["whole"].MatchAny(near) >= 0 || compound(r.objectWords(p), near) {
		return true
	}
	// Further on, within the refusal's clause and what "and" joins to it
	// ("refused to let the peacekeepers deploy ... and have yet to hand over their
	// weapons"), only the provision's object names it.
	if _, hi := clauseAt(after, 0); hi > 10 && len(near) == 10 {
		return r.objectWords(p).MatchAny(cut(after[:hi])[10:]) >= 0
	}
	return false
}

// refusedPassive reports whether the refusing word at i is passive ("was turned
// down", "were rejected"), with no agent after it ("by" within two words), and the
// subject of its clause names the head of p's object: what was refused is the
// provision's ("new provincial flags" are no "police powers to the provincial
// councils").
func (r *Rules) refusedPassive(p Provision, words []string, i int) bool {
	if i == 0 || !slices.Contains([]string{"was", "were", "been", "is", "are"}, words[i-1]) ||
		slices.Contains(words[i+1:min(len(words), i+3)], "by") {
		return false
	}
	lo, _ := clauseAt(words, i)
	return r.objectHead(p).MatchAny(words[lo:i]) >= 0
}

// refusesNamed reports whether the refusing word at i refuses, by a pronoun
// within the three words after it, p's act or object that the sentence opens on:
// its subject, the words before any preposition or negative word, five at most,
// names the act or the object's head ("The mechanism has not been set up; Baku
// says it will not accept it", "Talks have not begun; Washington has declined to
// open them"; not a ban on tests that those talks are "on").
func (r *Rules) refusesNamed(p Provision, words []string, i int) bool {
	if !slices.ContainsFunc(words[i+1:min(len(words), i+4)], func(w string) bool { return w == "it" || w == "them" }) {
		return false
	}
	end := min(5, i)
	for k, w := range words[:end] {
		if prepositions[w] || r.Cues["negative"].MatchWord(w) {
			end = k
			break
		}
	}
	opening := words[:end]
	return r.Implement[p.Action].MatchAny(opening) >= 0 || r.objectHead(p).MatchAny(opening) >= 0
}

// unnamed returns o's words from i on, with the first word of each actor named
// blanked: "refused to answer a Turkish demand" names a party, not the "Turkish
// enclaves" a provision's object speaks of.
func unnamed(o *observation, i int) []string {
	out := slices.Clone(o.words[i:])
	for _, at := range o.actorAt {
		if at >= i {
			out[at-i] = ""
		}
	}
	return out
}

// compound reports whether a word of after holds one of obj's longer words inside it
// ("denuclearisation" names nuclear weapons).
func compound(obj WordRule, after []string) bool {
	for _, w := range obj.Words {
		stem := strings.TrimSuffix(w, "*")
		if len(stem) < 6 {
			continue
		}
		for _, a := range after {
			if len(a) > len(stem) && strings.Contains(a[1:], stem) {
				return true
			}
		}
	}
	return false
}

// obligorIn returns the first of p's obligors that one of actors stands for, or "".
func (r *Rules) obligorIn(p Provision, actors []string) string {
	for _, a := range actors {
		for _, ob := range p.Obligor {
			if r.Stands(ob, a) {
				return ob
			}
		}
	}
	return ""
}

// verbNegator holds the negative words that negate a verb, never name a thing
// missing ("never sent", "failed to", "didn't").
var verbNegator = map[string]bool{"never": true, "failed": true, "n't": true}

// absent reports whether words deny the object's presence: a negative word just
// before a word naming the object ("no troops", "none of its forces").
func (r *Rules) absent(words []string, obj WordRule) bool {
	for i := 1; i < len(words); i++ {
		if !r.Cues["negative"].MatchWord(words[i-1]) || words[i-1] == "not" || words[i-1] == "neither" || verbNegator[words[i-1]] {
			// "neither army has pulled back": "neither" picks out the sides, not a
			// thing missing; "were never sent home" negates the act, whose
			// words the object may hold.
			continue
		}
		j := i
		if r.Cues["absence"].MatchAny(words[i:min(len(words), i+2)]) == 0 {
			// "no evidence of Vietnamese forces": one modifier may come between
			j = i + 2
			if j+1 < len(words) && !obj.MatchWord(words[j]) {
				j++
			}
		}
		if j < len(words) && obj.MatchWord(words[j]) {
			return true
		}
	}
	return false
}

// noOtherSubject reports whether no actor is named before the first word of p's
// action or object in o: "It also removed 12,000 centrifuges under IAEA seals" may
// be the obligor's act, "Israeli forces pulled out" is not Hezbollah's. When the
// act and its object stand in a coordinate clause of their own, only that clause is
// looked at: in "Red Cross lorries have been carrying medicine into Zabadani, and the
// wounded were driven out on Monday", the lorries drive no one out.
func (r *Rules) noOtherSubject(p Provision, o *observation) bool {
	obj := r.objectWords(p)
	i := o.match(r.implementOf(p))
	from := coordinateStart(o.words, i)
	j := o.match(obj)
	if j >= 0 && j < from {
		if k := obj.MatchAny(o.words[from:]); k >= 0 {
			j = from + k
		} else {
			from = 0 // the object is named only before: the whole sentence tells it
		}
	}
	if i < 0 || j >= 0 && j < i {
		i = j
	}
	for k, at := range o.actorAt {
		if at < from {
			continue
		}
		if at+1 == j && !r.acts(o.actors[k]) {
			continue // "591 American prisoners were released": the object, not who acts
		}
		if i >= 0 && at < i && (at == 0 || !prepositions[o.words[at-1]]) && !r.observer(o.words, at, i) {
			return false
		}
		if i >= 0 && at > i && byAgent(o.words, at) && r.obligorIn(p, o.actors[k:k+1]) == "" {
			// "The weapons registered by the Maoists": the passive's agent is
			// the subject, and it is someone else.
			return false
		}
	}
	return true
}

// doneBefore reports whether a word of p's action in the past stands before word i
// with a clause boundary between them ("exchanged 139 soldiers ..., but hundreds
// remain").
func (r *Rules) doneBefore(p Provision, words []string, i int) bool {
	if i < 0 {
		return false
	}
	ai := r.Implement[p.Action].MatchAny(words[:i])
	return ai >= 0 && pastForm(words[ai]) && clauseBreak(words[ai:i])
}

// nounMarker words make the word after them a noun ("the remains", "of remains").
var nounMarker = map[string]bool{"the": true, "of": true, "its": true, "their": true, "his": true, "her": true, "human": true}

var relativePronoun = map[string]bool{"they": true, "it": true, "which": true, "that": true, "who": true}

// accusedAt returns the index of a word of accusation ("accused", "alleged"), or -1.
func accusedAt(words []string) int {
	for i, w := range words {
		if strings.HasPrefix(w, "accus") || strings.HasPrefix(w, "alleg") {
			return i
		}
	}
	return -1
}

// byActor returns the actor that a "by" phrase after the act at i names as its
// agent, within twelve words and before a semicolon, a colon, "but" or "while"
// ("attacks on villages since the April ceasefire, some of them by government
// aircraft"), or "".
func byActor(o *observation, i int) string {
	for k, at := range o.actorAt {
		if at <= i || at > i+12 {
			continue
		}
		for j := at - 1; j > i; j-- {
			switch o.words[j] {
			case "by":
				return o.actors[k]
			case ";", ":", "but", "while":
				return ""
			}
		}
	}
	return ""
}

// jointAgent returns the actor named before an "and" or "or" that joins it to the
// agent of the act at i, within four words: "Syrian and Russian jets pounded" names
// Syria's forces as well as Russia's.
func jointAgent(o *observation, i int) string {
	for k := i - 1; k >= max(0, i-4); k-- {
		if o.words[k] == "and" || o.words[k] == "or" {
			return o.actorBefore(k)
		}
	}
	return ""
}

// subjectNegated reports whether the act at i has a subject that "no", "neither" or
// "none" opens, in the same clause, within six words: "said no Russian or Syrian
// aircraft had attacked the convoy" denies the attack.
func subjectNegated(words []string, i int) bool {
	for k := i - 1; k >= max(0, i-6); k-- {
		switch words[k] {
		case "no", "neither", "none":
			return true
		case ",", ";", "but", "that", "which", "while", "after", "when":
			return false
		}
	}
	return false
}

// heldFire reports whether the forbidden act at i is held back: "have held their
// fire", "hold fire" keep a truce.
func heldFire(words []string, i int) bool {
	for _, w := range words[max(0, i-2):i] {
		switch w {
		case "held", "hold", "holds", "holding", "withheld":
			return true
		}
	}
	return false
}

// guardedAgainst reports whether the forbidden act at i is what something guards
// against, not an act done: "guarantees against militant attacks", "protection
// against strikes".
func guardedAgainst(words []string, i int) bool {
	return slices.Contains(words[max(0, i-2):i], "against")
}

// sufferedAt reports whether the forbidden word at i is a victim cue's participle
// after its noun ("the soldiers killed at Balyun"): a preposition follows it (not "at
// least": "the strike killed at least ten"), no perfect's auxiliary stands before it,
// and no other forbidden act follows that could name the author.
func (r *Rules) sufferedAt(words []string, i int, fw WordRule) bool {
	if i == 0 || i+1 >= len(words) || r.Cues["victim"].MatchAny(words[i:i+1]) < 0 {
		return false
	}
	switch words[i-1] {
	case "had", "has", "have":
		return false
	}
	switch words[i+1] {
	case "at", "in", "near", "during", "on", "since", "over", "when", "last", "earlier":
	default:
		return false
	}
	if words[i+1] == "at" && i+2 < len(words) && words[i+2] == "least" {
		return false
	}
	return fw.MatchAny(words[i+1:]) < 0
}

// supposedAt reports whether the forbidden act or violation at i is supposed, not
// reported: a supposed cue ("any") is one of the two words before it ("respond to
// any attack", "any further violation").
func (r *Rules) supposedAt(words []string, i int) bool {
	return r.Cues["supposed"].MatchAny(words[max(0, i-2):i]) >= 0
}

// selfRef reports whether words refer back to their speaker ("its troops", "they").
func selfRef(words []string) bool {
	for _, w := range words {
		switch w {
		case "it", "its", "they", "their", "we", "our":
			return true
		}
	}
	return false
}

// pastForm reports whether w looks like a verb's past form: "exchanged", "left",
// not "decommissioning annex".
func pastForm(w string) bool {
	if strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "left", "held", "took", "gave", "freed", "came", "went", "sent", "flew", "built", "made", "met", "paid", "began", "begun", "kept", "struck", "fought", "withdrew", "brought", "handed", "set", "cut", "hit", "put":
		return true
	}
	return false
}

// joining are the clause stops that join a clause to the one before.
var joining = map[string]bool{"but": true, "while": true, "although": true, "though": true, "whereas": true}

// joined reports whether the clause holding word i opens with a word that joins it
// to what went before ("which has not yet started", "but not yet"), rather than
// being the predicate of a subject set off by a parenthesis ("Talks on the second
// phase, which were due in February, never got under way").
func joined(words []string, i int) bool {
	lo, _ := clauseAt(words, i)
	if lo > 0 && joining[words[lo-1]] {
		return true // the stop itself joins: "signed the protocol, but its parliament has yet to ratify it"
	}
	switch words[lo] {
	case "which", "that", "who", "but", "although", "though", "while", "and":
		return true
	}
	return false
}

// clauseBreak reports whether words hold a clause boundary ("which", "but", ",").
func clauseBreak(words []string) bool {
	for _, w := range words {
		switch w {
		case "which", "but", ",", ";", "although", "though":
			return true
		}
	}
	return false
}

// continuing reports whether p holds over a period: an action of the continuing kind
// without a deadline.
func (r *Rules) continuing(p Provision) bool {
	if p.Deadline != nil && p.Deadline.Date != "" {
		return false
	}
	// An act with a vocabulary of its own (a reduction "for 15 years") is done once
	// and then kept; a duty of kind other with a period is kept throughout. So is
	// an opening ("the opening of the airport", "the registration of the party"),
	// or a movement allowed once ("the evacuation of the wounded", "the entry of
	// government troops into the district"): done once, it is met.
	if p.Action == Allow && openingAct(p.Object) {
		return false
	}
	return r.Continuing[p.Action] || p.Action == Other && (heldFor(p) || r.standing(p.Object)) || (p.Action == Other || p.Action == Negotiate) && r.manner(p.Object)
}

// manner reports whether object holds a word of the manner cue: a way of acting kept
// over time ("settle their differences by peaceful means").
func (r *Rules) manner(object string) bool {
	return memoOf(&r.mannerMemo, object, func() bool {
		return r.Cues["manner"].MatchAny(strings.Fields(strings.ToLower(object))) >= 0
	})
}

// standing reports whether one of the first two words of object is of the standing
// cue: a duty of kind other that names a state kept rather than an act done once
// ("respect the constitution", "neutrality of the 14th Army", "army confined to its
// barracks"). A word in -ing counts only first: after a verb it describes a noun.
func (r *Rules) standing(object string) bool {
	n := 0
	for rest := object; rest != "" && n < 2; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if w = strings.ToLower(w); w == "" || determiner[w] {
			continue
		}
		if r.Cues["standing"].MatchWord(w) && !(n > 0 && strings.HasSuffix(w, "ing")) {
			// "remaining a party to the treaty" keeps a state; "mark the
			// remaining border sections" marks them once.
			return true
		}
		n++
	}
	return false
}

// openingAct reports whether object names, first, the one act that opens what is
// allowed: "the opening of the Palestinian airport", "registration of the FMLN".
func openingAct(object string) bool {
	return openingWord(object) != ""
}

// openingWord is the word of object that openingAct finds, or "".
func openingWord(object string) string {
	for rest := object; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if w = strings.ToLower(w); w == "" || determiner[w] {
			continue
		}
		switch w {
		case "opening", "reopening", "registration", "resumption", "restoration", "lifting", "evacuation", "departure", "entry":
			return w
		}
		return ""
	}
	return ""
}

// obligorMoves reports whether word i of o, a word of the movement an access of p
// is to allow but none of the action's own ("moved out", "left"), has an obligor
// as its subject: the obligor moving allows no one else's movement ("Government
// troops moved out of their positions" is no evacuation of the wounded).
func (r *Rules) obligorMoves(p Provision, o *observation, i int) bool {
	switch openingWord(p.Object) {
	case "evacuation", "departure", "entry":
	default:
		return false
	}
	return o.actWord(r.Implement[p.Action]) < 0 && r.obligorIn(p, []string{o.agentBefore(i)}) != ""
}

// implementOf is the rule of what carries out p: its action's, and for an access
// to one act (openingAct) also that act's own words, so that the act reported
// done is the access given ("More than a hundred of the wounded were moved out of
// Zabadani" for their evacuation, "The electoral commission registered Renamo as a
// political party" for its registration).
func (r *Rules) implementOf(p Provision) WordRule {
	impl := r.Implement[p.Action]
	if p.Action != Allow {
		return impl
	}
	w := openingWord(p.Object)
	if w == "" {
		return impl
	}
	return memoRule(&r.openingRules, w, func() WordRule {
		return NewWordRule(impl.Cameo, append(slices.Clone(impl.Words), r.wordForms(w)...))
	})
}

// heldFor reports whether a condition of p states the period it holds for ("until the
// end of the war", "for 15 years"): the convention for obligations that hold over a
// period (testdata/agreements/README.md).
func heldFor(p Provision) bool {
	for _, c := range p.Conditions {
		f := strings.Fields(strings.ToLower(c))
		if len(f) >= 3 && f[0] == "until" || len(f) >= 2 && f[0] == "for" && periodUnit(f[len(f)-1]) {
			return true
		}
	}
	return false
}

func periodUnit(w string) bool {
	switch strings.TrimRight(w, ",.") {
	case "days", "weeks", "months", "years", "day", "week", "month", "year":
		return true
	}
	return false
}

func codes(as []event.Actor) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Code
	}
	return out
}

func hasWord(words []string, stem string) bool {
	for _, w := range words {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// refusedEvent returns a refusal event of o by p's obligor.
func refusedEvent(r *Rules, p Provision, o *observation) (event.Event, bool) {
	for _, e := range o.events {
		m := r.Modality[string(e.Modality)]
		if (m == "refusal" || r.Refuse.MatchCameo(e.Cameo) && m == "done") && r.standsAny(p.Obligor, codes(e.Source)) {
			return e, true
		}
	}
	return event.Event{}, false
}

// forbidden returns an asserted event of o that p forbids: an act of the forbidden
// kinds by the obligor against someone other than itself, after start.
func (r *Rules) forbidden(p Provision, o *observation, start time.Time) (event.Event, bool) {
	fw, ok := r.Forbid[p.Action]
	if !ok {
		return event.Event{}, false
	}
	if !r.bansAttacks(p) {
		// A ban on something other than attacks ("no haven for al-Qaeda") is not
		// broken by fighting.
		return event.Event{}, false
	}
	for _, e := range o.events {
		if r.Modality[string(e.Modality)] != "done" || !fw.MatchCameo(e.Cameo) {
			continue
		}
		if e.Date.Basis != event.BasisExplicit && e.Date.Basis != event.BasisRelative {
			continue // undated: it may be history
		}
		if !r.standsAny(p.Obligor, codes(e.Source)) || len(e.Target) == 0 {
			continue
		}
		if r.standsAny(codes(e.Source), codes(e.Target)) {
			continue // a party's own forces, or fighting within one side
		}
		if ti := len(o.words) - len(o.wordsAfter(e.Trigger.Start)); len(o.wordAt) > 0 && ti < len(o.words) && r.precededBySubordinate(o.words, ti) {
			continue // background: "after its leader was killed in 2021"
		}
		if d := eventDate(e, o.pub); !start.IsZero() && !d.After(start) {
			continue
		}
		return e, true
	}
	return event.Event{}, false
}

// partOfWhole reports whether words count a part of a larger whole: a number, at
// most two words, "of", a few words of estimation, and a larger number ("24,000
// fighters of an estimated 33,000", "19,000 of the 40,000").
func partOfWhole(words []string) bool {
	for i := range words {
		v, n, ok := text.ParseNumber(words[i:])
		if !ok {
			continue
		}
		j := i + n
		if j < len(words) && (words[j] == "percent" || words[j] == "%") {
			continue // "90 percent of the 4.7 million voters"
		}
		for k := 0; k < 2 && j < len(words) && words[j] != "of"; k++ {
			j++
		}
		if j >= len(words) || words[j] != "of" {
			continue
		}
		j++
		for j < len(words) {
			switch words[j] {
			case "an", "a", "the", "estimated", "about", "some", "around", "roughly", "nearly", "almost", "total":
				j++
				continue
			}
			break
		}
		if w, _, ok := text.ParseNumber(words[j:]); ok && w > v*1.05 {
			return true
		}
	}
	return false
}

// placeNamed reports whether words, where they say what the obligor left ("pulled
// out of most of Hebron": the act word, then "from" or "out" within two
// words), name the place p's object says it is to leave ("from the rural areas of
// the West Bank"); true when either names no place.
func (r *Rules) placeNamed(p Provision, words []string) bool {
	_, place, ok := strings.Cut(strings.ToLower(p.Object), " from ")
	if !ok {
		return true
	}
	pw := r.wordsOf(place, "")
	ai := actWord(r.Implement[p.Action], words)
	if len(pw.Words) == 0 || ai < 0 {
		return true
	}
	for k := ai + 1; k < min(len(words), ai+3); k++ {
		if words[k] == "from" || words[k] == "out" {
			return pw.MatchAny(words[k+1:min(len(words), k+6)]) >= 0
		}
	}
	return true
}

// datelineEnd is the index of the first word after a dateline that opens words
// ("hebron , west bank , jan 17 –", "washington ( june 1 ) –"): a dash among the
// first twelve words after a month's name. It is 0 when there is none.
func datelineEnd(words []string) int {
	month := false
	for k, w := range words[:min(len(words), 12)] {
		switch {
		case w == "–" || w == "—":
			if month {
				return k + 1
			}
			return 0
		case monthWord(w):
			month = true
		}
	}
	return 0
}

func monthWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if _, ok := monthOf(w); ok {
		return true
	}
	switch w {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// coordinated reports whether words i and j stand in coordinate clauses: ";", "but"
// or ", and" between them ("ratified the deal on January 25, and on Friday approved
// the protocol"); not an apposition ("handed over 55 boxes, the first such
// repatriation").
func coordinated(words []string, i, j int) bool {
	if i < 0 || j < 0 {
		return false
	}
	for k := min(i, j); k < max(i, j); k++ {
		if words[k] == ";" || words[k] == "but" || words[k] == "," && k+1 < len(words) && words[k+1] == "and" {
			return true
		}
	}
	return false
}

// coordinateStart is the first word of the coordinate clause word i stands in
// (after the last ";", "but" or ", and" before it; coordinated), or 0.
func coordinateStart(words []string, i int) int {
	for k := i - 1; k >= 0; k-- {
		if words[k] == ";" || words[k] == "but" || words[k] == "," && k+1 < len(words) && words[k+1] == "and" {
			return k + 1
		}
	}
	return 0
}

// shareOf reports whether object names a share of something ("troops from about 80
// percent of Hebron", "half of the stock"): a report of "most" of it may be all of it.
func shareOf(object string) bool {
	for _, w := range strings.Fields(strings.ToLower(object)) {
		switch w {
		case "percent", "half", "most", "part", "parts", "share", "third", "quarter":
			return true
		}
	}
	return false
}

// bansAttacks reports whether fighting may break p: any continuing obligation but a
// ban whose object names no forbidden act ("flights of combat aircraft", "a haven
// for al-Qaeda").
func (r *Rules) bansAttacks(p Provision) bool {
	if p.Action != Prohibit {
		return true
	}
	fw := r.Forbid[p.Action]
	for _, w := range strings.Fields(strings.ToLower(p.Object)) {
		if fw.MatchWord(w) {
			return true
		}
		// "striking", "hitting": the verb's forms in -ing.
		if stem, ok := strings.CutSuffix(w, "ing"); ok && len(stem) >= 3 {
			if fw.MatchWord(stem) || fw.MatchWord(stem+"e") || stem[len(stem)-1] == stem[len(stem)-2] && fw.MatchWord(stem[:len(stem)-1]) {
				return true
			}
		}
	}
	return false
}

// generalCode reports whether code matches impl only through a three-digit prefix
// while impl also lists a more specific one under it ("084" beside "0841"): the
// general code covers other things than the action (0842, returning property).
func generalCode(impl WordRule, code string) bool {
	matched := ""
	for _, p := range impl.Cameo {
		if strings.HasPrefix(code, p) && len(p) > len(matched) {
			matched = p
		}
	}
	if len(matched) != 3 {
		return false
	}
	for _, p := range impl.Cameo {
		if len(p) > 3 && strings.HasPrefix(p, matched) {
			return true
		}
	}
	return false
}

// anotherActionCode reports whether code falls under a more specific code that
// another action's rule lists and a's does not: a truce declared (0871) is no
// withdrawal, though both come under 087.
func (r *Rules) anotherActionCode(a Action, code string) bool {
	own := r.Implement[a].Cameo
	for b, impl := range r.Implement {
		if b == a {
			continue
		}
		for _, q := range impl.Cameo {
			if len(q) > 3 && strings.HasPrefix(code, q) && !slices.Contains(own, q) {
				return true
			}
		}
	}
	return false
}

// beginIsObject reports whether every word of beginning in words is a word of
// obj: "The Senate had approved the treaty" carries out an approval, it begins
// nothing.
func (r *Rules) beginIsObject(obj WordRule, words []string) bool {
	found := false
	for _, w := range words {
		if r.Cues["begin"].MatchWord(w) {
			if !obj.MatchWord(w) {
				return false
			}
			found = true
		}
	}
	return found
}

// actPast reports whether the words naming p's action in words may report it done:
// false when they stand only after a modal or "to" ("so that the two sides could
// exchange prisoners", "that a conference be held"), with none in the past ("Russia
// handed over 215 prisoners"). Only then does a sentence stating p's term also report
// it done.
func (r *Rules) actPast(p Provision, words []string) bool {
	if p.Action == Other {
		// Without a vocabulary, the act is its object's: a past form must stand
		// by a word of it ("Hadi was elected"), not anywhere ("15 ministries go
		// to ZANU-PF, and three to the faction led by Mutambara").
		obj := r.objectWords(p)
		for i, w := range words {
			if obj.MatchWord(w) && slices.ContainsFunc(words[max(0, i-2):min(len(words), i+3)], pastForm) {
				return true
			}
		}
		return false
	}
	impl := r.Implement[p.Action]
	modal := false
	for i := range words {
		if impl.MatchAny(words[i:min(i+2, len(words))]) != 0 {
			continue
		}
		if i > 0 && modalWord[words[i-1]] {
			modal = true
			continue
		}
		if pastForm(words[i]) {
			return true
		}
	}
	return !modal
}

// modalWord words make the verb after them no report of an act done.
var modalWord = map[string]bool{
	"be": true, "to": true, "could": true, "would": true, "will": true, "may": true, "might": true,
	"can": true, "must": true, "should": true, "shall": true,
}

// byAgent reports whether the actor at word at is a passive's agent: "by" stands
// before it, or before its determiner ("by the Maoists").
func byAgent(words []string, at int) bool {
	return at > 0 && words[at-1] == "by" || at > 1 && determiner[words[at-1]] && words[at-2] == "by"
}

// observer reports whether the actor at word at is the subject of a verb of
// observation before word i ("United Nations monitors have verified 19,602 fighters
// living in the cantonments"): it reports the act, it does not do it.
func (r *Rules) observer(words []string, at, i int) bool {
	k := r.Cues["observe"].MatchAny(words[at:i])
	return k >= 0 && k <= 4
}

// actWord returns the index of the first word of words naming the action of impl,
// leaving out an act noun that modifies the noun after it ("the rebels attacked its
// troops at disarmament camps" disarms no one), or -1.
func actWord(impl WordRule, words []string) int {
	for i := range words {
		if impl.MatchAny(words[i:min(i+2, len(words))]) != 0 {
			continue
		}
		if i+1 < len(words) && nominalised(words[i]) && pluralNoun(words[i+1]) {
			continue
		}
		return i
	}
	return -1
}

func nominalised(w string) bool {
	for _, suf := range []string{"ment", "al", "tion", "sion"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// pluralNoun reports whether w looks like a plural noun ("camps", "plans"), not a
// verb or a function word ("was", "has", "is").
func pluralNoun(w string) bool {
	switch w {
	case "was", "has", "is", "as", "its", "this", "his", "thus", "plus", "does", "goes", "began", "began,":
		return false
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// elsewhere reports whether words send what p moves to another place or party than
// the one its object names: p's object says where to ("prisoners who refuse
// repatriation to a commission of neutral nations"), and the "to" after the act in
// words is followed by none of those words.
func (r *Rules) elsewhere(p Provision, words []string) bool {
	_, dest, ok := strings.Cut(strings.ToLower(p.Object), " to ")
	if !ok {
		return false
	}
	dw := r.wordsOf(dest, "")
	if len(dw.Words) == 0 {
		return false
	}
	ai := actWord(r.Implement[p.Action], words)
	if ai < 0 {
		return false
	}
	for i := ai + 1; i < len(words); i++ {
		if words[i] != "to" {
			continue
		}
		return dw.MatchAny(words[i+1:min(i+5, len(words))]) < 0
	}
	return false
}

// stayedThere reports whether the remain word at i speaks of the place the act before
// it went to ("went back to its barracks and has stayed there"): the obligor stays
// where the act took it, which is no part of it left undone.
func (r *Rules) stayedThere(p Provision, words []string, i int) bool {
	if i+1 >= len(words) || words[i+1] != "there" {
		return false
	}
	ai := actWord(r.Implement[p.Action], words[:i])
	return ai >= 0 && slices.ContainsFunc(words[ai:min(ai+2, i)], pastForm)
}

// actNounSubject reports whether the sentence opens with the act itself as its
// subject ("The talks had opened on August 8", "The exchange went ahead"): a
// report of the act that needs no agent nor its object named. The act's noun is a
// word of its vocabulary that is no verb form, followed by a past form.
func actNounSubject(impl WordRule, words []string) bool {
	if len(words) < 3 || words[0] != "the" || !impl.MatchWord(words[1]) || pastForm(words[1]) || strings.HasSuffix(words[1], "ing") {
		return false
	}
	return slices.ContainsFunc(words[2:min(len(words), 5)], pastForm)
}

// namesAll reports whether words name every person the object names by name (its
// runs of two or more capitalised words, at least two in all): "let go Mr Floderus
// and a second Swede, Saeed Azizi" frees the whole of "Johan Floderus and Saeed
// Azizi", though no count is given. A first name may be left out when the surname
// follows it. A capitalised word alone ("Bosnian prisoners held by Serbia") is a
// people's or a place's, no person's name.
func namesAll(object string, words []string) bool {
	fs := strings.Fields(object)
	n := 0
	for i, f := range fs {
		next := i+1 < len(fs) && startsUpper(fs[i+1])
		if !startsUpper(f) || !next && (i == 0 || !startsUpper(fs[i-1])) {
			continue
		}
		w := strings.ToLower(strings.Trim(f, ",.;:()"))
		if slices.Contains(words, w) {
			n++
			continue
		}
		if next {
			continue // a first name before its surname
		}
		return false
	}
	return n >= 2
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// occasionHeld reports whether words tell that the occasion p's object names first
// (an `occasion` word: "referendum on self-determination", "vote on returning
// Zelaya"), or second after a word of its own ("multiparty elections"), took place:
// its word, or a form of it, and an `occurred` word ("Sunday's referendum, held on
// July 1"; "deputies voted 111 to 14").
func (r *Rules) occasionHeld(p Provision, words []string) bool {
	cw := contentWords(p.Object)
	if len(cw) > 1 && !r.Cues["occasion"].MatchWord(cw[0]) {
		cw = cw[1:] // "multiparty elections", "a general election": a word before it
	}
	if len(cw) == 0 || !r.Cues["occasion"].MatchWord(cw[0]) || r.Cues["occurred"].MatchAny(words) < 0 {
		return false
	}
	head := cw[0][:min(4, len(cw[0]))]
	return slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, head) && r.Cues["occasion"].MatchWord(w) })
}

// peopleVoted reports whether o tells the citizens of a state that is to hold the
// vote p's object names first ("referendum on the amended constitution",
// "plebiscite on the monarchy") voting in it: an actor of o is the civilians (CVL)
// of an obligor that is the state or one of its organs, the sentence says they
// voted, and it names the vote, or, besides, objectWords more of the object's
// words ("Greeks voted on Sunday in the plebiscite", "Bolivians voted on the new
// constitution"). Lawmakers voting on a text ("parliament voted on the draft
// constitution") are no people's vote; a vote planned ("will vote") is left to
// the caller's intent.
func (r *Rules) peopleVoted(p Provision, o *observation, objectWords int) bool {
	if !slices.Contains(o.words, "voted") {
		return false // first: most sentences tell no vote, and the object's words cost more
	}
	cw := contentWords(p.Object)
	if len(cw) == 0 || !r.Cues["occasion"].MatchWord(cw[0]) {
		return false
	}
	if !r.occasionHeld(p, o.words) && objectWords < 1 {
		return false
	}
	return slices.ContainsFunc(o.actors, func(a string) bool {
		return strings.HasSuffix(a, "CVL") && slices.ContainsFunc(p.Obligor, func(ob string) bool { return Root(ob) == Root(a) && r.state(ob[len(Root(ob)):]) })
	})
}

// dealsOwnIntent reports whether every word of intent in words has a deal as its
// subject in a clause of its own that recalls p's term: "as" inside the sentence,
// or "that" or "which" right after a word of p's object, then within eight words
// a `pact` word, then the word of intent ("on May 24, as the declaration
// required", "in the plebiscite that the agreement of February had promised").
// A sentence opening on "That deal required ..." states the term; "said that the
// accord required a vote" reports it.
func (r *Rules) dealsOwnIntent(p Provision, words []string) bool {
	intent, pact, obj := r.Cues["intent"], r.Cues["pact"], r.objectWords(p)
	found := false
	for k := range words {
		if intent.MatchAny(words[k:k+1]) != 0 {
			continue
		}
		found = true
		recalled := false
		for j := k - 1; j >= max(1, k-8) && !recalled; j-- {
			switch words[j] {
			case "as":
				recalled = pact.MatchAny(words[j+1:k]) >= 0
			case "that", "which":
				recalled = obj.MatchWord(words[j-1]) && pact.MatchAny(words[j+1:k]) >= 0
			}
		}
		if !recalled {
			return false
		}
	}
	return found
}

// ratified reports whether words tell the ratification or approval p's object names
// first ("ratification of the accords") done: a `ratify` word in the past ("Both
// parliaments had ratified the accords", "Parliament ratified it two days after it
// was signed"), not one still awaited ("has yet to be ratified").
func (r *Rules) ratified(p Provision, words []string) bool {
	// The words first: read asks this of every sentence it reads for a duty of kind
	// other, and few tell a ratification; ratification splits the object's words.
	ratify := r.Cues["ratify"]
	if !slices.ContainsFunc(words, func(w string) bool { return pastForm(w) && ratify.MatchWord(w) }) {
		return false
	}
	return r.ratification(p) && !r.unbound(words)
}

// ratification reports whether p is a duty of kind other whose object names a
// ratification or an approval first ("ratification of the accords").
func (r *Rules) ratification(p Provision) bool {
	cw := contentWords(p.Object)
	return p.Action == Other && len(cw) > 0 && r.Cues["ratify"].MatchWord(cw[0])
}

// termArticle reports whether o is in an article that states p (its evidence or one
// of its sources). Of the deal's own days, such an article's undated talks are the
// deal's.
func termArticle(p Provision, o *observation) bool {
	id := o.ev.ArticleID
	return id != "" && (p.Evidence.ArticleID == id || slices.ContainsFunc(p.Sources, func(e Evidence) bool { return e.ArticleID == id }))
}

// publishes reports whether every act word of impl in words is followed, within
// two words, by a word of the published cue ("released video of the trucks",
// "released a statement"): what is released is a text or a picture, not captives.
func (r *Rules) publishes(impl WordRule, words []string) bool {
	found := false
	for i, w := range words {
		if !impl.MatchWord(w) {
			continue
		}
		if r.Cues["published"].MatchAny(words[i+1:min(len(words), i+3)]) < 0 {
			return false
		}
		found = true
	}
	return found
}

// objectToldUndone reports whether o opens on p's object, at least two of its words
// named before a negative cue that follows within a few words ("The regional
// assembly has yet to be convened"), or on "no" and the object's first word before
// a perfect passive ("No amnesty law has been passed"), with no one else its
// subject: the object itself is told not done.
func (r *Rules) objectToldUndone(p Provision, o *observation, obj WordRule) bool {
	words := o.words
	from := datelineEnd(words)
	oi, ni := obj.MatchAny(words[from:]), r.Cues["negative"].MatchAny(words[from:])
	if oi > 0 && oi == noneOpening(words[from:]) && len(obj.Words) > 0 && wordRule(obj.Words[0]).MatchWord(words[from+oi]) {
		// "No amnesty law has been passed", "None of the plebiscites has been
		// held": the object's first word after an opening "no" or "none of",
		// then a perfect passive.
		for k := from + oi + 1; k+1 < len(words) && k <= from+oi+4; k++ {
			if words[k] == "been" && pastForm(words[k+1]) {
				return r.noOtherSubject(p, o)
			}
		}
		return false
	}
	if oi < 0 || oi > 2 || ni <= oi || ni-oi > 8 || clauseBreak(words[from+oi:from+ni]) {
		return false
	}
	return objectScore(obj, words[from+oi:from+ni]) >= min(2, len(obj.Words)) && r.noOtherSubject(p, o)
}

// noneOpening is the index of the word after an opening "no" ("No amnesty law") or
// "none of" / "neither of" and a determiner ("None of the plebiscites"), or -1.
func noneOpening(words []string) int {
	switch {
	case len(words) > 1 && words[0] == "no":
		return 1
	case len(words) > 2 && (words[0] == "none" || words[0] == "neither") && words[1] == "of":
		if determiner[words[2]] {
			return 3
		}
		return 2
	}
	return -1
}

// completionPlanned reports whether every word of completion in words follows, within
// three words, "due" or a word of intent ("due to be finished", "is to be
// completed"): the completion is a plan.
func (r *Rules) completionPlanned(words []string) bool {
	found := false
	for i, w := range words {
		if !r.Cues["complete"].MatchWord(w) {
			continue
		}
		before := words[max(0, i-3):i]
		if !slices.Contains(before, "due") && r.Cues["intent"].MatchAny(before) < 0 {
			return false
		}
		found = true
	}
	return found
}
