package text

import (
	"sort"
	"strings"
)

var reportingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "tell": true,
	"declared": true, "declares": true, "announced": true, "announces": true,
	"stated": true, "states": true, "claimed": true, "claims": true, "added": true,
	"adds": true, "warned": true, "warns": true, "insisted": true, "insists": true,
	"noted": true, "notes": true, "reported": true, "reports": true, "confirmed": true,
	"confirms": true, "alleged": true, "alleges": true, "wrote": true, "writes": true,
	"tweeted": true, "tweets": true, "stressed": true, "stresses": true,
	"explained": true, "explains": true, "acknowledged": true, "acknowledges": true,
	"argued": true, "argues": true, "asserted": true, "asserts": true,
	"reiterated": true, "reiterates": true, "according to": true,
}

// answerVerbs introduce reported speech only before "that" ("Venezuela's
// government replied that the law broke no promise", "officials charged that the
// rebels kept their weapons"): "replied to the letter", "responded with shelling"
// and "charged with murder" report no words.
var answerVerbs = map[string]bool{
	"replied": true, "replies": true, "responded": true, "responds": true,
	"countered": true, "counters": true, "retorted": true, "retorts": true,
	"maintained": true, "maintains": true, "charged": true, "charges": true,
}

// speakingVerbs are verbs by which a subject states something without introducing
// reported speech ("denied violating the truce", "accused the army of ...").
var speakingVerbs = map[string]bool{
	"denied": true, "denies": true, "rejected": true, "rejects": true,
	"accused": true, "accuses": true, "dismissed": true, "dismisses": true,
}

// IsReportingVerb reports whether lower (a lower-case word, or "according to")
// introduces reported speech: said, told, declared, announced, claimed, warned...
func IsReportingVerb(lower string) bool { return reportingVerbs[lower] }

// auxSkippable are words between a speaker and the reporting verb ("Taliban
// officials have now announced").
var auxSkippable = map[string]bool{
	"has": true, "have": true, "had": true, "also": true, "now": true, "later": true,
	"previously": true, "again": true, "reportedly": true, "separately": true,
	"earlier": true, "publicly": true, "repeatedly": true, "further": true, "then": true,
	"is": true, "was": true, "were": true, "are": true, "would": true, "will": true,
	"has also": true, "had earlier": true, "once": true, "recently": true, "since": true,
}

type tokRef struct{ sent, tok int }

