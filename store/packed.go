package store

import (
	"encoding/binary"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/peacewatch/peacewatch/event"
)

// A packed record is an event record (EventRecord) in a binary form that a store
// keeps instead of the JSON when it can: the fields in the order of event.Event,
// without their names, strings prefixed by their length, integers as varints. The
// JSON of an event of ten sentences' article took about 670 bytes, most of them
// field names; packed it takes about 300, and the events' table was half of a
// SQLite store. Its first byte, packedVersion, is never the first of JSON.
const packedVersion = 1

// PackedRecord returns e's packed record without its text, as EventRecord keeps it,
// and false when e has none: an event with provenance, a string that is not UTF-8
// or a number that is not finite (which the JSON changes or refuses) is kept as
// JSON.
func PackedRecord(e event.Event) ([]byte, bool) {
	return appendPackedRecord(make([]byte, 0, 320), e)
}

// appendPackedRecord is PackedRecord appended to dst, which is returned (nil
// and false when e has no packed form).
func appendPackedRecord(dst []byte, e event.Event) ([]byte, bool) {
	if e.Provenance != nil {
		return nil, false
	}
	p := packer{b: dst}
	p.b = append(p.b, packedVersion)
	p.str(e.ID)
	p.str(e.ArticleID)
	p.int(e.Sentence)
	p.span(e.Span)
	p.str(e.Date.Value)
	p.optional(e.Date.End)
	p.str(e.Date.Granularity)
	p.str(e.Date.Basis)
	p.actors(e.Source)
	p.actors(e.Target)
	p.str(e.Cameo)
	p.str(e.Plover.Type)
	p.str(e.Plover.Mode)
	p.float(e.Goldstein)
	p.int(e.QuadClass)
	p.str(string(e.Modality))
	if a := e.Attribution; a == nil {
		p.b = append(p.b, 0)
	} else {
		p.b = append(p.b, 1)
		p.str(a.Speaker.Code)
		p.str(a.Speaker.Name)
		p.str(a.Verb)
		p.bool(a.Quoted)
	}
	p.count(len(e.Quantities), e.Quantities == nil)
	for _, q := range e.Quantities {
		p.float(q.Value)
		p.float(q.Max)
		p.str(q.Unit)
		p.str(q.Role)
		p.bool(q.Approx)
		p.bool(q.AtLeast)
	}
	p.str(e.Location.Country)
	p.optional(e.Location.Place)
	p.str(e.Coder.Version)
	p.str(e.Coder.Rule)
	if p.bad {
		return nil, false
	}
	return p.b, true
}

// packer appends a packed record; bad is set by a string or number the JSON
// would not keep as it is.
type packer struct {
	b   []byte
	bad bool
}

func (p *packer) str(s string) {
	if !utf8.ValidString(s) {
		p.bad = true
	}
	p.b = binary.AppendUvarint(p.b, uint64(len(s)))
	p.b = append(p.b, s...)
}

// raw writes bytes that need not be UTF-8 (a packed proposition), as str does.
func (p *packer) raw(b []byte) {
	p.b = binary.AppendUvarint(p.b, uint64(len(b)))
	p.b = append(p.b, b...)
}

func (p *packer) optional(s *string) {
	if s == nil {
		p.b = append(p.b, 0)
		return
	}
	p.b = append(p.b, 1)
	p.str(*s)
}

func (p *packer) int(n int) { p.b = binary.AppendVarint(p.b, int64(n)) }

func (p *packer) bool(v bool) {
	if v {
		p.b = append(p.b, 1)
	} else {
		p.b = append(p.b, 0)
	}
}

// float writes an integral value as 0 and a varint, another as 1 and its bits.
func (p *packer) float(f float64) {
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		p.bad = true
	case f == math.Trunc(f) && math.Abs(f) < 1<<53 && !(f == 0 && math.Signbit(f)):
		p.b = binary.AppendVarint(append(p.b, 0), int64(f))
	default:
		p.b = binary.LittleEndian.AppendUint64(append(p.b, 1), math.Float64bits(f))
	}
}

func (p *packer) span(s event.Span) {
	p.int(s.Start)
	p.int(s.End)
}

// count writes a list's length plus one, 0 for a nil list, which the JSON tells
// from an empty one (null, []).
func (p *packer) count(n int, isNil bool) {
	if isNil {
		p.b = append(p.b, 0)
		return
	}
	p.b = binary.AppendUvarint(p.b, uint64(n)+1)
}

