package agreement

import (
	"slices"
	"strings"
	"unicode"

	"github.com/peacewatch/peacewatch/text"
)

// term is a provision as read from one clause, before its obligor is settled against
// the agreement's parties.
type term struct {
	si          int
	cl          clause
	action      Action
	object      string
	objFrom     int // first token of the object
	obligor     []string
	beneficiary []string
	from, qty   *float64
	unit        string
	deadline    *deadlineAt
	// start: when a ceasefire or ban stated with a deadline phrase begins; it has
	// no deadline of its own, but a term counting "from the ceasefire" counts from it
	start      *deadlineAt
	conditions []string
	reciprocal bool // "in return", "in exchange": waits on the other side's duty
	// reciprocalPrev: the sentence opens with "In return": it answers the terms
	// stated before it
	reciprocalPrev bool
	follows        bool // "then", "after which", "the date which": waits on the one before
	sameDate       bool // "the date which ...": due when the one before is
	once           bool // "once ...": waits on an earlier provision
	aim            bool // stated as what the deal aims at, not as a duty
	toPronoun      bool // "give them ...": the receivers are those of the clause before
	// unnamed: no subject names the obligors; the duty falls on the parties as a
	// whole (or on those the thing is not returned to)
	unnamed   bool
	refAction Action
}

var objectStops = map[string]bool{"from": true, "to": true, "within": true, "by": true, "in": true, "on": true, "at": true,
	"for": true, ",": true, "and": true, ";": true, ".": true, "which": true, "who": true, "while": true, "as": true,
	"over": true, "during": true, "no": true, "into": true, "through": true, "once": true, "until": true, "if": true,
	"under": true, "before": true, "after": true, "so": true, "with": true, "starting": true, "against": true, ":": true,
	"that": true, "between": true, "inside": true, "across": true, "near": true, "without": true, "'s": false}

var determiners = map[string]bool{"its": true, "their": true, "all": true, "the": true, "a": true, "an": true, "any": true,
	"each": true, "his": true, "her": true, "our": true, "other": false, "those": true, "these": true, "some": true,
	"unhindered": false, "orderly": true, "remaining": false, "about": true, "up": true, "of": true}

