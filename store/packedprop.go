package store

import (
	"encoding/binary"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/text"
)

// A packed proposition is a claim's proposition (EncodeProposition) in the binary
// form of packed event records: a claim's JSON took about 510 bytes, most of them
// field names and the digits of word offsets, and claims were the largest table
// of a SQLite store. Its first byte, packedPropVersion, is never the first of
// JSON; offsets are kept as the difference from the one before.
const packedPropVersion = 1

// Flags of a packed proposition's flags byte.
const (
	propDated = 1 << iota
	propNarrative
	propPast
	propListItem
	propDealBefore
)

// PackedProposition returns p packed, nil for a proposition that holds no reading
// (as EncodeProposition returns ""), and false when p has no packed form: a time
// not in UTC (its JSON keeps the zone) or of a year outside 0-9999 (its JSON
// fails), a string that is not UTF-8 or a number that is not finite.
func PackedProposition(p agreement.Proposition) ([]byte, bool) {
	return appendPackedProposition(make([]byte, 0, 64+8*len(p.Words)), p)
}

// appendPackedProposition is PackedProposition appended to dst, which is
// returned (nil and true for a proposition that holds no reading).
func appendPackedProposition(dst []byte, p agreement.Proposition) ([]byte, bool) {
	if !p.Read() {
		return nil, true
	}
	k := packer{b: dst}
	k.b = append(k.b, packedPropVersion)
	k.int(p.Sentence)
	k.time(p.Date)
	k.time(p.Published)
	var flags byte
	for i, f := range []bool{p.Dated, p.Narrative, p.Past, p.ListItem, p.DealBefore} {
		if f {
			flags |= 1 << i
		}
	}
	k.b = append(k.b, flags)
	k.str(p.Granularity)
	k.offsets(p.WordAt, p.WordAt == nil)
	k.strList(p.Actors, len(p.Actors) == 0) // the JSON omits an empty list
	k.offsets(p.ActorAt, len(p.ActorAt) == 0)
	k.strList(p.Words, false)
	k.count(len(p.Quantities), len(p.Quantities) == 0)
	for _, q := range p.Quantities {
		k.int(q.Tok)
		k.int(q.TokEnd)
		k.float(q.Value)
		k.float(q.Max)
		k.str(q.Unit)
		k.int(q.UnitTok)
		k.bool(q.Approx)
		k.bool(q.AtLeast)
		k.bool(q.AtMost)
	}
	if k.bad {
		return nil, false
	}
	return k.b, true
}

// time writes a UTC time as its Unix seconds and nanoseconds. A year outside
// 0-9999, which JSON refuses, has no packed form either: a proposition is
// packed only where its JSON can be written (Batch.EncodePacked).
func (p *packer) time(t time.Time) {
	if y := t.Year(); t.Location() != time.UTC || y < 0 || y > 9999 {
		p.bad = true
		return
	}
	p.b = binary.AppendVarint(p.b, t.Unix())
	p.int(t.Nanosecond())
}

// offsets writes a list of ints, each as the difference from the one before.
func (p *packer) offsets(xs []int, isNil bool) {
	p.count(len(xs), isNil)
	prev := 0
	for _, x := range xs {
		p.int(x - prev)
		prev = x
	}
}

func (u *unpacker) time() time.Time {
	x := u.uvarint()
	sec := int64(x>>1) ^ -int64(x&1)
	nsec := u.int()
	if !u.ok || nsec < 0 || nsec > 999_999_999 {
		u.ok = false
		return time.Time{}
	}
	return time.Unix(sec, int64(nsec)).UTC()
}

// strList writes a list of strings, nil when isNil.
func (p *packer) strList(ss []string, isNil bool) {
	p.count(len(ss), isNil)
	for _, s := range ss {
		p.str(s)
	}
}

func (u *unpacker) strList() []string {
	n := u.count()
	if n < 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = u.str()
	}
	return ss
}

func (u *unpacker) offsets() []int {
	n := u.count()
	if n < 0 {
		return nil
	}
	xs := make([]int, n)
	prev := 0
	for i := range xs {
		prev += u.int()
		xs[i] = prev
	}
	return xs
}

// unpackProposition reads a packed proposition into p, false when it is
// malformed.
func unpackProposition(s string, strs *strTable, p *agreement.Proposition) bool {
	u := &unpacker{s: s, ok: len(s) > 0 && s[0] == packedPropVersion, i: 1, strs: strs}
	var q agreement.Proposition
	q.Sentence = u.int()
	q.Date = u.time()
	q.Published = u.time()
	flags := u.byte()
	q.Dated, q.Narrative, q.Past, q.ListItem = flags&propDated != 0, flags&propNarrative != 0, flags&propPast != 0, flags&propListItem != 0
	q.DealBefore = flags&propDealBefore != 0
	q.Granularity = u.str()
	q.WordAt = u.offsets()
	q.Actors = u.strList()
	q.ActorAt = u.offsets()
	q.Words = u.strList()
	if n := u.count(); n >= 0 {
		q.Quantities = make([]text.Quantity, n)
		for i := range q.Quantities {
			c := &q.Quantities[i]
			c.Tok = u.int()
			c.TokEnd = u.int()
			c.Value = u.float()
			c.Max = u.float()
			c.Unit = u.str()
			c.UnitTok = u.int()
			c.Approx = u.bool()
			c.AtLeast = u.bool()
			c.AtMost = u.bool()
		}
	}
	if !u.ok || u.i != len(u.s) || q.Words == nil || flags>>5 != 0 {
		return false
	}
	*p = q
	return true
}
