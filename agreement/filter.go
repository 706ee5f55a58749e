package agreement

import (
	"slices"
	"sync"
	"time"

	"github.com/peacewatch/peacewatch/event"
)

// A Filter picks out of a record, as it is read, the claims and events that an
// assessment of its agreements can use, so that a reader holds only those: most
// sentences of a deal's record say nothing of its provisions. Assess(ags, rec,
// asOf) gives the same as Assess(ags, kept, asOf) for any asOf, where kept has
// rec.Published whole, the claims of rec the Filter keeps, in their order and as
// Claim returns them, and the events Events returns.
//
// A Filter is not safe for concurrent use.
type Filter struct {
	ags  []Agreement
	keep func(*observation) bool
	// byArticle holds each article's events, by sentence and index in events;
	// last and lastAt are the article asked of last and its events, since an
	// article's claims are asked of together. buf holds the events of the claim
	// asked of, at their indices in events.
	byArticle map[string][]eventAt
	last      string
	lastAt    []eventAt
	lastOK    bool
	buf       []event.Event
	at        []int32
	// seenAt marks the events of the sentences of claims given their events;
	// seen, the sentences of the events other claims carry.
	seenAt    []bool
	seen      map[sentenceID]bool
	events    []event.Event
	published map[string]time.Time
	// pubOf and pub are the article last found in published and its date.
	pubOf    string
	pub      time.Time
	pubKnown bool
	// stated holds the articles that state a provision of ags: an observation
	// of another article states none (termOf).
	stated map[string]bool
	// scratch is the observation of the claim asked of: the Filter keeps none.
	scratch observation
	matches []ruleMatch // scratch's, reused
	// reads and stances are the memos of the observation asked of, emptied
	// for the next (giveMemos).
	reads   map[memoKey]reading
	stances map[memoKey]stanceOf
	vocab   *vocabulary // the Rules', numbering the words of claims given a memo
}

// NewFilter returns a Filter for assessing ags with r on a record whose events are
// events, in the record's order, or nil when Narrow gives them (Event asks of
// none of the others). published is the record's publication dates: it
// must hold those of the articles that state the provisions when NewFilter is
// called, and those of a claim's or an event's article when the Filter is asked
// of it; the Filter does not change it.
func (r *Rules) NewFilter(ags []Agreement, events []event.Event, published map[string]time.Time) *Filter {
	rec := Record{Events: events, Published: published}
	f := &Filter{ags: ags, keep: r.relevant(cloneAgreements(ags), rec), events: events,
		seen: map[sentenceID]bool{}, published: published, stated: map[string]bool{}, vocab: r.vocab}
	for _, a := range ags {
		for _, p := range a.Provisions {
			f.stated[p.Evidence.ArticleID] = true
			for _, s := range p.Sources {
				f.stated[s.ArticleID] = true
			}
		}
	}
	return f
}

// use reports whether Assess keeps o, as observations does.
func (f *Filter) use(o *observation) bool {
	if o.ev.ArticleID == "" || f.stated[o.ev.ArticleID] {
		o.term = termOf(o, f.ags)
	}
	return f.keep(o)
}

// Claim reports whether Assess can use claim c of the record, and returns it as
// the kept record must hold it: a proposition read back from a store, which keeps
// no events, given the record's events of its sentence. Every claim of the record
// must be asked of, kept or not, before Events is called.
func (f *Filter) Claim(c Claim) (Claim, bool) {
	return f.ClaimWith(c, nil)
}

// A ClaimMemo keeps what reading one claim works out whatever the record it is
// read for (its cue set, where rules match its words), so that the Filters of
// several records asked of the claim work that out once. Its zero value is ready;
// it is safe for concurrent use, and must be given one claim only.
type ClaimMemo struct {
	mu       sync.Mutex
	cues     cues
	matches  []ruleMatch
	ids      []int32 // the claim's words' numbers (vocabulary); nil until asked
	numbered bool
	answer   int8 // answersAny's, answerUnknown until asked
}

