package text

import (
	"strconv"
	"strings"
	"time"
)

// Granularities and bases of a DateMention.
const (
	GranDay     = "day"
	GranWeek    = "week"
	GranMonth   = "month"
	GranYear    = "year"
	GranUnknown = "unknown"

	BasisExplicit   = "explicit"
	BasisRelative   = "relative"
	BasisUnresolved = "unresolved"
)

// From applies o to the anchor t: it returns t moved by o's signed years,
// months, days and hours. Callers use it for offset mentions ("two days after
// the signing") once they know the anchor's date.
func (o Offset) From(t time.Time) time.Time {
	return t.AddDate(o.Years, o.Months, o.Days).Add(time.Duration(o.Hours) * time.Hour)
}

// FindDates returns the time expressions in s, left to right, resolved against
// the publication date pub. Dates are midnight UTC; a month or year mention has
// the first day of the period as Value, a range ("between 2018 and 2019") has
// the start of its last period as End. With a zero pub, relative expressions
// ("on Monday", "last week", "March 10" without a year) come back with Basis
// "unresolved" and a zero Value. Offsets whose anchor is another clause ("two
// days after", "within 135 days") have Offset set, a zero Value and Basis
// "unresolved". So do anaphors, which count from the latest date the text named
// before them ("that day", "the same week", "the next day", "the following month",
// "a week later", "two days before," with no object); they have Anaphor set too,
// and ResolveAnaphors dates them.
//
// Weekdays resolve to the latest such day on or before pub, or to the next one
// after pub when preceded by "next"/"coming" or by "will"/"shall"/"'ll" in the
// sentence. A month without a year resolves to its occurrence nearest pub,
// ties going to the past unless the sentence speaks of the future. A bare
// four-digit number is a year only between 1900 and 2100 and after a word such
// as "in", "since" or "by".
func FindDates(s Sentence, pub time.Time) []DateMention {
	toks := s.Tokens
	found := false
	for i := range toks {
		if isDateTrigger(toks[i].Lower) {
			found = true
			break
		}
	}
	if !found {
		return nil
	}
	p := dateParser{toks: toks, pub: pub, lastEnd: -1}
	if !pub.IsZero() {
		y, m, d := pub.Date()
		p.day = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	var out []DateMention
	for i := 0; i < len(toks); {
		m, end, ok := p.match(i)
		if !ok {
			i++
			continue
		}
		m.Tok = p.withPrep(i, m)
		m.TokEnd = end
		m.Text = spanText(toks[m.Tok:end])
		out = append(out, m)
		p.lastEnd = end
		i = end
	}
	return mergeRanges(toks, out)
}

type dateParser struct {
	toks    []Token
	pub     time.Time
	day     time.Time // pub's calendar day at midnight UTC, zero when pub is
	lastEnd int
}

func (p *dateParser) lower(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].Lower
}

// withPrep extends a mention left over a preposition that shapes it.
func (p *dateParser) withPrep(i int, m DateMention) int {
	if m.Offset != nil && !m.Anaphor {
		return i
	}
	if i > 0 && datePreps[p.lower(i-1)] && i-1 >= p.lastEnd {
		return i - 1
	}
	return i
}

