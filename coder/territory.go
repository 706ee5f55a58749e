package coder

import "github.com/peacewatch/peacewatch/event"

// takenFrom makes the one a town or a position is taken from the target of its
// capture: "retook Wad Madani from the RSF" is SDNMIL against SDNREB, while "captured
// Mekelle" stays against the place's country.
func (s *sent) takenFrom(t *trigger) {
	if len(t.tgt) == 0 || !t.tgt[0].place {
		return
	}
	from := max(t.objEnd, t.end)
	for j := from; j < len(s.lower) && j < from+8; j++ {
		w := s.lower[j]
		if objectStops[w] && w != "," || s.isTriggerVerb(j) {
			return
		}
		if w != "from" {
			continue
		}
		for k := j + 1; k < len(s.lower) && k < j+5; k++ {
			p := s.at[k]
			if p < 0 {
				continue
			}
			if s.phr[p].place {
				return
			}
			if r, ok := s.resolveRole(p, true); ok && (len(t.src) == 0 || r.code != t.src[0].code) {
				t.tgt = s.oneRef(r)
			}
			return
		}
		return
	}
}

// incursion reports whether crossing into a place ("crossed the border into the Kharkiv
// region") is an armed force entering another country: refugees, aid and militants
// going home cross borders without attacking anyone.
func incursion(t *trigger) bool {
	if len(t.src) == 0 || !allArmed(t.src) && !isStateForce(t.src[0].code) || !entersTerritory(t.tgt) {
		return false
	}
	return rootCountry(t.tgt[0].code) != rootCountry(t.src[0].code)
}

// missileTest reports whether a missile fired at no one is a test or a show of force
// (150): the clause names no target and says it fell into the sea or was a test.
func (s *sent) missileTest(t *trigger) bool {
	if len(t.tgt) > 0 {
		return false
	}
	// "test-fired two cruise missiles": a weapon noun is tested by the verb that fires it.
	start := t.tok
	if !launchLemmas[t.pat.Lemma] {
		if !t.pat.Noun {
			return false
		}
		for start = t.tok - 1; start >= 0 && start >= t.tok-5 && !launchWords[s.lower[start]]; start-- {
		}
		if start < 0 || start < t.tok-5 {
			return false
		}
	}
	missile := false
	for _, w := range s.lower[start:] {
		switch w {
		case "missile", "missiles":
			missile = true
		case "sea", "waters", "test", "tests", "launch", "launches":
			if missile {
				return true
			}
		case "test-fired", "test-fire", "test-fires", "test-firing":
			return true
		case ";":
			return false
		}
	}
	return false
}

var launchLemmas = set("fire", "launch", "test-fire")

var launchWords = set("fire", "fired", "fires", "firing", "launch", "launched", "launches",
	"launching", "test-fire", "test-fired", "test-fires", "test-firing")

// placeAnaphors head a definite description of a place: "retook the city", "overran the
// kibbutz".
var placeAnaphors = set("city", "town", "village", "region", "kibbutz", "province", "capital", "area", "enclave", "territory")

// placeAnaphor resolves "the city" at token j to the last place the sentence, or else
// the article, has named, as a target of trigger t.
func (s *sent) placeAnaphor(t *trigger, j int) ([]ref, bool) {
	if j+1 >= len(s.lower) || s.lower[j] != "the" || !placeAnaphors[s.lower[j+1]] || s.at[j+1] >= 0 {
		return nil, false
	}
	if r := event.Root(t.pat.Code); r != "18" && r != "19" && r != "20" && t.pat.Code != "171" {
		return nil, false // only attacks and seizures take a place for target
	}
	c := ""
	for q := len(s.phr) - 1; q >= 0; q-- {
		if s.phr[q].end <= j && s.phr[q].place && s.phr[q].country != "" {
			c = s.phr[q].country
			break
		}
	}
	if c == "" {
		c = s.mem.place
	}
	if c == "" {
		return nil, false
	}
	return s.oneRef(ref{code: c, name: s.words[j] + " " + s.words[j+1], span: s.span(j, j+2), country: c, place: true}), true
}

// groundEntered is the place an earlier clause of the sentence says trigger t's source
// entered or attacked: heights seized after crossing into a country are its ground.
func (s *sent) groundEntered(t *trigger) []ref {
	if len(t.src) == 0 {
		return nil
	}
	for k := range s.trig {
		u := &s.trig[k]
		if u == t || u.tok >= t.tok || u.code == "-" || len(u.src) == 0 || u.src[0].code != t.src[0].code {
			continue
		}
		if len(u.tgt) > 0 && u.tgt[0].place && event.QuadClass(u.pat.Code) == 4 {
			return u.tgt[:1]
		}
	}
	return nil
}

// genericPlace is the target of an attack on places the sentence does not name ("jets
// bombed villages near Ann"): the country of the sentence's location, else of the
// article's.
func (s *sent) genericPlace(t *trigger) []ref {
	j := t.end
	for j < len(s.lower) && (isDeterminer(s.lower[j]) || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "CD") {
		j++
	}
	if j >= len(s.lower) || !placeNouns[s.lower[j]] || s.at[j] >= 0 {
		return nil
	}
	c := ""
	for q := range s.phr {
		if s.isLocation(q) {
			c = s.phr[q].country
			break
		}
	}
	if c == "" {
		c = s.mainLocation
	}
	if c == "" {
		return nil
	}
	return s.oneRef(ref{code: c, name: s.words[j], span: s.span(j, j+1), country: c, place: true})
}
