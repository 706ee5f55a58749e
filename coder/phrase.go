package coder

import (
	"strings"
	"time"

	"github.com/peacewatch/peacewatch/actor"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// phrase is a noun phrase that names an actor or a place: one or more dictionary
// mentions glued together ("US special envoy Zalmay Khalilzad", "Afghan security
// forces"). Start and End are token indices in the sentence.
type phrase struct {
	start, end int
	code       string     // the actor code; "" for places and unresolved agents
	role       string     // the agent role when the head is a bare agent ("GOV")
	kind       actor.Kind // the head's kind
	place      bool       // names a location (a place, or a capital or country after "in")
	country    string     // the country of a location or of the actor
	name       string
	plural     bool
	anaphor    string // "the group": the kind of earlier actor it refers to
	// office marks an office or rank of the body its agent modifier names ("rebel
	// leaders"): its holders speak for the body wherever they are.
	office bool
}

// glue words may stand between the mentions of one phrase.
var glue = map[string]bool{
	"'s": true, "'": true, "special": true, "former": true, "top": true, "senior": true,
	"deputy": true, "chief": true, "acting": true, "interim": true, "captured": true,
	"armed": true, "local": true, "new": true, "then": true, "then-": true, "regional": true,
	"de": true, "facto": true, "elected": true, "exiled": true, "jailed": true, "detained": true,
	"imprisoned": true, "pro-government": true, "government-backed": true, "allied": true,
	"military": true, "puppet": true, "self-proclaimed": true, "outgoing": true,
	"incoming": true, "longtime": true, "veteran": true, "powerful": true,
}

// placeNouns after a country's name or adjective make the phrase a place in it.
var placeNouns = map[string]bool{
	"cities": true, "city": true, "towns": true, "town": true, "villages": true, "village": true,
	"territory": true, "soil": true, "waters": true, "airspace": true, "ports": true, "port": true,
	"province": true, "provinces": true, "region": true, "regions": true, "coast": true,
	"side": true, "capital": true, "homeland": true, "areas": true, "districts": true,
}

// irregularPlurals are plural heads without an "s": "two Palestinian men".
var irregularPlurals = set("men", "women", "children", "people", "police", "personnel", "militiamen", "gunmen", "policemen", "servicemen")

// locative prepositions make a following place, capital or country a location.
var locative = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "across": true, "outside": true,
	"inside": true, "throughout": true, "around": true, "into": true, "within": true,
	"towards": true, "toward": true, "through": true, "of": false,
}

// phrases groups a sentence's mentions into phrases and codes them as of date.
// The phrases are cut from d's array.
func (d *doc) phrases(toks []text.Token, ms []actor.Mention, date time.Time, src string) []phrase {
	var out []phrase
	if n := len(ms); n > 0 {
		// a phrase holds one mention or more
		if len(d.phrBuf) < n {
			d.phrBuf = make([]phrase, max(n, 32))
		}
		out, d.phrBuf = d.phrBuf[:0:n], d.phrBuf[n:]
	}
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && joins(toks, ms[j-1], ms[j]) {
			j++
		}
		p := makePhrase(toks, ms[i:j], date, src)
		// A person's name may start with words the dictionary lacks ("Mullah").
		for p.kind == actor.Person && p.start > 0 && isProper(toks[p.start-1]) && (len(out) == 0 || out[len(out)-1].end < p.start) {
			p.start--
			p.name = src[toks[p.start].Start:toks[p.end-1].End]
		}
		if p.kind == actor.Capital && p.end < len(toks) && (toks[p.end].Tag == "NN" || toks[p.end].Tag == "NNS") {
			p.place, p.code, p.kind = true, "", actor.Place
		}
		// "Iranian cities", "Russian soil": a place in the country, not the state acting.
		if (p.kind == actor.Country || p.kind == actor.Group && isPeople(p.code)) && p.end < len(toks) && placeNouns[toks[p.end].Lower] {
			p.place, p.code, p.kind = true, "", actor.Place
			p.end++
			p.name = src[toks[p.start].Start:toks[p.end-1].End]
		}
		out = append(out, p)
		i = j
	}
	shareRoles(toks, out)
	distributeRoles(toks, out)
	return addAnaphors(toks, out, src)
}