func (p *dateParser) match(i int) (DateMention, int, bool) {
	w := p.lower(i)
	switch {
	case isDigit(w[0]):
		if m, end, ok := p.offset(i); ok {
			return m, end, true
		}
		if m, end, ok := p.isoOrYearRange(i); ok {
			return m, end, true
		}
		if m, end, ok := p.dayMonth(i); ok {
			return m, end, true
		}
		return p.year(i)
	case w == "yesterday" || w == "today" || w == "tonight" || w == "tomorrow":
		return p.deictic(i)
	case w == "last" || w == "this" || w == "next" || w == "coming" || w == "earlier" || w == "later":
		if m, end, ok := p.period(i); ok {
			return m, end, true
		}
		// "later that day", "earlier the same week"
		if w == "earlier" || w == "later" {
			if m, end, ok := p.thatPeriod(i + 1); ok {
				return m, end, true
			}
			if m, end, ok := p.theDay(i + 1); ok && *m.Offset == (Offset{}) {
				return m, end, true
			}
		}
	case w == "that":
		if m, end, ok := p.thatPeriod(i); ok {
			return m, end, true
		}
	case w == "the":
		if m, end, ok := p.theDay(i); ok {
			return m, end, true
		}
		if m, end, ok := p.dayMonth(i); ok {
			return m, end, true
		}
	case strings.HasPrefix(w, "mid-") || strings.HasPrefix(w, "early-") || strings.HasPrefix(w, "late-"):
		return p.partOf(i)
	}
	if m, end, ok := p.offset(i); ok {
		return m, end, true
	}
	if m, end, ok := p.monthFirst(i); ok {
		return m, end, true
	}
	return p.weekday(i)
}

// future reports whether the sentence speaks of the future before token i. A past
// participle or past verb just before the date ("an accord signed on Monday") is
// the past, whatever the sentence says before it.
func (p *dateParser) future(i int) bool {
	for j := i - 1; j >= max(0, i-3) && j < len(p.toks); j-- {
		if t := p.toks[j].Tag; t == "VBD" || t == "VBN" {
			return false
		}
	}
	for j := 0; j < i && j < len(p.toks); j++ {
		if futureMarkers[p.toks[j].Lower] {
			return true
		}
	}
	return false
}

func utcDate(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func explicit(v time.Time, gran string) DateMention {
	return DateMention{Value: v, Granularity: gran, Basis: BasisExplicit}
}

// relative returns a mention resolved from pub by f, or an unresolved one.
func (p *dateParser) relative(gran string, f func(day time.Time) time.Time) DateMention {
	if p.day.IsZero() {
		return DateMention{Granularity: gran, Basis: BasisUnresolved}
	}
	return DateMention{Value: f(p.day), Granularity: gran, Basis: BasisRelative}
}

func yearOf(w string) (int, bool) {
	if len(w) != 4 || !isDigit(w[0]) || !isDigit(w[1]) || !isDigit(w[2]) || !isDigit(w[3]) {
		return 0, false
	}
	y, _ := strconv.Atoi(w)
	return y, y >= 1900 && y <= 2100
}

func dayOf(w string) (int, bool) {
	w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "th"), "st"), "nd"), "rd")
	if len(w) == 0 || len(w) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(w)
	if err != nil || d < 1 || d > 31 {
		return 0, false
	}
	return d, true
}

// month reads a month name at i; lower-case "march" and "may" are verbs.
func (p *dateParser) month(i int) (time.Month, bool) {
	if i >= len(p.toks) {
		return 0, false
	}
	if t := p.toks[i].Text; t == "" || t[0] < 'A' || t[0] > 'Z' {
		return 0, false
	}
	if !monthShapes.may(p.toks[i].Lower) {
		return 0, false
	}
	m, ok := monthNames[p.toks[i].Lower]
	return m, ok
}

func validDay(y int, m time.Month, d int) bool {
	return utcDate(y, m, d).Day() == d
}

// monthFirst reads "March 10", "February 29, 2020", "September 2019" and a
// month alone after a date word ("in September").
func (p *dateParser) monthFirst(i int) (DateMention, int, bool) {
	mon, ok := p.month(i)
	if !ok {
		return DateMention{}, 0, false
	}
	if d, ok := dayOf(p.lower(i + 1)); ok {
		j := i + 2
		if p.lower(j) == "," {
			j++
		}
		if y, ok := yearOf(p.lower(j)); ok {
			if !validDay(y, mon, d) {
				return DateMention{}, 0, false
			}
			return explicit(utcDate(y, mon, d), GranDay), j + 1, true
		}
		if !validDay(2000, mon, d) {
			return DateMention{}, 0, false
		}
		if m, ok := p.namedYear(i+2, mon, d); ok {
			return m, i + 4, true
		}
		return p.monthDay(i, mon, d), i + 2, true
	}
	if y, ok := yearOf(p.lower(i + 1)); ok {
		return explicit(utcDate(y, mon, 1), GranMonth), i + 2, true
	}
	if p.lower(i+1) == "of" {
		if y, ok := yearOf(p.lower(i + 2)); ok {
			return explicit(utcDate(y, mon, 1), GranMonth), i + 3, true
		}
	}
	prev := p.lower(i - 1)
	if mon == time.May && !datePreps[prev] && prev != "next" && prev != "last" {
		return DateMention{}, 0, false
	}
	if datePreps[prev] || prev == "last" || prev == "next" || prev == "this" || i == 0 || prev == "," || prev == "and" {
		return p.monthOnly(i, mon, prev), i + 1, true
	}
	return DateMention{}, 0, false
}

