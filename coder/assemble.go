package coder

import (
	"strconv"
	"time"

	"github.com/peacewatch/peacewatch/actor"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// events turns the sentence's triggers into event records.
func (s *sent) events() []event.Event {
	// The events are appended to what is left of the article's array, and the slice
	// is cut at its length when done.
	if cap(s.evBuf) < 4 {
		s.evBuf = make([]event.Event, 0, 16)
	}
	out := s.evBuf[:0]
	defer func() {
		if n := len(out); n > 0 && n <= cap(s.evBuf) && &out[0] == &s.evBuf[:1][0] {
			s.evBuf = s.evBuf[n:n]
		}
	}()
	var dates []text.DateMention
	var quants []text.Quantity
	analysed := false
	// The events' IDs are written one after another into ids, each ending at its
	// event's idEnds, and cut from one string when done: one allocation a sentence.
	var idBuf [256]byte
	var endBuf [16]int
	ids, idEnds := idBuf[:0], endBuf[:0]
	for ti := range s.trig {
		t := &s.trig[ti]
		if t.code == "-" {
			continue
		}
		if len(t.src) == 0 {
			if q := s.quote[t.tok]; q >= 0 && s.quoted[t.tok] && t.modality != event.Asserted {
				if sp := s.speaker(q); sp != nil {
					t.src = s.oneRef(*sp)
				}
			}
		}
		if len(t.src) == 0 || s.accusedOf(ti) || s.underInquiry(ti) || s.namedBy(t) || s.background(t) || s.onlyWraps(t) || s.planContent(t) {
			continue
		}
		if !analysed {
			dates = s.datesOf(s.index)
			if s.hasNumber() {
				quants = s.doc.td.Quantities(s.sentence())
			}
			analysed = true
		}
		code, killing, keep := s.refine(t, quants)
		if !keep {
			continue
		}
		// "..., and Putin said the strike was a test": a definite attack with no target
		// names one the sentence or the article has coded already.
		if t.pat.Noun && t.tok > 0 && definite[s.lower[t.tok-1]] && len(t.tgt) == 0 && event.QuadClass(code) == 4 && (lastViolent(out) != nil || len(s.mem.attacker) > 0) {
			continue
		}
		// "Kyiv said the attack had damaged a plant": what a known attack did is that attack.
		if !t.pat.Noun && event.QuadClass(code) == 4 && s.knownAttackDid(t) && (lastViolent(out) != nil || len(s.mem.attacker) > 0) {
			continue
		}
		t.src, t.tgt = dedupe(t.src), dedupe(t.tgt)
		if (code == "0871" || code == "087" || code == "1246") && len(t.src) == 1 && len(t.tgt) == 0 {
			t.tgt = s.opponentOf(t.src[0]) // "the RSF agreed to a truce; the army did not respond"
			if len(t.tgt) == 0 && code != "1246" {
				t.tgt = s.truceWhere(t) // "Putin did not agree to a ceasefire in Ukraine"
			}
		}
		info, ok := event.Lookup(code)
		if !ok {
			continue
		}
		// "an airstrike hit X, killing 12": the deaths belong to the attack.
		if prev := lastViolent(out); killing && t.modality == event.Asserted && prev != nil {
			if len(prev.Target) == 0 {
				prev.Target = s.eventActors(otherThan(t.tgt, t.src))
			}
			prev.Quantities = append(prev.Quantities, s.quantities(t, quants)...)
			continue
		}
		// "an Israeli airstrike destroyed the consulate": what the attack did is the attack.
		if n := s.attackSubject(t, out); n != nil && t.modality == event.Asserted && event.QuadClass(code) == 4 {
			if len(n.Target) == 0 {
				n.Target = s.eventActors(otherThan(t.tgt, t.src))
			}
			n.Quantities = append(n.Quantities, s.quantities(t, quants)...)
			continue
		}
		date := s.dateFor(t, dates)
		if date.Granularity == "day" && (date.Basis == event.BasisExplicit || date.Basis == event.BasisRelative) {
			if d, err := time.Parse("2006-01-02", date.Value); err == nil {
				s.lastDate = d
				if t.modality == event.Asserted {
					s.lastFact = d
				}
			}
		}
		base := event.Event{
			ArticleID: s.id,
			Sentence:  s.index,
			Span:      event.Span{Start: s.start, End: s.end},
			Text:      s.Text[s.start:s.end],
			Date:      date,
			Cameo:     info.Code,
			Plover:    info.Plover,
			Goldstein: info.Goldstein,
			QuadClass: info.QuadClass,
			Modality:  t.modality,
			Coder:     event.Coder{Version: Version, Rule: t.pat.Rule},
			Trigger:   s.span(t.tok, t.end),
			Lemma:     t.pat.Lemma,
		}
		base.Attribution = s.attribution(t)
		base.Quantities = s.quantities(t, quants)
		for n, pair := range s.pairs(t, code) {
			// A statement of accord with no one ("agreed to move") says nothing codable.
			if s.coded(out, code, pair) || code == "019" && len(pair.tgt) == 0 {
				continue
			}
			e := base
			ids = append(ids, s.id...)
			ids = append(ids, '-')
			ids = strconv.AppendInt(ids, int64(s.index), 10)
			ids = append(ids, '-')
			ids = strconv.AppendInt(ids, int64(t.tok), 10)
			if n > 0 {
				ids = append(ids, '-')
				ids = strconv.AppendInt(ids, int64(n), 10)
			}
			idEnds = append(idEnds, len(ids))
			e.Source = s.eventActors(pair.src)
			e.Target = s.eventActors(pair.tgt)
			e.Location = s.location(t, pair)
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return nil
	}
	all, start := string(ids), 0
	for k, end := range idEnds {
		out[k].ID, start = all[start:end], end
	}
	return withParties(out[:len(out):len(out)])
}

// definite determiners make a noun name something already spoken of.
var definite = set("the", "this", "that")

// coded reports whether the sentence already has an event with this code and roles,
// or with a target where this one has none ("signed a peace agreement" fires on both
// "signed" and "peace agreement"; "visited Washington on his first trip").
func (s *sent) coded(evs []event.Event, code string, p rolePair) bool {
	for _, e := range evs {
		if e.Cameo == code && sameActors(e.Source, p.src) && (len(p.tgt) == 0 || sameActors(e.Target, p.tgt)) {
			return true
		}
	}
	return false
}

func sameActors(as []event.Actor, rs []ref) bool {
	if len(as) != len(rs) {
		return false
	}
	for i := range as {
		if as[i].Code != rs[i].code {
			return false
		}
	}
	return true
}

// lastViolent is the sentence's latest attack so far, or nil.
func lastViolent(evs []event.Event) *event.Event {
	for i := len(evs) - 1; i >= 0; i-- {
		if isViolent(evs[i].Cameo) {
			return &evs[i]
		}
	}
	return nil
}

// isViolent reports material conflict by force: assaults, fighting, mass violence.
func isViolent(code string) bool {
	r := event.Root(code)
	return r == "18" || r == "19" || r == "20"
}

// hasNumber reports whether the sentence may state a quantity, so that sentences
// without one skip the quantity grammar.
func (s *sent) hasNumber() bool {
	for i, t := range s.toks {
		if t.Tag == "CD" || vagueCounts[s.lower[i]] {
			return true
		}
	}
	return false
}

type rolePair struct{ src, tgt []ref }

// pairs splits a trigger's roles into events: a compound source with no target acting
// reciprocally ("X and Y signed") and "fighting between X and Y" give one event per
// direction; a target equal to the source is dropped.
// The pairs returned are read before pairs is called again: the slice is d's.
func (d *doc) pairs(t *trigger, code string) []rolePair {
	tgt := otherThan(t.tgt, t.src)
	if len(t.src) > 1 && (reciprocal(code) && len(tgt) == 0 || sameRefs(t.src, t.tgt)) {
		var out []rolePair
		for i, a := range t.src {
			for j, b := range t.src {
				if i != j && a.code != b.code {
					out = append(out, rolePair{d.oneRef(a), d.oneRef(b)})
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	d.pairBuf = append(d.pairBuf[:0], rolePair{t.src, tgt})
	return d.pairBuf
}

// dedupe keeps the first of actors with the same code ("women and children").
func dedupe(refs []ref) []ref {
	if !hasDuplicate(refs) {
		return refs
	}
	out := refs[:0:0]
	for _, r := range refs {
		dup := false
		for _, o := range out {
			dup = dup || o.code == r.code
		}
		if !dup {
			out = append(out, r)
		}
	}
	return out
}

// hasDuplicate reports whether two of refs have the same code.
func hasDuplicate(refs []ref) bool {
	for i := range refs {
		for j := range i {
			if refs[j].code == refs[i].code {
				return true
			}
		}
	}
	return false
}

func withoutSelf(tgt, src []ref) []ref {
	var out []ref
	for _, r := range tgt {
		self := false
		for _, s := range src {
			if s.code == r.code {
				self = true
			}
		}
		if !self {
			out = append(out, r)
		}
	}
	return out
}

// otherThan is withoutSelf(tgt, src) for a reader that keeps no reference to it:
// it is tgt itself when no actor of tgt is in src.
func otherThan(tgt, src []ref) []ref {
	for _, r := range tgt {
		for _, s := range src {
			if s.code == r.code {
				return withoutSelf(tgt, src)
			}
		}
	}
	if len(tgt) == 0 {
		return nil
	}
	return tgt
}

func sameRefs(a, b []ref) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].code != b[i].code {
			return false
		}
	}
	return true
}

// oneRef returns a slice of r alone, of capacity 1, cut from an array the
// article's sentences share.
func (d *doc) oneRef(r ref) []ref {
	if len(d.refBuf) == 0 {
		d.refBuf = make([]ref, 32)
	}
	out := d.refBuf[:1:1]
	out[0], d.refBuf = r, d.refBuf[1:]
	return out
}

// join is a+b, the same string for the same pair among the last few joined: an
// article codes the same few actors again and again.
func (d *doc) join(a, b string) string {
	for i := range d.joined {
		if j := &d.joined[i]; j.a == a && j.b == b && j.ab != "" {
			return j.ab
		}
	}
	ab := a + b
	d.joined[d.nextJoined] = joined{a, b, ab}
	d.nextJoined = (d.nextJoined + 1) % len(d.joined)
	return ab
}

// joined is a pair of strings and their concatenation.
type joined struct{ a, b, ab string }

// keepString returns a pointer to a copy of v, cut from an array the article's
// events share.
func (d *doc) keepString(v string) *string {
	if len(d.strBuf) == 0 {
		d.strBuf = make([]string, 16)
	}
	p := &d.strBuf[0]
	*p, d.strBuf = v, d.strBuf[1:]
	return p
}

// eventActors returns the event actors of refs, never nil. The actors and their
// spans are cut from arrays the article's events share, each slice with its
// capacity at its length.
func (d *doc) eventActors(refs []ref) []event.Actor {
	n := len(refs)
	if n == 0 {
		return make([]event.Actor, 0)
	}
	if len(d.actorBuf) < n {
		d.actorBuf, d.spanBuf = make([]event.Actor, max(n, 32)), make([]event.Span, max(n, 32))
	}
	out, spans := d.actorBuf[:n:n], d.spanBuf[:n:n]
	d.actorBuf, d.spanBuf = d.actorBuf[n:], d.spanBuf[n:]
	for i, r := range refs {
		spans[i] = r.span
		out[i] = event.Actor{Code: r.code, Name: r.name, Span: &spans[i]}
	}
	return out
}

// quantities attaches the numbers of the trigger's clause.
func (s *sent) quantities(t *trigger, qs []text.Quantity) []event.Quantity {
	lo, hi := t.tok-6, max(t.objEnd, t.end)+4
	if t.subjAt >= 0 && t.subjAt < lo {
		lo = t.subjAt
	}
	var out []event.Quantity
	for _, q := range qs {
		if q.Tok < lo || q.Tok >= hi || s.otherTriggerBetween(t, q.Tok) || durations[q.Unit] ||
			q.Tok > t.tok && s.hasBoundaryBetween(t.tok, q.Tok) {
			continue
		}
		out = append(out, event.Quantity{Value: q.Value, Max: q.Max, Unit: q.Unit, Role: t.pat.Lemma,
			Approx: q.Approx, AtLeast: q.AtLeast})
	}
	return out
}

func (s *sent) otherTriggerBetween(t *trigger, tok int) bool {
	lo, hi := min(t.tok, tok), max(t.tok, tok)
	for i := range s.trig {
		if o := &s.trig[i]; o != t && o.code != "-" && o.tok > lo && o.tok < hi {
			return true
		}
	}
	return false
}

// location is the nearest place named in the sentence, else an attacked place, else
// the article's main location, else the target's or source's country.
func (s *sent) location(t *trigger, p rolePair) event.Location {
	best, dist := -1, 1<<30
	for i := range s.phr {
		ph := &s.phr[i]
		if !s.isLocation(i) {
			continue
		}
		if n := abs(ph.start - t.tok); n < dist {
			best, dist = i, n
		}
	}
	if best >= 0 {
		ph := &s.phr[best]
		loc := event.Location{Country: ph.country}
		if ph.kind == actor.Place || ph.kind == actor.Capital {
			loc.Place = s.keepString(ph.name)
		}
		return loc
	}
	for _, r := range p.tgt {
		if r.place {
			return event.Location{Country: r.country}
		}
	}
	if s.mainLocation != "" {
		return event.Location{Country: s.mainLocation}
	}
	for _, refs := range [][]ref{p.tgt, p.src} {
		for _, r := range refs {
			if c := rootCountry(r.code); c != "" {
				return event.Location{Country: c}
			}
		}
	}
	return event.Location{}
}

// isLocation reports whether phrase i names where something happened: a place, or a
// capital or country after a locative preposition.
func (s *sent) isLocation(i int) bool {
	ph := &s.phr[i]
	if ph.country == "" {
		return false
	}
	if ph.kind == actor.Place {
		return true
	}
	if ph.start == 0 || ph.kind != actor.Capital && ph.kind != actor.Country {
		return false
	}
	w := s.lower[ph.start-1]
	return locative[w] || w == "," && ph.start >= 2 && s.at[ph.start-2] >= 0 && s.phr[s.at[ph.start-2]].kind == actor.Place
}

// attribution names who reported the event, when it lies in reported speech.
func (s *sent) attribution(t *trigger) *event.Attribution {
	q := s.quote[t.tok]
	if q < 0 {
		return nil
	}
	sp := s.speaker(q)
	if sp == nil {
		return nil
	}
	qt := s.quotes[q]
	if len(s.attrBuf) == 0 {
		s.attrBuf = make([]event.Attribution, 8)
	}
	a := &s.attrBuf[0]
	s.attrBuf = s.attrBuf[1:]
	*a = event.Attribution{Speaker: event.Speaker{Code: sp.code, Name: sp.name}, Verb: qt.Verb, Quoted: qt.Quoted}
	return a
}

// truceWhere is the other side of a truce that names one party and no rival: the
// country the truce is in, when it is another's ("a ceasefire in Ukraine").
func (s *sent) truceWhere(t *trigger) []ref {
	own := rootCountry(t.src[0].code)
	for i := range s.phr {
		ph := &s.phr[i]
		if !s.isLocation(i) || ph.start < t.tok || ph.start > t.end+6 || ph.country == "" || ph.country == own || own == "" {
			continue
		}
		return s.oneRef(ref{code: ph.country, name: ph.name, span: s.span(ph.start, ph.end), country: ph.country})
	}
	return nil
}

// opponentOf is the other side of a truce that names one party: the last actor the
// party fought in the article, else the one armed actor the sentence names besides it.
func (s *sent) opponentOf(r ref) []ref {
	if o, ok := s.mem.opponent.get(r.code); ok {
		return s.oneRef(o)
	}
	var found []ref
	for p := range s.phr {
		if s.isLocation(p) || s.phr[p].place {
			continue
		}
		o, ok := s.resolve(p)
		if !ok || o.code == r.code || !allArmed([]ref{o}) || len(found) > 0 && found[0].code != o.code {
			if ok && o.code != r.code && allArmed([]ref{o}) {
				return nil // several armed actors: no telling which
			}
			continue
		}
		found = s.oneRef(o)
	}
	return found
}
