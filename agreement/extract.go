package agreement

import (
	"slices"
	"strings"
)

// Extract finds the agreements src reports, with their provisions, each keeping the
// sentence that states it as evidence. An article that reports no deal yields none.
//
// A deal is a sentence in which parties sign, agree or announce one (findDeals); deal
// sentences of one article make one agreement unless the text says "separately" or
// gives another date or place. Terms are read from sentences that cue them ("under
// the terms", "another term includes", lists introduced by a colon), from deal
// sentences that take them as complement ("agreed to ..."), and from commitments
// ("X will ...") in the paragraphs next to those, never from threats or from what
// someone merely says they will do.
func Extract(src Source) []Agreement {
	vs := sentences(src)
	if len(vs) == 0 {
		return nil
	}
	body := src.Doc.Text
	lx := loadLexicon()
	deals := findDeals(vs, body, src.Article.Date)
	if len(deals) == 0 {
		deals = impliedDeal(lx, vs)
	}
	if len(deals) == 0 {
		deals = inForceDeals(vs, body, src.Article.Date)
	}
	termFirst := false
	if len(deals) == 0 {
		deals, termFirst = termFirstDeal(lx, vs, body, src.Article.Date), true
	}
	out := buildDeals(src, lx, vs, deals)
	if len(out) == 0 && !termFirst {
		// the deals the sentences tell are only referred to: the duties may still
		// tell one ("A ceasefire was discussed ... Both sides are to pull back")
		out = buildDeals(src, lx, vs, termFirstDeal(lx, vs, body, src.Article.Date))
	}
	if len(out) == 0 {
		return toldSwap(src, vs)
	}
	return out
}

// buildDeals groups deals into agreements and reads their terms, keeping those that
// are agreements of the article.
func buildDeals(src Source, lx *lexicon, vs []sent, deals []deal) []Agreement {
	if len(deals) == 0 {
		return nil
	}
	body := src.Doc.Text
	groups := groupDeals(deals)
	builds := make([]*building, len(groups))
	for i, g := range groups {
		builds[i] = newBuilding(src, vs, g)
		if kind := builds[i].betweenParties(lx); kind != "" && !builds[i].named {
			builds[i].ag.Name = builds[i].generatedName(kind)
		}
	}
	r := termReader{lx: lx, body: body, vs: vs, builds: builds, lastTerms: -10}
	for si := range vs {
		r.read(si)
	}
	var out []Agreement
	for _, b := range builds {
		a := b.finish()
		// a deal only referred to ("the accord signed in Cartagena") with no terms
		// and fewer than two parties is no agreement of this article
		if len(a.Provisions) == 0 && (partySides(a.Parties) < 2 && !b.named && !b.toldSigning(lx) || b.deals[0].implied || !b.namesDeal(lx)) {
			continue // "Russia and Ukraine agreed to meet again" is no deal
		}
		if len(a.Parties) == 0 && !b.named {
			continue // "commanders from both sides later agreed ...": whose deal is not said
		}
		if len(a.Provisions) == 0 && !b.named && dealDeniedBefore(lx, vs, b.deals[0].si) {
			continue // "The talks ended without a ceasefire. ... Putin spoke of an understanding reached with Trump": a claim, no deal
		}
		out = append(out, a)
	}
	return out
}

// dealDeniedBefore reports whether a sentence before si denies a deal: "ended the
// talks without announcing a ceasefire", "There is no deal until there is a deal". A
// deal then mentioned without any term is one side's word for the talks' progress.
func dealDeniedBefore(lx *lexicon, vs []sent, si int) bool {
	for k := 0; k < si; k++ {
		v := &vs[k]
		for i := range v.words {
			if _, n := lx.match("deal", v.words, i); n > 0 && hasAny(v.words, i-3, i, "no", "without") {
				return true
			}
		}
	}
	return false
}

// partySides counts the sides parties stand for: one per country or organisation, and one
// more for a country's armed groups, opposition or communities ("Macedonia and the
// ethnic Albanian parties" are two).
func partySides(parties []string) int {
	rs := actorRoots(parties)
	n := len(rs)
	for _, r := range rs {
		for _, p := range parties {
			if Root(p) == r && len(p) == 6 && (strings.HasSuffix(p, "REB") || strings.HasSuffix(p, "OPP") || strings.HasSuffix(p, "CVL") || strings.HasSuffix(p, "ETH")) &&
				slices.ContainsFunc(parties, func(q string) bool { return Root(q) == r && q != p }) {
				n++
				break
			}
		}
	}
	return n
}

