package coder

import (
	"strings"

	"github.com/peacewatch/peacewatch/actor"
	"github.com/peacewatch/peacewatch/event"
)

// memory holds what the article has mentioned so far, to resolve pronouns, definite
// descriptions ("the group") and bare agents ("the government").
type memory struct {
	person, group, igo, country, plural *ref
	attacker                            []ref    // the source of the latest act of material conflict
	opponent                            refMap   // by actor code, the latest actor it fought
	byRole                              refMap   // by role ("MIL"), the latest actor of that role
	counterpart                         refMap   // by actor code, the latest party it dealt with
	place                               string   // the country of the latest place named
	dominant                            string   // the country the article is most about
	ranked                              []string // the article's countries, most mentioned first
	// kept holds the refs the pointers above point to, cut from one array at a time.
	kept []ref
}

// keep returns a pointer to a copy of r that stays as it is for the article.
func (m *memory) keep(r ref) *ref {
	if len(m.kept) == cap(m.kept) {
		m.kept = make([]ref, 0, 16)
	}
	m.kept = append(m.kept, r)
	return &m.kept[len(m.kept)-1]
}

// resolve turns phrase p into an actor, resolving a bare agent from memory.
func (s *sent) resolve(p int) (ref, bool) { return s.resolveRole(p, false) }

// resolveRole resolves phrase p as a subject or, with obj, as an object. A bare agent
// used as a modifier ("military position") is no actor; as an object, a bare armed or
// governing agent ("withdraw troops") is the subject's own and names no target.
func (s *sent) resolveRole(p int, obj bool) (ref, bool) {
	ph := &s.phr[p]
	r := ref{code: ph.code, name: ph.name, span: s.span(ph.start, ph.end), country: ph.country, person: ph.kind == actor.Person}
	if ph.place {
		return ref{}, false
	}
	if ph.code != "" {
		return r, true
	}
	if ph.kind == actor.Agent {
		if ph.anaphor != "" || ph.role == "REB" {
			kind := ph.anaphor
			if kind == "" {
				kind = "group"
			}
			m := s.lastInSentence(ph.start, func(q *phrase) bool { return q != ph && q.code != "" && anaphorKind(q) == kind })
			if m == nil {
				m = s.recall(kind)
			}
			if m != nil {
				r.code, r.country = m.code, m.country
				return r, true
			}
			if ph.anaphor != "" {
				return ref{}, false
			}
		}
		own := obj && (weapons[s.lower[ph.end-1]] || ownForces[ph.role] && (s.cur == nil || !forcesAsTargets(s.cur.pat.Code)))
		if own {
			return ref{}, false
		}
		if s.possessiveBefore(ph.start) >= 0 {
			if owner := s.possessor(p); owner != nil {
				r.code, r.country = withRoleCode(owner.code, ph.role), owner.country
				return r, true
			}
		}
		head := s.toks[ph.end-1]
		// "attacked army positions near Sake": an armed agent's positions stand for it.
		held := obj && ph.end < len(s.lower) && positionNouns[s.lower[ph.end]] && armedRoles[ph.role] &&
			s.cur != nil && event.QuadClass(s.cur.pat.Code) == 4
		// "rebel groups", "a militant faction": an agent before a noun of organisation
		// is the head's own, not a modifier.
		collective := ph.end < len(s.lower) && armedRoles[ph.role] && (groupNouns[s.lower[ph.end]] || groupNouns[strings.TrimSuffix(s.lower[ph.end], "s")])
		if !held && !collective && (head.Tag == "JJ" || ph.end < len(s.toks) && (s.toks[ph.end].Tag == "NN" || s.toks[ph.end].Tag == "NNS") && !s.isTriggerVerb(ph.end)) {
			return ref{}, false
		}
		if s.fromAbroad(ph) {
			return ref{}, false
		}
		if c := s.contextCountry(ph.start, obj, ph.role); c != "" && ph.role != "" {
			r.code, r.country = s.join(c, ph.role), c
			return r, true
		}
	}
	return ref{}, false
}

