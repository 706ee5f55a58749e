package agreement

import (
	"github.com/peacewatch/peacewatch/text"
	"slices"
	"strings"
	"time"
)

// building is an agreement being assembled from an article.
type building struct {
	ag    Agreement
	deals []deal
	first int
	tl    timeline
	terms []term
	src   Source
	vs    []sent
	named bool // the text gives the deal a proper name
	// fighting is belligerents' answer, read once: the article does not change.
	fighting     []string
	fightingRead bool
	// unread are sentences of commitments, inside a run of terms, none of which was
	// read as a term: the run goes on past one of them (see bridged).
	unread []int
}

// newBuilding starts the agreement of one group of deal sentences: parties, date,
// place, witnesses, guarantors and name from what those sentences say.
func newBuilding(src Source, vs []sent, g []deal) *building {
	b := &building{deals: g, first: g[0].si, src: src, vs: vs}
	a := &b.ag
	var best deal
	for _, d := range g {
		for _, p := range d.parties {
			a.Parties = addCode(a.Parties, p)
		}
		for _, w := range d.witnesses {
			a.Witnesses = addCode(a.Witnesses, w)
		}
		for _, w := range d.guarantors {
			a.Guarantors = addCode(a.Guarantors, w)
		}
		// a deal sentence naming no party refers to the deal; its date and place may
		// be another event's ("A permanent ceasefire agreed in Khartoum in June")
		if len(d.parties) == 0 && len(g) > 1 {
			// ... unless it names the day ("The declaration, signed on July 19, ...")
			// signed at least as surely ("The ceasefire the two sides' armies agreed in
			// Zagreb on February 23 is to stay in force" is an earlier deal's day)
			// an undated agreement takes any such date ("Under the pact signed in Bogotá
			// on Friday, ...")
			if d.signed != "" && d.strength >= best.strength && (d.dateNamed && !best.dateNamed || a.Signed == "" || best.reported && !d.reported) {
				a.Signed, best = d.signed, d
			}
			continue
		}
		// the date of the surest verb wins: signing over agreeing over approving,
		// and a date the text names over one worked out, and a day the verb takes
		// over the day it was reported ("officials said on Thursday")
		if d.signed != "" && (a.Signed == "" || d.strength > best.strength || d.strength == best.strength && (d.dateNamed && !best.dateNamed || best.reported && !d.reported)) {
			a.Signed, best = d.signed, d
			a.Initialled = d.strength == verbStrength("initialled")
		}
		if a.Place == "" {
			a.Place = d.place
		}
		if a.Name == "" {
			a.Name = d.name
		}
	}
	if slices.ContainsFunc(a.Parties, func(p string) bool { return strings.HasSuffix(p, "REB") && contains(a.Parties, Root(p)) }) {
		// "Envoys of Ukraine, Russia and the OSCE signed ... with the separatist
		// leaders": in a deal between a state and its armed groups, an international
		// body signing beside them stands surety for it
		for _, p := range slices.Clone(a.Parties) {
			if strings.HasPrefix(p, "IGO") {
				a.Parties = slices.DeleteFunc(a.Parties, func(c string) bool { return c == p })
				a.Guarantors = addCode(a.Guarantors, p)
			}
		}
	}
	pr := actorRoots(a.Parties)
	a.Witnesses = slices.DeleteFunc(a.Witnesses, func(c string) bool { return contains(a.Parties, partyCode(c)) && partyCode(c) == c })
	a.Guarantors = slices.DeleteFunc(a.Guarantors, func(c string) bool { return contains(pr, Root(c)) || contains(a.Witnesses, c) })
	b.named = a.Name != ""
	if a.Name == "" {
		a.Name = b.generatedName(g[0].kind)
	}
	if src.Article.ID != "" {
		a.Articles = []string{src.Article.ID}
	}
	b.tl = readTimeline(vs, src.Doc.Text, a.Signed)
	if !src.Article.Date.IsZero() {
		b.tl.published = src.Article.Date.Format(time.DateOnly)
	}
	return b
}

// hasDeal reports whether sentence si is one of the building's deal sentences.
func (b *building) hasDeal(si int) bool {
	for _, d := range b.deals {
		if d.si == si {
			return true
		}
	}
	return false
}

// generatedName names a deal the text gives no name: its parties' short names and
// its kind ("US–Taliban agreement").
func (b *building) generatedName(kind string) string {
	var names []string
	for _, p := range b.ag.Parties {
		names = append(names, b.shortName(p))
	}
	if len(names) == 0 {
		return kind
	}
	return strings.Join(names, "–") + " " + kind
}