// impliedDeal returns the deal a sentence citing its terms implies when no sentence
// reports its conclusion ("Under the deal, mediated by Qatar, ..."): its parties are
// the countries and groups named in that sentence and in the article's first one.
func impliedDeal(lx *lexicon, vs []sent) []deal {
	for si := range vs {
		v := &vs[si]
		i, p, _ := lx.find("term", v.words, 0, len(v.words))
		if i < 0 || p.words[0] != "under" && p.words[0] != "another" || p.words[0] == "under" && p.words[1] != "the" {
			// "Under its terms, ..." cites a deal another sentence must tell; "under the
			// disengagement agreement" names one
			i = -1
			for k := range v.words {
				if underModifiedDeal(lx, v, k) {
					i = k
					break
				}
			}
			if i < 0 {
				continue
			}
		}
		d := deal{si: si, verb: i, kind: "agreement", implied: true}
		d.signed = reportedDate(lx, v, i)
		if d.signed == "" {
			d.signed = leadDay(lx, &vs[0])
		}
		d.guarantors = guarantorsOf(lx, v)
		var rs []string
		for _, s := range []*sent{&vs[0], v} {
			med := mediatorToks(lx, s)
			end := len(s.words)
			if s == v {
				for k := i; k < end; k++ {
					if _, m := lx.match("modal", s.words, k); m > 0 {
						end = k // "Israel was to release 400 Palestinian prisoners": what the term acts on
					}
				}
			}
			for _, a := range s.actorsIn(0, end) {
				c := partyCode(a.Code)
				if contains(d.guarantors, a.Code) || contains(rs, Root(c)) || isVenue(s, a) {
					continue
				}
				if med[a.tok] || aboutPreps[s.word(a.tok-1)] || determiners[s.word(a.tok-1)] && aboutPreps[s.word(a.tok-2)] {
					continue // "Hezbollah handed two coffins to the Red Cross": whom it was handed to
				}
				rs = append(rs, Root(c))
				d.parties = append(d.parties, c)
			}
		}
		return []deal{d}
	}
	return nil
}

// leadDay returns the day a story's first sentence dates an announcement of what a
// side will do ("Trump said on Tuesday that the United States would stop bombing
// ..."), its dateline left out; "" when it dates none, several days, or an act
// ("Hezbollah handed three bodies to the Red Cross on Thursday" tells a step taken
// under the deal). A deal whose terms
// the story cites without telling its conclusion is the lead's announced news.
func leadDay(lx *lexicon, v *sent) string {
	end, _ := datelineOf(v.s)
	day := ""
	for _, dm := range v.dates {
		if dm.Tok < end {
			continue
		}
		if !lx.has("report", v.words, max(0, dm.Tok-2), dm.Tok) || v.word(dm.TokEnd) != "that" || !lx.has("modal", v.words, dm.TokEnd, len(v.words)) && !contains(v.words[dm.TokEnd:], "would") {
			return "" // ("Iran has moved four prisoners ..., officials said on Thursday": a step reported)
		}
		if d := dayDate(dm); d != "" && d != day {
			if day != "" {
				return ""
			}
			day = d
		}
	}
	return day
}

// reportedDate returns the day a reporting verb before token i gives ("the minister
// told parliament on February 11 that under the disengagement agreement ..."): the
// deal whose terms are told is concluded by then, as in "have agreed ..., officials
// said on Friday". Empty when no reporting verb is dated before i.
func reportedDate(lx *lexicon, v *sent, i int) string {
	k, _, m := lx.find("report", v.words, 0, i)
	if k < 0 {
		return ""
	}
	for _, dm := range v.dates {
		if dm.Tok >= k+m && dm.Tok < i && dm.Tok <= k+m+3 {
			return dayDate(dm)
		}
	}
	return ""
}

// introSubject returns the actors an introducing sentence binds ("Under the deal, Iran
// will:"), nil when it names none.
func introSubject(lx *lexicon, v *sent) []actorAt {
	n := len(v.words)
	for i := n - 1; i >= 0; i-- {
		if _, k := lx.match("modal", v.words, i); k > 0 {
			return subjectActors(v, subjectStart(v, i), i)
		}
	}
	return nil
}

