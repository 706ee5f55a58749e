package agreement

import (
	"strconv"
	"strings"
	"time"

	"github.com/peacewatch/peacewatch/text"
)

// deadlineAt is a deadline read from a clause, with what it counts from, before the
// agreement's dates are known.
type deadlineAt struct {
	relative string
	date     string      // an absolute date stated in the text
	offset   text.Offset // distance from the anchor
	days1    bool        // "the Nth day": the start day is day 1
	anchor   string      // signing, effective, publication, absolute, action, event, period
	ref      Action      // for anchor "action": the provision the phrase counts from
	refWord  string      // for anchor "event": the noun of the act it counts from ("approval")
	refVerb  bool        // refWord is a participle ("of NATO taking over")
	bare     bool        // "within 120 days" saying nothing of what it counts from
	// forward: a weekday in a duty stated as an obligation ("are to be held on
	// Tuesday") is the next such day, not the last one
	forward bool
	// yearless: the date is a month, or a day of one, named without its year ("by
	// December"), which the text's dates resolve to the occurrence nearest the
	// article's day
	yearless bool
}

// resolve turns d into a Deadline, computing its date from tl where the anchor is
// known. Anchors the text states as dates are "absolute", as README of the
// evaluation set says.
func (d *deadlineAt) resolve(tl timeline) *Deadline {
	out := &Deadline{Relative: d.relative}
	from := func(base string) string {
		t, err := time.Parse(time.DateOnly, base)
		if err != nil {
			return ""
		}
		t = d.offset.From(t)
		if d.days1 {
			t = t.AddDate(0, 0, -1)
		}
		return t.Format(time.DateOnly)
	}
	switch d.anchor {
	case "absolute", "publication":
		out.Anchor = d.anchor
		base := d.date
		if d.yearless {
			base = notBefore(base, tl.signed)
		}
		out.Date = base
		if base != "" && d.offset != (text.Offset{}) {
			out.Date = from(base)
		} else if d.anchor == "publication" && d.offset != (text.Offset{}) {
			out.Date = from(tl.published) // "between three and six months from now"
		}
		if d.forward && out.Date != "" && out.Date < tl.published {
			if t, err := time.Parse(time.DateOnly, out.Date); err == nil {
				out.Date = t.AddDate(0, 0, 7).Format(time.DateOnly)
			}
		}
	case "now":
		// "immediately", "at once", "without delay": an act done once is due on the
		// day the deal is signed, or the article's day when that is not known
		if tl.signed != "" {
			out.Anchor, out.Date = "signing", tl.signed
		} else if tl.published != "" {
			out.Anchor, out.Date = "publication", tl.published
		}
	case "signing":
		out.Anchor = "signing"
		if tl.signed != "" {
			out.Date = from(tl.signed)
		}
	case "yearEnd", "monthEnd":
		// "by the end of the year": of the year the article is dated in, a named
		// period and so an absolute date (the sets' convention)
		out.Anchor = "absolute"
		if t, err := time.Parse(time.DateOnly, tl.published); err == nil {
			if d.anchor == "yearEnd" {
				out.Date = time.Date(t.Year(), 12, 31, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
			} else {
				out.Date = time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
			}
		}
	case "effective", "period":
		out.Anchor = "absolute"
		base := tl.effective
		if base == "" {
			base = tl.signed
			out.Anchor = "signing"
		}
		if d.anchor == "period" {
			if !tl.hasPeriod {
				return out
			}
			d.offset = tl.period
		}
		if base != "" {
			out.Date = from(base)
		}
	}
	return out
}

// readDeadline finds the deadline phrase of tokens [from, to) of v, if any.
func readDeadline(lx *lexicon, v *sent, body string, from, to int) *deadlineAt {
	w := v.words
	var now *deadlineAt
	for i := from; i < to; i++ {
		if dealStartClause(v, i) {
			continue // "The accord, which enters into force one month after the signing, ...": when the deal starts
		}
		switch {
		case (w[i] == "by" || w[i] == "on") && v.word(i+1) == "the" && v.word(i+2) == "same" && (v.word(i+3) == "date" || v.word(i+3) == "day"):
			// "and its forces are to leave by the same date": the day named before
			d := &deadlineAt{relative: v.span(body, i, i+4), anchor: "thatDate"}
			for k := len(v.dates) - 1; k >= 0; k-- {
				if dm := v.dates[k]; dm.TokEnd <= i && !dm.Value.IsZero() {
					day := dayDate(dm)
					if day == "" {
						day = periodDeadline(dm)
					}
					if day != "" {
						d.anchor, d.date = "absolute", day
						break
					}
				}
			}
			return d
		case atOnce(v, i):
			// "is to let inspectors in immediately", "without delay": due at once,
			// unless the clause goes on to a date ("resume at once, with the aim of
			// concluding them by May 4")
			if now == nil {
				n := 1 + boolInt(w[i] != "immediately" && w[i] != "forthwith")
				now = &deadlineAt{relative: v.span(body, i, i+n), anchor: "now"}
			}
			continue
		case w[i] == "within" || w[i] == "over" && v.word(i+1) == "a" && v.word(i+2) == "period",
			w[i] == "over" && v.word(i+1) == "the" && (v.word(i+2) == "next" || v.word(i+2) == "coming"):
			// "over the next three weeks" is within them
			return withinPhrase(lx, v, body, i, to)
		case (w[i] == "by" || w[i] == "before" || w[i] == "than" && v.word(i-1) == "later") && v.word(i+1) == "the" && v.word(i+2) == "end" && v.word(i+3) == "of":
			// "by the end of March 2020", "before the end of the year", "no later
			// than the end of February"
			start := i
			if w[i] == "than" {
				start = i - 1 - boolInt(v.word(i-2) == "no")
			}
			k := i + 4
			if (v.word(k) == "the" || v.word(k) == "this") && (v.word(k+1) == "year" || v.word(k+1) == "month") {
				a := "yearEnd"
				if v.word(k+1) == "month" {
					a = "monthEnd"
				}
				return &deadlineAt{relative: v.span(body, start, k+2), anchor: a}
			}
			for _, dm := range v.dates {
				if dm.Tok >= i+3 && dm.Tok <= k && !dm.Value.IsZero() {
					end := text.PeriodEnd(dm.Value, dm.Granularity)
					return &deadlineAt{relative: v.span(body, start, dm.TokEnd), date: end.Format(time.DateOnly), anchor: "absolute"}
				}
			}
		case w[i] == "than" && v.word(i-1) == "later" || w[i] == "from" || w[i] == "by" || w[i] == "before" || w[i] == "on":
			if d := nthDay(v, body, i, to); d != nil {
				return d
			}
			at := i + 1
			if v.word(at) == "the" && dayParts[v.word(at+1)] && v.word(at+2) == "of" {
				at += 3 // "by the evening of May 3": that day
			}
			if de := dateAt(v, body, at); de != nil {
				if lx.has("conclude", v.words, max(0, i-4), i) {
					continue // "signed in Juba on September 11": when it was made
				}
				d := &de.deadlineAt
				if w[i] == "on" && pastVerbBefore(v, max(from, i-8), i) {
					continue // "and a commercial plane flew from Tripoli on Friday": when it happened
				}
				if w[i] == "on" {
					if !monthNamed(d.relative) {
						d.anchor = "publication"
						d.forward = lx.has("obligation", v.words, 0, i)
					}
				}
				d.relative = v.span(body, i, at) + " " + d.relative
				if w[i] == "than" {
					d.relative = "no later " + d.relative
				}
				if rest := restDue(v, body, de.end, to); rest != nil {
					return rest
				}
				return d
			}
			if w[i] == "than" {
				if d := afterPhrase(v, body, i+1, to); d != nil {
					d.relative = "no later than " + d.relative
					return d
				}
			}
			if w[i] == "before" {
				if d := beforeAct(v, body, i, to); d != nil {
					return d
				}
			}
		case w[i] == "in" && (v.word(i+1) == "the" || v.word(i+1) == "that" || v.word(i+1) == "this") && (v.word(i+2) == "first" || v.word(i+2) == "phase") && hasAny(v.words, i+2, i+4, "phase"):
			// "In the first phase, lasting six weeks, Hamas will ..."
			if d := duringPhrase(v, body, i, to); d != nil {
				return d
			}
		case w[i] == "in" && (lx.has("obligation", v.words, from, i) || lx.has("modal", v.words, from, i)) && !lx.has("conclude", v.words, max(0, i-4), i) &&
			!pastVerbBefore(v, max(from, i-5), i) && // "the territory it captured from Syria in October": when it happened
			!(v.tag(i-1) == "VBN" && strings.HasPrefix(v.tag(i-2), "NN")): // "the sanctions imposed in 1990": when they were
			// "elections are to be held in 2022": by the end of that year; "in mid-2014",
			// "in early July": by the end of that part of it
			for _, dm := range v.dates {
				if (dm.Tok == i+1 || dm.Tok == i) && (dm.Granularity == text.GranYear || dm.Granularity == text.GranMonth) && !dm.Value.IsZero() && dm.TokEnd <= to {
					if end := periodDeadline(dm); end != "" {
						return &deadlineAt{relative: v.span(body, i, dm.TokEnd), date: end, anchor: "absolute"}
					}
				}
			}
			if d := partOfYear(v, body, i, to); d != nil {
				return d
			}
			if d := weekOfMonth(v, body, i, to); d != nil {
				return d
			}
		case (w[i] == "date" || w[i] == "deadline") && v.word(i-1) == "target" && v.word(i+1) == "of":
			// "with a target date of 2003": by the end of that year
			for _, dm := range v.dates {
				if dm.Tok >= i+1 && dm.Tok <= i+3 && !dm.Value.IsZero() && dm.TokEnd <= to {
					if end := periodDeadline(dm); end != "" {
						return &deadlineAt{relative: v.span(body, i-1, dm.TokEnd), date: end, anchor: "absolute"}
					}
					if day := dayDate(dm); day != "" {
						return &deadlineAt{relative: v.span(body, i-1, dm.TokEnd), date: day, anchor: "absolute"}
					}
				}
			}
		case durations[v.word(i+1)] && i > 0 && (v.word(i-1) == "have" || v.word(i-1) == "has") && timeAllowed(lx, v, i-1) > 0:
			// "have seven days to agree on its borders": within seven days
			if d := withinPhrase(lx, v, body, i-1, to); d != nil {
				d.relative = strings.TrimSpace(v.span(body, i, timeAllowed(lx, v, i-1)))
				return d
			}
		case durations[v.word(i+1)] && i > 0 && givenBefore(v, i) && timeGiven(lx, v, i-1) > 0:
			// "gave the army ten days from the signing to redeploy": within ten days
			if d := withinPhrase(lx, v, body, i-1, to); d != nil {
				d.relative = strings.TrimSpace(v.span(body, i, timeGiven(lx, v, i-1)))
				return d
			}
		case w[i] == "over" && v.word(i+1) == "the" && i+3 < to && durations[v.word(i+3)] && v.tag(i+2) == "CD":
			// "paid in instalments over the six months": within the deal's term,
			// from the day it takes effect
			if n, used, ok := text.ParseNumber(v.words[i+2 : i+3]); ok && used == 1 {
				return &deadlineAt{relative: v.span(body, i, i+4), offset: offsetOf(int(n), v.word(i+3)), anchor: "effective"}
			}
		case w[i] == "between" && (i+1 >= len(w) || v.tag(i+1) == "CD" || isNumberWord(v.word(i+1))):
			if d := rangePhrase(v, body, i, to); d != nil {
				return d
			}
		case w[i] == "between":
			// "elections will be held between September and November next year": by
			// the end of the range's last month
			if d := monthRange(v, body, i, to); d != nil {
				return d
			}
		case w[i] == "during":
			if d := duringPhrase(v, body, i, to); d != nil {
				return d
			}
		case w[i] == "for" && v.word(i+1) == "the" && v.word(i+2) == "first":
			// "will chair the council for the first 21 months": the office passes then
			if n, used, ok := text.ParseNumber(v.words[min(i+3, len(v.words)):]); ok && durations[v.word(i+3+used)] {
				return &deadlineAt{relative: v.span(body, i, i+4+used), offset: offsetOf(int(n), v.word(i+3+used)), anchor: "signing"}
			}
		case w[i] == "at" && v.word(i+1) == "the" && v.word(i+2) == "end" && v.word(i+3) == "of":
			if r := v.word(i + 4); r == "which" || r == "it" || r == "that" {
				// "an eight-month period, at the end of which": the period stated before
				for k := i - 1; k >= 0; k-- {
					if n, unit, ok := hyphenDuration(v.word(k)); ok {
						end := k + 1
						for end < i && v.word(end) != "period" {
							end++
						}
						return &deadlineAt{relative: "at the end of " + v.span(body, k-1, min(i, end+1)), offset: offsetOf(n, unit), anchor: "signing"}
					}
				}
			}
			for k := i + 4; k < min(to, i+8); k++ {
				if n, unit, ok := hyphenDuration(v.word(k)); ok {
					end := k + 1
					for end < to && end < k+4 && v.word(end) != "period" {
						end++
					}
					return &deadlineAt{relative: v.span(body, i, min(to, end+1)), offset: offsetOf(n, unit), anchor: "signing"}
				}
			}
		}
		if d := afterPhraseAt(v, body, i, to); d != nil {
			return d
		}
	}
	return now
}

// withinPhrase reads "within N units [of the signing | of DATE | of the withdrawal]",
// "over the next N units" and "over a period of N days[, ending on DATE]" starting at
// token i.
func withinPhrase(lx *lexicon, v *sent, body string, i, to int) *deadlineAt {
	k := i + 1
	if v.word(i) == "over" && v.word(i+1) == "a" {
		k = i + 4 // "over a period of"
	}
	if w := v.word(k + 1); v.word(k) == "the" && (w == "next" || w == "coming" || w == "first") {
		k += 2 // "within the next three years"
	}
	n, used, ok := text.ParseNumber(v.words[k:min(to, k+4)])
	if !ok && (v.word(k) == "a" || v.word(k) == "an" || v.word(k) == "one") {
		n, used, ok = 1, 1, true // "within a week"
	}
	if !ok || k+used >= to {
		return nil
	}
	if v.word(k+used) == "to" || v.word(k+used) == "or" {
		// "within six to nine months": by the end of the longer span
		if m, mused, mok := text.ParseNumber(v.words[k+used+1 : min(to, k+used+5)]); mok && m > n {
			k, n, used = k+used+1, m, mused
		}
	}
	unit := v.word(k + used)
	if !durations[unit] {
		return nil
	}
	d := &deadlineAt{offset: offsetOf(int(n), unit), anchor: "signing"}
	end := k + used + 1
	if v.word(end) == "of" || v.word(end) == "after" || v.word(end) == "from" {
		if v.word(end+1) == "the" && v.word(end+3) == "taking" && v.word(end+4) == "effect" || v.word(end+1) == "the" && v.word(end+3) == "coming" && v.word(end+4) == "into" {
			// "within a month of the truce taking effect"
			d.anchor = "effective"
			end += 5 + boolInt(v.word(end+4) == "into")
		} else if v.word(end+1) == "the" && (v.word(end+2) == "signing" || v.word(end+2) == "agreement" || v.word(end+2) == "deal") {
			end += 3
		} else if p := v.word(end + 1); (p == "its" || p == "their") && v.word(end+2) == "signing" {
			// "within 45 days of its signing": of the deal the sentence cites
			end += 3
		} else if p := v.word(end + 1); (p == "that" || p == "this" || p == "then") && v.tag(end+2) != "NN" && v.tag(end+2) != "NNS" {
			// "within 120 days after that": of the day the term before is due
			d.anchor = "prev"
			end += 2
		} else if v.word(end+1) == "the" && lx.has("deal", v.words, end+2, end+3) && v.word(end+3) == "'s" && concluded[v.word(end+4)] {
			// "within six months of the charter's approval": of the deal's conclusion
			end += 5
		} else if p := v.word(end + 1); (p == "its" || p == "their") && (v.word(end+2) == "start" || v.word(end+2) == "beginning" || v.word(end+2) == "opening") {
			// "Those talks are to be concluded within four months of their start":
			// of the day the term before dates the start
			d.anchor = "prev"
			end += 3
		} else if v.word(end+1) == "that" && (v.word(end+2) == "date" || v.word(end+2) == "day") {
			// "within 30 days of that date": the day the sentence before names
			d.anchor = "thatDate"
			end += 3
		} else if dd := dateAt(v, body, end+1); dd != nil {
			d.anchor = "absolute"
			d.date = dd.date
			end = dd.end
		} else {
			j := end + 1
			for j < to && (v.word(j) == "the" || v.word(j) == "its" || v.tag(j) == "POS" || v.word(j) == "'s") {
				j++
			}
			end = objectEnd(v, j, to)
			if p, n := lx.match("action", v.words, j); n > 0 {
				d.anchor = "action"
				d.ref = Action(p.value)
			} else if end > j && v.tag(end) == "VBG" && v.tag(end-1) != "POS" && v.word(end-1) != "'s" {
				// "within 30 days of NATO taking over": the act the noun's bearer does
				d.anchor = "event"
				d.refWord, d.refVerb = v.word(end), true
				end++
				if v.tag(end) == "RP" {
					end++
				}
			} else if end > j {
				// "within 24 hours of the government's approval": a dated act
				d.anchor = "event"
				d.refWord = v.word(end - 1)
			} else {
				d.anchor = "unknown"
			}
			if end <= j {
				end = j + 1
			}
		}
	}
	if d.anchor != "absolute" && d.anchor != "signing" && end > k+used+1 {
		// "within ninety days of its coming into force on July 27": the anchor's own day
		for j := end; j < min(to, end+6) && v.word(j) != "," && v.word(j) != "and"; j++ {
			if dd := dateAt(v, body, j+1); v.word(j) == "on" && dd != nil {
				d.anchor, d.date, end = "absolute", dd.date, dd.end
				break
			}
		}
	}
	d.bare = end == k+used+1
	d.relative = v.span(body, i, end)
	// "..., ending on January 26" fixes the date
	for j := end; j < min(to, end+4); j++ {
		if v.word(j) == "ending" || v.word(j) == "until" || v.word(j) == "by" {
			k := j + 1
			if v.word(k) == "on" {
				k++
			}
			if dd := dateAt(v, body, k); dd != nil {
				d.anchor = "absolute"
				d.date = dd.date
				d.offset = text.Offset{}
			}
		}
	}
	return d
}

// rangePhrase reads "between three and six months from now" (of the article's day)
// and "between 30 and 60 days of the signing" at token i: due by the end of the
// range.
func rangePhrase(v *sent, body string, i, to int) *deadlineAt {
	_, used, ok := text.ParseNumber(v.words[i+1 : min(to, i+5)])
	k := i + 1 + used
	if !ok || v.word(k) != "and" {
		return nil
	}
	n, used, ok := text.ParseNumber(v.words[k+1 : min(to, k+5)])
	unit := v.word(k + 1 + used)
	if !ok || !durations[unit] {
		return nil
	}
	end := k + 2 + used
	d := &deadlineAt{offset: offsetOf(int(n), unit)}
	switch a, b := v.word(end), v.word(end+1); {
	case a == "from" && b == "now":
		d.anchor = "publication"
		end += 2
	case (a == "of" || a == "after") && b == "the" && (v.word(end+2) == "signing" || v.word(end+2) == "agreement" || v.word(end+2) == "deal"):
		d.anchor = "signing"
		end += 3
	default:
		return nil
	}
	d.relative = v.span(body, i, end)
	return d
}

// monthRange reads a range of months at token i ("between September and November
// next year"): by the end of its last month, in the year a following mention names.
func monthRange(v *sent, body string, i, to int) *deadlineAt {
	for k, dm := range v.dates {
		if dm.Tok != i || dm.Granularity != text.GranMonth || dm.End.IsZero() || dm.TokEnd > to {
			continue
		}
		last, end := dm.End, dm.TokEnd
		if k+1 < len(v.dates) {
			if y := v.dates[k+1]; y.Tok == dm.TokEnd && y.Granularity == text.GranYear && !y.Value.IsZero() && y.TokEnd <= to {
				last = time.Date(y.Value.Year(), last.Month(), 1, 0, 0, 0, 0, time.UTC)
				end = y.TokEnd
			}
		}
		day := text.PeriodEnd(last, text.GranMonth)
		return &deadlineAt{relative: v.span(body, i, end), date: day.Format(time.DateOnly), anchor: "absolute"}
	}
	return nil
}

// dateAt returns the resolved day mention starting at token i, or nil.
func dateAt(v *sent, body string, i int) *deadlineAtEnd {
	for _, dm := range v.dates {
		// date phrases may hold their preposition ("on Wednesday", "by March 10")
		if dm.Tok == i || dm.Tok == i-1 || dm.Tok == i+1 && (v.word(i) == "the" || v.word(i) == "next") {
			// ("by next May": the month's next occurrence)
			if lx := loadLexicon(); lx.has("report", v.words, max(0, dm.Tok-2), dm.Tok) {
				continue // "officials said on Friday": when it was said
			}
			day := dayDate(dm)
			if day == "" && !dm.Value.IsZero() && (v.word(i-1) == "by" || v.word(i-1) == "than" && v.word(i-2) == "later") {
				// "by March 2020", "no later than October 2005": the month's last day
				day = periodDeadline(dm)
			}
			if day != "" {
				yearless := dm.Basis == text.BasisRelative && monthNamed(dm.Text) && !strings.Contains(strings.ToLower(dm.Text), "year")
				text := dm.Text
				if dm.Tok == i-1 {
					text = strings.TrimSpace(strings.TrimPrefix(text, v.s.Tokens[i-1].Text))
				} else if dm.Tok == i+1 && v.word(i) == "next" && !strings.HasPrefix(strings.ToLower(text), "next") {
					text = v.s.Tokens[i].Text + " " + text
				}
				return &deadlineAtEnd{deadlineAt: deadlineAt{relative: text, date: day, anchor: "absolute", yearless: yearless}, end: dm.TokEnd}
			}
		}
	}
	return nil
}

// restDue reads "and the rest on October 8" in tokens [from, to), after a first
// instalment's date ("will free 300 prisoners, 100 of them on May 2 and the rest on
// May 20"): the whole act is done by the last one. Nil when no such phrase follows.
func restDue(v *sent, body string, from, to int) *deadlineAt {
	for k := from; k+3 < to && k < from+4; k++ {
		if v.word(k) != "the" || !remainders[v.word(k+1)] {
			continue
		}
		if p := v.word(k + 2); p == "on" || p == "by" {
			if de := dateAt(v, body, k+3); de != nil && de.date != "" {
				d := de.deadlineAt
				d.relative = v.span(body, k+2, k+3) + " " + d.relative
				return &d
			}
		}
	}
	return nil
}

// notBefore returns day, a date named without its year, moved on by whole years
// until it is not before signed: a deal's deadline falls after the deal ("will
// hand over the rifles by December", in a deal signed in May, is the coming
// December, not the last one, which is nearer the article's day). day itself when
// either is unknown. The last day of a month stays the last day of its month.
func notBefore(day, signed string) string {
	t, err := time.Parse(time.DateOnly, day)
	s, err2 := time.Parse(time.DateOnly, signed)
	if err != nil || err2 != nil {
		return day
	}
	month, d, monthEnd := t.Month(), t.Day(), t.AddDate(0, 0, 1).Day() == 1
	for y := t.Year() + 1; t.Before(s) && y <= s.Year()+1; y++ {
		if t = time.Date(y, month, d, 0, 0, 0, 0, time.UTC); monthEnd {
			t = time.Date(y, month+1, 0, 0, 0, 0, 0, time.UTC)
		}
	}
	return t.Format(time.DateOnly)
}

// remainders are the nouns naming what is left of a count after a first part.
var remainders = map[string]bool{"rest": true, "remainder": true, "others": true}

// dayParts are the parts of a day a deadline may name before its date ("by the
// evening of May 3"): the deadline is that day.
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// periodDeadline is the day a deadline "by" a month or a year falls on: the end of
// the period ("by 2016", "by March 2020"), or of the part of it the mention names:
// "early" is the end of its first third (July 10, April 30), "mid" its middle (June
// 15, June 30 of the year), "late" its end. "" for a day or an unknown granularity.
func periodDeadline(dm text.DateMention) string {
	t := strings.ToLower(dm.Text)
	for _, p := range []string{"by ", "in ", "before ", "until "} {
		t = strings.TrimPrefix(t, p)
	}
	part := ""
	for _, p := range []string{"early", "mid", "late"} {
		if strings.HasPrefix(t, p+"-") || strings.HasPrefix(t, p+" ") {
			part = p
		}
	}
	v := dm.Value
	switch dm.Granularity {
	case text.GranYear:
		switch part {
		case "early":
			return v.AddDate(0, 4, -1).Format(time.DateOnly)
		case "mid":
			return v.AddDate(0, 6, -1).Format(time.DateOnly)
		}
	case text.GranMonth:
		switch part {
		case "early":
			return v.AddDate(0, 0, 9).Format(time.DateOnly)
		case "mid":
			return v.AddDate(0, 0, 14).Format(time.DateOnly)
		}
	default:
		return ""
	}
	return text.PeriodEnd(v, dm.Granularity).Format(time.DateOnly)
}

type deadlineAtEnd struct {
	deadlineAt
	end int
}

func monthNamed(s string) bool {
	s = strings.ToLower(s)
	for _, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// nthDay reads "the Nth day of the ceasefire" after token i ("no later than", "from").
func nthDay(v *sent, body string, i, to int) *deadlineAt {
	k := i + 1
	if v.word(k) != "the" {
		return nil
	}
	n, ok := ordinal(v.word(k + 1))
	if !ok || v.word(k+2) != "day" || v.word(k+3) != "of" {
		return nil
	}
	start := i
	if v.word(i) == "than" {
		start = i - 2
	}
	end := min(to, k+6)
	return &deadlineAt{relative: v.span(body, start, end), offset: text.Offset{Days: n}, days1: true, anchor: "effective"}
}

// duringPhrase reads "during the two months", "during the first phase of 42 days" and
// "during that phase" (whose length an earlier sentence gave).
func duringPhrase(v *sent, body string, i, to int) *deadlineAt {
	end := i + 1
	for end < min(to, i+9) {
		if w := v.word(end); w == "," || w == ";" || w == "." || w == ":" || strings.HasPrefix(v.tag(end), "VB") || v.tag(end) == "MD" {
			break
		}
		end++
	}
	for k := i + 1; k < end; k++ {
		if n, used, ok := text.ParseNumber(v.words[k:end]); ok && k+used < end && durations[v.word(k+used)] {
			return &deadlineAt{relative: v.span(body, i, k+used+1), offset: offsetOf(int(n), v.word(k+used)), anchor: "effective"}
		}
	}
	for k := i + 1; k+1 < end; k++ {
		// "during the first week of the truce": by the end of that week
		if n, ok := ordinal(v.word(k)); ok && durations[v.word(k+1)] {
			return &deadlineAt{relative: v.span(body, i, min(end, k+5)), offset: offsetOf(n, v.word(k+1)), days1: true, anchor: "effective"}
		}
	}
	for k := i + 1; k < end; k++ {
		if v.word(k) == "phase" || v.word(k) == "period" {
			return &deadlineAt{relative: v.span(body, i, k+1), anchor: "period"}
		}
	}
	return nil
}

// afterPhraseAt reads "N days after the signing" ("a month after ...") starting at
// token i.
func afterPhraseAt(v *sent, body string, i, to int) *deadlineAt {
	if v.tag(i) != "CD" && !isNumberWord(v.word(i)) && v.word(i) != "a" {
		return nil
	}
	return afterPhrase(v, body, i, to)
}

func afterPhrase(v *sent, body string, i, to int) *deadlineAt {
	n, used, ok := text.ParseNumber(v.words[i:min(to, i+4)])
	if !ok && v.word(i) == "a" {
		n, used, ok = 1, 1, true // "a month after the signing"
	}
	if !ok {
		return nil
	}
	k := i + used
	if !durations[v.word(k)] || v.word(k+1) != "after" {
		return nil
	}
	if v.word(k+2) == "the" && (v.word(k+3) == "signing" || v.word(k+3) == "agreement") && !effectVerbs[v.word(k+4)] {
		return &deadlineAt{relative: v.span(body, i, k+4), offset: offsetOf(int(n), v.word(k)), anchor: "signing"}
	}
	if v.word(k+2) == "the" && loadLexicon().has("deal", v.words, k+3, k+4) && effectVerbs[v.word(k+4)] {
		// "no later than nine months after the accord takes effect"
		end := k + 5
		if v.word(end) == "effect" || v.word(end) == "into" && v.word(end+1) == "force" {
			end += 1 + boolInt(v.word(end) == "into")
		}
		return &deadlineAt{relative: v.span(body, i, end), offset: offsetOf(int(n), v.word(k)), anchor: "effective"}
	}
	if dd := dateAt(v, body, k+2); dd != nil {
		return &deadlineAt{relative: v.span(body, i, dd.end), date: dd.date, offset: offsetOf(int(n), v.word(k)), anchor: "absolute"}
	}
	if e := objectEnd(v, k+3, to); v.word(k+2) == "the" && e > k+3 {
		// "no later than two years after the assembly convenes": of the day the act
		// its verb names is dated (the tagger may take the verb for a plural noun)
		if bodyActs[v.word(e-1)] && e-1 > k+3 {
			e--
		}
		if v.tag(e) == "VBZ" || v.tag(e) == "VBP" || bodyActs[v.word(e)] {
			return &deadlineAt{relative: v.span(body, i, e+1), offset: offsetOf(int(n), v.word(k)), anchor: "event", refWord: v.word(e)}
		}
	}
	return nil
}

// bodyActs are the verbs by which a body or a meeting starts its work ("after the
// assembly convenes").
var bodyActs = map[string]bool{"convenes": true, "meets": true, "opens": true, "begins": true, "starts": true, "sits": true}

func isNumberWord(w string) bool {
	_, _, ok := text.ParseNumber([]string{w})
	return ok
}

// hyphenDuration reads "eight-month" and "90-day".
func hyphenDuration(w string) (int, string, bool) {
	num, unit, ok := strings.Cut(w, "-")
	if !ok {
		return 0, "", false
	}
	n, used, ok := text.ParseNumber([]string{num})
	if !ok || used != 1 || !durations[unit] {
		return 0, "", false
	}
	return int(n), unit, true
}

// offsetOf is n units of time as an offset: minutes as the hours they begin, any
// other unit text.PeriodOf does not know as days.
func offsetOf(n int, unit string) text.Offset {
	if o, ok := text.PeriodOf(n, unit); ok {
		return o
	}
	if strings.HasPrefix(unit, "minute") {
		return text.Offset{Hours: (n + 59) / 60}
	}
	return text.Offset{Days: n}
}

var ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30}

// ordinal reads "7th", "16th", "seventh".
func ordinal(w string) (int, bool) {
	if n, ok := ordinalWords[w]; ok {
		return n, true
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if s, ok := strings.CutSuffix(w, suf); ok {
			if n, err := strconv.Atoi(s); err == nil && n > 0 {
				return n, true
			}
		}
	}
	return 0, false
}

// actDate returns the day of the article's event whose trigger shares its stem with
// word ("approval" and "approved"; with verb, a participle: "taking" and "take"), ""
// when none is dated to the day by a time the text gives.
func actDate(src Source, word string, verb bool) string {
	stem := word
	if t, ok := strings.CutSuffix(word, "ing"); ok && verb && len(t) >= 3 {
		stem = t // "NATO taking over": the act "take"
	} else if len(word) >= 5 {
		stem = word[:5]
	} else {
		return ""
	}
	for _, e := range src.Events {
		// an act the text gives no time of is dated by the article only
		if len(e.Date.Value) != 10 || e.Date.Basis == "unresolved" || e.Date.Basis == "publication" {
			continue
		}
		if strings.HasPrefix(strings.ToLower(e.Lemma), stem) {
			return e.Date.Value
		}
	}
	return ""
}

// partOfYear reads "in the first half of 2014", "in the second half of the year" and
// "in the third quarter of 2020" at token i: by the end of that part of the year.
func partOfYear(v *sent, body string, i, to int) *deadlineAt {
	if v.word(i+1) != "the" || v.word(i+4) != "of" {
		return nil
	}
	n, ok := ordinal(v.word(i + 2))
	months := map[string]int{"half": 6, "quarter": 3}[v.word(i+3)]
	if !ok || months == 0 || n*months > 12 {
		return nil
	}
	for _, dm := range v.dates {
		if dm.Tok >= i+4 && dm.Tok <= i+6 && dm.TokEnd <= to && dm.Granularity == text.GranYear && !dm.Value.IsZero() {
			end := time.Date(dm.Value.Year(), time.Month(n*months)+1, 0, 0, 0, 0, 0, time.UTC)
			return &deadlineAt{relative: v.span(body, i, dm.TokEnd), date: end.Format(time.DateOnly), anchor: "absolute"}
		}
	}
	return nil
}

// dealStartClause reports whether token i lies in a relative clause that says when the
// deal itself takes effect ("which enters into force one month after the signing",
// "which takes effect on Monday"): the date starts the deal and is no term's deadline.
func dealStartClause(v *sent, i int) bool {
	for k := i - 1; k >= max(0, i-8); k-- {
		switch v.word(k) {
		case ",", ";":
			return false
		case "which":
			return hasAny(v.words, k+1, i+1, "effect", "force")
		}
	}
	return false
}

// concluded are nouns for a deal's approval ("the charter's approval"). A deal's
// "signing" is left out: "within three years of the treaty's signing" may count from
// a treaty still to be signed.
var concluded = map[string]bool{"approval": true, "adoption": true}

// effectVerbs say that a deal takes effect or starts ("after the accord takes effect",
// "enters into force", "after the ceasefire begins").
var effectVerbs = map[string]bool{"takes": true, "took": true, "enters": true, "entered": true, "comes": true, "came": true,
	"begins": true, "began": true, "starts": true}

// pastVerbBefore reports whether a past-tense verb stands in tokens [from, to).
func pastVerbBefore(v *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if v.tag(k) == "VBD" {
			return true
		}
	}
	return false
}

