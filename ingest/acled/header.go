package acled

import (
	"fmt"
	"strings"
)

// columns holds the index of each column the reader uses in one file, -1 when the
// file lacks it. Columns are found by their header names, in any order.
type columns struct {
	n int // how many columns the header has

	id, date, precision, eventType, subType        int
	actor1, assoc1, inter1, actor2, assoc2, inter2 int
	iso, iso3, country, admin1, location, lat, lon int
	source, notes, fatalities, timestamp           int
}

// aliases maps header names, lower-cased, to the column they fill. Older exports
// name the associated actors ally_actor_*, give an iso3 column besides iso, and
// identify events by data_id or event_id_no_cnty where event_id_cnty is missing.
var aliases = map[string]string{
	"event_id_cnty": "id", "data_id": "id_fallback", "event_id_no_cnty": "id_fallback2",
	"event_date": "date", "time_precision": "precision",
	"event_type": "eventType", "sub_event_type": "subType",
	"actor1": "actor1", "assoc_actor_1": "assoc1", "ally_actor_1": "assoc1", "inter1": "inter1",
	"actor2": "actor2", "assoc_actor_2": "assoc2", "ally_actor_2": "assoc2", "inter2": "inter2",
	"iso": "iso", "iso3": "iso3", "country": "country", "admin1": "admin1", "location": "location",
	"latitude": "lat", "longitude": "lon", "source": "source", "notes": "notes",
	"fatalities": "fatalities", "timestamp": "timestamp",
}

// parseHeader maps a header row. It needs event_id_cnty (or data_id or
// event_id_no_cnty), event_date and event_type; the other columns are optional and
// unknown ones are ignored.
func parseHeader(fields []string) (*columns, error) {
	idx := map[string]int{}
	for i, f := range fields {
		name := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(f, "\ufeff")))
		key, ok := aliases[name]
		if !ok {
			continue
		}
		if _, dup := idx[key]; dup {
			return nil, fmt.Errorf("header: column %q twice", name)
		}
		idx[key] = i
	}
	get := func(key string) int {
		if i, ok := idx[key]; ok {
			return i
		}
		return -1
	}
	c := &columns{n: len(fields),
		id: get("id"), date: get("date"), precision: get("precision"), eventType: get("eventType"), subType: get("subType"),
		actor1: get("actor1"), assoc1: get("assoc1"), inter1: get("inter1"),
		actor2: get("actor2"), assoc2: get("assoc2"), inter2: get("inter2"),
		iso: get("iso"), iso3: get("iso3"), country: get("country"), admin1: get("admin1"), location: get("location"),
		lat: get("lat"), lon: get("lon"), source: get("source"), notes: get("notes"),
		fatalities: get("fatalities"), timestamp: get("timestamp"),
	}
	if c.id < 0 {
		c.id = get("id_fallback")
	}
	if c.id < 0 {
		c.id = get("id_fallback2")
	}
	var missing []string
	if c.id < 0 {
		missing = append(missing, "event_id_cnty")
	}
	if c.date < 0 {
		missing = append(missing, "event_date")
	}
	if c.eventType < 0 {
		missing = append(missing, "event_type")
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("header: no column %s (an ACLED export starts with a header row naming its columns)", strings.Join(missing, ", "))
	}
	return c, nil
}

// get returns the trimmed field at i, or "" when the file has no such column.
func get(f []string, i int) string {
	if i < 0 {
		return ""
	}
	return strings.TrimSpace(f[i])
}
