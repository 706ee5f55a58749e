package agreement

import (
	"slices"
	"strconv"
	"strings"
)

// partiesOf returns the actors that concluded the deal at verb: the subject of the
// verb, those it was signed "with", and those named "between X and Y". Witnesses and
// places are not parties; governments stand for their country.
func partiesOf(lx *lexicon, v *sent, verb int, witnesses []actorAt) (out []string) {
	med := mediatorToks(lx, v)
	for _, a := range brokersWith(v, verb) {
		if med == nil {
			med = map[int]bool{}
		}
		med[a.tok] = true
	}
	add := func(as []actorAt) {
		for _, a := range as {
			if slices.ContainsFunc(witnesses, func(w actorAt) bool { return w.tok == a.tok }) || isVenue(v, a) || med[a.tok] || postOf(v, a) {
				continue
			}
			if a.tok < verb && v.word(a.tok-1) == "by" && v.tag(a.tok-2) == "VBN" && hasAny(v.words, max(0, a.tok-5), a.tok-2, ",") {
				continue // "The ceasefire, first announced by US President Donald Trump, was agreed ...": an aside's agent
			}
			out = addCode(out, partyCode(a.Code))
		}
	}
	skip := map[int]bool{}
	for k := range med {
		skip[k] = true
	}
	for _, w := range witnesses {
		skip[w.tok] = true
	}
	if by := passiveAgents(lx, v, verb, skip); len(by) > 0 {
		// "The agreement was signed in Manila on March 27 by the government and the
		// MILF": the agents are the parties
		for _, c := range by {
			out = addCode(out, c)
		}
		return
	}
	start := max(clauseStart(v, verb), coordClause(v, verb))
	if by := signersAside(lx, v, start, verb, skip); len(by) > 0 {
		// "The agreement, signed on Sunday by the envoy and the junta's president, was
		// reached as ...": the signers the deal's own participle names are its parties
		return by
	}
	if strings.HasSuffix(v.words[verb], "ing") && v.word(verb-1) == "," {
		// "Greece and Turkey stepped back on Wednesday after a night of calls from
		// Washington, agreeing to ...": a participle set off by a comma has the main
		// clause's subject
		from, _ := datelineOf(v.s)
		add(v.actorsIn(from, firstFinite(v, from, verb)))
		return
	}
	if w := v.word(verb - 1); w == "which" || w == "who" || (w == "had" || w == "have" || w == "has") && (v.word(verb-2) == "which" || v.word(verb-2) == "who") {
		// "..., which had agreed in advance to accept it": the subject is the
		// antecedent, not the sentence's actors
		return
	}
	// "The ceasefire, first announced by US President Donald Trump, was agreed": the
	// agent of another participle is no subject
	subj := slices.DeleteFunc(v.actorsIn(start, verb), func(a actorAt) bool {
		return v.word(a.tok-1) == "by" || v.word(a.tok-1) == "the" && v.word(a.tok-2) == "by" || withAside(v, a.tok, verb) || accordingTo(v, a.tok)
	})
	if len(subj) == 0 {
		subj = reporterPronoun(v, start) // "after Damascus and Amman each told Washington that they accepted his proposal"
	}
	if len(subj) == 0 && !lx.has("group", v.words, start, verb) && start > 0 {
		// "they signed ...": the sentence's own subject
		first := 0
		pronoun := v.word(verb-1) == "it" || v.word(verb-1) == "they"
		for k := 0; k < start; k++ {
			// a pronoun's antecedent is the subject of the first finite verb: "The
			// country known for 27 years as ... became ..., when the agreement it signed"
			if t := v.tag(k); strings.HasPrefix(t, "VB") && (!pronoun || t == "VBD" || t == "VBZ" || t == "VBP") || t == "MD" {
				first = k
				break
			}
		}
		subj = v.actorsIn(0, first)
	}
	// "agreed ... that Russia and Ukraine would ...": the complement names the parties
	complement := false
	if isAgree(v.words[verb]) {
		for k := verb + 1; k < min(len(v.words), verb+14); k++ {
			if v.words[k] == "that" {
				end := k + 1
				for end < len(v.words) && !strings.HasPrefix(v.tag(end), "VB") && v.tag(end) != "MD" {
					end++
				}
				if c := v.actorsIn(k+1, end); len(actorRoots(codesOf(c))) >= 2 {
					subj = c
					complement = true
				}
				break
			}
		}
	}
	add(subj)
	if !complement {
		out = roleParty(lx, v, subj, start, verb, out)
	}
	// "with X" after the verb, unless X is the witness.
	for i := verb + 1; i < min(len(v.words), verb+8) && !complement; i++ {
		if v.words[i] == "with" {
			as := listAfter(v, i+1)
			if len(as) > 0 && !lx.has("witness", v.words, as[len(as)-1].end, commaAfter(v, as[len(as)-1].end)) && !lx.has("guarantor", v.words, as[len(as)-1].end, as[len(as)-1].end+2) {
				add(as)
			} else if len(as) == 0 {
				out = armedGroupOf(lx, v, i+1, out) // "with the two separatist leaders of eastern Ukraine"
			}
			if len(subj) == 0 {
				out = roleSubject(lx, v, start, verb, out)
			}
			break
		}
	}
	var between []string
	for i, w := range v.words {
		// "a ceasefire between Israel and Hezbollah", not "fighting between ..."
		if w == "between" && lx.has("deal", v.words, max(0, i-3), i) {
			n := len(out)
			add(listAfter(v, i+1))
			between = append(between, out[n:]...)
		}
		if w == "with" && i > verb+7 && !complement && lx.has("deal", v.words, max(0, i-1), i) {
			// "Chile agreed to extend its ban on trawling for a year under a new accord
			// with Argentina and Peru": the deal's other sides, however far from the verb
			add(listAfter(v, i+1))
		}
	}
	if v.words[verb] == "announced" && len(actorRoots(between)) >= 2 {
		// "A truce between Israel and Hezbollah took hold after the US Secretary of
		// State announced a written understanding": who announces a deal between
		// others mediated it
		return between
	}
	return
}