// beforeAct reads "before the president's return", "before the withdrawal" at token i:
// the deadline of another term of the deal, the one that states the act (anchor
// "term", resolved in finish), or none when no term does.
func beforeAct(v *sent, body string, i, to int) *deadlineAt {
	if v.word(i+1) != "the" {
		return nil
	}
	j := i + 2
	// "the president's", "the army commander's": the act's bearer
	for k := j; k < min(to, j+4); k++ {
		if v.tag(k) == "POS" || v.word(k) == "'s" {
			j = k + 1
			break
		}
	}
	if j >= to || v.tag(j) != "NN" || v.tag(j+1) == "POS" || v.word(j+1) == "of" {
		return nil
	}
	return &deadlineAt{relative: v.span(body, i, j+1), anchor: "term", refWord: v.word(j)}
}

// givenBefore reports whether a verb giving time ("gave", "gives") stands a few words
// before the count at i.
func givenBefore(v *sent, i int) bool {
	return hasAny(v.words, max(0, i-5), i, "gave", "gives", "give")
}

// atOnce reports whether token i starts a phrase saying an act is due at once
// ("immediately", "without delay", "at once", "forthwith"), not one counting from
// another act ("immediately after the signing") or telling how one was done.
func atOnce(v *sent, i int) bool {
	switch w := v.word(i); {
	case w == "immediately" || w == "forthwith":
		next := v.word(i + 1)
		return !countFrom[next] && !pastVerbBefore(v, max(0, i-3), i) && !strings.HasPrefix(v.tag(i+1), "VB") && !strings.HasPrefix(v.tag(i+1), "JJ")
	case w == "without" && v.word(i+1) == "delay", w == "at" && v.word(i+1) == "once":
		return !pastVerbBefore(v, max(0, i-3), i)
	}
	return false
}

// countFrom are the words after "immediately" that make it count from an act
// ("immediately after the vote", "immediately upon signing").
var countFrom = map[string]bool{"after": true, "upon": true, "on": true, "following": true, "once": true, "when": true, "before": true, "if": true}

// weekOfMonth reads "in the first week of March" at token i: by the last day of that
// week (the 7th for the first, the month's end for the last).
func weekOfMonth(v *sent, body string, i, to int) *deadlineAt {
	if v.word(i+1) != "the" || v.word(i+3) != "week" || v.word(i+4) != "of" {
		return nil
	}
	n, ok := ordinal(v.word(i + 2))
	last := v.word(i+2) == "last"
	if !last && (!ok || n > 4) {
		return nil
	}
	for _, dm := range v.dates {
		if dm.Tok < i+4 || dm.Tok > i+5 || dm.TokEnd > to || dm.Granularity != text.GranMonth || dm.Value.IsZero() {
			continue
		}
		day := dm.Value.AddDate(0, 0, 7*n-1)
		if last {
			day = text.PeriodEnd(dm.Value, text.GranMonth)
		}
		return &deadlineAt{relative: v.span(body, i, dm.TokEnd), date: day.Format(time.DateOnly), anchor: "absolute"}
	}
	return nil
}
