package store

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"
	"unicode/utf8"

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

// appendProposition appends what json.Marshal makes of p, written out field by
// field since claims are encoded by the hundred an article. It gives up (false)
// on what json.Marshal alone knows how to write: a string it escapes, a time it
// rejects. TestAppendPropositionIsMarshal keeps it in step with the type.
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

func appendTime(b []byte, t time.Time) ([]byte, bool) {
	j, err := t.MarshalJSON()
	if err != nil {
		return nil, false
	}
	return append(b, j...), true
}

func appendInts(b []byte, xs []int) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(x), 10)
	}
	return append(b, ']')
}

func appendStrings(b []byte, ss []string) ([]byte, bool) {
	if ss == nil {
		return append(b, "null"...), true
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		var ok bool
		if b, ok = appendPlain(b, s); !ok {
			return nil, false
		}
	}
	return append(b, ']'), true
}

// appendPlain appends s quoted when json.Marshal's quoting is plain: a backslash
// before a quote or a backslash, any other byte as it is. It gives up on control
// characters, on the three characters json.Marshal escapes for HTML, on invalid
// UTF-8 and on the two line separators it escapes.
func appendPlain(b []byte, s string) ([]byte, bool) {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
			i++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
				return nil, false
			}
			b = append(b, s[i:i+size]...)
			i += size
		case c < 0x20 || c == '<' || c == '>' || c == '&':
			return nil, false
		default:
			b = append(b, c)
			i++
		}
	}
	return append(b, '"'), true
}
