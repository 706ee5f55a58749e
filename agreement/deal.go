package agreement

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/peacewatch/peacewatch/text"
)

// deal is one sentence reporting that a deal was concluded, with what it says of
// the deal: its kind, parties, date, place, witnesses, guarantors and name.
type deal struct {
	si         int // index of the sentence in the article's views
	verb       int // token of the concluding verb
	kind       string
	name       string
	parties    []string
	signed     string
	place      string
	witnesses  []string
	guarantors []string
	separate   bool // "separately", "a separate ...": another deal than the one before
	// truce: the deal concluded is itself a ceasefire ("A permanent ceasefire agreed
	// in Khartoum", "agreed to a truce")
	truce bool
	// implied: no sentence reports the conclusion; a sentence cites the terms
	implied bool
	// strength ranks how surely the verb dates the conclusion: 4 signed, 3 initialled, 2 agreed or
	// reached, 1 announced, approved or accepted; dateNamed says the date names its
	// month ("on July 19") rather than being worked out from a weekday or an event
	strength  int
	dateNamed bool
	// reported: the date is only the day a report of the deal was made ("have agreed
	// ..., officials said on Thursday")
	reported bool
	// datelined: the place is the story's dateline, where it was filed, not one the
	// sentence gives the signing
	datelined bool
}

// findDeals returns the sentences of an article that report a deal concluded; pub is
// the article's publication date (zero when unknown).
func findDeals(vs []sent, body string, pub time.Time) []deal {
	return dealsBy(vs, body, pub, func(lx *lexicon, vs []sent, si int) int {
		if i := concludingVerb(lx, &vs[si]); i >= 0 {
			return i
		}
		return signedBeforeDeal(lx, vs, si)
	})
}

// inForceDeals returns the sentences of an article that tell a deal by its taking
// effect ("A ceasefire between Israel and Hamas took hold at 2 a.m. on Friday"), for a
// story that tells no conclusion: the deal was made by then.
func inForceDeals(vs []sent, body string, pub time.Time) []deal {
	return dealsBy(vs, body, pub, func(lx *lexicon, vs []sent, si int) int { return inForceVerb(lx, &vs[si]) })
}

