package coder

import "github.com/peacewatch/peacewatch/event"

// protestAim recodes a demonstration, a strike, a blockade or a riot by what the
// protesters want, read in the words after the trigger: a leader's resignation or
// ouster (1), a policy, law or deal (2), rights (3), elections or the constitution
// (4): "blocked roads demanding the resignation of the prime minister" is 1441. A
// demand the protest makes ("demanding that the government agree to a deal") is the
// protest's aim, no event of its own, and its addressee is the protest's target when
// the protest names none.
func (s *sent) protestAim(t *trigger, code string) string {
	if len(code) != 3 || code < "140" || code > "145" {
		return code
	}
	end := len(s.lower)
	aim := byte(0)
	for j := t.tok + 1; j < end && j < t.tok+25 && aim == 0; j++ {
		w := s.lower[j]
		if w == ";" || w == "." {
			break
		}
		switch {
		case protestLeader[w] || w == "step" && j+1 < end && s.lower[j+1] == "down":
			aim = '1'
		case protestInstitutions[w]:
			aim = '4'
		case protestRights[w]:
			aim = '3'
		case protestPolicy[w]:
			aim = '2'
		}
	}
	s.absorbDemands(t)
	if len(t.tgt) == 0 {
		t.tgt = s.ownerProtested(t)
	}
	if aim == 0 {
		return code
	}
	if code == "140" {
		code = "141" // protesting for something is demonstrating for it
	}
	return code + string(aim)
}

// absorbDemands silences the demands and appeals that state a protest's aim
// ("demanding", "to demand", "calling for") and gives the protest their addressee.
func (s *sent) absorbDemands(t *trigger) {
	for k := range s.trig {
		d := &s.trig[k]
		if d == t || d.tok <= t.tok || d.tok > t.tok+16 || d.code == "-" {
			continue
		}
		code := d.code
		if code == "" {
			code = d.pat.Code
		}
		if r := event.Root(code); r != "10" && r != "02" {
			continue
		}
		if len(d.tgt) > 0 && len(t.tgt) == 0 {
			t.tgt = d.tgt
		}
		d.code = "-"
	}
}

// ownerProtested is the actor whose bill, law or decision a protest is against: "rallied
// against the government's foreign agents bill" targets the government.
func (s *sent) ownerProtested(t *trigger) []ref {
	for j := t.tok + 1; j+1 < len(s.lower) && j < t.tok+10; j++ {
		w := s.lower[j]
		if w != "against" && w != "over" {
			continue
		}
		for k := j + 1; k < len(s.lower) && k < j+4; k++ {
			if p := s.at[k]; p >= 0 {
				if ph := &s.phr[p]; !ph.place && ph.end < len(s.lower) && s.lower[ph.end] == "'s" {
					if r, ok := s.resolve(p); ok {
						return s.oneRef(r)
					}
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

var (
	protestLeader       = set("resignation", "resign", "ouster", "oust", "removal", "overthrow", "downfall", "impeachment")
	protestInstitutions = set("elections", "election", "constitution", "constitutional", "democracy", "referendum", "civilian rule")
	protestRights       = set("rights", "right", "freedom", "freedoms", "equality", "liberties")
	protestPolicy       = set("bill", "law", "laws", "tax", "taxes", "policy", "policies", "decision", "deal",
		"prices", "price", "reform", "reforms", "withdrawal", "agreement", "budget", "cuts", "ceasefire", "hostages")
)