// readTerm reads the action, object, quantities and beneficiaries of clause c.
func readTerm(lx *lexicon, v *sent, body string, c clause) (term, bool) {
	t := term{cl: c}
	if c.permits {
		t.action = Allow
		t.objFrom, t.object = c.subjFrom, v.span(body, c.subjFrom, c.verb-1)
		return t, t.object != ""
	}
	j := c.verb
	if v.word(j) == "help" && !c.nominal {
		// "help restore Russia's access": the act helped
		if v.word(j+1) == "to" {
			j++
		}
		// a capitalised word is a name the tagger took for a verb ("help Russian food")
		if isVerb(lx, v, j+1) && j+1 < len(v.s.Tokens) && !unicode.IsUpper([]rune(v.s.Tokens[j+1].Text + " ")[0]) {
			j++
		}
	}
	if w := v.word(j); (w == "ensure" || w == "guarantee") && v.word(j+1) == "that" && !c.nominal {
		// "must ensure that all mercenaries ... leave Libyan land": the act ensured
		for k := j + 2; k < min(c.to, j+10); k++ {
			if strings.HasPrefix(v.tag(k), "VB") || v.tag(k) == "MD" {
				if p, m := lx.match("action", v.words, k); m > 0 && p.value != string(Other) {
					j = k
				}
				break
			}
		}
	}
	if w := v.word(j); (w == "meet" || w == "reconvene") && !c.nominal && (c.group || c.pronoun || v.word(c.subjFrom) == "their" || envoys[c.subjNoun]) {
		// "agreed to meet again to discuss further releases", "The delegations will
		// meet again in Istanbul on October 25 to work out the details": the talks are
		// the act
		k := j + 1
		for k < min(c.to, j+10) && v.word(k) != "to" {
			k++
		}
		if d := v.word(k + 1); v.word(k) == "to" && (d == "discuss" || d == "negotiate" || d == "settle" || d == "work") {
			t.action = Negotiate
			if d == "work" && v.word(k+2) == "out" {
				k++ // "to work out a fuller agreement"
			}
			t.objFrom, t.object = objectAfter(lx, v, body, k+2, c.to)
			return t, t.object != ""
		}
		if v.word(j+1) == "again" && !c.negated && lx.has("modal", v.words, max(0, j-3), j) {
			// "The two presidents will meet again in Brazil within three months": the
			// next round of talks (not "agreed to meet again", the talks' own outcome)
			t.action = Negotiate
			t.objFrom, t.object = j, v.span(body, j, j+2)
			return t, true
		}
	}
	p, n := lx.match("action", v.words, j)
	antecedent := -1
	if a := aroundPronoun(lx, v, j); n == 0 && !c.nominal && a != "" {
		// "withdraw from the airport and hand it over to the UN": the verb and its
		// particle around a pronoun, whose noun the clause before gave
		p, n = phrase{value: a}, 3
		for k := j - 1; k > c.subjFrom && antecedent < 0; k-- {
			if strings.HasPrefix(v.tag(k), "NN") {
				antecedent = k
			}
		}
	}
	if n == 0 && !c.nominal && (v.word(j) == "pause" || v.word(j) == "pauses") {
		// "obliged X to pause its offensive": as "halt" (the noun, "a pause in
		// the offensive", names no act of its own)
		p, _ = lx.match("action", []string{"halt"}, 0)
		n = 1
	}
	if n == 0 && v.tag(j) == "VBZ" {
		// "the agreement creates the post of ...", "gives up": the verb's base form
		p, n = stemMatch(lx, v, j)
	}
	if home := homeward(v, j); home > 0 && !c.nominal && !c.passive && foreignForces(lx, v, body, c, j+home) {
		// "Ugandan troops will return home from South Sudan", "foreign fighters are to
		// go home": forces leaving a country that is not theirs
		t.action = Withdraw
		t.objFrom, t.object = c.subjFrom, v.span(body, c.subjFrom, subjectEnd(v, c.subjFrom, c.verb))
		t.readQuantities(v, c, j)
		return t, true
	}
	upheld, capped := false, false
	free := v.word(j) == "free" && v.word(j-1) == "be" && v.word(j+1) == "to" || v.word(j) == "right" && v.word(j-1) == "the" && v.word(j+1) == "to"
	if free {
		c.passive = true // "Civilians will be free to move ...": as "will be allowed to"
	}
	if gone := v.word(j) == "gone" || v.word(j) == "out" && v.word(j+1) == "of" || v.word(j) == "off" && determiners[v.word(j+1)]; c.passive && gone && (v.word(j-1) == "be" || v.word(c.from) == "with") {
		t.action = Withdraw
		n = 1
	} else if c.passive && (v.word(j) == "allowed" || v.word(j) == "permitted" || free || v.word(j) == "granted" && v.word(j+1) != "to" && v.word(j+1) != "by" ||
		v.word(j) == "given" && hasAny(v.words, j+1, min(c.to, j+4), "access", "entry")) {
		// "Ecuador will be granted two trade centres": a grant to the subject
		t.action = Allow
		if w := v.word(j + 2); v.word(j+1) == "to" && (w == "leave" || w == "fly" || w == "depart" || w == "exit" || w == "go" && v.word(j+3) == "home") {
			t.action = Release // "The five Americans will be allowed to fly out": they are freed
		}
		n = 1
		if v.word(j+1) == "to" {
			n = 2
			if _, k := lx.match("action", v.words, j+2); k > 0 || isVerb(lx, v, j+2) {
				n = 3
			}
		}
	} else if n > 0 {
		t.action = Action(p.value)
	} else if _, k := lx.match("start", v.words, j); k > 0 && !c.nominal && v.tag(j+k) == "VBG" && gerundAct(lx, v.word(j+k)) != "" {
		// "are to begin leaving on May 15": the act begun is the gerund's
		t.action = Action(gerundAct(lx, v.word(j+k)))
		n = k + 1
	} else if _, k := lx.match("start", v.words, j); k > 0 && !c.nominal {
		// "begin talks on ...", "open formal peace talks", "work toward the
		// denuclearisation of ...": the object is the act
		objFrom, obj := objectAfter(lx, v, body, j+k, c.to)
		end := objectEnd(v, objFrom, c.to)
		a, found := "", false
		for k := objFrom; k < end && !found; k++ {
			// the first act named: "continue negotiations towards an end to all tests"
			if p, m := lx.match("action", v.words, k); m > 0 && strings.HasPrefix(v.tag(k), "NN") {
				a, found = p.value, true
			}
		}
		if e := end; !found && v.word(e) == "to" && (v.word(e+1) == "provide" || v.word(e+1) == "supply") {
			// "organise an international consortium to provide North Korea with two
			// light-water reactors": what the body set up is to hand over
			k := e + 2
			for x := k; x < min(c.to, k+6); x++ {
				if v.word(x) == "with" {
					k = x + 1
					break
				}
			}
			t.action = Transfer
			t.objFrom, t.object = objectAfter(lx, v, body, k, c.to)
			t.readQuantities(v, c, e)
			return t, t.object != ""
		}
		if w := v.word(j); !found && (w == "open" || w == "reopen") && hasAny(v.words, objFrom, end, passages...) {
			// "Israel is to open more of its crossings with Gaza", "will reopen their
			// airspace to Qatari aircraft": what passes is let in
			t.action = Allow
			t.objFrom, t.object = objFrom, obj
			t.readQuantities(v, c, j)
			return t, obj != ""
		}
		if !found && c.negated && obj == "" && v.word(j+k) == "into" {
			objFrom, obj = objectAfter(lx, v, body, j+k+1, c.to)
		}
		if !found && c.negated && obj != "" {
			// "Austria may not enter into any political or economic union with
			// Germany": a ban on what the verb would begin
			t.action = Prohibit
			t.objFrom, t.object = objFrom, obj
			return t, true
		}
		if !found && (v.word(j) != "resume" || obj == "") {
			return t, false
		}
		t.action = Action(a)
		if !found {
			t.action = Other // "resume postal and air links"
		}
		t.objFrom, t.object = objFrom, obj
		t.readQuantities(v, c, j)
		for _, a := range v.actorsIn(j, c.to) {
			t.beneficiary = addCode(t.beneficiary, a.Code)
		}
		return t, true
	} else if _, k := lx.match("uphold", v.words, j); k > 0 && hasDealNoun(lx, v, j+1, min(c.to, j+4), "ceasefire", "truce") {
		// "observe a ceasefire from February 1": keeping the truce is the truce
		upheld = true
		t.action = CeaseFire
		t.object = "hostilities"
		n = k
	} else if _, k := lx.match("extend", v.words, j); k > 0 {
		// "prolong their bilateral ceasefire": the ceasefire goes on
		if c.negated && c.passive && c.subjFrom < c.verb && !lx.has("deal", v.words, c.subjFrom, c.verb) {
			// "The areas held by the armed forces are not to be extended": no
			// ground is to be gained
			t.action = Prohibit
			t.objFrom, t.object = c.subjFrom, v.span(body, c.subjFrom, subjectEnd(v, c.subjFrom, c.verb))
			return t, t.object != ""
		}
		if !hasDealNoun(lx, v, j+1, min(c.to, j+6), "ceasefire", "truce") {
			return t, false
		}
		t.action = CeaseFire
		t.object = "hostilities"
		n = k
	} else if goBack(v, j) == 3 && backToBarracks(v, body, c, j) {
		// "troops are to go back to their barracks": forces pulled back ("go" is
		// otherwise no act)
		t.action = Withdraw
		t.objFrom, t.object = c.subjFrom, v.span(body, c.subjFrom, subjectEnd(v, c.subjFrom, c.verb))
		return t, true
	} else if w := v.word(j); (w == "close" || w == "shut") && v.word(j+1) == "the" && v.word(j+2) == "door" && (v.word(j+3) == "to" || v.word(j+3) == "on") && !c.nominal {
		// "Maputo is to close the door to the armed groups": a haven denied
		t.action = Prohibit
		t.objFrom, t.object = objectAfter(lx, v, body, j+4, c.to)
		return t, t.object != ""
	} else if madePayments(v, c, j) {
		// "Ex gratia payments will be made to the families of those killed", "will
		// make payments to ...": money paid
		t.action = Pay
		if c.passive {
			t.objFrom, t.object = c.subjFrom, v.span(body, c.subjFrom, subjectEnd(v, c.subjFrom, c.verb))
		} else {
			t.objFrom, t.object = objectAfter(lx, v, body, j+1, c.to)
		}
		t.readQuantities(v, c, j)
		return t, t.object != ""
	} else if k := keptOut(v, j, c.to); k > 0 && !c.nominal && !c.passive {
		// "Britain will keep its frigates outside the 200-mile limit", "undertook to
		// keep the guerrillas out of the areas": a ban on what is kept out there
		t.action = Prohibit
		t.objFrom, t.object = j+1, v.span(body, j+1, objectEnd(v, k+1, c.to))
		return t, true
	} else if k := runBy(v, j, c.to); c.passive && k > 0 {
		// "Until then the territory is to be run by a provisional executive of a dozen
		// members": the body that runs it is set up
		t.action = Establish
		t.objFrom, t.object = k, v.span(body, k, objectEnd(v, k, c.to))
		t.readQuantities(v, c, j)
		return t, true
	} else if fundVerbs[v.word(j)] && !c.nominal && !c.passive && strings.HasPrefix(v.tag(j), "VB") {
		// "the state will fund a development package", "will finance the rebuilding
		// of the roads": the verb lays out money whatever its object (a "fund"
		// organised is a body, so only the verb counts)
		t.action = Pay
		n = 1
	} else if moneyVerbs[v.word(j)] && !c.passive && spendsMoney(v, j, c.to) {
		// "will put $30 million into a fund", "will spend 200 million dollars on roads":
		// money a side lays out is paid
		t.action = Pay
		n = 1
	} else if k := capAfter(v, j, c.to); k > j && !c.nominal {
		// "Each side may keep no more than 2,400 launchers", "Neither side is to keep
		// more than five thousand tonnes": a ceiling on holdings cuts them to it
		t.action = Reduce
		n, capped = k-j, true
	} else if a, ok := coordinatedAct(lx, v, j, c.to); ok && !c.nominal {
		// "are to be regrouped and then disarmed": the act of the vocabulary the
		// first verb leads to
		t.action = a
		n = 1
	} else {
		if _, k := lx.match("skip", v.words, j); k > 0 || c.passive && !passiveAct(lx, v, c, j) {
			return t, false
		}
		if !isVerb(lx, v, j) && !c.nominal && !c.forced {
			return t, false
		}
		t.action = Other
		n = 1
		// phrasal particle: "carry out", "set out"
		if w := v.word(j + 1); w == "out" || w == "up" || w == "off" || w == "down" || w == "back" {
			n = 2
		}
	}
	if _, k := lx.match("skip", v.words, j); k > 0 && k >= n && !c.nominal && !upheld && t.action != Pay {
		return t, false // "rule out" is an act although "rule" is not
	}
	if v.word(j) == "return" && (lx.has("returnee", v.words, j+1, min(c.to, j+5)) || !c.nominal && lx.has("returnee", v.words, c.subjFrom, c.verb)) {
		// "the voluntary return of the refugees", "refugees will have the right to
		// return": the parties let them come home
		t.action = Allow
		if !c.nominal {
			t.objFrom, t.object = c.subjFrom, v.span(body, c.subjFrom, subjectEnd(v, c.subjFrom, c.verb))
		}
	} else if v.word(j) == "return" && v.word(j+1) == "to" && !c.nominal && placeAt(v, j+2) {
		if leftBefore(lx, v, c) {
			return t, false // "will leave with its arms and return to Egypt": the withdrawal told once
		}
		// "The prime minister must return to Aden within seven days": a homecoming,
		// another act
		t.action = Other
		t.objFrom, t.object = j+2, v.span(body, j+2, objectEnd(v, j+2, c.to))
		t.readQuantities(v, c, j)
		return t, true
	} else if backToBarracks(v, body, c, j) {
		// "All military units ... will return to their camps", "troops are to go back
		// to their barracks": forces pulled back
		t.action = Withdraw
		t.objFrom, t.object = c.subjFrom, v.span(body, c.subjFrom, subjectEnd(v, c.subjFrom, c.verb))
		return t, true
	} else if v.word(j) == "return" && !lx.has("captive", v.words, j+1, min(c.to, j+7)) {
		return t, false // "return to the table", "return as vice-president"
	}
	if w := v.word(j + n); givers[v.word(j)] && (w == "them" || w == "him" || w == "her" || w == "us") && j+n+1 < c.to {
		n++ // "give them five cabinet ministries": whom it goes to, then what
		t.toPronoun = true
	}
	if givers[v.word(j)] {
		// "pay Khartoum $3.028 billion", "give UNITA four ministries": whom it goes
		// to, then what
		for _, a := range v.actors {
			at := a.tok == j+n || a.tok == j+n+1 && v.word(j+n) == "the" // "pay the Soviet Union 150 million dollars"
			if at && a.end < c.to && (v.tag(a.end) == "CD" || v.tag(a.end) == "$" || approxWords[v.word(a.end)] && v.tag(a.end+1) == "CD") {
				n = a.end - j
				break
			}
		}
	}
	t.objFrom, t.object = objectAfter(lx, v, body, j+n, c.to)
	if antecedent >= 0 {
		t.objFrom, t.object = j+1, nounPhraseEnding(v, body, antecedent)
	}
	if t.action == Reduce && t.object == "" && v.word(j+n) == "to" && v.tag(j+n+1) == "CD" {
		// "Each side is to come down to 900 tanks": the ceiling names what is cut
		t.objFrom, t.object = objectAfter(lx, v, body, j+n+1, c.to)
	}
	if t.action == Pay && moneyVerbs[v.word(j)] {
		// "put $30 million into a fund for war victims": what the money goes to
		for k := j + 1; k < min(c.to, j+8); k++ {
			if w := v.word(k); w == "into" || w == "on" || w == "in" {
				if from, o := objectAfter(lx, v, body, k+1, c.to); o != "" {
					t.objFrom, t.object = from, o
				}
				break
			}
		}
	}
	if e := objectEnd(v, t.objFrom, c.to); t.action == Other && n == 1 && e > t.objFrom && lx.has("particle", v.words, e, e+1) {
		// "pull their forces back", "hand their weapons over": the particle after
		// the object completes the verb
		if p, k := lx.match("action", []string{v.word(j), v.word(e)}, 0); k == 2 {
			t.action = Action(p.value)
		}
	} else if t.action == Other && n == 1 && e > t.objFrom+1 && lx.has("particle", v.words, e-1, e) {
		// "bring its warheads down to ...": the object read took the particle in
		if p, k := lx.match("action", []string{v.word(j), v.word(e - 1)}, 0); k == 2 {
			t.action = Action(p.value)
			t.object = v.span(body, t.objFrom, e-1)
		}
	}
	if k := pastDeadline(v, j+n, c.to); t.object == "" && k > j+n && !strings.HasPrefix(v.tag(j+n-1), "NN") {
		// "submit within one week a full list of ...": the object follows the deadline
		t.objFrom, t.object = objectAfter(lx, v, body, k, c.to)
	}
	if t.object == "" && v.word(j+n) == "," {
		// "allow, on a voluntary basis, further monitoring": past the aside
		for k := j + n + 1; k < min(c.to, j+n+10); k++ {
			if v.word(k) == "," {
				t.objFrom, t.object = objectAfter(lx, v, body, k+1, c.to)
				break
			}
		}
	}
	if t.object == "" && c.passive && c.subjFrom < c.verb && v.word(c.subjFrom-1) == "for" {
		// "called for a government of national unity to be formed": what is formed
		t.objFrom, t.object = c.subjFrom, v.span(body, c.subjFrom, subjectEnd(v, c.subjFrom, c.verb))
	}
	if t.object == "" && !c.nominal {
		// an intransitive verb: "gather in 26 transition zones"
		k := j + n
		if v.word(k) == "with" && v.tag(k-1) != "VBN" {
			k = max(objectEnd(v, objFrom(v, k+1, c.to), c.to), k+1) // "report with their weapons to ...": what they bring
		}
		if w := v.word(j + n); (w == "in" || w == "at" || w == "into") && v.tag(j+n+1) == "CD" {
			t.objFrom, t.object = objectAfter(lx, v, body, j+n+1, c.to)
		} else if w := v.word(k); (w == "to" || w == "into" || w == "at") && v.tag(k+1) != "VB" && (t.action == Other || t.action == Transfer && strings.HasPrefix(v.word(j), "mov")) && !c.passive {
			// "are to report ... to designated assembly points", "are to move into
			// zones inside Nicaragua": where the subject goes is what the act names
			t.action = Other
			t.objFrom, t.object = objectAfter(lx, v, body, k+1, c.to)
		} else if w == "from" && v.tag(j+n+1) == "VBG" {
			// "refrain from hitting Russian energy facilities"
			t.objFrom = j + n + 1
			t.object = v.span(body, j+n+1, max(objectEnd(v, j+n+2, c.to), j+n+2))
		}
	}
	if e := objectEnd(v, t.objFrom, c.to); t.action == Other && t.object != "" && v.tag(e) == "VBG" {
		// "pass a basic law creating an autonomous region": what the act sets up
		if p, k := lx.match("action", v.words, e); k > 0 && p.value == string(Establish) {
			t.action = Establish
			t.objFrom, t.object = objectAfter(lx, v, body, e+k, c.to)
		}
	}
	if e := objectEnd(v, t.objFrom, c.to); t.action == Establish && e > t.objFrom {
		// "form mixed patrols", "set up joint patrols": what is formed is a
		// deployment
		for k := t.objFrom; k < e && !placePreps[v.word(k)] && v.word(k) != "along"; k++ {
			if p, n := lx.match("action", v.words, k); n == 1 && p.value == string(Deploy) && strings.HasPrefix(v.tag(k), "NN") {
				t.action = Deploy
			}
		}
	}
	if t.object == "" && n > 1 && strings.HasPrefix(v.tag(j+n-1), "NNS") {
		t.object = v.words[j+n-1] // "hand over their weapons gradually"
	}
	if w := v.word(j); t.action == Other && (w == "send" || w == "dispatch") && !c.passive && hasAny(v.words, t.objFrom, objectEnd(v, t.objFrom, c.to), sentForces...) {
		t.action = Deploy // "will send observers to monitor the truce"
	}
	if w := v.word(j); (t.action == Prohibit || t.action == Withdraw || t.action == CeaseFire || t.action == Other) && !c.negated &&
		(w == "suspend" || w == "lift" || w == "remove" || w == "ease" || w == "end") && hasAny(v.words, t.objFrom, objectEnd(v, t.objFrom, c.to), "restrictions", "blockade", "curbs", "ban") {
		t.action = Allow // "suspend the restrictions that have kept aid workers waiting": the work is let through
	} else if w := v.word(j); t.action == Withdraw && (w == "remove" || w == "lift") && !lx.has("removed", v.words, j+1, min(c.to, j+8)) {
		t.action = Other // "remove the core of the reactor", "lift sanctions"
	} else if w := v.word(j); c.passive && t.action == Withdraw && w == "lifted" && c.subjFrom < c.verb && !lx.has("removed", v.words, c.subjFrom, c.verb) {
		// "The curfew will be lifted by Friday": what is lifted is the subject
		t.action = Other
		if hasAny(v.words, c.subjFrom, c.verb, "restrictions", "blockade", "curbs", "ban") {
			t.action = Allow
		}
	}
	if c.negated && !capped {
		t.action = Prohibit
		if k := lastListedVerb(v, j, c.to); k > j && p.value != string(Allow) && p.value != string(Prohibit) {
			// "may not own, make or test atomic weapons": what the verbs act on
			t.objFrom, t.object = objectAfter(lx, v, body, k+1, c.to)
		} else if t.object == "" {
			t.object = v.span(body, j, min(c.to, j+4))
		} else if p.value != string(Allow) && p.value != string(Prohibit) {
			t.object = v.words[j] + " " + t.object
		}
	}
	if !c.negated && !c.passive && !c.nominal && v.word(j+n) == "no" && t.action != Prohibit && t.action != Allow {
		// "will install no new centrifuges", "will impose no new sanctions": a duty
		// not to act
		if from, o := objectAfter(lx, v, body, j+n+1, c.to); o != "" && !noDuty[strings.ToLower(v.word(objectEnd(v, from, c.to)-1))] {
			t.action = Prohibit
			t.objFrom, t.object = from, v.words[j]+" "+o
			if lx.has("hostile", v.words, from, min(c.to, from+3)) {
				// "will carry out no strikes": the fighting stops
				t.action = CeaseFire
				t.object = o
			}
		}
	}
	if t.action == Prohibit && !c.negated && v.word(j) == "refrain" && v.word(j+1) == "from" && lx.has("hostile", v.words, j+2, min(c.to, j+5)) {
		t.action = CeaseFire // "refrain from violence against civilians": the fighting stops
	}
	if o := v.word(t.objFrom - 1); t.action == Prohibit && !c.negated && strings.HasPrefix(v.word(j), "suspend") && (o == "its" || o == "their") && lx.has("hostile", v.words, t.objFrom, min(c.to, t.objFrom+3)) {
		// "NATO will suspend its air strikes": a side halts its own fighting;
		// "suspend enrichment" and "suspend offensive operations against each
		// other" (one kind of act, beside a truce) stay bans
		t.action = CeaseFire
	}
	if _, k := lx.match("extend", v.words, j); t.action == CeaseFire && !c.nominal && n == 1 && k == 0 && hostileSubject(lx, v, c, t) {
		// "all armed confrontation between the two sides must stop 30 days after
		// the signing": the subject names the fighting that stops
		t.objFrom, t.object = c.subjFrom, v.span(body, c.subjFrom, objectEnd(v, c.subjFrom, c.verb))
	} else if t.action == CeaseFire && !c.nominal && n == 1 && k == 0 && !lx.has("uphold", v.words, j, j+1) {
		if w := v.word(j); (w == "end" || w == "ends") && lx.has("removed", v.words, t.objFrom, objectEnd(v, t.objFrom, c.to)) {
			// "Spain will end its presence in the territory", "end their military
			// presence": a side's forces or presence that ends leaves
			t.action = Withdraw
		} else if !lx.has("hostile", v.words, t.objFrom, min(c.to, t.objFrom+4)) {
			t.action = Prohibit
			if t.object == "" || strings.HasSuffix(v.word(j+1), "ing") {
				t.object = v.span(body, j+1, min(c.to, objectEnd(v, j+2, c.to)))
			}
		}
	}
	if w := v.word(j); t.action == Other && (w == "seek" || w == "seeks") && lx.has("sought", v.words, t.objFrom, min(c.to, t.objFrom+4)) {
		t.action = Negotiate // "seek ceasefires with the insurgents", "seek a formal end to the war"
	}
	if t.action == Other && renounces[v.word(j)] {
		// "shall abjure violence", "renounce armed struggle": the fighting ends; "renounce
		// the use of force": a ban
		var from int
		t.action, from = renouncedAct(lx, v, j+1, c.to)
		if from > t.objFrom {
			t.objFrom, t.object = objectAfter(lx, v, body, from, c.to) // "renounce to have recourse to force"
		}
	}
	moved, movedFrom, movedTo := t.object, t.objFrom, objectEnd(v, t.objFrom, c.to)
	if c.passive {
		moved, movedFrom, movedTo = v.span(body, c.subjFrom, c.verb), c.subjFrom, c.verb
	}
	if w := v.word(movedFrom); w == "and" || w == "," {
		movedFrom++ // "..., and their units are to be placed under a joint command"
	}
	codes := codesOf(v.actorsIn(movedFrom, movedTo))
	slices.Sort(codes)
	bothSides := v.word(movedFrom) == "their" || lx.has("group", v.words, movedFrom, movedTo) || len(slices.Compact(codes)) > 1
	if k := newBodyAfter(lx, v, j+1, c.to); t.action == Other && !c.nominal && k > 0 && (meansOfWar(moved) || strings.Contains(moved, "guerrillas")) && bothSides {
		// "are to be merged into a single national army", "their units are to be
		// placed under a joint command": what both sides' forces go into is a body
		// the deal forms (provinces joined into a single region are no body, one
		// side's units placed under a joint command are its own act)
		t.action = Establish
		t.objFrom, t.object = k, v.span(body, k, objectEnd(v, k, c.to))
	}
	if t.action == Allow && lx.has("pardon", v.words, t.objFrom, min(c.to, t.objFrom+3)) {
		t.action = Other // "grant them an amnesty": a pardon, no access allowed
	}
	if t.object == "" && t.action == CeaseFire {
		t.object = "hostilities"
	}
	if w := v.word(j); t.action == Allow && c.passive && !c.nominal && c.subjFrom < c.verb && (w == "allowed" || w == "permitted") {
		if v.word(j+1) == "only" {
			// "Return fire will be allowed only in response to an attack": all else
			// is barred
			t.action = Prohibit
			t.objFrom, t.object = c.subjFrom, v.span(body, c.subjFrom, subjectEnd(v, c.subjFrom, c.verb))
		} else if k := c.subjFrom + 3; capSubject(v, c.subjFrom, c.verb) {
			// "No more than 1,320 launchers are allowed on either side": a ceiling
			t.action = Reduce
			t.objFrom, t.object = objectAfter(lx, v, body, k, c.verb)
			t.readQuantities(v, clause{to: c.verb}, c.subjFrom)
			return t, t.object != ""
		}
	}
	t.readQuantities(v, c, j)
	if t.qty == nil && (t.action == Transfer || t.action == Pay || t.action == Other) {
		// "give a development package that officials put at 2,000 crore rupees": the
		// sum a relative clause values the object at is what is paid
		if q, ok := valuedAt(v, max(j+1, t.objFrom), min(len(v.words), c.to+2)); ok {
			val := q.Value
			t.qty, t.unit = &val, normalUnit(q.Unit)
			t.action = Pay
		}
	}
	if t.action == Other && t.from != nil {
		t.action = Reduce
	}
	if o := strings.ToLower(t.object); t.action == Withdraw && (strings.HasSuffix(o, "kilometres") || strings.HasSuffix(o, "kilometers") || strings.HasSuffix(o, "miles") || strings.HasSuffix(o, "km")) {
		t.object = "forces" // "pull back 25 kilometres": the distance, not what moves
	}
	if t.action == Transfer && handedInArms(t.object) && !armsToOtherState(v, c, j) {
		t.action = Disarm // "hand over its heavy weapons", "hand over 500 rifles to the monitors"
	}
	if t.action == Other && concludes[v.word(j)] && lx.has("deal", []string{headNoun(v, t.objFrom, objectEnd(v, t.objFrom, c.to))}, 0, 1) {
		// "must conclude a peace treaty within three months", "to reach a final
		// settlement": the deal still to be made is negotiated
		t.action = Negotiate
	}
	if t.action == Other && restoredTo(v, j, t.objFrom, c.to) {
		t.action = Transfer // "Britain will restore Hong Kong to China"
	}
	if t.action == Other && destroys[v.word(j)] && weaponHead(t.object) {
		t.action = Disarm // "destroy their missiles"
	}
	if t.action == Other && appoints[v.word(j)] && namesBody(lx, v, t.objFrom, c.to) {
		t.action = Establish // "each side is to name a committee of five": the body is formed
	}
	if t.action == Other && (lx.has("store", v.words, j, j+1) && armsNamed(v, t.objFrom, c.to) || v.word(j) == "lock" && v.word(j+1) == "up") {
		// "store their weapons in locked containers", "lock up an equal number of its
		// own", "hand their weapons in": weapons put out of use
		t.action = Disarm
	}
	if o := strings.ToLower(t.object); t.action == Transfer && strings.HasPrefix(v.word(j), "mov") && meansOfWar(o) {
		// "move their forces to barracks": a party's own means moved away withdraw
		t.action = Withdraw
	}
	if o := strings.ToLower(t.object); t.action == Establish && v.word(j) == "reopen" && hasAny(strings.Fields(o), 0, 30, passageWays...) {
		t.action = Allow // "reopen the roads linking the country's regions": passage allowed
	}
	if t.action == Transfer && handsBackPeople(t.object) {
		t.action = Release // "hand over 17 Armenian prisoners"
	}
	if t.action == Release && handsBackDead(t.object) {
		t.action = Transfer // "return the remains of the fallen": the dead are handed over, not freed
	}
	for _, a := range v.actorsIn(j, c.to) {
		t.beneficiary = addCode(t.beneficiary, a.Code)
	}
	return t, true
}