// dealsBy returns the deals whose verb verbOf finds in the sentences (see findDeals).
func dealsBy(vs []sent, body string, pub time.Time, verbOf func(lx *lexicon, vs []sent, si int) int) []deal {
	lx := loadLexicon()
	var out []deal
	for si := range vs {
		v := &vs[si]
		verb := verbOf(lx, vs, si)
		if verb < 0 {
			continue
		}
		d := deal{si: si, verb: verb, kind: dealKind(lx, v), strength: verbStrength(v.words[verb])}
		if !lx.has("deal", v.words, 0, len(v.words)) && si+1 < len(vs) && lx.has("deal", vs[si+1].words, 0, len(vs[si+1].words)) {
			d.kind = dealKind(lx, &vs[si+1]) // "X and Y signed on Thursday the final map of the frontier. The boundary agreement ..."
		}
		if proposalOnly(lx, v, verb) {
			continue
		}
		if w := v.word(verb); (w == "agreed" || w == "agree") && hasAny(v.words, verb-3, verb, "which", "who") && v.word(verb-1) == "had" {
			continue // "both congresses, which had agreed in advance to accept it": an earlier consent in an aside, no deal
		}
		if historyAfter(v, max(1, verb-8), verb, pub) {
			continue // "Fighting ... ended with a rout in 1987 and a ceasefire the next year, after which both governments agreed ...": history
		}
		if underDealBefore(lx, v, verb) {
			continue // "Under last year's deal, Norway signed the monitoring annex": the deal carried out
		}
		d.separate = contains(v.words, "separately") || contains(v.words, "separate")
		wit := witnessesOf(lx, v)
		d.witnesses = codesOf(wit)
		d.guarantors = guarantorsOf(lx, v)
		for _, a := range brokersWith(v, verb) {
			d.guarantors = addCode(d.guarantors, a.Code)
		}
		d.parties = partiesOf(lx, v, verb, wit)
		role := signerRole(v, verb)
		if role != "" {
			// "Envoys of the AU and the EU signed the text as witnesses, and leaders
			// of Niger and Sudan signed it as guarantors": each signer's capacity; the
			// parties are those of a verb signed as one, if any
			d.parties, d.witnesses, d.guarantors = nil, nil, nil
			for k := range v.words {
				if _, n := lx.match("conclude", v.words, k); n == 0 {
					continue
				}
				subj := v.actorsIn(max(clauseStart(v, k), coordStart(v, k)), k)
				switch signerRole(v, k) {
				case "witness":
					for _, a := range subj {
						d.witnesses = addCode(d.witnesses, a.Code)
					}
				case "guarantor":
					for _, a := range subj {
						d.guarantors = addCode(d.guarantors, a.Code)
					}
				default:
					if len(subj) > 0 {
						d.parties = partiesOf(lx, v, k, wit)
					}
				}
			}
		}
		d.parties = movementSides(lx, vs, si, d.parties)
		if role == "" && partySides(d.parties) < 2 {
			for _, c := range civicSides(lx, v, verb) {
				d.parties = addCode(d.parties, c)
			}
		}
		if f := facilitatorSubject(v, verb); role == "" && len(f) > 0 && !slices.ContainsFunc(d.parties, func(c string) bool { return !contains(f, c) }) {
			// "Malaysian facilitator Ahmad Zamzamin announced the initiative": the
			// sides the story named before it are the parties
			if sides := sidesBefore(vs, si, actorRoots(f)); len(sides) == 2 {
				d.parties = sides
				for _, c := range f {
					d.guarantors = addCode(d.guarantors, c)
				}
			}
		}
		if role == "" && len(d.parties) == 0 && !slices.ContainsFunc(out, func(x deal) bool { return len(x.parties) > 0 }) {
			// "The two leaders signed ...", no deal before it naming them
			d.parties = groupReferents(vs, si, d)
		}
		if cs := clauseStart(v, verb); role == "" && len(d.parties) == 1 && lx.has("group", v.words, cs, verb) && !slices.ContainsFunc(out, func(x deal) bool { return len(x.parties) > 0 }) {
			// "Grigoryan told Armenian television that the two sides had agreed ...":
			// the two sides are the story's, not the one its speaker names
			if g := groupReferents(vs, si, d); len(g) == 2 {
				d.parties = g
			}
		}
		if role == "" && len(d.parties) == 1 && !slices.ContainsFunc(out, func(x deal) bool { return partySides(x.parties) >= 2 }) {
			if n := uncodedSigners(v, verb); n > 0 {
				// "President A and General B signed ...": B's side is the other state
				// the story names, the dictionary lacking B
				for _, c := range cosignerSides(lx, vs, si, d, n) {
					d.parties = addCode(d.parties, c)
				}
			}
		}
		if role == "" && len(d.parties) == 0 && !slices.ContainsFunc(out, func(x deal) bool { return len(x.parties) > 0 }) {
			if n := uncodedSigners(v, verb); n >= 2 {
				// "A B and C D put their names to the document on Tuesday": signers
				// named only as persons the dictionary lacks sign for the states the
				// sentences around name
				d.parties = cosignerSides(lx, vs, si, d, n)
			}
		}
		if role == "" && len(d.parties) > 0 && partySides(d.parties) == 1 {
			if c := governmentSide(v, verb, d.parties); c != "" {
				d.parties = addCode(d.parties, c)
			}
		}
		if w := v.words[verb]; role == "" && partySides(d.parties) == 1 && (w == "accepted" || isAgree(w)) {
			for _, c := range addressee(v, verb) {
				d.parties = addCode(d.parties, c)
			}
			for _, c := range allowedSide(v, verb) {
				d.parties = addCode(d.parties, c)
			}
		}
		if role == "" && partySides(d.parties) == 1 {
			// "Eritrea agreed ..., in a deal announced by the Ethiopian prime minister
			// and the Eritrean president": announcers among whom the one party stands
			// are the parties
			for _, c := range announcers(v, verb, d.parties) {
				d.parties = addCode(d.parties, c)
			}
		}
		if role == "" && partySides(d.parties) == 1 && isAgree(v.words[verb]) {
			for _, c := range statementSides(v, verb, d.parties) {
				d.parties = addCode(d.parties, c)
			}
		}
		if len(d.parties) == 0 && d.name == "" {
			d.name = properName(lx, v, body)
		}
		if len(d.parties) == 0 && d.name != "" && !slices.ContainsFunc(out, func(x deal) bool { return len(x.parties) > 0 }) {
			// "The Comprehensive Agreement on ..., signed in Manila in 2014, ended the
			// rebellion by the MILF": the sides the sentence names
			d.parties = namedDealParties(vs, si, d)
		}
		if cs := clauseStart(v, verb); partySides(d.parties) < 2 && d.name == "" && hasAny(v.words, cs-1, cs, "after", "when", "since", "before", "because") &&
			hasAny(v.words, verb, verb+1, "agreed", "agrees", "agree") {
			// "Azerbaijani forces entered Kalbajar on November 25 – after Baku agreed
			// to give its residents ten more days": one side's concession dates
			// another act; it is no deal (one side signing it, "a month after the
			// government signed it", still is)
			if twoSided(lx, v, cs, verb) {
				// "The clash came after senior commanders of the two armies agreed at
				// talks on June 6 that ...": both sides agreeing dates a deal
				d.parties = groupReferents(vs, si, d)
			} else if !quidProQuo(v, verb) {
				continue
			}
			// "Kennedy lifted the quarantine, hours after Khrushchev agreed to
			// withdraw the bombers in return for an end to the blockade": the
			// concession was bought by the main clause's subject
			for _, a := range mainSubject(v, cs) {
				d.parties = addCode(d.parties, partyCode(a.Code))
			}
		}
		if role == "" && len(d.parties) == 0 && !slices.ContainsFunc(out, func(x deal) bool { return len(x.parties) > 0 }) {
			// "Under the revised Abuja accord signed in the Nigerian capital on August
			// 17, the factions were to ...": the sides the story's lead names
			d.parties = leadParties(lx, vs, si, d)
		}
		if cs := clauseStart(v, verb); role == "" && cs > 0 && v.word(cs-1) == "that" && hasAny(v.words, cs, verb, "he", "she") && lx.has("report", v.words, max(0, cs-6), cs) {
			// "Syria's defence minister said on Tuesday that he and the SDF commander had
			// agreed a ceasefire": the pronoun is the speaker, whose side signs
			for _, a := range mainSubject(v, cs) {
				d.parties = addCode(d.parties, partyCode(a.Code))
			}
		}
		for _, c := range countedPowers(vs, si, d) {
			d.parties = addCode(d.parties, c) // "Iran and six world powers", listed next
		}
		for i := range v.words {
			if p, n := lx.match("deal", v.words, i); n > 0 && (p.value == "ceasefire" || p.value == "truce" || p.value == "armistice") &&
				i <= verb+4 && !lx.has("notdeal", v.words, max(0, i-3), i) && !hasAny(v.words, i-2, i, "towards", "broader", "full", "wider") &&
				!hasAny(v.words, i+n, i+n+1, "talks", "negotiations", "commission", "line") {
				// ("the senior American at the armistice talks": the talks, not their outcome)
				d.truce = true
			}
		}
		if lx.has("truce", v.words, 0, len(v.words)) {
			d.truce = true // "declared that the state of war between them was over"
		}
		d.signed = signedDate(v, verb)
		if end, _ := datelineOf(v.s); end > 0 && dealNounBefore(lx, v, verb) && slices.ContainsFunc(v.dates, func(dm text.DateMention) bool { return dm.Tok < end && dayDate(dm) == d.signed }) {
			d.signed = "" // "KYIV, Dec 20 - ... the prisoner exchange agreed at the Paris summit": the day the story was filed
		}
		if d.signed == "" {
			// "In a declaration signed in Juba on September 11, ... agreed to ...": the
			// date of another concluding verb of the sentence
			for i := range v.words {
				if _, n := lx.match("conclude", v.words, i); n > 0 && i != verb {
					if s := signedDate(v, i); s != "" {
						d.signed = s
						break
					}
				}
			}
		}
		if d.signed == "" {
			d.signed = storyOffsetSigning(v, verb, pub)
		}
		if d.signed == "" && len(out) == 0 && v.word(verb-1) != "been" && v.word(verb-1) != "was" && !dealNounBefore(lx, v, verb) && !coarseSigning(v, verb) {
			// the first deal of a story told without its date: the day the lead gives
			// (a participle, "ten days into the ceasefire agreed in Moscow", describes
			// a deal made before)
			d.signed = leadDate(vs, si)
		}
		if d.signed == "" && len(out) == 0 && (si <= 1 || v.para == 0) && !pub.IsZero() && d.strength >= verbStrength("agreed") &&
			v.word(verb-1) != "," && v.word(verb+1) != "by" && !olderCue(v) && !coarseSigning(v, verb) && !dealNounBefore(lx, v, verb) {
			// "Armenia and Azerbaijan agreed to a humanitarian ceasefire, after ten
			// hours of talks": a story's lead (its first paragraph, however a liveblog's
			// timestamps cut it) tells of news; its day is the story's (a
			// participle, "The declaration, signed by ...", "the prisoner exchange agreed
			// at the Paris summit", describes the deal instead)
			d.signed = pub.Format(time.DateOnly)
		}
		if p := v.word(verb - 1); d.signed == "" && len(out) == 0 && (p == "have" || p == "has") {
			// "India and China have reached an arrangement ..., the ministry said on
			// Monday, in the biggest step since the clash of June 2020": the news in the
			// present perfect is as old as its report, whatever history the sentence adds
			for _, dm := range v.dates {
				if day := dayDate(dm); day != "" && dm.Tok > verb && lx.has("report", v.words, max(0, dm.Tok-2), dm.Tok) {
					d.signed = day
					break
				}
			}
		}
		if p := v.word(verb - 1); d.signed == "" && len(out) > 0 && (p == "have" || p == "has") && clauseStart(v, verb) == 0 && !pub.IsZero() && !olderCue(v) && otherPair(out, d) {
			// "4. Sudan and Israel have agreed to normalise relations", in a release of
			// another deal: a second pair's deal told as news is the story's
			d.signed = pub.Format(time.DateOnly)
		}
		if d.signed == "" && len(out) == 0 && si > 0 && d.strength >= verbStrength("agreed") && v.word(verb-1) != "been" && v.word(verb-1) != "was" && !olderCue(v) {
			// "Pakistan and Afghanistan wrapped up talks in Doha early on Sunday. ... the
			// two sides agreed on an immediate ceasefire": the deal of the talks the
			// lead dates is made the day they end
			d.signed = talksDay(&vs[0])
		}
		if d.signed != "" && offsetSigning(v, verb) == "" {
			d.reported = reportedOn(lx, v, d.signed)
		}
		for _, dm := range v.dates {
			if dayDate(dm) == d.signed && monthNamed(dm.Text) {
				d.dateNamed = true
			}
		}
		d.signed = pastSigning(v, d.signed, pub)
		d.signed = toldYear(vs, si, d.signed, pub)
		older := olderSigning(lx, v, verb, pub)
		if older {
			// "The plan replaces the 1994 Moscow agreement, which was signed by Georgia
			// and the Abkhaz separatists": a deal of years before is another deal than
			// the story's
			d.separate = true
		}
		if n := conclusion(lx, v, verb); n > 1 && len(out) > 0 {
			// "The two leaders put their names to the text in the East Room": the
			// ceremony of the deal told before, no other deal
			continue
		}
		d.place = placeOf(v, body, verb)
		if cs := clauseStart(v, verb); d.place == "" && !(d.signed == "" && dealNounBefore(lx, v, verb)) && !hasAny(v.words, cs-1, cs, "after", "since", "before") {
			// (a deal only described, "the exchange agreed at the Paris summit", or one
			// dating another act, "twenty-five days after it signed the settlement", is
			// not placed where the story was filed)
			d.datelined = v.dateline != ""
			d.place = v.dateline // "PANMUNJOM, Korea, July 27 – The armistice ... was signed here"
		}
		if role == "" && len(d.parties) == 0 && len(out) > 0 && !slices.ContainsFunc(out, func(x deal) bool {
			return partySides(x.parties) >= 2 || d.signed != "" && x.signed != "" && !closeDates(x.signed, d.signed, 3) || d.place != "" && x.place != "" && !d.datelined && !x.datelined && !strings.EqualFold(d.place, x.place)
		}) {
			// "Libya has agreed to hand the strip back to Chad. The agreement was signed
			// ... by delegations of the two governments": the two sides complete the
			// one-sided deal told before, when they include its side and the deal its
			// date and place
			var known []string
			for _, x := range out {
				known = append(known, actorRoots(x.parties)...)
			}
			if g := groupReferents(vs, si, d); !slices.ContainsFunc(known, func(r string) bool { return !contains(actorRoots(g), r) }) {
				d.parties = g
			}
		}
		if role == "" && len(d.parties) == 0 && d.signed != "" && d.dateNamed && !slices.ContainsFunc(out, func(x deal) bool { return x.signed == "" || closeDates(x.signed, d.signed, 3) }) {
			// "the understanding the two leaders reached in their exchange of letters
			// of October 27", after a deal of November 20: the two leaders' other deal
			d.parties = groupReferents(vs, si, d)
		}
		if role == "" && len(d.parties) == 0 && d.signed != "" && d.dateNamed && d.strength >= verbStrength("signed") && !slices.ContainsFunc(out, func(x deal) bool { return x.signed == "" || closeDates(x.signed, d.signed, 3) }) {
			// "April 11, 1992 - The transitional authorities and the rebel fronts sign
			// the National Pact", after the story's deal between the government and
			// the rebels: another deal of the story's sides, on its own date (a body that
			// "agreed" on another day may be carrying the deal out)
			d.parties = storySides(out)
		}
		d.name = properName(lx, v, body)
		if !older && olderName(v, body, d.name, d.signed, pub) {
			// "the guarantor countries of the 1942 Rio Protocol": another deal (the name
			// of a deal the verb concludes years before is its own)
			d.name = ""
		}
		out = append(out, d)
	}
	return out
}