// groupDeals splits an article's deal sentences into agreements: a sentence joins the
// agreement before it unless it says "separately" or gives another date or place (a
// dateline tells where the story was filed, not where the deal was concluded).
func groupDeals(ds []deal) [][]deal {
	var out [][]deal
	for _, d := range ds {
		if len(out) > 0 {
			g := out[len(out)-1]
			if !d.separate && len(d.parties) == 0 && d.name == "" {
				// "July 4, 2006 - In Algiers, the government and the Alliance sign an
				// accord": a deal naming no side, dated as an earlier one, is that one;
				// dated as none, it is the one before ("The text had been initialled
				// on March 30")
				k := slices.IndexFunc(out, func(g []deal) bool { return datesAgree(g, d) })
				if datesAgree(g, d) || k < 0 {
					k = len(out) - 1
				}
				out[k] = append(out[k], d)
				continue
			}
			if k := sameKindBefore(out, d); k >= 0 {
				out[k] = append(out[k], d)
				continue
			}
			if !d.separate && compatibleDeal(g, d) {
				out[len(out)-1] = append(g, d)
				continue
			}
		}
		out = append(out, []deal{d})
	}
	return out
}

// sameKindBefore returns the group a deal naming no side belongs to when the last
// group is an older deal the story recalls ("The treaty that Chile and Argentina signed
// on Thursday ... In the Act of Montevideo of 1979 the two governments agreed ... The new
// Treaty of Peace and Friendship confirms ..."): the earlier group of the same kind, the
// story's deal, -1 when there is none or the last group is not an older deal.
func sameKindBefore(out [][]deal, d deal) int {
	last := out[len(out)-1]
	if d.separate || len(d.parties) > 0 || len(out) < 2 || !last[0].separate || last[0].kind == d.kind {
		return -1
	}
	return slices.IndexFunc(out[:len(out)-1], func(g []deal) bool { return g[0].kind == d.kind && datesAgree(g, d) })
}

// datesAgree reports whether d's signing is not dated apart from any of g's.
func datesAgree(g []deal, d deal) bool {
	return !slices.ContainsFunc(g, func(x deal) bool {
		return x.signed != "" && d.signed != "" && !closeDates(x.signed, d.signed, 3)
	})
}

func compatibleDeal(g []deal, d deal) bool {
	if otherPair(g, d) {
		return false
	}
	for _, x := range g {
		if x.signed != "" && d.signed != "" && !closeDates(x.signed, d.signed, 3) {
			return false
		}
		if x.place != "" && d.place != "" && !x.datelined && !d.datelined && !strings.EqualFold(x.place, d.place) {
			return false
		}
	}
	return true
}

// otherPair reports whether d names two sides that are not g's and share only some of
// them ("the understandings announced by the United States and Sudan", then "Sudan and
// Israel have agreed to normalise relations"): one side's second deal with another.
// Sides that only announce a deal ("The EU's foreign policy chief and Iran's foreign
// minister announced the plan") speak for the deal told before.
func otherPair(g []deal, d deal) bool {
	if partySides(d.parties) < 2 || d.strength < verbStrength("agreed") {
		return false
	}
	var gr []string
	for _, x := range g {
		if partySides(x.parties) >= 2 {
			gr = append(gr, actorRoots(x.parties)...)
		}
	}
	dr := actorRoots(d.parties)
	shared := 0
	for _, r := range dr {
		if contains(gr, r) {
			shared++
		}
	}
	gOnly := slices.ContainsFunc(gr, func(r string) bool { return !contains(dr, r) })
	return shared > 0 && shared < len(dr) && gOnly
}

// termReader walks an article's sentences in order, deciding which state terms and
// handing them to the agreement they belong to (the one whose deal sentences come
// last before them). It remembers the last paragraph that stated terms and the list a
// colon opened.
type termReader struct {
	lx        *lexicon
	body      string
	vs        []sent
	builds    []*building
	lastTerms int // paragraph of the last terms or deal sentence
	listOpen  bool
	listModal bool // the list's introduction ends in a modal ("Iran will:")
	listSubj  []actorAt
}

func (r *termReader) owner(si int) *building {
	b, at := r.builds[0], -1
	for _, x := range r.builds {
		for _, d := range x.deals {
			if d.si <= si && d.si > at {
				b, at = x, d.si
			}
		}
	}
	return b
}