// appoints are verbs of naming people to a post or a body.
var appoints = map[string]bool{"name": true, "names": true, "named": true, "appoint": true, "appoints": true, "appointed": true,
	"nominate": true, "nominates": true, "nominated": true, "designate": true, "designates": true, "designated": true}

// namesBody reports whether the object from i opens with a body the lexicon says is
// established ("a committee of five members", "a joint commission"): appointing it
// forms it, where appointing a person to a post is another act.
func namesBody(lx *lexicon, v *sent, i, to int) bool {
	for k := i; k < min(to, i+4); k++ {
		if w := v.word(k); w == "of" || w == "to" || w == "," {
			return false
		}
		if p, n := lx.match("action", v.words, k); n > 0 && p.value == string(Establish) && strings.HasPrefix(v.tag(k), "NN") {
			return true
		}
	}
	return false
}

// holdVerbs are verbs of keeping an arsenal or a force.
var holdVerbs = map[string]bool{"keep": true, "retain": true, "hold": true, "have": true, "field": true, "possess": true, "maintain": true, "station": true, "deploy": true}

// capAfter returns the token after "no more than", "more than" or "at most" that
// follows a verb of keeping at j ("keep no more than 2,400 launchers"), where the
// figure stands; j when the verb sets no ceiling. "More than" alone is a ceiling only
// in a negated duty ("Neither side is to keep more than ...").
func capAfter(v *sent, j, to int) int {
	if !holdVerbs[v.word(j)] {
		return j
	}
	k := j + 1
	switch {
	case v.word(k) == "no" && v.word(k+1) == "more" && v.word(k+2) == "than":
		k += 3
	case v.word(k) == "at" && v.word(k+1) == "most", v.word(k) == "up" && v.word(k+1) == "to":
		k += 2
	case v.word(k) == "more" && v.word(k+1) == "than" && hasAny(v.words, max(0, j-8), j, "neither", "not", "no"):
		k += 2
	default:
		return j
	}
	if k >= to || v.tag(k) != "CD" && !namedNumber(v, k) {
		return j
	}
	return k
}

