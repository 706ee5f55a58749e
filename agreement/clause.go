package agreement

import (
	"slices"
	"strings"

	"github.com/peacewatch/peacewatch/text"
)

// clause is one commitment stated in a terms sentence: who is bound (the subject), the
// verb phrase, and the stretch of words the commitment governs.
type clause struct {
	from, to int // tokens of the sentence the clause covers, subject and modifiers included
	subjFrom int // where the subject begins
	verb     int // first word of the verb (or of the action noun when nominal)
	subj     []actorAt
	subjNoun string // the head word of a subject that names no actor ("truce", "talks")
	group    bool   // the subject names all parties ("both sides")
	pronoun  bool   // the subject is a pronoun or missing: it is the previous clause's
	negated  bool
	passive  bool // "will be formed", "will be allowed to"
	permits  bool // "Egypt agreed that cargoes may pass": the agreeing side allows what may happen
	nominal  bool // a noun states the term ("the exchange of ...", "A halt to ...")
	forced   bool // a list point after "X will:" or a noun right after a modal: the verb whatever its tag
	while    bool // "..., while Congo carries out operations": a duty in step with the one before
}

// subjectOf makes the verb at i the clause's, its subject what stands before it in
// the sentence (not a point's mark).
func (c *clause) subjectOf(v *sent, i int) {
	c.verb = i
	c.subjFrom = max(subjectStart(v, i), v.first)
	c.from = c.subjFrom
	c.subjNoun = headNoun(v, c.subjFrom, i)
}

// partners returns the actors a duty at verb binds beside its subject: those it is
// done "jointly with" or "together with" before the clause's next comma ("Libya is to
// patrol its coast jointly with Italy").
func partners(v *sent, verb int) []actorAt {
	for k := verb + 1; k+2 < len(v.words); k++ {
		switch v.words[k] {
		case ",", ";", ".", "and":
			return nil
		case "jointly", "together":
			if v.words[k+1] != "with" {
				continue
			}
			end := k + 2
			for end < len(v.words) && v.words[end] != "," && v.words[end] != ";" && v.words[end] != "." && v.words[end] != "to" {
				end++
			}
			return v.actorsIn(k+2, end)
		}
	}
	return nil
}

var adverbs = map[string]bool{"then": true, "also": true, "gradually": true, "jointly": true, "immediately": true,
	"only": true, "each": true, "both": true, "still": true, "first": true, "fully": true,
	"now": true, "further": true, "together": true, "automatically": true, "progressively": true, "swiftly": true}

var pronouns = map[string]bool{"they": true, "it": true, "he": true, "she": true, "we": true, "this": true}