// shareRoles gives a bare country adjective the role of the agent it shares with the
// next phrase: "Russian and Ukrainian delegations" are RUSGOV and UKRGOV.
func shareRoles(toks []text.Token, ps []phrase) {
	for i := len(ps) - 2; i >= 0; i-- {
		p, q := &ps[i], &ps[i+1]
		if p.kind != actor.Country || p.role != "" || len(p.code) != 3 || q.role == "" || rootCountry(q.code) == "" {
			continue
		}
		gap := toks[p.end:q.start]
		if len(gap) == 1 && (gap[0].Lower == "and" || gap[0].Lower == "," || gap[0].Lower == "or") {
			p.role, p.code = q.role, p.code+q.role
		}
	}
}

// distributeRoles gives the countries listed after "the leaders of X" the agent's role:
// "the foreign ministers of Congo and Rwanda" are CODGOV and RWAGOV.
func distributeRoles(toks []text.Token, ps []phrase) {
	for i := 0; i+1 < len(ps); i++ {
		p := &ps[i]
		if p.kind != actor.Agent || p.role == "" || len(p.code) != 3+len(p.role) || !hasWord(toks[p.start:p.end], "of") {
			continue
		}
		for j := i + 1; j < len(ps); j++ {
			q, prev := &ps[j], &ps[j-1]
			gap := toks[prev.end:q.start]
			if q.kind != actor.Country || q.role != "" || len(q.code) != 3 || !listGap(gap) {
				break
			}
			q.role, q.code = p.role, q.code+p.role
			if len(gap) > 0 && (gap[0].Lower == "and" || len(gap) > 1 && gap[1].Lower == "and") {
				break
			}
		}
	}
}

// listGap reports whether tokens join items of a list: ",", "and", ", and".
func listGap(gap []text.Token) bool {
	if len(gap) == 0 || len(gap) > 2 {
		return false
	}
	for _, t := range gap {
		if t.Lower != "," && t.Lower != "and" {
			return false
		}
	}
	return true
}

func hasWord(toks []text.Token, w string) bool {
	for _, t := range toks {
		if t.Lower == w {
			return true
		}
	}
	return false
}

// addAnaphors adds the definite descriptions that refer back to an earlier actor
// ("the group", "the alliance"), keeping the phrases in order.
func addAnaphors(toks []text.Token, ps []phrase, src string) []phrase {
	var out []phrase
	next := 0
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Lower != "the" {
			continue
		}
		kind, ok := anaphors[toks[i+1].Lower]
		if !ok {
			continue
		}
		for next < len(ps) && ps[next].start <= i {
			out = append(out, ps[next])
			next++
		}
		if next < len(ps) && ps[next].start <= i+1 || len(out) > 0 && out[len(out)-1].end > i {
			continue
		}
		out = append(out, phrase{start: i, end: i + 2, kind: actor.Agent, anaphor: kind,
			name: src[toks[i].Start:toks[i+1].End], plural: strings.HasSuffix(toks[i+1].Lower, "s")})
	}
	if out == nil {
		return ps
	}
	return append(out, ps[next:]...)
}

// joins reports whether mention b continues the phrase that mention a ends.
func joins(toks []text.Token, a, b actor.Mention) bool {
	if b.Entry.Kind == actor.Place || a.Entry.Kind == actor.Place && b.Entry.Kind != actor.Agent {
		return false
	}
	gap := toks[a.End:b.Start]
	if len(gap) > 3 {
		return false
	}
	switch {
	case len(gap) >= 1 && gap[0].Lower == "of" && a.Entry.Kind == actor.Agent:
		// "the president of Russia", "the commander of the army"
		for _, t := range gap[1:] {
			if t.Lower != "the" {
				return false
			}
		}
		return b.Entry.Kind != actor.Person
	case b.Entry.Kind == actor.Agent || b.Entry.Kind == actor.Person || b.Entry.Kind == actor.Group:
		for _, t := range gap {
			if !glue[t.Lower] && !(b.Entry.Kind == actor.Person && isProper(t)) {
				return false
			}
		}
		return a.Entry.Kind != actor.Person || b.Entry.Kind == actor.Agent && len(gap) > 0 && gap[0].Lower == "'s"
	}
	return false
}

func isProper(t text.Token) bool {
	return t.Tag == "NNP" || t.Tag == "NNPS"
}