// objectAfter returns the object noun phrase from token i: determiners skipped, up to
// a preposition or clause break ("of" joins one more noun phrase: "remains of the
// hostages").
func objectAfter(lx *lexicon, v *sent, body string, i, to int) (int, string) {
	counted := false
	for i < to && (v.word(i) == "at" && (v.word(i+1) == "least" || v.word(i+1) == "most") || v.word(i) == "least" && v.word(i-1) == "at" || v.word(i) == "most" && v.word(i-1) == "at" || v.word(i) == "more" || v.word(i) == "than" && v.word(i-1) == "more" || countOpener(v, i)) {
		i++
	}
	for i < to && (determiners[v.word(i)] && !(v.word(i) == "each" && v.word(i+1) == "other") || v.tag(i) == "PRP$" || v.tag(i) == "CD" || v.word(i) == "'s" || v.word(i) == "‘" || v.word(i) == "’" || v.word(i) == "$" || v.word(i) == "€" || v.word(i) == "£" || v.word(i) == "more" && counted) {
		counted = counted || v.tag(i) == "CD"
		i++
	}
	if counted && (v.word(i) == "in" || v.word(i) == "of") {
		// "$6 billion in Iranian oil revenue"
		i++
		for i < to && determiners[v.word(i)] {
			i++
		}
	}
	end := objectEnd(v, i, to)
	if end <= i {
		return i, ""
	}
	if v.word(end) == "," || v.word(end) == "and" {
		// "postal, telegraphic, land and air links": a list of nouns is one object
		k := end
		for k < to && (strings.HasPrefix(v.tag(k), "NN") || strings.HasPrefix(v.tag(k), "JJ") || v.word(k) == "," || v.word(k) == "and" || v.word(k) == "or") {
			k++
		}
		for k > end && !strings.HasPrefix(v.tag(k-1), "NN") {
			k--
		}
		if k > end && nounsJoined(v, i, k) && len(v.actorsIn(i, k)) == 0 && !placesIn(v, end, k) {
			end = k
		}
	}
	return i, v.span(body, i, end)
}