// FindQuotes returns the reported speech in d, ordered by position: quoted
// passages (Quoted set), which may span sentences, with their speaker found
// before the opening mark ("X declared, “...”") or after the closing one
// ("“...,” X said" / "“...,” said X"), and indirect speech ("X said (that) ...",
// "X told reporters on Monday that ...", "..., X said.", "according to X, ...").
// The speaker span is the noun phrase naming the speaker, titles included,
// without an appositive or relative clause (", who ..., ") that follows it.
// Quotations of fewer than four words without a speaker (scare quotes) are
// left out.
func FindQuotes(d *Doc) []Quote {
	var out []Quote
	used := map[tokRef]bool{}
	inQuote := map[tokRef]bool{}
	for _, qs := range quoteSpans(d) {
		q, verb, ok := attributeQuoted(d, qs)
		for s := qs.open.sent; s <= qs.close.sent; s++ {
			toks := d.Sentences[s].Tokens
			from, to := 0, len(toks)
			if s == qs.open.sent {
				from = qs.open.tok
			}
			if s == qs.close.sent {
				to = qs.close.tok + 1
			}
			for t := from; t < to; t++ {
				inQuote[tokRef{s, t}] = true
			}
		}
		if !ok && qs.words < 4 {
			continue
		}
		if ok {
			used[verb] = true
		}
		out = append(out, q)
	}
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for ti, t := range s.Tokens {
			ref := tokRef{si, ti}
			if used[ref] || inQuote[ref] {
				continue
			}
			if q, ok := indirect(d, s, ti, t); ok {
				out = append(out, q)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

type quoteSpan struct {
	open, close tokRef
	words       int
}

// quoteSpans pairs double quotation marks across the document.
func quoteSpans(d *Doc) []quoteSpan {
	var out []quoteSpan
	var open *tokRef
	words := 0
	for si, s := range d.Sentences {
		for ti, t := range s.Tokens {
			kind := quoteKind(t.Text)
			if kind == 0 {
				if open != nil && !isPunct(t.Lower) {
					words++
				}
				continue
			}
			if kind == '"' {
				if open == nil {
					kind = '“'
				} else {
					kind = '”'
				}
			}
			if kind == '“' {
				open = &tokRef{si, ti}
				words = 0
				continue
			}
			if open != nil && si-open.sent <= 8 {
				out = append(out, quoteSpan{open: *open, close: tokRef{si, ti}, words: words})
			}
			open = nil
		}
	}
	return out
}

func quoteKind(w string) rune {
	switch w {
	case `"`:
		return '"'
	case "“", "«", "„":
		return '“'
	case "”", "»":
		return '”'
	}
	return 0
}

func (d *Doc) tok(r tokRef) Token { return d.Sentences[r.sent].Tokens[r.tok] }

// attributeQuoted finds the speaker of a quoted passage.
func attributeQuoted(d *Doc, qs quoteSpan) (Quote, tokRef, bool) {
	q := Quote{Quoted: true, Start: d.tok(qs.open).End, End: d.tok(qs.close).Start}
	if qs.close.tok > 0 && (qs.open != tokRef{qs.close.sent, qs.close.tok - 1}) {
		last := d.tok(tokRef{qs.close.sent, qs.close.tok - 1})
		if last.Lower == "," {
			q.End = last.Start
		}
	}
	if q.End < q.Start {
		q.End = q.Start
	}
	// After the closing mark: "..., X said." or "..., said X."
	cs := &d.Sentences[qs.close.sent]
	if v, sp, ok := speakerAfter(cs.Tokens, qs.close.tok+1); ok {
		setSpeaker(&q, cs.Tokens, sp, v)
		return q, tokRef{qs.close.sent, v}, true
	}
	// Before the opening mark: "X declared, “...”" or "X said: “...”".
	os := &d.Sentences[qs.open.sent]
	if v, sp, ok := speakerBefore(os.Tokens, qs.open.tok); ok {
		setSpeaker(&q, os.Tokens, sp, v)
		return q, tokRef{qs.open.sent, v}, true
	}
	return q, tokRef{}, false
}

func setSpeaker(q *Quote, toks []Token, sp [2]int, verb int) {
	q.SpeakerStart = toks[sp[0]].Start
	q.SpeakerEnd = toks[sp[1]-1].End
	q.Verb = toks[verb].Lower
	if q.Verb == "according" {
		q.Verb = "according to"
	}
}

func isVerbTag(tag string) bool { return strings.HasPrefix(tag, "VB") }

func isReportingAt(toks []Token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	if toks[i].Lower == "according" {
		return i+1 < len(toks) && toks[i+1].Lower == "to"
	}
	if i+1 < len(toks) && toks[i+1].Lower == "by" {
		return false // "a ceasefire announced by Kerry": a passive, no one speaks
	}
	// The tag first: it is cheaper than the lookup and rules out most words.
	if !isVerbTag(toks[i].Tag) {
		return false
	}
	if answerVerbs[toks[i].Lower] {
		j := timePhraseEnd(toks, i+1)
		return j < len(toks) && toks[j].Lower == "that"
	}
	return reportingVerbs[toks[i].Lower]
}

// speakerAfter reads "X said" or "said X" starting at i, up to the end of the
// clause.
func speakerAfter(toks []Token, i int) (verb int, np [2]int, ok bool) {
	if i >= len(toks) {
		return 0, np, false
	}
	if isReportingAt(toks, i) && toks[i].Lower != "according" {
		if np, ok := npRight(toks, i+1); ok {
			return i, np, true
		}
	}
	if np, ok := npRight(toks, i); ok {
		v := np[1]
		for v < len(toks) && auxSkippable[toks[v].Lower] {
			v++
		}
		if isReportingAt(toks, v) && toks[v].Lower != "according" {
			return v, np, true
		}
	}
	return 0, np, false
}

// speakerBefore reads "X declared," or "X, who ..., declared:" ending just
// before the opening quotation mark at i.
func speakerBefore(toks []Token, i int) (verb int, np [2]int, ok bool) {
	v := i - 1
	for v >= 0 && (toks[v].Lower == "," || toks[v].Lower == ":") {
		v--
	}
	if v >= 0 && toks[v].Lower == "that" {
		v--
	}
	if !isReportingAt(toks, v) {
		return 0, np, false
	}
	if np, ok := npLeftOf(toks, v); ok {
		return v, np, true
	}
	return 0, np, false
}

// npLeftOf finds the speaker before the verb at v, stepping back over
// auxiliaries and adverbs and over a relative or appositive clause set off by
// commas.
func npLeftOf(toks []Token, v int) ([2]int, bool) {
	e := v - 1
	for e >= 0 && (auxSkippable[toks[e].Lower] || toks[e].Tag == "RB" || toks[e].Tag == "MD") {
		e--
	}
	if e >= 0 && toks[e].Lower == "," {
		for c := e - 1; c > 0 && c > e-30; c-- {
			if toks[c].Lower != "," {
				continue
			}
			switch toks[c+1].Lower {
			case "who", "which", "whose", "a", "an", "the", "himself", "herself", "itself":
				return npLeft(toks, c-1)
			}
			if toks[c+1].Tag == "NNP" || toks[c+1].Tag == "JJ" {
				if np, ok := npLeft(toks, c-1); ok {
					return np, true
				}
			}
			break
		}
		return [2]int{}, false
	}
	return npLeft(toks, e)
}

func npTag(tag string) bool {
	switch tag {
	case "NNP", "NNPS", "NN", "NNS", "JJ", "POS", "CD", "PRP$":
		return true
	}
	return false
}

// npLeft reads a noun phrase ending at e (inclusive), right to left.
func npLeft(toks []Token, e int) ([2]int, bool) {
	if e < 0 {
		return [2]int{}, false
	}
	if toks[e].Tag == "PRP" {
		return [2]int{e, e + 1}, true
	}
	if !isNoun(toks[e].Tag) {
		return [2]int{}, false
	}
	b := e
	for b > 0 {
		p := toks[b-1]
		switch {
		case npTag(p.Tag) && (p.Tag == "POS" || !isPunct(p.Lower)):
			b--
			continue
		case p.Tag == "DT":
			b--
		case (p.Lower == "of" || p.Lower == "and" || p.Lower == "&") && b >= 2 && (toks[b-2].Tag == "NNP" || toks[b-2].Tag == "NNPS") && toks[b].Tag == "NNP":
			b -= 2
			continue
		}
		break
	}
	return [2]int{b, e + 1}, true
}

// npRight reads a noun phrase starting at b, left to right.
func npRight(toks []Token, b int) ([2]int, bool) {
	if b >= len(toks) {
		return [2]int{}, false
	}
	if toks[b].Tag == "PRP" {
		return [2]int{b, b + 1}, true
	}
	e := b
	if toks[e].Tag == "DT" || toks[e].Tag == "PRP$" {
		e++
	}
	for e < len(toks) {
		t := toks[e]
		switch {
		case npTag(t.Tag) && (t.Tag == "POS" || !isPunct(t.Lower)):
			e++
			continue
		case (t.Lower == "of" || t.Lower == "and") && e+1 < len(toks) && toks[e+1].Tag == "NNP" && e > b && toks[e-1].Tag == "NNP":
			e += 2
			continue
		}
		break
	}
	for e > b && !isNoun(toks[e-1].Tag) {
		e--
	}
	if e == b || toks[e-1].Tag == "POS" {
		return [2]int{}, false
	}
	return [2]int{b, e}, true
}

// timePhraseEnd skips "on Monday", "in a statement", "late on Tuesday",
// "Monday" and the like starting at i.
func timePhraseEnd(toks []Token, i int) int {
	for i < len(toks) {
		w := toks[i].Lower
		switch {
		case w == "on" || w == "in" || w == "late" || w == "early" || w == "earlier" || w == "during" || w == "at":
			j := i + 1
			for j < len(toks) && j < i+5 && (npTag(toks[j].Tag) || toks[j].Tag == "DT") && !isPunct(toks[j].Lower) {
				j++
			}
			if j == i+1 {
				return i
			}
			i = j
		case weekdayNames[w] != 0 || w == "sunday" || w == "yesterday" || w == "today" || w == "also" || w == "again":
			i++
		default:
			return i
		}
	}
	return i
}

// indirect reads reported speech around the reporting verb at ti.
func indirect(d *Doc, s *Sentence, ti int, t Token) (Quote, bool) {
	toks := s.Tokens
	last := len(toks)
	for last > 0 && (isPunct(toks[last-1].Lower)) {
		last--
	}
	if t.Lower == "saying" {
		return sayingClause(toks, ti, last)
	}
	if !isReportingAt(toks, ti) {
		return Quote{}, false
	}
	q := Quote{}
	if t.Lower == "according" {
		np, ok := npRight(toks, ti+2)
		if !ok {
			return Quote{}, false
		}
		setSpeaker(&q, toks, np, ti)
		if ti == 0 || ti == 1 && isPunct(toks[0].Lower) {
			c := np[1]
			for c < last && toks[c].Lower != "," {
				c++
			}
			if c+1 >= last {
				return Quote{}, false
			}
			q.Start, q.End = toks[c+1].Start, toks[last-1].End
			return q, true
		}
		if e := contentBefore(toks, ti); e > 0 {
			q.Start, q.End = toks[0].Start, toks[e-1].End
			return q, true
		}
		return Quote{}, false
	}
	if np, ok := npLeftOf(toks, ti); ok && !(np[0] > 0 && toks[np[0]-1].Lower == "who") {
		setSpeaker(&q, toks, np, ti)
		c := ti + 1
		if t.Lower == "told" || t.Lower == "tells" || t.Lower == "tell" {
			if obj, ok := npRight(toks, c); ok {
				c = obj[1]
			}
		}
		c = timePhraseEnd(toks, c)
		if c < last && toks[c].Lower == "," {
			c++
		}
		if c < last && toks[c].Lower == "that" {
			c++
		}
		if c+1 < last {
			q.Start, q.End = toks[c].Start, toks[last-1].End
			return q, true
		}
		if e := contentBefore(toks, np[0]); e > 0 {
			q.Start, q.End = toks[0].Start, toks[e-1].End
			return q, true
		}
		return Quote{}, false
	}
	if ti > 0 && toks[ti-1].Lower == "," {
		// "..., said Osama Hamdan.": the speaker after the verb ends the clause;
		// "X, spokesman for the army's Fourth Region, said militants had fired"
		// is a speaker before the verb, whose content opens with its subject.
		if np, ok := npRight(toks, ti+1); ok && endsClause(toks, timePhraseEnd(toks, np[1]), last) {
			setSpeaker(&q, toks, np, ti)
			q.Start, q.End = toks[0].Start, toks[ti-2].End
			if ti-1 > 0 {
				return q, true
			}
		}
	}
	return Quote{}, false
}

// sayingClause reads "X broke off the talks, saying that the police were digging":
// the subject opening the sentence, before its verb, says what follows "saying".
func sayingClause(toks []Token, ti, last int) (Quote, bool) {
	if ti < 3 || toks[ti-1].Lower != "," {
		return Quote{}, false
	}
	np, ok := npRight(toks, timePhraseEnd(toks, 0))
	if !ok || np[1] >= ti || !isVerbTag(toks[np[1]].Tag) || toks[np[1]].Tag == "VBG" {
		return Quote{}, false
	}
	v := np[1]
	for v < ti && auxSkippable[toks[v].Lower] {
		v++
	}
	if isReportingAt(toks, v) || speakingVerbs[toks[v].Lower] {
		// "Hamas denied violating the truce, saying ...": the subject's own
		// verb tells what it says; the sentence is read by that verb.
		return Quote{}, false
	}
	for _, t := range toks[ti:last] {
		if t.Lower == ";" {
			// "..., saying it was acting against threats; Lebanese officials
			// have counted hundreds of violations": the sentence goes on to
			// another's words, and is not the subject's claim alone.
			return Quote{}, false
		}
	}
	c := ti + 1
	if c < last && toks[c].Lower == "that" {
		c++
	}
	if c+1 >= last {
		return Quote{}, false
	}
	q := Quote{Start: toks[c].Start, End: toks[last-1].End}
	setSpeaker(&q, toks, np, ti)
	return q, true
}

// endsClause reports whether the token at i, before last, closes a clause: the end
// of the sentence, or punctuation.
func endsClause(toks []Token, i, last int) bool {
	return i >= last || isPunct(toks[i].Lower)
}

// contentBefore returns the end (exclusive) of the content before a trailing
// attribution starting at i: the tokens up to the comma just before i.
func contentBefore(toks []Token, i int) int {
	if i < 2 || toks[i-1].Lower != "," {
		return 0
	}
	return i - 1
}
