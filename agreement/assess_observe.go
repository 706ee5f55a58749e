package agreement

import (
	"strings"
	"time"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// observation is one sentence of the record as assessment reads it: a claim (an
// attributed statement or the article's own), with the events coded in it.
type observation struct {
	ev          Evidence
	date        time.Time
	pub         time.Time
	speaker     string // "" when the article states it in its own voice
	speakerName string
	narrative   bool
	dated       bool
	past        bool
	listItem    bool
	dealBefore  bool // the sentence before names a deal (Proposition.DealBefore)
	// term is the agreement whose provision this sentence states, or nil.
	term  *Agreement
	words []string
	// ids, when not nil, are the words' numbers in the Rules' vocabulary.
	ids    []int32
	wordAt []int // byte offset of each word, when known
	gran   string
	cues   cues // of words, filled on first use
	// matches memoises match: where each rule asked of the sentence first matches.
	matches []ruleMatch
	// sieve and sw, when set, tell what each word may be (sw[i] for words[i]), so
	// that match looks only at the words that may match a rule the sieve knows.
	sieve *sieve
	sw    []*sieveWord
	// reads and stances memoise what the observation says of each provision.
	reads      map[memoKey]reading
	stances    map[memoKey]stanceOf
	actors     []string
	actorAt    []int
	quantities []text.Quantity
	events     []event.Event
	// answer memoises answersAny, which reads the claim alone.
	answer int8
	// topicsOf, topicSet and polarity memoise wordTopics, topicWords and
	// topicPolarity, which read the claim alone: pairing claims asks them of each
	// claim against several others.
	topicsOf [][]string
	topicSet map[string]bool
	polarity map[string]int
}

// ruleMatch is where a compiled rule first matches an observation's words (-1:
// nowhere); act tells that at is actWord's answer, not MatchAny's.
type ruleMatch struct {
	idx *wordIndex
	act bool
	at  int
}

// maxMatches bounds the rules an observation remembers matching: a rule compiled
// anew on each use (rule memos are bounded) would otherwise grow the list.
const maxMatches = 64

// match is w.MatchAny(o.words), worked out once for each rule: every provision
// checked against a sentence asks it of the same cue words, and those of one
// action or object ask it of the same action and object words.
func (o *observation) match(w WordRule) int {
	return o.memoMatch(w, false)
}

// actWord is actWord(impl, o.words), worked out once for each rule.
func (o *observation) actWord(impl WordRule) int {
	return o.memoMatch(impl, true)
}

func (o *observation) memoMatch(w WordRule, act bool) int {
	for _, m := range o.matches {
		if m.idx == w.idx && m.act == act && m.idx != nil {
			return m.at
		}
	}
	at := o.first(w, act)
	if w.idx != nil && len(o.matches) < maxMatches {
		o.matches = append(o.matches, ruleMatch{idx: w.idx, act: act, at: at})
	}
	return at
}

// first is actWord(w, o.words) with act, else w.MatchAny(o.words). A word the sieve
// says w cannot match is not looked at: mayMatch holds every bit matchWordAt gives.
func (o *observation) first(w WordRule, act bool) int {
	ref, ok := sieveRule{}, false
	if o.sieve != nil && o.sw != nil && w.idx != nil {
		ref, ok = o.sieve.rules[w.idx]
	}
	if !ok {
		if act {
			return actWord(w, o.words)
		}
		return w.MatchAny(o.words)
	}
	words := o.words
	for i, sw := range o.sw {
		if !ref.may(sw) || w.idx.matchWordAt(words, i).empty() {
			continue
		}
		if act && i+1 < len(words) && nominalised(words[i]) && pluralNoun(words[i+1]) {
			continue // as actWord
		}
		return i
	}
	return -1
}

// Kinds of reading of an observation about a provision.
const (
	readNone      = iota
	readDone      // implementation reported
	readNotDone   // implementation reported missing or incomplete
	readInitiated // the obligor set implementation in motion (approval, order)
	readComply    // a continuing obligation reported honoured
	readBreach    // an act the provision forbids
	readRefusal   // a required party refuses or rejects
	readSupersede // a later agreement postpones or replaces the provision
	readIntent    // the obligor says it will act
	readDispute   // the parties accuse each other of breaking it
	readUnbound   // the deal still awaits ratification or approval
)

// reading is what one observation says about one provision.
type reading struct {
	kind int
	// agent is the obligor the reading is about, when one is named.
	agent string
	stage int // for readDone: 1 begun, 2 partial, 3 complete
	why   string
	obs   *observation
}

// observations turns rec into observations: one per claim, then one per coded event
// whose sentence no claim holds; each knows the agreement of ags whose term it
// states, and only those keep accepts are kept.
func observations(rec Record, ags []Agreement, keep func(*observation) bool) []*observation {
	var out []*observation
	add := func(o *observation) {
		o.term = termOf(o, ags)
		if keep(o) {
			out = append(out, o)
		}
	}
	seen := map[sentenceID]bool{}
	var bySentence map[sentenceID][]event.Event // for propositions read back from a store
	for _, c := range rec.Claims {
		if c.Prop.Read() && c.Prop.Events == nil && bySentence == nil {
			bySentence = eventsBySentence(rec.Events)
		}
		o := claimObservation(c, bySentence, rec.Published)
		for _, e := range o.events {
			seen[sentenceKey(e)] = true
		}
		add(o)
	}
	for _, e := range rec.Events {
		if seen[sentenceKey(e)] {
			continue
		}
		add(eventObservation(e, rec.Published[e.ArticleID]))
	}
	return out
}

// eventsBySentence groups evs by the sentence they were coded in, in their order.
func eventsBySentence(evs []event.Event) map[sentenceID][]event.Event {
	m := map[sentenceID][]event.Event{}
	for _, e := range evs {
		m[sentenceKey(e)] = append(m[sentenceKey(e)], e)
	}
	return m
}

// claimObservation is the observation of claim c: a proposition read back from a
// store, which keeps no events, is given those of bySentence in its sentence.
func claimObservation(c Claim, bySentence map[sentenceID][]event.Event, published map[string]time.Time) *observation {
	o := new(observation)
	o.setClaim(c, bySentence, published)
	return o
}

// setClaim makes o claimObservation(c, bySentence, published).
func (o *observation) setClaim(c Claim, bySentence map[sentenceID][]event.Event, published map[string]time.Time) {
	p := c.Prop
	if p.Read() && p.Events == nil {
		p.Events = bySentence[sentenceKey(event.Event{ArticleID: c.ArticleID, Sentence: p.Sentence})]
	}
	*o = observation{
		ev:   Evidence{ArticleID: c.ArticleID, Start: c.Start, End: c.End, Text: c.Text},
		date: p.Date, pub: p.Published, speaker: c.Speaker.Code, speakerName: c.Speaker.Name, narrative: p.Narrative,
		dated: p.Dated, past: p.Past, listItem: p.ListItem, dealBefore: p.DealBefore,
		words: p.Words, wordAt: p.WordAt, gran: p.Granularity, actors: p.Actors, actorAt: p.ActorAt, quantities: p.Quantities, events: p.Events,
	}
	if pub, ok := published[c.ArticleID]; ok {
		o.pub = pub
	}
}

// eventObservation is the observation of an event whose sentence no claim holds,
// from an article published at pub (zero when unknown).
func eventObservation(e event.Event, pub time.Time) *observation {
	o := &observation{
		ev:     Evidence{ArticleID: e.ArticleID, Start: e.Span.Start, End: e.Span.End, Text: e.Text},
		events: []event.Event{e}, pub: pub, narrative: e.Attribution == nil,
		words: strings.Fields(strings.ToLower(e.Text)),
	}
	if e.Attribution != nil {
		o.speaker, o.speakerName = e.Attribution.Speaker.Code, e.Attribution.Speaker.Name
	}
	for _, q := range e.Quantities {
		o.quantities = append(o.quantities, text.Quantity{Tok: -1, Value: q.Value, Max: q.Max, Unit: q.Unit, Approx: q.Approx, AtLeast: q.AtLeast})
	}
	o.date = eventDate(e, o.pub)
	o.dated = e.Date.Basis == event.BasisExplicit || e.Date.Basis == event.BasisRelative
	o.past = e.Modality == event.Asserted
	return o
}

// sentenceID names the sentence of an article an event was coded in.
type sentenceID struct {
	article  string
	sentence int
}

func sentenceKey(e event.Event) sentenceID {
	return sentenceID{e.ArticleID, e.Sentence}
}

// eventDate is when e happened, never later than pub for an event reported as done.
func eventDate(e event.Event, pub time.Time) time.Time {
	d := parseDate(e.Date.Value)
	if d.IsZero() {
		return pub
	}
	if !pub.IsZero() && d.After(pub) && (e.Modality == event.Asserted || e.Modality == event.Negated) {
		return pub
	}
	return d
}

// parseDate reads YYYY-MM-DD, YYYY-MM or YYYY; anything else is the zero time.
func parseDate(s string) time.Time {
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// actorBefore returns the actor named last before word i, or "". An actor before a
// verb of saying is the speaker of what follows, not its subject: in ", the UN
// commander, said the communists were still holding back prisoners" no actor is
// named before "holding".
func (o *observation) actorBefore(i int) string {
	a := ""
	for k, at := range o.actorAt {
		if at <= i && !saysBetween(o.words, at, i) && !(at > 0 && targetWord(o.words[at-1])) {
			a = o.actors[k]
		}
	}
	return a
}

// targetWord reports whether w puts the actor after it as the target of an act
// ("an offensive on government positions", "fired against the army"), not its agent.
func targetWord(w string) bool { return w == "on" || w == "against" }

// saysBetween reports whether a verb of saying stands between words at and i.
func saysBetween(words []string, at, i int) bool {
	for _, w := range words[at:min(i, len(words))] {
		switch w {
		case "said", "says", "told", "added", "stated":
			return true
		}
	}
	return false
}

// agentBefore returns the actor named last before word i; else the speaker when a
// pronoun stands just before the word ("they would not"); else "".
func (o *observation) agentBefore(i int) string {
	if a := o.actorBefore(i); a != "" {
		return a
	}
	for _, w := range o.words[max(0, i-4):min(i, len(o.words))] {
		switch w {
		case "it", "they", "we", "he", "she", "its", "their", "our", "i":
			return o.speaker
		}
	}
	return ""
}

// sourceBefore returns the source of the last event of o whose source the coder
// resolved before word i ("the rebels", "the government" named in an earlier
// sentence, which no mention codes), or "".
func (o *observation) sourceBefore(i int) string {
	if i >= len(o.wordAt) {
		return ""
	}
	off, at, src := o.wordAt[i], -1, ""
	for _, e := range o.events {
		for _, a := range e.Source {
			if a.Code != "" && a.Span != nil && a.Span.End <= off && a.Span.Start > at {
				at, src = a.Span.Start, a.Code
			}
		}
	}
	return src
}

// actorAfter returns the actor named first after word i, or "".
func (o *observation) actorAfter(i int) string {
	for k, at := range o.actorAt {
		if at > i {
			return o.actors[k]
		}
	}
	return ""
}

// wordsAfter returns o's words from the byte offset off on; all of them when the
// offsets are unknown.
func (o *observation) wordsAfter(off int) []string {
	for i, at := range o.wordAt {
		if at >= off {
			return o.words[i:]
		}
	}
	if len(o.wordAt) == 0 {
		return o.words
	}
	return nil
}