// countOpener reports whether token i belongs to "up to" or "as many as" before a
// count ("Up to 7,500 of the rebels' fighters are to be integrated ...").
func countOpener(v *sent, i int) bool {
	switch v.word(i) {
	case "up":
		return v.word(i+1) == "to"
	case "to":
		return v.word(i-1) == "up"
	case "as":
		return v.word(i+1) == "many" || v.word(i-1) == "many"
	case "many":
		return v.word(i-1) == "as" && v.word(i+1) == "as"
	}
	return false
}

// placesIn reports whether a place mention starts in tokens [i, j).
func placesIn(v *sent, i, j int) bool {
	for _, a := range v.actors {
		if a.tok >= i && a.tok < j {
			return true
		}
	}
	return false
}

// pastDeadline returns the token after a deadline phrase that starts at i and stands
// between a verb and its object ("within one week", "within 60 days", "by June 30"),
// i when none does or nothing follows it before to.
func pastDeadline(v *sent, i, to int) int {
	switch v.word(i) {
	case "within":
		k := i + 1
		n, used, ok := text.ParseNumber(v.words[min(k, len(v.words)):min(to, k+4)])
		if !ok && (v.word(k) == "a" || v.word(k) == "an") {
			used, ok = 1, true
		}
		if ok && n >= 0 && durations[v.word(k+used)] && k+used+1 < to {
			return k + used + 1
		}
	case "by", "before":
		for _, dm := range v.dates {
			if dm.Tok == i+1 && dm.TokEnd < to {
				return dm.TokEnd
			}
		}
	}
	return i
}

// passages are the ways a side opens to let people and goods through.
var passages = []string{"crossings", "crossing", "border", "borders", "roads", "road", "routes", "corridor", "corridors", "checkpoints", "airspace"}

// leftBefore reports whether clause c is joined to a withdrawal of the same subject
// before it ("will leave ... and return to Egypt").
func leftBefore(lx *lexicon, v *sent, c clause) bool {
	if w := v.word(c.from); w != "and" && w != "," {
		return false
	}
	for k := c.subjFrom; k < c.from; k++ {
		if p, n := lx.match("action", v.words, k); n > 0 && p.value == string(Withdraw) && strings.HasPrefix(v.tag(k), "VB") {
			return true
		}
	}
	return false
}

// madePayments reports whether clause c, its verb at j, makes payments: "payments
// will be made", "will make payments".
func madePayments(v *sent, c clause, j int) bool {
	w := v.word(j)
	if c.nominal || w != "make" && w != "makes" && w != "made" {
		return false
	}
	if c.passive {
		return c.subjNoun == "payments" || c.subjNoun == "payment"
	}
	k := j + 1
	for k < min(c.to, j+4) && (determiners[v.word(k)] || strings.HasPrefix(v.tag(k), "JJ") || v.tag(k) == "CD") {
		k++
	}
	return v.word(k) == "payments" || v.word(k) == "payment"
}

// keptOut returns the "outside", "out" of "out of" or "away" of "away from" after
// the object of "keep" at j ("keep its frigates and tugs outside the limit"), 0 when
// the clause keeps nothing out of a place ("keep its troops in the zone").
func keptOut(v *sent, j, to int) int {
	if w := v.word(j); w != "keep" && w != "keeps" {
		return 0
	}
	if v.word(j+1) == "out" || v.word(j+1) == "outside" || v.word(j+1) == "away" {
		return 0 // "keep out of the zone": the lexicon's own phrase
	}
	for k := j + 1; k < min(to, j+10); k++ {
		switch w := v.word(k); {
		case w == "outside" || (w == "out" || w == "away") && (v.word(k+1) == "of" || v.word(k+1) == "from"):
			return k
		case w == "," || w == ";" || strings.HasPrefix(v.tag(k), "VB") || v.tag(k) == "MD":
			return 0
		}
	}
	return 0
}

// objectEnd is where a noun phrase starting at i ends.
func objectEnd(v *sent, i, to int) int {
	j := i
	ofs := 0
	for j < to {
		w := v.word(j)
		if w == "of" && ofs == 0 && j > i {
			ofs++
			j++
			continue
		}
		if w == "out" && v.word(j+1) == "of" && j > i {
			break // "pull its troops out of eastern Congo": the particle ends the object
		}
		if objectStops[w] || v.tag(j) == "VBD" || v.tag(j) == "VBP" || v.tag(j) == "VBZ" || v.tag(j) == "VB" && j > i || v.tag(j) == "WDT" || v.tag(j) == "WRB" && j > i || (v.tag(j) == "VBN" && j > i) || (v.tag(j) == "VBG" && j > i) || v.tag(j) == "MD" {
			break
		}
		if v.tag(j) == "CD" && j > i && !namedNumber(v, j) || v.tag(j) == "RB" || v.tag(j) == "PRP" && j > i {
			break // "its forces gradually", "the places of worship they occupy"
		}
		j++
	}
	for j > i && (v.word(j-1) == "of" || v.word(j-1) == "the" || determiners[v.word(j-1)]) {
		j--
	}
	return j
}

// lastListedVerb returns the last verb of a list that starts with the verb at j and
// ends before to ("own, make or test"), j if no verb follows in a list.
func lastListedVerb(v *sent, j, to int) int {
	k := j
	for k+2 < to && (v.word(k+1) == "," || v.word(k+1) == "or" || v.word(k+1) == "and") && v.tag(k+2) == "VB" {
		k += 2
	}
	if k+3 < to && v.word(k+1) == "," && (v.word(k+2) == "or" || v.word(k+2) == "and") && v.tag(k+3) == "VB" {
		k += 3 // "own, make, or test"
	}
	return k
}

var durations = map[string]bool{"days": true, "day": true, "hours": true, "hour": true, "weeks": true, "week": true,
	"months": true, "month": true, "years": true, "year": true, "minutes": true}

