package acled

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/peacewatch/peacewatch/event"
)

// rowMapper maps the records of one file, with the file's columns.
type rowMapper struct {
	cols   *columns
	actors *actorCoder
}

// event maps one record to an event; the error says which field is wrong and why.
func (m *rowMapper) event(f []string) (event.Event, error) {
	c := m.cols
	if len(f) != c.n {
		return event.Event{}, fmt.Errorf("%d columns, want %d as in the header", len(f), c.n)
	}
	for i, s := range f {
		if !utf8.ValidString(s) {
			return event.Event{}, fmt.Errorf("column %d: invalid UTF-8", i+1)
		}
	}
	id := get(f, c.id)
	if id == "" {
		return event.Event{}, fmt.Errorf("empty event_id_cnty")
	}
	date, err := parseDate(get(f, c.date))
	if err != nil {
		return event.Event{}, err
	}
	gran, err := granularity(get(f, c.precision))
	if err != nil {
		return event.Event{}, err
	}
	eventType, subType := get(f, c.eventType), get(f, c.subType)
	code, ok := Cameo(eventType, subType)
	if !ok {
		return event.Event{}, fmt.Errorf("event_type %q, sub_event_type %q: not in the ACLED type table", eventType, subType)
	}
	for _, col := range []int{c.inter1, c.inter2} {
		if s := get(f, col); s != "" {
			if _, ok := Role(s); !ok {
				return event.Event{}, fmt.Errorf("inter %q: want an ACLED actor type 1 to 8", s)
			}
		}
	}
	prov := &event.Provenance{Dataset: "acled", RecordID: id, Source: get(f, c.source), Notes: get(f, c.notes)}
	if prov.Lat, err = coordinate(get(f, c.lat), 90, "latitude"); err != nil {
		return event.Event{}, err
	}
	if prov.Lon, err = coordinate(get(f, c.lon), 180, "longitude"); err != nil {
		return event.Event{}, err
	}
	if prov.Added, err = timestamp(get(f, c.timestamp)); err != nil {
		return event.Event{}, err
	}
	quantities := []event.Quantity{}
	if s := get(f, c.fatalities); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return event.Event{}, fmt.Errorf("fatalities %q: want a count", s)
		}
		if n > 0 {
			quantities = append(quantities, event.Quantity{Value: float64(n), Unit: "people", Role: "killed"})
		}
	}
	country := m.country(f)

	e := event.Event{
		ID:         "acled:" + id,
		Date:       event.Date{Value: periodStart(date, gran).Format(time.DateOnly), Granularity: gran, Basis: event.BasisExplicit},
		Source:     m.actors.actors(get(f, c.actor1), get(f, c.assoc1), get(f, c.inter1), date, country),
		Target:     m.actors.actors(get(f, c.actor2), get(f, c.assoc2), get(f, c.inter2), date, country),
		Cameo:      code,
		Modality:   event.Asserted,
		Quantities: quantities,
		Location:   event.Location{Country: country},
		Coder:      event.Coder{Version: "acled", Rule: rule(eventType, subType)},
		Provenance: prov,
	}
	if code != "" {
		info, _ := event.Lookup(code)
		e.Plover, e.Goldstein, e.QuadClass = info.Plover, info.Goldstein, info.QuadClass
	}
	if place := joinNonEmpty(get(f, c.location), get(f, c.admin1), get(f, c.country)); place != "" {
		e.Location.Place = &place
	}
	return e, nil
}

// country is the event's ISO alpha-3 code: from iso (numeric), else iso3, else the
// country name through the actor dictionary ("Democratic Republic of Congo" finds
// "Congo"); "" when none of them tells.
func (m *rowMapper) country(f []string) string {
	if n, err := strconv.Atoi(get(f, m.cols.iso)); err == nil {
		if a, ok := ISO3(n); ok {
			return a
		}
	}
	if a := get(f, m.cols.iso3); len(a) == 3 {
		return strings.ToUpper(a)
	}
	if name := get(f, m.cols.country); name != "" {
		return m.actors.country(name)
	}
	return ""
}

func coordinate(s string, limit float64, what string) (*float64, error) {
	if s == "" {
		return nil, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v < -limit || v > limit {
		return nil, fmt.Errorf("%s %q: want a number from %g to %g", what, s, -limit, limit)
	}
	return &v, nil
}

func joinNonEmpty(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" && (len(out) == 0 || out[len(out)-1] != p) {
			out = append(out, p)
		}
	}
	return strings.Join(out, ", ")
}

// rule names the table row that coded an event: "acled:Battles/Armed clash", or
// "acled:Remote violence" for an export without sub-event types.
func rule(eventType, subType string) string {
	if subType == "" {
		return "acled:" + eventType
	}
	return "acled:" + eventType + "/" + subType
}