// storySides returns the parties of the first deal before that names two sides, nil
// when none does.
func storySides(before []deal) []string {
	for _, x := range before {
		if partySides(x.parties) >= 2 {
			return slices.Clone(x.parties)
		}
	}
	return nil
}

// concludingVerb returns the last token of v that concludes a deal: a signing or
// agreeing verb not negated, refused or only planned, in a sentence naming a deal
// (or taking the terms as complement, "agreed to ..."). -1 when none.
func concludingVerb(lx *lexicon, v *sent) int {
	hasNoun := lx.has("deal", v.words, 0, len(v.words))
	best := -1
	for i := range v.words {
		mutual := mutualDeclaration(lx, v, i)
		if conclusion(lx, v, i) == 0 && !mutual {
			continue
		}
		_, agreeTo := lx.match("agreeto", v.words, i)
		if agreeTo == 0 && isAgree(v.words[i]) {
			// "agreed in a telephone call with X on Tuesday that ..."
			skip := 0
			if v.word(i+1) == "," {
				// "had agreed, with the involvement of the international community, to
				// stop firing": an aside between commas stands apart from the complement
				for k := i + 2; k < min(len(v.words), i+14); k++ {
					if v.words[k] == "," {
						skip = k - i
						break
					}
				}
			}
			for k := i + 1; k < min(len(v.words), i+14+skip); k++ {
				if w := v.words[k]; w == "that" || w == "to" && k < i+9+skip && isVerb(lx, v, k+1) {
					agreeTo = 1 // "agreed in Paris on Monday to exchange ..."
					break
				} else if w == ";" || w == "." {
					break
				}
			}
		}
		if w := v.words[i]; !hasNoun && agreeTo == 0 && !mutual && !((w == "signed" || w == "sign" || w == "signs") && signedObject(lx, v, i+1)) && !namesPutTo(lx, v, i) {
			continue // ("signed the paper that is to end it", "put their names to the texts": a document signed is a deal)
		}
		if prev := v.word(i - 1); prev == "will" || prev == "would" || prev == "to" && !tripTo(lx, v, i-1) || prev == "be" || prev == "could" || prev == "may" || prev == "only" {
			continue
		}
		if prev := v.word(i - 1); prev == "a" || prev == "an" || prev == "the" || prev == "first" {
			continue // "called the deal a sign that ...": a noun, no signing
		}
		if w := v.words[i]; (w == "signed" || w == "sign" || w == "signs") && signsNoDeal(v, i) {
			continue // "had signed a decree ending its commitment to the ceasefire": an act of its own
		}
		if w := v.words[i]; (w == "published" || w == "issued" || w == "read") && (len(actorRoots(codesOf(issuers(lx, v, i)))) < 2 || bareStatement(v, i)) {
			continue // "the UN published the text": only sides publishing, issuing or reading it out together conclude it
		}
		if saidIn(lx, v, i) {
			continue // "Libya completed its withdrawal, the two said in a joint statement signed in the presence of ...": a report in a statement, no deal
		}
		if prev := v.word(i - 1); v.words[i] == "signing" && prev != "after" && prev != "since" && !(prev == "," && signedObject(lx, v, i+1)) {
			continue // "the date for signing a peace agreement": one to come; "a year after signing it" is past, and so is "the two leaders, seated side by side, signing the treaty"
		}
		if lx.has("notdeal", v.words, max(0, i-4), i) || lx.has("rejected", v.words, commaBefore(v, i), i) {
			continue
		}
		if prev := v.word(i - 1); (prev == "was" || prev == "were" || prev == "been") && hasAny(v.words, clauseStart(v, i)-1, clauseStart(v, i), "when", "since", "after", "before") {
			continue // "down from 150,000 when the pact was signed": the signing only dates something else
		}
		if futureCondition(v, i) {
			continue // "will keep its weapons until a political settlement is reached": a deal to come
		}
		w := v.words[i]
		if (w == "announced" || w == "announces" || w == "approved") && !mutual && !lx.has("deal", v.words, i+1, len(v.words)) && !lx.has("conclude", v.words, i+1, len(v.words)) &&
			!(best < 0 && dealNounBefore(lx, v, i) && len(actorRoots(codesOf(issuers(lx, v, i)))) >= 2) {
			continue // ("the understandings announced on October 23 by the United States and Sudan": the sides announce their deal)
		}
		if (w == "announced" || w == "announces") && oneSideAnnounces(lx, v, i) {
			continue // "ETA announced on Tuesday that it would end its ceasefire": one side's word of its own act
		}
		if n := conclusion(lx, v, i); n > 1 && v.word(i+n-1) == "to" && !signedObject(lx, v, i+n) {
			continue // "put their names to peace": a figure of speech unless a document follows
		}
		if best >= 0 && relativeAfterComma(v, i) {
			continue // "was signed by ... China, whose generals put their names to the documents": the main verb tells the deal
		}
		best = i
	}
	if best < 0 {
		return -1
	}
	// A deal noun denied ("no agreement had been reached") denies the sentence.
	for i := range v.words {
		if _, n := lx.match("deal", v.words, i); n > 0 && (v.word(i-1) == "no" || v.word(i-2) == "no" || v.word(i-1) == "without") && i < best+3 {
			return -1
		}
	}
	return best
}