// readQuantities sets the clause's target and starting quantities ("from 13,000 to
// 8,600"), leaving out durations, ratios ("30 for each") and numbers inside deadlines.
func (t *term) readQuantities(v *sent, c clause, verb int) {
	var qs []text.Quantity
	for _, q := range v.qty {
		if q.Tok < verb || q.Tok >= c.to || durations[q.Unit] {
			continue
		}
		if w := v.word(q.TokEnd); w == "for" && v.word(q.TokEnd+1) == "each" || w == "per" {
			continue
		}
		if w := v.word(q.UnitTok + 1); q.UnitTok > q.Tok && (w == "deep" || w == "wide" || w == "long" || w == "high") {
			continue // "a zone 15 to 20 kilometres deep": a measure, not a count
		}
		if loadLexicon().has("distance", []string{q.Unit}, 0, 1) && !(t.action == Allow && (q.AtMost || v.word(q.Tok-1) == "to")) {
			// ("allowed to fish up to six nautical miles out": how far is what is allowed)
			continue // "pull back two kilometres": how far, not how many
		}
		if namedNumber(v, q.Tok) {
			continue // "Line 23", "Resolution 1701": a number naming a thing
		}
		if dayOfDate(v, q) {
			continue // "from midnight between February 24 and 25": a day, not a count
		}
		if u := q.Unit; u == "side" || u == "sides" || u == "party" || u == "parties" {
			continue // "unless one side objects": who, not how many
		}
		if q.Value == 1 && v.word(q.Tok-1) == "as" {
			continue // "will be developed as one unit": how, not how many
		}
		if q.Value == 2 && v.word(q.Tok-1) == "the" {
			continue // "the two armies' commanders": the sides, not a count
		}
		if v.word(q.Tok-1) == "in" && phases[q.Unit] {
			continue // "demobilise in five stages": how the act is split, not what it counts
		}
		if agentBefore(v, verb+1, q.Tok) {
			continue // "a ceasefire ..., to be watched by a force of about 1,200 soldiers": the agent's count
		}
		if relativeVerbBefore(v, verb+1, q.Tok) {
			continue // "a ceasefire ending fighting that killed more than 30 people"
		}
		if v.word(q.Tok-1) == "remaining" || v.word(q.Tok-1) == ":" || v.word(q.Tok-1) == "the" && v.word(q.Tok-2) == "of" && q.Tok > t.objFrom+3 {
			continue
		}
		if placePreps[v.word(q.Tok-1)] && q.Tok > t.objFrom+1 && !(v.word(q.Tok-1) == "from" && hasWords(v.words, q.TokEnd, c.to, "to")) {
			continue // "withdraw troops from three more areas": where, not how many
		}
		if v.word(q.Tok-1) == "the" && (v.word(q.Tok-2) == "in" || v.word(q.Tok-2) == "across") && q.Tok-2 > verb {
			continue // "installed in the five northern regions": where, not how many
		}
		if nestedCount(v, q.Tok, t.objFrom) {
			continue // "the forces of the four powers", "with its two reactors": whose, not how many
		}
		qs = append(qs, q)
	}
	if len(qs) == 0 && t.cl.nominal && t.action == Other {
		// "- a defence force in which no ethnic group may make up more than half of the
		// ranks": a share the point caps
		for k := verb; k < c.to; k++ {
			if v.word(k) == "half" && v.word(k+1) == "of" && v.word(k-1) == "than" {
				half := 50.0
				t.qty, t.unit = &half, "percent"
				return
			}
		}
	}
	if len(qs) == 0 {
		if w := v.word(t.objFrom + 1); v.word(t.objFrom) == "half" && (w == "of" || w == "the" || w == "its" || w == "their") {
			// "release half of the political prisoners it holds": a share of them
			half := 50.0
			t.qty, t.unit = &half, "percent"
		}
		return
	}
	q := qs[0]
	if len(qs) > 1 && (v.word(q.Tok-1) == "from" || v.word(q.Tok-2) == "from") {
		f := q.Value
		t.from = &f
		q = qs[1]
	}
	for _, r := range qs[1:] {
		if v.word(r.Tok-1) == "leaving" && t.from == nil && (t.action == Reduce || t.action == Disarm || t.action == Withdraw || t.action == Other) {
			// "gives up half of its 308 missiles, leaving 154": the count left is the target
			f := q.Value
			t.from, q = &f, r
			t.action = Reduce
			break
		}
	}
	val := q.Value
	if q.Max > q.Value && t.action == Reduce {
		val = q.Max // "down to between 1,700 and 2,200": the ceiling binds
	}
	for _, r := range qs {
		// "five seats in the Senate and five in the House": one count in two places
		if r.Tok > q.Tok && r.Unit == "" && t.from == nil && hasWords(v.words, q.TokEnd, r.Tok, "and") && !hasWords(v.words, q.TokEnd, r.Tok, ",") {
			val += r.Value
			break
		}
	}
	t.qty = &val
	t.unit = normalUnit(q.Unit)
	if t.from != nil && q.UnitTok != q.TokEnd && t.object != "" {
		// "cut its forces near the boundary from 4,000 to 1,500": the object counts
		f := strings.Fields(strings.ToLower(t.object))
		t.unit = f[len(f)-1]
	}
	if q.AtMost && t.action == Other && !(t.cl.passive && q.Tok < t.cl.verb) {
		// "enrich uranium to no more than 3.67 percent" caps an act; "Up to 7,500
		// fighters are to be integrated" counts the act's subject
		t.action = Prohibit
	}
	if t.unit == "" && t.object != "" {
		f := strings.Fields(strings.ToLower(t.object))
		t.unit = f[len(f)-1]
	}
	for k := q.TokEnd; k < min(c.to, q.TokEnd+8); k++ {
		if v.word(k) == "within" || v.word(k) == "by" || v.word(k) == "over" {
			break // "within a week" is a deadline, not a rate
		}
		if w := v.word(k - 1); w == "after" || w == "for" || w == "within" || v.word(k+2) == "of" {
			continue // "after a week of talks": a time, not a rate
		}
		if (v.word(k) == "a" || v.word(k) == "every" || v.word(k) == "per") && (v.word(k+1) == "day" || v.word(k+1) == "week" || v.word(k+1) == "month") {
			t.unit += " per " + v.word(k+1)
			break
		}
	}
}

// actionNoun finds a noun stating a term in tokens [from, to): "the exchange of ...",
// "a halt to ...", "entry of ...", "a cessation of hostilities". It returns the clause
// that noun heads, or false.
func actionNoun(lx *lexicon, v *sent, from, to int) (clause, bool) {
	for i := from; i < to; i++ {
		p, n := lx.match("action", v.words, i)
		if n == 0 || p.value == "" {
			continue
		}
		t := v.tag(i)
		if v.word(i) == "end" && v.word(i+1) != "to" && v.word(i+1) != "of" {
			continue // "came to an end"
		}
		if !strings.HasPrefix(t, "NN") && n == 1 && !(strings.HasPrefix(t, "VB") && (v.word(i-1) == "the" || v.word(i-1) == "a")) {
			continue
		}
		return clause{from: from, subjFrom: from, verb: i, to: to, nominal: true}, true
	}
	return clause{}, false
}

// hasDealNoun reports whether tokens [from, to) hold a deal noun of one of kinds.
func hasDealNoun(lx *lexicon, v *sent, from, to int, kinds ...string) bool {
	for i := from; i < to; i++ {
		if p, n := lx.match("deal", v.words, i); n > 0 && contains(kinds, p.value) {
			return true
		}
	}
	return false
}

// normalUnit writes currencies as ISO codes ("dollars" is "usd").
func normalUnit(u string) string {
	switch u {
	case "dollars", "us dollars", "dollar":
		return "usd"
	case "euros", "euro":
		return "eur"
	case "rupees", "rupee", "crore rupees", "lakh rupees":
		return "inr"
	case "pounds sterling", "sterling":
		return "gbp"
	}
	return u
}

// placePreps introduce where an act takes place; a number after them counts places.
var placePreps = map[string]bool{"from": true, "in": true, "into": true, "at": true, "across": true,
	"near": true, "through": true, "inside": true, "around": true}

// handsBackPeople reports whether an object names living people held captive, whom
// handing over releases ("prisoners", not "the remains of the hostages").
func handsBackPeople(object string) bool {
	o := strings.ToLower(object)
	if strings.Contains(o, "remains") || strings.Contains(o, "bodies") || strings.Contains(o, "body") {
		return false
	}
	for _, w := range []string{"prisoner", "hostage", "detainee", "captive", "servicemen", "soldiers"} {
		if strings.Contains(o, w) {
			return true
		}
	}
	return false
}

// handedInArms reports whether an object's head names weapons of any kind
// (weaponHead: "500 rifles", "its mortars"): a side handing its own over puts them
// beyond use, which the sets count as disarming, not as a transfer. Captured or seized
// arms ("the captured rifles") are goods given back to their owner, not a side's own.
func handedInArms(object string) bool {
	f := strings.Fields(strings.ToLower(object))
	return weaponHead(object) && !hasAny(f, 0, len(f), "captured", "seized")
}

// armsToOtherState reports whether clause c's subject is a state, not an armed group,
// and the words after the verb at j name a receiver of another country ("the United
// States will deliver 300 rifles to the Afghan police"): arms supplied from one state
// to another are a transfer, where a side's fighters handing theirs to monitors or to
// the army disarm.
func armsToOtherState(v *sent, c clause, j int) bool {
	for _, s := range c.subj {
		if !countryActor(s.Code) || strings.Contains(s.Code, "REB") {
			continue
		}
		for _, r := range v.actorsIn(j+1, c.to) {
			if countryActor(r.Code) && r.Code[:3] != s.Code[:3] {
				return true
			}
		}
	}
	return false
}

// countryActor reports whether an actor code opens with a country's code, not an
// international or non-governmental body's ("IGOUNO", "NGOICRC").
func countryActor(code string) bool {
	return len(code) >= 3 && !strings.HasPrefix(code, "IGO") && !strings.HasPrefix(code, "NGO")
}

// handsBackDead reports whether an object's head, before any "of", names the dead
// ("the remains of 20 soldiers", "the bodies of the crew") and no living captive: what
// a side hands back of them is a transfer (the sets' convention), never a release.
func handsBackDead(object string) bool {
	o := strings.ToLower(object)
	if i := strings.Index(o, " of "); i >= 0 {
		o = o[:i]
	}
	if handsBackPeople(o) {
		return false
	}
	for _, w := range strings.Fields(o) {
		if w == "remains" || w == "bodies" || w == "body" {
			return true
		}
	}
	return false
}

