package agreement

import (
	"slices"
	"strings"
	"unicode"
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
}

// findDeals returns the sentences of an article that report a deal concluded.
func findDeals(vs []sent, body string) []deal {
	lx := loadLexicon()
	var out []deal
	for si := range vs {
		v := &vs[si]
		verb := concludingVerb(lx, v)
		if verb < 0 {
			continue
		}
		d := deal{si: si, verb: verb, kind: dealKind(lx, v)}
		d.separate = contains(v.words, "separately") || contains(v.words, "separate")
		wit := witnessesOf(lx, v)
		d.witnesses = codesOf(wit)
		d.guarantors = guarantorsOf(lx, v)
		d.parties = partiesOf(lx, v, verb, wit)
		if len(d.parties) == 0 && !slices.ContainsFunc(out, func(x deal) bool { return len(x.parties) > 0 }) {
			// "The two leaders signed ...", no deal before it naming them
			d.parties = groupReferents(vs, si, d)
		}
		for i := range v.words {
			if p, n := lx.match("deal", v.words, i); n > 0 && (p.value == "ceasefire" || p.value == "truce") &&
				i <= verb+4 && !lx.has("notdeal", v.words, max(0, i-3), i) && !hasAny(v.words, i-2, i, "towards", "broader", "full", "wider") {
				d.truce = true
			}
		}
		d.signed = signedDate(v, verb)
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
		d.place = placeOf(v, body)
		d.name = properName(lx, v, body)
		out = append(out, d)
	}
	return out
}

// concludingVerb returns the last token of v that concludes a deal: a signing or
// agreeing verb not negated, refused or only planned, in a sentence naming a deal
// (or taking the terms as complement, "agreed to ..."). -1 when none.
func concludingVerb(lx *lexicon, v *sent) int {
	hasNoun := lx.has("deal", v.words, 0, len(v.words))
	best := -1
	for i := range v.words {
		if _, n := lx.match("conclude", v.words, i); n == 0 {
			continue
		}
		_, agreeTo := lx.match("agreeto", v.words, i)
		if agreeTo == 0 && isAgree(v.words[i]) {
			// "agreed in a telephone call with X on Tuesday that ..."
			for k := i + 1; k < min(len(v.words), i+14); k++ {
				if w := v.words[k]; w == "that" {
					agreeTo = 1
					break
				} else if w == ";" || w == "." {
					break
				}
			}
		}
		if !hasNoun && agreeTo == 0 {
			continue
		}
		if prev := v.word(i - 1); prev == "will" || prev == "would" || prev == "to" || prev == "could" || prev == "may" || prev == "only" {
			continue
		}
		if lx.has("notdeal", v.words, max(0, i-4), i) || lx.has("rejected", v.words, commaBefore(v, i), i) {
			continue
		}
		w := v.words[i]
		if (w == "announced" || w == "approved") && !lx.has("deal", v.words, i+1, len(v.words)) && !lx.has("conclude", v.words, i+1, len(v.words)) {
			continue
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
			if t := v.tag(start - 2); t != "NN" && t != "NNS" {
				return start
			}
		}
	}
	return 0
}

// partiesOf returns the actors that concluded the deal at verb: the subject of the
// verb, those it was signed "with", and those named "between X and Y". Witnesses and
// places are not parties; governments stand for their country.
func partiesOf(lx *lexicon, v *sent, verb int, witnesses []actorAt) []string {
	var out []string
	add := func(as []actorAt) {
		for _, a := range as {
			if slices.ContainsFunc(witnesses, func(w actorAt) bool { return w.tok == a.tok }) || isVenue(v, a) {
				continue
			}
			out = addCode(out, partyCode(a.Code))
		}
	}
	start := clauseStart(v, verb)
	subj := v.actorsIn(start, verb)
	if len(subj) == 0 && !lx.has("group", v.words, start, verb) && start > 0 {
		// "they signed ...": the sentence's own subject
		first := 0
		for k := 0; k < start; k++ {
			if strings.HasPrefix(v.tag(k), "VB") || v.tag(k) == "MD" {
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
				if c := v.actorsIn(k+1, end); len(roots(codesOf(c))) >= 2 {
					subj = c
					complement = true
				}
				break
			}
		}
	}
	add(subj)
	// "with X" after the verb, unless X is the witness.
	for i := verb + 1; i < min(len(v.words), verb+8) && !complement; i++ {
		if v.words[i] == "with" {
			as := listAfter(v, i+1)
			if len(as) > 0 && !lx.has("witness", v.words, as[len(as)-1].end, as[len(as)-1].end+3) && !lx.has("guarantor", v.words, as[len(as)-1].end, as[len(as)-1].end+2) {
				add(as)
			}
			break
		}
	}
	for i, w := range v.words {
		// "a ceasefire between Israel and Hezbollah", not "fighting between ..."
		if w == "between" && lx.has("deal", v.words, max(0, i-3), i) {
			add(listAfter(v, i+1))
		}
	}
	return out
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
	return p == "in" || p == "at"
}