// commitments returns the clauses of a sentence that commit someone to act: a modal
// and a verb ("will withdraw", "are to begin", "must remove"), a verb after "agreed
// to" or "requires X to", a participle after "with X" ("with NATO allies withdrawing"),
// and bullet lines that start with a verb. agreeing says whether "would" counts too.
func commitments(lx *lexicon, v *sent, agreeing, afterModal bool) []clause {
	var out []clause
	pledging := !hasAny(v.words, 0, len(v.words), "if", "unless", "until") && !threatens(lx, v)
	n := len(v.words)
	// "Under the truce agreed in Havana, the security forces suspended offensive
	// operations ...", "Under the original terms, X halted ...": terms of a deal in
	// force told in the past tense; an act dated after the verb is the deal carried
	// out, not its terms ("Under the deal, Israel released 39 prisoners on Friday")
	underDeal := false
	if v.word(0) == "under" {
		if k, _, m := lx.find("deal", v.words, 1, min(n, 5)); k > 0 && (v.tag(k+m) == "VBN" || hasAny(v.words, 1, k, "original")) || hasAny(v.words, 1, min(n, 4), "terms") && hasAny(v.words, 1, 4, "original") {
			underDeal = true
		}
	}
	datedAfter := func(i int) bool {
		for _, dm := range v.dates {
			if dm.Tok > i {
				return true
			}
		}
		return false
	}
	for i := 0; i < n; i++ {
		w := v.words[i]
		var c clause
		vb := -1
		steps := false
		switch {
		case underDeal && (v.tag(i) == "VBD" || v.tag(i) == "VBN" && !hasAny(v.words, i-1, i, "been", "was", "were", "has", "have", "had", "be", "is", "are")) && i > 2 && !datedAfter(i) &&
			(len(v.actorsIn(subjectStart(v, i), i)) > 0 || lx.has("state", v.words, subjectStart(v, i), i) || lx.has("nonstate", v.words, subjectStart(v, i), i)):
			if p, k := lx.match("action", v.words, i); k > 0 && p.value != string(Other) {
				vb = i
			}
		case w == "would" && hasAny(v.words, i-2, i, "hoped", "hope", "hopes", "expected", "wanted", "wished"):
			// "the deal that both had hoped would crown the visit": a wish, no duty
		case w == "would" && agreeing:
			vb = verbAfter(lx, v, i+1, &c)
		case w == "would" && pledging:
			// "Zelensky said Ukraine would also refrain from ...": a party's pledge
			vb = verbAfter(lx, v, i+1, &c)
			p, k := lx.match("action", v.words, max(vb, 0))
			if vb >= 0 && k == 0 && c.passive && v.word(vb) == "held" {
				// "follow-on negotiations ... would be held at the earliest date": the
				// act the subject names
				p, k = lx.match("action", []string{headNoun(v, subjectStart(v, i), i)}, 0)
			}
			if vb < 0 || k == 0 || p.value == string(Other) || c.negated {
				vb = -1
			}
		case w == "agreed" || w == "pledged" || w == "committed" || w == "agree" || w == "undertook" || w == "undertakes" || w == "promised" ||
			(w == "commits" || w == "commit" || w == "pledges" || w == "undertake") && v.word(i+1) == "to" ||
			(v.word(i+1) == "to" || v.word(i+1) == "not") && lx.has("pledge", v.words, i, i+1):
			// "North Korea commits to work toward ...": the subject before the verb
			j := i + 1
			if v.word(j) == "itself" || v.word(j) == "themselves" {
				j++
			}
			if v.word(j) == "not" && v.word(j+1) == "to" {
				c.negated = true // "Each side pledged not to let its territory be used ..."
				j++
			}
			if v.word(j) == "," {
				// "had agreed, with the involvement of the international community, to
				// stop firing": the complement after an aside between commas
				for k := j + 1; k < min(n, j+13); k++ {
					if v.word(k) == "," {
						if v.word(k+1) == "to" && isVerb(lx, v, k+2) {
							j = k + 1
						}
						break
					}
				}
			}
			// "agreed in Havana on Tuesday to prolong ..."
			for k := j; k < min(n, i+9) && v.word(j) != "to"; k++ {
				if w := v.word(k); w == "," || w == "that" || w == ";" || strings.HasPrefix(v.tag(k), "VB") {
					break
				} else if w == "to" && isVerb(lx, v, k+1) {
					j = k
				}
			}
			// "the hostages it had agreed to release" refers back to a deal
			relative := v.word(i-1) == "had" && pronouns[v.word(i-2)] && strings.HasPrefix(v.tag(i-3), "NN") ||
				v.word(i-1) == "had" && hasAny(v.words, i-6, i, "once", "until", "after", "when") || // "once the two sides had agreed how to exchange data": a condition
				hasAny(v.words, i-3, i, "not", "n't", "never", "refused", "no")
			if v.word(j) == "to" && isVerb(lx, v, j+1) && !relative {
				vb = verbAfter(lx, v, j+1, &c)
			}
		case (w == "barred" || w == "banned" || w == "forbidden" || w == "prohibited") && v.word(i+1) == "from" && (v.word(i-1) == "is" || v.word(i-1) == "are"):
			// "Combat aircraft ... are barred from flying over the zone": a ban
			c.passive = true
			vb = i
			i--
		case (w == "have" || w == "has") && timeAllowed(lx, v, i) > 0 && i > v.first:
			// "the two defence ministries have seven days to agree on its borders": a
			// duty with its time limit
			vb = verbAfter(lx, v, timeAllowed(lx, v, i)+1, &c)
		case (w == "allowed" || w == "permitted") && (v.word(i-1) == "is" || v.word(i-1) == "are") && capSubject(v, subjectStart(v, i-1), i-1):
			// "No more than 1,320 launchers are allowed on either side": a ceiling
			c.passive = true
			vb = i
			i--
		case (w == "required" || w == "obliged" || w == "obligated" || w == "bound") && (v.word(i-1) == "was" || v.word(i-1) == "is" || v.word(i-1) == "were" || v.word(i-1) == "are"):
			if v.word(i+1) == "to" && isVerb(lx, v, i+2) {
				vb = verbAfter(lx, v, i+2, &c) // "Israel is required to withdraw"
				i--                            // the subject ends before "is"
			} else {
				c.passive = true // "The pullback was required within 24 hours"
				vb = i
			}
		case w == "requires" || w == "required" || w == "require" || (w == "calls" || w == "called" && citesTerms(lx, v)) && v.word(i+1) == "for" ||
			w == "commits" || w == "obliges" || w == "obligates" || w == "binds" || (w == "committed" || w == "obliged" || w == "bound") && v.word(i-1) != "has" && v.word(i-1) != "have":
			// "requires X to VB": the subject is X
			for j := i + 1; j < min(n, i+12); j++ {
				if v.words[j] == "to" && (isVerb(lx, v, j+1) || v.word(j+1) == "be") {
					c.subjFrom = i + 1
					vb = verbAfter(lx, v, j+1, &c)
					if vb >= 0 {
						c.subj = subjectActors(v, i+1, j) // "obliges LRA fighters in Uganda and southern Sudan to ..."
						c.subjNoun = headNoun(v, i+1, j)
						c.group = lx.has("group", v.words, i+1, j)
						c.verb = vb
						c.from = i + 1
						if c.passive && v.word(i+1) == "for" {
							// "calls for a council to be formed": what is formed, by the parties
							c.subjFrom, c.subj, c.subjNoun, c.group = i+2, nil, "", true
						}
						out = append(out, c)
						i = vb
					}
					vb = -2
					break
				}
				if v.words[j] == "," || v.words[j] == "." {
					break
				}
			}
			if vb == -2 {
				continue
			}
			vb = -1
		case (w == "gave" || w == "gives" || w == "give") && timeGiven(lx, v, i+1) > 0:
			// "The protocol gave the army ten days from the signing to redeploy": the
			// army is to redeploy within ten days
			k := timeGiven(lx, v, i+1)
			num := i + 1
			for num < k && !durations[v.word(num+1)] {
				num++
			}
			if vb = verbAfter(lx, v, k+1, &c); vb < 0 {
				continue
			}
			c.subjFrom, c.from, c.verb = i+1, i+1, vb
			c.subj = subjectActors(v, i+1, num)
			c.subjNoun = headNoun(v, i+1, num)
			c.group = lx.has("group", v.words, i+1, num)
			out = append(out, c)
			i = vb
			continue
		case (w == "may" || w == "can" || w == "shall" || w == "will") && v.word(i-1) == "nor" && pronouns[v.word(i+1)] && isVerb(lx, v, i+2):
			// "Nor may it own, make or test atomic weapons": the subject before is
			// barred as well
			c = clause{from: i - 1, subjFrom: i + 1, verb: i + 2, pronoun: true, negated: true}
			out = append(out, c)
			i += 2
			continue
		case w == "may" && mayBan(lx, v, i):
			// "X may not build new airfields", "Neither army may move its
			// artillery": a ban
			k := i + 1
			if v.word(k) == "not" {
				k++
			}
			vb = verbAfter(lx, v, k, &c)
			c.negated = true
		case w == "may" && capAfter(v, i+1, n) > i+1 && lx.has("group", v.words, subjectStart(v, i), i):
			// "Each side may keep no more than 2,400 launchers": a ceiling the sides
			// share is a duty
			vb = i + 1
		case w == "may" && isVerb(lx, v, i+1) && agreedThat(v, i) > 0 && !lx.has("skip", v.words, i+1, i+2) && !durationVerbs[v.word(i+1)]:
			// "Egypt, for its part, agreed that non-military cargoes may pass through the
			// Suez Canal": Egypt allows the passage
			k := agreedThat(v, i)
			from := subjectStart(v, k-1)
			for from < k-1 && (v.word(from) == "," || determiners[v.word(from)]) {
				from++
			}
			c = clause{from: k + 1, subjFrom: k + 1, verb: i + 1, subj: subjectActors(v, from, k-1), permits: true}
			if len(c.subj) == 0 {
				continue
			}
			out = append(out, c)
			i++
			continue
		case v.tag(i) == "VBZ" && i > 0 && dealActs[Action(stemAction(lx, w))] && dealHead(lx, v, i):
			// "The agreement, mediated by Kofi Annan, creates the post of a prime
			// minister": what the deal itself does binds its parties
			c.group = true
			c.subjectOf(v, i)
			out = append(out, c)
			continue
		case v.tag(i) == "VBZ" && takesEffect(v, i) && i > v.first && !v.bullet && subjectStart(v, i) == v.first && hasDealNoun(lx, v, v.first, i, "ceasefire", "truce") && !citesTerms(lx, v):
			// "The ceasefire between the army and the groups takes effect with the
			// signing": the truce the deal starts, in the present tense (a cue or a
			// list point names the truce as a noun; "when the truce takes effect" dates
			// another term)
			c.subjectOf(v, i)
			out = append(out, c)
			continue
		case (v.tag(i) == "VBZ" || v.tag(i) == "VBP" || renounceNoun(v, i)) && i > v.first && presentDuty(lx, v, i):
			// "Yaoundé guarantees the Nigerians ... the right to stay", "Riga in turn
			// allows Moscow to run the radar": a deal's term told in the present
			c.subjectOf(v, i)
			c.subj = subjectActors(v, c.subjFrom, i)
			c.group = lx.has("group", v.words, c.subjFrom, i)
			c.forced = renounceNoun(v, i)
			out = append(out, c)
			continue
		case w == "while" && len(out) > 0:
			// "Rwanda is to lift its measures within 90 days, while Congo carries out
			// operations ...": the present tense states the other side's duty
			for _, a := range v.actors {
				if a.tok == i+1 && a.Code != "" && !a.Place && (v.tag(a.end) == "VBZ" || v.tag(a.end) == "VBP") {
					c = clause{from: i, subjFrom: i + 1, verb: a.end, subj: []actorAt{a}, while: true}
					out = append(out, c)
					i = a.end
					break
				}
			}
			continue
		case w == "with" && i+1 < n:
			// ", with NATO allies withdrawing troops"
			for j := i + 1; j < min(n, i+6); j++ {
				if x := v.words[j]; (x == "gone" || x == "withdrawn") && len(out) > 0 && j > i+1 && (nounPhrase(v, i+1, j) || v.tag(j-1) == "CD" && (j == i+2 || nounPhrase(v, i+1, j) || onlyModifiers(v, i+1, j-1))) && len(v.actorsIn(i+1, j)) == 0 {
					// ", with the first 3,000 gone by April 1": a part of the subject before
					// has left by then
					p := out[len(out)-1]
					c = clause{from: i, subjFrom: p.subjFrom, verb: j, subj: p.subj, subjNoun: p.subjNoun, group: p.group, pronoun: p.pronoun, passive: true}
					out = append(out, c)
					i = j
					break
				}
				if strings.HasSuffix(v.words[j], "ing") && v.tag(j) == "VBG" {
					if p, k := lx.match("action", v.words, j); k > 0 && p.value != "" {
						as := v.actorsIn(i+1, j)
						if len(as) > 0 {
							c = clause{from: i, subjFrom: i + 1, verb: j, subj: as}
							out = append(out, c)
							i = j
						} else if len(out) > 0 && nounPhrase(v, i+1, j) {
							// ", with a first group laying down its arms by ...": a part of
							// the subject before does the act
							p := out[len(out)-1]
							c = clause{from: i, subjFrom: p.subjFrom, verb: j, subj: p.subj, subjNoun: p.subjNoun, group: p.group, pronoun: p.pronoun}
							out = append(out, c)
							i = j
						}
					}
					break
				}
			}
			continue
		default:
			_, k := lx.match("modal", v.words, i)
			if (w == "is" || w == "are" || w == "was" || w == "were") && adverbs[v.word(i+1)] && v.word(i+2) == "to" && (v.word(i+3) == "be" || w == "was" || w == "were" || isVerb(lx, v, i+3) && v.tag(i+3) == "VB") {
				k = 3 // "Steps are also to be taken", "Israel was also to return ...", "are also to meet"
			}
			if (w == "is" || w == "are") && v.word(i+1) == "no" && v.word(i+2) == "longer" && v.word(i+3) == "to" && (v.word(i+4) == "be" || isVerb(lx, v, i+4)) {
				k, c.negated = 4, true // "The air force is no longer to fly combat missions": barred from now on
			}
			if (w == "is" || w == "are") && v.word(i+1) == "not" && v.word(i+2) == "to" && (v.word(i+3) == "be" || isVerb(lx, v, i+3) && v.tag(i+3) == "VB") && !hasAny(v.words, i, n, "instead") {
				// "The areas held ... are not to be extended": a duty not to act; "X
				// are not to be disbanded; instead ..." says what the deal does not do
				k, c.negated = 3, true
			}
			if k > 0 {
				vb = verbAfter(lx, v, i+k, &c)
				if vb > 0 && c.passive && v.word(vb) == "taken" && v.word(vb+1) == "to" && isVerb(lx, v, vb+2) && hasAny(v.words, i-2, i, "steps", "measures") {
					// "Steps are to be taken to resume postal links": the act is the
					// infinitive's, the parties' duty
					vb, c.passive = vb+2, false
					steps = true
				}
			}
		}
		if vb < 0 {
			continue
		}
		c.verb = vb
		c.subjFrom = max(subjectStart(v, i), v.first) // a point's mark ("2.") is no part of its subject
		c.from = c.subjFrom
		c.subj = subjectActors(v, c.subjFrom, i)
		if len(c.subj) > 0 {
			c.subj = append(c.subj, partners(v, vb)...)
		}
		c.subjNoun = headNoun(v, c.subjFrom, i)
		c.group = lx.has("group", v.words, c.subjFrom, i)
		sw := v.word(c.subjFrom)
		if sw == "and" || sw == "," {
			sw = v.word(c.subjFrom + 1)
		}
		if k := neitherAt(lx, v, c.subjFrom, i); k >= 0 {
			// "Neither side will block ...", "..., and neither side is to place ...",
			// "neither may station troops": both sides are barred
			c.negated, c.group = true, true
			c.subjFrom, c.from = k, k
		}
		// "their heavy weapons are to be withdrawn": whose they are is who is bound
		if len(c.subj) == 0 && !c.group && (c.subjFrom >= i-1 || pronouns[sw] || sw == "their" || sw == "its") {
			c.pronoun = true
		}
		if steps {
			c.subjNoun, c.pronoun = "", true // whoever the sentences before bind
		}
		out = append(out, c)
		i = vb
	}
	// A bullet that starts with a verb continues the sentence that introduced it.
	if f := v.first; v.bullet && len(v.words) > f && (len(out) == 0 || out[0].subjFrom > f+1) &&
		(isVerb(lx, v, f) && v.tag(f) != "VBG" || afterModal && !determiners[v.word(f)] && v.tag(f) != "DT") {
		out = slices.Insert(out, 0, clause{from: f, subjFrom: f, verb: f, pronoun: true, forced: afterModal})
	}
	// a relative clause naming no actor ("of which only 5,060 at Natanz will enrich")
	// binds no party
	out = slices.DeleteFunc(out, func(c clause) bool {
		if _, n := lx.match("action", []string{c.subjNoun}, 0); n > 0 {
			return false // "the date which negotiations are set to begin"
		}
		if w := v.word(c.subjFrom - 2); v.word(c.subjFrom-1) == "that" && (w == "means" || w == "meaning" || w == "mean") {
			return true // "..., which in Kabul's reading means that Pakistan must stop ...": a reading of the terms
		}
		if hasAny(v.words, c.subjFrom-1, c.verb, "where") && !whereAside(v, c.subjFrom, c.verb) && !(c.negated && c.group && v.word(c.subjFrom) == "neither") {
			// "..., where a UN mission will register": a place's description ("a park
			// where neither may station troops" bans both sides from it)
			return true
		}
		return len(c.subj) == 0 && !c.group && openRelative(v, c.subjFrom-1, c.verb) && !relativeHasVerb(v, c.subjFrom, c.verb)
	})
	// coordinated verbs share the subject: "will restore ... and allow ..."
	for k := 0; k < len(out); k++ {
		c := out[k]
		end := n
		if k+1 < len(out) {
			end = out[k+1].from
		}
		if c.passive {
			// "The assembly is to be dissolved and new elections held within a year":
			// a second subject undergoing an act, "is to be" left out
			for j := c.verb + 1; j < end; j++ {
				if w := v.words[j]; w == "," || w == ";" {
					break
				} else if e := ellipticalPassive(v, j+1, end); w == "and" && e > 0 && v.tag(j+1) != "PRP$" {
					// ("... dismantled and their members brought into the police" is the
					// same body's fate, one act)
					nc := clause{from: j, subjFrom: j + 1, verb: e, subj: subjectActors(v, j+1, e), subjNoun: headNoun(v, j+1, e), passive: true}
					out = slices.Insert(out, k+1, nc)
					end = j
					break
				}
			}
		}
		for j := c.verb + 2; j < end; j++ {
			// "will resume flights ..., reopen their embassies and restore ...": a
			// comma joins the verbs of a list as "and" does
			listed := v.words[j] == "," && (v.tag(j+1) == "VB" || v.tag(j+1) == "VBP") && hasAny(v.words, j+2, end, "and")
			if (v.words[j] == "before" || v.words[j] == "after") && v.word(j+1) == "being" && !c.passive {
				// "will gather in cantonment sites before being disarmed": the subject
				// undergoes the act the deal names next
				if p, m := lx.match("action", v.words, j+2); m > 0 && p.value != string(Other) {
					nc := clause{from: j, subjFrom: c.subjFrom, verb: j + 2, subj: c.subj, group: c.group, pronoun: c.pronoun, passive: true, subjNoun: c.subjNoun}
					out = slices.Insert(out, k+1, nc)
					break
				}
			}
			if v.words[j] == "and" {
				// "Israel is to withdraw ..., and Egypt to establish ...": a second
				// subject whose modal the ellipsis leaves out
				if e := ellipticalSubject(lx, v, j+1, end); e > 0 {
					nc := clause{from: j, subjFrom: j + 1, verb: e + 1, subj: subjectActors(v, j+1, e), subjNoun: headNoun(v, j+1, e), group: lx.has("group", v.words, j+1, e)}
					out = slices.Insert(out, k+1, nc)
					break
				}
			}
			if v.words[j] != "and" && !listed && !(v.words[j] == "," && v.word(j+1) == "to" && v.word(c.verb-1) == "to") {
				continue
			}
			vb := j + 1
			negated := false
			if v.word(vb) == "not" && v.word(vb+1) == "to" {
				vb++ // "to recognise ... and not to deploy forces"
				negated = true
			}
			infinitive := v.word(vb) == "to"
			if infinitive {
				vb++ // "pledged to respect ... and to end hostilities"
			}
			beVBN := v.word(vb) == "be" && v.tag(vb+1) == "VBN"
			if beVBN {
				vb++ // "are to gather at assembly points and be demobilised"
			}
			if v.tag(vb) != "VB" && v.tag(vb) != "VBN" && v.tag(vb) != "VBP" && !(v.tag(vb) == "NN" && isVerb(lx, v, vb)) && !freesCaptives(lx, v, vb) {
				continue // "will gather in 15 designated zones and demobilise": the tagger's noun is the verb
			}
			_, st := lx.match("start", v.words, vb)
			// an infinitive joined to the clause's own ("commits X to recognise ..., to
			// renounce ...") is a duty whatever its act
			p, m := lx.match("action", v.words, vb)
			inList := listed || v.words[j] == "and" && v.word(c.from) == ","
			// "will withdraw all of its troops ... within 60 days, and dismantle its
			// military bases there": a bare verb after ", and" shares the modal
			bare := v.words[j] == "and" && v.word(j-1) == "," && v.tag(vb) == "VB" && !c.passive && !infinitive && lx.has("modal", v.words, max(0, c.verb-3), c.verb) &&
				(determiners[v.word(vb+1)] || v.tag(vb+1) == "PRP$")
			around := aroundPronoun(lx, v, vb) // "will withdraw from the airport and hand it over to the UN"
			if m > 0 && (p.value != string(Other) || inList) || st > 0 || infinitive && v.word(c.verb-1) == "to" && isVerb(lx, v, vb) || bare || around != "" && around != string(Other) {
				nc := clause{from: j, subjFrom: c.subjFrom, verb: vb, subj: c.subj, group: c.group, pronoun: c.pronoun, passive: c.passive && v.tag(vb) == "VBN" || beVBN, subjNoun: c.subjNoun, negated: negated}
				out = slices.Insert(out, k+1, nc)
				break
			}
		}
	}
	for k := range out {
		if k > 0 && out[k].from <= out[k-1].verb {
			// "Israel will allow ... and will halt ...": the second clause starts
			// after the first one's verb; its subject is the first one's
			out[k].from = out[k-1].verb + 1
			for j := out[k].verb - 1; j > out[k-1].verb; j-- {
				if w := v.word(j); w == "and" || w == "," || w == ";" {
					out[k].from = j
					break
				}
			}
			if out[k].subjFrom <= out[k-1].verb {
				// the subject is whatever stands between the join and the verb
				c := &out[k]
				c.subjFrom = c.from
				if s := subjectActors(v, c.from, c.verb); len(s) > 0 {
					c.subj, c.pronoun, c.group = s, false, false
					c.subjNoun = headNoun(v, c.from+1, c.verb)
				}
			}
		}
	}
	for k := range out {
		if k+1 < len(out) {
			out[k].to = out[k+1].from
		} else {
			out[k].to = n
		}
	}
	return out
}