// oneSideAnnounces reports whether the "announced" at i is one side telling what it
// will do ("ETA announced on Tuesday that it would end its ceasefire"): a "that" clause
// of "will" or "would" concluding nothing, the announcer naming fewer than two sides.
// What two sides announce together may be their deal.
func oneSideAnnounces(lx *lexicon, v *sent, i int) bool {
	k := i + 1
	for _, dm := range v.dates {
		if dm.Tok == k || dm.Tok == k+1 && v.word(k) == "on" {
			k = dm.TokEnd
		}
	}
	if v.word(k) != "that" || !hasAny(v.words, k+1, min(len(v.words), k+5), "will", "would") || lx.has("conclude", v.words, k+1, len(v.words)) {
		return false
	}
	return partySides(codesOf(v.actorsIn(clauseStart(v, i), i))) < 2 && !twoSided(lx, v, clauseStart(v, i), i)
}

// futureCondition reports whether the concluding verb at i stands in the present
// tense in a clause that "until", "unless", "once" or "if" opens ("until a political
// settlement is reached", "once the two sides sign it"): the condition of another
// act, a deal still to come.
func futureCondition(v *sent, i int) bool {
	open := false
	for k := i - 1; k >= max(0, i-10) && !open; k-- {
		switch v.words[k] {
		case "until", "unless", "once", "if":
			open = true
		case ",", ";", ":":
			return false
		}
	}
	if !open {
		return false
	}
	if p := v.word(i - 1); p == "is" || p == "are" {
		return true
	}
	t := v.tag(i)
	return t == "VBP" || t == "VBZ"
}

// signedBeforeDeal returns the token of a signing verb whose object names no deal when
// the next sentence, in the same paragraph or the next, opens with the deal as its
// subject ("Norway and Sweden signed on Thursday the final map of their northern
// frontier. The boundary agreement covers ..."): the sentence tells the signing of the
// deal the next one names. Only a past main verb of two sides named before it counts;
// -1 otherwise.
func signedBeforeDeal(lx *lexicon, vs []sent, si int) int {
	if si+1 >= len(vs) || vs[si+1].para > vs[si].para+1 {
		return -1
	}
	next := &vs[si+1]
	if next.word(0) != "the" {
		return -1
	}
	k, _, _ := lx.find("deal", next.words, 1, min(len(next.words), 4))
	if k < 0 || slices.ContainsFunc(next.words[1:k], func(w string) bool { return w == "," || w == "of" }) {
		return -1
	}
	v := &vs[si]
	for i, w := range v.words {
		if w != "signed" || v.tag(i) != "VBD" || clauseStart(v, i) > 0 || hasAny(v.words, 0, i, "not", "never", "will", "would") {
			continue
		}
		if partySides(codesOf(v.actorsIn(0, i))) >= 2 {
			return i
		}
	}
	return -1
}

// inForceVerb returns the token of a past verb by which a story's lead tells that a
// truce its main clause names took effect ("A ceasefire between the army and the
// rebels took hold at dawn", "the truce went into effect on Friday"): a truce takes
// effect within days of its conclusion. -1 when none, when the clause denies it
// ("never took hold") or only dates something else by it ("quiet since the armistice
// took effect", "the ceasefire that took effect on February 1"), and for a treaty,
// whose entry into force may come months after the signing.
func inForceVerb(lx *lexicon, v *sent) int {
	if v.para > 0 {
		return -1
	}
	for i := range v.words {
		next := v.word(i + 1)
		switch v.words[i] {
		case "took":
			if next != "hold" && next != "effect" {
				continue
			}
		case "came", "went", "entered":
			if next != "into" || v.word(i+2) != "force" && v.word(i+2) != "effect" {
				continue
			}
		default:
			continue
		}
		cs := clauseStart(v, i)
		if cs > 0 || hasAny(v.words, i-1, i, "that", "which") || lx.has("notdeal", v.words, max(0, i-4), i) || hasAny(v.words, 0, i, "never", "not", "failed") {
			continue
		}
		k, p, _ := lx.find("deal", v.words, 0, i)
		if k < 0 || p.value != "ceasefire" && p.value != "truce" && p.value != "armistice" || v.word(k-1) == "no" || v.word(k-1) == "any" {
			continue // ("no ceasefire took hold")
		}
		return i
	}
	return -1
}

