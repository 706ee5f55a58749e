package store

import (
	"cmp"
	"slices"
)

// Encoded is what an adapter writes of a batch that takes no database to compute:
// the article's fingerprint and band keys, each event's record and actor keys, each
// claim's proposition. Batch.Encode fills it; the ingest pipeline calls Encode in its
// parallel coding workers, so that a store's single writer only binds the values.
type Encoded struct {
	Fingerprint Fingerprint
	Bands       []int64 // Fingerprint.BandKeys
	// Events holds one entry per event of the batch, in order.
	Events []EncodedEvent
	// Props holds EncodeProposition of each claim of the batch, in order.
	Props []string
	// PackedProps holds PackedProposition of each claim, or nil where it has
	// none; a store that reads it back keeps it instead of Props.
	PackedProps [][]byte
	// PackedOnly is set by EncodePacked: an event's Record is set only where it
	// has no Packed one, and a claim's Props entry only where its PackedProps
	// entry is nil.
	PackedOnly bool
}

// EncodedEvent is one event's share of Encoded.
type EncodedEvent struct {
	Record []byte // EventRecord
	// Packed is PackedRecord, nil when the event has none; a store that reads it
	// back keeps it instead of Record.
	Packed []byte
	// Actors are the event's ActorKeys, ordered by key.
	Actors []ActorKey
}

// ActorKey is one of an event's actor keys with its role bits.
type ActorKey struct {
	Key   string
	Roles int
}

// Encode sets b.Encoded from b's article, events and claims. A batch changed after
// Encode must be encoded again, or have Encoded set to nil, since adapters trust it.
// It returns EventRecord's and EncodeProposition's errors.
func (b *Batch) Encode() error { return b.setEncoded(false) }

// EncodePacked is Encode for a store that keeps the packed forms where a batch
// has them (Encoded.PackedOnly): the JSON record of an event and the JSON
// proposition of a claim are written only where they have no packed form, which
// is where JSON is needed. It returns the errors Encode returns: a record or
// proposition has a packed form only where its JSON can be written.
func (b *Batch) EncodePacked() error { return b.setEncoded(true) }

// setEncoded sets b.Encoded to encode's, leaving it as it was on an error.
func (b *Batch) setEncoded(packedOnly bool) error {
	enc, err := encode(*b, packedOnly)
	if err != nil {
		return err
	}
	b.Encoded = enc
	return nil
}

// PackedKeeper is implemented by a store that keeps what is packed of a batch
// (EncodedEvent.Packed, Encoded.PackedProps) in place of its JSON forms.
type PackedKeeper interface {
	// KeepsPacked reports whether the store reads an event's Record or a
	// claim's Props entry only where the batch has no packed one.
	KeepsPacked() bool
}

// EncodeFor is EncodePacked when s keeps the packed forms (PackedKeeper), and
// Encode otherwise.
func (b *Batch) EncodeFor(s Store) error {
	if k, ok := s.(PackedKeeper); ok && k.KeepsPacked() {
		return b.EncodePacked()
	}
	return b.Encode()
}

// Encoding returns b.Encoded, or computes it when b was not encoded (or was
// encoded with other events or claims than it holds, or by EncodePacked).
func (b Batch) Encoding() (*Encoded, error) {
	if e := b.Encoded; b.encodedAsIs() && !e.PackedOnly {
		return e, nil
	}
	return encode(b, false)
}

// PackedEncoding is Encoding for a store that keeps the packed forms where a
// batch has them: it takes b.Encoded as EncodePacked or Encode set it, and
// computes it as EncodePacked does when b was not encoded.
func (b Batch) PackedEncoding() (*Encoded, error) {
	if b.encodedAsIs() {
		return b.Encoded, nil
	}
	return encode(b, true)
}

// encodedAsIs reports whether b.Encoded is set and has an entry for each of b's
// events and claims.
func (b Batch) encodedAsIs() bool {
	e := b.Encoded
	return e != nil && len(e.Events) == len(b.Events) && len(e.Props) == len(b.Claims) && len(e.PackedProps) == len(b.Claims)
}

// encode computes b's Encoded; packedOnly leaves out the JSON forms of what
// has a packed one (see EncodePacked).
func encode(b Batch, packedOnly bool) (*Encoded, error) {
	fp := FingerprintOf(b.Article.Text)
	enc := &Encoded{Fingerprint: fp, Bands: fp.BandKeys(), Events: make([]EncodedEvent, len(b.Events)),
		Props: make([]string, len(b.Claims)), PackedProps: make([][]byte, len(b.Claims)), PackedOnly: packedOnly}
	// The events' actor keys are cut from one array: each actor has at most a key
	// per three letters of its code.
	n := 0
	for _, e := range b.Events {
		for _, a := range e.Source {
			n += len(a.Code)/3 + 1
		}
		for _, a := range e.Target {
			n += len(a.Code)/3 + 1
		}
	}
	keyBuf := make([]ActorKey, 0, n)
	// The records are written in one scratch buffer and copied, at their length,
	// to arrays the batch's records share, sized for an event's two records of
	// about 900 bytes (its packed one alone about 300) and a claim's packed one of
	// about 180: a few allocations instead of two per event and two per claim.
	perEvent := 900
	if packedOnly {
		perEvent = 300
	}
	ar := arena{b: make([]byte, 0, perEvent*len(b.Events)+180*len(b.Claims))}
	var scratch []byte
	for i, e := range b.Events {
		keyBuf = appendActorKeys(keyBuf, e)
		actors := keyBuf[:len(keyBuf):len(keyBuf)]
		keyBuf = keyBuf[len(keyBuf):]
		slices.SortFunc(actors, func(a, b ActorKey) int { return cmp.Compare(a.Key, b.Key) })
		scratch, _ = appendPackedRecord(scratch[:0], e)
		packed := ar.copy(scratch)
		var rec []byte
		if packed == nil || !packedOnly {
			var err error
			if scratch, err = appendEventRecord(scratch[:0], e); err != nil {
				return nil, err
			}
			rec = ar.copy(scratch)
		}
		enc.Events[i] = EncodedEvent{Record: rec, Packed: packed, Actors: actors}
	}
	for i, c := range b.Claims {
		packed, ok := appendPackedProposition(scratch[:0], c.Prop)
		if packed != nil {
			scratch = packed
		}
		enc.PackedProps[i] = ar.copy(packed)
		if ok && packedOnly {
			continue
		}
		p, buf, err := encodeProposition(scratch, c.Prop)
		if err != nil {
			return nil, err
		}
		enc.Props[i] = p
		scratch = buf
	}
	return enc, nil
}

// arena copies byte strings into shared arrays.
type arena struct{ b []byte }

// copy returns a copy of p (nil for nil) cut from a's array, at its length and
// capacity, and starts a new array when p does not fit.
func (a *arena) copy(p []byte) []byte {
	if p == nil {
		return nil
	}
	if len(p) > cap(a.b)-len(a.b) {
		a.b = make([]byte, 0, max(4096, len(p)))
	}
	start := len(a.b)
	a.b = append(a.b, p...)
	return a.b[start:len(a.b):len(a.b)]
}