// ellipticalSubject returns the "to" after a short noun phrase starting at i that
// names a new subject before an infinitive of the vocabulary ("and Egypt to
// establish", "and the Nepal Army to lock up"), 0 when the words from i are none.
func ellipticalSubject(lx *lexicon, v *sent, i, end int) int {
	for e := i + 1; e < min(end, i+6); e++ {
		if v.word(e) != "to" {
			continue
		}
		if !isVerb(lx, v, e+1) || len(v.actorsIn(i, e)) == 0 && !lx.has("group", v.words, i, e) && !lx.has("state", v.words, i, e) && !lx.has("nonstate", v.words, i, e) {
			return 0
		}
		for k := i; k < e; k++ {
			if t := v.tag(k); !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && t != "DT" && t != "POS" && t != "CD" {
				return 0
			}
		}
		return e
	}
	return 0
}

// timeGiven returns the "to" after a period given to someone, from token i on ("the
// army ten days from the signing to redeploy"): a noun phrase, a count of days, weeks
// or months, an optional anchor, then an infinitive. -1 when the words say no such thing.
func timeGiven(lx *lexicon, v *sent, i int) int {
	count := func(k int) bool {
		_, used, ok := text.ParseNumber(v.words[k:min(len(v.words), k+1)])
		return ok && used == 1
	}
	k := i
	for k < min(len(v.words), i+5) && !count(k) {
		if t := v.tag(k); !strings.HasPrefix(t, "NN") && !determiners[v.word(k)] && t != "JJ" && t != "POS" && v.word(k) != "'s" {
			return -1
		}
		k++
	}
	if k == i || !count(k) || !durations[v.word(k+1)] {
		return -1
	}
	for j := k + 2; j < min(len(v.words), k+8); j++ {
		if w := v.word(j); w == "to" && isVerb(lx, v, j+1) {
			return j
		} else if w == "," || w == "." || w == ";" {
			return -1
		}
	}
	return -1
}