// mutualDeclaration reports whether the verb at i is both sides declaring or
// announcing together a truce or a halt to hostilities ("Sharon and Abbas each declared
// a halt to violence", "the two leaders announced an end to the fighting"): declared
// by the two sides, it is a deal; by one side alone it is a unilateral act.
func mutualDeclaration(lx *lexicon, v *sent, i int) bool {
	if w := v.words[i]; w != "declared" && w != "announced" {
		return false
	}
	cs := clauseStart(v, i)
	subj := slices.DeleteFunc(v.actorsIn(cs, i), func(a actorAt) bool { return partyCode(a.Code) == "" || isVenue(v, a) })
	if partySides(codesOf(subj)) < 2 && !twoSided(lx, v, cs, i) {
		return false
	}
	for k := i + 1; k < min(len(v.words), i+10); k++ {
		switch w := v.words[k]; w {
		case ",", ";", "that", "by", "with":
			return false
		case "halt", "end", "cessation":
			if v.word(k+1) == "to" || v.word(k+1) == "of" {
				return lx.has("hostile", v.words, k+2, min(len(v.words), k+5))
			}
		}
		if p, n := lx.match("deal", v.words, k); n > 0 {
			return p.value == "ceasefire" || p.value == "truce" || p.value == "armistice"
		}
	}
	return false
}

// tripVerbs are past verbs of a journey whose purpose a "to" clause gives.
var tripVerbs = map[string]bool{"flew": true, "travelled": true, "traveled": true, "went": true, "came": true, "arrived": true, "journeyed": true}

// tripTo reports whether the "to" at k gives the purpose of a journey told as done
// ("Berlusconi flew to Benghazi on Saturday to apologise ... and to sign a treaty with
// Gaddafi"): a story telling the trip in the past tells the signing it was made for.
// A trip to come, or one whose purpose is negated or refused, tells none.
func tripTo(lx *lexicon, v *sent, k int) bool {
	cs := clauseStart(v, k)
	for j := k - 1; j >= max(cs, k-24); j-- {
		w := v.words[j]
		if w == ";" || w == "but" || w == "not" || lx.has("modal", v.words, j, j+1) {
			return false
		}
		if tripVerbs[w] {
			return true
		}
	}
	return false
}

// namesPutTo reports whether the concluding phrase at i puts names or signatures
// to a document ("put their names to the texts"): a signing, though the sentence
// names no deal.
func namesPutTo(lx *lexicon, v *sent, i int) bool {
	n := conclusion(lx, v, i)
	return n > 1 && v.word(i+n-1) == "to" && signedObject(lx, v, i+n)
}

// conclusion returns how many tokens the concluding phrase at i spans, 0 when none
// starts there. The names or signatures put to a text may be dated before the "to"
// ("put their names on Wednesday evening to two documents"): the date is in the span.
func conclusion(lx *lexicon, v *sent, i int) int {
	if _, n := lx.match("conclude", v.words, i); n > 0 {
		return n
	}
	if v.word(i) != "put" {
		return 0
	}
	switch v.word(i + 1) {
	case "their", "his", "her":
	default:
		return 0
	}
	switch v.word(i + 2) {
	case "names", "name", "signatures", "signature":
	default:
		return 0
	}
	k := i + 3
	for _, dm := range v.dates {
		if dm.Tok == k || dm.Tok == k+1 && v.word(k) == "on" {
			k = dm.TokEnd
		}
	}
	if k == i+3 {
		return 0
	}
	if w := v.word(k); w == "morning" || w == "afternoon" || w == "evening" || w == "night" {
		k++
	}
	if v.word(k) != "to" {
		return 0
	}
	return k + 1 - i
}

// signedObject reports whether a deal noun or a document's ("the texts", "the
// document") heads the noun phrase at i.
func signedObject(lx *lexicon, v *sent, i int) bool {
	for k := i; k < min(len(v.words), i+7); k++ {
		if _, n := lx.match("deal", v.words, k); n > 0 {
			return true
		}
		switch v.words[k] {
		case "document", "documents", "texts", "paper", "commitments", "undertakings":
			return true // ("signed commitments by the government and the armed groups")
		case ",", ";", "in", "on", "at", "and":
			return false
		}
	}
	return false
}

// olderSigning reports whether the verb at verb concludes a deal whose noun a year at
// least two before pub's modifies, before the noun or in an "of" phrase after it ("the
// 1994 Moscow agreement, which was signed ...", "In the Act of Montevideo of January
// 1979 the two governments agreed ...").
func olderSigning(lx *lexicon, v *sent, verb int, pub time.Time) bool {
	if pub.IsZero() {
		return false
	}
	older := func(j int) bool {
		y, err := strconv.Atoi(v.word(j))
		return err == nil && y >= 1000 && y < pub.Year()-1
	}
	for k := max(0, verb-12); k < verb; k++ {
		_, n := lx.match("deal", v.words, k)
		if n == 0 {
			continue
		}
		for j := max(0, k-3); j < k && k >= verb-8; j++ {
			if older(j) {
				return true
			}
		}
		for j := k + n; j < min(verb, k+n+6); j++ {
			_, month := monthOf(v.word(j - 1))
			if older(j) && (v.word(j-1) == "of" || month && v.word(j-2) == "of") {
				return true
			}
		}
	}
	return false
}

// underDealBefore reports whether the sentence opens by citing a deal ("Under last
// year's deal,", "Under the accord,") and the verb at verb follows the comma closing
// that phrase: a signing done under a deal is the deal carried out, not another deal.
// A deal the phrase's own participle concludes ("Under the deal signed in Accra, the
// factions ...", "Under the deal, reached after a week of talks, ...") is not
// affected, its verb standing before the comma or right after it.
func underDealBefore(lx *lexicon, v *sent, verb int) bool {
	if v.word(v.first) != "under" {
		return false
	}
	comma := -1
	for k := v.first + 1; k < min(verb, v.first+8); k++ {
		if v.words[k] == "," {
			comma = k
			break
		}
	}
	return comma > 0 && verb > comma+1 && lx.has("deal", v.words, comma-1, comma)
}

// historyAfter reports whether tokens [from, to) of v hold "after which" and the
// sentence dates what came before it by a year older than the story's (pub): what
// follows is a step in the history of the quarrel, not the news.
func historyAfter(v *sent, from, to int, pub time.Time) bool {
	if pub.IsZero() {
		return false
	}
	at := -1
	for k := max(1, from); k < to; k++ {
		if v.words[k] == "which" && v.words[k-1] == "after" {
			at = k
		}
	}
	for j := 0; j < at; j++ {
		if y, err := strconv.Atoi(strings.TrimSuffix(v.words[j], "s")); err == nil && y >= 1000 && y < pub.Year()-1 {
			return true
		}
	}
	return false
}

