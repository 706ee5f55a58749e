package store

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/text"
)

// EncodeProposition is how adapters keep a claim's proposition, the reading of its
// sentence that assessment needs: JSON, or "" for a claim without one. Its events are
// not in it: they are stored as events and put back by assessment.
func EncodeProposition(p agreement.Proposition) (string, error) {
	s, _, err := encodeProposition(make([]byte, 0, 256+16*len(p.Words)), p)
	return s, err
}

// encodeProposition is EncodeProposition written in buf, whose array it returns
// for the next to reuse.
func encodeProposition(buf []byte, p agreement.Proposition) (string, []byte, error) {
	if !p.Read() {
		return "", buf, nil
	}
	if b, ok := appendProposition(buf[:0], p); ok {
		return string(b), b, nil
	}
	b, err := json.Marshal(p)
	if err != nil {
		return "", buf, fmt.Errorf("encode proposition: %w", err)
	}
	return string(b), buf, nil
}

// DecodeProposition reads what EncodeProposition or PackedProposition wrote into
// p; "" leaves p as it is. A packed proposition replaces all of p, JSON only the
// fields it holds (as json.Unmarshal does).
func DecodeProposition(s string, p *agreement.Proposition) error {
	return decodeProposition(s, p, nil)
}

// Proposition is DecodeProposition, the strings of p shared with what d read
// before.
func (d *RecordReader) Proposition(s string, p *agreement.Proposition) error {
	return decodeProposition(s, p, &d.strs)
}

func decodeProposition(s string, p *agreement.Proposition, strs *strTable) error {
	if s == "" {
		return nil
	}
	if s[0] == packedPropVersion {
		if !unpackProposition(s, strs, p) {
			return fmt.Errorf("decode proposition: malformed packed proposition of %d bytes", len(s))
		}
		return nil
	}
	// json.Unmarshal keeps what p holds where s is silent; the reader starts from zero.
	if reflect.ValueOf(p).Elem().IsZero() {
		var q agreement.Proposition
		if readProposition(&reader{s: s, strs: strs}, &q) {
			*p = q
			return nil
		}
	}
	if err := json.Unmarshal([]byte(s), p); err != nil {
		return fmt.Errorf("decode proposition: %w", err)
	}
	return nil
}

// appendProposition appends what json.Marshal makes of p (see jsonwrite.go).
func appendProposition(b []byte, p agreement.Proposition) ([]byte, bool) {
	b = append(b, `{"sentence":`...)
	b = strconv.AppendInt(b, int64(p.Sentence), 10)
	var ok bool
	b = append(b, `,"date":`...)
	if b, ok = appendTime(b, p.Date); !ok {
		return nil, false
	}
	b = append(b, `,"published":`...)
	if b, ok = appendTime(b, p.Published); !ok {
		return nil, false
	}
	if p.Dated {
		b = append(b, `,"dated":true`...)
	}
	if p.Granularity != "" {
		b = append(b, `,"granularity":`...)
		if b, ok = appendPlain(b, p.Granularity); !ok {
			return nil, false
		}
	}
	b = append(b, `,"word_at":`...)
	b = appendInts(b, p.WordAt)
	if p.Narrative {
		b = append(b, `,"narrative":true`...)
	}
	if p.Past {
		b = append(b, `,"past":true`...)
	}
	if p.ListItem {
		b = append(b, `,"list_item":true`...)
	}
	if p.DealBefore {
		b = append(b, `,"deal_before":true`...)
	}
	if len(p.Actors) > 0 {
		b = append(b, `,"actors":`...)
		if b, ok = appendStrings(b, p.Actors); !ok {
			return nil, false
		}
	}
	if len(p.ActorAt) > 0 {
		b = append(b, `,"actor_at":`...)
		b = appendInts(b, p.ActorAt)
	}
	b = append(b, `,"words":`...)
	if b, ok = appendStrings(b, p.Words); !ok {
		return nil, false
	}
	if len(p.Quantities) > 0 {
		q, err := json.Marshal(p.Quantities)
		if err != nil {
			return nil, false
		}
		b = append(append(b, `,"quantities":`...), q...)
	}
	return append(b, '}'), true
}

// readProposition reads what appendProposition writes; false for anything else
// (see jsonread.go).
func readProposition(r *reader, p *agreement.Proposition) bool {
	var ok bool
	if !r.lit(`{"sentence":`) {
		return false
	}
	if p.Sentence, ok = r.int(); !ok || !r.lit(`,"date":`) {
		return false
	}
	if p.Date, ok = r.time(); !ok || !r.lit(`,"published":`) {
		return false
	}
	if p.Published, ok = r.time(); !ok {
		return false
	}
	p.Dated = r.lit(`,"dated":true`)
	if r.lit(`,"granularity":`) {
		if p.Granularity, ok = r.str(); !ok {
			return false
		}
	}
	if !r.lit(`,"word_at":`) {
		return false
	}
	if p.WordAt, ok = r.ints(); !ok {
		return false
	}
	p.Narrative = r.lit(`,"narrative":true`)
	p.Past = r.lit(`,"past":true`)
	p.ListItem = r.lit(`,"list_item":true`)
	p.DealBefore = r.lit(`,"deal_before":true`)
	if r.lit(`,"actors":`) {
		if p.Actors, ok = r.strings(); !ok {
			return false
		}
	}
	if r.lit(`,"actor_at":`) {
		if p.ActorAt, ok = r.ints(); !ok {
			return false
		}
	}
	if !r.lit(`,"words":`) {
		return false
	}
	if p.Words, ok = r.strings(); !ok {
		return false
	}
	if r.lit(`,"quantities":`) {
		if p.Quantities, ok = readTextQuantities(r); !ok {
			return false
		}
	}
	return r.lit("}") && r.done()
}

// readTextQuantities reads what json.Marshal writes of text.Quantity values.
func readTextQuantities(r *reader) ([]text.Quantity, bool) {
	return readArray(r, nil, readTextQuantity)
}

func readTextQuantity(r *reader) (text.Quantity, bool) {
	var (
		q  text.Quantity
		ok bool
	)
	if !r.lit(`{"Tok":`) {
		return q, false
	}
	if q.Tok, ok = r.int(); !ok || !r.lit(`,"TokEnd":`) {
		return q, false
	}
	if q.TokEnd, ok = r.int(); !ok || !r.lit(`,"Value":`) {
		return q, false
	}
	if q.Value, ok = r.float(); !ok || !r.lit(`,"Max":`) {
		return q, false
	}
	if q.Max, ok = r.float(); !ok || !r.lit(`,"Unit":`) {
		return q, false
	}
	if q.Unit, ok = r.str(); !ok || !r.lit(`,"UnitTok":`) {
		return q, false
	}
	if q.UnitTok, ok = r.int(); !ok || !r.lit(`,"Approx":`) {
		return q, false
	}
	if q.Approx, ok = r.bool(); !ok || !r.lit(`,"AtLeast":`) {
		return q, false
	}
	if q.AtLeast, ok = r.bool(); !ok || !r.lit(`,"AtMost":`) {
		return q, false
	}
	if q.AtMost, ok = r.bool(); !ok || !r.lit(`}`) {
		return q, false
	}
	return q, true
}
