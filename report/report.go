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

// Assemble runs the agreement stages on coded articles: unless opt.NoExtract, it
// extracts their agreements and merges them with opt.Manual; it locates the hand-written
// evidence texts in the articles, finds claims, and assesses every provision as of
// opt.AsOf (the latest article's date when zero). Lists in the result are never nil,
// so the JSON has [] where DESIGN.md has lists.
func Assemble(coded []Coded, opt Options) Report {
	r := Report{Articles: []ArticleInfo{}, Events: []event.Event{}, ClaimsInConflict: []agreement.Conflict{}}
	rec := agreement.Record{Published: map[string]time.Time{}}
	ags := cloneAgreements(opt.Manual)
	asOf := opt.AsOf
	arts := make([]article.Article, len(coded))
	for i, cd := range coded {
		a, res := cd.Article, cd.Result
		arts[i] = a
		for j := range res.Events {
			if res.Events[j].ArticleID == "" {
				res.Events[j].ArticleID = a.ID
			}
		}
		src := agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events}
		if !opt.NoExtract {
			ags = append(ags, agreement.Extract(src)...)
		}
		rec.Events = append(rec.Events, res.Events...)
		rec.Claims = append(rec.Claims, agreement.Claims(src)...)
		rec.Published[a.ID] = a.Date
		r.Events = append(r.Events, res.Events...)
		r.Articles = append(r.Articles, info(a))
		if opt.AsOf.IsZero() && a.Date.After(asOf) {
			asOf = a.Date
		}
	}
	if !opt.NoExtract {
		ags = agreement.Merge(ags)
	}
	locate(ags, arts)
	if !asOf.IsZero() {
		r.AsOf = asOf.Format(time.DateOnly)
	}
	r.Agreements = normalize(agreement.Assess(ags, rec, asOf))
	r.ClaimsInConflict = append(r.ClaimsInConflict, agreement.Conflicts(r.Agreements, rec, asOf)...)
	return r
}

func info(a article.Article) ArticleInfo {
	i := ArticleInfo{ID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source, Name: a.Name}
	if !a.Date.IsZero() {
		i.Date = a.Date.Format(time.DateOnly)
	}
	return i
}