// shortName is the shortest name the article gives an actor with code's root and
// role, without a leading "the". A name the article gives the state itself
// ("Russia") wins over its government's metonyms and titles ("Moscow", "the
// Kremlin"), a titled person's surname comes last ("President Boris Yeltsin":
// "Yeltsin"), and a dateline in capitals ("COLOMBO") is no name.
func (b *building) shortName(code string) string {
	best, bestTier := "", 4
	for _, m := range b.src.Mentions {
		if m.Code == "" || m.Place || partyCode(m.Code) != code && m.Code != code {
			continue
		}
		if p := strings.TrimRight(b.src.Doc.Text[:max(0, m.Span.Start)], " "); strings.HasSuffix(p, " in") || strings.HasSuffix(p, " at") {
			continue // "in Manila" names where, not who
		}
		n := strings.TrimPrefix(strings.TrimPrefix(m.Name, "the "), "The ")
		gov := strings.HasSuffix(n, "'s government") || strings.HasPrefix(n, "government of ")
		n = strings.TrimSuffix(n, "'s government") // "Colombia's government" is Colombia
		n = strings.TrimPrefix(strings.TrimPrefix(n, "government of "), "the ")
		if n == "" || strings.ToUpper(n) == n && len(n) > 4 && b.opensSentence(m.Sentence, m.Span.Start) {
			continue // a dateline ("COLOMBO, Feb 23 -"), not an acronym ("SPLM-IO")
		}
		tier := 2
		switch sn := titledSurname(n); {
		case sn != "":
			// "President Boris Yeltsin" is Yeltsin: a title is no name of the side, and
			// a person's name is the last the side is named by
			n, tier = sn, 3
		case m.Code == code:
			tier = 0
		case gov:
			tier = 1
		}
		if tier < bestTier || tier == bestTier && len(n) < len(best) {
			best, bestTier = n, tier
		}
	}
	if best == "" && strings.HasSuffix(code, "REB") && len(code) == 6 {
		return "armed groups" // named by their role only
	}
	if best == "" && strings.HasSuffix(code, "CVL") && len(code) == 6 {
		return "local leaders" // "civic leaders from the city of X"
	}
	if best == "" {
		return code
	}
	return best
}

// officeTitles are the titles written before a person's full name ("Chancellor
// Helmut Kohl", "Prime Minister Indira Gandhi").
var officeTitles = map[string]bool{"president": true, "chancellor": true, "premier": true, "king": true, "queen": true,
	"general": true, "minister": true, "secretary": true, "envoy": true, "ambassador": true}

// titledSurname returns the surname of a titled person's name of three words or more
// ("Chancellor Helmut Kohl": "Kohl"), "" for any other name.
func titledSurname(name string) string {
	f := strings.Fields(name)
	k := 0
	for k < len(f)-2 && (officeTitles[strings.ToLower(f[k])] || f[k] == "Prime" || f[k] == "Foreign") {
		k++
	}
	if k == 0 || len(f)-k < 2 {
		return ""
	}
	return personSurname(strings.Join(f[k:], " "))
}

// groupReferents returns the two sides "the two leaders" or "both countries" of the
// deal sentence at si stand for: the first two countries or groups the sentences
// before it name, witnesses left out. A story's lead may name the sides only after
// it ("... signing the treaty that fixes the line between their two countries. ...
// fighting between Kyrgyz and Uzbek forces"): a group in the first paragraph with
// no sides before it stands for those of the three sentences after it.
func groupReferents(vs []sent, si int, d deal) []string {
	lx := loadLexicon()
	i, p, _ := lx.find("group", vs[si].words, 0, len(vs[si].words))
	if i < 0 || !contains(p.words, "two") && !contains(p.words, "both") {
		return nil
	}
	// "the two governments" and "both countries" are states, never a court or an agency
	// the sentences before them name
	states := slices.ContainsFunc(p.words, func(w string) bool { return w == "governments" || w == "countries" || w == "states" })
	// "a clash with Chinese troops. ... commanders of the two armies": armies are the
	// sides of the fighting told before
	armies := slices.ContainsFunc(p.words, func(w string) bool { return w == "armies" || w == "militaries" })
	// "Qatar and Turkey mediated, the statement said.": a story's mediators are never
	// the two sides
	var mediators []string
	for k := 0; k < si; k++ {
		mediators = append(mediators, mediatorRoots(lx, &vs[k])...)
	}
	from, to := max(0, si-3), si
	pick := func(inPhrase bool) []string {
		var out, rs []string
		for k := from; k < to; k++ {
			for _, a := range vs[k].actorsIn(0, len(vs[k].words)) {
				c := partyCode(a.Code)
				pw := vs[k].word(a.tok - 1)
				if pw == "the" {
					pw = vs[k].word(a.tok - 2)
				}
				if contains(rs, Root(c)) || contains(mediators, Root(c)) || contains(d.witnesses, a.Code) || contains(d.guarantors, a.Code) || isVenue(&vs[k], a) || lx.has("witness", vs[k].words, a.end, a.end+3) ||
					subjectPreps[pw] && (!inPhrase || pw != "to" && (pw != "with" || !armies)) && (from < si || pw != "between") || (states || inPhrase) && len(Root(c)) != 3 {
					continue
				}
				if states {
					c = Root(c) // "both countries": the states, not their forces
				}
				rs = append(rs, Root(c))
				out = append(out, c)
			}
		}
		return out
	}
	out := pick(false)
	if len(out) < 2 {
		// "Libya has agreed to hand the strip back to Chad. ... signed by delegations of
		// the two governments": the side a deal hands something to is the other one
		out = pick(true)
	}
	if len(out) < 2 && vs[si].para == 0 {
		from, to = si+1, min(len(vs), si+4)
		out = pick(false) // ("fighting between Kyrgyz and Uzbek forces")
	}
	if len(out) < 2 {
		return nil
	}
	return out[:2]
}

