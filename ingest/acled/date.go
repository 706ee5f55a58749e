package acled

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the ways ACLED exports write event_date: ISO (the API), "12 May
// 2023" (the export tool), and day-first forms of older files.
var dateLayouts = []string{
	"2006-01-02",
	"2 January 2006",
	"2 Jan 2006",
	"2-January-2006",
	"2-Jan-2006",
	"2/1/2006",
	"2-1-2006",
	"2006/01/02",
}

// parseDate reads an event_date.
func parseDate(s string) (time.Time, error) {
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1900 {
				break
			}
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("event_date %q: want a date such as 2023-05-12 or 12 May 2023", s)
}

// granularity maps time_precision (1 the day is known, 2 the week, 3 the month) to
// the event record's date granularity.
func granularity(precision string) (string, error) {
	switch strings.TrimSpace(precision) {
	case "", "1":
		return "day", nil
	case "2":
		return "week", nil
	case "3":
		return "month", nil
	}
	return "", fmt.Errorf("time_precision %q: want 1, 2 or 3", precision)
}

// timestamp converts ACLED's timestamp (Unix seconds of the last change) to RFC 3339.
func timestamp(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || n > 1<<40 {
		return "", fmt.Errorf("timestamp %q: want Unix seconds", s)
	}
	return time.Unix(n, 0).UTC().Format(time.RFC3339), nil
}

// periodStart is the first day of the period of granularity gran that holds t, as the
// event record dates coarse periods (the Monday of a week, the 1st of a month), so
// that ACLED's dates sort with the coder's. ACLED's own date for a week or month is a
// placeholder day inside it.
func periodStart(t time.Time, gran string) time.Time {
	switch gran {
	case "week":
		return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	case "month":
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return t
}
