package store

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/peacewatch/peacewatch/agreement"
)

// EncodeProposition is how adapters keep a claim's proposition, the reading of its
// sentence that assessment needs: JSON, or "" for a claim without one. Its events are
// not in it: they are stored as events and put back by assessment.
func EncodeProposition(p agreement.Proposition) (string, error) {
	if !p.Read() {
		return "", nil
	}
	if b, ok := appendProposition(make([]byte, 0, 256+16*len(p.Words)), p); ok {
		return string(b), nil
	}
	b, err := json.Marshal(p)
	if err != nil {
		return "", fmt.Errorf("encode proposition: %w", err)
	}
	return string(b), nil
}

// DecodeProposition reads what EncodeProposition wrote into p; "" leaves p zero.
func DecodeProposition(s string, p *agreement.Proposition) error {
	if s == "" {
		return nil
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
