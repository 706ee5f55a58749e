package coder

// otherNouns head "the other side", "the other party".
var otherNouns = set("side", "party")

// otherSide resolves "the other side" in trigger t's object: the party that t's source
// last dealt with, in this sentence ("Israel and Hamas agreed ..., but Israel accused the
// other side") or earlier in the article, else the one it last fought.
func (s *sent) otherSide(t *trigger) (ref, bool) {
	if len(t.src) == 0 {
		return ref{}, false
	}
	me := t.src[0].code
	for k := len(s.trig) - 1; k >= 0; k-- {
		u := &s.trig[k]
		if u == t || u.tok >= t.tok || u.code == "-" {
			continue
		}
		if r, ok := counterpart(me, u.src, u.tgt); ok {
			return r, true
		}
	}
	if r, ok := s.mem.counterpart.get(me); ok {
		return r, true
	}
	if r, ok := s.mem.opponent.get(me); ok {
		return r, true
	}
	return ref{}, false
}

// counterpart is the party facing actor me in an event with sources src and targets
// tgt: its target when me is a source, its source when me is a target, or another
// source when two act together ("X and Y agreed").
func counterpart(me string, src, tgt []ref) (ref, bool) {
	for i, a := range src {
		if !sameParty(a.code, me) {
			continue
		}
		for _, b := range tgt {
			if !b.place && !sameParty(b.code, me) {
				return b, true
			}
		}
		for j, b := range src {
			if j != i && !sameParty(b.code, me) {
				return b, true
			}
		}
	}
	for _, b := range tgt {
		if sameParty(b.code, me) && len(src) > 0 && !sameParty(src[0].code, me) {
			return src[0], true
		}
	}
	return ref{}, false
}

// sameParty reports whether two codes name one party: equal, or a state and one of its
// own agents ("RUS" and "RUSGOV").
func sameParty(a, b string) bool {
	if a == b {
		return true
	}
	ca, cb := rootCountry(a), rootCountry(b)
	return ca != "" && ca == cb && (len(a) == 3 || len(b) == 3)
}

// rememberCounterparts records, for each actor of the sentence's events, the party it
// last dealt with.
func (s *sent) rememberCounterparts() {
	for i := range s.trig {
		t := &s.trig[i]
		if t.code == "-" || len(t.src) == 0 {
			continue
		}
		for _, a := range t.src {
			if r, ok := counterpart(a.code, t.src, t.tgt); ok {
				s.mem.counterpart.set(a.code, r)
				if _, seen := s.mem.counterpart.get(r.code); !seen || len(t.tgt) > 0 {
					s.mem.counterpart.set(r.code, a)
				}
			}
		}
	}
}
