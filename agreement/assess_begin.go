package agreement

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// beginsOn is the day a continuing obligation comes into force when its conditions or
// its term's sentence say so ("from midnight on 1994-11-22", "for 60 days from April
// 1", "within 24 hours of the signing", "from 30 days after the signing"), else the
// zero time: it is in force from the day it took effect (start). A date without a
// year takes start's.
func (r *Rules) beginsOn(p Provision, start time.Time) time.Time {
	texts := append([]string{}, p.Conditions...)
	texts = append(texts, p.Evidence.Text)
	var latest time.Time
	for _, s := range texts {
		words := strings.Fields(strings.ToLower(strings.NewReplacer(",", " ", ".", " ", "–", " ", "(", " ", ")", " ").Replace(s)))
		for i, w := range words {
			if !r.Cues["begins"].MatchWord(w) {
				continue
			}
			if t := dateAfter(words[i+1:min(len(words), i+8)], start); t.After(latest) {
				latest = t
			}
		}
	}
	return latest
}

// dealBegins is the day a continuing obligation of a comes into force: its own
// (beginsOn), else the earliest its deal's other continuing obligations name, since
// terms announced together take effect together ("Under the measures, which take
// effect on July 27, ..." then "Return fire will be allowed only ..."); else zero.
func (r *Rules) dealBegins(a Agreement, p Provision, rec Record) time.Time {
	if t := r.beginsOn(p, effective(a, p, rec)); !t.IsZero() {
		return t
	}
	var earliest time.Time
	for _, q := range a.Provisions {
		if !r.continuing(q) {
			continue
		}
		if t := r.beginsOn(q, effective(a, q, rec)); !t.IsZero() && (earliest.IsZero() || t.Before(earliest)) {
			earliest = t
		}
	}
	return earliest
}

// dateAfter reads the first date of words, skipping the words of a time of day ("at
// midnight on"): an ISO date, a month and day with an optional year, a day and month,
// or a count of hours or days after the signing. It gives the zero time when the
// words name none before another word.
func dateAfter(words []string, start time.Time) time.Time {
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch w {
		case "at", "on", "the", "of", "midnight", "noon", "dawn", "local", "time", "gmt", "utc", "hours":
			continue // "at midnight on Tuesday, November 22"
		}
		if weekdays[w] || clockTime(w) {
			continue // "on Tuesday", "from 00:01 on July 27"
		}
		if i+3 < len(words) && strings.HasPrefix(words[i+1], "minute") && (words[i+2] == "after" || words[i+2] == "past") {
			i += 2 // "one minute after midnight on July 27"
			continue
		}
		if len(w) >= 10 {
			if t := parseDate(w[:10]); !t.IsZero() {
				return t
			}
		}
		if m, ok := monthOf(w); ok && i+1 < len(words) {
			if d, err := strconv.Atoi(strings.TrimSuffix(words[i+1], "th")); err == nil && d >= 1 && d <= 31 {
				return onYear(m, d, words[i+2:], start)
			}
			return time.Time{}
		}
		if d, err := strconv.Atoi(strings.TrimRight(w, "stndrh")); err == nil {
			if i+1 < len(words) {
				if m, ok := monthOf(words[i+1]); ok && d >= 1 && d <= 31 {
					return onYear(m, d, words[i+2:], start)
				}
			}
			// "24 hours of the signing", "30 days after the signing"
			if i+2 < len(words) && !start.IsZero() && (words[i+2] == "of" || words[i+2] == "after") {
				switch strings.TrimSuffix(words[i+1], "s") {
				case "hour":
					return start.AddDate(0, 0, int(math.Ceil(float64(d)/24)))
				case "day":
					return start.AddDate(0, 0, d)
				}
			}
		}
		return time.Time{}
	}
	return time.Time{}
}

// clockTime reports whether w is a time of day written with a colon ("00:01", "18:00").
func clockTime(w string) bool {
	h, m, ok := strings.Cut(w, ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return false
	}
	_, errH := strconv.Atoi(h)
	_, errM := strconv.Atoi(m)
	return errH == nil && errM == nil
}

// onYear is month m, day d of the year rest opens with, else of start's year.
func onYear(m time.Month, d int, rest []string, start time.Time) time.Time {
	y := start.Year()
	if len(rest) > 0 {
		if v, err := strconv.Atoi(rest[0]); err == nil && v > 1000 && v < 2200 {
			y = v
		}
	}
	if y == 1 {
		return time.Time{}
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func monthOf(w string) (time.Month, bool) {
	m, ok := monthNames[w]
	return m, ok
}

// weekdays are the names of the days of the week, lower case.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

var monthNames = map[string]time.Month{
	"january": time.January, "february": time.February, "march": time.March, "april": time.April,
	"may": time.May, "june": time.June, "july": time.July, "august": time.August,
	"september": time.September, "october": time.October, "november": time.November, "december": time.December,
}
