package agreement

import (
	"slices"
	"strings"
)

// uncodedSigners counts the signers the subject of the verb at verb lists by a name
// the dictionary lacks: conjuncts of two or more proper nouns in a list joined by
// "and" that no actor mention covers ("President A B and General C D signed"); a
// dateline's "TAIF, Saudi Arabia, Oct 22 -" lists no signer.
func uncodedSigners(v *sent, verb int) int {
	n := 0
	start := clauseStart(v, verb)
	for i := start; i < verb; {
		j := i
		for j < verb && v.word(j) != "," && v.word(j) != "and" {
			j++
		}
		names := j-i >= 2
		for k := i; k < j && names; k++ {
			names = v.tag(k) == "NNP"
		}
		joined := v.word(i-1) == "and" && i > start || v.word(j) == "and"
		if names && joined && len(v.actorsIn(i, j)) == 0 && !v.inDate(i) {
			n++
		}
		i = j + 1
	}
	return n
}

// cosignerSides returns up to n states the sentences around the deal sentence si name
// besides its known parties, nearest first: the sides of signers the dictionary does
// not know ("Carter and General X signed ... the waterway that splits Panama").
// Places, international bodies, mediators, witnesses and guarantors are left out. The
// states of a relative clause after the verb come last, since it may tell what the
// deal did rather than whom it binds ("signed a memorandum on Monday that may spare the
// country American air strikes. ... Venezuela will give ...").
func cosignerSides(lx *lexicon, vs []sent, si int, d deal, n int) []string {
	var mediators []string
	for k := max(0, si-3); k < min(len(vs), si+4); k++ {
		mediators = append(mediators, mediatorRoots(lx, &vs[k])...)
	}
	known := actorRoots(d.parties)
	var out []string
	for _, relative := range []bool{false, true} {
		for _, off := range []int{0, -1, 1, -2, 2, -3, 3} {
			k := si + off
			if k < 0 || k >= len(vs) || vs[k].para > vs[si].para+1 {
				continue
			}
			for _, a := range vs[k].actors {
				r := Root(partyCode(a.Code))
				if a.Place || a.Code == "" || len(r) != 3 || international(a.Code) || contains(known, r) || contains(mediators, r) ||
					contains(d.witnesses, a.Code) || contains(d.guarantors, a.Code) || isVenue(&vs[k], a) && len(a.Code) > 3 ||
					off == 0 && a.tok > d.verb && hasAny(vs[k].words, d.verb, a.tok, "that", "which") != relative {
					continue
				}
				if len(out) < n {
					known = append(known, r)
					out = append(out, r)
				}
			}
		}
	}
	return out
}

// governmentSide returns the state whose armed groups or opposition are the deal's one
// side when the verb's subject also names, uncoded, the government it signs with
// ("Representatives of the cleric's movement and of the governing alliance said they
// had agreed a truce", "the rebels and the authorities signed"); "" otherwise.
func governmentSide(v *sent, verb int, parties []string) string {
	state := ""
	for _, p := range parties {
		if len(p) != 6 || !strings.HasSuffix(p, "REB") && !strings.HasSuffix(p, "OPP") {
			return ""
		}
		if r := Root(p); state == "" || state == r {
			state = r
		} else {
			return ""
		}
	}
	start := max(clauseStart(v, verb), coordClause(v, verb))
	if w := v.word(start); w == "they" || w == "both" {
		start = 0 // "... said that they had agreed": the pronoun is the main clause's subject
	}
	for k := start; k < verb; k++ {
		switch v.word(k) {
		case "government", "governing", "ruling", "authorities":
			if !slices.ContainsFunc(v.actors, func(a actorAt) bool { return a.tok <= k && k < a.end }) {
				return state
			}
		}
	}
	return ""
}

// movementSides re-codes the parties of a deal sentence that are movements the
// dictionary lacks, named and given a country only by the sentence's place or its
// mediator ("In the Algerian town of Tamanrasset, the government and the Popular
// Movement of Azawad sign a ceasefire under Algerian mediation"): a named front or
// movement is a rebel group of the country it fights in, the one whose rebels the
// story names, not of the host or the mediator.
func movementSides(lx *lexicon, vs []sent, si int, parties []string) []string {
	v := &vs[si]
	var hosts []string
	for _, a := range v.actors {
		if a.Place && a.Country != "" {
			hosts = append(hosts, a.Country)
		}
	}
	hosts = append(hosts, mediatorRoots(lx, v)...)
	out := slices.Clone(parties)
	for _, a := range v.actors {
		if a.Inferred != "name" || len(a.Code) != 6 || !strings.HasSuffix(a.Code, "REB") && !strings.HasSuffix(a.Code, "OPP") {
			continue
		}
		r := Root(a.Code)
		i := slices.Index(out, a.Code)
		if i < 0 || !contains(hosts, r) {
			continue
		}
		if s := rebelState(vs, r); s != "" {
			out[i] = s + "REB"
		}
	}
	return compactCodes(out)
}