// relativeVerbBefore reports whether a relative clause with a past-tense verb ("that
// killed", "which left") opens in tokens [from, to): what it counts is no term's.
func relativeVerbBefore(v *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if w := v.word(k); (w == "that" || w == "which" || w == "who") && v.tag(k+1) == "VBD" && k+1 < to || w == "where" {
			return true // "in municipalities where at least 20 percent of people speak it"
		}
		if v.word(k) == "which" && k > 0 && v.tag(k-1) == "IN" {
			return true // "an exchange, for which lists of 15,000 names were handed over"
		}
	}
	return false
}

// namedNumber reports whether the number at token i is part of a name: it follows a
// capitalised proper noun ("Line 23", "Resolution 1701") that does not open the
// sentence.
func namedNumber(v *sent, i int) bool {
	k := i - 1
	if v.tag(i) == "$" {
		return false // "pay Khartoum $3 billion": a sum after its receiver
	}
	for _, a := range v.actors {
		if g := a.tok - 1; a.end == i && g > 0 && v.word(g) == "the" {
			a.tok = g // "pay the Soviet Union 150 million dollars"
		}
		if a.end == i && a.tok > 0 && givers[v.word(a.tok-1)] {
			return false // "give UNITA four ministries": a count after its receiver
		}
	}
	return k > 0 && k < len(v.s.Tokens) && v.s.Tokens[k].Text != "" && unicode.IsUpper([]rune(v.s.Tokens[k].Text)[0]) && strings.HasPrefix(v.tag(k), "NNP")
}

// passiveAct reports whether the participle at j states an act done to the subject
// that the vocabulary does not name ("is to be destroyed", "must be ratified", "shall
// be respected"): the act is another one. Concluding and reporting verbs ("will be
// signed", "was said"), oversight ("ships will be inspected") and being expected or
// seen state no duty, nor does the deal
// itself undergoing an act without an agent ("The new text will be submitted to
// Congress", "The plan will be carried out under ..."); with one, the agent is bound
// ("The agreement must be ratified by both countries").
func passiveAct(lx *lexicon, v *sent, c clause, j int) bool {
	if v.tag(j) != "VBN" || lx.has("conclude", v.words, j, j+1) || lx.has("report", v.words, j, j+1) || lx.has("oversee", v.words, j, j+1) {
		return false
	}
	if _, n := lx.match("deal", []string{headNoun(v, c.subjFrom, c.verb)}, 0); n > 0 && !hasAny(v.words, j+1, j+3, "by") {
		return false
	}
	switch v.word(j) {
	case "expected", "seen", "considered", "based", "made", "known", "needed", "called", "asked", "told", "given", "reported", "heard", "thought", "believed", "involved", "linked":
		return false
	}
	return true
}

// givers are verbs whose indirect object receives what they give ("give them ...").
var givers = map[string]bool{"give": true, "grant": true, "offer": true, "hand": true, "allocate": true, "allot": true, "pay": true,
	"gives": true, "grants": true, "offers": true, "hands": true, "allocates": true, "allots": true, "pays": true}

// armsNamed reports whether tokens [from, min(to, from+4)) name weapons.
func armsNamed(v *sent, from, to int) bool {
	return hasAny(v.words, from, min(to, from+4), "weapons", "arms", "weaponry", "guns", "rifles")
}

// dayOfDate reports whether quantity q is a day of a date: inside a date mention, or a
// bare number joined by "and" or "to" to a date mention ending just before it
// ("between February 24 and 25").
func dayOfDate(v *sent, q text.Quantity) bool {
	for _, d := range v.dates {
		if q.Tok >= d.Tok && q.Tok < d.TokEnd {
			return true
		}
		if w := v.word(q.Tok - 1); d.TokEnd == q.Tok-1 && (w == "and" || w == "to") && q.Unit == "" && q.Value >= 1 && q.Value <= 31 {
			return true
		}
	}
	return false
}

// runBy returns where the body a passive "run by" names starts ("is to be run by a
// provisional executive", "governed by a joint council"), after its article; 0 when
// the agent at j+1 is no new body.
func runBy(v *sent, j, to int) int {
	switch v.word(j) {
	case "run", "governed", "administered", "managed":
	default:
		return 0
	}
	if v.word(j+1) != "by" || v.word(j+2) != "a" && v.word(j+2) != "an" {
		return 0
	}
	for k := j + 3; k < min(to, j+7); k++ {
		if governingBodies[v.word(k)] {
			return j + 3
		}
		if !strings.HasPrefix(v.tag(k), "JJ") && !strings.HasPrefix(v.tag(k), "NN") && !strings.HasPrefix(v.tag(k), "VBN") {
			return 0
		}
	}
	return 0
}

// governingBodies are nouns of bodies set up to run a territory or a process.
var governingBodies = map[string]bool{"executive": true, "council": true, "commission": true, "authority": true,
	"administration": true, "committee": true, "government": true, "body": true}

// goBack returns how many words "return to" or "go back to" at j take, 0 when
// neither is there.
func goBack(v *sent, j int) int {
	switch w := v.word(j); {
	case w == "return" && v.word(j+1) == "to":
		return 2
	case (w == "go" || w == "move" || w == "pull") && v.word(j+1) == "back" && v.word(j+2) == "to":
		return 3
	}
	return 0
}

// backToBarracks reports whether clause c's forces go back at j to their camps,
// barracks, bases or positions ("troops are to go back to their barracks", "All
// military units will return to their camps"): forces pulled back.
func backToBarracks(v *sent, body string, c clause, j int) bool {
	back := goBack(v, j)
	return back > 0 && !c.nominal && meansOfWar(strings.ToLower(v.span(body, c.subjFrom, c.verb))) && hasAny(v.words, j+back, min(c.to, j+back+3), "camps", "barracks", "bases", "positions")
}

// homeward returns how many words "return home", "go home", "go back home" or "come
// home" at j take, 0 when none is there.
func homeward(v *sent, j int) int {
	switch w := v.word(j); {
	case (w == "return" || w == "go" || w == "come" || w == "head") && v.word(j+1) == "home":
		return 2
	case (w == "go" || w == "come") && v.word(j+1) == "back" && v.word(j+2) == "home":
		return 3
	}
	return 0
}

// foreignForces reports whether the subject of clause c is forces abroad, not captives:
// its words name troops, none names a captive or a holder ("held", "captured"), and
// either "foreign" qualifies them or "from" after the verb at k names a place other
// than the forces' own country.
func foreignForces(lx *lexicon, v *sent, body string, c clause, k int) bool {
	subj := strings.ToLower(v.span(body, c.subjFrom, c.verb))
	if !meansOfWar(subj) || lx.has("captive", v.words, c.subjFrom, c.verb) && !hasAny(v.words, c.subjFrom, c.verb, "troops", "forces") ||
		hasAny(v.words, c.subjFrom, c.verb, "held", "captured", "detained", "jailed") {
		return false
	}
	if hasAny(v.words, c.subjFrom, c.verb, "foreign") {
		return true
	}
	if v.word(k) != "from" {
		return false
	}
	for _, a := range v.actors {
		if a.tok == k+1 {
			for _, s := range v.actorsIn(c.subjFrom, c.verb) {
				if s.Code != "" && len(s.Code) >= 3 && len(a.Code) >= 3 && s.Code[:3] != a.Code[:3] {
					return true
				}
			}
		}
	}
	return false
}

// hostileSubject reports whether an intransitive stop verb's subject names the
// fighting itself ("all armed confrontation ... must stop", "the shelling will end"):
// the verb has no object of its own and the subject's first words hold a hostile noun.
func hostileSubject(lx *lexicon, v *sent, c clause, t term) bool {
	k := t.objFrom - 1
	for k > c.verb && v.tag(k) == "CD" {
		k--
	}
	if w := v.word(k); w == "at" || w == "from" || w == "on" {
		t.object = "" // "The fighting is to stop at 10 p.m.": when, not what
	}
	// "Hostilities are to cease throughout the island": a place, not an object
	place := t.objFrom < len(v.words) && v.tag(t.objFrom) == "IN" && v.word(t.objFrom) != "of"
	if c.passive || c.subjFrom >= c.verb || t.object != "" && !durations[strings.ToLower(t.object)] && v.tag(t.objFrom) != "CD" && !place {
		return false
	}
	return lx.has("hostile", v.words, c.subjFrom, min(c.verb, c.subjFrom+4))
}

// gerundAct returns the action of the vocabulary a gerund's verb names ("leaving",
// "withdrawing", "pulling"), "" when it names none or only another act.
func gerundAct(lx *lexicon, w string) string {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 {
		return ""
	}
	cands := []string{w, stem, stem + "e"}
	if n := len(stem); stem[n-1] == stem[n-2] {
		cands = append(cands, stem[:n-1]) // "stopping"
	}
	for _, c := range cands {
		if p, n := lx.match("action", []string{c}, 0); n > 0 && p.value != string(Other) {
			return p.value
		}
	}
	return ""
}