// firstFinite returns the first finite verb or modal of v in [from, to), to when none.
func firstFinite(v *sent, from, to int) int {
	for k := from; k < to; k++ {
		if t := v.tag(k); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return k
		}
	}
	return to
}

// reporterPronoun returns the sides a "they" opening the clause at start stands for
// when a "that" before it complements a reporting clause of two sides or more ("after
// Damascus and Amman each told Washington that they accepted his proposal"): the
// reporters, not those they told. nil otherwise.
func reporterPronoun(v *sent, start int) []actorAt {
	if v.word(start) != "they" || v.word(start-1) != "that" {
		return nil
	}
	that := start - 1
	as := slices.DeleteFunc(v.actorsIn(clauseStart(v, that), that), func(a actorAt) bool {
		return hasAny(v.words, a.tok-1, a.tok, "told", "telling", "informed", "assured")
	})
	if len(actorRoots(codesOf(as))) < 2 {
		return nil
	}
	return as
}

// coordClause returns where the clause of the verb at verb starts when a ", and"
// joins it to clauses before ("Mediators shuttled between the capitals, the leader
// left in October, and on October 20 officials of the two countries signed ..."):
// after the "and", when a finite verb comes before it; 0 otherwise (", and" then
// closes a list of subjects, "Russia, Ukraine, and Turkey signed").
func coordClause(v *sent, verb int) int {
	k := coordStart(v, verb)
	if k == 0 {
		return 0
	}
	for j := clauseStart(v, verb); j < k-2; j++ {
		if t := v.tag(j); t == "VBD" || t == "VBZ" || t == "VBP" {
			return k
		}
	}
	return 0
}