// dayMonth reads "10 March", "29 February 2020" and "the 10th of March".
func (p *dateParser) dayMonth(i int) (DateMention, int, bool) {
	j := i
	if p.lower(j) == "the" {
		j++
	}
	d, ok := dayOf(p.lower(j))
	if !ok {
		return DateMention{}, 0, false
	}
	k := j + 1
	if p.lower(k) == "of" {
		k++
	}
	mon, ok := p.month(k)
	if !ok || (j > i || k > j+1) && !strings.ContainsAny(p.lower(j), "htsr") {
		return DateMention{}, 0, false
	}
	if y, ok := yearOf(p.lower(k + 1)); ok {
		if !validDay(y, mon, d) {
			return DateMention{}, 0, false
		}
		return explicit(utcDate(y, mon, d), GranDay), k + 2, true
	}
	if !validDay(2000, mon, d) {
		return DateMention{}, 0, false
	}
	if m, ok := p.namedYear(k+1, mon, d); ok {
		return m, k + 3, true
	}
	return p.monthDay(i, mon, d), k + 1, true
}

// namedYear reads "next year", "last year" or "this year" at j after a day of a month
// ("by June 30 next year"): the year counts from pub's, not the nearest occurrence.
func (p *dateParser) namedYear(j int, mon time.Month, d int) (DateMention, bool) {
	dir, ok := map[string]int{"last": -1, "this": 0, "next": 1}[p.lower(j)]
	if !ok || p.lower(j+1) != "year" {
		return DateMention{}, false
	}
	return p.relative(GranDay, func(day time.Time) time.Time {
		y := day.Year() + dir
		if !validDay(y, mon, d) {
			return utcDate(y, mon, 28)
		}
		return utcDate(y, mon, d)
	}), true
}

// monthDay resolves a day of a month without a year to the occurrence nearest pub.
func (p *dateParser) monthDay(i int, mon time.Month, d int) DateMention {
	fut := p.future(i)
	return p.relative(GranDay, func(day time.Time) time.Time {
		var best time.Time
		bestDist := time.Duration(1 << 62)
		for y := day.Year() - 1; y <= day.Year()+1; y++ {
			if !validDay(y, mon, d) {
				continue
			}
			c := utcDate(y, mon, d)
			dist := c.Sub(day)
			if dist < 0 {
				dist = -dist
			}
			if dist < bestDist || dist == bestDist && fut && c.After(day) {
				best, bestDist = c, dist
			}
		}
		if best.IsZero() {
			best = utcDate(day.Year(), mon, 28)
		}
		return best
	})
}

