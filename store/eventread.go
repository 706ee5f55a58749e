package store

import (
	"github.com/peacewatch/peacewatch/event"
)

// readEvent reads what appendEvent writes of an event without provenance; false
// for anything else (see jsonread.go).
func readEvent(r *reader, e *event.Event) bool {
	var ok bool
	if !r.lit(`{"id":`) {
		return false
	}
	if e.ID, ok = r.unique(); !ok || !r.lit(`,"article_id":`) {
		return false
	}
	if e.ArticleID, ok = r.str(); !ok || !r.lit(`,"sentence":`) {
		return false
	}
	if e.Sentence, ok = r.int(); !ok || !r.lit(`,"span":`) {
		return false
	}
	if e.Span, ok = readSpan(r); !ok || !r.lit(`,"text":`) {
		return false
	}
	if e.Text, ok = r.unique(); !ok || !r.lit(`,"date":{"value":`) {
		return false
	}
	if e.Date.Value, ok = r.str(); !ok || !r.lit(`,"end":`) {
		return false
	}
	if e.Date.End, ok = r.optional(); !ok || !r.lit(`,"granularity":`) {
		return false
	}
	if e.Date.Granularity, ok = r.str(); !ok || !r.lit(`,"basis":`) {
		return false
	}
	if e.Date.Basis, ok = r.str(); !ok || !r.lit(`},"source":`) {
		return false
	}
	if e.Source, ok = readActors(r); !ok || !r.lit(`,"target":`) {
		return false
	}
	if e.Target, ok = readActors(r); !ok || !r.lit(`,"cameo":`) {
		return false
	}
	if e.Cameo, ok = r.str(); !ok || !r.lit(`,"plover":{"type":`) {
		return false
	}
	if e.Plover.Type, ok = r.str(); !ok || !r.lit(`,"mode":`) {
		return false
	}
	if e.Plover.Mode, ok = r.str(); !ok || !r.lit(`},"goldstein":`) {
		return false
	}
	if e.Goldstein, ok = r.float(); !ok || !r.lit(`,"quad_class":`) {
		return false
	}
	if e.QuadClass, ok = r.int(); !ok || !r.lit(`,"modality":`) {
		return false
	}
	var m string
	if m, ok = r.str(); !ok || !r.lit(`,"attribution":`) {
		return false
	}
	e.Modality = event.Modality(m)
	if !r.lit("null") {
		a := &event.Attribution{}
		if !r.lit(`{"speaker":{"code":`) {
			return false
		}
		if a.Speaker.Code, ok = r.str(); !ok || !r.lit(`,"name":`) {
			return false
		}
		if a.Speaker.Name, ok = r.str(); !ok || !r.lit(`},"verb":`) {
			return false
		}
		if a.Verb, ok = r.str(); !ok || !r.lit(`,"quoted":`) {
			return false
		}
		if a.Quoted, ok = r.bool(); !ok || !r.lit(`}`) {
			return false
		}
		e.Attribution = a
	}
	if !r.lit(`,"quantities":`) {
		return false
	}
	if e.Quantities, ok = readQuantities(r); !ok || !r.lit(`,"location":{"country":`) {
		return false
	}
	if e.Location.Country, ok = r.str(); !ok || !r.lit(`,"place":`) {
		return false
	}
	if e.Location.Place, ok = r.optional(); !ok || !r.lit(`},"coder":{"version":`) {
		return false
	}
	if e.Coder.Version, ok = r.str(); !ok || !r.lit(`,"rule":`) {
		return false
	}
	if e.Coder.Rule, ok = r.str(); !ok || !r.lit(`}}`) {
		return false
	}
	return r.done()
}

func readSpan(r *reader) (event.Span, bool) {
	var (
		s  event.Span
		ok bool
	)
	if !r.lit(`{"start":`) {
		return s, false
	}
	if s.Start, ok = r.int(); !ok || !r.lit(`,"end":`) {
		return s, false
	}
	if s.End, ok = r.int(); !ok || !r.lit(`}`) {
		return s, false
	}
	return s, true
}

func readActors(r *reader) ([]event.Actor, bool) {
	return readArray(r, nil, readActor)
}

func readActor(r *reader) (event.Actor, bool) {
	var (
		a  event.Actor
		ok bool
	)
	if !r.lit(`{"code":`) {
		return a, false
	}
	if a.Code, ok = r.str(); !ok || !r.lit(`,"name":`) {
		return a, false
	}
	if a.Name, ok = r.str(); !ok {
		return a, false
	}
	if r.lit(`,"span":`) {
		s, ok := readSpan(r)
		if !ok {
			return a, false
		}
		a.Span = &s
	}
	if !r.lit("}") {
		return a, false
	}
	return a, true
}

func readQuantities(r *reader) ([]event.Quantity, bool) {
	return readArray(r, nil, readQuantity)
}

func readQuantity(r *reader) (event.Quantity, bool) {
	var (
		q  event.Quantity
		ok bool
	)
	if !r.lit(`{"value":`) {
		return q, false
	}
	if q.Value, ok = r.float(); !ok {
		return q, false
	}
	if r.lit(`,"max":`) {
		if q.Max, ok = r.float(); !ok {
			return q, false
		}
	}
	if !r.lit(`,"unit":`) {
		return q, false
	}
	if q.Unit, ok = r.str(); !ok || !r.lit(`,"role":`) {
		return q, false
	}
	if q.Role, ok = r.str(); !ok || !r.lit(`,"approx":`) {
		return q, false
	}
	if q.Approx, ok = r.bool(); !ok || !r.lit(`,"at_least":`) {
		return q, false
	}
	if q.AtLeast, ok = r.bool(); !ok || !r.lit(`}`) {
		return q, false
	}
	return q, true
}