// commaAfter returns where the stretch of words from i that no comma or semicolon
// breaks ends.
func commaAfter(v *sent, i int) int {
	for k := i; k < len(v.words); k++ {
		if w := v.word(k); w == "," || w == ";" {
			return k
		}
	}
	return len(v.words)
}

// roleParty completes the parties a subject names beside one coded side by a role
// noun the coder does not name: "The government of the Central African Republic and 14
// armed groups signed ..." adds the state's armed groups (CAFREB), "the rebels and the
// government" the rebels' state. Role words inside a coded mention do not count.
func roleParty(lx *lexicon, v *sent, subj []actorAt, from, to int, out []string) []string {
	roots := actorRoots(out)
	if len(roots) != 1 || len(subj) == 0 || !contains(v.words[from:to], "and") {
		return out
	}
	inMention := func(k int) bool {
		// "Sudan's transitional government": the role word names the coded side
		return slices.ContainsFunc(subj, func(a actorAt) bool {
			return k >= a.tok && k < a.end || v.word(a.end) == "'s" && k > a.end && k <= a.end+3
		})
	}
	roleAt := func(kind string) bool {
		for k := from; k < to; k++ {
			if _, n := lx.match(kind, v.words, k); n > 0 && !inMention(k) {
				return true
			}
		}
		return false
	}
	allState := !slices.ContainsFunc(out, func(c string) bool { return len(c) != 3 })
	allRebel := !slices.ContainsFunc(out, func(c string) bool { return !strings.HasSuffix(c, "REB") })
	switch {
	case allState && roleAt("nonstate") && !roleAt("state"):
		return addCode(out, roots[0]+"REB")
	case allRebel && roleAt("state") && !roleAt("nonstate"):
		return addCode(out, roots[0])
	}
	return out
}

// accordingTo reports whether token i stands in an "according to ..." phrase, before
// the comma that ends it: "According to the Turkish foreign ministry's statement, the
// two sides agreed ..." names the source of the report, not a side.
func accordingTo(v *sent, i int) bool {
	for k := i - 1; k > 0; k-- {
		switch v.words[k] {
		case ",", ";", ":":
			return false
		case "to":
			if v.words[k-1] == "according" {
				return true
			}
		}
	}
	return false
}

// roleSubject adds the side a subject naming no actor stands for by its role, when
// the one side signed with is its opponent: "the provincial government signed an
// accord with the militants of X" binds the militants' state; "the rebels signed with
// Kinshasa" the state's armed group.
func roleSubject(lx *lexicon, v *sent, from, to int, out []string) []string {
	roots := actorRoots(out)
	if len(roots) != 1 {
		return out
	}
	state, nonstate := lx.has("state", v.words, from, to), lx.has("nonstate", v.words, from, to)
	allRebel := !slices.ContainsFunc(out, func(c string) bool { return !strings.HasSuffix(c, "REB") })
	allState := !slices.ContainsFunc(out, func(c string) bool { return len(c) != 3 })
	switch {
	case state && !nonstate && allRebel:
		return addCode(out, roots[0])
	case nonstate && !state && allState:
		return addCode(out, roots[0]+"REB")
	}
	return out
}

// attributive reports whether the participle at k qualifies the noun after it ("two
// dozen armed groups"): no verb of its own.
func attributive(v *sent, k int) bool {
	if !strings.HasPrefix(v.tag(k+1), "NN") {
		return false
	}
	switch t, p := v.tag(k), v.tag(k-1); {
	case t == "VBN" || t == "VBG":
		return true
	case t == "VBD": // (a tagger's past tense for "armed")
		return p == "DT" || p == "CD" || p == "JJ" || v.word(k-1) == "dozen"
	}
	return false
}

// partyCode is the code a party is listed under: a government stands for its state.
func partyCode(code string) string {
	if len(code) == 6 && strings.HasSuffix(code, "GOV") {
		return code[:3]
	}
	return code
}

