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
func (b *Batch) Encode() error {
	enc, err := encode(*b)
	if err != nil {
		return err
	}
	b.Encoded = enc
	return nil
}

// Encoding returns b.Encoded, or computes it when b was not encoded (or was
// encoded with other events or claims than it holds).
func (b Batch) Encoding() (*Encoded, error) {
	if e := b.Encoded; e != nil && len(e.Events) == len(b.Events) && len(e.Props) == len(b.Claims) && len(e.PackedProps) == len(b.Claims) {
		return e, nil
	}
	return encode(b)
}

func encode(b Batch) (*Encoded, error) {
	fp := FingerprintOf(b.Article.Text)
	enc := &Encoded{Fingerprint: fp, Bands: fp.BandKeys(), Events: make([]EncodedEvent, len(b.Events)),
		Props: make([]string, len(b.Claims)), PackedProps: make([][]byte, len(b.Claims))}
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
	// about 900 bytes and a claim's packed one of about 180: a few allocations
	// instead of two per event and two per claim.
	ar := arena{b: make([]byte, 0, 900*len(b.Events)+180*len(b.Claims))}
	var scratch []byte
	for i, e := range b.Events {
		var err error
		scratch, err = appendEventRecord(scratch[:0], e)
		if err != nil {
			return nil, err
		}
		rec := ar.copy(scratch)
		keyBuf = appendActorKeys(keyBuf, e)
		actors := keyBuf[:len(keyBuf):len(keyBuf)]
		keyBuf = keyBuf[len(keyBuf):]
		slices.SortFunc(actors, func(a, b ActorKey) int { return cmp.Compare(a.Key, b.Key) })
		scratch, _ = appendPackedRecord(scratch[:0], e)
		packed := ar.copy(scratch)
		enc.Events[i] = EncodedEvent{Record: rec, Packed: packed, Actors: actors}
	}
	for i, c := range b.Claims {
		p, buf, err := encodeProposition(scratch, c.Prop)
		if err != nil {
			return nil, err
		}
		enc.Props[i] = p
		scratch, _ = appendPackedProposition(buf[:0], c.Prop)
		enc.PackedProps[i] = ar.copy(scratch)
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
