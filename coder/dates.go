package coder

import (
	"slices"
	"strings"
	"time"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// dateFor picks the event's date: a time expression of its clause, an offset from
// another clause's date ("two days after ..."), or the publication date.
func (s *sent) dateFor(t *trigger, dates []text.DateMention) event.Date {
	var best *text.DateMention
	dist := 1 << 30
	// "agreed to a ceasefire that will take effect on August 3": a future event is
	// dated by when it is to start.
	if t.modality == event.Future {
		for i := range dates {
			if d := &dates[i]; d.Offset == nil && !d.Value.IsZero() && d.Tok > t.tok && s.startsAt(d.Tok) && !text.LowerHasPrefix(d.Text, "since") {
				return event.Date{Value: s.formatDate(d.Value, d.Granularity), Granularity: d.Granularity, Basis: d.Basis}
			}
			if date, ok := s.startsAfter(t, &dates[i], dates); ok {
				return date
			}
		}
	}
	for i := range dates {
		d := &dates[i]
		// "since 2016" measures a span, it does not date the event.
		if d.Offset != nil || s.quote[t.tok] >= 0 && s.quote[d.Tok] != s.quote[t.tok] || text.LowerHasPrefix(d.Text, "since") || t.modality != event.Future && s.futureBetween(t.tok, d.Tok) {
			continue
		}
		if s.ownsDate(t, d) {
			best = d
			break
		}
		if n, ok := s.dateDistance(d, t); ok && n < dist && !s.separated(d, t) {
			best, dist = d, n
		}
	}
	// "X said on Saturday that its fighters had captured Bakhmut": with no date of its
	// own, reported speech is dated by when it was said, unless it is still to come.
	if best == nil && s.quote[t.tok] >= 0 && t.modality != event.Future && t.modality != event.Conditional {
		for i := range dates {
			d := &dates[i]
			if d.Offset == nil && s.quote[d.Tok] < 0 && !text.LowerHasPrefix(d.Text, "since") && !s.separated(d, t) {
				if n, ok := s.dateDistance(d, t); ok && n < dist {
					best, dist = d, n
				}
			}
		}
	}
	for i := range dates {
		d := &dates[i]
		if d.Offset == nil {
			continue
		}
		if date, ok := s.offsetDate(t, d, dates); ok {
			return date
		}
	}
	if best != nil {
		if best.Value.IsZero() {
			return event.Date{Granularity: best.Granularity, Basis: event.BasisUnresolved}
		}
		d := event.Date{Value: s.formatDate(best.Value, best.Granularity), Granularity: best.Granularity, Basis: best.Basis}
		if !best.End.IsZero() {
			end := s.formatDate(best.End, best.Granularity)
			d.End = &end
		}
		return d
	}
	if s.withinHours() && t.modality == event.Asserted && !s.lastFact.IsZero() && s.recentDate().Equal(s.lastFact) {
		return event.Date{Value: s.format(s.lastFact, "2006-01-02"), Granularity: "day", Basis: event.BasisRelative}
	}
	if s.pub.IsZero() {
		return event.Date{Granularity: "unknown", Basis: event.BasisUnresolved}
	}
	return event.Date{Value: s.format(s.pub, "2006-01-02"), Granularity: "day", Basis: event.BasisPublication}
}

// futureBetween reports whether a future auxiliary ("will", "shall") stands between
// the trigger at t and a date after it at d: the date is the time of what is still
// to be done, not of the act told ("the declaration signed by the two leaders says
// that troops will be withdrawn no later than February 25").
func (s *sent) futureBetween(t, d int) bool {
	for k := t + 1; k < d && k < len(s.lower); k++ {
		if w := s.lower[k]; w == "will" || w == "shall" || w == "'ll" {
			return true
		}
	}
	return false
}

// datesOf returns the time expressions of sentence i, with its anaphors ("that
// day", "the next day", "a week later") dated from the latest date the article
// named before them. Earlier sentences are read only for a sentence with an
// anaphor, and each of them once.
func (d *doc) datesOf(i int) []text.DateMention {
	if d.read != nil && d.read[i] {
		return d.dates[i]
	}
	s := &d.sents[i]
	ms := d.td.Dates(s.sentence(), d.pub)
	for _, m := range ms {
		if m.Anaphor && m.Offset != nil {
			if d.read == nil {
				d.dates, d.read = make([][]text.DateMention, len(d.sents)), make([]bool, len(d.sents))
			}
			ms = slices.Clone(ms) // the document's are shared
			text.ResolveAnaphors(ms, d.anchorBefore(i))
			break
		}
	}
	if d.read != nil {
		d.dates[i], d.read[i] = ms, true
	}
	return ms
}

// anchorBefore is the latest date named in the sentences before i, or the zero
// mention.
func (d *doc) anchorBefore(i int) text.DateMention {
	for j := i - 1; j >= 0; j-- {
		if a, ok := text.LastAnchor(d.datesOf(j)); ok {
			return a
		}
	}
	return text.DateMention{}
}

// startsAfter dates a future event by an offset after its start word: "a ceasefire
// that is to begin 48 hours after the signing" counts from the sentence's date
// before the offset (the day it was agreed), or else from the article's latest
// event when recent, or the publication date.
func (s *sent) startsAfter(t *trigger, d *text.DateMention, dates []text.DateMention) (event.Date, bool) {
	if d.Offset == nil || d.Anaphor || d.Tok <= t.tok || !s.startsAt(d.Tok) || !text.LowerHasSuffix(d.Text, "after") {
		return event.Date{}, false
	}
	anchor := s.recentDate()
	for k := range dates {
		if a := &dates[k]; a.Offset == nil && !a.Value.IsZero() && a.TokEnd <= d.Tok && a.Granularity == text.GranDay && !text.LowerHasPrefix(a.Text, "since") {
			anchor = a.Value
		}
	}
	if anchor.IsZero() {
		return event.Date{}, false
	}
	return event.Date{Value: s.format(d.Offset.From(anchor), "2006-01-02"), Granularity: "day", Basis: event.BasisRelative}, true
}

// ownsDate reports whether date d is part of noun trigger t's own phrase: "charged
// Machar on Thursday over an attack on a base in Nasir in March" dates the attack
// by March, not by the day of the charge. Only words of a noun phrase, no verb or
// comma, lie between the noun and the date.
func (s *sent) ownsDate(t *trigger, d *text.DateMention) bool {
	if !t.pat.Noun || d.Tok < t.end {
		return false
	}
	for k := t.end; k < d.Tok; k++ {
		if tag := s.toks[k].Tag; strings.HasPrefix(tag, "VB") || tag == "MD" || s.lower[k] == "," || s.lower[k] == ";" {
			return false
		}
	}
	return true
}

// dateDistance is how far date d lies from trigger t, in tokens, counting a date
// in another coordinated clause as farther than any of the trigger's own clause.
// It reports false when d cannot be the event's time: a date on the other side of
// the publication date in another clause (still to come for an event that has
// happened, or past for one still to come), or the date of a later clause about
// another kind of event: in "the talks began on that day, and a second round is due
// next month" the talks keep "that day", and in "fighting spread to Gondar, and the
// government declared an emergency on Friday" the fighting has no date. An earlier
// clause's date carries forward ("Zelensky visited Washington on Wednesday, and
// Biden hosted him"), and so does a later one over a parallel clause ("Russia freed
// 15 prisoners, and Belarus freed a German on Thursday").
func (s *sent) dateDistance(d *text.DateMention, t *trigger) (int, bool) {
	n := abs(d.Tok - t.tok)
	if !s.coordinatedBetween(min(d.Tok, t.tok), max(d.Tok, t.tok)) {
		return n, true
	}
	if s.tenseClash(d, t) || d.Tok > t.tok && !s.parallel(t, d) {
		return 0, false
	}
	return n + len(s.lower), true
}

// parallel reports whether the clause of date d, coordinated after t's, has an
// event of t's kind: the same verb or the same CAMEO root.
func (s *sent) parallel(t *trigger, d *text.DateMention) bool {
	for i := range s.trig {
		o := &s.trig[i]
		if o == t || o.code == "-" || o.tok <= t.tok || s.coordinatedBetween(min(o.tok, d.Tok), max(o.tok, d.Tok)) {
			continue
		}
		if o.pat.Lemma == t.pat.Lemma || len(o.code) >= 2 && len(t.code) >= 2 && o.code[:2] == t.code[:2] {
			return true
		}
	}
	return false
}

// coordinatedBetween reports whether tokens i to j span the boundary of two
// coordinated clauses: a semicolon, "but", "whereas", or a comma before "and",
// "or", "while" or "yet".
func (s *sent) coordinatedBetween(i, j int) bool {
	for k := max(i, 0); k < j && k < len(s.lower); k++ {
		switch s.lower[k] {
		case ";", "but", "whereas":
			return true
		case ",":
			switch s.lower[min(k+1, len(s.lower)-1)] {
			case "and", "or", "while", "yet":
				return true
			}
		}
	}
	return false
}

// tenseClash reports whether date d lies on the wrong side of the publication date
// for t: after it for an event that happened (asserted, negated, denied, refused,
// requested), wholly before it for one that is to come (future, conditional,
// hypothetical).
func (s *sent) tenseClash(d *text.DateMention, t *trigger) bool {
	if s.pub.IsZero() || d.Value.IsZero() {
		return false
	}
	y, m, dd := s.pub.Date()
	pub := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	switch t.modality {
	case event.Future, event.Conditional, event.Hypothetical:
		return periodEnd(d).Before(pub)
	}
	return d.Value.After(pub)
}

// periodEnd is the last day of the period d names.
func periodEnd(d *text.DateMention) time.Time {
	v := d.Value
	if !d.End.IsZero() {
		v = d.End
	}
	return text.PeriodEnd(v, d.Granularity)
}

// separated reports whether date d lies in another clause than trigger t, with a
// trigger of its own closer to it.
func (s *sent) separated(d *text.DateMention, t *trigger) bool {
	for i := range s.trig {
		o := &s.trig[i]
		if o == t || o.code == "-" || len(o.src) == 0 {
			continue
		}
		if abs(o.tok-d.Tok) < abs(t.tok-d.Tok) && s.clauseBetween(min(d.Tok, t.tok), max(d.Tok, t.tok)) {
			return true
		}
	}
	return false
}

// clauseBetween reports whether a clause with a time of its own lies between
// tokens i and j. "After", "before" and "since" open one only when a verb follows
// them ("his first trip abroad since the invasion" does not); "until" shares the
// time of its main clause ("protested on Wednesday until fighters dispersed them").
func (s *sent) clauseBetween(i, j int) bool {
	for k := max(i, 0); k < j && k < len(s.lower); k++ {
		switch s.lower[k] {
		case "after", "before", "since":
			if s.verbFollows(k+1, j+1) {
				return true
			}
		case "when", "while", ";", "but":
			return true
		}
	}
	return false
}

// verbFollows reports whether a verb comes at or after token i, before j or the
// next comma.
func (s *sent) verbFollows(i, j int) bool {
	for k := i; k < j && k < len(s.toks) && s.lower[k] != ","; k++ {
		if strings.HasPrefix(s.toks[k].Tag, "VB") || s.toks[k].Tag == "MD" {
			return true
		}
	}
	return false
}

func (s *sent) hasBoundaryBetween(i, j int) bool {
	for k := max(i, 0); k < j && k < len(s.lower); k++ {
		switch s.lower[k] {
		case "after", "before", "since", "until", "when", "while", ";", "but":
			return true
		}
	}
	return false
}

// offsetDate dates a trigger through an offset expression. "two days after the deal
// was signed": the clause after the expression happened that long before the date of
// the rest of the sentence. "a week later": that long after the article's last date.
func (s *sent) offsetDate(t *trigger, d *text.DateMention, dates []text.DateMention) (event.Date, bool) {
	words := strings.ToLower(d.Text)
	var anchor time.Time
	switch {
	case !d.Anaphor && (strings.Contains(words, "after") || strings.Contains(words, "before")):
		if t.tok < d.TokEnd || s.hasBoundaryBetween(d.TokEnd, t.tok) || s.commaBetween(d.TokEnd, t.tok) {
			return event.Date{}, false
		}
		anchor = s.pub
		if s.cameAfter(d.Tok) {
			anchor = s.recentDate()
		}
		for k := range dates {
			if a := &dates[k]; a.Offset == nil && !a.Value.IsZero() && (a.TokEnd <= d.Tok || a.Tok >= t.objEnd) {
				anchor = a.Value
				break
			}
		}
		if anchor.IsZero() {
			return event.Date{}, false
		}
		back := text.Offset{Years: -d.Offset.Years, Months: -d.Offset.Months, Days: -d.Offset.Days, Hours: -d.Offset.Hours}
		// "three months after Congo and Rwanda signed": as precise as the offset ("a
		// month after" stays a day).
		gran := "day"
		if d.Offset.Days == 0 && d.Offset.Hours == 0 && d.Offset.Months+12*d.Offset.Years >= 2 {
			gran = "month"
			if d.Offset.Months == 0 {
				gran = "year"
			}
		}
		return event.Date{Value: s.formatDate(back.From(anchor), gran), Granularity: gran, Basis: event.BasisRelative}, true
	case strings.Contains(words, "later") || strings.Contains(words, "following") || strings.Contains(words, "next"):
		if s.lastDate.IsZero() || abs(d.Tok-t.tok) > 12 {
			return event.Date{}, false
		}
		return event.Date{Value: s.format(d.Offset.From(s.lastDate), "2006-01-02"), Granularity: "day", Basis: event.BasisRelative}, true
	}
	return event.Date{}, false
}

// startsAt reports whether the date at token i is when something starts: "take effect
// on", "starting on", "to begin on", "from".
func (s *sent) startsAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch s.lower[k] {
		case "effect", "begin", "begins", "start", "starts", "starting", "beginning":
			return true
		case "from":
			return k == i-1
		}
	}
	return false
}