// isVenue reports whether mention a stands after "in" or "at": a capital naming where
// something happened, not who did it.
func isVenue(v *sent, a actorAt) bool {
	p := v.word(a.tok - 1)
	if p == "and" || p == "or" || p == "," && v.tag(a.tok-2) == "NNP" && townCountry(v, a) {
		// "two smaller groups based in Peshawar and Cyprus": the second of two places;
		// "In Guadalajara, Mexico, where ...": the country of the town
		for k := a.tok - 2; k >= max(0, a.tok-4) && v.tag(k) == "NNP"; k-- {
			if w := v.word(k - 1); w == "in" || w == "at" {
				return true
			}
		}
	}
	// "meeting in the Saudi resort of Taif": the country of the place
	return p == "in" || p == "at" || p == "the" && (v.word(a.tok-2) == "in" || v.word(a.tok-2) == "at") && loadLexicon().has("venue", v.words, a.end, a.end+1)
}

// postOf reports whether mention a names where a representative serves, not whom
// he stands for: "the Dutch representative at the UN", "Pakistan's ambassador to
// Washington".
func postOf(v *sent, a actorAt) bool {
	k := a.tok - 1
	if v.word(k) == "the" {
		k--
	}
	return (v.word(k) == "at" || v.word(k) == "to") && envoyNouns[v.word(k-1)]
}

// envoyNouns are the nouns of those sent to serve at a post abroad.
var envoyNouns = map[string]bool{"representative": true, "representatives": true, "ambassador": true, "ambassadors": true,
	"envoy": true, "envoys": true, "delegate": true, "delegates": true, "delegation": true, "mission": true}

// townCountry reports whether mention a, after a comma, is the country of the town
// before it ("In Guadalajara, Mexico, where ...", "signed in Dayton, Ohio."), not an
// item of a list ("After talks at Lancaster House, Britain, the government and the
// guerrillas signed"): nothing, or a "where" clause or a verb, follows it.
func townCountry(v *sent, a actorAt) bool {
	if a.end >= len(v.words) || v.word(a.end) == "." {
		return true
	}
	if v.word(a.end) != "," {
		return false
	}
	t := v.tag(a.end + 1)
	return v.word(a.end+1) == "where" || strings.HasPrefix(t, "VB") || t == "MD"
}

// listAfter returns the actors listed from token i: mentions joined by commas and
// "and", with determiners between them; a name the dictionary lacks counts as the
// country written after it ("José Azcona of Honduras").
func listAfter(v *sent, i int) []actorAt {
	var out []actorAt
	joined := false
	for i < len(v.words) {
		w := v.words[i]
		if w == "," || w == "and" || w == "the" || w == "both" || w == "former" { // "chaired by former Tanzanian president X"
			joined = joined || w == "and" && len(out) > 0
			i++
			continue
		}
		found := false
		for _, a := range v.actors {
			if a.tok == i && !a.Place && a.Code != "" {
				out = append(out, a)
				i = a.end
				found = true
				break
			}
		}
		if r := properRun(v, i); !found && r > i && r-i <= 4 {
			// "José Azcona of Honduras": a person the dictionary lacks, named with his
			// country
			if a, ok := ofActor(v, r); ok {
				out = append(out, a)
				i, found = a.end, true
			}
		}
		// "UN envoy Moustapha Niasse and South African President Thabo Mbeki": the
		// title and name after an actor belong to its item
		titled := false
		for found && i < len(v.words) && (titleWords[v.words[i]] || properRun(v, i) > i) {
			if k := slices.IndexFunc(v.actors, func(a actorAt) bool { return a.tok == i }); k >= 0 {
				if !titled {
					break
				}
				i = v.actors[k].end // "UN mediator Thorvald Stoltenberg": the UN's man
				continue
			}
			titled = titled || titleWords[v.words[i]]
			i++
		}
		if a, ok := ofActor(v, i); found && ok && Root(a.Code) == Root(out[len(out)-1].Code) {
			i = a.end // "Óscar Arias of Costa Rica": the item's own country
		}
		// "Qatar, Egypt and the United States, Hamas will ...": the list ends with
		// the item after "and"
		if !found || joined {
			break
		}
	}
	return out
}

