package coder

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/peacewatch/peacewatch/actor"
	"github.com/peacewatch/peacewatch/event"
)

// InferredSource prefixes the Source of the entries the coder makes up for names no
// dictionary knows; the rest names the evidence (InferredSource + "modifier").
const InferredSource = "inferred:"

// The kinds of evidence an inferred code rests on, as named in Entry.Source, in
// event.Mention.Inferred and after "inferred:" in an event's coder rule.
const (
	byModifier   = "modifier"    // "the M-19 guerrillas", "the Hezb-e-Islami party"
	byTitle      = "title"       // "rebel leader Foday Sankoh", "the rebel group Seleka"
	byMembers    = "members"     // "the guerrillas of the April 19 Movement"
	byAppositive = "appositive"  // "the NDFB, a rebel group", "Haiti's military leader, Raoul Cédras"
	byName       = "name"        // "National Democratic Front of Bodoland": a role word in the name
	byLonger     = "longer-name" // "Zapatista National Liberation Army" is not the dictionary's "National Liberation Army"
	byRepeat     = "repeat"      // a later mention of a name already inferred, its acronym or short form
	byList       = "list"        // "Presidents Bill Clinton, Boris Yeltsin and Leonid Kravchuk"
)

// inference codes the named actors no dictionary knows from what the article says about
// them, the way an analyst would: a role noun in apposition or as a modifier, or a role
// word in the name itself, and the country from the phrase, the sentence or the article.
// A name coded once keeps its code for the rest of the article, under its acronym and
// short forms too. A capitalised word with no such evidence stays unknown, and a
// dictionary mention is never recoded, except when it is only the tail of a longer name.
type inference struct {
	known    map[string]*actor.Entry // by lower-cased name or alias
	dominant string                  // the article's main country, from the dictionary mentions
	date     time.Time
	cover    []int // sentence's scratch
}

// inferredSpan is where an inferred mention stands, and on what evidence.
type inferredSpan struct {
	sentence int
	span     event.Span
	rule     string
}

// inferActors adds to each sentence's mentions an entry for every unknown name the
// text gives a role to. It runs before phrases are built, so an inferred actor takes
// part in phrases, memory and definite descriptions like a dictionary one.
func (d *doc) inferActors(mentions [][]actor.Mention) {
	var dateline *actor.Mention
	if len(d.sents) > 0 && len(mentions) > 0 && len(mentions[0]) > 0 && d.sents[0].dateline(mentions[0][0]) {
		dateline = &mentions[0][0]
	}
	in := &inference{known: map[string]*actor.Entry{}, date: d.pub, dominant: prelimCountry(mentions, dateline)}
	for i := range d.sents {
		s := &d.sents[i]
		mentions[i] = in.sentence(d, s, mentions[i])
	}
}

// prelimCountry is the country the dictionary mentions name most (groups weigh most,
// places least), ties going to the first named; the dateline, where the article was
// written, does not count.
func prelimCountry(mentions [][]actor.Mention, dateline *actor.Mention) string {
	counts := make(tally, 0, 16)
	for _, ms := range mentions {
		for i := range ms {
			m := ms[i]
			c := m.Entry.Country
			if c == "" || m.Entry.Kind == actor.Agent || &ms[i] == dateline {
				continue
			}
			switch m.Entry.Kind {
			case actor.Group:
				counts.add(c, 3, 0)
			case actor.Place:
				counts.add(c, 1, 0)
			default:
				counts.add(c, 2, 0)
			}
		}
	}
	return counts.top()
}

// nameRun is a run of capitalised tokens [start, end) no dictionary covers, with the
// index of a group mention it swallows as its tail ("Zapatista" + "National
// Liberation Army"), or -1.
type nameRun struct {
	start, end int
	tail       int
	head       int // an agent mention it starts with ("People" of "People's Front"), or -1
}