// mediatorRoots returns the roots of the actors v names as mediators surely: those a
// mediating verb follows ("Qatar and Turkey mediated", "Oman, which has mediated")
// and the first one a mediator phrase introduces ("mediated by the Emirates, the
// Ukrainian headquarters said" lists no more).
// They are read once per sentence: a deal's sides are looked for several times.
func mediatorRoots(lx *lexicon, v *sent) []string {
	if !v.mediatorsRead {
		v.mediators, v.mediatorsRead = readMediatorRoots(lx, v), true
	}
	return v.mediators
}

func readMediatorRoots(lx *lexicon, v *sent) []string {
	var out []string
	for i := range v.words {
		p, n := lx.match("guarantor", v.words, i)
		if n == 0 {
			continue
		}
		var as []actorAt
		switch last := p.words[len(p.words)-1]; {
		case last == "by" || last == "from" || last == "of":
			as = listAfter(v, i+n)
			as = as[:min(1, len(as))]
		case strings.HasPrefix(last, "mediat"):
			as = listBefore(v, i)
		}
		for _, a := range as {
			out = append(out, Root(a.Code))
		}
	}
	return out
}

// nearDeal reports whether paragraph para is one of the deal sentences' paragraphs or
// the one after.
func (b *building) nearDeal(para int) bool {
	for _, d := range b.deals {
		if p := b.vs[d.si].para; para == p || para == p+1 {
			return true
		}
	}
	return false
}

// namesDeal reports whether one of the deal sentences names a deal (a noun such as
// "agreement" or "ceasefire") or tells the signing of the deal the next one opens with
// (signedBeforeDeal), not only something agreed.
func (b *building) namesDeal(lx *lexicon) bool {
	for _, d := range b.deals {
		v := &b.vs[d.si]
		if lx.has("deal", v.words, 0, len(v.words)) || signedBeforeDeal(lx, b.vs, d.si) == d.verb {
			return true
		}
	}
	return false
}

// opensSentence reports whether offset start is where sentence si begins.
func (b *building) opensSentence(si, start int) bool {
	ss := b.src.Doc.Sentences
	return si < 0 || si >= len(ss) || ss[si].Start == start
}

// amongThem reports whether v opens by naming some of a group just counted ("Among
// them were ...", "They include ...").
func amongThem(v *sent) bool {
	w0, w1 := v.word(v.first), v.word(v.first+1)
	return w0 == "among" && (w1 == "them" || w1 == "those") || (w0 == "they" || w0 == "these") && (w1 == "include" || w1 == "included")
}

// countedPowers returns the countries a deal sentence counts rather than names ("Iran
// and six world powers reached ..."): the first that many countries the next two
// sentences list, when they list as many that are not parties yet; or, for a count
// too large to list ("two dozen governments"), the countries the next sentence names
// among them. Nil otherwise.
func countedPowers(vs []sent, si int, d deal) []string {
	v := &vs[si]
	n := 0
	for k := 0; k+1 < d.verb; k++ {
		w := v.word(k + 1)
		if w == "world" || w == "major" || w == "great" || w == "global" || w == "western" {
			w = v.word(k + 2)
		}
		if w != "powers" && w != "countries" && w != "nations" && w != "governments" && w != "states" {
			continue
		}
		if f, used, ok := text.ParseNumber([]string{v.word(k)}); ok && used == 1 && f >= 2 && f <= 12 {
			n = int(f)
		} else if n == 0 && (ok || v.word(k) == "dozen" || v.word(k) == "dozens") {
			n = -1 // "Two dozen governments signed ...": too many to list, some named next
		}
	}
	if n == 0 {
		return nil
	}
	pr := actorRoots(d.parties)
	if n < 0 {
		// "Among them were the United States, Canada and Russia.": the signers the
		// story names
		if si+1 >= len(vs) || !amongThem(&vs[si+1]) {
			return nil
		}
		var out []string
		for _, a := range vs[si+1].actorsIn(0, len(vs[si+1].words)) {
			if r := Root(a.Code); len(r) == 3 && !contains(pr, r) && !contains(out, r) {
				out = append(out, r)
			}
		}
		return out
	}
	for k := si + 1; k < min(len(vs), si+3); k++ {
		var out, rs []string
		for _, a := range vs[k].actorsIn(0, len(vs[k].words)) {
			r := Root(a.Code)
			if len(r) != 3 || contains(pr, r) || contains(rs, r) {
				continue
			}
			rs = append(rs, r)
			out = append(out, r)
		}
		if len(out) >= n {
			return out[:n]
		}
	}
	return nil
}