// dealNounBefore reports whether a deal noun ends right before the verb at i: the verb
// is a participle describing the deal ("the prisoner exchange agreed at the summit").
func dealNounBefore(lx *lexicon, v *sent, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if _, n := lx.match("deal", v.words, k); n > 0 && k+n == i {
			return true
		}
	}
	return false
}

// relativeAfterComma reports whether the verb at i stands in a relative clause set off
// by a comma ("..., whose generals put their names to ...", "..., which ... signed",
// "..., in which Pakistan agreed").
func relativeAfterComma(v *sent, i int) bool {
	for k := i - 1; k >= max(1, i-6); k-- {
		switch v.words[k] {
		case "whose", "who", "which":
			return v.words[k-1] == "," || v.words[k] == "which" && v.tag(k-1) == "IN" && v.word(k-2) == ","
		case ",", ";":
			return false
		}
	}
	return false
}

// issuers returns the actors v names as issuing or publishing a document with the
// verb at i: those of the clause before it ("the two sides issued a joint communiqué"),
// or, when the verb is a participle after the document's noun ("a communiqué issued by
// Addis Ababa and Asmara", "the ministry said in a statement issued on Tuesday"), those
// of its "by" phrase alone, none when it has none.
func issuers(lx *lexicon, v *sent, i int) []actorAt {
	afterNoun := false
	for k := max(0, i-3); k < i; k++ {
		if _, n := lx.match("deal", v.words, k); n > 0 && k+n == i {
			afterNoun = true
		}
	}
	if !afterNoun {
		return v.actorsIn(clauseStart(v, i), i)
	}
	for k := i + 1; k < len(v.words); k++ {
		switch v.words[k] {
		case ",", ";", ".":
			return nil
		case "by":
			end := k + 1
			for end < len(v.words) && v.words[end] != "," && v.words[end] != ";" && v.words[end] != "." {
				end++
			}
			as := v.actorsIn(k+1, end)
			for _, a := range listAfter(v, firstActor(v, k+1, k+5)) {
				if !slices.ContainsFunc(as, func(b actorAt) bool { return b.tok == a.tok }) {
					as = append(as, a) // "issued by ECOWAS, the African Union and the UN": the whole list
				}
			}
			return as
		}
	}
	return nil
}

// saidIn reports whether the verb at i is a participle after a statement the sides
// said something in ("said in a joint statement signed on Monday"), while nothing of
// the sentence is a duty to come (no modal): a report made in a document, no deal.
func saidIn(lx *lexicon, v *sent, i int) bool {
	for k := max(0, i-5); k+2 < i; k++ {
		if v.words[k] != "said" || v.words[k+1] != "in" {
			continue
		}
		if _, n := lx.match("deal", v.words, i-1); n == 0 && !lx.has("deal", v.words, i-2, i) {
			return false
		}
		for j := range v.words {
			if _, m := lx.match("modal", v.words, j); m > 0 {
				return false
			}
		}
		return true
	}
	return false
}

// bareStatement reports whether the document issued or published at i is a statement
// not called joint: "Russia and China issued a statement condemning the strikes" voices
// a position; a joint statement, a communiqué or a timetable records what was agreed.
func bareStatement(v *sent, i int) bool {
	for k := max(0, i-2); k < min(len(v.words), i+4); k++ {
		if w := v.words[k]; (w == "statement" || w == "statements") && v.word(k-1) != "joint" {
			return true
		}
	}
	return false
}

// signerRole returns "witness" or "guarantor" when the subject of the concluding verb
// at verb signed in that capacity ("signed the text as witnesses", "signed the accord
// as moral guarantors"), "" when it signed as a party. A role given to others ("with
// Clinton signing as a witness") is not the subject's.
func signerRole(v *sent, verb int) string {
	for k := verb + 1; k < len(v.words); k++ {
		switch v.words[k] {
		case ",", ";", ".", "with", "and":
			return ""
		case "as":
			for j := k + 1; j < min(len(v.words), k+4); j++ {
				switch x := v.words[j]; {
				case strings.HasPrefix(x, "witness") || strings.HasPrefix(x, "observer"):
					return "witness"
				case strings.HasPrefix(x, "guarantor") || strings.HasPrefix(x, "co-guarantor") || strings.HasPrefix(x, "mediator"):
					return "guarantor"
				}
			}
		}
	}
	return ""
}

// statementSides returns the states that tell one side's consent in their statements
// after the verb at verb ("North Korea has agreed to shut down its reactor, according
// to statements issued on Tuesday by China and by the United States"): a
// side agreeing to what two others announce at once agrees with them. Nil unless two
// states or more other than the party are named in the "by" phrases of "according to"
// statements.
func statementSides(v *sent, verb int, parties []string) []string {
	pr := actorRoots(parties)
	for k := verb + 1; k+2 < len(v.words); k++ {
		if v.words[k] != "according" || v.word(k+1) != "to" || !hasAny(v.words, k+2, k+5, "statements", "statement") {
			continue
		}
		var sides []string
		for j := k + 3; j+1 < len(v.words) && v.words[j] != ";"; j++ {
			if v.words[j] != "by" {
				continue
			}
			if a := firstActor(v, j+1, j+6); a >= 0 {
				for _, x := range listAfter(v, a) {
					if c := partyCode(x.Code); len(c) == 3 && !contains(pr, Root(c)) {
						sides = addCode(sides, c)
					}
				}
			}
		}
		if len(sides) >= 2 {
			return sides
		}
		return nil
	}
	return nil
}

// announcers returns the sides of those a deal is "announced by" after the verb at
// verb, when one of them is a side of parties: the leaders announcing it together are
// its parties. Nil otherwise ("announced by the US president" names a go-between).
func announcers(v *sent, verb int, parties []string) []string {
	for k := verb + 1; k+2 < len(v.words); k++ {
		if v.word(k) != "announced" && v.word(k) != "unveiled" || v.word(k+1) != "by" {
			continue
		}
		var sides []string
		for _, a := range listAfter(v, k+2) {
			sides = addCode(sides, partyCode(a.Code))
		}
		pr := actorRoots(parties)
		if len(sides) < 2 || !slices.ContainsFunc(sides, func(c string) bool { return contains(pr, Root(c)) }) {
			return nil
		}
		return sides
	}
	return nil
}

// coordStart returns where the clause of the verb at i begins after a coordinating ",
// and" before it ("X signed ..., and Y signed ..."), 0 when none.
func coordStart(v *sent, i int) int {
	for k := i - 1; k > 0; k-- {
		if v.word(k) == "and" && v.word(k-1) == "," {
			return k + 1
		}
	}
	return 0
}

func isAgree(w string) bool { return w == "agreed" || w == "agree" || w == "agrees" }

// dealKind is the kind of deal the sentence names ("agreement", "ceasefire"),
// "agreement" when it names none.
func dealKind(lx *lexicon, v *sent) string {
	for i := range v.words {
		if p, n := lx.match("deal", v.words, i); n > 0 && p.value != "plan" {
			return p.value
		}
	}
	return "agreement"
}

