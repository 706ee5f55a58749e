package store

import (
	"encoding/json"
	"math"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/peacewatch/peacewatch/event"
)

// The records adapters keep (EventRecord, EncodeProposition) are JSON, written
// here field by field as json.Marshal writes them, since there are dozens an
// article; a writer returns false on what json.Marshal alone knows how to write,
// and its caller then calls json.Marshal.

// appendTime writes t as Time.MarshalJSON does: RFC 3339 with nanoseconds,
// quoted. Where MarshalJSON might refuse (a year outside 0-9999, an offset
// beyond a day or not in whole minutes), it is asked.
func appendTime(b []byte, t time.Time) ([]byte, bool) {
	_, off := t.Zone()
	if y := t.Year(); y < 0 || y > 9999 || off%60 != 0 || off <= -24*3600 || off >= 24*3600 {
		j, err := t.MarshalJSON()
		if err != nil {
			return nil, false
		}
		return append(b, j...), true
	}
	b = append(b, '"')
	b = t.AppendFormat(b, time.RFC3339Nano)
	return append(b, '"'), true
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

// plainByte tells the bytes appendPlain copies as they are: printable ASCII
// but the quote, the backslash and the three HTML characters.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendPlain appends s quoted when json.Marshal's quoting is plain: a backslash
// before a quote or a backslash, any other byte as it is. It gives up on control
// characters, on the three characters json.Marshal escapes for HTML, on invalid
// UTF-8 and on the two line separators it escapes.
func appendPlain(b []byte, s string) ([]byte, bool) {
	b = append(b, '"')
	start := 0 // s[start:i] is to be copied as it is
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case plainByte[c]:
			i++
		case c == '"' || c == '\\':
			b = append(append(b, s[start:i]...), '\\', c)
			i++
			start = i
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
				return nil, false
			}
			i += size
		default:
			return nil, false
		}
	}
	b = append(b, s[start:]...)
	return append(b, '"'), true
}

// appendFloat writes f as json.Marshal does where it uses plain decimals; false
// for exponents, NaN and infinities.
func appendFloat(b []byte, f float64) ([]byte, bool) {
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) || math.IsNaN(f) || math.IsInf(f, 0) {
		return nil, false
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64), true
}

func appendBool(b []byte, v bool) []byte {
	if v {
		return append(b, "true"...)
	}
	return append(b, "false"...)
}

