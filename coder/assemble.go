package coder

import (
	"strconv"
	"strings"
	"time"

	"github.com/peacewatch/peacewatch/actor"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// events turns the sentence's triggers into event records.
func (s *sent) events() []event.Event {
	var out []event.Event
	var dates []text.DateMention
	var quants []text.Quantity
	analysed := false
	for ti := range s.trig {
		t := &s.trig[ti]
		if t.code == "-" {
			continue
		}
		if len(t.src) == 0 {
			if q := s.quote[t.tok]; q >= 0 && s.quoted[t.tok] && t.modality != event.Asserted {
				if sp := s.speaker(q); sp != nil {
					t.src = []ref{*sp}
				}
			}
		}
		if len(t.src) == 0 || s.accusedOf(ti) || s.underInquiry(ti) || s.namedBy(t) || s.background(t) || s.onlyWraps(t) {
			continue
		}
		if !analysed {
			dates = text.FindDates(s.sentence(), s.pub)
			if s.hasNumber() {
				quants = text.FindQuantities(s.sentence())
			}
			analysed = true
		}
		code := t.code
		if code == "" {
			code = t.pat.Code
		}
		if code == "040" && t.pat.Lemma == "meet" && s.thirdVenue(t) {
			code = "044" // "met in Doha": a meeting at a third location
		}
		if territorial[t.pat.Lemma] && !entersTerritory(t.tgt) {
			continue // "entered talks", "aid entered Gaza" with no actor: no occupation
		}
		if t.pat.Code == "139" && t.pat.Lemma == "give" && len(t.pat.Rest) == 0 && (len(t.tgt) == 0 || !s.deadlineGiven(t)) {
			continue // "gave a speech", "gave its own troops a week": no ultimatum
		}
		if t.pat.Lemma == "leave" && len(t.pat.Rest) == 0 {
			if len(t.src) == 0 || !allArmed(t.src) || len(t.tgt) > 0 && !entersTerritory(t.tgt) {
				continue // "leaving 21 people dead", "the envoy left Kyiv": no withdrawal
			}
			t.tgt = nil // where a retreat leaves is no target
		}
		if code == "171" && len(t.tgt) > 0 && t.tgt[0].place {
			code = "192" // seizing a town is occupying territory
		}
		if code == "190" || code == "1952" {
			code = s.byWeapon(t, code) // "a Russian missile hit", "fired missiles at": aerial weapons
		}
		if (code == "112" || code == "1121") && (s.mentions(t, warCrimes) || s.mentionsPhrase(t, "war", "crimes")) {
			code = "1124" // "accused the RSF of genocide"
		}
		if (event.Root(code) == "19" || event.Root(code) == "18") && len(t.src) > 0 && hasRole(t.src[0].code, "OPP") {
			code = "145" // "protesters clashed with police": a violent protest
		}
		if code == "010" && t.pat.Lemma == "comment" && t.modality == event.Negated || code == "011" {
			code, t.modality = "011", event.Asserted // "did not comment", "neither confirm nor deny"
		}
		if code == "0874" && s.leavesDeal(t) {
			code = "127" // "pulled out of the grain deal": rejecting the agreement
			t.tgt = nil
		}
		if code == "154" && s.protective(t) {
			code = "074" // "deployed special forces to Juba to protect the government"
			for k := range s.trig {
				if tr := &s.trig[k]; tr.tok > t.tok && tr.tok <= t.end+10 && tr.pat.Code == "074" {
					tr.code = "-" // the purpose is the deployment itself
				}
			}
		}
		if code == "090" {
			code = s.investigated(t) // "an investigation into war crimes" is 094
		}
		if code == "130" && t.code == "" && s.mentions(t, forceWords) {
			code = "138" // "warned that they could use force"
		}
		if code == "190" && t.pat.Lemma == "strike" && len(t.src) > 0 && isStateForce(t.src[0].code) {
			code = "195" // "Israel struck Natanz": a state strikes from the air
		}
		if code == "183" && (s.byWeapon(t, code) == "195" || len(t.src) > 0 && hasRole(t.src[0].code, "MIL")) {
			code = "195" // "Israeli jets bombed": bombs dropped from the air
		}
		if code == "171" && len(t.tgt) > 0 && allArmed(t.tgt) {
			code = "192" // "captured the army's headquarters": taking a military position
		}
		if (code == "0841" || code == "063") && s.mentions(t, arms) {
			code = "0873" // handing over weapons is disarming
		}
		killing := code == "1823"
		if code == "1823" && len(t.tgt) > 0 && allArmed(t.tgt) && !t.tgt[0].person {
			code = "190" // killing soldiers or fighters is combat, not a killing of civilians
		}
		if code == "1823" && len(t.tgt) == 1 && t.tgt[0].person && t.modality == event.Asserted {
			code = "186" // killing a named person is an assassination
		}
		if (code == "1823" || code == "190") && t.modality == event.Asserted && s.killed(t, quants) >= 100 {
			code = "202" // hundreds killed: mass killing
		}
		t.src, t.tgt = dedupe(t.src), dedupe(t.tgt)
		if (code == "0871" || code == "087") && len(t.src) == 1 && len(t.tgt) == 0 {
			t.tgt = s.opponentOf(t.src[0]) // "the RSF agreed to a truce; the army did not respond"
		}
		info, ok := event.Lookup(code)
		if !ok {
			continue
		}
		// "an airstrike hit X, killing 12": the deaths belong to the attack.
		if prev := lastViolent(out); killing && t.modality == event.Asserted && prev != nil {
			if len(prev.Target) == 0 {
				prev.Target = actors(withoutSelf(t.tgt, t.src))
			}
			prev.Quantities = append(prev.Quantities, s.quantities(t, quants)...)
			continue
		}
		// "an Israeli airstrike destroyed the consulate": what the attack did is the attack.
		if n := s.attackSubject(t, out); n != nil && t.modality == event.Asserted && event.QuadClass(code) == 4 {
			if len(n.Target) == 0 {
				n.Target = actors(withoutSelf(t.tgt, t.src))
			}
			n.Quantities = append(n.Quantities, s.quantities(t, quants)...)
			continue
		}
		date := s.dateFor(t, dates)
		if date.Granularity == "day" && (date.Basis == event.BasisExplicit || date.Basis == event.BasisRelative) {
			if d, err := time.Parse("2006-01-02", date.Value); err == nil {
				s.lastDate = d
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
		for n, pair := range pairs(t, code) {
			// A statement of accord with no one ("agreed to move") says nothing codable.
			if s.coded(out, code, pair) || code == "019" && len(pair.tgt) == 0 {
				continue
			}
			e := base
			e.ID = s.id + "-" + strconv.Itoa(s.index) + "-" + strconv.Itoa(t.tok)
			if n > 0 {
				e.ID += "-" + strconv.Itoa(n)
			}
			e.Source = actors(pair.src)
			e.Target = actors(pair.tgt)
			e.Location = s.location(t, pair)
			out = append(out, e)
		}
	}
	return withParties(out)
}

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

// byWeapon recodes a generic use of force by the weapon its clause names, in the
// attacker ("a Russian missile hit") or in what was fired ("launched drones and
// missiles at"): missiles and aircraft are aerial weapons, drones alone are drones,
// shells, mortars and rockets are artillery.
func (s *sent) byWeapon(t *trigger, code string) string {
	lo, hi := t.tok, min(max(t.objEnd, t.end+6), len(s.lower))
	if len(t.src) > 0 && t.src[0].span.End <= s.toks[t.tok].Start {
		for lo > 0 && s.toks[lo-1].End > t.src[0].span.Start {
			lo--
		}
	}
	drones, artillery := false, false
	for _, w := range s.lower[lo:hi] {
		switch w {
		case "missile", "missiles", "warplane", "warplanes", "jet", "jets", "bombers", "aircraft":
			return "195"
		case "drone", "drones":
			drones = true
		case "mortar", "mortars", "shells", "artillery", "rockets", "tank", "tanks", "howitzers":
			artillery = true
		}
	}
	switch {
	case drones:
		return "1952"
	case artillery && code == "190":
		return "194"
	}
	return code
}

// killed is the largest number of people the trigger's clause says were killed.
func (s *sent) killed(t *trigger, qs []text.Quantity) float64 {
	if t.pat.Lemma != "kill" && t.pat.Lemma != "massacre" {
		return 0
	}
	n := 0.0
	for _, q := range s.quantities(t, qs) {
		if people[q.Unit] && q.Value > n {
			n = q.Value
		}
	}
	return n
}

// mentions reports whether a word of the set stands in the trigger's clause after it.
func (s *sent) mentions(t *trigger, words map[string]bool) bool {
	for _, w := range s.lower[t.tok:min(max(t.objEnd, t.end+8), len(s.lower))] {
		if words[w] {
			return true
		}
	}
	return false
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
func pairs(t *trigger, code string) []rolePair {
	tgt := withoutSelf(t.tgt, t.src)
	if len(t.src) > 1 && (reciprocal(code) && len(tgt) == 0 || sameRefs(t.src, t.tgt)) {
		var out []rolePair
		for i, a := range t.src {
			for j, b := range t.src {
				if i != j && a.code != b.code {
					out = append(out, rolePair{[]ref{a}, []ref{b}})
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return []rolePair{{t.src, tgt}}
}

// dedupe keeps the first of actors with the same code ("women and children").
func dedupe(refs []ref) []ref {
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

func actors(refs []ref) []event.Actor {
	out := make([]event.Actor, 0, len(refs))
	for _, r := range refs {
		sp := r.span
		out = append(out, event.Actor{Code: r.code, Name: r.name, Span: &sp})
	}
	return out
}

// dateFor picks the event's date: a time expression of its clause, an offset from
// another clause's date ("two days after ..."), or the publication date.
func (s *sent) dateFor(t *trigger, dates []text.DateMention) event.Date {
	var best *text.DateMention
	dist := 1 << 30
	for i := range dates {
		d := &dates[i]
		// "since 2016" measures a span, it does not date the event.
		if d.Offset != nil || s.quote[t.tok] >= 0 && s.quote[d.Tok] != s.quote[t.tok] || strings.HasPrefix(strings.ToLower(d.Text), "since") {
			continue
		}
		if n := abs(d.Tok - t.tok); n < dist && !s.separated(d, t) {
			best, dist = d, n
		}
	}
	// "X said on Saturday that its fighters had captured Bakhmut": with no date of its
	// own, reported speech is dated by when it was said, unless it is still to come.
	if best == nil && s.quote[t.tok] >= 0 && t.modality != event.Future && t.modality != event.Conditional {
		for i := range dates {
			d := &dates[i]
			if d.Offset == nil && s.quote[d.Tok] < 0 && !strings.HasPrefix(strings.ToLower(d.Text), "since") && !s.separated(d, t) {
				if n := abs(d.Tok - t.tok); n < dist {
					best, dist = d, n
				}
			}
		}
	}
	for i := range dates {
		d := &dates[i]
		if d.Offset == nil {
			continue
		}
		if date, ok := s.offsetDate(t, d, dates); ok {
			return date
		}
	}
	if best != nil {
		if best.Value.IsZero() {
			return event.Date{Granularity: best.Granularity, Basis: event.BasisUnresolved}
		}
		d := event.Date{Value: formatDate(best.Value, best.Granularity), Granularity: best.Granularity, Basis: best.Basis}
		if !best.End.IsZero() {
			end := formatDate(best.End, best.Granularity)
			d.End = &end
		}
		return d
	}
	if s.pub.IsZero() {
		return event.Date{Granularity: "unknown", Basis: event.BasisUnresolved}
	}
	return event.Date{Value: s.pub.Format("2006-01-02"), Granularity: "day", Basis: event.BasisPublication}
}

// separated reports whether date d lies in another clause than trigger t, with a
// trigger of its own closer to it.
func (s *sent) separated(d *text.DateMention, t *trigger) bool {
	for i := range s.trig {
		o := &s.trig[i]
		if o == t || o.code == "-" || len(o.src) == 0 {
			continue
		}
		if abs(o.tok-d.Tok) < abs(t.tok-d.Tok) && s.hasBoundaryBetween(min(d.Tok, t.tok), max(d.Tok, t.tok)) {
			return true
		}
	}
	return false
}

func (s *sent) hasBoundaryBetween(i, j int) bool {
	for k := max(i, 0); k < j && k < len(s.lower); k++ {
		switch s.lower[k] {
		case "after", "before", "since", "until", "when", "while", ";", "but":
			return true
		}
	}
	return false
}

// offsetDate dates a trigger through an offset expression. "two days after the deal
// was signed": the clause after the expression happened that long before the date of
// the rest of the sentence. "a week later": that long after the article's last date.
func (s *sent) offsetDate(t *trigger, d *text.DateMention, dates []text.DateMention) (event.Date, bool) {
	words := strings.ToLower(d.Text)
	var anchor time.Time
	switch {
	case strings.Contains(words, "after") || strings.Contains(words, "before"):
		if t.tok < d.TokEnd || s.hasBoundaryBetween(d.TokEnd, t.tok) || s.commaBetween(d.TokEnd, t.tok) {
			return event.Date{}, false
		}
		anchor = s.pub
		for k := range dates {
			if a := &dates[k]; a.Offset == nil && !a.Value.IsZero() && (a.TokEnd <= d.Tok || a.Tok >= t.objEnd) {
				anchor = a.Value
				break
			}
		}
		if anchor.IsZero() {
			return event.Date{}, false
		}
		back := text.Offset{Years: -d.Offset.Years, Months: -d.Offset.Months, Days: -d.Offset.Days, Hours: -d.Offset.Hours}
		return event.Date{Value: back.From(anchor).Format("2006-01-02"), Granularity: "day", Basis: event.BasisRelative}, true
	case strings.Contains(words, "later") || strings.Contains(words, "following") || strings.Contains(words, "next"):
		if s.lastDate.IsZero() || abs(d.Tok-t.tok) > 12 {
			return event.Date{}, false
		}
		return event.Date{Value: d.Offset.From(s.lastDate).Format("2006-01-02"), Granularity: "day", Basis: event.BasisRelative}, true
	}
	return event.Date{}, false
}

func (s *sent) commaBetween(i, j int) bool {
	for k := max(i, 0); k < j && k < len(s.lower); k++ {
		if s.lower[k] == "," {
			return true
		}
	}
	return false
}

func formatDate(t time.Time, granularity string) string {
	switch granularity {
	case "year":
		return t.Format("2006")
	case "month":
		return t.Format("2006-01")
	}
	return t.Format("2006-01-02")
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
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
			name := ph.name
			loc.Place = &name
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
	return &event.Attribution{Speaker: event.Speaker{Code: sp.code, Name: sp.name}, Verb: qt.Verb, Quoted: qt.Quoted}
}

// territorial lemmas code an occupation only when what is entered is a place or a state.
var territorial = set("enter")

func entersTerritory(tgt []ref) bool {
	return len(tgt) > 0 && (tgt[0].place || len(tgt[0].code) == 3)
}

// hasRole reports whether an actor code carries a role ("SDNMIL" has "MIL").
func hasRole(code, role string) bool {
	return len(code) >= 6 && code[3:6] == role
}

// allArmed reports whether every actor is an armed force: a military, security force,
// police, rebels or an unaligned armed force.
func allArmed(refs []ref) bool {
	for _, r := range refs {
		if len(r.code) < 6 || !armedRoles[r.code[3:6]] {
			return false
		}
	}
	return true
}

var armedRoles = set("MIL", "SEC", "COP", "REB", "UAF")

// attackSubject is the event of a noun trigger for an attack that heads the subject of
// verb trigger t ("an airstrike destroyed", "Israeli strikes killed"), or nil.
func (s *sent) attackSubject(t *trigger, evs []event.Event) *event.Event {
	if t.pat.Noun || t.passive || t.subjAt < 0 {
		return nil
	}
	for i := range evs {
		e := &evs[i]
		if !isViolent(e.Cameo) || e.Sentence != s.index {
			continue
		}
		if at := e.Trigger.Start; at >= s.toks[t.subjAt].Start && at < s.toks[t.tok].Start && !s.clauseBreak(t.subjAt, t.tok) {
			return e
		}
	}
	return nil
}

// clauseBreak reports whether a comma or a clause word stands in tokens [i, j).
func (s *sent) clauseBreak(i, j int) bool {
	for k := i; k < j; k++ {
		if w := s.lower[k]; w == "," || boundaries[w] {
			return true
		}
	}
	return false
}

// isStateForce reports whether an actor is a state, its government or its military.
func isStateForce(code string) bool {
	return rootCountry(code) != "" && (len(code) == 3 || hasRole(code, "MIL") || hasRole(code, "GOV"))
}

// mentionsPhrase reports whether words a b stand in that order in the trigger's clause.
func (s *sent) mentionsPhrase(t *trigger, a, b string) bool {
	ws := s.lower[t.tok:min(max(t.objEnd, t.end+8), len(s.lower))]
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == a && ws[i+1] == b {
			return true
		}
	}
	return false
}

// accusedOf reports whether trigger ti is what an accusation charges ("accused India of
// attacking"): only the accusation is coded.
func (s *sent) accusedOf(ti int) bool {
	t := &s.trig[ti]
	if t.pat.Noun || t.tok == 0 || s.lower[t.tok-1] != "of" || s.toks[t.tok].Tag != "VBG" {
		return false
	}
	for i := ti - 1; i >= 0; i-- {
		if p := &s.trig[i]; t.tok-p.tok <= 8 && event.Root(p.pat.Code) == "11" {
			return true
		}
	}
	return false
}

// opponentOf is the other side of a truce that names one party: the last actor the
// party fought in the article, else the one armed actor the sentence names besides it.
func (s *sent) opponentOf(r ref) []ref {
	if o, ok := s.mem.opponent[r.code]; ok {
		return []ref{o}
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
		found = []ref{o}
	}
	return found
}

// deadlineGiven reports whether "give" at trigger t sets someone a time to act: an
// object, then a duration or "until ...", then "to" and a verb ("gave its coup leaders
// one week to reinstate the president"). The act demanded is then no event of its own.
func (s *sent) deadlineGiven(t *trigger) bool {
	timed := false
	for j := t.end; j < len(s.lower) && j < t.end+12; j++ {
		w := s.lower[j]
		switch {
		case durations[w] || w == "until":
			timed = true
		case w == "to" && j+1 < len(s.toks) && s.toks[j+1].Tag == "VB":
			if timed {
				for k := j + 1; k < len(s.lower) && k <= j+4; k++ {
					if tr := s.triggerAt(k); tr != nil && tr != t {
						tr.code = "-" // the act demanded is the ultimatum's content
					}
				}
			}
			return timed
		case objectStops[w] && w != "and":
			return false
		}
	}
	return false
}

// investigated recodes an investigation by what it looks into: war crimes and genocide
// (094), abuses and killings of people (092), attacks and strikes (093), corruption
// (091); else it stays 090.
func (s *sent) investigated(t *trigger) string {
	ws := s.lower[t.end:min(t.end+10, len(s.lower))]
	for i, w := range ws {
		switch {
		case w == "war" && i+1 < len(ws) && ws[i+1] == "crimes", w == "genocide", w == "humanity":
			return "094"
		}
	}
	for _, w := range ws {
		switch {
		case inquiries092[w]:
			return "092"
		case inquiries093[w]:
			return "093"
		case w == "corruption" || w == "fraud" || w == "bribery":
			return "091"
		}
	}
	return "090"
}

// underInquiry reports whether noun trigger ti names what an investigation, an
// accusation or a rejection is about ("an inquiry into the killings", "rejected the
// truce plan"), which is no event of its own.
func (s *sent) underInquiry(ti int) bool {
	t := &s.trig[ti]
	if !t.pat.Noun {
		return false
	}
	for i := ti - 1; i >= 0; i-- {
		p := &s.trig[i]
		r := event.Root(p.pat.Code)
		if (r == "09" || r == "12" || r == "11" && event.QuadClass(t.pat.Code) == 4) && t.tok > p.tok && t.tok-p.end <= 6 && !s.clauseBreak(p.end, t.tok) {
			return true
		}
	}
	return false
}

// namedBy reports whether noun trigger t is only someone's name for what the clause
// speaks of: "signed what Washington called a historic peace agreement", "struck what
// India called a terrorist camp". The naming is no event.
func (s *sent) namedBy(t *trigger) bool {
	if !t.pat.Noun {
		return false
	}
	for j := t.tok - 1; j >= 1 && j >= t.tok-8; j-- {
		if namingVerbs[s.lower[j]] {
			k := j - 1
			for k >= 0 && s.at[k] >= 0 {
				k--
			}
			return k >= 0 && k < j-1 && s.lower[k] == "what"
		}
		if w := s.lower[j]; boundaries[w] && !quoteMarks[w] || w == "," {
			return false
		}
	}
	return false
}

// protective reports whether a deployment is for protection or peacekeeping: the
// deployed are peacekeepers, or the clause says they are sent to protect.
func (s *sent) protective(t *trigger) bool {
	lo := t.tok
	if t.subjAt >= 0 && t.subjAt < lo {
		lo = t.subjAt
	}
	for _, w := range s.lower[lo:min(max(t.objEnd, t.end)+6, len(s.lower))] {
		if peacekeeping[w] {
			return true
		}
	}
	return false
}

// background reports a deal or a truce named as a thing the sentence speaks about
// ("Russia's agreement", "ended the 2018 peace deal", "the truce expired"), not as an
// act: no verb of making one governs it and it names no parties to it.
func (s *sent) background(t *trigger) bool {
	return t.pat.Noun && (event.Root(t.pat.Code) == "05" || t.pat.Code == "0871") && len(t.tgt) == 0 &&
		(t.gov < 0 || !dealMakers[s.lower[t.gov]])
}

// onlyWraps reports a verb that only introduces another act: "help" before a verb
// ("helped drive them out", "to help Haiti's police fight"), and a bare pledge or
// promise of something no pattern codes ("promised to punish those responsible"). The
// act is the event, or there is none.
func (s *sent) onlyWraps(t *trigger) bool {
	if t.pat.Noun || len(t.pat.Rest) > 0 {
		return false
	}
	switch {
	case t.pat.Lemma == "help":
		for j := t.end; j < len(s.toks) && j < t.end+5; j++ {
			if tag := s.toks[j].Tag; tag == "VB" || j > t.end && strings.HasPrefix(tag, "VB") && s.at[j-1] >= 0 {
				return true // "help fight", "help the army fight"
			}
			if objectStops[s.lower[j]] {
				return false
			}
		}
	case t.pat.Code == "030":
		if t.end < len(s.lower) && (s.lower[t.end] == "that" || s.lower[t.end] == "to" && t.end+1 < len(s.toks) && s.toks[t.end+1].Tag == "VB") {
			return true
		}
	}
	return false
}

// leavesDeal reports a withdrawal from an agreement rather than from ground: "pulled
// out of the Black Sea grain deal", "withdrew from the treaty".
func (s *sent) leavesDeal(t *trigger) bool {
	for j := t.tok + 1; j < len(s.lower) && j < t.end+3; j++ {
		if w := s.lower[j]; w != "of" && w != "from" {
			continue
		}
		for k := j + 1; k < len(s.lower) && k <= j+5; k++ {
			if deals[s.lower[k]] {
				return true
			}
			if s.toks[k].Tag == "IN" || objectStops[s.lower[k]] {
				return false
			}
		}
		return false
	}
	return false
}