// recentDate is the anchor of an offset in a sentence with no date of its own ("the
// strikes came two days after Moscow pulled out"): the date of the article's latest
// event when it is recent, else the publication date.
func (s *sent) recentDate() time.Time {
	if !s.lastFact.IsZero() && !s.pub.IsZero() && !s.lastFact.After(s.pub) && s.pub.Sub(s.lastFact) <= 14*24*time.Hour {
		return s.lastFact
	}
	return s.pub
}

// cameAfter reports whether the offset at token i dates something by the article's
// latest event: "the strikes came two days after ...", "it followed ...".
func (s *sent) cameAfter(i int) bool {
	for k := max(i-3, 0); k < i; k++ {
		switch s.lower[k] {
		case "came", "comes", "followed", "follows":
			return true
		}
	}
	return false
}

// withinHours reports whether the sentence says its event followed the article's last
// one within hours or on the same day ("Israel responded within hours").
func (s *sent) withinHours() bool {
	for k := 0; k+1 < len(s.lower); k++ {
		w, n := s.lower[k], s.lower[k+1]
		if (w == "within" || w == "in") && (n == "hours" || n == "minutes") || w == "same" && n == "day" || w == "later" && n == "that" {
			return true
		}
	}
	return false
}

func (s *sent) commaBetween(i, j int) bool {
	for k := max(i, 0); k < j && k < len(s.lower); k++ {
		if s.lower[k] == "," {
			return true
		}
	}
	return false
}

func (d *doc) formatDate(t time.Time, granularity string) string {
	switch granularity {
	case "year":
		return d.format(t, "2006")
	case "month":
		return d.format(t, "2006-01")
	}
	return d.format(t, "2006-01-02")
}

// formatted is a time written in a layout.
type formatted struct {
	t      time.Time
	layout string
	s      string
}

// format is t.Format(layout), remembered for the last few times: an article's
// events mostly fall on a few days.
func (d *doc) format(t time.Time, layout string) string {
	for i := range d.formats {
		if f := &d.formats[i]; f.layout == layout && f.t == t {
			return f.s
		}
	}
	s := t.Format(layout)
	d.formats[d.nextFormat] = formatted{t, layout, s}
	d.nextFormat = (d.nextFormat + 1) % len(d.formats)
	return s
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