// durationVerbs say how long or what something takes ("the talks may take months"),
// not what a side lets happen.
var durationVerbs = map[string]bool{"take": true, "last": true, "be": true, "need": true, "require": true, "cost": true, "remain": true, "have": true}

// agreedThat returns the "that" of "agreed that" a few words before the modal at i
// ("agreed that cargoes may pass"), -1 when none.
func agreedThat(v *sent, i int) int {
	for k := i - 1; k > max(0, i-12); k-- {
		if w := v.word(k); w == "," || w == ";" {
			return -1
		}
		if v.word(k) == "that" {
			switch v.word(k - 1) {
			case "agreed", "agrees", "accepted", "accepts", "conceded", "undertook":
				return k
			}
			return -1
		}
	}
	return -1
}

// takesEffect reports whether the verb at i starts its subject's force: "takes
// effect", "comes into force", "enters into force".
func takesEffect(v *sent, i int) bool {
	switch v.word(i) {
	case "takes":
		return v.word(i+1) == "effect"
	case "comes", "enters", "goes":
		return v.word(i+1) == "into" && v.word(i+2) == "force" || v.word(i+1) == "into" && v.word(i+2) == "effect"
	}
	return false
}

// ellipticalPassive returns the participle ending a noun phrase that starts at i ("new
// legislative elections held"), -1 when the words from i are no noun phrase and a
// participle within end.
func ellipticalPassive(v *sent, i, end int) int {
	noun := false
	for k := i; k < min(end, i+6); k++ {
		t := v.tag(k)
		switch {
		case determiners[v.word(k)] || t == "JJ" || t == "CD":
			if noun {
				return -1
			}
		case strings.HasPrefix(t, "NN"):
			noun = true
		case (t == "VBN" || t == "VBD") && noun:
			return k
		default:
			return -1
		}
	}
	return -1
}

