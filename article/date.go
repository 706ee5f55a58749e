package article

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the publication-date forms peacewatch reads, most common first.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123,
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC822,
	time.RFC822Z,
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan 2 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
	"2006/01/02",
	"2006/1/2",
}

// ErrDate is wrapped by every error ParseDate returns.
var ErrDate = errors.New("unrecognised date")

// ParseDate reads a publication date in one of the common forms: 2020-03-03,
// RFC 3339 (2020-03-03T10:00:00Z), RFC 1123/822 as in feeds, "March 3, 2020",
// "3 March 2020", "Mar 3, 2020" and "2020/03/03". A leading "~" marks the date as
// approximate. Dates without a time are midnight UTC. An unknown form is an error
// wrapping ErrDate; the caller then has no date (never today's).
func ParseDate(s string) (t time.Time, approx bool, err error) {
	v := strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(v, "~"); ok {
		approx = true
		v = strings.TrimSpace(rest)
	}
	if v == "" {
		return time.Time{}, approx, fmt.Errorf("date %q: %w: empty", s, ErrDate)
	}
	v = strings.Join(strings.Fields(v), " ")
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, v); err == nil {
			return t, approx, nil
		}
	}
	return time.Time{}, approx, fmt.Errorf("date %q: %w (want e.g. 2020-03-03, 2020-03-03T10:00:00Z, \"March 3, 2020\")", s, ErrDate)
}