func (p *packer) actors(as []event.Actor) {
	p.count(len(as), as == nil)
	for _, a := range as {
		p.str(a.Code)
		p.str(a.Name)
		if a.Span == nil {
			p.b = append(p.b, 0)
		} else {
			p.b = append(p.b, 1)
			p.span(*a.Span)
		}
	}
}

// unpacker reads a packed record; ok turns false at its first malformed byte.
type unpacker struct {
	s    string
	i    int
	ok   bool
	strs *strTable
}

func (u *unpacker) uvarint() uint64 {
	if !u.ok {
		return 0
	}
	var x uint64
	for shift := 0; shift < 64; shift += 7 {
		if u.i >= len(u.s) {
			break
		}
		c := u.s[u.i]
		u.i++
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return x
		}
	}
	u.ok = false
	return 0
}

func (u *unpacker) int() int {
	x := u.uvarint()
	return int(int64(x>>1) ^ -int64(x&1))
}

func (u *unpacker) byte() byte {
	if !u.ok || u.i >= len(u.s) {
		u.ok = false
		return 0
	}
	c := u.s[u.i]
	u.i++
	return c
}

func (u *unpacker) bool() bool { return u.byte() == 1 }

func (u *unpacker) raw() string {
	n := u.uvarint()
	if !u.ok || n > uint64(len(u.s)-u.i) {
		u.ok = false
		return ""
	}
	s := u.s[u.i : u.i+int(n)]
	u.i += int(n)
	return s
}

// str reads a string shared through the table, when there is one.
func (u *unpacker) str() string {
	s := u.raw()
	if u.strs != nil && u.ok {
		s = u.strs.shared(s)
	}
	return s
}

// unique reads a string not worth sharing (an id), a copy when there is a table,
// since the record is then not to be kept.
func (u *unpacker) unique() string {
	s := u.raw()
	if u.strs != nil && u.ok {
		s = strings.Clone(s)
	}
	return s
}

func (u *unpacker) optional() *string {
	if u.byte() == 0 {
		return nil
	}
	s := u.str()
	return &s
}

func (u *unpacker) float() float64 {
	if u.byte() == 0 {
		return float64(u.int())
	}
	if !u.ok || len(u.s)-u.i < 8 {
		u.ok = false
		return 0
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64([]byte(u.s[u.i : u.i+8])))
	u.i += 8
	return f
}

func (u *unpacker) span() event.Span { return event.Span{Start: u.int(), End: u.int()} }

// count reads a list's length, -1 for nil; a length beyond the bytes left is
// malformed.
func (u *unpacker) count() int {
	n := u.uvarint()
	if n > uint64(len(u.s)-u.i)+1 {
		u.ok = false
	}
	if !u.ok {
		return -1
	}
	return int(n) - 1
}

func (u *unpacker) actors() []event.Actor {
	n := u.count()
	if n < 0 {
		return nil
	}
	as := make([]event.Actor, n)
	for i := range as {
		as[i].Code = u.str()
		as[i].Name = u.str()
		if u.byte() == 1 {
			s := u.span()
			as[i].Span = &s
		}
	}
	return as
}

// unpackEvent reads a packed record into e, false when it is malformed.
func unpackEvent(record string, strs *strTable, e *event.Event) bool {
	u := &unpacker{s: record, ok: len(record) > 0 && record[0] == packedVersion, i: 1, strs: strs}
	e.ID = u.unique()
	e.ArticleID = u.str()
	e.Sentence = u.int()
	e.Span = u.span()
	e.Date.Value = u.str()
	e.Date.End = u.optional()
	e.Date.Granularity = u.str()
	e.Date.Basis = u.str()
	e.Source = u.actors()
	e.Target = u.actors()
	e.Cameo = u.str()
	e.Plover.Type = u.str()
	e.Plover.Mode = u.str()
	e.Goldstein = u.float()
	e.QuadClass = u.int()
	e.Modality = event.Modality(u.str())
	if u.byte() == 1 {
		a := &event.Attribution{}
		a.Speaker.Code = u.str()
		a.Speaker.Name = u.str()
		a.Verb = u.str()
		a.Quoted = u.bool()
		e.Attribution = a
	}
	if n := u.count(); n >= 0 {
		e.Quantities = make([]event.Quantity, n)
		for i := range e.Quantities {
			q := &e.Quantities[i]
			q.Value = u.float()
			q.Max = u.float()
			q.Unit = u.str()
			q.Role = u.str()
			q.Approx = u.bool()
			q.AtLeast = u.bool()
		}
	}
	e.Location.Country = u.str()
	e.Location.Place = u.optional()
	e.Coder.Version = u.str()
	e.Coder.Rule = u.str()
	return u.ok && u.i == len(u.s)
}