// sentence codes the unknown names of one sentence and returns its mentions with the
// inferred ones in place.
func (in *inference) sentence(d *doc, s *sent, ms []actor.Mention) []actor.Mention {
	if cap(in.cover) < len(s.toks) {
		in.cover = make([]int, len(s.toks))
	}
	cover := in.cover[:len(s.toks)]
	for k := range cover {
		cover[k] = -1
	}
	for mi, m := range ms {
		for k := m.Start; k < m.End && k < len(cover); k++ {
			cover[k] = mi
		}
	}
	in.surnames(s, ms)
	var added []actor.Mention
	drop := map[int]bool{}
	for _, r := range in.runs(s, ms, cover) {
		name := d.Text[s.toks[r.start].Start:s.toks[r.end-1].End]
		low := strings.ToLower(name)
		e, seen := in.known[low]
		if seen && e == nil {
			continue // a surname two people share
		}
		rule := byRepeat
		if e == nil && r.end-r.start == 1 && len(low) > 3 {
			e = in.known[strings.TrimSuffix(low, "s")]
		}
		if e == nil {
			var kind actor.Kind
			var role, country string
			role, kind, country, rule = in.evidence(s, ms, cover, r)
			if role == "" {
				continue
			}
			if country == "" {
				country = in.sentenceCountry(s, ms)
			}
			if country == "" {
				continue
			}
			e = &actor.Entry{Kind: kind, Name: name, Country: country, Source: InferredSource + rule,
				Codes: []actor.DatedCode{{Code: country + role}}}
			// "Hutu rebels": a people's name before a role noun is no group's name, so
			// only a name written like one's is remembered ("the M-19 guerrillas").
			if rule != byModifier || in.groupName(s, r) {
				in.remember(s, r, e, low)
			}
		}
		for _, mi := range []int{r.head, r.tail} {
			if mi >= 0 {
				drop[mi] = true
			}
		}
		added = append(added, actor.Mention{Start: r.start, End: r.end, Entry: e})
		d.inferred = append(d.inferred, inferredSpan{sentence: s.index, span: s.span(r.start, r.end), rule: rule})
	}
	if len(added) == 0 {
		return ms
	}
	out := make([]actor.Mention, 0, len(ms)+len(added))
	for mi, m := range ms {
		if !drop[mi] {
			out = append(out, m)
		}
	}
	out = append(out, added...)
	slices.SortFunc(out, func(a, b actor.Mention) int { return a.Start - b.Start })
	return out
}

// surnames remembers the surname of each person the dictionary names in full ("Saleh"
// after "Ali Abdullah Saleh"), for the mentions of it the dictionary does not list. A
// surname two people of the article share names neither.
func (in *inference) surnames(s *sent, ms []actor.Mention) {
	for _, m := range ms {
		if m.Entry.Kind != actor.Person || m.End-m.Start < 2 || strings.HasPrefix(m.Entry.Source, InferredSource) {
			continue
		}
		last := s.lower[m.End-1]
		if utf8.RuneCountInString(last) < 3 || !startsUpperOrDigit(s.words[m.End-1]) || notActor[last] {
			continue
		}
		if e, ok := in.known[last]; !ok {
			in.known[last] = m.Entry
		} else if e != nil && e != m.Entry && e.CodeAt(in.date) != m.Entry.CodeAt(in.date) {
			in.known[last] = nil
		}
	}
}

// runs finds the sentence's runs of capitalised tokens no dictionary covers: "April 19
// Movement", "National Democratic Front of Bodoland", "M-19", "Raoul Cédras".
func (in *inference) runs(s *sent, ms []actor.Mention, cover []int) []nameRun {
	free := func(k int) bool {
		return k >= 0 && k < len(s.toks) && cover[k] < 0 && isProper(s.toks[k]) && !notActor[s.lower[k]] &&
			!notNameWord[s.lower[k]] && startsUpperOrDigit(s.words[k])
	}
	var out []nameRun
	for k := 0; k < len(s.toks); k++ {
		// "April 19 Movement", "26 July Movement": a date inside a name.
		dated := k+2 < len(s.toks) && cover[k] < 0 && monthNames[s.lower[k]] && s.toks[k+1].Tag == "CD" && free(k+2)
		// "People's Front of Karvania", "Workers' Party": a role noun owning a name.
		owner := k+2 < len(s.toks) && cover[k] >= 0 && ms[cover[k]].Start == k && ms[cover[k]].End == k+1 &&
			ms[cover[k]].Entry.Kind == actor.Agent && isProper(s.toks[k]) && startsUpperOrDigit(s.words[k]) &&
			(s.lower[k+1] == "'s" || s.lower[k+1] == "'") && free(k+2)
		if !free(k) && !dated && !owner {
			// "Cédras pledged ...": a name already coded, whatever the tagger made of it.
			if cover[k] < 0 && startsUpperOrDigit(s.words[k]) && in.known[s.lower[k]] != nil && !notActor[s.lower[k]] {
				out = append(out, nameRun{start: k, end: k + 1, tail: -1, head: -1})
			}
			continue
		}
		e := k + 1
		for e < len(s.toks) {
			switch {
			case free(e):
				e++
				continue
			case s.toks[e].Tag == "CD" && cover[e] < 0 && free(e+1):
				e += 2 // "April 19 Movement"
				continue
			case s.lower[e] == "'s" && free(e+1):
				e += 2 // "People's Front of Karvania"
				continue
			case (s.lower[e] == "of" || s.lower[e] == "for") && free(e+1):
				e += 2 // "National Democratic Front of Bodoland"
				continue
			case (s.lower[e] == "of" || s.lower[e] == "for") && e+2 < len(s.toks) && s.lower[e+1] == "the" && free(e+2):
				e += 3
				continue
			}
			break
		}
		r := nameRun{start: k, end: e, tail: -1, head: -1}
		if owner {
			r.head = cover[k]
		}
		// A dictionary group right after unknown capitalised words is the tail of a longer
		// name: "Zapatista National Liberation Army", "Southern Sudan Liberation Movement".
		if e < len(cover) && cover[e] >= 0 && ms[cover[e]].Start == e && ms[cover[e]].Entry.Kind == actor.Group &&
			(k > 0 || s.toks[k].Tag == "NNP") {
			r.tail, r.end = cover[e], ms[cover[e]].End
		}
		if k == 0 && r.tail < 0 && e-k == 1 && s.toks[k].Tag != "NNP" {
			k = e
			continue
		}
		out = append(out, r)
		k = r.end - 1
	}
	return out
}

