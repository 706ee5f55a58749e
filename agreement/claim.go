package agreement

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// Proposition is what a claim states, as assessment reads it: the words of the
// reported content, the actors it names, its numbers, when it is dated, and whether
// it is the reporter's own statement rather than a speaker's. It is stored as JSON
// beside its claim; its Events are not, since the store keeps them as events:
// assessment puts back those of the claim's article and sentence (see observations).
type Proposition struct {
	Sentence int `json:"sentence"`
	// Date is when the statement places what it reports: the first resolved date in
	// the sentence, never later than the article's publication, else the publication.
	Date      time.Time `json:"date"`
	Published time.Time `json:"published"`
	// Dated marks a Date read from the sentence rather than the publication;
	// Granularity is the date's (day, month, year).
	Dated       bool   `json:"dated,omitempty"`
	Granularity string `json:"granularity,omitempty"`
	// WordAt holds the byte offset in the article of each of Words.
	WordAt []int `json:"word_at"`
	// Narrative marks a sentence the article states in its own voice.
	Narrative bool `json:"narrative,omitempty"`
	// Past marks a sentence with a verb in the past tense or past participle;
	// ListItem one that is a bulleted or numbered line.
	Past     bool `json:"past,omitempty"`
	ListItem bool `json:"list_item,omitempty"`
	// DealBefore marks a sentence that follows one naming a deal (a `pact` word),
	// which "it" may stand for: "The accord is dead. The cabinet voted to cancel it."
	DealBefore bool `json:"deal_before,omitempty"`
	// Actors are the codes of the actors named in the sentence outside the speaker,
	// in text order, and ActorAt the index in Words where each one starts.
	Actors  []string `json:"actors,omitempty"`
	ActorAt []int    `json:"actor_at,omitempty"`
	// Words are the lower-case words of the sentence outside the speaker.
	Words      []string        `json:"words"`
	Quantities []text.Quantity `json:"quantities,omitempty"`
	// Events are the coded events of the sentence.
	Events []event.Event `json:"-"`
}

// Read reports whether p holds a reading of its sentence: false for the zero
// Proposition of a claim stored without one.
func (p Proposition) Read() bool { return p.Words != nil }

