package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
	"github.com/peacewatch/peacewatch/ingest"
	"github.com/peacewatch/peacewatch/ingest/source"
	"github.com/peacewatch/peacewatch/store"
)

// demoStore ingests the sample articles into the store db names (created on first
// use) with the ingest pipeline and prints the status board of their agreements from
// the store.
func demoStore(ctx context.Context, db *dbFlag, c *coder.Coder, arts []article.Article, stdout io.Writer) error {
	st, err := db.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	sum, err := ingest.New(st, c, ingest.Options{}).Run(ctx, func(ctx context.Context, emit func(source.Item) error) error {
		for _, a := range arts {
			if err := emit(source.Item{Article: a}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store the sample articles in %s: %w", db.name(), err)
	}
	ids, asOf, err := sampleAgreements(ctx, st, arts)
	if err != nil {
		return fmt.Errorf("agreements in %s: %w", db.name(), err)
	}
	ags, err := loadBoard(ctx, st, ids, asOf)
	if err != nil {
		return fmt.Errorf("status from %s: %w", db.name(), err)
	}
	dbArg := ""
	if db.dsn != "" {
		dbArg = " --db " + db.name()
	}
	ew := &errWriter{w: stdout}
	ew.printf("\nIngested into %s: %s.\nRead them back with 'peacewatch status%s' (or events, search, export).\n\n",
		db.name(), sum, dbArg)
	if ew.err != nil {
		return ew.err
	}
	for i := range ags {
		for j := range ags[i].Provisions {
			ags[i].Provisions[j].History = nil
		}
	}
	return writeBoard(stdout, ags, asOf, false)
}

// sampleAgreements returns the ids of the stored agreements that the sample articles
// report, and the latest sample article's date.
func sampleAgreements(ctx context.Context, st store.Store, arts []article.Article) ([]string, string, error) {
	var latest time.Time
	for _, a := range arts {
		if a.Date.After(latest) {
			latest = a.Date
		}
	}
	all, err := st.Agreements(ctx)
	if err != nil {
		return nil, "", err
	}
	ids := []string{}
	for _, ag := range all {
		if slices.ContainsFunc(arts, func(a article.Article) bool { return slices.Contains(ag.Articles, a.ID) }) {
			ids = append(ids, ag.ID)
		}
	}
	return ids, latest.Format(time.DateOnly), nil
}