// listAfter returns the actors listed from token i: mentions joined by commas and
// "and", with determiners between them.
func listAfter(v *sent, i int) []actorAt {
	var out []actorAt
	for i < len(v.words) {
		w := v.words[i]
		if w == "," || w == "and" || w == "the" || w == "both" {
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
		if !found {
			break
		}
	}
	return out
}

// listBefore returns the actors listed just before token i (see listAfter), skipping
// the words that join them to a verb ("who", "acting", "act").
func listBefore(v *sent, i int) []actorAt {
	var out []actorAt
	j := i - 1
	for j >= 0 {
		w := v.words[j]
		if w == "," || w == "and" || w == "the" || w == "who" || w == "acting" || w == "act" || w == "as" || w == "with" {
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

// witnessesOf returns the actors the sentence names as witnesses or observers.
func witnessesOf(lx *lexicon, v *sent) []actorAt {
	var out []actorAt
	for i := range v.words {
		p, n := lx.match("witness", v.words, i)
		if n == 0 {
			continue
		}
		var as []actorAt
		switch {
		case p.words[0] == "in" || p.words[0] == "witnessed":
			as = listAfter(v, i+n)
		default:
			as = listBefore(v, i)
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
		case last == "by" || last == "from":
			as = listAfter(v, i+n)
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

// placeOf returns the city the sentence says the deal was made in: "in Doha", "in the
// Egyptian resort of Sharm el-Sheikh". Countries are not places here.
func placeOf(v *sent, body string) string {
	for i, w := range v.words {
		if w != "in" {
			continue
		}
		j := i + 1
		if v.word(j) == "the" {
			// "in the Egyptian resort of X"
			k := j + 1
			for k < len(v.words) && k < j+5 && v.words[k] != "of" && v.words[k] != "," {
				k++
			}
			if v.word(k) != "of" {
				continue
			}
			j = k + 1
		}
		end := properRun(v, j)
		if end == j || inDate(v, j) {
			continue
		}
		if _, n := loadLexicon().match("deal", v.words, i-1); n > 0 && !signedNoun(v, i-1) {
			continue // "a truce in Gaza" is where the truce holds
		}
		if v.word(i+1) == "the" && v.word(i+2) == "presence" {
			continue
		}
		country := false
		for _, a := range v.actors {
			if a.tok == j && len(a.Code) == 3 {
				country = true
			}
		}
		if country {
			continue
		}
		return v.span(body, j, end)
	}
	return ""
}

// properRun returns the end of the run of capitalised tokens from i (hyphenated
// lower-case parts included: "Sharm el-Sheikh").
func properRun(v *sent, i int) int {
	j := i
	for j < len(v.s.Tokens) {
		t := v.s.Tokens[j].Text
		r := []rune(t)
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			if j > i && strings.Contains(t, "-") {
				j++
				continue
			}
			break
		}
		j++
	}
	return j
}

// properName returns the deal's proper name when the sentence writes one: a run of
// capitalised words holding a capitalised deal noun ("Black Sea Grain Initiative",
// "Joint Comprehensive Plan of Action").
func properName(lx *lexicon, v *sent, body string) string {
	heads := map[string]bool{"agreement": true, "initiative": true, "accord": true, "accords": true, "treaty": true,
		"declaration": true, "memorandum": true, "plan": true, "action": true, "protocol": true, "agreements": true}
	for i := 0; i < len(v.s.Tokens); i++ {
		if i == 0 && v.words[0] == "the" {
			continue
		}
		end := i
		hasHead := false
		for end < len(v.s.Tokens) {
			t := v.s.Tokens[end].Text
			r := []rune(t)
			if len(r) > 0 && unicode.IsUpper(r[0]) {
				if heads[v.words[end]] {
					hasHead = true
				}
				end++
				continue
			}
			if (t == "of" || t == "for" || t == "on") && end+1 < len(v.s.Tokens) && unicode.IsUpper([]rune(v.s.Tokens[end+1].Text)[0]) {
				end++
				continue
			}
			break
		}
		if hasHead && end-i >= 2 {
			return v.span(body, i, end)
		}
		if end > i {
			i = end - 1
		}
	}
	return ""
}

// signedDate returns the day the deal at verb was concluded: the date phrase of the
// sentence nearest the verb that is not a deadline, a start or a target, or the date of
// a signing event the coder dated from the text.
func signedDate(v *sent, verb int) string {
	for _, e := range v.events {
		if (e.Cameo == "057" || strings.HasPrefix(e.Cameo, "03")) && e.Date.Basis != "publication" && e.Date.Basis != "unresolved" && len(e.Date.Value) == 10 &&
			e.Trigger.Start <= v.s.Tokens[verb].Start && e.Trigger.End >= v.s.Tokens[verb].End {
			return e.Date.Value
		}
	}
	limit := len(v.words)
	for k := verb + 1; k < len(v.words); k++ {
		if w := v.words[k]; w == "to" || w == "that" {
			limit = k
			break
		}
		if v.tag(k) == "IN" && v.words[k] != "in" && v.words[k] != "on" || v.words[k] == "," {
			break
		}
	}
	best, dist := "", 1<<30
	for _, d := range v.dates {
		if d.Tok >= limit {
			continue
		}
		day := dayDate(d)
		if day == "" {
			continue
		}
		p := v.word(d.Tok - 1)
		if p == "by" || p == "until" || p == "since" || p == "before" || p == "from" || p == "starting" || p == "than" {
			continue
		}
		if w := v.word(d.TokEnd); w == "target" || w == "deadline" {
			continue
		}
		if v.word(d.Tok-2) == "effect" || v.word(d.Tok-2) == "begin" || v.word(d.Tok-2) == "force" {
			continue
		}
		k := d.Tok - verb
		if k > 10 || k < -25 || k < -12 && hasAny(v.words, d.TokEnd, verb, "that", ";", "after", "when", "before") {
			continue
		}
		if k < 0 {
			k = -k + 2 // a date after the verb is more often its own
		}
		if k < dist {
			best, dist = day, k
		}
	}
	if p := v.word(verb - 1); best == "" && isAgree(v.words[verb]) && (p == "have" || p == "has") {
		// "X and Y have agreed to ..., officials said on Friday": announced is concluded
		lx := loadLexicon()
		for _, d := range v.dates {
			if day := dayDate(d); day != "" && d.Tok > verb && lx.has("report", v.words, max(0, d.Tok-2), d.Tok) {
				return day
			}
		}
	}
	return best
}

func codesOf(as []actorAt) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Code)
	}
	return out
}

// inDate reports whether token i is part of a date phrase.
func inDate(v *sent, i int) bool {
	for _, d := range v.dates {
		if i >= d.Tok && i < d.TokEnd {
			return true
		}
	}
	return false
}

// signedNoun reports whether the deal noun at i is the object of a signing verb just
// before it ("signed an agreement in Havana"), so that "in X" says where it was signed.
func signedNoun(v *sent, i int) bool {
	for k := max(0, i-4); k < i; k++ {
		switch v.word(k) {
		case "signed", "sign", "signs", "reached", "struck", "concluded", "initialled", "initialed":
			return true
		}
	}
	return false
}

// commaBefore returns where the stretch of words before i that no comma or semicolon
// breaks begins.
func commaBefore(v *sent, i int) int {
	for k := i - 1; k >= 0; k-- {
		if w := v.word(k); w == "," || w == ";" {
			return k + 1
		}
	}
	return 0
}