// Claims finds the statements src attributes to speakers ("X said ...", "according to
// X", quotations), one per sentence, each with the whole sentence as its evidence.
// The speaker is the actor named where the quote's speaker stands, else the speaker
// the coder attributed the sentence's events to. Sentences without a speaker are
// returned too, as the reporter's own statements (Prop.Narrative, the article's
// source as speaker name and no code), so that assessment can read what the article
// itself reports; Conflicts pairs only attributed claims.
func Claims(src Source) []Claim {
	d := src.Doc
	if d == nil {
		return nil
	}
	// bySent holds the claim of each sentence, nil until found; the claims are
	// kept in one array.
	bySent, kept := make([]*Claim, len(d.Sentences)), make([]Claim, len(d.Sentences))
	titled := make([]bool, len(d.Sentences)) // by sentence: the speaker's code read from the office the article gives
	sl := newClaimSlabs(src)
	if src.Speakers != nil {
		src.Speakers.addRoles(src)
	}
	mentionAt := func(start, end int) (string, bool) {
		for _, m := range src.Mentions {
			if m.Code != "" && !m.Place && m.Span.Start < end && start < m.Span.End {
				return m.Code, true
			}
		}
		return "", false
	}
	for _, q := range d.Quotes() {
		si := sentenceAt(d, q.SpeakerStart)
		if q.SpeakerStart == q.SpeakerEnd {
			si = sentenceAt(d, q.Start)
		}
		if si < 0 {
			continue
		}
		if bySent[si] != nil {
			continue
		}
		s := d.Sentences[si]
		name := strings.TrimSpace(d.Text[q.SpeakerStart:q.SpeakerEnd])
		code, ok := mentionAt(q.SpeakerStart, q.SpeakerEnd)
		if m, sent := sentBy(d.Text, src.Mentions, q.SpeakerStart); sent {
			// "Djibouti's ambassador to the United Nations, X, said": the
			// envoy speaks for the state that sent him.
			code, ok, name = m.Code, true, strings.TrimSpace(d.Text[m.Span.Start:q.SpeakerEnd])
		}
		lead := name // the subject the speaker's name ends, when it opens the sentence
		if q.SpeakerStart < q.Start && s.Start <= q.SpeakerStart {
			lead = d.Text[s.Start:q.SpeakerEnd]
		}
		joint := jointSpeaker(d.Text, src.Mentions, q.SpeakerStart, q.SpeakerEnd) || ofAllSides(s, q.SpeakerEnd) || observers(lead)
		if joint {
			// "Chad and Libya said in a joint statement": the two sides speaking
			// together are no one side; the statement is read as the article's
			// report, which no claim of one side contradicts. So is what
			// "diplomats in Kampala" say, who watch the sides from abroad.
			code, ok = "", true
		}
		titled[si] = false
		if g, found := groupByName(d.Text, src.Mentions, q.SpeakerStart, q.SpeakerEnd); found && !joint {
			// "A Kachin spokesman" after "the Kachin Independence Army".
			code, ok = g, true
		}
		if !joint {
			// "Brigadier X, the Pakistani military spokesman, said":
			// the office the article gives the speaker in an apposition says whom
			// he speaks for, over a dictionary's entry for the name.
			if c, found := appositionActor(src, q.SpeakerEnd, q.Start); found {
				code, ok, titled[si] = c, true, true
			} else if r, found := src.Speakers.lookup(name); found && (!ok || r.titled) {
				// "Ruiz said" in a follow-up: the side an earlier article
				// gave him, over a dictionary's entry only when that article
				// read it from his office.
				code, ok, titled[si] = r.code, true, r.titled
			}
		}
		if !ok {
			// "The crown prince wrote": the holder an earlier sentence named
			// ("Abu Dhabi's crown prince, Sheikh Mohammed bin Zayed").
			code, ok = earlierHolder(src, q.SpeakerStart, name)
		}
		if !ok {
			// "Ri says": a person named earlier in full ("North Korea's foreign
			// minister, Ri Yong Ho"), now by surname.
			code, ok = earlierSurname(src, q.SpeakerStart, name)
		}
		if !ok {
			// "The NRA said", "the Front said": an actor named in full before.
			code, ok = shortNamed(src, q.SpeakerStart, name)
		}
		if !ok {
			code = attributed(src.Events, si)
		}
		if code == "" && q.SpeakerStart < q.Start && !joint {
			// "COGAT, the Israeli military body that oversees aid, said ...",
			// "Lebanon's president, prime minister and parliament speaker said ...":
			// an actor named in the subject before the content.
			if m, ok := subjectActor(d.Text, s, src.Mentions, d.Sentences[si].Start, q.Start); ok {
				code, name = m.Code, m.Name
			}
		}
		if code == "" && isPronoun(name) && !joint {
			code = lastActorBefore(src.Mentions, s.Start)
		}
		if code == "" && !joint {
			code = localAuthority(src.Mentions, q.SpeakerStart, q.SpeakerEnd, name)
		}
		if code == "" && !joint {
			// "Interior Minister Ljube Boskovski said": an office holder the
			// dictionaries do not know, with no country named, holds the office in
			// the country the article is about; so do an army's and a rebel
			// movement's spokesmen ("an army spokesman", "a rebel spokesman inside
			// the Old City"), with their role.
			subject := name
			if q.SpeakerStart < q.Start && s.Start <= q.SpeakerStart {
				// The whole subject before the verb of saying: "Lieutenant Colonel
				// Peter Lerner, an army spokesman, said".
				subject = d.Text[s.Start:q.Start]
			}
			if role := speakerRole(subject); role != "" {
				if c := officeCountry(src, role); c != "" {
					code, titled[si] = c+role, true
				}
			}
		}
		if code == "" && !joint && s.Start < q.SpeakerStart {
			// "A senior Frelimo official, presenting the papers, said the
			// documents showed ...": the quote's speaker is a thing the
			// sentence's own speaker cites; that speaker makes the claim.
			if sp, end, ok := saidBy(src, si); ok && sp.Code != "" && end <= q.SpeakerStart {
				c := &kept[si]
				*c = Claim{Speaker: sp}
				fill(c, src, si, s.Start, end, sl)
				bySent[si] = c
				continue
			}
		}
		if name == "" && code == "" {
			continue
		}
		code = stateMedia(code, name)
		c := &kept[si]
		*c = Claim{Speaker: Speaker{Code: code, Name: name}}
		spEnd := q.SpeakerEnd
		if gap := d.Text[q.SpeakerEnd:max(q.SpeakerEnd, q.Start)]; strings.HasPrefix(strings.TrimSpace(gap), ",") {
			// "Minni Minnawi, secretary-general of the Sudan Liberation Army,
			// said": the apposition names the speaker, not an actor of what is
			// said.
			if k := strings.LastIndex(gap, ","); k > 0 {
				spEnd = q.SpeakerEnd + k + 1
			}
		}
		if q.Verb == "saying" {
			// "Israel struck the camp, saying ...": the speaker is also the
			// agent of the sentence's act, whose words the claim keeps.
			spEnd = q.SpeakerStart
		}
		fill(c, src, si, q.SpeakerStart, spEnd, sl)
		c.Prop.Narrative = code == ""
		bySent[si] = c
	}
	for si := range d.Sentences {
		if bySent[si] != nil {
			continue
		}
		s := d.Sentences[si]
		titled[si] = false
		c := &kept[si]
		*c = Claim{Speaker: Speaker{Name: src.Article.Source}}
		fill(c, src, si, s.Start, s.Start, sl)
		c.Prop.Narrative = true
		if sp, ok := statedBy(c.Prop, src, si); ok {
			c.Speaker, c.Prop.Narrative = sp, false
		} else if sp, end, ok := saidBy(src, si); ok {
			fill(c, src, si, s.Start, end, sl)
			c.Speaker, c.Prop.Narrative = sp, false
		}
		bySent[si] = c
	}
	for si := 1; si < len(bySent); si++ {
		// "The militants had announced a ceasefire. Their spokesman said ...": a
		// speaker named as the office of "their" or "its" speaks for the side of
		// the sentence before.
		c, prev := bySent[si], bySent[si-1]
		first, _, _ := strings.Cut(strings.ToLower(c.Speaker.Name), " ")
		if (first == "their" || first == "its") && !prev.Prop.Narrative && prev.Speaker.Code != "" && !c.Prop.Narrative {
			c.Speaker.Code = prev.Speaker.Code
		}
	}
	markDealBefore(bySent)
	if src.Speakers != nil {
		src.Speakers.addShort(d.Text, src.Mentions)
		src.Speakers.addCountry(src.Mentions)
		for si, c := range bySent {
			if c != nil && !c.Prop.Narrative {
				src.Speakers.add(c.Speaker.Name, c.Speaker.Code, titled[si])
			}
		}
	}
	out := kept[:0] // the claims moved up in kept, in sentence order
	for _, c := range bySent {
		if c != nil {
			out = append(out, *c)
		}
	}
	return out
}