// monthOnly resolves a month without a year.
func (p *dateParser) monthOnly(i int, mon time.Month, prev string) DateMention {
	fut := p.future(i)
	return p.relative(GranMonth, func(day time.Time) time.Time {
		cur := day.Year()*12 + int(day.Month()) - 1
		best := 0
		for y := day.Year() - 1; y <= day.Year()+1; y++ {
			c := y*12 + int(mon) - 1
			switch {
			case prev == "last" && c >= cur, prev == "next" && c <= cur:
				continue
			}
			if best == 0 || absInt(c-cur) < absInt(best-cur) || absInt(c-cur) == absInt(best-cur) && fut && c > cur {
				best = c
			}
		}
		return utcDate(best/12, time.Month(best%12+1), 1)
	})
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// isoOrYearRange reads "2020-02-29" and "2018-2019".
func (p *dateParser) isoOrYearRange(i int) (DateMention, int, bool) {
	w := p.lower(i)
	// parts is strings.Split(w, "-") when it has two or three parts.
	var parts []string
	switch strings.Count(w, "-") {
	case 1:
		a, b, _ := strings.Cut(w, "-")
		parts = []string{a, b}
	case 2:
		a, rest, _ := strings.Cut(w, "-")
		b, c, _ := strings.Cut(rest, "-")
		parts = []string{a, b, c}
	}
	switch len(parts) {
	case 3:
		y, ok := yearOf(parts[0])
		if !ok || len(parts[1]) != 2 || len(parts[2]) != 2 {
			return DateMention{}, 0, false
		}
		mo, err1 := strconv.Atoi(parts[1])
		d, err2 := strconv.Atoi(parts[2])
		if err1 != nil || err2 != nil || mo < 1 || mo > 12 || d < 1 || !validDay(y, time.Month(mo), d) {
			return DateMention{}, 0, false
		}
		return explicit(utcDate(y, time.Month(mo), d), GranDay), i + 1, true
	case 2:
		y1, ok1 := yearOf(parts[0])
		y2, ok2 := yearOf(parts[1])
		if !ok1 || !ok2 || y2 <= y1 {
			return DateMention{}, 0, false
		}
		m := explicit(utcDate(y1, 1, 1), GranYear)
		m.End = utcDate(y2, 1, 1)
		return m, i + 1, true
	}
	return DateMention{}, 0, false
}

// year reads a bare year in a date context ("in 2001", "and 2019" after a date).
func (p *dateParser) year(i int) (DateMention, int, bool) {
	y, ok := yearOf(p.lower(i))
	if !ok {
		return DateMention{}, 0, false
	}
	prev := p.lower(i - 1)
	listed := (prev == "and" || prev == "or" || prev == "," || prev == "to") && p.lastEnd == i-1
	if !yearContext[prev] && !listed {
		return DateMention{}, 0, false
	}
	if i+1 < len(p.toks) && (dateUnits[p.lower(i+1)] != "" || p.toks[i+1].Tag == "NNS" && prev != "in" && prev != "since") {
		return DateMention{}, 0, false
	}
	return explicit(utcDate(y, 1, 1), GranYear), i + 1, true
}

// partOf reads "mid-2021", "late-2019" and "mid-March".
func (p *dateParser) partOf(i int) (DateMention, int, bool) {
	_, rest, _ := strings.Cut(p.lower(i), "-")
	if y, ok := yearOf(rest); ok {
		return explicit(utcDate(y, 1, 1), GranYear), i + 1, true
	}
	mon, ok := monthNames[rest]
	if !ok {
		return DateMention{}, 0, false
	}
	if y, ok := yearOf(p.lower(i + 1)); ok {
		return explicit(utcDate(y, mon, 1), GranMonth), i + 2, true
	}
	return p.monthOnly(i, mon, ""), i + 1, true
}

func (p *dateParser) deictic(i int) (DateMention, int, bool) {
	days := map[string]int{"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[p.lower(i)]
	end := i + 1
	switch p.lower(end) {
	case "morning", "afternoon", "evening", "night":
		end++
	}
	return p.relative(GranDay, func(day time.Time) time.Time { return day.AddDate(0, 0, days) }), end, true
}

// period reads "last week", "this month", "next year", "earlier this month",
// "last night" and "this morning".
func (p *dateParser) period(i int) (DateMention, int, bool) {
	j := i
	if w := p.lower(j); w == "earlier" || w == "later" {
		j++
		if p.lower(j) != "this" {
			return DateMention{}, 0, false
		}
	}
	dir := map[string]int{"last": -1, "this": 0, "next": 1, "coming": 1}[p.lower(j)]
	if p.lower(j) == "this" && p.lower(j+1) == "coming" {
		j++
	}
	unit := p.lower(j + 1)
	switch unit {
	case "week":
		return p.relative(GranWeek, func(day time.Time) time.Time {
			back := (int(day.Weekday()) + 6) % 7
			return day.AddDate(0, 0, -back+7*dir)
		}), j + 2, true
	case "month":
		return p.relative(GranMonth, func(day time.Time) time.Time {
			return utcDate(day.Year(), day.Month()+time.Month(dir), 1)
		}), j + 2, true
	case "year":
		return p.relative(GranYear, func(day time.Time) time.Time {
			return utcDate(day.Year()+dir, 1, 1)
		}), j + 2, true
	case "night", "morning", "afternoon", "evening":
		if dir == 1 {
			return DateMention{}, 0, false
		}
		return p.relative(GranDay, func(day time.Time) time.Time { return day.AddDate(0, 0, dir) }), j + 2, true
	}
	return DateMention{}, 0, false
}

// theDay reads the anaphors "the next day", "the following week", "the previous
// month", "the same day" and "the day before". "Over the next month" is a span from
// the publication date, and "the day before the vote" counts from a clause: neither
// is read here.
func (p *dateParser) theDay(i int) (DateMention, int, bool) {
	w1, w2 := p.lower(i+1), p.lower(i+2)
	switch w1 {
	case "next", "following", "previous", "preceding":
		gran, ok := calendarUnits[w2]
		if !ok || w1 == "next" && gran != GranDay && spanWords[p.lower(i-1)] {
			return DateMention{}, 0, false
		}
		n := 1
		if w1 == "previous" || w1 == "preceding" {
			n = -1
		}
		return anaphorMention(unitOffset(n, gran), gran), i + 3, true
	case "same", "very":
		if gran, ok := calendarUnits[w2]; ok {
			return anaphorMention(Offset{}, gran), i + 3, true
		}
		return DateMention{}, 0, false
	}
	if gran, ok := calendarUnits[w1]; ok && (w2 == "before" || w2 == "after") && !p.startsNP(i+3) {
		n := 1
		if w2 == "before" {
			n = -1
		}
		return anaphorMention(unitOffset(n, gran), gran), i + 3, true
	}
	return DateMention{}, 0, false
}

// thatPeriod reads "that day", "that same week", "that night" and "that year": the
// period of the latest date the text named.
func (p *dateParser) thatPeriod(i int) (DateMention, int, bool) {
	if p.lower(i) != "that" {
		return DateMention{}, 0, false
	}
	j := i + 1
	if w := p.lower(j); w == "same" || w == "very" {
		j++
	}
	gran, ok := calendarUnits[p.lower(j)]
	// "said that night raids had grown": the unit modifies a noun.
	if !ok || j+1 < len(p.toks) && (p.toks[j+1].Tag == "NN" || p.toks[j+1].Tag == "NNS") {
		return DateMention{}, 0, false
	}
	return anaphorMention(Offset{}, gran), j + 1, true
}

// PeriodEnd is the last day of the period of granularity gran that begins on v
// ("July 2020" ends on July 31): v itself for a day or an unknown granularity.
func PeriodEnd(v time.Time, gran string) time.Time {
	switch gran {
	case GranWeek, GranMonth, GranYear:
		o := unitOffset(1, gran)
		return v.AddDate(o.Years, o.Months, o.Days-1)
	}
	return v
}

// unitOffset is n calendar units of granularity gran.
func unitOffset(n int, gran string) Offset {
	switch gran {
	case GranWeek:
		return Offset{Days: 7 * n}
	case GranMonth:
		return Offset{Months: n}
	case GranYear:
		return Offset{Years: n}
	}
	return Offset{Days: n}
}

func anaphorMention(o Offset, gran string) DateMention {
	m := offsetMention(o, gran)
	m.Anaphor = true
	return m
}

// countedGranularity is the precision of a date counted from a day: "a month later"
// is still a day, "three months later" only a month.
func countedGranularity(o Offset) string {
	if o.Days == 0 && o.Hours == 0 && absInt(o.Months+12*o.Years) >= 2 {
		if o.Months == 0 {
			return GranYear
		}
		return GranMonth
	}
	return GranDay
}

// startsNP reports whether token i begins a noun phrase, as in "the day before
// the vote", where "before" is a preposition rather than an adverb.
func (p *dateParser) startsNP(i int) bool {
	if i >= len(p.toks) {
		return false
	}
	switch p.toks[i].Tag {
	case "DT", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD":
		return true
	}
	return false
}

// clauseEnds reports whether token i ends the sentence or a clause, so that an
// "after" or "before" before it has no object.
func (p *dateParser) clauseEnds(i int) bool {
	switch p.lower(i) {
	case "", ",", ".", ";", ":", "and", "but", "!", "?", "-", "–", "—":
		return true
	}
	return false
}

func offsetMention(o Offset, gran string) DateMention {
	return DateMention{Granularity: gran, Basis: BasisUnresolved, Offset: &o}
}

// offset reads "two days after", "less than 24 hours after", "a week later",
// "three days before", "hours after", "within 135 days", "18 years ago".
func (p *dateParser) offset(i int) (DateMention, int, bool) {
	j := i
	within := false
	switch w := p.lower(j); {
	case w == "within":
		within = true
		j++
	case (w == "less" || w == "more" || w == "fewer") && p.lower(j+1) == "than":
		j += 2
	case qualifierShapes.may(w) && offsetQualifiers[w]:
		j++
	}
	n := 1.0
	if w := p.lower(j); w == "a" || w == "an" {
		j++
	} else if (w == "hours" || w == "days" || w == "weeks" || w == "months" || w == "years") && !within {
		if p.lower(j+1) == "ago" {
			return DateMention{}, 0, false
		}
	} else if !mayStartNumber(w) {
		return DateMention{}, 0, false
	} else {
		var buf [4]string
		words := buf[:0]
		for k := j; k < len(p.toks) && k < j+4; k++ {
			words = append(words, p.toks[k].Lower)
		}
		v, used, ok := ParseNumber(words)
		if !ok || v <= 0 || v > 10000 {
			return DateMention{}, 0, false
		}
		n = v
		j += used
	}
	unit := p.lower(j)
	gran, ok := dateUnits[unit]
	if !ok {
		return DateMention{}, 0, false
	}
	dir := p.lower(j + 1)
	sign := 0
	switch {
	case within:
		sign = 1
	case (dir == "later" || dir == "earlier") && p.lower(j+2) == "than":
		return DateMention{}, 0, false // "a week later than planned"
	case dir == "later" || dir == "earlier":
		// "two days later": counted from the latest date the text named.
		sign = 1
		if dir == "earlier" {
			sign = -1
		}
		o, _ := PeriodOf(int(n)*sign, unit)
		return anaphorMention(o, countedGranularity(o)), j + 2, true
	case (dir == "after" || dir == "before") && p.clauseEnds(j+2):
		// "two days before, rebels had shelled the town": no clause to count from.
		sign = 1
		if dir == "before" {
			sign = -1
		}
		o, _ := PeriodOf(int(n)*sign, unit)
		return anaphorMention(o, countedGranularity(o)), j + 2, true
	case dir == "after":
		sign = 1
	case dir == "before":
		sign = -1
	case dir == "prior" && p.lower(j+2) == "to":
		sign = -1
	case dir == "ago":
		return p.ago(int(n), unit, gran), j + 2, true
	default:
		return DateMention{}, 0, false
	}
	o, _ := PeriodOf(int(n)*sign, unit)
	end := j + 2
	if within {
		end = j + 1
	}
	return offsetMention(o, gran), end, true
}

// PeriodOf is n units of time ("hour", "days", "week", "months", "year") as an
// Offset; ok is false for any other unit.
func PeriodOf(n int, unit string) (o Offset, ok bool) {
	switch strings.TrimSuffix(unit, "s") {
	case "hour":
		return Offset{Hours: n}, true
	case "day":
		return Offset{Days: n}, true
	case "week":
		return Offset{Days: 7 * n}, true
	case "month":
		return Offset{Months: n}, true
	case "year":
		return Offset{Years: n}, true
	}
	return Offset{}, false
}

// ago resolves "18 years ago" and "two days ago" from pub.
func (p *dateParser) ago(n int, unit, gran string) DateMention {
	o, _ := PeriodOf(-n, unit)
	return p.relative(gran, func(day time.Time) time.Time {
		t := o.From(day)
		switch gran {
		case GranYear:
			return utcDate(t.Year(), 1, 1)
		case GranMonth:
			return utcDate(t.Year(), t.Month(), 1)
		}
		y, m, d := t.Date()
		return utcDate(y, m, d)
	})
}

// weekday reads "Monday", "on Monday", "last Friday", "next Tuesday".
func (p *dateParser) weekday(i int) (DateMention, int, bool) {
	j := i
	mod := ""
	switch w := p.lower(j); w {
	case "last", "next", "coming", "this", "past":
		mod = w
		j++
		if w == "this" && p.lower(j) == "coming" {
			mod = "coming"
			j++
		}
	}
	if j >= len(p.toks) {
		return DateMention{}, 0, false
	}
	if t := p.toks[j].Text; t == "" || t[0] < 'A' || t[0] > 'Z' {
		return DateMention{}, 0, false
	}
	if !weekdayShapes.may(p.toks[j].Lower) {
		return DateMention{}, 0, false
	}
	wd, ok := weekdayNames[p.toks[j].Lower]
	if !ok {
		return DateMention{}, 0, false
	}
	end := j + 1
	switch p.lower(end) {
	case "morning", "afternoon", "evening", "night":
		end++
	}
	forward := mod == "next" || mod == "coming" || mod == "" && p.future(i)
	if mod == "this" {
		forward = p.future(i)
	}
	strict := mod == "last" || mod == "past"
	return p.relative(GranDay, func(day time.Time) time.Time {
		diff := int(wd) - int(day.Weekday())
		if forward {
			if diff <= 0 {
				diff += 7
			}
			return day.AddDate(0, 0, diff)
		}
		if diff > 0 || strict && diff == 0 {
			diff -= 7
		}
		return day.AddDate(0, 0, diff)
	}), end, true
}

// mergeRanges joins "between X and Y", "from X to Y" and "X-Y" into one mention.
func mergeRanges(toks []Token, ms []DateMention) []DateMention {
	if len(ms) < 2 {
		return ms
	}
	out := ms[:0:0]
	for k := 0; k < len(ms); k++ {
		a := ms[k]
		if k+1 < len(ms) && a.Offset == nil && ms[k+1].Offset == nil {
			b := ms[k+1]
			first := toks[a.Tok].Lower
			link := ""
			if b.Tok == a.TokEnd+1 {
				link = toks[a.TokEnd].Lower
			} else if b.Tok == a.TokEnd {
				link = toks[b.Tok].Lower
			}
			isRange := first == "between" && link == "and" ||
				first == "from" && (link == "to" || link == "until" || link == "through") ||
				(link == "-" || link == "–" || link == "through") && a.Granularity == b.Granularity
			if isRange && !b.Value.IsZero() == !a.Value.IsZero() {
				a.TokEnd = b.TokEnd
				a.End = b.Value
				a.Text = spanText(toks[a.Tok:a.TokEnd])
				if a.Basis == BasisExplicit && b.Basis != BasisExplicit {
					a.Basis = b.Basis
				}
				out = append(out, a)
				k++
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// spanText rebuilds the text of adjacent tokens, one space where they had a gap.
func spanText(toks []Token) string {
	if len(toks) == 1 {
		return toks[0].Text
	}
	n := 0
	for i, t := range toks {
		if i > 0 && toks[i-1].End != t.Start {
			n++
		}
		n += len(t.Text)
	}
	var b strings.Builder
	b.Grow(n)
	for i, t := range toks {
		if i > 0 && toks[i-1].End != t.Start {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}