// fromAbroad reports whether bare agent ph is foreign to the places the article names:
// "Western diplomats", "foreign military attaches", or diplomats with no country
// named, who serve abroad.
func (s *sent) fromAbroad(ph *phrase) bool {
	if ph.start > 0 && (s.lower[ph.start-1] == "western" || s.lower[ph.start-1] == "foreign") {
		return true
	}
	return s.lower[ph.end-1] == "diplomats" || s.lower[ph.end-1] == "diplomat"
}

// positionNouns name what an armed force holds: its positions, bases, posts, convoys,
// stations and patrols.
var positionNouns = set("positions", "position", "base", "bases", "post", "posts", "outpost", "outposts",
	"convoy", "convoys", "checkpoint", "checkpoints", "barracks", "headquarters", "station", "stations",
	"patrol", "patrols")

// anaphorKind is the kind of earlier actor a definite description of kind k can name.
func anaphorKind(q *phrase) string {
	switch {
	case q.kind == actor.Group || len(q.code) >= 6 && q.code[3:6] == "REB":
		return "group"
	case q.kind == actor.IGO || strings.HasPrefix(q.code, "IGO"):
		return "igo"
	case q.kind == actor.Country:
		return "country"
	case q.kind == actor.Person:
		return "person"
	}
	return ""
}

// contextCountry is the country a bare agent at token i belongs to: for a subject,
// the country of the nearest actor before it in the sentence ("Petro said the
// government ..."), and for unnamed rebels (role REB) the place the sentence names; for
// an object, where the sentence takes place; else the country the article is most about.
func (s *sent) contextCountry(i int, obj bool, role string) string {
	if obj && s.cur != nil && event.Root(s.cur.pat.Code) == "08" && len(s.cur.src) > 0 {
		// Those an actor releases belong to the other side: "Hamas freed hostages".
		own := rootCountry(s.cur.src[0].code)
		for _, c := range s.mem.ranked {
			if c != own {
				return c
			}
		}
	}
	if obj {
		for q := range s.phr {
			if s.isLocation(q) {
				return s.phr[q].country
			}
		}
	} else {
		if p := s.at[i]; p >= 0 && s.phr[p].office && groupRoles[role] {
			// "signed in Minsk by the envoys and rebel leaders": the leaders of a
			// movement are of the country it fights in, not of an actor or a venue
			// near them.
			if r, ok := s.mem.byRole.get(role); ok && rootCountry(r.code) != "" {
				return rootCountry(r.code)
			}
			return s.mem.dominant
		}
		// "Sudan's army accused the UAE ..., and the army cut ties": a bare agent names
		// the last actor of its role before the country nearest to it.
		if armedRoles[role] {
			for q := len(s.phr) - 1; q >= 0; q-- {
				if ph := &s.phr[q]; ph.end <= i && hasRole(ph.code, role) && rootCountry(ph.code) != "" && !s.semicolonBetween(ph.end, i) {
					return rootCountry(ph.code)
				}
			}
		}
		for q := len(s.phr) - 1; q >= 0; q-- {
			if ph := &s.phr[q]; ph.end <= i && ph.code != "" && !ph.place && rootCountry(ph.code) != "" && ph.kind != actor.Group && !s.semicolonBetween(ph.end, i) && !s.borderWith(ph.start) {
				return rootCountry(ph.code)
			}
		}
		// "Gunmen struck a police post in Balochistan", "demonstrators rallied in
		// Niamey": unnamed armed men, protesters and people are of the place where they act.
		if role == "REB" || role == "OPP" || role == "CVL" {
			for q := range s.phr {
				if s.phr[q].place || role != "REB" && s.isLocation(q) {
					return s.phr[q].country
				}
			}
		}
		if r, ok := s.mem.byRole.get(role); ok && armedRoles[role] && rootCountry(r.code) != "" {
			return rootCountry(r.code) // "the army" after "Israeli troops" in an earlier sentence
		}
	}
	return s.mem.dominant
}

// borderWith reports whether the phrase at token i names a neighbour: "on the border
// with Thailand", "the frontier with Chad".
func (s *sent) borderWith(i int) bool {
	return i >= 2 && s.lower[i-1] == "with" && (s.lower[i-2] == "border" || s.lower[i-2] == "frontier" || s.lower[i-2] == "borders")
}