// ofActor returns the actor named right after an "of" at token i ("of Honduras").
func ofActor(v *sent, i int) (actorAt, bool) {
	if v.word(i) != "of" {
		return actorAt{}, false
	}
	for _, a := range v.actors {
		if a.tok == i+1 && !a.Place && a.Code != "" {
			return a, true
		}
	}
	return actorAt{}, false
}

// listBefore returns the actors listed just before token i (see listAfter), skipping
// the words that join them to a verb ("who", "acting", "act").
func listBefore(v *sent, i int) []actorAt {
	var out []actorAt
	j := i - 1
	for j >= 0 {
		w := v.words[j]
		if w == "," || w == "and" || w == "the" || w == "who" || w == "which" || w == "acting" || w == "act" || w == "as" || w == "with" || w == "hosted" {
			j--
			continue
		}
		found := false
		for _, a := range v.actors {
			if a.end == j+1 && !a.Place && a.Code != "" {
				out = append(out, a)
				j = a.tok - 1
				found = true
				break
			}
		}
		if !found {
			break
		}
	}
	return out
}

// witnessesOf returns the actors the sentence names as witnesses or observers: those
// of a witness cue's list ("in the presence of X", "with X and Y looking on").
func witnessesOf(lx *lexicon, v *sent) []actorAt {
	var out []actorAt
	for i := range v.words {
		p, n := lx.match("witness", v.words, i)
		if n == 0 {
			continue
		}
		var as []actorAt
		switch {
		case p.words[0] == "looking" && v.word(i-1) == ",":
			continue // "signed ... with Eritrea's president, looking on as the crowd cheered": the signers look on
		case p.words[0] == "in" || p.words[0] == "witnessed":
			as = listAfter(v, i+n)
		case (p.words[0] == "attended" || p.words[0] == "as" && p.words[len(p.words)-1] == "observers") && v.word(i+n) == "by":
			// "The meeting was attended as observers by the US ambassador and ..."
			as = listAfter(v, i+n+1)
		case p.words[0] == "attended" || p.words[0] == "as" && p.words[len(p.words)-1] == "observers":
			// "Representatives of the United States, the UN and IGAD attended as
			// observers"; "..., with the United States, Russia and Portugal attending as
			// observers" names only the list before the participle
			k := i
			if w := v.word(i - 1); p.words[0] == "as" && (w == "attending" || w == "present") {
				k = i - 1
			}
			if as = listBefore(v, k); k == i || len(as) == 0 {
				as = v.actorsIn(clauseStart(v, i), i)
			}
		default:
			as = listBefore(v, i)
			if len(as) == 0 {
				as = withList(v, i)
			}
			if len(as) == 0 {
				// "X, whose envoy ..., attended the ceremony as a witness"
				if s := v.actorsIn(0, i); len(s) > 0 {
					as = s[:1]
				}
			}
		}
		out = append(out, as...)
	}
	return out
}

// withList returns the actors listed after the "with" that opens the stretch of words
// ending at i, nil when none does: "..., with President Bill Clinton signing as a
// witness", "with Clinton and Chirac among the leaders who signed as witnesses".
func withList(v *sent, i int) []actorAt {
	for k := i - 1; k >= 0; k-- {
		switch v.word(k) {
		case ",", ";", ":", ".":
			return nil
		case "with":
			return listAfter(v, k+1)
		}
	}
	return nil
}

