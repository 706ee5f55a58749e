package ingest

import (
	"encoding/binary"
	"fmt"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/store"
)

// claimPack is the claims of one article, as read from the store, packed in one
// string (their propositions as store.PackedProposition), so that they can be
// carried from one assessment group to the next: a string holds nothing the
// collector must follow, where decoded claims hold a pointer for each of their
// words and actors, and the collector runs often on a large store.
type claimPack string

// packClaims packs cs, the claims of one article read from the store (so
// without events), and reports false when one of them has no packed form.
func packClaims(cs []agreement.Claim) (claimPack, bool) {
	var b []byte
	b = binary.AppendUvarint(b, uint64(len(cs)))
	for _, c := range cs {
		if c.Prop.Events != nil {
			return "", false
		}
		prop, ok := store.PackedProposition(c.Prop)
		if !ok {
			return "", false
		}
		for _, s := range []string{c.ArticleID, c.Speaker.Code, c.Speaker.Name, c.Text} {
			b = binary.AppendUvarint(b, uint64(len(s)))
			b = append(b, s...)
		}
		b = binary.AppendVarint(b, int64(c.Start))
		b = binary.AppendVarint(b, int64(c.End))
		b = binary.AppendUvarint(b, uint64(len(prop)))
		b = append(b, prop...)
	}
	return claimPack(b), true
}

// claims returns the claims p packs, as they were read from the store; their
// strings share p's bytes.
func (p claimPack) claims() ([]agreement.Claim, error) {
	if p == "" {
		return nil, nil // an article without claims
	}
	r := packReader{s: string(p)}
	cs := make([]agreement.Claim, min(r.uvarint(), len(r.s))) // a claim takes bytes
	for k := range cs {
		c := &cs[k]
		c.ArticleID, c.Speaker.Code, c.Speaker.Name, c.Text = r.str(), r.str(), r.str(), r.str()
		c.Start, c.End = r.varint(), r.varint()
		if prop := r.str(); prop != "" && r.ok() {
			if err := store.DecodeProposition(prop, &c.Prop); err != nil {
				return nil, fmt.Errorf("claim %d of %s: %w", k, c.ArticleID, err)
			}
		}
	}
	if !r.ok() || r.i != len(r.s) {
		return nil, fmt.Errorf("claim pack of %d bytes: malformed at byte %d", len(r.s), r.i)
	}
	return cs, nil
}

// packReader reads a claimPack; i is -1 once it read past what it holds.
type packReader struct {
	s string
	i int
}

func (r *packReader) ok() bool { return r.i >= 0 }

func (r *packReader) uvarint() int {
	if r.i < 0 {
		return 0
	}
	var n uint64
	for shift := 0; r.i < len(r.s) && shift < 64; shift += 7 {
		b := r.s[r.i]
		r.i++
		n |= uint64(b&0x7f) << shift
		if b < 0x80 {
			if n > 1<<62 {
				break
			}
			return int(n)
		}
	}
	r.i = -1
	return 0
}

// varint reads what binary.AppendVarint wrote.
func (r *packReader) varint() int {
	u := r.uvarint()
	if u&1 != 0 {
		return -(u >> 1) - 1
	}
	return u >> 1
}

func (r *packReader) str() string {
	n := r.uvarint()
	if r.i < 0 || n > len(r.s)-r.i {
		r.i = -1
		return ""
	}
	v := r.s[r.i : r.i+n]
	r.i += n
	return v
}