// verbAfter returns the verb a modal at i governs, skipping adverbs and "not" (which
// negates) and "be allowed to"/"be VBN" (passives); -1 when no verb follows.
func verbAfter(lx *lexicon, v *sent, i int, c *clause) int {
	for j := i; j < min(len(v.words), i+5); j++ {
		w := v.words[j]
		switch {
		case w == "not" || w == "n't" || w == "never":
			c.negated = true
		case w == "no" && v.word(j+1) == "longer":
			c.negated = true // "will no longer fly", "is no longer to fly"
			j++
		case w == "in" && (v.word(j+1) == "return" || v.word(j+1) == "exchange"):
			j++ // "will in return support"
		case adverbs[w] || v.tag(j) == "RB" && strings.HasSuffix(w, "ly"):
			// "will permanently end", "shall progressively withdraw"
		case (w == "be" || w == "been") && v.word(j+1) == "in" && v.word(j+2) == "place":
			// "the zone will be in place by October 15": the subject is set up
			c.passive = true
			return j + 1
		case w == "be" && (v.word(j+1) == "gone" || v.word(j+1) == "out" && v.word(j+2) == "of" || v.word(j+1) == "off" && determiners[v.word(j+2)]):
			// "half of them must be gone by August 15", "is to be out of Afghanistan
			// within nine months", "are to be off the ridge by May 3": the subject
			// has left
			c.passive = true
			return j + 1
		case w == "be" || w == "been":
			c.passive = true
			if v.word(j+1) == "allowed" || v.word(j+1) == "permitted" {
				return j + 1
			}
		case w == "have" && v.word(j+1) == "the" && v.word(j+2) == "right" && v.word(j+3) == "to":
			// "Refugees ... will have the right to return": as "will be allowed to"
			c.passive = true
			return j + 2
		case w == "have" || w == "to":
		default:
			if isVerb(lx, v, j) {
				return j
			}
			if t := v.tag(j + 1); v.tag(j) == "NN" && v.tag(j-1) == "MD" && (t == "PRP$" || t == "DT") {
				c.forced = true
				return j // "must hand their weapons in": the tagger's noun is the verb
			}
			return -1
		}
	}
	return -1
}

// freesCaptives reports whether "free" at i, tagged as an adjective, is the verb of
// captives freed ("will pardon the rebels and free its captives"), not "free
// elections".
func freesCaptives(lx *lexicon, v *sent, i int) bool {
	if v.word(i) != "free" || v.tag(i) != "JJ" {
		return false
	}
	for k := i + 1; k < min(len(v.words), i+4); k++ {
		if lx.has("captive", v.words, k, k+1) {
			return true
		}
		if !(v.tag(k) == "JJ" || v.tag(k) == "CD" || determiners[v.word(k)] || v.tag(k) == "PRP$") {
			return false
		}
	}
	return false
}

// isVerb reports whether token i reads as a verb: a verb tag, or a word of the action
// vocabulary the tagger took for a noun ("free", "swap").
func isVerb(lx *lexicon, v *sent, i int) bool {
	t := v.tag(i)
	if strings.HasPrefix(t, "VB") || t == "MD" {
		return true
	}
	if i < len(v.words) && (t == "NN" || t == "JJ" || t == "NNS" || t == "RB") {
		if _, n := lx.match("action", v.words, i); (n > 0 || aroundPronoun(lx, v, i) != "") && v.word(i-1) != "the" && v.word(i-1) != "a" {
			return true
		}
	}
	return false
}

// aroundPronoun returns the act of the verb at i and the particle after its pronoun
// object ("hand it over", "pull them back"), "" when the words make none.
func aroundPronoun(lx *lexicon, v *sent, i int) string {
	if it := v.word(i + 1); it != "it" && it != "them" {
		return ""
	}
	if p, k := lx.match("action", []string{v.word(i), v.word(i + 2)}, 0); k == 2 {
		return p.value
	}
	return ""
}

// subjectStart returns where the subject of a modal at i begins: after the last
// comma, "that", ";" or colon before it, or after "and" joining two clauses.
func subjectStart(v *sent, i int) int {
	if d := v.word(i - 1); d == "–" || d == "—" {
		// "Russian peacekeepers – 1,960 troops with small arms – will deploy": the
		// subject stands before the aside the dashes close
		for k := i - 2; k > 0; k-- {
			if w := v.word(k); w == d {
				return subjectStart(v, k)
			} else if w == ";" || w == ":" {
				break
			}
		}
	}
	j := clauseBoundary(v, i, i)
	// an appositive ("the Sudan Revolutionary Front, an alliance of armed groups,") or
	// a list ("the United States, the European Union and ...") reaches further back
	for n := 0; n < 4 && j > 0 && v.word(j-1) == ","; n++ {
		k := clauseBoundary(v, j-1, j-1)
		if k >= j-1 {
			break
		}
		seg := v.actorsIn(j, i)
		prev := v.actorsIn(k, j-1)
		if len(seg) == 0 && len(prev) > 0 && v.word(i-1) == "," && i-j <= 4 && (v.tag(j) == "IN" || strings.HasPrefix(v.tag(j), "RB")) {
			// "South Africa, in turn, must cut ...": an adverbial aside just before
			// the modal
			j = k
			continue
		}
		if v.word(i-1) == "," && phraseAside(v, j, i-1) && (len(prev) > 0 || k <= v.first && (nounPhrase(v, k, j-1) || ofPhrase(v, k, j-1)) && !hasTag(v, j, i-1, "PRP$")) {
			// "Martial law, in force since December, is to be lifted", "The brigade
			// at Faluja, north-east of Gaza, will leave", "A mixed commission of
			// officers, with a UN chairman, will supervise ...": a phrase that only
			// describes the subject before it ("The governments, for their part,
			// will ...": whose part the pronoun says)
			j = k
			continue
		}
		// ", with France taking part,": a participial aside
		aside := v.word(j) == "with" && hasTag(v, j, i, "VBG") || strings.HasPrefix(v.tag(j), "VBN") || v.tag(j) == "VBG" || participles[v.word(j)] ||
			(v.word(j) == "with" || v.word(j) == "of") && v.word(i-1) == "," && len(seg) == 0 // "Intermediate-range missiles, with ranges of 1,000 to 5,500 kilometres, must ..."
		if len(prev) == 0 && !((aside || v.tag(j) == "VBD") && k == 0 && (nounPhrase(v, k, j-1) || ofPhrase(v, k, j-1))) {
			// "Mixed units, made up of soldiers and former fighters, are to ...": an
			// aside after a subject naming no actor
			break
		}
		med := mediatorToks(loadLexicon(), v)
		list := len(seg) > 0 && onlyActors(v, k, j-1) && !slices.ContainsFunc(prev, func(a actorAt) bool { return med[a.tok] })
		if len(prev) == 0 {
			aside = true
		}
		// "A joint control commission of Russia, Moldova and the Dniester authorities
		// will ...": the list closes a body's "of"
		if p := prev; len(seg) > 0 && len(p) > 0 && p[len(p)-1].end == j-1 && v.word(p[0].tok-1) == "of" && onlyActors(v, p[0].tok, j-1) && hasAny(v.words, j, i, "and") {
			list = true
		}
		appositive := len(seg) == 0 && (v.word(j) == "a" || v.word(j) == "an") && !hasAny(v.words, j, i, "which", "who") ||
			len(seg) == 0 && v.word(i-1) == "," && (v.tag(j) == "CD" || approxWords[v.word(j)] && (v.tag(j+1) == "CD" || isNumberWord(v.word(j+1)))) // "UNITA's fighters, some fifty thousand by the army's estimate, are to ..."

		// "Yugoslav army, police and paramilitary forces must be withdrawn": role
		// nouns listed after an actor's noun share its modifier
		nouns := len(seg) == 0 && nounPhrase(v, k, j-1) && hasAny(v.words, j, i, "and") && nounList(v, j, i)
		if !list && !appositive && !aside && !nouns {
			break
		}
		j = k
	}
	return j
}