// ClaimWith is Claim, sharing with the other Filters given m what does not depend
// on the record; m may be nil.
func (f *Filter) ClaimWith(c Claim, m *ClaimMemo) (Claim, bool) {
	attach := c.Prop.Read() && c.Prop.Events == nil
	if attach {
		f.sentenceEvents(c.ArticleID, c.Prop.Sentence)
		if len(f.buf) > 0 {
			c.Prop.Events = f.buf
		}
	}
	o := &f.scratch
	o.setClaim(c, nil, nil)
	if pub, ok := f.publishedOf(c.ArticleID); ok {
		o.pub = pub // as setClaim would, looked up once for an article's claims
	}
	f.giveMemos(o)
	if attach {
		// The events given are all those of the claim's sentence.
		if len(f.at) > 0 && f.seenAt == nil {
			f.seenAt = make([]bool, len(f.events))
		}
		for _, i := range f.at {
			f.seenAt[i] = true
		}
	} else {
		var last sentenceID
		for i, e := range o.events {
			// A sentence's events come together: its key is put once.
			if k := sentenceKey(e); i == 0 || k != last {
				f.seen[k], last = true, k
			}
		}
	}
	known := 0
	if m != nil {
		m.mu.Lock()
		o.cues = m.cues
		o.matches = append(f.matches[:0], m.matches...)
		if !m.numbered && f.vocab != nil {
			m.ids, m.numbered = f.vocab.numbers(o.words), true
		}
		o.ids = m.ids
		o.answer = m.answer
		m.mu.Unlock()
		known = len(o.matches)
	}
	keep := f.use(o)
	if m != nil {
		m.mu.Lock()
		if m.cues == nil {
			// Never changed once worked out: read clones them first.
			m.cues = o.cues
		}
		if m.answer == answerUnknown {
			m.answer = o.answer
		}
		// Grown once, not match by match.
		m.matches = slices.Grow(m.matches, min(len(o.matches)-known, maxMatches-len(m.matches)))
		for _, x := range o.matches[known:] {
			if len(m.matches) < maxMatches && !slices.Contains(m.matches, x) {
				m.matches = append(m.matches, x)
			}
		}
		m.mu.Unlock()
		f.matches = o.matches[:0]
	}
	if attach && c.Prop.Events != nil {
		if keep {
			c.Prop.Events = slices.Clone(c.Prop.Events)
		} else {
			c.Prop.Events = nil // not to hold buf
		}
	}
	return c, keep
}

// publishedOf is f.published[article], looked up once for an article's claims.
func (f *Filter) publishedOf(article string) (time.Time, bool) {
	if f.pubKnown && article == f.pubOf {
		return f.pub, true
	}
	pub, ok := f.published[article]
	if ok {
		f.pubOf, f.pub, f.pubKnown = article, pub, true
	}
	return pub, ok
}

// eventAt is an event of an article's: its sentence and its index in the
// Filter's events.
type eventAt struct {
	sentence int
	i        int32
}

// sentenceEvents puts in buf the events of sentence of article, and their indices
// in at.
func (f *Filter) sentenceEvents(article string, sentence int) {
	if f.byArticle == nil {
		f.byArticle = map[string][]eventAt{}
		for i, e := range f.events {
			f.byArticle[e.ArticleID] = append(f.byArticle[e.ArticleID], eventAt{e.Sentence, int32(i)})
		}
	}
	if !f.lastOK || article != f.last {
		f.last, f.lastAt, f.lastOK = article, f.byArticle[article], true
	}
	f.buf, f.at = f.buf[:0], f.at[:0]
	for _, x := range f.lastAt {
		if x.sentence == sentence {
			f.buf = append(f.buf, f.events[x.i])
			f.at = append(f.at, x.i)
		}
	}
}

// Events returns the events of the record Assess can use, in the record's order:
// those whose sentence no claim holds (once every claim was asked of) that say
// something of a provision.
func (f *Filter) Events() []event.Event {
	var out []event.Event
	for i, e := range f.events {
		if f.seenAt != nil && f.seenAt[i] || len(f.seen) > 0 && f.seen[sentenceKey(e)] {
			continue
		}
		if f.Event(e) {
			out = append(out, e)
		}
	}
	return out
}

// Event reports whether Assess can use event e of the record when no claim of the
// record holds its sentence.
func (f *Filter) Event(e event.Event) bool {
	o := eventObservation(e, f.published[e.ArticleID])
	f.giveMemos(o)
	return f.use(o)
}

// giveMemos gives o, about to be asked of, the Filter's reading and stance memos,
// emptied: the Filter keeps no observation once asked of, and a map made for
// every claim and every deal would cost more than the readings it memoises.
func (f *Filter) giveMemos(o *observation) {
	if f.reads == nil {
		f.reads, f.stances = map[memoKey]reading{}, map[memoKey]stanceOf{}
	}
	clear(f.reads)
	clear(f.stances)
	o.reads, o.stances = f.reads, f.stances
}

// Narrow makes evs the record's events the Filter knows of, before any claim is
// asked of: evs must be a subsequence of the record's holding every event of a sentence a
// claim of the record may hold, and every other event that Event keeps, so that a
// reader need not hold the others.
func (f *Filter) Narrow(evs []event.Event) {
	f.events, f.byArticle, f.last, f.lastAt, f.lastOK, f.seenAt = evs, nil, "", nil, false, nil
}

// Sift returns the part of rec that assessing ags with r can use (see Filter): the
// claims and events a Filter keeps, and rec.Published.
func (r *Rules) Sift(ags []Agreement, rec Record) Record {
	f := r.NewFilter(ags, rec.Events, rec.Published)
	out := Record{Published: rec.Published}
	for _, c := range rec.Claims {
		if c, ok := f.Claim(c); ok {
			out.Claims = append(out.Claims, c)
		}
	}
	out.Events = f.Events()
	return out
}