// makePhrase codes one run of joined mentions.
func makePhrase(toks []text.Token, ms []actor.Mention, date time.Time, src string) phrase {
	p := phrase{start: ms[0].Start, end: ms[len(ms)-1].End}
	p.name = src[toks[p.start].Start:toks[p.end-1].End]
	head := ms[len(ms)-1].Entry
	last := toks[p.end-1].Lower
	p.plural = strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") || irregularPlurals[last]
	p.kind = head.Kind
	// "the president of Russia": the agent comes first.
	if len(ms) == 2 && ms[0].Entry.Kind == actor.Agent && ms[1].Entry.Kind != actor.Agent && ms[1].Start > ms[0].End {
		head, ms = ms[0].Entry, []actor.Mention{ms[1], ms[0]}
		p.kind = actor.Agent
	}
	for k := len(ms) - 1; k >= 0; k-- {
		if e := ms[k].Entry; e.Kind == actor.Person {
			p.kind, p.code, p.country = actor.Person, e.CodeAt(date), e.Country
			p.plural = false
			return p
		}
	}
	switch head.Kind {
	case actor.Agent:
		p.role = head.CodeAt(date)
		if k := len(ms) - 2; k >= 0 && ms[k].Entry.Kind == actor.Agent && ms[k].End == ms[k+1].Start {
			head := p.role
			p.role = compoundRole(ms[k].Entry.CodeAt(date), head)
			p.office = head == "GOV" && p.role != head
		}
		for k := len(ms) - 2; k >= 0; k-- {
			if e := ms[k].Entry; e.Kind != actor.Agent {
				p.code, p.country = withRole(e, e.CodeAt(date), p.role), e.Country
				break
			}
		}
	case actor.Place:
		p.place, p.country = true, head.Country
	default:
		p.code, p.country = head.CodeAt(date), head.Country
		if head.Kind == actor.Capital {
			p.country = rootCountry(p.code)
		}
		// "seven Russians", "three Americans": a people's plural names its civilians.
		if head.Kind == actor.Country && len(ms) == 1 && p.plural && !strings.EqualFold(p.name, head.Name) && len(p.code) == 3 &&
			p.name != strings.ToUpper(p.name) {
			p.code += "CVL"
		}
	}
	return p
}

// compoundRole is the role of an agent noun modified by another agent noun: an
// office or a rank belongs to the body named before it ("a rebel spokesman",
// "police officials", "an army spokesman", "rebel commanders"), an armed force to a
// movement or police named before it ("rebel forces"), and an armed opposition is
// rebels ("opposition fighters", "opposition commanders"); government forces stay
// the military.
func compoundRole(mod, head string) string {
	switch {
	case head == "GOV" && bodyRoles[mod]:
		return mod
	case head == "MIL" && mod == "OPP":
		return "REB"
	case head == "MIL" && (mod == "REB" || mod == "COP" || mod == "SEC"):
		return mod
	}
	return head
}

// bodyRoles are the roles whose offices and spokesmen speak for them rather than for
// a government.
var bodyRoles = set("MIL", "SEC", "COP", "REB", "OPP", "SPY", "JUD", "LEG")

// withRole combines a modifier's code with an agent's role: a country takes the role
// ("AFG" + "SEC"), a group or organisation keeps its own code ("Taliban fighters").
func withRole(modifier *actor.Entry, code, role string) string {
	switch modifier.Kind {
	case actor.Country:
		return code + role
	case actor.Capital:
		return rootCountry(code) + role
	case actor.Group:
		// A people stands for its civilians; with an agent it takes the agent's role.
		if isPeople(code) {
			return code[:3] + role
		}
	}
	return code
}

// isPeople reports whether a group's code is a country's civilians: an ethnic or
// religious community ("Masalit" SDNCVL).
func isPeople(code string) bool {
	return len(code) == 6 && code[3:] == "CVL" && rootCountry(code) != ""
}

// rootCountry is the ISO country at the start of a code, or "".
func rootCountry(code string) string {
	if len(code) < 3 {
		return ""
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC":
		return ""
	}
	return code[:3]
}

// appendMentions appends the sentence's coded actors and places to ms.
func (s *sent) appendMentions(ms []event.Mention) []event.Mention {
	for _, p := range s.phr {
		if p.code == "" && !p.place {
			continue
		}
		ms = append(ms, event.Mention{
			Sentence: s.index,
			Span:     event.Span{Start: s.toks[p.start].Start, End: s.toks[p.end-1].End},
			Code:     p.code,
			Name:     p.name,
			Country:  p.country,
			Place:    p.place,
		})
	}
	return ms
}