// markDealBefore marks the claims of bySent, one per sentence in order, whose
// sentence follows one that names a deal (Proposition.DealBefore).
func markDealBefore(bySent []*Claim) {
	pact := DefaultRules().Cues["pact"]
	for si := 1; si < len(bySent); si++ {
		if c, prev := bySent[si], bySent[si-1]; c != nil && prev != nil {
			c.Prop.DealBefore = pact.MatchAny(prev.Prop.Words) >= 0
		}
	}
}

// mediaWords name a broadcaster or a paper.
var mediaWords = map[string]bool{"media": true, "television": true, "tv": true, "radio": true, "agency": true,
	"newspaper": true, "broadcaster": true}

// stateMedia returns the government of code's country for a speaker named as the
// state's media ("State media said", "Belarusian state television said"), which speak
// for it; else code.
func stateMedia(code, name string) string {
	if len(code) < 3 || international(code) {
		return code
	}
	prev := ""
	for w := range strings.FieldsSeq(strings.ToLower(name)) {
		if prev == "state" && mediaWords[w] || w == "state-run" {
			return code[:3] + "GOV"
		}
		prev = w
	}
	return code
}

// observers reports whether name opens with a word for those who watch a conflict
// from abroad or from outside ("Diplomats in Kampala", "analysts"): a capital named
// with them is where they are, not a government they speak for.
func observers(name string) bool {
	first, _, _ := strings.Cut(strings.ToLower(name), " ")
	switch first {
	case "diplomats", "analysts", "observers", "correspondents":
		return true
	}
	return false
}

// groupByName returns the code of a group that the article names with a word of
// the speaker's name (span [start, end) of text), when no dictionary codes that word
// there: "A Karen spokesman", with "Karen" read as Burma's or not read at all, speaks
// for "the Karen National Union" (MMRREB), not for Burma. A group of a state role is
// none ("Burmese army" makes no "Burmese spokesman" the army's), nor does a
// dictionary's country word name one ("an Iraqi spokesman" after "the Iraqi Islamic
// Party").
func groupByName(text string, ms []event.Mention, start, end int) (string, bool) {
	for w := range strings.FieldsSeq(text[start:end]) {
		if len(w) < 3 || !unicode.IsUpper(rune(w[0])) {
			continue
		}
		at := start + strings.Index(text[start:end], w)
		dictionary := false
		for _, m := range ms {
			if m.Code != "" && m.Inferred == "" && m.Span.Start <= at && at < m.Span.End {
				dictionary = true
			}
		}
		if dictionary {
			continue
		}
		for _, g := range ms {
			first, _, _ := strings.Cut(g.Name, " ")
			if len(g.Code) == 6 && !g.Place && first == w && g.Name != w && !DefaultRules().state(g.Code[3:]) {
				return g.Code, true
			}
		}
	}
	return "", false
}

