package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

// demoStore stores the sample articles in the store db names (created on first use)
// and prints the status board of their agreements from it.
func demoStore(ctx context.Context, db *dbFlag, c *coder.Coder, arts []article.Article, stdout io.Writer) error {
	st, err := db.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := storeArticles(ctx, st, c, arts)
	if err != nil {
		return fmt.Errorf("store the sample articles in %s: %w", db.name(), err)
	}
	ags, err := loadBoard(ctx, st, res.agreements, res.asOf)
	if err != nil {
		return fmt.Errorf("status from %s: %w", db.name(), err)
	}
	dbArg := ""
	if db.dsn != "" {
		dbArg = " --db " + db.name()
	}
	ew := &errWriter{w: stdout}
	ew.printf("\nStored %d article(s) (%d new), %d event(s) and %d agreement(s) in %s.\n"+
		"Read them back with 'peacewatch status%s' (or events, search, export).\n\n",
		res.articles, res.created, res.events, len(res.agreements), db.name(), dbArg)
	if ew.err != nil {
		return ew.err
	}
	for i := range ags {
		for j := range ags[i].Provisions {
			ags[i].Provisions[j].History = nil
		}
	}
	return writeBoard(stdout, ags, res.asOf, false)
}

// storedArticles counts what storeArticles did.
type storedArticles struct {
	articles, created, events int
	agreements                []string // ids, in the store's order of PutAgreements
	asOf                      string   // the date of the assessment: the latest article's
}

// storeArticles codes arts, stores each with its events and claims, then merges the
// agreements they report, assesses them as of the latest article's date over the
// events and claims read back from the store, and stores them with their statuses.
// Run again on the same articles it stores nothing twice.
func storeArticles(ctx context.Context, st store.Store, c *coder.Coder, arts []article.Article) (storedArticles, error) {
	var (
		out     storedArticles
		found   []agreement.Agreement
		batches = make([]store.Batch, 0, len(arts))
		asOf    time.Time
	)
	for _, a := range arts {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		res := c.Code(a)
		for i := range res.Events {
			if res.Events[i].ArticleID == "" {
				res.Events[i].ArticleID = a.ID
			}
		}
		src := agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events}
		found = append(found, agreement.Extract(src)...)
		batches = append(batches, store.Batch{
			Article: store.Article{Article: a},
			Events:  res.Events,
			Claims:  agreement.Claims(src),
		})
		out.events += len(res.Events)
		if a.Date.After(asOf) {
			asOf = a.Date
		}
	}
	results, err := st.PutArticles(ctx, batches)
	if err != nil {
		return out, err
	}
	out.articles = len(results)
	if !asOf.IsZero() {
		out.asOf = asOf.Format(time.DateOnly)
	}
	for _, r := range results {
		if r.Created {
			out.created++
		}
	}

	rec := agreement.Record{Published: map[string]time.Time{}}
	for _, a := range arts {
		rec.Published[a.ID] = a.Date
		err := st.EachEvent(ctx, store.EventFilter{ArticleID: a.ID, Duplicates: true}, func(e event.Event) error {
			rec.Events = append(rec.Events, e)
			return nil
		})
		if err != nil {
			return out, err
		}
		cl, err := st.Claims(ctx, store.ClaimFilter{ArticleID: a.ID})
		if err != nil {
			return out, err
		}
		rec.Claims = append(rec.Claims, cl...)
	}
	ags := agreement.Assess(agreement.Merge(found), rec, asOf)
	if len(ags) == 0 {
		return out, nil
	}
	if err := st.PutAgreements(ctx, ags); err != nil {
		return out, err
	}
	for _, ag := range ags {
		out.agreements = append(out.agreements, ag.ID)
	}
	return out, nil
}