// titleWords are ranks and honorifics that go with a title ("Lieutenant General").
var titleWords = set("lieutenant", "major", "brigadier", "colonel", "captain", "marshal", "field",
	"admiral", "sergeant", "vice", "rear", "lt.", "lt", "maj.", "brig.", "col.", "gen.", "sheikh", "mullah")

// notNameWord lists capitalised words that start no name of an actor: titles and
// determiners the tagger may call proper nouns.
var notNameWord = set("commander", "president", "minister", "chairman", "leader", "general", "colonel",
	"captain", "lieutenant", "major", "brigadier", "marshal", "admiral", "sergeant", "bishop", "emperor", "king", "queen", "prince", "sheikh", "mullah", "pope", "senator",
	"governor", "mayor", "ambassador", "envoy", "spokesman", "this", "that", "these", "those", "under",
	"after", "before", "when", "while", "as", "at", "by", "for", "with", "from", "to", "and", "or", "of",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jan.", "feb.",
	"aug.", "sept.", "oct.", "nov.", "dec.", "un", "u.n.", "god", "allah", "christmas", "easter", "ramadan")

func startsUpperOrDigit(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// evidence finds what the sentence says run r is: its role code, kind, country (or ""
// for the sentence's or article's) and the rule that found it; role "" when nothing does.
// A state's official or officer is of the country the title names ("Thailand's acting
// prime minister"), else of the article's main country when the sentence names it and
// no other: negotiators and generals often serve another state than the one the
// article is about, so otherwise the name stays unknown.
func (in *inference) evidence(s *sent, ms []actor.Mention, cover []int, r nameRun) (role string, kind actor.Kind, country, rule string) {
	role, kind, country, rule = in.clues(s, ms, cover, r)
	if country == ofOrganisation {
		return "", "", "", "" // "OAS envoy Dante Caputo" serves no country
	}
	if kind != actor.Person {
		return role, kind, country, rule
	}
	for k := r.start; k < r.end; k++ {
		if institutionWords[s.lower[k]] {
			return "", "", "", ""
		}
	}
	if country == "" && !groupRoles[role] {
		country = in.counterpartCountry(s, ms, cover, r, role, rule == byList)
	}
	if country == "" && !groupRoles[role] {
		if country = in.onlyCountry(s, ms); country != in.dominant {
			return "", "", "", ""
		}
	}
	return role, kind, country, rule
}

// counterpartCountry is the country of a titled person whose title names none, read
// from a sentence that names their counterparts: "signed by President Boris Yeltsin
// and President Guntis Ulmanis" beside Latvia makes Ulmanis Latvia's, as a state has
// one president. The countries of the people of the same role the sentence names are
// taken; of the states it names besides (the dateline aside), the only one left is
// the person's, or for the last of a list of leaders the nearest ("Presidents Bill
// Clinton, Boris Yeltsin and Leonid Kravchuk signed ... under which Ukraine"). ""
// when no counterpart is named, no state or more than one is left, or the title is
// owned by what the sentence named before ("whose leader Igor Smirnov").
func (in *inference) counterpartCountry(s *sent, ms []actor.Mention, cover []int, r nameRun, role string, listed bool) string {
	k := r.start - 1
	for k >= 0 && cover[k] >= 0 && ms[cover[k]].Entry.Kind == actor.Agent {
		k = ms[cover[k]].Start - 1
	}
	if k >= 0 && ownerWords[s.lower[k]] {
		return ""
	}
	taken := map[string]bool{}
	for _, m := range ms {
		if m.Entry.Kind != actor.Person || m.End > r.start && m.Start < r.end {
			continue
		}
		if c := m.Entry.CodeAt(in.date); len(c) == 6 && c[3:] == role && rootCountry(c) != "" {
			taken[rootCountry(c)] = true
		}
	}
	if len(taken) == 0 {
		return ""
	}
	best, dist, left := "", len(s.toks), map[string]bool{}
	for _, m := range ms {
		c := m.Entry.Country
		if c == "" || taken[c] || m.Entry.Kind == actor.Agent || m.Entry.Kind == actor.Person ||
			strings.HasPrefix(m.Entry.Source, InferredSource) || s.dateline(m) {
			continue
		}
		left[c] = true
		d := m.Start - r.end
		if m.End <= r.start {
			d = r.start - m.End
		}
		if d < dist {
			best, dist = c, d
		}
	}
	if len(left) > 1 && !listed {
		return ""
	}
	return best
}

// ownerWords own the title after them: "whose leader", "its president".
var ownerWords = set("whose", "its", "their", "his", "her")

// dateline reports whether mention m is the place of the article's dateline ("RIGA,
// Sept 1 –"): where it was written, not whose people it names.
func (s *sent) dateline(m actor.Mention) bool {
	if s.index != 0 || m.Start != 0 || m.End >= len(s.toks) || s.lower[m.End] != "," {
		return false
	}
	w := s.words[m.Start]
	return w == strings.ToUpper(w)
}

// onlyCountry is the one country the sentence names as an actor (places and the
// dateline aside), or "".
func (in *inference) onlyCountry(s *sent, ms []actor.Mention) string {
	only := ""
	for _, m := range ms {
		c := m.Entry.Country
		if c == "" || m.Entry.Kind == actor.Agent || m.Entry.Kind == actor.Place || strings.HasPrefix(m.Entry.Source, InferredSource) || s.dateline(m) {
			continue
		}
		if only != "" && c != only {
			return ""
		}
		only = c
	}
	return only
}

// ofOrganisation is what countryBefore returns for a title an organisation's name
// starts.
const ofOrganisation = "-"

// institutionWords make a name a body's, never a person's.
var institutionWords = set("committee", "council", "commission", "assembly", "court", "ministry",
	"agreement", "accord", "accords", "treaty", "protocol", "declaration", "conference", "office",
	"agency", "bank", "fund", "house", "palace", "university", "school", "hospital", "airport",
	"bridge", "river", "lake", "mountains", "valley", "road", "highway", "square", "camp", "district",
	"districts", "region", "province", "state", "republic", "territory", "zone", "line", "corridor")

// clues reads the evidence for evidence.
func (in *inference) clues(s *sent, ms []actor.Mention, cover []int, r nameRun) (role string, kind actor.Kind, country, rule string) {
	groupish := in.groupName(s, r)
	agentAt := func(k int) *actor.Mention {
		if k < 0 || k >= len(cover) || cover[k] < 0 || ms[cover[k]].Entry.Kind != actor.Agent {
			return nil
		}
		return &ms[cover[k]]
	}
	roleOf := func(m *actor.Mention) string { return m.Entry.CodeAt(time.Time{}) }
	// "the M-19 guerrillas", "EZLN fighters", "the Hezb-e-Islami party".
	if m := agentAt(r.end); m != nil && m.Start == r.end && groupRoles[roleOf(m)] && r.tail < 0 {
		return roleOf(m), actor.Group, "", byModifier
	}
	if r.end < len(s.lower) && (s.lower[r.end] == "party" || s.lower[r.end] == "parties") && r.tail < 0 {
		return "OPP", actor.Group, "", byModifier
	}
	// "the rebel group Seleka", "rebel leader Foday Sankoh", "President Ernesto Zedillo".
	if k := r.start - 1; k >= 0 {
		if groupNouns[s.lower[k]] {
			if m := agentAt(k - 1); m != nil && groupRoles[roleOf(m)] {
				return roleOf(m), actor.Group, in.countryBefore(s, ms, cover, m.Start), byTitle
			}
		} else if m := agentAt(k); m != nil && m.End == r.start {
			role, start := titleRole(s, ms, cover, m)
			if role != "" && (groupish || !personRoles[role] || !strings.HasSuffix(s.lower[k], "s")) {
				kind := actor.Person
				if groupish {
					kind = actor.Group
				}
				if kind == actor.Group && !groupRoles[role] {
					return "", "", "", ""
				}
				country := in.countryBefore(s, ms, cover, start)
				if country == "" && kind == actor.Person {
					// "UNITA's military commander, General Abreu Kamorteiro": the title
					// set before the rank names whose officer he is.
					if r2, c2, ok := in.titleBeforeComma(s, ms, cover, start); ok {
						return r2, kind, c2, byAppositive
					}
					country = in.countryOf(s, ms, cover, r.end) // "President Leonid Kravchuk of Ukraine"
				}
				return role, kind, country, byTitle
			}
		}
	}
	// "Presidents Bill Clinton, Boris Yeltsin and Leonid Kravchuk".
	if role := in.listedRole(s, ms, cover, r); role != "" && !groupish {
		return role, actor.Person, "", byList
	}
	// "the guerrillas of the April 19 Movement", "fighters of the NDFB".
	if k := r.start - 1; k >= 1 {
		if s.lower[k] == "the" {
			k--
		}
		if k >= 1 && s.lower[k] == "of" {
			if m := agentAt(k - 1); m != nil && groupRoles[roleOf(m)] && strings.HasSuffix(s.lower[k-1], "s") {
				return roleOf(m), actor.Group, in.countryBefore(s, ms, cover, m.Start), byMembers
			}
		}
	}
	// "the NDFB, a rebel group", "Raoul Cédras, the army chief".
	if role, kind, country := in.appositiveAfter(s, ms, cover, r, groupish); role != "" {
		return role, kind, country, byAppositive
	}
	// "Haiti's military leader, Raoul Cédras, ...".
	if k := r.start - 1; k >= 1 && s.lower[k] == "," && r.end < len(s.lower) && (s.lower[r.end] == "," || s.lower[r.end] == "(") {
		if m := agentAt(k - 1); m != nil && m.End == k {
			role, start := titleRole(s, ms, cover, m)
			singular := !strings.HasSuffix(s.lower[k-1], "s")
			switch {
			case role == "":
			case groupish && groupRoles[role]:
				return role, actor.Group, in.countryBefore(s, ms, cover, start), byAppositive
			case !groupish && singular && personRoles[role]:
				return role, actor.Person, in.countryBefore(s, ms, cover, start), byAppositive
			}
		}
	}
	if r.tail >= 0 {
		if c := ms[r.tail].Entry.CodeAt(in.date); len(c) == 6 && rootCountry(c) != "" && groupRoles[c[3:]] {
			return c[3:], actor.Group, "", byLonger
		}
		return "", "", "", ""
	}
	if role := nameRole(s, r); role != "" {
		return role, actor.Group, "", byName
	}
	return "", "", "", ""
}

// listedRole is the role a plural title gives run r at the end of the list of people it
// heads ("Presidents Bill Clinton, Boris Yeltsin and Leonid Kravchuk"): the one role
// the people listed before r hold, or "".
func (in *inference) listedRole(s *sent, ms []actor.Mention, cover []int, r nameRun) string {
	role, headed := "", false
	k := r.start - 1
	if k < 0 || s.lower[k] != "and" && s.lower[k] != "," {
		return ""
	}
	for k >= 0 && !headed {
		switch {
		case s.lower[k] == "," || s.lower[k] == "and":
			k--
			continue
		case cover[k] < 0 || ms[cover[k]].Entry.Kind != actor.Person:
			return ""
		}
		m := ms[cover[k]]
		c := m.Entry.CodeAt(in.date)
		if len(c) != 6 || !personRoles[c[3:]] || role != "" && c[3:] != role {
			return ""
		}
		role = c[3:]
		headed = pluralTitle(s.lower[m.Start]) || m.Start > 0 && pluralTitle(s.lower[m.Start-1])
		k = m.Start - 1
	}
	if !headed {
		return ""
	}
	return role
}

// pluralTitle reports whether w is a person noun's plural ("presidents", "leaders").
func pluralTitle(w string) bool {
	return strings.HasSuffix(w, "s") && personNouns[strings.TrimSuffix(w, "s")]
}

// groupRoles are the roles a named group takes; personRoles those a named person takes
// from a title.
var (
	groupRoles  = set("REB", "OPP")
	personRoles = set("REB", "OPP", "MIL", "GOV")
)

// groupNouns name an organisation: after a role noun they make the name a group's.
var groupNouns = set("group", "movement", "party", "faction", "organisation", "organization",
	"front", "alliance", "coalition", "militia")

// personNouns are the heads of a title that make the name a person's.
var personNouns = set("leader", "chief", "commander", "head", "president", "minister", "general",
	"spokesman", "spokeswoman", "chairman", "ruler", "strongman", "warlord", "founder")

// titleRole is the role a title ending with agent m gives a name: of the agent mentions
// glued before it ("Haiti's military leader", "rebel leader"), rebels and opposition
// first, then the military, then the government. start is where the title begins.
func titleRole(s *sent, ms []actor.Mention, cover []int, m *actor.Mention) (role string, start int) {
	rank := map[string]int{"REB": 4, "OPP": 3, "MIL": 2, "GOV": 1}
	start = m.Start
	best := m.Entry.CodeAt(time.Time{})
	for k := m.Start - 1; k >= 0; k-- {
		if cover[k] >= 0 && ms[cover[k]].Entry.Kind == actor.Agent {
			c := ms[cover[k]].Entry.CodeAt(time.Time{})
			if rank[c] > rank[best] {
				best = c
			}
			start = ms[cover[k]].Start
			k = start
			continue
		}
		if glue[s.lower[k]] && s.lower[k] != "'s" {
			continue
		}
		break
	}
	if rank[best] == 0 {
		return "", start
	}
	return best, start
}

// appositiveAfter reads "NAME, a rebel group" and "NAME (ACR), the opposition party",
// returning the role, kind and country (or "") it states.
func (in *inference) appositiveAfter(s *sent, ms []actor.Mention, cover []int, r nameRun, groupish bool) (string, actor.Kind, string) {
	k := r.end
	if k < len(s.lower) && s.lower[k] == "(" {
		for k < len(s.lower) && s.lower[k] != ")" && k < r.end+4 {
			k++
		}
		k++
	}
	if k >= len(s.lower) || s.lower[k] != "," {
		return "", "", ""
	}
	k++
	if k < len(s.lower) && (s.lower[k] == "a" || s.lower[k] == "an" || s.lower[k] == "the") {
		k++
	}
	country := ""
	for end := min(k+4, len(s.lower)); k < end; k++ {
		if cover[k] < 0 {
			if t := s.toks[k].Tag; t == "JJ" || t == "NN" || t == "VBN" || t == "RB" {
				continue
			}
			if s.lower[k] == "'s" && country != "" {
				end = min(end+1, len(s.lower)) // "Leonid Kravchuk, Ukraine's president"
				continue
			}
			return "", "", ""
		}
		m := &ms[cover[k]]
		switch m.Entry.Kind {
		case actor.Country, actor.Capital:
			country = m.Entry.Country
			if country == "" {
				country = rootCountry(m.Entry.CodeAt(in.date))
			}
			k = m.End - 1
			continue
		case actor.Agent:
			// "in the Mediterranean, President Barack Obama said": a title before a
			// name is that person's.
			if j := m.End; j < len(s.toks) && (cover[j] >= 0 && ms[cover[j]].Entry.Kind == actor.Person ||
				cover[j] < 0 && isProper(s.toks[j]) && startsUpperOrDigit(s.words[j])) {
				return "", "", ""
			}
		default:
			return "", "", ""
		}
		role := m.Entry.CodeAt(time.Time{})
		// The role noun's head: the agent's last word or a noun after it ("rebel group").
		head := s.lower[m.End-1]
		if m.End < len(s.lower) && (groupNouns[s.lower[m.End]] || personNouns[s.lower[m.End]]) {
			head = s.lower[m.End]
		}
		for j := m.End; j < len(s.lower) && cover[j] >= 0 && ms[cover[j]].Entry.Kind == actor.Agent; j = ms[cover[j]].End {
			// "the army chief", "a rebel military commander": the most telling role wins.
			head = s.lower[ms[cover[j]].End-1]
			if r2, _ := titleRole(s, ms, cover, &ms[cover[j]]); r2 != "" {
				role = r2
			}
		}
		switch {
		case groupNouns[head] || strings.HasSuffix(head, "s"):
			if groupRoles[role] {
				return role, actor.Group, country
			}
		case personNouns[head] && !groupish:
			if personRoles[role] {
				return role, actor.Person, country
			}
		}
		return "", "", ""
	}
	return "", "", ""
}

// countryBefore is the country of a country or capital mention just before token k,
// over glue words ("Colombian rebel leader", "Thailand's acting prime minister"),
// ofOrganisation after an organisation's name or one no dictionary knows ("OAS
// envoy"), or "".
func (in *inference) countryBefore(s *sent, ms []actor.Mention, cover []int, k int) string {
	j := k - 1
	for j >= 0 && cover[j] < 0 && glue[s.lower[j]] && j >= k-3 {
		j--
	}
	for j >= 0 && cover[j] < 0 && titleWords[s.lower[j]] && j >= k-3 {
		j-- // "Lieutenant General"
	}
	if j >= 0 && cover[j] < 0 && isProper(s.toks[j]) && !glue[s.lower[j]] && !notNameWord[s.lower[j]] {
		return ofOrganisation // "OAS envoy": an owner no dictionary knows
	}
	if j < 0 || cover[j] < 0 {
		return ""
	}
	e := ms[cover[j]].Entry
	if e.Kind == actor.IGO || e.Kind == actor.Group {
		return ofOrganisation
	}
	if e.Kind != actor.Country && e.Kind != actor.Capital {
		return ""
	}
	if e.Country != "" {
		return e.Country
	}
	return rootCountry(e.CodeAt(in.date))
}

// titleBeforeComma reads the title written before a comma ending at token k-1 ("UNITA's
// military commander, General X", "Haiti's military leader, Colonel X"): its role and
// country, the role and country of a dictionary armed group owning it ("UNITA's"), and
// ok false when no singular person's title with an owner stands there.
func (in *inference) titleBeforeComma(s *sent, ms []actor.Mention, cover []int, k int) (role, country string, ok bool) {
	if k < 2 || s.lower[k-1] != "," || cover[k-2] < 0 {
		return "", "", false
	}
	m := &ms[cover[k-2]]
	if m.Entry.Kind != actor.Agent || m.End != k-1 || strings.HasSuffix(s.lower[k-2], "s") {
		return "", "", false
	}
	role, start := titleRole(s, ms, cover, m)
	if !personRoles[role] {
		return "", "", false
	}
	if g := in.ownerGroup(s, ms, cover, start); g != "" {
		return g[3:], g[:3], true
	}
	if c := in.countryBefore(s, ms, cover, start); c != "" && c != ofOrganisation {
		return role, c, true
	}
	return "", "", false
}

// ownerGroup is the code of the dictionary armed or opposition group that owns the
// title starting at token k ("UNITA's military commander"), or "".
func (in *inference) ownerGroup(s *sent, ms []actor.Mention, cover []int, k int) string {
	j := k - 1
	if j < 1 || s.lower[j] != "'s" || cover[j-1] < 0 {
		return ""
	}
	e := ms[cover[j-1]].Entry
	c := e.CodeAt(in.date)
	if e.Kind != actor.Group || len(c) != 6 || rootCountry(c) == "" || !groupRoles[c[3:]] {
		return ""
	}
	return c
}

// countryOf is the country of a country mention "of" names at token k, right after a
// titled person's name ("President Leonid Kravchuk of Ukraine"), or "".
func (in *inference) countryOf(s *sent, ms []actor.Mention, cover []int, k int) string {
	if k+1 >= len(s.lower) || s.lower[k] != "of" || cover[k+1] < 0 {
		return ""
	}
	m := ms[cover[k+1]]
	if m.Start != k+1 || m.Entry.Kind != actor.Country {
		return ""
	}
	if m.End < len(s.lower) && (s.lower[m.End] == "'s" || cover[m.End] >= 0 && ms[cover[m.End]].Entry.Kind == actor.Agent) {
		return "" // "of Ukraine's parliament", "of the Ukrainian army"
	}
	if m.Entry.Country != "" {
		return m.Entry.Country
	}
	return rootCountry(m.Entry.CodeAt(in.date))
}

// sentenceCountry is the country an unknown group of the sentence belongs to: the
// article's main country if the sentence names it or names none, else the one country
// the sentence names, the dateline aside.
func (in *inference) sentenceCountry(s *sent, ms []actor.Mention) string {
	seen := map[string]bool{}
	for _, m := range ms {
		if c := m.Entry.Country; c != "" && m.Entry.Kind != actor.Agent && !strings.HasPrefix(m.Entry.Source, InferredSource) && !s.dateline(m) {
			seen[c] = true
		}
	}
	if len(seen) == 0 || seen[in.dominant] {
		return in.dominant
	}
	if len(seen) == 1 {
		for c := range seen {
			return c
		}
	}
	return in.dominant
}

// groupName reports whether run r names an organisation by its form: an acronym
// ("NDFB", "M-19"), a hyphenated name ("Hezb-e-Islami") or a role word in it.
func (in *inference) groupName(s *sent, r nameRun) bool {
	if r.tail >= 0 || nameRole(s, r) != "" {
		return true
	}
	for k := r.start; k < r.end; k++ {
		w := s.words[k]
		if w == strings.ToUpper(w) && strings.ContainsFunc(w, unicode.IsUpper) && utf8.RuneCountInString(w) >= 2 {
			return true
		}
	}
	return r.end-r.start == 1 && strings.Count(s.words[r.start], "-") >= 2
}

// nameRole is the role a word in a name of two words or more gives it: an Army,
// Front, Militia or Liberation movement is an armed group, a Party or other Movement
// the opposition.
func nameRole(s *sent, r nameRun) string {
	if r.end-r.start < 2 {
		return ""
	}
	role := ""
	for k := r.start; k < r.end; k++ {
		switch s.words[k] {
		case "Army", "Front", "Liberation", "Militia", "Militias", "Brigade", "Brigades", "Guerrillas",
			"Resistance", "Rebels", "Armed", "Revolutionary", "Insurgency", "Mujahideen":
			return "REB"
		case "Party", "Movement", "League", "Opposition":
			role = "OPP"
		}
	}
	return role
}

// remember records entry e under run r's name, the acronym given after it ("(NDFB)",
// ", M-19,"), the initials of its words, and for a person the surname, for the rest
// of the article.
func (in *inference) remember(s *sent, r nameRun, e *actor.Entry, low string) {
	in.known[low] = e
	add := func(alias string) {
		if _, ok := in.known[alias]; !ok && len(alias) >= 2 {
			in.known[alias] = e
		}
	}
	k := r.end
	if k+2 < len(s.toks) && (s.lower[k] == "(" && s.lower[k+2] == ")" || s.lower[k] == "," && k+2 < len(s.lower) && s.lower[k+2] == ",") &&
		isAcronym(s.words[k+1]) {
		add(s.lower[k+1])
	}
	if e.Kind == actor.Person {
		if r.end-r.start >= 2 && r.tail < 0 {
			add(s.lower[r.end-1])
		}
		return
	}
	var initials strings.Builder
	words := 0
	for k := r.start; k < r.end; k++ {
		if ru, _ := utf8.DecodeRuneInString(s.words[k]); unicode.IsUpper(ru) {
			initials.WriteRune(unicode.ToLower(ru))
			words++
		}
	}
	if words >= 3 {
		add(initials.String())
	}
	// "the Zapatistas" after "the Zapatista National Liberation Army".
	if first := s.lower[r.start]; r.end-r.start >= 2 && len(first) >= 5 && !genericNameWord[first] && !isAcronym(s.words[r.start]) {
		add(first)
	}
}

// genericNameWord lists words that start many names and so stand for none.
var genericNameWord = set("national", "democratic", "popular", "people's", "peoples", "united", "revolutionary",
	"islamic", "socialist", "communist", "liberation", "armed", "union", "party", "movement", "front",
	"alliance", "council", "congress", "federal", "central", "northern", "southern", "eastern", "western",
	"free", "new", "patriotic", "unified", "independent", "progressive", "republican", "supreme", "transitional")

// isAcronym reports whether w is written like an acronym: capitals, digits and hyphens
// with at least two capitals ("NDFB", "M-19", "EZLN").
func isAcronym(w string) bool {
	upper := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsDigit(r) || r == '-':
		default:
			return false
		}
	}
	return upper >= 1 && utf8.RuneCountInString(w) >= 2 && (upper >= 2 || strings.ContainsAny(w, "0123456789"))
}