// appositionActor returns the actor of an apposition between the speaker's name,
// ending at end, and the verb of saying before the content at start ("Brigadier
// X, the Pakistani military spokesman, said"): an apposition giving a role
// (speakerRole) that names a coded actor, the last one; a country named alone
// takes the role ("Ali Musa, a Sudanese army spokesman": SDNMIL).
func appositionActor(src Source, end, start int) (string, bool) {
	if start <= end {
		return "", false
	}
	gap := src.Doc.Text[end:start]
	if !strings.HasPrefix(strings.TrimSpace(gap), ",") {
		return "", false
	}
	k := strings.LastIndex(gap, ",")
	open := strings.Index(gap, ",")
	if k <= open {
		return "", false
	}
	role := speakerRole(gap[open+1 : k])
	if role == "" {
		return "", false
	}
	m, ok := lastActorIn(src.Mentions, end+open, end+k)
	if !ok {
		return "", false
	}
	if len(m.Code) == 3 && !international(m.Code) {
		return m.Code + role, true
	}
	return armOf(m.Code, role), true
}

// sayingVerbs open what a subject at the start of a sentence says.
var sayingVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "stated": true,
	"insisted": true, "claimed": true, "wrote": true, "announced": true, "added": true}

// saidBy finds the speaker of sentence si when it opens with a subject and a verb
// of saying that text.FindQuotes did not take ("Andriy Lysenko, spokesman for
// Ukraine's National Security and Defence Council, said on Tuesday that ..."): a
// subject of at most sixteen tokens without a verb of its own, the last actor it
// names, else the role its words give (speakerRole) in the article's main country.
// end is where the speaker's words end, at the verb.
func saidBy(src Source, si int) (Speaker, int, bool) {
	d := src.Doc
	s := d.Sentences[si]
	aside := false // within an apposition between commas ("A senior official, presenting the papers, said")
	for k, t := range s.Tokens {
		if k > 16 {
			break
		}
		if t.Lower == "," && k > 0 {
			aside = !aside
			continue
		}
		// "Officials denied that any release had been agreed": a denial of a clause
		// says the clause is untrue.
		denial := (t.Lower == "denied" || t.Lower == "denies") && k+1 < len(s.Tokens) && s.Tokens[k+1].Lower == "that"
		if !sayingVerbs[t.Lower] && !denial {
			switch t.Tag {
			case "VBD", "VBZ", "VBP", "VBN", "VBG", "MD":
				if aside && (t.Tag == "VBG" || t.Tag == "VBN") {
					continue // "presenting the papers to reporters", "flanked by"
				}
				return Speaker{}, 0, false // the subject does something else first
			}
			continue
		}
		if k == 0 || s.Tokens[k-1].Lower == "and" || s.Tokens[k-1].Lower == "or" {
			break // "negotiated with Israel, Lebanon and Syria, and announced on Friday"
		}
		name := strings.TrimRight(strings.TrimSpace(d.Text[s.Start:t.Start]), ",")
		if m, ok := subjectActor(d.Text, s, src.Mentions, s.Start, t.Start); ok {
			return Speaker{Code: m.Code, Name: name}, t.Start, true
		}
		if person, _, _ := strings.Cut(name, ","); person != name {
			// "Chin Peng, now living in Bangkok, says": the person an earlier
			// apposition gave a post in a group ("the party's secretary-general").
			if r, ok := src.Speakers.lookup(person); ok && r.titled {
				return Speaker{Code: r.code, Name: name}, t.Start, true
			}
		}
		if c := localAuthority(src.Mentions, s.Start, t.Start, name); c != "" {
			return Speaker{Code: c, Name: name}, t.Start, true
		}
		if role := speakerRole(name); role != "" {
			if c := officeCountry(src, role); c != "" {
				return Speaker{Code: c + role, Name: name}, t.Start, true
			}
		}
		break
	}
	return Speaker{}, 0, false
}

// earlierSurname returns the actor of the last mention before off of two words or
// more whose last or first word is name, a single capitalised word after an optional honorific ("Ri", "Mr
// Lavrov"), when the dictionaries code no actor for it.
func earlierSurname(src Source, off int, name string) (string, bool) {
	f := strings.Fields(name)
	if len(f) == 2 && honorifics[strings.TrimSuffix(f[0], ".")] {
		f = f[1:]
	}
	if len(f) != 1 || len(f[0]) < 2 || f[0][0] < 'A' || f[0][0] > 'Z' || isPronoun(strings.ToLower(f[0])) {
		return "", false
	}
	code := ""
	for _, m := range src.Mentions {
		if m.Code == "" || m.Place || m.Span.End > off {
			continue
		}
		first, last, ok := outerWords(src.Doc.Text[m.Span.Start:m.Span.End])
		// The family name is the last word, or the first in names written family
		// name first ("Ri Yong Ho").
		if ok && (strings.TrimRight(last, ",.") == f[0] || first == f[0]) {
			code = m.Code
		}
	}
	return code, code != ""
}

