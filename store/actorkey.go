package store

import "github.com/peacewatch/peacewatch/event"

// Actor codes are indexed under keys so that the common actor filters, a country
// ("SYR") or a full code ("SYRREB"), read one ordered index range. CAMEO codes are
// built of three-letter parts, so a code's keys are its prefixes of 3, 6, 9, ...
// letters and the code itself: "AFGGOVMIL" is kept under "AFG", "AFGGOV" and
// "AFGGOVMIL". Every code that starts with a filter whose length is a multiple of
// three has that filter among its keys (KeyedActor); other filters ("AF") are
// answered with a range over the keys.

// Role bits of an actor key row: the event has an actor under the key as a source,
// as a target, or both.
const (
	SourceBit = 1
	TargetBit = 2
)

// ActorKeys returns e's actor keys with the roles under which e has them.
func ActorKeys(e event.Event) map[string]int {
	keys := make(map[string]int)
	for _, k := range appendActorKeys(nil, e) {
		keys[k.Key] = k.Roles
	}
	return keys
}

// appendActorKeys appends e's actor keys to dst, in no order, and returns it: each
// key once with all its roles, found without a map.
func appendActorKeys(dst []ActorKey, e event.Event) []ActorKey {
	base := len(dst)
	add := func(key string, bit int) {
		for i := base; i < len(dst); i++ {
			if dst[i].Key == key {
				dst[i].Roles |= bit
				return
			}
		}
		dst = append(dst, ActorKey{Key: key, Roles: bit})
	}
	for _, side := range [...]struct {
		bit    int
		actors []event.Actor
	}{{SourceBit, e.Source}, {TargetBit, e.Target}} {
		for _, a := range side.actors {
			c := a.Code
			if c == "" {
				continue
			}
			for n := 3; n < len(c); n += 3 {
				add(c[:n], side.bit)
			}
			add(c, side.bit)
		}
	}
	return dst
}

// KeyedActor reports whether the events whose actors start with filter are exactly
// those with filter among their ActorKeys.
func KeyedActor(filter string) bool { return filter != "" && len(filter)%3 == 0 }

// RoleBits returns the role bits an actor filter's role asks for.
func RoleBits(r Role) int {
	switch r {
	case SourceRole:
		return SourceBit
	case TargetRole:
		return TargetBit
	}
	return SourceBit | TargetBit
}