// agentBefore reports whether a participle's agent ("watched by", "monitored by")
// opens in tokens [from, to): a count after it is the agent's, not the object's.
func agentBefore(v *sent, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if v.word(k) == "by" && v.tag(k-1) == "VBN" {
			return true
		}
	}
	return false
}

// objFrom returns where the noun phrase from i starts once determiners are skipped.
func objFrom(v *sent, i, to int) int {
	for i < to && (determiners[v.word(i)] || v.tag(i) == "PRP$") {
		i++
	}
	return i
}

// placeAt reports whether a named place, country or capital starts at token i
// ("return to Aden", "return to Haiti").
func placeAt(v *sent, i int) bool {
	for _, a := range v.actors {
		if a.tok == i {
			return true
		}
	}
	return false
}

// concludes are the verbs by which a duty names a deal still to be made as its object.
var concludes = map[string]bool{"conclude": true, "concludes": true, "reach": true, "reaches": true}

// restoredTo reports whether the verb at j restores a named place, its object at
// from, to a party named after "to" ("restore Hong Kong to China", "restores the
// Sinai to Egypt"): the place is handed over. Restoring anything else ("restore
// electricity to Gaza", "restore order to the capital") is another act.
func restoredTo(v *sent, j, from, to int) bool {
	if w := v.word(j); w != "restore" && w != "restores" {
		return false
	}
	name := from + boolInt(v.word(from) == "the")
	e := objectEnd(v, from, to)
	if name >= e || v.tag(name) != "NNP" || v.word(e) != "to" {
		return false
	}
	return placeAt(v, e+1) || v.word(e+1) == "the" && placeAt(v, e+2)
}

// meansOfWar reports whether an object names a party's forces or weapons ("heavy and
// medium weapons", "its troops").
func meansOfWar(o string) bool {
	for _, w := range []string{"forces", "troops", "weapons", "units", "fighters", "soldiers", "arms", "artillery", "tanks"} {
		if strings.Contains(o, w) {
			return true
		}
	}
	return false
}

// newBodyAfter returns where the body named after "into" or "under" in tokens [i, to)
// starts when a fresh one is introduced ("into a single national army", "under a
// joint command"), past its article; 0 when none is ("under UN supervision", "into
// the national army", "under a new accord": a deal is no body).
func newBodyAfter(lx *lexicon, v *sent, i, to int) int {
	for k := i; k+2 < to; k++ {
		switch w := v.word(k); {
		case w == "," || w == ";":
			return 0
		case (w == "into" || w == "under") && (v.word(k+1) == "a" || v.word(k+1) == "an") && hasAny(v.words, k+2, min(to, k+4), "single", "joint", "unified", "new", "combined", "mixed", "common") && !lx.has("deal", v.words, k+2, objectEnd(v, k+2, to)):
			return k + 2
		}
	}
	return 0
}

// phases are the parts an act is carried out in ("in five stages").
var phases = map[string]bool{"stages": true, "phases": true, "rounds": true, "steps": true, "instalments": true,
	"installments": true, "batches": true, "tranches": true}

// renounces are the verbs by which a side gives up what it names; renouncing
// hostilities is ending them, renouncing anything else (a claim) is another act.
var renounces = map[string]bool{"abjure": true, "abjures": true, "renounce": true, "renounces": true,
	"forswear": true, "forswears": true, "eschew": true, "eschews": true, "shun": true, "shuns": true}

// fundVerbs lay out money whatever their object.
var fundVerbs = map[string]bool{"fund": true, "finance": true, "bankroll": true}

// moneyVerbs lay out money when a sum is their object.
var moneyVerbs = map[string]bool{"put": true, "spend": true, "invest": true, "allocate": true, "earmark": true, "contribute": true}

// spendsMoney reports whether a sum of money stands right after the verb at j (a
// determiner or "up to" between), within the clause ending at to.
func spendsMoney(v *sent, j, to int) bool {
	for _, q := range v.qty {
		if q.Tok <= j || q.Tok >= to || q.Tok > j+3 {
			continue
		}
		if money[normalUnit(q.Unit)] {
			return true
		}
	}
	return false
}

// coordinatedAct returns the act of the vocabulary named by a verb coordinated with
// the one at j that names none ("regrouped and then disarmed", "be regrouped, disarmed
// and demobilised"). False when no such verb follows within the clause.
func coordinatedAct(lx *lexicon, v *sent, j, to int) (Action, bool) {
	if !strings.HasPrefix(v.tag(j), "VB") {
		return "", false
	}
	k := j + 1
	for k < min(to, j+8) {
		w := v.word(k)
		if w != "and" && w != "," && w != "or" {
			return "", false
		}
		k++
		for v.word(k) == "then" || v.word(k) == "later" || v.word(k) == "eventually" || v.word(k) == "finally" {
			k++
		}
		if !strings.HasPrefix(v.tag(k), "VB") {
			return "", false
		}
		if p, m := lx.match("action", v.words, k); m > 0 && p.value != string(Other) {
			return Action(p.value), true
		}
		k++
	}
	return "", false
}

// noDuty are nouns after "no" that bind no one to refrain ("will spare no effort").
var noDuty = map[string]bool{"effort": true, "efforts": true, "doubt": true, "role": true, "choice": true, "objection": true, "objections": true}

// sentForces are what a side sends when it deploys ("send observers", "dispatch troops").
var sentForces = []string{"observers", "monitors", "troops", "peacekeepers", "soldiers", "force", "forces", "mission", "inspectors",
	"team", "teams", "delegation", "delegations", "contingent", "unit", "units"}

// passageWays are the ways across a line whose reopening lets people and goods pass.
var passageWays = []string{"road", "roads", "route", "routes", "highway", "highways", "crossing", "crossings",
	"checkpoint", "checkpoints", "border", "bridge", "bridges", "corridor", "corridors", "airport", "port", "passage"}

// valuedAt returns the sum of money a relative clause opening in tokens [from, to)
// values its noun at ("a package that officials put at $2 billion", "a fund which is
// valued at 500 crore rupees"), false when none does.
func valuedAt(v *sent, from, to int) (text.Quantity, bool) {
	for k := from; k < to; k++ {
		if w := v.word(k); w != "that" && w != "which" {
			continue
		}
		for m := k + 1; m < min(len(v.words), k+6); m++ {
			if !valuing[v.word(m)] || v.word(m+1) != "at" {
				continue
			}
			for _, q := range v.qty {
				if q.Tok == m+2 || q.Tok == m+3 && v.word(m+2) == "about" {
					if money[normalUnit(q.Unit)] {
						return q, true
					}
				}
			}
		}
		return text.Quantity{}, false
	}
	return text.Quantity{}, false
}

// valuing are the verbs that put a value on a thing ("put at", "valued at").
var valuing = map[string]bool{"put": true, "puts": true, "valued": true, "value": true, "estimated": true, "estimate": true, "priced": true, "pegged": true, "worth": true}

// money are the units of sums of money.
var money = map[string]bool{"usd": true, "eur": true, "gbp": true, "jpy": true, "inr": true, "pounds": true, "francs": true, "shillings": true, "yen": true}

// legalCase reports whether an object withdrawn is a court case or a charge ("the
// cases against the cadres", "criminal charges"), not troops.
func legalCase(object string) bool {
	f := strings.Fields(object)
	if len(f) == 0 {
		return false
	}
	for _, w := range f[:min(len(f), 3)] {
		switch strings.Trim(w, ",;") {
		case "case", "cases", "charge", "charges", "lawsuit", "lawsuits", "prosecution", "prosecutions", "indictment", "indictments", "warrants":
			return true
		}
	}
	return false
}

// envoys are the nouns for those who meet for the sides ("the delegations will meet
// again ... to settle ...").
var envoys = map[string]bool{"delegations": true, "ministers": true, "principals": true, "negotiators": true, "envoys": true, "leaders": true, "sides": true}

// nestedCount reports whether the number at token i counts a noun nested in the
// object rather than the object: its owners after a plural head ("the forces of the
// four powers", "the fighters of all three armies"), what comes with it ("the base,
// with its two reactors") or an age ("prisoners aged 18 to 25"). "A group of 50
// prisoners", "50 of the 100 prisoners" and "the remains of the 28 hostages" still
// count what is handed over.
func nestedCount(v *sent, i, objFrom int) bool {
	if v.word(i-1) == "aged" {
		return true
	}
	k := i - 1
	if w := v.word(k); w != "the" && w != "all" && w != "its" && w != "their" {
		return false
	}
	if v.word(k-1) == "all" {
		k-- // "of all the three"
	}
	switch v.word(k - 1) {
	case "of":
		return k-2 >= objFrom && v.tag(k-2) == "NNS" && !handsBackDead(v.word(k-2))
	case "with":
		w := v.word(k)
		return (w == "its" || w == "their") && k-1 > objFrom
	}
	return false
}