// outerWords returns the first and last of the words strings.Fields finds in s,
// without making the slice of them; ok is false when s holds fewer than two.
func outerWords(s string) (first, last string, ok bool) {
	s = strings.TrimFunc(s, unicode.IsSpace)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", "", false
	}
	j := strings.LastIndexFunc(s, unicode.IsSpace)
	_, size := utf8.DecodeRuneInString(s[j:])
	return s[:i], s[j+size:], true
}

// honorifics are the titles that may stand before a surname.
var honorifics = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true}

// earlierHolder returns the actor of the last mention before off that names the
// office of a definite speaker without one ("The crown prince", "the defence
// minister"): a mention holding the same words, or touching them.
func earlierHolder(src Source, off int, name string) (string, bool) {
	rest, ok := strings.CutPrefix(strings.ToLower(name), "the ")
	if !ok || len(rest) < 4 || strings.Contains(rest, " of ") {
		return "", false
	}
	at := strings.LastIndex(strings.ToLower(src.Doc.Text[:off]), rest)
	if at < 0 {
		return "", false
	}
	end := at + len(rest)
	for _, m := range src.Mentions {
		if m.Code != "" && !m.Place && m.Span.Start <= end && at <= m.Span.End {
			return m.Code, true
		}
	}
	return "", false
}

// jointSpeaker reports whether the speaker's span [start, end) of text names actors
// of two countries, not organisations, joined by "and" or a comma ("Chad and Libya
// said"); "A Greek Cypriot government spokesman" is one speaker.
func jointSpeaker(text string, ms []event.Mention, start, end int) bool {
	root, last := "", 0
	for _, m := range ms {
		if m.Code == "" || m.Place || len(m.Code) < 3 || international(m.Code) || m.Span.Start < start || m.Span.End > end {
			continue
		}
		if root != "" && m.Code[:3] != root && last <= m.Span.Start {
			gap := " " + text[last:m.Span.Start] + " "
			if strings.Contains(gap, " and ") || strings.Contains(gap, ",") || strings.Contains(gap, "&") {
				return true
			}
		}
		root, last = m.Code[:3], m.Span.End
	}
	return false
}

// ofAllSides reports whether the speaker ending at off is qualified as of all the
// parties: "health officials on both sides", "officials from the two governments".
func ofAllSides(s text.Sentence, off int) bool {
	var buf [6]string
	words := buf[:0]
	for _, t := range s.Tokens {
		if t.Start >= off && len(words) < 6 {
			words = append(words, t.Lower)
		}
	}
	if len(words) < 2 {
		return false
	}
	switch words[0] {
	case "on", "of", "from", "for":
		i, _, _ := loadLexicon().find("group", words, 1, 2)
		return i == 1
	}
	return false
}

// planned reports whether the date at token i is a plan's, not the report's: it
// follows "scheduled", "due" or "planned" in its clause ("which the accord had
// scheduled for the spring of 1993", "due to start this year").
func planned(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch toks[k].Lower {
		case ",", ";", ":", "(", "—", "–":
			return false
		case "scheduled", "due", "planned":
			return true
		}
	}
	return false
}

// claimSlabs hold the slices of an article's claims.
type claimSlabs struct {
	words  slab[string]
	ints   slab[int]
	qty    slab[text.Quantity]
	events slab[event.Event]
}

// newClaimSlabs sizes the slabs for the claims of src, one a sentence.
func newClaimSlabs(src Source) *claimSlabs {
	tokens := 0
	for _, s := range src.Doc.Sentences {
		tokens += len(s.Tokens)
	}
	n := tokens + len(src.Mentions)
	return &claimSlabs{words: newSlab[string](n), ints: newSlab[int](n), events: newSlab[event.Event](len(src.Events))}
}