// phraseAside reports whether tokens [i, j), set off by commas, are a phrase with no
// verb that describes what stands before it rather than naming a new subject: a
// prepositional phrase naming no side ("in force since December", "with a UN
// chairman", its head no actor), or a place ("north-east of Gaza").
func phraseAside(v *sent, i, j int) bool {
	if j <= i || j-i > 8 {
		return false
	}
	for k := i; k < j; k++ {
		if t := v.tag(k); strings.HasPrefix(t, "VB") || t == "MD" || t == "WDT" || t == "WP" || v.word(k) == "and" {
			return false // ("..., and Egypt will ...": a clause of its own)
		}
	}
	as := v.actorsIn(i, j)
	places := slices.ContainsFunc(v.actors, func(a actorAt) bool { return a.tok >= i && a.tok < j && a.Place })
	if places && len(as) == 0 && hasAny(v.words, i, j, "of", "in", "near") {
		return true // "north-east of Gaza"
	}
	if v.tag(i) != "IN" || v.word(i) == "that" {
		return false
	}
	// the actors named are modifiers of the phrase's head, not its head
	return !slices.ContainsFunc(as, func(a actorAt) bool { return a.end >= j })
}

// inPhraseAside reports whether token k of the subject [from, to) lies in a phrase
// aside set off by commas (phraseAside).
func inPhraseAside(v *sent, from, to, k int) bool {
	open, end := -1, -1
	for x := k - 1; x > from && open < 0; x-- {
		if v.word(x) == "," {
			open = x
		}
	}
	for x := k + 1; x < to && end < 0; x++ {
		if v.word(x) == "," {
			end = x
		}
	}
	return open > 0 && end > 0 && phraseAside(v, open+1, end)
}

// nounList reports whether tokens [i, j) are nouns and adjectives joined by commas and
// "and", ending in a noun ("police and paramilitary forces").
func nounList(v *sent, i, j int) bool {
	if j <= i || !strings.HasPrefix(v.tag(j-1), "NN") {
		return false
	}
	for k := i; k < j; k++ {
		if t, w := v.tag(k), v.word(k); !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && w != "and" && w != "," {
			return false
		}
	}
	return true
}

// openRelative reports whether a "which" or "who" in tokens [i, j) opens a relative
// clause that runs up to j, not an aside closed by a comma before it ("Traffic on the
// highways, which link ..., is to be restored").
func openRelative(v *sent, i, j int) bool {
	for k := j - 1; k >= max(i, 0); k-- {
		if w := v.word(k); w == "which" || w == "who" {
			return !hasAny(v.words, k+1, j, ",")
		}
	}
	return false
}

// nounPhrase reports whether tokens [i, j) are a noun phrase: determiners, adjectives
// and nouns ending in a noun.
func nounPhrase(v *sent, i, j int) bool {
	if j <= i || !strings.HasPrefix(v.tag(j-1), "NN") {
		return false
	}
	for k := i; k < j; k++ {
		if t := v.tag(k); !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && t != "DT" && t != "CD" {
			return false
		}
	}
	return true
}

// clauseBoundary scans back from i for the start of the stretch before it: after a
// comma, ";", ":", "that", "while", a bullet mark, or "which" after a preposition
// ("under which the UN will ..."). A parenthetical (", which is meant to ...,") just
// before i is skipped.
func clauseBoundary(v *sent, i, limit int) int {
	j := i
	for j > 0 {
		w := v.word(j - 1)
		if w == "," && v.inDate(j-1) {
			j-- // "the ceasefire of December 17, 1971": no break
			continue
		}
		if w == "," && (j == limit || v.word(j) == "which" || v.word(j) == "who") {
			k := j - 1
			for k > 0 && (v.word(k-1) != "," || v.inDate(k-1)) && v.word(k-1) != ";" {
				k--
			}
			if k > 0 && (v.word(k) == "which" || v.word(k) == "who" || v.word(k) == "whose" || j == limit && (asideOpener(v, k) || v.word(k) == "where")) {
				j = k - 1
				continue
			}
			if j == limit && k < j-1 {
				j--
				continue
			}
			return j
		}
		if w == "which" && j >= 2 && v.tag(j-2) == "IN" {
			return j
		}
		if j < i && text.IsReportingVerb(w) && strings.HasPrefix(v.tag(j-1), "VB") {
			return j // "Zelensky said Ukraine would ...": the subject follows the verb
		}
		if w == "," || w == ";" || w == ":" || w == "that" || w == "while" || w == "-" || w == "•" || isNumberedMark(w) && j-1 == 0 {
			return j
		}
		j--
	}
	return j
}

// onlyActors reports whether tokens [from, to) are actor mentions, determiners and
// "and" only.
func onlyActors(v *sent, from, to int) bool {
	for k := from; k < to; k++ {
		w := v.word(k)
		if w == "and" || w == "the" || w == "," {
			continue
		}
		in := false
		for _, a := range v.actors {
			if k >= a.tok && k < a.end {
				in = true
			}
		}
		if !in {
			return false
		}
	}
	return true
}

var subjectPreps = map[string]bool{"in": true, "of": true, "from": true, "for": true, "on": true, "against": true,
	"by": true, "with": true, "to": true, "at": true, "into": true, "near": true, "between": true}

