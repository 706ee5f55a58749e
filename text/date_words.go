package text

import "time"

var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2,
	"march": 3, "mar.": 3, "april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6,
	"jun.": 6, "july": 7, "jul.": 7, "august": 8, "aug": 8, "aug.": 8,
	"september": 9, "sept": 9, "sept.": 9, "sep.": 9, "october": 10, "oct": 10,
	"oct.": 10, "november": 11, "nov": 11, "nov.": 11, "december": 12, "dec": 12,
	"dec.": 12,
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// dateUnits maps time units to their granularity.
var dateUnits = map[string]string{
	"hour": "day", "hours": "day", "day": "day", "days": "day", "week": "week",
	"weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
}

// calendarUnits are the periods an anaphor names ("that night", "the next week"),
// with their granularity.
var calendarUnits = map[string]string{
	"day": GranDay, "night": GranDay, "morning": GranDay, "afternoon": GranDay,
	"evening": GranDay, "week": GranWeek, "month": GranMonth, "year": GranYear,
}

// spanWords before "the next week" make it a span from now ("over the next month"),
// not a date counted from an earlier one.
var spanWords = map[string]bool{
	"over": true, "within": true, "in": true, "for": true, "during": true,
	"throughout": true, "across": true,
}

// dateTriggers are the words without which a sentence holds no date this
// package can find; FindDates returns at once when none is present.
var dateTriggers = map[string]bool{
	"yesterday": true, "today": true, "tonight": true, "tomorrow": true,
	"week": true, "month": true, "year": true, "weeks": true, "months": true,
	"years": true, "days": true, "day": true, "hours": true, "hour": true,
	"night": true, "morning": true, "afternoon": true, "evening": true,
}

// datePreps are words kept at the start of a date mention because they change
// its meaning ("by March 10", "since 2014") or mark its role.
var datePreps = map[string]bool{
	"in": true, "on": true, "since": true, "by": true, "until": true, "till": true,
	"before": true, "after": true, "from": true, "during": true, "early": true,
	"late": true, "mid": true, "between": true, "through": true, "of": true,
	"as": true,
}

// yearContext are the words after which a bare four-digit number is a year.
var yearContext = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true,
	"of": true, "early": true, "late": true, "mid": true, "during": true,
	"between": true, "before": true, "after": true, "through": true, "summer": true,
	"spring": true, "autumn": true, "fall": true, "winter": true, "year": true,
	"end": true,
}

// offsetQualifiers may precede the number of an offset ("less than 24 hours after").
var offsetQualifiers = map[string]bool{
	"just": true, "only": true, "about": true, "some": true, "nearly": true,
	"almost": true, "roughly": true, "around": true, "barely": true, "exactly": true,
}

// futureMarkers before a weekday send it forward from the publication date.
var futureMarkers = map[string]bool{
	"will": true, "shall": true, "'ll": true, "wo": true,
}

func isDateTrigger(w string) bool {
	if w == "" {
		return false
	}
	if isDigit(w[0]) {
		return true
	}
	if triggerShapes.may(w) && dateTriggers[w] {
		return true
	}
	if monthShapes.may(w) {
		if _, ok := monthNames[w]; ok {
			return true
		}
	}
	if weekdayShapes.may(w) {
		if _, ok := weekdayNames[w]; ok {
			return true
		}
	}
	return len(w) > 4 && (w[:4] == "mid-" || w[:5] == "late-" || len(w) > 6 && w[:6] == "early-")
}

// shapes tells most words apart from the keys of a word map without looking
// them up: bit n of shapes[c] is set when a key of n bytes starts with byte c.
type shapes struct {
	bits  [256]uint64
	empty bool // "" is a key
}

func shapesOf[V any](maps ...map[string]V) *shapes {
	s := &shapes{}
	for _, m := range maps {
		for w := range m {
			switch {
			case w == "":
				s.empty = true
			case len(w) < 64:
				s.bits[w[0]] |= 1 << len(w)
			default:
				s.bits[w[0]] |= 1 // long keys: every long word may be one
			}
		}
	}
	return s
}

// may reports whether w may be a key; false means it is not.
func (s *shapes) may(w string) bool {
	switch {
	case w == "":
		return s.empty
	case len(w) < 64:
		return s.bits[w[0]]&(1<<len(w)) != 0
	}
	return s.bits[w[0]]&1 != 0
}

var (
	monthShapes     = shapesOf(monthNames)
	weekdayShapes   = shapesOf(weekdayNames)
	qualifierShapes = shapesOf(offsetQualifiers)
	triggerShapes   = shapesOf(dateTriggers)
)