// fill sets c's evidence to sentence si and reads its proposition from the
// sentence's words outside the speaker's span [spStart, spEnd); its slices are cut
// from sl.
func fill(c *Claim, src Source, si, spStart, spEnd int, sl *claimSlabs) {
	d := src.Doc
	s := d.Sentences[si]
	c.ArticleID = src.Article.ID
	c.Start, c.End = s.Start, s.End
	c.Text = d.Text[s.Start:s.End]
	p := &c.Prop
	p.Sentence = si
	p.Published = src.Article.Date
	p.Date = src.Article.Date
	pub := src.Article.Date
	for _, dm := range d.Dates(s, pub) {
		if dm.Value.IsZero() || dm.Offset != nil {
			continue
		}
		if planned(s.Tokens, dm.Tok) {
			continue // "The demobilisation, which the accord had scheduled for 1993, ..."
		}
		v := dm.Value
		if dm.Tok > 0 && s.Tokens[dm.Tok-1].Lower == "since" || text.LowerHasPrefix(dm.Text, "since") {
			break // "has held since November" speaks of the time of writing
		}
		if !pub.IsZero() && v.After(pub) && !hasYear(dm.Text) && dm.Granularity == text.GranDay {
			// A month and day without a year in a report of what happened is
			// the last such day, not the next one.
			v = v.AddDate(-1, 0, 0)
		}
		if pub.IsZero() || !v.After(pub) {
			p.Date, p.Dated, p.Granularity = v, true, dm.Granularity
		}
		break
	}
	if len(s.Tokens) > 1 {
		t0 := s.Tokens[0].Lower
		p.ListItem = t0 == "-" || t0 == "*" || t0 == "•" || isNumber(t0) && s.Tokens[1].Lower == "."
	}
	outside := func(a, b int) bool { return b <= spStart || a >= spEnd }
	n := 0
	for _, t := range s.Tokens {
		if outside(t.Start, t.End) {
			n++
		}
	}
	p.Words, p.WordAt = sl.words.take(n), sl.ints.take(n)
	for _, t := range s.Tokens {
		if outside(t.Start, t.End) {
			w := t.Lower
			if w == "force" && len(p.Words) > 0 && (p.Words[len(p.Words)-1] == "into" || p.Words[len(p.Words)-1] == "in") {
				w = "in-force" // a deal "in force" names no forces
			}
			p.Words = append(p.Words, w)
			p.WordAt = append(p.WordAt, t.Start)
			if t.Tag == "VBD" || t.Tag == "VBN" {
				p.Past = true
			}
		}
	}
	named := func(m event.Mention) bool {
		return m.Code != "" && !m.Place && m.Span.Start >= s.Start && m.Span.End <= s.End && outside(m.Span.Start, m.Span.End) &&
			!nearPlace(s.Tokens, m.Span.Start)
	}
	n = 0
	for _, m := range src.Mentions {
		if named(m) {
			n++
		}
	}
	p.Actors, p.ActorAt = sl.words.take(n), sl.ints.take(n)
	for _, m := range src.Mentions {
		if named(m) {
			n := 0
			for _, t := range s.Tokens {
				if t.End <= m.Span.Start && outside(t.Start, t.End) {
					n++
				}
			}
			p.Actors = append(p.Actors, m.Code)
			p.ActorAt = append(p.ActorAt, n)
		}
	}
	// "government planes had bombed three villages", "it was government forces that
	// shelled": a government's arm the coder names no country of is that of the
	// country the article is about (worked out once, for the first such arm).
	main, mainKnown := "", false
	n = 0
	for k, t := range s.Tokens {
		if !outside(t.Start, t.End) {
			continue
		}
		if governmentWord(t.Lower) && k+1 < len(s.Tokens) && governmentArm[s.Tokens[k+1].Lower] && !inMention(src.Mentions, t.Start, t.End) &&
			!(k > 0 && inMention(src.Mentions, s.Tokens[k-1].Start, s.Tokens[k-1].End)) && slices.Index(p.ActorAt, n) < 0 {
			if !mainKnown {
				main, mainKnown = mainCountry(src.Mentions), true
			}
			if main != "" {
				i, _ := slices.BinarySearch(p.ActorAt, n)
				p.Actors = slices.Insert(p.Actors, i, main+"GOV")
				p.ActorAt = slices.Insert(p.ActorAt, i, n)
			}
		}
		n++
	}
	qs := d.Quantities(s)
	n = 0
	for _, q := range qs {
		if t := s.Tokens[q.Tok]; outside(t.Start, t.End) {
			n++
		}
	}
	p.Quantities = sl.qty.take(n)
	for _, q := range qs {
		if t := s.Tokens[q.Tok]; outside(t.Start, t.End) {
			p.Quantities = append(p.Quantities, q)
		}
	}
	n = 0
	for _, e := range src.Events {
		if e.Sentence == si {
			n++
		}
	}
	p.Events = sl.events.take(n)
	for _, e := range src.Events {
		if e.Sentence == si {
			p.Events = append(p.Events, e)
		}
	}
}

// nearPlace reports whether the mention starting at byte start follows a
// preposition that only places take ("struck a radar near Tehran", "outside
// Kyiv"): a capital named so is where something happened, not the state acting.
func nearPlace(toks []text.Token, start int) bool {
	for k, t := range toks {
		if t.Start == start {
			if k == 0 {
				return false
			}
			switch toks[k-1].Lower {
			case "near", "outside", "around", "towards", "toward":
				return true
			}
			return false
		}
	}
	return false
}

