package agreement

import "strings"

// Stands reports whether the coded actor a stands for the party p of a provision:
// the same code, a code under it ("ISR" and "ISRMIL"), or the country and one of its
// state organs ("ISRMIL" and "ISR", "ISRGOV" and "ISRMIL"). A non-state role of a
// country ("AFGREB") never stands for the country, nor the country for it.
func (r *Rules) Stands(p, a string) bool {
	if p == "" || a == "" {
		return false
	}
	if p == a {
		return true
	}
	if international(p) || international(a) {
		return strings.HasPrefix(a, p) || strings.HasPrefix(p, a)
	}
	if len(p) < 3 || len(a) < 3 || p[:3] != a[:3] {
		return false
	}
	rp, ra := p[3:], a[3:]
	switch {
	case strings.HasPrefix(ra, rp) && rp != "":
		return true
	case strings.HasPrefix(rp, ra) && ra != "":
		return true
	}
	return r.state(rp) && r.state(ra)
}

// state reports whether role (what follows a country code) is empty or starts with a
// state organ's code.
func (r *Rules) state(role string) bool {
	if role == "" {
		return true
	}
	if len(role) < 3 {
		return false
	}
	return r.StateRoles[role[:3]]
}

func international(code string) bool {
	return strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO")
}

// standsAny reports whether any of actors stands for any of parties.
func (r *Rules) standsAny(parties, actors []string) bool {
	for _, p := range parties {
		for _, a := range actors {
			if r.Stands(p, a) {
				return true
			}
		}
	}
	return false
}

// Root is an actor code's root: its country (the first three letters), or the whole
// code of an international organisation or group (IGO..., NGO..., IMG...), which
// belongs to no country. Obligors, parties and speakers are compared on roots.
func Root(code string) string {
	if len(code) <= 3 || international(code) || strings.HasPrefix(code, "IMG") {
		return code
	}
	return code[:3]
}

// acts reports whether the coded actor is one that acts rather than one acted on:
// prisoners, civilians and refugees ("American prisoners", "Afghan civilians") are
// what a release or a return moves, not who does it.
func (r *Rules) acts(code string) bool {
	if len(code) < 6 || international(code) {
		return true
	}
	switch code[3:6] {
	case "PRI", "CVL", "REF":
		return false
	}
	return true
}