// guarantorsOf returns the actors the sentence names as mediators or guarantors.
func guarantorsOf(lx *lexicon, v *sent) []string {
	var out []string
	for i := range v.words {
		p, n := lx.match("guarantor", v.words, i)
		if n == 0 {
			continue
		}
		var as []actorAt
		switch last := p.words[len(p.words)-1]; {
		case last == "by" || last == "from" || last == "of":
			as = openingList(v, listAfter(v, i+n))
		case strings.HasPrefix(last, "guarantor"):
			as = v.actorsIn(0, len(v.words))
		default:
			as = listBefore(v, i)
		}
		for _, a := range as {
			out = addCode(out, a.Code)
		}
	}
	return out
}

// codesOf returns the codes of as, in order.
func codesOf(as []actorAt) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Code)
	}
	return out
}

// withAside reports whether the token at i stands in an aside opened by ", with"
// and closed by a comma before the verb at verb: "South African and Angolan
// delegations, with American officials in the room and Zambia as host, agreed ...":
// those present are not those agreeing.
func withAside(v *sent, i, verb int) bool {
	for k := i - 1; k > 0; k-- {
		if v.words[k] == "," {
			return false
		}
		if v.words[k] == "with" && v.words[k-1] == "," {
			return hasAny(v.words, i+1, verb, ",")
		}
	}
	return false
}

// openingList cuts a list read in a sentence's opening phrase at its first comma
// when the list's last item is followed by a verb: "After talks hosted by Turkey's
// president, the prime minister of Ethiopia and the president of Somalia appeared
// together": the comma ends the opening phrase, and what follows is the main
// clause's subject, not more hosts.
func openingList(v *sent, as []actorAt) []actorAt {
	if !hasAny(v.words, v.first, v.first+1, "after", "following", "at", "in") {
		return as
	}
	return clauseCut(v, as)
}

// clauseCut cuts a list at its first comma when the list's last item is followed by
// a verb: the comma ends the phrase the list opened in, and what follows is a
// clause's subject.
func clauseCut(v *sent, as []actorAt) []actorAt {
	if len(as) < 2 {
		return as
	}
	if t := v.tag(as[len(as)-1].end); t != "VBD" && t != "VBZ" && t != "VBP" {
		return as
	}
	for k := 1; k < len(as); k++ {
		if contains(v.words[as[k-1].end:as[k].tok], ",") {
			return as[:k]
		}
	}
	return as
}

// mediatorToks returns the first tokens of the actors v names after a mediator or
// guarantor phrase ("mediated by Qatar, Egypt and the United States", "under the
// auspices of the UN"): they are never a clause's subject or a party.
func mediatorToks(lx *lexicon, v *sent) map[int]bool {
	var out map[int]bool
	for i := range v.words {
		p, n := lx.match("guarantor", v.words, i)
		if n == 0 {
			continue
		}
		if last := p.words[len(p.words)-1]; last != "by" && last != "from" && last != "of" {
			continue
		}
		for _, a := range openingList(v, listAfter(v, i+n)) {
			if out == nil {
				out = map[int]bool{}
			}
			out[a.tok] = true
		}
	}
	return out
}

// brokersWith returns the actors listed after a "with" within eight words past the
// deal verb at verb when its clause names no actor before the verb and all of them
// are international bodies ("Under the deal reached in Pretoria on November 2 with
// the African Union and the United Nations, ..."): bodies of no country a subjectless deal was
// reached with brokered it between sides the story names elsewhere. nil otherwise.
func brokersWith(v *sent, verb int) []actorAt {
	if len(v.actorsIn(clauseStart(v, verb), verb)) > 0 {
		return nil
	}
	for i := verb + 1; i < min(len(v.words), verb+8); i++ {
		if v.words[i] != "with" {
			continue
		}
		as := clauseCut(v, listAfter(v, i+1))
		if len(as) == 0 || slices.ContainsFunc(as, func(a actorAt) bool { return !international(a.Code) }) {
			return nil
		}
		return as
	}
	return nil
}