// rebelState returns the one state other than not whose rebels or opposition the
// dictionary codes in the story, "" when none or several.
func rebelState(vs []sent, not string) string {
	state := ""
	for k := range vs {
		for _, a := range vs[k].actors {
			if a.Inferred != "" || a.Place || len(a.Code) != 6 || !strings.HasSuffix(a.Code, "REB") && !strings.HasSuffix(a.Code, "OPP") {
				continue
			}
			switch r := Root(a.Code); {
			case r == not || r == state:
			case state == "":
				state = r
			default:
				return ""
			}
		}
	}
	return state
}

// compactCodes drops the repeated codes of cs, keeping the first of each.
func compactCodes(cs []string) []string {
	var out []string
	for _, c := range cs {
		out = addCode(out, c)
	}
	return out
}

// addressee returns the codes of those a party told of its own consent ("Iraq told the
// Security Council on Saturday that it accepted resolution 687"): the body whose terms
// it accepts is its counterpart. Nil unless the verb at verb opens a "that" clause
// whose subject is a pronoun, after "told" and the coded actors it names (media and
// reporters hear of a deal; they are none of its sides).
func addressee(v *sent, verb int) []string {
	cs := clauseStart(v, verb)
	if cs < 2 || v.word(cs-1) != "that" || !hasAny(v.words, cs, cs+1, "it", "they") || verb > cs+3 {
		return nil
	}
	told := -1
	for k := cs - 2; k >= max(0, cs-10); k-- {
		if v.words[k] == "told" {
			told = k
			break
		}
		if v.words[k] == "," || v.words[k] == ";" {
			return nil
		}
	}
	if told < 0 {
		return nil
	}
	var out []string
	for _, a := range v.actorsIn(told+1, cs-1) {
		if a.Place || a.Code == "" || strings.HasSuffix(a.Code, "MED") || a.tok != told+1 && a.tok != told+2 {
			continue
		}
		out = addCode(out, partyCode(a.Code))
	}
	return out
}

// allowedSide returns the code of the state or group a party agreed to let act
// ("Kyrgyzstan has agreed to let the United States keep using the base", "agreed to
// allow Turkey to ..."): the side the concession is made to is the deal's other side.
// Nil when no coded actor stands right after the verb of leave, or when what stands
// there is people acted on ("agreed to let civilians leave"), a place or an aid body.
func allowedSide(v *sent, verb int) []string {
	if !isAgree(v.word(verb)) || v.word(verb+1) != "to" || !hasAny(v.words, verb+2, verb+3, "let", "allow", "permit") {
		return nil
	}
	at := verb + 3
	if v.word(at) == "the" {
		at++
	}
	for _, a := range v.actors {
		if a.tok != at || a.Place || a.Code == "" || strings.HasPrefix(a.Code, "NGO") || !DefaultRules().acts(a.Code) {
			continue
		}
		return []string{partyCode(a.Code)}
	}
	return nil
}

// facilitatorSubject returns the codes of the subject of the verb at verb when it is
// titled a facilitator or mediator ("Malaysian facilitator Ahmad Zamzamin announced
// the initiative"): it announces the sides' deal and guarantees it, signing none.
// Nil when any actor of the subject has no such title.
func facilitatorSubject(v *sent, verb int) []string {
	subj := v.actorsIn(clauseStart(v, verb), verb)
	if len(subj) == 0 {
		return nil
	}
	var out []string
	for _, a := range subj {
		if !hasAny(v.words, a.tok-1, a.end+2, "facilitator", "mediator", "facilitators", "mediators") {
			return nil
		}
		out = addCode(out, partyCode(a.Code))
	}
	return out
}

// sidesBefore returns the first two sides the sentences before si name (at most three
// back), none of them in skip nor a venue: the sides of a deal its facilitator tells.
func sidesBefore(vs []sent, si int, skip []string) []string {
	var out []string
	for k := max(0, si-3); k < si; k++ {
		for _, a := range vs[k].actors {
			c := partyCode(a.Code)
			if a.Place || c == "" || contains(skip, Root(c)) || isVenue(&vs[k], a) || len(c) == 6 && (strings.HasSuffix(c, "PRI") || strings.HasSuffix(c, "CVL") || strings.HasSuffix(c, "REF")) {
				continue
			}
			if next := addCode(out, c); partySides(next) > partySides(out) {
				out = next
			}
			if len(out) == 2 {
				return out
			}
		}
	}
	return nil
}

// civicSides returns the civilians' codes of the town leaders the subject of the verb at
// verb names ("U.S. officials and civic leaders from the besieged city of Fallujah
// have agreed"): the country of the first place within six words after the noun.
func civicSides(lx *lexicon, v *sent, verb int) []string {
	var out []string
	for k := clauseStart(v, verb); k < verb; k++ {
		_, n := lx.match("civic", v.words, k)
		if n == 0 || slices.ContainsFunc(v.actors, func(a actorAt) bool { return a.tok <= k && k < a.end }) {
			continue
		}
		if w := v.word(k + n); w != "of" && w != "from" {
			continue
		}
		for _, a := range v.actors {
			if a.Place && a.Country != "" && a.tok > k+n && a.tok <= k+n+6 && a.tok < verb {
				out = addCode(out, a.Country+"CVL")
				break
			}
		}
	}
	return out
}
