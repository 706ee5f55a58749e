// Package report runs peacewatch's whole chain in memory: it codes articles, extracts
// and merges their agreements, finds claims, and assesses every provision as of a
// date. Its Report is the JSON object of `peacewatch report --format json`.
package report

import (
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
	"github.com/peacewatch/peacewatch/event"
)

// ArticleInfo is an article as the report lists it.
type ArticleInfo struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	URL    string `json:"url"`
	Source string `json:"source"`
	Date   string `json:"date"` // YYYY-MM-DD, or "" when unknown
	Name   string `json:"name"` // where it came from
}

// Report is DESIGN.md's report object.
type Report struct {
	AsOf             string                `json:"as_of"`
	Articles         []ArticleInfo         `json:"articles"`
	Agreements       []agreement.Agreement `json:"agreements"`
	Events           []event.Event         `json:"events"`
	ClaimsInConflict []agreement.Conflict  `json:"claims_in_conflict"`
}

// Options are the inputs of Build besides the articles.
type Options struct {
	// AsOf is the date statuses are assessed at; zero means the latest article's date.
	AsOf time.Time
	// Manual agreements (from YAML files) are merged with the extracted ones and win.
	Manual []agreement.Agreement
	// NoExtract skips agreement extraction and merging: the Manual agreements are
	// assessed as given. Events and claims are still found, so statuses can be scored
	// on given provisions independently of extraction.
	NoExtract bool
}

// Coded is an article with what the coder found in it.
type Coded struct {
	Article article.Article
	Result  coder.Result
}

// Build codes arts with c and assesses their agreements as of opt.AsOf; see Assemble.
func Build(c *coder.Coder, arts []article.Article, opt Options) Report {
	coded := make([]Coded, len(arts))
	for i, a := range arts {
		coded[i] = Coded{Article: a, Result: c.Code(a)}
	}
	return Assemble(coded, opt)
}

// Assemble runs the agreement stages on coded articles, in order; see Builder.
func Assemble(coded []Coded, opt Options) Report {
	b := NewBuilder(opt)
	for _, cd := range coded {
		b.Add(cd)
	}
	return b.Report()
}

// Builder gathers coded articles one at a time and makes the report. Each article's
// analysed text is read when it is added (extraction and claims) and not kept, so
// memory holds the articles, events, claims and agreements, not the parses.
type Builder struct {
	opt  Options
	r    Report
	rec  agreement.Record
	ags  []agreement.Agreement
	arts []article.Article
	asOf time.Time
	// speakers carries the speakers of the articles added so far to the next.
	speakers agreement.Speakers
}

// NewBuilder returns a Builder for opt; opt.Manual is copied, never written.
func NewBuilder(opt Options) *Builder {
	return &Builder{
		opt:  opt,
		r:    Report{Articles: []ArticleInfo{}, Events: []event.Event{}, ClaimsInConflict: []agreement.Conflict{}},
		rec:  agreement.Record{Published: map[string]time.Time{}},
		ags:  cloneAgreements(opt.Manual),
		asOf: opt.AsOf,
	}
}

// Add takes one coded article: unless opt.NoExtract, the agreements it reports; its
// events (given the article's id when they lack one) and claims; its date, which
// moves the as-of date when opt.AsOf is zero.
func (b *Builder) Add(cd Coded) {
	a, res := cd.Article, cd.Result
	for j := range res.Events {
		if res.Events[j].ArticleID == "" {
			res.Events[j].ArticleID = a.ID
		}
	}
	src := agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events, Speakers: &b.speakers}
	if !b.opt.NoExtract {
		b.ags = append(b.ags, agreement.Extract(src)...)
	}
	b.rec.Events = append(b.rec.Events, res.Events...)
	b.rec.Claims = append(b.rec.Claims, agreement.Claims(src)...)
	b.rec.Published[a.ID] = a.Date
	b.r.Events = append(b.r.Events, res.Events...)
	b.r.Articles = append(b.r.Articles, info(a))
	b.arts = append(b.arts, a)
	if b.opt.AsOf.IsZero() && a.Date.After(b.asOf) {
		b.asOf = a.Date
	}
}

// Report finishes the report: unless opt.NoExtract, the extracted agreements are
// merged with opt.Manual; hand-written evidence given only as text is located in the
// articles; every provision is assessed as of opt.AsOf (the latest article's date when
// zero; nothing published later is used) and the conflicting claims are paired. Lists
// in the result are never nil, so the JSON has [] where DESIGN.md has lists. Call it
// once.
func (b *Builder) Report() Report {
	ags := b.ags
	if !b.opt.NoExtract {
		ags = agreement.Merge(ags)
	}
	locate(ags, b.arts)
	r := b.r
	if !b.asOf.IsZero() {
		r.AsOf = b.asOf.Format(time.DateOnly)
	}
	r.Agreements = normalize(agreement.Assess(ags, b.rec, b.asOf))
	r.ClaimsInConflict = append(r.ClaimsInConflict, agreement.Conflicts(r.Agreements, b.rec, b.asOf)...)
	return r
}

func info(a article.Article) ArticleInfo {
	i := ArticleInfo{ID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source, Name: a.Name}
	if !a.Date.IsZero() {
		i.Date = a.Date.Format(time.DateOnly)
	}
	return i
}