// betweenParties completes a deal whose sentences name fewer than two parties from
// another sentence of the article naming a deal "between X and Y" ("A four-day truce
// between Israel and Hamas took effect ..." before "Israel also agreed to ..."): the
// named sides must include the parties already known. It returns the kind of that
// deal noun, "" when no sentence completes the parties.
func (b *building) betweenParties(lx *lexicon) string {
	known := actorRoots(b.ag.Parties)
	if len(known) >= 2 {
		return ""
	}
	for si := range b.vs {
		v := &b.vs[si]
		for i, w := range v.words {
			if w != "between" {
				continue
			}
			k, p, _ := lx.find("deal", v.words, max(0, i-3), i)
			if k < 0 || lx.has("notdeal", v.words, max(0, k-3), k) || b.olderYear(v, k) {
				continue // "the 1955 treaty between France and Libya" is another, older deal
			}
			var cs []string
			for _, a := range listAfter(v, i+1) {
				cs = addCode(cs, partyCode(a.Code))
			}
			rs := actorRoots(cs)
			if len(rs) < 2 || slices.ContainsFunc(known, func(r string) bool { return !contains(rs, r) }) {
				continue
			}
			for _, c := range cs {
				if !contains(actorRoots(b.ag.Parties), Root(c)) {
					b.ag.Parties = addCode(b.ag.Parties, c)
				}
			}
			b.ag.Guarantors = slices.DeleteFunc(b.ag.Guarantors, func(c string) bool { return contains(rs, Root(c)) })
			return p.value
		}
	}
	return ""
}

// olderYear reports whether a year before the article's stands among the two words
// before the deal noun at k ("the 1955 treaty").
func (b *building) olderYear(v *sent, k int) bool {
	if b.src.Article.Date.IsZero() {
		return false
	}
	for j := max(0, k-2); j < k; j++ {
		if y, err := strconv.Atoi(v.word(j)); err == nil && y >= 1000 && y < b.src.Article.Date.Year() {
			return true
		}
	}
	return false
}

// passiveAgents returns the parties of a passive conclusion ("was signed ... by the
// government and the Moro Islamic Liberation Front"): the actors of the "by" phrase
// after the verb, and for an uncoded state noun ("the government") listed beside an
// armed group, the group's country. The actors at the tokens skip names (witnesses,
// mediators: "in the presence of X", "mediation by Y") are none of them. Nil when the
// verb is not passive or no other actor follows "by".
func passiveAgents(lx *lexicon, v *sent, verb int, skip map[int]bool) []string {
	// "The agreement signed on Thursday by ...", "Estonia's agreement, signed in
	// Moscow by ...": a deal noun right before the participle, or before the comma
	// that sets it off, makes it a reduced relative, passive as "was signed"
	reduced := lx.has("deal", v.words, verb-1, verb) || v.word(verb-1) == "," && verb >= 2 && lx.has("deal", v.words, verb-2, verb-1)
	// "ended with signed commitments by the government and the armed groups": the
	// participle before the document it qualifies
	reduced = reduced || v.word(verb-1) == "with" && signedObject(lx, v, verb+1)
	// "Signed in Paris on Monday by A and B, the accord ...": a participle opening the
	// sentence describes its subject, the deal
	reduced = reduced || verb == 0 && strings.HasSuffix(v.words[verb], "ed")
	if p := v.word(verb - 1); p != "was" && p != "were" && p != "been" && p != "is" && !reduced {
		return nil
	}
	by := -1
	for k := verb + 1; k < min(len(v.words), verb+14); k++ {
		if w := v.word(k); w == "by" && v.tag(k-1) == "VBN" && k-1 > verb {
			break // "a memorandum agreed in Moscow, a delegation led by X": another participle's agent
		} else if w == "by" {
			by = k
			break
		} else if w == ";" || w == "that" || w == "which" {
			break
		}
	}
	if by < 0 {
		return nil
	}
	end := by + 1
	for end < len(v.words) && v.word(end) != "," && v.word(end) != ";" && v.word(end) != "." && (!strings.HasPrefix(v.tag(end), "VB") || attributive(v, end)) {
		end++
		if v.word(end) == "," && (v.word(end+1) == "among" && v.word(end+2) == "them" || v.word(end+1) == "including") {
			end++ // "by the government and two dozen armed groups, among them the CNDP": the groups named
		}
	}
	var out []string
	for _, a := range v.actorsIn(by+1, end) {
		if !a.Place && !skip[a.tok] {
			out = addCode(out, partyCode(a.Code))
		}
	}
	// "by Indonesia, Portugal and the United Nations", "by the foreign ministers of
	// Britain, France and Italy and by Greece's foreign minister": each "by" list
	for from := by + 1; from > 0; {
		as := listAfter(v, firstActor(v, from, from+4))
		for _, a := range as {
			if !skip[a.tok] {
				out = addCode(out, partyCode(a.Code))
			}
		}
		from = -1
		if n := len(as); n > 0 && v.word(as[n-1].end) == "and" && v.word(as[n-1].end+1) == "by" {
			from = as[n-1].end + 2
		}
	}
	if len(out) == 0 {
		return nil
	}
	if lx.has("state", v.words, by+1, end) && len(actorRoots(out)) == 1 && strings.HasSuffix(out[0], "REB") {
		out = append([]string{out[0][:3]}, out...)
	}
	return out
}