// possessor is the actor that "its"/"their"/"his" before phrase p refers to: the
// nearest coded actor before it in the sentence, else the last one remembered.
func (s *sent) possessor(p int) *ref {
	for q := p - 1; q >= 0; q-- {
		if s.phr[q].place {
			continue
		}
		if r, ok := s.resolve(q); ok {
			return &r
		}
	}
	switch s.lower[max(s.possessiveBefore(s.phr[p].start), 0)] {
	case "his", "her":
		return s.mem.person
	}
	return s.recall("plural")
}

// withRoleCode gives an actor's country a role: "RWA" or "RWAGOV" with "MIL" is
// "RWAMIL"; a group or organisation keeps its code.
func withRoleCode(code, role string) string {
	c := rootCountry(code)
	if c == "" || len(code) > 3 && code[3:] == "REB" {
		return code
	}
	return c + role
}

// recall returns the last actor of a kind: "group", "igo", "country", "person", "plural".
func (s *sent) recall(kind string) *ref {
	switch kind {
	case "group":
		return s.mem.group
	case "igo":
		return s.mem.igo
	case "country":
		return s.mem.country
	case "person":
		return s.mem.person
	case "plural":
		if s.mem.plural != nil {
			return s.mem.plural
		}
		return s.mem.group
	}
	return nil
}

// pronoun resolves a personal pronoun at token j.
func (s *sent) pronoun(j int) (ref, bool) {
	w := s.lower[j]
	var m *ref
	switch {
	case personPronouns[w]:
		// "\"Maliki has torn up the deal,\" he told a rally": outside a quotation, a
		// pronoun is not a person the quotation names.
		m = s.lastInSentence(j, func(ph *phrase) bool {
			return ph.kind == actor.Person && !s.isSubject(ph) && (s.quoted[j] || !s.quoted[ph.start])
		})
		if m == nil {
			m = s.mem.person
		}
	case pluralPronouns[w]:
		// "rebels attacked ..., and soldiers drove them back": in an object, "them" is
		// not the subject nor its side, and is first one taking part in an earlier event.
		other := func(ph *phrase) bool {
			return (ph.plural || ph.kind == actor.Group) && !s.isSubject(ph) && !s.subjectsSide(ph)
		}
		if s.cur != nil && j < s.cur.tok {
			// "RSF fighters killed patients ... after they seized the city": a subject
			// "they" is an earlier clause's subject.
			m = s.lastInSentence(j, func(ph *phrase) bool { return (ph.plural || ph.kind == actor.Group) && s.earlierSource(ph) })
		} else {
			m = s.lastInSentence(j, func(ph *phrase) bool { return other(ph) && s.participant(ph) })
		}
		if m == nil {
			m = s.lastInSentence(j, other)
		}
		if m == nil {
			m = s.recall("plural")
		}
	case speakerPronouns[w] && s.quoted[j]:
		m = s.speakerOf(j)
	}
	if m == nil || m.code == "" {
		return ref{}, false
	}
	r := *m
	r.name = s.toks[j].Text
	r.span = s.span(j, j+1)
	return r, true
}

// subjectsSide reports whether phrase ph names the same actor as the subject of the
// trigger whose object is being sought ("Taliban fighters dispersed them": not the Taliban).
func (s *sent) subjectsSide(ph *phrase) bool {
	if s.cur == nil || ph.code == "" {
		return false
	}
	for _, r := range s.cur.src {
		if r.code == ph.code {
			return true
		}
	}
	return false
}

// participant reports whether phrase ph is a source or a target of a trigger before the
// current one.
func (s *sent) participant(ph *phrase) bool {
	if s.cur == nil {
		return false
	}
	start := s.toks[ph.start].Start
	for k := range s.trig {
		u := &s.trig[k]
		if u == s.cur || u.tok >= s.cur.tok {
			continue
		}
		for _, r := range append(append([]ref(nil), u.src...), u.tgt...) {
			if r.span.Start == start {
				return true
			}
		}
	}
	return false
}

// earlierSource reports whether phrase ph is the source of a trigger before the current one.
func (s *sent) earlierSource(ph *phrase) bool {
	start := s.toks[ph.start].Start
	for k := range s.trig {
		u := &s.trig[k]
		if u == s.cur || u.tok >= s.cur.tok {
			continue
		}
		for _, r := range u.src {
			if r.span.Start == start {
				return true
			}
		}
	}
	return false
}