// subjectActors returns the actors of the subject [from, to): those not inside a
// prepositional phrase ("Hezbollah and other armed groups in Lebanon" is Hezbollah).
func subjectActors(v *sent, from, to int) []actorAt {
	var out []actorAt
	med := mediatorToks(loadLexicon(), v)
	for _, a := range v.actorsIn(from, to) {
		if med[a.tok] || inRelativeAside(v, from, a.tok) || nationalSociety(v, a) {
			continue
		}
		inPP := false
		for k := from; k < a.tok; k++ {
			if subjectPreps[v.words[k]] {
				inPP = true
			}
		}
		if !inPP {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		// ("The pullback agreed in Paris is to be completed": where an act happened
		// binds no one; "the government in Port Moresby" is that government)
		return slices.DeleteFunc(v.actorsIn(from, to), func(a actorAt) bool {
			return med[a.tok] || isVenue(v, a) && strings.HasPrefix(v.tag(a.tok-2), "VB") || inAside(v, from, a.tok) || nationalSociety(v, a)
		})
	}
	return out
}

// nationalSociety reports whether the actor a is the Red Cross named as a side's own
// society ("their Red Cross societies will meet"): it stands for the sides, not for
// the International Committee the dictionary codes.
func nationalSociety(v *sent, a actorAt) bool {
	w := v.word(a.end)
	return strings.HasPrefix(a.Code, "NGOICRC") && (w == "society" || w == "societies")
}

// headNoun returns the last noun of the subject [from, to) before any preposition.
func headNoun(v *sent, from, to int) string {
	head := ""
	for k := from; k < to; k++ {
		if countOpener(v, k) && head == "" {
			continue // "Up to 7,500 rebel fighters": a count, no phrase
		}
		if subjectPreps[v.words[k]] || v.words[k] == "," || (v.tag(k) == "VBG" || v.tag(k) == "VBN") && head != "" {
			break
		}
		if strings.HasPrefix(v.tag(k), "NN") {
			head = v.words[k]
		}
	}
	return head
}

func hasAny(words []string, from, to int, ws ...string) bool {
	for i := max(from, 0); i < min(to, len(words)); i++ {
		if contains(ws, words[i]) {
			return true
		}
	}
	return false
}

func hasTag(v *sent, from, to int, tag string) bool {
	for k := from; k < to; k++ {
		if v.tag(k) == tag {
			return true
		}
	}
	return false
}

// inDate reports whether token k lies inside a date mention ("December 17, 1971").
func (v *sent) inDate(k int) bool {
	for _, dm := range v.dates {
		if k > dm.Tok && k < dm.TokEnd-1 {
			return true
		}
	}
	return false
}

// relativeHasVerb reports whether the relative clause opened in the subject [from, to)
// has a finite verb of its own ("All prisoners who wish to go home are to be
// repatriated"): the modal after it is the main clause's.
func relativeHasVerb(v *sent, from, to int) bool {
	m := to - 1 // the modal: "are" of "are to be", "will" of "will not"
	for m > from && (v.word(m) == "to" || v.word(m) == "be" || v.word(m) == "not" || adverbs[v.word(m)]) {
		m--
	}
	for k := m - 1; k >= max(from, 0); k-- {
		if w := v.word(k); w == "which" || w == "who" {
			return hasTag(v, k+1, m, "VBD") || hasTag(v, k+1, m, "VBP") || hasTag(v, k+1, m, "VBZ")
		}
	}
	return false
}

// inRelativeAside reports whether token i lies in a relative clause set off by commas
// after the subject that begins at from (", whose presence the opposition opposed,").
func inRelativeAside(v *sent, from, i int) bool {
	for k := i; k > from; k-- {
		switch w := v.word(k); {
		case w == ",":
			if k < i {
				return false
			}
		case (w == "whose" || w == "who" || w == "which") && v.word(k-1) == ",":
			return true
		}
	}
	return false
}

// whereAside reports whether the "where" of the subject [from, to) opens an aside set
// off by commas after the subject's head ("a referendum in the province, where three
// peoples live side by side, will decide ..."): the subject is still the main clause's.
func whereAside(v *sent, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if v.word(k) == "where" && v.word(k-1) == "," {
			return hasAny(v.words, k+1, to, ",")
		}
	}
	return false
}

// asideOpener reports whether token k, after a comma, opens an aside: an adverb or a
// participle ("observers, already in the country, ...", "troops, stationed there since
// 1968, ...").
func asideOpener(v *sent, k int) bool {
	t := v.tag(k)
	return t == "RB" || t == "VBN" || t == "VBG"
}

// inAside reports whether token i lies in an aside of the subject that begins at from:
// a relative clause ("a referendum in which Algerians ...") or a phrase set off by a
// comma that opens with an adverb or participle ("observers, already in the country to
// watch the Cuban withdrawal, ..."). Those who act there are not who the subject is.
func inAside(v *sent, from, i int) bool {
	for k := i - 1; k > from; k-- {
		switch w := v.word(k); {
		case w == "which" || w == "whom" || w == "whose" || w == "where":
			return true
		case w == ",":
			return k+1 < i && (asideOpener(v, k+1) || withParticiple(v, k+1))
		}
	}
	return false
}

// withParticiple reports whether the phrase at k, after a comma, is "with" and a
// participle before the next comma ("A joint committee, with the United States taking
// part, will ..."): an absolute phrase that tells who else is there, not who the
// subject is.
func withParticiple(v *sent, k int) bool {
	if v.word(k) != "with" {
		return false
	}
	for j := k + 1; j < min(len(v.words), k+9); j++ {
		switch {
		case v.word(j) == "," || v.word(j) == ";":
			return false
		case v.tag(j) == "VBG":
			return true
		}
	}
	return false
}

// onlyModifiers reports whether tokens [i, j) are determiners and adjectives ("the
// first" of "the first 3,000").
func onlyModifiers(v *sent, i, j int) bool {
	for k := i; k < j; k++ {
		if t := v.tag(k); t != "DT" && !strings.HasPrefix(t, "JJ") {
			return false
		}
	}
	return j > i
}

// stemMatch matches the action phrase at i with the verb at i in its base form
// ("gives up" as "give up", "gives" as "give"); n is 0 when none matches.
func stemMatch(lx *lexicon, v *sent, i int) (phrase, int) {
	w := v.words[i]
	for _, suf := range []string{"es", "s"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && stem != "" {
			ws := slices.Clone(v.words[i:min(len(v.words), i+6)])
			ws[0] = stem
			if p, n := lx.match("action", ws, 0); n > 0 {
				return p, n
			}
		}
	}
	if a := stemAction(lx, w); a != "" {
		return phrase{words: []string{w}, value: a}, 1
	}
	return phrase{}, 0
}

// stemAction returns the action a third-person verb's base form names ("creates",
// "establishes"), "" when none.
func stemAction(lx *lexicon, w string) string {
	for _, suf := range []string{"es", "s"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && stem != "" {
			if p, n := lx.match("action", []string{stem}, 0); n > 0 {
				return p.value
			}
		}
	}
	if givers[w] && strings.HasSuffix(w, "s") {
		return string(Transfer) // "Kyrgyzstan hands the land to ...": "hand" alone is no act of the lexicon
	}
	return ""
}

// dealHead reports whether the subject of the verb at i is the deal itself ("The
// agreement, mediated by ..., creates ...").
func dealHead(lx *lexicon, v *sent, i int) bool {
	from := max(subjectStart(v, i), v.first)
	h := headNoun(v, from, i)
	_, n := lx.match("deal", []string{h}, 0)
	return n > 0 && len(v.actorsIn(from, from+3)) == 0
}

// dealActs are what a deal does by itself, as its subject ("The agreement creates ...",
// "... grants ...", "... bans ..."); a deal that "leaves" something does not withdraw.
var dealActs = map[Action]bool{Establish: true, Allow: true, Prohibit: true, Transfer: true}

// participles are past participles the tagger may take for nouns ("drawn in equal
// numbers from ..."): they open an aside as a VBN does.
var participles = map[string]bool{"drawn": true, "made": true, "led": true, "chosen": true, "taken": true, "built": true, "held": true}