// governmentArm holds the nouns after "government" that make it the actor of what
// they do ("government planes", "government forces"), not a body formed or named
// ("a new government including ...").
var governmentArm = map[string]bool{"forces": true, "troops": true, "soldiers": true, "planes": true, "aircraft": true,
	"jets": true, "artillery": true, "army": true, "militias": true, "militia": true, "helicopters": true, "side": true,
	"positions": true, "factions": true, "fighters": true, "gunmen": true, "units": true}

// governmentWord reports whether w names a government as the side an armed arm
// stands with: "government", or a compound of it ("government-affiliated factions",
// "government-backed militias", "pro-government gunmen").
func governmentWord(w string) bool {
	if w == "government" || w == "pro-government" {
		return true
	}
	rest, ok := strings.CutPrefix(w, "government-")
	switch rest {
	case "affiliated", "backed", "aligned", "allied", "linked", "controlled", "held", "led":
		return ok
	}
	return false
}

// inMention reports whether a coded mention of ms covers [start, end).
func inMention(ms []event.Mention, start, end int) bool {
	for _, m := range ms {
		if m.Code != "" && m.Span.Start < end && start < m.Span.End {
			return true
		}
	}
	return false
}

// sentenceAt returns the index of the sentence of d holding byte offset off, or -1.
func sentenceAt(d *text.Doc, off int) int {
	for i, s := range d.Sentences {
		if off >= s.Start && off < s.End {
			return i
		}
	}
	return -1
}

// attributed returns the speaker code the coder gave the events of sentence si.
func attributed(evs []event.Event, si int) string {
	for _, e := range evs {
		if e.Sentence == si && e.Attribution != nil && e.Attribution.Speaker.Code != "" {
			return e.Attribution.Speaker.Code
		}
	}
	return ""
}

func lastActorBefore(ms []event.Mention, off int) string {
	code := ""
	for _, m := range ms {
		if m.Code != "" && !m.Place && m.Span.End <= off {
			code = m.Code
		}
	}
	return code
}

// lastActorIn returns the last actor named within [start, end).
func lastActorIn(ms []event.Mention, start, end int) (event.Mention, bool) {
	return lastActorWhere(ms, start, end, func(event.Mention) bool { return true })
}

// lastActorWhere is lastActorIn among the mentions ok admits.
func lastActorWhere(ms []event.Mention, start, end int, ok func(event.Mention) bool) (event.Mention, bool) {
	var last event.Mention
	found := false
	for _, m := range ms {
		if m.Code != "" && !m.Place && m.Span.Start >= start && m.Span.End <= end && ok(m) {
			last, found = m, true
		}
	}
	return last, found
}

func isPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she", "it", "they", "we", "i":
		return true
	}
	return false
}

