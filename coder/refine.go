package coder

import (
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// refine recodes trigger t's code by what its clause says (the weapon, the target, the
// words around it) and reports whether the killing it codes may join an earlier attack;
// keep is false when the trigger, read in its clause, codes no event.
func (s *sent) refine(t *trigger, quants []text.Quantity) (code string, killing, keep bool) {
	code = t.code
	if code == "" {
		code = t.pat.Code
	}
	if code == "040" && t.pat.Lemma == "meet" && s.thirdVenue(t) {
		code = "044" // "met in Doha": a meeting at a third location
	}
	if territorial[t.pat.Lemma] && !entersTerritory(t.tgt) {
		return "", false, false // "entered talks", "aid entered Gaza" with no actor: no occupation
	}
	if t.pat.Code == "139" && t.pat.Lemma == "give" && len(t.pat.Rest) == 0 && (len(t.tgt) == 0 || !s.deadlineGiven(t)) {
		return "", false, false // "gave a speech", "gave its own troops a week": no ultimatum
	}
	if t.pat.Lemma == "leave" && len(t.pat.Rest) == 0 {
		if len(t.src) == 0 || !allArmed(t.src) || len(t.tgt) > 0 && !entersTerritory(t.tgt) {
			return "", false, false // "leaving 21 people dead", "the envoy left Kyiv": no withdrawal
		}
		t.tgt = nil // where a retreat leaves is no target
	}
	if t.pat.Lemma == "land" && (len(t.src) == 0 || !weapons[lastWord(t.src[0].name)]) {
		return "", false, false // "the envoy landed on the island": no attack
	}
	if t.pat.Lemma == "cross" {
		if !incursion(t) {
			return "", false, false // refugees crossing into Armenia: no event
		}
	}
	if code == "171" && len(t.tgt) == 0 {
		t.tgt = s.groundEntered(t) // "crossed into Armenian territory and seized several heights"
	}
	if code == "171" && len(t.tgt) > 0 && t.tgt[0].place {
		code = "192" // seizing a town is occupying territory
		s.takenFrom(t)
	}
	if r := event.Root(code); (r == "18" || r == "19" || r == "20") && len(t.tgt) == 0 && !t.pat.Noun {
		t.tgt = s.genericPlace(t) // "military jets bombed villages near Ann"
	}
	if code == "190" || code == "1952" {
		code = s.byWeapon(t, code) // "a Russian missile hit", "fired missiles at": aerial weapons
	}
	if (event.Root(code) == "19" || code == "150") && s.missileTest(t) {
		code = "150" // "test-fired a missile into the sea": a show of force
	}
	if findingLemmas[t.pat.Lemma] && !s.finding(t) {
		return "", false, false // "found that the truce held": no accusation
	}
	if (code == "152" || code == "154" || code == "150" && (s.mentions(t, drills) || s.toks[t.tok].Lower == "drills")) && len(t.src) == 1 && len(t.src[0].code) == 3 {
		t.src = s.oneRef(t.src[0])
		t.src[0].code += "MIL" // "Russia massed troops", "China began drills": its armed forces
	}
	if (code == "112" || code == "1121") && (s.mentions(t, warCrimes) || s.mentionsPhrase(t, "war", "crimes")) {
		code = "1124" // "accused the RSF of genocide"
	}
	if (event.Root(code) == "19" || event.Root(code) == "18") && len(t.src) > 0 && hasRole(t.src[0].code, "OPP") {
		code = "145" // "protesters clashed with police": a violent protest
	}
	if (code == "190" || code == "193") && len(t.src) > 0 && (hasRole(t.src[0].code, "COP") || hasRole(t.src[0].code, "SEC")) &&
		len(t.tgt) > 0 && hasRole(t.tgt[0].code, "OPP") {
		code = "175" // "police opened fire on the protesters": violent repression
	}
	if event.Root(code) == "14" {
		code = s.protestAim(t, code) // "blocked roads demanding the resignation of ...": 1441
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
	killing = code == "1823"
	if code == "1823" && len(t.tgt) > 0 && allArmed(t.tgt) && !t.tgt[0].person {
		code = "190" // killing soldiers or fighters is combat, not a killing of civilians
	}
	if code == "1823" && len(t.tgt) == 1 && t.tgt[0].person && t.modality == event.Asserted {
		code = "186" // killing a named person is an assassination
	}
	if (code == "1823" || code == "190") && t.modality == event.Asserted && s.killed(t, quants) >= 100 {
		code = "202" // hundreds killed: mass killing
	}
	return code, killing, true
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
	for k, w := range s.lower[lo:hi] {
		if s.inTarget(t, lo+k) {
			continue // "struck Syrian army tanks": the target's arms are not the weapon
		}
		switch w {
		case "missile", "missiles", "warplane", "warplanes", "jet", "jets", "bombers", "aircraft", "airstrike", "airstrikes", "air-strike":
			return "195"
		case "air":
			if lo+k+1 < len(s.lower) && airAttacks[s.lower[lo+k+1]] {
				return "195" // "an air strike by the army hit a school"
			}
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

// drills are the military exercises that show force.
var drills = set("drills", "exercises", "manoeuvres", "maneuvers", "wargames", "war-games")

// airAttacks follow "air" in the name of an attack from the air.
var airAttacks = set("strike", "strikes", "raid", "raids", "attack", "attacks", "force", "forces")

// inTarget reports whether token k lies inside one of trigger t's targets.
func (s *sent) inTarget(t *trigger, k int) bool {
	for _, r := range t.tgt {
		if !r.place && s.toks[k].Start >= r.span.Start && s.toks[k].End <= r.span.End {
			return true
		}
	}
	return false
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

// isStateForce reports whether an actor is a state, its government or its military.
func isStateForce(code string) bool {
	return rootCountry(code) != "" && (len(code) == 3 || hasRole(code, "MIL") || hasRole(code, "GOV"))
}

// territorial lemmas code an occupation only when what is entered is a place or a state.
var territorial = set("enter")

func entersTerritory(tgt []ref) bool {
	return len(tgt) > 0 && (tgt[0].place || len(tgt[0].code) == 3)
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