// read reads sentence si.
func (r *termReader) read(si int) {
	lx, v := r.lx, &r.vs[si]
	b := r.owner(si)
	isDeal := b.hasDeal(si)
	cls := commitments(lx, v, agreeing(lx, v), r.listOpen && r.listModal)
	cue := citesTerms(lx, v)
	rep := reported(lx, v, cls)
	kind := notTerms
	switch {
	case v.bullet && r.listOpen:
		kind = bulletTerms
	case cue || isDeal:
		kind = cueTerms
	case (len(cls) > 0 || len(allocations(lx, v)) > 0 || len(heldPosts(lx, v, r.body)) > 0) && (v.para-r.lastTerms <= 1 || v.para-r.lastTerms == 2 && !allWould(v, cls) || slices.ContainsFunc(cls, func(c clause) bool { return c.group && !c.negated })) && si >= b.first && !rep:
		// "Each side will allow ...": a duty of the sides is the deal's wherever it is told;
		// other duties in the paragraph after the terms, or the one after that when a
		// paragraph of background or reaction comes between (wire copy), unless only a
		// side's "would" tells them
		kind = windowTerms
	}
	if rep && !cue && !isDeal || kind == windowTerms && historyAfter(v, 1, len(v.words), b.src.Article.Date) {
		kind = notTerms // (or what followed "a ceasefire in 1987, after which ...": history)
	}
	if !v.bullet {
		r.listOpen = false
	}
	if v.introList && (cue || isDeal || v.para-r.lastTerms <= 1) {
		r.listOpen = true
		r.listSubj = introSubject(lx, v)
		r.listModal = len(v.words) > 1 && lx.has("modal", v.words, len(v.words)-3, len(v.words)-1)
		r.lastTerms = v.para
		return
	}
	if isDeal {
		r.lastTerms = v.para
	}
	if !isDeal && lx.has("witness", v.words, 0, len(v.words)) && b.nearDeal(v.para) {
		// "Representatives of the United States and the UN attended as observers."
		ws := witnessesOf(lx, v)
		for _, a := range ws {
			if !contains(b.ag.Parties, partyCode(a.Code)) {
				b.ag.Witnesses = addCode(b.ag.Witnesses, a.Code)
			}
		}
		if len(ws) > 0 && len(cls) == 0 && v.para-r.lastTerms <= 1 {
			// the signing's ceremony is still the deal's report: terms may follow it
			r.lastTerms = v.para
		}
	}
	if !isDeal && len(cls) == 0 && !rep && b.nearDeal(v.para) && v.para-r.lastTerms == 1 && si > b.first {
		// the paragraph after the deal's tells of it ("The two leaders embraced after
		// putting their names to the document"): the terms may follow it
		r.lastTerms = v.para
	}
	if n := len(v.words); !isDeal && n > 0 && v.words[n-1] == "?" && si > b.first && (v.para-r.lastTerms == 1 || r.ownParagraph(si)) {
		// "Q: How deep are the cuts?": a question asks for the terms its answer gives
		r.lastTerms = v.para
		return
	}
	if !isDeal && lx.has("guarantor", v.words, 0, len(v.words)) && (cue || lx.has("deal", v.words, 0, len(v.words)) || b.nearDeal(v.para) ||
		hasAny(v.words, 0, len(v.words), "talks", "signing", "negotiations")) {
		// "The agreement, brokered by Qatar and Egypt, calls for ..."
		pr := actorRoots(b.ag.Parties)
		for _, g := range guarantorsOf(lx, v) {
			if !contains(pr, Root(g)) {
				b.ag.Guarantors = addCode(b.ag.Guarantors, g)
			}
		}
	}
	if kind == notTerms || si < b.first && kind != cueTerms {
		return
	}
	n := b.addTerms(lx, v, si, r.body, cls, kind, r.listSubj, cue || isDeal)
	if n > 0 || kind == cueTerms || kind == windowTerms && len(cls) > 0 {
		r.lastTerms = v.para
	}
}

// toldSigning reports whether a deal sentence of b tells the signing itself, dated, as
// its main clause ("Saleh signed the Gulf Cooperation Council's transition plan in
// Riyadh on November 23"), not a deal only referred to ("the accord signed in
// Cartagena", "after the pact was signed").
func (b *building) toldSigning(lx *lexicon) bool {
	for _, d := range b.deals {
		v := &b.vs[d.si]
		if d.strength < verbStrength("signed") || d.signed == "" || len(d.parties) == 0 || clauseStart(v, d.verb) > 0 {
			continue
		}
		if p := v.word(d.verb - 1); p == "was" || p == "were" || p == "been" || p == "had" || lx.has("deal", v.words, d.verb-1, d.verb) {
			continue
		}
		return true
	}
	return false
}

// ownParagraph reports whether sentence si is a paragraph of its own, as the questions
// of an interview or a Q&A are.
func (r *termReader) ownParagraph(si int) bool {
	p := r.vs[si].para
	return (si == 0 || r.vs[si-1].para != p) && (si+1 >= len(r.vs) || r.vs[si+1].para != p)
}