func hasYear(s string) bool {
	digits := 0
	for _, c := range s {
		if c >= '0' && c <= '9' {
			digits++
			if digits == 4 {
				return true
			}
		} else {
			digits = 0
		}
	}
	return false
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// statedBy finds who makes the statement of sentence si when no reporting verb
// introduces it: the speaker the coder attributed its events to, or the actor named
// just before a verb of denial or accusation ("Hamas denied ...", "Ukraine's
// general staff rejected the accusation").
func statedBy(p Proposition, src Source, si int) (Speaker, bool) {
	for _, e := range src.Events {
		if e.Sentence == si && e.Attribution != nil && e.Attribution.Speaker.Code != "" {
			return Speaker{Code: e.Attribution.Speaker.Code, Name: e.Attribution.Speaker.Name}, true
		}
	}
	i := DefaultRules().Cues["state"].MatchAny(p.Words)
	if i < 0 {
		return Speaker{}, false
	}
	// "Iran's armed forces, in a statement carried by state media, deny ...": an
	// aside between commas just before the verb parts it from its subject.
	verb := i
	if i > 0 && p.Words[i-1] == "," {
		for j := i - 2; j >= 0 && j >= i-12; j-- {
			if p.Words[j] == "," {
				verb = j
				break
			}
		}
	}
	for k := len(p.ActorAt) - 1; k >= 0; k-- {
		if p.ActorAt[k] < verb && verb-p.ActorAt[k] <= 8 {
			return Speaker{Code: p.Actors[k], Name: mentionName(src, si, p.Actors[k])}, true
		}
	}
	return Speaker{}, false
}

func mentionName(src Source, si int, code string) string {
	for _, m := range src.Mentions {
		if m.Sentence == si && m.Code == code {
			return m.Name
		}
	}
	return code
}

// officeHolder reports whether name is a government office followed by a person's
// name ("Interior Minister Ljube Boskovski", "President Isaias Afwerki"), or a
// government named by its office alone ("the government", "the foreign ministry").
func officeHolder(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	lower := strings.Fields(strings.ToLower(name))
	office := DefaultRules().Cues["office"]
	if lower[0] == "the" && len(f) <= 3 && office.MatchWord(lower[len(f)-1]) {
		return true // "The government said", "the foreign ministry said"
	}
	i := office.MatchAny(lower)
	if i < 0 || office.MatchWord(lower[len(lower)-1]) {
		return false
	}
	for _, w := range f[i:] {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// speakerRole is the role code of a speaker the dictionaries do not know, from the
// words of its name: REB for a rebel movement's ("a rebel spokesman"), COP for a
// police force's ("a senior police officer in Aizawl"), MIL for an
// army's ("an army spokeswoman", "the army", a rank: "Colonel X"), GOV for an office holder
// (officeHolder, or a title of the office words in a short name: "the governor of
// Homs, Talal al-Barazi"); "" for none or a name of more than twelve words.
func speakerRole(name string) string {
	lower := strings.Fields(strings.ToLower(nameBreaks.Replace(name)))
	rules := DefaultRules()
	switch {
	case len(lower) == 0 || len(lower) > 12:
		return ""
	case slices.Contains(lower, "western") || slices.Contains(lower, "foreign") && !slices.Contains(lower, "minister") && !slices.Contains(lower, "ministry"):
		// "Western military attaches", "foreign diplomats": observers from abroad
		// hold no office in the country the article is about.
		return ""
	case rules.Cues["insurgent"].MatchAny(lower) >= 0:
		return "REB"
	case rules.Cues["police"].MatchAny(lower) >= 0:
		return "COP"
	case rules.Cues["military"].MatchAny(lower) >= 0 || rules.Cues["rank"].MatchWord(strings.TrimSuffix(lower[0], ".")):
		// "an army spokesman", "Brigadier General X": a rank opening the name is
		// an officer's.
		return "MIL"
	case officeHolder(name) || rules.Cues["office"].MatchAny(lower) >= 0 && !isPronoun(lower[0]) && lower[0] != "a" && lower[0] != "an":
		return "GOV"
	}
	return ""
}

// nameBreaks turns the commas and possessives of a speaker's name into spaces, so
// its words can be read with strings.Fields.
var nameBreaks = strings.NewReplacer(",", " ", "'s", " ")

// localAuthority is the government code of the country of the place named in the
// speaker's span [start, end) when the speaker's name is a local authority's
// ("The Mariupol city council", "City officials in Kidal"), else "".
func localAuthority(ms []event.Mention, start, end int, name string) string {
	lower := strings.Fields(strings.ToLower(nameBreaks.Replace(name)))
	if DefaultRules().Cues["local"].MatchAny(lower) < 0 {
		return ""
	}
	for _, m := range ms {
		if m.Place && m.Country != "" && start <= m.Span.Start && m.Span.End <= end {
			return m.Country + "GOV"
		}
	}
	return ""
}

// officeCountry is the country of a speaker of role whom src names by office alone
// (see roleCountry); in a follow-up that names no country ("the interior ministry
// said"), the main country of the report's latest earlier article that names one,
// whose story it goes on with.
func officeCountry(src Source, role string) string {
	if c := roleCountry(src.Mentions, role); c != "" {
		return c
	}
	return src.Speakers.earlierCountry()
}

// roleCountry is the country of a speaker of role (GOV, MIL, REB) whom the article
// names by office alone ("an army spokesman", "President X"): the country whose
// actors of that role the mentions name most, first named on a tie, so that the
// army's spokesman in a story of foreign troops in Fallujah speaks for the army the
// article names, not for the country it names most; else mainCountry.
func roleCountry(ms []event.Mention, role string) string {
	n := map[string]int{}
	best := ""
	for _, m := range ms {
		if m.Code == "" || m.Place || len(m.Code) != 6 || m.Code[3:] != role || international(m.Code) {
			continue
		}
		c := m.Code[:3]
		n[c]++
		if best == "" || n[c] > n[best] {
			best = c
		}
	}
	if best == "" {
		return mainCountry(ms)
	}
	return best
}

// mainCountry is the country whose actors the mentions name most, first named on a
// tie; "" when they name none.
func mainCountry(ms []event.Mention) string {
	n := map[string]int{}
	best := ""
	for _, m := range ms {
		if m.Code == "" || m.Place || len(m.Code) < 3 || international(m.Code) {
			continue
		}
		c := m.Code[:3]
		n[c]++
		if best == "" || n[c] > n[best] {
			best = c
		}
	}
	return best
}