// appendEvent appends what json.Marshal makes of e.
func appendEvent(b []byte, e event.Event) ([]byte, bool) {
	var ok bool
	b = append(b, `{"id":`...)
	if b, ok = appendPlain(b, e.ID); !ok {
		return nil, false
	}
	b = append(b, `,"article_id":`...)
	if b, ok = appendPlain(b, e.ArticleID); !ok {
		return nil, false
	}
	b = append(b, `,"sentence":`...)
	b = strconv.AppendInt(b, int64(e.Sentence), 10)
	b = append(b, `,"span":`...)
	b = appendSpan(b, e.Span)
	b = append(b, `,"text":`...)
	if b, ok = appendPlain(b, e.Text); !ok {
		return nil, false
	}
	b = append(b, `,"date":{"value":`...)
	if b, ok = appendPlain(b, e.Date.Value); !ok {
		return nil, false
	}
	b = append(b, `,"end":`...)
	if b, ok = appendOptional(b, e.Date.End); !ok {
		return nil, false
	}
	b = append(b, `,"granularity":`...)
	if b, ok = appendPlain(b, e.Date.Granularity); !ok {
		return nil, false
	}
	b = append(b, `,"basis":`...)
	if b, ok = appendPlain(b, e.Date.Basis); !ok {
		return nil, false
	}
	b = append(b, `},"source":`...)
	if b, ok = appendActors(b, e.Source); !ok {
		return nil, false
	}
	b = append(b, `,"target":`...)
	if b, ok = appendActors(b, e.Target); !ok {
		return nil, false
	}
	b = append(b, `,"cameo":`...)
	if b, ok = appendPlain(b, e.Cameo); !ok {
		return nil, false
	}
	b = append(b, `,"plover":{"type":`...)
	if b, ok = appendPlain(b, e.Plover.Type); !ok {
		return nil, false
	}
	b = append(b, `,"mode":`...)
	if b, ok = appendPlain(b, e.Plover.Mode); !ok {
		return nil, false
	}
	b = append(b, `},"goldstein":`...)
	if b, ok = appendFloat(b, e.Goldstein); !ok {
		return nil, false
	}
	b = append(b, `,"quad_class":`...)
	b = strconv.AppendInt(b, int64(e.QuadClass), 10)
	b = append(b, `,"modality":`...)
	if b, ok = appendPlain(b, string(e.Modality)); !ok {
		return nil, false
	}
	b = append(b, `,"attribution":`...)
	if a := e.Attribution; a == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, `{"speaker":{"code":`...)
		if b, ok = appendPlain(b, a.Speaker.Code); !ok {
			return nil, false
		}
		b = append(b, `,"name":`...)
		if b, ok = appendPlain(b, a.Speaker.Name); !ok {
			return nil, false
		}
		b = append(b, `},"verb":`...)
		if b, ok = appendPlain(b, a.Verb); !ok {
			return nil, false
		}
		b = append(b, `,"quoted":`...)
		b = append(appendBool(b, a.Quoted), '}')
	}
	b = append(b, `,"quantities":`...)
	if b, ok = appendQuantities(b, e.Quantities); !ok {
		return nil, false
	}
	b = append(b, `,"location":{"country":`...)
	if b, ok = appendPlain(b, e.Location.Country); !ok {
		return nil, false
	}
	b = append(b, `,"place":`...)
	if b, ok = appendOptional(b, e.Location.Place); !ok {
		return nil, false
	}
	b = append(b, `},"coder":{"version":`...)
	if b, ok = appendPlain(b, e.Coder.Version); !ok {
		return nil, false
	}
	b = append(b, `,"rule":`...)
	if b, ok = appendPlain(b, e.Coder.Rule); !ok {
		return nil, false
	}
	b = append(b, '}')
	if e.Provenance != nil {
		p, err := json.Marshal(e.Provenance)
		if err != nil {
			return nil, false
		}
		b = append(append(b, `,"provenance":`...), p...)
	}
	return append(b, '}'), true
}

func appendSpan(b []byte, s event.Span) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	return append(b, '}')
}

func appendOptional(b []byte, s *string) ([]byte, bool) {
	if s == nil {
		return append(b, "null"...), true
	}
	return appendPlain(b, *s)
}

func appendActors(b []byte, as []event.Actor) ([]byte, bool) {
	if as == nil {
		return append(b, "null"...), true
	}
	b = append(b, '[')
	for i, a := range as {
		if i > 0 {
			b = append(b, ',')
		}
		var ok bool
		b = append(b, `{"code":`...)
		if b, ok = appendPlain(b, a.Code); !ok {
			return nil, false
		}
		b = append(b, `,"name":`...)
		if b, ok = appendPlain(b, a.Name); !ok {
			return nil, false
		}
		if a.Span != nil {
			b = append(b, `,"span":`...)
			b = appendSpan(b, *a.Span)
		}
		b = append(b, '}')
	}
	return append(b, ']'), true
}

func appendQuantities(b []byte, qs []event.Quantity) ([]byte, bool) {
	if qs == nil {
		return append(b, "null"...), true
	}
	b = append(b, '[')
	for i, q := range qs {
		if i > 0 {
			b = append(b, ',')
		}
		var ok bool
		b = append(b, `{"value":`...)
		if b, ok = appendFloat(b, q.Value); !ok {
			return nil, false
		}
		if q.Max != 0 {
			b = append(b, `,"max":`...)
			if b, ok = appendFloat(b, q.Max); !ok {
				return nil, false
			}
		}
		b = append(b, `,"unit":`...)
		if b, ok = appendPlain(b, q.Unit); !ok {
			return nil, false
		}
		b = append(b, `,"role":`...)
		if b, ok = appendPlain(b, q.Role); !ok {
			return nil, false
		}
		b = append(b, `,"approx":`...)
		b = appendBool(b, q.Approx)
		b = append(b, `,"at_least":`...)
		b = append(appendBool(b, q.AtLeast), '}')
	}
	return append(b, ']'), true
}