// clauseStart returns where the subject of the concluding word at i begins: after
// the nearest complementizer ("said that"), subordinator ("after", "when") or ";"
// before it. A "that" after a common noun opens a relative clause and is no boundary.
func clauseStart(v *sent, i int) int {
	for start := i; start > 0; start-- {
		switch v.word(start - 1) {
		case ";", ":", "after", "before", "when", "since", "because", "while", "whereby":
			return start
		case "that":
			if t := v.tag(start - 2); t != "NN" && t != "NNS" || reportThat(v, start-1) {
				return start
			}
		}
	}
	return 0
}

// talksDay returns the one day a story's lead dates talks, a summit or a meeting
// on, its dateline left out; "" when it names no such meeting or not one day.
func talksDay(v *sent) string {
	if !hasAny(v.words, 0, len(v.words), "talks", "negotiations", "summit", "meeting") {
		return ""
	}
	end, _ := datelineOf(v.s)
	day := ""
	for _, dm := range v.dates {
		if d := dayDate(dm); dm.Tok >= end && d != "" && d != day {
			if day != "" {
				return ""
			}
			day = d
		}
	}
	return day
}

// reportThat reports whether the "that" at i after a noun opens what a verb of
// saying reports ("Trump says on his social media platform that ...", "told
// reporters that ..."): the noun ends the verb's phrase, no relative clause begins.
func reportThat(v *sent, i int) bool {
	lx := loadLexicon()
	for k := i - 2; k >= max(0, i-7); k-- {
		if w := v.words[k]; w == "," || w == ";" || strings.HasPrefix(v.tag(k), "VB") && !lx.has("report", v.words, k, k+1) {
			return false
		}
		if !lx.has("report", v.words, k, k+1) {
			continue
		}
		w := v.words[k]
		return w == "told" || w == "tells" || w == "tell" || slices.ContainsFunc(v.words[k+1:i], func(x string) bool { return x == "on" || x == "in" || x == "at" })
	}
	return false
}

// leadDate returns the last day the sentences just before si name, "" when none: the
// day of the events a story's lead reports ("The photographs from the White House on
// Friday ...", then "The two leaders signed a joint declaration").
func leadDate(vs []sent, si int) string {
	for k := si - 1; k >= max(0, si-3); k-- {
		for j := len(vs[k].dates) - 1; j >= 0; j-- {
			d := vs[k].dates[j]
			if day := dayDate(d); day != "" && d.Offset == nil {
				return day
			}
		}
	}
	return ""
}

// reportedOn reports whether every phrase of sentence v dating day follows a verb
// of reporting ("..., officials said on Thursday"): the day the deal was told of.
func reportedOn(lx *lexicon, v *sent, day string) bool {
	seen := false
	for _, dm := range v.dates {
		if dayDate(dm) != day || dm.Tok <= v.first+3 && (v.word(dm.TokEnd) == "-" || v.word(dm.TokEnd) == "–") {
			continue // (a dateline, "KYIV, July 23 -", dates the filing)
		}
		if !lx.has("report", v.words, max(0, dm.Tok-2), dm.Tok) {
			return false
		}
		seen = true
	}
	return seen
}

// proposalOnly reports whether the verb at i accepts or approves a proposal on one
// side's part ("Hamas said it had accepted an Egyptian ceasefire proposal"): that is a
// position, not a deal. Both sides accepting it ("both sides had accepted a plan")
// make one.
func proposalOnly(lx *lexicon, v *sent, i int) bool {
	if w := v.words[i]; w != "accepted" && w != "approved" && w != "accept" && w != "approve" {
		return false
	}
	if !hasAny(v.words, i+1, min(len(v.words), i+8), "proposal", "offer", "plan", "draft", "proposals") {
		return false
	}
	start := clauseStart(v, i)
	if lx.has("group", v.words, start, i) || hasAny(v.words, start, i, "and") || reporterPronoun(v, start) != nil {
		return false // "the government, the coalition and the Houthi movement had accepted"; "A and B each told C that they accepted"
	}
	return len(actorRoots(codesOf(v.actorsIn(start, i)))) < 2
}

// verbStrength ranks a concluding verb (see deal.strength).
func verbStrength(w string) int {
	switch w {
	case "signed", "sign", "signs", "signing", "inked", "put": // "put their names to the treaty"
		return 4
	case "initialled", "initialed":
		return 3 // a text initialled is signed later: the signing dates the deal
	case "announced", "announces", "approved", "accepted":
		return 1
	}
	return 2
}

// namedDealParties returns the parties of a named deal whose sentence names no signer:
// the countries and groups it names, venues, witnesses and guarantors left out; an
// armed group alone is joined by its state when the sentence or the two after it
// speak of "the government". Nil when none.
func namedDealParties(vs []sent, si int, d deal) []string {
	v := &vs[si]
	var out []string
	for _, a := range v.actorsIn(0, len(v.words)) {
		if isVenue(v, a) || contains(d.witnesses, a.Code) || contains(d.guarantors, a.Code) {
			continue
		}
		out = addCode(out, partyCode(a.Code))
	}
	if len(out) != 1 || !strings.HasSuffix(out[0], "REB") || len(out[0]) != 6 {
		return out
	}
	for k := si; k < min(len(vs), si+3); k++ {
		if contains(vs[k].words, "government") {
			return []string{out[0][:3], out[0]}
		}
	}
	return out
}

// pastSigning returns day, a deal's signing, moved back a year when it falls after
// the publication date pub and the sentence writes it without its year: a deal
// reported as concluded was concluded before the story ("The agreement, signed on
// September 29, ..." in May is last year's September).
func pastSigning(v *sent, day string, pub time.Time) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil || pub.IsZero() || !t.After(pub) {
		return day
	}
	for _, dm := range v.dates {
		if dayDate(dm) == day && hasYear(dm.Text) {
			return day
		}
	}
	return t.AddDate(-1, 0, 0).Format(time.DateOnly)
}

// leadParties returns the parties of a deal whose sentence names no signer and that no
// earlier deal of the story names either: the countries and groups the deal sentence
// and the story's first sentence name, places, venues, witnesses, guarantors and
// mediators left out. Only a sentence naming a deal within the story's first four
// takes the lead's; nil when none.
func leadParties(lx *lexicon, vs []sent, si int, d deal) []string {
	v := &vs[si]
	if d.strength < verbStrength("agreed") || !lx.has("deal", v.words, 0, len(v.words)) {
		return nil // "The Senate had approved the treaty" tells of a ratification
	}
	ss := []int{si}
	if si > 0 && si < 4 {
		ss = []int{0, si}
	}
	var out []string
	for _, k := range ss {
		s := &vs[k]
		med := mediatorToks(lx, s)
		var named []actorAt
		for _, a := range s.actorsIn(0, len(s.words)) {
			c := partyCode(a.Code)
			if c == "" || med[a.tok] || isVenue(s, a) || contains(d.witnesses, a.Code) || contains(d.guarantors, a.Code) || contains(d.guarantors, c) ||
				aboutPreps[s.word(a.tok-1)] || s.word(a.tok-1) == "the" && aboutPreps[s.word(a.tok-2)] || accordingTo(s, a.tok) {
				continue // "remove its missiles from Cuba under United Nations verification"; "according to a Ugandan diplomat"
			}
			if includedIn(s, a.tok) {
				continue // "to free two teachers, including American and Australian nationals": whom the terms count
			}
			if w := s.word(a.tok - 1); w == "what" || w == "which" || w == "whom" {
				continue // "signed what Washington hailed as a historic accord"
			}
			if s.word(a.end) == "'s" && lx.has("deal", s.words, a.end+1, a.end+4) {
				continue // "the Gulf Cooperation Council's transition plan": its author
			}
			named = append(named, a)
			out = addCode(out, c)
		}
		if k == 0 && k != si {
			// "Kenya's government and the militia that holds the town have ended their
			// feud": the lead's role noun beside its one coded side
			out = roleParty(lx, s, named, 0, leadVerb(s), out)
		}
	}
	return out
}

