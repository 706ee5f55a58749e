package text

import "time"

// ResolveFrom dates the anaphor m from ref, the latest date the text named before
// it: "that day" is ref's day, "the following week" the week after ref's, "two days
// later" ref's day plus two. A range counts from its end. The result has Basis
// relative and no Offset, and keeps m's span and Anaphor. When ref is coarser than
// m, the result takes ref's granularity if m's distance is whole periods of it
// ("in March ... that day" is March); otherwise ("in March ... two days later")
// ResolveFrom reports false, as it does when m is no anaphor or ref has no date.
func (m DateMention) ResolveFrom(ref DateMention) (DateMention, bool) {
	if !m.Anaphor || m.Offset == nil || !ref.anchors() || ref.Value.IsZero() {
		return m, false
	}
	at := ref.Value
	if !ref.End.IsZero() {
		at = ref.End
	}
	o, gran := *m.Offset, m.Granularity
	if granRank(ref.Granularity) > granRank(gran) {
		if !wholePeriods(o, ref.Granularity) {
			return m, false
		}
		gran = ref.Granularity
	}
	m.Value = truncate(o.From(truncate(at, gran)), gran)
	m.End = time.Time{}
	m.Granularity = gran
	m.Basis = BasisRelative
	m.Offset = nil
	return m, true
}

// LastAnchor returns the last of ms that a later anaphor counts from: a date or a
// resolved anaphor, not an offset from a clause ("two days after the deal") and not
// the start of a span ("since 2014"). The anchor may have no Value ("on Monday"
// with no publication date, "two days later" after "in April"): the text's latest
// date is then unknown, and anaphors after it stay unresolved rather than count
// from an older one.
func LastAnchor(ms []DateMention) (DateMention, bool) {
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].anchors() {
			return ms[i], true
		}
	}
	return DateMention{}, false
}

// ResolveAnaphors dates, in place, the anaphors of one sentence's mentions ms (as
// FindDates returns them, in text order). Each counts from the latest anchor before
// it in the sentence, or else from ref, the last anchor of the sentences before
// (the zero DateMention when there is none). Anaphors with nothing to count from
// stay unresolved.
func ResolveAnaphors(ms []DateMention, ref DateMention) {
	for i := range ms {
		if ms[i].Anaphor && ms[i].Offset != nil {
			if r, ok := ms[i].ResolveFrom(ref); ok {
				ms[i] = r
			}
		}
		if ms[i].anchors() {
			ref = ms[i]
		}
	}
}

func (m DateMention) anchors() bool {
	return (m.Offset == nil || m.Anaphor) && !LowerHasPrefix(m.Text, "since")
}

func granRank(g string) int {
	switch g {
	case GranDay:
		return 0
	case GranWeek:
		return 1
	case GranMonth:
		return 2
	case GranYear:
		return 3
	}
	return 4
}

// wholePeriods reports whether o moves by whole periods of granularity gran.
func wholePeriods(o Offset, gran string) bool {
	switch gran {
	case GranWeek:
		return o.Hours == 0 && o.Days%7 == 0 && o.Months == 0 && o.Years == 0
	case GranMonth:
		return o.Hours == 0 && o.Days == 0
	case GranYear:
		return o.Hours == 0 && o.Days == 0 && o.Months == 0
	}
	return false
}

// truncate returns the first day of t's period of granularity gran; weeks start on
// Monday, as in FindDates.
func truncate(t time.Time, gran string) time.Time {
	y, mo, d := t.Date()
	switch gran {
	case GranWeek:
		day := utcDate(y, mo, d)
		return day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
	case GranMonth:
		return utcDate(y, mo, 1)
	case GranYear:
		return utcDate(y, 1, 1)
	}
	return utcDate(y, mo, d)
}
