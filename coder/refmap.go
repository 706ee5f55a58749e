package coder

// refMap maps keys (actor codes, roles) to actors as a map would, for the few an
// article remembers: reading them all costs less than hashing.
type refMap []keyedRef

type keyedRef struct {
	key string
	r   ref
}

// get returns the actor of key k.
func (m refMap) get(k string) (ref, bool) {
	for i := range m {
		if m[i].key == k {
			return m[i].r, true
		}
	}
	return ref{}, false
}

// set makes r the actor of key k.
func (m *refMap) set(k string, r ref) {
	for i := range *m {
		if (*m)[i].key == k {
			(*m)[i].r = r
			return
		}
	}
	if *m == nil {
		*m = make(refMap, 0, 8)
	}
	*m = append(*m, keyedRef{k, r})
}
