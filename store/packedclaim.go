package store

import (
	"fmt"

	"github.com/peacewatch/peacewatch/agreement"
)

// PackedClaims returns cs, the claims of one article as read from the store (so
// without events), packed in one string (their propositions as
// PackedProposition), and false when one of them has no packed form. A string
// holds nothing the collector must follow, where decoded claims hold a pointer
// for each of their words and actors: re-assessment carries claims packed from
// one group of deals to the next.
func PackedClaims(cs []agreement.Claim) (string, bool) {
	k := packer{}
	k.count(len(cs), false)
	for _, c := range cs {
		if c.Prop.Events != nil {
			return "", false
		}
		prop, ok := PackedProposition(c.Prop)
		if !ok {
			return "", false
		}
		k.str(c.ArticleID)
		k.str(c.Speaker.Code)
		k.str(c.Speaker.Name)
		k.str(c.Text)
		k.int(c.Start)
		k.int(c.End)
		k.raw(prop)
	}
	return string(k.b), !k.bad
}

// DecodeClaims returns the claims s packs (PackedClaims) as they were read from
// the store; their strings share s's bytes.
func DecodeClaims(s string) ([]agreement.Claim, error) {
	if s == "" {
		return nil, nil
	}
	u := unpacker{s: s, ok: true}
	cs := make([]agreement.Claim, max(u.count(), 0))
	for i := range cs {
		c := &cs[i]
		c.ArticleID, c.Speaker.Code, c.Speaker.Name, c.Text = u.raw(), u.raw(), u.raw(), u.raw()
		c.Start, c.End = u.int(), u.int()
		if prop := u.raw(); prop != "" && u.ok && !unpackProposition(prop, nil, &c.Prop) {
			return nil, fmt.Errorf("decode claim %d of %s: malformed packed proposition", i, c.ArticleID)
		}
	}
	if !u.ok || u.i != len(s) {
		return nil, fmt.Errorf("decode claims: %d bytes malformed at byte %d", len(s), u.i)
	}
	return cs, nil
}
