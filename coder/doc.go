package coder

import (
	"time"

	"github.com/peacewatch/peacewatch/actor"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// doc is one article under analysis: its sentences, quotes and what it has said so far.
type doc struct {
	c            *Coder
	id           string
	pub          time.Time
	Text         string
	td           *text.Doc
	sents        []sent
	quotes       []text.Quote
	mem          memory
	mainLocation string
	unknowns     []Unknown
	inferred     []inferredSpan // the names coded from what the text says of them
	seen         map[string]bool
	lastDate     time.Time // the latest event date coded so far, for "a week later"
	lastFact     time.Time // the latest date of an event that happened, for "two days after"
	// dates holds each sentence's dates once an anaphor has needed the sentences
	// before it, and read tells which are filled; both stay nil until then.
	dates [][]text.DateMention
	read  []bool
	// actorBuf and spanBuf are what is left of the arrays eventActors cuts from.
	actorBuf []event.Actor
	spanBuf  []event.Span
	strBuf   []string      // what is left of keepString's array
	pairBuf  []rolePair    // pairs' result
	trigBuf  []trigger     // what is left of the array findTriggers appends to
	refBuf   []ref         // what is left of oneRef's array
	evBuf    []event.Event // what is left of the array events appends to
	attrBuf  []event.Attribution
	phrBuf   []phrase // what is left of the array of the sentences' phrases
	// joined are the latest strings join made.
	joined     [8]joined
	nextJoined int
	// formats are the latest dates written (format).
	formats    [4]formatted
	nextFormat int
}

// newDoc analyses the article's text and finds the actors of every sentence, so that
// the article's main country and location are known before any clause is coded.
// The sentences' per-token arrays are cut from sc's, which it keeps there.
func (c *Coder) newDoc(a article.Article, sc *scratch) *doc {
	d := &doc{c: c, id: a.ID, pub: a.Date, Text: a.Text}
	td := c.analyzer.Analyze(a.Text)
	d.td = td
	d.quotes = td.Quotes()
	d.sents = make([]sent, len(td.Sentences))
	mentions := make([][]actor.Mention, len(td.Sentences))
	// The sentences' per-token slices are cut from one array of each kind.
	total := 0
	for _, ts := range td.Sentences {
		total += len(ts.Tokens)
	}
	sc.words, sc.lower = sized(sc.words, total), sized(sc.lower, total)
	sc.ints, sc.quoted = sized(sc.ints, 2*total), sized(sc.quoted, total)
	words, lower, ints, quoted := sc.words, sc.lower, sc.ints, sc.quoted
	var mbuf []actor.Mention
	for i, ts := range td.Sentences {
		s := &d.sents[i]
		s.doc, s.index, s.toks = d, ts.Index, ts.Tokens
		s.start, s.end = ts.Start, ts.End
		n := len(s.toks)
		s.words, s.lower = words[:n:n], lower[:n:n]
		s.at, s.quote, s.quoted = ints[:n:n], ints[n:2*n:2*n], quoted[:n:n]
		words, lower, ints, quoted = words[n:], lower[n:], ints[2*n:], quoted[n:]
		for k, t := range s.toks {
			s.words[k], s.lower[k] = t.Text, t.Lower
			s.at[k], s.quote[k] = -1, -1
		}
		// The mentions are appended to what is left of one array and cut at their
		// length (Match's result is nil when none is found).
		if cap(mbuf) < 8 {
			mbuf = make([]actor.Mention, 0, 64)
		}
		ms := c.actors.MatchAppend(mbuf[:0], s.words, s.lower)
		switch n := len(ms); {
		case n == 0:
			ms = nil
		case n <= cap(mbuf): // appended in place
			mbuf = mbuf[n:n]
			fallthrough
		default:
			ms = ms[:n:n]
		}
		mentions[i] = ms
	}
	chooseEntries(mentions, a.Date)
	d.inferActors(mentions)
	// countries counts each country's mentions in the order they are first named;
	// their counts as places pick the main location.
	countries := make(tally, 0, 16)
	total = 0
	for _, ms := range mentions {
		total += len(ms)
	}
	sc.phr = sized(sc.phr, total) // phrases' array: a phrase holds one mention or more
	d.phrBuf = sc.phr
	for i := range d.sents {
		s := &d.sents[i]
		s.phr = d.phrases(s.toks, mentions[i], a.Date, a.Text)
		for p := range s.phr {
			ph := &s.phr[p]
			for k := ph.start; k < ph.end; k++ {
				s.at[k] = p
			}
			if ph.country != "" {
				// Actors say more about whom an article concerns than venues do.
				if s.isLocation(p) {
					countries.add(ph.country, 1, 1)
				} else if ph.kind == actor.Group {
					countries.add(ph.country, 3, 0) // an armed group fights at home
				} else {
					countries.add(ph.country, 2, 0)
				}
			}
		}
		s.markQuotes()
	}
	d.mainLocation = countries.topPlace()
	d.mem.ranked = countries.ranked()
	if len(d.mem.ranked) > 0 {
		d.mem.dominant = d.mem.ranked[0]
	}
	return d
}

// chooseEntries settles the mentions whose phrase several entries share ("Maoists" in
// India and in Nepal, "Bush" father and son) by the countries the unambiguous mentions
// name, those of the same sentence first, then by date (actor.Mention.Choose).
func chooseEntries(mentions [][]actor.Mention, date time.Time) {
	article := make(tally, 0, 16)
	for _, ms := range mentions {
		for _, m := range ms {
			if len(m.Alt) == 0 && m.Entry.Country != "" {
				article.add(m.Entry.Country, 1, 0)
			}
		}
	}
	sentence := make(tally, 0, 8)
	for _, ms := range mentions {
		counted := false
		for k := range ms {
			if len(ms[k].Alt) == 0 {
				continue
			}
			if !counted {
				sentence, counted = sentence[:0], true
				for _, m := range ms {
					if len(m.Alt) == 0 && m.Entry.Country != "" {
						sentence.add(m.Entry.Country, 1, 0)
					}
				}
			}
			ms[k].Entry = ms[k].Choose(date, func(c string) int { return 1000*sentence.count(c) + article.count(c) })
		}
	}
}

// markQuotes records which tokens lie inside reported speech, and in which quote.
func (s *sent) markQuotes() {
	for q, qt := range s.quotes {
		if qt.End <= s.start || qt.Start >= s.end {
			continue
		}
		for k, t := range s.toks {
			if t.Start >= qt.Start && t.End <= qt.End {
				s.quote[k] = q
				s.quoted[k] = qt.Quoted
			}
		}
	}
}

// sentence returns the text package's view of the sentence.
func (s *sent) sentence() text.Sentence {
	return text.Sentence{Index: s.index, Start: s.start, End: s.end, Tokens: s.toks}
}

// speaker resolves the speaker of quote q to an actor, or nil.
func (s *sent) speaker(q int) *ref {
	qt := s.quotes[q]
	if qt.SpeakerEnd <= qt.SpeakerStart {
		return nil
	}
	for i := range s.doc.sents {
		o := &s.doc.sents[i]
		if qt.SpeakerStart < o.start || qt.SpeakerStart >= o.end {
			continue
		}
		// The last found is kept by value and copied to the heap once, when returned.
		var best ref
		found := false
		for p := range o.phr {
			ph := &o.phr[p]
			if o.toks[ph.start].Start >= qt.SpeakerStart && o.toks[ph.end-1].End <= qt.SpeakerEnd {
				if r, ok := o.resolve(p); ok {
					best, found = r, true
				}
			}
		}
		if !found {
			for k, t := range o.toks {
				if t.Start >= qt.SpeakerStart && t.End <= qt.SpeakerEnd {
					if r, ok := o.pronoun(k); ok {
						best, found = r, true
					}
				}
			}
		}
		if !found {
			return nil
		}
		r := best
		return &r
	}
	return nil
}

// speakerOf is the speaker of the quote that holds token j.
func (s *sent) speakerOf(j int) *ref {
	if q := s.quote[j]; q >= 0 {
		return s.speaker(q)
	}
	return nil
}

// unknown records the proper-noun run [i, j) once per article.
func (s *sent) unknown(i, j int) {
	name := s.Text[s.toks[i].Start:s.toks[j-1].End]
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	if s.seen[name] {
		return
	}
	s.seen[name] = true
	s.unknowns = append(s.unknowns, Unknown{Name: name, Sentence: s.index, Span: s.span(i, j)})
}

var _ = actor.Agent
var _ = event.Asserted
