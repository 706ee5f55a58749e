package agreement

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/peacewatch/peacewatch/text"
)

// placeOf returns the city the sentence says the deal was made in: "in Doha", "in the
// Egyptian resort of Sharm el-Sheikh". Countries are not places here. verb is the
// concluding verb.
func placeOf(v *sent, body string, verb int) string {
	// "in X" right after the concluding verb says where; otherwise the first one
	if p := placeFrom(v, body, verb+1, min(len(v.words), verb+4)); p != "" {
		return p
	}
	// then one later in the verb's clause ("signed a peace accord with the central
	// government and the state of Assam in New Delhi"), not a phrase after a comma
	if p := placeFrom(v, body, verb+1, commaAfter(v, verb+1)); p != "" {
		return p
	}
	return placeFrom(v, body, 0, len(v.words))
}

// placeFrom returns the first place phrase starting in tokens [from, to).
func placeFrom(v *sent, body string, from, to int) string {
	for i := from; i < to; i++ {
		if v.words[i] != "in" {
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
		case "signed", "sign", "signs", "reached", "struck", "concluded", "initialled", "initialed", "inked", "clinched":
			return true
		}
	}
	return false
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
				if _, month := monthOf(v.word(end + 1)); month || weekdays[v.word(end+1)] {
					break // "the Act of Montevideo of January 1979", "on Friday": the date, not the name
				}
				end++
				continue
			}
			// "Comprehensive Agreement on the Bangsamoro"
			if (t == "of" || t == "for" || t == "on") && hasHead && end+2 < len(v.s.Tokens) && v.s.Tokens[end+1].Text == "the" && unicode.IsUpper([]rune(v.s.Tokens[end+2].Text)[0]) {
				end += 2
				continue
			}
			// "Joint Declaration of Peace and Friendship": "and" inside a complement
			if t == "and" && hasHead && end > i && end+1 < len(v.s.Tokens) && unicode.IsUpper([]rune(v.s.Tokens[end+1].Text)[0]) && slices.Contains(v.words[i:end], "of") {
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
	if day := offsetSigning(v, verb); day != "" {
		return day
	}
	best, after := textSigning(v, verb)
	if after {
		return best // "the peace agreement they signed in the Ethiopian capital on February 27"
	}
	if coarseSigning(v, verb) {
		return "" // "a three-day swap agreed at last week's talks": no day is the signing's
	}
	for _, e := range v.events {
		if (e.Cameo == "057" || strings.HasPrefix(e.Cameo, "03")) && e.Date.Basis != "publication" && e.Date.Basis != "unresolved" && len(e.Date.Value) == 10 &&
			e.Trigger.Start <= v.s.Tokens[verb].Start && e.Trigger.End >= v.s.Tokens[verb].End {
			return e.Date.Value
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

// textSigning returns the date phrase of the sentence nearest the concluding verb at
// verb that may date it, and whether it follows the verb.
func textSigning(v *sent, verb int) (best string, after bool) {
	limit := len(v.words)
	n := conclusion(loadLexicon(), v, verb)
	for k := verb + max(n, 1); k < len(v.words); k++ { // past "put their names to"
		if w := v.words[k]; w == "to" || w == "that" && !inDate(v, k) {
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
		if dutyDate(v, d.Tok) {
			continue // "reunions are to be held on August 15, and the leaders agreed ...": a term's date
		}
		if v.word(d.Tok-2) == "effect" || v.word(d.Tok-2) == "begin" || v.word(d.Tok-2) == "force" {
			continue
		}
		if d.Tok < verb && subordinateAfter(v, d.TokEnd, verb) {
			continue // "became a republic on Tuesday, when the agreement it signed last June entered into force": the main clause's day
		}
		k := d.Tok - verb
		if k > 0 {
			k -= max(n, 1) - 1 // counted from the phrase's last word
		}
		if k > 10 || k < -25 && !meetingDate(v, d.Tok, verb) || k < -12 && hasAny(v.words, d.TokEnd, verb, "that", ";", "after", "when", "before") {
			continue
		}
		a := k > 0
		if k < 0 {
			k = -k + 2 // a date after the verb is more often its own
		}
		if k < dist {
			best, dist, after = day, k, a
		}
	}
	return best, after
}

// meetingWords are participles by which a subject is said to have met ("The two
// governments, meeting in Paris on 21 May, have agreed ...").
var meetingWords = map[string]bool{"meeting": true, "gathered": true, "convened": true, "assembled": true}

// meetingDate reports whether the date at tok stands in a participle phrase of the
// subject telling its meeting, set off by a comma, with no other clause opening
// between the date and the verb at verb: the sides agreed when they met, however long
// the phrases between.
func meetingDate(v *sent, tok, verb int) bool {
	k := tok - 1
	for k >= 0 && tok-k <= 6 && !meetingWords[v.words[k]] {
		k--
	}
	if k < 1 || !meetingWords[v.words[k]] || v.word(k-1) != "," {
		return false
	}
	return !hasAny(v.words, tok, verb, ";", "when", "after", "before", "while", "as", "since", "because", "which", "who", "whose", "that")
}

// subordinateAfter reports whether the verb at verb only describes the subject of a
// clause that ", when", ", after" or ", as" opens after from, with no comma between
// ("became a republic on Tuesday, when the agreement it signed last June entered into
// force"): the clause's own verb follows it, and a date before the clause is that
// verb's. The clause's own verb shares the main clause's day ("stopped on January 1,
// when both governments accepted the call"), and "On Friday, when they met, they
// signed" keeps its day.
func subordinateAfter(v *sent, from, verb int) bool {
	for k := verb - 1; k > from; k-- {
		if v.words[k] == "," || v.words[k] == ";" {
			return false
		}
		if hasAny(v.words, k, k+1, "when", "after", "as") && v.word(k-1) == "," {
			for j := verb + 1; j < len(v.words) && v.words[j] != "," && v.words[j] != ";"; j++ {
				if v.tag(j) == "VBD" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// coarseSigning reports whether a date phrase coarser than a day follows the verb
// closely ("signed with the government last September", "agreed at last week's
// talks") or opens its clause ("In December 1992 the two leaders agreed"): the
// signing's own date, which no day of the sentence may replace.
func coarseSigning(v *sent, verb int) bool {
	cs := clauseStart(v, verb)
	for _, d := range v.dates {
		if d.Offset != nil || d.Value.IsZero() || d.Granularity == text.GranDay {
			continue
		}
		if d.Tok < verb && (d.Tok == cs || d.Tok == cs+1 && v.word(cs) == "in") && !hasAny(v.words, d.TokEnd+1, verb, ",", ";") {
			return true // "In December 1992 the two leaders agreed that ...": the clause opens with its date
		}
		if d.Tok <= verb || d.Tok > verb+8 {
			continue
		}
		if hasAny(v.words, verb+1, d.Tok, ",", ";", "that", "to", "since", "until", "by") || hasAny(v.words, d.Tok-1, d.Tok, "since", "until", "by", "from") {
			continue
		}
		return true
	}
	return false
}

// offsetSigning dates a signing from the clause it is counted from: "Israeli soldiers
// pulled out on Friday, two days after Netanyahu and Arafat concluded the protocol" is
// Friday less two days. It applies when the verb's clause opens with "N days after"
// (or "before") and names no day of its own; "" otherwise.
func offsetSigning(v *sent, verb int) string {
	cs := clauseStart(v, verb)
	if w := v.word(cs - 1); w != "after" && w != "before" || hasAny(v.words, cs, verb, ",", ";") {
		return "" // "twenty years after he fled, under the peace deal his party signed"
	}
	lx := loadLexicon()
	for k := 0; k < cs; k++ {
		if _, n := lx.match("conclude", v.words, k); n > 0 {
			return "" // "X signed the accord on Saturday, a month after the government signed it": the first signing is the one told
		}
	}
	var off *text.DateMention
	for i := range v.dates {
		d := &v.dates[i]
		if d.Offset != nil && !d.Anaphor && d.TokEnd == cs {
			off = d
		}
		if d.Tok >= cs && d.Tok < len(v.words) && dayDate(*d) != "" {
			return "" // "three weeks after the date set in the May 5 agreements signed in New York"
		}
	}
	if off == nil {
		return ""
	}
	for i := len(v.dates) - 1; i >= 0; i-- {
		d := v.dates[i]
		if d.Tok >= off.Tok || dayDate(d) == "" || d.Offset != nil {
			continue
		}
		if p := v.word(d.Tok - 1); p == "by" || p == "until" || p == "since" {
			continue
		}
		o := *off.Offset
		return d.Value.AddDate(-o.Years, -o.Months, -o.Days).Format(time.DateOnly)
	}
	return ""
}

// storyOffsetSigning returns the day a signing counted back from the story's own day
// falls on: "Five days after Rusk and Gromyko put their signatures to the text, many
// readers are asking ...", the main clause in the present, is pub less five days. ""
// when the sentence opens with no such count, dates anything or tells its main clause
// in the past.
func storyOffsetSigning(v *sent, verb int, pub time.Time) string {
	cs := clauseStart(v, verb)
	if pub.IsZero() || v.word(cs-1) != "after" {
		return ""
	}
	var off *text.DateMention
	for i := range v.dates {
		d := &v.dates[i]
		if d.Offset != nil && !d.Anaphor && d.TokEnd == cs && d.Tok <= v.first+1 {
			off = d
		} else if dayDate(*d) != "" {
			return ""
		}
	}
	if off == nil {
		return ""
	}
	k := verb + 1
	for k < len(v.words) && v.words[k] != "," {
		k++
	}
	for j := k + 1; j < min(len(v.words), k+8); j++ {
		if t := v.tag(j); strings.HasPrefix(t, "VB") || t == "MD" {
			if t != "VBP" && t != "VBZ" {
				return ""
			}
			o := *off.Offset
			return pub.AddDate(-o.Years, -o.Months, -o.Days).Format(time.DateOnly)
		}
	}
	return ""
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

// dutyDate reports whether the date at token i is what a commitment is dated by: an
// obligation modal ("is to", "are to", "must", "shall") or "will" shortly before it,
// with no comma between.
func dutyDate(v *sent, i int) bool {
	lx := loadLexicon()
	for k := i - 1; k >= max(0, i-7); k-- {
		if w := v.word(k); w == "," || w == ";" {
			return false
		}
		if lx.has("obligation", v.words, k, k+1) || v.word(k) == "will" {
			return true
		}
	}
	return false
}

// toldYear returns the signing day, its year taken from the history the paragraph
// tells when the sentence writes the day without one: "By the autumn of 1998 Turkey
// had massed troops on the border. ... on October 20 officials of the two countries
// signed a memorandum" in a story of 2018 dates the memorandum in 1998. The year is
// the last one the sentence (before the day) or the one before it in its paragraph
// writes, and must be earlier than the story's; day is returned as it is otherwise.
func toldYear(vs []sent, si int, day string, pub time.Time) string {
	t, err := time.Parse(time.DateOnly, day)
	v := &vs[si]
	if err != nil || pub.IsZero() {
		return day
	}
	at := -1
	for _, dm := range v.dates {
		if dayDate(dm) != "" && dm.Value.Month() == t.Month() && dm.Value.Day() == t.Day() && monthNamed(dm.Text) && !hasYear(dm.Text) {
			at = dm.Tok
		}
	}
	if at < 0 {
		return day
	}
	year := 0
	look := func(s *sent, to int) {
		for _, dm := range s.dates {
			if dm.Tok < to && hasYear(dm.Text) && !dm.Value.IsZero() && dm.Offset == nil && !text.LowerHasPrefix(dm.Text, "since") && s.word(dm.Tok-1) != "since" {
				// ("The country known since 1993 as Eritrea": a span, no history told)
				year = dm.Value.Year()
			}
		}
	}
	if si > 0 && vs[si-1].para == v.para {
		look(&vs[si-1], len(vs[si-1].words))
	}
	look(v, at)
	if year == 0 || year >= pub.Year() || year >= t.Year() {
		return day
	}
	return time.Date(year, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}