// isSubject reports whether phrase ph is the subject of the trigger whose object is
// being sought, which a pronoun in the object cannot name.
func (s *sent) isSubject(ph *phrase) bool {
	if s.cur == nil || s.cur.pat.Noun {
		return false
	}
	for _, r := range s.cur.src {
		if r.span.Start == s.toks[ph.start].Start {
			return true
		}
	}
	return false
}

// lastInSentence is the last phrase before token j that satisfies ok, resolved.
func (s *sent) lastInSentence(j int, ok func(*phrase) bool) *ref {
	for p := len(s.phr) - 1; p >= 0; p-- {
		if s.phr[p].end > j || !ok(&s.phr[p]) {
			continue
		}
		if r, found := s.resolve(p); found {
			return &r
		}
	}
	return nil
}

// remember updates the article's memory with the sentence's phrases.
func (s *sent) remember() {
	s.rememberCounterparts()
	for i := range s.trig {
		if t := &s.trig[i]; len(t.src) > 0 && t.code != "-" && event.QuadClass(t.pat.Code) == 4 {
			s.mem.attacker = t.src
			for _, a := range t.src {
				for _, b := range t.tgt {
					if a.code != b.code && !b.place {
						s.mem.opponent.set(a.code, b)
						s.mem.opponent.set(b.code, a)
					}
				}
			}
		}
	}
	for p := range s.phr {
		ph := &s.phr[p]
		if ph.place && ph.country != "" {
			s.mem.place = ph.country
		}
		r, ok := s.resolve(p)
		if !ok {
			continue
		}
		// One copy of r, made only when remembered, serves every memory slot.
		var rp *ref
		kept := func() *ref {
			if rp == nil {
				rp = s.mem.keep(r)
			}
			return rp
		}
		switch {
		case ph.kind == actor.Person:
			s.mem.person = kept()
		case ph.kind == actor.Group || len(r.code) >= 6 && r.code[3:6] == "REB":
			s.mem.group = kept()
		case ph.kind == actor.IGO:
			s.mem.igo = kept()
		case ph.kind == actor.Country:
			s.mem.country = kept()
		}
		if ph.plural || ph.kind == actor.Group {
			s.mem.plural = kept()
		}
		if len(r.code) >= 6 && rootCountry(r.code) != "" && ph.kind != actor.Group {
			s.mem.byRole.set(r.code[3:6], r)
		}
	}
}

// reportUnknown records proper-noun runs in tokens [i, j) that no dictionary knows.
func (s *sent) reportUnknown(i, j int) {
	for k := max(i, 0); k < j && k < len(s.toks); k++ {
		if !isProper(s.toks[k]) || s.at[k] >= 0 || notActor[s.lower[k]] || k == 0 && s.toks[k].Tag != "NNP" {
			continue
		}
		e := k
		for e < len(s.toks) && isProper(s.toks[e]) && s.at[e] < 0 {
			e++
		}
		s.unknown(k, e)
		k = e
	}
}

// notActor lists capitalised words that never name an actor.
var notActor = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
	"dr", "dr.", "the", "a", "an", "i", "it", "he", "she", "they", "we", "in", "on", "but",
	"however", "meanwhile", "president", "minister", "prime", "general", "gen.", "col.",
	"sgt.", "secretary", "state", "statement", "reuters", "ap", "afp", "bbc", "cnn")

// semicolonBetween reports whether a ";" separates tokens [i, j): another clause.
func (s *sent) semicolonBetween(i, j int) bool {
	for k := i; k < j && k < len(s.lower); k++ {
		if s.lower[k] == ";" {
			return true
		}
	}
	return false
}

// possessiveBefore is the possessive pronoun before a phrase starting at token i, over
// numbers and adjectives ("its 12,000 peacekeepers"), or -1.
func (s *sent) possessiveBefore(i int) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if possessives[s.lower[k]] {
			return k
		}
		if t := s.toks[k].Tag; t != "CD" && t != "JJ" {
			return -1
		}
	}
	return -1
}
