package sqlite

import (
	"fmt"
	"time"

	"github.com/peacewatch/peacewatch/store"
)

// unixJulianDay is the Julian day number of 1970-01-01, as SQLite's
// CAST(julianday(d) AS INTEGER) gives it.
const unixJulianDay = 2440587

// dateKey returns the events' date_key of an event date (Date.Value): the Julian day
// number of its first day times four, plus 0 for a year ("2019"), 1 for a month
// ("2019-03") and 2 for a day ("2019-03-01"); 0 for "". Keys sort as their dates
// do. A date of another form (which store.Batch.Check refuses) is ErrInvalid.
func dateKey(v string) (int64, error) {
	var (
		layout string
		prec   int64
	)
	switch len(v) {
	case 0:
		return 0, nil
	case 4:
		layout, prec = "2006", 0
	case 7:
		layout, prec = "2006-01", 1
	case 10:
		layout, prec = time.DateOnly, 2
	default:
		return 0, fmt.Errorf("date %q is not a year, month or day: %w", v, store.ErrInvalid)
	}
	t, err := time.Parse(layout, v)
	if err != nil {
		return 0, fmt.Errorf("date %q is not a year, month or day: %w", v, store.ErrInvalid)
	}
	return (t.Unix()/86400+unixJulianDay)*4 + prec, nil
}