// markInferred records on the result's mentions, and in the coder rule of the events
// whose actors stand on them, that their code was inferred.
func (d *doc) markInferred(res *Result) {
	if len(d.inferred) == 0 {
		return
	}
	ruleAt := func(sp event.Span) string {
		for _, x := range d.inferred {
			if x.span.Start < sp.End && sp.Start < x.span.End {
				return x.rule
			}
		}
		return ""
	}
	// A code only inferred mentions hold came from them however it was reached ("the group").
	onlyInferred := map[string]bool{}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		m.Inferred = ruleAt(m.Span)
		if m.Inferred != "" {
			if _, seen := onlyInferred[m.Code]; !seen {
				onlyInferred[m.Code] = true
			}
		} else if m.Code != "" {
			onlyInferred[m.Code] = false
		}
	}
	for i := range res.Events {
		e := &res.Events[i]
		var rules []string
		for _, a := range slices.Concat(e.Source, e.Target) {
			r := ""
			if a.Span != nil {
				r = ruleAt(*a.Span)
			}
			if r == "" && onlyInferred[a.Code] {
				r = byRepeat
			}
			if r != "" && !slices.Contains(rules, r) {
				rules = append(rules, r)
			}
		}
		if len(rules) > 0 {
			e.Coder.Rule += ";inferred:" + strings.Join(rules, ",")
		}
	}
}

// monthNames may start a name that holds a date: "April 19 Movement".
var monthNames = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december")