// includedIn reports whether the actor at tok is listed after an "including"
// ("two teachers, including American and Australian nationals"): an example of what the
// sentence counts, not one who signs.
func includedIn(v *sent, tok int) bool {
	for k := range tok {
		if v.words[k] == "including" && slices.ContainsFunc(listAfter(v, k+1), func(a actorAt) bool { return a.tok == tok }) {
			return true
		}
	}
	return false
}

// leadVerb returns the first token of v, past its subject, that is a finite verb not
// in a relative clause ("the militia that holds the town have ended": "have"),
// len(v.words) when there is none.
func leadVerb(v *sent) int {
	for k := range v.words {
		if t := v.tag(k); (t == "VBD" || t == "VBP" || t == "VBZ" || t == "MD") && !hasAny(v.words, max(0, k-1), k, "that", "which", "who") {
			return k
		}
	}
	return len(v.words)
}

// aboutPreps are the prepositions after which an actor names where or whom a term is
// about, not a side ("remove its missiles from Cuba under United Nations verification").
var aboutPreps = map[string]bool{"in": true, "at": true, "from": true, "to": true, "into": true, "under": true, "against": true, "near": true, "by": true}

// olderName reports whether the deal name the sentence writes follows a year before
// the deal's signing (or the story's, when the signing is not dated): "the 1942 Rio
// Protocol" in a 1998 story names an older deal, and so does a name dated by an "of"
// phrase after it ("the Matignon Accords of 1988").
func olderName(v *sent, body, name, signed string, pub time.Time) bool {
	if name == "" {
		return false
	}
	st := body[v.s.Start:v.s.End]
	i := strings.Index(st, name)
	if i < 0 {
		return false
	}
	if y := yearOfAfter(st[i+len(name):]); y > 0 {
		if t, err := time.Parse(time.DateOnly, signed); err == nil {
			return y < t.Year()
		}
		return !pub.IsZero() && y < pub.Year()
	}
	if i < 5 {
		return false
	}
	before := strings.TrimSuffix(strings.TrimRight(st[:i], " "), "the")
	fields := strings.Fields(before)
	if len(fields) == 0 {
		return false
	}
	y, err := strconv.Atoi(fields[len(fields)-1])
	if err != nil || y < 1000 || y > 2999 {
		return false
	}
	if t, err := time.Parse(time.DateOnly, signed); err == nil {
		return y < t.Year()
	}
	return false
}

// yearOfAfter returns the year an "of" phrase opening rest gives ("of 1988", "of
// January 1979"), 0 when rest opens with none.
func yearOfAfter(rest string) int {
	f := strings.Fields(strings.ToLower(rest))
	if len(f) < 2 || f[0] != "of" {
		return 0
	}
	w := f[1]
	if _, month := monthOf(w); month && len(f) > 2 {
		w = f[2]
	}
	y, err := strconv.Atoi(strings.TrimRight(w, ",.;:"))
	if err != nil || y < 1000 || y > 2999 {
		return 0
	}
	return y
}

// quidProQuo reports whether what is agreed at verb is given "in return for" or "in
// exchange for" something, before the sentence ends or a semicolon.
func quidProQuo(v *sent, verb int) bool {
	for k := verb + 1; k+2 < len(v.words) && v.words[k] != ";"; k++ {
		if v.words[k] == "in" && (v.words[k+1] == "return" || v.words[k+1] == "exchange") && v.words[k+2] == "for" {
			return true
		}
	}
	return false
}

// mainSubject returns the actors before the first verb of the sentence, when that verb
// comes before token to: the main clause's subject, places left out.
func mainSubject(v *sent, to int) []actorAt {
	for k := 0; k < to; k++ {
		if strings.HasPrefix(v.tag(k), "VB") || v.tag(k) == "MD" {
			return v.actorsIn(0, k)
		}
	}
	return nil
}

// signsNoDeal reports whether the signing verb at i takes as its object a document that
// is no deal: a decree, a law, an order.
func signsNoDeal(v *sent, i int) bool {
	for k := i + 1; k < min(len(v.words), i+5); k++ {
		switch v.word(k) {
		case "decree", "decrees", "law", "laws", "bill", "order", "orders", "petition", "letter":
			return true
		}
		if !determiners[v.word(k)] && v.tag(k) != "JJ" && v.tag(k) != "PRP$" {
			return false
		}
	}
	return false
}

// olderCue reports whether a sentence tells of a deal as history rather than news:
// a pluperfect ("had signed"), a year named ("the 1994 accord") or a date coarser
// than a day ("At talks in Kunming in January, the two sides agreed").
func olderCue(v *sent) bool {
	for _, d := range v.dates {
		if d.Granularity != "" && d.Granularity != text.GranDay {
			return true
		}
	}
	for i, w := range v.words {
		if w == "had" && backshifted(v, i) {
			continue // "walked out to announce that the two had agreed": the news told, in reported speech
		}
		if w == "had" || w == "former" || w == "earlier" || w == "ago" || w == "previous" {
			return true
		}
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && v.tag(i) == "CD" {
			return true
		}
	}
	return false
}

// backshifted reports whether the pluperfect at i stands in a "that" clause of a verb
// of announcing or saying ("walked out to announce that the United States and Russia
// had agreed"): reported speech shifts the news back a tense; it does not make it history.
func backshifted(v *sent, i int) bool {
	for k := i - 1; k >= max(0, i-10); k-- {
		switch v.words[k] {
		case ",", ";", ":":
			return false
		case "that":
			switch v.word(k - 1) {
			case "announce", "announced", "announcing", "said", "say", "told", "confirmed", "declared":
				return true
			}
			return false
		}
	}
	return false
}

// twoSided reports whether the subject between from and to names both sides ("the
// two armies", "both sides"): no one side's concession.
func twoSided(lx *lexicon, v *sent, from, to int) bool {
	i, p, _ := lx.find("group", v.words, from, to)
	return i >= 0 && (contains(p.words, "two") || contains(p.words, "both"))
}