// ofPhrase reports whether tokens [i, j) are two noun phrases joined by "of" ("a new
// national army of 30,000 men").
func ofPhrase(v *sent, i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if v.word(k) == "of" {
			return nounPhrase(v, i, k) && nounPhrase(v, k+1, j)
		}
	}
	return false
}

// presentDuty reports whether the present-tense verb at i states a side's duty of the
// vocabulary: its subject is a coded side, right before it or past an aside ("Riga, in
// turn, allows ..."), and the act is no other.
func presentDuty(lx *lexicon, v *sent, i int) bool {
	from := subjectStart(v, i)
	// "Under the accord, Kenya frees ...": a sentence citing the deal's terms tells
	// them in the present
	cited := from > v.first+1 && underDeal(lx, v, from)
	if v.tag(i) == "VBP" && !cited && !renounces[v.word(i)] {
		return false // "Israel and Hamas exchange prisoners": a headline's act done
	}
	if renounces[v.word(i)] {
		// "The two countries renounce the use of force": a renunciation stated in the
		// present is the pledge itself, never an act done
		a, _ := renouncedAct(lx, v, i+1, len(v.words))
		return a != Other && subjectNamed(lx, v, from, i, cited)
	}
	p, n := lx.match("action", v.words, i)
	if n == 0 && v.tag(i) == "VBZ" && (v.bullet || cited) {
		// "1. Uzbekistan gives Kyrgyzstan ...": the lexicon lists the base form. Only
		// in a list of terms or a sentence citing them: elsewhere the present tells
		// the act done, as headlines and live reports do ("Egypt releases prisoners
		// held by the rebels")
		p, n = stemMatch(lx, v, i)
	}
	if n == 0 || p.value == "" || p.value == string(Other) {
		return false
	}
	return subjectNamed(lx, v, from, i, cited)
}

// subjectNamed reports whether the subject [from, i) of a present-tense duty names a
// coded side or all of them, opening the sentence (past an ordinal: "First, the two
// parties ...") or after a cue of the terms, in a sentence reporting no one's words.
func subjectNamed(lx *lexicon, v *sent, from, i int, cited bool) bool {
	named := len(subjectActors(v, from, i)) > 0 || lx.has("group", v.words, from, i)
	return named && (from <= v.first+1 || cited || ordinalOpener(v, from)) && !lx.has("report", v.words, 0, len(v.words))
}

// renouncedAct returns what renouncing the object at i does, and where the object
// starts: a ceasefire for hostilities ("renounce armed struggle"), a ban for an act
// or arms ("renounce the use of force", "renounce to have recourse to force",
// "renounces the manufacture of nuclear weapons"), another act for anything else
// ("its claim to the valley").
func renouncedAct(lx *lexicon, v *sent, i, to int) (Action, int) {
	if v.word(i) == "to" {
		i++ // "renounce to have recourse to force"
		if v.word(i) == "have" || v.word(i) == "make" {
			i++
		}
	}
	i = objFrom(v, i, to)
	switch {
	case lx.has("hostile", v.words, i, min(to, i+3)):
		return CeaseFire, i
	case lx.has("forsworn", v.words, i, min(to, i+3)):
		return Prohibit, i
	}
	return Other, i
}

// renounceNoun reports whether the word at i is a renunciation the tagger took for a
// noun, right after a subject ending in a noun ("the two Parties renounce to have
// recourse to force", "Chile renounces nuclear weapons").
func renounceNoun(v *sent, i int) bool {
	return renounces[v.word(i)] && strings.HasPrefix(v.tag(i), "NN") && strings.HasPrefix(v.tag(i-1), "NN")
}

// ordinalOpener reports whether the subject at from follows only an ordinal and a
// comma ("First, the two parties renounce ...", "Secondly, Chad allows ..."): a
// numbered term in prose.
func ordinalOpener(v *sent, from int) bool {
	return from == v.first+2 && v.word(v.first+1) == "," && ordinalWords[strings.TrimSuffix(v.word(v.first), "ly")] > 0
}

// underDeal reports whether the sentence opens with "Under the accord," (or "Under
// its terms,") and a comma right before the subject at from.
func underDeal(lx *lexicon, v *sent, from int) bool {
	if v.word(v.first) != "under" || from > v.first+8 {
		return false
	}
	k := from - 1
	if v.word(k) != "," {
		return false
	}
	return lx.has("deal", v.words, v.first+1, k) || hasAny(v.words, v.first+1, k, "terms")
}

// approxWords open a count given as an aside ("some fifty thousand", "about 5,000").
var approxWords = map[string]bool{"some": true, "about": true, "around": true, "nearly": true, "roughly": true, "almost": true}

// mayBan reports whether "may" at i bars its subject from the act after it: a coded
// actor that "may not" act, or "neither" side that may ("the talks may not resume"
// and "X may agree" are no bans).
func mayBan(lx *lexicon, v *sent, i int) bool {
	from := max(subjectStart(v, i), v.first)
	for from < i && (v.word(from) == "and" || v.word(from) == ",") {
		from++ // "..., and neither army may ..."
	}
	if i <= from {
		return false
	}
	if neitherAt(lx, v, from, i) >= 0 {
		return isVerb(lx, v, i+1)
	}
	return v.word(i+1) == "not" && isVerb(lx, v, i+2) && onlyActors(v, from, i)
}

// neitherAt returns where "neither" opens the subject in tokens [from, to) of the
// modal at to, -1 if it does not: "neither" and a group noun ("neither army"), or
// "neither" alone just before the modal ("neither may station troops"), after a time
// or place that leads the clause ("For three months neither army may ..."). Both
// sides are barred.
func neitherAt(lx *lexicon, v *sent, from, to int) int {
	for from < to && (v.word(from) == "and" || v.word(from) == ",") {
		from++ // "..., and neither side is to ..."
	}
	for k := from; k < to; k++ {
		// after a leading time or place, or "where" ("a zone where neither may ..."),
		// not "officials of neither side"
		lead := k == from || v.word(k-1) == "where" || v.tag(from) == "IN" && v.word(k-1) != "of"
		if v.word(k) == "neither" && lead && (k == to-1 || lx.has("group", v.words, k, to)) && len(v.actorsIn(k, to)) == 0 {
			return k
		}
	}
	return -1
}

// capSubject reports whether the subject in tokens [from, to) opens with a ceiling:
// "no more than" and a figure ("No more than 300 launchers").
func capSubject(v *sent, from, to int) bool {
	return from+3 < to && hasWords(v.words, from, from+3, "no", "more", "than") && v.tag(from+3) == "CD"
}

// timeAllowed returns the "to" after a period a subject has for an act, from the
// "have" at i ("have seven days to agree", "has a month to submit"): a count of days,
// weeks or months, then an infinitive within a few words. -1 when the words say no
// such thing.
func timeAllowed(lx *lexicon, v *sent, i int) int {
	k := i + 1
	_, used, ok := text.ParseNumber(v.words[min(len(v.words), k):min(len(v.words), k+1)])
	if !(ok && used == 1 || v.word(k) == "a" || v.word(k) == "one") || !durations[v.word(k+1)] {
		return -1
	}
	for j := k + 2; j < min(len(v.words), k+8); j++ {
		if w := v.word(j); w == "to" && isVerb(lx, v, j+1) {
			return j
		} else if w == "," || w == "." || w == ";" || w == "and" {
			return -1
		}
	}
	return -1
}
