// Package coder turns an article into coded events: it finds actors and event verbs in
// each clause, assigns source and target roles, and records modality, attribution,
// dates, quantities and location, each with the evidence that supports it.
package coder

import (
	"fmt"
	"sync"

	"github.com/peacewatch/peacewatch/actor"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
	"github.com/peacewatch/peacewatch/verb"
)

// Version identifies the coder's rules in every event it produces.
const Version = "peacewatch-coder/0.1"

// Config is what a Coder needs. Nil dictionaries are replaced by the embedded defaults.
type Config struct {
	Actors   *actor.Dictionary
	Verbs    *verb.Dictionary
	Analyzer *text.Analyzer
}

// Unknown is a proper-noun phrase that looked like an actor but no dictionary knows.
type Unknown struct {
	Name     string     `json:"name"`
	Sentence int        `json:"sentence"`
	Span     event.Span `json:"span"`
}

// Result is what coding one article yields.
type Result struct {
	Events    []event.Event
	Unknown   []Unknown
	Sentences int
	// Doc is the analysed body: sentences and tagged tokens with byte offsets.
	Doc *text.Doc
	// Mentions are the actors and places named in the article, in text order.
	Mentions []event.Mention
}

// Coder codes articles. It is safe for concurrent use.
type Coder struct {
	actors   *actor.Dictionary
	verbs    *verb.Dictionary
	analyzer *text.Analyzer
	recode   recoding
	// scratch holds *scratch, the arrays Code takes an article's triggers and
	// events from and puts back when it has copied the events out.
	scratch sync.Pool
}

// scratch is the working space of one Code call that its Result does not keep:
// the first arrays of the triggers, events and phrases, and the sentences'
// per-token arrays.
type scratch struct {
	trig         []trigger
	ev           []event.Event
	phr          []phrase
	words, lower []string
	ints         []int
	quoted       []bool
}

// sized returns buf cut at n, or a new array of n when buf's is smaller.
func sized[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}

// release clears sc's arrays, so that they keep nothing of an article alive,
// and puts it back in c's pool.
func (c *Coder) release(sc *scratch) {
	clear(sc.trig[:cap(sc.trig)])
	clear(sc.ev[:cap(sc.ev)])
	clear(sc.phr[:cap(sc.phr)])
	clear(sc.words[:cap(sc.words)])
	clear(sc.lower[:cap(sc.lower)])
	clear(sc.ints[:cap(sc.ints)])
	clear(sc.quoted[:cap(sc.quoted)])
	c.scratch.Put(sc)
}

// New builds a Coder, loading the embedded dictionaries where cfg leaves them nil.
func New(cfg Config) (*Coder, error) {
	c := &Coder{actors: cfg.Actors, verbs: cfg.Verbs, analyzer: cfg.Analyzer}
	var err error
	if c.actors == nil {
		if c.actors, err = actor.Default(); err != nil {
			return nil, fmt.Errorf("load actor dictionary: %w", err)
		}
	}
	if c.verbs == nil {
		if c.verbs, err = verb.Default(); err != nil {
			return nil, fmt.Errorf("load verb dictionary: %w", err)
		}
	}
	if c.analyzer == nil {
		if c.analyzer, err = text.NewAnalyzer(); err != nil {
			return nil, fmt.Errorf("load text models: %w", err)
		}
	}
	if c.recode, err = loadRecoding(modalityTSV); err != nil {
		return nil, err
	}
	return c, nil
}

// Code codes one article. Relative dates resolve against a.Date; with a zero date
// they stay unresolved.
func (c *Coder) Code(a article.Article) Result {
	sc, _ := c.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{trig: make([]trigger, 0, 32), ev: make([]event.Event, 0, 16)}
	}
	d := c.newDoc(a, sc)
	d.trigBuf, d.evBuf = sc.trig[:0], sc.ev[:0]
	res := Result{Sentences: len(d.sents), Doc: d.td}
	evs := make([][]event.Event, len(d.sents))
	phrases := 0
	for i := range d.sents {
		phrases += len(d.sents[i].phr)
	}
	if phrases > 0 {
		res.Mentions = make([]event.Mention, 0, phrases)
	}
	for i := range d.sents {
		s := &d.sents[i]
		s.findTriggers()
		s.assignRoles()
		for ti := range s.trig {
			if s.trig[ti].code != "-" {
				s.stance(ti)
			}
		}
		s.shareStance()
		evs[i] = s.events()
		res.Mentions = s.appendMentions(res.Mentions)
		s.remember()
	}
	n := 0
	for _, e := range evs {
		n += len(e)
	}
	if n > 0 {
		res.Events = make([]event.Event, 0, n)
		for _, e := range evs {
			res.Events = append(res.Events, e...)
		}
	}
	res.Unknown = d.unknowns
	d.markInferred(&res)
	// The events are copied out and the rest stays in d: the arrays are free.
	c.release(sc)
	return res
}