// signersAside returns the agents of a signing participle in tokens [from, to) of v
// that describes the deal noun before it ("The accord, signed in Geneva by A and B,
// was hailed ..."), nil when there is none. Only signing counts: the agent of an
// announcement ("The ceasefire, first announced by X, was agreed") need not be a side.
func signersAside(lx *lexicon, v *sent, from, to int, skip map[int]bool) []string {
	for k := from; k < to; k++ {
		if signingParticiples[v.words[k]] {
			if by := passiveAgents(lx, v, k, skip); len(by) > 0 {
				return by
			}
		}
	}
	return nil
}

// signingParticiples are the participles of putting one's name to a text.
var signingParticiples = map[string]bool{"signed": true, "initialled": true, "initialed": true, "inked": true, "countersigned": true}

// firstActor returns the token of the first actor starting in tokens [from, to) of v
// ("the foreign ministers of Britain": "ministers of Britain"), from when none does.
func firstActor(v *sent, from, to int) int {
	best := to
	for _, a := range v.actors {
		if a.tok >= from && a.tok < best && !a.Place && a.Code != "" {
			best = a.tok
		}
	}
	if best == to {
		return from
	}
	return best
}

// titleWords are the lower-case titles written between an actor and a person's name
// ("UN mediator Thorvald Stoltenberg", "US ambassador Peter Galbraith").
var titleWords = map[string]bool{"envoy": true, "envoys": true, "mediator": true, "mediators": true, "ambassador": true,
	"representative": true, "minister": true, "president": true, "official": true, "officials": true}

// armedGroupOf adds the armed groups of a country that the words from i name by role
// only ("the two separatist leaders of eastern Ukraine", "the rebels of Darfur"): the
// country's code with REB. out unchanged when the words name no such group.
func armedGroupOf(lx *lexicon, v *sent, i int, out []string) []string {
	end := min(len(v.words), i+8)
	role := -1
	for k := i; k < end; k++ {
		if w := v.word(k); w == "," || w == "on" || w == "in" || w == "at" {
			end = k
			break
		}
		if lx.has("nonstate", v.words, k, k+1) || v.word(k) == "separatist" || v.word(k) == "separatists" {
			role = k
		}
	}
	if role < 0 {
		return out
	}
	for _, a := range v.actorsIn(role, end) {
		if r := Root(a.Code); len(r) == 3 && v.word(a.tok-1) == "of" || len(r) == 3 && v.word(a.tok-2) == "of" {
			return addCode(out, r+"REB")
		}
	}
	return out
}
